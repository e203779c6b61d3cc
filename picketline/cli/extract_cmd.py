"""``picketline extract``: stateless extraction to SCHEMA JSONL."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..engine import ENGINES, extract_with
from ..ingest import read_paths
from ..ingest.limits import extract_timeout
from ..link import link_articles_for_extract
from ..model import Article, IngestError
from .app import app, check_inputs, check_output, err_console, fail, open_output, safe


@app.command()
def extract(
    paths: list[Path] = typer.Argument(..., help="Files or folders of articles."),
    jsonl: Path = typer.Option(None, "--jsonl", help="Write SCHEMA records here (default: stdout)."),
    full: bool = typer.Option(False, "--full", help="Write full records with evidence."),
    engine: str = typer.Option("local", "--engine", help=f"Where per-article work runs: {', '.join(ENGINES)}."),
    scheduler: str = typer.Option(None, "--scheduler", help="Dask scheduler address (default: a local cluster)."),
    max_bytes: int = typer.Option(None, "--max-bytes", min=1,
                                  help="Refuse articles larger than this many bytes."),
) -> None:
    """Extract article facts (SCHEMA.md records), one JSON line per article. Stores nothing."""
    if engine not in ENGINES:
        fail(f"unknown engine {engine!r} (choose {', '.join(ENGINES)})")
    check_inputs(paths, max_bytes)
    check_output(jsonl)
    articles: list[Article] = []
    errors: list[IngestError] = []
    for item in read_paths(paths, max_bytes=max_bytes):
        (errors if isinstance(item, IngestError) else articles).append(item)
    for e in errors:
        err_console.print(f"[yellow]skipped[/] {safe(e)}")
    with Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err_console, transient=True,
                  disable=not err_console.is_terminal) as bar:
        task = bar.add_task("extract", total=len(articles))
        results, extracted = [], []
        for facts, article in zip(extract_with(articles, engine, scheduler=scheduler,
                                               timeout=extract_timeout()), articles):
            if isinstance(facts, IngestError):  # failed, or over PICKETLINE_EXTRACT_TIMEOUT
                errors.append(facts)
                err_console.print(f"[yellow]skipped[/] {safe(facts)}")
            else:
                results.append(facts)
                extracted.append(article)
            bar.advance(task)
    link_articles_for_extract(results, extracted)  # fills each record's dispute id
    out = open_output(jsonl) if jsonl else sys.stdout
    try:
        for facts in results:
            record = facts.to_dict() if full else facts.to_schema()
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if jsonl:
            out.close()
    if jsonl:
        err_console.print(f"wrote {len(results)} records to {safe(jsonl)}")
    if errors:
        raise typer.Exit(1)
