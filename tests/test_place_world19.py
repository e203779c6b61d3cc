"""An action told in two or more named towns of equal weight has no one city (GUIDELINES:
"city if one is clear"): "at hospitals in the capital, <city>, and in <town>", "in <city>
and in <town>", workers who "stopped work" or "downed tools" there; a seat or talks named
beside the action's one town is no second action town. Articles written for these tests."""
from __future__ import annotations

from functools import partial

import pytest

import probes


loc_of = partial(probes.loc_of, published="2006-05-10")


@pytest.mark.parametrize("text,expected", [
    ("Kenyan clinical officers strike\n\nAbout 2,000 clinical officers stopped work on "
     "Tuesday, shutting wards at the main public hospitals in the capital, Nairobi, and in "
     "Mombasa. Patients at a clinic in Nairobi were sent home, the officers' union said.",
     (None, None, "KE")),
    ("Zambian bakers walk out\n\nBakery workers downed tools today at the big bread plants "
     "in Lusaka and in Ndola, demanding a housing allowance. Shops in Lusaka ran out of "
     "bread by noon, a union leader said.", (None, None, "ZM")),
    ("Peruvian dockers strike\n\nSome 1,200 dock workers walked out on Monday in the port "
     "city of Callao and also in Arequipa over pay, their union said. Ships waited off "
     "Callao as the strike went on.", (None, None, "PE")),
])
def test_an_action_in_two_towns_has_no_city(text, expected, nlp):
    assert loc_of(text, nlp) == expected


@pytest.mark.parametrize("text,expected", [
    # the firm's seat named beside the one town of the action: still that town
    ("Malaysian rubber workers strike\n\nAbout 600 workers at the Ipoh rubber factory of "
     "Perak Latex Berhad went on strike today over pay, their union said. Talks held in Ipoh "
     "and in Kuala Lumpur before the strike had failed, it said.", ("Ipoh", None, "MY")),
])
def test_a_seat_or_talks_beside_the_action_town(text, expected, nlp):
    assert loc_of(text, nlp) == expected


@pytest.mark.parametrize("text,expected", [
    # several works whose kind takes two words: no one city (the port named in passing is none)
    ("Sugar strike cuts output\n\nA strike by about 700 workers at its three raw sugar mills in "
     "northern Queensland has cost Mackay Cane Refiners 30,000 tonnes of sugar, the company "
     "said. Exports through the port of Bundaberg will be delayed.", (None, "QLD", "AU")),
    ("Paper workers vote to strike\n\nHALIFAX - About 1,500 hourly staff of Tidewater Fibre "
     "at its four Nova Scotia paper mills voted 88 pct for a strike, their union said.",
     (None, "NS", "CA")),
])
def test_several_works_of_a_two_word_kind_have_no_city(text, expected, nlp):
    assert loc_of(text, nlp) == expected


@pytest.mark.parametrize("text,expected", [
    # "the <Adjective> capital" with no name after it is the country's capital
    ("Kenyan nurses strike\n\nAbout 900 nurses at a public hospital in the Kenyan capital walked "
     "out on Monday over unpaid allowances, their union said. The health ministry called the "
     "strike illegal.", ("Nairobi", None, "KE")),
    ("Some 2,000 bus drivers marched through the Peruvian capital today to demand a pay rise, "
     "union leaders said. The transport ministry said it would meet them.", ("Lima", None, "PE")),
    # several sites in that one capital are one town's, not many places
    ("ACCRA - About 1,200 cleaners at four state hospitals in the Ghanaian capital stopped work "
     "today over six months of unpaid wages, their union said.", ("Accra", None, "GH")),
    # the capital with its name after it is read by the name
    ("Dockers struck today in the Chilean capital of Santiago, their union said.",
     ("Santiago", None, "CL")),
    # a firm's name giving a shorter form of the dateline's town: the dateline's full name
    ("NEW DELHI - About 4,000 sweepers of the Delhi Civic Works Board went on strike today for "
     "higher pay, their union said.", ("New Delhi", None, "IN")),
])
def test_the_adjective_capital(text, expected, nlp):
    assert loc_of(text, nlp) == expected


@pytest.mark.parametrize("published,text,expected", [
    # a capital moved by law: the one of the article's date
    ("1987-06-03", "Some 3,000 dockers in the Nigerian capital stopped work today over unpaid "
     "allowances, their union said.", ("Lagos", None, "NG")),
    ("2005-06-03", "Some 3,000 dockers in the Nigerian capital stopped work today over unpaid "
     "allowances, their union said.", ("Abuja", None, "NG")),
    ("1987-06-03", "About 2,500 tram drivers in the West German capital walked out today in a "
     "dispute over shift pay, the transport union said.", ("Bonn", None, "DE")),
    # a state since withdrawn keeps its own code and capital
    ("1987-06-03", "Workers at a tractor plant in the Soviet capital held a short stoppage "
     "today over bonuses, an official newspaper said.", ("Moscow", None, "SU")),
    ("1987-06-03", "Some 1,500 bus drivers in the Yugoslav capital went on strike today for "
     "higher pay, the Tanjug news agency said.", ("Belgrade", None, "YU")),
    # the seat of government that news copy calls the capital
    ("2004-06-03", "Teachers in the Bolivian capital went on strike today for higher pay, "
     "their union said.", ("La Paz", None, "BO")),
])
def test_the_adjective_capital_of_the_article_date(published, text, expected, nlp):
    assert loc_of(text, nlp, published=published) == expected


@pytest.mark.parametrize("text,expected", [
    # a part-owner's or parent's seat ("the Vancouver-based ...") beside the struck works'
    # town written with its province: the works' town
    ("Larkspur Gold said output at its mine in Kirkland Lake, Ontario, had stopped because a "
     "strike by 600 hourly workers was in its second week. Talks are set for London next week. "
     "The company is 40 pct owned by the Vancouver-based Coastal Metals Ltd.",
     ("Kirkland Lake", "ON", "CA")),
    ("Output at the Wolfden paper mill in Prince Albert, Saskatchewan, is halted by a strike of "
     "300 workers, said the mill's owner, a unit of the Montreal-based Laurentide Forest Inc. "
     "Its Regina office was open.", ("Prince Albert", "SK", "CA")),
])
def test_a_seat_beside_the_struck_works_town(text, expected, nlp):
    assert loc_of(text, nlp) == expected
