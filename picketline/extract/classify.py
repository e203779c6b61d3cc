"""Is it a labor action? Which action, and in what state?

Cheap by design: the rules of ``picketline/rules/labor.toml`` (action words, non-labor senses,
negation, history, tense and modality cues, each with an id, a why and examples) and
``status.toml``, word lists (``picketline/data/lexicon/labor_terms.json``), no statistical
model. What stays here weighs and chooses between matches: strengths and zones, negation
scope, tense, history by year.

**Labor action.** Every sentence is scanned for action words, in three strengths:

- *strong* words are labor words by themselves: "on strike", "picket line", "walked off the
  job", "work stoppage", "industrial action", "down tools", "sickout", "lockout", "strike vote";
- *medium* words need labor context in the same sentence (workers, a union, wages,
  bargaining, ...): "strike", "struck", "walkout", "walked out", "walked off", "walk-off",
  "stoppage";
- *weak* words need working people or a union as actors: "rally", "protest", "march".

Non-labor senses are removed first (lightning, air and missile strikes, a snake's strike,
"strike a deal", "strike down", strike zones and prices, rent strikes, walking out of a
meeting, a walk-off home run, walking off the field; a hunger strike counts only when workers
or a union hold it),
as are negated or hypothetical mentions ("never walked out", "not a work stoppage", "asked
whether workers might walk off the job") and actions whose actors are students, fans or
farmers (or residents: only medical residents work). A party's or movement's "general
strike" call that the unions refuse to back is politics, not labor. In a sentence about a
game, an attack or an animal's bite (bowling, baseball, a missile "strike on a
depot"), or anywhere in an article about one where no union is named, "strike" needs a union
in its sentence. Sentences count with weights (headline 3, lead 1.5, rest 1): an article is a
labor action when the sum reaches :data:`THRESHOLD`, or, in a brief of a few sentences, when
its headline or lead reports the action in labor context. A union story without any action
(a ratified contract, a union election, a minimum-wage law) has no counting sentence at all,
and a story about a law on strikes (a bill to curb them, the right to strike debated) is no
labor action unless one of its action sentences tells an action of its own (:func:`law_story`).

**Action type.** Lockout words against stoppage words (strike, walkout, sickout), weighted the
same way; pickets and rallies with no stoppage (an "informational picket") are a protest.

**Status** as of publication, from tense and modality: patterns for each status are tried
on the headline, then the lead, then the body; inside a zone the most advanced state wins
(averted, ended > ongoing > scheduled > authorized > threatened). "Scheduled" needs a date
("will walk out Thursday", "set a Nov. 3 strike date"); a vote without one is "authorized", a
vote still to be held a threat. A hedged headline ("could strike", "vote to authorize strike")
lets the lead firm up the plan, and any zone count the days of an action under way ("day 40
of this strike": the headline threatened to widen it). In a roundup of a strike and a lockout, the main action's
sentences decide. An action found under way whose last day (stated, from its length, or the
one day of a rally or sickout) is before publication has ``ended``.
"""
from __future__ import annotations

import json
import re
import weakref
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

from ..cascade import cue_spans
from ..model import ArticleFacts, Fact
from ..nlp import Context, Sentence
from ..rules import RuleSet, alternation, pattern, rule, rule_set

THRESHOLD = 2.5
HEADLINE_WEIGHT, LEAD_WEIGHT, BODY_WEIGHT = 3.0, 1.5, 1.0
LEAD_SENTENCES = 3


@lru_cache(maxsize=1)
def lexicon() -> dict[str, list[str]]:
    """The word lists of ``data/lexicon/labor_terms.json``."""
    path = resources.files("picketline").joinpath("data/lexicon/labor_terms.json")
    return json.loads(path.read_text(encoding="utf-8"))



_WORD = re.compile(r"\w+")


class WordList:
    """Whole-word, case-insensitive lookup of a word list: the same answers as the regex
    ``\b(?:w1|w2|...)\b`` with ``re.I``, but single words are looked up in a set of the
    text's words (one cheap pass) and only phrases go through a (small) regex."""

    def __init__(self, words: list[str], extra: str | None = None):
        self.single = frozenset(w.lower() for w in words if _WORD.fullmatch(w))
        multi = [w for w in words if not _WORD.fullmatch(w)]
        alts = [rf"\b(?:{alternation(multi)})\b"] if multi else []
        if extra:
            alts.append(extra)
        self.multi = re.compile("|".join(alts), re.I) if alts else None

    def search(self, text: str) -> bool:
        if self.single and not self.single.isdisjoint(_words(text)):
            return True
        return bool(self.multi and self.multi.search(text))


@lru_cache(maxsize=8192)
def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text))


@lru_cache(maxsize=1)
def _patterns() -> dict:
    lx = lexicon()
    return {
        "workers": WordList(lx["workers"]),
        "orgs": WordList(lx["organisations"], rule("labor.org.local_number").regex),
        "context": WordList(lx["context"]),
        "non_workers": WordList(lx["non_workers"]),
        # "X Union" names that are no labor organisation (a credit union)
        "nonlabor_unions": pattern("labor.nonlabor.union_name"),
        "modifiers": pattern("labor.nonlabor.modifier"),
        # workers or a union defying a rule or an order: "miners defy hostel rule"
        "defiance": pattern("labor.weak.defiance"),
        "sport": WordList(lx["sport_context"]),
        "football": pattern("labor.sport.football"),
        "violence": WordList(lx["violence_context"]),
    }


# --- action words ---------------------------------------------------------------------------
def _plain(rs: RuleSet) -> re.Pattern[str]:
    """A set's alternation without its named groups: the same matches, and several times
    faster (a named group per alternative keeps the regex engine from its literal-prefix
    scan); :func:`rule_at` names the rule of a match."""
    return re.compile(rs.plain, rs.flags)


def rule_at(rs: RuleSet, text: str, pos: int) -> str:
    """The rule of set ``rs`` that its alternation matches at ``pos`` of ``text``: the first
    in the set's order whose own pattern matches there (what the alternation tries first)."""
    for r in rs.rules:
        if r.compiled().match(text, pos):
            return r.id
    return rs.rules[0].id  # not reached for a match of the set


# in three strengths (picketline/rules/labor.toml, sets strong, medium, weak); the action kinds
# lockout and stoppage; the non-labor senses, removed before anything is counted
_ACTION_RULES = {name: rule_set("labor", name) for name in ("strong", "medium", "weak")}
STRONG, MEDIUM, WEAK = (_plain(rs) for rs in _ACTION_RULES.values())
LOCKOUT = _plain(rule_set("labor", "lockout"))
STOPPAGE = _plain(rule_set("labor", "stoppage"))
NONLABOR = _plain(rule_set("labor", "nonlabor"))
# a negation or a question word, one token of the clause; the words that end a clause
NEGATION = pattern("labor.negation.word")
_CLAUSE_BREAK = pattern("labor.negation.clause_break")
# a word, or a clause's punctuation (tokens of negated)
_TOKEN = re.compile(r"[\w']+|[,;:()—]")


@dataclass(frozen=True)
class Hit:
    start: int  # offsets in the sentence
    end: int
    text: str
    strength: str  # strong | medium | weak
    rule: str = ""  # the id of the rule of rules/labor.toml that matched


def _excluded_spans(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in NONLABOR.finditer(text)]
    spans += [m.span() for m in _patterns()["modifiers"].finditer(text)]
    return spans


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] < b or a < span[1] <= b for a, b in spans)


# "did not rule out a strike", "refused to exclude industrial action": a double negative is a
# threat, not a negation; "ruled out a strike" (no "not") is one
_NOT_RULED_OUT = pattern("labor.negation.not_ruled_out")
_RULED_OUT = pattern("labor.negation.ruled_out")

def negated(text: str, pos: int) -> bool:
    """A negation or a question ("not", "never", "no", "whether") within the six words
    before ``pos``, in the same clause. "Ruled out a strike" is negated; "did not rule out a
    strike" is not (a threat)."""
    before = text[:pos]
    tail = before[-90:]
    if _NOT_RULED_OUT.search(tail):
        return False
    if _RULED_OUT.search(tail):
        return True
    words = list(_TOKEN.finditer(before))[-7:]
    for w in reversed(words):
        if _CLAUSE_BREAK.fullmatch(w.group()):
            return False
        if NEGATION.fullmatch(w.group()) or w.group().lower().endswith("n't"):
            return True
    return False


# "teachers won't strike after reaching a deal": a strike called off, still a labor story
_CALLED_OFF_BY_DEAL = pattern("labor.negation.called_off_by_deal")

@lru_cache(maxsize=4096)
def action_hits(text: str) -> tuple[Hit, ...]:
    """Labor-sense action words of one sentence (non-labor senses and negated or
    hypothetical mentions removed), strongest reading per span."""
    cue_at = cue_spans(text)  # the cascade's vocabulary: no cue, no action word
    if not cue_at:
        return ()
    excl = _excluded_spans(text)
    out: list[Hit] = []
    taken: list[tuple[int, int]] = []
    pats = [("strong", STRONG), ("medium", MEDIUM), ("weak", WEAK)]
    if any(w.startswith("defy") or w.startswith("defie") for _, _, w in cue_at):
        pats.append(("defiance", _patterns()["defiance"]))  # a long pattern: only where "defy" is
    for strength, pat in pats:
        for m in pat.finditer(text):
            if _inside(m.span(), excl) or _inside(m.span(), taken):
                continue
            if not any(a < m.end() and m.start() < b for a, b, _ in cue_at):
                continue  # not a cascade cue (or one inside an other-sense phrase)
            if strength == "weak" and m.group()[0].isupper() and m.group().lower().startswith("march"):
                continue  # the month
            taken.append(m.span())
            if negated(text, m.start()) and not _CALLED_OFF_BY_DEAL.search(text):
                continue
            if strength == "defiance":
                out.append(Hit(m.start(), m.end(), m.group(), "weak", "labor.weak.defiance"))
            else:
                out.append(Hit(m.start(), m.end(), m.group(), strength,
                               rule_at(_ACTION_RULES[strength], text, m.start())))
    return tuple(sorted(out, key=lambda h: h.start))


def action_sentence(text: str) -> bool:
    """True when the sentence speaks of a labor action (any non-excluded action word)."""
    return bool(action_hits(text))


@lru_cache(maxsize=4096)
def _union_context(text: str) -> bool:
    """A labor organisation named in the text ("union", "Local 12", ...), not counting
    "X Union" names that are not labor organisations."""
    p = _patterns()
    if not p["orgs"].search(text):
        return False
    cleaned = p["nonlabor_unions"].sub(" ", text)
    return cleaned == text or p["orgs"].search(cleaned)


# an action word placed at a mine, plant, mill ...: "a 10-day strike at a coal mine ended today"
_AT_WORKPLACE = pattern("labor.context.action_at_workplace")


@lru_cache(maxsize=4096)
def labor_context(text: str) -> bool:
    """Workers, a labor organisation or a bargaining word in the text."""
    p = _patterns()
    return bool(p["workers"].search(text) or _union_context(text) or p["context"].search(text)
                or _action_at_workplace(text) or _action_stops_work(text))


def _action_at_workplace(text: str) -> bool:
    """An action word placed at a mine, plant, mill ... that is not named as an earlier
    season's ("last year's strike at its Burton plant" puts nothing in labor context)."""
    for m in _AT_WORKPLACE.finditer(text):
        before = text[max(0, m.start() - 60):m.start()]
        if not (_LAST_SEASON_BEFORE.search(before) or _YEAR_BEFORE.search(before)
                or _AFTER_OR_OF.search(before[-50:])):
            return True
    return False


# an action word named by the workplace it stops ("port strike", "strike-hit mine"), or told as
# what shut, halted or delayed work, output or shipments ("the mine has been shut because of a
# strike", "a strike closed the ports", force majeure "because of a strike"): commodity copy
_WORKPLACE_STRIKE = pattern("labor.context.workplace_strike")
_HALTS_WORK = pattern("labor.context.action_halts_work")
_EARLIER_PERIOD = pattern("labor.context.earlier_period")
# "hit by last year's strike", "a year-ago strike", "the chaos of past summers, when stoppages
# grounded flights": an earlier season's action stops nothing now
_EARLIER_SEASON = re.compile(r"\b(?:last|the\s+previous|previous|past|recent|earlier)\s+"
                             r"(?:years?|summers?|winters?|springs?|autumns?|falls?|seasons?|decades?)\b"
                             r"|\byear-ago\b|\ba\s+year\s+(?:ago|earlier)\b", re.I)


def _action_stops_work(text: str) -> bool:
    """An action word named by the workplace or service it stops, or told as what shut, halted
    or delayed work, output or shipments, and not an earlier season's (commodity and company
    copy often names neither workers nor a union)."""
    if _EARLIER_PERIOD.search(text) and not _NOW_OR_NEXT.search(text):
        return False  # "first-quarter output was cut by a strike in January": a past cause
    for m in (*_WORKPLACE_STRIKE.finditer(text), *_HALTS_WORK.finditer(text)):
        if not _EARLIER_SEASON.search(text[max(0, m.start() - 40):m.end() + 40]):
            return True
    return False


# "output recovered after a two-week strike at its engine plant": the action as the object of a
# preposition (after, following, despite, of ...) is told as a past or side matter, no context
_AFTER_OR_OF = pattern("labor.context.action_after_or_of")


def sport_sentence(text: str) -> bool:
    """Does the sentence speak of a game ("rolled 12 straight strikes at the bowling lanes") or
    of war and violence ("a strike on a fuel depot killed 12 workers")? There "strike" is no
    stoppage unless a union is named."""
    p = _patterns()
    return bool(p["sport"].search(text) or p["violence"].search(text) or p["football"].search(text))


def _non_worker_actor(text: str, pos: int) -> bool:
    """The action's actors are students, fans, farmers...: a non-worker noun in the sentence
    and no worker noun or union. (A noun before the action word is in the sentence too, so
    the answer does not depend on ``pos`` and is computed once per sentence: a sentence of
    a hundred action words asked it a hundred times.)"""
    return _non_workers_only(text)


# the public an action hits ("commuters stranded by rail strike", "left 5,000 passengers
# stranded"): those non-workers are no actors of the action
_AFFECTED_PUBLIC = pattern("labor.actor.affected_public")


# players locked out by their league, a players' association: players as employees
_PLAYERS_EMPLOYED = pattern("labor.actor.players_employed")


# a students' union is no trade union
_STUDENT_UNION = pattern("labor.actor.student_union")


@lru_cache(maxsize=4096)
def _non_workers_only(text: str) -> bool:
    p = _patterns()
    text = _STUDENT_UNION.sub(" ", text)
    if p["workers"].search(text) or _union_context(text) or _PLAYERS_EMPLOYED.search(text):
        return False
    if not p["non_workers"].search(text):
        return False
    return bool(p["non_workers"].search(_AFFECTED_PUBLIC.sub(" ", text)))


# an action of earlier years told as history: "the 40-day stoppage that was settled in June
# 1979", "a 1926 general strike"; unless the sentence also speaks of now or next ("since", "still", "will")
_YEAR = pattern("labor.history.year")
_NOW_OR_NEXT = pattern("labor.history.now_or_next")

# an action named by its earlier year: "after a 1985 strike", "the strike of 1984", "a strike in
# May 1985" (that hit alone is history, whatever else the sentence says)
_YEAR_BEFORE = pattern("labor.history.year_before")
_YEAR_AFTER = pattern("labor.history.year_after")
_LAST_SEASON_BEFORE = pattern("labor.history.last_season_before")

def dated_before(text: str, h: "Hit", year: int | None) -> bool:
    """Is the action of hit ``h`` named by a year before ``year`` ("a 1985 strike") or by an
    earlier season ("last summer's two-week walkout")?"""
    if _LAST_SEASON_BEFORE.search(text[max(0, h.start - 60):h.start]):
        return True
    if year is None:
        return False
    m = _YEAR_BEFORE.search(text[max(0, h.start - 30):h.start]) or _YEAR_AFTER.match(text[h.end:h.end + 30])
    return bool(m) and int(m.group(1)) < year


def historical(text: str, year: int | None) -> bool:
    """Does the sentence tell of an action of an earlier year than ``year`` (publication),
    and of nothing now or to come?"""
    if year is None:
        return False
    years = [int(y) for y in _YEAR.findall(text)]
    return bool(years) and max(years) < year and not _NOW_OR_NEXT.search(text)


# "staff called in sick" is individual absence unless it is concerted: a union, a protest, a
# coordinated or mass action in the sentence
_SICK = pattern("labor.absence.called_in_sick")
_CONCERTED = pattern("labor.absence.concerted")

def _absence(h: Hit, text: str) -> bool:
    """A lone "called in sick": no union, protest or concerted act in the sentence."""
    return bool(_SICK.fullmatch(h.text)) and not (_union_context(text) or _CONCERTED.search(text))


# "hunger " just before an action word: a hunger strike
_HUNGER = pattern("labor.nonlabor.hunger_strike")
# "hunger strike(rs)", "strikers": words that do not tell who holds a hunger strike
_HUNGER_STRIKERS = pattern("labor.nonlabor.hunger_strikers")
_HUNGER_NAMED = pattern("labor.nonlabor.hunger_strike_named")
# who holds it when they are not workers: students, prisoners, activists
_HUNGER_HOLDERS = pattern("labor.nonlabor.hunger_holders")
# a hunger strike for a prisoner's release: a political cause
_HUNGER_CAUSE = pattern("labor.nonlabor.hunger_for_release")


def _hunger_people(text: str) -> bool:
    """Workers or a union in the sentence, not counting hunger strikers or "strikers"."""
    cleaned = _HUNGER_STRIKERS.sub(" ", text)
    return bool(_patterns()["workers"].search(cleaned) or _union_context(cleaned))


def _hunger_article(ctx: Context) -> str | None:
    """The article's action is a hunger strike of people who are not workers: its headline or
    lead names a hunger strike, and either no sentence naming one names workers or a union
    ("four activists are continuing a hunger strike ... the remaining strikers": ``"strikers"``;
    there a bare "strike" or "strikers" is the hunger strike), or the headline or lead gives it
    a prisoner's release as its cause and no sentence naming one names a union ("a journalist
    begins a hunger strike ... for the release of a jailed dissident": ``"cause"``; there only a
    sentence naming a union counts), or its headline or lead names holders who are not workers
    and no sentence naming one names a union ("five students refusing to eat until the college
    reverses a decision to lay off 20 janitors": ``"cause"``, the workers are its cause)."""
    head, lead, _ = zones(ctx)
    if not any(_HUNGER_NAMED.search(s.text) for s in head + lead):
        return None
    named = [s.text for s in ctx.sentences if _HUNGER_NAMED.search(s.text)]
    if not any(_hunger_people(t) for t in named):
        return "strikers"
    if any(_HUNGER_NAMED.search(s.text) and _HUNGER_HOLDERS.search(s.text) for s in head + lead) \
            and not any(_union_context(t) for t in named):
        return "cause"  # "five students refusing to eat until ... to lay off 20 janitors": the
        # workers named are the cause, so, as for a prisoner's release, only a union counts
    if any(_HUNGER_CAUSE.search(s.text) for s in head + lead) and not any(_union_context(t) for t in named):
        return "cause"
    return None


def sentence_signal(text: str, article_has_context: bool = True, sport_article: bool = False,
                    year: int | None = None, hunger_article: str | None = None) -> tuple[float, list[Hit]]:
    """How strongly one sentence reports a labor action (0..1) and the hits that count.

    In a sentence about a game (bowling, baseball: :func:`sport_sentence`), or anywhere in
    an article about one (``sport_article``), "strike" needs a union in the sentence. With
    ``year`` (of publication), a sentence telling only of an earlier year's action
    (:func:`historical`) counts for nothing. In an article about a hunger strike of people who
    are not workers (``hunger_article``, see :func:`_hunger_article`), a sentence counts only
    when it names workers or a union, and in one for a prisoner's release only when it names a
    union."""
    hits = _current_hits(text, sport_article, year)
    if hits and (_FORECAST.search(text) or _RISK_LISTED.search(text)):
        hits = _beyond_forecast(text, hits)
    if not hits or (hunger_article and not _hunger_people(text)) or \
            (hunger_article == "cause" and not _union_context(text)):
        return 0.0, []
    p = _patterns()
    ctx_here = labor_context(text)
    people_here = bool(p["workers"].search(text) or _union_context(text))
    best, counted = 0.0, []
    for h in hits:
        v = _hit_value(h, text, ctx_here, people_here, article_has_context)
        if v > 0:
            counted.append(h)
            best = max(best, v)
    return best, counted


# strikes forecast or warned of as a prospect ("a wave of strikes could follow if ..."), or named
# among an outlook's risks ("the main risks were ... labour unrest, including strikes")
_FORECAST = pattern("labor.actor.forecast")
_RISK_LISTED = pattern("labor.actor.risk_listed")


def _beyond_forecast(text: str, hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """In a sentence that names no workers and no union, the hits inside a forecast of strikes
    ("employers warned that a wave of strikes could follow if ...") or a list of an outlook's
    risks ("risks ..., including strikes in the mining sector") tell no action, only a prospect:
    they are dropped. Workers or a union in the sentence make it their threat."""
    if _patterns()["workers"].search(text) or _union_context(text):
        return hits
    spans = [m.span() for p in (_FORECAST, _RISK_LISTED) for m in p.finditer(text)]
    return tuple(h for h in hits if not _inside((h.start, h.end), spans))


def _current_hits(text: str, sport_article: bool, year: int | None) -> tuple[Hit, ...]:
    """The action words of a sentence that may count: none in a sentence of history, none named
    by an earlier year, only strong ones in a game's or an attack's sentence with no union."""
    hits = action_hits(text)
    if not hits or historical(text, year):
        return ()
    hits = tuple(h for h in hits if not dated_before(text, h, year))
    if hits and (sport_article or sport_sentence(text)) and not _named_union(text):
        hits = tuple(h for h in hits if h.strength == "strong")
    return hits


def _hit_value(h: Hit, text: str, ctx_here: bool, people_here: bool, article_has_context: bool) -> float:
    """How much one action word of the sentence counts (0, 0.5 or 1), by its strength and
    the sentence's actors and context."""
    non_worker = _non_worker_actor(text, h.start)
    if _HUNGER.search(text[max(0, h.start - 7):h.start]):
        # a hunger strike is a labor protest only when workers or a union hold it (hunger
        # strikers are no workers by that name)
        return 1.0 if _hunger_people(text) and not non_worker else 0.0
    if h.strength == "strong":
        return 1.0 if not non_worker or "picket" in h.text.lower() else 0.0
    if h.strength == "medium":
        if non_worker:
            return 0.0
        if _absence(h, text):
            return 0.5  # absence, not (yet) a sickout
        if ctx_here:
            return 1.0
        return 0.5 if article_has_context else 0.0
    # a sit-in or an occupation of a workplace over pay or jobs ("Sit-in at car plant over pay")
    # is workers' own: bargaining words stand in for the people a headline leaves out
    people_here = people_here or (h.rule == "labor.weak.occupation" and ctx_here)
    return 1.0 if people_here and article_has_context and not non_worker else 0.0


# --- zones of an article --------------------------------------------------------------------
def zones(ctx: Context) -> tuple[list[Sentence], list[Sentence], list[Sentence]]:
    """(headline, lead, body) sentences: the headline is the first line, the lead the next
    :data:`LEAD_SENTENCES` sentences that are not captions or navigation. Hard-wrapped wire
    lines come joined into whole sentences (:func:`picketline.nlp.split_sentences`)."""
    if "classify.zones" not in ctx.cache:
        ctx.cache["classify.zones"] = _zones(ctx)
    head, lead, body = ctx.cache["classify.zones"]  # type: ignore[misc]
    return list(head), list(lead), list(body)


def _zones(ctx: Context) -> tuple[list[Sentence], list[Sentence], list[Sentence]]:
    nl = ctx.text.find("\n")
    cut = len(ctx.text) if nl < 0 else nl
    title = (ctx.article.title or "").strip()
    if title and title not in ctx.text[:max(cut, len(title) + 40)]:
        # the headline came separately (HTML, JSON, feeds): it is not part of the text, so
        # it gets no offsets (evidence span 0-0) and the text's first line is lead
        head = [Sentence(-1, 0, 0, title)]
        rest = ctx.sentences
    else:
        head = [s for s in ctx.sentences if s.start < cut]
        rest = ctx.sentences[len(head):]
    lead: list[Sentence] = []
    body: list[Sentence] = []
    for s in rest:
        if len(lead) < LEAD_SENTENCES and _is_prose(s.text):
            lead.append(s)
        else:
            body.append(s)
    return head, lead, body


# a byline, a photo or caption label, a navigation crumb; a caption's credit; the date line
_NOT_PROSE_START = pattern("labor.zone.not_prose_start")
_CAPTION_CREDIT = pattern("labor.zone.caption_credit")
_UNFINISHED_LINE = pattern("labor.zone.unfinished_line")
_OPEN_TAIL = pattern("labor.zone.open_tail")
_DATE_LINE = pattern("labor.zone.date_line")


def _is_prose(text: str) -> bool:
    """Not a byline, a navigation crumb, a section label or a photo caption."""
    t = text.strip()
    if len(t.split()) < 6 or _NOT_PROSE_START.match(t):
        return False
    if any(c in t for c in ">›|") and len(t.split()) < 12:
        return False
    if _CAPTION_CREDIT.search(t):
        return False
    return True


def _headline_text(s: Sentence) -> str:
    return _DATE_LINE.sub("", s.text)


def weighted_sentences(ctx: Context) -> list[tuple[Sentence, str, float]]:
    """Every sentence with its zone and weight."""
    head, lead, body = zones(ctx)
    return ([(s, "headline", HEADLINE_WEIGHT) for s in head]
            + [(s, "lead", LEAD_WEIGHT) for s in lead]
            + [(s, "body", BODY_WEIGHT) for s in body])


def _article_context(ctx: Context) -> bool:
    """Does the article as a whole speak of work (two sentences with bargaining words,
    workers or a union; one in a very short article)?"""
    sents = ctx.sentences
    need = 1 if len(sents) < 8 else 2
    n = 0
    for s in sents:
        if labor_context(s.text):
            n += 1
            if n >= need:
                return True
    return False


def _sport_article(ctx: Context) -> bool:
    """An article about a game or an attack: two sentences with sport or violence words and
    no union named anywhere, and no labor action of its own told in full words in its headline
    or lead (:func:`_labor_lead`)."""
    sents = ctx.sentences
    if any(_union_context(s.text) for s in sents):
        return False  # most labor articles name a union early: no need to count sport words
    n = 0
    for s in sents:
        if sport_sentence(s.text):
            n += 1
            if n >= 2:
                return not _labor_lead(ctx)
    return False


def _labor_lead(ctx: Context) -> bool:
    """Does the headline or lead tell a labor action in full words, by working people, in a
    sentence with no game or attack in it ("Young doctors went on strike at the clinics on
    Monday to protest against attacks on medics"), in an article that names no strike of
    another sense (an air strike, a missile strike)? Then the attack is the action's cause,
    and a bare "the strike" later on is that action: workers who strike over violence against
    colleagues (doctors, drivers, teachers) name no union as often as not."""
    head, lead, _ = zones(ctx)
    p = _patterns()
    for s in head + lead:
        text = _headline_text(s)
        if sport_sentence(text) or not p["workers"].search(text):
            continue
        if any(h.strength == "strong" for h in action_hits(text)):
            return not any(q.search(t.text) for t in ctx.sentences for q in _OTHER_SENSE_STRIKES)
    return False


# a strike of another sense: an airstrike, a "lightning strike", a "missile strike", "lightning struck"
_OTHER_SENSE_STRIKES = (pattern("labor.nonlabor.air_strike"), pattern("labor.nonlabor.war_context"),
                        pattern("labor.nonlabor.modifier"),
                        pattern("labor.nonlabor.natural_or_weapon"), pattern("labor.nonlabor.lightning"))


def _other_sense_article(ctx: Context) -> bool:
    """An article whose headline or lead names a strike of another sense ("U.S. airstrike
    hits depot", "Lightning strike sets church ablaze") and that names no union anywhere:
    there a bare "the strike", "a second strike" later on is that strike again, and counts
    only in a sentence naming a union (as in an article about a game or an attack)."""
    head, lead, _ = zones(ctx)
    if not any(p.search(_headline_text(s)) for s in head + lead for p in _OTHER_SENSE_STRIKES):
        return False
    return not any(_named_union(s.text) for s in ctx.sentences)


@lru_cache(maxsize=1)
def _union_names() -> WordList:
    """The organisation words but the bare "local" ("2 a.m. local time", "local officials"):
    a union named for sure ("Local 12" still is)."""
    return WordList([w for w in lexicon()["organisations"] if w.lower() != "local"],
                    rule("labor.org.local_number").regex)


def _named_union(text: str) -> bool:
    return _union_context(text) and _union_names().search(_patterns()["nonlabor_unions"].sub(" ", text))


_SCORES: "weakref.WeakKeyDictionary[Context, tuple]" = weakref.WeakKeyDictionary()


def labor_score(ctx: Context) -> tuple[float, Sentence | None, list[tuple[Sentence, str, float, list[Hit]]]]:
    """Total weighted signal, the deciding sentence, and the counted sentences (computed
    once per article context)."""
    if ctx not in _SCORES:
        _SCORES[ctx] = _labor_score(ctx)
    return _SCORES[ctx]


def publication_year(ctx: Context) -> int | None:
    """The year of publication: the article's date, else its ``date YYYY-MM-DD`` line."""
    pub = (ctx.article.published or "")[:4]
    if len(pub) == 4 and pub.isdecimal():
        return int(pub)
    m = _DATE_LINE.match(ctx.text)
    return int(m.group(1)) if m else None


_Scored = tuple[Sentence, str, float, float, tuple[Hit, ...] | list[Hit]]  # sentence, zone, weight, value, hits


def _labor_score(ctx: Context) -> tuple[float, Sentence | None, list[tuple[Sentence, str, float, list[Hit]]]]:
    art_ctx = _article_context(ctx)
    sport = _sport_article(ctx) or _other_sense_article(ctx)
    scored = _scored_sentences(ctx, art_ctx, sport)
    # a headline names its subject: "Customs strike delays export figures" is a labor story
    # when the article speaks of work or names the action in full words ("industrial action")
    confirmed = art_ctx or any(zone != "headline" and v >= 1.0 and any(h.strength == "strong" for h in hits)
                               for _, zone, _, v, hits in scored)
    total, best, counted, events = _sum_scores(scored, confirmed, sport)
    if events and not any(zone == "headline" for _, zone, _, _ in counted) and total < THRESHOLD:
        head = zones(ctx)[0]
        if head and dispute_headline(_headline_text(head[0])):
            total += DISPUTE_HEADLINE  # "UNION WILL FIGHT JOB CUTS": the union's action is the story
    return total, best, counted


def _scored_sentences(ctx: Context, art_ctx: bool, sport: bool) -> list[_Scored]:
    """Every sentence with a labor signal, and a headline with none only for want of the
    article's context (kept aside with value 0 in case the article confirms it)."""
    year = publication_year(ctx)
    hunger = _hunger_article(ctx)
    anniversary = _anniversary_article(ctx)
    scored: list[_Scored] = []
    for s, zone, w in weighted_sentences(ctx):
        text = _headline_text(s) if zone == "headline" else s.text
        v, hits = sentence_signal(text, art_ctx, sport, year, hunger)
        if anniversary and v:
            v, hits = _beyond_anniversary(text, v, hits)
        if zone == "headline" and not art_ctx and not v:
            _, maybe = sentence_signal(text, True, sport, year, hunger)
            if maybe and not anniversary:
                scored.append((s, zone, w, 0.0, maybe))
        elif v > 0:
            scored.append((s, zone, w, v, hits))
    return scored


# an action remembered by its anniversary: "marks centenary of great dock strike"
_ANNIVERSARY = pattern("labor.history.anniversary")


def _anniversary_article(ctx: Context) -> bool:
    """Does the headline or lead remember an action by its anniversary ("Town marks centenary
    of great dock strike", "to mark 100 years since a dock strike")? Then the article is a
    commemoration, and the action it tells is history whether or not the year is known."""
    head, lead, _ = zones(ctx)
    return any(_ANNIVERSARY.search(_headline_text(s)) for s in head + lead)


def _beyond_anniversary(text: str, v: float, hits: list[Hit]) -> tuple[float, list[Hit]]:
    """In a commemoration, the hits of a sentence that tells of now or next ("will strike on
    Friday", "continues") outside the anniversary's own words: an action of today beside the
    one remembered ("miners walked out on Monday, the anniversary of the strike")."""
    spans = [m.span() for m in _ANNIVERSARY.finditer(text)]
    kept = [h for h in hits if not _inside((h.start, h.end), spans)]
    if not kept or not _NOW_OR_NEXT.search(text):
        return 0.0, []
    return v, kept


def _sum_scores(scored: list[_Scored], confirmed: bool, sport: bool
                ) -> tuple[float, Sentence | None, list[tuple[Sentence, str, float, list[Hit]]], int]:
    """The weighted sum of the counting sentences, the best one, the counted sentences, and
    how many report a union's own action (:func:`union_event`)."""
    total, best, best_v = 0.0, None, 0.0
    counted = []
    events = 0
    for s, zone, w, v, hits in scored:
        if zone == "headline" and confirmed and not sport and any(h.strength != "weak" for h in hits):
            v = 1.0
        if v <= 0:
            continue
        counted.append((s, zone, w, hits))
        score = v * w
        if zone != "headline" and v >= 1.0:
            kind = union_event(s.text, hits)
            if kind == "decided":
                score = max(score, THRESHOLD)
            elif kind == "event":
                score *= EVENT_BOOST
            events += kind is not None
        total += score
        if score > best_v:
            best, best_v = s, score
    return total, best, counted, events  # type: ignore[return-value]


EVENT_BOOST = 1.5
DISPUTE_HEADLINE = 1.0


def union_event(text: str, hits: tuple[Hit, ...] | list[Hit]) -> str | None:
    """Does the sentence report the action of a labor organisation it names, rather than
    mention an action in passing? ``"decided"`` when the action is called, dated or voted
    ("the unions have called a general strike for Wednesday": one such sentence is a labor
    story), ``"event"`` when its state is told (a threat, "did not rule out a strike", "ready
    to strike", a start, an end), else None."""
    if not any(h.strength != "weak" for h in hits):
        return None
    states = {st for st, _ in status_votes(text)}
    if not (_union_context(text) or any(h.rule == "labor.strong.strikers" for h in hits)):
        # the strikers themselves ("the strikers voted to accept") act as the union, and so do
        # workers who vote an action ("Nurses in <state> have voted to take industrial action",
        # "Dockers voted to strike"): a vote is a union's decision whether or not it is named
        if "authorized" in states and _patterns()["workers"].search(text):
            return "decided"
        return None
    if states & {"scheduled", "authorized"}:
        return "decided"
    return "event" if states or _CALLED_BY.search(text) else None


# an action named with its callers: "the week of action called by the labour council"
_CALLED_BY = pattern("labor.union_event.called_by")


def dispute_headline(text: str) -> bool:
    """A headline about a labor dispute with no action word: workers or a union, and what they
    bargain or fight over ("UNION VOWS TO FIGHT JOB CUTS", "AUTOWORKERS SET FOR TOUGH
    BARGAINING ROUND")."""
    p = _patterns()
    return bool((p["workers"].search(text) or _union_context(text)) and p["context"].search(text))


# A "general strike" called by a party or a movement that the unions refuse to join is
# politics, not a workers' action ("Fringe party calls general strike; unions say no").
_POLITICAL_CALL = pattern("labor.politics.party_call")
_UNIONS_REFUSE = pattern("labor.politics.unions_refuse")
_GENERAL_STRIKE = pattern("labor.politics.general_strike")

def political_strike_call(ctx: Context) -> bool:
    """A party's or movement's "general strike" call that the unions refuse to back."""
    if not _GENERAL_STRIKE.search(ctx.text):
        return False
    sents = [_headline_text(s) for s in ctx.sentences]
    return any(_POLITICAL_CALL.search(t) for t in sents) and any(_UNIONS_REFUSE.search(t) for t in sents)


def is_labor_action(ctx: Context) -> Fact[bool]:
    """Does the article report a strike, lockout, walkout, sickout or workers' protest that
    happened, is happening, or is threatened, authorized or scheduled?

    A party's "general strike" call that the unions refuse to join is not one."""
    total, best, counted = labor_score(ctx)
    yes = total >= THRESHOLD or _short_lead_report(ctx, counted)
    if yes and political_strike_call(ctx):
        return Fact(False, ctx.sentence_evidence(best) if best else None, 0.6,
                    note="a political 'general strike' call the unions do not back",
                    rules=["is_labor_action.code", "labor.politics.party_call", "labor.politics.unions_refuse"])
    if yes and results_story(ctx, counted):
        return Fact(False, ctx.sentence_evidence(best) if best else None, 0.6,
                    note="a results story: the action only a cause of the figures",
                    rules=["is_labor_action.code", "labor.generic.results_head", "labor.generic.results_body"])
    if yes and law_story(ctx, counted):
        return Fact(False, ctx.sentence_evidence(best) if best else None, 0.6,
                    note="a story about a law on strikes: no action told",
                    rules=["is_labor_action.code.law_story", *_LAW_SUBJECT_IDS])
    if yes and review_story(ctx, counted):
        return Fact(False, ctx.sentence_evidence(best) if best else None, 0.6,
                    note="a review of a film, a play or a book about a strike",
                    rules=["is_labor_action.code", "labor.generic.arts_review"])
    if yes and generic_text(ctx, counted):
        return Fact(False, ctx.sentence_evidence(best) if best else None, 0.6,
                    note="an explainer or opinion piece: actions in general, no dated event")
    conf = min(1.0, 0.5 + abs(total - THRESHOLD) / (2 * THRESHOLD))
    if best is None:
        first = ctx.sentences[0] if ctx.sentences else None
        return Fact(False, ctx.sentence_evidence(first) if first else None, conf,
                    note="no labor-sense action word")
    hits = next((h for s, _, _, h in counted if s is best), [])
    return Fact(yes, ctx.sentence_evidence(best), conf, note=f"weighted signal {total:.1f}",
                rules=["is_labor_action.code", *dict.fromkeys(h.rule for h in hits if h.rule)])


# --- results stories: an action named only as a cause of a company's figures -----------------
_RESULTS_HEAD = pattern("labor.generic.results_head")
_RESULTS_BODY = pattern("labor.generic.results_body")
RESULTS_SENTENCES = 3
SHORT_RESULTS = 10  # sentences: a brief results story needs only two of figures


def results_story(ctx: Context, counted: list[tuple[Sentence, str, float, list[Hit]]]) -> bool:
    """A company's results story ("Carmaker turns profit despite strike": a results headline,
    three sentences of per-share figures, quarters and analysts) in which no counted sentence
    reports a union's own action still live and the headline tells no state of one: the
    action is only a cause of the figures, not the subject (GUIDELINES: a passing mention in
    an earnings report). A brief (under :data:`SHORT_RESULTS` sentences) needs two sentences
    of figures ("output slumped 37 per cent in the first quarter")."""
    head = zones(ctx)[0]
    if not head or not _RESULTS_HEAD.search(_headline_text(head[0])):
        return False
    if status_votes(_headline_text(head[0])):
        return False
    body = sum(1 for s in ctx.sentences if _RESULTS_BODY.search(s.text))
    if body < RESULTS_SENTENCES and not (body >= 2 and len(ctx.sentences) < SHORT_RESULTS):
        return False
    return not any(zone != "headline" and (_live_union_event(s.text, hits) or _still_on(s.text))
                   for s, zone, _, hits in counted)


_COUNTED_RULE = "status.ongoing.enters_nth_day"  # "now in its third week", "out since"


def _still_on(text: str) -> bool:
    """An action counted in its time so far ("the walkout is now in its third week", "the
    strikers have been out since October 1"): a strike that keeps costing the company is the
    story, not a past cause ("the strike paralysed its plants before it was settled" is one)."""
    return any(st == "ongoing" and _COUNTED_RULE in vote_rules(st, m) for st, m in status_votes(text))


def _live_union_event(text: str, hits: list[Hit]) -> bool:
    """A union's own action told in a results story, other than one over ("the contract
    signed after the strike runs until 1989": a past action, still only a cause)."""
    return union_event(text, hits) is not None and {st for st, _ in status_votes(text)} != {"ended"}


# --- law stories: a bill, a law or a plan on strikes, debated -------------------------------
# the subject of the headline or lead: a law on strikes ("PARLIAMENT DEBATES STRIKE LAW"), a plan
# to restrict them ("plan to curb strikes"), the right to strike
_LAW_SUBJECT_IDS = ("labor.nonlabor.law_on_actions", "labor.nonlabor.law_on_labor_matters",
                    "labor.nonlabor.restrict_strikes", "labor.nonlabor.right_to_strike")
_LAW_SUBJECT = tuple(pattern(i) for i in _LAW_SUBJECT_IDS)


def law_story(ctx: Context, counted: list[tuple[Sentence, str, float, list[Hit]]]) -> bool:
    """A story about a law on strikes: its headline or lead names one (a bill on strikes, a plan
    to curb them, the right to strike), and no counted sentence tells an action of its own (no
    state of an action, no union's event, no rally held): the strikes it speaks of are the
    law's matter or its reason ("to protect the public from stoppages that had disrupted the
    buses"), not news. Unions striking or marching against the bill tell theirs."""
    head, lead, _ = zones(ctx)
    if not any(p.search(_headline_text(s)) for s in head + lead for p in _LAW_SUBJECT):
        return False
    for s, zone, _, hits in counted:
        text = _headline_text(s) if zone == "headline" else s.text
        if status_votes(text) or union_event(text, hits) or _PROTEST_PAST.search(text):
            return False
    return True


# --- reviews: a film, a play or a book whose story is a strike ------------------------------
_ARTS = pattern("labor.generic.arts_review")
ARTS_SENTENCES = 3


def review_story(ctx: Context, counted: list[tuple[Sentence, str, float, list[Hit]]]) -> bool:
    """A review of a film, a play or a book (:data:`ARTS_SENTENCES` sentences of "the film",
    "directed by", "opens in cinemas") whose action sentences fix no time of now (no day, no
    "yesterday", no year but earlier ones): the strike and its pickets are the work's story,
    not news (an actors' strike reported with the film names its days)."""
    if sum(1 for s in ctx.sentences if _ARTS.search(s.text)) < ARTS_SENTENCES:
        return False
    year = publication_year(ctx)
    return not any(_fixed_now(_headline_text(s) if zone == "headline" else s.text, year)
                   for s, zone, _, _ in counted)


def _fixed_now(text: str, year: int | None) -> bool:
    """A day, "yesterday" or a year not before ``year`` (any year counts for nothing when
    the year of publication is not known) in the text."""
    for m in _DATED.finditer(text):
        g = m.group(0)
        if not (g.isdigit() and (year is None or int(g) < year)):
            return True
    return False


# --- explainers and opinion: actions in general, not an event ---------------------------------
# a headline that asks or explains ("What is a strike authorization vote?", "... explained")
_EXPLAINER_HEAD = pattern("labor.generic.explainer_head")
_GUIDE_LABEL = pattern("labor.generic.guide_label")
_SECOND_PERSON = pattern("labor.generic.second_person")
_FIRST_PERSON = pattern("labor.generic.first_person")
# a guide's framing ("we explore how", "BBC News looks at the law") and its question subheads
_FRAMING = pattern("labor.generic.framing")
_QUESTION_SUBHEAD = pattern("labor.generic.question_subhead")
QUESTION_SUBHEADS = 2
# a definition: "A strike authorization vote is a ...", "... refers to", "is defined as"
_DEFINITION = pattern("labor.generic.definition")
_EXAMPLES = pattern("labor.generic.examples")
# a history of actions in general: "throughout history", "for centuries"
_HISTORY = pattern("labor.generic.history")
# what the law allows workers in general: "employees may only lawfully strike", "the right to strike"
_LAW = pattern("labor.generic.law")
_STATISTICS = pattern("labor.generic.statistics")
# this many statistics of actions in general make a trend piece by themselves ("the number of
# major work stoppages ... fell to a record low ... work time lost to work stoppages")
STATISTICS_PIECE = 3
# an event fixed in time: a weekday, a date, "yesterday", "last week", a year
_DATED = pattern("labor.generic.dated")
# a date that fixes no action: a law taking effect, a count of strikes or days lost to them
_DATED_NOT_ACTION = pattern("labor.generic.dated_not_an_action")
# (a headline dated by a year alone over a piece of figures, "WORK STOPPAGES: 1992": the
# year the figures count, no event of a day)
_YEAR_ALONE = pattern("labor.generic.year_alone")

_QUOTED = pattern("labor.generic.quoted")


def _unquoted(text: str) -> str:
    """The text less what it quotes: a quotation closed in its paragraph, and one opened and
    left open to the paragraph's end (news copy runs a quote on over paragraphs)."""
    return _QUOTED.sub(" ", text)


def generic_text(ctx: Context, counted: list[tuple[Sentence, str, float, list[Hit]]] | None = None) -> bool:
    """An explainer or an opinion piece about actions in general, not a report of one: two
    signs of generic text (a headline that asks or explains, readers addressed as "you", a
    writer's "I", definitions, examples, a history of actions in general, what the law lets
    workers do, two statistics of actions in general) and neither a headline nor an action sentence fixed in
    time (a day, a date, "today", "yesterday", a year; not a law's taking effect or a count of
    strikes: "new rules come into force next month", "days lost to strikes last year", "fell to
    a record low in 1988"). Three statistics of actions in general are two signs by themselves."""
    if counted is None:
        counted = labor_score(ctx)[2]
    text = ctx.text
    signs = 0
    head = zones(ctx)[0]
    if head and _EXPLAINER_HEAD.search(_headline_text(head[0])):
        signs += 1
    if head and _GUIDE_LABEL.search(_headline_text(head[0])):
        signs += 2  # "Guides: Strikes": the publisher files it as a guide
    own = _unquoted(text)  # a source's "I" and "you" in quotes are not the writer's
    signs += len(_SECOND_PERSON.findall(own)) >= 3
    signs += len(_FIRST_PERSON.findall(own)) >= 3
    signs += len(_DEFINITION.findall(text)) >= 1
    signs += len(_EXAMPLES.findall(text)) >= 2
    signs += len(_HISTORY.findall(text)) >= 2
    signs += len(_LAW.findall(text)) >= 2
    stats = len(_STATISTICS.findall(text))
    signs += (stats >= 2) + (stats >= STATISTICS_PIECE)  # a piece of figures alone is generic
    signs += bool(_FRAMING.search(text))
    signs += sum(1 for s in ctx.sentences[1:] if _QUESTION_SUBHEAD.match(s.text)) >= QUESTION_SUBHEADS
    if signs < 2:
        return False
    if head and _DATED.search(_headline_text(head[0])) and not (
            stats >= STATISTICS_PIECE and _year_alone(_headline_text(head[0]))):
        return False  # "Why is there a shutdown today?": a question about a dated event
    return not any(_DATED.search(t) and not _DATED_NOT_ACTION.search(t) and not _STATISTICS.search(t)
                   for t in (_headline_text(s) if zone == "headline" else s.text for s, zone, _, _ in counted))


def _year_alone(headline: str) -> bool:
    """Is every date of the headline a year alone ("WORK STOPPAGES: 1992")?"""
    return all(_YEAR_ALONE.fullmatch(m.group()) for m in _DATED.finditer(headline))


SHORT_ARTICLE = 8  # sentences
# the rules of an action named in full words, labor by themselves in a brief's lead
_FULL_WORDS = frozenset({"labor.strong.on_strike", "labor.strong.walked_off_job", "labor.strong.named_action",
                         "labor.strong.slowdown"})
# what a workers' march or rally is over when it is work (pay, jobs, a closure, sackings)
_WORK_ISSUE = pattern("labor.protest.work_issue")


def _short_lead_report(ctx: Context, counted: list[tuple[Sentence, str, float, list[Hit]]]) -> bool:
    """A brief (fewer than :data:`SHORT_ARTICLE` sentences) whose headline or lead reports
    the action in full labor context ("reached a tentative agreement ..., ending a three-day
    teachers strike"): a wire brief has no room to repeat it, so one such sentence is enough."""
    if len(ctx.sentences) >= SHORT_ARTICLE:
        return False
    for s, zone, _, hits in counted:
        if zone in ("headline", "lead") and labor_context(s.text) and \
                any(h.strength != "weak" and not _absence(h, s.text) for h in hits):
            return True
        # "sugar cane cutters on estates in Natal downed tools": an action named in full words
        # (went on strike, downed tools, industrial action, a go-slow) is labor by itself
        if zone == "lead" and any(h.rule in _FULL_WORDS for h in hits):
            return True
        # "5,000 steelworkers marched today to protest against plans to close the furnace": a
        # march, rally or protest by workers named in the sentence, over work, or their sit-in
        # (a weak word counts only with working people in its sentence)
        if zone == "lead" and hits and \
                (_WORK_ISSUE.search(s.text) or any(h.rule == "labor.weak.occupation" for h in hits)) and \
                (_patterns()["workers"].search(s.text) or _union_context(s.text)):
            return True
    return False


# --- action type ----------------------------------------------------------------------------
# a picket held while the work goes on: an informational picket, "not a stoppage", nobody off
# the job ("no one has walked off", "none of the staff had left"), picketing in their own time
# ("after or before work shifts")
_PROTEST_ONLY = pattern("labor.protest.picket_only")

def action_type(ctx: Context) -> Fact[str] | None:
    """strike | lockout | protest: the main action, weighted by where it is mentioned."""
    _, _, counted = labor_score(ctx)
    if not counted:
        return None
    scores = {"strike": 0.0, "lockout": 0.0, "protest": 0.0}
    first: dict[str, Sentence] = {}
    for s, zone, w, hits in counted:
        for k in _hit_kinds(hits, _headline_text(s) if zone == "headline" else s.text):
            scores[k] += w
            first.setdefault(k, s)
    protest_only = any(_PROTEST_ONLY.search(s.text) for s in ctx.sentences)
    if scores["lockout"] and scores["lockout"] >= scores["strike"]:
        kind = "lockout"
    elif scores["strike"] and not (protest_only and scores["strike"] < HEADLINE_WEIGHT) \
            and not (scores["protest"] and _protest_held_strike_planned(counted)) \
            and not _strike_only_background(counted) \
            and not _protest_first_on_a_tie(scores, first) \
            and not _protest_outweighs(scores, counted):
        kind = "strike"
    else:
        kind = "protest"
    ev = first.get(kind) or counted[0][0]
    # the code rule that weighed the kinds, the action words of the evidence naming the kind,
    # and the rule of the kind's words
    hits = next(h for s, _, _, h in counted if s is ev)
    named = [h.rule for h in hits if h.rule and _hit_kind(h) == kind]
    kind_rule = {"lockout": ["labor.lockout.words"], "strike": ["labor.stoppage.words"]}.get(kind, [])
    return Fact(kind, ctx.sentence_evidence(ev), note=", ".join(f"{k} {v:.1f}" for k, v in scores.items()),
                rules=["action_type.code", *dict.fromkeys(named), *kind_rule])


PROTEST_OUTWEIGHS = 2.0  # times the weight of the strike's words
_HELD_STOPPAGE = pattern("labor.protest.stoppage_held")


def _protest_outweighs(scores: dict[str, float], counted: list[tuple[Sentence, str, float, list[Hit]]]) -> bool:
    """Marches, rallies and demonstrations (not pickets) weigh at least
    :data:`PROTEST_OUTWEIGHS` times the stoppage's words, no headline names a stoppage and none
    is told as held or under way: the story is the protest ("thousands of workers marched in
    the streets Friday ... angry at the refusal to grant pay raises", a strike spoken of
    beside it)."""
    # (a picket line is the strike's own: only marches, rallies, demonstrations weigh here)
    rally = sum(w for _, _, w, hits in counted
                if any(_hit_kind(h) == "protest" and not _PICKET_WORD.search(h.text) for h in hits))
    if rally < PROTEST_OUTWEIGHS * scores["strike"] or rally < 3.0:
        return False
    # a stoppage told as held or under way ("the unions organised two nationwide walkouts
    # earlier this month", "as their strike entered its second week") is the action, whatever
    # the rally
    return not any((zone == "headline" or _HELD_STOPPAGE.search(s.text)) and "strike" in _hit_kinds(hits)
                   for s, zone, _, hits in counted)


def _protest_first_on_a_tie(scores: dict[str, float], first: dict[str, Sentence]) -> bool:
    """Strike and protest weighed the same, a demonstration, rally or march told first
    (a march of supporters through the town told in the lead, a refusal of overtime by the
    staff in the body): the story is the protest, the stoppage its background. A picket told first is the
    strike's own ("on the picket line", then "the third day of a strike")."""
    if scores["protest"] != scores["strike"] or "protest" not in first or "strike" not in first:
        return False
    return first["protest"].start < first["strike"].start and not _PICKET_WORD.search(first["protest"].text)


_PICKET_WORD = re.compile(r"\bpicket", re.I)


def _strike_only_background(counted: list[tuple[Sentence, str, float, list[Hit]]]) -> bool:
    """A rally, march or demonstration of workers that took place, told in the headline or
    the lead with no stoppage beside it, and strikes spoken of only to say there is none or
    they are rare ("there are no plans for a stoppage", "walkouts seldom happen in the
    Netherlands"), with no state of their own: the type is protest."""
    held = False
    for s, zone, _, hits in counted:
        kinds = _hit_kinds(hits)
        if kinds & {"strike", "lockout"}:
            if zone == "headline" or status_votes(s.text) or not _STRIKE_DENIED.search(s.text):
                return False
        elif "protest" in kinds and zone in ("headline", "lead") and (
                _PROTEST_PAST.search(s.text) or {st for st, _ in status_votes(s.text)} & {"ongoing", "ended"}):
            held = True
    return held


_STRIKE_DENIED = pattern("labor.protest.strike_denied")


# a strike still to come: planned, proposed, on a condition, next month, a rehearsal for one
_PLANNED_HERE = pattern("labor.protest.planned_here")

def _protest_held_strike_planned(counted: list[tuple[Sentence, str, float, list[Hit]]]) -> bool:
    """The action that took place is a rally, march or demonstration of workers, and every
    strike the article speaks of is only threatened, neither dated nor voted ("4,000 dockers joined
    a march ... and endorsed a plan for a nationwide stoppage in the autumn unless ..."): the type
    is protest. Not when the headline names a strike and no rally: a headline's threatened
    strike is the story, and a rally of the union's supporters on the way only a step."""
    held = planned_only = False
    if any(zone == "headline" and _hit_kinds(hits) == {"strike"} for _, zone, _, hits in counted):
        return False  # "flight attendants threaten August strike": the headline's action is the story
    for s, _, _, hits in counted:
        kinds = _hit_kinds(hits)
        states = {st for st, _ in status_votes(s.text)}
        if "protest" in kinds and (_PROTEST_PAST.search(s.text) or states & {"ongoing", "ended"}) \
                and not kinds & {"strike", "lockout"}:
            held = True
        if kinds & {"strike", "lockout"}:
            if states - {"threatened"} or not (states or _PLANNED_HERE.search(s.text)):
                return False  # a strike under way, over, dated or voted, or with no sign it is to come
            planned_only = True
    return held and planned_only


# --- status ---------------------------------------------------------------------------------
# one set of rules per status (picketline/rules/status.toml), most advanced state first
STATUS_ORDER = ("averted", "ended", "ongoing", "scheduled", "authorized", "threatened")
STATUS_RULES: dict[str, RuleSet] = {st: rule_set("status", st) for st in STATUS_ORDER}
STATUS_PATTERNS: dict[str, re.Pattern[str]] = {st: _plain(rs) for st, rs in STATUS_RULES.items()}


# "would continue their strike": only a strike under way can continue
_ONGOING_EVEN_MODAL_RULES = rule_set("status", "ongoing_even_modal")
_ONGOING_EVEN_MODAL = _plain(_ONGOING_EVEN_MODAL_RULES)
_RULES_OF = {STATUS_PATTERNS[st]: rs for st, rs in STATUS_RULES.items()}
_RULES_OF[_ONGOING_EVEN_MODAL] = _ONGOING_EVEN_MODAL_RULES


def vote_rules(st: str, m: re.Match[str]) -> list[str]:
    """The ids of the rules behind one vote of :func:`status_votes`: the status rule that
    matched and, when the vote was re-read (a strike vote still to come, a date on a
    condition), the code rule that re-read it."""
    rs = _RULES_OF[m.re]
    out = [rule_at(rs, m.string, m.start())]
    if st != rs.rules[0].label:
        out.append("status.code.vote_ahead" if rs.name == "authorized" else
                   "status.code.permission_to_call" if st == "authorized" else "status.code.conditional_date")
    return out


# a plan on a condition ("will strike on Monday if talks fail") is a threat, not a schedule
# ("will walk out at 4 a.m. Friday unless a deal is reached" keeps its date: scheduled)
_THREATEN = pattern("labor.status.threaten")
_IF_CLAUSE = pattern("labor.status.if_clause")
# "will walk out on Monday unless the board makes a new offer": the plan's condition after it
# (or inside a match that runs on to the day of telling: "will stage a strike unless ..., the
# union said today")
_CONDITION_AFTER = pattern("labor.status.condition_after")
# "announced a possible strike on May 10", "are prepared to strike Thursday if ...": a threat's deadline
_HEDGED_PLAN = pattern("labor.status.hedged_plan")
_DAYREF_RE = pattern("labor.status.dayref")

def _conditional_date(text: str) -> bool:
    """A date that belongs to a threat or to a condition, not to the action: "threatened to
    strike on Monday if ...", "if they do not reach a deal by Sept. 14, nurses will strike",
    "announced a possible strike on May 10", "are prepared to strike Thursday if ..."."""
    if _THREATEN.search(text) or _HEDGED_PLAN.search(text):
        return True
    m = _IF_CLAUSE.search(text)
    if not m or not _DAYREF_RE.search(m.group()):
        return False
    return not _DAYREF_RE.search(text[:m.start()] + text[m.end():])

# a plain future with no date and no other cue anywhere: a threat
_FUTURE_ACTION = pattern("labor.status.future_action")
_HEDGED = ("authorized", "threatened")
_PLANNING = ("scheduled", "authorized", "threatened")
_TENTATIVE = pattern("labor.status.tentative")
_HAPPENED = pattern("labor.status.happened")
_MODAL_BEFORE = pattern("labor.status.modal_before")
# "will resume work on Friday after voting to end the strike": the vote is done
_DONE_AFTER = pattern("labor.status.done_after")
_MODAL_CLAUSE = pattern("labor.status.modal_clause")
# a comma inside a date ("Monday, 3 March, to Wednesday") is no clause edge
_CLAUSE_EDGE = pattern("labor.status.clause_edge")

def future_clause(text: str, pos: int) -> bool:
    """Is ``pos`` governed by a modal earlier in its clause ("members will walk off the job
    and picket at the gates": the picket is planned too)?"""
    window = text[max(0, pos - 80):pos]
    edges = list(_CLAUSE_EDGE.finditer(window))
    if edges:
        window = window[edges[-1].end():]
    return bool(_MODAL_CLAUSE.search(window))


# the end of the action in a clause of time or condition ("provided the strike ends this week",
# "once the walkout is over"): a present end, still ahead
_ENDING_AHEAD = pattern("labor.status.ending_ahead")
_PRESENT_END = pattern("labor.status.present_end")

# a strike vote still to come
_VOTE_AHEAD = pattern("labor.status.vote_ahead")
# a ballot still to come on the action: its day is the ballot's, or hangs on it
_BALLOT_AHEAD = pattern("labor.status.ballot_on_action_ahead")

# a call that is only allowed ("the ballot empowers the local's officers to call a stoppage
# whenever they choose"):
# the power to call an action, as "the power to call a strike" is (authorized)
_PERMISSION_BEFORE = pattern("labor.status.permission_before")

@lru_cache(maxsize=4096)
def status_votes(text: str) -> tuple[tuple[str, re.Match[str]], ...]:
    """Every status pattern matching a sentence, most advanced state first."""
    out = []
    for st in STATUS_ORDER:
        if st == "ongoing":
            m = _ONGOING_EVEN_MODAL.search(text)
            if m and not negated(text, m.start()):
                out.append((st, m))
                continue
        for m in STATUS_PATTERNS[st].finditer(text):
            if negated(text, m.start()):
                continue
            if st == "ended" and _PRESENT_END.search(m.group()) and \
                    _ENDING_AHEAD.search(text[max(0, m.start() - 40):m.start()]):
                continue  # "provided the strike ends this week": its end is still ahead
            if st in ("ongoing", "ended") and (_MODAL_BEFORE.search(text[max(0, m.start() - 30):m.start()])
                                               or future_clause(text, m.start())) and \
                    not (st == "ended" and _DONE_AFTER.search(text[max(0, m.start() - 10):m.start()])):
                continue  # "will walk out", "could end the strike": not (yet) the case
            st = _planning_state(st, text, m)
            out.append((st, m))
            break
    return _without_progressive_ongoing(tuple(out))


def _planning_state(st: str, text: str, m: re.Match[str]) -> str:
    """A planning vote ``st`` read again in its sentence: a vote or mandate still to come, a
    permission to call action, a date or plan with its condition."""
    if st == "authorized" and _VOTE_AHEAD.search(text):
        return "threatened"  # "will hold a strike authorization vote next week": not yet
    if st != "scheduled":
        return st
    if _BALLOT_AHEAD.search(text, 0, m.end()) or _VOTE_AHEAD.search(m.group()):
        return "threatened"  # "will start balloting members over strike action from May 6", "plans to seek a strike mandate next month"
    if _PERMISSION_BEFORE.search(text[max(0, m.start() - 70):m.start()]):
        return "authorized"  # "empowers the officers to call a stoppage whenever": a mandate
    if _conditional_date(text) or _condition_of_plan(text, m.start()) or _condition_of_plan(text, m.end()):
        return "threatened"  # "threatened to strike on Monday if ...", "will walk out on Monday unless ...": a threat
    return st


_CONDITION_OF_MORE = pattern("labor.status.condition_of_more")


def _condition_of_plan(text: str, pos: int) -> bool:
    """A condition told after the plan at ``pos`` that is the plan's own, not a further
    action's ("will walk out on Thursday but warned of more action if ...": the walkout is set)."""
    c = _CONDITION_AFTER.match(text, pos)
    return c is not None and not _CONDITION_OF_MORE.search(c.group())


# "staff are going on strike for eight days from 23 December": a present progressive with a time
# ahead is a plan (a scheduled vote of status.scheduled.will_strike_on_day)
_PROGRESSIVE = pattern("labor.status.progressive_future")


def _without_progressive_ongoing(votes: tuple[tuple[str, re.Match[str]], ...]) -> tuple[tuple[str, re.Match[str]], ...]:
    """The votes without an ongoing one inside a scheduled progressive ("are going on strike
    ... from 23 December": its "on strike" is the plan, not an action under way)."""
    plan = next((m for st, m in votes if st == "scheduled" and _PROGRESSIVE.match(m.group())), None)
    if plan is None:
        return votes
    return tuple((st, m) for st, m in votes if not (st == "ongoing" and plan.start() <= m.start() < plan.end()))


def _hit_kind(h: Hit) -> str:
    """lockout | strike | protest: the action an action word names."""
    if LOCKOUT.search(h.text):
        return "lockout"
    return "strike" if STOPPAGE.search(h.text) else "protest"


hit_kind = _hit_kind  # for the date rules: the kind of the action word nearest a date


def _hit_kinds(hits: tuple[Hit, ...] | list[Hit], text: str | None = None) -> set[str]:
    """The kinds of a sentence's hits; with the sentence's ``text``, a workers' hunger strike
    is the protest it is (a labor protest of the guidelines, no stoppage of work), and so is a
    refusal to work told with a sit-in or an occupation."""
    if text is None:
        return {_hit_kind(h) for h in hits}
    # "a sit-in spread to the whole yard, with 5,000 workers now refusing to work": the refusal
    # is the sit-in's own, a protest
    sit_in = any(h.rule == "labor.weak.occupation" for h in hits)
    return {"protest" if _HUNGER.search(text[max(0, h.start - 7):h.start])
            or (sit_in and h.rule == "labor.medium.refused_work") else _hit_kind(h) for h in hits}


def status(ctx: Context, facts: ArticleFacts) -> Fact[str] | None:
    """The main action's state as of publication (see the module docstring).

    An action found under way whose one day (a rally, a short action) lies before
    publication is over: a one-day walkout reported the next day has ``ended``. One whose
    stated last day lies before publication is settled by
    :func:`picketline.extract.dates.settled_status`, which runs after this (dates reads this
    module's cue words, so this module reads nothing of dates)."""
    found = _status(ctx, facts)
    main = facts.action_type.value if facts.action_type else None
    if main == "protest" and (found is None or found.value == "ongoing" and _in_headline(ctx, found)):
        # "NURSES PICKET <HOSPITAL>" over "About 900 nurses picketed the hospital yesterday",
        # "Teachers march on <city>" over "25,000 teachers have marched through the capital":
        # the headline's bare present (or no vote at all) and a lead that tells the rally held
        held = _protest_held_in_lead(ctx)
        if held is not None:
            return Fact("ended", ctx.sentence_evidence(held), 0.7, note="a rally or picket, told in the past",
                        rules=[*(found.rules if found else []), "status.code.protest_past", "labor.protest.held"])
    if found is None and main in ("strike", "lockout"):
        # "held a one-hour stoppage this morning", "held a 24-hour strike yesterday" with no
        # vote: a short action told in the past is over
        over = _short_action_over(ctx)
        if over is not None:
            hours = _hours_over(over.text)
            return Fact("ended", ctx.sentence_evidence(over), 0.6, note="a one-day action, told in the past",
                        rules=["status.code.short_action_past",
                               "labor.status.hours_action" if hours else "labor.status.short_action"])
    if found is not None and found.value == "ongoing":
        ev = found.evidence.sentence if found.evidence else ""
        # a rally told in the past is over; a strike or lockout its people rallied in is not
        # ("locked-out workers rallied on Monday as the lockout entered its second week")
        if _PROTEST_PAST.search(ev) and not _RALLY_NOT_PAST.search(ev) and main in ("protest", None) \
                and not _OCCUPATION.search(ev):
            return Fact("ended", found.evidence, 0.7, note="a rally or march, told in the past",
                        rules=[*found.rules, "status.code.protest_past", "labor.protest.held"])
        over = _short_action_over(ctx)
        if over is not None:
            return Fact("ended", ctx.sentence_evidence(over), 0.7, note="a one-day action, told in the past",
                        rules=[*found.rules, "status.code.short_action_past", "labor.status.short_action"])
    return found if found is not None else _default_under_way(ctx, facts)


def _default_under_way(ctx: Context, facts: ArticleFacts) -> Fact[str] | None:
    """A report of an action with no word on its state: news of the day, under way (the date
    rule after this still ends one whose last day is past); not when a headline or lead
    sentence names the action beside a day, which may lie ahead."""
    if not (facts.is_labor_action and facts.is_labor_action.value) or \
            any(_DAY_NAMED.search(s.text) and action_hits(s.text) for z in zones(ctx)[:2] for s in z):
        return None
    return Fact("ongoing", facts.is_labor_action.evidence, 0.4, note="no word on its state",
                rules=["status.code.default_under_way"])


_DAY_NAMED = pattern("labor.status.day_named")


def _in_headline(ctx: Context, found: Fact[str]) -> bool:
    """Is the vote's evidence the headline?"""
    head = zones(ctx)[0]
    return bool(found.evidence and head and found.evidence.start == ctx.sentence_evidence(head[0]).start)


def _protest_held_in_lead(ctx: Context) -> Sentence | None:
    """The first lead sentence that tells a rally, march or picket held (past tense, no word of
    one still going on or to come, no vote of an action under way or ahead)."""
    year = publication_year(ctx)
    for s in zones(ctx)[1]:
        m = _PROTEST_PAST.search(s.text)
        if not m or _RALLY_NOT_PAST.search(s.text) or negated(s.text, m.start()) or \
                future_clause(s.text, m.start()) or historical(s.text, year):
            continue
        if any(st in ("ongoing", "scheduled", "authorized", "threatened") and
               not (st == "ongoing" and vm.start() <= m.start() < vm.end())  # "marched through ..."
               for st, vm in status_votes(s.text)):
            continue
        return s
    return None


_AFTER = pattern("labor.status.after")
_RETURNED = pattern("labor.status.returned")
# "It comes after ...", "This follows ...": a background sentence
_BACKGROUND = pattern("labor.status.background_frame")
# signs that the action had begun: "walked out on June 11", "a two-week-old strike", "strikers"
_BEGUN = pattern("labor.status.begun")

_BEGUN_LENGTH = pattern("labor.status.begun_length")


def _happened(ctx: Context) -> bool:
    for s in ctx.sentences:
        m = _BEGUN.search(s.text) or _BEGUN_LENGTH.search(s.text)
        if m and not negated(s.text, m.start()) and not future_clause(s.text, m.start()):
            return True
    return False


# a short action (a day or less) told in the past tense: over by publication
_SHORT_PAST = pattern("labor.status.short_action")
_PAST = pattern("labor.status.past")
_NOT_PAST = pattern("labor.status.not_past")
# more of the same short actions announced to follow: a wave under way
_MORE_TO_COME = pattern("labor.status.more_to_come")

# an action of a few hours ("stopped work for two hours today"), and the words that keep one
# still under way or to come (not "today": a two-hour stoppage held this morning is over)
_HOURS_PAST = pattern("labor.status.hours_action")
_HOURS_NOT_PAST = pattern("labor.status.hours_not_past")
# a series of short actions ("stoppages on each shift for the past week"): the wave goes on
_SERIES = pattern("labor.status.series_of_actions")
_HOURS_VERB = pattern("labor.status.hours_past_verb")

# a rally, march or demonstration that took place (a one-day event)
_PROTEST_PAST = pattern("labor.protest.held")
# a sit-in or an occupation: it lasts, held or not beside a rally ("staged protests ... after
# a sit-in at another factory")
_OCCUPATION = pattern("labor.weak.occupation")
# a rally lasts hours: one held "today" is over by the report; one "still" going on is not
_RALLY_NOT_PAST = pattern("labor.status.rally_not_past")
# the action told in the present as under way ("thousands of clerks are on strike")
_NOW_UNDER_WAY = pattern("labor.status.now_under_way")

def _short_action_over(ctx: Context) -> Sentence | None:
    """The headline or lead tells of a one-day (or shorter) action in the past tense."""
    pat = _SHORT_PAST
    head, lead, _ = zones(ctx)
    year = publication_year(ctx)
    # "further warning strikes would take place this week": the wave goes on
    if any(_MORE_TO_COME.search(s.text) for s in ctx.sentences):
        return None
    # "civil servants are on strike" over "had joined the 24-hour walkout": the same action, on
    if any(_NOW_UNDER_WAY.search(_headline_text(s) if i < len(head) else s.text)
           for i, s in enumerate(head + lead)):
        return None
    weekday = _publication_weekday(ctx)
    for s in head + lead:
        m = pat.search(s.text)
        if m and _PAST.search(s.text) and not _not_past(s.text) and not historical(s.text, year) and \
                not _earlier_clause(s.text, m.start()) and \
                not (weekday and _names_word(s.text, weekday)):
            # (a day-long action told on the publication's own weekday, "staged a one-day
            # strike Friday" in Friday's paper, is under way as of publication, as "today" is)
            return s
        # "stopped work for two hours today", "held a one-hour stoppage this morning": a few
        # hours' action told in the past is over by the report, held today or not
        if _hours_over(s.text) and not historical(s.text, year) and \
                not any(_SERIES.search(_headline_text(t)) for t in head + lead):
            return s
    return None


_AFTER_WORD = re.compile(r"\b(?:after|following)\b", re.I)


def _names_word(text: str, word: str) -> bool:
    """Is ``word`` one of the sentence's words ("Friday", "Friday's", "Friday,")?"""
    return any(w.strip(".,;:!?\"'()\u2018\u2019\u201c\u201d").removesuffix("'s").removesuffix("\u2019s") == word
               for w in text.split())


def _earlier_clause(text: str, pos: int) -> bool:
    """Is ``pos`` inside an opening after-clause whose sentence goes on to tell another action
    ("a week after porters held a two-hour stoppage over rotas, cleaners at the hospital walked
    out on Friday"): the short action is the one before, not the one reported."""
    head = text[:pos]
    seg = head[max(head.rfind(","), head.rfind(";")) + 1:]
    if not _AFTER_WORD.search(seg):
        return False
    comma = text.find(",", pos)
    return comma != -1 and any(h.start > comma for h in action_hits(text))


earlier_clause = _earlier_clause  # for the date rules: a duration of the action before


# a clause of the action's cause or aim: "held a token stoppage over a merger which would
# shut two depots" (its "would" is no time of the action)
_RELATIVE = re.compile(r"\b(?:which|what|who)\b[^,;]*", re.I)
_CLAUSE_TENSE = frozenset({"is", "are", "will", "would", "to be", "likely", "certain", "expected", "due", "planned"})


def _not_past(text: str) -> bool:
    """A word of now or next in the sentence (labor.status.not_past), not counting a tense or
    modal inside a relative clause of the cause ("which would shut two depots", "what the staff
    call a pay cut"): a time word (today, began, continuing) counts wherever it is."""
    clauses = [m.span() for m in _RELATIVE.finditer(text)]
    for m in _NOT_PAST.finditer(text):
        if " ".join(m.group().lower().split()) in _CLAUSE_TENSE and any(a <= m.start() < b for a, b in clauses):
            continue
        return True
    return False


def _hours_over(text: str) -> bool:
    """An action of a few hours told in the past tense ("stopped work", "struck", "walked out"
    for two hours), with no word of it, or of a series of them, going on or to come."""
    m = _HOURS_PAST.search(text)
    return bool(m and (_PAST.search(text) or _HOURS_VERB.search(text)) and not _HOURS_NOT_PAST.search(text)
                and not negated(text, m.start()) and not _earlier_clause(text, m.start()))


_Vote = tuple[float, str, Sentence, list[str]]  # rank, status, sentence, rule ids


def _status(ctx: Context, facts: ArticleFacts) -> Fact[str] | None:
    head, lead, body = zones(ctx)
    # a web page's caption, label or link (a short line with no stop: "Union members voted
    # overwhelmingly for strike action") tells no state of the action
    lead, body = _without_captions(ctx, lead), _without_captions(ctx, body)
    main = facts.action_type.value if facts.action_type else None
    # a roundup may tell of a strike and a lockout: the main action's sentences decide
    other = {"strike": "lockout", "lockout": "strike"}.get(main or "")
    carried: list[_Vote] = []
    year = publication_year(ctx)
    for zone in (head, lead, body):
        found = list(carried)
        for s in zone:
            text = _headline_text(s) if zone is head else s.text
            found += _sentence_votes(text, s, other, bool(carried), year)
        if not found:
            continue
        rank, st, s, rules = min(found, key=lambda x: x[0])
        if zone is head and st in _HEDGED:
            # a hedged headline ("could strike", "vote to authorize strike") leaves the
            # lead room to say more ("will walk out at 12:01 a.m. Friday")
            carried = [(rank, st, s, rules)]
            continue
        if st == "authorized":
            dated = _dated_plan_after(zone, head, lead, body, other, year)
            if dated is not None:
                # "have voted to strike" ... "has given notice of a 24-hour stoppage on
                # Thursday 24 March": the vote's action now has its day
                return Fact("scheduled", ctx.sentence_evidence(dated[2]), 0.7,
                            note="voted for, then dated", rules=[*dated[3], "status.code.vote_then_date"])
        if st in _HEDGED:
            days = _counted_days(lead + body, other, year)
            if days is not None:
                # "day 40 of this strike": the threat is to widen an action under way
                return Fact("ongoing", ctx.sentence_evidence(days[0]), 0.7, note="an action counted in its days",
                            rules=[*days[1], "labor.status.running_for"])
        behind = _behind_headline(ctx, st, s, lead, other, year) if zone is head else None
        if behind is not None:
            return behind
        if st == "scheduled" and _date_left_open(ctx, s):
            return Fact("authorized", ctx.sentence_evidence(s), 0.6, note="called, its date still to be set",
                        rules=[*rules, "status.code.date_left_open", "labor.status.date_left_open"])
        if st == "averted" and _happened(ctx):
            # "called off their two-week-old strike": it had begun, so it has ended
            return Fact("ended", ctx.sentence_evidence(s), 0.7, note="called off after it began",
                        rules=[*rules, "status.code.called_off_after_begun", "labor.status.begun"])
        return Fact(st, ctx.sentence_evidence(s), 0.8, rules=rules)
    return _status_without_votes(ctx, head + lead + body)


def is_caption(ctx: Context, s: Sentence) -> bool:
    """A web page's caption, label or link below the headline: a whole line with no stop
    (labor.zone.unfinished_line) that no lower-case line goes on from (a hard-wrapped wire
    line: "... went on strike on Thursday\nafter talks on wages broke down")."""
    t = ctx.text
    nl = t.find("\n")
    line = s.text.strip()
    if nl < 0 or s.start < nl or not _UNFINISHED_LINE.match(line) or _OPEN_TAIL.search(line) or \
            t[t.rfind("\n", 0, s.start) + 1:s.start].strip():
        return False
    return not t[s.end:s.end + 200].lstrip()[:1].islower()


def _without_captions(ctx: Context, sents: list[Sentence]) -> list[Sentence]:
    """The sentences less a web page's captions, labels and links (:func:`is_caption`)."""
    return [s for s in sents if not is_caption(ctx, s)]


def _behind_headline(ctx: Context, st: str, s: Sentence, lead: list[Sentence], other: str,
                     year: int | None) -> Fact[str] | None:
    """The lead's state where it tells more than the headline's vote ``st``: a call over an
    action under way that day (:func:`_under_way_today`), a bare present over an end or a
    dated plan (:func:`_behind_present_headline`), an end over a plan called off before it
    began (:func:`_averted_in_lead`); else None."""
    if st == "scheduled":
        today = _under_way_today(ctx, lead, other, year)
        if today is not None:
            # "NURSES SAY NO TO OFFER, CALL STRIKE" over "County nurses walked out on strike
            # today": the headline sums up the call, the lead tells the day's news
            return Fact("ongoing", ctx.sentence_evidence(today[2]), 0.7,
                        note="a called action, under way on the day of publication",
                        rules=[*today[3], "status.code.under_way_today", "labor.status.today"])
    if st == "ongoing":
        ended = _settled_behind_label(_headline_text(s), lead, other, year)
        if ended is not None:
            # "Striking postal workers agree peace deal" over "... have agreed a deal to end
            # their strike": the headline's "striking" says who settled, the lead that it ended
            return Fact("ended", ctx.sentence_evidence(ended[2]), 0.7, note="a settlement by strikers",
                        rules=[*ended[3], "status.code.striking_label_settled", "labor.status.settled_headline"])
        lead_vote = _behind_present_headline(_headline_text(s), lead, other, year)
        if lead_vote is not None:
            told, code = (("an ended action", "status.code.present_headline_ended") if lead_vote[1] == "ended"
                          else ("a dated plan", "status.code.present_headline_plan"))
            return Fact(lead_vote[1], ctx.sentence_evidence(lead_vote[2]), 0.7, note="a present headline, " + told,
                        rules=[*lead_vote[3], code, "labor.status.present_headline"])
    if st == "ended":
        plan = _averted_in_lead(lead, other, year)
        if plan is not None and not _happened(ctx):
            # "union suspends strike" over "suspended plans to hold a strike later this week":
            # the headline's verb ends an action, the lead says it never began
            return Fact("averted", ctx.sentence_evidence(plan[2]), 0.7, note="the lead calls off a planned action",
                        rules=plan[3])
    return None


def _dated_plan_after(zone: list[Sentence], head: list[Sentence], lead: list[Sentence],
                     body: list[Sentence], other: str, year: int | None) -> _Vote | None:
    """After a vote to strike (authorized), a later sentence that gives the action its day
    with no condition ("has given notice of a stoppage on Thursday 24 March", "the action
    would take place on 10 February", "will walk out on 12 April"): the first such vote."""
    rest = {id(head): lead + body, id(lead): body}.get(id(zone), [])
    for t in rest:
        if not _action_day(t.text) or _conditional_date(t.text):
            continue
        votes = _sentence_votes(t.text, t, other, False, year)
        if votes and min(votes, key=lambda x: x[0])[1] == "scheduled":
            return next(v for v in votes if v[1] == "scheduled")
    return None


def _averted_in_lead(lead: list[Sentence], other: str, year: int | None) -> _Vote | None:
    """The lead's averted vote, when the lead tells of no action under way or over."""
    votes = [v for s in lead for v in _sentence_votes(s.text, s, other, False, year)]
    if any(st in ("ended", "ongoing") for _, st, _, _ in votes):
        return None
    return next((v for v in votes if v[1] == "averted"), None)


# the date of an action still to be set: "authorised the executive to determine its date"
_DATE_OPEN = pattern("labor.status.date_left_open")


# the day of a statement or a call ("called on Monday for a new strike"): no day of the action
_STATEMENT_DAY = pattern("labor.status.statement_day")


# a period and no day ("a general strike next month"): no action day where the date is left open
_VAGUE_PERIOD = pattern("labor.status.vague_period")
# a wire dateline's day ("LIMA, Oct 4 The federation called ..."): the filing day
_WIRE_DATELINE = pattern("labor.status.wire_dateline")


def _action_day(text: str) -> bool:
    """Does the sentence name a day other than that of its statement or call (or its wire
    dateline), rather than a period ("next month") or no time at all?"""
    text = _WIRE_DATELINE.sub(" ", text, count=1)
    return bool(_DAYREF_RE.search(_VAGUE_PERIOD.sub(" ", _STATEMENT_DAY.sub(" ", text))))


def _date_left_open(ctx: Context, s: Sentence) -> bool:
    """A scheduled vote whose sentence names no day of the action ("union calls for national
    strike", "called on Monday for a new strike"), in a story that says the date is still to
    be set and has no scheduled vote with a day anywhere: called, not dated."""
    if _action_day(s.text) or not any(_DATE_OPEN.search(t.text) for t in ctx.sentences):
        return False
    return not any(st == "scheduled" and _action_day(t.text)
                   for t in ctx.sentences for st, _ in status_votes(t.text))


# a headline's bare present: "hundreds of engineers walk off the job" (labor.status.present_headline)
_PRESENT_HEAD = pattern("labor.status.present_headline")
_STRIKING_LABEL = pattern("labor.status.striking_label")
_SETTLED_HEAD = pattern("labor.status.settled_headline")


def _settled_behind_label(text: str, lead: list[Sentence], other: str, year: int | None) -> _Vote | None:
    """A headline whose only ongoing vote is the label "striking <workers>" and that tells a
    settlement ("Striking postal workers agree peace deal"), over a lead whose first sentence
    with an ended vote comes before any that tells the action under way (other than by that
    label: "have voted in favour of a new contract, ending an 18-month strike"): its ended
    vote."""
    votes = status_votes(text)
    if not votes or any(st != "ongoing" or not _STRIKING_LABEL.match(m.group()) for st, m in votes) \
            or not _SETTLED_HEAD.search(text):
        return None
    for t in lead:
        votes = _sentence_votes(t.text, t, other, False, year)
        labels = [m for st, m in status_votes(t.text) if st == "ongoing" and _STRIKING_LABEL.match(m.group())]
        if any(v[1] == "ongoing" for v in votes) and not labels:
            return None  # the action told under way before any end
        ended = next((v for v in votes if v[1] == "ended"), None)
        if ended is not None:
            return ended
    return None


def _behind_present_headline(text: str, lead: list[Sentence], other: str, year: int | None) -> _Vote | None:
    """A headline whose ongoing vote is a bare present ("engineers walk off the job", "Walkout
    hits news operation": the headline's tense, not the action's) over a lead that tells the
    action's end ("the 24-hour walkout ended at midnight last night"): the lead's ended vote;
    or over a lead that dates the action to come ("will stop work for 12 hours on Monday") and
    tells of none under way or over: its scheduled vote."""
    m = next((m for st, m in status_votes(text) if st == "ongoing"), None)
    if m is None or not _PRESENT_HEAD.match(m.group()):
        return None
    votes = [v for s in lead for v in _sentence_votes(s.text, s, other, False, year)]
    ended = next((v for v in votes if v[0] == STATUS_ORDER.index("ended") and v[1] == "ended"), None)
    if ended is not None or any(st in ("averted", "ended", "ongoing") for _, st, _, _ in votes):
        return ended
    return next((v for v in votes if v[1] == "scheduled"), None)


_TODAY = pattern("labor.status.today")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _publication_weekday(ctx: Context) -> str | None:
    """The weekday of the article's date (its given date, else its ``date YYYY-MM-DD`` line)."""
    pub = ctx.article.published or ""
    m = _DATE_LINE.match(ctx.text) if not pub else None
    day = pub[:10] if pub else (m.group(0).split()[1] if m else "")
    try:
        return _WEEKDAYS[date.fromisoformat(day).weekday()]
    except ValueError:
        return None


def _under_way_today(ctx: Context, lead: list[Sentence], other: str, year: int | None) -> _Vote | None:
    """A lead sentence that tells the action under way on the day of publication, by "today"
    ("Los Angeles County nurses walked out on strike today") or by the day's own weekday: its
    ongoing vote. A later day, or none, leaves a headline's call as it is, and so does a
    sentence that also dates a plan ("handed a strike notice Monday, setting the stage for a
    walkout that would begin next Thursday")."""
    weekday = _publication_weekday(ctx)
    for s in lead:
        if not (_TODAY.search(s.text) or weekday and re.search(rf"\b{weekday}\b", s.text)):
            continue
        votes = _sentence_votes(s.text, s, other, False, year)
        if any(v[1] in _PLANNING for v in votes):
            continue
        vote = next((v for v in votes if v[1] == "ongoing"), None)
        if vote is not None:
            return vote
    return None


# an action counted in its days ("day 40 of this strike", "the walkout entered its sixth week"):
# under way, even when a hedged headline threatens more (a threat to widen it)
_RUNNING_FOR = pattern("labor.status.running_for")


def _counted_days(sentences: list[Sentence], other: str, year: int | None) -> tuple[Sentence, list[str]] | None:
    """The first sentence that counts the days of the action under way ("today marks day 40 of
    this strike", "the walkout entered its sixth week"), with the rules of its ongoing vote."""
    for s in sentences:
        if _RUNNING_FOR.search(s.text):
            for _, st, _, rules in _sentence_votes(s.text, s, other, False, year):
                if st == "ongoing":
                    return s, rules
    return None


# "the 18-month labour dispute at the paper is over": the action's end, told without its word
_DISPUTE_OVER = pattern("status.ended.dispute_over")


def _sentence_votes(text: str, s: Sentence, other: str, carried: bool, year: int | None) -> list[_Vote]:
    """The status votes of one sentence of the action: none for an earlier action, one of
    the other kind (``other``: a lockout in a strike's story), or a sentence with neither an
    action word nor a deal or a return to work; after a hedged headline (``carried``) only
    planning states."""
    hits = action_hits(text)
    if hits and (historical(text, year) or all(dated_before(text, h, year) for h in hits)):
        return []  # "after a 1985 strike": an earlier action, not this one's state
    if not (hits or _TENTATIVE.search(text) or _RETURNED.search(text) or _DISPUTE_OVER.search(text)):
        return []
    if other and hits and _hit_kinds(hits) == {other}:
        return []
    out: list[_Vote] = []
    for st, m in status_votes(text):
        if carried and st not in _PLANNING:
            continue  # after a hedged headline the lead may only firm up the plan
        rank: float = STATUS_ORDER.index(st)
        if st == "ended" and _AFTER.match(m.group()):
            # "unloading grain following a strike": a cause, maybe still under way;
            # "It comes after ... following the strikes in June": an earlier round, behind
            # a dated plan of this one
            rank = STATUS_ORDER.index("scheduled" if _BACKGROUND.match(text) else "ongoing") + 0.5
        out.append((rank, st, s, vote_rules(st, m)))
    return out


def _status_without_votes(ctx: Context, sentences: list[Sentence]) -> Fact[str] | None:
    """No status rule voted: a tentative deal means the action is over if it happened, else
    averted; a plain future action ("will strike") with no date is a threat."""
    for s in sentences:
        if _TENTATIVE.search(s.text):
            st = "ended" if _HAPPENED.search(ctx.text) else "averted"
            return Fact(st, ctx.sentence_evidence(s), 0.6, note="tentative agreement",
                        rules=["status.code.tentative_agreement", "labor.status.tentative"])
    for s in sentences:
        m = _FUTURE_ACTION.search(s.text)
        if m and not negated(s.text, m.start()):
            return Fact("threatened", ctx.sentence_evidence(s), 0.5, note="future action, no date",
                        rules=["status.code.future_action", "labor.status.future_action"])
    return None
