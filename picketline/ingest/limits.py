"""The per-article size limit and human-readable sizes for error messages.

The limit guards memory and the extractors against absurd input. It applies to one article:
the whole file for a text or HTML file, one line of a JSON Lines file, one record of a WARC
archive, one item of a ``.json`` list, one entry of a feed. A feed is parsed whole, so it
may be at most :data:`WHOLE_FILE_FACTOR` articles' worth and hold at most
:data:`MAX_FEED_ENTRIES` entries (a 95 MB feed once took 3 minutes and 2 GB); a ``.json``
list is streamed item by item and has no file limit.
"""
from __future__ import annotations

import os
import re

ENV_VAR = "PICKETLINE_MAX_ARTICLE_BYTES"
DEFAULT_MAX_BYTES = 5_000_000  # 5 MB
WHOLE_FILE_FACTOR = 2
MAX_FEED_ENTRIES = 5_000

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "b": 1, "k": 1_000, "m": 1_000_000, "g": 1_000_000_000}


def parse_size(value: str) -> int:
    """``"5000000"``, ``"5MB"``, ``"500k"``, ``"1.5 MB"`` -> bytes (decimal units)."""
    m = _SIZE.match(value)
    if not m:
        raise ValueError(f"not a size: {value!r} (try 5000000 or 5MB)")
    unit = (m.group(2) or "").lower()[:1]
    n = int(float(m.group(1)) * _UNITS[unit])
    if n <= 0:
        raise ValueError(f"size must be positive: {value!r}")
    return n


def max_article_bytes(explicit: int | None = None) -> int:
    """The limit to use: ``explicit`` if given, else ``$PICKETLINE_MAX_ARTICLE_BYTES``, else
    5 MB. A malformed environment value raises ``ValueError`` naming the variable."""
    if explicit is not None:
        if explicit <= 0:
            raise ValueError("max_bytes must be positive")
        return explicit
    env = os.environ.get(ENV_VAR, "").strip()
    if not env:
        return DEFAULT_MAX_BYTES
    try:
        return parse_size(env)
    except ValueError as e:
        raise ValueError(f"{ENV_VAR}: {e}") from None


TIMEOUT_ENV_VAR = "PICKETLINE_EXTRACT_TIMEOUT"
DEFAULT_EXTRACT_TIMEOUT = 30.0  # seconds per article


def extract_timeout(explicit: float | None = None) -> float | None:
    """Seconds one article's extraction may take: ``explicit`` if given, else
    ``$PICKETLINE_EXTRACT_TIMEOUT``, else 30; None (no limit) for ``0``/``off``. A
    malformed environment value raises ``ValueError`` naming the variable."""
    if explicit is not None:
        return explicit if explicit > 0 else None
    env = os.environ.get(TIMEOUT_ENV_VAR, "").strip().lower()
    if not env:
        return DEFAULT_EXTRACT_TIMEOUT
    if env in ("0", "off", "none", "no"):
        return None
    try:
        value = float(env.removesuffix("s"))
    except ValueError:
        value = float("nan")
    if value == 0:
        return None
    if not (value > 0 and value < 10 ** 7):
        raise ValueError(f"{TIMEOUT_ENV_VAR}: not a number of seconds: {env!r} "
                         f"(try 30, or 0 for no limit)")
    return value


def human_size(n: int) -> str:
    """``4000`` -> ``"4,000 bytes"``, ``6_200_000`` -> ``"6.2 MB"``, ``5_000_000`` -> ``"5 MB"``."""
    if n < 1_000_000:
        return f"{n:,} bytes"
    if n < 1_000_000_000:
        return f"{n / 1_000_000:.1f}".removesuffix(".0") + " MB"
    return f"{n / 1_000_000_000:.1f}".removesuffix(".0") + " GB"


def too_big(size: int, limit: int, what: str = "article") -> str:
    """The message for an article over the limit."""
    shown = human_size(size)
    if shown == human_size(limit):  # e.g. 5,000,001 vs 5,000,000: show exact bytes
        shown = f"{size:,} bytes"
    return f"{what} is {shown}, over the {human_size(limit)} limit ({ENV_VAR})"
