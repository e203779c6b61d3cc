"""The list's filters and counts by status as of a day run in the database query (the
stored ``last_reported`` and ``ratified`` days, migration 0006), with the same results as
reading every dispute in Python (``api._as_reported_by``: the record as its articles had
made it by the day, with its status as of then), on a generated stream, on SQLite and
PostgreSQL: every status, several days (today, and days inside the stream, where disputes
reported later are read as of then), a shorter stale time, sorts and pages."""
from __future__ import annotations

import importlib.util
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from picketline import api
from picketline.pipeline import run_ingest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "picketline" / "data" / "sample"
# inside the stream, inside the sample (a scheduled strike, a lockout ratified on 04-01), today
DAYS = ("2023-02-10", "2023-03-20", "2025-02-08", "2025-03-12", "2025-04-03", None)


@pytest.fixture(scope="module")
def stream(tmp_path_factory) -> Path:
    spec = importlib.util.spec_from_file_location(
        "throughput", ROOT / "benchmarks" / "throughput.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    path = tmp_path_factory.mktemp("status") / "stream.jsonl"
    bench.generate(path, 260, labor_share=0.6, seed=11, per_day=2)
    return path


def _as_of(store, day):
    """The old way: every dispute loaded and read as of the day."""
    rows = [api._as_reported_by(store, r, api.as_of_day(day))
            for r in store.disputes(limit=None)]
    return [r for r in rows if r is not None]


def _reference(rows, status, sort="start_date", desc=True):
    """Those of ``rows`` (read as of the day) with the status, sorted as the list is."""
    want = api.ACTIVE if status == "active" else (status,)
    rows = sorted((r for r in rows if r["status"] in want), key=lambda r: r["id"])
    present = [r for r in rows if r.get(sort) is not None]
    present.sort(key=lambda r: r[sort], reverse=desc)
    return present + [r for r in rows if r.get(sort) is None]


def _ids(rows):
    return [(r["id"], r["status"]) for r in rows]


def test_status_filters_in_sql_match_reading_every_dispute(any_store, stream, monkeypatch):
    run_ingest([stream], any_store, batch_size=64, workers=1)
    run_ingest([SAMPLE], any_store)  # strikes that end, a lockout ended by ratification
    assert api.count_disputes(any_store) >= 8
    # reviewers give a few of the stream's disputes a last day (stored like any other)
    for i, r in enumerate(any_store.disputes(limit=3, sort="id", desc=False)):
        api.correct_fact(any_store, r["id"], "end_date", f"2023-03-0{i + 1}", author="t")
    seen = Counter()
    for stale, days in (("14", DAYS), ("3", DAYS[-3:])):
        monkeypatch.setenv("PICKETLINE_STALE_DAYS", stale)
        for day in days:
            ref_all = _as_of(any_store, day)
            want_counts = Counter(r["status"] for r in ref_all)
            got = api.status_counts(any_store, as_of=day)
            for s in api.AS_OF_STATUSES:
                assert got[s] == want_counts.get(s, 0), (stale, day, s)
            assert got["active"] == sum(want_counts.get(s, 0) for s in api.ACTIVE)
            for s in (*api.AS_OF_STATUSES, "active"):
                by_sort = {(sort, desc): _reference(ref_all, s, sort, desc)
                           for sort, desc in (("participants", False), ("last_reported", True),
                                              ("status", False))}
                for (sort, desc), ref in by_sort.items():
                    rows = api.list_disputes(any_store, as_of=day, status=s, sort=sort,
                                             desc=desc, limit=None)
                    assert _ids(rows) == _ids(ref), (stale, day, s, sort)
                ref = by_sort[("last_reported", True)]
                assert api.count_disputes(any_store, as_of=day, status=s) == len(ref)
                paged = []  # the pages put together are the whole list
                for off in range(0, len(ref) + 4, 4):
                    paged += api.list_disputes(any_store, as_of=day, status=s, limit=4,
                                               offset=off, sort="last_reported", desc=True)
                assert _ids(paged) == _ids(ref), (stale, day, s)
                seen[s] += len(ref)
    # the stream gives each kind of answer somewhere
    assert seen["ended"] and seen["unconfirmed"] and seen["active"] and seen["scheduled"]

    # as of today every article is in the past: the filter, the count and the page come
    # from the query alone (no dispute is re-read as of the day)
    calls = []
    real = api._as_reported_by
    monkeypatch.setattr(api, "_as_reported_by",
                        lambda *a, **k: calls.append(a[1]["id"]) or real(*a, **k))
    api.status_counts(any_store)
    api.count_disputes(any_store, status="unconfirmed")
    page = api.list_disputes(any_store, status="unconfirmed", limit=3)
    assert calls == [] and len(page) == 3
    assert all(r["status"] == "unconfirmed" and r["as_of"] == date.today().isoformat()
               for r in page)
