"""Action towns abroad told in wire copy's shapes: a name wrapped over a line ("plants in
New\\nSouth Wales", "the company's Ribeirao\\nPreto mill"), works named by a town with their
kind ("its Rockhampton abattoir", "the Ghent glass works", "facilities around <town>", "the
<town> free export zone"), workers who "stayed off the job in <city>"; a state's body named
with its division word ("the <State> State Health Board") is placed in no town, and a firm's
sites named in a sentence about its size are no place of the action. Articles written for
these tests."""
from __future__ import annotations

from functools import partial

import pytest

from picketline.extract import classify, parties, place
from picketline.model import Article, ArticleFacts, Fact
from picketline.nlp import Context

import probes


loc_of = partial(probes.loc_of, published="1988-03-10")


@pytest.mark.parametrize("text,expected", [
    # a two-word state wrapped over a line is the state, no town called "New"
    ("MEATWORKERS STRIKE HALTS BEEF EXPORTS\nAbout 450 meatworkers at Capricorn Beef Pty "
     "Ltd's Rockhampton abattoir\nwalked off the job on Monday over a plan to cut the number "
     "of men on\neach chain, the union said.\n    The company said it could not match the "
     "costs of rival plants in New\nSouth Wales without the change.\n REUTER",
     ("Rockhampton", "QLD", "AU")),
    # a town's name with a particle wrapped over a line, the only sign of its country
    ("SUGAR WORKERS STOP WORK AT MILL\nSome 700 workers at Usina Vale Verde S.A. stopped "
     "work on Monday at\nthe company's Ribeirao Preto mill to press for a 30 pct rise, the "
     "Ribeirao\nPreto Sugar Workers Union said.\n    The mill crushes about 8,000 tonnes of "
     "cane a day.\n REUTER", ("Ribeirao Preto", None, "BR")),
])
def test_a_name_wrapped_over_a_line(text, expected, nlp):
    assert loc_of(text, nlp) == expected


@pytest.mark.parametrize("text,expected", [
    ("BELGIAN GLASS WORKERS OCCUPY WORKS\nAbout 900 workers at Verrerie Lys S.A. have "
     "occupied the firm's Ghent glass works since Monday to protest at plans to close it, "
     "union officials said.\n    The firm employs about 1,200 people in Belgium, including "
     "staff at its head office in Brussels and a warehouse near Liege.\n REUTER",
     ("Ghent", None, "BE")),
    ("Nigeria oil union threatens strike\n\nNigeria's oil workers' union has threatened "
     "to strike at Niger Creek Oil unless the firm takes back 210 sacked staff.\n\nThe "
     "union says the sackings, at the company's offices and facilities around Warri, break "
     "a deal signed last year.", ("Warri", None, "NG")),
    ("KOREAN SHOE WORKERS STAGE SIT-IN\nAbout 1,800 workers at Daehan Footwear Co, a "
     "maker of sports shoes in the Iksan free export zone, are staging a sit-in for the "
     "third day, company officials said today.\n    Labour Ministry officials said some "
     "30 firms in the Iksan and Gunsan area were hit by labour disputes.\n REUTER",
     ("Iksan", None, "KR")),
])
def test_works_named_with_their_town(text, expected, nlp):
    assert loc_of(text, nlp) == expected


@pytest.mark.parametrize("text,expected", [
    ("DOCK STRIKE IN SOUTH AFRICA\nAn estimated 6,000 dock workers stayed off the job in "
     "Durban today, leaving ships waiting at anchor, the transport union said.\n    Talks "
     "with the port operator ended without agreement.\n REUTER", ("Durban", None, "ZA")),
])
def test_stayed_off_the_job_in_a_city(text, expected, nlp):
    assert loc_of(text, nlp) == expected


@pytest.mark.parametrize("text,expected", [
    ("NIGERIAN NURSES END STRIKE IN ZARIA\nAbout 300 nurses at two state hospitals in "
     "Zaria returned to work today, ending a strike that began on March 1, their union "
     "said.\n    The union said the Kaduna State Health Services Board had agreed to pay "
     "three months of arrears.\n REUTER", ("Zaria", None, "NG")),
])
def test_a_state_body_names_no_town(text, expected, nlp):
    assert loc_of(text, nlp) == expected


@pytest.mark.parametrize("text,expected", [
    # workers from several sites gathered in one city: the protest's city
    ("LISBON, Portugal (AP) - Hundreds of workers from three textile factories on Tuesday "
     "protested in the Portuguese capital of Lisbon over eight months of unpaid wages.\n\n"
     "The workers had come by bus from the northern towns of Braga and Guimaraes, a union "
     "leader said.", ("Lisbon", None, "PT")),
    # the same sites struck where they stand: no one city
    ("Portuguese textile strike\n\nWorkers at three textile factories in Braga and "
     "Guimaraes went on strike on Tuesday over unpaid wages, a union leader said.",
     (None, None, "PT")),
])
def test_workers_from_several_sites_gathered_in_one_city(text, expected, nlp):
    assert loc_of(text, nlp) == expected


@pytest.mark.parametrize("text,expected", [
    # a town too small for the gazetteer, placed by the city it is near
    ("FRENCH STEELWORKERS OCCUPY MILL\nSome 500 workers have occupied the wire mill of "
     "Trefileries Lorraines S.A. at Vallonville, near Nancy in eastern France, since "
     "Monday to protest against its closure, the CGT union said today.\n    Talks are due "
     "in Paris next week.\n REUTER", ("Vallonville", None, "FR")),
])
def test_a_town_near_a_city(text, expected, nlp):
    assert loc_of(text, nlp) == expected


@pytest.mark.parametrize("text,expected", [
    # a date's digits before the headline's sites are no count of sites; the sites near
    # the named capital are one area's, and the struck area is named
    (" date 2014-03-12 Poland shoe factories shut amid protests\n\nWARSAW, March 12 "
     "(Wire) - Protests closed some 120 Polish shoe factories near the capital Warsaw "
     "on Wednesday as workers demanded higher pay.\n\n\"We have shut every factory in "
     "Tarnow,\" the head of the makers' group said. There are about 120 factories in the "
     "Tarnow industrial zone.", ("Tarnow", None, "PL")),
])
def test_one_areas_sites_under_a_dated_headline(text, expected, nlp):
    assert loc_of(text, nlp) == expected


def test_a_state_government_named_as_a_state(nlp):
    # a state's government named after a state the text writes as one ("the eastern
    # <Adjective> state of <X>"), its teachers out in several towns: no town of that name
    text = ("INDIAN TEACHERS STRIKE IN BIHAR\nAbout 40,000 teachers at state schools in the "
            "eastern Indian state of Bihar stayed away from work today to press for back pay, "
            "their federation said.\n    Schools in Patna, Gaya and Muzaffarpur were shut. The "
            "state government said it would pay the arrears in March.\n REUTER")
    published = "1988-02-10"
    ctx = Context(Article(id="t", text=text, published=published), nlp)
    f = ArticleFacts(id="t")
    f.published = Fact(published, None)
    f.is_labor_action = classify.is_labor_action(ctx)
    f.action_type = classify.action_type(ctx)
    f.employers = [Fact("Bihar government", None, note="government")]
    f.unions = parties.unions(ctx)
    v = place.location(ctx, f)
    assert (v.value.city, v.value.state, v.value.country) == (None, None, "IN")


@pytest.mark.parametrize("text,expected", [
    # a count of works that an action sentence places in one town: that town's sites
    ("CHILE SALMON WORKERS STRIKE\nSome 3,000 workers at 11 salmon processing plants run by "
     "Pesquera Austral SA have been on strike since Monday for a 20 pct rise, union leaders "
     "said.\n    The union said the strike had halted processing at plants in Puerto Montt, "
     "the industry's main port.\n REUTER", ("Puerto Montt", None, "CL")),
    # the works in one town and in others: no one city
    ("CHILE SALMON WORKERS STRIKE\nSome 3,000 workers at 11 salmon processing plants run by "
     "Pesquera Austral SA have been on strike since Monday for a 20 pct rise, union leaders "
     "said.\n    The union said the strike had halted processing at plants in Puerto Montt "
     "and other ports of the south.\n REUTER", (None, None, "CL")),
])
def test_a_count_of_works_placed_in_one_town(text, expected, nlp):
    assert loc_of(text, nlp) == expected


@pytest.mark.parametrize("text,expected", [
    # a factory placed near a city, then the firm's workers placed in their town
    ("Indonesian garment workers strike\n\nSome 4,000 workers at a garment factory near "
     "Jakarta have been on strike since Monday, demanding the legal minimum wage.\n\nWorkers "
     "at PT Kencana Busana Utama in Bekasi say the firm pays less than the provincial "
     "minimum, their union said.", ("Bekasi", None, "ID")),
])
def test_a_firm_in_its_town_over_a_factory_near_a_city(text, expected, nlp):
    assert loc_of(text, nlp) == expected
