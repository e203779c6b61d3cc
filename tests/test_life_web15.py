"""The life of the action in web copy from around the world: a protest told in the plain past,
a threat to start a strike, ... Articles written for these tests (invented names; no text from
any evaluation set)."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, published: str | None):
    f = extract_article(Article(id="w", text=text, published=published))
    val = lambda x: x.value if x else None  # noqa: E731
    return {"labor": val(f.is_labor_action), "type": val(f.action_type), "status": val(f.status),
            "start": val(f.start_date), "end": val(f.end_date)}


@pytest.mark.parametrize("verb", [
    "on Wednesday protested over unpaid allowances",
    "protested outside the state secretariat on Wednesday over unpaid allowances",
    "on Wednesday demonstrated against unpaid allowances",
])
def test_workers_who_protested_held_a_protest_that_is_over(verb):
    text = ("Council workers in Tarambe protest over allowances\n\n"
            f"Council workers in the eastern province of Tarambe {verb} and delays in pension "
            "payments, a local radio station reported.\n\n"
            "The workers' protest came after a 10-day ultimatum to the provincial governor ran out, "
            "as they demanded payment of arrears or risk industrial action.\n\n"
            "Labour leaders are meeting provincial officials to discuss the demands.\n\n"
            "Earlier, the workers had threatened to start a strike unless their demands were met.\n")
    f = _facts(text, "2021-03-10")
    assert f["type"] == "protest"
    assert f["status"] == "ended"
    assert f["start"] == f["end"] == "2021-03-10"
