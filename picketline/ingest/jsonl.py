"""JSON Lines (``.jsonl``, ``.ndjson``, optionally gzipped) and ``.json`` articles.

Each record is an object with ``id``, ``url``, ``source``, ``published``, ``title`` and
``text``; only ``text`` is required. JSON Lines files stream one line at a time, never
holding more than one record (at most the size limit) in memory, so a file of millions of
small records reads in constant memory. A bad line (malformed JSON, not an object, no text,
too big, binary, a number of thousands of digits) is reported with its line number and the
lines after it are still read. A gzipped file that inflates far beyond any text (a gzip bomb:
more than :data:`GZ_MAX_RATIO` times its compressed size, beyond one article's worth) or
holds more than :data:`MAX_BLANK_LINES` blank lines in a row is read up to that point and
reported.

A ``.json`` file holds one object (read whole, at most the article size limit) or a list of
them, which is streamed item by item like JSON Lines: each item at most the size limit,
however large the file; a bad item is reported with its number and the items after it are
still read (:func:`_array_items`).
"""
from __future__ import annotations

import codecs
import gzip
import json
import re
import zlib
from pathlib import Path
from typing import IO, Any, Iterator

from ..model import Article, IngestError
from .decode import _CP1252_FALLBACK, BINARY, NotText, decode_bytes, mostly_binary
from .files import read_text
from .ids import clean_id, key_id, path_id, shown_path
from .limits import human_size, too_big
from .when import iso_date

MAX_LISTED_ERRORS = 200  # per file; beyond that one summary error (memory stays bounded)
_CHUNK = 1 << 16
# A gzipped file may inflate to this many times its compressed size (plus one article's
# worth): news text compresses 3-10 times; a gzip bomb of newlines, 1,000 times.
GZ_MAX_RATIO = 100
MAX_BLANK_LINES = 100_000  # in a row: no real file has them, a bomb of newlines does
MAX_BAD_RUN = 10_000  # bad lines in a row: a file of them (a bomb of "{}" lines) is not read on
# Longest integer literal read (Python refuses to convert more than 4,300 digits).
MAX_INT_DIGITS = 4_000


class _BadNumber(ValueError):
    pass


def _parse_int(digits: str) -> int:
    if len(digits) > MAX_INT_DIGITS:
        raise _BadNumber(f"a number of {len(digits):,} digits (at most {MAX_INT_DIGITS:,})")
    return int(digits)


_DECODER = json.JSONDecoder(parse_int=_parse_int)


def loads(s: str) -> Any:
    """``json.loads`` that refuses absurdly long integer literals with :class:`ValueError`
    (naming the digit count) instead of Python's own limit error."""
    return _DECODER.decode(s)


def _json_error(e: Exception) -> str:
    """The reason for a JSON value that could not be decoded."""
    if isinstance(e, json.JSONDecodeError):
        return f"malformed JSON: {e.msg} (column {e.colno})"
    if isinstance(e, RecursionError):
        return "malformed JSON: nested too deeply"
    if isinstance(e, _BadNumber):
        return f"malformed JSON: {e}"
    return f"malformed JSON: {type(e).__name__}: {e}"[:300]


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


class _GzBomb(Exception):
    pass


class _CappedGzip(gzip.GzipFile):
    """A gzip reader that stops (:class:`_GzBomb`) once it has inflated more than
    ``GZ_MAX_RATIO`` times the compressed bytes read, plus ``slack``."""

    def __init__(self, raw: IO[bytes], slack: int) -> None:
        super().__init__(fileobj=raw, mode="rb")
        self._raw_file = raw
        self._slack = slack
        self._out = 0
        self._next_check = 1 << 20

    def _check(self, n: int) -> None:
        self._out += n
        if self._out >= self._next_check:
            self._next_check = self._out + (1 << 20)
            allowed = GZ_MAX_RATIO * self._raw_file.tell() + self._slack
            if self._out > allowed:
                raise _GzBomb(f"decompresses to over {human_size(self._out)} from "
                              f"{human_size(self._raw_file.tell())} (more than "
                              f"{GZ_MAX_RATIO} times its size: a gzip bomb?); the rest "
                              f"of the file is not read")

    def readline(self, size: int | None = -1) -> bytes:
        line = super().readline(size)
        self._check(len(line))
        return line


def _open(path: Path, limit: int) -> IO[bytes]:
    if path.name.lower().endswith(".gz"):
        raw = open(path, "rb")
        try:
            return _CappedGzip(raw, limit)
        except BaseException:
            raw.close()
            raise
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


def read_jsonl(path: Path, limit: int, base: str | None = None
               ) -> Iterator[Article | IngestError]:
    where = shown_path(path)
    stem = base or path_id(path.name)
    errors = 0
    records = 0
    blanks = 0

    bad_run = 0

    def bad(lineno: int | None, reason: str) -> IngestError | None:
        nonlocal errors, bad_run
        errors += 1
        bad_run += 1
        if errors <= MAX_LISTED_ERRORS:
            prefix = f"line {lineno}: " if lineno is not None else ""
            return IngestError(where, prefix + reason, lineno)
        return None

    try:
        with _open(path, limit) as fh:
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
                    blanks += 1
                    if blanks > MAX_BLANK_LINES:
                        yield IngestError(where, f"line {lineno}: over {MAX_BLANK_LINES:,} "
                                                 f"blank lines in a row; the rest of the file "
                                                 f"is not read", lineno)
                        break
                    continue
                blanks = 0
                records += 1
                if bad_run > MAX_BAD_RUN:
                    yield IngestError(where, f"line {lineno}: over {MAX_BAD_RUN:,} bad lines in "
                                             f"a row; the rest of the file is not read", lineno)
                    break
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
                    obj = loads(s)
                except (ValueError, RecursionError) as e:  # JSONDecodeError is a ValueError
                    err = bad(lineno, _json_error(e))
                    if err:
                        yield err
                    continue
                out = record_article(obj, f"{stem}-{lineno}", where, "jsonl")
                if isinstance(out, str):
                    err = bad(lineno, out)
                    if err:
                        yield err
                else:
                    bad_run = 0
                    yield out
    except _GzBomb as e:
        yield IngestError(where, str(e))
    except (OSError, EOFError, gzip.BadGzipFile, zlib.error) as e:
        yield IngestError(where, f"cannot read: {getattr(e, 'strerror', None) or e}")
        return
    if errors > MAX_LISTED_ERRORS:
        yield IngestError(where, f"{errors - MAX_LISTED_ERRORS:,} more bad lines not listed "
                                 f"({errors:,} in all)")
    if records == 0 and errors == 0:
        yield IngestError(where, "empty file")


_WS = re.compile(r"[ \t\r\n]*")
# inside a string: the next quote or backslash; outside: the next structural character
_IN_STRING = re.compile(r'["\\]')
_STRUCTURE = re.compile(r'["\[\]{},]')


class _Text:
    """A UTF-8 byte stream decoded chunk by chunk (stray legacy bytes read as Windows-1252,
    as :func:`~.decode.decode_bytes` does), as a sliding text buffer ``buf`` with a cursor
    ``pos``; ``line`` counts the lines dropped from the front of the buffer."""

    def __init__(self, fh: IO[bytes], chunk: int) -> None:
        self.fh = fh
        self.chunk = chunk
        self.dec = codecs.getincrementaldecoder("utf-8-sig")(_CP1252_FALLBACK)
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.line = 1

    def more(self, at_least: int = 0) -> bool:
        """Read another chunk (at least ``at_least`` bytes); False at the end of the file."""
        if self.eof:
            return False
        data = self.fh.read(max(self.chunk, at_least))
        if self.pos > 0:  # drop what was consumed
            self.line += self.buf.count("\n", 0, self.pos)
            self.buf = self.buf[self.pos:]
            self.pos = 0
        if not data:
            self.eof = True
            self.buf += self.dec.decode(b"", final=True)
            return False
        self.buf += self.dec.decode(data)
        return True

    def skip_ws(self) -> str:
        """The next non-blank character (reading more as needed), or "" at the end."""
        while True:
            self.pos = _WS.match(self.buf, self.pos).end()
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self.more():
                return ""

    def lineno(self) -> int:
        return self.line + self.buf.count("\n", 0, self.pos)

    def skip_value(self) -> bool:
        """Move past the JSON value at the cursor without building it (its brackets and
        strings followed, in bounded memory however large it is); False when the file
        ends first."""
        depth = 0
        in_string = False
        while True:
            pattern = _IN_STRING if in_string else _STRUCTURE
            m = pattern.search(self.buf, self.pos)
            if m is None or (in_string and m.group() == "\\" and m.end() >= len(self.buf)):
                keep = m.start() if m is not None else len(self.buf)
                self.pos = keep
                if not self.more():
                    return False
                continue
            c = m.group()
            self.pos = m.end()
            if in_string:
                if c == "\\":
                    self.pos += 1  # the escaped character
                else:
                    in_string = False
                    if depth == 0:
                        return True
            elif c == '"':
                in_string = True
            elif c in "[{":
                depth += 1
            elif c in "]}":
                if depth == 0:  # the end of the enclosing list: a bare value ended
                    self.pos -= 1
                    return True
                depth -= 1
                if depth == 0:
                    return True
            elif c == "," and depth == 0:
                self.pos -= 1
                return True


def _array_items(fh: IO[bytes], limit: int) -> Iterator[tuple[int, int, Any | str]]:
    """(item number, line, value or the reason it is unreadable) for each item of the JSON
    list the stream holds (its ``[`` already at the cursor). Holds at most about ``limit``
    characters in memory: a larger item is skipped, unparsed, and reported."""
    t = _Text(fh, _CHUNK)
    t.skip_ws()
    t.pos += 1  # the "["
    n = 0
    first = True
    while True:
        c = t.skip_ws()
        if c == "]":
            t.pos += 1
            if t.skip_ws():
                yield n + 1, t.lineno(), "malformed JSON: extra data after the list"
            return
        if not first:
            if c != ",":
                what = "the list is not closed" if not c else f"expected ',' but found {c!r}"
                yield n + 1, t.lineno(), f"malformed JSON: {what}; the rest is not read"
                return
            t.pos += 1
            c = t.skip_ws()
        first = False
        if not c:
            yield n + 1, t.lineno(), "malformed JSON: the list is not closed"
            return
        n += 1
        line = t.lineno()
        while True:
            try:
                obj, end = _DECODER.raw_decode(t.buf, t.pos)
                if end >= len(t.buf) and not t.eof:  # a number may go on in the next chunk
                    raise json.JSONDecodeError("incomplete", t.buf, end)
            except json.JSONDecodeError as e:
                # incomplete (the item goes on in the next chunk) or malformed
                cut = e.pos >= len(t.buf) - 6 or e.msg.startswith("Unterminated string")
                if cut and not t.eof and len(t.buf) - t.pos <= limit:
                    t.more(len(t.buf) - t.pos)  # doubling: parsing retries stay linear
                    continue
                if len(t.buf) - t.pos > limit:
                    reason = too_big(len(t.buf[t.pos:].encode("utf-8")), limit, "record") \
                        if t.eof else f"record is over the {human_size(limit)} limit"
                else:
                    at = t.line + t.buf.count("\n", 0, e.pos)
                    reason = f"malformed JSON: {e.msg} (line {at} of the file)"
            except (ValueError, RecursionError) as e:
                reason = _json_error(e)
            else:
                if end - t.pos > limit // 4 and len(t.buf[t.pos:end].encode("utf-8")) > limit:
                    yield n, line, too_big(len(t.buf[t.pos:end].encode("utf-8")), limit,
                                           "record")
                else:
                    yield n, line, obj
                t.pos = end
                break
            # unreadable: report it, then step over it to the next item
            yield n, line, reason
            if not t.skip_value():
                return
            break


def read_json(path: Path, limit: int, base: str | None = None
              ) -> Iterator[Article | IngestError]:
    where = shown_path(path)
    stem = base or path_id(path.name)
    try:
        fh = open(path, "rb")
    except OSError as e:
        yield IngestError(where, f"cannot read: {e.strerror or e}")
        return
    with fh:
        head = fh.read(_CHUNK)
        start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        if not start.startswith(b"[") or mostly_binary(head):
            yield from _read_single(path, where, stem, limit)
            return
        fh.seek(0)
        listed = 0
        count = 0
        for n, line, value in _array_items(fh, limit):
            count = n
            if isinstance(value, str):
                listed += 1
                if listed <= MAX_LISTED_ERRORS:
                    yield IngestError(where, f"item {n}: {value}", n)
                continue
            out = record_article(value, f"{stem}-{n}", where, "json")
            if isinstance(out, str):
                listed += 1
                if listed <= MAX_LISTED_ERRORS:
                    yield IngestError(where, f"item {n}: {out}", n)
            else:
                yield out
        if listed > MAX_LISTED_ERRORS:
            yield IngestError(where, f"{listed - MAX_LISTED_ERRORS:,} more bad items not "
                                     f"listed ({listed:,} in all)")
        if count == 0:
            yield IngestError(where, "empty list")


def _read_single(path: Path, where: str, stem: str, limit: int
                 ) -> Iterator[Article | IngestError]:
    """A ``.json`` file that is not a list (one object, or not JSON): read whole, at most
    the size limit."""
    text = read_text(path, limit)
    if isinstance(text, IngestError):
        yield text
        return
    try:
        data = loads(text)
    except json.JSONDecodeError as e:
        yield IngestError(where, f"line {e.lineno}: malformed JSON: {e.msg} (column {e.colno})",
                          e.lineno)
        return
    except (ValueError, RecursionError) as e:
        yield IngestError(where, _json_error(e))
        return
    if isinstance(data, list):  # a list the stream reader did not see (another encoding)
        for n, obj in enumerate(data, 1):
            out = record_article(obj, f"{stem}-{n}", where, "json")
            yield IngestError(where, f"item {n}: {out}", n) if isinstance(out, str) else out
        return
    out = record_article(data, stem, where, "json")
    yield IngestError(where, out) if isinstance(out, str) else out
