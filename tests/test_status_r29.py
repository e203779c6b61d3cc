"""Status (issue 14, round 29): a strike vote "with no date for the strike set" has
authorized it, no more; a court that "blocks" a strike (in a headline, or "blocked the
12-day Christmas walkout") has averted it, and the count of crew "who supported industrial
action" is of voters; a vote that "avoids what would have been the first strike" averted
one; "will hold a strike ballot" is a threat, not a plan; a strike "postponed by 24 hours"
is still to come. Articles written for these tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, published: str):
    f = extract_article(Article(id="st29", text=text, published=published))
    assert f.labor
    return f


def _v(fact):
    return fact.value if fact else None


def test_a_strike_vote_with_no_date_set_is_authorized():
    text = ("date 1985-06-03 Mailers call for strike at the Courier\n\n"
            "Members of the Kellport Mailers Union voted 305-2 Sunday to authorize a strike "
            "against the Kellport Courier. No date for the strike was set, pending the outcome of "
            "a vote next week by the pressmen's union.\n")
    assert _v(_facts(text, "1985-06-03").status) == "authorized"


def test_a_strike_vote_with_its_date_is_scheduled():
    text = ("date 1985-06-03 Mailers call for strike at the Courier\n\n"
            "Members of the Kellport Mailers Union voted 305-2 Sunday to strike against the "
            "Kellport Courier on June 10.\n")
    assert _v(_facts(text, "1985-06-03").status) == "scheduled"


_BLOCKED = ("date 2009-12-17 {head}\n\n"
            "The high court has blocked the 12-day Christmas walkout by Kelmera Air cabin crew "
            "after ruling that the strike ballot was illegal.\n\n"
            "The decision means passengers can travel as planned unless there are wildcat "
            "walkouts by the 9,000 cabin crew who supported industrial action.\n")


def test_a_court_that_blocks_a_strike_has_averted_it_and_its_voters_are_no_count():
    f = _facts(_BLOCKED.format(head="High court blocks Christmas strike by Kelmera Air cabin crew"),
               "2009-12-17")
    assert _v(f.status) == "averted"
    assert f.participants is None


def test_a_vote_that_avoids_what_would_have_been_a_strike_averted_it():
    text = ("date 1995-03-06 Lamp workers accept contract\n\n"
            "Members of Local 160 of the Kellish Electronic Workers Union voted Sunday to accept "
            "a new contract. The vote, coming hours before the old contract ran out, avoids what "
            "would have been the first strike in the company's 22-year history.\n")
    assert _v(_facts(text, "1995-03-06").status) == "averted"


def test_a_strike_ballot_still_to_be_held_is_a_threat():
    text = ("date 2005-02-01 Pensions row sparks strike fears\n\n"
            "A further 20,000 council workers are to be balloted on action in a row over pensions. "
            "The Kellish Workers Union said on Tuesday it will hold a strike ballot this month over "
            "plans to raise the retirement age.\n")
    assert _v(_facts(text, "2005-02-01").status) == "threatened"


def test_a_strike_postponed_by_a_day_is_still_to_come():
    text = ("date 2007-01-24 Cabin crew strike delayed for 24 hours\n\n"
            "The Kelmera Air cabin crew strike has been postponed by 24 hours to allow for further "
            "negotiations. If the dispute is not resolved, the strike will go ahead on Tuesday.\n")
    assert _v(_facts(text, "2007-01-24").status) == "scheduled"


def test_a_strike_postponed_until_further_notice_is_averted():
    text = ("date 2007-01-24 Cabin crew strike postponed\n\n"
            "The Kelmera Air cabin crew walkout has been postponed until further notice, the "
            "union said after talks.\n")
    assert _v(_facts(text, "2007-01-24").status) == "averted"


def test_striking_workers_who_accept_a_deal_meant_to_head_off_the_strike_ended_it():
    text = ("date 1981-11-04 Most Kellco workers accept offer, end to strike\n\n"
            "Most of the striking Kellco Ltd. autoworkers voted to accept a new pay deal "
            "hammered out by management and union leaders in an effort to head off the strike "
            "by 58,000 workers.\n")
    assert _v(_facts(text, "1981-11-04").status) == "ended"


def test_a_deal_to_head_off_a_strike_with_no_one_out_averted_it():
    text = ("date 1981-11-04 Most Kellco workers accept offer\n\n"
            "Most Kellco Ltd. autoworkers voted to accept a new pay deal hammered out by "
            "management and union leaders in an effort to head off a strike by 58,000 workers.\n")
    assert _v(_facts(text, "1981-11-04").status) == "averted"


def test_an_extended_strike_deadline_is_a_threat():
    text = ("date 1987-01-17 Rail talks go on as strike deadline is extended\n\n"
            "A federal mediator said late Friday that unions were not going on strike at "
            "midnight against the Kellport Rail Road. The deadline was extended at least until "
            "6 a.m. today, he said.\n")
    assert _v(_facts(text, "1987-01-17").status) == "threatened"


def test_a_sit_in_told_as_going_on_is_no_one_day_protest():
    text = ("date 2009-07-31 Sit-in continues on closing day\n\n"
            "A group of workers are continuing a sit-in at the Kellco blade factory on the day of "
            "its planned closure.\n\n"
            "The sit-in began on 20 July after the firm announced plans to axe 625 jobs.\n")
    f = _facts(text, "2009-07-31")
    assert (_v(f.status), _v(f.start_date), _v(f.end_date)) == ("ongoing", "2009-07-20", None)


def test_joining_union_members_at_a_rally_is_a_protest_held():
    text = ("date 1989-02-24 Kelmera Air\n\nFebruary 24, 1989\n\n"
            "PEP RALLY. Labor leaders staged a rowdy show of support for machinists planning to "
            "strike Kelmera Air, and received a boost from its pilots. The Kellish Labour Council "
            "joined members of the machinists and other unions at a noisy rally at Kelmera Air's "
            "Miami headquarters.\n")
    f = _facts(text, "1989-02-24")
    assert (_v(f.action_type), _v(f.status)) == ("protest", "ended")


_CAPTIONED = ("date 2007-06-29 Union hails postal strike support\n\n"
              "Last Updated: Friday, 29 June 2007, 20:38 GMT 21:38 UK\n\n"
              "A postal worker on the picket line in Kellia\n"
              "{caption}\n"
              "Support for the first national postal strike in a decade has been \"overwhelming\", "
              "according to the unions.\n\n"
              "However, Kellpost said up to 60% of its staff were working.\n\n"
              "Members of the Kellish Communication Workers Union began the 24-hour walkout from "
              "0300 BST after talks failed.\n")


def test_a_web_pages_caption_tells_no_state_of_the_lead():
    f = _facts(_CAPTIONED.format(caption="Union members voted overwhelmingly for strike action"),
               "2007-06-29")
    assert _v(f.status) == "ongoing"


def test_the_same_words_as_a_lead_sentence_still_tell_the_vote():
    text = ("date 2007-06-29 Union hails postal strike support\n\n"
            "Union members voted overwhelmingly for strike action, the Kellish Communication "
            "Workers Union said on Friday.\n")
    assert _v(_facts(text, "2007-06-29").status) == "authorized"


def test_a_related_link_in_the_body_tells_no_state_of_the_action():
    text = ("date 2007-06-29 Kellport bus dispute\n\n"
            "Kellport bus drivers and the city's transit board met again on Friday over pay and "
            "rotas.\n\n"
            "The Kellish Transport Union wants a 6% rise; the board has offered 3%.\n\n"
            "Both sides said the talks had been useful.\n\n"
            "Related stories\n\n"
            "Kellport tram strike called off after late talks\n\n"
            "Drivers walked out on Monday and remain on strike, the union said.\n")
    assert _v(_facts(text, "2007-06-29").status) == "ongoing"
