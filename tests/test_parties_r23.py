"""The parties of real copy (issue 14, round 23): a one-word firm named by what it offers or
whom it employs. Articles written for these tests, invented names."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _employers(text: str, published: str | None = None) -> list[str]:
    f = extract_article(Article(id="p23", text=text, published=published))
    return [e.value for e in f.employers]


def test_a_one_word_firm_that_offers_a_pay_rise_is_the_employer():
    text = ("Thousands hit by bus strike\n\n"
            "Bus passengers faced severe disruption as drivers took part in a 24-hour strike over "
            "pay.\n\n"
            "The Tolvane Transport Workers' Union wants a 6% wage increase in line with offers from "
            "other bus operators.\n\n"
            "Kellbus has offered a 4% pay rise and said it believed this was the best deal in "
            "town.\n\n"
            "Further strikes will be held next month unless the deadlock is broken.\n")
    assert _employers(text) == ["Kellbus"]


def test_a_one_word_firm_which_employs_the_workers_is_the_employer():
    text = ("Managers handle luggage as airport workers strike\n\n"
            "Managers were loading passengers' luggage at Kellford Airport today because of a "
            "strike by hundreds of baggage handlers.\n\n"
            "The Tolvane General Workers' Union said there was solid support for the 24-hour "
            "walkout in a row over workloads.\n\n"
            "Skyvane, which employs the workers, is one of four ground handling companies at the "
            "airport.\n")
    assert _employers(text) == ["Skyvane"]


def test_a_name_that_only_reports_an_offer_to_others_is_no_employer():
    # the offer belongs to the firm named by its head noun; the one-word name is not taken
    text = ("Drivers strike at Brenmoor Coaches Ltd\n\n"
            "Drivers at Brenmoor Coaches Ltd walked out today in a dispute over pay.\n\n"
            "Brenmoor Coaches Ltd has offered a 3% pay rise, which the Tolvane Drivers Union "
            "rejected.\n")
    assert _employers(text) == ["Brenmoor Coaches Ltd"]


def _unions(text: str, published: str | None = "2013-04-28") -> list[str]:
    f = extract_article(Article(id="u23", text=text, published=published))
    return [u.value for u in f.unions]


def test_the_parent_of_the_one_local_named_is_no_second_union():
    text = (" date 2013-04-28 KESTREL STEEL LOCKS OUT WORKERS AT LAKE PLANT\n"
            "    TORONTO, April 28 - Kestrel Steel Corp has locked out all\n"
            "unionized employees at its Lake works, the United Steelworkers\n"
            "union said on Sunday.\n"
            "    The company said wage rates at the Lake works were already\n"
            "higher than the USW rates elsewhere.\n"
            "    Pay has been the sticking point in negotiations, United\n"
            "Steelworkers Local 8782 President Tom Brenmoor said on Friday.\n")
    assert _unions(text) == ["United Steelworkers Local 8782"]


def test_two_locals_of_one_parent_both_stay():
    text = (" date 2013-04-28 STEELWORKERS STRIKE TWO KESTREL PLANTS\n"
            "    PITTSBURGH, April 28 - The United Steelworkers union struck\n"
            "two Kestrel Steel Corp plants on Sunday.\n"
            "    United Steelworkers Local 8782 and United Steelworkers Local\n"
            "1005 represent the 2,000 workers at the two plants.\n")
    got = _unions(text)
    assert "United Steelworkers Local 8782" in got and "United Steelworkers Local 1005" in got


def test_a_name_the_article_calls_a_trade_union_is_no_employer():
    text = (" date 1981-04-03 BRENMOOR SAYS IT CANCELED STRIKE\n"
            "    The Brenmoor free trade union said it called off a\n"
            "threatened general strike after being warned by the government.\n"
            "    The union's spokesman said Brenmoor's negotiating team came\n"
            "under tremendous pressure during talks. Brenmoor's leadership\n"
            "has acknowledged that the compromise was hard. Brenmoor said\n"
            "the strike would have hit every factory.\n")
    assert "Brenmoor" not in _employers(text, "1981-04-03")


def test_workers_at_a_shipyard_beside_a_trade_union_keep_the_yard():
    text = (" date 1988-05-03 STRIKE SPREADS TO KELLFORD SHIPYARD\n"
            "    Workers at the Kellford Shipyard joined the strike on\n"
            "Tuesday, demanding the return of the Brenmoor trade union.\n"
            "    Brenmoor leaders in several cities were detained, and\n"
            "workers at Brenmoor said they would stay out.\n")
    got = _employers(text, "1988-05-03")
    assert "Kellford Shipyard" in got and "Brenmoor" not in got


def test_a_capitalised_city_alone_is_no_employer():
    text = (" date 2009-07-30 CITY WORKERS RETURN TO WORK\n"
            "    City council still has to vote on Friday for the union's four\n"
            "new contracts. City's inside workers will be back on the job just\n"
            "after midnight tonight, ending their strike, Local 79 said.\n")
    assert "City" not in _employers(text, "2009-07-30")


def test_two_firms_of_one_trade_joined_by_and_are_two_employers():
    text = (" date 1988-01-15 THREE-DAY BUS STRIKE CALLED OFF\n"
            "    KELLFORD: The strike by Orvella Roadways and Tolvane Roadways\n"
            "Corporation employees is being called off today after a\n"
            "settlement was reached.\n")
    got = _employers(text, "1988-01-15")
    assert "Orvella Roadways" in got and "Tolvane Roadways Corporation" in got


@pytest.mark.parametrize("name", [
    "Royal Kellford and Women's Hospital",            # one hospital's name
    "Brenmoor Engineering and Heavy Machinery Ltd",   # one firm of two trades
])
def test_one_body_named_with_and_is_not_split(name):
    text = (f" date 1988-01-15 HOSPITAL STAFF STRIKE\n"
            f"    KELLFORD: Cleaners employed by the {name} walked out on\n"
            f"Monday over pay, a spokesman for the {name} said.\n")
    got = _employers(text, "1988-01-15")
    assert not any(g in ("Royal Kellford", "Brenmoor Engineering") for g in got)
