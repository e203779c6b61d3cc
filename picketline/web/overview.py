"""The front page's overview of the disputes a list's filters select: a map (US disputes by
state, the rest by country, coloured by status, sized by workers), workers on strike month by
month, and disputes by industry and by state or country.

The numbers are computed here from the dispute records; the two charts are drawn here as SVG
(no script needed); the map is drawn in the browser by ``static/overview.js`` with d3-geo and
topojson-client over the us-atlas and world-atlas boundaries, all served from
``static/vendor`` (see scripts/vendor-web.sh), from the data :func:`overview` returns.
"""
from __future__ import annotations

import json
import math
from collections import Counter
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from markupsafe import Markup, escape

ATLAS = Path(__file__).parent / "static" / "vendor" / "atlas"
COUNTRIES = Path(__file__).parents[1] / "data" / "countries.json"

# USPS code -> FIPS code (us-atlas ids)
US_FIPS = {
    "AL": "01", "AK": "02", "AZ": "04", "AR": "05", "CA": "06", "CO": "08", "CT": "09",
    "DE": "10", "DC": "11", "FL": "12", "GA": "13", "HI": "15", "ID": "16", "IL": "17",
    "IN": "18", "IA": "19", "KS": "20", "KY": "21", "LA": "22", "ME": "23", "MD": "24",
    "MA": "25", "MI": "26", "MN": "27", "MS": "28", "MO": "29", "MT": "30", "NE": "31",
    "NV": "32", "NH": "33", "NJ": "34", "NM": "35", "NY": "36", "NC": "37", "ND": "38",
    "OH": "39", "OK": "40", "OR": "41", "PA": "42", "RI": "44", "SC": "45", "SD": "46",
    "TN": "47", "TX": "48", "UT": "49", "VT": "50", "VA": "51", "WA": "53", "WV": "54",
    "WI": "55", "WY": "56", "AS": "60", "GU": "66", "MP": "69", "PR": "72", "VI": "78",
}
# world-atlas names that no country name in data/countries.json matches
_WORLD_NAMES = {"United States of America": "US", "Dem. Rep. Congo": "CD", "Congo": "CG",
                "Central African Rep.": "CF", "S. Sudan": "SS", "Bosnia and Herz.": "BA",
                "Dominican Rep.": "DO", "Eq. Guinea": "GQ", "Solomon Is.": "SB",
                "Falkland Is.": "FK", "Fr. S. Antarctic Lands": "TF", "N. Cyprus": None,
                "Côte d'Ivoire": "CI", "W. Sahara": "EH", "Macedonia": "MK",
                "eSwatini": "SZ", "Timor-Leste": "TL", "Czechia": "CZ", "Russia": "RU",
                "South Korea": "KR", "North Korea": "KP", "Laos": "LA", "Vietnam": "VN",
                "Syria": "SY", "Iran": "IR", "Bolivia": "BO", "Venezuela": "VE",
                "Tanzania": "TZ", "Moldova": "MD", "Taiwan": "TW", "Brunei": "BN",
                "Palestine": "PS", "Kosovo": "XK", "Somaliland": None}
STATUS_ORDER = ("ongoing", "scheduled", "authorized", "threatened", "unconfirmed", "ended",
                "averted")
MAX_MONTHS = 60


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO alpha-2 code -> the country's usual English name."""
    try:
        known = json.loads(COUNTRIES.read_text()).get("countries", {})
    except (OSError, ValueError):
        return {}
    return {code: (v.get("names") or [code])[0] for code, v in known.items()}


@lru_cache(maxsize=1)
def world_ids() -> dict[str, str]:
    """ISO alpha-2 code -> world-atlas feature id (ISO numeric), matched by name."""
    try:
        atlas = json.loads((ATLAS / "countries-110m.json").read_text())
        known = json.loads(COUNTRIES.read_text()).get("countries", {})
    except (OSError, ValueError):
        return {}
    by_name = {n.lower(): code for code, v in known.items() for n in v.get("names") or []}
    out: dict[str, str] = {}
    for g in atlas["objects"]["countries"]["geometries"]:
        name = (g.get("properties") or {}).get("name") or ""
        code = _WORLD_NAMES[name] if name in _WORLD_NAMES else by_name.get(name.lower())
        if code and g.get("id"):
            out.setdefault(code, str(g["id"]))
    return out


def _int(v: Any) -> int | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)) and math.isfinite(v):
        return int(v)
    return None


def _day(v: Any) -> date | None:
    try:
        return date.fromisoformat(str(v)[:10]) if v else None
    except ValueError:
        return None


def place_of(d: dict[str, Any]) -> tuple[str, str, str] | None:
    """(map, feature id, label) where a dispute is drawn: a US state on the US map, else its
    country (the US too when no state is known) on the world map; None when unknown."""
    country = (d.get("country") or "").upper() or None
    state = (d.get("state") or "").upper() or None
    if state in US_FIPS and country in (None, "US", "PR"):
        return "us", US_FIPS[state], state
    if country:
        wid = world_ids().get(country)
        if wid:
            name = "US, no state" if country == "US" else \
                country_names().get(country, country)
            return "world", wid, name
    return None


def _months(first: date, last: date) -> list[date]:
    out, y, m = [], first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append(date(y, m, 1))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out[-MAX_MONTHS:]


def workers_over_time(records: Iterable[dict[str, Any]], today: date | None = None
                      ) -> list[dict[str, Any]]:
    """Workers on strike or locked out in each month: the sum of the participants of every
    strike or lockout under way on some day of that month (start to end; an open one to its
    last report, or today while it is still live)."""
    today = today or date.today()
    spans = []
    for d in records:
        if d.get("action_type") not in ("strike", "lockout"):
            continue
        start, n = _day(d.get("start_date")), _int(d.get("participants"))
        if start is None or not n or start > today:
            continue
        end = _day(d.get("end_date"))
        if end is None:
            live = d.get("status") in ("ongoing",)
            end = today if live else (_day(d.get("last_reported")) or start)
        spans.append((start, max(start, min(end, today)), n))
    if not spans:
        return []
    months = _months(min(s for s, _, _ in spans), max(e for _, e, _ in spans))
    out = []
    for m in months:
        nxt = date(m.year + (m.month == 12), m.month % 12 + 1, 1)
        total = sum(n for s, e, n in spans if s < nxt and e >= m)
        out.append({"month": m.isoformat()[:7], "workers": total})
    return out


def overview(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Everything the overview shows, from the (filtered) dispute records."""
    points, unplaced = [], 0
    by_industry: Counter = Counter()
    by_place: Counter = Counter()
    statuses: Counter = Counter()
    for d in records:
        status = d.get("status") or "unknown"
        statuses[status] += 1
        by_industry[d.get("industry") or "unknown"] += 1
        where = place_of(d)
        if where is None:
            unplaced += 1
        else:
            by_place[where[2]] += 1
            points.append({"id": d["id"], "title": d.get("title") or d["id"],
                           "status": status, "workers": _int(d.get("participants")),
                           "map": where[0], "geo": where[1], "place": where[2]})
    active = [d for d in records if d.get("status") in ("ongoing",)
              and d.get("action_type") in ("strike", "lockout")]
    return {
        "disputes": len(records), "statuses": dict(statuses),
        "on_strike_now": sum(_int(d.get("participants")) or 0 for d in active),
        "actions_now": len(active),
        "points": points, "unplaced": unplaced,
        "by_industry": by_industry.most_common(), "by_place": by_place.most_common(),
        "over_time": workers_over_time(records),
    }


def map_json(data: dict[str, Any]) -> str:
    """The map's data as JSON, for a ``data-points`` attribute (the template escapes it; a
    ``<script type="application/json">`` block would be dropped by htmx, which removes
    every script element from swapped-in results)."""
    return json.dumps({"points": data["points"]}, ensure_ascii=False, separators=(",", ":"))


# --- charts ---------------------------------------------------------------------------------
def _fmt(n: int) -> str:
    return f"{n / 1e6:.1f}M" if n >= 1e6 else f"{n / 1e3:.0f}k" if n >= 10_000 else f"{n:,}"


def bars_svg(items: list[tuple[str, int]], title: str, css_id: str, limit: int = 10,
             href=None) -> Markup | None:
    """A horizontal bar chart of (label, count), biggest first; the rest summed as 'other'."""
    if not items:
        return None
    shown = list(items[:limit])
    if len(items) > limit:
        shown.append(("all others", sum(n for _, n in items[limit:])))
    row, left, width = 26, 150, 360
    top = max(n for _, n in shown) or 1
    h = row * len(shown) + 6
    el = []
    for i, (label, n) in enumerate(shown):
        y = i * row + 3
        w = max(2.0, (width - left - 40) * n / top)
        name = str(label).replace("_", " ")
        text = (f'<text class="blabel" x="{left - 8}" y="{y + 16}" text-anchor="end">'
                f'{escape(name[:22])}</text>')
        link = href(label) if href and label != "all others" else None
        bar = (f'<rect class="bar" x="{left}" y="{y + 3}" width="{w:.1f}" height="{row - 8}" '
               f'rx="3"><title>{escape(name)}: {n}</title></rect>'
               f'<text class="bval" x="{left + w + 6:.1f}" y="{y + 16}">{n}</text>')
        el.append(f'<a href="{escape(link)}">{text}{bar}</a>' if link else text + bar)
    summary = ", ".join(f"{str(k).replace('_', ' ')} {n}" for k, n in shown)
    # links inside: a group of links (an image's children are not interactive)
    role = "group" if href else "img"
    return Markup(f'<svg class="chart bars" id="{css_id}" viewBox="0 0 {width} {h}" role="{role}" '
                  f'aria-label="{escape(title)}: {escape(summary)}" '
                  f'xmlns="http://www.w3.org/2000/svg">' + "".join(el) + "</svg>")


def workers_svg(series: list[dict[str, Any]]) -> Markup | None:
    """Workers on strike month by month, as steps (a month's figure holds for the month)."""
    if not series or not any(s["workers"] for s in series):
        return None
    W, H, L, R, T, B = 520, 190, 52, 12, 12, 34
    pw, ph = W - L - R, H - T - B
    top = max(s["workers"] for s in series)
    mag = 10 ** max(0, len(str(top)) - 1)
    ymax = math.ceil(top / mag) * mag
    n = len(series)
    bw = pw / n

    def y(v: float) -> float:
        return T + ph - v / ymax * ph

    el = []
    for t in (0, ymax / 2, ymax):
        el.append(f'<line class="gridline" x1="{L}" x2="{W - R}" y1="{y(t):.1f}" y2="{y(t):.1f}"/>'
                  f'<text class="tick" x="{L - 6}" y="{y(t) + 4:.1f}" text-anchor="end">'
                  f'{_fmt(int(t))}</text>')
    pts = []
    for i, s in enumerate(series):
        x0, x1 = L + i * bw, L + (i + 1) * bw
        pts += [f"{x0:.1f},{y(s['workers']):.1f}", f"{x1:.1f},{y(s['workers']):.1f}"]
        el.append(f'<rect class="hover" x="{x0:.1f}" y="{T}" width="{bw:.1f}" height="{ph}">'
                  f'<title>{s["month"]}: {s["workers"]:,} workers</title></rect>')
    area = f"{L},{y(0):.1f} " + " ".join(pts) + f" {L + pw:.1f},{y(0):.1f}"
    el.insert(0, f'<polygon class="area" points="{area}"/>')
    el.append(f'<polyline class="line workers" fill="none" points="{" ".join(pts)}"/>')
    # at most 6 month labels, evenly spaced, never overlapping (each ~56 px wide)
    step = max(1, math.ceil(n / max(1, min(6, pw // 64))))
    for i in range(0, n, step):
        el.append(f'<text class="tick" x="{L + i * bw + bw / 2:.1f}" y="{H - B + 18}" '
                  f'text-anchor="middle">{series[i]["month"]}</text>')
    el.append(f'<line class="axis" x1="{L}" x2="{W - R}" y1="{y(0):.1f}" y2="{y(0):.1f}"/>')
    peak = max(series, key=lambda s: s["workers"])
    label = (f"Workers on strike or locked out by month, {series[0]['month']} to "
             f"{series[-1]['month']}; peak {peak['workers']:,} in {peak['month']}")
    return Markup(f'<svg class="chart workers" id="workers-chart" viewBox="0 0 {W} {H}" '
                  f'role="img" aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">'
                  + "".join(el) + "</svg>")


def status_legend(statuses: dict[str, int]) -> list[tuple[str, int]]:
    return [(s, statuses[s]) for s in STATUS_ORDER if statuses.get(s)] + \
        [(s, n) for s, n in statuses.items() if s not in STATUS_ORDER and n]


