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
from rich.table import Table

from .. import api
from ..export import to_json, write_csv
from ..model import ACTION_TYPES, INDUSTRIES
from ..store import DISPUTE_SORTS
from ..timeline import proposal_text, when_text
from ..web.present import quote_text  # evidence without a seed file's date header
from .app import (DB_HELP, Col, app, check_choice, check_date, check_output, check_state,
                  console, err_console, fail, fitted_table, open_output, open_store, safe)


def _store(db: str | None):
    """The store, for reading: never created here (one line and exit 2 when missing)."""
    return open_store(db)


def _filters(status, action_type, industry, state, since, until, q) -> dict[str, Any]:
    """The filters given, checked and folded to the stored vocabulary (exit 2 on a bad one)."""
    f = {"status": check_choice("--status", status, STATUS_CHOICES),
         "action_type": check_choice("--action-type", action_type, ACTION_TYPES),
         "industry": check_choice("--industry", industry, INDUSTRIES),
         "state": check_state(state),
         "since": check_date("--since", since), "until": check_date("--until", until),
         # the web search's expansions: "nurses" also finds the nurses' unions (NNU ...)
         "q": api.expand_query(q)}
    return {k: v for k, v in f.items() if v is not None}


# Sorted newest or largest first unless asked otherwise; names and words A to Z.
_DESC_FIRST = ("start_date", "end_date", "updated_at", "participants")


def _sort(value: str) -> tuple[str, bool]:
    """``--sort``: a field, ``-field`` (descending) or ``+field`` (ascending) -> (field, desc)."""
    v = value.strip()
    field = v.lstrip("+-").lower()
    if field not in DISPUTE_SORTS:
        fail(f"--sort {value!r}: choose one of {', '.join(DISPUTE_SORTS)} (prefix - for "
             "descending, + for ascending)")
    desc = v.startswith("-") or (not v.startswith("+") and field in _DESC_FIRST)
    return field, desc


def _t(v: Any) -> str:
    if v is None or v == []:
        return "—"
    if isinstance(v, list):
        return safe(", ".join(str(x) for x in v))
    return safe(v)


# status as of today (see picketline.api.status_as_of); "active": any live status
STATUS_CHOICES = tuple(api.AS_OF_STATUSES) + ("active",)
StatusOpt = typer.Option(None, "--status", metavar="STATUS",
                         help="as of today: " + ", ".join(STATUS_CHOICES))
TypeOpt = typer.Option(None, "--action-type", metavar="TYPE", help=", ".join(ACTION_TYPES))
IndustryOpt = typer.Option(None, "--industry", metavar="INDUSTRY", help=", ".join(INDUSTRIES))
StateOpt = typer.Option(None, "--state", metavar="XX", help="two-letter state code, any case")
SinceOpt = typer.Option(None, "--since", metavar="DATE",
                        help="going on or ended on or after this day (YYYY-MM-DD)")
UntilOpt = typer.Option(None, "--until", metavar="DATE",
                        help="began on or before this day (YYYY-MM-DD)")
QOpt = typer.Option(None, "-q", "--query", metavar="TEXT",
                    help="text in the id, title, employer or union (any case); a word "
                         "also finds its singular and the unions whose names hold it "
                         "('nurses' finds National Nurses United)")


@app.command()
def disputes(
    db: str = typer.Option(None, "--db", help=DB_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the dispute records as JSON."),
    status: str = StatusOpt, action_type: str = TypeOpt, industry: str = IndustryOpt,
    state: str = StateOpt, since: str = SinceOpt, until: str = UntilOpt, q: str = QOpt,
    sort: str = typer.Option("start_date", "--sort", metavar="FIELD",
                             help=f"{', '.join(DISPUTE_SORTS)}; -FIELD for descending, "
                                  "+FIELD for ascending (default: dates and participants "
                                  "descending, the rest ascending)"),
    limit: int = typer.Option(50, "--limit", min=1),
    offset: int = typer.Option(0, "--offset", min=0),
) -> None:
    """List disputes (a table; --json for the full records)."""
    flt = _filters(status, action_type, industry, state, since, until, q)
    field, desc = _sort(sort)
    st = _store(db)
    try:
        found = api.list_disputes(st, sort=field, desc=desc, limit=limit, offset=offset, **flt)
        total = api.count_disputes(st, **flt)
    finally:
        st.close()
    if as_json:
        sys.stdout.write(json.dumps({"total": total, "disputes": found}, ensure_ascii=False,
                                    indent=2) + "\n")
        return
    # in a narrow terminal, columns go in this order: articles, state, end, workers, union
    cols = [Col("id", "token"), Col("employer", min_width=12), Col("union", min_width=10, drop=2),
            Col("status", "token"), Col("state", "token", drop=5), Col("start", "token"),
            Col("end", "token", drop=4), Col("last report", "token", drop=7),
            Col("workers", "number", drop=3), Col("articles", "number", drop=6),
            Col("demand / offer", min_width=12, drop=8)]
    rows = [[_t(d.get("id")), _t(d.get("employer")), _t(d.get("union")), _t(d.get("status")),
             _t(d.get("state")), _t(d.get("start_date")), _t(d.get("end_date")),
             _t(d.get("last_reported")),
             _t(f"{d['participants']:,}" if d.get("participants") else None),
             str(len(d.get("article_ids") or [])), _t(_demand_offer(d))] for d in found]
    console.print(fitted_table(f"{total} dispute{'s' if total != 1 else ''}", cols, rows))


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
        similar = [] if d is not None else _similar_ids(st, dispute_id)
    finally:
        st.close()
    if d is None:
        near = [x["id"] for x in similar]
        hint = f"; did you mean {', '.join(near)}?" if near else " (see `picketline disputes`)"
        fail(f"no dispute {dispute_id}{hint}", code=1)
    if as_json:
        sys.stdout.write(json.dumps(d, ensure_ascii=False, indent=2) + "\n")
        return
    _render(d)


def _similar_ids(st, text: str, n: int = 5) -> list[dict]:
    """Up to ``n`` disputes whose id starts with ``text``, else whose id, title, employer or
    union contains it (the store's text filter), for a suggestion."""
    found = api.list_disputes(st, q=text.strip(), sort="id", desc=False, limit=50)
    low = text.strip().lower()
    starts = [d for d in found if d["id"].lower().startswith(low)]
    return (starts or found)[:n]


def _demand_offer(d: dict[str, Any]) -> str | None:
    """Each side's latest proposal in plain words: "30% raise, ... against 23% over 5 years"."""
    dem, off = d.get("demand_text"), d.get("offer_text")
    if not dem and not off:
        return None
    return f"{dem or '—'} against {off or '—'}"


def _render(d: dict[str, Any]) -> None:
    console.print(f"[bold]{safe(d.get('title') or d['id'])}[/]  ({safe(d['id'])})")
    status = safe(str(d.get("status") or "—"))
    note = f" ({safe(d['status_note'])})" if d.get("status_note") else ""
    console.print(f"status as of {safe(str(d.get('as_of') or 'today'))}: [bold]{status}[/]{note}"
                  f" · last reported {safe(str(d.get('last_reported') or '—'))}")
    if d.get("demand_text") or d.get("offer_text"):
        console.print(f"union demands: {safe(d.get('demand_text') or '—')}")
        console.print(f"employer offers: {safe(d.get('offer_text') or '—')}")
    if len(d.get("waves") or []) > 1:
        console.print("waves: " + ", ".join(f"{w['start']} – {w.get('end') or 'open'}"
                                            for w in d["waves"]))
    facts = Table(title="Facts", show_lines=False)
    facts.add_column("field", no_wrap=True)
    facts.add_column("value", overflow="fold")
    facts.add_column("sources", no_wrap=True, justify="right")
    facts.add_column("note", overflow="fold")
    for name, entry in (d.get("facts") or {}).items():
        if entry.get("value") in (None, []) and not entry.get("values"):
            continue
        n = len({a for v in entry.get("values") or [] for a in v.get("articles", [])})
        notes = []
        if entry.get("conflict"):
            notes.append("[yellow]conflict[/]")
        if entry.get("corrected"):
            c = entry["corrected"]
            notes.append(f"corrected by {safe(str(c.get('author')))} "
                         f"(was {safe(str(entry.get('extracted')))})")
        if entry.get("confirmed"):
            notes.append(f"confirmed by {safe(str(entry['confirmed'].get('author')))}")
        value = entry.get("value")
        if isinstance(value, int) and not isinstance(value, bool):
            value = f"{value:,}"  # participants as in the list of disputes
        facts.add_row(name, _t(value), str(n), "; ".join(notes))
    if d.get("duration_days"):
        facts.add_row("duration_days", str(d["duration_days"]), "", "")
    console.print(facts)
    for c in d.get("conflicts") or []:
        console.print(f"[yellow]conflict[/] {safe(c['field'])}: chosen {_t(c.get('chosen'))}")
        for v in c["values"]:
            sent = quote_text(v["evidence"][0]["sentence"]) if v.get("evidence") else ""
            console.print(f"  {_t(v['value'])}  [dim]{_t(v['articles'])}[/]  {safe(sent or '')}")
    tl = Table(title="Timeline")
    tl.add_column("date", no_wrap=True)
    tl.add_column("event", no_wrap=True)
    for col in ("detail", "sources"):
        tl.add_column(col, overflow="fold")
    for e in d.get("timeline") or []:
        when = when_text(e) if e.get("date") or e.get("during") or e.get("by") else None
        sent = next((quote_text(s["sentence"]) for s in e.get("sources") or []
                     if s.get("sentence")), None)
        tl.add_row(_t(when), _t(e["kind"]), _t(e.get("detail")),
                   _t(e["articles"]) + (f"\n[dim]{safe(sent)}[/]" if sent else ""))
    console.print(tl)
    hist = d.get("demand_offer_history") or []
    if hist:
        h = Table(title="Demands and offers")
        for col in ("date", "side", "proposal", "sources"):
            h.add_column(col)
        for x in hist:
            h.add_row(_t(x.get("date")), _t(x["side"]), _t(proposal_text(x)), _t(x["articles"]))
        console.print(h)
    _render_process(d.get("process"))
    if d.get("costing"):
        from .cost_cmd import _print_table

        _print_table(d["costing"])
    src = Table(title="Sources")
    src.add_column("article", no_wrap=True)
    src.add_column("published", no_wrap=True)
    for col in ("title", "url", "note"):
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
    console.print(f"[bold]Bargaining process:[/] {safe(reg['name'])} ({safe(reg['citation'])})")
    for st in proc.get("stages") or []:
        mark = "[green]done[/]" if st.get("reached") else "[dim]-[/]"
        when = f" {st['date']}" if st.get("date") else ""
        console.print(f"  {mark} {safe(st['name'])}{when}")
    cur, nxt = proc.get("current_stage"), proc.get("next_step")
    if cur:
        console.print(f"  [bold]now:[/] {safe(cur['name'])}")
    if nxt:
        console.print(f"  [bold]next:[/] {safe(nxt['name'])}, {safe(nxt.get('timing') or '')}"
                      f" ({safe(nxt.get('citation') or '')})")
    lawful = proc.get("strike_lawful_text") or {True: "yes", False: "no"}.get(
        proc.get("strike_lawful"), "depends")
    console.print(f"  strike lawful now: {lawful}. {safe(proc.get('strike_note') or '')}")


@app.command("export")
def export_cmd(
    fmt: str = typer.Option("csv", "--format", help="csv or json"),
    db: str = typer.Option(None, "--db", help=DB_HELP),
    output: Path = typer.Option(None, "--output", "-o", help="File to write (default: stdout)."),
    status: str = StatusOpt, action_type: str = TypeOpt, industry: str = IndustryOpt,
    state: str = StateOpt, since: str = SinceOpt, until: str = UntilOpt, q: str = QOpt,
) -> None:
    """Export disputes as Labor Action Tracker-style rows (CSV or JSON)."""
    fmt = fmt.strip().lower()
    if fmt not in ("csv", "json"):
        fail(f"unknown format {fmt} (choose csv or json)")
    flt = _filters(status, action_type, industry, state, since, until, q)
    check_output(output)
    st = _store(db)
    try:
        found = [api.get_dispute(st, d["id"]) or d
                 for d in api.list_disputes(st, limit=None, **flt)]
    finally:
        st.close()
    out = open_output(output, newline="") if output else sys.stdout
    try:
        if fmt == "csv":
            write_csv(found, out)
        else:
            out.write(to_json(found) + "\n")
    finally:
        if output:
            out.close()
    if output:
        err_console.print(f"wrote {len(found)} disputes to {safe(str(output))}")
