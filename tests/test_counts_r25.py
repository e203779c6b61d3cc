"""Counts in real copy (issue 14, round 25): thousands set off by a space ("About 65 000
truckers", "some 160 000 miners"), as South African and European copy writes them, are one
count, not the last three digits. Articles written for these tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.extract.numwords import find_counts, parse_number
from picketline.model import Article


def test_space_separated_thousands_are_one_number():
    assert [c.value for c in find_counts("About 65 000 truckers embarked on a go-slow.")] == [65000]
    assert parse_number("1 250 000") == 1250000
    assert parse_number("160\u00a0000") == 160000
    assert parse_number("3\u202f500") == 3500


def test_a_year_before_a_count_stays_two_numbers():
    assert [c.value for c in find_counts("In 1987 500 workers struck.")] == [1987, 500]
    assert [c.value for c in find_counts("On May 5, 300 workers struck.")] == [5, 300]


def test_strikers_counted_with_a_space_between_thousands():
    text = ("date 2011-02-14 Truckers down tools\n\n"
            "About 65 000 truckers of the Kelmera Transport Workers Union downed tools on "
            "Monday, demanding a 12% wage increase from the Orvella road freight employers.\n")
    f = extract_article(Article(id="ct25", text=text, published="2011-02-14"))
    assert f.labor
    assert f.participants.value == 65000


def test_a_decimal_before_a_hyphenated_scale_is_one_number():
    assert [c.value for c in find_counts("around 5,5-million workers heeded the call")] == [5_500_000]
    assert [c.value for c in find_counts("About 1.2-million workers stayed home")] == [1_200_000]
    assert [c.value for c in find_counts("a 5,500 million rand budget")] == [5_500_000_000]
