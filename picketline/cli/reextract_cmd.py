"""``picketline reextract``: stored articles extracted again by the current extractor (a thin
skin over :func:`picketline.api.reextract`)."""
from __future__ import annotations

import json
import os
import sys

import typer
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                           TimeElapsedColumn, TimeRemainingColumn)
from rich.table import Table

from ..ingest.limits import max_article_bytes
from ..pipeline import AUTO_POOL_MIN_ARTICLES
from ..reextract import BATCH_SIZE
from ..versions import extractor_version
from .app import DB_HELP, app, console, err_console, fail, open_store, safe


def _ids(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    out = [i.strip() for v in values for i in v.split(",") if i.strip()]
    if not out:
        fail("--ids: give article ids, e.g. --ids a~strike,b~lockout")
    return out


@app.command()
def reextract(
    db: str = typer.Option(None, "--db", help=DB_HELP),
    ids: list[str] = typer.Option(None, "--ids",
                                  help="Only these articles (ids separated by commas; the "
                                       "option may be repeated), whatever their version."),
    all_: bool = typer.Option(False, "--all", help="Every stored article."),
    batch_size: int = typer.Option(BATCH_SIZE, "--batch-size", min=1,
                                   help="Articles per committed batch."),
    engine: str = typer.Option("local", "--engine", help="Where extraction runs: local, dask."),
    scheduler: str = typer.Option(None, "--scheduler",
                                  help="Dask scheduler address (default: a local cluster)."),
    workers: int = typer.Option(1, "--workers", min=0,
                                help="Local engine: extract on this many processes (0: one "
                                     "per core, up to 4, for "
                                     f"{AUTO_POOL_MIN_ARTICLES:,} articles or more)."),
    max_bytes: int = typer.Option(None, "--max-bytes", min=1,
                                  help="Do not re-extract articles larger than this many "
                                       "bytes (default: the ingest limit)."),
    dry_run: bool = typer.Option(False, "--dry-run",
                                 help="Only say how many articles would be re-extracted."),
    quiet: bool = typer.Option(False, "--quiet", help="No progress bar."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON on stdout."),
) -> None:
    """Extract stored articles again with the current extractor: by default those whose
    facts an older extractor version made (see `picketline db info`). Reviewers' corrections
    are kept and applied again; the disputes of the articles are rebuilt and new labor
    articles linked, batch by batch. A second run finds nothing to do.

    Exit code: 0 when every article chosen was re-extracted, 1 when some were not (each listed
    on stderr with its reason; they keep their old facts), 2 for bad usage or a database
    that cannot be opened, 130 when interrupted (committed batches stay; a re-run resumes).
    """
    from .. import api
    from ..engine import ENGINES

    if engine not in ENGINES:
        fail(f"unknown engine {engine!r} (choose {', '.join(ENGINES)})")
    wanted = _ids(ids)
    if wanted is not None and all_:
        fail("give --ids or --all, not both")
    try:
        max_article_bytes(max_bytes)  # a malformed $PICKETLINE_MAX_ARTICLE_BYTES: exit 2 now
    except ValueError as e:
        fail(str(e))
    store = open_store(db)
    done = [0]
    try:
        with Progress(TextColumn("re-extracting"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                      console=err_console, transient=True,
                      disable=quiet or not err_console.is_terminal) as bar:
            task = bar.add_task("reextract", total=None)

            def on_progress(n: int, total: int) -> None:
                done[0] = n
                bar.update(task, completed=n, total=total)

            report = api.reextract(store, ids=wanted, all=all_, batch_size=batch_size,
                                   engine=engine, scheduler=scheduler, workers=workers,
                                   max_bytes=max_bytes, dry_run=dry_run,
                                   progress=on_progress)
    except KeyboardInterrupt:
        store.close()
        err_console.print(f"interrupted: {done[0]:,} articles re-extracted and committed; "
                          "re-run the same command to resume")
        sys.stderr.flush()
        sys.stdout.flush()
        os._exit(130)
    finally:
        store.close()
    for e in report.errors:
        err_console.print(f"[yellow]not re-extracted[/] {safe(e['id'])}: {safe(e['reason'])}")
    if as_json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    elif dry_run:
        n = report.selected
        console.print(f"{n:,} article{'s' if n != 1 else ''} would be re-extracted by "
                      f"extractor {extractor_version()}")
    else:
        table = Table(title=f"reextract (extractor {extractor_version()})", show_header=True)
        cols = ("selected", "re-extracted", "changed", "fields changed", "disputes rebuilt",
                "new", "removed", "errors")
        for col in cols:
            table.add_column(col, justify="right")
        table.add_row(*(f"{n:,}" for n in (
            report.selected, report.reextracted, report.changed, report.changed_fields,
            report.disputes_rebuilt, report.disputes_new, report.disputes_removed,
            len(report.errors))))
        console.print(table)
    if report.errors:
        raise typer.Exit(1)
