"""The extractor is a table of steps that declare the fields they read and write, checked
when the package is imported: a step reading a field no earlier step wrote, a field written
twice or never, or an unknown field is refused with a message naming the step and the
field. The declarations are also checked against what the steps do: each step, given only
the fields it declares, finds what it finds in the full run."""
from __future__ import annotations

import subprocess
import sys
from dataclasses import fields, is_dataclass, replace

import pytest

from picketline import extract
from picketline.extract import (EXTRACTED_FIELDS, PIPELINE, PipelineError, Step,
                                check_pipeline, extract_article, extractor_version,
                                run_steps)
from picketline.model import Article, ArticleFacts, Fact
from picketline.nlp import Context

STRIKE = Article("nurses", (
    "About 120 nurses represented by the Valley Nurses Union Local 9 went on strike Monday "
    "at Harbor View Medical Center in Fresno, California, after months of talks over "
    "staffing. The strike is set to last through Wednesday.\n\nThe union is seeking a 6% "
    "raise over three years; the hospital has offered 2%. Mediation failed last week, union "
    "officials said.\n"), title="Nurses walk out at Harbor View Medical Center",
    published="2025-03-04")
OVER = Article("over", (
    "Bus drivers of the Transit Workers Union Local 22 are striking against Lakeside Transit "
    "Authority in Lakeside, Ohio. The strike runs from March 3 through March 5.\n"),
    title="Lakeside bus drivers strike", published="2025-03-12")
QUIET = Article("quiet", ("The Fresno library opened a reading room on Tuesday; its strike of "
                          "a balance between quiet and study pleased visitors.\n"),
                published="2025-03-05")


def _plain(x):
    """``x`` with the rule ids that :func:`extract_article` adds after the steps left out."""
    if isinstance(x, (list, tuple)):
        return type(x)(_plain(v) for v in x)
    if is_dataclass(x) and "rules" in {f.name for f in fields(x)}:
        return replace(x, rules=[])
    return x


def _step(name: str) -> Step:
    return next(s for s in PIPELINE if s.name == name)


def _without(name: str) -> tuple[Step, ...]:
    return tuple(s for s in PIPELINE if s.name != name)


def test_the_table_is_consistent_and_complete() -> None:
    check_pipeline(PIPELINE)
    assigned = [f for s in PIPELINE for f in s.assigns]
    assert sorted(assigned) == sorted(EXTRACTED_FIELDS)
    assert [s.name for s in PIPELINE if s.gate] == ["is_labor_action"]


def test_a_missing_requirement_is_refused() -> None:
    with pytest.raises(PipelineError, match="step 'participants' requires 'employers', "
                                            "which no earlier step assigns"):
        check_pipeline(_without("employers"), fields=tuple(
            f for f in EXTRACTED_FIELDS if f != "employers"))
    # required before it is assigned: the message says which step assigns it later
    steps = list(PIPELINE)
    status = steps.pop(steps.index(_step("status")))
    steps.insert(steps.index(_step("action_dates")) + 1, status)
    with pytest.raises(PipelineError, match="'action_dates' requires 'status'.*"
                                            "step 'status' assigns it later"):
        check_pipeline(steps)


def test_fields_assigned_twice_never_or_unknown_are_refused() -> None:
    twice = PIPELINE + (Step("again", lambda ctx, facts: None, (), ("industry",)),)
    with pytest.raises(PipelineError, match="'again' assigns 'industry', which 'industry' "
                                            "assigns already"):
        check_pipeline(twice)
    with pytest.raises(PipelineError, match="no extraction step assigns 'proposals'"):
        check_pipeline(_without("proposals"))
    bad = PIPELINE + (Step("typo", lambda ctx, facts: None, (), ("particpants",)),)
    with pytest.raises(PipelineError, match="'particpants', which is not a field"):
        check_pipeline(bad)


def test_a_bad_table_fails_at_import(tmp_path) -> None:
    """The check runs when the package is imported: a table edited into inconsistency
    stops every command at once, naming the step."""
    code = ("import picketline.extract as e\n"
            "from picketline.extract import PIPELINE, check_pipeline\n"
            "check_pipeline(tuple(reversed(PIPELINE)))\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode != 0 and "PipelineError: extraction step 'proposals' requires " \
        "'published'" in r.stderr


@pytest.mark.parametrize("article", [STRIKE, OVER], ids=lambda a: a.id)
def test_each_step_needs_only_what_it_declares(article: Article) -> None:
    """Run each step on a fresh context with a record holding only the fields the step
    requires (from the full run): it finds the same value as in the full run."""
    full = extract_article(article)
    assert full.labor and full.employers and full.status is not None
    for step in PIPELINE:
        given = ArticleFacts(id=article.id, title=article.title,
                             extractor_version=extractor_version(),
                             **{f: getattr(full, f) for f in step.requires})
        got = step.run(Context(article), given)
        want = tuple(getattr(full, f) for f in step.assigns)
        got = got if len(step.assigns) > 1 else (got,)
        assert _plain(got) == _plain(want), step.name


def test_status_ended_by_its_last_day_comes_from_dates() -> None:
    """The classifier reads 'are striking ... runs from March 3 through March 5' as under
    way; the dates step's rule (its last day is before publication, March 12) makes it
    ended: the rule that closed the classify <-> dates import loop by moving to dates."""
    from picketline.extract import classify, dates

    facts = extract_article(OVER)
    assert facts.status.value == "ended"
    assert facts.end_date is not None and facts.end_date.value < facts.published.value
    ctx = Context(OVER)
    partial = ArticleFacts(id="over", published=facts.published,
                           action_type=facts.action_type)
    found = classify.status(ctx, partial)
    assert found is not None and found.value == "ongoing"
    settled = dates.settled_status(ctx, partial, found)
    assert _plain(settled) == _plain(facts.status)
    assert "2025-03-05" in settled.note


def test_not_labor_stops_at_the_gate() -> None:
    facts = run_steps(PIPELINE, Context(QUIET), ArticleFacts(id="quiet"))
    assert facts.published is not None and facts.is_labor_action is not None
    assert not facts.labor
    assert facts.status is None and facts.employers == [] and facts.events == []


def test_no_import_loop_between_classify_and_dates() -> None:
    """classify imports nothing of dates (dates reads classify's cue words)."""
    import ast
    import inspect

    from picketline.extract import classify

    tree = ast.parse(inspect.getsource(classify))
    imported = {(n.module or "") + ":" + ",".join(a.name for a in n.names)
                for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert not [i for i in imported if "dates" in i], imported
    assert extract.dates.action_hits is classify.action_hits


def test_extract_article_uses_the_table(monkeypatch) -> None:
    """``extract_article`` runs :data:`PIPELINE`: a step replaced in the table is what
    runs."""
    other = Fact("other", None, 0.1, note="replaced")
    steps = tuple(replace(s, run=lambda ctx, facts: other) if s.name == "industry" else s
                  for s in PIPELINE)
    monkeypatch.setattr(extract, "PIPELINE", steps)
    assert extract_article(STRIKE).industry.note == "replaced"
