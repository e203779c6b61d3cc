"""An employer is named as the article names it (the guidelines: "the canonical full name as
the article gives it"). The gazetteer still widens a shortening or an acronym to the full name
("GM", "Ford" -> "Ford Motor Company"), but a firm it knows by another name (an old name, a brand:
"Chrysler" is filed under "Stellantis") keeps the article's name, and a gazetteer firm's name
that is a politician's ("Premier Doug Ford's government") is no employer. Articles written for
these tests; the firms are the gazetteer's own entries."""
from __future__ import annotations

import pytest

import probes
from picketline import names as nm


def test_a_name_the_gazetteer_files_under_another_is_kept_as_written():
    assert nm.employer_as_written("Chrysler") == "Chrysler"
    assert nm.employer_as_written("Wal-Mart") == "Wal-Mart"
    # a shortening or an acronym of the full name widens to it
    assert nm.employer_as_written("Ford") == "Ford Motor Company"
    assert nm.employer_as_written("Ford Motor Co") == "Ford Motor Company"
    assert nm.employer_as_written("GM") == "General Motors"
    # an alias built on the full name's initials is the same name shortened
    assert nm.employer_as_written("CN Rail") == "Canadian National Railway"
    # unknown firms are cleaned, not renamed
    assert nm.employer_as_written("the Orvella Bakery") == "Orvella Bakery"
    # the link stage's canonical name still puts both names of one firm together
    assert nm.canonical_employer("Chrysler") == nm.canonical_employer("Stellantis")


CARMAKER = probes.wire(
    "1987-09-03", "CARMAKER WORKERS STRIKE IN KELLFORD",
    "KELLFORD, Ontario, Sept 3 - About 10,000 workers at Chrysler Canada Ltd walked off the job "
    "today after talks with the Tolvane Auto Workers union broke down, a union spokesman said.",
    "The union wants wage increases like those won at Orvella Motors earlier this month. "
    "Chrysler said it had offered three pct a year.")


def test_a_short_mention_of_the_struck_firm_adds_no_second_employer(nlp):
    assert probes.employers_of(CARMAKER, nlp, "1987-09-03") == ["Chrysler Canada Ltd"]


@pytest.mark.parametrize("firm, reported", [
    ("Chrysler", "Chrysler"),       # the only name written is the one reported
    ("GM", "General Motors"),       # an acronym still widens to the full name
])
def test_a_lone_name_as_reported(nlp, firm, reported):
    text = probes.wire(
        "1987-09-03", "CARMAKER WORKERS STRIKE",
        f"About 10,000 workers at {firm} walked off the job today after talks with the Tolvane "
        "Auto Workers union broke down, a union spokesman said.")
    assert probes.employers_of(text, nlp, "1987-09-03") == [reported]


PREMIER = probes.web(
    "Teachers stage one-day strike",
    "Schools across Kellford were shut down today as teachers staged a one-day strike amid "
    "tense contract talks with Doug Ford's government.",
    "The Kellford Teachers' Federation said 20,000 members walked out.")


def test_a_premier_named_like_a_firm_is_no_employer(nlp):
    assert "Ford Motor Company" not in probes.employers_of(PREMIER, nlp, None)
