"""Demands and bargaining events, from lexicons shipped as data files.

**Demands** (``data/lexicon/demands*.json``): each SCHEMA category has *strong* patterns, whose
wording names the issue in any sentence of a labor article ("unfair labor practice strike",
"short-staffed", "mandatory overtime", "pensions"), and *context* patterns, which count only in
a sentence that says what workers want or what the dispute is about (a demand cue: "wants",
"is seeking", "calling for", "central complaint", "strike over", "the deal also includes", ...).
A cue whose subject is the employer counts only when it is a concession the workers resist
("the mill wants its staff to cover a bigger share of insurance premiums"). A wage demand percentage
implies ``pay``. A term directly denied ("wages are not the main obstacle") does not count. In a sentence that
only reports a legal filing ("filed an unfair labor practice charge over changes to health
insurance") even strong wording needs a demand cue: a charge is a bargaining step, not a
demand. "Demands" as the object of the employer's verb ("unless the company meets three
demands") are the workers' own. Items of a list introduced with a demand cue ("Members are demanding:")
are in demand context. A sentence about an earlier, other action ("Two years ago, guards
staged a sickout over ...") and a roundup's other numbered items name no demand.

**Bargaining events** (``data/lexicon/bargaining*.json``): each event has patterns; a match
counts when it reports something that happened or is under way: no hedge (future, condition,
negation: "will", "if", "not", "next step", ...) in the words just before it, no rejecting word
in the sentence ("declined a mediator"), nothing after it that defers it ("a tentative
agreement still had to be written"), and for some events nothing in the next sentence that
says it has not started. A roundup's other items are not read, and a ratification reported
while the action is still to come (threatened, authorized, scheduled) settled another contract.

Speed: each term's literal start ("job" for "job cuts") is looked up among the article's word
starts first, and only the terms that can occur are compiled into the pattern that scans it.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Iterator

from ..model import BARGAINING_EVENTS, DEMANDS, ArticleFacts, Fact
from ..nlp import Context, Sentence
from ..regexcache import compile as compile_kept
from ..rules import field_rules, pattern
from .numbers import EMPLOYER_WORDS, UNION_WORDS, in_other_item, other_items

# what the code reads around a term: rules/issues.toml (each rule's own pattern)
_DATE_LINE = pattern("issues.date_line.prefix")


def _load(prefix: str) -> list[dict[str, Any]]:
    """Every ``data/lexicon/<prefix>*.json`` file, main file first."""
    base = resources.files("picketline") / "data" / "lexicon"
    files = sorted((p for p in base.iterdir() if p.name.startswith(prefix)
                    and p.name.endswith(".json")), key=lambda p: (p.name != f"{prefix}.json",
                                                                 p.name))
    return [json.loads(p.read_text(encoding="utf-8")) for p in files]


def _rx(pats: list[str], flags: int = re.IGNORECASE) -> re.Pattern[str] | None:
    """One pattern for a list of alternatives. When every alternative starts at a word
    ("\\b" then a word character, as lexicon terms do) the pattern first tests for a word
    start: the regex engine then tries the alternatives at word starts only (about twice as
    fast over a whole article)."""
    pats = [p for p in pats if p]
    if not pats:
        return None
    body = "|".join(f"(?:{p})" for p in pats)
    if all(_starts_at_word(p) for p in pats):
        body = rf"\b(?=\w)(?:{body})"
    return _compile(body, flags)


def _compile(body: str, flags: int) -> re.Pattern[str]:
    """The one place a lexicon's alternation (assembled from rules and data) is compiled
    (as ``re.compile`` does, kept between processes: :mod:`picketline.regexcache`)."""
    return compile_kept(body, flags)


def _starts_at_word(p: str) -> bool:
    """Does a term start at a word: "\\b", then a word character, an escape, a group or a
    class, but not a non-word or space class ("\\b\\W", "\\b\\s")?"""
    if not p.startswith("\\b") or len(p) < 3:
        return False
    c = p[2]
    if p[2:4] in ("\\W", "\\S", "\\D", "\\s"):
        return False
    return c.isalnum() or c in "_\\(["


_NEVER = _compile("(?!)", 0)  # the pattern of an empty list of cues or hedges


_PREFIX_LEN = 6  # letters of a term's leading word looked up in the article's word starts
_LOWER_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _lower_word(s: str) -> bool:
    """Is ``s`` one or more of the letters a to z?"""
    return bool(s) and all(c in _LOWER_ALNUM and not c.isdigit() for c in s)


def _lead_literals(pat: str) -> tuple[str, ...] | None:
    """The lowercase literal starts a case-insensitive term must begin with ("\\bjob\\s+cuts"
    -> ("job",); "\\b(?:mandatory|forced)\\s+overtime" -> ("mandat", "forced")), cut to
    :data:`_PREFIX_LEN` letters; None when the term's start is not a plain literal. A term
    made of top-level alternatives ("\\bovercrowd\\w*|\\bshortages?\\s+of...") has the starts
    of all of them (None when one has none)."""
    alts = _top_alternatives(pat)
    if len(alts) == 1:
        return _branch_lead_literals(pat)
    leads = [_branch_lead_literals(a) for a in alts]
    return None if any(lead is None for lead in leads) else \
        tuple(x for lead in leads for x in lead)  # type: ignore[union-attr]


def _branch_lead_literals(pat: str) -> tuple[str, ...] | None:
    """:func:`_lead_literals` of a term with no top-level alternatives. The term's zero-width
    opening (its "\\b" and any look-behind or look-ahead: "(?<!\\bstrike\\s)\\bfatigue") is
    passed over; a leading group's alternatives each give their literal start
    ("\\b(?:meag(?:re|er)|reduc\\w+)" -> ("meag", "reduc"))."""
    p = _word_start_body(pat)
    if p is None:
        return None
    if p.startswith("(?:"):
        i = _group_end(p, 0)
        if i < 0:
            return None
        inner, rest = p[3:i], p[i + 1:]
        if rest[:1] in ("?", "*"):
            return None
        if "(" in inner or "\\" in inner:
            starts = [_literal_start(alt) for alt in _top_alternatives(inner)]
            return None if any(x is None for x in starts) else tuple(starts)  # type: ignore[misc]
        out = []
        for alt in inner.split("|"):
            lead = _lead_literals("\\b" + alt + rest) if not alt or len(alt) < 3 and \
                _lower_word(alt) else _lead_literals("\\b" + alt)
            if lead is None:
                return None
            out += lead
        return tuple(out)
    lit = _literal_start(p)
    return (lit,) if lit else None


def _literal_start(p: str) -> str | None:
    """The lowercase letters a pattern piece must begin with, cut to :data:`_PREFIX_LEN`;
    None when fewer than two."""
    n = 0
    while n < len(p) and p[n] in _LOWER_ALNUM:
        n += 1
    lit = p[:n]
    if p[n:n + 1] in ("?", "*", "{"):
        lit = lit[:-1]  # the last letter is optional ("wages?")
    return lit[:_PREFIX_LEN] if len(lit) >= 2 else None


_LOOKAROUND = ("(?<!", "(?<=", "(?!", "(?=")


def _word_start_body(pat: str) -> str | None:
    """The term after its zero-width opening ("\\b" and look-arounds, in any order); None
    when that opening has no "\\b" (the term may start inside a word)."""
    p, word = pat, False
    while True:
        if p.startswith("\\b"):
            p, word = p[2:], True
        elif p.startswith(_LOOKAROUND):
            j = _group_end(p, 0)
            if j < 0:
                return None
            p = p[j + 1:]
        else:
            return p if word else None


def _group_end(p: str, i: int) -> int:
    """The index of the ")" that closes the group opened at ``p[i]`` (-1 when none)."""
    depth, in_class, j = 0, False, i
    while j < len(p):
        ch = p[j]
        if ch == "\\":
            j += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return j
        j += 1
    return -1


def _top_alternatives(pat: str) -> list[str]:
    """The pattern split at its top-level "|" (outside groups and character classes)."""
    out, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pat):
        ch = pat[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pat[start:i])
            start = i + 1
        i += 1
    return out + [pat[start:]]


@dataclass(frozen=True)
class _Terms:
    """A category's terms of one kind: the whole pattern, and each term with its literal
    starts, so that an article lacking every term's start is not scanned at all."""
    terms: tuple[str, ...]
    leads: tuple[tuple[str, ...] | None, ...]
    flags: int
    ids: tuple[str, ...] = ()  # the rule id of each term (picketline/rules), when it has one

    def pattern(self, starts: frozenset[str] | None) -> re.Pattern[str] | None:
        """The pattern to scan an article with: None when no term can occur in it (none of
        its literal starts is among the article's word starts), the one term's own pattern
        when just one can, else all the terms as one alternation. Each of these is compiled
        once per process: a pattern of just the terms that can occur would be a new
        alternation for almost every article, and compiling it (about 10 ms for a demand
        category) cost more than scanning with the whole alternation (on 540 distinct
        articles: 14.0 s with per-article alternations, 11.1 s with the whole one)."""
        if starts is None:
            return _subset_rx(self.terms, self.flags)
        keep = [t for t, lead in zip(self.terms, self.leads)
                if lead is None or not starts.isdisjoint(lead)]
        if not keep:
            return None
        return _subset_rx(self.terms if len(keep) > 1 else tuple(keep), self.flags)

    def rule_of(self, m: re.Match[str], starts: frozenset[str] | None) -> list[str]:
        """The id of the term that made ``m`` (a match of :meth:`pattern`): the first term
        scanned for that matches where ``m`` starts, as the alternation chose it."""
        for term, lead, rid in zip(self.terms, self.leads, self.ids):
            if (starts is None or lead is None or not starts.isdisjoint(lead)) and \
                    _one_rx(term, self.flags).match(m.string, m.start(), m.endpos):
                return [rid]
        return []


@lru_cache(maxsize=None)
def _one_rx(term: str, flags: int) -> re.Pattern[str]:
    return _compile(term, flags)


@lru_cache(maxsize=4096)
def _subset_rx(terms: tuple[str, ...], flags: int) -> re.Pattern[str] | None:
    return _rx(list(terms), flags)


def _terms(pats: list[str], flags: int = re.IGNORECASE, ids: list[str] | None = None) -> _Terms | None:
    kept = [(p, i) for p, i in zip(pats, ids or [""] * len(pats)) if p]
    if not kept:
        return None
    pats = [p for p, _ in kept]
    leads = tuple(_lead_literals(p) if flags & re.IGNORECASE else None for p in pats)
    return _Terms(tuple(pats), leads, flags, tuple(i for _, i in kept))


_WORDS = pattern("issues.word_start.lower_alnum")


def _article_starts(ctx: Context, text: str) -> frozenset[str]:
    cache = ctx.cache.setdefault("issues", {})
    if "starts" not in cache:
        cache["starts"] = _word_starts(text)
    return cache["starts"]  # type: ignore[return-value]


def _word_starts(text: str) -> frozenset[str]:
    """Every start (2 to :data:`_PREFIX_LEN` letters) of every lowercase word of the text."""
    words = set(_WORDS.findall(text.lower()))
    return frozenset({w[:k] for w in words for k in range(2, _PREFIX_LEN + 1)})


@dataclass(frozen=True)
class _Category:
    name: str
    strong: _Terms | None
    context: _Terms | None
    context_cs: _Terms | None = None  # case-sensitive context terms ("AI", "PPE")


@dataclass(frozen=True)
class DemandLexicon:
    cues: re.Pattern[str]
    concession: re.Pattern[str]
    categories: tuple[_Category, ...]
    employer_side: re.Pattern[str] | None = None  # more words for the employer or state side


@lru_cache(maxsize=1)
def demand_lexicon() -> DemandLexicon:
    cues: list[str] = []
    concession: list[str] = []
    employer_side: list[str] = []
    for data in _load("demands"):
        cues += data.get("cues", [])
        if data.get("concession"):
            concession.append(data["concession"])
        if data.get("employer_side"):
            employer_side.append(data["employer_side"])
    # each category's wording: the rule sets "<cat>.strong", "<cat>.context" and
    # "<cat>.context_cs" of rules/demands.toml
    sets = field_rules("demands").sets

    def terms(set_name: str, flags: int = re.IGNORECASE) -> _Terms | None:
        rs = sets.get(set_name)
        return None if rs is None else _terms([r.regex for r in rs.rules], flags,
                                              [r.id for r in rs.rules])

    categories = []
    for name in DEMANDS:
        if not any(f"{name}.{k}" in sets for k in ("strong", "context", "context_cs")):
            continue
        # case-sensitive patterns (acronyms such as "AI") are matched as context terms, by a
        # pattern of their own (one mixing case flags scans several times slower)
        categories.append(_Category(name, terms(f"{name}.strong"), terms(f"{name}.context"),
                                    terms(f"{name}.context_cs", 0)))
    return DemandLexicon(_rx(cues) or _NEVER, _rx(concession) or _NEVER,
                         tuple(categories), _rx(employer_side))


_DENIED = pattern("issues.denied.is_not")
# Verbs whose object is the workers' demands, whoever their subject ("unless the company meets
# three demands", "the district rejected the union's demands").
_DEMANDS_OBJECT = pattern("issues.demands_object.meets")
# "disputed" as the adjective of the thing in dispute ("will pay the disputed housing
# allowance"): an issue of the dispute, whatever side the clause's subject is.
_DISPUTED_THING = pattern("issues.disputed_thing.determiner")
# A sentence reporting a legal filing (a charge, complaint, grievance, lawsuit): what it is
# about is no demand unless the sentence also says what the workers want.
_FILING = pattern("issues.filing.filed_charge")
# The workers' own claim or action told as what would do the harm ("the employers said the
# union's claim would cost jobs"): the other side's argument, read before a demand term.
_OTHER_SIDE_ARGUMENT = pattern("issues.other_side_argument.claim_would")
# A stoppage the workers made, told between an employer word and a demand cue ("Workers at the
# state miner's largest pit walked off the job in protest of ..."): the cue is theirs.
_WORKERS_ACTED = pattern("issues.workers_acted.stoppage_verb")
# An employer word in a place phrase after the workers' word ("Nurses at state hospitals"):
# where they work, read between the two words.
_WORKERS_PHRASE = pattern("issues.workers_phrase.place_after_workers")
_PLACE_GOES_ON = pattern("issues.workers_phrase.place_goes_on")
# ... or the object or place of their own action ("employees picketed the hotel's entrance").
_OBJECT_OF_ACTION = pattern("issues.workers_phrase.object_of_action")
# an employer word in the stoppage's own place phrase ("a strike in the public sector including
# state firms to protest against ..."): where the action is, not the cue's subject
_PLACE_OF_STOPPAGE = pattern("issues.workers_phrase.place_of_stoppage")


# a firm's dotted suffix ("S.A.", "N.V.", "Co.", "Inc.") inside a place phrase after the workers
# ("workers at Farrand Verre S.A. have occupied the company's works in protest at ..."): its dots
# are read as letters, so the phrase still reads as one (same length: offsets kept)
_FIRM_SUFFIX_DOTS = pattern("issues.workers_phrase.firm_suffix_dots")


def _undot(m: re.Match[str]) -> str:
    return m.group().replace(".", "_")


def _is_demands(cue: str) -> bool:
    """Does the cue start with the word "demands"?"""
    nxt = cue[7:8]
    return cue[:7].casefold() == "demands" and not (nxt.isalnum() or nxt == "_")


def _last_side(before: str, hits: list[tuple[int, int, str]]) -> tuple[int, str]:
    """The last side word before a cue, (end, side); an employer word in a place phrase right
    after the workers ("Nurses at state hospitals are demanding", "doctors downed tools at
    public hospitals to press for") is where they work, and counts as the workers' side, as
    do the next employer word that goes on the same phrase ("state hospitals") and one that is
    the object of their own action ("employees picketed the hotel's entrance, demanding") and
    one in the stoppage's own place phrase ("a strike in the public sector including state firms
    to protest against")."""
    end, side, place = 0, "", False
    for h_end, h_start, h_side in hits:
        gap = before[end:h_start]
        place = h_side == "employer" and (side == "union" and bool(
            _WORKERS_PHRASE.match(gap) or _OBJECT_OF_ACTION.match(gap) or
            place and _PLACE_GOES_ON.match(gap)) or bool(_PLACE_OF_STOPPAGE.search(gap)))
        end, side = h_end, "union" if place else h_side
    return end, side


def _cue_ok(text: str, cue: re.Match[str], lex: DemandLexicon) -> bool:
    """A cue counts unless its subject is the employer and the sentence is no concession; a
    stoppage told after the employer word ("Workers at the state miner's pit walked off in
    protest of ...") makes the cue the workers'."""
    before = text[max(0, cue.start() - 80):cue.start()]
    if _is_demands(cue.group()) and _DEMANDS_OBJECT.search(before):
        return True
    if cue.group().lower() == "disputed" and _DISPUTED_THING.search(before[-12:]):
        return True
    # the side words are read further back, so that the workers' word before a long place
    # phrase or action ("Some 350 employees of the inn in the capital picketed the hotel's
    # entrance for a third day today, demanding") is seen
    lo = max(0, cue.start() - 160)
    before = text[lo:cue.start()]
    hits = [(m.end(), m.start(), "union") for m in UNION_WORDS.finditer(before)]
    hits += [(m.end(), m.start(), "employer") for m in EMPLOYER_WORDS.finditer(before)]
    if lex.employer_side is not None:
        hits += [(m.end(), m.start(), "employer") for m in lex.employer_side.finditer(before)]
    near = cue.start() - 80 - lo  # no side word in the 80 characters before the cue: no subject
    if not any(h[1] >= near for h in hits):
        return True
    end, side = _last_side(_FIRM_SUFFIX_DOTS.sub(_undot, before), sorted(hits))
    # the stoppage after the employer word, before the cue or opening it ("staff at the Kello
    # Mills works walked out in protest against ...")
    if side == "employer" and (_WORKERS_ACTED.search(before, end) or
                               _WORKERS_ACTED.match(cue.group())):
        return True
    return side == "union" or bool(lex.concession.search(text[cue.end():]))


def _clean_text(ctx: Context) -> str:
    """The article text with every sentence's date-line prefix blanked (offsets kept), made
    once per article and cached on the context."""
    cache = ctx.cache.setdefault("issues", {})
    if "text" not in cache:
        text = ctx.text
        for sent in ctx.sentences:
            m = _DATE_LINE.match(sent.text)
            if m:
                text = text[:sent.start] + " " * m.end() + text[sent.start + m.end():]
        cache["text"] = text
    return cache["text"]


def _sentence_matches(ctx: Context, text: str,
                      rx: re.Pattern[str]) -> Iterator[tuple[Sentence, re.Match[str]]]:
    """Every match of ``rx`` that lies inside one sentence, in document order, found with one
    scan of the whole text (offsets in the matches are article offsets). Where a match
    runs across sentences, each sentence it touches is searched on its own instead."""
    pos, n = 0, len(text)
    sents = ctx.sentences
    while pos <= n:
        m = rx.search(text, pos)
        if m is None:
            return
        sent = ctx.sentence_at(m.start())
        if sent is not None and m.end() <= sent.end:
            yield sent, m
            pos = m.end() if m.end() > m.start() else m.end() + 1
            continue
        # between or across sentences: search each touched sentence on its own
        i = sent.idx if sent is not None else bisect_right([x.start for x in sents], m.start())
        last_end = m.end()
        while i < len(sents) and sents[i].start < max(m.end(), m.start() + 1):
            t = sents[i]
            for m2 in rx.finditer(text, max(t.start, m.start()), t.end):
                yield t, m2
            last_end = t.end
            i += 1
        pos = max(last_end, m.end(), m.start() + 1)


_BULLETS = ("-", "\u2022", "*", "\u2013")
# A sentence about an earlier, other action ("Two years ago, corrections officers staged a
# sickout over mandatory overtime"): a comparison, not this dispute's demands.
_HISTORY = pattern("issues.history.years_ago")
# ... or the workers' own earlier action ("ferrymen last struck in June over holiday pay",
# "a previous strike in 1984 over pit closures")
_HISTORY_LAST = pattern("issues.history.last_struck")
# A quote the employer's spokesman or an outside analyst speaks ("'We want to save jobs here,
# but ...,' a company spokesman said"): the employer's or an onlooker's words, not a demand.
_OTHER_VOICE = pattern("issues.other_voice.employer_or_analyst_quote")


def _bulleted(text: str) -> bool:
    """Does the text start (after spaces) with a list bullet?"""
    return text.lstrip()[:1] in _BULLETS


def _list_intro_cue(ctx: Context, text: str, sent: Sentence, lex: DemandLexicon) -> bool:
    """Is ``sent`` an item of a list introduced with a demand cue ("Members are demanding:")?"""
    if not _bulleted(sent.text):
        return False
    for j in range(sent.idx - 1, max(-1, sent.idx - 12), -1):
        prev = ctx.sentences[j]
        if _bulleted(prev.text):
            continue
        local = text[prev.start:prev.end]
        return local.rstrip().endswith(":") and any(
            _cue_ok(local, c, lex) for c in lex.cues.finditer(local))
    return False


# workers fired for organising: their reinstatement is an unfair-labor-practice demand, not
# one of job security
_FIRED_FOR_UNION = pattern("issues.fired.fired_for_union")


class _DemandChecks:
    """The sentence checks of one article's demand matches, each worked out once per sentence."""

    def __init__(self, ctx: Context, text: str, lex: DemandLexicon, others: Any) -> None:
        self.ctx, self.text, self.lex, self.others = ctx, text, lex, others
        self._context: dict[int, bool] = {}
        self._skipped: dict[int, bool] = {}
        self._filing: dict[int, bool] = {}

    def in_context(self, sent: Sentence) -> bool:
        """Does the sentence say what workers want (a demand cue, or a cued list's item)?"""
        if sent.idx not in self._context:
            local = self.text[sent.start:sent.end]
            lex = self.lex
            self._context[sent.idx] = any(_cue_ok(local, c, lex) for c in lex.cues.finditer(local)) \
                or _list_intro_cue(self.ctx, self.text, sent, lex)
        return self._context[sent.idx]

    def skip(self, sent: Sentence) -> bool:
        """A roundup's other item, a sentence about an earlier, other action, or a quote of the
        employer's spokesman or an analyst."""
        if sent.idx not in self._skipped:
            self._skipped[sent.idx] = (bool(self.others) and in_other_item(self.others, sent.start)) or \
                bool(_HISTORY.search(self.text, sent.start, sent.end)) or \
                bool(_HISTORY_LAST.search(self.text, sent.start, sent.end)) or \
                bool(_OTHER_VOICE.search(self.text, sent.start, sent.end))
        return self._skipped[sent.idx]

    def is_filing(self, sent: Sentence) -> bool:
        if sent.idx not in self._filing:
            self._filing[sent.idx] = bool(_FILING.search(self.text, sent.start, sent.end))
        return self._filing[sent.idx]

    def counts(self, sent: Sentence, m: re.Match[str], rank: int) -> bool:
        """Does a term's match (rank 0 strong, 1 context) name a demand of this dispute?"""
        if self.skip(sent):
            return False
        if (rank == 1 or self.is_filing(sent)) and not self.in_context(sent):
            return False
        if _OTHER_SIDE_ARGUMENT.search(self.text, sent.start, m.start()):
            return False
        return not _DENIED.match(self.text[m.end():min(m.end() + 20, sent.end)])


def _category_match(ctx: Context, text: str, cat: _Category, starts: frozenset[str],
                    checks: _DemandChecks) -> tuple[int, Sentence, re.Match[str], _Terms] | None:
    """A category's first counting match: (rank, sentence, match, terms); a strong match wins
    in its sentence, earlier sentences win."""
    best: tuple[int, int, Sentence, re.Match[str], _Terms] | None = None  # (sentence, rank, ...)
    for rank, terms in ((0, cat.strong), (1, cat.context), (1, cat.context_cs)):
        # no scan when none of the terms' leading word starts occurs in the article
        rx = terms.pattern(starts) if terms is not None else None
        if rx is None:
            continue
        for sent, m in _sentence_matches(ctx, text, rx):
            if best is not None and (sent.idx, rank) >= best[:2]:
                break  # a strong match wins in its sentence; earlier sentences win
            if checks.counts(sent, m, rank):
                best = (sent.idx, rank, sent, m, terms)
                break
    return None if best is None else best[1:]


def _drop_reinstatement(found: dict[str, Fact[str]], wording: dict[str, str]) -> None:
    """Organisers fired for organising want their jobs back: a ULP demand, not job security."""
    if "unfair_labor_practice" in found and "job_security" in found and \
            _FIRED_FOR_UNION.search(wording["unfair_labor_practice"]) and \
            wording["job_security"][:8].lower() == "reinstat":
        del found["job_security"]


# allowances the article names as pay: money owed ("unpaid allowances", "arrears of ...
# allowances") or paid for the time or place of work ("call duty allowances", "allowances for
# overtime", "a site allowance")
_PAID_ALLOWANCES = ("demands.pay.allowances_withheld", "demands.pay.work_time_allowances")


def _drop_pay_allowances(found: dict[str, Fact[str]], text: str) -> None:
    """The bare word "allowances" ("a rally against allowance cuts") names the allowances the
    article tells elsewhere as pay (owed, or paid for the hours worked): no benefit."""
    ben = found.get("benefits")
    if ben is None or ben.rules != ["demands.benefits.allowances"]:
        return
    if any(pattern(r).search(text) for r in _PAID_ALLOWANCES):
        del found["benefits"]


# A raise in a deal the workers rejected ("voted to reject a contract that would have raised
# wages 25%") was never won, and says nothing of what they demand.
_REJECTED_DEAL = pattern("issues.rejected_deal.rejected")


def _rejected_deal(fact: Fact[Any]) -> bool:
    """Does the raise's evidence sentence say the deal was rejected or never took effect?"""
    ev = fact.evidence
    return ev is not None and bool(_REJECTED_DEAL.search(ev.sentence or ""))


def _pay_from_wages(found: dict[str, Fact[str]], facts: ArticleFacts) -> None:
    """Without pay wording, a wage demand (or a raise won in the agreement) implies pay."""
    if "pay" in found:
        return
    if facts.wage_demand_pct is not None:
        found["pay"] = Fact("pay", facts.wage_demand_pct.evidence, 0.9, "wage demand",
                            rules=["demands.code.wage_demand"])
    elif facts.wage_offer_pct is not None and \
            (facts.wage_offer_pct.note or "").startswith("raise in the agreement") and \
            not _rejected_deal(facts.wage_offer_pct):
        found["pay"] = Fact("pay", facts.wage_offer_pct.evidence, 0.7,
                            "raise won in the agreement", rules=["demands.code.agreement_raise"])


def demands(ctx: Context, facts: ArticleFacts) -> list[Fact[str]]:
    """What workers demand, as SCHEMA categories, each with its first evidence sentence.

    Each category's patterns scan the whole article once; the demand context of a sentence
    is worked out only for sentences holding a match."""
    lex = demand_lexicon()
    text = _clean_text(ctx)
    checks = _DemandChecks(ctx, text, lex, other_items(ctx, facts))
    starts = _article_starts(ctx, text)
    found: dict[str, Fact[str]] = {}
    wording: dict[str, str] = {}
    for cat in lex.categories:
        best = _category_match(ctx, text, cat, starts, checks)
        if best is None:
            continue
        rank, sent, m, terms = best
        found[cat.name] = Fact(cat.name, ctx.sentence_evidence(sent, m.start(), m.end()),
                               0.8, "demand context" if rank else "issue wording",
                               rules=terms.rule_of(m, starts))
        wording[cat.name] = m.group()
    _drop_reinstatement(found, wording)
    _drop_pay_allowances(found, text)
    _pay_from_wages(found, facts)
    return [found[d] for d in DEMANDS if d in found]


# --- bargaining events -----------------------------------------------------------------------
@dataclass(frozen=True)
class _EventRule:
    name: str
    patterns: _Terms
    require_sentence: re.Pattern[str] | None
    reject_sentence: re.Pattern[str] | None
    reject_after: re.Pattern[str] | None
    reject_next: re.Pattern[str] | None
    definite_ok: bool = False  # a definite noun phrase ("its ... charges") is never hedged
    not_in_countries: frozenset[str] = frozenset()  # wording read as the event elsewhere only


@dataclass(frozen=True)
class BargainingLexicon:
    hedges: re.Pattern[str]
    window: int
    rules: tuple[_EventRule, ...]
    past_facts: re.Pattern[str] | None = None
    inner_hedges: re.Pattern[str] | None = None
    future_ok: re.Pattern[str] | None = None  # a future step on an existing deal: no hedge


@lru_cache(maxsize=1)
def bargaining_lexicon() -> BargainingLexicon:
    hedges: list[str] = []
    inner: list[str] = []
    past: list[str] = []
    future_ok: list[str] = []
    window = 7
    # an event's wording that counts only outside some countries ("talks broke down" is no
    # legal impasse in the US) is a rule of its own, keyed by those countries
    specs: dict[tuple[str, frozenset[str]], dict[str, list[str]]] = {}
    definite: set[str] = set()
    for data in _load("bargaining"):
        if data.get("hedges"):
            hedges.append(data["hedges"])
        if data.get("inner_hedges"):
            inner.append(data["inner_hedges"])
        if data.get("past_tense_facts"):
            past.append(data["past_tense_facts"])
        if data.get("future_ok"):
            future_ok.append(data["future_ok"])
        window = int(data.get("hedge_window_words", window))
        for name, spec in data.get("events", {}).items():
            if name not in BARGAINING_EVENTS:
                continue
            key = (name, frozenset(spec.get("not_in_countries", ())))
            s = specs.setdefault(key, {"patterns": [], "ids": [], "require_sentence": [],
                                        "reject_sentence": [], "reject_after": [],
                                        "reject_next": []})
            if spec.get("definite_ok"):
                definite.add(name)
            for k in ("require_sentence", "reject_sentence", "reject_after", "reject_next"):
                if spec.get(k):
                    s[k].append(spec[k])
    # each event's wording: the rule sets of rules/bargaining_events.toml ("<event>", or
    # "<event>.not_in.<cc>" for wording that counts only outside those countries)
    for rs in field_rules("bargaining_events").sets.values():
        name, _, cc = rs.name.partition(".not_in.")
        key = (name, frozenset(c.upper() for c in cc.split("_")) if cc else frozenset())
        s = specs.setdefault(key, {"patterns": [], "ids": [], "require_sentence": [],
                                   "reject_sentence": [], "reject_after": [], "reject_next": []})
        s["patterns"] += [r.regex for r in rs.rules]
        s["ids"] += [r.id for r in rs.rules]
    rules = []
    for name in BARGAINING_EVENTS:
        for key in sorted((k for k in specs if k[0] == name), key=lambda k: sorted(k[1])):
            s = specs[key]
            if not s["patterns"]:
                continue
            rules.append(_EventRule(name, _terms(s["patterns"], ids=s["ids"]), _rx(s["require_sentence"]),
                                    _rx(s["reject_sentence"]), _rx(s["reject_after"]),
                                    _rx(s["reject_next"]), name in definite, key[1]))
    return BargainingLexicon(_rx(hedges) or _NEVER, window, tuple(rules),
                             _rx(past), _rx(inner), _rx(future_ok))


_DEFINITE_BEFORE = pattern("issues.definite.its_the")
_HEDGE_CUT = pattern("issues.hedge_cut.after")
_TOKEN = pattern("issues.token.word")
_MAY_MONTH = pattern("issues.may_month.may")
_BEFORE_THE = pattern("issues.before_body.before_the")
_BODY_AHEAD = pattern("issues.before_body.body_ahead")
_STILL_AHEAD = pattern("issues.before_body.still_ahead")
# Hedge words that say nothing about whether a stated past fact happened ("... before the
# contract expired May 1": it expired).
_TEMPORAL_HEDGES = frozenset(("before", "until", "once"))
# ... nor do the plain future's words before a step taken on a deal that exists already
# ("will recommend the offer to members", "will now vote on the deal", reported speech's "said
# it would recommend the new deal to members"): bargaining*.json future_ok
_FUTURE_WORDS = frozenset(("will", "shall", "would"))


def _hedged(text: str, start: int, lex: BargainingLexicon, matched: str = "") -> bool:
    """Is there a hedge (future, condition, negation) in the words before ``start`` in its
    clause? ``matched`` is the event's own wording: when it states a past fact ("expired"),
    temporal words before it are no hedge."""
    lo = max(text.rfind(";", 0, start), text.rfind(":", 0, start))
    before = text[lo + 1 if lo != -1 else 0:start]
    # "... will walk out after reaching an impasse": what follows "after" happened
    cut = list(_HEDGE_CUT.finditer(before))
    if cut:
        before = before[cut[-1].end():]
    # "May" capitalised is the month, not the modal
    words = [w for w in _TOKEN.findall(before) if w != "May"][-lex.window:]
    if _BEFORE_THE.search(before) and _BODY_AHEAD.match(text[start:start + 90]) and \
            not _STILL_AHEAD.search(text):
        # "sessions before the National Conciliation Board": a place, not a time
        words = [w for w in words if w.lower() != "before"]
    if matched and lex.past_facts is not None and lex.past_facts.search(matched):
        words = [w for w in words if w.lower() not in _TEMPORAL_HEDGES]
    if matched and lex.future_ok is not None and lex.future_ok.search(matched):
        # "negotiators will recommend the offer to members": the deal is there already
        words = [w for w in words if w.lower() not in _FUTURE_WORDS]
    if bool(lex.hedges.search(" ".join(words).replace("’", "'"))):
        return True
    # words inside the match ("talks could collapse", "told they will be scheduled to
    # return to work"): the gap words of a pattern hedge it too
    return bool(matched and lex.inner_hedges is not None and lex.inner_hedges.search(
        _MAY_MONTH.sub(" ", matched)))


# The workers' return told as still to come ("teams will report for training camp on Monday"):
# a lockout lifted or a strike ended is then no return to work yet.
_RETURN_AHEAD = pattern("issues.return_ahead.will_report")
_ENDING_WORDS = ("end", "suspend", "lift")


# Statuses of an action not yet held: a ratification reported there settled another contract
# ("its pilots ratified a contract in January"), since this one would have ended the dispute.
_NOT_YET_HELD = frozenset(("threatened", "authorized", "scheduled"))
# ... and nobody returns to work from an action not yet held or called off before it began
# ("workers will be told to return to work", "the strike was called off; work goes on").
_NO_RETURN = _NOT_YET_HELD | {"averted"}


def _event_ruled_out(rule: _EventRule, status: str | None, country: str | None) -> bool:
    """Is an event rule not read in this article at all (its country, the action's status)?"""
    if country is not None and country in rule.not_in_countries:
        return True
    if rule.name == "ratification" and status in _NOT_YET_HELD:
        return True  # a contract ratified while the action is still to come is another one's
    return rule.name == "return_to_work" and status in _NO_RETURN  # no work stopped, none resumed


def _sentence_allows(ctx: Context, text: str, sent: Sentence, rule: _EventRule) -> bool:
    """The rule's sentence checks: a required word, no rejecting word, nothing in the next
    sentence saying it has not started."""
    sents = ctx.sentences
    local = text[sent.start:sent.end]
    nxt = sents[sent.idx + 1].text if sent.idx + 1 < len(sents) else ""
    return not ((rule.require_sentence and not rule.require_sentence.search(local)) or
                (rule.reject_sentence and rule.reject_sentence.search(local)) or
                (rule.reject_next and rule.reject_next.search(nxt)))


# A third party's help only offered or asked for ("offered to appoint a mediator"), or still to
# come ("a mediator, who would meet both sides next week"): no mediation or fact-finding yet.
_ASKED_FOR = pattern("issues.asked_for.offered")
_STEP_AHEAD = pattern("issues.step_ahead.who_would")
_THIRD_PARTY_EVENTS = frozenset(("mediation", "fact_finding"))
_ASKED_WINDOW = 12  # words of the clause before a third party's step read for an offer or request


def _only_asked_for(local: str, start: int, end: int) -> bool:
    """Is a mediator or fact-finder only offered, asked for or proposed in the clause's last
    words before the match, or their work told as still to come right after it?"""
    lo = max(local.rfind(";", 0, start), local.rfind(":", 0, start))
    before = local[lo + 1 if lo != -1 else 0:start]
    cut = list(_HEDGE_CUT.finditer(before))
    if cut:
        before = before[cut[-1].end():]
    words = _TOKEN.findall(before)[-_ASKED_WINDOW:]
    return bool(_ASKED_FOR.search(" ".join(words))) or bool(_STEP_AHEAD.match(local[end:]))


def _match_reports(text: str, sent: Sentence, m: re.Match[str], rule: _EventRule,
                   lex: BargainingLexicon) -> bool:
    """Does the match report the event as happened or under way (no hedge before it, nothing
    after it deferring it, for a return to work no return still to come)?"""
    local = text[sent.start:sent.end]
    start, end = m.start() - sent.start, m.end() - sent.start
    definite = rule.definite_ok and _DEFINITE_BEFORE.search(local[:start])
    if not definite and _hedged(local, start, lex, m.group()):
        return False
    if rule.name in _THIRD_PARTY_EVENTS and _only_asked_for(local, start, end):
        return False
    if rule.reject_after and rule.reject_after.search(local[end:end + 40]):
        return False
    # ended or lifted, but the workers are not back yet
    return not (rule.name == "return_to_work" and m.group().lower().startswith(_ENDING_WORDS)
                and _RETURN_AHEAD.search(text))


def _event_fact(ctx: Context, text: str, rule: _EventRule, lex: BargainingLexicon, others: Any,
                starts: frozenset[str]) -> Fact[str] | None:
    """The rule's first match reporting its event, as a fact naming the term that matched."""
    rx = rule.patterns.pattern(starts)
    if rx is None:
        return None  # none of the event's wordings can occur in this article
    checked: dict[int, bool] = {}
    for sent, m in _sentence_matches(ctx, text, rx):
        if others and in_other_item(others, sent.start):
            continue  # a roundup's other dispute
        if sent.idx not in checked:
            checked[sent.idx] = _sentence_allows(ctx, text, sent, rule)
        if checked[sent.idx] and _match_reports(text, sent, m, rule, lex):
            return Fact(rule.name, ctx.sentence_evidence(sent, m.start(), m.end()), 0.8,
                        rules=rule.patterns.rule_of(m, starts))
    return None


def bargaining_events(ctx: Context, facts: ArticleFacts) -> list[Fact[str]]:
    """Bargaining steps reported as happened or under way, each with its evidence (each
    event's patterns scan the whole article once; sentence checks run only on matches)."""
    lex = bargaining_lexicon()
    text = _clean_text(ctx)
    found: dict[str, Fact[str]] = {}
    others = other_items(ctx, facts)
    starts = _article_starts(ctx, text)
    status = str(facts.status.value) if facts.status is not None else None
    country = facts.location.value.country if facts.location is not None else None
    for rule in lex.rules:
        if rule.name in found or _event_ruled_out(rule, status, country):
            continue
        fact = _event_fact(ctx, text, rule, lex, others, starts)
        if fact is not None:
            found[rule.name] = fact
    return [found[e] for e in BARGAINING_EVENTS if e in found]
