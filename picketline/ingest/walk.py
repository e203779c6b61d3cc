"""Which files to read: named files as given, folders recursively in sorted order.

Inside a folder, hidden files and folders (names starting with ``.``) and files of a type
picketline does not read are passed over quietly; a file named explicitly is always tried,
and an unsupported one is reported. A symbolic link inside a folder that leads to a file
outside that folder is reported and not read (a link to ``/etc/passwd`` dropped in a news
folder must not become a public article); folder links are not followed.

Each file comes with its id base (:func:`~.ids.path_id`): its path relative to the folder
named, so same-named files in different folders are different articles.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

from ..model import IngestError
from .ids import path_id, shown_name, shown_path

OUTSIDE = "symbolic link to a file outside the folder being read (not read)"

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
    suffix = shown_name("".join(path.suffixes[-2:])) or "(no extension)"
    return f"unsupported file type {suffix} (picketline reads {kinds}, .warc.gz)"


def _inside(p: Path, root: Path) -> bool:
    """Whether the symbolic link ``p`` resolves to a file inside ``root``."""
    try:
        p.resolve(strict=True).relative_to(root)
        return True
    except (OSError, RuntimeError, ValueError):
        return False


def _walk(root: Path) -> Iterator[tuple[Path, str] | IngestError]:
    errors: list[OSError] = []
    real_root: Path | None = None
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
        while errors:
            e = errors.pop()
            yield IngestError(shown_path(e.filename or dirpath),
                              f"cannot read folder: {e.strerror or e}")
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            p = Path(dirpath, name)
            if not (format_of(p) and p.is_file()):
                continue
            if p.is_symlink():
                if real_root is None:
                    real_root = root.resolve()
                if not _inside(p, real_root):
                    yield IngestError(shown_path(p), OUTSIDE)
                    continue
            yield p, path_id(p.relative_to(root))
    for e in errors:
        yield IngestError(shown_path(e.filename or root), f"cannot read folder: {e.strerror or e}")


def iter_sources(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str] | IngestError]:
    """Each file to read (with a format) and its id base, or an IngestError for a named
    path that is missing or unsupported (or a link out of a folder). Streams: a large tree
    is never listed whole."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            yield from _walk(p)
        elif not p.exists():
            yield IngestError(shown_path(p), "no such file or folder")
        elif not p.is_file():
            yield IngestError(shown_path(p), "not a regular file")
        elif format_of(p) is None:
            yield IngestError(shown_path(p), unsupported(p))
        else:
            yield p, path_id(p.name)


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | IngestError]:
    """Each file to read (with a format), or an IngestError (see :func:`iter_sources`)."""
    for item in iter_sources(paths):
        yield item if isinstance(item, IngestError) else item[0]
