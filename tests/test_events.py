"""Timeline events, through the whole extractor, on articles written for these tests."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import EVENT_KINDS, Article

TEXT = """date 2024-10-17 Port workers strike after talks with terminal operator collapse

Dockworkers at the Harbor Point container terminal walked off the job at 6 a.m. Thursday, \
the first strike at the port in 20 years.

Members of the longshore union voted 94% to authorize a strike on Oct. 3. Their contract \
expired on Sept. 30, and the union declared an impasse on Oct. 10.

A federal mediator joined the talks on Monday but no agreement was reached.

On Tuesday the longshore union filed an unfair labor practice charge, telling the \
National Labor Relations Board the operator refused to share cost data.

The union is seeking raises of 25% over four years. The operator has offered 11%.

Workers rallied outside the terminal gates on Thursday afternoon.

If talks fail again, the next step would be fact-finding, a union spokesperson said.
"""


def _events():
    return extract_article(Article(id="port", text=TEXT, published="2024-10-17")).events


def by_kind(events, kind):
    return [e for e in events if e.kind == kind]


def test_every_event_has_a_known_kind_and_evidence():
    events = _events()
    assert events
    for e in events:
        assert e.kind in EVENT_KINDS
        assert e.evidence is not None and e.evidence.article_id == "port"
        assert TEXT[e.evidence.start:e.evidence.end] in e.evidence.sentence or e.evidence.start == 0


def test_dated_bargaining_steps():
    events = _events()
    vote = by_kind(events, "strike_vote")
    assert vote and vote[0].date == "2024-10-03" and vote[0].detail == "94%"
    assert by_kind(events, "contract_expired")[0].date == "2024-09-30"
    assert by_kind(events, "impasse")[0].date == "2024-10-10"
    assert by_kind(events, "mediation")[0].date == "2024-10-14"  # Monday before Thursday 17th
    assert by_kind(events, "ulp_charge")[0].date == "2024-10-15"


def test_start_of_the_strike():
    start = by_kind(_events(), "start")
    assert [e.date for e in start] == ["2024-10-17"]


def test_offers_and_demands_have_side_and_percentage():
    events = _events()
    demands = by_kind(events, "demand")
    offers = by_kind(events, "offer")
    assert [(e.detail, e.side) for e in demands] == [("25%", "union")]
    assert [(e.detail, e.side) for e in offers] == [("11%", "employer")]


def test_rally_is_an_event():
    rallies = by_kind(_events(), "rally")
    assert rallies and rallies[0].date == "2024-10-17"


def test_speculative_steps_are_not_events():
    # "the next step would be fact-finding" has not happened and is not scheduled
    assert by_kind(_events(), "fact_finding") == []


def test_declined_mediator_is_not_mediation():
    text = ("date 2024-02-12 Nurses strike at two hospitals\n\n"
            "Nurses at two hospitals went on strike Monday morning.\n\n"
            "The hospitals said they had proposed that the union bring in a federal mediator, and "
            "the union had declined.")
    events = extract_article(Article(id="n", text=text, published="2024-02-12")).events
    assert by_kind(events, "mediation") == []
    assert [e.date for e in by_kind(events, "start")] == ["2024-02-12"]


def test_ended_strike_has_end_return_and_agreement():
    text = ("date 2024-08-05 Cannery strike ends with tentative deal\n\n"
            "Cannery workers reached a tentative agreement with the company on Saturday, ending a "
            "strike that began on July 22.\n\n"
            "Workers walked picket lines from July 22 through Friday, Aug. 2, and returned to work "
            "on Monday.\n\n"
            "Members will vote on ratification from Aug. 8 through Aug. 10.")
    f = extract_article(Article(id="c", text=text, published="2024-08-05"))
    assert f.status.value == "ended"
    kinds = {e.kind: e.date for e in f.events}
    assert kinds["start"] == "2024-07-22"
    assert kinds["end"] == "2024-08-02"
    assert kinds["tentative_agreement"] == "2024-08-03"
    assert kinds["return_to_work"] == "2024-08-05"
    assert kinds["ratification"] == "2024-08-08"  # scheduled, so reported


def test_averted_strike_has_no_start_event():
    text = ("date 2024-12-03 Union calls off rail strike after tentative deal\n\n"
            "The rail union called off a strike set to begin Friday, Dec. 6, after reaching a "
            "tentative agreement with the carriers on Monday.")
    f = extract_article(Article(id="r", text=text, published="2024-12-03"))
    assert f.status.value == "averted"
    assert f.start_date is not None and f.start_date.value == "2024-12-06"
    assert by_kind(f.events, "start") == []
    assert by_kind(f.events, "tentative_agreement")[0].date == "2024-12-02"


# --- dating steps right ---------------------------------------------------------------------
SANITATION = ("date 2024-05-09 Sanitation strike enters third day\n\n"
              "Sanitation workers in Riverton stayed on strike Thursday, the third day of a walkout "
              "that began after the union and the city reached an impasse in talks last week.\n\n"
              "Mayor Dana Whitlock stepped in to mediate on Wednesday, meeting both sides for six "
              "hours.\n\n"
              "In a ballot last month, 92% of the drivers and loaders who voted backed a strike, "
              "on a turnout of 81%.\n\n"
              "The city tabled a revised offer of 4%, up from 3%, but the union said it fell short "
              "of the 9% its members are seeking.")


def _sanitation():
    return extract_article(Article(id="s", text=SANITATION, published="2024-05-09"))


def test_a_step_told_as_last_week_is_not_dated_to_a_day():
    impasse = by_kind(_sanitation().events, "impasse")
    assert impasse and impasse[0].date is None  # not Thursday, not the day before publication


def test_someone_stepping_in_to_mediate_is_a_dated_mediation():
    mediation = by_kind(_sanitation().events, "mediation")
    assert [e.date for e in mediation] == ["2024-05-08"]  # the Wednesday before Thursday 9th


def test_day_three_on_thursday_started_on_tuesday():
    f = _sanitation()
    assert f.start_date.value == "2024-05-07"
    assert [e.date for e in by_kind(f.events, "start")] == ["2024-05-07"]


def test_vote_share_is_not_the_turnout():
    votes = by_kind(_sanitation().events, "strike_vote")
    assert [e.detail for e in votes] == ["92%"]


def test_a_percentage_after_but_belongs_to_its_own_clause():
    f = _sanitation()
    assert {(e.kind, e.detail) for e in f.events if e.kind in ("offer", "demand")} == {
        ("offer", "4%"), ("offer", "3%"), ("demand", "9%")}


def test_the_action_date_is_not_the_announcement_date():
    text = ("date 2024-10-30 Bus drivers set Monday strike\n\n"
            "Bus drivers will walk off the job at 3 a.m. Monday unless a contract is reached, "
            "their union said.\n\n"
            "Members voted 95% on Sunday to authorize the strike.")
    f = extract_article(Article(id="b", text=text, published="2024-10-30"))
    announced = by_kind(f.events, "announced")
    assert announced and all(e.date != "2024-10-28" for e in announced)  # that Monday is the strike's
    assert [e.date for e in by_kind(f.events, "start")] == ["2024-11-04"]  # the planned start
    assert [e.date for e in by_kind(f.events, "strike_vote")] == ["2024-10-27"]


# every pattern is tried only when one of its key strings is in the sentence: a sentence the
# pattern matches must hold one (else the speed gate would silently drop the event)
_KEY_SAMPLES = [
    "The union announced a strike date.", "Members voted 91% to authorize a strike.",
    "A federal mediator stepped in to help.", "Talks reached an impasse on Monday.",
    "The board ordered fact-finding.", "The local filed an unfair labor practice charge.",
    "The sides reached a tentative agreement.", "Members ratified the contract.",
    "Their contract expired on June 30.", "Workers returned to work Friday.",
    "Hundreds rallied outside city hall.", "Nurses marched to the capitol.",
    "The union filed a complaint with the Public Employment Relations Board.",
    "They have been working without a contract since May.", "They are back at work.",
]


def test_pattern_key_gate_covers_what_each_pattern_matches():
    from picketline.extract import events
    hits = 0
    for text in _KEY_SAMPLES:
        for kind, pat in events.PATTERNS.items():
            if pat.search(text):
                hits += 1
                assert any(k in text.lower() for k in events._KEYS[kind]), (kind, text)
    assert hits >= len(_KEY_SAMPLES)


def test_a_strike_tomorrow_with_no_digit_in_its_sentence_is_dated():
    f = extract_article(Article(id="e", text="date 2024-05-06 Bus drivers to strike\n\nBus drivers "
                                "will walk off the job tomorrow over pay, their union said.\n"
                                "The transit agency said it would run a reduced service.",
                                published="2024-05-06"))
    assert f.start_date is not None and f.start_date.value == "2024-05-07"


def test_ratification_of_a_hyphenated_contract_and_return_to_a_workplace():
    # "a new three-year contract" (hyphenated words before the noun) and "return to the plant"
    # (a workplace, not "to work") were missed, so a lockout's end could not be derived
    from picketline.extract.events import PATTERNS as _PATTERNS
    assert _PATTERNS["ratification"].search("members voted Tuesday to ratify a new three-year contract")
    assert _PATTERNS["return_to_work"].search("Workers will return to the plant Monday")
    assert _PATTERNS["return_to_work"].search("the miners went back to the pits")
    assert not _PATTERNS["return_to_work"].search("We remain ready to return to the table")
