"""Extraction: one article in, one :class:`~picketline.model.ArticleFacts` out.

The extractor is a table of steps (:data:`PIPELINE`), each a function of the shared
:class:`~picketline.nlp.Context` and the half-filled facts that declares, as a spaCy component
declares ``requires`` and ``assigns``, the fields it reads and the fields it writes. The table
is checked when this module is imported (:func:`check_pipeline`): every field a step reads was
written by an earlier step, and every field of the facts record is written by exactly one
step; a table that breaks either raises :class:`PipelineError` naming the step and the field.
The modules the steps come from:

- ``classify``: is it a labor action, the action type and its status;
- ``dates``: publication date (given or inferred), start and end dates, relative dates, and a
  status whose action's last day is past;
- ``parties``: employers and unions (aliases, acronyms, locals, gazetteer);
- ``roles``: a trained employer-role check, measured and not hooked in
  (docs/trained-components.md): the rules alone name the employers;
- ``numbers``: participants, wage demand and offer;
- ``place``: location and industry;
- ``issues``: demands and bargaining events;
- ``events``: dated timeline events;
- ``proposals``: each side's wage proposal, structured for costing.

Every record carries :func:`extractor_version` (see :mod:`picketline.versions`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

from ..cascade import no_cue_facts
from ..model import LIST_FACTS, SCALAR_FACTS, Article, ArticleFacts, Fact
from ..nlp import Context, load_model
from ..rules.provenance import name_code_rules
from ..versions import extractor_version
from . import classify, dates, events, issues, numbers, parties, place, proposals

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["extractor_version", "extract_article", "extract_articles", "Step", "PIPELINE",
           "EXTRACTED_FIELDS", "PipelineError", "check_pipeline"]

# What the steps together fill in: every fact of the record, its timeline events and its
# wage proposals (``id`` and ``title`` come with the article; ``dispute`` is linking's).
EXTRACTED_FIELDS = SCALAR_FACTS + LIST_FACTS + ("events", "proposals")
GIVEN_FIELDS = ("id", "title")


class PipelineError(ValueError):
    """The extraction table is inconsistent (a field read before it is written, written
    twice or never, or not a field of the record)."""


@dataclass(frozen=True)
class Step:
    """One extractor: ``run(ctx, facts)`` returns the value of its one ``assigns`` field, or
    a tuple of values in the order of ``assigns``. ``requires``: the fields of ``facts`` it
    reads (and the functions it calls read). ``gate``: articles that are not labor actions
    stop after this step (their other fields stay empty)."""

    name: str
    run: Callable[[Context, ArticleFacts], Any]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    gate: bool = False


def _status(ctx: Context, facts: ArticleFacts) -> Fact[str] | None:
    """The classifier's status, then the date rule: ongoing but last day past is ended."""
    return dates.settled_status(ctx, facts, classify.status(ctx, facts))


PIPELINE: tuple[Step, ...] = (
    Step("published", lambda ctx, facts: dates.publication_date(ctx), (), ("published",)),
    Step("is_labor_action", lambda ctx, facts: classify.is_labor_action(ctx), (),
         ("is_labor_action",), gate=True),
    Step("action_type", lambda ctx, facts: classify.action_type(ctx), (), ("action_type",)),
    Step("status", _status, ("published", "action_type"), ("status",)),
    Step("employers", lambda ctx, facts: parties.employers(ctx), (), ("employers",)),
    Step("unions", lambda ctx, facts: parties.unions(ctx), (), ("unions",)),
    Step("action_dates", dates.action_dates, ("published", "status", "action_type"),
         ("start_date", "end_date")),
    Step("participants", numbers.participants,
         ("action_type", "status", "employers", "unions"), ("participants",)),
    Step("wages", numbers.wages, ("employers", "unions"),
         ("wage_demand_pct", "wage_offer_pct")),
    Step("location", place.location, ("published", "employers", "unions"), ("location",)),
    Step("industry", place.industry,
         ("is_labor_action", "action_type", "employers", "unions", "participants"),
         ("industry",)),
    Step("demands", issues.demands, ("employers", "wage_demand_pct", "wage_offer_pct"),
         ("demands",)),
    Step("bargaining_events", issues.bargaining_events,
         ("employers", "status", "location"), ("bargaining_events",)),
    Step("events", events.timeline_events, ("published", "status", "start_date", "end_date"),
         ("events",)),
    Step("proposals", proposals.proposals, ("published", "employers", "unions"),
         ("proposals",)),
)


def check_pipeline(steps: Sequence[Step], fields: Sequence[str] = EXTRACTED_FIELDS,
                   given: Sequence[str] = GIVEN_FIELDS) -> None:
    """Raise :class:`PipelineError` unless every field a step requires is given or assigned
    by an earlier step, and every one of ``fields`` is assigned by exactly one step (and
    nothing else is)."""
    known = set(fields)
    done: dict[str, str] = {f: "the article" for f in given}
    for step in steps:
        for f in step.requires:
            if f not in done:
                later = next((s.name for s in steps if f in s.assigns), None)
                where = (f"step {later!r} assigns it later" if later
                         else "no step assigns it")
                raise PipelineError(f"extraction step {step.name!r} requires {f!r}, "
                                    f"which no earlier step assigns ({where})")
        for f in step.assigns:
            if f not in known:
                raise PipelineError(f"extraction step {step.name!r} assigns {f!r}, which "
                                    f"is not a field of the facts record")
            if f in done:
                raise PipelineError(f"extraction step {step.name!r} assigns {f!r}, which "
                                    f"{done[f]!r} assigns already")
            done[f] = step.name
    missing = [f for f in fields if f not in done]
    if missing:
        raise PipelineError("no extraction step assigns " + ", ".join(map(repr, missing)))


check_pipeline(PIPELINE)


def run_steps(steps: Sequence[Step], ctx: Context, facts: ArticleFacts) -> ArticleFacts:
    """Run the table over one article's context, filling ``facts``."""
    for step in steps:
        value = step.run(ctx, facts)
        if len(step.assigns) == 1:
            setattr(facts, step.assigns[0], value)
        else:
            for name, v in zip(step.assigns, value, strict=True):
                setattr(facts, name, v)
        if step.gate and not facts.labor:
            break
    return facts


def extract_article(article: Article, nlp: Language | None = None) -> ArticleFacts:
    """Extract every SCHEMA field from one article. ``nlp`` defaults to the shared model.

    Articles without any labor-action cue (see :mod:`picketline.cascade`) stop here, before
    sentence splitting or any statistical model.
    """
    ruled_out = no_cue_facts(article)
    if ruled_out is not None:
        return name_code_rules(ruled_out, is_labor_action="is_labor_action.code.no_cue")
    facts = ArticleFacts(id=article.id, title=article.title,
                         extractor_version=extractor_version())
    # every fact names its rules: data rules set them, code paths get their code rule
    return name_code_rules(run_steps(PIPELINE, Context(article, nlp), facts))


def extract_articles(articles: Iterable[Article], nlp: Language | None = None) -> Iterator[ArticleFacts]:
    """Extract many articles with one loaded model."""
    model = nlp or load_model()
    for article in articles:
        yield extract_article(article, model)
