"""Property-based tests (hypothesis) for the parsers that read untrusted text: numbers, dates,
names, and the whole extractor. They must never raise, and they must read back what they
(or ordinary news copy) write."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from picketline.evaluate import same_name
from picketline.extract import dates, names, numwords
from picketline.model import Article

# --- a small English number speller (ours, for the round trip) -----------------------------
_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
          "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_thousand(n: int, hyphen: bool, and_: bool) -> list[str]:
    out: list[str] = []
    if n >= 100:
        out += [_UNITS[n // 100], "hundred"]
        n %= 100
        if n and and_:
            out.append("and")
    if n >= 20:
        t, u = divmod(n, 10)
        out += [f"{_TENS[t]}-{_UNITS[u]}"] if u and hyphen else \
            [_TENS[t]] + ([_UNITS[u]] if u else [])
    elif n:
        out.append(_UNITS[n])
    return out


def spell(n: int, hyphen: bool = True, and_: bool = False) -> str:
    """1234567 -> "one million two hundred thirty-four thousand five hundred sixty-seven"."""
    if n == 0:
        return "zero"
    words: list[str] = []
    for scale, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand"), (1, "")):
        chunk, n = divmod(n, scale)
        if chunk:
            words += _below_thousand(chunk, hyphen, and_) + ([name] if name else [])
    return " ".join(words)


def test_speller_itself() -> None:
    assert spell(7000) == "seven thousand"
    assert spell(11_500) == "eleven thousand five hundred"
    assert spell(1_234_567) == ("one million two hundred thirty-four thousand five hundred "
                                "sixty-seven")


# --- numbers --------------------------------------------------------------------------------
@settings(max_examples=500)
@given(st.one_of(st.text(max_size=300), st.none(), st.integers(), st.floats(),
                 st.binary(max_size=50), st.lists(st.text(max_size=5), max_size=3)))
@example("1" * 5000)
@example("9" * 400 + " billion")
@example("1e308")
@example("nine hundred ninety nine billion billion billion")
@example("-5")
def test_parse_number_never_raises(value) -> None:
    out = numwords.parse_number(value)
    assert out is None or isinstance(out, float)


@given(st.text(max_size=400))
@settings(max_examples=300)
@example("99999999999999999999999999999999% 1e308% -5% Inf% NaN% 10% to 12% " * 3)
def test_finders_never_raise_and_give_real_spans(text) -> None:
    for c in numwords.find_counts(text):
        assert 0 <= c.start < c.end <= len(text) and text[c.start:c.end] == c.text
        assert c.value == c.value and c.value != float("inf")  # neither NaN nor infinite
    for p in numwords.find_percents(text):
        assert 0 <= p.start < p.end <= len(text)
        assert p.value == p.value and p.value != float("inf")
    for v in numwords.find_vague(text):
        assert 0 <= v.start < v.end <= len(text)
    for start, end, v in numwords.find_money_per_hour(text):
        assert 0 <= start < end <= len(text) and v >= 0


@given(st.integers(min_value=0, max_value=10**15))
def test_digits_with_separators_round_trip(n) -> None:
    assert numwords.parse_number(f"{n:,}") == n
    assert numwords.parse_number(str(n)) == n


@given(st.integers(min_value=0, max_value=999_999_999_999),
       st.booleans(), st.booleans(), st.booleans())
def test_number_words_round_trip(n, hyphen, and_, upper) -> None:
    words = spell(n, hyphen=hyphen, and_=and_)
    assert numwords.parse_number(words.upper() if upper else words) == n


@given(st.integers(min_value=1, max_value=999), st.sampled_from(
    [("thousand", 10**3), ("million", 10**6), ("billion", 10**9)]))
def test_digits_with_scale_words(n, scale) -> None:
    word, factor = scale
    assert numwords.parse_number(f"{n} {word}") == n * factor
    assert numwords.parse_number(f"about {n:,} {word}") == n * factor


@given(st.integers(min_value=2, max_value=999_999), st.sampled_from(
    ["about", "more than", "nearly", "at least", "roughly"]))
def test_counts_found_in_a_sentence(n, hedge) -> None:
    text = f"{hedge.capitalize()} {n:,} workers walked off the job on Monday."
    [c] = [c for c in numwords.find_counts(text) if c.value == n]
    assert c.hedge == hedge and text[c.start:c.end] == f"{n:,}"


@given(st.decimals(min_value=0, max_value=100, places=1, allow_nan=False),
       st.sampled_from(["%", " percent", " per cent", "%"]))
def test_percents_found(value, unit) -> None:
    text = f"The union wants a raise of {value}{unit} over three years."
    found = numwords.find_percents(text)
    assert [p.value for p in found] == [float(value)]


# --- dates ----------------------------------------------------------------------------------
ANCHORS = st.dates(min_value=date(1800, 1, 8), max_value=date(2200, 12, 24))
TENSES = st.sampled_from([None, "past", "future"])


@settings(max_examples=400)
@given(st.text(max_size=200), ANCHORS, TENSES)
@example("Feb. 30", date(2024, 5, 6), None)
@example("February 29", date(2023, 3, 1), "past")
@example("in the year 99999", date(2024, 5, 6), None)
@example("2024-13-45", date(2024, 5, 6), None)
@example("next week", date(2200, 12, 24), "future")
@example("yesterday", date(1800, 1, 8), "past")
def test_resolve_relative_never_raises_and_gives_real_dates(expr, anchor, tense) -> None:
    d = dates.resolve_relative(expr, anchor, tense)
    assert d is None or isinstance(d, date)
    if d is not None:
        assert abs(d.year - anchor.year) <= 1, (expr, anchor, d)


@settings(max_examples=300)
@given(st.lists(st.sampled_from(list("abcdefghijklmnopqrstuvwxyz ,.-0123456789")
                             + ["Monday", "March", "next", "last", "this", "tomorrow",
                                "week", " 21", " 2023", "Sept.", "Feb.", " 30", " 29",
                                "yesterday", "in less than 24 hours", " of "]),
                max_size=25).map("".join), ANCHORS, TENSES)
def test_resolve_relative_on_date_like_noise(expr, anchor, tense) -> None:
    d = dates.resolve_relative(expr, anchor, tense)
    assert d is None or isinstance(d, date)


@given(ANCHORS, st.sampled_from(dates.WEEKDAYS), TENSES,
       st.sampled_from(["", "this ", "next ", "last ", "coming ", "past "]),
       st.sampled_from(["{}", "on {}", "walked out {},", "will strike {} morning"]))
def test_weekday_resolves_to_that_weekday_within_a_week(anchor, day, tense, mod, frame) -> None:
    expr = frame.format(f"{mod}{day.capitalize()}")
    d = dates.resolve_relative(expr, anchor, tense)
    assert d is not None, expr
    assert d.weekday() == dates.WEEKDAYS.index(day)
    if mod != "next ":
        assert abs((d - anchor).days) <= 7
    if mod == "next ":  # that weekday of next week
        assert 1 <= (d - anchor).days <= 13
        assert d - timedelta(days=d.weekday()) == anchor - timedelta(days=anchor.weekday()) \
            + timedelta(days=7)
        return
    if mod in ("last ", "past "):
        assert d < anchor
    if not mod and tense == "past":
        assert anchor - timedelta(days=6) <= d <= anchor
    if not mod and tense == "future":
        assert anchor <= d <= anchor + timedelta(days=6)


@given(ANCHORS, TENSES)
def test_fixed_relative_words(anchor, tense) -> None:
    assert dates.resolve_relative("tomorrow", anchor, tense) == anchor + timedelta(days=1)
    assert dates.resolve_relative("yesterday", anchor, tense) == anchor - timedelta(days=1)
    assert dates.resolve_relative("today", anchor, tense) == anchor
    monday = dates.resolve_relative("next week", anchor, tense)
    assert monday.weekday() == 0 and 1 <= (monday - anchor).days <= 7


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)), ANCHORS, TENSES)
def test_iso_and_full_dates_resolve_to_themselves(d, anchor, tense) -> None:
    assert dates.resolve_relative(d.isoformat(), anchor, tense) == d
    assert dates.resolve_relative(f"{d:%B} {d.day}, {d.year}", anchor, tense) == d


@given(st.dates(min_value=date(1801, 1, 1), max_value=date(2199, 12, 31)), TENSES)
def test_month_day_without_year_is_near_the_anchor(anchor, tense) -> None:
    d = dates.resolve_relative(f"{anchor:%B} {anchor.day}", anchor, tense)
    assert d == anchor


@given(st.text(max_size=200))
@settings(max_examples=300)
@example("lasted 99999999999999 days")
@example("a 99999999-hour walkout")
def test_durations_never_raise(text) -> None:
    n = dates.parse_duration(text)
    assert n is None or (isinstance(n, int) and n > 0)


@given(st.integers(min_value=1, max_value=10**12),
       st.sampled_from(["a {}-day strike", "a {}-hour walkout", "the strike lasted {} days",
                        "a {}-week lockout", "a walkout that lasted {} days"]))
def test_durations_in_digits(n, frame) -> None:
    days = dates.parse_duration(frame.format(n))
    assert days is None or (isinstance(days, int) and days > 0)
    if n <= 99 and "day" in frame:
        assert days == n


# --- names ----------------------------------------------------------------------------------
NAME_WORDS = st.sampled_from([
    "United", "Workers", "Teachers", "Nurses", "Association", "Federation", "Local", "Union",
    "of", "the", "and", "&", "Service", "Employees", "International", "Steel", "Auto",
    "Hospital", "District", "School", "Unified", "Los", "Angeles", "Corp.", "Inc.", "Co",
    "Acme", "Harbor", "Point", "Mercy", "Valley", "Transit", "Authority", "Brotherhood",
    "Teamsters", "SEIU", "UAW", "NEA", "AFT", "'s", "-", ",", "99", "1199", "Local 7",
    "O'Neil", "Café", "Ünion", "Straße", "İstanbul",
])
NAMES = st.lists(NAME_WORDS, min_size=1, max_size=8).map(" ".join)
ANY_NAME = st.one_of(NAMES, st.text(max_size=80))


@settings(max_examples=400)
@given(ANY_NAME)
@example("Local 99 of the Service Employees International Union")
@example("Service Employees International Union, Local 99")
@example("Local 99 of Local 98 of Local 97")
@example("'s")
@example("")
def test_name_functions_never_raise(name) -> None:
    for f in (names.canonical_union, names.canonical_employer, names.acronym, names.norm,
              names.clean_name):
        assert isinstance(f(name), str)
    base, local = names.split_local(name)
    assert isinstance(base, str) and (local is None or isinstance(local, str))
    assert isinstance(same_name(name, names.canonical_union(name)), bool)


PREFIX = st.sampled_from(["", "the ", "The "])
SUFFIX = st.sampled_from(["", "'s", "\u2019s", ",", ".", "'", ".'s", ".\u2019s"])
REAL_NAMES = st.builds(lambda pre, ws, suf: pre + " ".join(ws) + suf, PREFIX,
                       st.lists(NAME_WORDS.filter(lambda w: w[:1].isalnum()), min_size=1,
                                max_size=6), SUFFIX)


@settings(max_examples=400)
@given(REAL_NAMES)
@example("Acme Corp.'s")
def test_canonical_names_are_idempotent(name) -> None:
    u = names.canonical_union(name)
    assert names.canonical_union(u) == u, (name, u)
    e = names.canonical_employer(name)
    assert names.canonical_employer(e) == e, (name, e)


@settings(max_examples=400)
@given(REAL_NAMES.filter(lambda n: "'" not in n and "\u2019" not in n and not
                         n.rstrip().endswith((".", ","))))
def test_canonical_names_are_idempotent_without_trailing_marks(name) -> None:
    assume(not name.lower().startswith("the the"))
    u = names.canonical_union(name)
    assert names.canonical_union(u) == u, (name, u)
    e = names.canonical_employer(name)
    assert names.canonical_employer(e) == e, (name, e)


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["United", "Teachers", "Nurses", "Harbor", "Valley",
                                 "Transit", "Mercy", "Metro", "Steel", "Food", "Hotel",
                                 "Workers", "Guild", "Alliance", "Port", "Cedar"]),
                min_size=2, max_size=6, unique=True),
       st.sampled_from(["", "of the ", "and "]))
def test_acronym_of_a_name_matches_it(words, filler) -> None:
    name = " ".join(words[:1]) + (" " + filler if filler else " ") + " ".join(words[1:])
    acr = names.acronym(name)
    assert acr == "".join(w[0] for w in words)
    assert same_name(acr, name) and same_name(name, acr)


@settings(max_examples=300)
@given(ANY_NAME, ANY_NAME)
def test_same_name_never_raises_and_is_symmetric_and_reflexive(a, b) -> None:
    assert same_name(a, b) == same_name(b, a)
    if names.norm(a) and any(ch.isalnum() for ch in a):
        assert same_name(a, a)


# --- the whole extractor on random text ------------------------------------------------------
WORDS = st.sampled_from([
    "strike", "workers", "union", "Local", "99", "walked", "out", "Monday", "Tuesday",
    "March", "21", "tomorrow", "percent", "30%", "offered", "wants", "picket", "lockout",
    "nurses", "hospital", "district", "Los", "Angeles", "CA", "thousand", "seven", "about",
    "the", "a", "of", "and", ".", ",", "\n", "\n\n", '"', "(", ")", "—", "date", "2024-03-04",
    "February", "30", "999999999999", "1e308%", "-5%", "year", "99999", "<script>", "&amp;",
    "Inc.", "Corp.", "SEIU", "UTLA", "teachers", "will", "voted", "authorize", "ended",
    "returned", "to", "work", "mediator", "impasse", "tentative", "agreement", "lightning",
])


@pytest.fixture(scope="module")
def extract():
    from picketline.extract import extract_article
    return extract_article


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.one_of(st.lists(WORDS, min_size=1, max_size=120).map(" ".join),
                 st.text(min_size=1, max_size=600)),
       st.one_of(st.none(), st.dates(min_value=date(1800, 1, 1),
                                     max_value=date(2200, 12, 31)).map(date.isoformat)))
def test_extract_article_never_raises_on_random_text(extract, text, published) -> None:
    assume(text.strip())
    facts = extract(Article(id="random", text=text, published=published))
    d = facts.to_dict()
    assert d["id"] == "random"
    for f in ("start_date", "end_date"):
        v = (d.get(f) or {}).get("value")
        if v is not None:
            date.fromisoformat(v)
    part = (d.get("participants") or {}).get("value")
    assert part is None or part >= 0
    for f in ("wage_demand_pct", "wage_offer_pct"):
        v = (d.get(f) or {}).get("value")
        assert v is None or 0 <= v <= 200


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 12, 31)),
       st.integers(min_value=1, max_value=10**9))
def test_extract_with_edge_publication_dates_and_huge_durations(extract, pub, n) -> None:
    text = (f"Workers walked out yesterday at Acme Foundry and will strike again tomorrow in "
            f"a {n}-day strike that began on December 31, the union said.")
    facts = extract(Article(id="edge", text=text, published=pub.isoformat()))
    for f in (facts.start_date, facts.end_date):
        if f is not None:
            date.fromisoformat(f.value)
