"""The front page's overview (picketline.web.overview) and the demand-vs-offer chart
(picketline.web.chart): numbers and shapes checked on records we write here, and the
overview on the real app following the list's filters (issue 15)."""
from __future__ import annotations

import json
import re
from html import unescape
from datetime import date

import pytest
from fastapi.testclient import TestClient

from picketline.store import Store
from picketline.web import create_app
from picketline.web.chart import _place_labels, _thin_ticks, demand_offer_svg, points
from picketline.web.overview import bars_svg, overview, place_of, workers_over_time, workers_svg
from test_api import TOKEN, build_fixture


def _rec(id, **kw):
    return {"id": id, "title": id.title(), **kw}


# --- overview numbers -------------------------------------------------------------------------
def test_places_us_states_on_the_us_map_and_the_rest_by_country():
    assert place_of({"state": "CA", "country": "US"}) == ("us", "06", "CA")
    assert place_of({"state": "ca", "country": None}) == ("us", "06", "CA")
    assert place_of({"state": None, "country": "GB"}) == ("world", "826", "United Kingdom")
    # a US dispute with no state is placed on the world map, named as such
    assert place_of({"state": None, "country": "US"}) == ("world", "840", "US, no state")
    # a Canadian province code is not a US state (CA the province code is a country here)
    assert place_of({"state": "ON", "country": "CA"})[:2] == ("world", "124")
    assert place_of({"state": None, "country": None}) is None


def test_workers_over_time_counts_each_strike_in_every_month_it_runs():
    recs = [_rec("a", action_type="strike", start_date="2024-01-20", end_date="2024-03-02",
                 participants=100, status="ended"),
            _rec("b", action_type="lockout", start_date="2024-02-10", end_date=None,
                 last_reported="2024-02-20", participants=50, status="unconfirmed"),
            _rec("c", action_type="protest", start_date="2024-02-01", participants=999),
            _rec("d", action_type="strike", start_date="2024-02-01", participants=None)]
    got = workers_over_time(recs, today=date(2024, 6, 1))
    assert got == [{"month": "2024-01", "workers": 100}, {"month": "2024-02", "workers": 150},
                   {"month": "2024-03", "workers": 100}]
    # an ongoing one runs to today
    live = [_rec("e", action_type="strike", start_date="2024-05-30", participants=7,
                 status="ongoing")]
    assert [m["month"] for m in workers_over_time(live, today=date(2024, 7, 3))] == [
        "2024-05", "2024-06", "2024-07"]
    assert workers_over_time([], today=date(2024, 1, 1)) == []


def test_overview_totals_points_and_breakdowns():
    recs = [_rec("a", status="ongoing", action_type="strike", participants=300, state="WA",
                 country="US", industry="health_care", start_date="2024-01-02"),
            _rec("b", status="ended", action_type="strike", participants=40, state="WA",
                 country="US", industry="health_care", start_date="2023-01-02",
                 end_date="2023-01-03"),
            _rec("c", status="ongoing", action_type="protest", participants=10, country="FR",
                 industry="transportation"),
            _rec("d", status="threatened", action_type="strike")]
    ov = overview(recs)
    assert ov["disputes"] == 4 and ov["unplaced"] == 1
    assert ov["on_strike_now"] == 300 and ov["actions_now"] == 1  # protests are not strikes
    assert {(p["id"], p["map"], p["status"], p["workers"]) for p in ov["points"]} == {
        ("a", "us", "ongoing", 300), ("b", "us", "ended", 40), ("c", "world", "ongoing", 10)}
    assert ov["by_industry"][0] == ("health_care", 2)
    assert ov["by_place"][0] == ("WA", 2) and ("France", 1) in ov["by_place"]


def test_bar_and_workers_charts_are_labelled_svg():
    svg = str(bars_svg([("health_care", 5), ("<b>x</b>", 1)], "By industry", "ind",
                       href=lambda k: f"/disputes?industry={k}"))
    assert svg.count('class="bar"') == 2 and "&lt;b&gt;" in svg and "<b>" not in svg
    assert 'role="group"' in svg and 'href="/disputes?industry=health_care"' in svg
    assert 'aria-label="By industry: health care 5, &lt;b&gt;x&lt;/b&gt; 1"' in svg
    assert bars_svg([], "t", "i") is None
    many = str(bars_svg([(f"s{i}", 20 - i) for i in range(15)], "t", "i", limit=10))
    assert many.count('class="bar"') == 11 and "all others" in many
    w = str(workers_svg([{"month": "2024-01", "workers": 100}, {"month": "2024-02", "workers": 0}]))
    assert 'id="workers-chart"' in w and "peak 100 in 2024-01" in w
    assert workers_svg([{"month": "2024-01", "workers": 0}]) is None


# --- the chart -----------------------------------------------------------------------------------
HIST = [{"date": "2025-01-15", "side": "employer", "pct": 10.5, "years": 3,
         "reported": ["2025-01-15", "2025-02-20"]},
        {"date": "2025-01-15", "side": "union", "pct": 16.0, "years": 3,
         "reported": ["2025-01-15", "2025-02-20"]},
        {"date": "2025-03-04", "side": "employer", "pct": 12.0, "years": 3},
        {"date": "2025-03-04", "side": "union", "pct": 15.0},
        {"date": "2025-03-06", "side": "employer", "pct": 13.5, "years": 3, "corrected": True}]
DISPUTE = {"action_type": "strike", "start_date": "2025-03-03", "end_date": "2025-03-05",
           "timeline": [{"kind": "tentative_agreement", "date": "2025-03-05"}]}


def _boxes(svg: str, cls: str) -> list[tuple[float, float, str]]:
    return [(float(x), float(y), t) for x, y, t in re.findall(
        rf'<text class="{cls}" x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)</text>', svg)]


def test_chart_draws_steps_with_terms_strike_days_and_settlement():
    svg = str(demand_offer_svg(HIST, DISPUTE))
    paths = re.findall(r'<path class="line (\w+)" d="([^"]+)"', svg)
    assert {side for side, _ in paths} == {"union", "employer"}
    for _, d in paths:  # a proposal stands until it changes: flat, then a jump
        cmds = re.findall(r"[A-Za-z]", d)
        assert cmds[0] == "M" and set(cmds[1:]) <= {"H", "V"} and "V" in cmds, d
    vals = [t for _, _, t in _boxes(svg, r"val \w+")]
    assert "16% / 3 yr" in vals and "15%" in vals and "10.5% / 3 yr" in vals
    assert "13.5% / 3 yr ✎" in vals  # a reviewer's correction is marked
    assert "corrected by a reviewer" in svg
    assert svg.count('class="strike-band"') == 1 and ">strike</text>" in svg
    assert 'class="settled"' in svg and ">tentative agreement</text>" in svg
    assert "strike 2025-03-03 to 2025-03-05" in svg  # in the accessible summary too
    # repeated reports of one proposal: a dot each, one label
    assert svg.count('class="dot union"') == 3 and vals.count("16% / 3 yr") == 1


def test_chart_labels_and_ticks_never_overlap():
    # three proposals a day or two apart: once drawn as an unreadable blob of dates
    hist = [{"date": f"2025-02-{d:02d}", "side": s, "pct": p} for d, s, p in
            [(20, "union", 15), (20, "employer", 12), (21, "employer", 12.5),
             (22, "union", 14), (23, "employer", 13.5), (24, "union", 13.6)]]
    svg = str(demand_offer_svg(hist, None))
    ticks = _boxes(svg, "tick")
    xs = sorted(x for x, y, t in ticks if t.startswith("2025"))
    assert all(b - a >= 72 for a, b in zip(xs, xs[1:])), xs
    vals = _boxes(svg, r"val \w+")
    for i, (x1, y1, t1) in enumerate(vals):
        for x2, y2, t2 in vals[i + 1:]:
            w = (len(t1) + len(t2)) * 7.6 / 2 + 4
            assert abs(x1 - x2) >= w or abs(y1 - y2) >= 16, (t1, t2)


def test_label_placement_and_tick_thinning_helpers():
    placed = _place_labels([(100, 100, "12%", "union", -10), (102, 100, "12.5%", "employer", -10),
                            (104, 100, "13%", "union", -10)], 0, 300)
    ys = [y for _, y, _, _ in placed]
    assert len(set(ys)) == 3  # stacked apart, not drawn over each other
    assert _thin_ticks([(50, "a"), (60, "b"), (300, "c"), (310, "d")]) == [(50, "a"), (310, "d")]


def test_chart_points_keep_their_terms():
    pts = points(HIST)
    assert [(p.side, p.pct, p.years) for p in pts][:2] == [("employer", 10.5, 3.0),
                                                           ("union", 16.0, 3.0)]


# --- the overview on the page, following the filters ------------------------------------------------
@pytest.fixture
def client(tmp_path, monkeypatch):
    monkeypatch.setenv("PICKETLINE_HOME", str(tmp_path / "home"))
    url = f"sqlite:///{tmp_path / 'ov.db'}"
    st = Store(url)
    try:
        ids = build_fixture(st)
    finally:
        st.close()
    with TestClient(create_app(url, token=TOKEN)) as c:
        yield c, ids


def _map_data(html: str) -> dict:
    m = re.search(r'<div id="overview-data" hidden data-points="([^"]*)"', html)
    assert m, "no overview data on the page"
    return json.loads(unescape(m.group(1)))


def test_front_page_overview_follows_the_filters_and_ships_no_inline_script(client):
    c, ids = client
    every = c.get("/disputes?status=").text
    pts = _map_data(every)["points"]
    assert {p["id"] for p in pts} <= set(ids.values()) and pts
    assert 'id="overview-map"' in every and 'src="/static/overview.js"' in every
    assert 'src="/static/vendor/d3-geo.min.js"' in every
    # the only script elements are external files (htmx would drop any other from a swap)
    for tag in re.findall(r"<script[^>]*>", every):
        assert "src=" in tag, tag
    mn = c.get("/disputes?status=&state=MN").text
    assert [p["id"] for p in _map_data(mn)["points"]] == [ids["nurses"]]
    assert "Overview of this dispute" in mn
    # hostile titles stay inert: escaped inside the attribute, intact once parsed
    raw = every.split('id="overview-data"')[1].split(">")[0]
    assert "<" not in raw and '"' not in raw.split('data-points="')[1].rstrip('"')
    # page 2 of a long list does not rebuild the overview
    assert c.get("/disputes?status=&page=2").status_code == 200


def test_pager_labels_follow_the_sort(client):
    c, _ = client
    from picketline.web import pages

    old = pages.PER_PAGE
    pages.PER_PAGE = 1
    try:
        by_title = c.get("/disputes?status=&sort=title&order=asc").text
        assert "Next ›" in by_title and "Older" not in by_title
        by_date = c.get("/disputes?status=&sort=start_date&order=desc").text
        assert "Older ›" in by_date
    finally:
        pages.PER_PAGE = old
