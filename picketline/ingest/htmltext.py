"""Article text and metadata out of an HTML page (trafilatura), with a safe fallback.

Used for ``.html`` files, WARC responses and feed entry content. trafilatura finds the main
text (dropping navigation, scripts, boilerplate) plus title, date, canonical URL and site
name. When it finds nothing (a tiny fragment, a page too deeply nested for lxml), a plain
tag stripper takes over: it drops ``script``/``style``/``template`` contents, breaks lines at
block elements and unescapes entities; it never runs or follows anything in the page.

trafilatura's time grows with the square of the number of elements (40,000 ``<p>`` took
3 s, 160,000 over a minute), so a page with more than :data:`MAX_TRAFILATURA_TAGS` tags
(no real news page has nearly that many) goes straight to the linear tag stripper, keeping
only the ``<title>``; the stripper reads 1,000,000 tags in about 4 s.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from .when import iso_date

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""",
                           re.IGNORECASE)
# Publication date only (not last-modified), from markup, not guessed from the running text.
_DATE_PARAMS = {"original_date": True, "extensive_search": False}
MAX_TRAFILATURA_TAGS = 20_000
_TITLE = re.compile(r"<title[^>]*>([^<]{1,2000})</title", re.IGNORECASE)


@dataclass
class HtmlDoc:
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML document declares in a ``<meta>`` near its top, if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote",
          "article", "section", "header", "footer", "figcaption", "figure", "pre", "table",
          "ul", "ol", "dd", "dt", "hr", "title"}
_SKIP = {"script", "style", "template", "noscript", "head", "svg", "math", "iframe", "object"}
_BLANKS = re.compile(r"[ \t\r\f\v\u00a0]+")


class _Stripper(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def strip_html(markup: str) -> str:
    """Visible text of an HTML fragment: one line per block, no markup, entities decoded."""
    p = _Stripper()
    p.feed(markup)
    p.close()
    lines = (_BLANKS.sub(" ", line).strip() for line in "".join(p.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _trafilatura(markup: str, url: str | None):
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            markup, url=url, with_metadata=True, include_comments=False,
            include_tables=True, include_images=False, favor_recall=True,
            date_extraction_params=_DATE_PARAMS)
    except Exception:  # noqa: BLE001 - lxml/trafilatura failure: fall back to stripping
        return None


def _title(markup: str) -> str | None:
    import html

    m = _TITLE.search(markup, 0, 200_000)
    title = _BLANKS.sub(" ", html.unescape(m.group(1))).strip() if m else ""
    return title or None


def extract_html(markup: str, url: str | None = None) -> HtmlDoc:
    """Main text, title, publication date, URL and site name of an HTML page. ``text`` is
    empty when the page has no readable text. A page of more than
    :data:`MAX_TRAFILATURA_TAGS` tags is only stripped of its markup (see above)."""
    if markup.count("<") > MAX_TRAFILATURA_TAGS:
        return HtmlDoc(text=strip_html(markup), title=_title(markup), url=url)
    doc = _trafilatura(markup, url)
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        text = strip_html(markup)
    if doc is None:
        return HtmlDoc(text=text, url=url)
    title = (doc.title or "").strip() or None
    return HtmlDoc(text=text, title=title, published=iso_date(doc.date),
                   url=doc.url or url, source=doc.sitename or doc.hostname or None)
