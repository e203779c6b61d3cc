"""The watcher: poll what is due, queue new and edited items, fetch their pages and ingest
them exactly as ``picketline ingest`` does.

    from picketline.watch import Watcher, make_source
    w = Watcher(store, [make_source("https://example.org/rss.xml", interval="5m")])
    report = w.poll_due()          # one step: every due source polled, every open item fetched
    w.run()                        # until w.stop is set (SIGTERM/Ctrl-C in the CLI)

One step (:meth:`Watcher.poll_due`):

1. lease the due sources (:class:`~picketline.store.watch.WatchState`), fetch each at the URL
   it now lives at, conditionally (ETag / Last-Modified), and queue the items it lists that
   are new or edited; a failure backs the source off exponentially (``Retry-After`` is
   honoured) and is recorded on it;
2. lease open items in batches, fetch each article page (robots.txt, rate limit, size
   limit, timeouts: :class:`~picketline.watch.fetch.Fetcher`), read it with the same HTML
   reader as ``.html`` files, extract, and store and link the batch with the ingest
   pipeline's own batch commit; the items are marked done right after it. An item
   that fails is retried later with backoff, up to ``item_attempts`` times; robots.txt
   refusals and permanent errors are not retried;
3. send the webhook deliveries whose retry time has come (new changes are sent after each
   stored batch), so a receiver that was down gets them from the running watcher.

Everything is read from the injectable ``clock`` (a function returning an aware UTC
datetime), so a test or a benchmark can move time on without sleeping.
"""
from __future__ import annotations

import os
import socket
import threading
import uuid
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timedelta, timezone
from typing import Callable, Iterable

from ..ingest.decode import NotText, decode_bytes
from ..ingest.html_file import html_article
from ..ingest.htmltext import declared_charset
from ..ingest.ids import key_id
from ..ingest.limits import WHOLE_FILE_FACTOR, max_article_bytes
from ..model import Article, IngestError
from ..store import Store
from ..store.watch import ItemOutcome, WatchState
from .discover import Entry, ListingError, normalize_url, parse_listing
from .fetch import DEFAULT_TIMEOUT, FetchError, Fetcher
from .sources import Source

Clock = Callable[[], datetime]
MIN_BACKOFF = 30.0  # seconds: the first wait after a failed poll of a fast source
MAX_BACKOFF = 6 * 3600.0
ITEM_RETRY = 60.0  # seconds before a failed item is first tried again
MAX_CHILD_SITEMAPS = 20


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class WatchReport:
    """What one or more steps did. ``errors``: one line each, naming the URL."""

    polls: int = 0
    not_modified: int = 0
    poll_errors: int = 0
    queued: int = 0  # items new or edited, queued for fetching
    fetched: int = 0  # article pages fetched (or feed entries read)
    stored: int = 0  # articles added to the store
    duplicates: int = 0  # fetched, but the same text was stored already
    item_errors: int = 0
    labor: int = 0
    disputes_new: int = 0
    disputes_updated: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: "WatchReport") -> None:
        for k, v in asdict(other).items():
            if k == "errors":
                self.errors.extend(other.errors)
            else:
                setattr(self, k, getattr(self, k) + v)

    def to_dict(self) -> dict:
        return asdict(self)


def backoff(interval: float, failures: int, cap: float = MAX_BACKOFF) -> float:
    """Seconds to wait after ``failures`` failed polls in a row: the interval (at least
    :data:`MIN_BACKOFF`) doubled for each failure after the first, at most ``cap``."""
    base = max(float(interval), MIN_BACKOFF)
    return min(base * 2 ** max(0, failures - 1), cap)


def _owner() -> str:
    return f"{socket.gethostname()[:30]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class Watcher:
    """Follows ``sources`` into ``store``. Options: ``allow_private`` (fetch loopback and
    private addresses: tests, an intranet), ``clock``, ``timeout`` (seconds per request),
    ``host_interval`` (seconds between requests to one host), ``robots`` (honour
    robots.txt), ``max_bytes`` (largest article page; default the ingest limit), ``lease``
    (seconds a claimed source or item stays this watcher's), ``batch`` (items per stored
    batch), ``item_attempts``, ``on_event(kind, text)`` (a line for a log or status)."""

    def __init__(self, store: Store, sources: Iterable[Source], *,
                 allow_private: bool = False, clock: Clock | None = None,
                 timeout: float = DEFAULT_TIMEOUT, host_interval: float = 1.0,
                 robots: bool = True, max_bytes: int | None = None, lease: float = 900.0,
                 batch: int = 20, item_attempts: int = 5, max_backoff: float = MAX_BACKOFF,
                 user_agent: str | None = None, stop: threading.Event | None = None,
                 on_event: Callable[[str, str], None] | None = None,
                 owner: str | None = None) -> None:
        self.store = store
        self.state = WatchState(store)
        self.sources = {s.url: s for s in sources}
        self.urls = list(self.sources)
        self.clock = clock or utc_now
        self.stop = stop or threading.Event()
        self.max_bytes = max_article_bytes(max_bytes)
        self.lease = lease
        self.batch = max(1, batch)
        self.item_attempts = max(1, item_attempts)
        self.max_backoff = max_backoff
        self.on_event = on_event or (lambda kind, text: None)
        self.owner = (owner or _owner())[:64]
        self.fetcher = Fetcher(allow_private=allow_private, timeout=timeout,
                               host_interval=host_interval, robots=robots, agent=user_agent,
                               stop=self.stop)
        self.total = WatchReport()
        self._feed_text: dict[str, Entry] = {}  # content="feed": entries of the last poll
        self._extract = None
        self._cache = None
        self._leased_at = self.clock()
        self.state.sync_sources(self.sources.values(), self.clock())

    def close(self) -> None:
        self.fetcher.close()

    def __enter__(self) -> "Watcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _keep(self, what: str, urls: list[str]) -> None:
        """Renew the leases on what is still in hand once a third of the lease has passed
        since they were last taken or renewed."""
        now = self.clock()
        if urls and (now - self._leased_at).total_seconds() > self.lease / 3:
            self.state.renew(what, urls, self.owner, now + timedelta(seconds=self.lease))
            self._leased_at = now

    # --- the loop ---------------------------------------------------------------------------
    def poll_due(self) -> WatchReport:
        """One step: poll every source that is due (each at most once), then fetch and store
        every open item that is due. Returns what it did (also added to ``total``)."""
        report = WatchReport()
        polled: set[str] = set()
        while not self.stop.is_set():
            # one at a time, so that watchers sharing the sources share the polling
            rows = self.state.claim_sources(self.urls, self.owner, self.clock(), self.lease,
                                            limit=1, exclude=polled)
            if not rows:
                break
            self._leased_at = self.clock()
            for i, row in enumerate(rows):
                if self.stop.is_set():  # give the rest back at once
                    self.state.release_sources([r["url"] for r in rows[i:]], self.owner)
                    break
                polled.add(row["url"])
                self._poll_source(row, report)
        tried: set[str] = set()
        while not self.stop.is_set():
            items = self.state.claim_items(self.urls, self.owner, self.clock(), self.lease,
                                           limit=self.batch, exclude=tried)
            if not items:
                break
            self._leased_at = self.clock()
            tried.update(i["url"] for i in items)
            self._fetch_and_store(items, report)
        if not self.stop.is_set():
            self._send_due_hooks()
        self.total.add(report)
        return report

    def _send_due_hooks(self) -> None:
        """Send the webhook deliveries whose retry time has come (a receiver that was down
        when its change was stored): a running watcher must not wait for the next stored
        batch, or for ``picketline hooks deliver``, to retry them. Due on the wall clock or
        on ``clock``, whichever is later; never raises."""
        from ..publish.hooks import AFTER_BATCH_BUDGET, deliver

        try:
            out = deliver(self.store, now=max(self.clock(), utc_now()),
                          budget=AFTER_BATCH_BUDGET)
        except Exception as e:  # noqa: BLE001 - a hook must never stop the watcher
            self.on_event("error", f"webhook delivery failed: {e}")
            return
        if out["posts"]:
            self.on_event("hooks", f"webhooks: {out['delivered']} change"
                                   f"{'s' if out['delivered'] != 1 else ''} delivered, "
                                   f"{out['failed_posts']} POST"
                                   f"{'s' if out['failed_posts'] != 1 else ''} failed")

    def next_wakeup(self) -> datetime | None:
        """When the next source or item of this watcher falls due."""
        return self.state.next_due(self.urls)

    def run(self, *, once: bool = False, max_sleep: float = 60.0,
            on_step: Callable[[WatchReport], None] | None = None) -> WatchReport:
        """Step until ``stop`` is set (or once), sleeping until the next source or item
        falls due (at most ``max_sleep`` seconds, so sources another watcher changed are
        seen). Returns the total."""
        while not self.stop.is_set():
            if once:
                step = self.poll_due()
            else:
                try:
                    step = self.poll_due()
                except Exception as e:  # noqa: BLE001 - the database went away...: go on
                    text = " ".join(str(getattr(e, "orig", None) or e).split())[:300]
                    self.on_event("error", f"step failed ({type(e).__name__}: {text}); "
                                           "trying again")
                    step = WatchReport(errors=[text])
                    self.stop.wait(max_sleep)
            if on_step is not None:
                on_step(step)
            if once:
                break
            due = self.next_wakeup()
            wait = max_sleep if due is None else (due - self.clock()).total_seconds()
            self.stop.wait(min(max(wait, 1.0), max_sleep))
        return self.total

    # --- sources ----------------------------------------------------------------------------
    def _fail_source(self, row: dict, src: Source, err: str, report: WatchReport, *,
                     retry_after: float | None = None, fetch_url: str | None = None) -> None:
        now = self.clock()
        delay = backoff(src.interval, (row["failures"] or 0) + 1, self.max_backoff)
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.max_backoff))
        self.state.finish_source(row["url"], self.owner, now, status="error", ok=False,
                                 error=err, next_poll_at=now + timedelta(seconds=delay),
                                 fetch_url=fetch_url)
        report.polls += 1
        report.poll_errors += 1
        report.errors.append(err)
        self.on_event("error", f"{err} (next try in {delay:,.0f} s)")

    def _poll_source(self, row: dict, report: WatchReport) -> None:
        src = self.sources[row["url"]]
        self._polling = row["url"]
        where = row["fetch_url"] or row["url"]
        limit = self.max_bytes * WHOLE_FILE_FACTOR
        try:
            resp = self.fetcher.get(where, etag=row["etag"], last_modified=row["last_modified"],
                                    max_bytes=limit)
        except FetchError as e:
            self._fail_source(row, src, str(e), report, retry_after=e.retry_after)
            return
        now = self.clock()
        nxt = now + timedelta(seconds=src.interval)
        if resp.status == 304:
            self.state.finish_source(row["url"], self.owner, now, status="not-modified",
                                     ok=True, keep_validators=True, next_poll_at=nxt,
                                     fetch_url=resp.moved_to)
            report.polls += 1
            report.not_modified += 1
            return
        try:
            listing = parse_listing(resp.body, resp.url, src.kind)
        except ListingError as e:
            self._fail_source(row, src, f"{resp.url}: {e}", report, fetch_url=resp.moved_to)
            return
        entries = list(listing.entries)
        if listing.kind == "sitemapindex":
            entries += self._children(listing, report)
        for e in entries:
            e.url = normalize_url(e.url)
        queued = self.state.add_items(row["url"], entries, now)
        if src.content == "feed":
            self._feed_text.update((e.url, e) for e in entries if e.text)
        if resp.moved_to:
            self.on_event("moved", f"{row['url']} moved to {resp.moved_to}")
        self.state.finish_source(row["url"], self.owner, now, status="ok", ok=True,
                                 etag=resp.etag, last_modified=resp.last_modified,
                                 next_poll_at=nxt, fetch_url=resp.moved_to,
                                 items_seen=len(entries), items_new=queued)
        report.polls += 1
        report.queued += queued
        if queued:
            self.on_event("poll", f"{src.name or row['url']}: {queued} new or edited "
                                  f"item{'s' if queued != 1 else ''}")

    def _children(self, listing, report: WatchReport) -> list[Entry]:
        """The entries of a sitemap index's newest child sitemaps."""
        kids = sorted(listing.children or [], key=lambda c: c[1] or "", reverse=True)
        out: list[Entry] = []
        for url, _ in kids[:MAX_CHILD_SITEMAPS]:
            if self.stop.is_set():
                break
            self._keep("sources", [self._polling])
            try:
                resp = self.fetcher.get(url, max_bytes=self.max_bytes * WHOLE_FILE_FACTOR)
                child = parse_listing(resp.body, resp.url, "sitemap")
            except (FetchError, ListingError) as e:
                report.errors.append(f"{url}: {getattr(e, 'reason', e)}")
                continue
            out.extend(child.entries)
        return out

    # --- items ------------------------------------------------------------------------------
    def _retry(self, item: dict, err: FetchError | str, transient: bool,
               retry_after: float | None = None) -> ItemOutcome:
        attempts = (item["attempts"] or 0) + 1
        text = str(err)
        if not transient or attempts >= self.item_attempts:
            state = "skipped" if isinstance(err, FetchError) and err.kind == "robots" \
                else "failed"
            return ItemOutcome(item["url"], item["source_url"], state, error=text)
        delay = min(ITEM_RETRY * 2 ** (attempts - 1), self.max_backoff)
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.max_backoff))
        return ItemOutcome(item["url"], item["source_url"], "retry", error=text,
                           next_try_at=self.clock() + timedelta(seconds=delay))

    def _article(self, item: dict) -> Article | ItemOutcome:
        """The item's article, fetched and read, or the outcome of the failure."""
        url = item["url"]
        src = self.sources.get(item["source_url"])
        entry = self._feed_text.pop(url, None)
        if entry is not None and entry.text:
            return Article(id=key_id(url), text=entry.text, title=entry.title or item["title"],
                           published=entry.published or item["published"], url=url,
                           source=src.name if src else None, path=url, format="feed")
        try:
            resp = self.fetcher.get(url, max_bytes=self.max_bytes)
        except FetchError as e:
            return self._retry(item, e, e.transient, e.retry_after)
        charset = None
        ctype = resp.headers.get("content-type", "")
        if "charset=" in ctype.lower():
            charset = ctype.lower().split("charset=", 1)[1].split(";")[0].strip(" '\"")
        try:
            markup, _ = decode_bytes(resp.body, charset or declared_charset(resp.body))
        except NotText as e:
            return self._retry(item, f"{url}: {e}", transient=False)
        out = html_article(markup, key_id(url), url, url=url, published=item["published"],
                           fmt="html")
        if isinstance(out, str):
            return self._retry(item, f"{url}: {out}", transient=False)
        return replace(out, title=out.title or item["title"],
                       source=out.source or (src.name if src else None), path=url)

    def _fetch_and_store(self, items: list[dict], report: WatchReport) -> None:
        outcomes: dict[str, ItemOutcome] = {}
        try:
            self._fetch_and_store_leased(items, report, outcomes)
        except BaseException:
            # the batch failed (the database, a second Ctrl-C): give its items back at once
            # instead of leaving them leased for `lease` seconds; nothing of it was stored
            back = [ItemOutcome(i["url"], i["source_url"], i.get("state") or "new",
                                next_try_at=self.clock(), attempted=False)
                    for i in items if i["url"] not in outcomes]
            try:
                self.state.finish_items(back, self.owner, self.clock())
            except Exception:  # noqa: BLE001 - the lease will run out instead
                pass
            raise

    def _fetch_and_store_leased(self, items: list[dict], report: WatchReport,
                                outcomes: dict[str, ItemOutcome]) -> None:
        from ..api import LinkCache
        from ..pipeline import IngestReport, _commit_batch, _distinct_ids, _extract_local

        pending: dict[str, ItemOutcome] = {}
        articles: list[Article] = []
        of_item: dict[int, dict] = {}
        held = [i["url"] for i in items]  # leased until the batch is stored and marked
        for item in items:
            self._keep("items", held)
            if self.stop.is_set():  # not fetched: back to the queue as it was
                pending[item["url"]] = ItemOutcome(item["url"], item["source_url"],
                                                   item.get("state") or "new",
                                                   next_try_at=self.clock(),
                                                   attempted=False)
                continue
            got = self._article(item)
            if isinstance(got, ItemOutcome):
                pending[item["url"]] = got
                report.item_errors += 1
                report.errors.append(got.error or item["url"])
                self.on_event("error", got.error or item["url"])
                continue
            report.fetched += 1
            of_item[len(articles)] = item
            articles.append(got)
        if not articles:
            self.state.finish_items(pending.values(), self.owner, self.clock())
            outcomes.update(pending)
            return
        # the ingest pipeline's own steps: ids, what is new, extraction, the batch commit
        ingest = IngestReport()
        batch = _distinct_ids(articles, self.store)
        candidates = self.store.filter_new(batch)
        if self._extract is None:
            self._extract = _extract_local()
            self._cache = LinkCache()
        self._keep("items", held)
        results = []
        for a in candidates:  # one at a time, so long extractions keep the leases
            results.extend(self._extract([a]))
            self._keep("items", held)
        failed = {r.path: r for r in results if isinstance(r, IngestError)}
        new_ids = {a.id for a in candidates}
        disputes_before = self.store.count_disputes()
        # the batch commits (and publishes) on its own, as in `ingest`; the items are marked
        # right after. A crash between the two leaves them open: fetched again, the same
        # text is found stored (content hash) and is not stored a second time.
        _commit_batch(batch, candidates, results, self.store, ingest, self._cache)
        now = self.clock()
        with self.store.transaction():
            stored = self.store.stored_hashes(a.id for a in batch)
            for n, a in enumerate(batch):
                item = of_item[n]
                err = failed.get(a.path)
                if err is not None and a.id in new_ids:
                    o = self._retry(item, str(err), transient=True)
                    report.item_errors += 1
                    report.errors.append(str(err))
                else:
                    added = a.id in new_ids and stored.get(a.id) == a.hash
                    o = ItemOutcome(item["url"], item["source_url"], "done",
                                    article_id=a.id if added else item["article_id"] or a.id,
                                    content_hash=a.hash, stored=added)
                    if not added:
                        report.duplicates += 1
                pending[item["url"]] = o
            self.state.finish_items(pending.values(), self.owner, now)
        outcomes.update(pending)
        new_disputes = max(0, self.store.count_disputes() - disputes_before)
        report.stored += ingest.added
        report.labor += ingest.labor
        report.disputes_new += new_disputes
        report.disputes_updated += max(0, len(ingest._disputes_saved) - new_disputes)
        if ingest.added:
            self.on_event("stored", f"{ingest.added} article{'s' if ingest.added != 1 else ''}"
                                    f" stored ({ingest.labor} labor)")


def watch_once(store: Store, sources: Iterable[Source], **options) -> WatchReport:
    """Poll every due source of ``sources`` once and fetch and store every open item, then
    return what was done (``options``: those of :class:`Watcher`)."""
    with Watcher(store, sources, **options) as w:
        return w.poll_due()
