"""Which files to read: named files as given, folders recursively in sorted order.

Inside a folder, hidden files and folders (names starting with ``.``) and files of a type
picketline does not read are passed over quietly; a file named explicitly is always tried,
and an unsupported one is reported.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

from ..model import IngestError

# suffix (lower case) -> format name; longest suffixes are matched first
FORMATS = {
    ".warc.gz": "warc", ".jsonl.gz": "jsonl", ".ndjson.gz": "jsonl",
    ".txt": "txt", ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".warc": "warc",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}
_BY_LENGTH = sorted(FORMATS, key=len, reverse=True)


def format_of(path: Path) -> str | None:
    name = path.name.lower()
    for suffix in _BY_LENGTH:
        if name.endswith(suffix) and len(name) > len(suffix):
            return FORMATS[suffix]
    return None


def unsupported(path: Path) -> str:
    kinds = ", ".join(sorted({s for s in FORMATS if not s.endswith(".gz")}))
    suffix = "".join(path.suffixes[-2:]) or "(no extension)"
    return f"unsupported file type {suffix} (picketline reads {kinds}, .warc.gz)"


def _walk(root: Path) -> Iterator[Path | IngestError]:
    errors: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
        while errors:
            e = errors.pop()
            yield IngestError(str(e.filename or dirpath), f"cannot read folder: {e.strerror or e}")
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            p = Path(dirpath, name)
            if format_of(p) and p.is_file():
                yield p
    for e in errors:
        yield IngestError(str(e.filename or root), f"cannot read folder: {e.strerror or e}")


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | IngestError]:
    """Each file to read (with a format), or an IngestError for a named path that is missing
    or unsupported. Streams: a large tree is never listed whole."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            yield from _walk(p)
        elif not p.exists():
            yield IngestError(str(p), "no such file or folder")
        elif not p.is_file():
            yield IngestError(str(p), "not a regular file")
        elif format_of(p) is None:
            yield IngestError(str(p), unsupported(p))
        else:
            yield p
