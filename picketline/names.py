"""Name normalisation shared by extraction and linking: acronyms, union and employer aliases.

The gazetteers are data files (``picketline/data/unions.json``, ``employers.json``); this
module only knows how to read and apply them:

- :func:`acronym` gives a name's initials ("United Teachers Los Angeles" -> "UTLA");
- :func:`canonical_union` maps any written form of a union, with or without a local number,
  to one name ("Local 99 of the Service Employees International Union" -> "SEIU Local 99");
- :func:`canonical_employer` maps employer aliases to full names ("GM" -> "General Motors").

It sits beside the stages, not inside :mod:`picketline.extract`, because linking needs it in
the process that stores and links articles, and importing anything from the ``extract``
package loads (and compiles the rules of) every extractor: 0.9-1.3 CPU seconds that an
ingest's parent process spent while its extraction workers were starting.
``picketline.extract.names`` is this same module, for the extractors and older imports.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .rules import pattern

STOPWORDS = {"of", "the", "and", "for", "&", "a", "an", "at", "in", "de", "la", "du"}

# the shapes of a written name: rules/names.toml (each rule's own pattern, groups as written)
_POSSESSIVE = pattern("names.possessive.apostrophe_s")
_PUNCTUATION = pattern("names.punctuation.not_word_or_space")
_INITIAL_WORD = pattern("names.initial_word.word")
_SEAT = pattern("names.seat.based_before_name")
_TRAILING_DAY = pattern("names.trailing_day.on_weekday")


def article_cache(ctx: object) -> dict:
    """The per-article dict for intermediate results (union mentions, places, the roundup's
    main item): the Context's own ``ctx.cache``; an object without one gets a throwaway dict."""
    cache = getattr(ctx, "cache", None)
    return cache if isinstance(cache, dict) else {}


def load_data(name: str) -> dict:
    """A JSON file from ``picketline/data``."""
    return json.loads(resources.files("picketline").joinpath("data", name).read_text("utf-8"))


def norm(name: str) -> str:
    """Case-, punctuation- and article-insensitive key of a name."""
    s = str(name).replace("&", " and ").replace("\u2019", "'")
    s = _POSSESSIVE.sub("", s.lower())
    s = _PUNCTUATION.sub(" ", s)
    toks = s.split()
    while toks and toks[0] == "the":
        toks = toks[1:]
    return " ".join(toks)


def acronym(name: str) -> str:
    """Initials of a name's significant words, upper-cased; hyphenated words give one initial
    per part ("Los Angeles Unified School District" -> "LAUSD")."""
    words = _INITIAL_WORD.findall(name.replace("-", " "))
    return "".join(w[0] for w in words if w.lower() not in STOPWORDS).upper()


def clean_name(name: str) -> str:
    """Trim spaces, leading "the"s and trailing punctuation or possessives, until nothing
    changes (so cleaning a clean name gives it back unchanged)."""
    s = " ".join(name.split())
    while True:
        before = s
        s = s.strip(" ,;:.-\u2014\u2013")
        if s[:3] in ("the", "The") and (len(s) == 3 or s[3].isspace()):
            s = s[3:].lstrip()
        # a seat written before the name is a description: "the North Valley-based Riverside
        # Nurses Union"
        s = _SEAT.sub("", s)
        s = _TRAILING_DAY.sub("", s)  # "University of Eastvale on Sunday"
        s = _strip_apostrophe(s).strip()
        if s == before:
            return s


def _strip_apostrophe(s: str) -> str:
    """A name without its closing possessive or apostrophe ("Nurses'", "Union's")."""
    if s.endswith(("'s", "\u2019s")):
        return s[:-2]
    if s.endswith(("'", "\u2019")):
        return s[:-1]
    return s


# --- unions --------------------------------------------------------------------------------
@dataclass
class UnionEntry:
    name: str
    canonical: str
    local_prefix: str
    acronyms: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    as_written: bool = False  # output as the article writes it (translated names vary)
    cased: bool = False  # name and aliases are common words: matched only as capitalised

    def forms(self) -> list[str]:
        """The name and aliases, and each "... Association" as US wire copy abbreviates it
        ("International Longshoremen's Assn.")."""
        base = [self.name, *self.aliases]
        return base + [f[:-len("Association")] + "Assn." for f in base if f.endswith(" Association")]


@lru_cache(maxsize=1)
def union_gazetteer() -> tuple[list[UnionEntry], dict[str, UnionEntry], dict[str, UnionEntry]]:
    """(entries, by normalised full name or alias, by acronym)."""
    entries: list[UnionEntry] = []
    by_name: dict[str, UnionEntry] = {}
    by_acr: dict[str, UnionEntry] = {}
    # national union centres world-wide are written as the article gives them
    rows = [(d, False) for d in load_data("unions.json")["unions"]] + \
        [(d, True) for d in load_data("union_centres.json")["unions"]]
    for d, centre in rows:
        acrs = list(d.get("acronyms") or [])
        canonical = d.get("canonical") or d["name"]
        prefix = d.get("local_prefix")
        if not prefix:
            prefix = acrs[0] if acrs and acrs[0] == acronym(d["name"]) else canonical
        e = UnionEntry(d["name"], canonical, prefix, acrs, list(d.get("aliases") or []),
                       d.get("country"), centre or bool(d.get("as_written")), bool(d.get("cased")))
        entries.append(e)
        for form in e.forms() + [canonical]:
            by_name.setdefault(norm(form), e)
        for a in acrs:
            by_acr.setdefault(a, e)
            by_name.setdefault(norm(a), e)
    return entries, by_name, by_acr


@lru_cache(maxsize=1)
def shared_union_forms() -> frozenset[str]:
    """Normalised names and acronyms that more than one gazetteer union answers to ("Transport
    Workers Union" and "TWU": the American and the Australian): written alone, the article's
    own form is reported, not one of the full names."""
    seen: dict[str, set[str]] = {}
    for e in union_gazetteer()[0]:
        for form in {norm(f) for f in [*e.forms(), *e.acronyms]}:
            seen.setdefault(form, set()).add(e.canonical)
    return frozenset(f for f, owners in seen.items() if len(owners) > 1)


@lru_cache(maxsize=1)
def not_unions() -> frozenset[str]:
    return frozenset(norm(n) for n in load_data("unions.json").get("not_unions", []))


def union_entry(name: str) -> UnionEntry | None:
    """The gazetteer entry a (local-less) union name refers to, if any."""
    _, by_name, by_acr = union_gazetteer()
    s = clean_name(name)
    if s in by_acr:
        return by_acr[s]
    return by_name.get(norm(s))


_LOCAL_AFTER = pattern("names.local_after.union_local_n")
_LOCAL_BEFORE = pattern("names.local_before.local_n_of_union")
_ACR_NUMBER = pattern("names.acronym_number.acronym_n")


def split_local(name: str) -> tuple[str, str | None]:
    """("Service Employees International Union, Local 99") -> ("Service Employees
    International Union", "99"); names without a local come back with None."""
    s = clean_name(name)
    for pat in (_LOCAL_AFTER, _LOCAL_BEFORE):
        m = pat.match(s)
        if m:
            return clean_name(m.group("u")), m.group("n")
    m = _ACR_NUMBER.match(s)
    if m and union_entry(m.group("u")):
        return m.group("u"), m.group("n")
    return s, None


def local_name(union: str, number: str) -> str:
    """How picketline writes a local of ``union`` (a gazetteer union uses its local prefix)."""
    e = union_entry(union)
    prefix = e.local_prefix if e else clean_name(union)
    return f"{prefix} Local {number}" if prefix else f"Local {number}"


def canonical_union(name: str) -> str:
    """One name per union: gazetteer unions by their canonical name, locals as
    "<prefix> Local N", others cleaned as written."""
    base, number = split_local(name)
    if number:
        return local_name(base, number)
    e = union_entry(base)
    return e.canonical if e else base


# --- employers -----------------------------------------------------------------------------
@lru_cache(maxsize=1)
def employer_gazetteer() -> dict[str, dict]:
    """Normalised alias -> employer entry (name, industry, scope)."""
    out: dict[str, dict] = {}
    for d in load_data("employers.json")["employers"]:
        for form in [d["name"], *d.get("aliases", [])]:
            out.setdefault(norm(form), d)
        for a in d.get("acronyms", []):
            out.setdefault(a, d)
    return out


def employer_entry(name: str) -> dict | None:
    g = employer_gazetteer()
    s = clean_name(name)
    return g.get(s) or g.get(norm(s))


def canonical_employer(name: str) -> str:
    """Full canonical employer name: gazetteer aliases resolved, "the" and possessives removed."""
    e = employer_entry(name)
    return e["name"] if e else clean_name(name)


_NAME_FILLER = frozenset({"the", "of", "and", "co", "company", "corp", "corporation", "inc",
                          "ltd", "plc", "group", "s"})


def employer_as_written(name: str) -> str:
    """The employer's name for an article's record: the gazetteer's full name when the article
    writes that name, a shortening of it or one of its acronyms ("GM", "Ford" -> "Ford Motor
    Company"); the article's own name when the gazetteer knows the firm by another one (an old
    or a brand name: "Chrysler" is not written "Stellantis", "Wal-Mart" stays). The guidelines
    code the full name as the article gives it; :func:`canonical_employer` still links them."""
    e = employer_entry(name)
    written = clean_name(name)
    if not e:
        return written
    full = e["name"]
    initials = "".join(w[0] for w in full.split() if w[:1].isupper())
    if written in e.get("acronyms", ()) or set(norm(written).split()) & (
            set(norm(full).split()) - _NAME_FILLER) or any(
            len(w) >= 2 and w.isupper() and initials.startswith(w) for w in written.split()):
        return full  # the same name, shortened ("CN Rail": Canadian National Railway)
    return written


def acronym_is_place(tok: str) -> bool:
    """True for upper-case tokens that name places or countries (US, UK, NYC, ...)."""
    return tok in {"US", "USA", "UK", "NYC", "LA", "DC", "EU", "UN", "GB"}


def word_spans(t: str, form: str):
    """Where ``form`` stands in ``t`` as a whole word (not inside a word or a hyphenated one),
    left to right, not overlapping."""
    def word_or_hyphen(c: str) -> bool:
        return c == "-" or c.isalnum() or c == "_"

    n = len(form)
    i = t.find(form) if form else -1
    while i >= 0:
        if not word_or_hyphen(t[i - 1:i]) and not word_or_hyphen(t[i + n:i + n + 1]):
            yield i, i + n
            i = t.find(form, i + n)
        else:
            i = t.find(form, i + 1)
