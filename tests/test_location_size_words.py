"""A sentence about an employer's size does not spread an action ("The chain operates 31
centers nationwide"), but a size word inside a hyphened compound is no such sentence: unions
holding "a nationwide strike against free-market reforms" strike over the whole country, and
the dateline's city is only where the copy was filed. And a national employer's action has a
city where its staff are counted in one town ("Around 400 staff in Swindon refused to clock
in"). Articles written for these tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article

NATIONWIDE = (" date 1991-11-05 UNIONS STRIKE OVER REFORMS\n"
              "    BUENOS AIRES \u2014 In an effort to roll back President Ana Brenmoor's "
              "sweeping {kind} reform\nprogram, Argentina's unions held a 24-hour nationwide "
              "strike\nMonday that met with partial success.\n"
              "    Most shops in Buenos Aires stayed open, but trains and buses\ndid not run, "
              "the Kellford Labor Federation said.\n")


def _location(text: str):
    f = extract_article(Article(id="t", text=text, published="1991-11-05"), None)
    assert f.is_labor_action.value is True
    return f.location.value


def test_a_nationwide_strike_against_free_market_reforms_has_no_city():
    loc = _location(NATIONWIDE.format(kind="free-market"))
    assert loc.city is None
    assert loc.country == "AR"


def test_a_size_sentence_still_does_not_spread_an_action():
    text = ("Nurses strike at Kellford clinic\n\n"
            "Nurses at the Orvella Health clinic in Kellford, Ohio, walked out on Monday over "
            "pay.\n\nOrvella Health operates 31 centers nationwide.")
    loc = _location(text)
    assert loc.city == "Kellford" or loc.state == "OH"


def test_staff_counted_in_a_town_place_a_national_employers_action():
    text = ("Unofficial postal walkout ends\n\n"
            "Hundreds of Royal Mail workers who staged an unofficial walkout have voted to "
            "return to work.\n\n"
            "Around 400 staff in Swindon refused to clock in during the weekend, delaying "
            "deliveries across the area.\n\n"
            "Union officials warned that other areas could follow if national talks failed.")
    loc = _location(text)
    assert loc.city == "Swindon"
    assert loc.country == "GB"
