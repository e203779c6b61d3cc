"""Ingest: files, folders, feeds and archives in; :class:`~picketline.model.Article` out.

    from picketline.ingest import read_paths
    for item in read_paths(["news/", "dump.jsonl"]):
        if isinstance(item, IngestError): print("skipped", item)
        else: store(item)

Formats (one small module each): seed-format ``.txt`` (:mod:`.seed`), ``.html``/``.htm``
(trafilatura, :mod:`.html_file`), ``.jsonl``/``.ndjson``(``.gz``) and ``.json``
(:mod:`.jsonl`), ``.warc``/``.warc.gz`` (warcio, :mod:`.warc`), RSS/Atom ``.xml``/``.rss``/
``.atom`` (feedparser, :mod:`.feed`).

Everything streams: folders are walked lazily, JSON Lines files line by line, WARC archives
record by record. Whatever cannot be read is yielded as an :class:`IngestError` (path,
reason, line or record number) in place of the article, and reading goes on with the rest
of the file and the rest of the batch. Articles larger than the size limit (``max_bytes``,
else ``$PICKETLINE_MAX_ARTICLE_BYTES``, else 5 MB) are refused; for JSON Lines and WARC the
limit is per record, so a 200 MB file of small records reads fine.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..model import Article, IngestError
from .feed import read_feed
from .html_file import read_html
from .jsonl import read_json, read_jsonl
from .limits import DEFAULT_MAX_BYTES, ENV_VAR, max_article_bytes
from .seed import parse_seed_text, read_txt
from .ids import path_id, shown_path
from .walk import FORMATS, format_of, iter_files, iter_sources, unsupported
from .warc import read_warc

__all__ = ["read_paths", "read_file", "count_hint", "parse_seed_text", "FORMATS",
           "DEFAULT_MAX_BYTES", "ENV_VAR", "Article", "IngestError"]

Reader = Callable[..., Iterator["Article | IngestError"]]  # (path, limit, base)
READERS: dict[str, Reader] = {
    "txt": read_txt, "html": read_html, "jsonl": read_jsonl, "json": read_json,
    "warc": read_warc, "feed": read_feed,
}


def read_file(path: str | Path, *, max_bytes: int | None = None, base: str | None = None
              ) -> Iterator[Article | IngestError]:
    """Articles (or errors) of one file of any supported format. ``base``: the id of the
    file's article (text, HTML) or the prefix of its records' fallback ids (JSON, feeds),
    by default from the file name (:func:`~.ids.path_id`); :func:`read_paths` passes the
    path relative to the folder being read."""
    p = Path(path)
    limit = max_article_bytes(max_bytes)
    fmt = format_of(p)
    if fmt is None:
        yield IngestError(shown_path(p), unsupported(p))
        return
    if not p.is_file():
        yield IngestError(shown_path(p),
                          "no such file" if not p.exists() else "not a regular file")
        return
    try:
        yield from READERS[fmt](p, limit, base or path_id(p.name))
    except MemoryError:
        yield IngestError(shown_path(p), "out of memory while reading this file")
    except Exception as e:  # noqa: BLE001 - one unreadable file must never stop a batch
        yield IngestError(shown_path(p),
                          f"unreadable {fmt} file ({type(e).__name__}: {e})"[:300])


def read_paths(paths: Iterable[str | Path] | str | Path, *, max_bytes: int | None = None
               ) -> Iterator[Article | IngestError]:
    """Articles (or errors) of files and folders (recursive, sorted, hidden files skipped;
    in folders, files of other types are passed over; named ones are reported). A file's
    id comes from its path relative to the folder named (``a/strike.txt`` -> ``a~strike``),
    so same-named files in different folders are all read as different articles."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    limit = max_article_bytes(max_bytes)
    for item in iter_sources(paths):
        if isinstance(item, IngestError):
            yield item
        else:
            yield from read_file(item[0], max_bytes=limit, base=item[1])


def _count_bytes(path: Path, needle: bytes) -> int:
    n = 0
    tail = b""
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            buf = tail + chunk
            n += buf.count(needle) - tail.count(needle)
            tail = buf[-(len(needle) - 1):] if len(needle) > 1 else b""
    return n


_WARC_GZ_RECORD = 20_000  # rough compressed size of one archived news page (bytes)


def count_hint(paths: Iterable[str | Path] | str | Path) -> int | None:
    """A cheap estimate of how many articles ``paths`` hold, for a progress bar: one per
    text/HTML/JSON file, lines of JSON Lines files and entries of feeds (counted by scanning
    bytes), response records of plain WARC files, and a size-based guess for ``.warc.gz``
    and gzipped JSON Lines. None when nothing readable is there."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    total = 0
    seen = False
    for item in iter_files(paths):
        if isinstance(item, IngestError):
            continue
        seen = True
        fmt = format_of(item)
        gz = item.name.lower().endswith(".gz")
        try:
            if gz:
                total += max(1, item.stat().st_size // _WARC_GZ_RECORD)
            elif fmt == "jsonl":
                total += max(1, _count_bytes(item, b"\n"))
            elif fmt == "feed":
                total += max(1, _count_bytes(item, b"<item") + _count_bytes(item, b"<entry"))
            elif fmt == "warc":
                total += max(1, _count_bytes(item, b"WARC-Type: response"))
            else:
                total += 1
        except OSError:
            total += 1
    return total if seen else None
