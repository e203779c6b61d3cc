"""Dates in wire copy (issue 14, round 21): a length told in a sentence that opens on an earlier
time is an earlier action's. Articles written for these tests, invented names."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _dates(text: str, published: str = "2024-11-20") -> tuple[str | None, str | None]:
    f = extract_article(Article(id="d21", text=text, published=published))
    return (f.start_date.value if f.start_date else None, f.end_date.value if f.end_date else None)


@pytest.mark.parametrize("earlier", [
    "Last month, a 10-day strike by classroom assistants shut more than half of special schools.",
    "In September, the classroom assistants struck for 48 hours.",
    "Two years ago, a five-day strike by the same staff closed every school in Kellford.",
])
def test_a_length_told_of_an_earlier_time_is_no_end_of_this_action(earlier):
    text = ("CLASSROOM ASSISTANTS STRIKE AGAIN\n\nClassroom assistants in Kellford walked out on "
            f"Thursday over pay, the Tolvane Workers Union said.\n\n{earlier}\n")
    assert _dates(text) == ("2024-11-14", None)


def test_the_actions_own_length_still_ends_it():
    text = ("CLASSROOM ASSISTANTS STRIKE AGAIN\n\nClassroom assistants in Kellford began a three-day "
            "strike on Monday over pay, the Tolvane Workers Union said.\n\nLast month, talks on a "
            "new contract broke down.\n")
    assert _dates(text) == ("2024-11-18", "2024-11-20")
