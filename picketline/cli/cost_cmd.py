"""``picketline cost``: the year-by-year cost of each side's wage proposal for a roster.

    picketline cost --roster unit.csv --dispute ID [--db URL] [--json]
    picketline cost --roster unit.csv --proposal-json proposals.json [--json]

The roster is a CSV file (classification, headcount, hourly_wage, annual_hours); the rules are
those of :mod:`picketline.process.costing`. ``--proposal-json`` takes a JSON list of
``Proposal.to_dict()`` objects, or an object with a ``proposals`` list (a dispute record), and
needs no database.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Optional

import typer
from rich.table import Table

from ..process.costing import RosterError, cost_dispute, read_roster
from .app import DB_HELP, app, console, fail, open_store, safe


def _load_proposals(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise ValueError(f"{path}: cannot read the file: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path}: not valid JSON: {exc}") from None
    if isinstance(data, list):
        data = {"id": None, "title": path.name, "proposals": data}
    if not isinstance(data, dict) or not isinstance(data.get("proposals", []), list):
        raise ValueError(f"{path}: expected a list of proposals or an object with 'proposals'")
    for i, p in enumerate(data.get("proposals") or []):
        if not isinstance(p, dict) or p.get("side") not in ("union", "employer"):
            raise ValueError(f"{path}: proposal {i + 1} needs a side of 'union' or 'employer'")
    return data


def _row_dict(r) -> dict[str, Any]:
    return {"classification": r.classification, "headcount": r.headcount,
            "hourly_wage": r.hourly_wage, "annual_hours": r.annual_hours}


def _money(v: float | None) -> str:
    if v is None:
        return "—"
    return f"-${-v:,.0f}" if v < 0 else f"${v:,.0f}"


def _describe(side: dict[str, Any] | None) -> str:
    if not side:
        return "no proposal"
    p = side["proposal"]
    parts = []
    if p.get("general_increase_pct"):
        years = p.get("years")
        parts.append(f"{p['general_increase_pct']:g}%" + (f" over {years} years" if years and years > 1 else ""))
    if p.get("hourly_adder"):
        parts.append(f"+${p['hourly_adder']:g}/h for {', '.join(side['adder_classifications'])}")
    if p.get("bonus_pct"):
        parts.append(f"{p['bonus_pct']:g}% one-time bonus")
    return ", ".join(parts) or "no increase"


def _print_table(result: dict[str, Any]) -> None:
    d = result.get("dispute") or {}
    title = d.get("title") or d.get("id") or "proposals"
    ro = result["roster"]
    console.print(f"[bold]{safe(str(title))}[/bold]: roster {safe(str(ro['source']))}, "
                  f"{ro['classifications']} classifications, {ro['headcount']:,} employees, "
                  f"base payroll {_money(ro['base_payroll'])} a year")
    for side in ("union", "employer"):
        console.print(f"  {side}: {safe(_describe(result['sides'].get(side)))}")
    table = Table(title="Cost over today's payroll, by contract year")
    for col in ("year", "union cost", "employer cost", "gap"):
        table.add_column(col, justify="right")
    for y in result["years"]:
        table.add_row(str(y["year"]),
                      _money(y["union"]["increase"] if y["union"] else None),
                      _money(y["employer"]["increase"] if y["employer"] else None),
                      _money(y["gap"]))
    t = result["totals"]
    table.add_row("total", _money(t["union"]), _money(t["employer"]), _money(t["gap"]),
                  style="bold")
    console.print(table)
    notes = list(result.get("notes") or [])
    for side in ("union", "employer"):
        s = result["sides"].get(side)
        if s:
            if s.get("adder_rule"):
                notes.append(f"{side} adder: {s['adder_rule']}")
            notes.extend(f"{side} {n}" for n in s["notes"])
    notes.append("raises compound year on year" if result["compounding"]
                 else "raises are simple percentages of today's wages")
    for n in notes:
        console.print(f"  note: {safe(n)}")


@app.command()
def cost(
    roster: Path = typer.Option(..., "--roster", metavar="FILE.csv",
                                help="Bargaining-unit roster CSV with the columns "
                                "classification, headcount, hourly_wage, annual_hours."),
    dispute: Optional[str] = typer.Option(None, "--dispute", help="Dispute id in the store."),
    proposal_json: Optional[Path] = typer.Option(
        None, "--proposal-json", help="JSON file of proposals (a list of proposals or a "
        "dispute record) to cost without a database."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    years: Optional[int] = typer.Option(None, "--years", min=1, max=50,
                                        help="Years to cost (default: the longest proposal)."),
    simple: bool = typer.Option(False, "--simple", help="Raises as simple percentages of "
                                "today's wages instead of compounding."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    attach: bool = typer.Option(False, "--attach", help="Also attach the roster to the "
                                "dispute, so that `show`, the API and the dispute page "
                                "show this costing (recorded in the review trail)."),
) -> None:
    """Year-by-year cost of each side's wage proposal for a roster, and the gap between them."""
    if (dispute is None) == (proposal_json is None):
        fail("give exactly one of --dispute ID or --proposal-json FILE")
    try:
        rows = read_roster(roster)
    except RosterError as exc:
        fail(str(exc), code=1)
    if proposal_json is not None:
        try:
            record = _load_proposals(proposal_json)
        except ValueError as exc:
            fail(str(exc), code=1)
    else:
        from .. import api

        st = open_store(db)  # also with --attach: the dispute must already be stored
        try:
            record = st.dispute(dispute)
            if record is not None and attach:
                try:
                    api.attach_roster(st, dispute, [_row_dict(r) for r in rows], str(roster),
                                      author=os.environ.get("USER") or "cli")
                except ValueError as exc:  # the correction refused (a bad value): say why
                    fail(str(exc))
        finally:
            st.close()
        if record is None:
            fail(f"no dispute {dispute} in the database (see `picketline disputes`)", code=1)
    result = cost_dispute(record, rows, years=years, compounding=not simple,
                          source=str(roster))
    if as_json:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        _print_table(result)
