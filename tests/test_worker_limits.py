"""Per-article time limit for extraction (``$PICKETLINE_EXTRACT_TIMEOUT``), in one process and
in the pool; stuck pool workers replaced; pool workers that outlive a killed ingest.

No test measures speed: a limit of a millisecond makes any real labor article (sentence
splitting, the spaCy model, every extractor) run over it, whatever the machine."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from picketline import engine
from picketline.ingest.limits import TIMEOUT_ENV_VAR, extract_timeout
from picketline.model import Article, ArticleFacts, IngestError
from picketline.pipeline import run_ingest
from picketline.store import Store

LABOR = ("date 2025-02-10 Nurses strike at Harmon Valley\n\nAbout 400 nurses represented by "
         "the Valley Nurses Association walked off the job Monday at Harmon Valley Medical "
         "Center in Fresno, California, demanding safe staffing and a 6% raise.\n")
QUIET = "date 2025-02-10 Library hours\n\nThe city library will open an hour later on Fridays.\n"


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    (folder / "nurses.txt").write_text(LABOR, encoding="utf-8")
    (folder / "library.txt").write_text(QUIET, encoding="utf-8")
    return folder


def test_timeout_setting_parsed_and_validated(monkeypatch) -> None:
    monkeypatch.delenv(TIMEOUT_ENV_VAR, raising=False)
    assert extract_timeout() == 30
    for value, expected in (("5", 5), ("2.5s", 2.5), ("0", None), ("off", None)):
        monkeypatch.setenv(TIMEOUT_ENV_VAR, value)
        assert extract_timeout() == expected
    monkeypatch.setenv(TIMEOUT_ENV_VAR, "soon")
    with pytest.raises(ValueError, match=TIMEOUT_ENV_VAR):
        extract_timeout()


def test_time_limit_interrupts_python_code_and_regex() -> None:
    import re

    with pytest.raises(engine.ExtractTimeout):
        with engine.time_limit(0.2):
            while True:
                pass
    with pytest.raises(engine.ExtractTimeout):
        with engine.time_limit(0.2):  # catastrophic backtracking, inside the C regex engine
            re.match(r"(a+)+$", "a" * 40 + "b")
    with engine.time_limit(5):  # a block that ends in time leaves no alarm behind
        pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_time_limit_is_not_swallowed_by_except_exception() -> None:
    def stubborn() -> None:
        while True:
            try:
                time.sleep(0.05)
            except Exception:  # noqa: BLE001 - what library code often does
                pass

    with pytest.raises(engine.ExtractTimeout):
        with engine.time_limit(0.2):
            stubborn()


def test_single_process_ingest_reports_an_article_over_the_limit_and_goes_on(
        tmp_path, monkeypatch) -> None:
    corpus = _corpus(tmp_path / "c")
    store = Store(f"sqlite:///{tmp_path / 't.db'}")
    try:
        monkeypatch.setenv(TIMEOUT_ENV_VAR, "0.001")
        report = run_ingest([corpus], store, workers=1)
        assert (report.added, report.skipped) == (1, 1)  # the no-cue article needs no model
        [err] = report.errors
        assert err.path == str(corpus / "nurses.txt")
        assert "'nurses'" in err.reason and TIMEOUT_ENV_VAR in err.reason
        assert [a.id for a in store.articles(limit=None)] == ["library"]
        monkeypatch.delenv(TIMEOUT_ENV_VAR)
        again = run_ingest([corpus], store, workers=1)  # retried, not lost
        assert (again.added, again.labor, again.skipped) == (1, 1, 0)
    finally:
        store.close()


def test_pool_worker_reports_an_article_over_the_limit_and_goes_on(tmp_path) -> None:
    arts = [Article(f"n{i}", LABOR.replace("400", str(400 + i)), path=f"n{i}.txt")
            for i in range(3)]
    with engine.process_pool(1, timeout=30) as pool:
        out = engine.extract_pooled(arts, pool, 1)  # loads the model in the worker
        assert all(isinstance(f, ArticleFacts) and f.labor for f in out)
        pool.timeout = 0.001
        out = engine.extract_pooled(arts, pool, 1)
    assert all(isinstance(e, IngestError) for e in out)
    assert [e.path for e in out] == ["n0.txt", "n1.txt", "n2.txt"]
    assert all("longer than 0.001 s" in e.reason for e in out)


def _stuck(seconds: float) -> list:
    """A worker task that ignores the alarm (as a long call into C code would)."""
    signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM])
    time.sleep(seconds)
    return []


def test_stuck_worker_is_replaced_and_its_chunk_extracted_again(monkeypatch) -> None:
    # stuck after 1 s + 15 s of grace; the grace also lets the fresh worker load the model
    monkeypatch.setattr(engine, "POOL_GRACE_SECONDS", 15.0)
    art = Article("n1", LABOR, path="n1.txt")
    with engine.process_pool(1, timeout=1.0) as pool:
        first = pool.submit(os.getpid).result()
        fut = pool.submit(_stuck, 600)
        results = engine._collect_pooled(pool, [art.to_dict()], fut)
        second = pool.submit(os.getpid).result()
    assert first != second  # the stuck worker was killed and replaced
    with pytest.raises(ProcessLookupError):
        os.kill(first, 0)
    [d] = results
    assert "error" not in d and ArticleFacts.from_dict(d).labor


def _hang_on_n1(records: list[dict], timeout: float | None = None) -> list[dict]:
    """In place of the worker's batch function: article n1 hangs beyond any alarm."""
    if records[0]["id"] == "n1":
        return _stuck(600)
    return engine._extract_batch(records, timeout)  # in the worker: the real one


def test_stuck_article_is_found_one_by_one_and_reported(monkeypatch) -> None:
    records = [Article(f"n{i}", LABOR.replace("400", str(400 + i))).to_dict() for i in range(3)]
    # n1 is deemed stuck after 2 x 2 s + 20 s of grace, which also lets the fresh worker that
    # replaces it load the model for n2
    monkeypatch.setattr(engine, "POOL_GRACE_SECONDS", 20.0)
    with engine.process_pool(1, timeout=2) as pool:
        pool.submit(_warm).result()  # the model loads before the clock matters
        monkeypatch.setattr(engine, "_extract_batch", _hang_on_n1)
        out = engine._one_by_one(pool, records)
    assert "error" not in out[0] and "error" not in out[2]
    assert "longer than 2 s" in out[1]["error"] and "replaced" in out[1]["error"]


def _warm() -> None:
    from picketline.nlp import load_model

    load_model()


def test_pool_workers_exit_when_the_ingest_is_killed(tmp_path) -> None:
    script = tmp_path / "parent.py"
    script.write_text(textwrap.dedent("""
        import os, time
        from picketline.engine import process_pool
        if __name__ == "__main__":
            with process_pool(2) as pool:
                pids = {pool.submit(os.getpid).result() for _ in range(20)}
                print(" ".join(map(str, sorted(pids))), flush=True)
                time.sleep(600)
    """))
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        pids = [int(p) for p in proc.stdout.readline().split()]
        assert pids and all(_alive(p) for p in pids)
    finally:
        proc.kill()  # as kill -9: no clean-up runs in the parent
        proc.wait()
    deadline = time.monotonic() + 60
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_alive(p) for p in pids)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_extract_command_reports_an_article_over_the_limit_and_goes_on(tmp_path) -> None:
    # `picketline extract` (stateless) had no time limit: an article the extractors take too
    # long on stalled the whole run. Now it is skipped, named, and the rest are written.
    from support import cli

    corpus = _corpus(tmp_path / "c")
    out = tmp_path / "p.jsonl"
    env = {**os.environ, TIMEOUT_ENV_VAR: "0.001"}
    done = subprocess.run(cli("extract", str(corpus), "--jsonl", str(out)), env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stderr
    assert "nurses.txt" in done.stderr and TIMEOUT_ENV_VAR in done.stderr
    ids = [line.split('"id": "')[1].split('"')[0] for line in out.read_text().splitlines()]
    assert ids == ["library"]
    env.pop(TIMEOUT_ENV_VAR)
    done = subprocess.run(cli("extract", str(corpus), "--jsonl", str(out)), env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and len(out.read_text().splitlines()) == 2
