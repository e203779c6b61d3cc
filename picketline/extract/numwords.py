"""Numbers as news copy writes them: digits, words, scales, percentages.

Pure functions over strings, shared by the participants, wage and proposal extractors:

- :func:`parse_number` turns one numeric phrase ("7,000", "1.2 million", "seven thousand",
  "eleven thousand five hundred", "75,000-plus", "a dozen") into a float, or ``None``; it never
  raises, whatever the input.
- :func:`find_counts` finds every count in a text with its span, whether it was hedged
  ("about", "more than", "up to") and whether it was only vague ("thousands of", "hundreds").
- :func:`find_percents` finds every percentage ("30%", "7.5 percent", "10% to 12%",
  "Six per cent") with its span.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from ..rules import pattern

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "k": 1_000, "m": 1_000_000, "bn": 1_000_000_000,
          # Indian English: "25 crore workers" (250 million), "five lakh" (500,000)
          "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000}
FRACTIONS = {"half": 0.5, "quarter": 0.25}
DOZEN = {"dozen": 12}

# The patterns are data: picketline/rules/counts.toml (one rule each, read with its groups).
NUMBER_RE = pattern("counts.number.phrase")
_HEDGE_BEFORE = pattern("counts.number.hedge_before")
_VAGUE = pattern("counts.number.vague")
_HEDGE_PREFIX = pattern("counts.number.hedge_prefix")
_PLUS_SUFFIX = pattern("counts.number.plus_suffix")
_DIGITS_PHRASE = pattern("counts.number.digits")
_FRACTION = pattern("counts.number.fraction")
_SCALE_DECIMAL = pattern("counts.number.scale_decimal")
_PCT_AFTER = pattern("counts.percent.unit_after")
_MONEY_PER_HOUR = pattern("counts.money.per_hour")


def _words_value(words: list[str]) -> float | None:
    """Value of a run of English number words ("eleven thousand five hundred")."""
    total, current, seen = 0.0, 0.0, False
    for w in words:
        if w == "and":
            continue
        if w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w in SCALES and w not in ("k", "m", "bn"):
            scale = SCALES[w]
            if current == 0:
                current = 1
            if scale == 100:
                current *= 100
            else:
                total += current * scale
                current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_number(text: object) -> float | None:
    """The value of a numeric phrase, or ``None`` when it is not one. Never raises.

    >>> parse_number("about 7,000"), parse_number("seven thousand"), parse_number("1.2 million")
    (7000.0, 7000.0, 1200000.0)
    """
    try:
        return _parse_number(text)
    except Exception:  # noqa: BLE001 - untrusted text: a parser must never crash a batch
        return None


def _parse_number(text: object) -> float | None:
    if not isinstance(text, str):
        return None
    s = text.strip().lower().replace("\u2009", " ").replace("\xa0", " ").replace("\u202f", " ")
    if not s or len(s) > 200:
        return None
    s = _HEDGE_PREFIX.sub("", s)
    s = _PLUS_SUFFIX.sub("", s).strip()
    s = _SCALE_DECIMAL.sub(r"\1.\2 ", s)  # "5,5-million", "1.2-million": 5.5 million
    s = s.rstrip(".").strip()
    if not s:
        return None
    m = _DIGITS_PHRASE.fullmatch(s)
    if m:
        value = float(m.group(1).replace(",", "").replace(" ", ""))
        if m.group(2):
            value *= SCALES[m.group(2)]
        return value if math.isfinite(value) else None
    m = _FRACTION.fullmatch(s)
    if m:
        return FRACTIONS[m.group(1)] * SCALES[m.group(2)]
    if s.split() in (["dozen"], ["a", "dozen"], ["one", "dozen"]):
        return 12.0
    words = s.replace("-", " ").split()
    if words and words[0] == "a" and len(words) > 1 and words[1] in SCALES:
        words[0] = "one"
    return _words_value(words)


@dataclass(frozen=True)
class Count:
    """A count found in text: its span (of the number itself), value and manner."""

    start: int
    end: int
    value: float
    text: str
    hedge: str | None = None  # "about", "more than", ... as written before the number
    plus: bool = False  # "75,000-plus"


@dataclass(frozen=True)
class Vague:
    """A vague quantity ("thousands of", "tens of thousands")."""

    start: int
    end: int
    text: str


def find_counts(text: str) -> list[Count]:
    """Every numeric phrase in ``text`` with its value (money and percentages excluded)."""
    out: list[Count] = []
    if not isinstance(text, str):
        return out
    for m in NUMBER_RE.finditer(text):
        raw = m.group()
        before = text[max(0, m.start() - 2):m.start()]
        after = text[m.end():m.end() + 24]  # "35 to 40 percent": a range's percent sign
        if "$" in before or "£" in before or "€" in before:
            continue
        if _PCT_AFTER.match(after):
            continue
        if raw.lower() in ("one",):  # "one" is more often a pronoun than a count
            continue
        value = parse_number(raw)
        if value is None:
            continue
        hb = _HEDGE_BEFORE.search(text[max(0, m.start() - 25):m.start()])
        out.append(Count(m.start(), m.end(), value, raw,
                         hb.group().strip().lower() if hb else None,
                         raw.endswith("+") or raw.lower().endswith("-plus")))
    return out


def find_vague(text: str) -> list[Vague]:
    """Vague quantities: "thousands of", "hundreds", "tens of thousands of"."""
    if not isinstance(text, str):
        return []
    return [Vague(m.start(), m.end(), m.group()) for m in _VAGUE.finditer(text)]


@dataclass(frozen=True)
class Percent:
    start: int
    end: int
    value: float  # for a range "10% to 12%", the upper end
    low: float | None = None  # the lower end of a range


PERCENT_RE = pattern("counts.percent.figure")  # "10% to 12%": groups 1, 2; "30%": group 3
_PCT_HINT = pattern("counts.percent.hint")  # cheap test before the full scan


_FRACTIONS = {"1/2": 0.5, "1/4": 0.25, "3/4": 0.75, "\u00bd": 0.5, "\u00bc": 0.25, "\u00be": 0.75}


def _percent_number(raw: str) -> float | None:
    """A percentage's figure: a mixed fraction ("4 1/2" -> 4.5, "4\u00bd"), a decimal comma
    ("6,15" -> 6.15: the figure pattern reads one or two digits after the comma so), else
    :func:`parse_number`."""
    for frac, part in _FRACTIONS.items():
        whole = raw[:-len(frac)].rstrip(" -")
        if raw.endswith(frac) and whole.isdigit():
            return int(whole) + part
    head, sep, tail = raw.partition(",")
    if sep and head.isdigit() and tail.isdigit() and len(tail) <= 2:
        return float(f"{head}.{tail}")
    return parse_number(raw)


def find_percents(text: str) -> list[Percent]:
    """Every percentage in ``text``; a range "10% to 12%" is one :class:`Percent`."""
    out: list[Percent] = []
    if not isinstance(text, str) or not _PCT_HINT.search(text):
        return out
    for m in PERCENT_RE.finditer(text):
        if m.group(3) is not None:
            v = _percent_number(m.group(3))
            if v is not None:
                out.append(Percent(m.start(), m.end(), v))
            continue
        lo, hi = _percent_number(m.group(1)), _percent_number(m.group(2))
        if hi is None:
            continue
        if lo is None or lo > hi:
            out.append(Percent(m.start(), m.end(), hi))
        else:
            out.append(Percent(m.start(), m.end(), hi, lo))
    return out


MAX_HOURLY = 1_000.0  # dollars an hour; anything above is a misread or hostile figure


def find_money_per_hour(text: str) -> list[tuple[int, int, float]]:
    """Hourly dollar amounts: "$2 per hour", "$4 an hour", "50 cents an hour"."""
    out: list[tuple[int, int, float]] = []
    if not isinstance(text, str):
        return out
    for m in _MONEY_PER_HOUR.finditer(text):
        try:
            v = float(m.group(1)) if m.group(1) else float(m.group(2)) / 100
        except (ValueError, OverflowError):
            continue
        if not math.isfinite(v) or v > MAX_HOURLY:
            continue  # an absurd or hostile figure is no hourly raise
        out.append((m.start(), m.end(), v))
    return out
