"""Stable article ids: the same source item gets the same id on every run.

* a text or HTML file: its path relative to the folder being read, without the format
  suffix, folders joined by ``~`` (``news/a/strike.txt`` read as ``news`` -> ``a~strike``;
  a file at the top of that folder, or named on its own, keeps its bare stem), so files of
  the same name in different folders (every ``index.html`` of a site mirror) are different
  articles (:func:`path_id`);
* a JSON record: its ``id``, else a hash of its URL, else ``<file id>-<line number>``;
* a feed entry: a hash of its entry id (guid), else of its link;
* a WARC record: a hash of its target URL.

URL hashes share one scheme (:func:`key_id`), so the same page read from a JSONL dump, a
feed and a web archive gets the same id.
"""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import PurePath

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


PATH_SEP = "~"


def shown_name(name: str) -> str:
    """A file or folder name as text that can be stored and printed: a name whose bytes
    are not valid UTF-8 (kept by Python as surrogate escapes) gets its bad bytes written
    ``\\xff``, so it stays unique and readable."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def path_id(relative: "str | os.PathLike[str]") -> str:
    """The id base of a file from its path relative to the folder being read (or its bare
    name when it was named on its own): ``a/strike.txt`` -> ``a~strike``,
    ``2025/x/index.html`` -> ``2025~x~index``, ``strike.txt`` -> ``strike``. The same file
    gets the same id on every run; ids never contain ``/``."""
    parts = [shown_name(p) for p in PurePath(relative).parts if p not in ("", ".", "/")]
    if not parts:
        return ""
    parts[-1] = stem_of(parts[-1])
    out = PATH_SEP.join(parts)
    return out if len(out) <= MAX_ID_LENGTH else key_id(out, "id")


def shown_path(path: "str | os.PathLike[str]") -> str:
    """A path as text for errors and ``Article.path`` (see :func:`shown_name`)."""
    return shown_name(os.fspath(path))


def stem_of(name: str) -> str:
    """File name without its format suffix: ``news.2024.jsonl.gz`` -> ``news.2024``."""
    base = name[:-3] if name.lower().endswith(".gz") else name
    return base.rsplit(".", 1)[0] if "." in base.lstrip(".") else base
