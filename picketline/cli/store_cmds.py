"""``picketline ingest``, ``picketline articles`` and ``picketline db``: the store from the
command line (a thin skin over :mod:`picketline.pipeline` and :class:`picketline.store.Store`).
"""
from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import NoReturn

import typer
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                           TimeElapsedColumn, TimeRemainingColumn)
from rich.table import Table

from ..ingest.limits import max_article_bytes
from ..pipeline import (AUTO_POOL_MIN_ARTICLES, BATCH_SIZE, IngestReport, auto_workers,
                        estimate_articles, run_ingest)
from ..store import Store
from .app import (DB_HELP, Col, app, check_date, check_inputs, console, err_console, fail,
                  fitted_table, open_store, safe)

db_app = typer.Typer(help="Database maintenance: schema migrations, a summary, repair.",
                     no_args_is_help=True)
app.add_typer(db_app, name="db")


def _open(db: str | None, create: bool = False) -> Store:
    """The store, or one line and exit 2 (see :func:`.app.open_store`); ``create`` for the
    commands that write (ingest, db upgrade): the others never create a database."""
    return open_store(db, create=create)


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(..., help="Files or folders of articles (recursive)."),
    db: str = typer.Option(None, "--db", help=DB_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON on stdout."),
    batch_size: int = typer.Option(BATCH_SIZE, "--batch-size", min=1,
                                   help="Articles per committed batch."),
    max_bytes: int = typer.Option(None, "--max-bytes", min=1,
                                  help="Refuse articles larger than this many bytes."),
    engine: str = typer.Option("local", "--engine", help="Where extraction runs: local, dask."),
    scheduler: str = typer.Option(None, "--scheduler",
                                  help="Dask scheduler address (default: a local cluster)."),
    workers: int = typer.Option(0, "--workers", min=0,
                                help="Local engine: extract on this many processes (0: one "
                                     "per core, up to 4, for inputs of "
                                     f"{AUTO_POOL_MIN_ARTICLES:,} articles or more; else 1)."),
) -> None:
    """Read articles, extract their facts and store both. Re-running skips what is stored.

    Exit code: 0 when everything was read, 1 when something was skipped (each listed on
    stderr with its reason), 2 when a path does not exist or the database cannot be opened,
    130 when interrupted (Ctrl-C; committed batches stay, and a re-run resumes).
    """
    run_ingest_command(paths, db, as_json=as_json, batch_size=batch_size, max_bytes=max_bytes,
                       engine=engine, scheduler=scheduler, workers=workers)


def run_ingest_command(paths: list[Path], db: str | None, *, as_json: bool = False,
                       batch_size: int = BATCH_SIZE, max_bytes: int | None = None,
                       engine: str = "local", scheduler: str | None = None, workers: int = 0,
                       note_passed_over: bool = True) -> None:
    """What ``picketline ingest`` does (``demo`` runs it on the sample corpus, whose notes
    and scripts are not news: ``note_passed_over=False`` does not list them)."""
    from ..engine import ENGINES

    if engine not in ENGINES:
        fail(f"unknown engine {engine!r} (choose {', '.join(ENGINES)})")
    check_inputs(paths, max_bytes)
    store = _open(db, create=True)
    report = IngestReport()
    try:
        with Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
                      TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
                      TextColumn("ETA"), TimeRemainingColumn(), console=err_console,
                      transient=True, disable=not err_console.is_terminal) as bar:
            estimate = estimate_articles(paths)
            task = bar.add_task("ingest", total=estimate or None, rate="")
            if workers == 0:
                workers = auto_workers(estimate)

            def on_progress(done: int) -> None:
                total = bar.tasks[0].total
                speed = bar.tasks[0].speed
                bar.update(task, completed=done, total=max(total or 0, done) or None,
                           rate=f"{speed:,.0f} articles/s" if speed else "")

            run_ingest(paths, store, batch_size=batch_size, progress=on_progress,
                       max_bytes=max_bytes, engine=engine, scheduler=scheduler,
                       workers=workers, report=report)
    except KeyboardInterrupt:
        store.close()
        _interrupted(report)
    finally:
        store.close()
    for e in report.errors:
        err_console.print(f"[yellow]skipped[/] {safe(e)}")
    passed_over = _passed_over(paths) if note_passed_over else None
    if passed_over:
        n = sum(passed_over.values())
        kinds = ", ".join(f"{safe(k)} ×{v}" for k, v in passed_over.most_common())
        err_console.print(f"ignored {n:,} file{'s' if n != 1 else ''} with unsupported types "
                          f"({kinds})")
    if as_json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        table = Table(title="ingest", show_header=True)
        cols = ("files", "read", "added", "duplicates", "labor", "skipped", "disputes new",
                "updated")
        for col in cols:
            table.add_column(col, justify="right")
        table.add_row(*(f"{n:,}" for n in (report.files, report.articles_read, report.added,
                                            report.duplicates, report.labor, report.skipped,
                                            report.disputes_new, report.disputes_updated)))
        console.print(table)
    if report.errors:
        raise typer.Exit(1)


def _interrupted(report: IngestReport) -> NoReturn:
    """Ctrl-C: say what was stored (every committed batch stays) and exit 130, the shell's
    code for an interrupt, without a traceback."""
    n = report.added
    err_console.print(f"interrupted: {n:,} article{'s' if n != 1 else ''} committed; re-run "
                      "the same command to resume (stored articles are skipped)")
    sys.stderr.flush()
    sys.stdout.flush()
    # no interpreter shutdown: a second KeyboardInterrupt there, or in a library's
    # finalizer, would print a stray traceback after the message
    os._exit(130)


def _passed_over(paths: list[Path]) -> Counter:
    """Files inside the folders given that ingest passes over because picketline does not
    read their type, by suffix (hidden files and folders are not counted)."""
    from ..ingest.walk import format_of

    found: Counter = Counter()
    for root in paths:
        if not Path(root).is_dir():
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            for name in filenames:
                if not name.startswith(".") and format_of(Path(name)) is None:
                    found[Path(name).suffix.lower() or "(no extension)"] += 1
    return found


@app.command()
def articles(
    db: str = typer.Option(None, "--db", help=DB_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON list on stdout."),
    labor: bool = typer.Option(None, "--labor/--no-labor",
                               help="Only labor-action articles, or only the others."),
    since: str = typer.Option(None, "--since", help="Published on or after (YYYY-MM-DD)."),
    until: str = typer.Option(None, "--until", help="Published on or before (YYYY-MM-DD)."),
    q: str = typer.Option(None, "-q", "--query", help="Text in the title or body (any case)."),
    dispute: str = typer.Option(None, "--dispute", help="Only the articles of this dispute."),
    limit: int = typer.Option(100, "--limit", min=0, help="At most this many (0: all)."),
    offset: int = typer.Option(0, "--offset", min=0, help="Skip this many first."),
) -> None:
    """List stored articles, newest first, with filters."""
    since, until = check_date("--since", since), check_date("--until", until)
    store = _open(db)
    try:
        if dispute is not None and not store.has_dispute(dispute):
            fail(f"no dispute {dispute} (see `picketline disputes`)", code=1)
        filters = dict(labor=labor, since=since, until=until, q=q, dispute_id=dispute)
        found = store.articles(**filters, limit=limit or None, offset=offset)
        total = store.count_articles(**filters)
        flags = {f.id: f.labor for f in store.facts([a.id for a in found])}
    finally:
        store.close()
    if as_json:
        out = []
        for a in found:
            d = a.to_dict()
            d["labor"] = flags.get(a.id)
            out.append(d)
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return
    cols = [Col("id", "token"), Col("published", "token"), Col("labor", "token", drop=2),
            Col("title", min_width=16), Col("source", drop=3, min_width=16)]
    rows = [[safe(a.id), safe((a.published or "")[:10]),
             {True: "yes", False: "no"}.get(flags.get(a.id), "?"), safe(a.title or ""),
             safe(a.source or a.path or "")] for a in found]
    console.print(fitted_table(f"{len(found)} of {total} articles", cols, rows))


@db_app.command("upgrade")
def db_upgrade(db: str = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """Create the database or migrate it to the newest schema."""
    store = _open(db, create=True)  # opening migrates to head
    try:
        console.print(f"{safe(repr(store))}: schema at revision {store.revision}")
    finally:
        store.close()


@db_app.command("repair")
def db_repair(db: str = typer.Option(None, "--db", help=DB_HELP),
              as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Link labor articles that belong to no dispute (two ingests at once on one database
    could leave some so before schema revision 0003), and make each roundup a source of
    every dispute it reports (before revision 0006 it was in one). Safe to run again, and
    while an ingest runs."""
    from .. import api

    store = _open(db)
    try:
        counts = api.repair_links(store)
    finally:
        store.close()
    if as_json:
        print(json.dumps(counts))
        return
    console.print(f"{counts['orphans']:,} labor articles in no dispute found, "
                  f"{counts['linked']:,} linked; {counts.get('roundups', 0):,} roundups "
                  f"added to the other disputes they report; {counts['disputes']:,} "
                  "disputes updated")


@db_app.command("info")
def db_info(db: str = typer.Option(None, "--db", help=DB_HELP),
            as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Where the database is, its schema revision, how many rows it holds, the current
    extractor version and how many articles' facts an older one extracted (`picketline
    reextract` extracts those again)."""
    from ..versions import extractor_version

    store = _open(db)
    try:
        info = store.info()
        versions = store.facts_versions()
    finally:
        store.close()
    current = extractor_version()
    # facts of another extractor version: what `picketline reextract` would extract again
    info.update(extractor_version=current,
                facts_outdated=sum(n for v, n in versions.items() if v != current),
                facts_by_version={str(v): n for v, n in sorted(
                    versions.items(), key=lambda kv: (-kv[1], str(kv[0])))})
    if as_json:
        print(json.dumps(info))
        return
    table = Table(show_header=False)
    for k, v in info.items():
        if k == "facts_by_version":
            v = ", ".join(f"{ver}: {n:,}" for ver, n in v.items()) or "-"
        table.add_row(k, safe(v))
    console.print(table)
