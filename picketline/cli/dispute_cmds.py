"""``picketline disputes``, ``show`` and ``export``: read the disputes in the store.

Every string that comes from an article (names, sentences, titles, URLs) is printed as plain
text, never as Rich markup.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer
from rich.markup import escape
from rich.table import Table

from .. import api
from ..export import to_json, write_csv
from .app import DB_HELP, app, console, db_url, err_console


def _store(db: str | None):
    from ..store import Store

    return Store(db_url(db))


def _filters(status, action_type, industry, state, since, until, q) -> dict[str, Any]:
    f = {"status": status, "action_type": action_type, "industry": industry, "state": state,
         "since": since, "until": until, "q": q}
    return {k: v for k, v in f.items() if v is not None}


def _t(v: Any) -> str:
    if v is None or v == []:
        return "—"
    if isinstance(v, list):
        return escape(", ".join(str(x) for x in v))
    return escape(str(v))


StatusOpt = typer.Option(None, "--status", help="threatened, authorized, scheduled, ongoing, ended, averted")
TypeOpt = typer.Option(None, "--action-type", help="strike, lockout, protest")
IndustryOpt = typer.Option(None, "--industry", help="e.g. education, health_care")
StateOpt = typer.Option(None, "--state", help="two-letter state code")
SinceOpt = typer.Option(None, "--since", help="going on or ended on/after YYYY-MM-DD")
UntilOpt = typer.Option(None, "--until", help="began on/before YYYY-MM-DD")
QOpt = typer.Option(None, "-q", "--query", help="text in title, employer or union")


@app.command()
def disputes(
    db: str = typer.Option(None, "--db", help=DB_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the dispute records as JSON."),
    status: str = StatusOpt, action_type: str = TypeOpt, industry: str = IndustryOpt,
    state: str = StateOpt, since: str = SinceOpt, until: str = UntilOpt, q: str = QOpt,
    sort: str = typer.Option("start_date", "--sort", help="start_date, participants, title, ..."),
    limit: int = typer.Option(50, "--limit", min=1),
    offset: int = typer.Option(0, "--offset", min=0),
) -> None:
    """List disputes (a table; --json for the full records)."""
    st = _store(db)
    try:
        flt = _filters(status, action_type, industry, state, since, until, q)
        try:
            found = api.list_disputes(st, sort=sort, limit=limit, offset=offset, **flt)
        except ValueError as e:
            err_console.print(f"[red]error:[/] {escape(str(e))}")
            raise typer.Exit(2)
        total = api.count_disputes(st, **flt)
    finally:
        st.close()
    if as_json:
        sys.stdout.write(json.dumps({"total": total, "disputes": found}, ensure_ascii=False,
                                    indent=2) + "\n")
        return
    table = Table(title=f"{total} dispute{'s' if total != 1 else ''}")
    table.add_column("id", overflow="fold", ratio=2)
    table.add_column("employer", overflow="fold", ratio=2, min_width=10)
    table.add_column("union", overflow="fold", ratio=2, min_width=8)
    for col in ("status", "state", "start", "end", "workers", "articles"):
        table.add_column(col, overflow="fold")
    for d in found:
        table.add_row(_t(d.get("id")), _t(d.get("employer")), _t(d.get("union")),
                      _t(d.get("status")), _t(d.get("state")),
                      _t(d.get("start_date")), _t(d.get("end_date")),
                      _t(f"{d['participants']:,}" if d.get("participants") else None),
                      str(len(d.get("article_ids") or [])))
    console.print(table)


@app.command()
def show(
    dispute_id: str = typer.Argument(..., help="Dispute id (see `picketline disputes`)."),
    db: str = typer.Option(None, "--db", help=DB_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the full dispute record."),
) -> None:
    """One dispute: its facts with sources, conflicts and timeline."""
    st = _store(db)
    try:
        d = api.get_dispute(st, dispute_id)
    finally:
        st.close()
    if d is None:
        err_console.print(f"[red]error:[/] no dispute {escape(dispute_id)!s}")
        raise typer.Exit(1)
    if as_json:
        sys.stdout.write(json.dumps(d, ensure_ascii=False, indent=2) + "\n")
        return
    _render(d)


def _render(d: dict[str, Any]) -> None:
    console.print(f"[bold]{escape(d.get('title') or d['id'])}[/]  ({escape(d['id'])})")
    facts = Table(title="Facts", show_lines=False)
    for col in ("field", "value", "sources", "note"):
        facts.add_column(col, overflow="fold")
    for name, entry in (d.get("facts") or {}).items():
        if entry.get("value") in (None, []) and not entry.get("values"):
            continue
        n = len({a for v in entry.get("values") or [] for a in v.get("articles", [])})
        notes = []
        if entry.get("conflict"):
            notes.append("[yellow]conflict[/]")
        if entry.get("corrected"):
            c = entry["corrected"]
            notes.append(f"corrected by {escape(str(c.get('author')))} "
                         f"(was {escape(str(entry.get('extracted')))})")
        if entry.get("confirmed"):
            notes.append(f"confirmed by {escape(str(entry['confirmed'].get('author')))}")
        facts.add_row(name, _t(entry.get("value")), str(n), "; ".join(notes))
    if d.get("duration_days"):
        facts.add_row("duration_days", str(d["duration_days"]), "", "")
    console.print(facts)
    for c in d.get("conflicts") or []:
        console.print(f"[yellow]conflict[/] {escape(c['field'])}: chosen {_t(c.get('chosen'))}")
        for v in c["values"]:
            sent = v["evidence"][0]["sentence"] if v.get("evidence") else ""
            console.print(f"  {_t(v['value'])}  [dim]{_t(v['articles'])}[/]  {escape(sent or '')}")
    tl = Table(title="Timeline")
    for col in ("date", "event", "detail", "sources"):
        tl.add_column(col, overflow="fold")
    for e in d.get("timeline") or []:
        tl.add_row(_t(e.get("date")), _t(e["kind"]), _t(e.get("detail")), _t(e["articles"]))
    console.print(tl)
    hist = d.get("demand_offer_history") or []
    if hist:
        h = Table(title="Demands and offers")
        for col in ("date", "side", "increase %", "sources"):
            h.add_column(col)
        for x in hist:
            h.add_row(_t(x.get("date")), _t(x["side"]), _t(x.get("pct")), _t(x["articles"]))
        console.print(h)
    _render_process(d.get("process"))
    if d.get("costing"):
        from .cost_cmd import _print_table

        _print_table(d["costing"])
    src = Table(title="Sources")
    for col in ("article", "published", "title", "url", "note"):
        src.add_column(col, overflow="fold")
    for s in d.get("sources") or []:
        note = f"copy of {s['copy_of']}" if s.get("copy_of") else (
            "also mentions " + ", ".join(s["also_mentions"]) if s.get("also_mentions") else "")
        src.add_row(_t(s["article_id"]), _t(s.get("published")), _t(s.get("title")),
                    _t(s.get("url")), _t(note or None))
    console.print(src)


def _render_process(proc: dict[str, Any] | None) -> None:
    if not proc:
        return
    reg = proc["regime"]
    console.print(f"[bold]Bargaining process:[/] {escape(reg['name'])} ({escape(reg['citation'])})")
    for st in proc.get("stages") or []:
        mark = "[green]done[/]" if st.get("reached") else "[dim]-[/]"
        when = f" {st['date']}" if st.get("date") else ""
        console.print(f"  {mark} {escape(st['name'])}{when}")
    cur, nxt = proc.get("current_stage"), proc.get("next_step")
    if cur:
        console.print(f"  [bold]now:[/] {escape(cur['name'])}")
    if nxt:
        console.print(f"  [bold]next:[/] {escape(nxt['name'])}, {escape(nxt.get('timing') or '')}"
                      f" ({escape(nxt.get('citation') or '')})")
    lawful = "yes" if proc.get("strike_lawful") else "no"
    console.print(f"  strike lawful now: {lawful}. {escape(proc.get('strike_note') or '')}")


@app.command("export")
def export_cmd(
    fmt: str = typer.Option("csv", "--format", help="csv or json"),
    db: str = typer.Option(None, "--db", help=DB_HELP),
    output: Path = typer.Option(None, "--output", "-o", help="File to write (default: stdout)."),
    status: str = StatusOpt, action_type: str = TypeOpt, industry: str = IndustryOpt,
    state: str = StateOpt, since: str = SinceOpt, until: str = UntilOpt, q: str = QOpt,
) -> None:
    """Export disputes as Labor Action Tracker-style rows (CSV or JSON)."""
    if fmt not in ("csv", "json"):
        err_console.print(f"[red]error:[/] unknown format {escape(fmt)} (choose csv or json)")
        raise typer.Exit(2)
    st = _store(db)
    try:
        flt = _filters(status, action_type, industry, state, since, until, q)
        found = [api.get_dispute(st, d["id"]) or d
                 for d in api.list_disputes(st, limit=None, **flt)]
    finally:
        st.close()
    out = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if fmt == "csv":
            write_csv(found, out)
        else:
            out.write(to_json(found) + "\n")
    finally:
        if output:
            out.close()
    if output:
        err_console.print(f"wrote {len(found)} disputes to {escape(str(output))}")
