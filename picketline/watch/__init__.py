"""``picketline watch``: follow RSS/Atom feeds, news sitemaps and lists of URLs, and ingest
what they publish as ``picketline ingest`` does, within minutes.

    from picketline.store import Store
    from picketline.watch import Watcher, load_sources, make_source, watch_once

    store = Store()
    sources = [make_source("https://example.org/labor/rss.xml", interval="5m")]
    report = watch_once(store, sources)          # what `picketline watch --once` does
    with Watcher(store, sources, clock=my_clock) as w:
        w.poll_due()                              # one step; w.run() loops until w.stop

Modules: :mod:`.sources` (the sources file), :mod:`.fetch` (polite, guarded HTTP),
:mod:`.discover` (feeds, sitemaps, URL lists), :mod:`.watcher` (the loop). The state lives in
the database (:mod:`picketline.store.watch`), so a restart goes on where it stopped and
several watchers can share one database.
"""
from __future__ import annotations

from .discover import Entry, ListingError, normalize_url, parse_listing
from .fetch import FetchError, Fetcher, address_allowed
from .sources import Source, SourcesError, load_sources, make_source, parse_duration
from .watcher import WatchReport, Watcher, backoff, watch_once

__all__ = ["Entry", "FetchError", "Fetcher", "ListingError", "Source", "SourcesError",
           "WatchReport", "Watcher", "address_allowed", "backoff", "load_sources",
           "make_source", "normalize_url", "parse_duration", "parse_listing", "watch_once"]
