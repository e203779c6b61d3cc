"""Seed-format ``.txt`` articles.

An optional first line ``date YYYY-MM-DD Headline`` (leading spaces allowed) gives the
publication date and the headline; the rest is the body. ``Article.text`` keeps the whole
original text, date line included, so that evidence offsets point into the file as written
(the extractors know to read the date line).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from ..model import Article, IngestError
from .files import read_text
from .ids import path_id, shown_path
from .when import iso_date

_DATE_LINE = re.compile(r"^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+(.*))?$", re.IGNORECASE)


def parse_seed_text(text: str, article_id: str, path: str | None = None) -> Article:
    """One seed-format article from its text."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    m = _DATE_LINE.match(first.rstrip("\r"))
    if m:
        return Article(id=article_id, text=text, title=(m.group(2) or "").strip() or None,
                       published=iso_date(m.group(1)), path=path, format="txt")
    return Article(id=article_id, text=text, path=path, format="txt")


def read_txt(path: Path, limit: int, base: str | None = None
             ) -> Iterator[Article | IngestError]:
    text = read_text(path, limit)
    if isinstance(text, IngestError):
        yield text
    else:
        yield parse_seed_text(text, base or path_id(path.name), shown_path(path))
