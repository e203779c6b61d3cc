"""What a source lists: the article URLs of an RSS/Atom feed (feedparser), a sitemap or news
sitemap (lxml, no DTDs, entities or network), or a plain list of URLs (one a line, ``#``
comments).

Each is an :class:`Entry` with a ``marker`` that changes when the item was edited (the
entry's updated date and a hash of its title and text; a sitemap's ``lastmod``), so a
watcher fetches an item again when, and only when, its source says it changed.
"""
from __future__ import annotations

import hashlib
import warnings
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import feedparser
from lxml import etree

from ..ingest.feed import _entry_date, _entry_text
from ..ingest.htmltext import strip_html
from ..ingest.limits import MAX_FEED_ENTRIES
from ..ingest.when import iso_date

KINDS = ("auto", "feed", "sitemap", "urls")
MAX_ENTRIES = MAX_FEED_ENTRIES  # items one listing may hold (a news sitemap holds <= 1,000)
_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid")


class ListingError(ValueError):
    """A source whose answer is not a feed, a sitemap or a list of URLs."""


@dataclass
class Entry:
    url: str  # absolute http(s) URL of the article
    guid: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date when the source gives one
    marker: str | None = None  # changes when the item was edited
    text: str | None = None  # the entry's own text (feeds)


@dataclass
class Listing:
    kind: str  # feed | sitemap | sitemapindex | urls
    entries: list[Entry]
    title: str | None = None
    children: list[tuple[str, str | None]] | None = None  # a sitemap index: (url, lastmod)


def normalize_url(url: str) -> str:
    """An article URL as an identity: scheme and host in lower case, default port, empty
    path and fragment dropped, tracking parameters (``utm_*``, ``fbclid``...) removed."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) \
        else f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith(_TRACKING)]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))


def _http(url: str | None, base: str) -> str | None:
    if not url:
        return None
    full = urljoin(base, url.strip())
    return full if urlsplit(full).scheme in ("http", "https") and urlsplit(full).hostname \
        else None


def _hash(*parts: str | None) -> str:
    return hashlib.sha256("\x1f".join(p or "" for p in parts).encode("utf-8")).hexdigest()[:16]


def _sniff(body: bytes) -> str:
    head = body[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if not head.startswith(b"<"):
        return "urls"
    for tag, kind in ((b"<urlset", "sitemap"), (b"<sitemapindex", "sitemap")):
        if tag in head:
            return kind
    if b"<html" in head[:1024] and b"<rss" not in head and b"<feed" not in head:
        return "html"
    return "feed"


def parse_listing(body: bytes, base_url: str, kind: str = "auto") -> Listing:
    """The entries of a source's answer. ``kind`` ``auto`` looks at the body. Raises
    :class:`ListingError` with a one-line reason when it is none of the three."""
    if kind not in KINDS:
        raise ListingError(f"unknown source kind {kind!r} (choose {', '.join(KINDS)})")
    found = _sniff(body) if kind == "auto" else kind
    if found == "html":
        raise ListingError("an HTML page, not a feed, a sitemap or a list of URLs")
    if found == "feed":
        return _feed(body, base_url)
    if found == "sitemap":
        return _sitemap(body, base_url)
    return _urls(body, base_url)


def _feed(body: bytes, base: str) -> Listing:
    marks = body.count(b"<item") + body.count(b"<entry") - body.count(b"<items")
    if marks > MAX_ENTRIES:
        raise ListingError(f"feed has about {marks:,} entries, over {MAX_ENTRIES:,}")
    parsed = feedparser.parse(body, resolve_relative_uris=False, sanitize_html=True)
    if not parsed.get("version") and not parsed.entries:
        why = parsed.get("bozo_exception")
        raise ListingError("not an RSS or Atom feed" + (f" ({why})" if why else ""))
    entries: list[Entry] = []
    for e in parsed.entries:
        url = _http(e.get("link"), base)
        guid = (e.get("id") or "").strip() or None
        if url is None and guid:
            url = _http(guid, base)  # an RSS guid that is a permalink
        if url is None:
            continue
        title = (e.get("title") or "").strip() or None
        if title and "<" in title:
            title = strip_html(title) or None
        text = _entry_text(e)
        with warnings.catch_warnings():  # feedparser's updated -> published fallback
            warnings.simplefilter("ignore", DeprecationWarning)
            updated = (e.get("updated") or e.get("published") or "").strip()
        entries.append(Entry(url=url, guid=guid, title=title, published=_entry_date(e),
                             marker=f"{updated}|{_hash(title, text)}", text=text or None))
    title = (parsed.feed.get("title") or "").strip() or None
    return Listing("feed", entries, title=title)


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child_text(el, name: str) -> str | None:
    for c in el.iter():
        if _local(c.tag) == name and c.text and c.text.strip():
            return c.text.strip()
    return None


def _sitemap(body: bytes, base: str) -> Listing:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(body, parser=parser)
    except etree.XMLSyntaxError as e:
        raise ListingError(f"malformed sitemap XML ({e})") from None
    if root is None:
        raise ListingError("empty sitemap")
    top = _local(root.tag)
    if top == "sitemapindex":
        children = []
        for sm in root:
            if _local(sm.tag) == "sitemap":
                url = _http(_child_text(sm, "loc"), base)
                if url:
                    children.append((url, _child_text(sm, "lastmod")))
        return Listing("sitemapindex", [], children=children[:MAX_ENTRIES])
    if top != "urlset":
        raise ListingError(f"not a sitemap (root element <{top}>)")
    entries: list[Entry] = []
    for u in root:
        if _local(u.tag) != "url":
            continue
        url = _http(_child_text(u, "loc"), base)
        if url is None:
            continue
        lastmod = _child_text(u, "lastmod")
        pub = _child_text(u, "publication_date")
        title = _child_text(u, "title")
        entries.append(Entry(url=url, title=title, published=iso_date(pub or lastmod),
                             marker=lastmod or pub))
        if len(entries) > MAX_ENTRIES:
            raise ListingError(f"sitemap has more than {MAX_ENTRIES:,} URLs")
    return Listing("sitemap", entries)


def _urls(body: bytes, base: str) -> Listing:
    if b"\x00" in body[:4096]:
        raise ListingError("binary data, not a list of URLs")
    entries: list[Entry] = []
    for line in body.decode("utf-8", "replace").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word = line.split()[0]
        url = _http(word, base) if "://" in word or word.startswith("/") else None
        if url is not None:
            entries.append(Entry(url=url))
        if len(entries) > MAX_ENTRIES:
            raise ListingError(f"list has more than {MAX_ENTRIES:,} URLs")
    return Listing("urls", entries)
