"""A demand-versus-offer chart drawn on the server as inline SVG.

Input is a dispute's ``demand_offer_history`` (who proposed what and when) and, optionally,
the dispute record itself for context. Each side's proposal is drawn as steps: a proposal
stands until the same side changes it, so the line is flat between reports and jumps at a
change (no slope suggesting movement that never happened); the last one runs on to the
settlement or the end of the axis. Labels say the figure with its term ("13.5% / 3 yr") where
it changes and are moved apart so that none overlaps another; date ticks are thinned so that
none overlaps either. Strike (or lockout) days are shaded and a tentative agreement or
ratification is marked. A value a reviewer corrected is drawn as corrected.

Hand-built rather than a charting library: the page keeps its strict CSP with no script, the
chart prints and reads without JavaScript, and the shapes needed (steps, bands, a rule, a
few labels) are a few lines of SVG. Every text that reaches the SVG is escaped; styling is by
class (static CSS) and presentation attributes.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from markupsafe import Markup, escape

W, H = 360, 260
LEFT, RIGHT, TOP, BOTTOM = 40, 14, 46, 34
SIDES = {"union": "Union demand", "employer": "Employer offer"}
CHAR_W = 7.6  # width of one character of a value label (14 px bold), in SVG units
TICK_W = 72   # width of a date tick label "2025-03-04" (12.5 px)
_PCT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)", re.I)
SETTLED = ("tentative_agreement", "ratification", "agreement", "settlement")


@dataclass(frozen=True)
class Point:
    side: str  # union | employer
    pct: float
    day: date | None
    label: str  # the date as given, for ticks and tooltips
    years: float | None = None
    corrected: bool = field(default=False, compare=False)


def _pct(entry: dict) -> float | None:
    for key in ("pct", "value", "general_increase_pct", "percent", "wage_pct"):
        v = entry.get(key)
        if isinstance(v, dict):
            v = v.get("general_increase_pct", v.get("value"))
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return float(v)
        if isinstance(v, str):
            try:
                return float(v.rstrip("% "))
            except ValueError:
                pass
    m = _PCT.search(str(entry.get("detail") or ""))
    return float(m.group(1)) if m else None


def _side(entry: dict) -> str | None:
    side = str(entry.get("side") or entry.get("who") or "").lower()
    if side in SIDES:
        return side
    kind = str(entry.get("kind") or entry.get("type") or "").lower()
    return {"demand": "union", "offer": "employer"}.get(kind)


def _day(value) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _years(entry: dict) -> float | None:
    y = entry.get("years")
    return float(y) if isinstance(y, (int, float)) and not isinstance(y, bool) and y > 0 \
        else None


def points(history: list | None) -> list[Point]:
    """The chartable entries of a demand/offer history, oldest first, undated last."""
    out: list[Point] = []
    for e in history or []:
        if not isinstance(e, dict):
            continue
        side, pct = _side(e), _pct(e)
        if side is None or pct is None or not math.isfinite(pct):
            continue
        # a proposal reported again later is still on the table then: one point per report
        dates = [r for r in e.get("reported") or [] if r] or [e.get("date")]
        for when in dict.fromkeys(dates):
            out.append(Point(side, pct, _day(when), str(when or "undated")[:10], _years(e),
                             bool(e.get("corrected"))))
    out.sort(key=lambda p: (p.day is None, p.day or date.min))  # stable: undated keep order
    return out


def term_label(p: Point) -> str:
    """The figure with its term: "13.5% / 3 yr"."""
    return f"{p.pct:g}%" + (f" / {p.years:g} yr" if p.years else "")


def _bands(d: dict[str, Any] | None) -> list[tuple[date, date]]:
    """The days of strike or lockout (each wave), from the dispute record."""
    if not isinstance(d, dict) or d.get("action_type") not in ("strike", "lockout"):
        return []
    out = []
    for w in d.get("waves") or [{"start": d.get("start_date"), "end": d.get("end_date")}]:
        if not isinstance(w, dict):
            continue
        s, e = _day(w.get("start")), _day(w.get("end"))
        if s is not None:
            out.append((s, e if e is not None and e >= s else s))
    return out


def _settled(d: dict[str, Any] | None) -> tuple[date, str] | None:
    if not isinstance(d, dict):
        return None
    for e in d.get("timeline") or []:
        if isinstance(e, dict) and e.get("kind") in SETTLED and _day(e.get("date")):
            return _day(e["date"]), str(e["kind"]).replace("_", " ")  # type: ignore[return-value]
    return None


def _place_labels(wanted: list[tuple[float, float, str, str, float]], lo: float, hi: float,
                  fixed: list[tuple[float, float, float, float]] | None = None
                  ) -> list[tuple[float, float, str, str]]:
    """Place text labels (x, y, text, side, preferred dy) so that no two overlap, nor any of
    the ``fixed`` boxes (x0, y0, x1, y1): each tries its preferred spot, then further above
    or below, then below everything placed."""
    placed: list[tuple[float, float, float, float]] = list(fixed or [])
    out = []
    for x, y, text, side, dy in wanted:
        w, h = len(text) * CHAR_W + 4, 16
        x0 = min(max(x - w / 2, LEFT + 2), W - RIGHT - w)
        sign = -1 if dy < 0 else 1
        tries = [dy + sign * k * 15 for k in range(4)] + [-dy - sign * k * 15 for k in range(4)]
        best = None
        for t in tries:
            ty = y + t
            box = (x0, ty - h + 4, x0 + w, ty + 4)
            if box[1] < lo or box[3] > hi:
                continue
            if not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3]
                       for b in placed):
                best = (ty, box)
                break
        if best is None:  # nowhere free nearby: below everything placed so far
            ty = max([b[3] for b in placed] + [y]) + h
            best = (min(ty, hi - 4), (x0, ty - h + 4, x0 + w, ty + 4))
        placed.append(best[1])
        out.append((x0 + w / 2, best[0], text, side))
    return out


def _thin_ticks(ticks: list[tuple[float, str]]) -> list[tuple[float, str]]:
    """Date ticks with none overlapping: left to right, a tick too close to the one before
    is dropped; the last one is kept (in place of its neighbour if need be)."""
    ticks = sorted(ticks)
    kept: list[tuple[float, str]] = []
    for x, label in ticks:
        if not kept or x - kept[-1][0] >= TICK_W + 6:
            kept.append((x, label))
    if ticks and kept[-1] != ticks[-1]:
        if len(kept) > 1 and ticks[-1][0] - kept[-2][0] >= TICK_W + 6:
            kept[-1] = ticks[-1]
    return kept


def demand_offer_svg(history: list | None, dispute: dict[str, Any] | None = None
                     ) -> Markup | None:
    """The chart as an ``<svg>`` element, or None when the history has nothing to draw."""
    pts = points(history)
    if not pts:
        return None
    dated = all(p.day is not None for p in pts)
    bands = _bands(dispute) if dated else []
    settled = _settled(dispute) if dated else None
    if dated:
        keys = [p.day.toordinal() for p in pts]  # type: ignore[union-attr]
        span = keys + [d.toordinal() for b in bands for d in b]
        if settled:
            span.append(settled[0].toordinal())
        lo, hi = min(span), max(span) + 1  # the last day runs to its end
        if hi - lo < 6:  # a few days: give the steps room
            lo, hi = lo - 2, hi + 2
    else:
        keys = list(range(len(pts)))
        lo, hi = -0.5, len(pts) - 0.5
    plot_w, plot_h = W - LEFT - RIGHT, H - TOP - BOTTOM

    def x(k: float) -> float:
        return LEFT + (k - lo) / (hi - lo) * plot_w

    top = max(p.pct for p in pts)
    step = 5 if top <= 40 else 10 if top <= 100 else 10 ** (len(str(int(top))) - 1)
    ymax = max(step, math.ceil(top * 1.25 / step) * step)

    def y(v: float) -> float:
        return TOP + plot_h - v / ymax * plot_h

    el: list[str] = []
    for s, e in bands:  # strike days first, under everything
        x0, x1 = x(s.toordinal()), x(e.toordinal() + 1)
        el.append(f'<rect class="strike-band" x="{x0:.1f}" y="{TOP}" width="{max(2.0, x1 - x0):.1f}" '
                  f'height="{plot_h}"><title>{escape(f"strike {s} to {e}")}</title></rect>')
    fixed: list[tuple[float, float, float, float]] = []  # boxes value labels keep clear of
    if bands:  # "strike" at the foot of the first band, inside the plot
        s0 = bands[0][0]
        word = "lockout" if (dispute or {}).get("action_type") == "lockout" else "strike"
        bx = min(max(x(s0.toordinal()) + 2, LEFT + 2), W - RIGHT - len(word) * 7 - 2)
        el.append(f'<text class="band-label" x="{bx:.1f}" y="{TOP + plot_h - 5}">{word}</text>')
        fixed.append((bx, TOP + plot_h - 17, bx + len(word) * 7, TOP + plot_h))
    for t in range(0, int(ymax) + 1, int(step)):  # grid and y ticks
        el.append(f'<line class="gridline" x1="{LEFT}" x2="{W - RIGHT}" y1="{y(t):.1f}" y2="{y(t):.1f}"/>')
        el.append(f'<text class="tick" x="{LEFT - 5}" y="{y(t) + 4:.1f}" text-anchor="end">{t}%</text>')
    end_x = x(settled[0].toordinal()) if settled else x(hi)
    if settled:
        sx = end_x
        el.append(f'<line class="settled" x1="{sx:.1f}" x2="{sx:.1f}" y1="{TOP}" y2="{TOP + plot_h}"/>')
        tw = len(settled[1]) * 6.6
        anchor = "end" if sx > W - RIGHT - tw else "start"
        tx = sx - 3 if anchor == "end" else sx + 3
        el.append(f'<text class="settled-label" x="{tx:.1f}" y="{TOP - 6}" '
                  f'text-anchor="{anchor}">{escape(settled[1])}</text>')
        x0 = tx - tw if anchor == "end" else tx
        fixed.append((x0, TOP - 18, x0 + tw, TOP - 2))
    # x ticks: the days something changed (and the first), thinned so none overlaps
    ticks: dict[float, str] = {}
    for k, p in zip(keys, pts):
        ticks.setdefault(x(k + 0.5) if dated and hi - lo < 40 else x(k), p.label)
    half = TICK_W / 2
    clamped = {min(max(tx, LEFT + half), W - half): label for tx, label in ticks.items()}
    for tx, label in _thin_ticks(list(clamped.items())):
        el.append(f'<text class="tick" x="{tx:.1f}" y="{H - BOTTOM + 18}" '
                  f'text-anchor="middle">{escape(label)}</text>')
    wanted = []
    for side in SIDES:
        mine = [(x(k), y(p.pct), p) for k, p in zip(keys, pts) if p.side == side]
        if not mine:
            continue
        # steps: flat until the next report of the same side, then up or down
        d = [f"M{mine[0][0]:.1f},{mine[0][1]:.1f}"]
        for (_, py0, _), (px1, py1, _) in zip(mine, mine[1:]):
            d.append(f"H{px1:.1f}")
            if py1 != py0:
                d.append(f"V{py1:.1f}")
        last_x = mine[-1][0]
        run_to = end_x if end_x > last_x else last_x
        if dated and run_to > last_x:
            d.append(f"H{run_to:.1f}")
        el.append(f'<path class="line {side}" d="{" ".join(d)}" fill="none"/>')
        last = None
        for px, py, p in mine:
            tip = f"{SIDES[side]}: {term_label(p)} ({p.label})" + (
                " — corrected by a reviewer" if p.corrected else "")
            el.append(f'<circle class="dot {side}" cx="{px:.1f}" cy="{py:.1f}" '
                      f'r="{5 if (p.pct, p.years) != last else 3.5}">'
                      f'<title>{escape(tip)}</title></circle>')
            if (p.pct, p.years) != last:  # label where the figure or its term changes
                text = term_label(p) + (" ✎" if p.corrected else "")
                wanted.append((px, py, text, side, -10.0 if side == "union" else 20.0))
            last = (p.pct, p.years)
    for lx, ly, text, side in _place_labels(sorted(wanted, key=lambda w: w[0]), 20, H - BOTTOM,
                                            fixed):
        el.append(f'<text class="val {side}" x="{lx:.1f}" y="{ly:.1f}" '
                  f'text-anchor="middle">{escape(text)}</text>')
    lx = LEFT
    for side, name in SIDES.items():  # legend
        el.append(f'<circle class="key {side}" cx="{lx + 6}" cy="10" r="5"/>'
                  f'<text class="legend" x="{lx + 15}" y="14">{name}</text>')
        lx += 140
    el.append(f'<line class="axis" x1="{LEFT}" x2="{W - RIGHT}" y1="{y(0):.1f}" y2="{y(0):.1f}"/>')
    summary = "; ".join(f"{SIDES[p.side]} {term_label(p)} on {p.label}"
                        + (" (corrected)" if p.corrected else "") for p in pts)
    if bands:
        summary += "; " + "; ".join(f"strike {s} to {e}" for s, e in bands)
    if settled:
        summary += f"; {settled[1]} {settled[0]}"
    return Markup(
        f'<svg class="chart" id="demand-offer-chart" viewBox="0 0 {W} {H}" role="img" '
        f'aria-labelledby="chart-title" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="chart-title">Wage demand versus offer: {escape(summary)}</title>'
        + "".join(el) + "</svg>")


