"""JSON Lines (``.jsonl``, ``.ndjson``, optionally gzipped) and ``.json`` articles.

Each record is an object with ``id``, ``url``, ``source``, ``published``, ``title`` and
``text``; only ``text`` is required. JSON Lines files stream one line at a time, never
holding more than one record (at most the size limit) in memory, so a file of millions of
small records reads in constant memory. A bad line (malformed JSON, not an object, no text,
too big, binary) is reported with its line number and the lines after it are still read.
A ``.json`` file holds one object or a list of them and is parsed whole.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import IO, Any, Iterator

from ..model import Article, IngestError
from .decode import BINARY, NotText, decode_bytes, mostly_binary
from .files import read_text
from .ids import clean_id, key_id, stem_of
from .limits import WHOLE_FILE_FACTOR, too_big
from .when import iso_date

MAX_LISTED_ERRORS = 200  # per file; beyond that one summary error (memory stays bounded)
_CHUNK = 1 << 16


def _str(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    return None


def record_article(obj: Any, fallback_id: str, path: str, fmt: str) -> Article | str:
    """An Article from one decoded JSON value, or the reason it is not one."""
    if not isinstance(obj, dict):
        return f"not a JSON object (got {type(obj).__name__})"
    text = obj.get("text")
    if text is None:
        return 'record has no "text"'
    if not isinstance(text, str):
        return f'"text" is not a string (got {type(text).__name__})'
    if not text.strip():
        return '"text" is empty'
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    url = _str(obj.get("url"))
    aid = clean_id(obj.get("id")) or (key_id(url) if url else fallback_id)
    return Article(id=aid, text=text, title=_str(obj.get("title")),
                   published=iso_date(obj.get("published")), url=url,
                   source=_str(obj.get("source")), path=path, format=fmt)


def _open(path: Path) -> IO[bytes]:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")


def _lines(fh: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, line bytes or None when over ``limit``, line size) for each line,
    reading at most ``limit`` + 64 KB at a time however long a line is."""
    lineno = 0
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        lineno += 1
        if len(line) > limit and not line.endswith(b"\n"):
            size = len(line)
            while True:  # skip the rest of the overlong line in chunks
                more = fh.readline(_CHUNK)
                size += len(more)
                if not more or more.endswith(b"\n"):
                    size -= 1 if more.endswith(b"\n") else 0
                    break
            yield lineno, None, size
        else:
            yield lineno, line, len(line)


def read_jsonl(path: Path, limit: int) -> Iterator[Article | IngestError]:
    where = str(path)
    stem = stem_of(path.name)
    errors = 0
    records = 0

    def bad(lineno: int | None, reason: str) -> IngestError | None:
        nonlocal errors
        errors += 1
        if errors <= MAX_LISTED_ERRORS:
            prefix = f"line {lineno}: " if lineno is not None else ""
            return IngestError(where, prefix + reason, lineno)
        return None

    try:
        with _open(path) as fh:
            head = fh.peek(8192)[:8192] if hasattr(fh, "peek") else b""
            if mostly_binary(head):
                yield IngestError(where, BINARY)
                return
            for lineno, line, size in _lines(fh, limit):
                if line is None:
                    err = bad(lineno, too_big(size, limit, "record"))
                    if err:
                        yield err
                    continue
                if not line.strip():
                    continue
                records += 1
                if b"\x00" in line:
                    err = bad(lineno, "binary data (not text)")
                    if err:
                        yield err
                    continue
                try:
                    s = line.decode("utf-8-sig" if lineno == 1 else "utf-8")
                except UnicodeDecodeError:
                    try:
                        s, _ = decode_bytes(line)
                    except NotText as e:
                        err = bad(lineno, str(e).replace(" file", " data"))
                        if err:
                            yield err
                        continue
                try:
                    obj = json.loads(s)
                except json.JSONDecodeError as e:
                    err = bad(lineno, f"malformed JSON: {e.msg} (column {e.colno})")
                    if err:
                        yield err
                    continue
                except RecursionError:
                    err = bad(lineno, "malformed JSON: nested too deeply")
                    if err:
                        yield err
                    continue
                out = record_article(obj, f"{stem}-{lineno}", where, "jsonl")
                if isinstance(out, str):
                    err = bad(lineno, out)
                    if err:
                        yield err
                else:
                    yield out
    except (OSError, EOFError, gzip.BadGzipFile) as e:
        yield IngestError(where, f"cannot read: {getattr(e, 'strerror', None) or e}")
        return
    if errors > MAX_LISTED_ERRORS:
        yield IngestError(where, f"{errors - MAX_LISTED_ERRORS:,} more bad lines not listed "
                                 f"({errors:,} in all)")
    if records == 0 and errors == 0:
        yield IngestError(where, "empty file")


def read_json(path: Path, limit: int) -> Iterator[Article | IngestError]:
    where = str(path)
    text = read_text(path, limit * WHOLE_FILE_FACTOR)
    if isinstance(text, IngestError):
        yield text
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        yield IngestError(where, f"line {e.lineno}: malformed JSON: {e.msg} (column {e.colno})",
                          e.lineno)
        return
    except RecursionError:
        yield IngestError(where, "malformed JSON: nested too deeply")
        return
    single = not isinstance(data, list)
    items = [data] if single else data
    stem = stem_of(path.name)
    for n, obj in enumerate(items, 1):
        size = len((text if single else json.dumps(obj, ensure_ascii=False)).encode("utf-8"))
        if size > limit:
            if single:
                yield IngestError(where, too_big(size, limit))
                continue
            yield IngestError(where, f"item {n}: {too_big(size, limit, 'record')}", n)
            continue
        out = record_article(obj, stem if single else f"{stem}-{n}", where, "json")
        if isinstance(out, str):
            yield IngestError(where, out if single else f"item {n}: {out}",
                              None if single else n)
        else:
            yield out
