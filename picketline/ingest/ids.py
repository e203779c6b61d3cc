"""Stable article ids: the same source item gets the same id on every run.

* a text or HTML file: its file stem;
* a JSON record: its ``id``, else a hash of its URL, else ``<file stem>-<line number>``;
* a feed entry: a hash of its entry id (guid), else of its link;
* a WARC record: a hash of its target URL.

URL hashes share one scheme (:func:`key_id`), so the same page read from a JSONL dump, a
feed and a web archive gets the same id.
"""
from __future__ import annotations

import hashlib
import re

MAX_ID_LENGTH = 160
_SPACE = re.compile(r"\s+")


def key_id(key: str, prefix: str = "u") -> str:
    """``u-<16 hex>``: a short stable hash of a URL or another unique key."""
    digest = hashlib.sha256(key.strip().encode("utf-8")).hexdigest()[:16]
    return f"{prefix}-{digest}"


def clean_id(value: object) -> str | None:
    """A given id as a string (numbers allowed), whitespace collapsed; None when empty. Very
    long ids are hashed so they stay usable in URLs and file names."""
    if value is None or isinstance(value, (bool, dict, list)):
        return None
    s = _SPACE.sub(" ", str(value)).strip()
    if not s:
        return None
    return s if len(s) <= MAX_ID_LENGTH else key_id(s, "id")


def stem_of(name: str) -> str:
    """File name without its format suffix: ``news.2024.jsonl.gz`` -> ``news.2024``."""
    base = name[:-3] if name.lower().endswith(".gz") else name
    return base.rsplit(".", 1)[0] if "." in base.lstrip(".") else base
