"""Parties in real copy (issue 14, round 24): a title-case headline that joins two clauses
("Unions Unite As Workers Picket Council Buildings") gives no union named with its
conjunction. Articles written for these tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _unions(text: str) -> list[str]:
    f = extract_article(Article(id="pa24", text=text))
    assert f.labor
    return [u.value for u in f.unions]


def test_a_headline_conjunction_ends_a_union_name():
    text = ("Kellford Nurses Union Acts As Workers Picket Council Buildings\n\n"
            "Around 200 workers staged a picket outside Tolvane county council offices "
            "yesterday in a one-day strike over cutbacks in pay, members of the Kellford "
            "Nurses Union said.\n")
    names = _unions(text)
    assert "Kellford Nurses Union" in names
    assert not any(" As " in n for n in names)


def test_a_union_name_without_a_conjunction_is_kept_whole():
    text = ("Kellford Nurses Union Members Strike Over Pay\n\n"
            "Around 200 members of the Kellford Nurses Union staged a one-day strike over pay "
            "at Tolvane General Hospital yesterday.\n")
    assert "Kellford Nurses Union" in _unions(text)


def _employers(text: str, published: str = "2006-09-05") -> list[str]:
    f = extract_article(Article(id="pa24e", text=text, published=published))
    assert f.labor
    return [e.value for e in f.employers]


def test_a_countys_own_workers_make_the_county_the_employer():
    text = (" date 2006-09-05 COUNTY FACES SERVICE CRISIS\n"
            "Thousands of Kellford County workers plan to form picket lines\n"
            "today, potentially bringing government business to a crawl.\n"
            "    The largest county employee strike in decades could mean\n"
            "delays for title companies and later trash collection.\n"
            "    Government workers for the cities of Tolvane and Brenmoor\n"
            "are not affected.\n")
    assert _employers(text) == ["Kellford County"]


def test_county_deputies_at_a_picket_line_make_no_employer_of_the_county():
    text = (" date 2006-09-05 STRIKERS BLOCK GATES AT ORVELLA PLANT\n"
            "Workers at Orvella Fixtures Inc went on strike on Monday over pay,\n"
            "and Kellford County sheriff deputies escorted trucks past the picket line.\n")
    assert "Kellford County" not in _employers(text)


def test_a_union_officials_surname_is_no_employer():
    text = (" date 2022-04-29 KELLFORD COUNTY EMPLOYEES THREATEN TO STRIKE\n"
            "Kellford County employees threaten to strike over pay.\n"
            "    A labor union that represents more than 3,500 Kellford County employees is\n"
            "threatening to strike if it cannot reach an agreement with the county on a new\n"
            "contract. The union, known as United Public Employees, represents court staff.\n"
            "    Executive Director of the union Ted Kelmera said it would mark the first time\n"
            "the union has declared a strike in more than a decade- however, employees have\n"
            "reached a breaking point over pandemic working conditions. \"If you're not going\n"
            "to value them at work and then come back when contract negotiations are open and\n"
            "not compensate them for a livable wage, it's insulting,\" Kelmera said.\n")
    names = _employers(text, "2022-04-29")
    assert "Kelmera" not in names
    assert names == ["Kellford County"]
