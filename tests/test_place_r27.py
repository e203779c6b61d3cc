"""Places (issue 14, round 27): a city named at the end of a picture caption line is not
joined to the capitalised first word of the next line ("Cologne" + "The strike has ...").
Articles written for these tests."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def test_a_caption_city_is_not_joined_to_the_next_lines_first_word():
    text = ("date 2007-11-09 Strike hits Kelmera rail freight\n\n"
            "Stationary rail freight at a yard in Cologne\n"
            "The strike has brought freight to a standstill in many industrial areas\n"
            "A German freight train drivers' strike has halted 700 trains in total, Kelmera "
            "Freight says.\n")
    f = extract_article(Article(id="pl27", text=text, published="2007-11-09"))
    assert f.labor
    city = f.location.value.city if f.location else None
    assert city is None or not city.endswith(" The")


def test_a_state_wrapped_across_a_line_is_still_joined():
    text = ("date 1987-03-05 Dockers strike\n\n"
            "About 900 dock workers went on strike today at the port of Kellport in New\n"
            "South Wales over pay, the union said.\n")
    f = extract_article(Article(id="pl27b", text=text, published="1987-03-05"))
    assert f.location is not None and f.location.value.state == "NSW"


def test_a_city_the_gazetteer_names_greater_x_is_found_by_its_short_name():
    text = ("date 2009-08-20 Kelmera Nickel strike drags on in Sudbury\n\n"
            "Members of the Kellport Steelworkers Local 6500 headed for the picket lines in "
            "Sudbury on July 13 after talks with Kelmera Nickel broke down.\n")
    f = extract_article(Article(id="pl27c", text=text, published="2009-08-20"))
    assert f.location is not None
    assert (f.location.value.city, f.location.value.state, f.location.value.country) == \
        ("Sudbury", "ON", "CA")
