"""Round 9 (session 14): hard-wrapped wire copy read as its sentences, and an audience in the
lead not counted as strikers. Sentences are invented for these tests."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article
from picketline.nlp import split_sentences


def facts(text: str, nlp, published: str | None = "1987-05-11"):
    return extract_article(Article(id="t", text=text, published=published), nlp)


def val(f):
    return f.value if f else None


WRAPPED = (" date 1987-05-11 KELLAND DOCKERS THREATEN STOPPAGE\n"
           "The Kelland Port Workers Federation (KPWF)\n"
           "vowed today to halt cargo handling at the port of Norvik\n"
           "unless the port authority restores a pay bonus it cut.\n"
           "    \"We will not be pushed around, and if it comes to a fight,\"\n"
           "union chairman Tomas Bell said, \"we are ready for it.\"\n"
           "    Dockers said they would \"stop\"\n"
           "loading ships from next week if the bonus was not paid.\n"
           " REUTER\n")


@pytest.mark.parametrize("fragment", [
    "The Kelland Port Workers Federation (KPWF) vowed today to halt cargo handling",
    "if it comes to a fight,\" union chairman Tomas Bell said",
    "Dockers said they would \"stop\" loading ships from next week",
])
def test_a_line_closing_a_quote_or_bracket_runs_on_into_lower_case(fragment):
    assert any(fragment in s.text for s in split_sentences(WRAPPED))


def test_a_closed_quote_then_a_capital_still_ends_a_sentence():
    text = WRAPPED.replace("\"we are ready for it.\"\n    Dockers",
                           "\"we are ready for it.\"\nDockers")
    sents = [s.text for s in split_sentences(text)]
    assert any(s.endswith("\"we are ready for it.\"") for s in sents)
    assert any(s.startswith("Dockers said") for s in sents)


@pytest.mark.parametrize("audience", ["union leaders", "delegates", "shop stewards",
                                      "union officials"])
def test_an_audience_in_the_lead_is_no_count_of_strikers(nlp, audience):
    f = facts(" date 1987-05-11 KELLAND UNION WARNS OF STRIKE\n"
              "The Kelland Metalworkers Union said today it was ready to strike Norvik\n"
              "Motors Corp over job cuts.\n"
              "    \"If it's war, we will be ready for it,\" union president Ann Holt said\n"
              f"in an address to 2,500 {audience} at the union's annual convention.\n"
              " REUTER\n", nlp)
    assert val(f.is_labor_action) is True
    assert val(f.participants) is None


def test_workers_counted_in_the_lead_still_are(nlp):
    f = facts(" date 1987-05-11 KELLAND MINERS STRIKE\n"
              "Some 2,500 miners at Norvik Mining Corp's Redhill pit in Kelland\n"
              "stayed away from work today, the union said, in a dispute over\n"
              "job cuts.\n REUTER\n", nlp)
    assert val(f.participants) == 2500


# --- a threat told with a modal and "take strike action", or a headline's plural ----------
@pytest.mark.parametrize("headline, lead", [
    ("Porters threaten fresh strikes",
     "Hospital porters in Westmoor could take further strike action if a pay deal is not "
     "honoured, their union has warned."),
    ("Lecturers warn over pay",
     "Lecturers at Kellby College may take industrial action in the new year unless the "
     "college improves its 2% pay offer, the union said."),
    ("DOCKERS THREATEN WALKOUTS OVER MANNING",
     "Dockers at the port of Norvik said today they were unhappy with manning levels on "
     "the container berths."),
])
def test_a_threat_of_action_is_threatened(nlp, headline, lead):
    f = facts(f"{headline}\n\n{lead}\n", nlp, published=None)
    assert val(f.is_labor_action) is True
    assert val(f.status) == "threatened"


# --- an ended action told in weeks pins no first day --------------------------------------
@pytest.mark.parametrize("length", ["two-week", "three-week", "fortnight-long"])
def test_an_action_over_told_in_weeks_has_no_counted_back_start(nlp, length):
    f = facts(f" date 1987-04-08 NORVIK PORT STRIKE ENDS\nA {length} strike by dockers in "
              "the port of Norvik\nended today when they voted to accept a new labour\n"
              "agreement, the transport union said.\n REUTER\n", nlp, published="1987-04-08")
    assert val(f.status) == "ended"
    assert val(f.end_date) == "1987-04-08"
    assert val(f.start_date) is None


def test_an_action_over_told_in_days_still_counts_back(nlp):
    f = facts(" date 1987-04-08 NORVIK PORT STRIKE ENDS\nA 10-day strike by dockers in "
              "the port of Norvik\nended today when they voted to accept a new labour\n"
              "agreement, the transport union said.\n REUTER\n", nlp, published="1987-04-08")
    assert val(f.end_date) == "1987-04-08"
    assert val(f.start_date) == "1987-03-30"


# --- "ended a strike against <firm> today": the day after the target is the last -------------
@pytest.mark.parametrize("lead, end", [
    ("Paper workers ended a strike against Norvik Paper Mills Ltd today, the union said.",
     "1987-04-16"),
    ("Miners ended their walkout at the Redhill mine yesterday, the union said.", "1987-04-15"),
    ("Dockers ended a stoppage at the Kellby copper smelter yesterday, officials said.",
     "1987-04-15"),
])
def test_an_ended_action_with_its_target_before_the_day(nlp, lead, end):
    f = facts(f" date 1987-04-16 KELLAND STRIKE ENDS\n{lead}\n REUTER\n", nlp,
              published="1987-04-16")
    assert val(f.status) == "ended"
    assert val(f.end_date) == end


# --- a rise set as the condition, with a long name for the employer ---------------------------
def test_a_conditional_rise_with_a_long_employer_name_is_the_demand(nlp):
    f = facts(" date 1987-02-24 NORLAND OIL WORKERS THREATEN STRIKE\n"
              "Norland's oil workers union said today it would call a\n"
              "national strike from March 10 unless the state oil company\n"
              "Compania Petrolera de Norland SA agreed to a 30 pct wage\n"
              "increase.\n    The company has offered 12 pct.\n REUTER\n", nlp,
              published="1987-02-24")
    assert val(f.wage_demand_pct) == 30
    assert val(f.wage_offer_pct) == 12


# --- any trade "at" a firm is its workforce ----------------------------------------------------
def employers(f):
    return [e.value if hasattr(e, "value") else e for e in (f.employers or [])]


@pytest.mark.parametrize("lead, firm", [
    ("Engineers at Kell Water walked out on Tuesday in a dispute over pensions.", "Kell Water"),
    ("Cleaners at Norbury General Hospital struck on Monday over pay.", "Norbury General Hospital"),
    ("Machinists at Brandt Hydraulics Corp walked off the job today.", "Brandt Hydraulics Corp"),
    ("Refuse collectors at Kellford City Council walked out on Tuesday.", "Kellford City Council"),
    ("Staff at Kellford Borough Council have walked out in a row over pay, the GMB said.",
     "Kellford Borough Council"),
])
def test_a_trade_at_a_firm_names_the_employer(nlp, lead, firm):
    f = facts(f"Strike hits services\n\n{lead}\n", nlp, published=None)
    assert employers(f) == [firm]


@pytest.mark.parametrize("lead", [
    "Baggage handlers at Kellford Airport walked out on Tuesday over shift patterns.",
    "Junior doctors at OPDs of the main hospitals went on strike on Monday.",
    "Passengers at Kell Central Station were stranded as drivers walked out on Monday.",
])
def test_a_trade_at_a_site_names_no_employer(nlp, lead):
    f = facts(f"Strike hits services\n\n{lead}\n", nlp, published=None)
    assert employers(f) == []


def test_analysts_at_a_firm_are_not_its_workforce(nlp):
    f = facts("Miners strike\n\nMiners at three Kell pits walked out on Monday over pay.\n\n"
              "Analysts at Brandt Securities said the strike would cut output.\n", nlp,
              published=None)
    assert "Brandt Securities" not in employers(f)


# --- a common word opening a sentence is no small town --------------------------------------
def test_a_word_that_is_also_a_small_town_opens_a_sentence(nlp):
    from probes import loc_of
    text = ("Norland bank staff strike\n\nBank employees across Norland went on a one-day strike "
            "on Friday against plans to sell the state-run banks.\n")
    assert loc_of(text.replace("Norland", "India"), nlp)[0] is None


def test_a_big_city_opening_a_sentence_is_still_read(nlp):
    from probes import loc_of
    text = ("Croatian dockers strike\n\nSplit dockers walked out on Friday over pay, the port "
            "union said, despite a split among its Croatian members.\n")
    assert loc_of(text, nlp)[0] == "Split"


@pytest.mark.parametrize("lead", [
    "Some 12,000 banana workers in northern Norland went on strike today.",
    "Coffee pickers on the big estates of Norland struck today for higher wages.",
])
def test_crop_workers_are_agriculture(nlp, lead):
    from probes import industry_of
    assert industry_of(lead, nlp, "1987-05-01") == "agriculture"


# --- "stayed out" / "stayed off the job": a stoppage told without a strike word -------------------
@pytest.mark.parametrize("lead", [
    "Bus drivers in the Norvik capital stayed out for a third day today, refusing a 5 pct offer.",
    "Bus drivers in the Norvik capital stayed off the job for a third day today over pay.",
])
def test_workers_who_stayed_out_are_on_strike(nlp, lead):
    f = facts(f" date 1987-05-01 NORVIK BUS DRIVERS STAY OUT\n{lead}\n REUTER\n", nlp,
              published="1987-05-01")
    assert val(f.is_labor_action) is True
    assert val(f.status) == "ongoing"
    assert val(f.start_date) == "1987-04-29"


@pytest.mark.parametrize("lead", [
    "The minister stayed out of the pay talks today, officials said.",
    "Fans stayed out late after the cup final today.",
])
def test_other_senses_of_staying_out_are_not(nlp, lead):
    f = facts(f" date 1987-05-01 NORVIK NEWS\n{lead}\n REUTER\n", nlp, published="1987-05-01")
    assert val(f.is_labor_action) is not True
