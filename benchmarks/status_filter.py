"""Status filters as of today: the database query against reading every dispute.

Generates a stream with the throughput benchmark's generator (a year of publication days by
default), ingests it into a fresh SQLite database (or ``--db``), then times, for each status
and ``active``, one page of :func:`picketline.api.list_disputes` with its count and the
status counts, against the way they were computed before migration 0006 (every dispute
loaded and its status as of today computed in Python), and checks both give the same page.

    .venv/bin/python benchmarks/status_filter.py --articles 20000 --per-day 55
"""
from __future__ import annotations

import argparse
import importlib.util
import statistics
import tempfile
import time
from pathlib import Path

from picketline import api
from picketline.pipeline import run_ingest
from picketline.store import Store

HERE = Path(__file__).resolve().parent


def _old_page(store, status: str, limit: int) -> tuple[list[str], int]:
    """Before 0006: every dispute of the stored statuses that may have it, read in Python."""
    want = api.ACTIVE if status == "active" else (status,)
    rows = [api.with_status_as_of(r) for r in store.disputes(limit=None)]
    rows = sorted((r for r in rows if r["status"] in want), key=lambda r: r["id"])
    rows.sort(key=lambda r: r.get("start_date") or "", reverse=True)
    return [r["id"] for r in rows[:limit]], len(rows)


def _time(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=7300)
    ap.add_argument("--per-day", type=int, default=20, help="articles per publication day")
    ap.add_argument("--labor-share", type=float, default=0.1)
    ap.add_argument("--db", default=None, help="an existing database instead of a stream")
    args = ap.parse_args()
    spec = importlib.util.spec_from_file_location("throughput", HERE / "throughput.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db
        if url is None:
            stream = Path(tmp) / "stream.jsonl"
            bench.generate(stream, args.articles, args.labor_share, 7, args.per_day)
            url = f"sqlite:///{Path(tmp) / 'status.db'}"
            with Store(url) as st:
                t = time.perf_counter()
                run_ingest([stream], st, workers=1)
                print(f"ingested {args.articles:,} articles in {time.perf_counter() - t:.0f} s")
        with Store(url) as st:
            print(f"{st.count_disputes():,} disputes")
            print(f"{'status':12} {'found':>6} {'query ms':>9} {'python ms':>10}")
            for status in (*api.AS_OF_STATUSES, "active"):
                def new():
                    return ([r["id"] for r in api.list_disputes(st, status=status, limit=50)],
                            api.count_disputes(st, status=status))
                got, want = new(), _old_page(st, status, 50)
                assert got == want, (status, got[:3], want[:3])
                print(f"{status:12} {got[1]:6,} {_time(new) * 1000:9.1f} "
                      f"{_time(lambda: _old_page(st, status, 50)) * 1000:10.1f}")
            print(f"status counts: query {_time(lambda: api.status_counts(st)) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
