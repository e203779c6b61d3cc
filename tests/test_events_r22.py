"""Bargaining events of real copy (issue 14, round 22): services back to normal, or fares paid
back, are no return to work. Articles written for these tests, invented names."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _events(text: str) -> list[str]:
    f = extract_article(Article(id="ev22", text=text, published=None))
    return [e.value for e in f.bargaining_events]


@pytest.mark.parametrize("sentence", [
    "Some bus and rail services have returned to normal after unofficial pickets were lifted.",
    "The airline said it had returned them their money.",
])
def test_services_or_money_returned_is_no_return_to_work(sentence):
    text = ("Kestrel bus drivers strike\n\n"
            "Bus drivers at Kestrel Coaches went on strike on Monday over pay, the Kestrel "
            f"Transport Union said.\n\n{sentence}\n")
    assert "return_to_work" not in _events(text)


def test_strikers_who_returned_to_work_is_a_return_to_work():
    text = ("Kestrel bus strike ends\n\n"
            "Bus drivers at Kestrel Coaches who went on strike on Monday over pay returned to "
            "work on Thursday, the Kestrel Transport Union said.\n")
    assert "return_to_work" in _events(text)
