"""Exports of dispute records in Labor Action Tracker-style rows: CSV and JSON.

One row per dispute, columns :data:`COLUMNS`. In JSON the list columns (employer, union,
local, demands, sources) stay lists and numbers stay numbers; in CSV list items are joined with
``"; "`` and missing values are empty cells. A CSV text cell that a spreadsheet would read as
a formula (starting with ``= + - @``, tab or carriage return) gets a leading ``'``. Corrections are already applied in the records
(see :func:`picketline.api.get_dispute`), so exports show corrected values. ``status`` is the
status as of the day of the export (see :func:`picketline.api.status_as_of`), with
``status_note`` ("no report since ...") and ``last_reported``; ``union_demand`` and
``employer_offer`` give the latest proposals in plain words ("23% over 5 years + 3% one-time
bonus").
"""
from __future__ import annotations

import csv
import io
import json
import re
from typing import Any, Iterable, TextIO

COLUMNS = ("id", "employer", "union", "local", "industry", "city", "state", "start", "end",
           "duration", "participants", "demands", "status", "action_type", "sources", "title",
           "last_reported", "status_note", "union_demand", "employer_offer",
           "wage_demand_pct", "wage_offer_pct", "country", "stage")
LIST_COLUMNS = ("employer", "union", "local", "demands", "sources")
SEP = "; "
_LOCAL = re.compile(r"\blocal\s+(?:no\.?\s+)?(\d[\w-]*)", re.I)


def locals_of(unions: Iterable[str]) -> list[str]:
    """Local numbers named in union names: ["SEIU Local 99"] -> ["99"]."""
    out: list[str] = []
    for u in unions:
        for m in _LOCAL.finditer(u or ""):
            if m.group(1) not in out:
                out.append(m.group(1))
    return out


def export_row(d: dict[str, Any]) -> dict[str, Any]:
    """A dispute record as one export row (typed: lists and numbers kept)."""
    unions = list(d.get("unions") or ([d["union"]] if d.get("union") else []))
    employers = list(d.get("employers") or ([d["employer"]] if d.get("employer") else []))
    sources = []
    for s in d.get("sources") or []:
        if s.get("copy_of"):
            continue
        ref = s.get("url") or s.get("article_id")
        if ref and ref not in sources:
            sources.append(ref)
    if not sources:
        sources = list(d.get("article_ids") or [])
    return {
        "id": d.get("id"), "employer": employers, "union": unions, "local": locals_of(unions),
        "industry": d.get("industry"), "city": d.get("city"), "state": d.get("state"),
        "start": d.get("start_date"), "end": d.get("end_date"),
        "duration": d.get("duration_days"), "participants": d.get("participants"),
        "demands": list(d.get("demands") or []), "status": d.get("status"),
        "action_type": d.get("action_type"), "sources": sources, "title": d.get("title"),
        "last_reported": d.get("last_reported"), "status_note": d.get("status_note"),
        "union_demand": d.get("demand_text"), "employer_offer": d.get("offer_text"),
        "wage_demand_pct": d.get("wage_demand_pct"), "wage_offer_pct": d.get("wage_offer_pct"),
        "country": d.get("country"),
        # the bargaining stage now (picketline.process), where the record carries it
        "stage": ((d.get("process") or {}).get("current_stage") or {}).get("name")
        if isinstance(d.get("process"), dict) else None,
    }


def rows(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return [export_row(d) for d in records]


# A spreadsheet reads a cell starting with one of these as a formula (=HYPERLINK(...),
# @SUM(...)|cmd): text from articles and reviewers is untrusted, so such a cell is written
# with a leading apostrophe, which spreadsheets show as text (OWASP's CSV injection advice).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        text = SEP.join(str(x) for x in v) if isinstance(v, list) else str(v)
        # a bare CR is not quoted by the csv module (our line end is LF): a line break
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        return "'" + text if text.startswith(FORMULA_START) else text
    return str(v)


def _uncell(text: str) -> str:
    """A cell's text as written before :func:`_cell` defused it."""
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_START) else text


def write_csv(records: Iterable[dict[str, Any]], fh: TextIO) -> int:
    """Write a header and one row per dispute; returns the number of rows."""
    w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    n = 0
    for r in rows(records):
        w.writerow({k: _cell(r[k]) for k in COLUMNS})
        n += 1
    return n


def to_csv(records: Iterable[dict[str, Any]]) -> str:
    buf = io.StringIO()
    write_csv(records, buf)
    return buf.getvalue()


def to_json(records: Iterable[dict[str, Any]]) -> str:
    """A JSON array of export rows."""
    return json.dumps(rows(records), ensure_ascii=False, indent=2)


def parse_csv(text: str) -> list[dict[str, Any]]:
    """Read an export CSV back into typed rows (the inverse of :func:`write_csv`)."""
    out = []
    for r in csv.DictReader(io.StringIO(text)):
        row: dict[str, Any] = {}
        for k in COLUMNS:
            v = _uncell(r.get(k) or "")
            if k in LIST_COLUMNS:
                row[k] = [x for x in v.split(SEP) if x] if v else []
            elif k in ("duration", "participants"):
                row[k] = int(v) if v else None
            elif k in ("wage_demand_pct", "wage_offer_pct"):
                row[k] = float(v) if v else None
            else:
                row[k] = v or None
        out.append(row)
    return out
