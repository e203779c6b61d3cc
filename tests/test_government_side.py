"""The government side of a public workers' or national strike. A ministry is the employer
when its own paragraph tells of the action or its staff follow its name
(parties.government.department_in_dispute, department_staff); a ministry that only reports
arrests or announces measures in a national strike is the state acting, and the employer is
the country's government. A nation's government places the action in no town
(location.nation_government). Articles written for these tests, invented names."""
from __future__ import annotations

import pytest

import probes
from picketline.extract import extract_article
from picketline.model import Article

NATIONAL = (" date 2000-11-25 ANTI-AUSTERITY STRIKE IN ARGENTINA\n"
            "    Millions of state workers stayed off their jobs Friday in\n"
            "the largest national strike in years, a union-led protest\n"
            "against government belt-tightening measures.\n"
            "    The Kellford Workers Confederation said 90 percent of\n"
            "public employees joined the stoppage.\n"
            "    The Interior Ministry reported 34 strike-related arrests\n"
            "across the country.\n")

CIVIL = (" date 1988-06-19 JOBLESS COUNT HELD UP\n"
         "Industrial action by civil servants since early May has held\n"
         "up the monthly jobless count, which was to be published on\n"
         "Tuesday, an Employment Department statement said.\n"
         "    A spokesman said the count would come out in July.\n")

STAFF = ("Ministry staff walk out\n\n"
         "Civil servants at the Kellford Transport Ministry walked out on Monday over pay, the "
         "Public Service Union said. Transport Ministry staff will stay out until Friday.")


def test_a_ministry_reporting_arrests_is_not_the_employer(nlp):
    facts = extract_article(Article(id="t", text=NATIONAL, published="2000-11-25"), nlp)
    assert [f.value for f in facts.employers] == ["Government of Argentina"]
    assert facts.location.value.city is None and facts.location.value.country == "AR"


@pytest.mark.parametrize("text, published, want", [
    (CIVIL, "1988-06-19", ["Employment Department"]),
    (STAFF, None, ["Kellford Transport Ministry"]),
])
def test_a_ministry_whose_staff_act_is_the_employer(text, published, want, nlp):
    assert probes.employers_of(text, nlp, published) == want


def test_a_nations_government_is_placed_in_no_town(nlp):
    text = (" date 1989-05-11 TEACHERS END STRIKE IN MEXICO\n"
            "    Striking government teachers voted to end a 3-week-old\n"
            "strike and return to classrooms, accepting a government offer\n"
            "of a 25 percent increase in wages.\n"
            "    The federal Education Department also said it would\n"
            "replace the superintendents in all 14 of the nation's\n"
            "districts.\n")
    facts = extract_article(Article(id="t", text=text, published="1989-05-11"), nlp)
    assert [f.value for f in facts.employers] == ["Government of Mexico"]
    assert facts.location.value.city is None and facts.location.value.country == "MX"


@pytest.mark.parametrize("text, want", [
    # the government's pay offers to workers who walk out, no union named
    ("Schools shut as teachers walk out\n\nSchools across New Zealand closed on Wednesday as "
     "30,000 teachers walked out. The teachers have turned down two pay rise offers from the "
     "government of 2%, and say they want 12%.", "Government of New Zealand"),
    # the demand told in the sentence after the one that tells of the strike
    ("Millions strike in India\n\nMillions of workers went on strike across India on "
     "Tuesday, shutting banks and factories. They were demanding that the government rein in "
     "price rises and stop the sale of state firms.", "Government of India"),
])
def test_the_government_the_strikers_bargain_with_or_press(text, want, nlp):
    assert probes.employers_of(text, nlp, None) == [want]
