"""Linking: group labor articles into disputes.

A dispute is a set of articles about one conflict between an employer and its workers. Linking
is incremental: each new labor article either joins an existing dispute or starts one
(:func:`assign`); :func:`link_all` is exactly the same procedure applied one article at a time,
in a fixed order (publication date, then id), so a batch run and an incremental run agree.

Signals, in order of weight:

* **names** — the article's employers and unions against the dispute's, after alias resolution
  (case, punctuation, a leading "the", corporate suffixes, acronyms such as "United Teachers Los
  Angeles" <-> "UTLA", union locals in any shape: "SEIU Local 99" <-> "Local 99 of the Service
  Employees International Union", a run of words as initials: "NSW government" <-> "New South
  Wales government"). ``picketline.names`` is used for canonical forms when it exists;
  the matcher below works without it.
* **time** — the article's dates (publication, start, end) within ``WINDOW_DAYS`` of the
  dispute's span (``STRONG_WINDOW_DAYS`` when both employer and union match: long strikes are
  reported for months).
* **place** — a different state or country (when both are known) vetoes a weak match and
  weakens a strong one.

When names were not extracted, names read straight from the article text (organisation-like
capitalised phrases and acronyms) stand in, so that linking degrades gracefully. Articles that
name no party at all join when they report one wave of strikes: the same country, within
``CLOSE_DAYS``, a demand in common and no two different sectors (:func:`_same_wave`).

Roundups: an article that matches two or more existing disputes strongly, or that names a
party of another dispute (an employer, or a union local) which the best one does not know,
joins the best one and records the others in :attr:`Assignment.also_mentions`; its names are
not added to the dispute (they would pull unrelated articles in), and only the part of it
about the dispute counts (:func:`picketline.consolidate.own_part`).

Wire copies and near-duplicates: :func:`near_duplicates` (MinHash LSH over word shingles) maps
each copy to its original; a copy joins its original's dispute whatever its facts say.

Dispute ids are readable slugs, ``<employer>-<union>-<yyyy>-<mm>``, made unique with a suffix.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, Iterable, Sequence

from .model import Article, ArticleFacts

WINDOW_DAYS = 120
STRONG_WINDOW_DAYS = 365
STRONG = 3.0  # employer and union both match
ROUNDUP_MIN = 2.0  # a second dispute matched at least this well makes the article a roundup
ACCEPT = 1.0  # minimum score to join a dispute

# --- names ----------------------------------------------------------------------------------
_CONNECTORS = {"of", "the", "and", "for", "at", "in", "on", "a", "an", "de", "do", "da", "dos",
               "das", "del", "della", "dei", "des", "du", "di", "der", "y"}
# legal forms, English and foreign ("Ferrovias Unidas EP" is "FU" in the follow-up)
_SUFFIXES = {"inc", "incorporated", "corp", "corporation", "co", "llc", "ltd", "plc", "lp",
             "company", "companies", "group", "holdings", "sa", "ag", "nv", "ep", "spa", "gmbh",
             "bv", "ab", "asa", "oyj", "pty", "bhd", "tbk", "srl", "ltda", "sae", "se", "kk"}
_GENERIC = {"union", "unions", "district", "company", "workers", "worker", "association",
            "local", "hospital", "school", "schools", "city", "county", "state", "university",
            "college", "federation", "council", "international", "national", "united",
            "american", "employees", "teachers", "nurses", "guild", "department", "board",
            "authority", "center", "centre", "medical", "health", "service", "services",
            "public", "unified", "general", "new", "north", "south", "east", "west"}
_LOCAL = re.compile(r"\blocal\s+(?:no\s+|number\s+)?(\d[\w-]*)", re.I)
_NONWORD = re.compile(r"[^\w\s]+")


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def normalize(name: str) -> str:
    """Lower case, no accents, possessives or punctuation, '&' as 'and', no leading 'the'."""
    s = _ascii(name).lower().replace("&", " and ")
    s = re.sub(r"['\u2019]s\b", "", s).replace("'", "").replace("\u2019", "")
    s = _NONWORD.sub(" ", s.replace("-", " "))
    words = s.split()
    while words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def acronym(name: str) -> str:
    """Initials of a name's significant words: 'United Teachers Los Angeles' -> 'utla'."""
    words = [w for w in normalize(name).split() if w not in _CONNECTORS and not w.isdigit()]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


@dataclass(frozen=True)
class NameKey:
    """A name resolved for matching: its organisation part, acronym and local number."""

    org: str
    acro: str
    local: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"org": self.org, "acro": self.acro, "local": self.local}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "NameKey":
        return cls(d["org"], d.get("acro", ""), d.get("local"))


def _names_module():
    try:
        from . import names  # shared with the parties extractor; optional here
    except Exception:  # noqa: BLE001 - absent or broken: use our own normaliser
        return None
    return names


def name_key(name: str, kind: str = "union") -> NameKey:
    """Resolve a union or employer name into a :class:`NameKey`."""
    mod = _names_module()
    if mod is not None:
        fn = getattr(mod, "canonical_union" if kind == "union" else "canonical_employer", None)
        try:
            canon = fn(name) if fn else None
            if isinstance(canon, str) and canon.strip():
                name = canon
        except Exception:  # noqa: BLE001 - a canonicaliser failing must not stop linking
            pass
    local = None
    m = _LOCAL.search(_ascii(name))
    if m:
        local = m.group(1).lower()
        name = name[:m.start()] + " " + name[m.end():]
    words = [w for w in normalize(name).split() if w not in ("of", "the")] if local else \
        normalize(name).split()
    words = [w for w in words if w != "local"]
    while words and words[-1] in _SUFFIXES and len(words) > 1:
        words = words[:-1]
    org = " ".join(words)
    return NameKey(org=org, acro=acronym(org), local=local)


def _contains(short: str, long: str) -> bool:
    if not short or not long:
        return False
    if not any(w not in _GENERIC and w not in _CONNECTORS for w in short.split()):
        return False
    # every word of the shorter name in the longer: "Oakland School District" is
    # "Oakland Unified School District", "Ford" is "Ford Motor"
    return {_stem(w) for w in short.split()} <= {_stem(w) for w in long.split()}


def _stem(word: str) -> str:
    """Plural and possessive-without-apostrophe forms alike: "brigids" -> "brigid"."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def org_match(a: NameKey, b: NameKey) -> bool:
    """Same organisation: equal, one the acronym of the other, or one contained in the other."""
    if not a.org or not b.org:
        return False
    if a.org == b.org or [_stem(w) for w in a.org.split()] == [_stem(w) for w in b.org.split()]:
        return True
    if a.acro and a.acro == b.org.replace(" ", ""):
        return True
    if b.acro and b.acro == a.org.replace(" ", ""):
        return True
    # "SEIU United Healthcare Workers West" contains the acronym "seiu" as a word
    for x, y in ((a, b), (b, a)):
        if x.acro and len(x.acro) >= 3 and x.acro in y.org.split():
            return True
    short, long = sorted((a.org, b.org), key=len)
    return _contains(short, long) or _folded_equal(a.org, b.org)


@lru_cache(maxsize=65536)
def _folds(org: str) -> frozenset[str]:
    """The name with one run of two to four words written as its initials: "new south wales
    government" -> "nsw government"."""
    words = org.split()
    out = set()
    for i in range(len(words)):
        for j in range(i + 2, min(len(words), i + 4) + 1):
            run = words[i:j]
            if all(w.isalpha() and w not in _CONNECTORS for w in run):
                out.add(" ".join(words[:i] + ["".join(w[0] for w in run)] + words[j:]))
    return frozenset(out)


def _folded_equal(a: str, b: str) -> bool:
    """One name is the other with a run of its words written as initials ("NSW government"
    and "New South Wales government"), the rest the same."""
    na, nb = len(a.split()), len(b.split())
    if na == nb or min(na, nb) < 2 or max(na, nb) > 8:
        return False
    short, long = (a, b) if na < nb else (b, a)
    return short in _folds(long)


def name_match(a: NameKey, b: NameKey) -> float:
    """1.0 same organisation and local, 0.8 same organisation (one local unknown), 0.4 same
    organisation but different locals, 0.0 otherwise."""
    if not org_match(a, b):
        return 0.0
    if a.local and b.local:
        return 1.0 if a.local == b.local else 0.4
    if a.local or b.local:
        return 0.8
    return 1.0


def best_match(xs: Iterable[NameKey], ys: Iterable[NameKey]) -> float | None:
    """Best pairwise match between two name sets, None when either set is empty."""
    xs, ys = list(xs), list(ys)
    if not xs or not ys:
        return None
    return max(name_match(x, y) for x in xs for y in ys)


_ORG_WORDS = ("Union|Association|Federation|Guild|Council|Workers|Employees|Teamsters|Local|"
              "District|Hospital|Hospitals|Health|Company|Corporation|Corp|Inc|University|"
              "College|Authority|Department|Schools|Airlines|Motors|Center|Centre|Systems")
_ORG_PHRASE = re.compile(
    r"\b(?:[A-Z][\w&'.-]*\s+(?:(?:of|the|and|for|de)\s+)?){1,6}(?:" + _ORG_WORDS +
    r")\b(?:\s+\d[\w-]*)?")
_ACRO = re.compile(r"\b[A-Z]{3,6}\b(?:\s+Local\s+\d[\w-]*)?")
_NOT_ACRO = {"THE", "AND", "FOR", "USA", "CEO", "CFO", "PDT", "EDT", "EST", "PST", "CST", "GMT",
             "UTC", "NEWS", "LIVE", "PHOTO", "VIDEO", "AP", "NPR", "CNN", "FOX", "ABC", "NBC",
             "CBS", "BBC", "COVID", "AM", "PM", "USPS", "FAQ", "UPDATE", "REUTER", "REUTERS",
             "AFP", "UPI"}


def _shouting(line: str) -> bool:
    """A line written in capitals (a wire headline: "DOCKERS STRIKE OVER WAGES", a sign-off):
    its words are no organisations' names or acronyms."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) > 0.7 * len(letters)


def text_names(text: str, limit: int = 12) -> list[NameKey]:
    """Organisation-like names read from raw text: a fallback for articles whose employers and
    unions were not extracted. Most frequent first. Lines in capitals are skipped: a wire
    headline's words ("PORT STRIKE OVER PAY") would otherwise be read as acronyms that every
    strike story shares."""
    counts: dict[NameKey, int] = {}
    text = "\n".join(line for line in text.splitlines() if not _shouting(line))
    phrases = [m.group(0).strip().removeprefix("The ") for m in _ORG_PHRASE.finditer(text)]
    acronyms = [m.group(0).strip() for m in _ACRO.finditer(text)]
    for s in phrases + [a for a in acronyms if a.split()[0] not in _NOT_ACRO]:
        k = name_key(s)
        if not k.org or all(w in _GENERIC or w in _CONNECTORS for w in k.org.split()):
            continue
        counts[k] = counts.get(k, 0) + 1
    return [k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].org))][:limit]


# --- dates ----------------------------------------------------------------------------------
def _d(s: str | None) -> date | None:
    if not s:
        return None
    try:
        return date.fromisoformat(str(s)[:10])
    except ValueError:
        return None


def article_dates(facts: ArticleFacts) -> list[date]:
    out = []
    for f in (facts.published, facts.start_date, facts.end_date):
        d = _d(f.value) if f is not None else None
        if d:
            out.append(d)
    return out


def article_state(facts: ArticleFacts) -> str | None:
    loc = facts.location.value if facts.location else None
    return getattr(loc, "state", None) if loc else None


def article_country(facts: ArticleFacts) -> str | None:
    loc = facts.location.value if facts.location else None
    return getattr(loc, "country", None) if loc else None


# --- dispute keys -----------------------------------------------------------------------------
@dataclass
class DisputeKey:
    """What linking knows about one dispute: the names, places and dates seen so far."""

    id: str
    employers: list[NameKey] = field(default_factory=list)
    unions: list[NameKey] = field(default_factory=list)
    mentions: list[NameKey] = field(default_factory=list)  # names read from text (fallback)
    states: list[str] = field(default_factory=list)
    first: str | None = None
    last: str | None = None
    article_ids: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)  # keys stored before have none
    industries: list[str] = field(default_factory=list)  # for party-less waves (_same_wave)
    demands: list[str] = field(default_factory=list)

    def span(self) -> tuple[date, date] | None:
        a, b = _d(self.first), _d(self.last)
        return (a, b) if a and b else None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "employers": [k.to_dict() for k in self.employers],
                "unions": [k.to_dict() for k in self.unions],
                "mentions": [k.to_dict() for k in self.mentions], "states": list(self.states),
                "first": self.first, "last": self.last, "article_ids": list(self.article_ids),
                "countries": list(self.countries), "industries": list(self.industries),
                "demands": list(self.demands)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "DisputeKey":
        return cls(d["id"], [NameKey.from_dict(x) for x in d.get("employers") or []],
                   [NameKey.from_dict(x) for x in d.get("unions") or []],
                   [NameKey.from_dict(x) for x in d.get("mentions") or []],
                   list(d.get("states") or []), d.get("first"), d.get("last"),
                   list(d.get("article_ids") or []), list(d.get("countries") or []),
                   list(d.get("industries") or []), list(d.get("demands") or []))


@dataclass
class Assignment:
    """Where one article went."""

    article_id: str
    dispute_id: str | None  # None: not a labor article
    new: bool = False
    score: float = 0.0
    also_mentions: list[str] = field(default_factory=list)  # other disputes a roundup names
    copy_of: str | None = None


def _keys(names: Iterable, kind: str) -> list[NameKey]:
    out: list[NameKey] = []
    for f in names:
        v = getattr(f, "value", f)
        if isinstance(v, str) and v.strip():
            k = name_key(v, kind)
            if k.org and k not in out:
                out.append(k)
    return out


def _gap_days(dates: Sequence[date], span: tuple[date, date] | None) -> int | None:
    if not dates or span is None:
        return None
    lo, hi = span
    gaps = [0 if lo <= d <= hi else min(abs((d - lo).days), abs((d - hi).days)) for d in dates]
    return min(gaps)


@dataclass
class _Probe:
    employers: list[NameKey]
    unions: list[NameKey]
    mentions: list[NameKey]
    dates: list[date]
    state: str | None
    country: str | None = None
    industry: str | None = None
    demands: tuple[str, ...] = ()


def _probe(facts: ArticleFacts, article: Article | None) -> _Probe:
    emp = _keys(facts.employers, "employer")
    uni = _keys(facts.unions, "union")
    mentions = text_names(article.text) if (article is not None and not emp and not uni) else []
    return _Probe(emp, uni, mentions, article_dates(facts), article_state(facts),
                  article_country(facts), facts.industry.value if facts.industry else None,
                  tuple(f.value for f in facts.demands))


def matched_names(p: _Probe, key: DisputeKey) -> int:
    """How many of the article's names the dispute knows (ranks roundup candidates)."""
    return (sum(1 for x in p.employers if any(name_match(x, y) >= 0.8 for y in key.employers))
            + sum(1 for x in p.unions if any(name_match(x, y) >= 0.8 for y in key.unions)))


CLOSE_DAYS = 14


def _same_place_and_time(p: _Probe, key: DisputeKey) -> bool:
    """Same state (both known) and dates within CLOSE_DAYS of the dispute's span: a union
    striking several employers at once (hospital systems, school districts) is one dispute."""
    gap = _gap_days(p.dates, key.span())
    return bool(p.state and p.state in key.states and gap is not None and gap <= CLOSE_DAYS)


def _same_wave(p: _Probe, key: DisputeKey) -> bool:
    """Articles naming no party, in one country, within CLOSE_DAYS, with a demand in common
    and no two different sectors: reports of one wave of strikes ("stoppages spread to more
    factories this week") that wire copy tells without naming who struck."""
    if p.employers or p.unions or key.employers or key.unions:
        return False
    if not p.country or key.countries != [p.country] or not set(p.demands) & set(key.demands):
        return False
    if p.industry and key.industries and p.industry not in key.industries:
        return False
    gap = _gap_days(p.dates, key.span())
    return gap is not None and gap <= CLOSE_DAYS


def score(p: _Probe, key: DisputeKey) -> tuple[float, int]:
    """How well an article matches a dispute (0 = no), and the time gap in days (or -1)."""
    e = best_match(p.employers, key.employers)
    u = best_match(p.unions, key.unions)
    e_ok = e is not None and e >= 0.8
    u_ok = u is not None and u >= 0.8
    long_window = False
    if e_ok and u_ok:
        s = STRONG
    elif e_ok and u is None:
        s = 2.0
    elif e_ok:
        s = 1.5  # same employer, another union of its workers
    elif u_ok and e is None:
        s = 1.8
    elif u == 1.0 and e == 0.0 and (all(k.local for k in p.unions) or _same_place_and_time(p, key)):
        s = ACCEPT  # the same local (or union, same state, same days) at other employers named
    else:
        s = 0.0
        mine = p.mentions or (p.employers + p.unions)
        theirs = key.mentions or (key.employers + key.unions)
        if (p.mentions or key.mentions) and mine and theirs:
            hits = sum(1 for x in mine if any(name_match(x, y) >= 0.8 for y in theirs))
            if hits >= 2:
                s = 1.5
                long_window = True  # two organisations in common: as good as both parties
            elif hits == 1:
                s = ACCEPT
        if s == 0 and _same_wave(p, key):
            s = ACCEPT
    if s <= 0:
        return 0.0, -1
    gap = _gap_days(p.dates, key.span())
    window = STRONG_WINDOW_DAYS if (s >= STRONG or long_window) else WINDOW_DAYS
    if gap is not None and gap > window:
        return 0.0, gap
    # another state, or another country (a company's plant abroad, a union of the same name
    # elsewhere): only both parties matching outweighs it
    if ((p.state and key.states and p.state not in key.states)
            or (p.country and key.countries and p.country not in key.countries)):
        if s < STRONG:
            return 0.0, gap if gap is not None else -1
        s -= 0.5
    return s, gap if gap is not None else -1


# --- blocking ---------------------------------------------------------------------------------
def _org_words(k: NameKey) -> list[str]:
    return k.org.split()


def _significant(word: str) -> bool:
    return word not in _GENERIC and word not in _CONNECTORS


def _first_significant(words: list[str]) -> str | None:
    """A name contained in another has all its words there, its first significant word too:
    that one word stands for the name in the containment tokens (``s:``/``t:``)."""
    return next((w for w in words if _significant(w)), None)


def _qualified(tokens: set[str], local: str | None, probe: bool) -> set[str]:
    """Tokens qualified by the union local, so that two names of the same organisation but
    different locals (``name_match`` 0.4, which no score counts) do not meet: a name is
    filed under ``#any`` and ``#<its local>`` (``#none`` without one); a probe with a local
    looks under that local and ``#none``, one without under ``#any``."""
    if probe:
        tails = (f"#{local}", "#none") if local else ("#any",)
    else:
        tails = ("#any", f"#{local}" if local else "#none")
    return {t + tail for t in tokens for tail in tails}


def index_tokens(k: NameKey) -> set[str]:
    """Tokens a dispute's name is filed under in a :class:`KeyIndex`. Together with
    :func:`probe_tokens` they are built so that ``name_match(a, b) >= 0.8`` (the least any
    score counts) implies ``probe_tokens(a) & index_tokens(b)``: one token for each way
    :func:`org_match` can succeed, qualified by the local (see :func:`_qualified`):

    - ``o:`` the stemmed words (same organisation);
    - ``n:`` the joined name and the acronym (an acronym of the other, either way round);
    - ``w:`` each word, ``a:`` the acronym (an acronym that is a word of the other);
    - ``s:`` each word's stem, ``t:`` the first significant word's (the words of one name
      among the other's: every word of the shorter, its first significant one too, is
      among the longer's);
    - ``f:`` the name and each form of it with a run of words as initials (one name the
      other's partial initials, "NSW government").

    A probe carries the same tokens with the asymmetric pairs swapped (``w``/``a``,
    ``s``/``t``), so that either name may be the acronym, or the shorter one."""
    return _qualified(_name_tokens(k), k.local, probe=False)


_PROBE_SIDE = {"w": "a", "a": "w", "s": "t", "t": "s"}


def probe_tokens(k: NameKey) -> set[str]:
    """The tokens to look an article's name up by (see :func:`index_tokens`)."""
    probe = {_PROBE_SIDE.get(t[0], t[0]) + t[1:] for t in _name_tokens(k)}
    return _qualified(probe, k.local, probe=True)


def _name_tokens(k: NameKey) -> set[str]:
    words = _org_words(k)
    if not words:
        return set()
    out = {"o:" + " ".join(_stem(w) for w in words), "n:" + k.org.replace(" ", "")}
    if k.acro:
        out.add("n:" + k.acro)
        if len(k.acro) >= 3:
            out.add("a:" + k.acro)
    out.update("w:" + w for w in words)
    out.update("s:" + _stem(w) for w in words)
    first = _first_significant(words)
    if first:
        out.add("t:" + _stem(first))
    if 2 <= len(words) <= 8:  # ``f:`` the name and its partial initials (_folded_equal)
        out.add("f:" + k.org)
        out.update("f:" + f for f in _folds(k.org))
    return out


class KeyIndex:
    """The dispute keys of a linking run, filed by name tokens, so that an article is
    scored only against the disputes sharing an organisation with it (every other dispute
    scores 0: each way to a positive :func:`score` needs :func:`org_match` between one of
    the article's names and one of the dispute's). With a year of disputes loaded, this
    keeps the cost of linking an article from growing with the size of the database.

    Keys are added with :meth:`add` and re-added after they gain names; the list given
    to the constructor is the same list :func:`assign_detail` appends new disputes to."""

    def __init__(self, keys: Iterable[DisputeKey] = ()) -> None:
        self._buckets: dict[str, set[str]] = {}
        self._by_id: dict[str, DisputeKey] = {}
        self._filed: dict[str, set[NameKey]] = {}
        self._waves: dict[str, set[str]] = {}  # party-less keys, filed by country
        self._member: dict[str, str] = {}
        for k in keys:
            self.add(k)

    def add(self, key: DisputeKey) -> None:
        """File ``key`` (again, after it changed): its names and its articles."""
        self._by_id[key.id] = key
        filed = self._filed.setdefault(key.id, set())
        for name in (*key.employers, *key.unions, *key.mentions):
            if name in filed:
                continue
            filed.add(name)
            for t in index_tokens(name):
                self._buckets.setdefault(t, set()).add(key.id)
        if not (key.employers or key.unions):
            for c in key.countries:
                if c not in self._waves.setdefault(key.id, set()):
                    self._waves[key.id].add(c)
                    self._buckets.setdefault("c:" + c, set()).add(key.id)
        for a in key.article_ids:
            self._member.setdefault(a, key.id)

    def remove(self, dispute_id: str) -> None:
        """Forget a key (before re-adding it changed, or when it leaves the window)."""
        key = self._by_id.pop(dispute_id, None)
        tokens = [t for name in self._filed.pop(dispute_id, ()) for t in index_tokens(name)]
        tokens += ["c:" + c for c in self._waves.pop(dispute_id, ())]
        for t in tokens:
            bucket = self._buckets.get(t)
            if bucket is not None:
                bucket.discard(dispute_id)
                if not bucket:
                    del self._buckets[t]
        if key is not None:
            for a in key.article_ids:
                if self._member.get(a) == dispute_id:
                    del self._member[a]

    def __contains__(self, dispute_id: object) -> bool:
        return dispute_id in self._by_id

    def holding(self, article_id: str) -> DisputeKey | None:
        """The key whose articles include ``article_id``."""
        did = self._member.get(article_id)
        return self._by_id.get(did) if did is not None else None

    def candidates(self, names: Iterable[NameKey], country: str | None = None
                   ) -> list[DisputeKey]:
        """The keys that may match an article with these names, by id; with ``country``
        (an article naming no party), also the party-less keys of that country."""
        ids: set[str] = set()
        for name in names:
            for t in probe_tokens(name):
                ids.update(self._buckets.get(t, ()))
        if country:
            ids.update(self._buckets.get("c:" + country, ()))
        return [self._by_id[i] for i in sorted(ids)]


# --- ids --------------------------------------------------------------------------------------
def _slug_part(k: NameKey, max_words: int = 3) -> str:
    words = [w for w in k.org.split() if w not in _CONNECTORS]
    if len(words) >= 3 and k.acro:
        base = k.acro
    else:
        base = "-".join(words[:max_words])
    if k.local:
        base = f"{base}-{k.local}"
    return re.sub(r"[^a-z0-9-]+", "", base)[:40].strip("-")


def make_dispute_id(facts: ArticleFacts, taken: Iterable[str] = (),
                    article: Article | None = None) -> str:
    """``<employer>-<union>-<yyyy>-<mm>``, unique against ``taken`` (any iterable of ids, or
    a container answering ``in`` without listing every id)."""
    emp = _keys(facts.employers, "employer")
    uni = _keys(facts.unions, "union")
    parts = [p for p in (_slug_part(emp[0]) if emp else "", _slug_part(uni[0]) if uni else "")
             if p]
    if not parts and article is not None:
        names = text_names(article.text, limit=2)
        parts = [_slug_part(k) for k in names if _slug_part(k)]
    if not parts:
        parts = ["dispute"]
    when = None
    for f in (facts.start_date, facts.published):
        if f is not None and _d(f.value):
            when = _d(f.value)
            break
    parts.append(f"{when.year:04d}-{when.month:02d}" if when else "undated")
    base = "-".join(parts)
    if not hasattr(taken, "__contains__"):
        taken = set(taken)
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


# --- assignment -----------------------------------------------------------------------------
def _absorb(key: DisputeKey, p: _Probe, article_id: str, names: bool = True) -> None:
    if article_id not in key.article_ids:
        key.article_ids.append(article_id)
    if names:
        for k in p.employers:
            if k not in key.employers:
                key.employers.append(k)
        for k in p.unions:
            if k not in key.unions:
                key.unions.append(k)
        for k in p.mentions:
            if k not in key.mentions:
                key.mentions.append(k)
        if p.state and p.state not in key.states:
            key.states.append(p.state)
        if p.country and p.country not in key.countries:
            key.countries.append(p.country)
        if p.industry and p.industry not in key.industries:
            key.industries.append(p.industry)
        key.demands.extend(d for d in p.demands if d not in key.demands)
    if p.dates:
        lo, hi = min(p.dates), max(p.dates)
        if not key.first or lo < _d(key.first):
            key.first = lo.isoformat()
        if not key.last or hi > _d(key.last):
            key.last = hi.isoformat()


def build_key(dispute_id: str, facts_list: Iterable[ArticleFacts],
              articles: Iterable[Article] = (), roundups: Iterable[str] = ()) -> DisputeKey:
    """A dispute's key rebuilt from its member articles (after a manual merge or split);
    roundup articles add their dates but not their names."""
    by_id = {a.id: a for a in articles}
    skip = set(roundups)
    key = DisputeKey(dispute_id)
    for f in link_order(facts_list):
        _absorb(key, _probe(f, by_id.get(f.id)), f.id, names=f.id not in skip)
    return key


def _names_only_there(p: _Probe, best: DisputeKey, other: DisputeKey) -> bool:
    """The article names a party of ``other`` exactly (a union with its local, or an
    employer) that ``best`` does not know: it reports that dispute too (a roundup), not
    another employer of the same union (which ``best`` would know)."""
    for mine, theirs, ours in ((p.unions, other.unions, best.unions),
                               (p.employers, other.employers, best.employers)):
        for x in mine:
            if (any(name_match(x, y) == 1.0 for y in theirs)
                    and not any(name_match(x, y) >= 0.8 for y in ours)
                    and (x.local or mine is p.employers)):
                return True
    return False


def assign_detail(facts: ArticleFacts, existing: list[DisputeKey],
                  article: Article | None = None, copy_of: str | None = None,
                  taken=None, index: KeyIndex | None = None) -> Assignment:
    """Assign one article to a dispute in ``existing`` (updated in place) or to a new one
    (appended). ``copy_of``: the original of a wire copy, whose dispute the copy joins.
    ``taken``: dispute ids a new dispute must not reuse (default: those in ``existing``;
    pass a container that also knows disputes not loaded into ``existing``). ``index``: a
    :class:`KeyIndex` of ``existing`` (kept up to date here): the article is then scored
    only against the disputes it may match, with the same result."""
    if not facts.labor:
        return Assignment(facts.id, None)
    p = _probe(facts, article)
    if index is not None:
        held = index.holding(facts.id)
        if held is not None:  # already placed (re-run): stay
            return Assignment(facts.id, held.id, score=STRONG)
        original = index.holding(copy_of) if copy_of is not None else None
        if original is not None:
            _absorb(original, p, facts.id, names=False)
            index.add(original)
            return Assignment(facts.id, original.id, score=STRONG, copy_of=copy_of)
        pool = index.candidates((*p.employers, *p.unions, *p.mentions),
                                None if (p.employers or p.unions) else p.country)
    else:
        for key in existing:  # already placed (re-run): stay
            if facts.id in key.article_ids:
                return Assignment(facts.id, key.id, score=STRONG)
        if copy_of is not None:
            for key in existing:
                if copy_of in key.article_ids:
                    _absorb(key, p, facts.id, names=False)
                    return Assignment(facts.id, key.id, score=STRONG, copy_of=copy_of)
        pool = existing
    ranked = []
    for key in pool:
        s, gap = score(p, key)
        if s >= ACCEPT:
            ranked.append((-s, -matched_names(p, key), gap if gap >= 0 else 10**6, key.id, key))
    ranked.sort(key=lambda t: t[:4])
    if not ranked:
        if taken is None:
            taken = index if index is not None else (k.id for k in existing)
        key = DisputeKey(make_dispute_id(facts, taken, article))
        _absorb(key, p, facts.id)
        existing.append(key)
        if index is not None:
            index.add(key)
        return Assignment(facts.id, key.id, new=True, score=0.0)
    best = ranked[0][-1]
    others = [t[-1].id for t in ranked[1:]
              if -t[0] >= ROUNDUP_MIN or _names_only_there(p, best, t[-1])]
    roundup = bool(others) and -ranked[0][0] >= ROUNDUP_MIN
    _absorb(best, p, facts.id, names=not roundup)
    if index is not None:
        index.add(best)
    return Assignment(facts.id, best.id, score=-ranked[0][0],
                      also_mentions=others if roundup else [])


def assign(facts: ArticleFacts, existing: list[DisputeKey],
           article: Article | None = None, copy_of: str | None = None) -> str | None:
    """The dispute id for ``facts`` (existing or new; None for a non-labor article).
    ``existing`` is updated in place: a new dispute is appended, a joined one grows."""
    a = assign_detail(facts, existing, article, copy_of)
    facts.dispute = a.dispute_id
    return a.dispute_id


def link_order(facts_list: Iterable[ArticleFacts], *, stable: bool = False
               ) -> list[ArticleFacts]:
    """The canonical order articles are linked in: publication date (undated last), then id.

    ``stable``: publication day only, articles of the same day (and undated ones) keeping
    the order given. Incremental linking uses it with the input order, so that an ordered
    stream is linked in the same order however it is cut into batches (an id tie-break
    would reorder a day differently depending on where a batch boundary falls in it)."""
    def k(f: ArticleFacts):
        pub = f.published.value if f.published and _d(f.published.value) else "9999-99-99"
        return (str(pub)[:10],) if stable else (pub, f.id)
    return sorted(facts_list, key=k)


def link_all_detail(facts_list: Iterable[ArticleFacts], articles: Iterable[Article] = (),
                    existing: list[DisputeKey] | None = None,
                    ) -> tuple[dict[str, Assignment], list[DisputeKey]]:
    """Link many articles: near-duplicates first, then :func:`assign_detail` one by one in
    :func:`link_order`. Returns each article's assignment and the dispute keys."""
    keys = existing if existing is not None else []
    index = KeyIndex(keys)
    by_id = {a.id: a for a in articles}
    dups = near_duplicates(by_id.values()) if by_id else {}
    out: dict[str, Assignment] = {}
    for f in link_order(facts_list):
        out[f.id] = assign_detail(f, keys, by_id.get(f.id), dups.get(f.id), index=index)
        f.dispute = out[f.id].dispute_id
    return out, keys


def link_all(facts_list: Iterable[ArticleFacts], articles: Iterable[Article] = ()
             ) -> dict[str, str | None]:
    """Batch linking: ``{article_id: dispute_id}`` (None for non-labor articles); also sets
    each ``facts.dispute``. Same result as :func:`assign` called in :func:`link_order`."""
    assigned, _ = link_all_detail(facts_list, articles)
    return {k: a.dispute_id for k, a in assigned.items()}


# --- near-duplicates --------------------------------------------------------------------------
SHINGLE = 3
DUP_THRESHOLD = 0.6
NUM_PERM = 128
SIGNATURE_CACHE = 20_000  # MinHash signatures kept (1 KB each at 128 permutations)
_WORD = re.compile(r"\w+")


def warm(num_perm: int = NUM_PERM) -> None:
    """Load now what linking otherwise loads on its first article: the extractors' name
    canonicaliser and the MinHash permutations, which an ingest pool's parent does while
    its workers start."""
    _names_module()
    _template(num_perm)


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    words = _WORD.findall(_ascii(text).lower())
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


MINHASH_SEED = 1
_U32 = 0xFFFFFFFF
# MurmurHash3's 32-bit finalizer (shifts and multipliers), as datasketch applies it
_FMIX32 = (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16)


@lru_cache(maxsize=None)
def _template(num_perm: int):
    """The ``(a, b)`` permutations of a MinHash of ``num_perm`` values, drawn once: those of
    ``datasketch.MinHash(num_perm, seed=1)`` (its default "affine32" scheme), so that
    :func:`signature` equals its hash values (a test checks) without importing datasketch,
    which imports SciPy (0.6 s and about 38 MB of an ingest's parent, which needs only
    signatures; the LSH index of :func:`near_duplicates` still comes from datasketch)."""
    import numpy as np

    gen = np.random.RandomState(MINHASH_SEED)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    a.setflags(write=False)
    b.setflags(write=False)
    return a, b


def _minhash(items: Iterable[bytes], num_perm: int):
    """datasketch's affine32 MinHash of ``items``: each item's SHA-1 (first four bytes,
    little-endian), mixed by the MurmurHash3 finalizer, through every permutation
    ``a * h + b`` (mod 2**32); the minimum per permutation (2**32 - 1 for no items)."""
    import numpy as np

    a, b = _template(num_perm)
    hv = np.array([int.from_bytes(hashlib.sha1(x).digest()[:4], "little") for x in items],
                  dtype=np.uint32).reshape(-1, 1)
    if not len(hv):
        return np.full(num_perm, _U32, dtype=np.uint32)
    s1, m1, s2, m2, s3 = (np.uint32(c) for c in _FMIX32)
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    hv = hv ^ (hv >> s3)
    return (hv * a + b).min(axis=0)


def _datasketch_minhash(hv, num_perm: int):
    """A datasketch MinHash of signature ``hv``, for its LSH index."""
    from datasketch import MinHash

    a, b = _template(num_perm)
    return MinHash(seed=MINHASH_SEED, hashvalues=hv, permutations=(a, b), scheme="affine32")


@lru_cache(maxsize=None)
def lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """The LSH (bands, rows) for a threshold: datasketch finds them by numerical integration,
    which costs about 0.2 s, so it is done once per (threshold, num_perm)."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


_signatures: OrderedDict[tuple[int, bytes], Any] = OrderedDict()


def signature(text: str, num_perm: int = NUM_PERM):
    """The MinHash signature (hash values) of a text's word 3-shingles. Signatures are kept
    in a bounded LRU cache keyed by a digest of the text, so an article seen again (by the
    next batch's wire-copy search, by consolidation) costs a hash lookup, not a MinHash."""
    key = (num_perm, hashlib.blake2b(text.encode("utf-8", "surrogatepass"),
                                     digest_size=16).digest())
    hv = _signatures.get(key)
    if hv is not None:
        _signatures.move_to_end(key)
        return hv
    hv = _minhash([s.encode("utf-8") for s in shingles(text)], num_perm)
    hv.setflags(write=False)
    _signatures[key] = hv
    if len(_signatures) > SIGNATURE_CACHE:
        _signatures.popitem(last=False)
    return hv


def similarity(a, b) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float((a == b).sum()) / len(a)


def _lsh(sigs: dict[str, Any], threshold: float, num_perm: int):
    from datasketch import MinHashLSH

    lsh = MinHashLSH(num_perm=num_perm, params=lsh_params(threshold, num_perm))
    for aid, hv in sigs.items():
        lsh.insert(aid, _datasketch_minhash(hv, num_perm), check_duplication=False)
    return lsh


def _query(lsh, hv, num_perm: int) -> list[str]:
    return lsh.query(_datasketch_minhash(hv, num_perm))


def near_duplicates(articles: Iterable[Article], threshold: float = DUP_THRESHOLD,
                    num_perm: int = NUM_PERM) -> dict[str, str]:
    """``{copy_id: original_id}`` for wire copies and near-duplicates (estimated Jaccard
    similarity of word 3-shingles >= ``threshold``). The original of a group is its earliest
    published article (then the smallest id); originals are not keys."""
    arts = [a for a in articles if a.text and a.text.strip()]
    if len(arts) < 2:
        return {}
    sig = {a.id: signature(a.text, num_perm) for a in arts}
    lsh = _lsh(sig, threshold, num_perm)
    parent = {a.id: a.id for a in arts}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a in arts:
        for other in _query(lsh, sig[a.id], num_perm):
            if other != a.id and similarity(sig[a.id], sig[other]) >= threshold:
                ra, rb = find(a.id), find(other)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[Article]] = {}
    for a in arts:
        groups.setdefault(find(a.id), []).append(a)
    out: dict[str, str] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        orig = min(members, key=lambda a: (_d(a.published) or date.max, a.id))
        for a in members:
            if a.id != orig.id:
                out[a.id] = orig.id
    return out


def copies_in_order(new: Sequence[Article], earlier: Iterable[Article],
                    window_days: int, threshold: float = DUP_THRESHOLD,
                    num_perm: int = NUM_PERM) -> dict[str, str]:
    """Wire copies found incrementally: ``{copy_id: original_id}`` for the ``new`` articles,
    taken in the order given (the order they are linked in). Each new article is compared
    with the ``earlier`` articles and with the new ones before it, published within
    ``window_days`` of it (undated articles are compared with everything); its original is
    the earliest published (then smallest id) of those it is similar to.

    Unlike :func:`near_duplicates` over a whole set, an article's original never depends on
    articles that come after it, so cutting an ordered stream into batches at different
    places gives the same answer."""
    import numpy as np

    pool = {a.id: a for a in earlier if a.text and a.text.strip()}
    order = [a for a in new if a.text and a.text.strip()]
    for a in order:
        pool.pop(a.id, None)
    if not order or not (pool or len(order) > 1):
        return {}
    # every pair is compared (no LSH): the pool is bounded by the date window, and one
    # vectorised comparison of a few hundred signatures is cheaper than building an index
    every = list(pool.values()) + order
    sigs = np.stack([signature(a.text, num_perm) for a in every])
    days = [_d(a.published) for a in every]
    first_new = len(pool)
    out: dict[str, str] = {}
    for i in range(first_new, len(every)):
        same = (sigs[:i] == sigs[i]).sum(axis=1) / num_perm  # only the articles before it
        best = None
        for j in np.flatnonzero(same >= threshold):
            mine, theirs = days[i], days[j]
            if mine and theirs and abs((mine - theirs).days) > window_days:
                continue
            k = (theirs or date.max, every[j].id)
            if best is None or k < best:
                best = k
        if best is not None:
            out[every[i].id] = best[1]
    return out


# --- stateless linking for ``picketline extract`` ----------------------------------------
def link_articles_for_extract(facts_list: list[ArticleFacts],
                              articles: Iterable[Article] = ()) -> None:
    """Fill every ``facts.dispute`` with its cluster's dispute id (None for non-labor)."""
    link_all(facts_list, articles)
