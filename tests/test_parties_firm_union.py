"""A union-shaped firm name: a name the article also writes with a firm's legal form after it
("Halvard Union Corp", "Pacific Union Bank") is the firm, so its bare mentions elsewhere
("Halvard Union said its offices were open") name no union (rule
parties.union.firm_with_legal_form). Invented firms and unions."""
from __future__ import annotations

import pytest

import probes


def _unions(text: str, nlp) -> list[str]:
    return probes.unions_of(text, nlp, "1985-08-02")


@pytest.mark.parametrize("text, firm", [
    ("About 5,000 members of the United Cable Workers struck Halvard Union Corp today after "
     "talks broke down, the union said. Halvard Union said its offices were open.",
     "Halvard Union"),
    ("Tellers at Pacific Union Bank walked out today over pay, the Bank Employees Federation "
     "said. Pacific Union said branches would stay open with managers.", "Pacific Union"),
    ("Clerks struck Northern Union Co today. Northern Union said the walkout by the Clerical "
     "Workers Union had closed three offices.", "Northern Union"),
])
def test_a_firm_written_with_its_legal_form_is_no_union(text: str, firm: str, nlp) -> None:
    got = _unions(text, nlp)
    assert firm not in got
    assert got  # the strikers' own union is still read


@pytest.mark.parametrize("text, union", [
    # no legal form after the name anywhere: a union as before
    ("Members of the Western Transit Union struck today over pay. The Western Transit Union "
     "said 900 drivers were out.", "Western Transit Union"),
    # a word that only begins like a legal form ("Co-ordinator") is no legal form
    ("The Harbour Workers Union Co-ordinator, Jan Roe, said 400 dockers struck today over pay. "
     "The Harbour Workers Union said the strike would last two days.", "Harbour Workers Union"),
])
def test_a_union_without_a_legal_form_after_it_stays(text: str, union: str, nlp) -> None:
    assert union in _unions(text, nlp)
