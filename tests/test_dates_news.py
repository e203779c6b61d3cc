"""Dates in wire and broadcast copy: a stated date after publication told with an announcing
verb, an action "scheduled for" places and a day, a length counted "as of" a day, a possible
strike on a bare weekday in copy about an action called off, a cue that ends the action, and
workers back at an hour with no day.
Articles written for these tests (no text from any evaluation set)."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, published: str | None = None):
    return extract_article(Article(id="w5", text=text, published=published))


def _dates(f):
    return (f.start_date.value if f.start_date else None, f.end_date.value if f.end_date else None)


def test_a_stated_date_after_publication_told_with_an_announcing_verb_is_the_start():
    f = _facts("Bus drivers announce new walkouts\nPublished: 2024-04-10\n\n"
               "Bus drivers are set to stage another series of strikes in their row over pay.\n"
               "The Transit Drivers Union has announced a series of walkouts between 3 and 7 May, "
               "with different depots affected on each day.\n")
    assert f.status.value == "scheduled"
    assert _dates(f)[0] == "2024-05-03"


def test_a_stoppage_scheduled_for_places_and_a_day_starts_that_day():
    f = _facts("Porters' stoppage goes ahead\nPublished: 2022-06-06\n\n"
               "The porters' strike scheduled for four city hospitals tomorrow will go ahead, "
               "the Hospital Porters Union said.\n"
               "The one-day stoppages were due to take place tomorrow at four sites.\n")
    assert _dates(f)[0] == "2022-06-07"


def test_a_length_counted_as_of_a_day_gives_the_start():
    f = _facts("Lockout drags on at brick plant\nPublished: 2025-05-07\n\n"
               "WORKERS at the Kelby brick plant remain locked out after three weeks as of "
               "Friday, May 2.\n"
               "The company locked out 120 kiln workers in a dispute over a new roster.\n")
    assert _dates(f)[0] == "2025-04-11"


def test_a_possible_strike_on_a_bare_weekday_in_averted_copy_gives_no_start():
    # written on a Sunday: "Friday" could be the Friday past or the one to come
    f = _facts("Ferry deal averts strike\nPublished: 2024-06-16\n\n"
               "Ferry workers have reached a tentative agreement with the operator, averting a strike.\n"
               "The deal comes after the Marine Crews Union warned of a possible strike on Friday "
               "as talks stalled.\n")
    assert f.status.value == "averted"
    assert _dates(f)[0] is None


def test_a_cue_that_ends_the_action_names_its_last_day():
    f = _facts("Metro workers end strike\nPublished: 2021-03-08\n\n"
               "Metro workers decided to end their strike Monday after reaching a deal with "
               "management, the union said.\n"
               "The strike had halted trains across the capital.\n")
    assert _dates(f)[1] == "2021-03-08"


def test_workers_back_at_an_hour_with_no_day_ended_the_day_before():
    f = _facts("Canal strike ends with tentative deal\nPublished: 2023-05-22\n\n"
               "The canal operator says barges are expected to move again after a tentative deal "
               "ended a strike by lock keepers.\n"
               "The company says workers will be back on the job as of 6 a.m.\n"
               "The tentative agreement ends a strike that began on May 14.\n")
    assert f.status.value == "ended"
    assert _dates(f) == ("2023-05-14", "2023-05-21")


def test_an_action_under_way_that_has_been_called_off_ended_on_the_day_of_the_copy():
    f = _facts("Dock strike ends\nPublished: 2021-09-18\n\n"
               "The Port Workers Union has called off the strike that began Wednesday after "
               "reaching an agreement with the port authority.\n"
               "The strike is over, the union said.\n")
    assert f.status.value == "ended"
    assert _dates(f) == ("2021-09-15", "2021-09-18")


def test_a_day_by_day_programme_gives_the_last_day_of_a_planned_action():
    # the announced range closes with an overtime ban; the walkouts end on the programme's last day
    f = _facts("Bus drivers announce rolling strikes\nPublished: 2024-04-10\n\n"
               "Bus drivers are set to stage a fresh round of strikes in their dispute over pay.\n"
               "The Transit Drivers Union has announced rolling walkouts between 6 and 12 May, "
               "with different depots affected on each day.\n"
               "Which depots are affected on what day?\n\n"
               "Monday 6 May at Northgate and Riverside\n\n"
               "Wednesday 8 May at Eastfield\n\n"
               "Friday 10 May at Southmoor and Hilltop\n\n"
               "Drivers will also refuse overtime until Sunday 12 May.\n")
    assert _dates(f) == ("2024-05-06", "2024-05-10")
