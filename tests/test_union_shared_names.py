"""A name two gazetteer unions answer to is reported as the article writes it: "Transport
Workers Union" and "TWU" are the American union of that name and the Australian one, so an
article that writes only the short name is not given "Transport Workers Union of America".
Written in full, the union keeps its canonical name. Articles written for these tests."""
from __future__ import annotations

from picketline import names as nm
from picketline.extract import extract_article
from picketline.model import Article


def _unions(text: str, nlp) -> list[str]:
    facts = extract_article(Article(id="t", text=text, published=None), nlp)
    return [f.value for f in facts.unions]


def test_the_shared_names_are_known():
    shared = nm.shared_union_forms()
    assert "transport workers union" in shared and "twu" in shared
    assert "service employees international union" not in shared


SHORT = ("Kellford airline locks out staff\n\n"
         "The Transport Workers Union (TWU) says the airline's decision to lock out its ground "
         "staff over pay is designed to break the union.\n\n"
         "TWU national secretary Tom Reddick said 3,000 members were affected.")


def test_a_shared_short_name_is_reported_as_written(nlp):
    got = _unions(SHORT, nlp)
    assert len(got) == 1
    assert got[0].startswith("Transport Workers Union") and "America" not in got[0]


FULL = ("Kellford transit strike\n\n"
        "Bus drivers of the Transport Workers Union of America walked off the job on Monday "
        "after talks with the Kellford transit authority broke down.\n\n"
        "The TWU said 3,000 members were on strike.")


def test_a_full_name_keeps_its_canonical_form(nlp):
    assert _unions(FULL, nlp) == ["Transport Workers Union of America"]
