"""``picketline rules``: the extraction rules as data (``picketline/rules``): list them, lint
them, and measure them over articles."""
from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.table import Table

from .app import app, check_inputs, console, err_console, fail, safe

rules_app = typer.Typer(help="Extraction rules (picketline/rules): list, lint, per-rule stats.",
                        no_args_is_help=True)
app.add_typer(rules_app, name="rules")


def _load():
    from ..rules import RulesError, registry

    try:
        return registry()
    except RulesError as exc:
        fail(str(exc))


@rules_app.command("list")
def list_rules(
    field: str = typer.Option(None, "--field", help="Only this field's rules."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Every registered rule: data rules of rules/<field>.toml and code rules of code.toml."""
    rules = [r for r in _load().values() if field is None or r.field == field]
    if as_json:
        print(json.dumps([{"id": r.id, "field": r.field, "kind": r.kind, "label": r.label,
                           "priority": r.priority, "why": r.why, "source": r.source}
                          for r in rules], ensure_ascii=False, indent=1))
        return
    table = Table(title=f"{len(rules)} rules")
    for h in ("id", "kind", "label", "why"):
        table.add_column(h, overflow="fold")
    for r in rules:
        table.add_row(safe(r.id), r.kind, safe(r.label), safe(r.why))
    console.print(table)


@rules_app.command("lint")
def lint_rules(
    eval_dir: list[Path] = typer.Option(None, "--eval", help="Evaluation article folders "
                                        "(default: ../shared/eval/*/articles and tests/heldout/articles)."),
    code: bool = typer.Option(False, "--code", help="Also check the extractor code "
                              "(picketline/extract/*.py: strings, docstrings, comments), the "
                              "lexicons (picketline/data/lexicon/*.json) and the bundled sample "
                              "(picketline/data/sample) for quotes."),
    tests: bool = typer.Option(False, "--tests", help="Also check the tests for quotes "
                               "(tests/**/*.py strings and comments, tests/fixtures files)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Refuse rules that quote an evaluation article (8 words in a row) or name an organisation
    of the gazetteers. Exit 1 when any is found."""
    from ..rules.lint import (default_eval_dirs, lint, lint_code, lint_files, lint_sample,
                              lint_tests)

    rules = _load()
    dirs = list(eval_dir) if eval_dir else default_eval_dirs()
    for d in dirs:
        if not Path(d).is_dir():
            fail(f"{d}: not a folder")
    problems = lint(rules.values(), dirs) \
        + (lint_code(None, dirs) + lint_files(None, dirs) + lint_sample(None, dirs)
           if code else []) \
        + (lint_tests(None, dirs) if tests else [])
    if as_json:
        print(json.dumps({"rules": len(rules), "eval_dirs": [str(d) for d in dirs],
                          "problems": [p.__dict__ for p in problems]}, ensure_ascii=False))
    else:
        for p in problems:
            console.print(safe(str(p)))
        err_console.print(f"{len(rules)} rules checked against {len(dirs)} evaluation folder(s): "
                          f"{len(problems)} problem(s)")
    if problems:
        raise typer.Exit(1)


@rules_app.command("stats")
def stats(
    paths: list[Path] = typer.Argument(..., help="Files or folders of articles."),
    gold: Path = typer.Option(None, "--gold", help="Folder of gold records (<id>.json) for precision."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Extract the articles and report, per rule: facts produced, sentence votes, overlaps
    and conflicts with other rules, precision against gold; then the rules that never fire."""
    from ..ingest import read_paths
    from ..model import Article
    from ..rules.stats import load_gold_dir, rule_stats

    _load()
    check_inputs(paths)
    golds = None
    if gold is not None:
        try:
            golds = load_gold_dir(gold)
        except ValueError as exc:
            fail(str(exc))
    articles = []
    for item in read_paths(paths):
        if isinstance(item, Article):
            articles.append(item)
        else:
            err_console.print(f"[yellow]skipped[/] {safe(item)}")
    report = rule_stats(articles, golds)
    if as_json:
        print(json.dumps(report, ensure_ascii=False))
        return
    table = Table(title=f"rules over {report['articles']} articles "
                        f"({report['labor_articles']} labor, {report['gold']} gold records)")
    for h, just in (("rule", "left"), ("fires", "right"), ("votes", "right"), ("prec.", "right"),
                    ("overlaps", "left"), ("conflicts", "left")):
        table.add_column(h, justify=just, overflow="fold")

    def top(d: dict[str, int]) -> str:
        return ", ".join(f"{k} {v}" for k, v in list(d.items())[:3])

    for r in report["rules"]:
        if not r["fires"] and not r["votes"]:
            continue
        p = "" if r["precision"] is None else f"{r['precision']:.2f} ({r['right']}/{r['scored']})"
        table.add_row(safe(r["id"]), str(r["fires"]), str(r["votes"] or ""), p,
                      safe(top(r["overlaps"])), safe(top(r["conflicts"])))
    console.print(table)
    never = report["never_fired"]
    console.print(f"never fired ({len(never)}): " + safe(", ".join(never)))
    if report["unregistered"]:
        console.print("[red]unregistered rule ids:[/] " + safe(", ".join(report["unregistered"])))
