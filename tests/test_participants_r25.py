"""Participants in real copy (issue 14, round 25): an aside set off by commas between a count
and its action ("23,000 members of the metalworkers' union, affiliated to Forca Orvella, the
country's second largest union confederation, began an indefinite strike") does not part the
count from the action. Articles written for these tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _participants(text: str) -> int | None:
    f = extract_article(Article(id="pt25", text=text, published="1997-04-01"))
    assert f.labor
    return f.participants.value if f.participants else None


def test_a_count_whose_subject_carries_an_aside_is_tied_to_its_action():
    text = ("date 1997-04-01 Metalworkers strike\n\n"
            "KELLPORT: To push their wage demands, 23,000 members of the Kelmera metalworkers' "
            "union, affiliated to Forca Orvella, the country's second largest union "
            "confederation, began an indefinite strike on March 26.\n")
    assert _participants(text) == 23000


def test_a_membership_far_from_any_action_is_still_no_count():
    text = ("date 1997-04-01 Metalworkers strike\n\n"
            "Metalworkers at Orvella Steel began an indefinite strike on March 26 over pay.\n\n"
            "The Kelmera metalworkers' union, which has 23,000 members in the state, the "
            "country's second largest union confederation and several smaller federations, "
            "said talks with the company and with the regional labour ministry had failed "
            "after three months and that it would now consider its next steps.\n")
    assert _participants(text) is None


def test_a_bare_count_that_took_part_is_the_strikers():
    text = ("date 1990-07-12 Public sector strike ends in Kelmera\n\n"
            "KELLPORT, July 12 - A 10-day strike by public employees ended early today after "
            "the government agreed to a 43 percent raise, officials said. Strike leaders said "
            "90,000 took part.\n")
    assert _participants(text) == 90000


def test_a_bare_share_that_took_part_is_no_count():
    text = ("date 1990-07-12 Public sector strike ends in Kelmera\n\n"
            "KELLPORT, July 12 - A 10-day strike by public employees ended early today after "
            "the government agreed to a 43 percent raise, officials said. Strike leaders said "
            "90 percent took part.\n")
    assert _participants(text) is None
