"""The dispute change log (issue 16 part 2): every save that changes what a reader sees is
recorded once, in the dispute's own transaction, with its sources; nothing else is. On
SQLite and PostgreSQL, through the real ingest pipeline (real spaCy extraction)."""
from __future__ import annotations

import datetime as dt

import pytest

from picketline import api
from picketline.pipeline import run_ingest
from picketline.publish import changes as ch
from picketline.publish.filters import check, matches, parse_pairs
from picketline.store import Store
from publish_fixtures import write_batches, write_other


@pytest.fixture
def batches(tmp_path):
    return write_batches(tmp_path / "in")


def _one_dispute(st: Store) -> str:
    (d,) = st.disputes(limit=None)
    return d["id"]


def test_two_batches_record_started_then_end_offer_workers(any_store: Store, batches) -> None:
    first, second = batches
    run_ingest([first], any_store)
    (started,) = any_store.changes()
    did = _one_dispute(any_store)
    assert started["dispute_id"] == did and started["kinds"] == ["started"]
    after = started["changes"]["started"]["after"]
    assert after["status"] == "ongoing" and after["workers"] == 600
    assert after["offer"]["pct"] == 8.0 and after["demand"]["pct"] == 20.0
    assert started["cause"] == "articles"
    assert [s["url"] for s in started["sources"]] == ["https://news.example/mercy-valley-strike"]
    assert (started["state"], started["industry"], started["status"]) == \
        ("CA", "health_care", "ongoing")

    run_ingest([second], any_store)
    newest, older = any_store.changes()
    assert older["change_id"] == started["change_id"]
    assert newest["dispute_id"] == did
    assert {"status", "ended", "workers", "offer"} <= set(newest["kinds"])
    assert newest["changes"]["status"]["before"] == "ongoing"
    assert newest["changes"]["status"]["after"] == "ended"
    assert newest["changes"]["workers"] == {"before": 600, "after": 1200}
    assert newest["changes"]["offer"]["before"]["pct"] == 8.0
    assert newest["changes"]["offer"]["after"]["pct"] == 14.0
    assert "demand" not in newest["kinds"]  # 20% both times
    assert [s["article_id"] for s in newest["sources"]] == ["mv-end"]
    assert newest["sources"][0]["url"] == "https://news.example/mercy-valley-deal"
    assert (newest["status_before"], newest["status"]) == ("ongoing", "ended")

    # nothing new: a re-run stores nothing, a rebuild changes nothing a reader sees
    run_ingest([first, second], any_store)
    api.rebuild_dispute(any_store, did)
    assert any_store.count_changes() == 2


def test_change_commits_with_its_dispute_or_not_at_all(any_store: Store, batches) -> None:
    run_ingest([batches[0]], any_store)
    did = _one_dispute(any_store)
    record = any_store.dispute(did)
    changed = {**record, "participants": 900,
               "facts": {**record["facts"], "participants": {
                   **record["facts"]["participants"], "value": 900}}}
    with pytest.raises(RuntimeError):
        with any_store.transaction():
            any_store.save_dispute(changed)
            raise RuntimeError("the batch fails after the save")
    assert any_store.count_changes() == 1
    assert any_store.dispute(did)["participants"] == 600
    any_store.save_dispute(changed)
    newest = any_store.changes(limit=1)[0]
    assert newest["kinds"] == ["workers"] and newest["cause"] == "rebuild"
    assert newest["changes"]["workers"] == {"before": 600, "after": 900}


def test_reviewers_corrections_merges_and_splits(any_store: Store, batches, tmp_path) -> None:
    run_ingest([batches[0], write_other(tmp_path / "other")], any_store)
    ids = sorted(d["id"] for d in any_store.disputes(limit=None))
    assert len(ids) == 2
    mercy = next(i for i in ids if "mv" in i or "cna" in i)
    other = next(i for i in ids if i != mercy)
    n = any_store.count_changes()

    api.correct_fact(any_store, mercy, "participants", 650, author="ana")
    c = any_store.changes(limit=1)[0]
    assert c["kinds"] == ["workers"] and c["cause"] == "review"
    assert c["changes"]["workers"] == {"before": 600, "after": 650}
    assert any_store.count_changes() == n + 1

    api.confirm_fact(any_store, mercy, "participants", author="ana")  # nothing changes
    assert any_store.count_changes() == n + 1

    mark = any_store.changes(limit=1)[0]["change_id"]
    api.merge_disputes(any_store, mercy, other, author="ana")
    got = {c["dispute_id"]: c for c in any_store.changes(limit=None) if c["change_id"] > mark}
    assert set(got) <= {mercy, other}
    gone = got[other]
    assert gone["kinds"] == ["merged"]
    assert gone["changes"]["merged"] == {"before": other, "after": mercy}
    assert gone["related"] == {"merged_into": mercy}
    if mercy in got:  # the survivor changed for a reader too (its stage, its state...)
        assert got[mercy]["related"] == {"merged_from": [other]}
        assert got[mercy]["cause"] == "review"

    moved = next(a for a in any_store.dispute(mercy)["article_ids"] if a == "bus-lockout")
    mark = any_store.changes(limit=1)[0]["change_id"]
    new_id = api.split_article(any_store, mercy, moved, author="ana")["id"]
    (started,) = [c for c in any_store.changes(limit=None)
                  if c["change_id"] > mark and c["dispute_id"] == new_id]
    assert started["kinds"][0] == "started"
    assert started["related"] == {"split_from": mercy} and started["cause"] == "review"
    assert [s["article_id"] for s in started["sources"]] == ["bus-lockout"]


# --- the pure parts ---------------------------------------------------------------------------
def _record(**kw) -> dict:
    base = {"id": "x", "status": "ongoing", "participants": 100, "wage_demand_pct": 10.0,
            "wage_offer_pct": 4.0, "demand_text": "10%", "offer_text": "4%",
            "last_reported": dt.date.today().isoformat(), "industry": "education",
            "state": "CA", "employers": ["Oak Unified School District"],
            "bargaining_events": [], "timeline": []}
    return {**base, **kw}


def test_diff_reports_only_what_a_reader_sees() -> None:
    today = dt.date.today()
    old = _record()
    assert ch.diff(old, dict(old), today) == ([], {})
    assert ch.diff(old, {**old, "title": "renamed", "copies": {"a": "b"}}, today) == ([], {})
    kinds, changes = ch.diff(old, _record(status="ended", participants=150, offer_text="5%",
                                          wage_offer_pct=5.0), today)
    assert kinds == ["status", "ended", "workers", "offer"]
    assert ch.summary(kinds, changes) == "status ongoing -> ended; workers 100 -> 150; " \
                                         "offer 4% -> 5%"
    # the stage: impasse declared under California's EERA
    kinds, changes = ch.diff(old, _record(bargaining_events=["impasse"]), today)
    assert kinds == ["stage"]
    assert changes["stage"]["before"]["id"] != changes["stage"]["after"]["id"]
    # status as the app shows it today: a stale live dispute is "unconfirmed"
    stale = _record(last_reported=(today - dt.timedelta(days=60)).isoformat())
    kinds, changes = ch.diff(stale, _record(), today)
    assert kinds == ["status"] and changes["status"]["before"] == "unconfirmed"
    assert ch.headline("Oak strike", "x", kinds, changes) == \
        "Oak strike: status unconfirmed -> ongoing"


def test_filters_are_checked_and_match_like_the_store(any_store: Store, batches,
                                                      tmp_path) -> None:
    assert parse_pairs(["state=ca", "industry=Health Care", "kind=ENDED"]) == \
        {"state": "CA", "industry": "health_care", "kind": "ended"}
    for bad in (["state=California"], ["industry=mining_of_gold"], ["colour=red"],
                ["since=yesterday"], ["state"], ["kind=exploded"]):
        with pytest.raises(ValueError):
            parse_pairs(bad)
    with pytest.raises(ValueError, match="status"):
        check({"status": "finished"})

    run_ingest([batches[0], write_other(tmp_path / "other")], any_store)
    run_ingest([batches[1]], any_store)
    every = any_store.changes(limit=None)
    assert len(every) == 3
    for flt in ({}, {"state": "CA"}, {"state": "OR"}, {"industry": "health_care"},
                {"status": "ended"}, {"status": "ongoing"}, {"status": "active"},
                {"kind": "started"}, {"kind": "offer"}, {"q": "mercy"}, {"q": "nurses"},
                {"action_type": "lockout"}, {"since": dt.date.today().isoformat()},
                {"until": "2000-01-01"}, {"state": "CA", "kind": "workers"}):
        in_sql = [c["change_id"] for c in any_store.changes(flt, limit=None)]
        in_python = [c["change_id"] for c in every if matches(c, flt)]
        assert in_sql == in_python, flt
    assert len(any_store.changes({"state": "CA"}, limit=None)) == 2
    assert len(any_store.changes({"kind": "started"}, limit=None)) == 2
    # "ongoing" finds the change that ended an ongoing strike, and the starts
    assert len(any_store.changes({"status": "ongoing"}, limit=None)) >= 2
    assert [c["kinds"][0] for c in any_store.changes({"status": "ended"}, limit=None)] == \
        ["status"]
