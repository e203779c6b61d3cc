"""The dashboard people open (issue 15), in real Chromium at desktop (1366x900) and phone
(390x844) widths, over the bundled sample corpus (and the seed articles when ../shared is
beside the checkout) ingested by the real pipeline:

- the front page's map renders a circle for every placed dispute, with the overview charts;
- the demand-vs-offer chart is drawn as steps, its labels and ticks never overlap;
- on a phone the list is cards and no page scrolls sideways;
- a review round trip: merge picked from the suggestions or a search, previewed, confirmed;
  the merged-away id redirects; a split asks for confirmation;
- Back restores the filter form;
- axe-core (vendored from npm by scripts/vendor-web.sh, injected by the test) finds no
  serious or critical violation on the front page, a dispute page, an article page and /docs.

Screenshots go to test-artifacts/dashboard-*.png.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from picketline.store import Store
from picketline.web import create_app
from test_api import TOKEN
from support import WebServer as _Server
from test_web_e2e import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, SEEDS, _need_chromium

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "picketline" / "data" / "sample"
AXE = ROOT / "build" / "web" / "node_modules" / "axe-core" / "axe.min.js"
VIEWPORTS = {"desktop": {"width": 1366, "height": 900}, "phone": {"width": 390, "height": 844}}


@pytest.fixture(scope="module")
def sample_site(tmp_path_factory):
    _need_chromium()
    from picketline.pipeline import run_ingest

    tmp = tmp_path_factory.mktemp("dashboard")
    url = f"sqlite:///{tmp / 'sample.db'}"
    st = Store(url)
    paths = [SAMPLE] + ([SEEDS] if SEEDS.is_dir() else [])
    run_ingest(paths, st)
    disputes = st.disputes(limit=None)
    st.close()
    assert len(disputes) >= 3, "the sample made too few disputes"
    with _Server(create_app(url, token=TOKEN)) as server:
        yield server, disputes


@pytest.fixture(scope="module")
def browser():
    _need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


def _page(browser, kind: str, **kw):
    ctx = browser.new_context(viewport=VIEWPORTS[kind], is_mobile=kind == "phone",
                              has_touch=kind == "phone", **kw)
    pg = ctx.new_page()
    pg.set_default_timeout(20_000)
    errors: list[str] = []
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.console_errors = errors  # type: ignore[attr-defined]
    return ctx, pg


def _no_sideways_scroll(pg) -> None:
    width, inner = pg.evaluate("[document.scrollingElement.scrollWidth, innerWidth]")
    assert width <= inner, f"{pg.url}: the page is {width} px wide in a {inner} px window"


def _shot(pg, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"dashboard-{name}.png"), full_page=True)


def _overlaps(boxes: list[dict]) -> list[tuple]:
    out = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if (a["x"] < b["x"] + b["width"] - 0.5 and b["x"] < a["x"] + a["width"] - 0.5
                    and a["y"] < b["y"] + b["height"] - 0.5 and b["y"] < a["y"] + a["height"] - 0.5):
                out.append((a["text"], b["text"]))
    return out


BOXES = """sel => [...document.querySelectorAll(sel)].map(e => {
  const r = e.getBoundingClientRect();
  return {x: r.x, y: r.y, width: r.width, height: r.height, text: e.textContent};
})"""


def _charted(disputes: list[dict]) -> dict:
    """The dispute with the longest demand/offer history (the chart's hardest case)."""
    return max(disputes, key=lambda d: len(d.get("demand_offer_history") or []))


@pytest.mark.parametrize("kind", ["desktop", "phone"])
def test_front_page_map_charts_and_cards(sample_site, browser, kind):
    from playwright.sync_api import expect

    server, disputes = sample_site
    ctx, pg = _page(browser, kind)
    pg.goto(server.url + "/disputes?status=")
    expect(pg.locator("#overview-map.drawn")).to_have_count(1)
    data = json.loads(pg.locator("#overview-data").get_attribute("data-points"))
    placed = data["points"]
    assert placed, "no dispute of the sample has a place"
    # one circle per placed dispute, each a link to its dispute, coloured by its status
    dots = pg.locator("#overview-map circle.dot")
    expect(dots).to_have_count(len(placed))
    for p in placed:
        dot = pg.locator(f'#overview-map circle.dot[data-id="{p["id"]}"]')
        assert f"st-{p['status']}" in dot.get_attribute("class")
        assert dot.is_visible()
    href = pg.locator("#overview-map a.dot-link").first.get_attribute("href")
    assert href.startswith("/disputes/")
    us = [p for p in placed if p["map"] == "us"]
    if us:  # states drawn from the vendored us-atlas
        assert pg.locator("#map-us path.area").count() >= 50
        assert pg.locator("#map-us path.area.has").count() == len({p["geo"] for p in us})
    # a bigger dispute gets a bigger circle
    sized = sorted((p for p in placed if p["workers"]), key=lambda p: p["workers"])
    if len(sized) >= 2 and sized[0]["workers"] < sized[-1]["workers"]:
        r = [float(pg.locator(f'circle.dot[data-id="{p["id"]}"]').get_attribute("r"))
             for p in (sized[0], sized[-1])]
        assert r[0] < r[1]
    assert pg.locator("svg#industry-chart rect.bar").count() >= 1
    assert pg.locator("svg#place-chart rect.bar").count() >= 1
    # the list: every dispute, as table rows on a desktop and as cards on a phone
    rows = pg.locator("#dispute-table tbody tr")
    assert rows.count() == min(len(disputes), 25)
    display = rows.first.evaluate("e => getComputedStyle(e).display")
    if kind == "phone":
        assert display == "flex"
        assert pg.locator("#dispute-table thead th.opt").first.is_hidden()
        box = rows.first.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390
        # tap targets of at least 24 px: status chips and sort links
        for sel in (".counts a.chip", "#dispute-table thead a"):
            heights = pg.locator(sel).evaluate_all(
                "es => es.filter(e => e.offsetParent).map(e => e.getBoundingClientRect().height)")
            assert heights and min(heights) >= 24, (sel, heights)
    else:
        assert display == "table-row"
    _no_sideways_scroll(pg)
    _shot(pg, f"front-{kind}")
    assert pg.console_errors == []  # type: ignore[attr-defined]
    ctx.close()


@pytest.mark.parametrize("kind", ["desktop", "phone"])
def test_demand_offer_chart_is_steps_with_readable_labels(sample_site, browser, kind):
    server, disputes = sample_site
    d = _charted(disputes)
    assert len(d.get("demand_offer_history") or []) >= 2, "no demand/offer history in the sample"
    ctx, pg = _page(browser, kind)
    pg.goto(f"{server.url}/disputes/{d['id']}")
    chart = pg.locator("svg#demand-offer-chart")
    assert chart.is_visible()
    paths = chart.locator("path.line").evaluate_all("es => es.map(e => e.getAttribute('d'))")
    assert paths
    for path in paths:  # steps: moves along one axis at a time, never a slope
        cmds = re.findall(r"[A-Za-z]", path)
        assert cmds[0] == "M" and set(cmds[1:]) <= {"H", "V"}, path
    labels = pg.evaluate(BOXES, "svg#demand-offer-chart text.val")
    assert labels and not _overlaps(labels), _overlaps(labels)
    ticks = pg.evaluate(BOXES, "svg#demand-offer-chart text.tick")
    assert not _overlaps(ticks), _overlaps(ticks)
    svg_box = chart.bounding_box()
    for t in labels + ticks:  # inside the chart, and legible on a phone
        assert svg_box["x"] - 1 <= t["x"] and t["x"] + t["width"] <= svg_box["x"] + svg_box["width"] + 1
    sizes = chart.locator("text.tick, text.val").evaluate_all(
        "es => es.map(e => e.getBoundingClientRect().height)")
    assert min(sizes) >= 10, sizes
    if (d.get("action_type") in ("strike", "lockout")) and d.get("start_date"):
        assert chart.locator("rect.strike-band").count() >= 1
    _no_sideways_scroll(pg)
    _shot(pg, f"dispute-{kind}")
    assert pg.console_errors == []  # type: ignore[attr-defined]
    ctx.close()


def _login(pg, base: str, next_path: str) -> None:
    pg.goto(f"{base}/login?next={next_path}")
    pg.fill("input[name=name]", "Rosa Tester")
    pg.fill("input[name=token]", TOKEN)
    pg.click("form.stack button")
    pg.wait_for_url(f"**{next_path}")


@pytest.mark.parametrize("kind", ["desktop", "phone"])
def test_pages_never_scroll_sideways_even_after_review(sample_site, browser, kind):
    server, disputes = sample_site
    ctx, pg = _page(browser, kind)
    d = _charted(disputes)
    _login(pg, server.url, f"/disputes/{d['id']}")
    # a correction puts a row in the review history (defect 6: it made phones scroll)
    pg.click('[data-action="confirm-participants"]')
    pg.wait_for_url(f"**/disputes/{d['id']}#fact-participants")
    assert pg.locator("#audit tbody tr").count() >= 1
    for path in ("/", "/disputes?status=", f"/disputes/{d['id']}", "/articles",
                 f"/articles/{d['article_ids'][0]}", "/docs"):
        pg.goto(server.url + path)
        pg.wait_for_load_state("networkidle")
        _no_sideways_scroll(pg)
    ctx.close()


def test_review_round_trip_merge_with_preview_then_redirect(sample_site, browser):
    server, disputes = sample_site
    ctx, pg = _page(browser, "desktop")
    ids = [x["id"] for x in disputes]
    keep, other = ids[0], ids[1]
    other_title = next(x for x in disputes if x["id"] == other).get("title") or other
    _login(pg, server.url, f"/disputes/{keep}")
    # pick it from a search (by a word of its title), never by typing a raw id from memory
    word = max(re.findall(r"[A-Za-z]{4,}", other_title) or [other], key=len)
    pg.fill("#merge-find", word)
    pg.click("#merge form button")
    pg.wait_for_url(f"**/disputes/{keep}/merge?q=*")
    pg.click(f'#merge-results a[href*="other={other}"]')
    pg.wait_for_url(f"**/disputes/{keep}/merge?other=*")
    preview = pg.locator("#merge-preview")
    assert preview.is_visible()
    table = preview.locator("table.compare").inner_text()
    assert keep in table and other in table
    _shot(pg, "merge-preview")
    # nothing merged yet
    assert pg.request.get(f"{server.url}/api/disputes/{other}", max_redirects=0).status == 200
    pg.click("#confirm-merge")
    pg.wait_for_url(f"**/disputes/{keep}")
    assert "merge" in pg.locator("#audit").inner_text()
    # the merged-away id now leads to the surviving dispute
    pg.goto(f"{server.url}/disputes/{other}")
    assert pg.url.endswith(f"/disputes/{keep}")
    r = pg.request.get(f"{server.url}/disputes/{other}", max_redirects=0)
    assert r.status == 301 and r.headers["location"] == f"/disputes/{keep}"
    # split asks first, then moves the article out
    arts = pg.locator("#articles li form button")
    assert arts.count() >= 2
    arts.last.click()
    pg.wait_for_url(f"**/disputes/{keep}/split?article_id=*")
    assert pg.locator("#split-preview").is_visible()
    pg.click("#confirm-split")
    pg.wait_for_url(re.compile(r".*/disputes/(?!" + re.escape(keep) + r"$)[^/?#]+$"))
    new_id = pg.url.rsplit("/", 1)[-1]
    assert pg.locator("#articles li").count() == 1
    pg.goto(f"{server.url}/disputes/{keep}")  # the split is in the review history
    assert "split" in pg.locator("#audit").inner_text() and new_id != keep
    assert pg.console_errors == []  # type: ignore[attr-defined]
    ctx.close()


def test_back_button_restores_the_filter_form(sample_site, browser):
    from playwright.sync_api import expect

    server, disputes = sample_site
    ctx, pg = _page(browser, "desktop")
    pg.goto(server.url + "/disputes?status=")
    statuses = pg.locator("#f-status option").evaluate_all("os => os.map(o => o.value)")
    picked = next(s for s in ("ended", "unconfirmed", "ongoing", "averted") if s in statuses)
    pg.select_option("#f-status", picked)
    pg.wait_for_url(f"**status={picked}*")
    # the swapped-in results bring their own overview: the map is drawn again for them
    expect(pg.locator("#overview-map.drawn")).to_have_count(1)
    n = len(json.loads(pg.locator("#overview-data").get_attribute("data-points"))["points"])
    expect(pg.locator("#overview-map circle.dot")).to_have_count(n)
    expect(pg.locator("#results-status")).to_contain_text(pg.locator("#total").inner_text())
    assert picked in pg.title().lower()
    # shared URLs carry only the filters that are set
    assert "q=" not in pg.url and "industry=" not in pg.url and "since=" not in pg.url
    pg.fill("#q", "zzz-nothing")
    pg.wait_for_url("**q=zzz-nothing*")
    expect(pg.locator("#total")).to_have_text("0")
    pg.go_back()
    pg.wait_for_url(re.compile(rf".*status={picked}(?!.*q=zzz)"))
    expect(pg.locator("#f-status")).to_have_value(picked)
    expect(pg.locator("#q")).to_have_value("")
    pg.go_forward()
    expect(pg.locator("#q")).to_have_value("zzz-nothing")
    ctx.close()


def _axe_source() -> str:
    if AXE.exists():
        return AXE.read_text()
    msg = f"{AXE} is missing: run scripts/vendor-web.sh (npm)"
    if os.environ.get("CI", "").lower() not in ("", "0", "false", "no"):
        pytest.fail(msg, pytrace=False)
    pytest.skip(msg)


@pytest.mark.parametrize("kind", ["desktop", "phone"])
def test_axe_finds_no_serious_or_critical_violation(sample_site, browser, kind):
    server, disputes = sample_site
    axe = _axe_source()
    d = _charted(disputes)
    # axe is injected as a script: the page's CSP (no inline script) is bypassed for the test
    ctx, pg = _page(browser, kind, bypass_csp=True)
    found = {}
    for path in ("/disputes?status=", f"/disputes/{d['id']}",
                 f"/articles/{d['article_ids'][0]}", "/docs"):
        pg.goto(server.url + path)
        pg.wait_for_load_state("networkidle")
        if path == "/docs":
            pg.locator(".opblock").first.wait_for()
        if path.startswith("/disputes?"):
            pg.locator("#overview-map.drawn").wait_for()
        pg.add_script_tag(content=axe)
        result = pg.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        bad = [(v["id"], v["impact"], len(v["nodes"]), v["nodes"][0]["target"])
               for v in result["violations"] if v["impact"] in ("serious", "critical")]
        if bad:
            found[path] = bad
    assert not found, found
    ctx.close()
