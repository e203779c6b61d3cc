"""``picketline watch`` against a real HTTP server on 127.0.0.1: feeds, sitemaps and URL
lists; new and edited items; 304s (ETag and Last-Modified); 500s and recovery; slow and huge
responses; a feed that moves; robots.txt; a restart; the SSRF guard; the CLI; and two
watchers on one PostgreSQL database.

The site (:class:`Site`) serves whatever a test puts in its routes and counts every request,
so "fetched once" is checked on the server's side. Time is an injected clock."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from picketline.store import Store
from picketline.store.watch import WatchState
from picketline.watch import (FetchError, Fetcher, SourcesError, Watcher, address_allowed,
                              backoff, load_sources, make_source, normalize_url,
                              parse_listing, watch_once)

# --- the site -----------------------------------------------------------------------------


class Site:
    """Routes: path -> dict(body, status, ctype, etag, last_modified, delay, headers,
    length=False to send no Content-Length). Counts requests per path."""

    def __init__(self) -> None:
        self.routes: dict[str, dict] = {}
        self.hits: Counter = Counter()
        self.lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                path = self.path
                with site.lock:
                    site.hits[path] += 1
                    r = site.routes.get(path)
                if r is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if r.get("delay"):
                    time.sleep(r["delay"])
                etag, lm = r.get("etag"), r.get("last_modified")
                if (etag and self.headers.get("If-None-Match") == etag) or \
                        (lm and not etag and self.headers.get("If-Modified-Since") == lm):
                    self.send_response(304)
                    self.end_headers()
                    return
                body = r.get("body", b"")
                body = body.encode() if isinstance(body, str) else body
                self.send_response(r.get("status", 200))
                self.send_header("Content-Type", r.get("ctype", "text/html; charset=utf-8"))
                if etag:
                    self.send_header("ETag", etag)
                if lm:
                    self.send_header("Last-Modified", lm)
                for k, v in (r.get("headers") or {}).items():
                    self.send_header(k, v)
                if r.get("length", True):
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    if callable(r.get("stream")):
                        for chunk in r["stream"]():
                            self.wfile.write(chunk)
                    else:
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return self.base + path

    def set(self, path: str, body: str | bytes = "", **kw) -> None:
        with self.lock:
            self.routes[path] = {"body": body, **kw}

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site():
    s = Site()
    yield s
    s.close()


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


# --- fixture articles (written for these tests) -----------------------------------------------

STORIES = {
    "nurses": ("Nurses strike at Larkspur Valley Hospital", "2026-03-02",
               "About 640 nurses represented by the Prairie Nurses Association walked off the "
               "job on Monday at Larkspur Valley Hospital in Dayton, Ohio, after contract "
               "talks over staffing ratios broke down. The union is seeking a 14% raise over "
               "three years; the hospital has offered 6%. Picket lines formed at dawn."),
    "drivers": ("Bus drivers authorize strike in Fenwick County", "2026-03-01",
                "Bus drivers in Fenwick County, Oregon, voted 92% to authorize a strike, "
                "Amalgamated Transit Union Local 1742 said on Sunday. About 310 drivers could "
                "walk out next week if no agreement is reached on wages and break times."),
    "bakery": ("Bakery opens a second shop downtown", "2026-02-28",
               "Marigold Bakery opened its second shop on Water Street this weekend, selling "
               "rye loaves and cardamom buns. The owner said the new ovens can bake 900 "
               "loaves a day and that six people were hired."),
    "teachers": ("Teachers in Alder Creek declare impasse", "2026-03-02",
                 "The Alder Creek Education Association declared an impasse in bargaining with "
                 "the Alder Creek Unified School District on Tuesday, asking the state for a "
                 "mediator. The 450 teachers want an 8% raise; the district offered 3%."),
    "dockers": ("Dock workers stage one-day stoppage at Port Halvard", "2026-03-02",
                "Some 1,200 dock workers at Port Halvard stopped work for 24 hours on "
                "Wednesday, the Harbour Workers Union said, protesting plans to automate two "
                "container terminals without talks on jobs."),
}


def page(key: str, extra: str = "") -> str:
    title, date, text = STORIES[key]
    paras = "".join(f"<p>{s.strip()}.</p>" for s in (text + extra).split(". ") if s.strip())
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta property='article:published_time' content='{date}'></head>"
            f"<body><nav><a href='/'>Home</a> <a href='/labor'>Labor</a></nav>"
            f"<article><h1>{title}</h1>{paras}</article><footer>Example Gazette</footer>"
            f"</body></html>")


def rss(site: Site, keys: list[str], updated: dict[str, str] | None = None) -> str:
    items = ""
    for k in keys:
        title, date, text = STORIES[k]
        up = (updated or {}).get(k, "")
        items += (f"<item><title>{title}</title><link>{site.url('/news/' + k)}</link>"
                  f"<guid>{site.url('/news/' + k)}</guid>"
                  f"<pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate>"
                  f"<description>{text[:80]}{up}</description></item>")
    return (f"<?xml version='1.0'?><rss version='2.0'><channel><title>Gazette labor</title>"
            f"<link>{site.base}</link><description>x</description>{items}</channel></rss>")


def serve_pages(site: Site, keys=STORIES) -> None:
    for k in keys:
        site.set(f"/news/{k}", page(k))


def watcher(store: Store, sources, clock=None, **kw) -> Watcher:
    kw.setdefault("allow_private", True)
    kw.setdefault("host_interval", 0)
    kw.setdefault("timeout", 5)
    return Watcher(store, sources, clock=clock or Clock(), **kw)


def stored_urls(store: Store) -> Counter:
    return Counter(a.url for a in store.articles(limit=None))


# --- feeds: new items, stored once, 304 ---------------------------------------------------------

def test_rss_items_are_stored_once_and_etag_gives_304(site: Site, store: Store) -> None:
    serve_pages(site)
    site.set("/feed.xml", rss(site, ["nurses", "drivers", "bakery"]), etag='"v1"',
             ctype="application/rss+xml")
    clock = Clock()
    src = make_source(site.url("/feed.xml"), name="Gazette", interval=300)
    with watcher(store, [src], clock) as w:
        r = w.poll_due()
        assert (r.polls, r.queued, r.fetched, r.stored, r.item_errors) == (1, 3, 3, 3, 0)
        assert r.labor == 2  # nurses and drivers; the bakery is not a labor story
        assert stored_urls(store) == {site.url(f"/news/{k}"): 1
                                      for k in ("nurses", "drivers", "bakery")}
        nurses = [a for a in store.articles(limit=None) if a.url.endswith("/nurses")][0]
        assert nurses.title == STORIES["nurses"][0] and "640 nurses" in nurses.text
        assert store.count_disputes() >= 1

        # not due yet: nothing is asked of the server
        clock.advance(100)
        assert w.poll_due().polls == 0
        assert site.hits["/feed.xml"] == 1

        # due: a conditional request, answered 304, fetches nothing more
        clock.advance(250)
        r = w.poll_due()
        assert (r.polls, r.not_modified, r.queued, r.fetched) == (1, 1, 0, 0)
    assert site.hits["/feed.xml"] == 2
    assert all(site.hits[f"/news/{k}"] == 1 for k in ("nurses", "drivers", "bakery"))
    [health] = WatchState(store).sources()
    assert health["last_status"] == "not-modified" and health["etag"] == '"v1"'
    assert health["items"]["done"] == 3 and health["stored"] == 3 and health["polls"] == 2


def test_atom_with_last_modified_gives_304_and_a_new_entry_is_fetched_alone(
        site: Site, store: Store) -> None:
    serve_pages(site)
    lm = format_datetime(datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc), usegmt=True)

    def atom(keys):
        entries = "".join(
            f"<entry><title>{STORIES[k][0]}</title><id>urn:gazette:{k}</id>"
            f"<link href='/news/{k}'/><updated>2026-03-02T08:00:00Z</updated>"
            f"<summary>{STORIES[k][2][:60]}</summary></entry>" for k in keys)
        return (f"<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/"
                f"Atom'><title>Gazette</title><id>urn:g</id><updated>2026-03-02T08:00:00Z"
                f"</updated>{entries}</feed>")

    site.set("/atom", atom(["teachers"]), last_modified=lm, ctype="application/atom+xml")
    clock = Clock()
    with watcher(store, [make_source(site.url("/atom"), interval=60)], clock) as w:
        assert w.poll_due().stored == 1  # a relative link is resolved against the feed
        clock.advance(61)
        assert w.poll_due().not_modified == 1
        lm2 = format_datetime(datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc), usegmt=True)
        site.set("/atom", atom(["teachers", "dockers"]), last_modified=lm2,
                 ctype="application/atom+xml")
        clock.advance(61)
        r = w.poll_due()
        assert (r.queued, r.fetched, r.stored) == (1, 1, 1)
    assert site.hits["/news/teachers"] == 1 and site.hits["/news/dockers"] == 1
    assert set(stored_urls(store)) == {site.url("/news/teachers"), site.url("/news/dockers")}


# --- edited items ----------------------------------------------------------------------------

def test_an_edited_item_is_fetched_again_and_its_new_text_kept_beside_the_old(
        site: Site, store: Store) -> None:
    """Users expect the correction to reach the database without losing what was reported
    before: the new version is stored as its own article (id qualified by its content hash,
    the store's rule for a changed text under a known id) and the first one stays. An
    unchanged item is never fetched twice, and an 'edit' that changes nothing on the page
    stores nothing."""
    serve_pages(site, ["nurses", "drivers"])
    site.set("/feed.xml", rss(site, ["nurses", "drivers"]), ctype="application/rss+xml")
    clock = Clock()
    with watcher(store, [make_source(site.url("/feed.xml"), interval=60)], clock) as w:
        assert w.poll_due().stored == 2
        # the nurses item is edited: the feed's entry changes and so does the page
        site.set("/feed.xml", rss(site, ["nurses", "drivers"], {"nurses": " (updated)"}),
                 ctype="application/rss+xml")
        site.set("/news/nurses", page("nurses", ". Talks resumed on Tuesday evening with a "
                                                "federal mediator present"))
        clock.advance(61)
        r = w.poll_due()
        assert (r.queued, r.fetched, r.stored) == (1, 1, 1)
        # edited again in the feed, but the page did not change: nothing new is stored
        site.set("/feed.xml", rss(site, ["nurses", "drivers"], {"nurses": " (again)"}),
                 ctype="application/rss+xml")
        clock.advance(61)
        r = w.poll_due()
        assert (r.queued, r.fetched, r.stored, r.duplicates) == (1, 1, 0, 1)
    assert site.hits["/news/nurses"] == 3 and site.hits["/news/drivers"] == 1
    nurses = [a for a in store.articles(limit=None) if a.url == site.url("/news/nurses")]
    assert len(nurses) == 2
    assert sum("federal mediator" in a.text for a in nurses) == 1
    ids = sorted(a.id for a in nurses)
    assert ids[1].startswith(ids[0] + "~")
    item = [i for i in WatchState(store).items() if i["url"].endswith("/nurses")][0]
    assert item["versions"] == 2 and item["state"] == "done"


# --- sitemaps and URL lists -----------------------------------------------------------------

def test_news_sitemap_index_and_url_list(site: Site, store: Store) -> None:
    serve_pages(site)
    site.set("/sitemap-news.xml",
             "<?xml version='1.0' encoding='UTF-8'?>"
             "<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' "
             "xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'>"
             f"<url><loc>{site.url('/news/teachers')}</loc><news:news><news:publication>"
             "<news:name>Gazette</news:name><news:language>en</news:language>"
             "</news:publication><news:publication_date>2026-03-02T07:00:00Z"
             "</news:publication_date><news:title>Teachers declare impasse</news:title>"
             "</news:news></url>"
             f"<url><loc>{site.url('/news/dockers?utm_source=x')}</loc>"
             "<lastmod>2026-03-02</lastmod></url></urlset>", ctype="application/xml")
    site.set("/index.xml",
             "<?xml version='1.0'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/"
             f"sitemap/0.9'><sitemap><loc>{site.url('/sitemap-news.xml')}</loc>"
             "</sitemap></sitemapindex>", ctype="application/xml")
    site.set("/list.txt", f"# today's labor links\n{site.url('/news/nurses')}\n\n"
                          f"{site.url('/news/teachers')}\nnot a url\n", ctype="text/plain")
    clock = Clock()
    sources = [make_source(site.url("/index.xml"), interval=60),
               make_source(site.url("/list.txt"), kind="urls", interval=60)]
    with watcher(store, sources, clock) as w:
        r = w.poll_due()
    # teachers is listed by both sources and fetched once; the tracking parameter is dropped
    assert r.stored == 3 and r.item_errors == 0
    assert site.hits["/news/teachers"] == 1 and site.hits["/news/dockers"] == 1
    assert set(stored_urls(store)) == {site.url(f"/news/{k}")
                                       for k in ("teachers", "dockers", "nurses")}


def test_parse_listing_reads_the_three_kinds_and_refuses_others() -> None:
    feed = parse_listing(b"<rss version='2.0'><channel><title>T</title><item><title>A</title>"
                         b"<link>/a</link></item></channel></rss>", "http://x.test/f")
    assert feed.kind == "feed" and feed.entries[0].url == "http://x.test/a"
    urls = parse_listing(b"http://x.test/1\n#c\nftp://x.test/2\n/3\n", "http://x.test/l")
    assert [e.url for e in urls.entries] == ["http://x.test/1", "http://x.test/3"]
    with pytest.raises(ValueError, match="HTML page"):
        parse_listing(b"<!doctype html><html><body>hi</body></html>", "http://x.test/")
    with pytest.raises(ValueError, match="malformed sitemap"):
        parse_listing(b"<urlset><url><loc>http://x", "http://x.test/", "sitemap")
    # an external entity is never resolved
    evil = (b"<?xml version='1.0'?><!DOCTYPE u [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>"
            b"<urlset><url><loc>http://x.test/&e;</loc></url></urlset>")
    got = parse_listing(evil, "http://x.test/", "sitemap")
    assert all("root:" not in e.url for e in got.entries)
    assert normalize_url("HTTP://Example.ORG:80/a?utm_source=z&id=3#frag") == \
        "http://example.org/a?id=3"


# --- failures: 500 and recovery, slow, huge ----------------------------------------------------

def test_500_backs_off_then_recovers(site: Site, store: Store) -> None:
    serve_pages(site)
    site.set("/feed.xml", "oops", status=500)
    clock = Clock()
    src = make_source(site.url("/feed.xml"), interval=60)
    with watcher(store, [src], clock) as w:
        r = w.poll_due()
        assert r.poll_errors == 1 and "HTTP 500" in r.errors[0]
        [row] = WatchState(store).sources()
        assert row["failures"] == 1 and "HTTP 500" in row["last_error"]
        assert row["next_poll_at"] == clock.now + timedelta(seconds=backoff(60, 1))
        clock.advance(backoff(60, 1))
        w.poll_due()  # fails again: the wait doubles
        [row] = WatchState(store).sources()
        assert row["failures"] == 2
        assert row["next_poll_at"] == clock.now + timedelta(seconds=backoff(60, 2))
        assert backoff(60, 2) == 2 * backoff(60, 1)
        clock.advance(backoff(60, 1))  # not due yet
        assert w.poll_due().polls == 0
        # a 503 with Retry-After waits as long as the server asks
        clock.advance(backoff(60, 2))
        site.set("/feed.xml", "busy", status=503, headers={"Retry-After": "3600"})
        w.poll_due()
        [row] = WatchState(store).sources()
        assert row["next_poll_at"] == clock.now + timedelta(seconds=3600)
        clock.advance(3600)
        site.set("/feed.xml", rss(site, ["nurses"]), ctype="application/rss+xml")
        r = w.poll_due()
        assert r.stored == 1 and r.poll_errors == 0
    [row] = WatchState(store).sources()
    assert row["failures"] == 0 and row["last_error"] is None and row["errors"] == 3
    assert row["last_status"] == "ok"


def test_an_item_page_that_fails_is_retried_later_and_the_rest_goes_on(
        site: Site, store: Store) -> None:
    serve_pages(site, ["nurses"])
    site.set("/news/drivers", "down", status=502)
    site.set("/feed.xml", rss(site, ["nurses", "drivers"]), ctype="application/rss+xml")
    clock = Clock()
    with watcher(store, [make_source(site.url("/feed.xml"), interval=3600)], clock) as w:
        r = w.poll_due()
        assert r.stored == 1 and r.item_errors == 1 and "HTTP 502" in r.errors[0]
        clock.advance(30)
        assert w.poll_due().fetched == 0  # its retry is not due yet
        site.set("/news/drivers", page("drivers"))
        clock.advance(60)
        assert w.poll_due().stored == 1
    assert site.hits["/news/drivers"] == 2
    assert len(stored_urls(store)) == 2


def test_slow_and_huge_responses_are_cut_off(site: Site, store: Store) -> None:
    serve_pages(site, ["nurses"])
    site.set("/news/drivers", page("drivers"), delay=8)  # much longer than the timeout
    big = page("bakery", ". More bread" * 40_000)  # ~480 KB, over the limit below
    site.set("/news/bakery", big)
    site.set("/news/dockers", "", length=False,  # no Content-Length: cut while streaming
             stream=lambda: (b"<p>" + b"x" * 10_000 + b"</p>" for _ in range(100)))
    site.set("/feed.xml", rss(site, ["nurses", "drivers", "bakery", "dockers"]),
             ctype="application/rss+xml")
    with watcher(store, [make_source(site.url("/feed.xml"))], timeout=2,
                 max_bytes=200_000) as w:
        r = w.poll_due()
    assert r.stored == 1 and r.item_errors == 3
    errs = "\n".join(r.errors)
    assert "news/drivers: timed out after 2 s" in errs
    assert "news/bakery: response of" in errs and "over the 200,000-byte limit" in errs
    assert "news/dockers: response is over the 200,000-byte limit" in errs
    states = {i["url"].rsplit("/", 1)[1]: i["state"] for i in WatchState(store).items()}
    assert states == {"nurses": "done", "drivers": "retry", "bakery": "failed",
                      "dockers": "failed"}


# --- a feed that moves; robots.txt ------------------------------------------------------------

def test_a_feed_that_moves_is_followed_there(site: Site, store: Store) -> None:
    serve_pages(site)
    site.set("/old-feed.xml", "", status=301, headers={"Location": "/feeds/labor.xml"})
    site.set("/feeds/labor.xml", rss(site, ["nurses"]), etag='"a"',
             ctype="application/rss+xml")
    clock = Clock()
    src = make_source(site.url("/old-feed.xml"), interval=60)
    with watcher(store, [src], clock) as w:
        assert w.poll_due().stored == 1
        [row] = WatchState(store).sources()
        assert row["url"] == src.url and row["fetch_url"] == site.url("/feeds/labor.xml")
        clock.advance(61)
        assert w.poll_due().not_modified == 1  # asked at the new place, with its ETag
    assert site.hits["/old-feed.xml"] == 1 and site.hits["/feeds/labor.xml"] == 2
    # a temporary redirect is followed but not remembered
    site.set("/tmp.xml", "", status=302, headers={"Location": "/feeds/labor.xml"})
    with watcher(store, [make_source(site.url("/tmp.xml"))]) as w:
        w.poll_due()
    row = [r for r in WatchState(store).sources() if r["url"].endswith("/tmp.xml")][0]
    assert row["fetch_url"] == site.url("/tmp.xml")


def test_robots_txt_is_honoured(site: Site, store: Store) -> None:
    serve_pages(site)
    site.set("/members/dockers", page("dockers"))
    site.set("/robots.txt", "User-agent: *\nDisallow: /members/\nDisallow: /private-feed\n",
             ctype="text/plain")
    site.set("/private-feed", rss(site, ["teachers"]), ctype="application/rss+xml")
    feed = rss(site, ["nurses"]).replace(
        "</channel>", f"<item><title>x</title><link>{site.url('/members/dockers')}</link>"
                      "</item></channel>")
    site.set("/feed.xml", feed, ctype="application/rss+xml")
    with watcher(store, [make_source(site.url("/feed.xml")),
                         make_source(site.url("/private-feed"))]) as w:
        r = w.poll_due()
    assert r.stored == 1
    assert site.hits["/members/dockers"] == 0 and site.hits["/private-feed"] == 0
    assert site.hits["/robots.txt"] == 1  # read once, kept
    assert any("private-feed: refused by the site's robots.txt" in e for e in r.errors)
    item = [i for i in WatchState(store).items() if "members" in i["url"]][0]
    assert item["state"] == "skipped" and "robots.txt" in item["last_error"]


# --- restart -------------------------------------------------------------------------------------

def test_a_restart_goes_on_where_it_stopped(site: Site, sqlite_url: str) -> None:
    serve_pages(site)
    site.set("/feed.xml", rss(site, ["nurses", "drivers"]), ctype="application/rss+xml")
    src = make_source(site.url("/feed.xml"), interval=60)
    clock = Clock()
    with Store(sqlite_url) as st, watcher(st, [src], clock) as w:
        assert w.poll_due().stored == 2
    # a new process: new Store, new Watcher, same database file
    site.set("/feed.xml", rss(site, ["nurses", "drivers", "teachers"]),
             ctype="application/rss+xml")
    with Store(sqlite_url) as st, watcher(st, [src], clock) as w:
        assert w.poll_due().polls == 0  # not due: the poll time was kept
        clock.advance(61)
        r = w.poll_due()
        assert (r.queued, r.fetched, r.stored) == (1, 1, 1)
        assert sum(stored_urls(st).values()) == 3
    assert site.hits["/news/nurses"] == 1 and site.hits["/news/drivers"] == 1
    # restarted with a shorter interval: it applies at once, not after the old one
    clock.advance(10)
    quick = make_source(site.url("/feed.xml"), interval=20)
    with Store(sqlite_url) as st, watcher(st, [quick], clock) as w:
        [row] = WatchState(st).sources()
        assert row["next_poll_at"] == clock.now + timedelta(seconds=20)


def test_stopping_between_items_leaves_the_rest_queued(site: Site, store: Store) -> None:
    serve_pages(site)
    site.set("/feed.xml", rss(site, ["nurses", "drivers", "teachers"]),
             ctype="application/rss+xml")
    src = make_source(site.url("/feed.xml"))
    with watcher(store, [src]) as w:
        def stop_after_first(kind, text):
            pass
        original = w._article

        def one_then_stop(item):
            out = original(item)
            w.stop.set()  # as SIGTERM would, while the first item is being fetched
            return out
        w._article = one_then_stop
        r = w.poll_due()
    assert r.fetched == 1 and r.stored == 1
    items = WatchState(store).items()
    assert sorted(i["state"] for i in items) == ["done", "new", "new"]
    assert all(i["lease_owner"] is None for i in items)  # given back, not left leased
    with watcher(store, [src]) as w:
        assert w.poll_due().stored == 2


# --- the SSRF guard, schemes, sources files --------------------------------------------------

def test_private_and_loopback_addresses_are_refused_unless_allowed(
        site: Site, store: Store) -> None:
    site.set("/feed.xml", "x")
    with watcher(store, [make_source(site.url("/feed.xml"))], allow_private=False) as w:
        r = w.poll_due()
    assert r.poll_errors == 1 and "private or local address" in r.errors[0]
    assert site.hits["/feed.xml"] == 0 and site.hits["/robots.txt"] == 0
    for ip in ("127.0.0.1", "10.1.2.3", "192.168.0.9", "169.254.169.254", "::1",
               "fc00::1", "224.0.0.1", "0.0.0.0", "100.64.0.1", "::ffff:127.0.0.1"):
        assert not address_allowed(ip), ip
    assert address_allowed("93.184.215.14") and address_allowed("2606:4700::1111")


def test_a_redirect_to_another_scheme_or_a_private_host_is_refused(site: Site) -> None:
    site.set("/to-file", "", status=302, headers={"Location": "file:///etc/passwd"})
    site.set("/loop", "", status=302, headers={"Location": "/loop"})
    with Fetcher(allow_private=True, host_interval=0, timeout=5) as f:
        with pytest.raises(FetchError, match="redirected to an http"):
            f.get(site.url("/to-file"))
        with pytest.raises(FetchError, match="HTTP 404"):
            f.get(site.url("/nothing-here"))
        with pytest.raises(FetchError, match="more than 5 redirects"):
            f.get(site.url("/loop"))
        with pytest.raises(FetchError, match="not an http"):
            f.get("gopher://127.0.0.1/")
    # allowed to start on a public name, never to be sent on to loopback
    with Fetcher(allow_private=False, host_interval=0, timeout=5, robots=False) as f:
        with pytest.raises(FetchError, match="private or local"):
            f.get("http://localhost:1/")


def test_a_drip_fed_body_is_cut_off_at_the_deadline(site: Site) -> None:
    def drip():
        for _ in range(40):  # 40 x 0.3 s: each chunk within the read timeout, the whole not
            time.sleep(0.3)
            yield b"<p>slow</p>"
    site.set("/drip", "", length=False, stream=drip)
    with Fetcher(allow_private=True, host_interval=0, timeout=1, robots=False) as f:
        with pytest.raises(FetchError) as e:
            f.get(site.url("/drip"))
    assert e.value.kind == "timeout" and e.value.transient
    assert "took longer than 3 s" in e.value.reason or "timed out" in e.value.reason


def test_the_rate_limit_spaces_requests_to_one_host(site: Site) -> None:
    site.set("/a", "a")
    waits: list[float] = []
    # time stands still (an injected monotonic clock), so each wait is the whole interval
    with Fetcher(allow_private=True, host_interval=5, timeout=5, monotonic=lambda: 100.0) as f:
        f.stop.wait = lambda t: waits.append(t) or False  # record instead of sleeping
        f.get(site.url("/a"))
        f.get(site.url("/a"))
        with pytest.raises(FetchError, match="HTTP 404"):
            f.get(site.url("/b"))  # the same host: a 404 still waited its turn
    site.set("/robots.txt", "User-agent: *\nCrawl-delay: 7\n", ctype="text/plain")
    with Fetcher(allow_private=True, host_interval=1, timeout=5, monotonic=lambda: 100.0) as f:
        f.stop.wait = lambda t: waits.append(t) or False
        f.get(site.url("/a"))
    # robots.txt, then /a (waits), /a again (waits), /b (waits); then robots.txt with a
    # Crawl-delay of 7 s, which then spaces the next request more than --host-interval
    assert waits == [5.0, 5.0, 5.0, 7.0]


def test_sources_files(tmp_path: Path) -> None:
    toml = tmp_path / "sources.toml"
    toml.write_text('[defaults]\ninterval = "5m"\n\n[[source]]\nurl = "https://a.example/rss"\n'
                    'name = "A"\n\n[[source]]\nurl = "https://b.example/sitemap.xml"\n'
                    'kind = "sitemap"\ninterval = "1h"\ncontent = "page"\n')
    a, b = load_sources(toml)
    assert (a.name, a.interval, a.kind) == ("A", 300, "auto")
    assert (b.interval, b.kind) == (3600, "sitemap")
    plain = tmp_path / "sources.txt"
    plain.write_text("# feeds\nhttps://a.example/rss 90s\nhttps://c.example/list.txt\n")
    assert [(s.url, s.interval) for s in load_sources(plain)] == [
        ("https://a.example/rss", 90), ("https://c.example/list.txt", 600)]
    bad = tmp_path / "bad.toml"
    for text, msg in [('[[source]]\nurl = "ftp://x"\n', "not an http"),
                      ('[[source]]\nurl = "https://x"\nkind = "web"\n', "kind 'web'"),
                      ('[[source]]\nurl = "https://x"\nevery = 3\n', "unknown key"),
                      ('[[source]]\nurl = "https://x"\ninterval = "soon"\n', "not a duration"),
                      ("[[source]\n", "not valid TOML"), ("", "no sources")]:
        bad.write_text(text)
        with pytest.raises(SourcesError, match=msg) as e:
            load_sources(bad)
        assert str(bad) in str(e.value)


# --- the command line -----------------------------------------------------------------------------

def _cli(*args: str, env: dict | None = None, timeout: float = 240) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "picketline.cli", *args] if False else
                          [str(Path(sys.executable).parent / "picketline"), *args],
                          capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


def test_cli_watch_once(site: Site, tmp_path: Path) -> None:
    serve_pages(site)
    site.set("/feed.xml", rss(site, ["nurses", "bakery"]), ctype="application/rss+xml")
    site.set("/broken.xml", "<html><body>not a feed</body></html>")
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nurl = "{site.url("/feed.xml")}"\nname = "Gazette"\n')
    db = tmp_path / "w.db"
    p = _cli("watch", "--once", "--allow-private", "--host-interval", "0", "--sources",
             str(sources), "--db", str(db), "--json")
    assert p.returncode == 0, p.stderr
    import json
    out = json.loads(p.stdout)
    assert out["stored"] == 2 and out["labor"] == 1
    p = _cli("watch", "--once", "--allow-private", site.url("/broken.xml"), "--db", str(db))
    assert p.returncode == 1
    assert "broken.xml: an HTML page, not a feed" in p.stderr
    p = _cli("watch", "--once", "--db", str(db))
    assert p.returncode == 2 and "no sources" in p.stderr
    p = _cli("watch", "--once", "--sources", str(tmp_path / "none.toml"), "--db", str(db))
    assert p.returncode == 2 and "none.toml" in p.stderr


def test_cli_watch_stops_cleanly_on_sigterm(site: Site, tmp_path: Path) -> None:
    import signal

    site.set("/feed.xml", rss(site, []), ctype="application/rss+xml")
    proc = subprocess.Popen([str(Path(sys.executable).parent / "picketline"), "watch",
                             "--allow-private", site.url("/feed.xml"), "--interval", "1h",
                             "--db", str(tmp_path / "w.db")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while site.hits["/feed.xml"] == 0 and time.monotonic() < deadline:
        time.sleep(0.1)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "polls 1" in out


# --- several watchers on PostgreSQL -----------------------------------------------------------

@pytest.mark.postgres
def test_two_watchers_on_postgresql_store_every_item_once(site: Site, pg_url: str,
                                                          tmp_path: Path) -> None:
    keys = list(STORIES)
    extra = {}
    for n in range(10):  # more items than one batch, so the two interleave
        k = f"extra{n}"
        extra[k] = (f"Warehouse crew {n} rallies in Brookmoor", "2026-03-02",
                    f"About {100 + n} warehouse workers at depot {n} of Tamsin Logistics in "
                    f"Brookmoor, Nevada, held a rally on Thursday over heat breaks, the "
                    f"Warehouse Workers Union Local {500 + n} said.")
    STORIES.update(extra)
    try:
        keys += list(extra)
        serve_pages(site, keys)
        for k in keys:  # each answer is slow so that both watchers are busy at once
            site.routes[f"/news/{k}"]["delay"] = 0.2
        site.set("/feed.xml", rss(site, keys), ctype="application/rss+xml", delay=1)
        site.set("/list.txt", "\n".join(site.url(f"/news/{k}") for k in keys),
                 ctype="text/plain", delay=1)
        with Store(pg_url):
            pass  # migrated once before the race
        args = ["watch", "--once", "--allow-private", "--host-interval", "0", "--json",
                "--batch", "3",
                site.url("/feed.xml"), site.url("/list.txt"), "--db", pg_url]
        exe = str(Path(sys.executable).parent / "picketline")
        procs = [subprocess.Popen([exe, *args], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(2)]
        outs = [p.communicate(timeout=400) for p in procs]
        for p, (out, err) in zip(procs, outs):
            assert p.returncode == 0, err
        import json
        reports = [json.loads(out) for out, _ in outs]
        assert sum(r["stored"] for r in reports) == len(keys)
        assert sum(r["fetched"] for r in reports) == len(keys)
        print("stored by each watcher:", [r["stored"] for r in reports])
        assert sum(r["polls"] for r in reports) == 2  # each source polled by one of them
        assert all(site.hits[f"/news/{k}"] == 1 for k in keys), site.hits
        with Store(pg_url) as st:
            assert stored_urls(st) == {site.url(f"/news/{k}"): 1 for k in keys}
            items = WatchState(st).items()
            assert len(items) == len(keys) and all(i["state"] == "done" for i in items)
    finally:
        for k in extra:
            STORIES.pop(k, None)


def test_the_example_sources_file_and_the_unit_are_usable() -> None:
    root = Path(__file__).resolve().parents[1] / "deploy"
    sources = load_sources(root / "sources.example.toml")
    assert len(sources) == 4 and {s.kind for s in sources} == {"auto", "sitemap", "urls"}
    assert any(s.content == "feed" for s in sources)
    unit = (root / "picketline-watch.service").read_text()
    assert "picketline watch --sources /etc/picketline/sources.toml" in unit
    assert 'CMD ["watch", "--sources", "/etc/picketline/sources.toml"]' in \
        (root / "Containerfile").read_text()


def test_content_feed_stores_the_entries_own_text_without_fetching_pages(
        site: Site, store: Store) -> None:
    body = STORIES["dockers"][2]
    site.set("/feed.xml",
             "<?xml version='1.0'?><rss version='2.0' xmlns:content='http://purl.org/rss/1.0/"
             "modules/content/'><channel><title>Harbour news</title><link>x</link>"
             "<description>x</description><item><title>Dock stoppage</title>"
             f"<link>{site.url('/news/dockers')}</link><pubDate>Wed, 04 Mar 2026 10:00:00 GMT"
             f"</pubDate><content:encoded><![CDATA[<p>{body}</p>]]></content:encoded></item>"
             "</channel></rss>", ctype="application/rss+xml")
    src = make_source(site.url("/feed.xml"), name="Harbour", content="feed")
    with watcher(store, [src]) as w:
        r = w.poll_due()
    assert r.stored == 1 and r.labor == 1
    assert site.hits["/news/dockers"] == 0
    [a] = store.articles(limit=None)
    assert a.text == body and a.published == "2026-03-04" and a.source == "Harbour"
    assert a.url == site.url("/news/dockers")


def test_watch_help_reads_at_80_columns() -> None:
    from typer.testing import CliRunner

    from picketline.cli import app

    r = CliRunner().invoke(app, ["watch", "--help"], env={"COLUMNS": "80"})
    assert r.exit_code == 0 and "Usage" in r.stdout and "…" not in r.stdout
    assert "several watchers may share one" in " ".join(r.stdout.split())


def test_two_watchers_on_one_sqlite_file_store_every_item_once(site: Site,
                                                               tmp_path: Path) -> None:
    keys = ["nurses", "drivers", "bakery", "teachers", "dockers"]
    serve_pages(site, keys)
    for k in keys:
        site.routes[f"/news/{k}"]["delay"] = 0.3
    site.set("/feed.xml", rss(site, keys), ctype="application/rss+xml", delay=1)
    db = tmp_path / "shared.db"
    Store(f"sqlite:///{db}").close()
    exe = str(Path(sys.executable).parent / "picketline")
    args = [exe, "watch", "--once", "--allow-private", "--host-interval", "0", "--json",
            "--batch", "1", site.url("/feed.xml"), "--db", str(db)]
    procs = [subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    outs = [p.communicate(timeout=400) for p in procs]
    import json
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
    reports = [json.loads(out) for out, _ in outs]
    assert sum(r["stored"] for r in reports) == len(keys)
    assert sum(r["polls"] for r in reports) == 1
    assert all(site.hits[f"/news/{k}"] == 1 for k in keys), site.hits
    with Store(f"sqlite:///{db}") as st:
        assert stored_urls(st) == {site.url(f"/news/{k}"): 1 for k in keys}


def test_a_batch_that_fails_gives_its_items_back_at_once(site: Site, store: Store) -> None:
    serve_pages(site, ["nurses", "drivers"])
    site.set("/feed.xml", rss(site, ["nurses", "drivers"]), ctype="application/rss+xml")
    src = make_source(site.url("/feed.xml"))
    with watcher(store, [src]) as w:
        def broken(articles):
            raise RuntimeError("the extractor fell over")
        w._extract, w._cache = broken, None
        with pytest.raises(RuntimeError):
            w.poll_due()
    items = WatchState(store).items()
    assert [i["state"] for i in items] == ["new", "new"]
    assert all(i["lease_owner"] is None and i["attempts"] == 0 for i in items)
    assert store.count_articles() == 0
    with watcher(store, [src]) as w:  # the next watcher (or step) takes them at once
        assert w.poll_due().stored == 2


def test_leases_are_renewed_while_a_long_batch_runs(site: Site, store: Store) -> None:
    keys = ["nurses", "drivers", "teachers"]
    serve_pages(site, keys)
    site.set("/feed.xml", rss(site, keys), ctype="application/rss+xml")
    clock = Clock()
    src = make_source(site.url("/feed.xml"))
    other = WatchState(store)
    stolen: list[list] = []
    with watcher(store, [src], clock, lease=60) as w:
        original = w._article

        def slow(item):  # every fetch takes 50 s of the clock: the batch outlives a lease
            clock.advance(50)
            stolen.append(other.claim_items([src.url], "another-watcher", clock(), 60))
            return original(item)
        w._article = slow
        r = w.poll_due()
    assert r.stored == 3
    assert stolen == [[], [], []]  # nothing of the batch could be taken over meanwhile
    assert site.hits["/news/nurses"] == 1
