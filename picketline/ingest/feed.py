"""RSS and Atom feeds (``.xml``, ``.rss``, ``.atom``) with feedparser: one article per entry.

The entry's full content (``content:encoded``, Atom ``content``) is preferred over its
summary; its HTML is reduced to plain text by the same code as HTML pages (feedparser has
already removed scripts and unsafe markup). The id is a hash of the entry id (guid), else
of its link; the date is the entry's published (else updated) date in the feed's own time
zone; the source is the feed's title. feedparser is given bytes, never a name it could
fetch, and resolves no external entities.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import feedparser

from ..model import Article, IngestError
from .files import read_bytes
from .htmltext import strip_html
from .ids import key_id, path_id, shown_path
from .limits import MAX_FEED_ENTRIES, WHOLE_FILE_FACTOR, too_big
from .when import iso_date

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _text(detail: dict | None, value: str) -> str:
    kind = (detail or {}).get("type", "text/html")
    if kind in _HTML_TYPES or "<" in value:
        return strip_html(value)
    return value.strip()


def _entry_text(entry) -> str:
    for c in entry.get("content") or []:
        value = c.get("value") or ""
        if value.strip():
            return _text(c, value)
    summary = entry.get("summary") or ""
    return _text(entry.get("summary_detail"), summary) if summary.strip() else ""


def _entry_date(entry) -> str | None:
    for key in ("published", "updated", "created"):
        d = iso_date(entry.get(key))
        if d:
            return d
    for key in ("published_parsed", "updated_parsed"):
        t = entry.get(key)
        if t:
            return f"{t.tm_year:04d}-{t.tm_mon:02d}-{t.tm_mday:02d}"
    return None


def _entry_marks(data: bytes) -> int:
    """About how many entries the feed holds (``<item`` and ``<entry`` tags), counted
    before parsing so an absurd feed costs no parse."""
    return data.count(b"<item") + data.count(b"<entry") - data.count(b"<items")


def read_feed(path: Path, limit: int, base: str | None = None
              ) -> Iterator[Article | IngestError]:
    where = shown_path(path)
    data = read_bytes(path, limit * WHOLE_FILE_FACTOR, "feed")
    if isinstance(data, IngestError):
        yield data
        return
    marks = _entry_marks(data)
    if marks > MAX_FEED_ENTRIES:
        yield IngestError(where, f"feed has about {marks:,} entries, over the "
                                 f"{MAX_FEED_ENTRIES:,} a feed may hold (split it, or "
                                 f"convert it to JSON Lines, which streams)")
        return
    parsed = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=True)
    if not parsed.get("version") and not parsed.entries:
        why = parsed.get("bozo_exception")
        detail = f" ({why})" if why else ""
        yield IngestError(where, f"not an RSS or Atom feed{detail}")
        return
    source = (parsed.feed.get("title") or "").strip() or None
    stem = base or path_id(path.name)
    for n, entry in enumerate(parsed.entries, 1):
        text = _entry_text(entry)
        if not text.strip():
            yield IngestError(where, f"entry {n}: no text", n)
            continue
        size = len(text.encode("utf-8"))
        if size > limit:
            yield IngestError(where, f"entry {n}: {too_big(size, limit)}", n)
            continue
        link = (entry.get("link") or "").strip() or None
        key = (entry.get("id") or "").strip() or link
        title = (entry.get("title") or "").strip() or None
        if title and "<" in title:
            title = strip_html(title) or None
        yield Article(id=key_id(key) if key else f"{stem}-{n}", text=text, title=title,
                      published=_entry_date(entry), url=link, source=source, path=where,
                      format="feed")
