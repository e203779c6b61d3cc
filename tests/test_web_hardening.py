"""Web and export hardening of issue 12: odd cookies, huge offsets, headers on server errors,
token guessing, article ids with '/', and spreadsheet formulas in CSV exports."""
from __future__ import annotations

import csv
import io
import re
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from picketline import api, export
from picketline.model import Article, ArticleFacts, Evidence, Fact, Location
from picketline.store import Store
from picketline.web import create_app
from picketline.web.security import Throttle

from test_api import AUTH, TOKEN, _csrf, _login, build_fixture

SLASH_IDS = ["a/b?c#d", "../../../../etc/passwd"]
FORMULA_URL = '=HYPERLINK("http://evil.example/x","source")'


@pytest.fixture
def db(tmp_path):
    url = f"sqlite:///{tmp_path / 'h.db'}"
    with Store(url) as st:
        ids = build_fixture(st)
        # articles whose ids hold '/', '?' and '#', in a dispute; one's URL is a formula
        arts, facts = [], []
        for n, aid in enumerate(SLASH_IDS):
            text = ["Workers at Slate Ridge Quarry walked out on Monday over pay.",
                    "Pickets stood at the gates of Slate Ridge Quarry in Barre all week, "
                    "and the owners said no talks were planned."][n]
            ev = Evidence(aid, 0, 30, text)
            arts.append(Article(aid, text, title=f"Slate Ridge walkout {n}",
                                published="2024-06-03", url=FORMULA_URL if n == 1 else None))
            facts.append(ArticleFacts(
                id=aid, published=Fact("2024-06-03"), is_labor_action=Fact(True, ev),
                action_type=Fact("strike", ev), employers=[Fact("Slate Ridge Quarry", ev)],
                location=Fact(Location("Barre", "VT", "US"), ev), title=arts[-1].title))
        st.add_articles(arts)
        st.save_facts(facts)
        api.rebuild_dispute(st, "slate-2024-06", SLASH_IDS)
        ids["slate"] = "slate-2024-06"
    return url, ids


@pytest.fixture
def app(db):
    return create_app(db[0], token=TOKEN)


@pytest.fixture
def client(app):
    with TestClient(app) as c:
        yield c


# --- L2: cookies with characters outside ASCII --------------------------------------------------
@pytest.mark.parametrize("value", ["\u00e9.abc", "a.\u00e9", "\u00e9", "....", "x" * 5000])
def test_odd_cookies_are_ignored_not_a_500(client, db, value):
    raw = f"pl_csrf={value}; pl_session={value}".encode("utf-8")
    for path in ("/", f"/disputes/{db[1]['school']}", "/login"):
        r = client.get(path, headers={"Cookie": raw})
        assert r.status_code == 200, (path, r.status_code)
        assert 'name="csrf_token" value="' in r.text or path != "/login"


# --- L3: offsets beyond any table ---------------------------------------------------------------
@pytest.mark.parametrize("path", ["/api/disputes", "/api/articles", "/api/facts"])
@pytest.mark.parametrize("offset", [10 ** 30, 2 ** 63, 2 ** 63 - 1])
def test_huge_offsets_are_refused_with_422(client, path, offset):
    r = client.get(path, params={"offset": offset})
    assert r.status_code == 422


def test_large_but_sane_offset_is_an_empty_page(client):
    r = client.get("/api/disputes", params={"offset": 1_000_000_000})
    assert r.status_code == 200 and r.json()["items"] == []


# --- L5: a server error carries the security headers too ------------------------------------------
def test_500_responses_carry_security_headers(app):
    def boom():
        raise RuntimeError("a bug")
    app.add_api_route("/api/boom", boom)
    app.add_api_route("/boom", boom)
    app.middleware_stack = None  # rebuilt with the new routes on the next request
    with TestClient(app, raise_server_exceptions=False) as c:
        for path in ("/api/boom", "/boom"):
            r = c.get(path)
            assert r.status_code == 500
            assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
            assert r.headers["x-content-type-options"] == "nosniff"
            assert r.headers["x-frame-options"] == "DENY"
            assert "Traceback" not in r.text
        ok = c.get("/")
        assert ok.headers["x-frame-options"] == "DENY"
        assert ok.headers.get("cache-control") is None  # pages may be cached; the API not
        assert c.get("/api/disputes").headers["cache-control"] == "no-store"
        # /docs runs the vendored Swagger UI: scripts from this server only, no CDN (issue 15)
        docs_csp = c.get("/docs").headers["content-security-policy"]
        assert "script-src 'self';" in docs_csp and "cdn" not in docs_csp


# --- L6: guessing the review token --------------------------------------------------------------------
def test_login_is_throttled_per_client(app):
    with TestClient(app, client=("10.0.0.1", 5000)) as guesser, \
            TestClient(app, client=("10.0.0.2", 5000)) as other:
        csrf = _csrf(guesser)
        codes = [guesser.post("/login", data={"csrf_token": csrf, "token": f"guess{i}",
                                              "name": "x", "next": "/"}).status_code
                 for i in range(12)]
        assert codes[:10] == [401] * 10 and codes[10:] == [429, 429]
        # locked out: even the right token is not looked at
        r = guesser.post("/login", follow_redirects=False, data={
            "csrf_token": csrf, "token": TOKEN, "name": "x", "next": "/"})
        assert r.status_code == 429 and int(r.headers["retry-after"]) > 0
        assert "Too many wrong tokens" in r.text
        # the bearer token of the API counts against the same address
        r = guesser.post("/api/disputes/x/corrections", headers=AUTH,
                         json={"field": "status", "new_value": "ended"})
        assert r.status_code == 429
        # another address is not locked out
        _login(other)


def test_api_bearer_guesses_are_throttled(app, db):
    did = db[1]["nurses"]
    with TestClient(app, client=("10.0.0.3", 5000)) as c:
        for i in range(10):
            r = c.post(f"/api/disputes/{did}/corrections", json={"field": "status"},
                       headers={"Authorization": f"Bearer guess{i}"})
            assert r.status_code == 403
        r = c.post(f"/api/disputes/{did}/corrections", json={"field": "status"},
                   headers=AUTH)
        assert r.status_code == 429 and r.headers["retry-after"]


def test_throttle_window_and_reset():
    now = [1000.0]
    t = Throttle(max_failures=3, window=60, clock=lambda: now[0])
    for _ in range(3):
        assert t.retry_after("a") == 0
        t.failed("a")
    assert t.retry_after("a") == 60 and t.retry_after("b") == 0
    now[0] += 59.5
    assert t.retry_after("a") == 1
    now[0] += 1
    assert t.retry_after("a") == 0  # the oldest failures left the window
    t.failed("a")
    t.succeeded("a")
    assert t.retry_after("a") == 0
    small = Throttle(max_failures=1, window=60, clock=lambda: now[0], max_clients=2)
    for c in "xyz":
        small.failed(c)
    assert small.retry_after("x") == 0 and small.retry_after("z") > 0  # x forgotten


# --- L7: article ids with '/', '?', '#' -------------------------------------------------------------
@pytest.mark.parametrize("aid", SLASH_IDS)
def test_articles_with_slashes_in_their_ids_are_reachable(client, aid):
    r = client.get("/api/articles/" + quote(aid, safe=""))
    assert r.status_code == 200 and r.json()["id"] == aid
    assert r.json()["dispute_id"] == "slate-2024-06"
    page = client.get("/articles/" + quote(aid, safe=""))
    assert page.status_code == 200 and "Slate Ridge" in page.text


def test_links_to_such_articles_work(client, db):
    page = client.get(f"/disputes/{db[1]['slate']}").text
    hrefs = re.findall(r'href="(/articles/[^"]+)"', page)
    assert len(hrefs) >= 2
    for h in hrefs:
        assert client.get(h.replace("&amp;", "&")).status_code == 200, h


# --- M4: spreadsheet formulas in CSV cells ------------------------------------------------------------
def test_csv_export_defuses_formulas(client, db):
    did = db[1]["nurses"]
    for field, value in (("employers", '=HYPERLINK("http://evil.example","click")'),
                         ("city", "@SUM(1+9)*cmd|' /C calc'!A0"), ("unions", "+1-2")):
        r = client.post(f"/api/disputes/{did}/corrections", headers=AUTH,
                        json={"field": field, "new_value": value})
        assert r.status_code == 200, r.text
    text = client.get("/api/export.csv").text
    cells = [c for row in csv.reader(io.StringIO(text)) for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert [c for c in cells if c.startswith("'" + FORMULA_URL)]  # an article's URL (sources)
    assert "'=HYPERLINK(\"http://evil.example\",\"click\")" in cells
    # reading the export back gives the values as they were
    rows = {r["id"]: r for r in export.parse_csv(text)}
    assert rows[did]["employer"] == ['=HYPERLINK("http://evil.example","click")']
    assert rows[did]["city"] == "@SUM(1+9)*cmd|' /C calc'!A0"
    assert FORMULA_URL in rows[db[1]["slate"]]["sources"]


def test_write_csv_defuses_every_column():
    record = {"id": "-x", "employers": ["=1+1"], "unions": ["@u"], "industry": "\tx",
              "city": "\rc", "state": "+s", "start_date": "2024-01-01", "participants": 12,
              "status": "ended", "sources": [{"url": "=u"}], "title": "-t"}
    buf = io.StringIO()
    assert export.write_csv([record], buf) == 1
    (row,) = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert all(not v.startswith(("=", "+", "-", "@", "\t", "\r")) for v in row.values())
    assert row["participants"] == "12" and row["start"] == "2024-01-01"
    (back,) = export.parse_csv(buf.getvalue())
    assert back["employer"] == ["=1+1"] and back["title"] == "-t" and back["id"] == "-x"
    assert back["city"] == "\nc"  # a bare carriage return is written as a line break
