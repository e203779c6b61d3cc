"""``run_ingest`` and the ``ingest`` / ``articles`` / ``db`` commands, end to end on real files,
the real extractor and real SQLite (Typer's runner and real subprocesses)."""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from picketline import pipeline
from picketline.cli import app
from picketline.pipeline import IngestReport, run_ingest
from picketline.store import Store
from support import cli, kill_when_rows


STRIKE = ("About 850 bus drivers represented by the Transit Workers Union Local 12 walked off "
          "the job on Monday at Riverbend Metro, saying wages have not kept up with rents. "
          "Picket lines went up at both garages before dawn.")
LOCKOUT = ("Brightwater Foods locked out 300 production workers on Tuesday after they "
           "rejected a contract that froze pensions, the Bakery Workers union said.")
STORM = "A lightning strike started a small fire at a farm outside town on Sunday night."
COUNCIL = "The town council voted 5-2 to repave Elm Street and extend library hours."
BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\xff\xd8\xff\xe0" * 4


def write_seed(folder: Path, stem: str, body: str, *, date: str | None = None,
               title: str = "") -> Path:
    """An article in the seed ``.txt`` format: an optional ``date YYYY-MM-DD headline``
    first line, then the body."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{stem}.txt"
    path.write_text((f" date {date} {title}\n\n" if date else "") + body + "\n",
                    encoding="utf-8")
    return path


def corpus(folder: Path) -> Path:
    """Four readable articles in the seed format, two of them in a subfolder (their ids are
    their paths relative to the folder ingested: ``more~bakery-1``)."""
    write_seed(folder, "transit-1", STRIKE, date="2024-04-08", title="Bus drivers walk out")
    write_seed(folder, "storm-1", STORM, date="2024-04-07", title="Barn fire")
    write_seed(folder / "more", "bakery-1", LOCKOUT, date="2024-05-14", title="Bakery lockout")
    write_seed(folder / "more", "council-1", COUNCIL)
    return folder


# --- the pipeline ------------------------------------------------------------------------
def test_ingest_stores_articles_and_facts_and_reingest_adds_nothing(tmp_path, any_store):
    store = any_store  # SQLite and PostgreSQL
    src = corpus(tmp_path / "in")
    seen: list[int] = []
    r = run_ingest([src], store, progress=seen.append)
    assert (r.files, r.articles_read, r.added, r.duplicates, r.errors) == (4, 4, 4, 0, [])
    assert seen and seen[-1] == 4
    assert store.count_articles() == 4
    a = store.article("transit-1")
    assert a.title == "Bus drivers walk out" and a.published == "2024-04-08"
    assert a.path == str(src / "transit-1.txt") and a.format == "txt"
    facts = {f.id: f for f in store.facts()}
    assert set(facts) == {"transit-1", "storm-1", "more~bakery-1", "more~council-1"}
    assert r.labor == store.count_articles(labor=True) == sum(f.labor for f in facts.values())
    assert all(f.is_labor_action is not None for f in facts.values())

    again = run_ingest([src], store)
    assert (again.articles_read, again.added, again.duplicates, again.labor) == (4, 0, 4, 0)
    # the same text under another name (another id) is a duplicate, not a new article
    shutil.copy(src / "transit-1.txt", src / "transit-1-wire-copy.txt")
    third = run_ingest([src], store)
    assert (third.articles_read, third.added, third.duplicates) == (5, 0, 5)
    assert store.article("transit-1-wire-copy") is None and store.count_articles() == 4


def test_bad_file_in_batch_loses_no_good_one(tmp_path, store) -> None:
    src = corpus(tmp_path / "in")
    (src / "more" / "photo.txt").write_bytes(BINARY)
    r = run_ingest([src], store, batch_size=2)
    assert r.added == 4 and store.count_articles() == 4
    assert [e.path for e in r.errors] == [str(src / "more" / "photo.txt")]
    assert r.errors[0].reason and r.skipped == 1 and r.files == 5


def test_batches_commit_as_they_go(tmp_path, store) -> None:
    src = tmp_path / "in"
    for i in range(7):
        write_seed(src, f"n{i}", f"{COUNCIL} Item number {i}.", date=f"2024-01-0{i + 1}")
    counts: list[int] = []
    r = run_ingest([src], store, batch_size=3,
                   progress=lambda n: counts.append((n, store.count_articles())))
    assert counts == [(3, 3), (6, 6), (7, 7)]  # each batch is stored when progress is told
    assert r.added == 7


def test_failing_batch_rolls_back_whole_and_rerun_completes(tmp_path, store, monkeypatch):
    """A crash inside a batch's transaction (after articles and facts were written, in the
    linking hook) leaves nothing of that batch; the earlier batch stays; a re-run finishes."""
    src = tmp_path / "in"
    for i in range(4):
        write_seed(src, f"n{i}", f"{COUNCIL} Item number {i}.")
    calls = []

    def crash_on_second(st, facts, *_):
        calls.append(len(facts))
        if len(calls) == 2:
            raise RuntimeError("simulated crash")

    monkeypatch.setattr(pipeline, "_after_batch", crash_on_second)
    with pytest.raises(RuntimeError):
        run_ingest([src], store, batch_size=2)
    assert store.count_articles() == 2 and len(store.facts()) == 2
    monkeypatch.undo()
    r = run_ingest([src], store, batch_size=2)
    assert (r.added, r.duplicates) == (2, 2)
    assert store.count_articles() == 4 and len(store.facts()) == 4


def test_oversized_article_refused(tmp_path, store) -> None:
    src = corpus(tmp_path / "in")
    write_seed(src, "huge", "word " * 5000)
    r = run_ingest([src], store, max_bytes=4000)
    assert r.added == 4 and store.article("huge") is None
    assert len(r.errors) == 1 and "huge" in r.errors[0].path
    assert "4,000" in r.errors[0].reason or "4000" in r.errors[0].reason


def test_report_to_dict() -> None:
    r = IngestReport(files=2, articles_read=3, added=1, duplicates=2)
    assert r.to_dict()["skipped"] == 0 and r.to_dict()["errors"] == []


# --- the CLI through Typer's runner -------------------------------------------------------
def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def test_cli_ingest_summary_and_exit_codes(tmp_path) -> None:
    src = corpus(tmp_path / "in")
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    r = invoke("ingest", str(src), "--db", db)
    assert r.exit_code == 0, r.output
    for col in ("files", "read", "added", "duplicates", "labor", "skipped"):
        assert col in r.stdout
    r = invoke("ingest", str(src), "--db", db, "--json")
    assert r.exit_code == 0
    report = json.loads(r.stdout)
    assert (report["articles_read"], report["added"], report["duplicates"]) == (4, 0, 4)

    (src / "broken.txt").write_bytes(BINARY)
    r = invoke("ingest", str(src), "--db", db, "--json")
    assert r.exit_code == 1
    assert str(src / "broken.txt") in r.stderr
    assert json.loads(r.stdout)["skipped"] == 1

    r = invoke("ingest", str(src), str(tmp_path / "no-such-dir"), "--db", db)
    assert r.exit_code == 2 and "no-such-dir" in r.stderr


def test_cli_uses_picketline_db_variable(tmp_path, monkeypatch) -> None:
    src = corpus(tmp_path / "in")
    target = tmp_path / "env.db"
    monkeypatch.setenv("PICKETLINE_DB", f"sqlite:///{target}")
    assert invoke("ingest", str(src)).exit_code == 0
    with Store(f"sqlite:///{target}") as st:
        assert st.count_articles() == 4


def test_cli_default_database_in_home(tmp_path, picketline_home) -> None:
    assert invoke("ingest", str(corpus(tmp_path / "in"))).exit_code == 0
    assert (picketline_home / "picketline.db").is_file()


def test_cli_articles_list_and_filters(tmp_path) -> None:
    src = corpus(tmp_path / "in")
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    assert invoke("ingest", str(src), "--db", db).exit_code == 0
    r = invoke("articles", "--db", db, "--json")
    assert r.exit_code == 0
    rows = json.loads(r.stdout)
    assert [a["id"] for a in rows] == ["more~bakery-1", "transit-1", "storm-1",
                                          "more~council-1"]
    assert all(isinstance(a["labor"], bool) for a in rows)
    ids = lambda *a: [x["id"] for x in json.loads(invoke("articles", "--db", db, "--json", *a).stdout)]  # noqa: E731
    assert ids("-q", "LIGHTNING") == ["storm-1"]
    assert ids("--since", "2024-04-08") == ["more~bakery-1", "transit-1"]
    assert ids("--until", "2024-04-07") == ["storm-1"]
    assert ids("--limit", "1") == ["more~bakery-1"]
    labor = {a["id"] for a in rows if a["labor"]}
    assert set(ids("--labor")) == labor
    assert set(ids("--no-labor")) == {a["id"] for a in rows} - labor
    r = invoke("articles", "--db", db)
    assert r.exit_code == 0 and "of 4 articles" in r.stdout and "Bakery lockout" in r.stdout


def test_cli_db_commands(tmp_path) -> None:
    db = f"sqlite:///{tmp_path / 'x.db'}"
    r = invoke("db", "upgrade", "--db", db)
    from picketline.store.migrate import head_revision

    assert r.exit_code == 0 and head_revision() in r.stdout
    info = json.loads(invoke("db", "info", "--db", db, "--json").stdout)
    assert info["revision"] == info["head"] and info["articles"] == 0
    r = invoke("db", "info", "--db", "nosuchdialect://x")
    assert r.exit_code == 2 and "cannot open" in r.stderr


# --- real subprocesses --------------------------------------------------------------------
def test_subprocess_ingest_then_articles(tmp_path) -> None:
    src = corpus(tmp_path / "in")
    (src / "junk.txt").write_bytes(BINARY)
    db = f"sqlite:///{tmp_path / 'sub.db'}"
    env = {**os.environ, "PICKETLINE_HOME": str(tmp_path / "home")}
    env.pop("PICKETLINE_DB", None)
    p = subprocess.run(cli("ingest", str(src), "--db", db), capture_output=True,
                       text=True, env=env, timeout=300)
    assert p.returncode == 1, p.stderr
    assert "added" in p.stdout and "junk.txt" in p.stderr
    p = subprocess.run(cli("articles", "--db", db, "--json"), capture_output=True,
                       text=True, env=env, timeout=300)
    assert p.returncode == 0, p.stderr
    assert len(json.loads(p.stdout)) == 4
    p = subprocess.run(cli("ingest", str(tmp_path / "absent"), "--db", db),
                       capture_output=True, text=True, env=env, timeout=300)
    assert p.returncode == 2


def test_sigkill_mid_ingest_loses_and_duplicates_nothing(tmp_path) -> None:
    """kill -9 an ingest once some batches are committed; the re-run stores exactly the rest,
    every stored article has its facts, and SQLite's integrity check passes."""
    src = tmp_path / "in"
    n = 3000
    for i in range(n):
        write_seed(src / f"part{i // 500}", f"item-{i:05d}",
                   f"{COUNCIL} Agenda item {i} was read into the record.")
    dbfile = tmp_path / "kill.db"
    db = f"sqlite:///{dbfile}"
    Store(db).close()  # create the schema so that we can watch the row count
    env = {**os.environ, "PICKETLINE_HOME": str(tmp_path / "home")}
    kill_when_rows(cli("ingest", str(src), "--db", db, "--batch-size", "25"), dbfile, 50, env)
    with Store(db) as st:
        before = st.count_articles()
        assert 50 <= before < n
        assert len(st.facts()) == before  # articles and their facts commit together
        assert before % 25 == 0  # whole batches only
        report = run_ingest([src], st, batch_size=25)
        assert report.added == n - before and report.duplicates == before
        assert st.count_articles() == n and len(st.facts()) == n
    con = sqlite3.connect(dbfile)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT count(DISTINCT hash) FROM articles").fetchone()[0] == n
    con.close()
