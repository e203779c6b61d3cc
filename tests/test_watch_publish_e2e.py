"""The whole live path, end to end (issue 16): a news site on 127.0.0.1 publishes a strike,
``picketline watch`` (a real process, ``--once``) ingests it, the Atom and JSON feeds of the
web app (uvicorn on 127.0.0.1) and a webhook receiver (a real HTTP server that checks the
HMAC signature and refuses a bad one) carry "started"; the site then reports the strike's end
with a new offer, and after the next poll both carry the status change and the offer; a
restart (a new process on the same database, the feed answering 200 again) fetches no page
again and delivers nothing twice. On SQLite and on PostgreSQL.

Also what the watcher's own tests leave out: a webhook POST that failed is retried by the
running watcher once it is due, with no new article needed; a feed that is drip-fed, one
that is huge, and a robots.txt that cannot be read are each reported, backed off and
recovered from with every item stored once."""
from __future__ import annotations

import hashlib
import hmac
import html
import json
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from subprocess import run
from xml.etree import ElementTree as ET

import feedparser
import pytest

from picketline.publish import hooks
from picketline.store import Store
from picketline.store.watch import WatchState
from picketline.watch import Watcher, make_source
from picketline.web import create_app
from publish_fixtures import HOSTILE, WebServer, write_batches
from support import cli

ATOM = "{http://www.w3.org/2005/Atom}"


# --- the news site and the webhook receiver -------------------------------------------------

class NewsSite:
    """A site on 127.0.0.1: ``routes`` path -> (body, content type, etag or None, chunks
    with a pause between them or None); counts requests per path. A feed with an ETag
    answers 304 to a matching If-None-Match."""

    def __init__(self) -> None:
        self.routes: dict[str, dict] = {}
        self.hits: Counter = Counter()
        self.lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                with site.lock:
                    site.hits[self.path] += 1
                    r = site.routes.get(self.path)
                if r is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                etag = r.get("etag")
                if etag and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                body = r.get("body", b"")
                body = body.encode() if isinstance(body, str) else body
                self.send_response(r.get("status", 200))
                self.send_header("Content-Type", r.get("ctype", "text/html; charset=utf-8"))
                if etag:
                    self.send_header("ETag", etag)
                drip = r.get("drip")
                if not drip:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    if drip:  # a few bytes at a time, each well within the read timeout
                        for i in range(0, len(body), drip[0]):
                            self.wfile.write(body[i:i + drip[0]])
                            self.wfile.flush()
                            time.sleep(drip[1])
                    else:
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def url(self, path: str) -> str:
        return self.base + path

    def set(self, path: str, body: str | bytes, **kw) -> None:
        with self.lock:
            self.routes[path] = {"body": body, **kw}

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class SignedReceiver:
    """A webhook receiver on 127.0.0.1 that checks each POST's X-Picketline-Signature
    against ``secret`` itself (HMAC-SHA256 of the raw body) and answers 401 when it does
    not match, else the next of ``statuses`` (the last repeats). ``accepted``: the bodies
    of the POSTs it answered 2xx."""

    def __init__(self, statuses: tuple[int, ...] = (200,)) -> None:
        self.secret: str | None = None
        self.statuses = list(statuses)
        self.posts: list[dict] = []
        self.lock = threading.Lock()
        rx = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                sig = self.headers.get("X-Picketline-Signature") or ""
                want = "sha256=" + hmac.new((rx.secret or "").encode(), body,
                                            hashlib.sha256).hexdigest()
                good = rx.secret is not None and hmac.compare_digest(sig, want)
                with rx.lock:
                    status = 401 if not good else (
                        rx.statuses.pop(0) if len(rx.statuses) > 1 else rx.statuses[0])
                    rx.posts.append({"body": body, "signed": good, "status": status})
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def accepted(self) -> list[dict]:
        return [json.loads(p["body"]) for p in self.posts if 200 <= p["status"] < 300]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site():
    s = NewsSite()
    yield s
    s.close()


def article_page(rec: dict) -> str:
    """An article page of one of the publish fixtures' records (text escaped)."""
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in rec["text"].split("\n"))
    return (f"<!doctype html><html><head><meta charset='utf-8'>"
            f"<title>{html.escape(rec['title'])}</title>"
            f"<meta property='article:published_time' content='{rec['published']}'></head>"
            f"<body><nav><a href='/'>Home</a></nav><article>"
            f"<h1>{html.escape(rec['title'])}</h1>{paras}</article>"
            f"<footer>Valley Ledger</footer></body></html>")


def rss(site: NewsSite, items: list[tuple[str, dict]]) -> str:
    out = ""
    for path, rec in items:
        out += (f"<item><title>{html.escape(rec['title'])}</title>"
                f"<link>{site.url(path)}</link><guid>{site.url(path)}</guid>"
                f"<description>{html.escape(rec['text'][:90])}</description></item>")
    return ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
            f"<title>Valley Ledger: labor</title><link>{site.base}</link>"
            f"<description>labor news</description>{out}</channel></rss>")


BAKERY = {"title": "Bakery opens a second shop downtown", "published": "",
          "text": "Marigold Bakery opened its second shop on Water Street this weekend, "
                  "selling rye loaves and cardamom buns.\nThe owner said six people were "
                  "hired and the new ovens can bake 900 loaves a day."}


def _records(tmp: Path) -> tuple[dict, dict]:
    first, second = write_batches(tmp / "records")
    return json.loads(first.read_text()), json.loads(second.read_text())


def _get(url: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read()
    except urllib.error.HTTPError as e:
        return e.code, {k.lower(): v for k, v in e.headers.items()}, e.read()


def _watch_once(site: NewsSite, db: str) -> dict:
    p = run(cli("watch", "--once", "--allow-private", "--host-interval", "0", "--interval",
                "0s", "--json", site.url("/labor/rss.xml"), "--db", db),
            capture_output=True, text=True, timeout=400)
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)


def _atom(server: WebServer, query: str = "state=CA") -> tuple[list, bytes, str]:
    status, headers, body = _get(f"{server.url}/feeds/disputes.atom?{query}")
    assert status == 200, body[:300]
    ET.fromstring(body)  # well-formed
    feed = feedparser.parse(body)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed.entries, body, headers["etag"]


# --- the whole path ----------------------------------------------------------------------------

@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'live.db'}"
    return request.getfixturevalue("pg_url")


def test_watch_to_feed_and_webhook_end_to_end(site: NewsSite, db_url: str,
                                              tmp_path: Path) -> None:
    start, end = _records(tmp_path)
    site.set("/labor/mercy-valley-strike", article_page(start))
    site.set("/business/bakery", article_page(BAKERY))
    site.set("/labor/rss.xml", rss(site, [("/labor/mercy-valley-strike", start),
                                          ("/business/bakery", BAKERY)]),
             ctype="application/rss+xml", etag='"feed-1"')
    rx, elsewhere = SignedReceiver(), SignedReceiver()
    try:
        # hooks added with the CLI, as a user would; the secret comes back once
        p = run(cli("hooks", "add", rx.url, "--filter", "state=CA", "--json", "--db", db_url),
                capture_output=True, text=True, timeout=120)
        assert p.returncode == 0, p.stderr
        hook = json.loads(p.stdout)
        rx.secret = hook["secret"]
        p = run(cli("hooks", "add", elsewhere.url, "--filter", "state=NY", "--json", "--db",
                    db_url), capture_output=True, text=True, timeout=120)
        assert p.returncode == 0, p.stderr
        elsewhere.secret = json.loads(p.stdout)["secret"]

        with WebServer(create_app(db_url)) as web:
            # 1. the strike starts
            r = _watch_once(site, db_url)
            assert (r["polls"], r["queued"], r["fetched"], r["stored"], r["labor"]) == \
                (1, 2, 2, 2, 1)
            entries, _, etag1 = _atom(web)
            [started] = entries
            assert "started" in started.title and "600 workers" in started.title
            assert [ln.href for ln in started.links if ln.rel == "related"] == \
                [site.url("/labor/mercy-valley-strike")]
            [post] = rx.accepted
            assert [p["signed"] for p in rx.posts] == [True]
            [change] = post["changes"]
            assert change["kinds"] == ["started"] and change["id"] == started.id
            assert change["sources"][0]["url"] == site.url("/labor/mercy-valley-strike")
            assert change["dispute"]["state"] == "CA"

            # 2. the feed gains the strike's end, with a new offer
            site.set("/labor/mercy-valley-deal", article_page(end))
            site.set("/labor/rss.xml", rss(site, [("/labor/mercy-valley-deal", end),
                                                  ("/labor/mercy-valley-strike", start),
                                                  ("/business/bakery", BAKERY)]),
                     ctype="application/rss+xml", etag='"feed-2"')
            r = _watch_once(site, db_url)
            assert (r["polls"], r["queued"], r["fetched"], r["stored"]) == (1, 1, 1, 1)
            assert r["disputes_new"] == 0 and r["disputes_updated"] == 1
            entries, body, etag2 = _atom(web)
            assert etag2 != etag1
            newest, first = entries
            assert first.id == started.id
            assert "status ongoing -> ended" in newest.title
            assert "offer 8% over 3 years -> 14% over 3 years" in newest.title
            assert [ln.href for ln in newest.links if ln.rel == "related"] == \
                [site.url("/labor/mercy-valley-deal")]
            assert HOSTILE not in body.decode()  # the title's markup is escaped
            status, _, jbody = _get(f"{web.url}/feeds/disputes.json?state=CA&kind=offer")
            assert status == 200
            [item] = json.loads(jbody)["items"]
            assert item["id"] == newest.id
            assert [p["signed"] for p in rx.posts] == [True, True]
            second = rx.accepted[1]
            [moved] = second["changes"]
            assert moved["id"] == newest.id
            status_change = moved["changes"]["status"]
            assert (status_change["before"], status_change["after"]) == ("ongoing", "ended")
            assert moved["changes"]["offer"]["after"]["pct"] == 14.0
            assert moved["sources"][0]["url"] == site.url("/labor/mercy-valley-deal")
            assert elsewhere.posts == []  # nothing changed in New York

            # 3. a restart: a new process on the same database. The feed answers 200 again
            # (a new ETag, same items): every item is known, no page is fetched again
            site.set("/labor/rss.xml", site.routes["/labor/rss.xml"]["body"],
                     ctype="application/rss+xml", etag='"feed-2-again"')
            r = _watch_once(site, db_url)
            assert (r["polls"], r["not_modified"], r["queued"], r["fetched"], r["stored"]) == \
                (1, 0, 0, 0, 0)
            r = _watch_once(site, db_url)  # and now the feed is unchanged: a 304
            assert (r["polls"], r["not_modified"], r["fetched"]) == (1, 1, 0)
            p = run(cli("hooks", "deliver", "--json", "--db", db_url), capture_output=True,
                    text=True, timeout=120)
            assert p.returncode == 0, p.stderr
            assert json.loads(p.stdout)["posts"] == 0
            assert len(rx.posts) == 2 and elsewhere.posts == []
            status, _, _ = _get(f"{web.url}/feeds/disputes.atom?state=CA",
                                {"If-None-Match": etag2})
            assert status == 304  # the feed did not change either
            entries, _, _ = _atom(web)
            assert [e.id for e in entries] == [newest.id, started.id]
    finally:
        rx.close()
        elsewhere.close()
    assert site.hits["/labor/mercy-valley-strike"] == 1
    assert site.hits["/labor/mercy-valley-deal"] == 1
    assert site.hits["/business/bakery"] == 1
    assert site.hits["/labor/rss.xml"] == 4
    with Store(db_url) as st:
        urls = Counter(a.url for a in st.articles(limit=None))
        assert urls == {site.url(p): 1 for p in ("/labor/mercy-valley-strike",
                                                  "/labor/mercy-valley-deal",
                                                  "/business/bakery")}
        assert st.count_changes() == 2
        log = st.delivery_log(hook["id"])
        assert sorted(r["ok"] for r in log) == [True, True]
        assert {d["state"] for d in st.deliveries(hook["id"])} == {"delivered"}


# --- webhook retries by a running watcher ----------------------------------------------------

class WallClock:
    """The real time, plus whatever a test moves it on by."""

    def __init__(self) -> None:
        self.offset = timedelta(0)

    def __call__(self) -> datetime:
        return datetime.now(timezone.utc) + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += timedelta(seconds=seconds)


def test_a_running_watcher_retries_a_failed_webhook_post_when_it_is_due(
        site: NewsSite, store: Store, tmp_path: Path) -> None:
    """A receiver that was down when the strike was stored gets it from the watcher itself
    once its retry is due, without waiting for another article or `hooks deliver`."""
    start, _ = _records(tmp_path)
    site.set("/labor/mercy-valley-strike", article_page(start))
    site.set("/labor/rss.xml", rss(site, [("/labor/mercy-valley-strike", start)]),
             ctype="application/rss+xml")
    rx = SignedReceiver(statuses=(503, 200))
    try:
        hook, rx.secret = hooks.add_hook(store, rx.url)
        clock = WallClock()
        src = make_source(site.url("/labor/rss.xml"), interval=3600)
        with Watcher(store, [src], clock=clock, allow_private=True, host_interval=0,
                     timeout=5) as w:
            r = w.poll_due()
            assert r.stored == 1
            assert [p["status"] for p in rx.posts] == [503]
            [pending] = store.deliveries(hook["id"], state="pending")
            clock.advance(10)  # the retry is not due yet: nothing is sent
            r = w.poll_due()
            assert (r.polls, r.fetched) == (0, 0) and len(rx.posts) == 1
            clock.advance(hooks.backoff(1))  # now it is: the next step sends it
            r = w.poll_due()
            assert (r.polls, r.fetched) == (0, 0)
            assert [p["status"] for p in rx.posts] == [503, 200]
            assert all(p["signed"] for p in rx.posts)
            [body] = rx.accepted
            assert body["changes"][0]["kinds"] == ["started"]
            assert w.next_wakeup() is not None
        assert [d["state"] for d in store.deliveries(hook["id"])] == ["delivered"]
        assert [r["ok"] for r in sorted(store.delivery_log(hook["id"]),
                                        key=lambda r: r["attempt"])] == [False, True]
    finally:
        rx.close()


# --- slow and huge feeds, an unreadable robots.txt ---------------------------------------------

def test_a_drip_fed_feed_and_a_huge_feed_are_cut_off_backed_off_and_recovered(
        site: NewsSite, store: Store, tmp_path: Path) -> None:
    start, _ = _records(tmp_path)
    site.set("/labor/mercy-valley-strike", article_page(start))
    site.set("/business/bakery", article_page(BAKERY))
    good = rss(site, [("/labor/mercy-valley-strike", start)])
    # 10 bytes every 0.2 s: each read is quick, the whole answer takes > 10 s (timeout 1 s
    # allows 3 s for a whole response)
    site.set("/slow.xml", good, ctype="application/rss+xml", drip=(10, 0.2))
    huge = rss(site, [("/business/bakery", BAKERY)]).replace(
        "</channel>", "<!--" + "x" * 700_000 + "--></channel>")
    site.set("/huge.xml", huge, ctype="application/rss+xml")
    clock = WallClock()
    sources = [make_source(site.url("/slow.xml"), interval=60),
               make_source(site.url("/huge.xml"), interval=60)]
    with Watcher(store, sources, clock=clock, allow_private=True, host_interval=0, timeout=1,
                 max_bytes=150_000) as w:  # a feed may be twice an article: 300,000 bytes
        r = w.poll_due()
        assert (r.polls, r.poll_errors, r.stored) == (2, 2, 0)
        errs = "\n".join(r.errors)
        assert f"{site.url('/slow.xml')}: response took longer than 3 s" in errs
        assert f"{site.url('/huge.xml')}: response" in errs and "300,000-byte limit" in errs
        rows = {row["url"].rsplit("/", 1)[1]: row for row in WatchState(store).sources()}
        assert all(row["failures"] == 1 and row["last_status"] == "error"
                   for row in rows.values())
        assert rows["slow.xml"]["next_poll_at"] > clock() + timedelta(seconds=50)
        # the sites are fixed; once the backoff has passed each is polled and stored
        site.set("/slow.xml", good, ctype="application/rss+xml")
        site.set("/huge.xml", rss(site, [("/business/bakery", BAKERY)]),
                 ctype="application/rss+xml")
        clock.advance(10)
        assert w.poll_due().polls == 0  # still backing off
        clock.advance(120)
        r = w.poll_due()
        assert (r.polls, r.poll_errors, r.stored) == (2, 0, 2)
    assert all(row["failures"] == 0 for row in WatchState(store).sources())
    assert Counter(a.url for a in store.articles(limit=None)) == {
        site.url("/labor/mercy-valley-strike"): 1, site.url("/business/bakery"): 1}
    assert site.hits["/labor/mercy-valley-strike"] == 1 and site.hits["/business/bakery"] == 1


def test_an_unreadable_robots_txt_means_not_now_and_nothing_is_fetched_until_it_is_read(
        site: NewsSite, store: Store, tmp_path: Path) -> None:
    """RFC 9309: a robots.txt answering 5xx means the whole site is off limits for now."""
    start, _ = _records(tmp_path)
    site.set("/labor/mercy-valley-strike", article_page(start))
    site.set("/labor/rss.xml", rss(site, [("/labor/mercy-valley-strike", start)]),
             ctype="application/rss+xml")
    site.set("/robots.txt", "down", status=503)
    clock = WallClock()
    src = make_source(site.url("/labor/rss.xml"), interval=60)
    with Watcher(store, [src], clock=clock, allow_private=True, host_interval=0,
                 timeout=5) as w:
        r = w.poll_due()
        assert (r.polls, r.poll_errors, r.stored) == (1, 1, 0)
        assert "robots.txt could not be read (HTTP 503)" in r.errors[0]
        assert site.hits["/labor/rss.xml"] == 0
    # a new watcher (a restart) reads robots.txt again; now it is fine
    site.set("/robots.txt", "User-agent: *\nAllow: /\n", ctype="text/plain")
    clock.advance(3600)
    with Watcher(store, [src], clock=clock, allow_private=True, host_interval=0,
                 timeout=5) as w:
        assert w.poll_due().stored == 1
    assert site.hits["/labor/rss.xml"] == 1 and site.hits["/labor/mercy-valley-strike"] == 1


def test_the_readmes_sources_file_loads_and_names_real_feeds(tmp_path: Path) -> None:
    """The sources file the README shows is usable as it stands (never fetched here)."""
    import re

    from picketline.watch import load_sources

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    blocks = [b for b in re.findall(r"```toml\n(.*?)```", readme, re.S) if "[[source]]" in b]
    assert blocks, "the README shows no sources file"
    f = tmp_path / "sources.toml"
    f.write_text(blocks[0])
    sources = load_sources(f)
    assert len(sources) >= 2
    assert all(s.url.startswith("https://") and "example" not in s.url for s in sources)
    assert all(s.name for s in sources) and {s.interval for s in sources} >= {900}


def test_an_article_in_a_feed_and_a_news_sitemap_is_fetched_once_however_often_polled(
        site: NewsSite, store: Store, tmp_path: Path) -> None:
    """The two describe it differently (the feed's text, the sitemap's date): that is no
    edit. Found by benchmarks/watch_latency.py, where every page was fetched about nine
    times, once after each poll of the source that had not found it first."""
    start, end = _records(tmp_path)
    site.set("/labor/mercy-valley-strike", article_page(start))
    site.set("/labor/mercy-valley-deal", article_page(end))
    pages = [("/labor/mercy-valley-strike", start), ("/labor/mercy-valley-deal", end)]

    def sitemap(lastmod: str) -> str:
        return ("<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/"
                "schemas/sitemap/0.9'>" + "".join(
                    f"<url><loc>{site.url(p)}</loc><lastmod>{lastmod}</lastmod></url>"
                    for p, _ in pages) + "</urlset>")

    site.set("/labor/rss.xml", rss(site, pages), ctype="application/rss+xml")
    site.set("/sitemap.xml", sitemap("2026-03-02T08:00:00Z"), ctype="application/xml")
    clock = WallClock()
    sources = [make_source(site.url("/labor/rss.xml"), interval=60),
               make_source(site.url("/sitemap.xml"), kind="sitemap", interval=60)]
    with Watcher(store, sources, clock=clock, allow_private=True, host_interval=0,
                 timeout=5) as w:
        r = w.poll_due()
        assert (r.polls, r.queued, r.fetched, r.stored) == (2, 2, 2, 2)
        for _ in range(3):
            clock.advance(61)
            r = w.poll_due()
            assert (r.polls, r.queued, r.fetched) == (2, 0, 0)
        assert site.hits["/labor/mercy-valley-strike"] == 1
        # a real edit, told by both sources, is fetched again: once
        edited = {**start, "title": start["title"] + " (updated)",
                  "text": start["text"] + "\nTalks resumed on Friday."}
        site.set("/labor/mercy-valley-strike", article_page(edited))
        site.set("/labor/rss.xml", rss(site, [("/labor/mercy-valley-strike", edited),
                                              pages[1]]), ctype="application/rss+xml")
        site.set("/sitemap.xml", sitemap("2026-03-02T10:00:00Z"), ctype="application/xml")
        clock.advance(61)
        r = w.poll_due()
        assert (r.fetched, r.stored) == (1, 1)
        clock.advance(61)
        assert w.poll_due().fetched == 0
    assert site.hits["/labor/mercy-valley-strike"] == 2
    assert site.hits["/labor/mercy-valley-deal"] == 1
