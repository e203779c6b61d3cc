"""Dates: the publication date (given or inferred), the action's first and last day, and the
relative-date resolver every date-bearing extractor shares.

News copy dates things relative to the day it was written: "walked out Monday", "will strike
Thursday", "tomorrow", "in less than 24 hours", "on March 21". We resolve these ourselves,
anchored on the publication date, because general-purpose parsers get them wrong (dateparser
resolves a bare weekday always to the past and, with ``PREFER_DATES_FROM=future``, moves
"March 21" to next year). Rules, in short:

- **Bare weekdays** follow the tense of their clause: past ("walked out Monday") gives the
  most recent such day, future ("will strike Thursday") the next one, both including the
  anchor day itself; with no tense cue the nearest one.
- **Month and day without a year** take the anchor's year unless the tense contradicts it
  (a past event may not lie well after the anchor, a future one well before it); a stated
  weekday ("Tuesday, Sept. 26") picks the year it agrees with.
- **Ordinal days** ("on the 14th") fall in the anchor's month, or the next (future) or the
  previous (past) one when the tense says so.
- **Durations** ("a three-day strike", "a 72-hour walkout", "lasted 148 days", "for a
  fortnight", "lasted five school days") turn a first day into a last day (the 21st plus
  three days ends on the 23rd; school and working days skip weekends) and back; the length
  of a notice ("a 10-day strike notice") is not the action's.
- **Ranges and lists** ("Dec. 1-3", "on 5, 6 and 7 March", "between March 20 and March 22")
  give the first and last day; "ended Tuesday, Oct. 7" and a lifted lockout give the last
  day, a return to work the day before it, "the third day of" / "entered its sixth day
  Friday" the first.
- **Undated articles** take a Posted/Published (else Updated) stamp, a day the copy names as
  its own ("this morning, Monday, Sept. 15"; "yesterday, Friday 14 February 2025" is the day
  before), a dated statement or a dated reporting verb in the lead ("in a statement dated
  June 19, 2025", "officials said Monday, June 9, 2025"), day N of a dated action, or the
  first weekday of the lead (or the weekday the copy calls its own: "finishes this evening,
  Wednesday") on or after the latest stated date.
- **Planned starts** survive a later cancellation ("a strike set for 12:01 a.m. Friday was
  called off" starts Friday); a live one-day picket "today" with no date of its own is on
  the publication day; "games through June 15 were cancelled" is no end of the action.

Everything here is a pure function over strings and dates except :func:`publication_date`
and :func:`action_dates`, which read a :class:`~picketline.nlp.Context`.
"""
from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from .. import rules
from ..model import ArticleFacts, Fact
from ..nlp import Context, Sentence
from .classify import action_hits, action_sentence, earlier_clause, historical, hit_kind, is_caption, publication_year, \
    status_votes
from .numbers import in_other_item, other_items
from .numwords import parse_number

# --- vocabulary -----------------------------------------------------------------------------
MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
# the fixed-date holidays news copy dates actions by ("will strike on Boxing Day")
HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "boxing day": (12, 26),
            "new years eve": (12, 31), "new years day": (1, 1)}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty-eight": 48, "seventy-two": 72,
    "twenty-four": 24,
}

# The patterns are data: rules/dates.toml (its [macros] name weekdays, months, counts and
# action nouns once).
# One regex for every date expression we resolve; alternatives are tried left to right, so
# absolute dates (with an optional leading weekday) win over a bare weekday.
DATE_RE = rules.pattern("dates.expression")

_FUTURE = rules.pattern("dates.tense.future")
_PAST = rules.pattern("dates.tense.past")
# -ed words that are not past tense in news copy
_NOT_PAST = rules.pattern("dates.tense.not_past")


# --- the resolver ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Resolved:
    value: date
    granularity: str  # "day" | "week"
    explicit_year: bool = False


def _month(name: str) -> int:
    return MONTHS[name[:3].lower()]


def _weekday_index(name: str) -> int:
    return WEEKDAYS.index(name.lower())


def shift_weekday(anchor: date, weekday: int, tense: str | None) -> date:
    """The date of ``weekday`` (0 = Monday) nearest to ``anchor`` that fits the tense:
    past -> the most recent one, future -> the next one (both including the anchor day),
    None -> the nearest one (ties go to the past, as news reports finished events)."""
    back = (anchor.weekday() - weekday) % 7
    fwd = (weekday - anchor.weekday()) % 7
    if tense == "past":
        return anchor - timedelta(days=back)
    if tense == "future":
        return anchor + timedelta(days=fwd)
    return anchor - timedelta(days=back) if back <= fwd else anchor + timedelta(days=fwd)


# How far back (years) a weekday date with no anchor is looked for (see latest_fitting).
FALLBACK_YEARS = 12


def reference_day() -> date:
    """The day a weekday date with no anchor and no year is read against: the machine's date.
    Tests pass their own (``today=``) to :func:`latest_fitting` and :func:`pick_year`."""
    return date.today()


def latest_fitting(month: int, day: int, weekday: int, offset: int = 0,
                   today: date | None = None) -> date | None:
    """The fallback for a month-day with a weekday and nothing else to date it by: the most
    recent year, from the year after ``today`` (default :func:`reference_day`) back
    :data:`FALLBACK_YEARS` years, where the day ``offset`` days after month-day falls on
    ``weekday`` (0 = Monday). Returns that month-day, or None when no year fits."""
    base = (today or reference_day()).year + 1
    for y in range(base, base - FALLBACK_YEARS, -1):
        d = _safe_date(y, month, day)
        if d and (d + timedelta(days=offset)).weekday() == weekday:
            return d
    return None


def pick_year(month: int, day: int, anchor: date | None, tense: str | None = None,
              weekday: int | None = None, ref_year: int | None = None,
              today: date | None = None) -> date | None:
    """Choose the year of a month-day. With a stated weekday, the year (near the anchor)
    that agrees with it; otherwise the anchor's year unless the tense says otherwise. With
    no anchor and no reference year, a stated weekday picks the latest year it fits
    (:func:`latest_fitting`, read against ``today``); with no weekday either, None."""
    base = anchor.year if anchor else ref_year
    if base is None:
        # no anchor at all: the most recent year (up to next year) where the weekday fits
        return None if weekday is None else latest_fitting(month, day, weekday, today=today)
    cands = [d for y in (base - 1, base, base + 1) if (d := _safe_date(y, month, day))]
    if not cands:
        return None
    if weekday is not None:
        # the weekday only picks among years near the anchor: "Monday and Tuesday, March 11
        # and 12" pairs Tuesday with the 11th, and a year far off must not win by that slip
        fit = [d for d in cands if d.weekday() == weekday
               and (anchor is None or abs((d - anchor).days) <= 183)]
        if fit:
            cands = fit
    if anchor is None:
        return min(cands, key=lambda d: abs(d.year - base))
    near = [d for d in cands if abs((d - anchor).days) <= 183]
    if tense == "past":
        ok = [d for d in near if d <= anchor + timedelta(days=2)]
        cands = ok or cands
    elif tense == "future":
        ok = [d for d in near if d >= anchor - timedelta(days=2)]
        cands = ok or cands
    return min(cands, key=lambda d: abs((d - anchor).days))


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def resolve_match(m: re.Match[str], anchor: date | None, tense: str | None = None,
                  ref_year: int | None = None) -> Resolved | None:
    """Resolve one :data:`DATE_RE` match against the anchor (publication) date."""
    g = m.groupdict()
    if g["iso"]:
        y, mo, d = (int(x) for x in g["iso"].split("-"))
        v = _safe_date(y, mo, d)
        return Resolved(v, "day", True) if v else None
    if g["mon1"] or g["mon2"]:
        return _resolve_month_day(g, anchor, tense, ref_year)
    if g["hol"]:
        mon, day = HOLIDAYS[" ".join(g["hol"].lower().replace("'", "").replace("\u2019", "").split())]
        v = pick_year(mon, day, anchor, tense, None, ref_year)
        return Resolved(v, "day") if v else None
    if anchor is None:
        return None
    if g["day3"]:
        return _resolve_ordinal_day(int(g["day3"]), anchor, tense)
    if g["rel"]:
        return _resolve_near(" ".join(g["rel"].lower().split()), anchor)
    if g["wd3"]:
        return Resolved(_resolve_weekday(g, anchor, tense), "day")
    return None


def _resolve_month_day(g: dict[str, str | None], anchor: date | None, tense: str | None,
                       ref_year: int | None) -> Resolved | None:
    """"March 21", "Tuesday, Sept. 26", "5 March 2025": the stated year, else one picked."""
    mon = _month(g["mon1"] or g["mon2"] or "")
    day = int(g["day1"] or g["day2"] or 0)
    year = g["year1"] or g["year2"]
    wd = g["wd1"] or g["wd2"]
    if year:
        v = _safe_date(int(year), mon, day)
        return Resolved(v, "day", True) if v else None
    v = pick_year(mon, day, anchor, tense, _weekday_index(wd) if wd else None, ref_year)
    return Resolved(v, "day") if v else None


def _resolve_near(rel: str, anchor: date) -> Resolved:
    """"today", "tomorrow", "in less than 24 hours", "last night", "next week" (a week gives
    its Monday), "two days ago", "a week ago" (that day; "three weeks ago" that week)."""
    if rel in ("today", "tonight") or rel.startswith("this ") and not rel.endswith("week") or \
            rel.startswith("with "):  # "due to start with the night shift": the day of the copy
        return Resolved(anchor, "day")
    if rel == "tomorrow" or "hours" in rel:
        return Resolved(anchor + timedelta(days=1), "day")
    if rel in ("yesterday", "last night"):
        return Resolved(anchor - timedelta(days=1), "day")
    if rel.endswith(" ago"):  # "a week ago", "two days ago", "3 weeks ago"
        n_word, unit = rel.split()[:2]
        n = 1 if n_word == "a" else int(parse_number(n_word) or 1)
        if unit.startswith("day") or n == 1:
            return Resolved(anchor - timedelta(days=n * (7 if unit.startswith("week") else 1)), "day")
        return Resolved(anchor - timedelta(days=7 * n), "week")
    monday = anchor - timedelta(days=anchor.weekday())
    if rel == "next week":
        return Resolved(monday + timedelta(days=7), "week")
    if rel == "last week":
        return Resolved(monday - timedelta(days=7), "week")
    return Resolved(monday, "week")  # this week


def _resolve_weekday(g: dict[str, str | None], anchor: date, tense: str | None) -> date:
    """A weekday: "Thursday" by the tense, "next Thursday", "last Monday", "Wednesday last
    week"."""
    wd = _weekday_index(g["wd3"] or "")
    mod = (g["wdmod"] or "").lower()
    week = (g.get("wdweek") or g.get("wdweekpre") or "").lower()
    if week:  # "Wednesday last week", "last week Friday": that weekday of the week named
        monday = anchor - timedelta(days=anchor.weekday())
        return monday + timedelta(days=wd + {"last": -7, "next": 7}.get(week, 0))
    if mod == "next":  # that weekday of next week ("next Thursday", said on a Wednesday)
        return anchor - timedelta(days=anchor.weekday()) + timedelta(days=7 + wd)
    if g.get("wdnext"):  # "Tuesday next" (British): the coming one, never the day itself
        return shift_weekday(anchor + timedelta(days=1), wd, "future")
    if mod in ("last", "past"):
        return shift_weekday(anchor - timedelta(days=1), wd, "past")
    if mod in ("this", "coming"):
        return shift_weekday(anchor, wd, "future")
    return shift_weekday(anchor, wd, tense)


def _resolve_ordinal_day(day: int, anchor: date, tense: str | None) -> Resolved | None:
    """"on the 14th": that day of the anchor's month, or of the next month when the tense is
    future and the day has passed, or of the previous one when past and it is still ahead."""
    cands = []
    for k in (-1, 0, 1):
        y, m = anchor.year, anchor.month + k
        if m < 1:
            y, m = y - 1, 12
        elif m > 12:
            y, m = y + 1, 1
        d = _safe_date(y, m, day)
        if d:
            cands.append(d)
    if tense == "future":
        cands = [d for d in cands if d >= anchor] or cands
    elif tense == "past":
        cands = [d for d in cands if d <= anchor] or cands
    if not cands:
        return None
    return Resolved(min(cands, key=lambda d: abs((d - anchor).days)), "day")


def resolve_relative(expr: str, anchor: date, tense: str | None = None) -> date | None:
    """Resolve one date expression ("tomorrow", "Thursday", "next Thursday", "March 21",
    "Sept. 15, 2023", "2023-03-21", "in less than 24 hours", "next week") against ``anchor``.

    ``tense`` is the tense of the clause the expression sits in ("past", "future" or None);
    see :func:`tense_at` to read it from a sentence. Week-level expressions ("next week")
    give the Monday of that week. Returns None for what is not a date expression.
    """
    m = DATE_RE.search(expr)
    if not m:
        return None
    r = resolve_match(m, anchor, tense)
    return r.value if r else None


_CLAUSE_COMMA = rules.pattern("dates.tense.clause_comma")
_SET_FOR = rules.pattern("dates.tense.set_for")
_AVERTED_ACTION = rules.pattern("dates.tense.averted_action")
_PLAN_IN_PAST = rules.pattern("dates.tense.plan_in_past")
_MEETING_ON_BEFORE = rules.pattern("dates.start.meeting_on_before")
_PLANNED_ACTION = rules.pattern("dates.tense.planned_action")
_UNTIL_DAY = rules.pattern("dates.tense.until_day")


_STARTING_AT = rules.pattern("dates.tense.starting_at")
_TAIL_END = rules.pattern("dates.tense.tail_end")  # a sentence's last words: "..., officials said."
# a word of a clause, with a following "to" ("set to", "plans to")
_WORD = rules.pattern("dates.tense.word")
_REPORTING_VERB = rules.pattern("dates.tense.reporting_verb")


def tense_at(sentence: str, pos: int) -> str | None:
    """The tense governing a date expression at ``pos`` in ``sentence``: the nearest tense
    cue before it in the same clause (back to a comma, colon, semicolon or dash) wins ("will
    walk out Thursday" -> future, "walked out Monday" -> past), else the nearest after it;
    None when there is no cue."""
    before = sentence[:pos]
    # only the current clause: cut at the last sentence-internal break
    # (a comma inside a list of days, "on 5, 6 and 7 March", is no clause break)
    commas = [m.start() for m in _CLAUSE_COMMA.finditer(before)]
    cut = max(before.rfind(";"), before.rfind(" — "), before.rfind(": "), commas[-1] if commas else -1)
    before = before[cut + 1:]
    if _SET_FOR.search(before) or _PLANNED_ACTION.search(before) or _AVERTED_ACTION.search(before):
        return "future"  # "a strike set for 12:01 a.m. Friday" (even if later "was called off"),
        # "had announced plans for a walkout on Wednesday", "cancelled Wednesday's walkout"
    if _STARTING_AT.search(before):
        return "future"  # "a strike starting on Monday" (unless a past verb says otherwise: "began")
    words = [w for w in _WORD.finditer(before) if before[w.start() - 1:w.start()] != "-"]
    for i in range(len(words) - 1, -1, -1):
        t = _word_tense(words[i].group())
        if t == "past" and i and _after_modal(words, i):
            return "future"  # "would hit the picket lines Tuesday", "will be locked out as of
            # 8pm Monday": a past form after a modal (and a passive's "be")
        if t == "past" and _PLAN_IN_PAST.match(before, words[i].start()):
            return "future"  # "teachers were to go out on strike Tuesday": a plan, told in the past
        if t:
            return t
    if _UNTIL_DAY.search(before):
        return "future"  # "'No transactions till Saturday,' said ...": ahead, not the telling's past
    after = _SUBORDINATE.split(sentence[pos:], 1)[0]  # not "even though it has declared ..."
    for w in _WORD.finditer(after):
        if _REPORTING_VERB.fullmatch(w.group()) and _TAIL_END.match(after[w.end():]):
            continue  # "... starting April 19, union sources said.": the time of telling
        t = _word_tense(w.group())
        if t:
            return t
    return None


_PASSIVE_AUX = frozenset({"be", "been", "have", "get"})


def _after_modal(words: list[re.Match[str]], i: int) -> bool:
    """Is the ``i``-th word (a past form) governed by a modal just before it, over a passive's
    or perfect's auxiliaries ("would hit", "will be locked out", "will have been paid")?"""
    j = i - 1
    while j > 0 and words[j].group().lower() in _PASSIVE_AUX:
        j -= 1
    return _word_tense(words[j].group()) == "future"


# a subordinate clause after a date ("... on Monday even though the government has declared
# it illegal"): its tense is not the date's
_SUBORDINATE = rules.pattern("dates.tense.subordinate_after")


def _word_tense(word: str) -> str | None:
    if word[0].isupper() and word.split()[0] not in ("Will", "Would"):
        return None  # names and months ("May") are no tense cues
    if _FUTURE.fullmatch(word) or _FUTURE.fullmatch(word.split()[0]):
        return "future"
    w = word.split()[0]
    if _PAST.fullmatch(w) and not _NOT_PAST.match(w.lower()) and not w[0].isupper():
        return "past"
    if w.lower() in ("since", "last", "earlier", "ago"):
        return "past"
    return None


# --- durations ------------------------------------------------------------------------------
# the action nouns a length, a start cue or an end cue is about (rules/dates.toml [macros]);
# its NUM macro spells the counts of NUMBER_WORDS
ACTION_NOUN = rules.macro("ACTION_NOUN", "dates")
DURATION_RE = rules.pattern("dates.duration")
OPEN_ENDED_RE = rules.pattern("dates.duration.open_ended")


def parse_duration(text: str) -> int | None:
    """Days an action lasts, from "a three-day strike", "a 72-hour walkout", "a two-week
    lockout", "set to last three days", "lasted 148 days"; None when not stated."""
    m = DURATION_RE.search(text)
    if not m:
        return None
    return _duration_days(m)


def _duration_days(m: re.Match[str]) -> int | None:
    g = m.groupdict()
    if g.get("n7") or g.get("n8"):
        return 14
    if g.get("wk") or g.get("wk2"):
        return 7
    if g.get("od1") or g.get("od2") or g.get("od3") or g.get("od4"):
        return 1  # "a day-long strike", "a national day of action", "expected to last several
        # hours", "will stop work for an hour"
    if g.get("n11"):
        k = int(g["n11"]) if g["n11"].isdigit() else NUMBER_WORDS.get(g["n11"].lower())
        if not k:
            return None
        return k + 1 if (g.get("unit11") or "day").lower() == "day" else 7 * k + 4
    for i in ("", "2", "3", "4", "5", "6", "9", "10"):
        n = g.get("n" + i)
        if n:
            unit = (g.get("unit" + i) or "day").lower()
            k = int(n) if n.isdigit() else NUMBER_WORDS.get(n.lower())
            if not k:
                return None
            if unit == "hour":
                return max(1, -(-k // 24))
            if unit == "week":
                return 7 * k
            return k
    return None


def workdays_only(m: re.Match[str]) -> bool:
    """Does the duration count school or working days ("lasted five school days")?"""
    return any(v for k, v in m.groupdict().items() if k.startswith("wd") and k[2:].isdigit())


def end_from_start(start: date, days: int, workdays: bool = False) -> date:
    """Last day of an action of ``days`` days starting on ``start`` (inclusive); with
    ``workdays``, weekends do not count (five school days from a Monday end on Friday)."""
    if not workdays:
        return start + timedelta(days=days - 1)
    d, left = start, days - 1
    while left > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            left -= 1
    return d


def start_from_end(end: date, days: int, workdays: bool = False) -> date:
    """First day of an action of ``days`` days that ended on ``end`` (inclusive)."""
    if not workdays:
        return end - timedelta(days=days - 1)
    d, left = end, days - 1
    while left > 0:
        d -= timedelta(days=1)
        if d.weekday() < 5:
            left -= 1
    return d


# --- mentions in an article -----------------------------------------------------------------
@dataclass(frozen=True)
class DateMention:
    sent: Sentence
    start: int  # offsets in the sentence
    end: int
    text: str
    value: date
    granularity: str
    tense: str | None
    explicit_year: bool
    has_weekday: bool
    is_bare_weekday: bool
    is_relative: bool


def headline_offset(ctx: Context) -> int:
    """Offset where the body starts: after the first line (the headline, with or without
    a ``date YYYY-MM-DD`` prefix)."""
    nl = ctx.text.find("\n")
    return len(ctx.text) if nl < 0 else nl


_DATE_LINE = rules.pattern("dates.date_line")


def _date_line_end(ctx: Context) -> int:
    m = _DATE_LINE.match(ctx.text)
    return m.end() if m else 0


_YEARS: "weakref.WeakKeyDictionary[Context, int | None]" = weakref.WeakKeyDictionary()


def article_year(ctx: Context) -> int | None:
    """The most frequent explicit four-digit year of a full date in the article (computed
    once per article context)."""
    if ctx not in _YEARS:
        _YEARS[ctx] = _article_year(ctx)
    return _YEARS[ctx]


# a sentence without a month name, an ISO date, an ordinal day ("the 14th"), a weekday,
# "today"/"tomorrow"/"yesterday", "tonight", "this morning", "24 hours" or "next/last/this
# week" holds no date expression: skip the big regex there (most sentences with digits hold
# only money, counts and percentages)
_MAYBE_DATE = rules.pattern("dates.maybe_date")
_MATCHES: "weakref.WeakKeyDictionary[Context, dict[tuple[int, int], list[tuple[re.Match[str], str | None]]]]" = \
    weakref.WeakKeyDictionary()


def date_matches(ctx: Context, s: Sentence) -> list[tuple[re.Match[str], str | None]]:
    """The :data:`DATE_RE` matches of one sentence of the copy with their clause tense (the
    ``date YYYY-MM-DD`` line prefix left out), computed once per article context."""
    cache = _MATCHES.get(ctx)
    if cache is None:
        cache = _MATCHES[ctx] = {}
    got = cache.get((s.start, s.end))
    if got is None:
        got = []
        if _MAYBE_DATE.search(s.text):
            skip_to = _date_line_end(ctx)
            for m in DATE_RE.finditer(s.text):
                if s.start + m.start() >= skip_to:
                    got.append((m, tense_at(s.text, m.start())))
        cache[(s.start, s.end)] = got
    return got


def _article_year(ctx: Context) -> int | None:
    years: dict[int, int] = {}
    for s in ctx.sentences:
        for m, _ in date_matches(ctx, s):
            y = m.group("year1") or m.group("year2") or (m.group("iso") or "")[:4]
            if y:
                years[int(y)] = years.get(int(y), 0) + 1
    return max(years, key=lambda y: (years[y], y)) if years else None


def mentions(ctx: Context, anchor: date | None, sents: list[Sentence] | None = None,
             ref_year: int | None = None, rel_anchor: date | None = None) -> list[DateMention]:
    """Every date expression of the given sentences, resolved. ``rel_anchor`` (default
    ``anchor``) is the day the copy was written, used for "tomorrow", "today", "in less
    than 24 hours"."""
    out: list[DateMention] = []
    for s in sents if sents is not None else ctx.sentences:  # events' sentence ids
        for m, tense in date_matches(ctx, s):
            a = rel_anchor if (m.group("rel") and rel_anchor) else anchor
            r = resolve_match(m, a, tense, ref_year)
            if r is None:
                continue
            r = _after_midnight(s.text, m, r)
            wd = bool(m.group("wd1") or m.group("wd2") or m.group("wd3"))
            out.append(DateMention(s, m.start(), m.end(), m.group(), r.value, r.granularity,
                                   tense, r.explicit_year, wd, bool(m.group("wd3")),
                                   bool(m.group("rel"))))
    return out


# "from midnight last night", "at midnight tonight": the midnight closing that day
_MIDNIGHT_FROM = rules.pattern("dates.midnight_from")
_DAY_CLOSED_AT_MIDNIGHT = ("tonight", "yesterday", "last night")
_MIDNIGHT_AT_WEEKDAY = rules.pattern("dates.midnight_at_weekday")


def _after_midnight(text: str, m: re.Match[str], r: Resolved) -> Resolved:
    """An action "from midnight yesterday" or "at midnight tonight" begins on the day after
    the one named (the midnight that closes it opens the next); a weekday ("midnight Friday")
    is left as told, as copy uses it both ways."""
    rel = " ".join((m.group("rel") or "").lower().split())
    if rel in _DAY_CLOSED_AT_MIDNIGHT and _MIDNIGHT_FROM.search(text[:m.start()]):
        return replace(r, value=r.value + timedelta(days=1))
    if (m.group("wd1") or m.group("wd2") or m.group("wd3")) and \
            _MIDNIGHT_AT_WEEKDAY.search(text[max(0, m.start() - 40):m.start()]):
        # "went on strike at midnight Sunday", "began at midnight Saturday": the midnight that
        # closes the day named; its first day is the next ("just after midnight Friday" is Friday's)
        return replace(r, value=r.value + timedelta(days=1))
    return r


# --- publication date -----------------------------------------------------------------------
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "final": -1, "last": -1}
_DAY_OF_RE = rules.pattern("dates.publication.day_of")
_ENTERS_RE = rules.pattern("dates.publication.enters_day")
_COUNTED_SO_FAR = rules.pattern("dates.publication.counted_so_far")
_UNIT_DAYS = {"day": 1, "week": 7, "month": 28}


def counted_so_far(sentences: list[Sentence]) -> int | None:
    """The fewest days the action has run by the copy's own count ("is now in its third week":
    15, "entered its 12th day": 12), or None."""
    for s in sentences:
        m = _COUNTED_SO_FAR.search(s.text)
        if m:
            o = m.group("ord").lower()
            k = _ORDINALS.get(o) or (int(o[:-2]) if o[0].isdigit() else 0)
            if k > 1:
                unit = _UNIT_DAYS[m.group("unit").lower()]
                return (k - 1) * unit + 1
    return None
# "Posted: Oct 08, 2025 4:12 PM", "Published March 3, 2025", "Updated 3:15 p.m. EST, Mon March 3, 2025"
_STAMP = rules.pattern("dates.publication.stamp")
# "which began May 10", "since May 10": the action's first day, stated before the date
_BEGAN_BEFORE = rules.pattern("dates.publication.began_before")
# the copy names its own day: "this morning, Monday, Sept. 15", "today, Oct. 3"
_TODAY_IS = rules.pattern("dates.publication.today_is")
# ... and its yesterday: "returned at dawn yesterday, Friday 14 February 2025" (published the day after)
_YESTERDAY_IS = rules.pattern("dates.publication.yesterday_is")
# a dated statement or a dated reporting verb in the lead: "in a statement dated June 19, 2025",
# "officials said Monday, June 9, 2025"
_DATED_STATEMENT = rules.pattern("dates.publication.dated_statement")
_SAID_ON = rules.pattern("dates.publication.said_on")
# the copy names its own weekday without a date: "is due to finish this evening, Wednesday"
_TODAY_WEEKDAY = rules.pattern("dates.publication.today_weekday")


_ISO_DAY = rules.pattern("dates.iso_day")


def publication_date(ctx: Context) -> Fact[str] | None:
    """The date the article was published: as given (date line, metadata), else inferred
    from the text (see :func:`infer_publication`), else None."""
    pub = ctx.article.published
    if pub:
        m = _ISO_DAY.match(pub)
        if m:
            return Fact(m.group(), note="given")
    return infer_publication(ctx)


def infer_publication(ctx: Context) -> Fact[str] | None:
    """Infer an undated article's publication date from its text.

    0. A dateline stamp ("Posted: Oct 08, 2025"), a day the copy names as its own today or
       yesterday, or a dated statement or reporting verb in the lead gives it.
    1. "enters its final (second, ...) day [Thursday]" with a dated first day of an N-day
       action ("March 21, the first day of a three-day strike") gives that day.
    2. Otherwise the latest date the copy states as past or present (not a planned one) is
       a lower bound, and the first weekday of the lead told in the past or present tense
       ("walked out early Wednesday") is the publication day: the first such weekday on or
       after that bound, within a week.
    """
    ref_year = article_year(ctx)
    lead = ctx.sentences[:6]
    # absolute dates, resolved without an anchor (explicit year, weekday, or article year)
    abs_m = [d for d in mentions(ctx, None, ctx.sentences, ref_year=ref_year)
             if not d.is_bare_weekday and not d.is_relative and d.granularity == "day"]
    if not abs_m:
        return _day_n_without_year(ctx, lead)
    for step in (_stamped_day, _self_dated_day, _dated_statement_day):
        found = step(ctx, abs_m)
        if found is not None:
            return found
    found = _day_n_of_dated_action(ctx, abs_m, lead)
    if found is not None:
        return found
    return _weekday_after_latest_date(ctx, abs_m, lead)


def _stamped_day(ctx: Context, abs_m: list[DateMention]) -> Fact[str] | None:
    """A dateline stamp: "Posted: Oct 08, 2025", "Published March 3, 2025" (else "Updated")."""
    for kind in ("posted", "updated"):
        for d in abs_m:
            if d.sent.idx < 6 and (d.explicit_year or d.has_weekday):
                sm = _STAMP.search(d.sent.text[max(0, d.start - 45):d.start])
                if sm and (sm.group(1).lower().startswith(("updated", "last")) == (kind == "updated")):
                    return Fact(d.value.isoformat(), ctx.sentence_evidence(d.sent), 0.9,
                                note=f"inferred: {sm.group(1).strip().lower()} stamp",
                                rules=["dates.publication.stamp"])
    return None


def _self_dated_day(ctx: Context, abs_m: list[DateMention]) -> Fact[str] | None:
    """The copy names its own day ("this morning, Monday, Sept. 15") or its yesterday."""
    for d in abs_m:
        if d.sent.idx >= 8:
            continue
        before = d.sent.text[max(0, d.start - 40):d.start]
        if _TODAY_IS.search(before):
            return Fact(d.value.isoformat(), ctx.sentence_evidence(d.sent), 0.9,
                        note="inferred: the copy dates its own 'today'",
                        rules=["dates.publication.today_is"])
        if _YESTERDAY_IS.search(before):
            return Fact((d.value + timedelta(days=1)).isoformat(), ctx.sentence_evidence(d.sent), 0.9,
                        note="inferred: the copy dates its own 'yesterday'",
                        rules=["dates.publication.yesterday_is"])
    return None


def _dated_statement_day(ctx: Context, abs_m: list[DateMention]) -> Fact[str] | None:
    """"in a statement dated June 19, 2025", "officials said Monday, June 9, 2025" (lead)."""
    for d in abs_m:
        before = d.sent.text[max(0, d.start - 40):d.start]
        if (d.explicit_year or d.has_weekday) and (
                _DATED_STATEMENT.search(before) or (d.sent.idx < 3 and d.explicit_year and _SAID_ON.search(before))):
            return Fact(d.value.isoformat(), ctx.sentence_evidence(d.sent), 0.8,
                        note="inferred: a dated statement")
    return None


def _first_days(abs_m: list[DateMention]) -> list[tuple[DateMention, int | None]]:
    """Dated first days of an action, with its length when stated: "March 21, the first day
    of a three-day strike", "the lockout, which began May 10, reached its 24th day".
    """
    first_days = []
    for d in abs_m:
        tail = d.sent.text[d.end:d.end + 80]
        fm = _DAY_OF_RE.match(tail.lstrip(" ,")) if tail.lstrip(" ,") else None
        if fm and fm.group("ord").lower() == "first":
            n = parse_duration(tail) or None
            first_days.append((d, n))
        elif _BEGAN_BEFORE.search(d.sent.text[max(0, d.start - 20):d.start]) and \
                _ENTERS_RE.search(d.sent.text):
            first_days.append((d, parse_duration(d.sent.text) or None))
    return first_days


def _day_n_of_dated_action(ctx: Context, abs_m: list[DateMention],
                           lead: list[Sentence]) -> Fact[str] | None:
    """"enters its third day [Thursday]" in the lead, with a dated first day."""
    first_days = _first_days(abs_m)
    for s in lead:
        em = _ENTERS_RE.search(s.text)
        if not em or not first_days:
            continue
        d0, n = first_days[0]
        o = em.group("ord").lower()
        k = _ORDINALS.get(o) or (int(o[:-2]) if o[0].isdigit() else 0)
        if not k:
            continue
        if k == -1:
            if not n:
                continue
            k = n
        day = d0.value + timedelta(days=k - 1)
        if em.group("wd") and _weekday_index(em.group("wd")) != day.weekday():
            continue
        return Fact(day.isoformat(), ctx.sentence_evidence(s), 0.8,
                    note=f"inferred: day {k} of an action that began {d0.value.isoformat()}",
                    rules=["dates.publication.enters_day"])
    return None


def _weekday_after_latest_date(ctx: Context, abs_m: list[DateMention],
                               lead: list[Sentence]) -> Fact[str] | None:
    """The first weekday of the lead on or after the latest stated (not planned) date."""
    stated = [d for d in abs_m if d.tense != "future" and not _is_planned(d)]
    if not stated:
        return None
    bound = max(stated, key=lambda d: d.value)
    lead_wd = _lead_weekday(ctx, lead)
    if lead_wd is None:
        if _says_today(ctx.sentences[:12]) and (bound.has_weekday or _is_caption_like(bound.sent.text)):
            return Fact(bound.value.isoformat(), ctx.sentence_evidence(bound.sent), 0.6,
                        note="inferred: dated caption of an article told as today")
        return None
    wd, sent = lead_wd
    for s in ctx.sentences[:12]:
        tw = _TODAY_WEEKDAY.search(s.text)
        if tw:  # "finishes this evening, Wednesday": that weekday is the day of writing
            wd, sent = _weekday_index(tw.group("wd")), s
            break
    day = _week_before_planned(abs_m, shift_weekday(bound.value, wd, "future"))
    if _stale_bound(abs_m, day):
        return None
    so_far = counted_so_far(ctx.sentences[:12])
    if so_far and _BEGAN_BEFORE.search(bound.sent.text[max(0, bound.start - 20):bound.start]) and \
            day < bound.value + timedelta(days=so_far - 1):
        # "which began on 4 October, is now in its third week" beside "met on Thursday": the
        # first Thursday after the start is too early, and which later one cannot be pinned
        return None
    return Fact(day.isoformat(), ctx.sentence_evidence(sent), 0.7,
                note=f"inferred: first {WEEKDAYS[wd].title()} on or after "
                     f"{bound.value.isoformat()} (latest stated date)")


def _stale_bound(abs_m: list[DateMention], day: date) -> bool:
    """The copy looks ahead to a planned date it names with its weekday ("a strike starting
    Monday, Oct. 13") more than a week after the day inferred: the latest stated date is
    stale, and which week the copy was written in cannot be pinned."""
    return any((d.tense == "future" or _is_planned(d)) and d.has_weekday and d.value > day + timedelta(days=7)
               for d in abs_m)


def _week_before_planned(abs_m: list[DateMention], day: date) -> date:
    """The copy looks ahead to a date named as this/next weekday ("set to begin this Sunday,
    Dec. 11"): the article is from the week before that date."""
    planned = [d for d in abs_m if (d.tense == "future" or _is_planned(d)) and d.value > day]
    if planned:
        p0 = min(planned, key=lambda d: d.value)
        if _NAMED_AHEAD.search(p0.sent.text[max(0, p0.start - 8):p0.start]):
            while day + timedelta(days=7) < p0.value:
                day += timedelta(days=7)
    return day


def _day_n_without_year(ctx: Context, lead: list[Sentence]) -> Fact[str] | None:
    """"The lockout, which began May 10, reached its 24th day Monday" with no year anywhere:
    day 24 is May 10 plus 23 days, in the latest year (up to next year) where that is a Monday."""
    for s in lead:
        em = _ENTERS_RE.search(s.text)
        if not em or not em.group("wd"):
            continue
        o = em.group("ord").lower()
        k = _ORDINALS.get(o) or (int(o[:-2]) if o[0].isdigit() else 0)
        if k < 2:
            continue
        for m in DATE_RE.finditer(s.text[:em.start()]):
            if not (m.group("mon1") or m.group("mon2")) or \
                    not _BEGAN_BEFORE.search(s.text[max(0, m.start() - 20):m.start()]):
                continue
            mon, day = _month(m.group("mon1") or m.group("mon2")), int(m.group("day1") or m.group("day2"))
            d0 = latest_fitting(mon, day, _weekday_index(em.group("wd")), offset=k - 1)
            if d0 is not None:
                v = d0 + timedelta(days=k - 1)
                return Fact(v.isoformat(), ctx.sentence_evidence(s), 0.6,
                            note=f"inferred: day {k} ({em.group('wd')}) of an action that began "
                                 f"{m.group()}; the year is the latest that fits the weekday")
    return None


# "begin this Sunday, Dec. 11": a date named as this/next weekday
_NAMED_AHEAD = rules.pattern("dates.publication.named_ahead")
_PLANNED = rules.pattern("dates.publication.planned")


def _is_planned(d: DateMention) -> bool:
    return bool(_PLANNED.search(d.sent.text[max(0, d.start - 60):d.start]))


def _lead_weekday(ctx: Context, lead: list[Sentence]) -> tuple[int, Sentence] | None:
    """The first bare weekday of the lead told in the past tense, else in no tense."""
    loose = None
    for s in lead:
        for m, t in date_matches(ctx, s):
            if not m.group("wd3") or m.group("wdmod"):
                continue
            if t == "past":
                return _weekday_index(m.group("wd3")), s
            if t is None and loose is None:
                loose = (_weekday_index(m.group("wd3")), s)
    if loose:
        return loose
    for s in ctx.sentences[len(lead):]:
        for m, t in date_matches(ctx, s):
            if m.group("wd3") and not m.group("wdmod") and t == "past":
                return _weekday_index(m.group("wd3")), s
    return None


_SAYS_TODAY = rules.pattern("dates.publication.says_today")
_CAPTION = rules.pattern("dates.publication.caption")


def _says_today(sents: list[Sentence]) -> bool:
    return any(_SAYS_TODAY.search(s.text) for s in sents)


def _is_caption_like(text: str) -> bool:
    return bool(_CAPTION.search(text))


# --- the action's dates ---------------------------------------------------------------------
_START_CUE = rules.pattern("dates.start.cue")
# an action named right before its date: "a one-day walkout on the 15th", "a strike set for"
_START_BEFORE = rules.pattern("dates.start.named_before")
_VOTE_OR_NOTICE = rules.pattern("dates.start.vote_or_notice")


# "the stoppage scheduled for five depots tomorrow", "were due to take place at two plants on"
_DUE_BEFORE = rules.pattern("dates.start.due_before")
# "the action would take place on", "the stoppage will go ahead on", "is to begin at 0600 on"
_TAKE_PLACE_BEFORE = rules.pattern("dates.start.take_place_before")


def _named_start(window: str) -> bool:
    """"a walkout on the 15th" (not "voted to authorize a strike on Oct. 3": the vote's day)."""
    m = _START_BEFORE.search(window) or _DUE_BEFORE.search(window) or _TAKE_PLACE_BEFORE.search(window)
    if not m:
        return False
    lo = max(0, m.start() - 40)
    # read on to the action's words: "The threatened strike, called for" is the strike's day
    return not any(v.start() < m.start() - lo for v in _VOTE_OR_NOTICE.finditer(window[lo:]))


# a start cue after the date: "Oct. 4 strike", "Sept. 12 walkout", ", the first day of"
_START_AFTER = rules.pattern("dates.start.after")
_BEFORE_ACTION_AFTER = rules.pattern("dates.start.before_action_after")
_OTHER_EVENT_BEFORE = rules.pattern("dates.start.other_event_before")
_TALKS_TO_END_BEFORE = rules.pattern("dates.start.talks_to_end_before")
_REPORTING = rules.pattern("dates.start.reporting")
_END_CUE = rules.pattern("dates.end.cue")
# "<date>, ending a three-day strike" (but not "returned to work Sunday, ending ...": that
# day is the first one back)
_END_AFTER = rules.pattern("dates.end.after")
_RETURN_BEFORE = rules.pattern("dates.end.return_before")
# "called off the nine-day-old stoppage on Thursday", "the strike was called off Saturday": the
# last day of an action under way (of a planned one, no day of it at all)
_CALLED_OFF = rules.pattern("dates.end.called_off")
_SUSPENDED = rules.pattern("dates.end.suspended")
# "with work resuming on Friday", "Cargo handling resumed at the port today": the first day back
_RESUMED = rules.pattern("dates.end.resumed")
_EARLY_HOUR = rules.pattern("dates.end.early_hour")
_LAST_DAY_AFTER = rules.pattern("dates.end.last_day_after")
_FIRST_DAY_AFTER = rules.pattern("dates.start.first_day_after")
_PAST_ACTION = rules.pattern("dates.earlier.past_action")


_NEAR_AHEAD = rules.pattern("dates.writing.near_ahead")
_WEEKDAY_PART = rules.pattern("dates.writing.weekday_part")


def writing_day(ctx: Context, pub: date) -> date:
    """The day the copy was written, for "tomorrow" and "in less than 24 hours".

    Usually the publication day; but a date line can be a day late relative to the copy:
    when the copy reports something "on <the day before>'s afternoon/evening" in the past
    tense and looks ahead with "tomorrow"/"in less than 24 hours"/"this afternoon", the copy
    was written that day before, and its relative dates count from it."""
    prev = pub - timedelta(days=1)
    has_near = any(_NEAR_AHEAD.search(s.text) for s in ctx.sentences)
    if not has_near:
        return pub
    for s in ctx.sentences[:8]:
        for m in _WEEKDAY_PART.finditer(s.text):
            if _weekday_index(m.group(1)) == prev.weekday() and tense_at(s.text, m.start()) == "past":
                return prev
    return pub


# a range's text: ", 21" / "and 21" ends one, "5 and" / "5-" starts one
_LIST_END_TEXT = rules.pattern("dates.end.list_end_text")
_LIST_GAP = rules.pattern("dates.end.list_gap")
_LIST_HEAD_TEXT = rules.pattern("dates.end.list_head_text")
# "called for a general strike next Wednesday": the action right before its day
_NOUN_BEFORE = rules.pattern("dates.start.noun_before")
# "called a one-day strike at the carmaker's plant in the south on Sept. 18": places between
_NOUN_AT_PLACE_BEFORE = rules.pattern("dates.start.noun_at_place_before")
# "set a strike deadline of noon on November 5": the planned action's day
_DEADLINE_BEFORE = rules.pattern("dates.start.deadline_before")
# "Friday's strike": a planned action named by its day
_POSSESSIVE_DAY = rules.pattern("dates.start.possessive_day")
# "walked out after their contract expired February 28": the contract's day
_CONTRACT_EXPIRY_BEFORE = rules.pattern("dates.start.contract_expiry_before")

_ACTION_DATES: "weakref.WeakKeyDictionary[Context, dict[tuple, tuple]]" = weakref.WeakKeyDictionary()


# the longest action (days) whose start is counted back from its end and its stated length
BACK_COUNT_DAYS = 7


def _told_together(ctx: Context, end: Fact[str], dur_sent: Sentence | None) -> bool:
    """Is the action's last day read from a sentence that states its length (the first
    one, or a later one that tells the same length: a headline's "END 19-DAY STRIKE" beside
    "voting on Saturday to accept an agreement that ended their 19-day strike")?"""
    if dur_sent is None or end.evidence is None:
        return False
    if end.evidence.sentence == ctx.sentence_evidence(dur_sent).sentence:
        return True
    n = parse_duration(dur_sent.text)
    return n is not None and parse_duration(end.evidence.sentence) == n


def _return_told_with_length(sc: _Scene, end: Fact[str]) -> bool:
    """Does the sentence that states the length date the return to work on the day after
    the last day ("returned to work today, ending a ten-day strike" beside "the strike was
    called off yesterday")? Then the length and the end are told of the same action."""
    if sc.dur_sent is None:
        return False
    after_end = date.fromisoformat(end.value) + timedelta(days=1)
    return any(d.sent.start == sc.dur_sent.start and d.value == after_end
               and _role(d, sc) == _DAY_AFTER_END for d in sc.ms)


def action_dates(ctx: Context, facts: ArticleFacts) -> tuple[Fact[str] | None, Fact[str] | None]:
    """First and last day of the article's main action (see :func:`_action_dates`), computed
    once per article context, publication date, status and action type."""
    key = tuple(f.value if f else None for f in (facts.published, facts.status, facts.action_type))
    cache = _ACTION_DATES.get(ctx)
    if cache is None:
        cache = _ACTION_DATES[ctx] = {}
    if key not in cache:
        cache[key] = _action_dates(ctx, facts)
    return cache[key]


_EARLIEST = rules.pattern("dates.start.earliest_possible")
# a condition on a plan ("will strike unless ...", "would walk out if ...")
_PLAN_CONDITION = rules.pattern("dates.tense.plan_condition")
_PLAN_DAY = rules.pattern("dates.tense.plan_day")
_VOTE_WITH_DAY = rules.pattern("dates.tense.vote_with_day")
VOTE_DAY_SENTENCES = 6  # the headline and lead, where a vote's action is given its day


def settled_status(ctx: Context, facts: ArticleFacts, found: Fact[str] | None
                   ) -> Fact[str] | None:
    """The classifier's status ``found`` (:func:`picketline.extract.classify.status`), or
    ``ended`` when it says ongoing but the action's last day lies before publication, or
    ``scheduled`` when it says an action is to be held, with no condition ("are to hold a
    48-hour strike"), and the article gives the action's first day, not before publication
    ("The walk-out on January 26-27 ..."), or when it says a vote authorized an action the
    lead gives a day to come (:func:`_voted_with_day`)."""
    if found is not None and found.value == "threatened" and found.rules and \
            found.rules[0] == "status.threatened.will_strike" and found.evidence and \
            not _PLAN_CONDITION.search(found.evidence.sentence):
        return _plan_with_day(ctx, facts, found)
    if found is not None and found.value == "authorized":
        return _voted_with_day(ctx, facts, found)
    if found is None or found.value != "ongoing" or not facts.published:
        return found
    _, end = action_dates(ctx, replace(facts, status=found))
    if end is not None and end.value < facts.published.value:
        return Fact("ended", end.evidence or found.evidence, 0.7,
                    note=f"the action's last day ({end.value}) is before publication",
                    rules=[*found.rules, "status.code.last_day_past"])
    return found


def _plan_with_day(ctx: Context, facts: ArticleFacts, found: Fact[str]) -> Fact[str]:
    """An action to be held ("are to hold a 48-hour strike"): scheduled when its first day is
    given and not before publication, else as found."""
    assert found.evidence is not None
    start, _ = action_dates(ctx, replace(facts, status=Fact("scheduled", found.evidence)))
    if start is not None and (not facts.published or start.value >= facts.published.value):
        return Fact("scheduled", start.evidence or found.evidence, 0.7,
                    note=f"an action to be held, its first day given ({start.value})",
                    rules=[*found.rules, "status.code.plan_with_day"])
    if start is None and not facts.published:
        # no publication date to give a day its year: a day named in the plan's sentence
        # or the next ("are to hold a 48-hour strike ... The walk-out on January 26-27")
        sent = ctx.sentence_at(found.evidence.start)
        near = ctx.sentences[sent.idx:sent.idx + 2] if sent is not None else []
        day = next((s for s in near if _PLAN_DAY.search(s.text)), None)
        if day is not None:
            return Fact("scheduled", ctx.sentence_evidence(day), 0.6,
                        note="an action to be held, a day named for it",
                        rules=[*found.rules, "status.code.plan_with_day", "dates.tense.plan_day"])
    return found


def _voted_with_day(ctx: Context, facts: ArticleFacts, found: Fact[str]) -> Fact[str]:
    """A vote for an action (authorized) whose headline or lead gives that action a day to
    come with no condition ("voted in favour of a national strike later this month ...
    support for a 24-hour strike on Nov. 30"): scheduled; else as found."""
    if not facts.published or not any(_VOTE_WITH_DAY.search(s.text) and not _PLAN_CONDITION.search(s.text)
                                      for s in ctx.sentences[:VOTE_DAY_SENTENCES]):
        return found
    start, _ = action_dates(ctx, replace(facts, status=Fact("scheduled", found.evidence)))
    if start is not None and start.value >= facts.published.value:
        return Fact("scheduled", start.evidence or found.evidence, 0.7,
                    note=f"a vote for an action on a day to come ({start.value})",
                    rules=[*found.rules, "dates.tense.vote_with_day"])
    return found


@dataclass
class _Scene:
    """What the stages of :func:`_action_dates` share: the article, its publication day and
    status, the dates of its action sentences and the action's stated length."""

    ctx: Context
    facts: ArticleFacts
    pub: date | None
    status: str | None
    planned: bool
    rel_anchor: date | None
    ms: list[DateMention]
    duration: int | None = None
    dur_sent: Sentence | None = None
    workdays: bool = False


@dataclass
class _Roles:
    """The date mentions of the action sorted by role."""

    starts: list[DateMention]
    ends: list[tuple[DateMention, bool]]  # (mention, exact)
    during: list[DateMention]
    called_off: list[DateMention]
    # the last days read from a return to work ("returned to work today": the day before)
    returns: list[DateMention] = field(default_factory=list)
    # the days of a return to work on a Monday (the strike may have ended on the Friday)
    monday_returns: list[DateMention] = field(default_factory=list)


# the role of one date mention (see _role)
_START, _END, _LOOSE_END, _DAY_AFTER_END, _CALLED_OFF_DAY, _DURING, _NO_ROLE, _MONDAY_BACK = (
    "start", "end", "loose end", "day after the end", "called off", "during", "none", "back on a Monday")


def _action_dates(ctx: Context, facts: ArticleFacts) -> tuple[Fact[str] | None, Fact[str] | None]:
    """First and last day of the article's main action, planned or actual.

    Date expressions in sentences about the action are sorted by role: a start ("began
    Monday", "will walk out Thursday", "from Oct. 4", "since May 4", "the first day of"), an
    end ("through Wednesday", "until", "the last day", "will conclude Thursday") or just a day
    the action was under way (a dated picket caption). Planned actions (scheduled, averted,
    authorized, threatened) take their start from dates not before publication; actions
    under way or over from dates not after it. A stated duration gives the missing end (or
    start); "ending at 6 a.m. Saturday" ends on Friday.

    Stages: collect the candidate dates (:func:`_scene`), give each its role
    (:func:`_sort_roles`), choose the start (:func:`_plausible_starts`), choose the end
    (:func:`_choose_end`), then fill what is missing (:func:`_fallback_start`,
    :func:`_fallback_end`).
    """
    sc = _scene(ctx, facts)
    roles = _sort_roles(sc)
    starts = _plausible_starts(sc, roles.starts)
    if sc.status in ("authorized", "threatened"):  # "can strike as early as Sept. 14": no date set
        starts = [d for d in starts if not _EARLIEST.search(d.sent.text[max(0, d.start - 30):d.start])]
    during = [d for d in roles.during if not _is_vote_or_notice(d.sent.text) and _nearest_to_action(d, roles.during)]
    sc.duration, sc.dur_sent, sc.workdays = _stated_duration(sc)
    told_length = sc.duration
    if _untrusted_duration(sc):
        sc.duration = None
    s0 = min(starts, key=lambda d: d.value) if starts else None
    if s0 is not None and _dated_elsewhere(sc, s0):
        sc.duration = None
    start: Fact[str] | None = None
    if s0 is not None:
        start = Fact(s0.value.isoformat(), ctx.sentence_evidence(s0.sent, s0.sent.start + s0.start,
                                                                   s0.sent.start + s0.end))
    if sc.status in ("authorized", "threatened") and not starts:
        return None, None  # no date set (a date set makes the action scheduled, whatever the status says)
    start, end = _choose_end(sc, start, s0, roles.ends, roles.returns)
    end = _called_off_beats_length(sc, start, end, roles.called_off)
    end = _schedule_end(sc, start, end)
    if start is None:
        start = _fallback_start(sc, end, during)
    end = _fallback_end(sc, start, end, roles.called_off) or _named_by_day(sc, start, s0)
    if end is None and sc.status == "ended":
        end = _stopped_at_once(sc) or _back_today(sc, start) or _called_off_today(sc, start) \
            or _back_monday_after_length(sc, start, told_length, roles.monday_returns)
    start, end = _over_by_publication(sc, start, end)
    if start and end and end.value < start.value:
        end = None
    return start, end


def _called_off_beats_length(sc: _Scene, start: Fact[str] | None, end: Fact[str] | None,
                             called_off: list[DateMention]) -> Fact[str] | None:
    """An action over, called off on a day told ("the union called off its month-old stoppage
    on Friday"): that day is its last, not its start plus a length (an age or a round count)."""
    if sc.status != "ended" or start is None or end is None or not (end.note or "").startswith("start plus"):
        return end
    s_val = date.fromisoformat(start.value)
    off = [d for d in called_off if s_val < d.value and (sc.pub is None or d.value <= sc.pub)]
    if not off:
        return end
    e = max(off, key=lambda d: d.value)
    return Fact(e.value.isoformat(), sc.ctx.sentence_evidence(e.sent), note="called off that day",
                rules=["dates.end.called_off"])


def _back_monday_after_length(sc: _Scene, start: Fact[str] | None, length: int | None,
                              backs: list[DateMention]) -> Fact[str] | None:
    """An action over whose workers went back on a Monday ("returned to work today", written
    on a Monday) ended on the Sunday only when its start and stated length agree ("walked out
    on May 11" and "a week-long strike"); a Monday return alone may follow a weekend off."""
    if start is None or not length or sc.workdays:
        return None
    last = end_from_start(date.fromisoformat(start.value), length)
    for d in backs:
        if d.value - timedelta(days=1) == last:
            return Fact(last.isoformat(), sc.ctx.sentence_evidence(d.sent), 0.7,
                        note=f"back on a Monday after a {length}-day action from its start")
    return None


def _over_by_publication(sc: _Scene, start: Fact[str] | None, end: Fact[str] | None
                         ) -> tuple[Fact[str] | None, Fact[str] | None]:
    """An action over by publication cannot end after it: a stated length run forward from
    the day told ("ended a five-day strike at the company's plant today") is counted back
    from that day, its last."""
    if sc.status != "ended" or not (sc.pub and start and end and sc.duration) or sc.duration < 2:
        return start, end
    s_day, e_day = date.fromisoformat(start.value), date.fromisoformat(end.value)
    if not s_day <= sc.pub < e_day:
        return start, end
    first = start_from_end(s_day, sc.duration, sc.workdays)
    return (Fact(first.isoformat(), end.evidence, 0.6, note=f"the day told minus a {sc.duration}-day duration"),
            Fact(s_day.isoformat(), start.evidence, 0.6, note="the day told is the last of an action over"))


_SO_FAR_AT_END = rules.pattern("dates.duration.so_far_at_end")
_OVER_ALREADY = rules.pattern("dates.duration.over_already")


def _stated_duration(sc: _Scene) -> tuple[int | None, Sentence | None, bool]:
    """The main action's stated length (:func:`_main_duration`); for an action over with
    none, its time so far told with its end ("which has been going on for four days - has
    ended")."""
    found = _main_duration(sc.ctx, sc.facts.action_type.value if sc.facts.action_type else None)
    if found[0] is not None or sc.status != "ended":
        return found
    for s in sc.ctx.sentences[:6]:
        m = _SO_FAR_AT_END.search(s.text)
        if m:
            n = m.group("n")
            k = int(n) if n.isdigit() else NUMBER_WORDS.get(n.lower())
            if k:
                return (7 * k if m.group("unit").lower() == "week" else k), s, False
    return found


def _untrusted_duration(sc: _Scene) -> bool:
    """A stated length that pins no last day of this action: "after a week-long action", "a
    two-week strike ended" (a round figure for an action over), or one shorter than the action has run by the copy's own
    count ("now in its third week" beside "a national day of action": another action's)."""
    if sc.status == "ended" and sc.duration and sc.duration % 7 == 0 and \
            sc.dur_sent is not None and _ABOUT_A_WEEK.search(sc.dur_sent.text) and \
            (sc.duration == 7 or not _SO_FAR_AT_END.search(sc.dur_sent.text)):
        # (the time so far told with its end, "which had been going on for two weeks, has now
        # ended", beside a dated start is its length: the start and the end are both told)
        return True
    if sc.duration and sc.status in ("threatened", "authorized", "scheduled") and \
            sc.dur_sent is not None and _OVER_ALREADY.search(sc.dur_sent.text):
        return True  # "miners have returned to work after a 14-day strike": another action's, over
    return bool(sc.duration and sc.status in ("ongoing", "ended") and
                sc.duration < (counted_so_far(sc.ctx.sentences) or 0))


def _named_by_day(sc: _Scene, start: Fact[str] | None, s0: DateMention | None) -> Fact[str] | None:
    """"Friday's strike": a planned action named by one day, with no length told, is that
    day's alone (its last day is its first)."""
    if start is None or s0 is None or not sc.planned or sc.duration is not None:
        return None
    if start.value != s0.value.isoformat() or not _POSSESSIVE_DAY.match(s0.sent.text[s0.end:]):
        return None
    return start


def _dated_elsewhere(sc: _Scene, s0: DateMention) -> bool:
    """Is the stated length a solidarity action's, told in a sentence that dates it on another
    day than the start ("workers at a second plant held a four-hour stoppage yesterday in
    solidarity", beside a sit-in "since Friday")? Then it is not the main action's length."""
    ds = sc.dur_sent
    if ds is None or ds.start == s0.sent.start or not _SOLIDARITY.search(ds.text):
        return False
    own = [d for d in sc.ms if d.sent.start == ds.start and _role(d, sc) != _NO_ROLE]  # not the dateline
    return bool(own) and all(d.value != s0.value and _role(d, sc) in (_START, _DURING) for d in own)


def _scene(ctx: Context, facts: ArticleFacts) -> _Scene:
    """Stage 1: the candidate dates, those of sentences about the main action (with the
    other ends of ranges written around them)."""
    pub_s = facts.published.value if facts.published else None
    pub = date.fromisoformat(pub_s) if pub_s else None
    status = facts.status.value if facts.status else None
    rel_anchor = writing_day(ctx, pub) if pub else None
    others = other_items(ctx, facts)  # a roundup's other disputes have dates of their own
    sents = [s for s in ctx.sentences
             if (_tells_action(s.text) or (status == "ended" and _BACK_TO_WORK.search(s.text)))
             and not (others and in_other_item(others, s.start))
             # "Teachers previously held a one-day strike on April 29, 2022": an earlier
             # year's action, no day of this one
             and not (pub is not None and historical(s.text, pub.year))
             and not is_caption(ctx, s)]  # a page's caption or related link
    ms = [d for d in mentions(ctx, pub, sents, article_year(ctx), rel_anchor) if d.granularity == "day"]
    return _Scene(ctx, facts, pub, status, status in ("scheduled", "averted", "authorized", "threatened"),
                  rel_anchor, ms + _range_ends(ms))


def _sort_roles(sc: _Scene) -> _Roles:
    """Stage 2: the role of each date mention in its sentence."""
    roles = _Roles([], [], [], [])
    for d in sc.ms:
        near = d.sent.text[max(0, d.start - 60):d.end + 40]
        if _PAST_ACTION.search(near):
            continue  # an earlier round ("in 2019", "last year")
        counted = _counted_start(d)
        if counted is not None:
            roles.starts.append(counted)
            continue
        role = _role(d, sc)
        if role not in (_DAY_AFTER_END, _MONDAY_BACK) and _only_back_to_work(d.sent.text) and \
                not (role == _LOOSE_END and _RETURN_LATER_TODAY.match(d.text.strip())):
            continue  # a sentence of the return alone dates only the first day back (or, back
            # "this afternoon", the last day of the action)
        if role in (_END, _LOOSE_END) and sc.status == "ongoing" and sc.pub is not None and \
                d.value > sc.pub and _HEDGED_MORE.search(d.sent.text[:d.start]):
            continue  # "considering extending the strike to tomorrow": no end told
        if role == _START:
            roles.starts.append(d)
        elif role in (_END, _LOOSE_END):
            roles.ends.append((_after_range_head(d, roles.starts), role == _END))
        elif role == _DAY_AFTER_END:
            roles.ends.append((replace(d, value=d.value - timedelta(days=1)), False))
            roles.returns.append(roles.ends[-1][0])
        elif role == _CALLED_OFF_DAY:
            roles.called_off.append(d)
        elif role == _DURING:
            roles.during.append(d)
        elif role == _MONDAY_BACK:
            roles.monday_returns.append(d)
    return roles


# "locked out after two weeks as of Thursday, January 30": began two weeks before that day
_COUNT_AS_OF = rules.pattern("dates.start.count_as_of")


def _counted_start(d: DateMention) -> DateMention | None:
    """The first day of an action counted back from a day it had lasted some days or weeks
    "as of"; None when the date is not told so."""
    m = _COUNT_AS_OF.search(d.sent.text[max(0, d.start - 60):d.start])
    if not m:
        return None
    n = m.group("n")
    k = int(n) if n.isdigit() else NUMBER_WORDS.get(n.lower())
    if not k:
        return None
    days = 7 * k if m.group("unit").lower() == "week" else k
    return replace(d, value=d.value - timedelta(days=days), tense="past")


def _after_range_head(d: DateMention, starts: list[DateMention]) -> DateMention:
    """The closing weekday of a range of weekdays ("from Monday to Wednesday") falls on or
    after the start named before it in the same sentence, whatever the clause's tense."""
    heads = [s for s in starts if s.sent is d.sent and s.end <= d.start and s.is_bare_weekday]
    if not d.is_bare_weekday or not heads or d.value >= heads[-1].value:
        return d
    return replace(d, value=shift_weekday(heads[-1].value, d.value.weekday(), "future"))


def _role(d: DateMention, sc: _Scene) -> str:
    """One mention's role, read from the clause before it (back to the previous date, at
    most 80 characters) and the text after it (up to the next date)."""
    before = d.sent.text[:d.start]
    after = d.sent.text[d.end:]
    prev_cut = max((m.end for m in sc.ms if m.sent is d.sent and m.end <= d.start), default=0)
    next_cut = min((m.start for m in sc.ms if m.sent is d.sent and m.start >= d.end),
                   default=len(d.sent.text)) - d.end
    window = before[max(prev_cut, len(before) - 80):]
    if _OTHER_EVENT_BEFORE.search(before[-160:]):
        return _NO_ROLE  # "the strike comes ahead of a round of talks set for Feb. 22": the talks' days
    if _TALKS_TO_END_BEFORE.search(before) and not _START_AFTER.match(after):
        return _NO_ROLE  # "Talks to end the strike by 9,000 miners broke down today": the talks' day
    if _CONTRACT_EXPIRY_BEFORE.search(before[-80:]):
        return _NO_ROLE  # "walked out after their contract expired February 28": the contract's day
    if _MEETING_ON_BEFORE.search(before[-50:]):
        return _NO_ROLE  # "has ended after the union agreed to fresh talks on Friday": the talks' day
    return (_range_role(d, before, sc.ms)
            or _end_role(d, before, after, window, prev_cut, sc)
            or _start_role(before, after, window, next_cut, sc.planned))


def _range_role(d: DateMention, before: str, ms: list[DateMention]) -> str | None:
    """A date of a range or list: "Dec. 1-3", "Nov. 20 and 21", "5 and 6 March"."""
    if d.text.lstrip()[:1] in "-–—&" or _LIST_END_TEXT.match(d.text):
        return _END  # the last day of a range ("Dec. 1-3", "Nov. 20 and 21")
    if any(m.sent is d.sent and m.start == d.end for m in ms):
        return _START  # the first day of a range or list whose last day is read after it ("April 3, 9 and 17")
    if any(m.sent is d.sent and m.end <= d.start and _LIST_GAP.match(d.sent.text[m.end:d.start]) for m in ms):
        return _END  # the last day of a list: "on April 23 and 26 and May 7", "Monday and Tuesday"
    if any(m.sent is d.sent and m.start >= d.end and m.value > d.value
           and _LIST_GAP.match(d.sent.text[d.end:m.start]) for m in ms):
        return _START  # the first day of a list: "closed on Monday and Tuesday as teachers stayed away"
    if d.text[:1].isdecimal() and _LIST_HEAD_TEXT.search(d.text):
        return _START  # the first day of "5 and 6 March"
    if d.text[:1].isdecimal() and _RANGE_HEAD.search(before[-25:]):
        return _END  # the last day of "5 and 6 March"
    if _closes_written_range(d, before, ms):
        return _END  # "from 23 December until 2 January": an explicit last day
    return None


def _closes_written_range(d: DateMention, before: str, ms: list[DateMention]) -> bool:
    """Is the date the close of a range written out in full, "from 23 December until 2
    January", "between 23 December to New Year's Eve": the previous date of the sentence opens
    it and only a linking word stands between them. Such a last day is exact: it beats a
    stated length ("for eight days"), which may count only the working days of the range."""
    prev = max((m for m in ms if m.sent is d.sent and m.end <= d.start), key=lambda m: m.end, default=None)
    return prev is not None and (prev.value < d.value or d.is_bare_weekday) and \
        bool(_RANGE_TO.fullmatch(before[prev.end:])) and bool(_RANGE_FROM.search(before[:prev.start]))


# "decided to end their strike Monday": the cue names the action it ends
_ENDS_ACTION = rules.pattern("dates.end.ends_action")
# "reached an accord on Friday to end a strike": the deal's day is the action's last
_DEAL_TO_END = rules.pattern("dates.end.deal_to_end")
_DEAL_BEFORE = rules.pattern("dates.end.deal_before")


def _end_role(d: DateMention, before: str, after: str, window: str, prev_cut: int,
              sc: _Scene) -> str | None:
    """An end of the action (exact or loose), a day it was called off, or the first day
    back at work (whose day before is the end)."""
    em = _END_CUE.search(before[max(prev_cut, len(before) - 60):])
    cue = em.group().lower().lstrip() if em else ""

    def about() -> bool:
        return em is not None and _about_action(before[:len(before) - len(em.group())])

    if _LAST_DAY_AFTER.match(after) or cue.startswith(("conclude", "wrap")) or _ENDS_ACTION.match(cue) or (
            # "runs through Friday", not "games through June 15 have been cancelled"
            cue.startswith(("through", "thru")) and about()) or (
            cue.startswith("ended") and not _EARLY_HOUR.search(cue) and about()):
        return _END
    if about() or _ended_by_actors(cue, sc):
        return _LOOSE_END
    if _closes_action(before, after, window, sc):
        return _END
    if _END_AFTER.match(after) and not _RETURN_BEFORE.search(window):
        return _LOOSE_END
    if not sc.planned and (_SUSPENDED.search(before[-120:]) or _LIFTED.search(window)):
        # "the strike, which began on 27 August, was suspended (called off) on Friday";
        # "lifted the lockout on Friday": its last day
        return _END
    if _CALLED_OFF.search(window):
        return _CALLED_OFF_DAY
    return _back_role(d, sc, before[max(prev_cut, len(before) - 120):], window)


def _back_role(d: DateMention, sc: _Scene, wide: str, window: str) -> str | None:
    """The day work resumed or the strikers returned (the day after the action's last, or,
    back that evening, its last), else None. A return may name its workplace at length
    ("returned to work at the country's largest state-owned Weaving and Textile Company on
    Sunday"): ``wide`` is a wider window than the others'."""
    if sc.status != "scheduled" and _RESUMED.search(window):
        later = sc.status != "ongoing" and _RETURN_LATER_PART.match(d.sent.text[d.end:])
        return _LOOSE_END if later else _DAY_AFTER_END
    back = None if sc.planned else _RETURNED.search(wide)
    if back and not _REFUSED_RETURN.search(wide[:back.start()]):
        return _return_role(d, sc.status)
    return None


def _return_role(d: DateMention, status: str | None) -> str:
    """A return to work on a day: "returned to work Thursday" makes the day before the
    action's last (a Monday return may follow a weekend off the picket line: left open);
    "returned to work this afternoon" ("on Thursday evening", where the action is no longer
    under way: not some strikers back while others stay out) makes that day its last."""
    if _RETURN_LATER_TODAY.match(d.text.strip()) or \
            status != "ongoing" and _RETURN_LATER_PART.match(d.sent.text[d.end:]):
        return _LOOSE_END
    return _DAY_AFTER_END if d.value.weekday() != 0 else _MONDAY_BACK


_ENDED_AFTER_DAY = rules.pattern("dates.end.ended_after_day")
_RETURN_LATER_PART = rules.pattern("dates.end.return_later_part_after")
# "Congress late last night ordered the workers back to their jobs": the order's day is the last
_ORDERED_BACK_AFTER_DAY = rules.pattern("dates.end.ordered_back_after_day")
# "lifted on Saturday its 12-day lockout": the ending verb before the day, the action after it
_VERB_BEFORE_DAY = rules.pattern("dates.end.verb_before_day")
_OBJECT_AFTER_DAY = rules.pattern("dates.end.object_after_day")


def _ended_by_actors(cue: str, sc: _Scene) -> bool:
    """"The union ended the strike last night": the verb and the action it ends told right
    before the day, in copy about an action past (a loose end: an exact one, "through
    Friday", beats it)."""
    return not sc.planned and cue.startswith("ended") and bool(action_hits(cue))


def _closes_action(before: str, after: str, window: str, sc: _Scene) -> bool:
    """The date closes the action: "between March 20 and March 22", "reached an accord on
    Friday to end a strike", "miners on Thursday ended a strike that ...", "lifted on Saturday
    its 12-day lockout"."""
    return bool(_BETWEEN.search(before)) or _deal_to_end(after, window, sc) or _ended_after_day(after, window) \
        or bool(_ORDERED_BACK_AFTER_DAY.match(after)) \
        or (not sc.planned and bool(_VERB_BEFORE_DAY.search(window)) and bool(_OBJECT_AFTER_DAY.match(after)))


def _ended_after_day(after: str, window: str) -> bool:
    """A day told between the actors and the verb that ends their action ("miners on
    Thursday ended a strike"), with no action of theirs before it ("who walked out on Monday
    ended their strike today": Monday is the start)."""
    return bool(_ENDED_AFTER_DAY.match(after)) and not action_hits(window)


def _deal_to_end(after: str, window: str, sc: _Scene) -> bool:
    """A deal or decision dated before "to end the strike" ("reached an accord on Friday to
    end a strike", "voted Sunday to call off their walkout"), in copy about an action past."""
    return not sc.planned and bool(_DEAL_TO_END.match(after)) and bool(_DEAL_BEFORE.search(window))


def _start_role(before: str, after: str, window: str, next_cut: int, planned: bool) -> str:
    """A start of the action, a day it was under way, or no role at all."""
    if _TOLD_ON.search(before[-60:]):
        return _NO_ROLE  # "the board said on Wednesday that the walkouts would go on": the day of telling
    if _DATELINE_HEAD.match(before) and _DATELINE_TAIL.match(after):
        return _NO_ROLE  # "MONTREAL, August 23, 2024 - The lockout is over": the release's day
    if _WEEK_N_BEFORE.search(window) or _WEEK_N_AFTER.match(after):
        return _NO_ROLE  # "entered its second week Monday": a day well after the start, none of its ends
    if _BEFORE_ACTION_AFTER.match(after):
        return _NO_ROLE  # "said Monday morning before the strike": a day before it began
    if _DAY_N_AFTER.match(after) or _day_count_before(window) or _DAY_COUNT_AS_AFTER.match(after):
        return _DURING  # "Thursday, the third day of the strike", "struck for a third day today": see _start_from_day_count
    if _FIRST_DAY_AFTER.match(after) or _START_AFTER.match(after) or _named_start(window) or _linked_start(
            window, after[:min(next_cut, 70)]):
        return _START
    vo = None if planned else _VERB_OBJECT_BEFORE.search(before[-160:])
    if vo and not _REPORTING.search(vo.group()):
        return _START  # "locked out about 1,100 workers at its <town>, <Province>, pulp mill yesterday"
    if planned and (_NOUN_BEFORE.search(before[-50:]) or _NOUN_AT_PLACE_BEFORE.search(before[-140:])
                    or _DEADLINE_BEFORE.search(before[-80:]) or _POSSESSIVE_DAY.match(after)):
        # "have called for a general strike next Wednesday", "... at its plant in Melfi on",
        # "set a strike deadline of noon on November 5", "Friday's strike": its day
        return _START
    return _DURING


def _plausible_starts(sc: _Scene, starts: list[DateMention]) -> list[DateMention]:
    """Stage 3: the start days that fit the status (a planned action starts on a day to
    come, one under way or over on a day past) and a stated date over a bare weekday."""
    pub, status, planned = sc.pub, sc.status, sc.planned

    def ok(d: DateMention) -> bool:
        if pub is None:
            return True
        if status is None or (status == "averted" and d.tense == "past"):
            return True  # no status to go by; a called-off action that had begun ("walked out on June 11")
        return d.value >= pub - timedelta(days=1) if planned else d.value <= pub + timedelta(days=1)

    if planned and pub is not None and status != "averted":
        starts = [_week_ahead(d, pub) for d in starts]
    starts = [d for d in starts if ok(d) and not (planned and _told_past(d, pub) and status != "averted")
              and not _protest_beside_strike(sc, d) and not _hedged_weekday(d, status)
              and not _BALLOT_AHEAD.search(d.sent.text, 0, d.start)]
    starts = _called_off_plan(status, _lockout_starts(sc, starts))
    # "strike Monday" (headline) beside "from Monday, March 18": the stated date wins
    named = {d.value.weekday() for d in starts if not d.is_bare_weekday and d.has_weekday}
    return [d for d in starts if not (d.is_bare_weekday and d.value.weekday() in named)] or starts


def _called_off_plan(status: str | None, starts: list[DateMention]) -> list[DateMention]:
    """An action called off whose day to come is told: "called off a planned walkout on
    Wednesday ... after pilots staged a walkout Friday" is dated by the action called off,
    not by an earlier round told in the past."""
    if status == "averted" and any(d.tense == "future" for d in starts):
        return [d for d in starts if d.tense != "past"]
    return starts


def _lockout_starts(sc: _Scene, starts: list[DateMention]) -> list[DateMention]:
    """In a lockout's story, the days told beside the lockout, not those of the workers' own
    actions that led to it ("locked out 650 dockers ... The lockout began on Saturday ... has
    been working to rule since March 7", "in reply to stoppages that began on April 21")."""
    if not (sc.facts.action_type and sc.facts.action_type.value == "lockout"):
        return starts
    kept = [d for d in starts if _nearest_kind(d) == "lockout"]
    return kept or starts


def _nearest_kind(d: DateMention) -> str | None:
    """The kind (lockout, strike, protest) of the action word nearest a date in its sentence."""
    hits = action_hits(d.sent.text)
    if not hits:
        return None
    h = min(hits, key=lambda h: d.start - h.end if d.start >= h.end else max(0, h.start - d.end))
    return hit_kind(h)


# "will start balloting members over strike action from May 6": the day of a ballot to come
# (or one hanging on it), not the action's
_BALLOT_AHEAD = rules.pattern("labor.status.ballot_on_action_ahead")
# "announced more strikes for", "further stoppages would take place on": the wave's next rounds
_MORE_ROUNDS = rules.pattern("labor.status.more_to_come")
# "expressed concern over a possible strike on Friday"
_HEDGED_BEFORE = rules.pattern("dates.start.hedged_before")


def _hedged_weekday(d: DateMention, status: str | None) -> bool:
    """A possible strike on a bare weekday, in copy about an action called off: no day was
    set, and which week is meant is not told."""
    return status == "averted" and d.is_bare_weekday and \
        bool(_HEDGED_BEFORE.search(d.sent.text[max(0, d.start - 60):d.start]))


def _told_past(d: DateMention, pub: date | None) -> bool:
    """A day told in the past tense, an earlier round; not a stated calendar date after
    publication, whose past tense is the announcing verb ("has announced walkouts between
    2 and 9 December")."""
    if d.tense != "past":
        return False
    if pub is None and not (d.is_bare_weekday or d.is_relative) and \
            _ANNOUNCED_PERFECT.search(d.sent.text, 0, d.start):
        return False  # "has given notice of a stoppage on Thursday 24 March 2005": the notice is past
    return pub is None or d.is_bare_weekday or d.is_relative or d.value <= pub


# "has given notice of", "have announced": a perfect of announcing, no past of the action
_ANNOUNCED_PERFECT = rules.pattern("dates.start.announced_perfect")


def _week_ahead(d: DateMention, pub: date) -> DateMention:
    """A planned action is set for a day to come: "unions have called a general strike for
    Wednesday", written on a Thursday, means next Wednesday (not a weekday told in the past:
    "the drivers struck on Thursday" is an earlier round)."""
    if d.is_bare_weekday and d.value < pub and d.tense != "past":
        return replace(d, value=d.value + timedelta(days=7), tense="future")
    return d


def _protest_beside_strike(sc: _Scene, d: DateMention) -> bool:
    """A date of protests told beside a strike ("Starting 29 September, we will hold
    protests"): a sentence naming protests and no stoppage does not date the strike."""
    return bool(sc.facts.action_type and sc.facts.action_type.value == "strike"
                and _PROTEST_WORD.search(d.sent.text) and not _STOPPAGE_WORD.search(d.sent.text))


_RUNS_UNTIL = rules.pattern("dates.end.runs_until")


_IN_HOURS = rules.pattern("dates.duration.in_hours")


def _until_next_day(sc: _Scene, start: Fact[str], loose: list[DateMention]) -> DateMention | None:
    """The day after the last day an action's length gives, told as the day it runs until or
    ends on: a 24-hour action from a morning crosses midnight, a 42-hour one from noon on
    Thursday ends on Saturday. Only for a length of a day or one told in hours."""
    if not (sc.duration == 1 or (sc.dur_sent is not None and _IN_HOURS.search(sc.dur_sent.text))):
        return None
    nxt = end_from_start(date.fromisoformat(start.value), sc.duration or 1, sc.workdays) + timedelta(days=1)
    return next((d for d in loose if d.value == nxt and
                 _RUNS_UNTIL.search(d.sent.text[max(0, d.start - 40):d.start])), None)


def _choose_end(sc: _Scene, start: Fact[str] | None, s0: DateMention | None,
                ends: list[tuple[DateMention, bool]], returns: list[DateMention] = ()
                ) -> tuple[Fact[str] | None, Fact[str] | None]:
    """Stage 4: the last day: the latest exact end, else the start plus the stated length,
    else the latest loose end; an action over whose ends all come before the start found
    drops that start (it was work starting again). A length in weeks ("a two-week strike") is
    a round figure: an action over whose workers are told back on a day ("returned to work
    today") ended the day before, whatever the weeks give."""
    ctx = sc.ctx
    if start and sc.status == "ended" and ends and all(d.value < date.fromisoformat(start.value) for d, _ in ends):
        # an action over, whose stated end (a return to work, "resumed today") comes before the
        # "start" found: that was work starting again ("loading started this morning")
        start = None
    ends = _this_round(sc, ends)
    exact = [d for d, x in ends if x]
    loose = [d for d, x in ends if not x]
    if start:
        s_val = date.fromisoformat(start.value)
        exact = [d for d in exact if d.value >= s_val]
        loose = [d for d in loose if d.value >= s_val]
    exact = _told_whole(sc, s0, exact)
    if exact:
        e = max(exact, key=lambda d: d.value)
        return start, Fact(e.value.isoformat(), ctx.sentence_evidence(e.sent))
    if start and sc.duration and (nxt := _until_next_day(sc, start, loose)):
        # "Tuesday's action, the third 24-hour strike, continues until 0900 GMT on Wednesday"
        return start, Fact(nxt.value.isoformat(), ctx.sentence_evidence(nxt.sent),
                           rules=["dates.end.runs_until"])
    if start and sc.duration and s0 is not None and not _back_beats_weeks(sc, returns, loose):
        return _end_by_duration(sc, start, s0)
    if loose:
        e = max(loose, key=lambda d: d.value)
        v = e.value
        if _EARLY_HOUR.search(e.sent.text[max(0, e.start - 30):e.start]):
            v -= timedelta(days=1)  # "until 6 a.m. Saturday": the last full day is Friday
        return start, Fact(v.isoformat(), ctx.sentence_evidence(e.sent))
    return start, None


def _back_beats_weeks(sc: _Scene, returns: list[DateMention], loose: list[DateMention]) -> bool:
    """An action over with a length in weeks (a round figure) and a day its workers are told
    back ("returned to work today"): the day before the return is its last, not the weeks'."""
    return sc.status == "ended" and bool(sc.duration) and sc.duration % 7 == 0 and \
        any(d is x for d in returns for x in loose)


def _this_round(sc: _Scene, ends: list[tuple[DateMention, bool]]) -> list[tuple[DateMention, bool]]:
    """The ends that may close the action told, not a later round of it."""
    if sc.status == "ended" and sc.pub is not None:
        # an action over ended by publication: "further stoppages on May 3 and 9" are another round
        return [(d, x) for d, x in ends if d.value <= sc.pub]
    if sc.status == "ongoing" and sc.pub is not None:
        # a wave under way: "the unions have called two further stoppages, on May 3 and 9"
        # dates its next rounds, not the last day of the one told
        return [(d, x) for d, x in ends if d.value <= sc.pub or not _MORE_ROUNDS.search(d.sent.text[:d.start])]
    return ends


def _told_whole(sc: _Scene, s0: DateMention | None, exact: list[DateMention]) -> list[DateMention]:
    """The exact last days that may close the action. A planned action whose first day and
    length are told in one sentence ("due to walk out from Friday for 48 hours") keeps only
    that sentence's: a last day told elsewhere ("crews are due to strike on Christmas Day and
    Boxing Day") is another action's."""
    if s0 is None or not sc.planned or not sc.duration or sc.dur_sent is None or \
            sc.dur_sent.start != s0.sent.start:
        return exact
    return [d for d in exact if d.sent.start == s0.sent.start]


# "Friday 8 December at the northern operators": a line of a day-by-day programme
_SCHEDULE_LINE = rules.pattern("dates.schedule_line")


def _schedule_end(sc: _Scene, start: Fact[str] | None, end: Fact[str] | None) -> Fact[str] | None:
    """A planned action announced "between 2 and 9 December" with a day-by-day programme of
    three or more action days: its last day is the programme's last day (the range may close
    with an overtime ban or other action short of a strike)."""
    if not (sc.planned and start and end) or sc.pub is None:
        return end
    lines = [s for s in sc.ctx.sentences if _SCHEDULE_LINE.match(s.text)]
    if len(lines) < 3:
        return end
    days = [d for d in mentions(sc.ctx, sc.pub, lines, article_year(sc.ctx), sc.rel_anchor)
            if d.granularity == "day" and not d.is_bare_weekday]
    last = max(days, key=lambda d: d.value, default=None)
    if last is None or not start.value <= last.value.isoformat() < end.value:
        return end
    return Fact(last.value.isoformat(), sc.ctx.sentence_evidence(last.sent), 0.8,
                note="the last day of a day-by-day programme", rules=["dates.schedule_line"])


# a length longer than this, run from the start to the day before publication, of an action
# under way: its days so far
SO_FAR_MIN_DAYS = 3


def _counted_so_far(sc: _Scene, e_day: date) -> bool:
    """Is the start plus the stated length, ending the day before publication, the days so far
    of an action under way (more than a few calendar days)?"""
    return sc.status == "ongoing" and sc.pub is not None and (sc.duration or 0) > SO_FAR_MIN_DAYS and \
        not sc.workdays and e_day == sc.pub - timedelta(days=1)


def _end_by_duration(sc: _Scene, start: Fact[str], s0: DateMention) -> tuple[Fact[str], Fact[str] | None]:
    """The start plus the stated length; an action over by publication whose bare-weekday
    start would end after it began a week earlier. An action under way whose length of more
    than a few days runs from its start to the day before publication ("the strike, which
    began on May 3, ... the 30-day strike") is counted so far: it gives no last day."""
    duration = sc.duration or 0
    s_day = date.fromisoformat(start.value)
    e_day = end_from_start(s_day, duration, sc.workdays)
    if _counted_so_far(sc, e_day):
        return start, None
    if sc.status == "ended" and sc.pub is not None and e_day > sc.pub and s0.is_bare_weekday and \
            end_from_start(s_day - timedelta(days=7), duration, sc.workdays) <= sc.pub:
        # an action over by publication ended by then: "after eight days on strike starting
        # on Tuesday", written on a Tuesday, began a week earlier
        s_day -= timedelta(days=7)
        e_day = end_from_start(s_day, duration, sc.workdays)
        start = Fact(s_day.isoformat(), start.evidence, 0.6,
                     note="a weekday a week back: the action is over by publication")
    return start, Fact(e_day.isoformat(), sc.ctx.sentence_evidence(sc.dur_sent) if sc.dur_sent else None,
                       note=f"start plus a {duration}-day duration")


def _fallback_start(sc: _Scene, end: Fact[str] | None, during: list[DateMention]) -> Fact[str] | None:
    """Stage 5: a first day when no start was told: the end minus the stated length, day N
    of the action, the first day it is reported under way, or the day of a same-day report."""
    ctx, status, duration = sc.ctx, sc.status, sc.duration
    if end and duration and (duration <= BACK_COUNT_DAYS or _told_together(ctx, end, sc.dur_sent)
                             or _return_told_with_length(sc, end)):
        # counted back from the last day: a short action ("ended their three-day walkout
        # today"), or a length told with its end ("returned to work Thursday after a 10-day
        # strike"); "the 38-day lockout is over" beside "lifted at midnight Wednesday" leaves
        # the start to be told (long counts are often rounded or run from another event)
        v = start_from_end(date.fromisoformat(end.value), duration, sc.workdays)
        return Fact(v.isoformat(), ctx.sentence_evidence(sc.dur_sent) if sc.dur_sent else None,
                    note=f"end minus a {duration}-day duration")
    start = None if sc.planned else _start_from_day_count(ctx, sc.ms, sc.pub)
    if start is not None:
        return start
    start = _first_day_under_way(sc, during)
    if start is not None:
        return start
    if status == "ongoing" and sc.rel_anchor and not sc.ms and _one_off(ctx, sc.facts) and \
            _TODAY_WORD.search(ctx.text):
        # a picket or rally covered live ("came through today") with no date of its own
        return Fact(sc.rel_anchor.isoformat(), None, 0.5, note="a one-day action under way today")
    if status in ("ongoing", None) and sc.rel_anchor and sc.facts.published and (
            sc.facts.published.note == "given" or "dates.publication.stamp" in sc.facts.published.rules):
        return _launched_today(ctx, sc.rel_anchor)
    return None


def _stopped_at_once(sc: _Scene) -> Fact[str] | None:
    """An action over that was suspended or called off "with immediate effect": it ended on
    the day that sentence names, else on the day of the copy."""
    if sc.rel_anchor is None:
        return None
    for s in sc.ctx.sentences:
        m = _AT_ONCE.search(s.text)
        if not m:
            continue
        days = [d.value for d in mentions(sc.ctx, sc.pub, [s], None, sc.rel_anchor)
                if d.granularity == "day" and d.value <= sc.rel_anchor]
        v = max(days) if days else sc.rel_anchor
        return Fact(v.isoformat(), sc.ctx.sentence_evidence(s, s.start + m.start(), s.start + m.end()),
                    0.6, note="suspended or called off with immediate effect",
                    rules=["dates.end.at_once"])
    return None


# "has called off the nationwide strike that started Thursday"
_CALLED_OFF_BEGUN = rules.pattern("dates.end.called_off_begun")


def _called_off_today(sc: _Scene, start: Fact[str] | None) -> Fact[str] | None:
    """An action over that "has called off the strike that started Thursday", no day of
    calling it off told: it ended on the day of the copy."""
    if sc.rel_anchor is None or start is None or sc.rel_anchor.isoformat() < start.value:
        return None
    for s in sc.ctx.sentences:
        m = _CALLED_OFF_BEGUN.search(s.text)
        if m:
            return Fact(sc.rel_anchor.isoformat(), sc.ctx.sentence_evidence(s, s.start + m.start(), s.start + m.end()),
                        0.6, note="called off on the day of the copy", rules=["dates.end.called_off_begun"])
    return None


# "workers will be back on the job as of 7 a.m."
_BACK_AT_HOUR = rules.pattern("dates.end.back_at_hour")


def _back_today(sc: _Scene, start: Fact[str] | None) -> Fact[str] | None:
    """An action over whose workers are back at an hour with no day named ("will be back on
    the job as of 7 a.m."): back on the day of the copy, so the last day is the one before."""
    if sc.rel_anchor is None or start is None:
        return None
    for s in sc.ctx.sentences:
        m = _BACK_AT_HOUR.search(s.text)
        if m and not any(d.granularity == "day" for d in mentions(sc.ctx, sc.pub, [s], None, sc.rel_anchor)):
            v = sc.rel_anchor - timedelta(days=1)
            if v.isoformat() < start.value:
                return None
            return Fact(v.isoformat(), sc.ctx.sentence_evidence(s, s.start + m.start(), s.start + m.end()),
                        0.6, note="back at work on the day of the copy", rules=["dates.end.back_at_hour"])
    return None


_CONTINUED_BEFORE = rules.pattern("dates.during.continued_before")


def _first_day_under_way(sc: _Scene, during: list[DateMention]) -> Fact[str] | None:
    """The first day the action is reported under way (not after publication)."""
    status = sc.status
    # a day the action was under way is close to an action word ("picketed the plant on
    # Monday"), not one far along a clause about something else ("... measures imposed after
    # an earthquake on March 5"); with no status to go by, closer still
    during = [d for d in during if _action_distance(d) <= (40 if status is None else 60) or _impact_between(d)]
    # "the strike spread today to five more plants", "continued on Monday": a day of an action
    # going on or growing, well after its first day
    during = [d for d in during if not _CONTINUED_BEFORE.search(d.sent.text[max(0, d.start - 60):d.start])]
    if status in ("ongoing", "ended"):
        # "are set to join the escalating strikes this Saturday": a day told as still to come
        # is no day the action is reported under way
        during = [d for d in during if d.tense != "future"]
    if during and status in ("ongoing", "ended", None):
        d0 = min(during, key=lambda d: d.value)
        if sc.pub is None or d0.value <= sc.pub or (status is None and d0.tense == "future"):
            return Fact(d0.value.isoformat(), sc.ctx.sentence_evidence(d0.sent), 0.6,
                        note="first day the action is reported under way")
    return None


def _fallback_end(sc: _Scene, start: Fact[str] | None, end: Fact[str] | None,
                  called_off: list[DateMention]) -> Fact[str] | None:
    """Stage 6: a last day when none was told: the day the action was called off, the start
    plus the stated length, or the start itself for a one-day picket, rally or sickout."""
    ctx = sc.ctx
    if start is None or end is not None:
        return end
    if called_off:
        s_val = date.fromisoformat(start.value)
        off = [d for d in called_off if d.value > s_val]
        if off:
            e = max(off, key=lambda d: d.value)
            return Fact(e.value.isoformat(), ctx.sentence_evidence(e.sent), note="called off that day",
                        rules=["dates.end.called_off"])
    if sc.duration:
        e_day = end_from_start(date.fromisoformat(start.value), sc.duration, sc.workdays)
        if _counted_so_far(sc, e_day):
            return None
        return Fact(e_day.isoformat(), ctx.sentence_evidence(sc.dur_sent) if sc.dur_sent else None,
                    note=f"start plus a {sc.duration}-day duration")
    if _one_off(ctx, sc.facts) and not OPEN_ENDED_RE.search(ctx.text) and (
            not sc.planned or _WITHIN_DAY.search(ctx.text)) and not _under_way_later(sc, start):
        # a rally that took place lasted its day; one still to come has no stated length
        # unless it is told to fit in the day ("will picket during their lunch breaks")
        return Fact(start.value, start.evidence, 0.6, note="a picket, rally or sickout: one day")
    if sc.planned and not OPEN_ENDED_RE.search(ctx.text) and _within_clock_times(sc):
        return Fact(start.value, start.evidence, 0.6, note="an action bounded by two clock times: one day",
                    rules=["dates.during.clock_range"])
    return None


def _within_clock_times(sc: _Scene) -> bool:
    """A planned action told to run between two clock times ("more than 30,000 nurses will
    strike from 11am to 3pm"): it lasts its one day."""
    return any(_CLOCK_RANGE.search(s.text) and action_sentence(s.text) for s in sc.ctx.sentences)


# A same-day wire report: the lead tells that the action has begun ("have launched week-long
# strikes", "started a one-day strike", "joined the strikes", "staged their second 24-hour
# strike") with no day of its own: it began on the day of the copy. Copy with no such verb
# gives no start at all ("do not guess").
_LAUNCHED = rules.pattern("dates.start.launched")


_VAGUE_WHEN = rules.pattern("dates.start.vague_when")
_STAMP_LINE = rules.pattern("dates.start.stamp_line")


_EARLIER_PERIOD = rules.pattern("dates.start.earlier_period")


def _launched_today(ctx: Context, day: date) -> Fact[str] | None:
    """The publication day as the first day, when the lead (the first two sentences of the
    body) tells the action has just begun and names no other day."""
    # (a "Published: 2024-11-15" stamp line is no sentence of the lead)
    body = [s for s in ctx.sentences if s.start >= headline_offset(ctx) and not _STAMP_LINE.match(s.text)][:2]
    if any(_VAGUE_WHEN.search(s.text) for s in body):
        return None  # "strikes which began over the weekend": a day not pinned
    for s in body:
        m = _LAUNCHED.search(s.text)
        if not m or _PAST_ACTION.search(s.text) or _EARLIER_PERIOD.search(s.text):
            continue
        if any(not dm.group("rel") for dm, _ in date_matches(ctx, s)):
            return None  # the lead dates the action itself
        return Fact(day.isoformat(), ctx.sentence_evidence(s, s.start + m.start(), s.start + m.end()),
                    0.5, note="a same-day report of an action begun",
                    rules=["dates.start.launched"])
    return None


# forms of action the classifier may not count as a stoppage, and "the action" itself: their
# sentences may date the action ("the action started on Wednesday last week with a go-slow")
_ABOUT_A_WEEK = rules.pattern("dates.duration.about_a_week")
_OTHER_ACTION = rules.pattern("dates.during.other_action")
# strikers "plan to stay out through Saturday": a sentence about the action's length
_STAY_OUT = rules.pattern("dates.during.stay_out")
# "we have appealed to our members to go back to work tomorrow morning"
_BACK_TO_WORK = rules.pattern("dates.during.back_to_work")


def _tells_action(text: str) -> bool:
    """Does the sentence tell the action itself (an action word, staying out, another kind of
    action)?"""
    return bool(action_sentence(text) or _STAY_OUT.search(text) or _OTHER_ACTION.search(text))


def _only_back_to_work(text: str) -> bool:
    """A sentence of the action only for its return to work (no action word of its own)."""
    return not _tells_action(text) and bool(_BACK_TO_WORK.search(text))
_LIFTED = rules.pattern("dates.end.lifted")
_RETURNED = rules.pattern("dates.end.returned")
# "refused to return to work today": no return at all
_REFUSED_RETURN = rules.pattern("dates.end.refused_return")
# "returned to work this afternoon": back the same day
_RETURN_LATER_TODAY = rules.pattern("dates.end.return_later_today")
_WEEK_N_BEFORE = rules.pattern("dates.during.week_n_before")
_WEEK_N_AFTER = rules.pattern("dates.during.week_n_after")
# "between March 20 and March 22": not "between now and March 3" (talks until a deadline)
_BETWEEN = rules.pattern("dates.end.between")
_RANGE_TAIL = rules.pattern("dates.end.range_tail")
# the first day of "on 5 and 6 March", "5-7 March", "5, 6 and 7 March"
_RANGE_HEAD = rules.pattern("dates.end.range_head")
# "from 23 December until 2 January": the opening word and the link of a range written out
_RANGE_FROM = rules.pattern("dates.end.range_from")
_RANGE_TO = rules.pattern("dates.end.range_to")


def _range_ends(ms: list[DateMention]) -> list[DateMention]:
    """The other end of a range written around one date mention: Dec. 3 of "Dec. 1-3" or
    "Nov. 20 and 21", March 5 of "5 and 6 March" or "5-7 March"."""
    out = []
    for d in ms:
        if d.is_bare_weekday or d.is_relative:
            continue
        hm = _RANGE_HEAD.search(d.sent.text[max(0, d.start - 25):d.start])
        if hm and d.text[:1].isdecimal():  # "5 and 6 March": the day comes first
            try:
                v = d.value.replace(day=int(hm.group("d")))
            except ValueError:
                v = None
            if v and v < d.value and (d.value - v).days <= 20:
                off = max(0, d.start - 25)
                out.append(replace(d, start=off + hm.start(), end=off + hm.end(), text=hm.group(), value=v,
                                   has_weekday=False))
        rm = _RANGE_TAIL.match(d.sent.text, d.end)
        if not rm:
            continue
        k = int(rm.group("d"))
        try:
            v = d.value.replace(day=k)
        except ValueError:
            continue
        if v <= d.value or (v - d.value).days > 20:
            continue
        # "Dec. 1-3" reads as "Dec. 1 through Dec. 3"
        out.append(replace(d, start=rm.start(), end=rm.end(), text=rm.group(), value=v, has_weekday=False))
    return out


_TODAY_WORD = rules.pattern("dates.during.today_word")
_ONE_OFF = rules.pattern("dates.during.one_off")
_WITHIN_DAY = rules.pattern("dates.during.within_day")
# "will strike from 11am to 3pm": an action bounded by two clock times
_CLOCK_RANGE = rules.pattern("dates.during.clock_range")
_TOLD_ON = rules.pattern("dates.during.told_on")
_DATELINE_HEAD = rules.pattern("dates.during.dateline_head")
_DATELINE_TAIL = rules.pattern("dates.during.dateline_tail")
_HEDGED_MORE = rules.pattern("dates.end.hedged_more")
_AT_ONCE = rules.pattern("dates.end.at_once")


# the action runs on past its first day
_GOES_ON = rules.pattern("dates.during.goes_on")
_HUNGER_STRIKE = rules.pattern("labor.nonlabor.hunger_strike_named")
# a sit-in or an occupation: it lasts until it is ended, no one-day rally
_OCCUPATION = rules.pattern("labor.weak.occupation")


# "spread to the whole yard today, with 8,000 workers now refusing to work": still going
_STILL_GOING = rules.pattern("dates.during.still_going")


def _under_way_later(sc: _Scene, start: Fact[str]) -> bool:
    """Is the action told still going on a day after its start, up to publication ("the protest
    began on Saturday when welders occupied the shop ... the sit-in spread to the whole yard
    today, with 8,000 workers now refusing to work")? Then it lasted more than its first day
    (a sentence of that later day with no sign of going on may be another action's)."""
    first = date.fromisoformat(start.value)
    return any(first < d.value and (sc.pub is None or d.value <= sc.pub) and _STILL_GOING.search(d.sent.text)
               and _role(d, sc) == _DURING for d in sc.ms)


def _one_off(ctx: Context, facts: ArticleFacts) -> bool:
    """An action that lasts one day unless told otherwise: a picket or rally (a protest), or
    a sickout named in the headline or lead."""
    if any(_GOES_ON.search(s.text) for s in ctx.sentences):
        return False
    if facts.action_type and facts.action_type.value == "protest":
        # a hunger strike (the protest's own evidence) lasts until its demands are met or it
        # is called off; so does a sit-in told as going on
        ev = facts.action_type.evidence
        going_on = facts.status is not None and facts.status.value == "ongoing"
        return not (ev is not None and (_HUNGER_STRIKE.search(ev.sentence) or
                                        going_on and _OCCUPATION.search(ev.sentence)))
    return any(_ONE_OFF.search(s.text) for s in ctx.sentences[:5])


_DAY_COUNT_RE = rules.pattern("dates.start.day_count")
_DAY_COUNT_PRESENT = rules.pattern("dates.start.day_count_present")
_VERB_OBJECT_BEFORE = rules.pattern("dates.start.verb_object_before")
_DAY_N_AFTER = rules.pattern("dates.start.day_n_after")
# "stayed away Wednesday as a walkout entered its second day": the day told is the Nth
_DAY_COUNT_AS_AFTER = rules.pattern("dates.start.day_count_as_after")
_DATELINE_DAY = rules.pattern("dates.start.dateline_day")
_ORDINAL_WORDS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                  "eighth": 8, "ninth": 9, "tenth": 10}


def _day_count_before(window: str) -> bool:
    """Does a count of the action's days end just before the date ("struck for the third
    straight day today", "entered its fifth day on Monday")? That day is no first day."""
    tail = window[-60:]
    return any(len(tail) - m.end() <= 4 for m in _DAY_COUNT_RE.finditer(tail))


def _start_from_day_count(ctx: Context, ms: list[DateMention], pub: date | None) -> Fact[str] | None:
    """"the lockout entered its sixth day Friday": the first day was five days before; "stayed
    out for a second day today" in a same-day report, "entered its fifth day yesterday" (of the
    relative days, only the day of publication and the day before it count)."""
    for d in ms:
        if d.is_relative and (pub is None or not 0 <= (pub - d.value).days <= 1):
            continue  # (of the relative days, the copy's own and the day before it count)
        text = d.sent.text
        day_n = _DAY_N_AFTER.match(text[d.end:])
        am = day_n or _DAY_COUNT_AS_AFTER.match(text[d.end:])
        if am:
            o = am.group("ord").lower()
            n = _ORDINAL_WORDS.get(o) or int(o[:-2])
            v = d.value - timedelta(days=n - 1)
            if pub is None or v <= pub:
                return Fact(v.isoformat(), ctx.sentence_evidence(d.sent), 0.7,
                            note=f"day {n} on {d.value.isoformat()}",
                            rules=["dates.start.day_n_after" if day_n
                                   else "dates.start.day_count_as_after"])
        dateline = d.tense != "future" and bool(_DATELINE_DAY.match(text[:d.start]))
        for m in _DAY_COUNT_RE.finditer(text):
            gap = d.start - m.end() if d.start >= m.end() else m.start() - d.end
            if (gap < 0 or gap > 12) and not (dateline and m.start() > d.end):
                continue  # (a dateline's date counts for a day count anywhere in its sentence)
            o = m.group("ord").lower()
            n = _ORDINAL_WORDS.get(o) or int(o[:-2])
            v = d.value - timedelta(days=n - 1)
            if pub is None or v <= pub:
                return Fact(v.isoformat(), ctx.sentence_evidence(d.sent), 0.7,
                            note=f"day {n} on {d.value.isoformat()}",
                            rules=["dates.start.day_count"])
    return _present_day_count(ctx, ms, pub)


def _present_day_count(ctx: Context, ms: list[DateMention], pub: date | None) -> Fact[str] | None:
    """"are staging a sit-in for the fourth day, officials said today" in a dated report, the
    lead's sentence naming no day but the copy's own: today is that Nth day."""
    if pub is None:
        return None
    # the headline and the lead's first sentences (a web page's byline and "1 Min Read" lines
    # are none of them)
    lead = ctx.sentences[:1] + [s for s in ctx.sentences[1:] if len(s.text.split()) >= 6][:3]
    for s in lead:
        m = _DAY_COUNT_PRESENT.search(s.text)
        if not m or any(d.sent is s and d.value != pub for d in ms):
            continue
        o = m.group("ord").lower()
        n = _ORDINAL_WORDS.get(o) or int(o[:-2])
        return Fact((pub - timedelta(days=n - 1)).isoformat(), ctx.sentence_evidence(s), 0.6,
                    note=f"day {n} told in the present on the day of the copy",
                    rules=["dates.start.day_count_present"])
    return None


def _action_distance(d: DateMention) -> int:
    """Characters between a date mention and the nearest action word of its sentence."""
    spans = [(h.start, h.end) for h in action_hits(d.sent.text)] + \
        [m.span() for m in _OTHER_ACTION.finditer(d.sent.text)] + \
        [m.span() for m in _STAY_OUT.finditer(d.sent.text)]
    return min((d.start - b if d.start >= b else max(0, a - d.end) for a, b in spans), default=10_000)


# "a strike over pension plans severely disrupted air and rail traffic in Belgium on Monday"
_IMPACT_BETWEEN = rules.pattern("dates.during.impact_between")


def _impact_between(d: DateMention) -> bool:
    """Is the day told after an action word of its sentence across one clause of the action's
    impact ("the strike ... disrupted air and rail traffic in Belgium on Monday"), however far?"""
    text = d.sent.text
    return any(h.end <= d.start and _IMPACT_BETWEEN.match(text[h.end:d.start])
               for h in action_hits(text))


def _nearest_to_action(d: DateMention, group: list[DateMention]) -> bool:
    """Of the dates of one sentence, is ``d`` the one closest to an action word (or a form of
    action the classifier may not count: "shut the gates of its mill", "took over the plant")?"""
    hits = [(h.start, h.end) for h in action_hits(d.sent.text)] + \
        [m.span() for m in _OTHER_ACTION.finditer(d.sent.text)] + \
        [m.span() for m in _STAY_OUT.finditer(d.sent.text)]  # "stayed off the job ... today"
    if not hits:
        return False

    def dist(x: DateMention) -> int:
        return min(abs(x.start - b) if x.start >= b else abs(a - x.end) for a, b in hits)

    same = [x for x in group if x.sent is d.sent]
    return min(same, key=dist) is d


def _is_vote_or_notice(text: str) -> bool:
    """A sentence about the vote, the notice or the threat, not the action itself."""
    votes = {st for st, _ in status_votes(text)}
    return bool(votes) and votes <= {"authorized", "threatened", "scheduled"}


_RELATIVE_END = rules.pattern("dates.end.relative_end")
_ACTION_RUNS = rules.pattern("dates.end.action_runs")


def _about_action(before: str) -> bool:
    """Is the clause ending at an end cue about the action ("the stoppage will run for
    four days, ending ...", "the strike ... runs to") rather than, say, a school year
    "which ends May 25"? The clause may be long: "a 10-day strike at Kell Mining Co's Redhill
    mine in Westland ended today" (a subject with its place before the verb, read further back
    only in one clause: no comma, semicolon or "that" between)."""
    tail = before[-60:]
    if _RELATIVE_END.search(tail):
        return False
    if _ACTION_RUNS.search(tail):
        return True
    longer = before[-100:]
    return not _CLAUSE_MARK.search(longer) and bool(_ACTION_RUNS.search(longer))


_CLAUSE_MARK = rules.pattern("dates.end.clause_mark")


_BEGIN_CUE = rules.pattern("dates.start.begin_cue")
_NOUN_AFTER = rules.pattern("dates.start.noun_after")


def _linked_start(before: str, after: str) -> bool:
    """A start cue close to the date, with no reporting verb between them ("walked off the
    job just after midnight Friday", "in less than 24 hours, 60,000 workers will walk out";
    not "voted to strike, the union said Monday")."""
    cues = list(_START_CUE.finditer(before))
    if cues and not _REPORTING.search(before[cues[-1].end():]):
        return True
    m = _START_CUE.search(after)
    if not m or _REPORTING.search(after[:m.start()]):
        return False
    if _BEGIN_CUE.match(m.group()):
        return bool(_NOUN_AFTER.match(after[m.end():]))
    return True


_LOCKOUT_WORD = rules.pattern("dates.kind.lockout")
_STOPPAGE_WORD = rules.pattern("dates.kind.stoppage")
_PROTEST_WORD = rules.pattern("dates.kind.protest")


def _other_kind(text: str, kind: str | None) -> bool:
    """Does ``text`` name only an action of the other kind (a strike when the main action is a
    lockout, or the reverse)?"""
    if kind == "lockout":
        return bool(_STOPPAGE_WORD.search(text)) and not _LOCKOUT_WORD.search(text)
    if kind == "strike":
        return bool(_LOCKOUT_WORD.search(text)) and not _STOPPAGE_WORD.search(text)
    return False


_HEDGED = rules.pattern("dates.duration.hedged")
_WHAT_IF_BEFORE = rules.pattern("dates.duration.hypothetical_before")
_WHAT_IF_AFTER = rules.pattern("dates.duration.hypothetical_after")
_MAYBE_DURATION = rules.pattern("dates.duration.maybe")


# an earlier or other action's length: "a three-day strike in March", "a 2019 walkout",
# "their previous two-day strike"
_ACTION_NOUN_RE = rules.pattern("dates.duration.action_noun")
_EARLIER_TAIL = rules.pattern("dates.duration.earlier_tail")
# a sentence opening on an earlier time: "Last month, a 10-day strike by classroom assistants
# shut more than half of special schools"; "In September, the journalists struck for 48 hours"
_EARLIER_LEAD = rules.pattern("dates.duration.earlier_lead")
_YEAR_BEFORE = rules.pattern("dates.duration.year_before")
_YEAR_ACTION = rules.pattern("dates.duration.year_action")
_OTHER_ROUND_BEFORE = rules.pattern("dates.duration.other_round")
_THIS_ROUND_BEFORE = rules.pattern("dates.duration.this_round")
_SOLIDARITY = rules.pattern("dates.duration.solidarity")


def _main_duration(ctx: Context, kind: str | None = None) -> tuple[int | None, Sentence | None, bool]:
    """The stated duration of the main action: the first one in the article, skipping
    earlier rounds ("a three-day stoppage in March" next to "a five-day walkout")."""
    year = publication_year(ctx)
    for s in ctx.sentences:
        if OPEN_ENDED_RE.search(s.text) and _ACTION_NOUN_RE.search(s.text):
            return None, None, False
        if not _MAYBE_DURATION.search(s.text):
            continue
        if year is not None and historical(s.text, year):
            continue  # "previously held a one-day strike on March 3, 2023": an earlier round
        for m in DURATION_RE.finditer(s.text):
            tail = s.text[m.end():m.end() + 30]
            if _EARLIER_TAIL.match(tail) or _PAST_ACTION.search(s.text) or _EARLIER_LEAD.match(s.text):
                continue
            if _YEAR_BEFORE.search(s.text[max(0, m.start() - 20):m.start()]) or _YEAR_ACTION.search(m.group()):
                continue  # "a 2019 walkout lasted seven days": an earlier action
            if _OTHER_ROUND_BEFORE.search(s.text[max(0, m.start() - 25):m.start()]) and \
                    not _THIS_ROUND_BEFORE.search(s.text[max(0, m.start() - 50):m.start()]):
                continue  # "their previous two-day strike", not "staged their second 24-hour strike"
            if _other_kind(m.group(), kind):
                continue  # a roundup's other action ("after their two-day strike" beside a lockout)
            if _HEDGED.search(s.text[max(0, m.start() - 25):m.start()]):
                continue  # "a nearly two-week strike": no day can be pinned from it
            if _WHAT_IF_BEFORE.search(s.text[max(0, m.start() - 80):m.start()]) or \
                    _WHAT_IF_AFTER.match(s.text, m.end()):
                continue  # "whether it might be a one-day protest", "a two-week strike would idle ..."
            if earlier_clause(s.text, m.start()):
                continue  # "a week after porters held a two-hour stoppage, cleaners walked out": the one before
            days = _duration_days(m)
            if days:
                return days, s, workdays_only(m)
    return None, None, False
