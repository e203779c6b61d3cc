"""Employers and unions in wire and world news copy (sentences written for these tests)."""
from __future__ import annotations

import pytest

from picketline.extract import parties
from picketline.model import Article
from picketline.nlp import Context, load_model


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def ctx_of(text: str, nlp) -> Context:
    return Context(Article(id="t", text=text), nlp)


def union_names(text: str, nlp) -> list[str]:
    return [f.value for f in parties.unions(ctx_of(text, nlp))]


def employer_names(text: str, nlp) -> list[str]:
    return [f.value for f in parties.employers(ctx_of(text, nlp))]


# --- the name view: hard-wrapped lines and lines in capitals -------------------------------
WRAPPED = (" date 2001-05-04 HARBOUR STAFF WALK OUT OVER THE LAST 20 OFFERS\n"
           "About 900 crane operators walked out today at the port of\n"
           "Varnholm, the Northern Dock and Harbour Workers Union said, after\n"
           "the Varnholm Cargo Handling Company refused to reopen talks.\n"
           "    The union said the stoppage would last until Friday and that\n"
           "the company's offer of three pct was far too low for its members.\n")


def test_view_keeps_length_and_joins_wrapped_lines():
    view = parties.name_view(WRAPPED)
    assert len(view) == len(WRAPPED)
    assert "Northern Dock and Harbour Workers Union said, after the Varnholm" in view
    # a paragraph's first line (indented) is not joined to the line before
    assert "refused to reopen talks.\n" in view


def test_view_lowers_a_capitals_headline_but_keeps_known_acronyms():
    text = (" date 2001-05-04 UAW MEMBERS AT FENWICK GEAR END STRIKE\n"
            "Members of the UAW at Fenwick Gear returned to work today.\n")
    view = parties.name_view(text)
    assert view.split("\n")[0] == " date 2001-05-04 UAW members at fenwick gear end strike"


def test_capitals_headline_gives_no_names(nlp):
    assert union_names(WRAPPED, nlp) == ["Northern Dock and Harbour Workers Union"]
    assert not any("LAST" in u or "Local 20" in u for u in union_names(WRAPPED, nlp))


@pytest.mark.parametrize("headline", ["SOME 7 UNITS MARCH 9 OVER THE LAST 20 YEARS",
                                      "CANADA UNIT MAJOR OFFER ACCEPTED BY UNION"])
def test_capitals_words_with_numbers_are_not_locals(headline, nlp):
    text = (f" date 2001-05-04 {headline}\n"
            "Striking bus drivers voted to accept the offer, the union said.\n")
    assert union_names(text, nlp) == []


def test_name_across_a_wrapped_line_is_read_whole(nlp):
    text = (" date 2001-05-04 RAIL STRIKE GOES ON\n"
            "Railway workers stayed out for a third day, the Pellmark\n"
            "Railway and Harbours Workers Union said on Thursday, and the\n"
            "strike has cost the company about five mln dlrs so far.\n")
    assert union_names(text, nlp) == ["Pellmark Railway and Harbours Workers Union"]
