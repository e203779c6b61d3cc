"""Status (issue 14, round 28): a present "begin" with a day after it is a plan ("begin the
first of three planned strikes on Thursday"), and "begin the process of" taking action is no
start; "the planned wave of cross-sector strikes ... for next Monday has been called off" is
averted, on that Monday; a strike "that had affected 27,000 pupils has ended" is over; a vote
for an action on a day to come ("support for a 24-hour strike on Nov. 30") dates it; members
voting to support "the unions' calls for industrial action" have authorized it, no more.
Articles written for these tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, published: str):
    f = extract_article(Article(id="st28", text=text, published=published))
    assert f.labor
    return f


def _v(fact):
    return fact.value if fact else None


def test_a_present_begin_with_a_day_ahead_is_a_plan():
    text = ("date 2009-07-28 Rail users face strike disruption\n\n"
            "Rail passengers were warned to expect disruption as workers with the Kellish train "
            "operator prepare to strike.\n\n"
            "Guards and drivers at Kellish Rail begin the first of three planned strikes on "
            "Thursday. The 48-hour action is part of a dispute over pay and conditions.\n")
    f = _facts(text, "2009-07-28")  # a Tuesday
    assert (_v(f.status), _v(f.start_date), _v(f.end_date)) == ("scheduled", "2009-07-30", "2009-07-31")


def test_a_present_begin_with_no_day_is_still_a_start():
    text = ("date 2009-07-28 Kellish guards begin strike over pay\n\n"
            "Guards at Kellish Rail begin a strike over pay, their union said.\n")
    assert _v(_facts(text, "2009-07-28").status) == "ongoing"


def test_a_called_off_wave_planned_for_next_monday_is_averted_on_that_day():
    text = ("date 2009-03-25 Strike deferred\n\n"
            "The planned wave of cross-sector strikes across Kellia for next Monday has been "
            "called off. The Kellish Federation of Unions has announced it is deferring the "
            "action and will return to talks with the government.\n")
    f = _facts(text, "2009-03-25")  # a Wednesday
    assert (_v(f.status), _v(f.start_date)) == ("averted", "2009-03-30")


def test_a_strike_with_a_bare_relative_clause_that_has_ended_is_over():
    text = ("date 1991-10-29 BUS DRIVERS SETTLE IN KELLPORT\n\n"
            "A five-week-old school bus drivers' strike that had affected 27,000 pupils has ended "
            "with the signing of a new contract by the mayor.\n")
    assert _v(_facts(text, "1991-10-29").status) == "ended"


def test_a_vote_for_a_strike_on_a_day_to_come_schedules_it():
    text = ("date 2011-11-03 Nurses back strike\n\n"
            "Members of the Kellish Nurses Union voted in favour of a national strike later this "
            "month, the union said on Thursday. It said members had given overwhelming support "
            "for a 24-hour strike on Nov. 30.\n")
    f = _facts(text, "2011-11-03")
    assert (_v(f.status), _v(f.start_date)) == ("scheduled", "2011-11-30")


def test_a_vote_with_no_day_stays_authorized():
    text = ("date 2011-11-03 Nurses back strike\n\n"
            "Members of the Kellish Nurses Union voted in favour of a national strike over "
            "pensions, the union said on Thursday. No date has been set.\n")
    assert _v(_facts(text, "2011-11-03").status) == "authorized"


def test_support_for_the_unions_calls_for_action_is_a_vote():
    text = ("date 2007-02-07 Kellish Nurses Support Vote For Industrial Action\n\n"
            "The Kellish Nurses Organisation held a nationwide ballot last week in which its "
            "members overwhelmingly voted to support the unions' calls for industrial action.\n")
    assert _v(_facts(text, "2007-02-07").status) == "authorized"


def test_a_tribunal_ordering_a_union_not_to_take_action_averts_it_on_its_named_day():
    text = ("date 2011-09-07 Industrial action - schools not operating\n\n"
            "This afternoon (7 September 2011) the Industrial Relations Commission has ordered the "
            "Kellish Teachers Federation and its members not to engage in industrial action "
            "including the strike called for Thursday (8 September 2011).\n\n"
            "This order is legally binding on teachers and the union.\n")
    f = _facts(text, "2011-09-07")  # a Wednesday
    assert (_v(f.status), _v(f.start_date)) == ("averted", "2011-09-08")


def test_workers_who_staged_protests_have_held_them():
    text = ("date 2009-03-05 Kellport factory workers protest\n\n"
            "Other workers at the Varnholt plant staged protests outside the factory after being "
            "turned away when they arrived for work. About 200 workers have been sacked.\n")
    f = _facts(text, "2009-03-05")
    assert (_v(f.action_type), _v(f.status)) == ("protest", "ended")


def test_drivers_who_are_returning_to_work_have_ended_their_strike():
    text = ("date 2009-04-28 Kellport bus drivers return to work\n\n"
            "Drivers at Kellport Bus who have been on unofficial strike since Sunday are returning "
            "to work. The company has lifted the suspension of the driver at the centre of the "
            "dispute.\n")
    assert _v(_facts(text, "2009-04-28").status) == "ended"


def test_drivers_returning_to_work_on_a_day_to_come_are_still_out():
    text = ("date 2009-04-28 Kellport bus drivers to return to work\n\n"
            "Drivers at Kellport Bus who have been on unofficial strike since Sunday are returning "
            "to work on Thursday, their union said.\n")
    assert _v(_facts(text, "2009-04-28").status) != "ended"


def test_a_tentative_accord_that_eases_the_threat_of_a_strike_averts_it():
    text = ("date 1991-09-03 Tentative Accord Between Transit District, Unions Eases Threat of Strike\n\n"
            "The Kellport Transit District and two of its unions reached tentative accords on fresh "
            "three-year contracts Monday, easing the threat of a strike that could have come as soon "
            "as midnight tonight.\n")
    assert _v(_facts(text, "1991-09-03").status) == "averted"


def test_a_settlement_expected_to_avert_a_threatened_strike_averts_it():
    text = ("date 1985-04-18 Drivers, Transit District Come to Terms\n\n"
            "Negotiators for the Kellport Transit District and its 5,000 bus drivers reached a "
            "tentative settlement Wednesday that is expected to avert a threatened strike next week.\n")
    assert _v(_facts(text, "1985-04-18").status) == "averted"


def test_congress_ordering_strikers_back_ends_the_strike():
    text = ("date 1991-04-18 President Signs Bill on Rail Strike\n\n"
            "Congress, acting less than 24 hours after the start of a nationwide freight railroad "
            "strike, late last night ordered the 235,000 workers back to their jobs and imposed a "
            "settlement.\n")
    assert _v(_facts(text, "1991-04-18").status) == "ended"



def test_protests_staged_beside_a_sit_in_do_not_end_it():
    text = ("date 2009-04-01 Car factory protest spreads\n\n"
            "PROTESTS against job cuts at car parts firm Varnholt spread on Wednesday when workers "
            "attempted to occupy more factories. Scores of workers staged protests at factories in "
            "Kellport and Kelford on Wednesday after a sit-in at another Varnholt factory in "
            "Kellbridge on Tuesday night.\n")
    assert _v(_facts(text, "2009-04-01").status) != "ended"
