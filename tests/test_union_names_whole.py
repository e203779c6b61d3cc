"""A union whose own name holds "and" is one union when the acronym after it spans the whole
("the Kellford Association of Mineworkers and Construction Union (Kamcu)"), while two unions
joined by "and the" each with its own head are still two; and a firm whose name ends in
"Union" (Western Union) is the employer, not a union. Articles written for these tests,
invented names but the firm's."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _parties(text: str):
    f = extract_article(Article(id="t", text=text, published="2014-01-20"), None)
    assert f.is_labor_action.value is True
    return [e.value for e in f.employers], [u.value for u in f.unions]


def test_an_acronym_spanning_the_whole_keeps_one_union():
    text = ("Platinum strike\n\n"
            "The Association of Mineworkers and Construction Union (Amcu) said its members at "
            "three Orvella mines would strike on Monday over pay.")
    _, unions = _parties(text)
    assert unions == ["Association of Mineworkers and Construction Union"]


def test_two_unions_joined_by_and_the_are_still_two():
    text = ("College strike\n\n"
            "The Lecturers' Union of Kellford and the Technical Staff Union said their members "
            "would strike on Monday over pay.")
    _, unions = _parties(text)
    assert len(unions) == 2


def test_a_firm_named_union_is_the_employer():
    text = ("Telegraph strike settled\n\n"
            "The agreement settled a 10-day strike by the United Telephone Workers against "
            "Western Union, and sent most of the 6,500 telegraph workers back to work.\n\n"
            "Western Union said the contract would cut its costs.")
    employers, unions = _parties(text)
    assert "Western Union" in employers
    assert "Western Union" not in unions
