"""Dated timeline events: the steps of a dispute as one article reports them.

Each sentence is matched against a pattern per event kind (:data:`PATTERNS`, kinds from
:data:`picketline.model.EVENT_KINDS`): a strike announced or its notice filed, an
authorization vote, mediation, impasse, fact-finding, an unfair-labor-practice charge, offers
and demands (with the percentage as ``detail`` and the side), a tentative agreement,
ratification, the contract's expiry, a return to work, rallies. The action's own start and
end come from the dates extractor (``facts.start_date`` / ``facts.end_date``).

Only what the article reports as having happened, being under way or being scheduled is
kept: negated, conditional and speculative mentions ("if members approve", "the next step
would be fact-finding", "the union declined a mediator") are dropped. An event's date is the
date expression of its sentence closest to the cue, resolved with the shared resolver of
:mod:`.dates` against the publication date; None when the sentence does not pin it or the
nearest expression is a week ("reached an impasse last week"). A date that names the action
("set a Monday strike", "a strike for Nov. 3") does not date the step around it.

Speed: a pattern is tried on a sentence only when one of its key strings (:data:`_KEYS`) is
in it, and wage events only in sentences with a percentage.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Callable

from ..model import ArticleFacts, Event, Fact
from ..nlp import Context, Sentence
from ..rules import field_rules, pattern
from . import classify, dates

# a cheap necessary condition for each pattern: one of these (lower-cased) strings is in the
# sentence, else the pattern cannot match and is not tried
_KEYS: dict[str, tuple[str, ...]] = {
    "announced": ("strik", "walk", "stoppage", "lockout", "sickout", "industrial"),
    "strike_vote": ("vot", "strik", "walk", "stoppage", "lockout", "sickout", "industrial"),
    "mediation": ("mediat", "stepped"),
    "impasse": ("impasse", "deadlock"),
    "fact_finding": ("fact",),
    "ulp_charge": ("unfair", "filed", "complaint"),
    "tentative_agreement": ("tentative", "reach", "agreed"),
    "ratification": ("ratif", "vot"),
    "contract_expired": ("contract", "agreement"),
    "return_to_work": ("back", "return"),
    "rally": ("rall", "march"),
}
# one set of rules per event kind (picketline/rules/events.toml), in the order they are tried;
# the file's other rules are what the code reads around a cue (below)
_SETS = {kind: rs for kind, rs in field_rules("events").sets.items() if kind in _KEYS}
PATTERNS: dict[str, re.Pattern[str]] = {kind: rs.regex for kind, rs in _SETS.items()}
_PCT_ID, _OFFER_ID, _DEMAND_ID = ("events.percent.figure", "events.offer_cue.offered",
                                  "events.demand_cue.seeking")
_PCT = pattern(_PCT_ID)
_OFFER = pattern(_OFFER_ID)
_DEMAND = pattern(_DEMAND_ID)
_NOT_WAGE = pattern("events.not_wage.other_figure")
_HYPOTHETICAL = pattern("events.hypothetical.hedge")
_WAGE_WORD = pattern("events.wage_word.raise")
_BONUS_AFTER = pattern("events.bonus_after.bonus")


_PAST_KINDS = {"announced", "strike_vote", "impasse", "ulp_charge", "tentative_agreement"}


def _speculative(text: str, start: int, kind: str) -> bool:
    if classify.negated(text, start):
        return True
    window = text[max(0, start - 70):start + 40] if kind != "ratification" else text[max(0, start - 70):start]
    if kind in ("offer", "demand", "rally", "contract_expired", "announced"):
        window = text[max(0, start - 40):start]
    return bool(_HYPOTHETICAL.search(window))


class _Timeline:
    """The events of one article as they are found, each dated from its sentence's date
    expressions and recorded once."""

    def __init__(self, ctx: Context, facts: ArticleFacts) -> None:
        self.ctx = ctx
        self.pub = date.fromisoformat(facts.published.value) if facts.published else None
        ref_year = dates.article_year(ctx)
        rel_anchor = dates.writing_day(ctx, self.pub) if self.pub else None
        self.by_sent: dict[int, list[dates.DateMention]] = {}
        for m in dates.mentions(ctx, self.pub, None, ref_year, rel_anchor):
            self.by_sent.setdefault(m.sent.idx, []).append(m)
        self.out: list[Event] = []
        self.seen: set[tuple] = set()

    def add(self, kind: str, s: Sentence, span: tuple[int, int], detail: str | None = None,
            side: str | None = None, rules: list[str] | None = None) -> None:
        """Record one event; ``span`` is the cue's offsets in the sentence, ``rules`` the ids
        of the rules whose matches made it."""
        ms = self.by_sent.get(s.idx, [])
        if kind in _PAST_KINDS and self.pub is not None:
            ms = [m for m in ms if m.value <= self.pub]  # an announcement is dated when it was made
        if kind in _STEP_KINDS:
            # "set a Monday strike", "strike for Nov. 3": that date is the action's, not the step's
            ms = [m for m in ms if not _dates_the_action(s.text, m, kind)]
        when = _date_near(ms, *span)
        key = (kind, when, detail, side)
        if key in self.seen:
            return
        self.seen.add(key)
        self.out.append(Event(kind, when, self.ctx.sentence_evidence(s, s.start + span[0],
                                                                     s.start + span[1]),
                              detail, side, list(rules or [])))


def _kind_blocked(kind: str, text: str, m: re.Match[str], labor_here: bool) -> bool:
    """A kind's match that is not its step here: a rally without a labor signal, an impasse
    or agreement outside a labor sentence, a mediator outside talks, 'called out sick'."""
    if kind == "rally" and not classify.sentence_signal(text)[0]:
        return True
    if kind in ("impasse", "tentative_agreement") and not labor_here:
        return True
    if kind == "mediation" and not (labor_here or _TALKS.search(text)):
        return True
    return kind == "announced" and bool(_SICK.match(text, m.start()))  # the action itself


def _sentence_events(s: Sentence, add: Callable[..., None]) -> None:
    """The events one sentence reports: each kind whose key words it holds, then wage figures."""
    text = s.text
    low = text.lower()
    labor_here = None
    for kind, pat in PATTERNS.items():
        if not any(k in low for k in _KEYS[kind]):
            continue
        m = pat.search(text)
        if not m or _speculative(text, m.start(), kind):
            continue
        if labor_here is None:
            labor_here = classify.action_sentence(text) or classify.labor_context(text)
        if _kind_blocked(kind, text, m, labor_here):
            continue
        detail = _vote_share(text, m) if kind == "strike_vote" else None
        add(kind, s, m.span(), detail, rules=[_SETS[kind].rule_of(m)])
    if "%" in text or "per" in low:
        _wage_events(text, s, add)


def _action_events(facts: ArticleFacts) -> list[Event]:
    """The action's own start and end (from the dates extractor), when it was held."""
    happened = not facts.status or facts.status.value not in ("averted", "authorized", "threatened")
    out = []
    if facts.start_date and happened:
        out.append(Event("start", facts.start_date.value, facts.start_date.evidence,
                         rules=["events.code.from_fact", *(facts.start_date.rules or ["start_date.code"])]))
    if facts.end_date and happened:
        out.append(Event("end", facts.end_date.value, facts.end_date.evidence,
                         rules=["events.code.from_fact", *(facts.end_date.rules or ["end_date.code"])]))
    return out


def timeline_events(ctx: Context, facts: ArticleFacts) -> list[Event]:
    """The dated events the article reports, in article order, start and end included."""
    timeline = _Timeline(ctx, facts)
    for s in ctx.sentences:
        _sentence_events(s, timeline.add)
    out = timeline.out + _action_events(facts)
    # an undated mention of a step the article also dates (headline "tentative deal", body
    # "reached a tentative agreement on Monday") is the same event
    dated = {(e.kind, e.detail, e.side) for e in out if e.date}
    out = [e for e in out if e.date or (e.kind, e.detail, e.side) not in dated]
    return sorted(out, key=lambda e: e.evidence.start if e.evidence else 0)


def _wage_events(text: str, s: Sentence, add: Callable[..., None]) -> None:
    """Offers (employer side) and demands (union side) with their percentage."""
    if _NOT_WAGE.search(text) and not _WAGE_WORD.search(text):
        return
    for pm in _PCT.finditer(text):
        before = text[max(0, pm.start() - 90):pm.start()]
        if _NOT_WAGE.search(text[max(0, pm.start() - 30):pm.end() + 25]) or \
                _BONUS_AFTER.match(text, pm.end()):
            continue
        shift = max(0, pm.start() - 90)
        am = _DEMAND_AFTER.match(text, pm.end())
        if am:  # "the 6 per cent its members are seeking"
            add("demand", s, (pm.start(), am.end()), f"{pm.group(1)}%", "union",
                rules=[_PCT_ID, _DEMAND_AFTER_ID])
            continue
        # only the percentage's own clause: "..., but the union said it fell short of 6%"
        edge = max((e.end() for e in _CLAUSE_TURN.finditer(before)), default=0)
        cues = [(m.end(), "offer", m) for m in _OFFER.finditer(before, edge)]
        cues += [(m.end(), "demand", m) for m in _DEMAND.finditer(before, edge)]
        if not cues:
            continue
        _, kind, cue = max(cues, key=lambda c: c[0])
        if _speculative(before, cue.start(), kind):
            continue
        side = "employer" if kind == "offer" else "union"
        add(kind, s, (shift + cue.start(), pm.end()), f"{pm.group(1)}%", side,
            rules=[_PCT_ID, _OFFER_ID if kind == "offer" else _DEMAND_ID])


_DEMAND_AFTER_ID = "events.demand_after.members_are_seeking"
_DEMAND_AFTER = pattern(_DEMAND_AFTER_ID)
_CLAUSE_TURN = pattern("events.clause_turn.but")


def _date_near(ms: list[dates.DateMention], start: int, end: int) -> str | None:
    """The day of the date expression nearest the cue (within 50 characters); None when the
    nearest is a week ("reached an impasse last week") or there is none."""
    if not ms:
        return None

    def dist(m: dates.DateMention) -> int:
        return m.start - end if m.start >= end else start - m.end

    best = min(ms, key=dist)
    if dist(best) > 50 or best.granularity != "day":
        return None
    return best.value.isoformat()


_STEP_KINDS = {"announced", "strike_vote", "contract_expired", "ratification", "tentative_agreement"}
_ACTION_AFTER_DATE = pattern("events.action_after_date.monday_strike")
_ACTION_BEFORE_DATE = pattern("events.action_before_date.strike_set_for")
_ACTION_ON = pattern("events.action_on.strike_on")


def _dates_the_action(text: str, m: dates.DateMention, kind: str) -> bool:
    """Does the date expression date the action rather than the step around it ("a Monday
    strike", "set a strike for Nov. 3", "strike to begin March 27")? After a vote, "to
    authorize a strike on Oct. 3" dates the vote."""
    if _ACTION_AFTER_DATE.match(text[m.end:]):
        return True
    b = _ACTION_BEFORE_DATE.search(text[:m.start])
    if not b:
        return False
    return not (kind == "strike_vote" and _ACTION_ON.match(b.group()))


_TALKS = pattern("events.talks.both_sides")
_SICK = pattern("events.sick.called_out_sick")
_SHARE_AFTER = pattern("events.share_after.of_members")
_NOT_SHARE_BEFORE = pattern("events.not_share_before.pay_of")
_NOT_SHARE_AFTER = pattern("events.not_share_after.pay_rise")


def _vote_share(text: str, cue: re.Match[str]) -> str | None:
    """The vote's share ("voted 94% to authorize", "87 per cent of members who voted backed
    strike action"), not a pay figure in the same sentence ("after rejecting a 3.2 per cent
    pay offer")."""
    found = []
    for pm in _PCT.finditer(text):
        if _NOT_SHARE_AFTER.match(text[pm.end():]) or _NOT_SHARE_BEFORE.search(text[max(0, pm.start() - 30):pm.start()]):
            continue
        inside = cue.start() <= pm.start() < cue.end()
        gap = 0 if inside else (cue.start() - pm.end() if pm.end() <= cue.start() else pm.start() - cue.end())
        share = bool(_SHARE_AFTER.match(text[pm.end():]))
        if inside or (0 <= gap <= 60 and share) or 0 <= gap <= 25:
            found.append((not inside, not share, gap, pm.group(1)))
    return f"{min(found)[3]}%" if found else None


def event_facts(events: list[Event]) -> list[Fact[str]]:
    """The events as plain facts (kind as value), e.g. for display next to other facts."""
    return [Fact(e.kind, e.evidence, note=e.date) for e in events]
