"""The life of the action in web and wire copy (round 16): a call whose date the union has not
yet scheduled, ... Articles written for these tests (invented names; no text from any
evaluation set)."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, published: str | None):
    f = extract_article(Article(id="w", text=text, published=published))
    val = lambda x: x.value if x else None  # noqa: E731
    return {"labor": val(f.is_labor_action), "type": val(f.action_type), "status": val(f.status),
            "start": val(f.start_date), "end": val(f.end_date)}


@pytest.mark.parametrize("lead, open_date", [
    ("MONTEVERDE, March 9 Corvania's biggest labour federation, the FTC, called on Tuesday for a "
     "48-hour general strike next month against the pension bill.",
     "The federation, which has not yet scheduled the stoppage, wants the bill withdrawn."),
    ("Corvania's biggest labour federation, the FTC, called on Tuesday for a 48-hour general "
     "strike later this month against the pension bill.",
     '"The stoppage is decided, we only need to set a date," its secretary general said.'),
    ("Corvania's biggest labour federation, the FTC, called for a 48-hour general strike in the "
     "coming weeks against the pension bill.",
     "Its leaders did not say when the stoppage would take place."),
])
def test_a_call_for_next_month_whose_date_is_not_yet_scheduled_is_authorized(lead, open_date):
    text = ("Corvanian federation calls general strike over pensions\n\n"
            f"{lead}\n\n{open_date} Ministers are expected to meet union leaders in the next "
            "few weeks.\n")
    f = _facts(text, "2021-03-09")
    assert f["status"] == "authorized"
    assert f["start"] is None


@pytest.mark.parametrize("head, lead", [
    ("Tannery workers in Dravonia go on strike",
     "The Leather Workers' Union of Dravonia announced that tannery workers across the country "
     "will be going on a strike on March 4, 2019."),
    ("Tannery workers in Dravonia go on strike",
     "The Leather Workers' Union of Dravonia said on Tuesday that tannery workers will go on an "
     "indefinite strike on March 4."),
    ("Dravonian tannery union goes on strike",
     "Tannery workers will be going on a national strike on March 4, the Leather Workers' Union "
     "of Dravonia announced on Tuesday."),
])
def test_a_bare_present_headline_over_a_dated_plan_is_scheduled(head, lead):
    text = (f"{head}\n\n{lead}\n\n"
            "The union said the employers' offer of a 5% rise was unacceptable and that a ban on "
            "the strike would not be respected.\n")
    f = _facts(text, "2019-02-19")
    assert f["status"] == "scheduled"
    assert f["start"] == "2019-03-04"


@pytest.mark.parametrize("clause", [
    " - which has been going on for five days - has ended",
    ", which began on Monday, has ended",
    ", which had shut three breweries, has come to an end",
])
def test_an_action_told_with_a_which_clause_that_has_ended_is_over(clause):
    text = (f"Wire services report that the general strike in Ostland's brewing sector{clause}.\n\n"
            "The walkout started on Monday after the brewery workers' union and the employers' "
            "federation failed to agree on pay during mediation.\n\n"
            "About 6,000 members of the union have been on strike since Monday.\n")
    f = _facts(text, "2022-05-13")
    assert f["status"] == "ended"


@pytest.mark.parametrize("count", [
    "stayed out for a second day today",
    "struck for the third straight day today",
    "kept up their walkout for a third day today",
])
@pytest.mark.parametrize("talks", [
    "Talks broke down on Friday when union negotiators walked out.",
    "The union's bargaining team walked out of the pay talks on Friday.",
])
def test_a_count_of_days_today_dates_the_start_and_negotiators_who_walked_out_do_not(count, talks):
    n = 3 if "third" in count else 2
    text = (f"KESTRAL VALVE STRIKE ENTERS {'THIRD' if n == 3 else 'SECOND'} DAY\n\n"
            f"About 2,500 machinists at valve maker Kestral Fittings SA's plant in Porto Vell {count}, "
            "pressing for a 20 pct wage rise, their union said.\n\n"
            f"The company has offered 9 pct. {talks} No new meeting has been set.\n\n"
            "Pickets stood at the plant gates this morning, police said.\n")
    f = _facts(text, "1988-03-09")
    assert f["status"] == "ongoing"
    assert f["start"] == ("1988-03-07" if n == 3 else "1988-03-08")
