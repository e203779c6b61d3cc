"""The employer the story keeps returning to (parties.employer.salient_org): where no name
shape, role or government rule gives an employer, an organisation the statistical NER finds,
named at least twice and once in a sentence about the dispute or in a voice of its own, is the
employer; a person, a place, a union, an outlet, a legislature or two names named equally
often give none. Articles written for these tests, invented names."""
from __future__ import annotations

import pytest

import probes
from picketline.extract import extract_article
from picketline.model import Article

REFINERY = (
    "Strike shuts refinery\n\n"
    "The shutdown of the Brenmoor oil refinery at Kellmouth has been completed, the company "
    "has said.\n\n"
    "Brenmoor said it could take three weeks for the plant to return to full capacity.\n\n"
    "Brenmoor spokesman Tom Reddick said supplies to customers would be maintained.\n\n"
    "About 1,200 staff are due to walk out for two days over changes to the final salary "
    "pension scheme.")


def test_the_firm_the_story_returns_to_is_the_employer(nlp):
    facts = extract_article(Article(id="t", text=REFINERY, published=None), nlp)
    assert facts.is_labor_action.value is True
    assert [f.value for f in facts.employers] == ["Brenmoor"]
    emp = facts.employers[0]
    assert emp.rules == ["parties.employer.salient_org"]
    assert emp.evidence is not None and "Brenmoor" in emp.evidence.sentence


ONCE = ("Strike shuts refinery\n\n"
        "About 1,200 staff at the refinery near Kellmouth are due to walk out for two days "
        "over changes to their pension scheme.\n\n"
        "Brenmoor said it could take three weeks for the plant to return to full capacity.")


def test_named_once_is_not_enough_twice_is(nlp):
    assert probes.employers_of(ONCE, nlp, None) == []
    twice = ONCE + "\n\nBrenmoor spokesman Tom Reddick said customers would be supplied."
    assert probes.employers_of(twice, nlp, None) == ["Brenmoor"]


@pytest.mark.parametrize("text", [
    # a person the NER once calls an organisation: his surname is no firm
    "Players strike goes on\n\nThe baseball players stayed on strike today, their union said. "
    "Union leader Donald Brisket said talks were stalled. Brisket said the players would not "
    "return until the owners moved. Brisket told reporters the strike could last weeks.",
    # the outlet that reports the strike is no party to it
    "Teachers strike\n\nTeachers across the province walked out on Monday, BBC News reported. "
    "BBC News said schools were shut and the strike would last two days.",
])
def test_persons_and_outlets_are_no_salient_employer(text, nlp):
    emps = probes.employers_of(text, nlp, None)
    assert "Brisket" not in emps and "BBC News" not in emps


# --- two names introduced as the employers; the firm whose management bargains ----------------
def test_two_employers_introduced_as_such_are_both_employers(nlp):
    text = ("Lockout shuts paper mills\n\n"
            "A lock-out instituted by paper-mill employers, including Orvella Paper and "
            "Tolvane-Kymmene, has closed mills around the country.\n\n"
            "About 25,000 workers are affected, the paper workers' union said.")
    assert sorted(probes.employers_of(text, nlp, None)) == ["Orvella Paper", "Tolvane-Kymmene"]


def test_two_names_without_an_employers_introduction_are_not_a_list(nlp):
    text = ("Lockout shuts paper mills\n\n"
            "A lock-out has closed mills around the country, ministers including Anna Kessel "
            "and Piet Varga said.")
    assert probes.employers_of(text, nlp, None) == []


def test_the_newspaper_whose_management_bargains_is_the_employer(nlp):
    text = (" date 1986-03-06 NEWSPAPER TALKS\n"
            "    Both sides reported progress in contract talks between employees and "
            "management at the Kellford Evening Post, and the union advised its members that "
            "it would let the contract deadline pass without calling a strike.\n")
    assert probes.employers_of(text, nlp, "1986-03-06") == ["Kellford Evening Post"]
