"""Extraction: one article in, one :class:`~picketline.model.ArticleFacts` out.

Each field has its own small extractor module (a named component with one job, as in spaCy);
this module runs them in order over a shared :class:`~picketline.nlp.Context`:

- ``classify``: is it a labor action, the action type and its status;
- ``dates``: publication date (given or inferred), start and end dates, relative dates;
- ``parties``: employers and unions (aliases, acronyms, locals, gazetteer);
- ``numbers``: participants, wage demand and offer;
- ``place``: location and industry;
- ``issues``: demands and bargaining events;
- ``events``: dated timeline events;
- ``proposals``: each side's wage proposal, structured for costing.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Iterator

from ..cascade import no_cue_facts
from ..model import EXTRACTOR_VERSION, Article, ArticleFacts
from ..nlp import Context, load_model
from . import classify, dates, events, issues, numbers, parties, place, proposals

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["EXTRACTOR_VERSION", "extract_article", "extract_articles"]


def extract_article(article: Article, nlp: Language | None = None) -> ArticleFacts:
    """Extract every SCHEMA field from one article. ``nlp`` defaults to the shared model.

    Articles without any labor-action cue (see :mod:`picketline.cascade`) stop here, before
    sentence splitting or any statistical model.
    """
    ruled_out = no_cue_facts(article)
    if ruled_out is not None:
        return ruled_out
    facts = ArticleFacts(id=article.id, title=article.title,
                         extractor_version=EXTRACTOR_VERSION)
    ctx = Context(article, nlp)
    facts.published = dates.publication_date(ctx)
    facts.is_labor_action = classify.is_labor_action(ctx)
    if not facts.labor:
        return facts
    facts.action_type = classify.action_type(ctx)
    facts.status = classify.status(ctx, facts)
    facts.employers = parties.employers(ctx)
    facts.unions = parties.unions(ctx)
    facts.start_date, facts.end_date = dates.action_dates(ctx, facts)
    facts.participants = numbers.participants(ctx, facts)
    facts.wage_demand_pct, facts.wage_offer_pct = numbers.wages(ctx, facts)
    facts.location = place.location(ctx, facts)
    facts.industry = place.industry(ctx, facts)
    facts.demands = issues.demands(ctx, facts)
    facts.bargaining_events = issues.bargaining_events(ctx, facts)
    facts.events = events.timeline_events(ctx, facts)
    facts.proposals = proposals.proposals(ctx, facts)
    return facts


def extract_articles(articles: Iterable[Article], nlp: Language | None = None) -> Iterator[ArticleFacts]:
    """Extract many articles with one loaded model."""
    model = nlp or load_model()
    for article in articles:
        yield extract_article(article, model)
