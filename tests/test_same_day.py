"""Reports of one day never contradict each other (issue 15): a strike that starts and ends on
the same day ends, and a wage offer's figure and its words come from the same report.

Our own two articles of one day, through the real pipeline into a real store (SQLite and
PostgreSQL): "walked off the job this morning" (offer 3%) and "ended tonight after the company
offered a 4% raise over three years"."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from picketline import api
from picketline.consolidate import consolidate
from picketline.export import parse_csv, to_csv
from picketline.model import Article, ArticleFacts, Evidence, Fact, Proposal
from picketline.pipeline import run_ingest
from picketline.process.costing import dispute_proposals
from picketline.publish import changes as ch
from picketline.store import Store

DAY = (dt.date.today() - dt.timedelta(days=1)).isoformat()


def _start(aid: str) -> dict:
    return {"id": aid, "url": f"https://news.example/{aid}", "source": "Fresno Ledger",
            "published": DAY, "title": "Warehouse workers strike at Brightline Foods in Fresno",
            "text": "FRESNO, Calif. - About 400 warehouse workers represented by Teamsters "
                    "Local 431 walked off the job at Brightline Foods this morning, beginning "
                    "a strike over pay.\nBrightline Foods has offered a 3% raise. The union is "
                    "demanding a 12% raise over three years."}


def _end(aid: str) -> dict:
    return {"id": aid, "url": f"https://news.example/{aid}", "source": "Fresno Ledger",
            "published": DAY, "title": "Brightline Foods strike ends after <b>deal</b>",
            "text": "FRESNO, Calif. - The strike by 400 warehouse workers represented by "
                    "Teamsters Local 431 at Brightline Foods ended tonight after the company "
                    "offered a 4% raise over three years.\nWorkers will return to work "
                    "tomorrow, the union said."}


def _write(path, art: dict):
    path.write_text(json.dumps(art) + "\n")
    return path


# the article ids decide the order of same-day reports in a dispute; both orders must end
@pytest.mark.parametrize("start_id,end_id", [("a-start", "b-end"), ("z-start", "b-end")])
def test_same_day_end_report_ends_the_strike_and_makes_an_entry(
        any_store: Store, tmp_path, start_id, end_id) -> None:
    first = _write(tmp_path / "first.jsonl", _start(start_id))
    second = _write(tmp_path / "second.jsonl", _end(end_id))
    run_ingest([first], any_store)
    (started,) = any_store.changes()
    assert started["changes"]["started"]["after"]["status"] == "ongoing"

    run_ingest([second], any_store)
    (d,) = any_store.disputes(limit=None)
    rec = api.get_dispute(any_store, d["id"])
    assert rec["facts"]["status"]["value"] == "ended"
    assert rec["status"] == "ended"
    # the same day's two statuses are still listed as a disagreement, with their sources
    (conflict,) = [c for c in rec["conflicts"] if c["field"] == "status"]
    assert conflict["chosen"] == "ended"
    assert {v["value"] for v in conflict["values"]} == {"ongoing", "ended"}
    ended = next(v for v in rec["facts"]["status"]["values"] if v["value"] == "ended")
    assert ended["articles"] == [end_id]
    assert ended["evidence"] and all("end" in e["sentence"] for e in ended["evidence"])

    newest, older = any_store.changes()
    assert older["change_id"] == started["change_id"]
    assert "status" in newest["kinds"] and "ended" in newest["kinds"]
    assert newest["changes"]["status"]["before"] == "ongoing"
    assert newest["changes"]["status"]["after"] == "ended"
    assert [s["article_id"] for s in newest["sources"]] == [end_id]


@pytest.mark.parametrize("start_id,end_id", [("a-start", "b-end"), ("z-start", "b-end")])
def test_offer_figure_and_words_come_from_one_report(any_store: Store, tmp_path,
                                                     start_id, end_id) -> None:
    first = _write(tmp_path / "first.jsonl", _start(start_id))
    second = _write(tmp_path / "second.jsonl", _end(end_id))
    run_ingest([first], any_store)
    run_ingest([second], any_store)
    (d,) = any_store.disputes(limit=None)
    rec = api.get_dispute(any_store, d["id"])
    # the deal's report (the later one in the life of the strike) gives figure and words
    assert rec["wage_offer_pct"] == 4.0
    assert rec["offer_text"] == "4% over 3 years"
    assert (rec["wage_demand_pct"], rec["demand_text"]) == (12.0, "12% over 3 years")

    newest = any_store.changes()[0]
    offer = newest["changes"]["offer"]
    assert offer["before"] == {"pct": 3.0, "text": "3% raise"}
    assert offer["after"] == {"pct": 4.0, "text": "4% over 3 years"}
    assert "offer 3% raise -> 4% over 3 years" in ch.summary(newest["kinds"], newest["changes"])

    # the costing costs that same offer
    chosen, _ = dispute_proposals(rec)
    assert (chosen["employer"].general_increase_pct, chosen["employer"].years) == (4.0, 3)

    # the CSV and JSON exports show the same pair
    (row,) = parse_csv(to_csv([rec]))
    assert (float(row["wage_offer_pct"]), row["employer_offer"]) == (4.0, "4% over 3 years")


def _facts(aid: str, status: str, offer: float, years: int | None = None) -> ArticleFacts:
    sent = f"{aid}: the strike is {status}; the offer is {offer}%."
    e = Evidence(aid, 0, len(sent), sent)
    f = ArticleFacts(id=aid, published=Fact(DAY), is_labor_action=Fact(True), title=aid)
    f.status = Fact(status, e)
    f.wage_offer_pct = Fact(offer, e)
    f.employers = [Fact("Brightline Foods", e)]
    f.proposals = [Proposal(side="employer", general_increase_pct=offer, years=years,
                            evidence=e)]
    return f


def _art(aid: str, published: str) -> Article:
    return Article(id=aid, text="", title=aid, published=published)


def test_time_of_day_decides_when_every_report_of_the_day_has_one() -> None:
    late_ongoing = [_facts("a", "ended", 4, 3), _facts("b", "ongoing", 3)]
    timed = [_art("a", DAY + "T09:00:00+00:00"), _art("b", DAY + "T21:30:00+00:00")]
    rec = consolidate("d", late_ongoing, timed, copies={})
    # the ongoing report is the later one of the day: the strike goes on, at its offer
    assert rec["status"] == "ongoing"
    assert (rec["wage_offer_pct"], rec["offer_text"]) == (3, "3% raise")

    # times are compared in UTC: 14:00 in California is after 21:30 in London
    zoned = [_art("a", DAY + "T21:30:00+01:00"), _art("b", DAY + "T14:00:00-08:00")]
    assert consolidate("d", late_ongoing, zoned, copies={})["status"] == "ongoing"
    zoned = [_art("a", DAY + "T21:30:00-08:00"), _art("b", DAY + "T14:00:00-08:00")]
    assert consolidate("d", late_ongoing, zoned, copies={})["status"] == "ended"

    # one report without a time: times cannot be compared, the end outranks the ongoing
    untimed = [_art("a", DAY), _art("b", DAY + "T21:30:00+00:00")]
    rec = consolidate("d", late_ongoing, untimed, copies={})
    assert rec["status"] == "ended"
    assert (rec["wage_offer_pct"], rec["offer_text"]) == (4, "4% over 3 years")


def test_later_day_still_wins_over_a_more_advanced_status() -> None:
    older = _facts("a", "ended", 4, 3)
    older.published = Fact((dt.date.fromisoformat(DAY) - dt.timedelta(days=5)).isoformat())
    rec = consolidate("d", [older, _facts("b", "ongoing", 3)], [], copies={})
    assert rec["status"] == "ongoing" and rec["conflicts"] == []
    assert (rec["wage_offer_pct"], rec["offer_text"]) == (3, "3% raise")


def test_a_change_entry_needs_a_change_a_reader_sees() -> None:
    today = dt.date.fromisoformat(DAY)
    base = {"id": "d", "status": "ongoing", "last_reported": DAY, "sources": [],
            "wage_offer_pct": 3.0, "offer_text": "4% over 3 years"}
    new = {**base, "wage_offer_pct": 4.0}
    kinds, _ = ch.diff(base, new, today)
    assert "offer" not in kinds  # "offer 4% over 3 years -> 4% over 3 years" says nothing
    kinds, changes = ch.diff(base, {**new, "offer_text": "5% over 3 years"}, today)
    assert kinds == ["offer"]
    assert ch.describe("offer", changes["offer"]) == "offer 4% over 3 years -> 5% over 3 years"
    # without words, the figure is what a reader sees
    kinds, _ = ch.diff({**base, "offer_text": None}, {**new, "offer_text": None}, today)
    assert kinds == ["offer"]
