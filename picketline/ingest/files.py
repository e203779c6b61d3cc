"""Reading one whole file as text, with the checks every whole-file format shares:
missing, unreadable, too big (before reading it), empty, binary, undecodable."""
from __future__ import annotations

from pathlib import Path

from ..model import IngestError
from .decode import NotText, decode_bytes
from .ids import shown_path
from .limits import too_big

EMPTY = "empty file"


def read_bytes(path: Path, limit: int, what: str = "article") -> bytes | IngestError:
    """The file's bytes, or an IngestError (over ``limit``, unreadable, empty)."""
    try:
        size = path.stat().st_size
        if size > limit:
            return IngestError(shown_path(path), too_big(size, limit, what))
        data = path.read_bytes()
    except OSError as e:
        return IngestError(shown_path(path), f"cannot read: {e.strerror or e}")
    if not data.strip():
        return IngestError(shown_path(path), EMPTY)
    if len(data) > limit:  # grew while we looked
        return IngestError(shown_path(path), too_big(len(data), limit, what))
    return data


def read_text(path: Path, limit: int, declared: str | None = None) -> str | IngestError:
    """The file decoded to text (see :func:`decode.decode_bytes`), or an IngestError."""
    data = read_bytes(path, limit)
    if isinstance(data, IngestError):
        return data
    try:
        text, _ = decode_bytes(data, declared)
    except NotText as e:
        return IngestError(shown_path(path), str(e))
    if not text.strip():
        return IngestError(shown_path(path), EMPTY)
    return text
