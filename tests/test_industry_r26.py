"""Industry in real copy (issue 14, round 26): a dateline's city names no trade ("HOLLYWOOD,
Fla. —" is no film studio), and telegraph workers are telecom. Articles written for these
tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _industry(text: str) -> str | None:
    f = extract_article(Article(id="in26", text=text, published="1985-07-28"))
    assert f.labor
    return f.industry.value if f.industry else None


def test_a_dateline_city_names_no_trade():
    text = ("date 1985-07-28 Kelmera Wire talks go on under strike threat\n\n"
            "HOLLYWOOD, FLA. — A midnight strike deadline set by the Kellish Telegraph Workers "
            "for 7,000 Kelmera Wire telegraph operators approached Saturday as talks went on, "
            "the union said.\n")
    assert _industry(text) == "telecom_tech"


def test_film_studios_are_still_entertainment():
    text = ("date 1985-07-28 Studio crews strike\n\n"
            "About 2,000 crew members at Kelmera Pictures film studios in Hollywood went on "
            "strike today over pay, the union said.\n")
    assert _industry(text) == "entertainment_media"
