"""Web pages' furniture (issue 14, round 25): a page's time stamp ("Last Updated: Monday, 18
June 2007, 14:55 GMT") is no sentence of the lead, so the lead is the story's first sentences.
An article written for this test, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article

PAGE = ("date 2007-06-18 Orvella unions join fuel strike\n\n"
        "Last Updated: Monday, 18 June 2007, 14:55 GMT 15:55 UK\n"
        "Fuel hawkers in Kellport\n"
        "Selling fuel on the black market is rife in Orvella\n"
        "Orvella's trade union federation is to join a strike over recent rises in petrol "
        "prices and value-added tax.\n\n"
        "\"We have decided to go on an indefinite strike beginning on Wednesday,\" trade union "
        "leader Naveen Tolvane said.\n\n"
        "The trade unions had warned the new government to reverse the increases two weeks ago "
        "or face a national strike.\n\n"
        "Long queues are already being reported at petrol stations after transport and oil "
        "unions went on strike on Friday.\n")


def test_a_time_stamp_line_does_not_push_the_plan_out_of_the_lead():
    f = extract_article(Article(id="zn25", text=PAGE, published="2007-06-18"))
    assert f.labor
    assert f.status.value == "scheduled"
    assert f.start_date.value == "2007-06-20"
