"""What each side's wage proposal costs, year by year, for a bargaining-unit roster.

Roster: a CSV file with the columns ``classification, headcount, hourly_wage, annual_hours``
(header names case-insensitive, extra columns ignored, ``$`` and thousands separators allowed).
Every row is checked; a bad one raises :class:`RosterError` naming the file and the row (the
line number in the file, the header being line 1).

Costing rules (all in :func:`cost_proposal`):

- **Base cost** of a year: every classification's ``headcount x hourly_wage x annual_hours`` at
  today's wages (the roster), the same each year.
- **General increase** ``G`` % spread over ``N`` years (``Proposal.years``; none means all at
  once) is ``N`` equal steps of ``G/N`` %, one at the start of each contract year, so year 1
  already has the first step. With ``compounding=True`` (the default, how contracts apply
  raises) each step raises the wage then in force: year ``k`` pays ``base x (1 + G/N/100)^min(k,N)``
  (30 % over 3 years is 10 % a year, 33.1 % in all by year 3). With ``compounding=False`` the steps
  are percentages of today's wage: ``base x (1 + G/N/100 x min(k,N))`` (exactly 30 % by year 3).
- **Hourly adder** ``$A``/h for a group: added from year 1 on top of the percentage-raised wage
  (a flat amount: later percentage steps do not raise it). The group is the roster
  classifications named in ``Proposal.adder_group`` (comma- or semicolon-separated, matched
  case-insensitively); when ``adder_group`` is empty or speaks of the "lowest paid", the group is
  the **lowest paid**: classifications whose hourly wage is at or below the roster's 25th
  percentile wage, the percentile taken over employees (headcount-weighted, nearest rank: sort
  employees by wage, take the wage of employee number ``ceil(0.25 x total headcount)``). A named
  group that matches no classification falls back to the lowest paid, with a note.
- **One-time bonus** ``B`` %: ``B`` % of each employee's year-1 pay under the proposal (raise
  and adder included), paid in year 1 only.
- **Eligibility** conditions are carried through as notes; the cost assumes every employee in the
  roster is eligible.
- **Increase** = new cost - base cost; the **gap** is the union side's increase minus the
  employer side's, per year and in total.

Money is rounded to cents only in the output.
"""
from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from ..model import SIDES, Evidence, Proposal

COLUMNS = ("classification", "headcount", "hourly_wage", "annual_hours")
LOWEST_PAID_PERCENTILE = 25
MAX_ANNUAL_HOURS = 8784  # hours in a leap year


class RosterError(ValueError):
    """A roster that cannot be used; says which file and row, and why."""

    def __init__(self, source: str, reason: str, line: int | None = None) -> None:
        self.source, self.reason, self.line = source, reason, line
        where = f"{source}, row {line}" if line is not None else source
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True)
class RosterRow:
    classification: str
    headcount: float
    hourly_wage: float
    annual_hours: float
    line: int | None = None

    @property
    def payroll(self) -> float:
        """Annual pay of the whole classification at today's wage."""
        return self.headcount * self.hourly_wage * self.annual_hours

    def to_dict(self) -> dict[str, Any]:
        return {"classification": self.classification, "headcount": self.headcount,
                "hourly_wage": self.hourly_wage, "annual_hours": self.annual_hours}


# --- reading and checking a roster ------------------------------------------------------------
def _number(raw: Any, column: str, source: str, line: int | None) -> float:
    text = str(raw if raw is not None else "").strip().replace(",", "").replace("$", "")
    if not text:
        raise RosterError(source, f"{column} is empty", line)
    try:
        value = float(text)
    except ValueError:
        raise RosterError(source, f"{column} {str(raw).strip()!r} is not a number", line) from None
    if not math.isfinite(value):
        raise RosterError(source, f"{column} {str(raw).strip()!r} is not a finite number", line)
    return value


def parse_roster(rows: Iterable[Mapping[str, Any]], source: str = "<roster>",
                 first_line: int = 2, lines: Sequence[int] | None = None) -> list[RosterRow]:
    """Check roster rows (dicts keyed by the column names) and return them typed.

    Rows are numbered from ``first_line`` (2: a CSV file's first row after its header), or by
    ``lines`` (each row's line in the file) when given."""
    out: list[RosterRow] = []
    seen: dict[str, int | None] = {}
    for i, raw in enumerate(rows):
        line = lines[i] if lines is not None else first_line + i
        row = {str(k).strip().lower(): v for k, v in raw.items() if k is not None}
        if all(str(v or "").strip() == "" for v in row.values()):
            continue  # blank line
        missing = [c for c in COLUMNS if c not in row]
        if missing:
            raise RosterError(source, f"missing column(s) {', '.join(missing)}", line)
        name = " ".join(str(row["classification"] or "").split())
        if not name:
            raise RosterError(source, "classification is empty", line)
        key = name.casefold()
        if key in seen:
            raise RosterError(source, f"classification {name!r} repeats row {seen[key]}", line)
        headcount = _number(row["headcount"], "headcount", source, line)
        wage = _number(row["hourly_wage"], "hourly_wage", source, line)
        hours = _number(row["annual_hours"], "annual_hours", source, line)
        if headcount < 0:
            raise RosterError(source, f"headcount {headcount:g} is negative", line)
        if wage <= 0:
            raise RosterError(source, f"hourly_wage {wage:g} must be more than 0", line)
        if not 0 < hours <= MAX_ANNUAL_HOURS:
            raise RosterError(source, f"annual_hours {hours:g} must be between 0 and "
                                      f"{MAX_ANNUAL_HOURS} (the hours in a year)", line)
        seen[key] = line
        out.append(RosterRow(name, headcount, wage, hours, line))
    if not out:
        raise RosterError(source, "the roster has no rows")
    if sum(r.headcount for r in out) <= 0:
        raise RosterError(source, "the roster's total headcount is 0")
    return out


def read_roster_text(text: str, source: str = "<roster>") -> list[RosterRow]:
    """Parse roster CSV text (header line first)."""
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in (reader.fieldnames or []) if h is not None]
    if not header:
        raise RosterError(source, "the file is empty (expected a header line: "
                                  + ",".join(COLUMNS) + ")")
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise RosterError(source, f"missing column(s) {', '.join(missing)} in the header "
                                  f"(expected {','.join(COLUMNS)})", 1)
    rows, lines = [], []
    try:
        for r in reader:  # DictReader skips blank lines: keep each row's own line number
            if None in r:  # more fields than header columns
                raise RosterError(source, "more fields than header columns", reader.line_num)
            rows.append(r)
            lines.append(reader.line_num)
    except csv.Error as exc:
        raise RosterError(source, f"not readable as CSV: {exc}", reader.line_num) from None
    return parse_roster(rows, source, lines=lines)


def read_roster(path: str | Path) -> list[RosterRow]:
    """Read and check a roster CSV file (UTF-8, a BOM allowed)."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise RosterError(str(p), f"cannot read the file: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RosterError(str(p), "not a UTF-8 text file") from None
    if "\x00" in text:
        raise RosterError(str(p), "binary file, not CSV text")
    return read_roster_text(text, str(p))


# --- who is "lowest paid" ----------------------------------------------------------------------
def percentile_wage(roster: Sequence[RosterRow], pct: float = LOWEST_PAID_PERCENTILE) -> float:
    """The headcount-weighted ``pct``-th percentile hourly wage (nearest-rank method)."""
    rows = sorted((r for r in roster if r.headcount > 0), key=lambda r: r.hourly_wage)
    total = sum(r.headcount for r in rows)
    rank = max(1.0, math.ceil(pct / 100 * total))
    cum = 0.0
    for r in rows:
        cum += r.headcount
        if cum >= rank:
            return r.hourly_wage
    return rows[-1].hourly_wage


def lowest_paid(roster: Sequence[RosterRow], pct: float = LOWEST_PAID_PERCENTILE) -> list[str]:
    """Classifications paid at or below the roster's ``pct``-th percentile wage."""
    cut = percentile_wage(roster, pct)
    return [r.classification for r in roster if r.hourly_wage <= cut]


def adder_classifications(group: str | None, roster: Sequence[RosterRow]
                          ) -> tuple[list[str], str]:
    """The classifications an hourly adder goes to, and how they were chosen."""
    rule = (f"lowest paid: classifications at or below the {LOWEST_PAID_PERCENTILE}th "
            f"percentile wage (${percentile_wage(roster):.2f}/h)")
    if not group or not group.strip() or re.search(r"\blow(?:est|er)?[- ]?(?:paid|wage)",
                                                   group, re.IGNORECASE):
        return lowest_paid(roster), rule
    names = {r.classification.casefold(): r.classification for r in roster}
    wanted = [w.strip() for w in re.split(r"[;,]", group) if w.strip()]
    found = [names[w.casefold()] for w in wanted if w.casefold() in names]
    if found:
        return found, f"named classifications ({', '.join(found)})"
    return lowest_paid(roster), (f"adder group {group!r} matches no roster classification; "
                                 f"applied to the {rule}")


# --- costing -------------------------------------------------------------------------------
def _money(x: float) -> float:
    return round(x + 0.0, 2)


def _count(x: float) -> int | float:
    return int(x) if float(x).is_integer() else x


def wage_factor(pct: float, steps: int, year: int, compounding: bool = True) -> float:
    """How much today's wage is multiplied by in ``year`` (1-based) under ``pct`` % spread over
    ``steps`` equal annual steps."""
    step = pct / steps / 100
    m = min(year, steps)
    return (1 + step) ** m if compounding else 1 + step * m


def cost_proposal(proposal: Proposal, roster: Sequence[RosterRow], years: int,
                  compounding: bool = True) -> dict[str, Any]:
    """Year-by-year cost of one side's proposal (unrounded floats inside, cents outside)."""
    pct = proposal.general_increase_pct or 0.0
    steps = proposal.years if proposal.years and proposal.years > 0 else 1
    adder = proposal.hourly_adder or 0.0
    group, group_rule = adder_classifications(proposal.adder_group, roster) if adder else ([], None)
    in_group = set(group)
    base = sum(r.payroll for r in roster)
    rows = []
    for year in range(1, years + 1):
        f = wage_factor(pct, steps, year, compounding)
        general = sum(r.payroll * (f - 1) for r in roster)
        add = sum(r.headcount * r.annual_hours * adder for r in roster
                  if r.classification in in_group)
        recurring = base + general + add
        bonus = recurring * (proposal.bonus_pct or 0.0) / 100 if year == 1 else 0.0
        new = recurring + bonus
        rows.append({"year": year, "base_cost": _money(base), "new_cost": _money(new),
                     "increase": _money(new - base), "general_increase": _money(general),
                     "adder": _money(add), "bonus": _money(bonus),
                     "wage_factor": round(f, 6), "_increase": new - base})
    notes = []
    if proposal.eligibility:
        notes.append(f"eligibility: {proposal.eligibility} (costed as if every employee "
                     f"in the roster is eligible)")
    return {"proposal": proposal.to_dict(), "years": rows,
            "adder_classifications": group, "adder_rule": group_rule,
            "eligibility": proposal.eligibility, "notes": notes}


def cost_proposals(proposals: Mapping[str, Proposal | None], roster: Sequence[RosterRow], *,
                   years: int | None = None, compounding: bool = True,
                   source: str | None = None) -> dict[str, Any]:
    """Cost each side's proposal (``{"union": ..., "employer": ...}``, either may be None) and
    the gap between them. ``years`` defaults to the longest proposal's span (at least 1)."""
    horizon = years or max([p.years or 1 for p in proposals.values() if p] or [1])
    sides = {s: (cost_proposal(p, roster, horizon, compounding) if p else None)
             for s in SIDES for p in [proposals.get(s)]}
    base = sum(r.payroll for r in roster)
    table = []
    for k in range(horizon):
        row: dict[str, Any] = {"year": k + 1, "base_cost": _money(base)}
        for s in SIDES:
            row[s] = None if sides[s] is None else {
                key: v for key, v in sides[s]["years"][k].items()
                if key not in ("year", "base_cost", "_increase")}
        u, e = sides["union"], sides["employer"]
        row["gap"] = (_money(u["years"][k]["_increase"] - e["years"][k]["_increase"])
                      if u and e else None)
        table.append(row)
    totals: dict[str, Any] = {s: (_money(sum(y["_increase"] for y in sides[s]["years"]))
                                  if sides[s] else None) for s in SIDES}
    totals["gap"] = (_money(sum(y["_increase"] for y in sides["union"]["years"])
                            - sum(y["_increase"] for y in sides["employer"]["years"]))
                     if sides["union"] and sides["employer"] else None)
    for s in SIDES:
        if sides[s]:
            for y in sides[s]["years"]:
                y.pop("_increase")
    return {
        "roster": {"source": source, "classifications": len(roster),
                   "headcount": _count(sum(r.headcount for r in roster)), "base_payroll": _money(base)},
        "horizon_years": horizon,
        "compounding": compounding,
        "years": table,
        "totals": totals,
        "sides": sides,
    }


# --- from a dispute record -----------------------------------------------------------------
def proposal_words(p: Proposal) -> str:
    """A proposal in plain words (see :func:`picketline.timeline.proposal_text`)."""
    from ..timeline import proposal_text

    return proposal_text(p.to_dict()) or "no figure"


def _plain(value: Any) -> Any:
    return value.get("value") if isinstance(value, dict) and "value" in value else value


def _sentence(raw: Any) -> str | None:
    if isinstance(raw, Proposal):
        return raw.evidence.sentence if raw.evidence else None
    srcs = raw.get("sources") or ([raw["evidence"]] if raw.get("evidence") else [])
    return next((s.get("sentence") for s in srcs if isinstance(s, dict) and s.get("sentence")),
                None)


def latest_proposals(proposals: Iterable[Mapping[str, Any] | Proposal]) -> dict[str, Proposal]:
    """The latest proposal per side: the latest ``date`` wins (undated counts as earliest).
    Reports of the same figure on that date are one proposal whose terms are all of theirs
    (one article gives "23% over five years", another on the same day "23% and a 3% bonus":
    23% over 5 years with a 3% bonus); else the one listed last."""
    best: dict[str, tuple[str, int, Proposal]] = {}
    found: list[tuple[int, Proposal]] = []
    for i, raw in enumerate(proposals):
        p = raw if isinstance(raw, Proposal) else Proposal.from_dict(dict(raw))
        if p.side not in SIDES:
            continue
        if p.evidence is None and _sentence(raw):
            p.evidence = Evidence("", 0, 0, _sentence(raw) or "")
        found.append((i, p))
        key = (p.date or "", i)
        if p.side not in best or key >= best[p.side][:2]:
            best[p.side] = (key[0], key[1], p)
    out = {}
    for side, (day, _, p) in best.items():
        merged = Proposal(**{f: getattr(p, f) for f in (
            "side", "general_increase_pct", "years", "hourly_adder", "adder_group",
            "bonus_pct", "eligibility", "date")}, evidence=p.evidence)
        for _, q in found:
            if (q.side == side and (q.date or "") == day and q is not p
                    and q.general_increase_pct == p.general_increase_pct):
                for f in ("years", "hourly_adder", "adder_group", "bonus_pct", "eligibility"):
                    if getattr(merged, f) is None and getattr(q, f) is not None:
                        setattr(merged, f, getattr(q, f))
                        if f == "years" and q.evidence is not None:
                            merged.evidence = q.evidence  # the sentence that gives the term
        out[side] = merged
    return out


def dispute_proposals(dispute: Mapping[str, Any]) -> tuple[dict[str, Proposal], list[str]]:
    """Each side's latest proposal in a dispute record, falling back to the headline
    ``wage_demand_pct`` / ``wage_offer_pct`` when a side has no structured proposal."""
    chosen = latest_proposals(dispute.get("proposals") or [])
    notes = []
    for side, p in chosen.items():
        what = proposal_words(p)
        sent = p.evidence.sentence if p.evidence and p.evidence.sentence else None
        notes.append(f"{side}: costed {what}" + (f' from "{sent}"' if sent else ""))
        if p.general_increase_pct and not p.years:
            notes.append(f"{side}: the term of the {p.general_increase_pct:g}% was not "
                         f"reported: costed as one increase from year 1")
    for side, field in (("union", "wage_demand_pct"), ("employer", "wage_offer_pct")):
        pct = _plain(dispute.get(field))
        if side not in chosen and pct is not None:
            chosen[side] = Proposal(side=side, general_increase_pct=float(pct))
            notes.append(f"{side}: no structured proposal; costed the headline {field} "
                         f"of {float(pct):g}% as a one-step increase")
    return chosen, notes


def cost_dispute(dispute: Mapping[str, Any], roster_rows: Sequence[RosterRow | Mapping[str, Any]],
                 *, years: int | None = None, compounding: bool = True,
                 source: str | None = None) -> dict[str, Any]:
    """Cost a consolidated dispute record's proposals (``proposals``: ``Proposal.to_dict()``
    dicts, the latest per side wins) against a roster (RosterRow objects or row dicts)."""
    roster = (list(roster_rows) if all(isinstance(r, RosterRow) for r in roster_rows)
              else parse_roster(roster_rows, source or "<roster>"))
    if not roster:
        raise RosterError(source or "<roster>", "the roster has no rows")
    chosen, notes = dispute_proposals(dispute)
    out = cost_proposals(chosen, roster, years=years, compounding=compounding, source=source)
    out["dispute"] = {"id": dispute.get("id"), "title": dispute.get("title")}
    out["notes"] = notes + ([] if chosen else ["the dispute has no proposals to cost"])
    return out
