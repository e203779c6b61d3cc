"""Unions and employers (issue 14, round 27): a speaker's name before a union's name written
with commas is no part of it; "the Communications Workers and the International Brotherhood
of Electrical Workers" are two unions, and a short form beside its full name is one; a
headline's "Kelmera-Union" is no union; "The United Association of X, another union" is no
employer "Association of X". Articles written for these tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, published: str):
    f = extract_article(Article(id="pa27", text=text, published=published))
    assert f.labor
    return f


def _unions(f) -> list[str]:
    return [u.value for u in f.unions]


def test_a_speaker_named_before_a_union_is_no_part_of_its_name():
    text = ("date 1989-11-21 Machinists approve Kelmera contract\n\n"
            "Machinists who stayed out 48 days on the picket line at Kelmera Aircraft voted "
            "Monday night to approve a three-year contract. Strikers will return to work "
            "Wednesday morning, said Orin Kestrel, Allied Brotherhood of Tool Makers and "
            "Aerospace Workers District Lodge 751 president.\n")
    names = _unions(_facts(text, "1989-11-21"))
    assert names and not any("Kestrel" in n for n in names)
    assert any(n.startswith("Allied Brotherhood of Tool Makers") for n in names)


def test_two_unions_joined_by_and_the_are_two_and_a_short_form_joins_its_full_name():
    text = ("date 1995-05-28 Kelmera-Union; Talks Go On as Deadline Nears\n\n"
            "Talks went on as a strike deadline neared at Kelmera Telephone, and the unions "
            "threatened to strike if no deal was reached. The two unions, the Communications "
            "Workers and the International Brotherhood of Electrical Workers, represent 101,000 "
            "of the company's workers. The Communications Workers of America said talks would "
            "go on through the night.\n")
    names = _unions(_facts(text, "1995-05-28"))
    assert sorted(names) == ["Communications Workers of America",
                             "International Brotherhood of Electrical Workers"]


def test_the_tail_of_a_longer_association_name_is_no_employer():
    text = ("date 2005-08-14 Gold miners end strike\n\n"
            "Striking gold miners returned to work Friday after the National Union of "
            "Mineworkers agreed to a 7 percent wage increase late Thursday. The United "
            "Association of South Africa, another union representing gold miners who did not join "
            "the strike, said it wants to hold talks over the new wage agreement.\n")
    f = _facts(text, "2005-08-14")
    assert not any(e.value.startswith("Association of") for e in f.employers)


def test_a_news_agency_cited_as_the_source_is_no_employer():
    text = ("date 1991-05-10 Miners end strike\n\n"
            "Coal miners in the Kellport basin have voted to end their two-month strike, Tass "
            "reported. The miners will return to work on Monday, Tass said.\n")
    f = _facts(text, "1991-05-10")
    assert "Tass" not in [e.value for e in f.employers]


def test_a_page_date_line_a_weekday_and_a_workforce_adjective_are_no_employers():
    text = ("date 2005-03-11 Public sector workers to strike\n\n"
            "Last Updated: Friday, 11 March, 2005, 18:13 GMT\n"
            "Public sector workers are to strike on 23 March over pension changes, the Kellport "
            "Civil Service Union said. Public sector workers last struck in 2003. Plans for a "
            "48-hour stoppage on Tuesday and Wednesday were suspended last week.\n")
    names = [e.value for e in _facts(text, "2005-03-11").employers]
    assert not {"Last Updated", "Public", "Tuesday"} & set(names)


def test_a_date_run_into_an_employers_name_is_cut_off():
    text = ("date 2001-07-24 Coal miners to strike\n\n"
            "Coal miners will strike next week over pay, the Kellport Mineworkers Union said. "
            "But while the coal sector is making little headway, threats of strikes in the gold "
            "mining industry have receded, with union leaders meeting the Chamber of Mines on "
            "27 July to discuss terms.\n")
    names = [e.value for e in _facts(text, "2001-07-24").employers]
    assert not any("27 July" in n for n in names)


def test_a_title_case_headline_is_no_union_name():
    text = ("date 1991-05-20 Guild Workers Ok Kelmera-Times Strike\n\n"
            "Members of the Kellport Newspaper Guild voted Sunday to authorize a strike against "
            "the Kelmera-Times if talks fail, the union said.\n")
    names = _unions(_facts(text, "1991-05-20"))
    assert not any(n.endswith("Strike") for n in names)


def test_a_union_named_without_its_first_word_is_the_same_union():
    text = ("date 2003-06-20 Kellian public servants to stay away\n\n"
            "The Combined Public Sector Unions said their 77,000 members will stay away from work "
            "at the end of the month. The Public Sector Unions want a 10 percent pay rise.\n")
    names = _unions(_facts(text, "2003-06-20"))
    assert "Public Sector Unions" not in names and "Combined Public Sector Unions" in names


def test_an_airlines_initials_name_the_airline_in_full():
    text = ("date 2005-08-12 Heathrow strike grounds flights\n\n"
            "BA cancelled all its flights from Heathrow today after 1,000 baggage handlers walked "
            "out in support of sacked catering staff, the Kellport Transport Union said.\n")
    names = [e.value for e in _facts(text, "2005-08-12").employers]
    assert "British Airways" in names and "BA" not in names


def test_a_newspaper_in_its_own_dispute_may_be_the_employer():
    from picketline.extract.parties import _Candidates

    own = ("Members of the Kellport Newspaper Guild called off a strike at The Kellport Tribune "
           "early Monday. Tribune officials said talks went well.")
    other = "About 900 dockers walked out on Monday, The Kellport Tribune reported."
    for text, expected in ((own, True), (other, False)):
        col = _Candidates(text, [])
        s = text.index("Kellport Tribune")
        col.add("Kellport Tribune", s, s + len("Kellport Tribune"), True)
        assert bool(col.cands) is expected


def test_a_newspaper_that_reports_a_strike_is_no_employer():
    text = ("date 1985-07-09 Dockers strike\n\n"
            "About 900 dockers at the port of Kellport walked out on Monday over pay, the "
            "Kellport Tribune reported.\n")
    names = [e.value for e in _facts(text, "1985-07-09").employers]
    assert not any("Tribune" in n for n in names)
