"""A demand-versus-offer chart drawn on the server as inline SVG.

Input is a dispute's ``demand_offer_history``: entries saying who proposed what and when.
Every text that reaches the SVG is escaped; styling is by class (static CSS) and
presentation attributes, so the page needs no inline script or style.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

from markupsafe import Markup, escape

W, H = 460, 250
LEFT, RIGHT, TOP, BOTTOM = 42, 40, 34, 40
SIDES = {"union": "Union demand", "employer": "Employer offer"}
_PCT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)", re.I)


@dataclass(frozen=True)
class Point:
    side: str  # union | employer
    pct: float
    day: date | None
    label: str  # the date as given, for ticks and tooltips


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
            out.append(Point(side, pct, _day(when), str(when or "undated")[:10]))
    out.sort(key=lambda p: (p.day is None, p.day or date.min))  # stable: undated keep order
    return out


def demand_offer_svg(history: list | None) -> Markup | None:
    """The chart as an ``<svg>`` element, or None when the history has nothing to draw."""
    pts = points(history)
    if not pts:
        return None
    dated = all(p.day is not None for p in pts)
    if dated:
        days = [p.day.toordinal() for p in pts]  # type: ignore[union-attr]
        lo, hi = min(days), max(days)
        keys = days
    else:
        lo, hi = 0, len(pts) - 1
        keys = list(range(len(pts)))
    plot_w, plot_h = W - LEFT - RIGHT, H - TOP - BOTTOM

    pad = 24  # keep end points and their labels clear of the axis labels

    def x(k: int) -> float:
        if hi == lo:
            return LEFT + plot_w / 2
        return LEFT + pad + (k - lo) / (hi - lo) * (plot_w - 2 * pad)

    top = max(p.pct for p in pts)
    step = 5 if top <= 40 else 10 if top <= 100 else 10 ** (len(str(int(top))) - 1)
    ymax = max(step, math.ceil(top * 1.15 / step) * step)

    def y(v: float) -> float:
        return TOP + plot_h - v / ymax * plot_h

    el: list[str] = []
    for t in range(0, int(ymax) + 1, int(step)):  # grid and y ticks
        el.append(f'<line class="gridline" x1="{LEFT}" x2="{W - RIGHT}" y1="{y(t):.1f}" y2="{y(t):.1f}"/>')
        el.append(f'<text class="tick" x="{LEFT - 6}" y="{y(t) + 4:.1f}" text-anchor="end">{t}%</text>')
    ticks = {}
    for k, p in zip(keys, pts):
        ticks.setdefault(k, p.label)
    shown = list(ticks.items())
    if len(shown) > 6:
        stride = math.ceil(len(shown) / 6)
        shown = shown[::stride]
    for k, label in shown:
        el.append(f'<text class="tick" x="{x(k):.1f}" y="{H - BOTTOM + 18}" '
                  f'text-anchor="middle">{escape(label)}</text>')
    for side in SIDES:
        mine = [(x(k), y(p.pct), p) for k, p in zip(keys, pts) if p.side == side]
        if not mine:
            continue
        if len(mine) > 1:
            path = " ".join(f"{px:.1f},{py:.1f}" for px, py, _ in mine)
            el.append(f'<polyline class="line {side}" points="{path}" fill="none"/>')
        last = None
        for px, py, p in mine:
            tip = escape(f"{SIDES[side]}: {p.pct:g}% ({p.label})")
            el.append(f'<circle class="dot {side}" cx="{px:.1f}" cy="{py:.1f}" r="5">'
                      f'<title>{tip}</title></circle>')
            if p.pct != last:  # label where the figure changes
                dy = -11 if side == "union" else 20
                el.append(f'<text class="val {side}" x="{px:.1f}" y="{py + dy:.1f}" '
                          f'text-anchor="middle">{p.pct:g}%</text>')
            last = p.pct
    lx = LEFT
    for side, name in SIDES.items():  # legend
        el.append(f'<circle class="key {side}" cx="{lx + 6}" cy="12" r="5"/>'
                  f'<text class="legend" x="{lx + 16}" y="16">{name}</text>')
        lx += 140
    el.append(f'<line class="axis" x1="{LEFT}" x2="{W - RIGHT}" y1="{y(0):.1f}" y2="{y(0):.1f}"/>')
    summary = "; ".join(f"{SIDES[p.side]} {p.pct:g}% on {p.label}" for p in pts)
    return Markup(
        f'<svg class="chart" id="demand-offer-chart" viewBox="0 0 {W} {H}" role="img" '
        f'aria-labelledby="chart-title" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="chart-title">Wage demand versus offer: {escape(summary)}</title>'
        + "".join(el) + "</svg>")
