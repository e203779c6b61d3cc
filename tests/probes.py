"""Shared probes for the rule tests: run the extractor's stages up to the one a test is about,
on a sentence or article written for that test. Test files import these (pytest puts `tests/`
on the path) instead of each carrying its own copy; the `nlp` fixture is in conftest.py."""
from __future__ import annotations

import textwrap

from picketline.extract import classify, issues, numbers, parties, place
from picketline.model import Article, ArticleFacts, Fact, Location
from picketline.nlp import Context


def early_facts(text: str, nlp, published: str | None = None, *,
                locate: bool = False) -> tuple[Context, ArticleFacts]:
    """The context and the facts the place and industry stages read: the article's date (when
    given), whether it is a labor action and of what type, its employers and unions, and with
    `locate` its place."""
    ctx = Context(Article(id="t", text=text, published=published), nlp)
    f = ArticleFacts(id="t")
    if published is not None:
        f.published = Fact(published, None)
    f.is_labor_action = classify.is_labor_action(ctx)
    f.action_type = classify.action_type(ctx)
    f.employers = parties.employers(ctx)
    f.unions = parties.unions(ctx)
    if locate:
        f.location = place.location(ctx, f)
    return ctx, f


def loc_of(text: str, nlp, published: str | None = None) -> tuple:
    """(city, state, country) of the action, or three Nones."""
    ctx, f = early_facts(text, nlp, published)
    v = place.location(ctx, f)
    return (v.value.city, v.value.state, v.value.country) if v else (None, None, None)


def industry_of(text: str, nlp, published: str | None = None, *,
                locate: bool = False) -> str | None:
    """The industry, read with or without the place found first."""
    ctx, f = early_facts(text, nlp, published, locate=locate)
    return (v := place.industry(ctx, f)) and v.value


def participants_of(text: str, published: str | None = None) -> int | None:
    """The count of workers taking part in a text, or None."""
    ctx = Context(Article(id="t", text=text, published=published))
    fact = numbers.participants(ctx, ArticleFacts(id="t"))
    return None if fact is None else fact.value


def wages_of(text: str, published: str = "1987-06-10") -> tuple[float | None, float | None]:
    """(wage demand %, wage offer %) of a text, each None when not read."""
    ctx = Context(Article(id="t", text=text, published=published))
    demand, offer = numbers.wages(ctx, ArticleFacts(id="t"))
    return (demand.value if demand else None, offer.value if offer else None)


def demands_of(text: str, published: str = "1987-06-10") -> set[str]:
    """The demands of a text, with its wage figures read first."""
    ctx = Context(Article(id="t", text=text, published=published))
    facts = ArticleFacts(id="t")
    facts.wage_demand_pct, facts.wage_offer_pct = numbers.wages(ctx, facts)
    return {d.value for d in issues.demands(ctx, facts)}


def events_of(text: str, country: str | None = None, published: str = "1996-04-11") -> set[str]:
    """The bargaining steps of a text (with its wage figures read first and, when given, the
    country of the action), each checked to carry a sentence of the text as its evidence."""
    ctx = Context(Article(id="t", text=text, published=published))
    facts = ArticleFacts(id="t")
    facts.wage_demand_pct, facts.wage_offer_pct = numbers.wages(ctx, facts)
    if country is not None:
        facts.location = Fact(Location(country=country))
    evs = issues.bargaining_events(ctx, facts)
    for e in evs:
        assert e.evidence is not None and e.evidence.sentence in text
    return {e.value for e in evs}


def unions_of(text: str, nlp, published: str | None = None) -> list[str]:
    """The unions of a text, as output."""
    ctx = Context(Article(id="t", text=text, published=published), nlp)
    return [u.value for u in parties.unions(ctx)]


def employers_of(text: str, nlp, published: str | None = None) -> list[str]:
    """The employers of a text, as output."""
    ctx = Context(Article(id="t", text=text, published=published), nlp)
    return [e.value for e in parties.employers(ctx)]


def life_of(text: str, published: str | None = None) -> dict:
    """Whether a text reports an action, its type, status, days and publication date, and its
    bargaining steps (sorted), from the whole extractor."""
    from picketline.extract import extract_article

    f = extract_article(Article(id="l20", text=text, published=published))
    out = {k: (getattr(f, k).value if getattr(f, k) else None)
           for k in ("is_labor_action", "action_type", "status", "start_date", "end_date", "published")}
    out["bargaining_events"] = sorted(e.value for e in f.bargaining_events)
    return out


def wire(date: str, head: str, *paras: str) -> str:
    """A Reuters-style story: the date line and headline, paragraphs hard-wrapped at 64
    characters, the later ones indented, and the REUTER sign-off."""
    body = [textwrap.fill(p, 64, initial_indent="    " if i else "") for i, p in enumerate(paras)]
    return f" date {date} {head}\n" + "\n".join(body) + "\n REUTER\n"


def web(head: str, *paras: str) -> str:
    """A web story with no date line: the headline, then paragraphs."""
    return head + "\n\n" + "\n\n".join(paras) + "\n"
