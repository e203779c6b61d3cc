"""End-to-end: the dashboard in headless Chromium (Debian's, through Playwright for Python).

uvicorn serves ``create_app`` on a free loopback port over a temporary SQLite store filled
with our own fixture disputes (see ``build_fixture`` in test_api.py). Chromium comes from
``scripts/setup-browser.sh``; Playwright's own browser downloads are never used.
"""
from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest

from picketline.store import Store
from picketline.web import create_app
from support import WebServer as _Server
from test_api import TOKEN, build_fixture

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"


def _need_chromium() -> None:
    if Path(CHROMIUM).exists():
        return
    msg = f"{CHROMIUM} is missing: run scripts/setup-browser.sh"
    if os.environ.get("CI", "").lower() not in ("", "0", "false", "no"):
        pytest.fail(msg, pytrace=False)
    pytest.skip(msg)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    _need_chromium()
    tmp = tmp_path_factory.mktemp("web-e2e")
    url = f"sqlite:///{tmp / 'e2e.db'}"
    st = Store(url)
    ids = build_fixture(st)
    st.close()
    with _Server(create_app(url, token=TOKEN)) as server:
        yield server, ids


@pytest.fixture(scope="module")
def browser():
    _need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.set_default_timeout(15_000)
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    errors: list[str] = []
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.dialogs, pg.console_errors = dialogs, errors  # type: ignore[attr-defined]
    yield pg
    ctx.close()


def test_list_filter_dispute_and_correction(site, page):
    from playwright.sync_api import expect

    expect.set_options(timeout=15_000)
    server, ids = site
    school = ids["school"]
    page.goto(server.url + "/")
    rows = page.locator("#dispute-table tbody tr")
    # the front page opens on what is active now; the fixture's disputes are from 2023-24,
    # so it says nothing is and lists them all, each with its status as of today and the
    # day it was last reported (issue 15)
    assert page.locator("#nothing-active").is_visible()
    assert rows.count() == 4
    assert page.locator("#total").inner_text() == "4"
    riverton = rows.filter(has_text="Riverton")
    assert riverton.locator(".last-reported").inner_text() == "2024-03-12"
    assert riverton.locator(".chip").inner_text() == "unconfirmed"
    assert "no report since 2024-03-12" in riverton.inner_text()
    assert "18% raise" in riverton.locator(".demand-offer").inner_text()

    # filter by status: htmx swaps the results and pushes the URL
    page.select_option("#f-status", "unconfirmed")
    expect(rows).to_have_count(3)
    assert "Northgate Medical Center" in rows.all_inner_texts()[-1] or any(
        "Northgate Medical Center" in t for t in rows.all_inner_texts())
    assert "status=unconfirmed" in page.url
    page.select_option("#f-status", "active")
    expect(rows).to_have_count(0)
    # free text, then clear
    page.goto(server.url + "/disputes")
    page.fill("#q", "riverton")
    expect(rows).to_have_count(1)
    assert "Riverton" in rows.first.inner_text()

    # open the dispute from its row
    page.click(f'#dispute-table a[href="/disputes/{school}"]')
    page.wait_for_url(f"**/disputes/{school}")
    # the header: status as of today, why, and the last reported day
    assert page.locator("#status-chip").inner_text() == "unconfirmed"
    assert "no report since 2024-03-12" in page.locator("#status-note").inner_text()
    assert page.locator("#last-reported").inner_text().startswith("2024-03-12")
    timeline = page.locator("#timeline ol.timeline li")
    assert timeline.count() >= 4
    dates = [t for t in page.locator("#timeline time").all_inner_texts()
             if t != "undated" and not t.startswith("by ")]
    assert dates == sorted(dates) and "2024-02-20" in dates and "2024-03-11" in dates
    chart = page.locator("svg#demand-offer-chart")
    assert chart.is_visible()
    assert chart.locator("circle.dot.union").count() == 2  # 18% reported on two dates
    assert chart.locator("circle.dot.employer").count() == 2  # 9%, then 12%
    labels = chart.locator("text.val").all_text_contents()
    assert "18%" in labels and "12%" in labels and "9%" in labels
    assert page.locator("#fact-participants .conflict-badge").is_visible()
    assert page.locator("#process").is_visible()

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dispute.png"), full_page=True)

    # log in with the token, come back, correct the participants
    page.click("text=Review log in")
    page.fill("input[name=name]", "Rosa Tester")
    page.fill("input[name=token]", TOKEN)
    page.click("form.stack button")
    page.wait_for_url(f"**/disputes/{school}")
    assert "Rosa Tester" in page.locator(".reviewer").inner_text()
    page.click('[data-action="edit-participants"]')
    page.fill("#correct-participants input[name=value]", "4,100")
    page.click("#correct-participants button")
    page.wait_for_url(f"**/disputes/{school}#fact-participants")
    value = page.locator('#fact-participants .value')
    assert value.inner_text() == "4,100"
    assert "corrected by Rosa Tester" in page.locator("#fact-participants").inner_text()
    assert page.locator("#key-participants").inner_text() == "4,100"
    audit = page.locator("#audit tbody tr")
    assert audit.count() == 1 and "Rosa Tester" in audit.first.inner_text()

    api = httpx.get(f"{server.url}/api/disputes/{school}", timeout=60).json()
    assert api["participants"] == 4100
    assert api["audit_trail"][-1]["author"] == "Rosa Tester"
    assert page.dialogs == []  # type: ignore[attr-defined]
    assert not [e for e in page.console_errors if "Content Security Policy" in e]  # type: ignore[attr-defined]


def test_hostile_article_renders_inert(site, page):
    server, ids = site
    for path in ("/articles/hostile-1", f"/disputes/{ids['hostile']}", "/articles", "/"):
        page.goto(server.url + path)
        page.wait_for_load_state("load")
        assert page.evaluate("typeof window.__pwned") == "undefined", path
        assert page.evaluate("[...document.scripts].filter(s => s.textContent.includes('__pwned')).length") == 0
        assert page.locator("main img").count() == 0, path
        assert page.locator('a[href^="javascript:" i]').count() == 0, path
        assert page.locator("main b").count() == 0, path

    page.goto(server.url + "/articles/hostile-1")
    title = page.locator("#article-title").inner_text()
    assert title.startswith("<script>window.__pwned='title'</script>Walkout <img")
    text = page.locator("#article-text").inner_text()
    assert "<script>window.__pwned='script'</script>" in text
    assert '<a href="javascript:window.__pwned=\'link\'">click here</a>' in text
    # evidence over the markup is highlighted as text, not as markup
    marks = page.locator("#article-text mark").all_inner_texts()
    assert "<script>window.__pwned='script'</script>" in marks
    assert page.locator("#article-text mark *").count() == 0
    # the javascript: URL is shown as text, not as a link
    assert page.locator("#article-url").evaluate("e => e.tagName") == "SPAN"
    assert page.locator("#article-url").inner_text() == "javascript:window.__pwned='url'"
    # clicking around the injected text does nothing
    page.locator("#article-text").click()
    page.wait_for_timeout(200)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.dialogs == []  # type: ignore[attr-defined]

    page.goto(f"{server.url}/disputes/{ids['hostile']}")
    employers = page.locator("#fact-employers .value").inner_text()
    assert employers == "Quarry Bay Cannery <img src=x onerror=alert(9)>"
    assert page.dialogs == []  # type: ignore[attr-defined]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="no ../shared/corpus/seeds beside the checkout")
def test_seed_dispute_screenshot(browser, tmp_path):
    """The dispute the three seed articles make, ingested by the real pipeline (read from
    ../shared at test time, never copied), as a full-page screenshot artifact."""
    _need_chromium()
    from picketline.pipeline import run_ingest

    url = f"sqlite:///{tmp_path / 'seeds.db'}"
    st = Store(url)
    run_ingest([SEEDS], st)
    disputes = st.disputes(limit=None)
    st.close()
    assert disputes, "the seeds made no dispute"
    seed = max(disputes, key=lambda d: len(d.get("article_ids") or []))
    with _Server(create_app(url, token=None)) as server:
        ctx = browser.new_context(viewport={"width": 1280, "height": 900})
        pg = ctx.new_page()
        pg.goto(f"{server.url}/disputes/{seed['id']}")
        assert pg.locator("#timeline").is_visible()
        # the three-day strike of March 2023 has ended, and says when it was last reported
        assert pg.locator("#status-chip").inner_text() == "ended"
        assert pg.locator("#last-reported").inner_text().startswith("2023-03-23")
        assert "23% over 5 years" in pg.locator("#offer-text").inner_text()
        assert "$2/h" in pg.locator("#demand-text").inner_text()
        assert pg.locator("#strike-lawful").inner_text() == "depends"
        times = pg.locator("#timeline time").all_inner_texts()
        assert "2023-03-22" not in times  # the impasse was reached before the strike
        ARTIFACTS.mkdir(exist_ok=True)
        pg.screenshot(path=str(ARTIFACTS / "seed-dispute.png"), full_page=True)
        ctx.close()


HARBOR = """date 2024-05-14 Harbor City bus drivers to strike Wednesday
Bus drivers at the Harbor City Transit Authority will walk off the job Wednesday, Amalgamated \
Transit Union Local 1877 said on Tuesday, after the two sides reached an impasse in contract \
talks last week.

About 900 drivers and mechanics are represented by Local 1877 in Harbor City, Oregon. The union \
is seeking a 14% raise over three years; the transit authority has offered 6%.
"""


def test_roundup_under_both_disputes_last_week_and_status_filter(browser, tmp_path):
    """Issue 15 in the browser, over the bundled sample and an article of ours: the roundup
    that reports the Harmon Valley strike and the Kessler lockout is a source of both
    dispute pages and its article page names both; an impasse "reached last week" is dated
    by that week, with its sentence; the status filter (status as of today, in the query)
    lists what the counts say."""
    _need_chromium()
    from playwright.sync_api import expect

    from picketline import api
    from picketline.pipeline import run_ingest

    sample = ROOT / "picketline" / "data" / "sample"
    (tmp_path / "harbor.txt").write_text(HARBOR, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'round.db'}"
    with Store(url) as st:
        run_ingest([sample, tmp_path / "harbor.txt"], st)
        roundup = "u-351fd3e134e1fe41"
        both = st.dispute_ids_of(roundup)
        harbor = st.dispute_of("harbor")
        ended = api.count_disputes(st, status="ended")
        unconfirmed = api.count_disputes(st, status="unconfirmed")
    assert both == ["hvmc-wfn-1204-2025-02", "kpv-ibfmw-88-2025-03"]
    with _Server(create_app(url, token=None)) as server:
        ctx = browser.new_context(viewport={"width": 1280, "height": 900})
        pg = ctx.new_page()
        pg.set_default_timeout(15_000)
        expect.set_options(timeout=15_000)
        for did in both:
            pg.goto(f"{server.url}/disputes/{did}")
            src = pg.locator(f'#articles a[href="/articles/{roundup}"]')
            expect(src).to_have_count(1)
        pg.goto(f"{server.url}/articles/{roundup}")
        links = pg.locator("#article-disputes a")
        expect(links).to_have_count(2)
        assert [links.nth(i).get_attribute("href") for i in range(2)] == [
            f"/disputes/{d}" for d in both]

        pg.goto(f"{server.url}/disputes/{harbor}")
        imp = pg.locator("#timeline li.kind-impasse")
        expect(imp).to_have_count(1)
        assert imp.locator("time").inner_text() == "week of 2024-05-06"
        assert imp.locator("time").get_attribute("datetime") == "2024-05-06"
        assert "impasse in contract talks last week" in imp.locator(".ev-sentence").inner_text()

        pg.goto(f"{server.url}/disputes?status=")
        pg.select_option("#f-status", "ended")
        rows = pg.locator("#dispute-table tbody tr")
        expect(rows).to_have_count(ended)
        expect(pg.locator("#total")).to_have_text(str(ended))
        assert all(c == "ended" for c in rows.locator(".chip").all_inner_texts())
        assert "status=ended" in pg.url
        pg.select_option("#f-status", "unconfirmed")
        expect(pg.locator("#total")).to_have_text(str(unconfirmed))
        assert ended >= 4 and unconfirmed >= 1  # the sample's four are over; Harbor is stale
        ARTIFACTS.mkdir(exist_ok=True)
        pg.screenshot(path=str(ARTIFACTS / "roundup-status.png"), full_page=True)
        ctx.close()
