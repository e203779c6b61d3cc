"""Places in real copy (issue 14, round 25): South Asian copy's dateline, the city and a date
in capitals closed by a colon ("KELLPUR, NOV 19: ..."), places the story. An article written
for this test, invented names but for the city the code must resolve (Mumbai)."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _location(text: str):
    f = extract_article(Article(id="pl25", text=text, published="1999-11-20"))
    assert f.labor
    return f.location.value if f.location else None


def test_a_capitals_dateline_closed_by_a_colon_places_the_story():
    text = ("date 1999-11-20 Resident doctors to go on indefinite strike from Sunday\n\n"
            "MUMBAI, NOV 19: About 5,000 resident doctors in the state are poised to go on an "
            "indefinite strike from Sunday night to press for a pay hike, the Kelmera "
            "Association of Resident Doctors said.\n")
    loc = _location(text)
    assert loc is not None and loc.country == "IN"

