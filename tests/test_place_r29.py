"""Place (issue 14, round 29): a line of a contact list that opens with a town and a dash
("Leeds (Central) - 0113 496 0000") is no dateline. Articles written for these tests,
invented names; real towns where the code must resolve one."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _loc(text: str):
    f = extract_article(Article(id="pl29", text=text, published="2011-09-07"))
    assert f.labor
    return f.location.value if f.location else None


_RELEASE = ("date 2011-09-07 Industrial action at Kellmoor hospital\n\n"
            "Regional offices\n\n"
            "{line}\n\n"
            "Nurses at the Kellmoor Royal Infirmary in Sheffield walked out on Wednesday over "
            "staffing, the Kellmoor Nurses Union said. About 400 nurses joined the strike.\n")


def test_a_contact_line_with_a_telephone_number_is_no_dateline():
    loc = _loc(_RELEASE.format(line="Leeds (Central) - 0113 496 0000"))
    assert loc is None or loc.city != "Leeds"


def test_a_dateline_with_a_dash_still_places_the_action():
    loc = _loc(_RELEASE.format(line="LEEDS (Wire) - Union officials met on Tuesday."))
    assert loc is not None and loc.city == "Leeds"
