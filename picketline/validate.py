"""What a reviewer's correction of a dispute field may be: one place that knows each
correctable field's type and allowed values.

Every write path (the web form, the JSON API, the Python API :func:`picketline.api.correct_fact`
and through it the CLI) calls :func:`correction_value`, so all of them accept and refuse the
same values with the same message; :mod:`picketline.consolidate` calls it again on stored
corrections, so a bad value stored by an older version is shown as invalid, never applied.

    >>> correction_value("participants", "1,800")
    1800
    >>> correction_value("participants", "1e25")
    Traceback (most recent call last):
    ...
    picketline.validate.CorrectionError: participants: must be a whole number from 0 to 10,000,000 (got '1e25')

Values may arrive typed (JSON numbers, lists) or as text (a form field, a command-line
argument); text is read as the field's type (lists: items separated by ``;``). ``None`` or
empty text clears a field (``[]`` for lists).
"""
from __future__ import annotations

import json
import math
import re
from datetime import date
from typing import Any

from .model import ACTION_TYPES, BARGAINING_EVENTS, DEMANDS, INDUSTRIES, STATUSES

MAX_PARTICIPANTS = 10_000_000
PCT_RANGE = (-100.0, 1000.0)  # a wage change in percent (a cut may be proposed)
YEAR_RANGE = (1800, 2200)
MAX_TEXT = 200  # characters of a city or country
MAX_NAME = 300  # characters of one employer or union name
MAX_ITEMS = 50  # names or categories in one list

LIST_FIELDS = ("employers", "unions", "demands", "bargaining_events")
ENUMS: dict[str, tuple[str, ...]] = {
    "action_type": ACTION_TYPES, "status": STATUSES, "industry": INDUSTRIES,
    "demands": DEMANDS, "bargaining_events": BARGAINING_EVENTS,
}
ALIASES = {"employer": "employers", "union": "unions", "location.city": "city",
           "location.state": "state", "location.country": "country"}

# Region codes a location's ``state`` holds: USPS codes (states, DC, territories), Canadian
# province and territory codes, Australian state codes (what the place extractor writes).
US_STATES = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
    "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR VI GU AS MP").split()
CA_PROVINCES = "AB BC MB NB NL NS ON PE QC SK YT NT NU".split()
AU_STATES = "ACT NSW NT QLD SA TAS VIC WA".split()
STATE_CODES = frozenset(US_STATES + CA_PROVINCES + AU_STATES)

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_WHOLE = re.compile(r"\d{1,3}(?:[,_ ]\d{3})+|\d+")
_DECIMAL = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class CorrectionError(ValueError):
    """A correction that cannot be stored. ``str(e)`` is one line naming the field, what is
    allowed and what was given; ``field`` and ``allowed`` are also attributes."""

    def __init__(self, field: str, allowed: str, given: Any = None, *, shown: bool = True):
        self.field, self.allowed, self.given = field, allowed, given
        got = f" (got {_brief(given)})" if shown else ""
        super().__init__(f"{field}: {allowed}{got}")


def _brief(value: Any, limit: int = 40) -> str:
    """A short, one-line echo of a refused value."""
    if isinstance(value, str):
        text = repr(value)
    else:
        try:
            text = json.dumps(value, ensure_ascii=True, allow_nan=True)
        except (TypeError, ValueError):
            text = repr(value)
    text = _CONTROL.sub("?", text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def field_name(field: str) -> str:
    """The dispute field a name means (``employer`` -> ``employers``)."""
    return ALIASES.get(field, field)


def allowed(field: str) -> str:
    """What a field accepts, in words (for forms and error messages)."""
    field = field_name(field)
    if field == "participants":
        return f"must be a whole number from 0 to {MAX_PARTICIPANTS:,}"
    if field in ("wage_demand_pct", "wage_offer_pct"):
        lo, hi = PCT_RANGE
        return f"must be a percentage from {lo:g} to {hi:g}"
    if field in ("start_date", "end_date"):
        return "must be a date written YYYY-MM-DD"
    if field == "state":
        return ("must be a two-letter USPS state code (e.g. OH), a Canadian province code "
                "(ON) or an Australian state code (NSW)")
    if field == "country":
        return "must be a two-letter ISO country code (e.g. US, CA, GB)"
    if field in ("demands", "bargaining_events"):
        return f"each item must be one of {', '.join(ENUMS[field])}"
    if field in ENUMS:
        return f"must be one of {', '.join(ENUMS[field])}"
    if field in ("employers", "unions"):
        return (f"must be names separated by ';' (at most {MAX_ITEMS}, each up to "
                f"{MAX_NAME} characters, no control characters)")
    if field == "city":
        return f"must be text of up to {MAX_TEXT} characters, no control characters"
    return "is not a field that can be corrected"


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) else None


def _participants(value: Any) -> int:
    fail = CorrectionError("participants", allowed("participants"), value)
    if isinstance(value, bool):
        raise fail
    if isinstance(value, float):
        if not math.isfinite(value) or value != int(value):
            raise fail
        value = int(value)
    elif isinstance(value, str):
        s = value.strip()
        if not _WHOLE.fullmatch(s):
            raise fail
        value = int(re.sub(r"[,_ ]", "", s))
    if not isinstance(value, int) or not 0 <= value <= MAX_PARTICIPANTS:
        raise fail
    return value


def _pct(field: str, value: Any) -> float:
    fail = CorrectionError(field, allowed(field), value)
    if isinstance(value, bool):
        raise fail
    if isinstance(value, str):
        s = value.strip().rstrip("%").strip()
        if not _DECIMAL.fullmatch(s):
            raise fail
        value = s
    if isinstance(value, (int, float, str)):
        try:
            x = float(value)
        except (ValueError, OverflowError):
            raise fail from None
    else:
        raise fail
    if not math.isfinite(x) or not PCT_RANGE[0] <= x <= PCT_RANGE[1]:
        raise fail
    return x


def _date(field: str, value: Any) -> str:
    fail = CorrectionError(field, allowed(field), value)
    s = _text(value)
    if s is None or not _ISO_DATE.fullmatch(s):
        raise fail
    try:
        d = date.fromisoformat(s)
    except ValueError:
        raise fail from None
    if not YEAR_RANGE[0] <= d.year <= YEAR_RANGE[1]:
        raise CorrectionError(field, f"{allowed(field)}, in the years {YEAR_RANGE[0]} to "
                                     f"{YEAR_RANGE[1]}", value)
    return d.isoformat()


def _enum_key(s: str) -> str:
    return re.sub(r"[\s-]+", "_", s.strip().lower())


def _enum(field: str, value: Any, whole: str | None = None) -> str:
    s = _text(value)
    if s is not None and _enum_key(s) in ENUMS[field]:
        return _enum_key(s)
    raise CorrectionError(whole or field, allowed(whole or field), value)


def _plain_text(field: str, value: Any, limit: int) -> str:
    s = _text(value)
    if s is None or not s or len(s) > limit or _CONTROL.search(s):
        raise CorrectionError(field, allowed(field), value)
    return " ".join(s.split())


def _items(field: str, value: Any) -> list[Any]:
    if isinstance(value, str):
        s = value.strip()
        if s.startswith("["):  # a JSON list typed as text
            try:
                value = json.loads(s)
            except ValueError:
                raise CorrectionError(field, allowed(field), value) from None
        else:
            return [x.strip() for x in s.split(";") if x.strip()]
    if not isinstance(value, (list, tuple)):
        raise CorrectionError(field, allowed(field), value)
    return list(value)


def _list(field: str, value: Any) -> list[str]:
    items = _items(field, value)
    if len(items) > MAX_ITEMS:
        raise CorrectionError(field, f"{allowed(field)}; got {len(items)} items",
                              shown=False)
    out: list[str] = []
    for x in items:
        if field in ENUMS:
            v = _enum(field, x)
        else:
            if isinstance(x, str) and not x.strip():
                continue
            v = _plain_text(field, x, MAX_NAME)
        if v not in out:
            out.append(v)
    return out


def correction_value(field: str, value: Any) -> Any:
    """``value`` as the corrected value of dispute field ``field`` (its canonical form:
    ``int`` participants, ``float`` percentages, ISO dates, vocabulary values, upper-case
    codes, lists of strings). Raises :class:`CorrectionError` (a ``ValueError``) naming the
    field and what it accepts when the value is not allowed."""
    name = field_name(field)
    if name not in _CHECKS:
        raise CorrectionError(str(field), "is not a field that can be corrected; choose one of "
                              + ", ".join(_CHECKS), shown=False)
    if isinstance(value, str) and value.strip() in ("", "null"):
        value = None
    if value is None:
        return [] if name in LIST_FIELDS else None
    return _CHECKS[name](value)


def _state(value: Any) -> str:
    s = _text(value)
    if s is not None and s.upper().rstrip(".") in STATE_CODES:
        return s.upper().rstrip(".")
    raise CorrectionError("state", allowed("state"), value)


def _country(value: Any) -> str:
    s = _text(value)
    if s is not None and re.fullmatch(r"[A-Za-z]{2}", s):
        return s.upper()
    raise CorrectionError("country", allowed("country"), value)


_CHECKS = {
    "action_type": lambda v: _enum("action_type", v),
    "status": lambda v: _enum("status", v),
    "employers": lambda v: _list("employers", v),
    "unions": lambda v: _list("unions", v),
    "start_date": lambda v: _date("start_date", v),
    "end_date": lambda v: _date("end_date", v),
    "participants": _participants,
    "city": lambda v: _plain_text("city", v, MAX_TEXT),
    "state": _state,
    "country": _country,
    "industry": lambda v: _enum("industry", v),
    "demands": lambda v: _list("demands", v),
    "wage_demand_pct": lambda v: _pct("wage_demand_pct", v),
    "wage_offer_pct": lambda v: _pct("wage_offer_pct", v),
    "bargaining_events": lambda v: _list("bargaining_events", v),
}
FIELDS = tuple(_CHECKS)


def json_safe(value: Any) -> Any:
    """``value`` with non-finite floats (NaN, Infinity: not JSON) written as text, so that a
    bad value stored by an older version can still be shown and exported."""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    if isinstance(value, dict):
        return {k: json_safe(v) for k, v in value.items()}
    return value


def check_stored(field: str, value: Any) -> tuple[Any, str | None]:
    """A stored correction's value made canonical, or ``(None, message)`` when it is not
    allowed (stored by an older version that did not check): never raises."""
    try:
        return correction_value(field, value), None
    except CorrectionError as e:
        return None, str(e)
    except Exception as e:  # noqa: BLE001 - anything odd stored must not break a read
        return None, f"{field}: cannot be read ({type(e).__name__})"
