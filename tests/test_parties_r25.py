"""Employers in real copy (issue 14, round 25): an employers' body named before its kind
("The Orvella Council of Shipping, the employers' organization,") is named by its name; a union's
acronym written as a word ("the National Union of Mineworkers (Num) ... talks between Num and
the Chamber of Mines") is the union's again, so the firm is the Chamber; a person named with a
title ("Councillor Neville Brenmoor ... Brenmoor said") is no firm. Articles written for these
tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, published: str):
    f = extract_article(Article(id="pa25", text=text, published=published))
    assert f.labor
    return [e.value for e in f.employers], [u.value for u in f.unions]


def test_an_employers_body_named_before_its_kind():
    text = ("date 1981-05-10 Seamen strike as pay talks fail\n\n"
            "The Kellford Seamen's Union launched a strike on Monday over pay. The Orvella "
            "Council of Shipping, the employers' organization, which offered the union a 10.5 "
            "percent raise, said a strike would force ships to switch to foreign flags.\n")
    assert _facts(text, "1981-05-10")[0] == ["Orvella Council of Shipping"]


def test_a_title_case_acronym_is_the_union_not_part_of_the_firm():
    text = ("date 2003-07-17 Miners set to strike\n\n"
            "Some 16 000 Kelmeran gold miners, who are members of the National Union of "
            "Mineworkers (Num), are set to embark on their first strike in 16 years, following "
            "the breakdown of talks between Num and the Chamber of Mines on Thursday.\n")
    employers, unions = _facts(text, "2003-07-17")
    assert employers == ["Chamber of Mines"]
    assert len(unions) == 1 and unions[0].startswith("National Union of Mineworkers")


def test_a_councillors_surname_is_no_employer():
    text = ("date 1969-01-10 Bus strike averted\n\n"
            "A threatened strike by 400 bus crews was narrowly averted by a peace formula. The "
            "formula was worked out at talks between Councillor Neville Brenmoor, chairman of "
            "the transport committee, the union and a local officer of the Department of "
            "Employment. Cllr. Brenmoor said later that the men wanted the differential between "
            "their pay and that of drivers restored.\n\n"
            "Brenmoor said any agreement would be back-dated.\n")
    assert "Brenmoor" not in _facts(text, "1969-01-10")[0]


def test_a_firm_named_alone_beside_a_titled_person_stays():
    text = ("date 1969-01-10 Bus strike at Brenmoor Coaches\n\n"
            "Some 400 drivers at Brenmoor Coaches Ltd walked out on Monday over pay, said union "
            "organiser Neville Tolvane. Brenmoor Coaches said it would not improve its offer.\n")
    assert _facts(text, "1969-01-10")[0] == ["Brenmoor Coaches Ltd"]


def test_an_officer_named_with_a_title_beside_a_firm_is_no_employer():
    text = ("date 1990-09-15 Auto workers extend strike deadline at Orvella Motors\n\n"
            "After an all-day bargaining session Friday at Orvella headquarters, Kellford "
            "Auto Workers President Owen Brenmoor and Orvella Motors Vice President Alfred "
            "Tolvane Jr. said talks would continue. The union had threatened to strike Orvella "
            "Motors Corp. at midnight.\n")
    assert _facts(text, "1990-09-15")[0] == ["Orvella Motors Corp"]


def test_a_wire_services_credit_is_no_employer():
    text = ("date 1991-01-31 P.M. BRIEFING : Union Prepares to Strike KSX\n\n"
            "From Times Wire Services\n\n"
            "The Kellford Steelworkers union and KSX Corp. prepared for a strike as tonight's "
            "deadline neared for expiration of a pact covering 18,000 workers in seven states.\n")
    assert _facts(text, "1991-01-31")[0] == ["KSX Corp"]


def test_a_one_word_union_and_a_bracketed_union_are_two():
    text = ("date 2007-12-31 Airport strikes planned\n\n"
            "Union leaders say 8,000 workers at Kellford's seven airports will strike on 7 January "
            "over pensions. The unions involved, Unite and the Kellford Commercial Services Union "
            "(KCSU), had called for three strikes.\n")
    assert sorted(_facts(text, "2007-12-31")[1]) == ["Kellford Commercial Services Union", "Unite"]


def test_a_representative_named_once_is_no_employer():
    text = ("date 2001-08-30 General strike against privatisation\n\n"
            "The Kelmera Federation of Trade Unions said around 5,5-million workers heeded its "
            "call to down tools in protest against the government's privatisation policies.\n\n"
            "\"We expect even better participation tomorrow,\" federation representative Patrick "
            "Brenmoor said. \"This means over 5,5-million workers heeded the strike call,\" "
            "Brenmoor said in a statement.\n")
    assert "Brenmoor" not in _facts(text, "2001-08-30")[0]


def test_a_headlines_national_is_no_employer():
    text = ("date 2000-09-22 National strike looms over labour laws\n\n"
            "/ 22 September 2000\n\n"
            "National strike looms over labour laws\n\n"
            "JANE ROE, Kellport | Friday\n\n"
            "IN its latest public disagreement with government, powerful labour federation Kosatu "
            "has threatened to launch a general nationwide strike if the government goes ahead "
            "with key changes to labour laws.\n")
    assert "National" not in _facts(text, "2000-09-22")[0]


def test_an_abbreviated_association_is_named_whole():
    text = ("date 1986-10-02 Dockworkers strike East Coast ports\n\n"
            "Dockworkers struck ports today after talks between the International "
            "Longshoremen's Assn. and the Orvella Shipping Assn. broke down.\n")
    employers, unions = _facts(text, "1986-10-02")
    assert employers == ["Orvella Shipping Assn"]
    assert unions == ["International Longshoremen's Assn"]
