"""``picketline db repair`` links the labor articles that belong to no dispute, as two
ingests at once left them before the linking lock: a dispute saved from a stale member list
lost the other process's articles (its record no longer lists them), and membership rows can
be missing while a record still lists them. Repair puts every article back in the dispute
it belongs to, reports what it did, and a second run finds nothing to do."""
from __future__ import annotations

import importlib.util
import json
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import text

from picketline import api
from picketline.pipeline import run_ingest
from picketline.store import Store
from support import cli

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def stream(tmp_path_factory) -> Path:
    """A small generated stream (the throughput benchmark's generator): several disputes
    of a few articles each, reported over some weeks, and other news."""
    spec = importlib.util.spec_from_file_location(
        "throughput", ROOT / "benchmarks" / "throughput.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    path = tmp_path_factory.mktemp("repair") / "stream.jsonl"
    bench.generate(path, 90, labor_share=0.6, seed=4, per_day=5)
    return path


def _groups(st: Store) -> set[frozenset[str]]:
    return {frozenset(v) for v in st.members_of(
        d["id"] for d in st.disputes(limit=None)).values()}


def _consistent(st: Store) -> bool:
    """Every dispute's record lists exactly its stored members."""
    disputes = st.disputes(limit=None)
    stored = st.members_of(d["id"] for d in disputes)
    return all(set(d["article_ids"]) == set(stored.get(d["id"], [])) for d in disputes)


def _damage(st: Store) -> list[str]:
    """Damage the database as the old version did; returns the articles left in no dispute.
    Three disputes of at least two articles: the first loses one member the way the old
    version lost it (re-saved from a member list without it); the second loses two
    membership rows while its record still lists them; the third loses every membership
    row."""
    disputes = sorted((d for d in st.disputes(limit=None) if len(d["article_ids"]) >= 2),
                      key=lambda d: d["id"])
    assert len(disputes) >= 3
    first, second, third = disputes[:3]
    lost = [first["article_ids"][-1]]
    api.rebuild_dispute(st, first["id"], first["article_ids"][:-1])
    gone = second["article_ids"][:2] + third["article_ids"]
    with st.engine.begin() as c:
        for aid in gone:
            c.execute(text("DELETE FROM dispute_articles WHERE article_id = :a"), {"a": aid})
    lost += gone
    assert set(st.unlinked_labor_articles()) == set(lost)
    return lost


@pytest.mark.parametrize("any_store", ["sqlite", pytest.param(
    "postgresql", marks=pytest.mark.postgres)], indirect=True)
def test_repair_relinks_articles_in_no_dispute(any_store, stream) -> None:
    st = any_store
    run_ingest([stream], st, batch_size=15, workers=1)
    before = _groups(st)
    assert len(before) >= 5 and not st.unlinked_labor_articles()
    lost = _damage(st)
    assert _groups(st) != before
    counts = api.repair_links(st)
    assert counts["orphans"] == len(lost) and counts["linked"] == len(lost)
    assert counts["disputes"] >= 3
    assert st.unlinked_labor_articles() == []
    assert _groups(st) == before
    assert _consistent(st)
    # idempotent: nothing left to do, nothing changed
    assert api.repair_links(st) == {"orphans": 0, "linked": 0, "roundups": 0, "disputes": 0}
    assert _groups(st) == before


def test_db_repair_command(tmp_path, stream) -> None:
    url = f"sqlite:///{tmp_path / 'damaged.db'}"
    with Store(url) as st:
        run_ingest([stream], st, batch_size=15, workers=1)
        before = _groups(st)
        lost = _damage(st)

    def repair() -> dict:
        out = subprocess.run(cli("db", "repair", "--db", url, "--json"), capture_output=True,
                             text=True, timeout=120)
        assert out.returncode == 0, out.stderr
        return json.loads(out.stdout)

    first = repair()
    assert first["orphans"] == first["linked"] == len(lost) and first["disputes"] >= 3
    assert repair() == {"orphans": 0, "linked": 0, "roundups": 0, "disputes": 0}
    with Store(url) as st:
        assert _groups(st) == before and _consistent(st)
    words = subprocess.run(cli("db", "repair", "--db", url), capture_output=True, text=True,
                           timeout=120)
    assert words.returncode == 0 and "0 labor articles in no dispute" in words.stdout
