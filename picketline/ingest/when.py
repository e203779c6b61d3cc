"""Publication dates from metadata (JSON fields, feed entries, WARC headers) as ISO dates.

Only absolute dates are parsed here; a date stays in the time zone the source gave it in
(an article stamped 23:30 -05:00 on 2 May was published on 2 May where it was written).
Anything unparseable gives None, and the extractors infer the date from the text instead.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_ISO_PREFIX = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y", "%m/%d/%Y",
            "%Y/%m/%d")
MIN_YEAR, MAX_YEAR = 1800, 2200


def _ok(d: date) -> str | None:
    return d.isoformat() if MIN_YEAR <= d.year <= MAX_YEAR else None


def iso_date(value: object) -> str | None:
    """``"2024-05-02T23:30:00-05:00"``, ``"Thu, 02 May 2024 08:00:00 GMT"``,
    ``"May 2, 2024"``, ``"2024-05-02"`` -> ``"2024-05-02"``; else None."""
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not s or len(s) > 80:
        return None
    m = _ISO_PREFIX.match(s)
    if m:
        try:
            return _ok(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            return None
    try:
        return _ok(parsedate_to_datetime(s).date())
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _FORMATS:
        try:
            return _ok(datetime.strptime(s, fmt).date())
        except ValueError:
            continue
    return None
