"""Ingest: files, folders, feeds and archives in; Article records out.

(Minimal seed-format reader; the full multi-format reader is being written.)
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Iterator

from ..model import Article, IngestError

_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*(.*)$")


def parse_seed_text(text: str, article_id: str, path: str | None = None) -> Article:
    first, _, rest = text.partition("\n")
    m = _DATE_LINE.match(first)
    if m:
        return Article(id=article_id, text=text, title=m.group(2).strip() or None,
                       published=m.group(1), path=path, format="txt")
    return Article(id=article_id, text=text, path=path, format="txt")


def read_paths(paths: Iterable[str | Path]) -> Iterator[Article | IngestError]:
    for p in paths:
        p = Path(p)
        files = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
        for f in files:
            if f.suffix.lower() != ".txt":
                continue
            try:
                yield parse_seed_text(f.read_text(encoding="utf-8"), f.stem, str(f))
            except (OSError, UnicodeDecodeError) as e:
                yield IngestError(str(f), str(e))
