"""Web archives (``.warc``, ``.warc.gz``) with warcio: one article per HTML response.

Records stream one at a time (a multi-GB archive reads in constant memory). Only ``response``
records with a 2xx status and an HTML content type become articles; request, metadata,
revisit records and non-HTML responses are passed over quietly. The URL comes from
``WARC-Target-URI`` (and the id is its hash); the publication date is the page's own
published-date metadata when it has one, else the date of ``WARC-Date`` (when the page was
captured). Text comes from the same trafilatura code as ``.html`` files.

A record larger than the size limit, a truncated record (fewer bytes than its
``Content-Length``) or a record that does not parse is reported with its record number; after
a corrupt record the reader looks for the next record start (the next gzip member or
``WARC/1.x`` line) and goes on.
"""
from __future__ import annotations

import contextlib
import io
import zlib
from pathlib import Path
from typing import IO, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..model import Article, IngestError
from .decode import NotText, decode_bytes
from .html_file import html_article
from .htmltext import declared_charset
from .ids import key_id, shown_path
from .limits import ENV_VAR, human_size, too_big
from .when import iso_date

HTML_TYPES = ("text/html", "application/xhtml+xml")
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MARKS = (b"WARC/1.0\r\n", b"WARC/1.1\r\n", b"WARC/1.0\n", b"WARC/1.1\n")
_CHUNK = 1 << 20


class _QuietIterator(ArchiveIterator):
    """warcio's iterator without its raw ``sys.stderr`` warnings about damaged records (which
    echo bytes of the damaged record); the damage is reported as an IngestError instead."""

    def _consume_blanklines(self):
        with contextlib.redirect_stderr(io.StringIO()):
            return super()._consume_blanklines()


class _NotWarc(Exception):
    """A record warcio parsed that is not a WARC record (damaged bytes)."""


# OverflowError: a Content-Length of dozens of digits (warcio cannot even seek past it)
_BROKEN = (_NotWarc, ArchiveLoadFailed, zlib.error, EOFError, ValueError, IndexError,
           OverflowError)


def _next_start(fh: IO[bytes], after: int, gz: bool) -> int | None:
    """File offset of the next record start at or after ``after``, or None."""
    marks = (_GZIP_MAGIC,) if gz else _WARC_MARKS
    overlap = max(len(m) for m in marks) - 1
    pos = after
    fh.seek(pos)
    tail = b""
    while True:
        chunk = fh.read(_CHUNK)
        if not chunk:
            return None
        buf = tail + chunk
        base = pos - len(tail)
        hits = [i for i in (buf.find(m) for m in marks) if i >= 0]
        if hits:
            return base + min(hits)
        tail = buf[-overlap:]
        pos += len(chunk)


def _starts_like_warc(head: bytes, gz: bool) -> bool:
    if head.startswith(_GZIP_MAGIC):
        try:
            head = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(head, 16)
        except zlib.error:
            return False
    elif gz and not head.startswith(b"WARC/"):
        return False
    return head.lstrip(b"\r\n").startswith(b"WARC/")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'").lower()
    return None


def _record(rec, number: int, where: str, limit: int) -> Article | IngestError | None:
    """The article in one record, an error, or None for a record that is not an HTML page."""
    if rec.rec_type != "response" or rec.http_headers is None:
        return None
    status = rec.http_headers.get_statuscode() or ""
    ctype = (rec.http_headers.get_header("Content-Type") or "").lower()
    if not status.startswith("2") or not ctype.split(";")[0].strip() in HTML_TYPES:
        return None
    url = rec.rec_headers.get_header("WARC-Target-URI")
    if rec.length is not None and rec.length > limit:
        return IngestError(where, f"record {number} ({url}): {too_big(rec.length, limit)}",
                           number)
    body = rec.content_stream().read(limit + 1)
    if len(body) > limit:  # a compressed payload (Content-Encoding) inflating past the limit
        return IngestError(where, f"record {number} ({url}): decompressed page is over the "
                                  f"{human_size(limit)} limit ({ENV_VAR})",
                           number)
    missing = getattr(rec.raw_stream, "limit", 0) or 0
    if missing > 0:
        return IngestError(where, f"record {number} ({url}): truncated record "
                                  f"({missing:,} bytes missing)", number)
    try:
        markup, _ = decode_bytes(body, _charset(ctype) or declared_charset(body))
    except NotText as e:
        return IngestError(where, f"record {number} ({url}): {e}", number)
    captured = iso_date(rec.rec_headers.get_header("WARC-Date"))
    out = html_article(markup, key_id(url) if url else f"warc-{number}", where, url=url,
                       published=captured, fmt="warc")
    if isinstance(out, str):
        return IngestError(where, f"record {number} ({url}): {out}", number)
    out.url = url or out.url  # the address that was fetched, not the page's canonical link
    return out


def read_warc(path: Path, limit: int, base: str | None = None
              ) -> Iterator[Article | IngestError]:
    where = shown_path(path)
    gz = path.name.lower().endswith(".gz")
    try:
        fh = open(path, "rb")
    except OSError as e:
        yield IngestError(where, f"cannot read: {e.strerror or e}")
        return
    with fh:
        head = fh.read(4096)
        if not head.strip():
            yield IngestError(where, "empty file")
            return
        if not _starts_like_warc(head, gz):
            yield IngestError(where, "not a WARC file (no WARC/1.x header at the start)")
            return
        number = 0  # records seen (good or bad)
        pos = 0
        first_attempt = True
        while True:
            fh.seek(pos)
            it = _QuietIterator(fh, no_record_parse=False, ensure_http_headers=False)
            last_start: int | None = None
            inside = False  # True while reading a record the iterator already returned
            progressed = False  # a valid record was read in this attempt
            try:
                for rec in it:
                    # file offset where this record starts (warcio keeps it absolute;
                    # get_record_offset() would read the record to its end first)
                    last_start = int(getattr(it, "offset", pos))
                    if rec.format != "warc" or not rec.rec_headers.get_header("WARC-Type"):
                        raise _NotWarc("no valid WARC header")  # garbage read as an ARC record
                    progressed = True
                    number += 1
                    inside = True
                    item = _record(rec, number, where, limit)
                    inside = False
                    if item is not None:
                        yield item
                # warcio ends quietly when the file stops inside a gzip member or inside a
                # record's headers: look for a record start after the last one read.
                tail = _next_start(fh, (last_start if last_start is not None else pos) + 1, gz)
                if tail is not None and _is_record_start(fh, tail, gz):
                    number += 1
                    yield IngestError(where, f"record {number}: truncated record (the "
                                             f"archive ends inside it)", number)
            except _BROKEN as e:
                if first_attempt or progressed:
                    if not inside:
                        number += 1
                    what = ("not a WARC file" if number == 1 and first_attempt and not inside
                            and not isinstance(e, OverflowError) else "corrupt record")
                    yield IngestError(where, f"record {number}: {what} ({_why(e)})", number)
                first_attempt = False
                nxt = _next_start(fh, (last_start if last_start is not None else pos) + 1, gz)
                if nxt is None:
                    return
                pos = nxt
                continue
            except OSError as e:
                yield IngestError(where, f"cannot read: {e.strerror or e}")
            return


def _is_record_start(fh: IO[bytes], offset: int, gz: bool) -> bool:
    """Whether the bytes at ``offset`` really begin a WARC record (not a chance match of the
    gzip magic inside compressed data)."""
    fh.seek(offset)
    head = fh.read(4096)
    if not gz:
        return any(head.startswith(m) for m in _WARC_MARKS)
    try:
        start = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16)
    except zlib.error:
        return False
    return start.startswith(b"WARC/")


def _why(e: Exception) -> str:
    if isinstance(e, zlib.error):
        return "bad gzip data"
    if isinstance(e, EOFError):
        return "archive ends in the middle of a record"
    if isinstance(e, (ArchiveLoadFailed, _NotWarc)):
        return "no valid WARC header"
    if isinstance(e, OverflowError):
        return "Content-Length too large to read"
    return type(e).__name__
