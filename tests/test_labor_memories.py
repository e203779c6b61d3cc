"""An action remembered, not reported: a reporter who "recalls the miners' strike", a lead that
opens "Twenty-five years ago, ... miners embarked on a strike", a general strike "which started
100 years ago this week", and a strike named by its span of years ("the 1984-5 miners'
strike"). A report of today's action that mentions an age ("the first walkout since the
company was founded 30 years ago") stays a labor action. Articles written for these tests,
invented names."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article

MEMORIES = [
    ("Memories of the Kellford miners' strike\n\n"
     "Our reporter Ann Brenmoor recalls the Kellford miners' strike of her youth.\n\n"
     "In the evening miners had sat in the pub together; by the morning they were bitter "
     "enemies on either side of the picket line.\n\n"
     "The pit closed two years after the strike ended."),
    ("Your stories: the Kellford miners' strike\n\n"
     "Twenty-five years ago, Kellford's miners embarked on a strike over pit closures, "
     "starting one of the most bitter disputes of the decade.\n\n"
     "Readers have been sending in their memories of the strike and the picket lines."),
    (" date 2019-05-15 HOW THE TOLVANE GENERAL STRIKE CHANGED A CITY\n"
     "    The Tolvane General Strike, which started 100 years ago this week, lasted only six\n"
     "weeks. Thousands of workers walked off the job and the city came to a halt.\n"
     "    Historians argue over what the strikers won.\n"),
]


@pytest.mark.parametrize("text", MEMORIES)
def test_an_action_remembered_is_no_labor_report(text):
    f = extract_article(Article(id="t", text=text, published="2009-03-05"), None)
    assert f.is_labor_action.value is False


def test_todays_strike_with_an_age_in_its_lead_is_still_one():
    text = ("Kellford bakery workers strike\n\n"
            "Workers at Orvella Bakeries in Kellford walked out on Monday over pay, the first "
            "walkout since the company was founded 30 years ago.\n\n"
            "The Kellford Bakers Union wants a 6 percent rise.")
    f = extract_article(Article(id="t", text=text, published="2009-03-03"), None)
    assert f.is_labor_action.value is True
    assert f.status.value == "ongoing"
