"""How soon a story in a watched feed reaches the API and the feeds of changes, and how many
articles an hour one core keeps up with (issue 16).

    python benchmarks/watch_latency.py [--mode latency|throughput|both] [--interval 5]
        [--items 30] [--rate 6] [--seed 1] [--burst 200] [--cpu 0] [--host-interval 1]
        [--db postgresql://...] [--json out.json|-] [--keep DIR]

A news site on 127.0.0.1 (a thread of this process) serves an RSS feed, a news sitemap of
the same stories, their article pages and a robots.txt. Both are watched by the real
``picketline watch`` (a process of its own, polling every ``--interval`` seconds, one request
per host every ``--host-interval`` seconds as by default) into a fresh database (SQLite in a
temporary folder, or a fresh schema of the PostgreSQL database ``--db`` names, dropped
afterwards), and ``picketline serve`` (uvicorn, a process of its own) serves it.

**latency**: a publisher adds ``--items`` stories at random times (seeded; exponential gaps,
``--rate`` a minute on average), written from this file's own templates: strikes starting,
raised offers and ends of strikes already reported, and other news (some using "strike" in
other senses). A client polls, every ``--poll`` seconds, ``/api/articles``, ``/api/disputes``
(incrementally, ``updated_since``) and ``/feeds/disputes.atom`` (with ``If-None-Match``) and
notes when each story first shows: in the articles, in a dispute's articles, and as the
source of an entry of the Atom feed (strikes starting, offers and ends: the change each
causes). For each it prints the median, 90th percentile and worst time from the story's
appearance in the feed, and how many were over the target of one poll interval plus 10 s.
Before the clock starts one story is published and awaited, so the watcher's one-off start
(loading the language model) is not counted.

**throughput**: a fresh database and watcher, pinned to one core (``taskset -c --cpu``), with
no per-host wait (many sites' worth of pages); after the same warm-up, ``--burst`` stories
appear in the feed at once and it times how long until all are stored, and the watcher's CPU
time meanwhile: articles an hour on one core, by the wall clock and by CPU time.

It prints a table and, with ``--json``, writes every figure (and each story's times).

Measured on the project's 2-core machine (shared with other work), SQLite, poll interval
5 s, default host interval 1 s, 30 stories at 6 a minute: see ``benchmarks/README.md``.
"""
from __future__ import annotations

import argparse
import email.utils
import html
import json
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid
from datetime import date, datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.etree import ElementTree as ET

ATOM = "{http://www.w3.org/2005/Atom}"
EXE = str(Path(sys.executable).with_name("picketline"))

# --- stories, from our own templates ---------------------------------------------------------

UNIONS = [  # (union, workers, one worker, industry words)
    ("Service Employees International Union Local 1021", "custodians", "custodian",
     "workload and pay"),
    ("Amalgamated Transit Union Local 1555", "bus drivers", "driver", "break times and pay"),
    ("California Nurses Association", "nurses", "nurse", "staffing and pay"),
    ("United Auto Workers Local 862", "assembly workers", "worker", "wage tiers"),
    ("UNITE HERE Local 11", "housekeepers", "housekeeper", "room quotas and pay"),
    ("Communications Workers of America Local 9415", "technicians", "technician",
     "outsourcing and pay"),
    ("United Steelworkers Local 1010", "steelworkers", "steelworker", "pensions and pay"),
    ("National Education Association of Rhode Island", "teachers", "teacher",
     "class sizes and pay"),
]
EMPLOYER_KIND = {"custodians": "Unified School District", "bus drivers": "Transit Authority",
                 "nurses": "Medical Center", "assembly workers": "Axle Works",
                 "housekeepers": "Grand Hotel", "technicians": "Fiber Networks",
                 "steelworkers": "Steel Mill", "teachers": "Public Schools"}
PREFIXES = ["Ashford", "Bellmont", "Cedar Ridge", "Dunmore", "Elmhurst", "Fairhaven",
            "Glenwood", "Hollis", "Ironwood", "Juniper", "Kingsley", "Larchmont", "Maplewood",
            "Northgate", "Oakhurst", "Pinecrest", "Redfield", "Stonebridge", "Thornton",
            "Westbrook", "Yarrow", "Alderbrook", "Briarwood", "Crestview", "Deerfield",
            "Eastlake", "Foxhollow", "Greystone", "Harborview", "Kestrel", "Lakeshore",
            "Millbrook", "Norcastle", "Orchard Park", "Prairie View", "Silver Lake",
            "Timberline", "Upland", "Willowdale", "Bayview", "Marlowe", "Sterling"]
PLACES = [("FRESNO", "Calif."), ("TOLEDO", "Ohio"), ("SPOKANE", "Wash."),
          ("ALBANY", "N.Y."), ("TUCSON", "Ariz."), ("MADISON", "Wis."), ("DAYTON", "Ohio"),
          ("BOISE", "Idaho"), ("OMAHA", "Neb."), ("RICHMOND", "Va."), ("EUGENE", "Ore."),
          ("DULUTH", "Minn."), ("LANSING", "Mich."), ("RENO", "Nev."), ("ERIE", "Pa.")]
QUOTES = ["We are out here because nobody listened at the table.",
          "We did not want it to come to this.",
          "Every one of us would rather be at work today."]
OTHER = [
    ("City council approves budget for {city}",
     "{CITY}, {st} - The City Council voted 6-3 on Tuesday to approve a budget that adds "
     "money for road repairs and longer library hours.\nCouncil members debated the plan "
     "for four hours before the vote."),
    ("Storm brings lightning strikes and outages to {city}",
     "{CITY}, {st} - A line of storms crossed the region overnight, and a lightning strike "
     "set a barn on fire east of town.\nUtility crews restored power to most homes by "
     "evening."),
    ("{city} Sparrows win in extra innings",
     "{CITY}, {st} - The Sparrows won 5-4 in eleven innings. Their closer threw a called "
     "third strike to end the game, and the crowd of 8,000 stayed to the last pitch."),
    ("Bakery opens a second shop in {city}",
     "{CITY}, {st} - A family bakery opened its second shop on Water Street, selling rye "
     "loaves and cardamom buns.\nThe owner said six people were hired."),
    ("Bridge repairs to close two lanes in {city}",
     "{CITY}, {st} - Crews will close two lanes of the river bridge next week for deck "
     "repairs expected to last six weeks. Drivers are urged to use the bypass."),
]


class Stories:
    """Strikes that start, get a raised offer and end; and other news. Seeded."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.open: list[dict] = []
        self.names = [f"{p}" for p in PREFIXES]
        rng.shuffle(self.names)
        self.n = 0

    def _start(self) -> tuple[str, str, str, dict]:
        union, workers, one, issue = self.rng.choice(UNIONS)
        prefix = self.names.pop() if self.names else f"Prefix{self.n}"
        city, st = self.rng.choice(PLACES)
        d = {"employer": f"{prefix} {EMPLOYER_KIND[workers]}", "union": union,
             "workers": workers, "one": one, "n": self.rng.randrange(120, 2400, 10),
             "city": city, "st": st, "want": self.rng.choice([12, 15, 18, 20, 24]),
             "offer": self.rng.choice([3, 4, 5, 6])}
        self.open.append(d)
        title = f"{d['workers'].capitalize()} strike at {d['employer']}"
        text = (f"{city}, {st} - About {d['n']:,} {workers} represented by {union} walked off "
                f"the job at {d['employer']}, beginning an open-ended strike over {issue}.\n"
                f"The union is demanding a {d['want']}% raise over three years. "
                f"{d['employer']} has offered {d['offer']}% over three years.\n"
                f"\"{self.rng.choice(QUOTES)}\" said a {one} on the picket line.")
        return "start", title, text, d

    def _offer(self, d: dict) -> tuple[str, str, str, dict]:
        d["offer"] += self.rng.choice([2, 3, 4])
        title = f"{d['employer']} raises its offer to striking {d['workers']}"
        text = (f"{d['city']}, {d['st']} - {d['employer']} offered a {d['offer']}% raise over "
                f"three years to the {d['n']:,} {d['workers']} on strike, who are represented "
                f"by {d['union']}.\nThe union, which is demanding {d['want']}%, said the "
                f"strike continues while members consider the offer.")
        return "offer", title, text, d

    def _end(self, d: dict) -> tuple[str, str, str, dict]:
        self.open.remove(d)
        d["offer"] += self.rng.choice([1, 2])
        title = f"{d['workers'].capitalize()} end strike at {d['employer']}"
        text = (f"{d['city']}, {d['st']} - The strike by {d['n']:,} {d['workers']} "
                f"represented by {d['union']} at {d['employer']} ended after the employer "
                f"offered a {d['offer']}% raise over three years.\n"
                f"{d['workers'].capitalize()} returned to work, the union said.")
        return "end", title, text, d

    def next(self) -> tuple[str, str, str]:
        """(kind, title, text): kind start, offer, end or other."""
        self.n += 1
        roll = self.rng.random()
        if roll < 0.3:
            city, st = self.rng.choice(PLACES)
            t, body = self.rng.choice(OTHER)
            # a line of its own, so no two stories are the same text (a copy is stored once)
            return ("other", t.format(city=city.title()),
                    body.format(CITY=city, st=st) + f"\nLedger staff report no. {self.n}.")
        if roll < 0.5 and self.open:
            return self._offer(self.rng.choice(self.open))[:3]
        if roll < 0.65 and self.open:
            return self._end(self.rng.choice(self.open))[:3]
        return self._start()[:3]


# --- the news site ------------------------------------------------------------------------------

class Site:
    """RSS feed (``/labor/rss.xml``) and news sitemap (``/sitemap-news.xml``) of the newest
    ``feed_size`` stories, their pages (``/news/N``) and a robots.txt, with ETags (a 304
    when nothing was added). :meth:`publish` adds a story and notes when it appeared."""

    def __init__(self, feed_size: int = 100) -> None:
        self.feed_size = feed_size
        self.lock = threading.Lock()
        self.stories: list[dict] = []  # newest first
        self.pages: dict[str, bytes] = {}
        self.version = 0
        self.hits = {"feed": 0, "sitemap": 0, "pages": 0, "not_modified": 0}
        self.page_times: list[float] = []  # when each page was asked for (monotonic)
        self._feed = self._sitemap = b""
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                path = self.path
                with site.lock:
                    etag = f'"v{site.version}"'
                    if path == "/labor/rss.xml":
                        site.hits["feed"] += 1
                        body, ctype = site._feed, "application/rss+xml"
                    elif path == "/sitemap-news.xml":
                        site.hits["sitemap"] += 1
                        body, ctype = site._sitemap, "application/xml"
                    elif path == "/robots.txt":
                        body, ctype, etag = b"User-agent: *\nAllow: /\n", "text/plain", None
                    elif path in site.pages:
                        site.hits["pages"] += 1
                        site.page_times.append(time.monotonic())
                        body, ctype, etag = site.pages[path], "text/html; charset=utf-8", None
                    else:
                        body, ctype, etag = None, "", None
                    if etag and self.headers.get("If-None-Match") == etag:
                        site.hits["not_modified"] += 1
                        body = "304"
                if body is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if body == "304":
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                if etag:
                    self.send_header("ETag", etag)
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._render()
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def publish(self, kind: str, title: str, text: str) -> dict:
        """Add a story to the feed and the sitemap now; returns its record."""
        with self.lock:
            n = len(self.stories) + 1
            path = f"/news/{n}"
            now = datetime.now(timezone.utc)
            paras = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n"))
            self.pages[path] = (
                f"<!doctype html><html><head><meta charset='utf-8'><title>"
                f"{html.escape(title)}</title><meta property='article:published_time' "
                f"content='{now.date().isoformat()}'></head><body><nav><a href='/'>Home</a>"
                f"</nav><article><h1>{html.escape(title)}</h1>{paras}</article><footer>"
                f"Loopback Ledger</footer></body></html>").encode()
            story = {"n": n, "kind": kind, "title": title, "url": self.base + path,
                     "published": now, "description": text[:120]}
            self.stories.insert(0, story)
            self.version += 1
            self._render()
            story["appeared"] = time.monotonic()  # listed from this moment on
        return story

    def _render(self) -> None:
        items, urls = [], []
        for s in self.stories[: self.feed_size]:
            when = email.utils.format_datetime(s["published"], usegmt=True)
            items.append(f"<item><title>{html.escape(s['title'])}</title><link>{s['url']}"
                         f"</link><guid>{s['url']}</guid><pubDate>{when}</pubDate>"
                         f"<description>{html.escape(s['description'])}</description></item>")
            urls.append(f"<url><loc>{s['url']}</loc><news:news><news:publication><news:name>"
                        f"Loopback Ledger</news:name><news:language>en</news:language>"
                        f"</news:publication><news:publication_date>"
                        f"{s['published'].isoformat(timespec='seconds')}"
                        f"</news:publication_date><news:title>{html.escape(s['title'])}"
                        f"</news:title></news:news></url>")
        self._feed = ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
                      f"<title>Loopback Ledger: labor</title><link>{self.base}</link>"
                      f"<description>labor news</description>{''.join(items)}"
                      "</channel></rss>").encode()
        self._sitemap = ("<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www."
                         "sitemaps.org/schemas/sitemap/0.9' xmlns:news='http://www.google.com/"
                         f"schemas/sitemap-news/0.9'>{''.join(urls)}</urlset>").encode()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


# --- the database, the watcher and the web app --------------------------------------------------

class Database:
    """A fresh database: SQLite in ``folder``, or a new schema of the PostgreSQL ``url``
    (dropped by :meth:`drop`)."""

    def __init__(self, folder: Path, url: str | None, name: str) -> None:
        self.admin = self.schema = None
        if not url:
            self.url = f"sqlite:///{folder / (name + '.db')}"
            self.kind = "sqlite"
            return
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        from picketline.store import normalize_url

        self.kind = "postgresql"
        self.schema = f"bench_{name}_{uuid.uuid4().hex[:8]}"
        self.admin = create_engine(normalize_url(url))
        with self.admin.begin() as conn:
            conn.exec_driver_sql(f'CREATE SCHEMA "{self.schema}"')
        self.url = make_url(normalize_url(url)).update_query_dict(
            {"options": f"-csearch_path={self.schema}"}).render_as_string(hide_password=False)

    def drop(self) -> None:
        if self.admin is not None:
            with self.admin.begin() as conn:
                conn.exec_driver_sql(f'DROP SCHEMA "{self.schema}" CASCADE')
            self.admin.dispose()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(cmd: list[str], log: Path, cpu: int | None = None) -> subprocess.Popen:
    if cpu is not None and shutil.which("taskset"):
        cmd = ["taskset", "-c", str(cpu), *cmd]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log.open("wb"),
                            env={**os.environ, "COLUMNS": "200"})
    if cpu is not None and not shutil.which("taskset"):
        os.sched_setaffinity(proc.pid, {cpu})  # pinned just after it starts
    return proc


def stop(proc: subprocess.Popen | None) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=30)


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a running process (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def watcher(site: Site, db: Database, interval: float, host_interval: float, log: Path,
            cpu: int | None = None, batch: int = 20) -> subprocess.Popen:
    return start([EXE, "watch", "--allow-private", "--interval", f"{interval:g}s",
                  "--host-interval", f"{host_interval:g}", "--batch", str(batch),
                  "--db", db.url, site.base + "/labor/rss.xml",
                  site.base + "/sitemap-news.xml"], log, cpu)


def get(url: str, headers: dict | None = None, timeout: float = 30
        ) -> tuple[int, dict, bytes]:
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read()
    except urllib.error.HTTPError as e:
        return e.code, {k.lower(): v for k, v in e.headers.items()}, e.read()


def wait_for(check, what: str, timeout: float, procs: list[subprocess.Popen] = ()) -> float:
    """Poll ``check()`` until true; returns when it became true (monotonic)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            if check():
                return time.monotonic()
        except (OSError, urllib.error.URLError):
            pass
        for p in procs:
            if p.poll() is not None:
                raise SystemExit(f"{what}: {p.args[0:3]} exited with {p.returncode}")
        if time.monotonic() > deadline:
            raise SystemExit(f"{what}: not done after {timeout:g} s")
        time.sleep(0.2)


# --- the client that times what readers see -------------------------------------------------------

class Reader(threading.Thread):
    """Polls the API and the Atom feed every ``period`` seconds and notes, for each story
    URL, when it was first seen in ``/api/articles``, among a dispute's articles
    (``/api/disputes``) and as the source of an Atom entry."""

    def __init__(self, web: str, period: float) -> None:
        super().__init__(daemon=True)
        self.web, self.period = web, period
        self.seen: dict[str, dict[str, float]] = {"api": {}, "dispute": {}, "atom": {}}
        self.atom_titles: dict[str, list[str]] = {}
        self.ids: dict[str, str] = {}  # article id -> url
        self.halt = threading.Event()
        self.requests = 0
        self.errors: list[str] = []

    def _note(self, where: str, url: str, t: float) -> None:
        self.seen[where].setdefault(url, t)

    def run(self) -> None:
        etag = None
        since = datetime.now(timezone.utc) - timedelta(minutes=5)
        while not self.halt.wait(self.period):
            try:
                t = time.monotonic()
                status, _, body = get(f"{self.web}/api/articles?limit=500")
                if status == 200:
                    for a in json.loads(body)["items"]:
                        if a.get("url"):
                            self.ids[a["id"]] = a["url"]
                            self._note("api", a["url"], t)
                t = time.monotonic()
                asked = datetime.now(timezone.utc)
                status, _, body = get(f"{self.web}/api/disputes?limit=500&updated_since="
                                      f"{since.isoformat().replace('+00:00', 'Z')}")
                if status == 200:
                    since = asked - timedelta(seconds=5)  # incremental, with a margin
                    for d in json.loads(body)["items"]:
                        for aid in d.get("article_ids") or []:
                            if aid in self.ids:
                                self._note("dispute", self.ids[aid], t)
                t = time.monotonic()
                status, headers, body = get(f"{self.web}/feeds/disputes.atom?limit=500",
                                            {"If-None-Match": etag} if etag else None)
                self.requests += 3
                if status == 200:
                    etag = headers.get("etag")
                    for e in ET.fromstring(body).iter(ATOM + "entry"):
                        title = e.findtext(ATOM + "title") or ""
                        for link in e.iter(ATOM + "link"):
                            if link.get("rel") == "related":
                                self._note("atom", link.get("href"), t)
                                self.atom_titles.setdefault(link.get("href"), []).append(
                                    title)
            except (OSError, ValueError, ET.ParseError) as e:
                self.errors.append(f"{type(e).__name__}: {e}")


def summary(values: list[float]) -> dict:
    if not values:
        return {"n": 0}
    v = sorted(values)
    p90 = v[min(len(v) - 1, max(0, int(round(0.9 * len(v) + 0.5)) - 1))]
    return {"n": len(v), "median": round(statistics.median(v), 2), "p90": round(p90, 2),
            "worst": round(v[-1], 2), "best": round(v[0], 2)}


# --- the two modes ----------------------------------------------------------------------------

def warm_up(site: Site, stories: Stories, seen, timeout: float, procs) -> None:
    """One story, awaited: the watcher has loaded the model and done one poll."""
    story = site.publish(*stories._start()[:3])
    wait_for(lambda: seen(story["url"]), "warm-up story", timeout, procs)


def latency(args, tmp: Path) -> dict:
    rng = random.Random(args.seed)
    stories = Stories(rng)
    site = Site(feed_size=max(100, args.items + 10))
    db = Database(tmp, args.db, "latency")
    procs: list[subprocess.Popen] = []
    reader = None
    try:
        from picketline.store import Store

        Store(db.url).close()  # created and migrated before the two processes start
        port = free_port()
        web = f"http://127.0.0.1:{port}"
        procs.append(start([EXE, "serve", "--db", db.url, "--port", str(port)],
                           tmp / "serve.log"))
        wait_for(lambda: get(f"{web}/api/disputes?limit=1")[0] == 200, "web app", 120, procs)
        procs.append(watcher(site, db, args.interval, args.host_interval, tmp / "watch.log"))
        reader = Reader(web, args.poll)
        reader.start()
        warm_up(site, stories, lambda u: u in reader.seen["api"], 300, procs)
        t0 = time.monotonic()
        published: list[dict] = []
        for i in range(args.items):
            if i:
                time.sleep(rng.expovariate(args.rate / 60.0))
            published.append(site.publish(*stories.next()))
        t_last = time.monotonic()
        target = args.interval + 10.0

        def done() -> bool:
            return all(s["url"] in reader.seen["api"] for s in published)
        try:
            wait_for(done, "stories in the API", target + 120, procs)
            time.sleep(max(args.interval, 2 * args.poll) + 5)  # Atom entries after the last
        except SystemExit as e:
            print(f"warning: {e}", file=sys.stderr)
        reader.halt.set()
        reader.join(timeout=60)
        rows = []
        for s in published:
            row = {"n": s["n"], "kind": s["kind"], "title": s["title"], "url": s["url"],
                   "appeared_s": round(s["appeared"] - t0, 2)}
            for where in ("api", "dispute", "atom"):
                t = reader.seen[where].get(s["url"])
                row[where] = None if t is None else round(t - s["appeared"], 2)
            row["atom_titles"] = reader.atom_titles.get(s["url"], [])
            rows.append(row)
        labor = [r for r in rows if r["kind"] != "other"]
        out = {
            "mode": "latency", "database": db.kind, "interval_s": args.interval,
            "host_interval_s": args.host_interval, "reader_poll_s": args.poll,
            "items": args.items, "rate_per_min": args.rate, "seed": args.seed,
            "published_over_s": round(t_last - t0, 1), "target_s": target,
            "kinds": {k: sum(1 for r in rows if r["kind"] == k)
                      for k in ("start", "offer", "end", "other")},
            "api": summary([r["api"] for r in rows if r["api"] is not None]),
            "api_missing": sum(1 for r in rows if r["api"] is None),
            "api_over_target": sum(1 for r in rows if r["api"] is None or r["api"] > target),
            "dispute": summary([r["dispute"] for r in labor if r["dispute"] is not None]),
            "dispute_missing_labor": sum(1 for r in labor if r["dispute"] is None),
            "atom": summary([r["atom"] for r in labor if r["atom"] is not None]),
            "atom_missing_labor": sum(1 for r in labor if r["atom"] is None),
            "atom_over_target": sum(1 for r in labor
                                    if r["atom"] is not None and r["atom"] > target),
            "atom_other_news": sum(1 for r in rows if r["kind"] == "other" and r["atom"]),
            "load_average": os.getloadavg(), "reader_requests": reader.requests,
            "reader_errors": reader.errors[:5],
            "site_hits": dict(site.hits), "stories": rows,
        }
        return out
    finally:
        if reader is not None:
            reader.halt.set()
        for p in reversed(procs):
            stop(p)
        site.close()
        db.drop()


def throughput(args, tmp: Path) -> dict:
    rng = random.Random(args.seed + 1)
    stories = Stories(rng)
    site = Site(feed_size=args.burst + 10)
    db = Database(tmp, args.db, "throughput")
    proc = None
    try:
        from picketline.store import Store

        st = Store(db.url)
        proc = watcher(site, db, args.interval, 0.0, tmp / "watch-throughput.log",
                       cpu=args.cpu)
        seen = lambda url: st.count_articles() >= 1  # noqa: E731
        warm_up(site, stories, seen, 300, [proc])
        cpu0 = cpu_seconds(proc.pid)
        t0 = time.monotonic()
        for _ in range(args.burst):
            site.publish(*stories.next())
        want = args.burst + 1
        t1 = wait_for(lambda: st.count_articles() >= want, "burst stored",
                      args.burst * 5 + 300, [proc])
        cpu1 = cpu_seconds(proc.pid)
        labor = st.count_articles(labor=True)
        disputes = st.count_disputes()
        st.close()
        # from the first page fetched of the burst (not from its appearance: up to one poll
        # interval passes before the watcher looks) until the last is stored
        first = min(t for t in site.page_times if t >= t0)
        wall, cpu = t1 - first, cpu1 - cpu0
        return {"mode": "throughput", "database": db.kind, "cpu": args.cpu,
                "burst": args.burst, "interval_s": args.interval, "host_interval_s": 0.0,
                "seconds": round(wall, 1), "seen_after_s": round(first - t0, 1),
                "cpu_seconds": round(cpu, 1), "load_average": os.getloadavg(),
                "articles_per_hour_wall": round(args.burst / wall * 3600),
                "articles_per_hour_cpu": round(args.burst / cpu * 3600) if cpu else None,
                "labor_articles": labor - 1, "disputes": disputes,
                "site_hits": dict(site.hits)}
    finally:
        stop(proc)
        site.close()
        db.drop()


def table(results: list[dict]) -> str:
    lines = []
    for r in results:
        if r["mode"] == "latency":
            lines.append(f"latency: {r['items']} stories over {r['published_over_s']:g} s "
                         f"({r['kinds']}), poll interval {r['interval_s']:g} s, host interval "
                         f"{r['host_interval_s']:g} s, {r['database']}; target "
                         f"{r['target_s']:g} s")
            lines.append(f"  {'seen in':<34}{'n':>4}{'median':>9}{'p90':>8}{'worst':>8}"
                         f"{'over target':>13}")
            for key, label, over in (
                    ("api", "/api/articles (every story)", r["api_over_target"]),
                    ("dispute", "/api/disputes (labor stories)", None),
                    ("atom", "/feeds/disputes.atom (labor)", r["atom_over_target"])):
                s = r[key]
                if not s.get("n"):
                    lines.append(f"  {label:<34}{0:>4}")
                    continue
                lines.append(f"  {label:<34}{s['n']:>4}{s['median']:>8.1f}s{s['p90']:>7.1f}s"
                             f"{s['worst']:>7.1f}s{'' if over is None else over:>13}")
            lines.append(f"  missing: api {r['api_missing']}, dispute (labor) "
                         f"{r['dispute_missing_labor']}, atom (labor) "
                         f"{r['atom_missing_labor']}; other news in atom "
                         f"{r['atom_other_news']}")
        else:
            lines.append(f"throughput: {r['burst']} stories at once, watcher on CPU "
                         f"{r['cpu']}, {r['database']}: all stored in {r['seconds']:g} s "
                         f"({r['cpu_seconds']:g} CPU s) = {r['articles_per_hour_wall']:,} "
                         f"articles/hour by the clock, {r['articles_per_hour_cpu']:,} by CPU "
                         f"time; {r['labor_articles']} labor, {r['disputes']} disputes")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mode", choices=["latency", "throughput", "both"], default="both")
    ap.add_argument("--interval", type=float, default=5.0,
                    help="seconds between two polls of each source (default 5)")
    ap.add_argument("--host-interval", type=float, default=1.0,
                    help="seconds between two requests to the site in latency mode "
                         "(default 1, the watcher's own)")
    ap.add_argument("--items", type=int, default=30, help="stories in latency mode")
    ap.add_argument("--rate", type=float, default=6.0, help="stories a minute on average")
    ap.add_argument("--poll", type=float, default=0.5,
                    help="seconds between two looks of the reader at the API and feed")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--burst", type=int, default=200, help="stories in throughput mode")
    ap.add_argument("--cpu", type=int, default=0, help="core the throughput watcher is "
                                                       "pinned to")
    ap.add_argument("--db", help="a PostgreSQL URL: each mode runs in a fresh schema of it")
    ap.add_argument("--json", help="write the figures as JSON here ('-': stdout)")
    ap.add_argument("--keep", help="keep the databases and the processes' logs in this "
                                   "folder")
    args = ap.parse_args(argv)
    if args.items < 1 or args.rate <= 0 or args.burst < 1 or args.interval < 1:
        ap.error("--items, --burst, --rate must be positive and --interval at least 1")
    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="watch-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    results = []
    try:
        if args.mode in ("latency", "both"):
            results.append(latency(args, tmp))
        if args.mode in ("throughput", "both"):
            results.append(throughput(args, tmp))
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    print(table(results))
    if args.json:
        doc = json.dumps({"date": date.today().isoformat(), "results": results}, indent=2,
                         ensure_ascii=False, default=str)
        if args.json == "-":
            print(doc)
        else:
            Path(args.json).write_text(doc + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
