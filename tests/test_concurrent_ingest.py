"""Two ``picketline ingest`` processes at once on one database (SQLite and PostgreSQL), on
disjoint or overlapping inputs, end with exactly the articles, disputes and memberships that
the same inputs give ingested one after the other (on a stream whose linking does not
depend on the order articles arrive in), and always what their batches give stored one
after the other in the order they were committed.

Linking is serialised through the database (one linking transaction at a time, each seeing
what the other writer committed), so the interleaving of the two processes' batches cannot
lose a membership, split a dispute in two or collide on a dispute id. The inputs are the
throughput benchmark's synthetic stream (disputes with their own employers, reported over
about three weeks), cut into interleaved halves (different articles of the same disputes)
or overlapping ranges, and ingested in batches of ten so the processes' batches interleave.
"""
from __future__ import annotations

import importlib.util
import json
import os
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from picketline.api import LinkCache
from picketline.model import Article, ArticleFacts, Evidence, Fact, Location
from picketline.pipeline import IngestReport, _commit_batch, run_ingest
from picketline.store import Store
from support import cli

ROOT = Path(__file__).resolve().parents[1]
BATCH = "10"


def _bench():
    spec = importlib.util.spec_from_file_location(
        "throughput", ROOT / "benchmarks" / "throughput.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _inputs(folder: Path, kind: str, n: int = 180) -> list[Path]:
    """Two JSONL inputs cut from one generated stream: ``disjoint`` (alternate articles,
    so both touch the same disputes) or ``overlap`` (the first and the last two thirds)."""
    folder.mkdir(parents=True, exist_ok=True)
    stream = folder / "stream.jsonl"
    _bench().generate(stream, n, labor_share=0.6, seed=11, per_day=6)
    lines = stream.read_text(encoding="utf-8").splitlines(keepends=True)
    if kind == "disjoint":
        parts = [lines[0::2], lines[1::2]]
    else:
        parts = [lines[: 2 * n // 3], lines[n // 3:]]
    paths = []
    for i, part in enumerate(parts):
        p = folder / f"{kind}-{i}.jsonl"
        p.write_text("".join(part), encoding="utf-8")
        paths.append(p)
    return paths


def _snapshot(url: str) -> dict:
    """Articles, labor articles in no dispute, disputes and memberships (as the set of
    article-id groups), and whether each dispute's record lists exactly its members."""
    with Store(url) as st:
        eng = st.engine
        with eng.connect() as c:
            articles = {r[0] for r in c.execute(text("SELECT id FROM articles"))}
            groups: dict[str, set[str]] = {}
            for aid, did in c.execute(text(
                    "SELECT article_id, dispute_id FROM dispute_articles")):
                groups.setdefault(did, set()).add(aid)
            orphans = {r[0] for r in c.execute(text(
                "SELECT f.article_id FROM facts f LEFT JOIN dispute_articles m "
                "ON m.article_id = f.article_id WHERE f.labor AND m.article_id IS NULL"))}
        disputes = st.disputes(limit=None)
    records = {d["id"]: set(d["article_ids"]) for d in disputes}
    return {"articles": articles, "orphans": orphans, "disputes": len(disputes),
            "groups": {frozenset(g) for g in groups.values()},
            "records_match": records == groups}


def _concurrent(inputs: list[Path], url: str, env: dict[str, str]) -> None:
    procs = [subprocess.Popen(cli("ingest", str(p), "--db", url, "--batch-size", BATCH,
                                  "--workers", "1", "--json"),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                              text=True)
             for p in inputs]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err[-2000:]
        assert json.loads(out)["skipped"] == 0


def _sequential(inputs: list[Path], url: str) -> None:
    with Store(url) as st:
        for p in inputs:
            run_ingest([p], st, batch_size=int(BATCH), workers=1)


_REFERENCE: dict[str, dict] = {}


def _reference(kind: str, tmp_path_factory) -> dict:
    """The snapshot of the inputs ingested one after the other (into SQLite, once per
    kind: PostgreSQL must end with the same)."""
    if kind not in _REFERENCE:
        folder = tmp_path_factory.mktemp(f"seq-{kind}")
        url = f"sqlite:///{folder / 'seq.db'}"
        _sequential(_inputs(folder / "in", kind), url)
        _REFERENCE[kind] = _snapshot(url)
    return _REFERENCE[kind]


def _replay(url: str, inputs: list[Path], into: str) -> dict:
    """The batches stored in ``url``, stored and linked again one after the other in the
    order they were committed (the articles of a batch share the time ``add_articles``
    stored them, under the linking lock), with their stored facts, into ``into``."""
    pos = {}
    for p in inputs:
        for i, line in enumerate(p.read_text(encoding="utf-8").splitlines()):
            pos.setdefault(json.loads(line)["id"], i)
    batches: dict[str, list[str]] = {}
    with Store(url) as src, Store(into) as dst:
        with src.engine.connect() as c:
            for aid, at in c.execute(text("SELECT id, ingested_at FROM articles")):
                batches.setdefault(str(at), []).append(aid)
        cache = LinkCache()
        for at in sorted(batches):
            ids = sorted(batches[at], key=pos.__getitem__)
            arts, facts = src.articles_by_ids(ids), src.facts(ids)
            for f in facts:
                f.dispute = None
            _commit_batch(arts, arts, facts, dst, IngestReport(), cache)
    return _snapshot(into)


def _check(inputs: list[Path], conc_url: str, seq: dict) -> None:
    _concurrent(inputs, conc_url, dict(os.environ))
    conc = _snapshot(conc_url)
    # serialisable whatever the stream: the same as its batches one after the other
    replayed = _replay(conc_url, inputs, f"sqlite:///{inputs[0].parent / 'replay.db'}")
    assert replayed["groups"] == conc["groups"] and replayed["articles"] == conc["articles"]
    # the stream really has several disputes sharing articles from both inputs
    assert seq["disputes"] >= 5 and not seq["orphans"] and seq["records_match"]
    assert conc["articles"] == seq["articles"]
    assert conc["orphans"] == set()
    assert conc["disputes"] == seq["disputes"]
    assert conc["groups"] == seq["groups"]
    assert conc["records_match"]


# --- two writers taking turns, in one process (deterministic) ------------------------------
PREFIXES = ["Ashford", "Bellmont", "Cedar Ridge", "Dunmore", "Elmhurst", "Fairhaven",
            "Glenwood", "Hollis", "Ironwood", "Juniper", "Kingsley", "Larchmont", "Maplewood",
            "Northgate", "Oakhurst", "Pinecrest"]


def _facts_stream(n: int = 96) -> list[ArticleFacts]:
    """Labor articles in publication order, six per dispute (each its own employer and
    local), consecutive ones of the same dispute, two disputes in the news on most days."""
    out = []
    for i in range(n):
        k = i // 6
        day = (date(2024, 3, 1) + timedelta(days=i // 3)).isoformat()
        aid = f"a{i:03d}"
        ev = Evidence(aid, 0, 20, f"Sentence from {aid}.")
        out.append(ArticleFacts(
            id=aid, published=Fact(day), is_labor_action=Fact(True),
            employers=[Fact(f"{PREFIXES[k]} Medical Center", ev)],
            unions=[Fact(f"Nurses Local {101 + k}", ev)],
            location=Fact(Location("Fresno", "CA", "US"), ev), action_type=Fact("strike", ev)))
    return out


def _article(f: ArticleFacts) -> Article:
    n = int(f.id[1:])
    return Article(f.id, f"Report {f.id}: words {n * 7919} {n * 104729} {f.id[::-1]} and "
                         f"{n * 31337} of the day.", published=f.published.value)


def _take_turns(stores: list[Store], inputs: list[list[ArticleFacts]], size: int) -> None:
    """Each writer (a store with its own ingest cache) commits its next batch in turn, as
    the ingest pipeline commits one (articles, facts, linking in one transaction)."""
    caches = [LinkCache() for _ in stores]
    for start in range(0, max(map(len, inputs)), size):
        for st, cache, facts in zip(stores, caches, inputs):
            batch = [ArticleFacts.from_dict(f.to_dict()) for f in facts[start:start + size]]
            arts = [_article(f) for f in batch]
            _commit_batch(arts, st.filter_new(arts), batch, st, IngestReport(), cache)


@pytest.mark.parametrize("url", ["sqlite_url", pytest.param(
    "pg_url", marks=pytest.mark.postgres)])
def test_writers_taking_turns_equal_one_after_the_other(request, url, tmp_path) -> None:
    """Two writers alternating batches on one database (the interleaving two processes
    produce) end with the disputes of one writer after the other: each sees the disputes
    and members the other saved (its cached keys are dropped when the other linked)."""
    stream = _facts_stream()
    inputs = [stream[0::2], stream[1::2]]
    conc = request.getfixturevalue(url)
    seq = f"sqlite:///{tmp_path / 'seq.db'}"
    with Store(conc) as a, Store(conc) as b:
        _take_turns([a, b], inputs, size=4)
    with Store(seq) as st:
        _take_turns([st], [inputs[0] + inputs[1]], size=4)
    got, want = _snapshot(conc), _snapshot(seq)
    assert want["disputes"] == len(stream) // 6 and not want["orphans"]
    assert got == want


def test_run_cache_kept_across_own_batches_dropped_after_another_writer(sqlite_url) -> None:
    """The keys an ingest caches between batches stay while it is the only writer (its
    batches without a labor article too), and are dropped once another writer linked."""
    stream = _facts_stream()
    news = ArticleFacts(id="n001", published=Fact("2024-03-02"), is_labor_action=Fact(False))

    def commit(st: Store, facts: list[ArticleFacts], cache: LinkCache) -> None:
        arts = [_article(f) for f in facts]
        _commit_batch(arts, arts, facts, st, IngestReport(), cache)

    with Store(sqlite_url) as a, Store(sqlite_url) as b:
        cache = LinkCache()
        commit(a, stream[0:3], cache)
        window = cache.window
        commit(a, [news], cache)
        commit(a, stream[3:5], cache)
        assert cache.window is window and len(window.keys) == 1
        commit(b, stream[6:8], LinkCache())
        commit(a, stream[8:10], cache)
        assert cache.window is not window and len(cache.window.keys) == 2


def test_linking_keeps_members_another_writer_added(sqlite_url) -> None:
    """A member added behind the linker's back (by a writer that took no linking lock,
    such as an older picketline) is kept when the dispute is saved again: its stored members
    are kept with the new ones, never replaced by the list cached in the run."""
    stream = _facts_stream()
    with Store(sqlite_url) as st:
        cache = LinkCache()
        first = stream[0:3]
        _commit_batch([_article(f) for f in first], [_article(f) for f in first], first, st,
                      IngestReport(), cache)
        (did,) = {st.dispute_of(f.id) for f in first}
        other = stream[3]
        st.add_articles([_article(other)])
        st.save_facts([other])
        with st.engine.begin() as c:
            c.execute(text("INSERT INTO dispute_articles (article_id, dispute_id) "
                           "VALUES (:a, :d)"), {"a": other.id, "d": did})
        late = stream[4:5]
        _commit_batch([_article(f) for f in late], [_article(f) for f in late], late, st,
                      IngestReport(), cache)
        want = {f.id for f in stream[0:5]}
        assert set(st.members_of([did])[did]) == want
        assert set(st.dispute(did)["article_ids"]) == want


@pytest.mark.parametrize("kind", ["disjoint", "overlap"])
def test_two_ingests_at_once_on_sqlite_equal_one_after_the_other(tmp_path, tmp_path_factory,
                                                                 kind) -> None:
    inputs = _inputs(tmp_path / "in", kind)
    _check(inputs, f"sqlite:///{tmp_path / 'conc.db'}", _reference(kind, tmp_path_factory))


@pytest.mark.postgres
@pytest.mark.parametrize("kind", ["disjoint", "overlap"])
def test_two_ingests_at_once_on_postgresql_equal_one_after_the_other(
        tmp_path, tmp_path_factory, kind, pg_url) -> None:
    inputs = _inputs(tmp_path / "in", kind)
    _check(inputs, pg_url, _reference(kind, tmp_path_factory))
