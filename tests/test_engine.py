"""The Dask engine on a real ``LocalCluster`` (2 worker processes): the same input gives the
same facts and the same disputes as the local engine, and the per-article work really runs
on the workers."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from picketline.engine import extract_dask, extract_with
from picketline.ingest import read_paths
from picketline.model import Article
from picketline.pipeline import run_ingest
from picketline.store import Store

distributed = pytest.importorskip("dask.distributed")

from test_scale import QUARRY, write_corpus  # noqa: E402  (same fixture articles)

MORE = {
    "clinic1": ("2024-10-02", "Clinic nurses walk out",
                "About 150 nurses at Maple Hollow Clinic in Dayton, Ohio, walked out Wednesday "
                "in a one-day strike called by the Ohio Nurses Association over staffing."),
    "ballgame": ("2024-10-03", "Ace strikes out twelve",
                 "The ace struck out twelve batters and the home team won 3-0 on Thursday."),
    "storm": ("2024-10-04", "Storm knocks out power",
              "A lightning strike knocked out power to 2,000 homes in Dayton on Friday."),
    "library": ("2024-10-05", "Library extends hours",
                "The public library will stay open until nine on weekdays starting next month."),
}


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=40) as c:
        yield c


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = write_corpus(tmp_path / "news")
    return write_corpus(folder, MORE)


def _workers_with_model(client) -> int:
    def loaded() -> bool:
        nlp = sys.modules.get("picketline.nlp")
        return bool(nlp and nlp.load_model.cache_info().currsize)

    return sum(client.run(loaded).values())


def test_extract_with_dask_equals_local(cluster, corpus):
    articles = [a for a in read_paths([corpus]) if isinstance(a, Article)]
    local = [f.to_dict() for f in extract_with(articles, "local")]
    with distributed.Client(cluster) as client:
        remote = [f.to_dict() for f in extract_with(articles, "dask", client=client)]
        assert _workers_with_model(client) >= 1  # the statistical work ran on the workers
    assert [f["id"] for f in remote] == [a.id for a in articles]  # input order kept
    assert remote == local


def test_extract_dask_keeps_order_with_small_batches(cluster, corpus):
    articles = [a for a in read_paths([corpus]) if isinstance(a, Article)]
    with distributed.Client(cluster) as client:
        out = list(extract_dask(iter(articles), client, batch_size=1, max_in_flight=1))
    assert [f.id for f in out] == [a.id for a in articles]
    assert sum(f.labor for f in out) == 4


@contextmanager
def _ingested_locally_and_on_dask(corpus, tmp_path, cluster):
    """The corpus ingested by the local engine and by Dask, into two stores: (local store,
    Dask store, local report, Dask report)."""
    local = Store(f"sqlite:///{tmp_path / 'local.db'}")
    remote = Store(f"sqlite:///{tmp_path / 'dask.db'}")
    try:
        r1 = run_ingest([corpus], local, batch_size=3)
        r2 = run_ingest([corpus], remote, batch_size=3, engine="dask",
                        scheduler=cluster.scheduler_address)
        yield local, remote, r1, r2
    finally:
        local.close()
        remote.close()


def test_ingest_with_dask_gives_the_local_facts_and_disputes(cluster, corpus, tmp_path):
    with _ingested_locally_and_on_dask(corpus, tmp_path, cluster) as (local, remote, r1, r2):
        assert (r2.added, r2.labor, r2.skipped) == (r1.added, r1.labor, r1.skipped) == (8, 4, 0)
        assert [f.to_dict() for f in remote.facts()] == [f.to_dict() for f in local.facts()]
        disputes = remote.disputes(limit=None, sort="id", desc=False)
        assert len(disputes) == 2
        assert disputes == local.disputes(limit=None, sort="id", desc=False)
        members = sorted(sorted(d["article_ids"]) for d in disputes)
        assert members == [["clinic1"], ["quarry1", "quarry2", "quarry3"]]
        with distributed.Client(cluster.scheduler_address) as client:
            assert _workers_with_model(client) >= 1


def test_ingest_on_two_local_processes_gives_the_serial_results(corpus, tmp_path):
    # a copy of the first article, read in a later batch: the pipelined path extracts the
    # next batch before the previous one is stored, and must still store the copy once
    first = sorted(p for p in corpus.rglob("*.txt"))[0]
    (corpus / "zz-copy.txt").write_bytes(first.read_bytes())
    serial = Store(f"sqlite:///{tmp_path / 'serial.db'}")
    pooled = Store(f"sqlite:///{tmp_path / 'pooled.db'}")
    try:
        r1 = run_ingest([corpus], serial, batch_size=3)
        r2 = run_ingest([corpus], pooled, batch_size=3, workers=2)
        assert (r2.added, r2.labor, r2.skipped) == (r1.added, r1.labor, r1.skipped) == (8, 4, 0)
        assert r2.duplicates == r1.duplicates == 1
        assert [f.to_dict() for f in pooled.facts()] == [f.to_dict() for f in serial.facts()]
        assert (pooled.disputes(limit=None, sort="id", desc=False)
                == serial.disputes(limit=None, sort="id", desc=False))
    finally:
        serial.close()
        pooled.close()


def test_pooled_extraction_keeps_order_and_ships_only_candidates(corpus):
    from picketline.engine import extract_pooled, process_pool

    articles = [a for a in read_paths([corpus]) if isinstance(a, Article)]
    with process_pool(2) as pool:
        out = extract_pooled(articles, pool, 2)
    assert [f.id for f in out] == [a.id for a in articles]
    assert [f.to_dict() for f in out] == [f.to_dict() for f in extract_with(articles, "local")]
    library = next(f for f in out if f.id == "library")  # no cue: answered in this process
    assert library.is_labor_action.note == "no labor-action cue"


def test_no_cue_facts_are_what_the_extractor_gives() -> None:
    from picketline.cascade import no_cue_facts
    from picketline.extract import extract_article

    ruled_out = [Article("n1", "The council approved the budget on Tuesday.", title="Budget",
                         published="2024-05-07"),
                 Article("n2", "A lightning strike set a barn on fire.")]
    for a in ruled_out:
        assert no_cue_facts(a) is not None
        assert no_cue_facts(a).to_dict() == extract_article(a).to_dict()
    # a cue in the text or in the title alone needs the extractors
    assert no_cue_facts(Article("l1", "Nurses went on strike Monday.")) is None
    assert no_cue_facts(Article("l2", "Talks went on.", title="Nurses strike")) is None


def test_linking_and_sorting_do_not_load_spacy(tmp_path) -> None:
    """An ingest pool's parent links and stores but never extracts: importing spaCy there
    would cost about a second of its start-up for nothing."""
    import subprocess

    code = (
        "import sys\n"
        "from picketline import api, pipeline, link\n"
        "from picketline.cascade import no_cue_facts\n"
        "from picketline.model import Article\n"
        "from picketline.store import Store\n"
        "link.warm()\n"
        f"st = Store('sqlite:///{tmp_path / 'x.db'}')\n"
        "assert no_cue_facts(Article('a', 'The fair opened.')) is not None\n"
        "api.refresh_disputes(st)\n"
        "print('spacy' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_automatic_worker_count() -> None:
    from picketline.pipeline import AUTO_POOL_MIN_ARTICLES, auto_workers

    big = AUTO_POOL_MIN_ARTICLES
    assert auto_workers(big - 1, cpus=8) == 1  # small input: the pool would not pay off
    assert auto_workers(big, cpus=1) == 1
    assert auto_workers(big, cpus=2) == 2
    assert auto_workers(10 * big, cpus=64) == 4
    assert 1 <= auto_workers(big) <= 4  # this machine's cores


def test_ingest_with_dask_finishes_here_when_the_cluster_fails(cluster, corpus, tmp_path,
                                                               monkeypatch):
    """A batch whose Dask tasks fail as a whole (a worker died, the scheduler went away) is
    extracted in this process instead: the ingest completes with the local results."""
    from picketline import engine

    real = engine.submit_dask
    calls = {"n": 0}

    def flaky(articles, client, workers=None):
        calls["n"] += 1
        if calls["n"] == 1:
            raise OSError("scheduler unreachable")  # submitting fails
        wait = real(articles, client, workers)
        if calls["n"] == 2:
            def broken():
                wait()
                raise distributed.comm.CommClosedError("worker died")  # collecting fails
            return broken
        return wait

    monkeypatch.setattr(engine, "submit_dask", flaky)
    with _ingested_locally_and_on_dask(corpus, tmp_path, cluster) as (local, remote, r1, r2):
        assert calls["n"] >= 3
        assert (r2.added, r2.labor, r2.skipped) == (r1.added, r1.labor, r1.skipped)
        assert [f.to_dict() for f in remote.facts()] == [f.to_dict() for f in local.facts()]


def test_automatic_workers_ingest_small_input_in_one_process(corpus, tmp_path, monkeypatch):
    from picketline import engine

    def no_pool(workers):
        raise AssertionError(f"a pool of {workers} was started for 8 articles")

    monkeypatch.setattr(engine, "process_pool", no_pool)
    store = Store(f"sqlite:///{tmp_path / 'auto.db'}")
    try:
        report = run_ingest([corpus], store, workers=0)  # 8 articles: no pool
        assert (report.added, report.labor, report.skipped) == (8, 4, 0)
    finally:
        store.close()


def _is_warm() -> bool:
    from picketline import engine

    return engine._warmed


def test_warm_pool_loads_the_extractors_before_the_first_task() -> None:
    from picketline.engine import process_pool

    with process_pool(1, warm=True) as pool:
        assert pool.submit(_is_warm).result(timeout=120)  # the warm-up task ran first
    with process_pool(1) as pool:
        assert not pool.submit(_is_warm).result(timeout=120)  # started by its first task
