"""Exports and the JSON API follow the dashboard's view (issue 15): the list's filters on the
CSV/JSON exports, ``updated_since`` and a compact mode on ``/api/disputes``, gzip, CORS for
reads only, ``/docs`` served from vendored files with the bearer token declared, merged-away
ids redirected, and a search that knows unions' acronyms. Real SQLite store, real app.
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from picketline import api
from picketline.model import ArticleFacts, Fact, Location
from picketline.store import Store
from picketline.web import create_app
from test_api import AUTH, TOKEN, _article, _f, _login, build_fixture

STATIC = Path(__file__).resolve().parents[1] / "picketline" / "web" / "static"


def add_nnu_dispute(store: Store) -> str:
    """A hospital strike whose union is written only by its acronym (NNU Local 12)."""
    a = _article("hgh-1", "Harbor General strike enters second day", "2024-06-04",
                 "Workers at Harbor General Hospital in Fresno stayed on strike on Tuesday, "
                 "NNU Local 12 said. About 700 workers walked out on Monday.")
    f = ArticleFacts(
        id=a.id, published=Fact("2024-06-04"), is_labor_action=_f(a, "on strike", True),
        action_type=_f(a, "on strike", "strike"), status=_f(a, "stayed on strike", "ongoing"),
        employers=[_f(a, "Harbor General Hospital", "Harbor General Hospital")],
        unions=[_f(a, "NNU Local 12", "NNU Local 12")],
        start_date=_f(a, "walked out on Monday", "2024-06-03"),
        participants=_f(a, "About 700 workers", 700),
        location=_f(a, "Fresno", Location("Fresno", "CA", "US")),
        industry=_f(a, "Hospital", "health_care"), title=a.title)
    store.add_articles([a])
    store.save_facts([f])
    api.rebuild_dispute(store, "hgh-nnu-2024-06", ["hgh-1"])
    return "hgh-nnu-2024-06"


@pytest.fixture
def site(tmp_path, monkeypatch):
    monkeypatch.setenv("PICKETLINE_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("PICKETLINE_DB", raising=False)
    url = f"sqlite:///{tmp_path / 'view.db'}"
    st = Store(url)
    try:
        ids = build_fixture(st)
        ids["nnu"] = add_nnu_dispute(st)
    finally:
        st.close()
    with TestClient(create_app(url, token=TOKEN)) as c:
        yield c, ids


def _csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


# --- exports follow the list's filters ----------------------------------------------------------
def test_exports_take_the_lists_filters_and_carry_the_key_columns(site):
    client, ids = site
    every = _csv(client.get("/api/export.csv").text)
    assert {r["id"] for r in every} == set(ids.values())
    only_ca = _csv(client.get("/api/export.csv?state=CA").text)
    assert [r["id"] for r in only_ca] == [ids["nnu"]]
    health = json.loads(client.get("/api/export.json?industry=health_care").text)
    assert sorted(r["id"] for r in health) == sorted([ids["nurses"], ids["nnu"]])
    school = next(r for r in every if r["id"] == ids["school"])
    # wage demand and offer with their terms, last reported, country, stage
    for col in ("wage_demand_pct", "wage_offer_pct", "union_demand", "employer_offer",
                "last_reported", "country", "stage", "status"):
        assert col in school, col
    assert float(school["wage_demand_pct"]) == 18.0 and float(school["wage_offer_pct"]) == 12.0
    assert school["last_reported"] == "2024-03-12" and school["country"] == "US"
    # the same filters as the list: a status as of today ("active": none of these is)
    assert _csv(client.get("/api/export.csv?status=active").text) == []
    assert client.get("/api/export.csv?state=california").status_code == 422


def test_the_list_links_its_exports_with_its_filters(site):
    client, ids = site
    page = client.get("/disputes?state=CA&status=").text
    link = re.search(r'href="(/api/export\.csv\?[^"]*)" id="export-csv"', page).group(1)
    link = link.replace("&amp;", "&")
    assert "state=CA" in link
    assert [r["id"] for r in _csv(client.get(link).text)] == [ids["nnu"]]
    jlink = re.search(r'href="(/api/export\.json\?[^"]*)" id="export-json"', page).group(1)
    assert [r["id"] for r in client.get(jlink.replace("&amp;", "&")).json()] == [ids["nnu"]]


# --- /api/disputes: updated_since, compact, gzip, CORS -------------------------------------------
def test_updated_since_returns_only_disputes_saved_since(site):
    client, ids = site
    before = datetime.now(timezone.utc) - timedelta(seconds=1)
    later = (datetime.now(timezone.utc) + timedelta(hours=1)).isoformat()
    assert client.get("/api/disputes", params={"updated_since": later}).json()["total"] == 0
    # a correction saves the dispute again: it alone is new since a moment ago
    mark = datetime.now(timezone.utc).isoformat()
    r = client.post(f"/api/disputes/{ids['drivers']}/corrections", headers=AUTH,
                    json={"field": "participants", "new_value": 175, "author": "ana"})
    assert r.status_code == 200, r.text
    got = client.get("/api/disputes", params={"updated_since": mark}).json()
    assert got["total"] == 1 and [i["id"] for i in got["items"]] == [ids["drivers"]]
    assert client.get("/api/disputes", params={
        "updated_since": before.isoformat()}).json()["total"] == len(ids)
    assert client.get("/api/disputes?updated_since=yesterday").status_code == 422


def test_compact_items_are_small_and_carry_the_main_fields(site):
    client, ids = site
    full = client.get("/api/disputes?limit=10").json()
    small = client.get("/api/disputes?limit=10&compact=true").json()
    assert small["total"] == full["total"] == len(ids)
    assert [i["id"] for i in small["items"]] == [i["id"] for i in full["items"]]
    item = next(i for i in small["items"] if i["id"] == ids["school"])
    assert "facts" not in item and "timeline" not in item and "sources" not in item
    assert item["wage_demand_pct"] == 18.0 and item["last_reported"] == "2024-03-12"
    assert item["articles"] == 2 and item["title"]
    assert len(json.dumps(small)) * 3 < len(json.dumps(full))


def test_json_and_static_files_are_gzipped_but_pages_are_not(site):
    client, _ = site
    r = client.get("/api/disputes", headers={"Accept-Encoding": "gzip"})
    assert r.headers.get("content-encoding") == "gzip" and r.json()["total"] >= 1
    raw = client.get("/static/vendor/d3-geo.min.js", headers={"Accept-Encoding": "gzip"})
    assert raw.headers.get("content-encoding") == "gzip"
    # HTML pages carry CSRF tokens next to reflected text: never compressed (BREACH)
    page = client.get("/disputes?q=riverton", headers={"Accept-Encoding": "gzip"})
    assert page.status_code == 200 and "content-encoding" not in page.headers
    assert gzip.compress(b"x")  # the module works here


def test_cors_lets_other_sites_read_but_not_write(site):
    client, ids = site
    origin = {"Origin": "https://newsroom.example"}
    r = client.get("/api/disputes?compact=1", headers=origin)
    assert r.headers.get("access-control-allow-origin") == "*"
    assert "access-control-allow-credentials" not in r.headers
    pre = client.options(f"/api/disputes/{ids['school']}/merge", headers={
        **origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization"})
    assert pre.status_code == 400 and "POST" not in pre.headers.get(
        "access-control-allow-methods", "")
    # pages are not offered to other origins
    assert "access-control-allow-origin" not in client.get("/", headers=origin).headers


# --- /docs with no internet -----------------------------------------------------------------------
def test_docs_are_served_from_vendored_files_with_the_bearer_declared(site):
    client, _ = site
    docs = client.get("/docs")
    assert docs.status_code == 200
    html = docs.text
    assert "cdn." not in html and "<script>" not in html  # nothing from a CDN, no inline JS
    scripts = re.findall(r'<script src="([^"]+)"', html)
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in scripts
    for src in scripts + re.findall(r'<link rel="stylesheet" href="([^"]+)"', html):
        assert src.startswith("/static/"), src
        assert client.get(src).status_code == 200, src
    assert 'href="/"' in html  # back to the dashboard
    csp = docs.headers["content-security-policy"]
    assert "script-src 'self';" in csp and "http" not in csp
    spec = client.get("/openapi.json").json()
    scheme = spec["components"]["securitySchemes"]["reviewToken"]
    assert scheme == {**scheme, "type": "http", "scheme": "bearer"}
    for path in ("/api/disputes/{dispute_id}/corrections", "/api/disputes/{dispute_id}/merge",
                 "/api/disputes/{dispute_id}/split"):
        assert spec["paths"][path]["post"]["security"] == [{"reviewToken": []}]
    assert "security" not in spec["paths"]["/api/disputes"]["get"]
    # the dispute record is described, not a free-form object
    one = spec["paths"]["/api/disputes/{dispute_id}"]["get"]["responses"]["200"]
    assert one["content"]["application/json"]["schema"]["$ref"].endswith("/DisputeDoc")
    props = spec["components"]["schemas"]["DisputeDoc"]["properties"]
    assert {"status", "last_reported", "wage_offer_pct", "offer_text", "process"} <= set(props)
    assert client.get("/redoc").status_code == 404  # dropped: it needed a CDN


def test_vendored_files_are_complete():
    for rel in ("d3-array.min.js", "d3-geo.min.js", "topojson-client.min.js",
                "atlas/states-10m.json", "atlas/countries-110m.json",
                "swagger-ui/swagger-ui-bundle.js", "swagger-ui/swagger-ui.css", "VERSIONS.txt"):
        assert (STATIC / "vendor" / rel).stat().st_size > 100, rel
    atlas = json.loads((STATIC / "vendor" / "atlas" / "states-10m.json").read_text())
    assert len(atlas["objects"]["states"]["geometries"]) >= 50


# --- merged-away ids, search ------------------------------------------------------------------------
def test_merged_away_ids_redirect_to_the_surviving_dispute(site):
    client, ids = site
    token = _login(client)
    r = client.post(f"/disputes/{ids['school']}/merge", data={
        "csrf_token": token, "other": ids["drivers"], "confirm": "yes"}, follow_redirects=False)
    assert r.status_code == 303
    page = client.get(f"/disputes/{ids['drivers']}", follow_redirects=False)
    assert page.status_code == 301 and page.headers["location"] == f"/disputes/{ids['school']}"
    j = client.get(f"/api/disputes/{ids['drivers']}", follow_redirects=False)
    assert j.status_code == 308 and j.headers["location"] == f"/api/disputes/{ids['school']}"
    assert client.get(f"/api/disputes/{ids['drivers']}").json()["id"] == ids["school"]
    # a merge of the merged: the oldest id still lands on the last survivor
    client.post(f"/disputes/{ids['nurses']}/merge", data={
        "csrf_token": token, "other": ids["school"], "confirm": "yes"})
    again = client.get(f"/disputes/{ids['drivers']}", follow_redirects=False)
    assert again.headers["location"] == f"/disputes/{ids['nurses']}"
    assert client.get("/disputes/never-was", follow_redirects=False).status_code == 404


def test_merge_of_a_mistyped_id_shows_the_search_not_a_dead_end(site):
    client, ids = site
    token = _login(client)
    r = client.post(f"/disputes/{ids['school']}/merge", data={
        "csrf_token": token, "other": "northgate", "confirm": "yes"})
    assert r.status_code == 404  # followed to the merge page, which says what went wrong
    assert 'id="merge-error"' in r.text and "northgate" in r.text
    assert f'other={ids["nurses"]}' in r.text  # the search found what was meant
    assert client.get(f"/api/disputes/{ids['school']}").json()["article_ids"] == [
        "riv-1", "riv-2"]  # nothing merged


def test_merge_page_suggests_disputes_sharing_employer_or_union(site):
    client, ids = site
    _login(client)
    page = client.get(f"/disputes/{ids['school']}/merge")
    assert page.status_code == 200
    # nothing shares the school's employer: no suggestion, but a search box
    assert 'id="merge-q"' in page.text
    found = client.get(f"/disputes/{ids['school']}/merge", params={"q": "teamsters"}).text
    assert f'other={ids["drivers"]}' in found
    # the merge page needs a reviewer
    with TestClient(client.app) as anon:
        assert anon.get(f"/disputes/{ids['school']}/merge").status_code == 403


def test_search_finds_unions_by_the_words_of_their_names(site):
    client, ids = site
    # "nurses" finds "Lakes Nurses Association" by its name and "NNU Local 12" by the
    # gazetteer (National Nurses United, acronym NNU)
    got = client.get("/api/disputes", params={"q": "nurses", "compact": 1}).json()
    assert sorted(i["id"] for i in got["items"]) == sorted([ids["nurses"], ids["nnu"]])
    page = client.get("/disputes", params={"q": "nurses", "status": ""}).text
    assert f'href="/disputes/{ids["nnu"]}"' in page and f'href="/disputes/{ids["nurses"]}"' in page
    # an acronym matches as a word only
    from picketline.web.search import expand
    assert "NNU " in expand("nurses") and " NNU" in expand("nurses")
    assert client.get("/api/disputes", params={"q": "annual"}).json()["total"] == 0
    assert expand("strike") == "strike" and expand("  ") is None


def test_api_pages_link_to_each_other_and_take_the_dashboards_order(site):
    client, ids = site
    first = client.get("/api/disputes?limit=2&compact=1&sort=title&order=asc").json()
    assert first["prev"] is None and first["next"].startswith("/api/disputes?")
    assert "offset=2" in first["next"] and "sort=title" in first["next"]
    second = client.get(first["next"]).json()
    assert second["prev"] is not None and "offset=0" in second["prev"]
    titles = [i["title"] for i in first["items"] + second["items"]]
    assert titles == sorted(titles)
    desc = client.get("/api/disputes?limit=10&compact=1&sort=title&order=desc").json()
    assert [i["title"] for i in desc["items"]] == sorted(
        [i["title"] for i in desc["items"]], reverse=True)
    last = client.get(f"/api/disputes?limit=2&offset={len(ids) - 1}&compact=1").json()
    assert last["next"] is None


def test_login_keeps_the_name_after_a_wrong_token_and_articles_show_dispute_names(site):
    client, ids = site
    from test_api import _csrf

    token = _csrf(client)
    r = client.post("/login", data={"csrf_token": token, "token": "wrong", "name": "Ana R",
                                    "next": "/"})
    assert r.status_code == 401 and 'value="Ana R"' in r.text
    page = client.get("/articles").text
    # the dispute column names the dispute (its id in the tooltip)
    school_title = client.get(f"/api/disputes/{ids['school']}").json()["title"]
    assert f'title="{ids["school"]}">{school_title}</a>' in page
