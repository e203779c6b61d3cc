"""Generalisation checks: the extractor on article sets written independently of it.

- ``tests/heldout/``: written (with gold records) by someone who had read neither the
  extractor code nor the shared dev set, and never used to tune the extractors: the honest
  measure of how picketline does on news it has not seen (see its README).
- ``tests/tuneset/`` and ``tests/tuneset2/``: written the same way, then used to improve the
  extractors' generality; their floors guard against regressions.

The floors sit below today's scores, so a test fails when a change makes the extractor worse.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from picketline.evaluate import load_gold, score
from picketline.extract import extract_articles
from picketline.ingest import read_paths
from picketline.link import link_articles_for_extract
from picketline.model import Article

HERE = Path(__file__).parent
SETS = {  # name: (articles, labor articles, macro F1 floor)
    "heldout": (24, 16, 0.88),
    "tuneset": (30, 22, 0.95),
    "tuneset2": (26, 18, 0.95),
}


def _report(name: str) -> dict:
    folder = HERE / name
    articles = [a for a in read_paths([folder / "articles"]) if isinstance(a, Article)]
    facts = list(extract_articles(articles))
    link_articles_for_extract(facts, articles)
    return score(load_gold(folder / "gold"), {f.id: f.to_schema() for f in facts})


@pytest.fixture(scope="module", params=list(SETS))
def case(request):
    return request.param, _report(request.param)


def test_every_article_read(case):
    name, report = case
    n, labor, _ = SETS[name]
    assert (report["articles"], report["labor"]) == (n, labor)


def test_labor_action_detection(case):
    _, report = case
    assert report["fields"]["is_labor_action"]["f1"] >= 0.90


def test_macro_f1_floor(case):
    name, report = case
    assert report["macro_f1"] >= SETS[name][2], round(report["macro_f1"], 3)


def test_no_field_collapses(case):
    _, report = case
    weak = {k: round(v["f1"], 3) for k, v in report["fields"].items() if v["f1"] < 0.7}
    assert not weak, weak
