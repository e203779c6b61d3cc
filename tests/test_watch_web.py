"""``/sources`` and ``/api/sources``: each watched source's health (last poll, status, items,
errors), served by the real app over HTTP on loopback after a real watcher ran."""
from __future__ import annotations

import html

import httpx

from picketline.store import Store
from picketline.watch import make_source
from picketline.web import create_app
from test_watch import Site, rss, serve_pages, site, watcher  # noqa: F401  (site: a fixture)
from support import WebServer as _Server


def test_sources_page_shows_each_sources_health(site: Site, sqlite_url: str) -> None:  # noqa: F811
    serve_pages(site, ["nurses", "drivers"])
    site.set("/feed.xml", rss(site, ["nurses", "drivers", "bakery"]),
             ctype="application/rss+xml")  # the bakery's page is missing: 404
    site.set("/down.xml", "no", status=500)
    evil = "<script>alert(1)</script> Wire"
    with Store(sqlite_url) as st, watcher(st, [
            make_source(site.url("/feed.xml"), name="Gazette labor desk", interval=300),
            make_source(site.url("/down.xml"), name=evil)]) as w:
        w.poll_due()
    with _Server(create_app(sqlite_url)) as server:
        r = httpx.get(server.url + "/sources")
        assert r.status_code == 200
        page = r.text
        assert '<a href="/sources">Sources</a>' in page
        assert "Gazette labor desk" in page and "every 300 s" in page
        assert "<script>alert(1)</script>" not in page and html.escape(evil) in page
        assert "failing" in page and "HTTP 500" in page
        assert "latest article error: " + site.url("/news/bakery") + ": HTTP 404" in page
        data = httpx.get(server.url + "/api/sources").json()
        spec = httpx.get(server.url + "/openapi.json").json()
        assert "/api/sources" in spec["paths"]
        assert "SourceHealth" in spec["components"]["schemas"]
    by_name = {d["name"]: d for d in data}
    ok, bad = by_name["Gazette labor desk"], by_name[evil]
    assert ok["health"] == "ok" and ok["stored"] == 2 and ok["items"]["done"] == 2
    assert ok["items"]["failed"] == 1 and ok["errors"] == 1
    assert ok["last_item_error"].endswith("/news/bakery: HTTP 404")
    assert ok["last_poll_at"] and ok["last_status"] == "ok"
    assert bad["health"] == "failing" and bad["failures"] == 1 and bad["errors"] == 1
    assert "HTTP 500" in bad["last_error"] and bad["items_total"] == 0


def test_sources_page_without_sources(sqlite_url: str) -> None:
    Store(sqlite_url).close()
    with _Server(create_app(sqlite_url)) as server:
        r = httpx.get(server.url + "/sources")
        assert r.status_code == 200 and "No source is watched yet" in r.text
        assert httpx.get(server.url + "/api/sources").json() == []
