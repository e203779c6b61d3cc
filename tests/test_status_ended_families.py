"""An action told as over in the ways reporters tell it: a headline's bare present ("Walkout
hits news operation") with a lead that says the walkout ended; services back "after" the strike;
a time told "following the end of" it; drivers who "agreed to return to work" after a clause
with a modal of its own. And their look-alikes, still under way or still ahead. Articles
written for these tests, invented names."""
from __future__ import annotations

import pytest

import probes
from picketline.extract import classify

WALKOUT = ("Walkout hits Kellford broadcaster\n\n"
           "Flagship Orvella TV programmes were scrapped yesterday as 5,000 journalists and "
           "technicians joined the biggest walkout at the corporation in a decade.\n\n"
           "The 24-hour walkout from Orvella studios {verb} at midnight last night, the "
           "Kellford Media Union said.")


@pytest.mark.parametrize("verb, status", [("ended", "ended"), ("continued", "ongoing")])
def test_a_present_headline_over_a_lead_that_ends_the_action(verb, status):
    f = probes.life_of(WALKOUT.format(verb=verb), "2006-05-24")
    assert f["is_labor_action"] is True
    assert f["status"] == status


def test_the_lead_decides_over_the_headlines_present(nlp):
    from picketline.extract import extract_article
    from picketline.model import Article
    f = extract_article(Article(id="t", text=WALKOUT.format(verb="ended"), published="2006-05-24"), nlp)
    assert "status.code.present_headline_ended" in f.status.rules
    assert "ended at midnight" in f.status.evidence.sentence


def test_the_ended_vote_counts_the_action_with_its_place():
    votes = classify.status_votes("The strike by 900 nurses at Orvella General ended on Friday.")
    assert [st for st, _ in votes][:1] == ["ended"]
    votes = classify.status_votes("The strike at the Kellford plant ended its third week.")
    assert "ended" not in [st for st, _ in votes]


BUSES = ("Buses return to Kellford streets {after} unofficial strike\n\n"
         "Kellford Bus services affected by an unofficial stoppage by drivers at the Orvella "
         "garage are back on the roads this morning.\n\n"
         "Up to 150 drivers took part, the Kellford Transport Union said.")


def test_services_back_after_the_strike():
    assert probes.life_of(BUSES.format(after="after"), "2005-02-01")["status"] == "ended"


@pytest.mark.parametrize("sentence, ended", [
    ("Orvella Airways is recovering following the recent end of the strike that grounded "
     "its fleet.", True),
    ("Talks will continue until the end of the strike.", False),
    ("Flights resumed at Kellford airport following a 24-hour walkout.", True),
    ("Production will resume after the strike.", False),
    ("Managers said action would be taken to make the depot safe and the drivers agreed to "
     "return to work.", True),
    ("Members will walk off the job and return to work on Monday.", False),
])
def test_ended_cues_and_their_look_alikes(sentence, ended):
    assert ("ended" in [st for st, _ in classify.status_votes(sentence)]) is ended


# --- called off after it ran: its length, or the dispute it ended, says it had begun -----------
@pytest.mark.parametrize("text, status", [
    ("Strike ends\n\nWorkers at Orvella Motors have called off a 13-day strike which had "
     "seriously affected production, the union said.", "ended"),
    ("Print strike over\n\nLONDON -- A second print union in as many days Friday called off "
     "its strike against Tolvane Newspapers, ending a bitter, 13-month labor dispute during "
     "which hundreds were arrested.", "ended"),
    # a length still to come is a plan called off
    ("Strike called off\n\nThe Kellford Journalists Union has called off a 48-hour strike at "
     "Kestrel Radio planned for next Monday and Tuesday over pensions.", "averted"),
    ("Strike called off\n\nThe Kellford Journalists Union has called off a 10-day strike "
     "planned for March at Kestrel Radio after a pay offer.", "averted"),
])
def test_called_off_after_a_length_it_ran(text, status):
    f = probes.life_of(text, "2020-03-06")
    assert f["is_labor_action"] is True
    assert f["status"] == status
