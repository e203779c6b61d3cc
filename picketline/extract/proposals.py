"""Each side's wage proposal, structured for costing (see ``picketline.process``).

The headline percentage of each side comes from :func:`.numbers.wage_mentions` (the same
attribution as ``wage_demand_pct`` / ``wage_offer_pct``). Around it, in its sentence (and for
conditions, the next two sentences), the proposal's structure is read:

- the spread: "over four years", "over the next five years", "a three-year contract";
- a cents- or dollars-per-hour adder and who gets it: "plus $2 per hour for the lowest paid
  workers", "an increase of $3 an hour" (then for all);
- a one-time bonus in percent: "and a 3% bonus";
- eligibility: "only workers on the job since the 2020-21 school year would receive the full
  increase".

A side with no percentage but an hourly raise ("seeking $3.50 more an hour across a four-year
deal") still gets a proposal.
"""
from __future__ import annotations

from ..model import ArticleFacts, Proposal
from ..nlp import Context, Sentence
from ..rules import pattern
from .numbers import DEMAND_CUE, OFFER_CUE, WageMention, _choose, _subject_side, wage_mentions
from .numwords import find_money_per_hour, find_percents, parse_number

# the structure's wording: rules/proposals.toml (each rule's own pattern, groups as written)
_YEARS = pattern("proposals.years.spread")
_SAME_PERIOD = pattern("proposals.same_period.over_same_period")
_GROUP = pattern("proposals.adder_group.for_group")
_BONUS = pattern("proposals.bonus.one_time")
_ELIGIBLE = pattern("proposals.eligibility.workers_since")
_RAISE_BEFORE = pattern("proposals.hourly_raise.raise_of")


def _years(text: str) -> int | None:
    m = _YEARS.search(text)
    if not m:
        return None
    v = parse_number(m.group(1) or m.group(2))
    return int(v) if v is not None and 0 < v <= 20 else None


def _structure(ctx: Context, sent: Sentence, local_start: int) -> dict:
    """Spread, adder, bonus and eligibility read around a headline percentage."""
    text = sent.text
    tail = text[local_start:]
    out: dict = {}
    out["years"] = _years(tail) or _years(text)
    for s, e, v in find_money_per_hour(tail):
        out["hourly_adder"] = v
        g = _GROUP.search(tail[e:e + 60])
        out["adder_group"] = g.group(1).lower().replace("-", " ") if g else None
        break
    for p in find_percents(tail):
        if _BONUS.match(tail[p.end:p.end + 30]):
            out["bonus_pct"] = p.value
            break
    for s in ctx.sentences[sent.idx:sent.idx + 3]:
        m = _ELIGIBLE.search(s.text)
        if m:
            out["eligibility"] = m.group(1).strip()
            break
    return out


def _hourly_only(ctx: Context, side: str) -> tuple[Sentence, int, float] | None:
    """A side's hourly raise stated without a percentage ("a raise of $4 an hour")."""
    prev_side = None
    for s in ctx.sentences:
        for start, end, value in find_money_per_hour(s.text):
            before = s.text[:start]
            if not _RAISE_BEFORE.search(before):
                continue
            cue = None
            for rx, kind in ((DEMAND_CUE, "union"), (OFFER_CUE, "employer")):
                for m in rx.finditer(before):
                    if cue is None or m.start() > cue[0]:
                        cue = (m.start(), kind)
            if cue is None:
                continue
            who = _subject_side(before[:cue[0]], prev_side, None, cue[1])
            if who == side:
                return s, start, value
    return None


def proposals(ctx: Context, facts: ArticleFacts) -> list[Proposal]:
    """The union's and the employer's wage proposals, structured, with evidence."""
    mentions = wage_mentions(ctx, facts)
    date = facts.published.value if facts.published else ctx.article.published
    out: list[Proposal] = []
    years_by_side: dict[str, int | None] = {}
    for side in ("union", "employer"):
        chosen: WageMention | None = _choose([m for m in mentions if m.side == side])
        if chosen is not None:
            local = chosen.start - chosen.sent.start
            st = _structure(ctx, chosen.sent, local)
            if st.get("years") is None and _SAME_PERIOD.search(chosen.sent.text):
                st["years"] = next((y for y in years_by_side.values() if y), None)
            prop = Proposal(side=side, general_increase_pct=chosen.value, date=date,
                            evidence=ctx.sentence_evidence(chosen.sent, chosen.start, chosen.end),
                            rules=["proposals.code", *([chosen.rule] if chosen.rule else [])],
                            **st)
        else:
            hourly = _hourly_only(ctx, side)
            if hourly is None:
                continue
            sent, start, value = hourly
            st = _structure(ctx, sent, start)
            st["hourly_adder"] = value
            st["adder_group"] = st.get("adder_group") or "all"
            st.pop("bonus_pct", None)
            prop = Proposal(side=side, date=date,
                            evidence=ctx.sentence_evidence(sent, sent.start + start), **st)
        years_by_side[side] = prop.years
        out.append(prop)
    return out
