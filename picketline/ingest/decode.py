"""Bytes to text: BOM, then UTF-8, then detection (charset-normalizer), never a silent mojibake.

English news copy in a legacy encoding is nearly always Windows-1252 or Latin-1; the
detector often finds several single-byte encodings equally plausible for short copy (cp1250
decodes the same bytes with different accented letters), so among equally good guesses we
prefer cp1252, then Latin-1. Input with NUL bytes (and no UTF-16/32 byte order mark) or that
no encoding reads cleanly is binary, not text.
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes


class NotText(ValueError):
    """The bytes are not readable text; ``str(e)`` is a reason for a person."""


BINARY = "binary file (not text)"

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_PREFERRED = ("utf_8", "cp1252", "latin_1", "iso8859_15")
_NEWLINES = re.compile(r"\r\n?")
# C0 controls other than tab/newline/CR/form feed, in quantity, mean binary data.
_CONTROL = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f]")


# A valid two-, three- or four-byte UTF-8 sequence (legacy single-byte text almost never
# contains one: it would need a lead byte followed by the right number of continuation bytes).
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_CP1252_FALLBACK = "picketline-cp1252"


def _cp1252_bytes(err: UnicodeDecodeError) -> tuple[str, int]:
    bad = err.object[err.start:err.end]
    return bad.decode("cp1252", errors="replace"), err.end


codecs.register_error(_CP1252_FALLBACK, _cp1252_bytes)


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF (the sentence splitter works on lines)."""
    return _NEWLINES.sub("\n", text) if "\r" in text else text


def looks_binary(chunk: bytes) -> bool:
    """NUL bytes, or many control characters, in a sample of the data."""
    if not chunk:
        return False
    if b"\x00" in chunk:
        return True
    return len(_CONTROL.findall(chunk[:8192])) > max(8, len(chunk[:8192]) // 100)


def mostly_binary(chunk: bytes) -> bool:
    """A sample that is binary through and through (an archive, an image), as opposed to
    text with a stray NUL somewhere: at least 1 byte in 100 is NUL or a control character."""
    if not chunk:
        return False
    bad = chunk.count(b"\x00") + len(_CONTROL.findall(chunk))
    return bad * 100 >= len(chunk) and bad >= 4


def _bom(data: bytes) -> tuple[str, int] | None:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc, len(bom)
    return None


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def detect(data: bytes) -> tuple[str, str]:
    """(text, encoding) by charset-normalizer, preferring Western encodings among ties."""
    matches = list(from_bytes(data))
    if not matches:
        raise NotText(BINARY)
    best = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= best + 1e-9]
    for name in _PREFERRED:
        for m in tied:
            if m.encoding == name:
                return str(m), m.encoding
    chosen = tied[0]
    # cp1250 and friends read cp1252's typographic quotes the same way; when cp1252 reads
    # the bytes cleanly and the guess adds no letters cp1252 lacks, cp1252 is the safer bet.
    western = _try(data, "cp1252")
    if western is not None and western == str(chosen):
        return western, "cp1252"
    return str(chosen), chosen.encoding


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` to text; returns (text, encoding used). ``declared`` is an encoding the
    document itself names (an HTML meta charset), tried after UTF-8.

    Raises :class:`NotText` for empty-after-decoding or binary data."""
    bom = _bom(data)
    if bom:
        enc, n = bom
        text = _try(data[n:], enc)
        if text is None:
            raise NotText(f"not valid {enc.upper()} despite its byte order mark")
        return normalize_newlines(text), enc
    if looks_binary(data[:65536]):
        raise NotText(BINARY)
    text = _try(data, "utf-8")
    if text is not None:
        return normalize_newlines(text), "utf-8"
    if _UTF8_MULTIBYTE.search(data):
        # Valid UTF-8 sequences beside stray legacy bytes: a file pasted together from two
        # sources. Keep the UTF-8 and read each stray byte as Windows-1252.
        return normalize_newlines(data.decode("utf-8", errors=_CP1252_FALLBACK)), "utf-8+cp1252"
    if declared:
        text = _try(data, declared)
        if text is not None:
            return normalize_newlines(text), declared.lower()
    text, enc = detect(data)
    return normalize_newlines(text), enc
