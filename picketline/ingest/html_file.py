"""``.html`` / ``.htm`` files: one article each, read with trafilatura (see htmltext)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..model import Article, IngestError
from .decode import NotText, decode_bytes
from .files import EMPTY, read_bytes
from .htmltext import declared_charset, extract_html
from .ids import path_id, shown_path

NO_TEXT = "no article text found in the HTML"


def html_article(markup: str, article_id: str, path: str, *, url: str | None = None,
                 published: str | None = None, fmt: str = "html") -> Article | str:
    """An Article from an HTML page, or the reason there is none. ``url``/``published``
    given by the caller (a WARC record's headers) are used when the page has none."""
    doc = extract_html(markup, url)
    if not doc.text.strip():
        return NO_TEXT
    return Article(id=article_id, text=doc.text, title=doc.title,
                   published=doc.published or published, url=doc.url or url,
                   source=doc.source, path=path, format=fmt)


def read_html(path: Path, limit: int, base: str | None = None
              ) -> Iterator[Article | IngestError]:
    where = shown_path(path)
    data = read_bytes(path, limit)
    if isinstance(data, IngestError):
        yield data
        return
    try:
        markup, _ = decode_bytes(data, declared_charset(data))
    except NotText as e:
        yield IngestError(where, str(e))
        return
    if not markup.strip():
        yield IngestError(where, EMPTY)
        return
    out = html_article(markup, base or path_id(path.name), where)
    yield IngestError(where, out) if isinstance(out, str) else out
