"""The life of the action in web copy from around the world: a protest told in the plain past,
a threat to start a strike, ... Articles written for these tests (invented names; no text from
any evaluation set)."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, published: str | None):
    f = extract_article(Article(id="w", text=text, published=published))
    val = lambda x: x.value if x else None  # noqa: E731
    return {"labor": val(f.is_labor_action), "type": val(f.action_type), "status": val(f.status),
            "start": val(f.start_date), "end": val(f.end_date)}


@pytest.mark.parametrize("verb", [
    "on Wednesday protested over unpaid allowances",
    "protested outside the state secretariat on Wednesday over unpaid allowances",
    "on Wednesday demonstrated against unpaid allowances",
])
def test_workers_who_protested_held_a_protest_that_is_over(verb):
    text = ("Council workers in Tarambe protest over allowances\n\n"
            f"Council workers in the eastern province of Tarambe {verb} and delays in pension "
            "payments, a local radio station reported.\n\n"
            "The workers' protest came after a 10-day ultimatum to the provincial governor ran out, "
            "as they demanded payment of arrears or risk industrial action.\n\n"
            "Labour leaders are meeting provincial officials to discuss the demands.\n\n"
            "Earlier, the workers had threatened to start a strike unless their demands were met.\n")
    f = _facts(text, "2021-03-10")
    assert f["type"] == "protest"
    assert f["status"] == "ended"
    assert f["start"] == f["end"] == "2021-03-10"


@pytest.mark.parametrize("open_date", [
    "Its leader told reporters that the date of the stoppage would be announced later.",
    "The date of the stoppage is yet to be fixed, its leader told reporters.",
    "Its leader told reporters the federation had yet to set a date for the stoppage.",
])
def test_a_federation_call_with_its_date_still_open_is_authorized(open_date):
    text = ("Valmoran labour federation calls for new public sector strike over budget\n\n"
            "Valmora's main labour federation, the VGTU, called on Monday for a new nationwide "
            "strike in the public sector and state firms to protest against the government's budget.\n\n"
            f"{open_date} A national strike by the federation on May 12 shut ministries and ports.\n")
    f = _facts(text, "2022-06-20")
    assert f["status"] == "authorized"
    assert f["start"] is None


@pytest.mark.parametrize("lead", [
    "A labour union of the Okawa department store chain on Tuesday confirmed its right to strike "
    "over the planned sale of the chain to a foreign fund.",
    "A labour union of the Okawa department store chain on Tuesday secured a mandate to strike "
    "over the planned sale of the chain to a foreign fund.",
])
def test_a_union_that_confirmed_its_right_to_strike_has_authorized_one(lead):
    text = ("Okawa store union confirms right to strike\n\n"
            f"OSAKA, July 11 - {lead}\n\n"
            "The parent group said it had been told of the result of the vote and hoped for "
            "careful dialogue with the union.\n")
    f = _facts(text, "2023-07-11")
    assert f["status"] == "authorized"
    assert f["start"] is None


@pytest.mark.parametrize("headline", [
    "General strike today throughout Valmora. Trains stopped for four hours, schools for eight.",
    "Public sector strike today across Valmora: schools and post offices shut",
])
def test_a_verbless_strike_today_is_under_way(headline):
    text = (f"{headline}\n\n"
            "The clash between the unions and the government goes on: the federation's secretary "
            "said last night that it would appeal against the order cutting the hours of the stoppage "
            "in transport.\n\n"
            "\u201cWe will not stop until the government changes its economic policies,\u201d he said.\n")
    f = _facts(text, None)
    assert f["status"] == "ongoing"


@pytest.mark.parametrize("verb", ["will end", "will call off"])
def test_strikers_who_will_end_their_strike_after_accepting_an_offer_have_ended_it(verb):
    text = ("Hospital porters to end strike after donor offer\n\n"
            f"KANDRA - Striking porters at Kandra's state hospitals {verb} a three-month strike after "
            "accepting an offer from a local businessman to pay them a monthly allowance, their "
            "union said on Thursday.\n\n"
            "The porters went on strike on Oct. 2 to protest against poor wages.\n")
    f = _facts(text, "2021-01-08")
    assert f["status"] == "ended"
    assert f["start"] == "2020-10-02"


@pytest.mark.parametrize("lead", [
    "TARVEL - The Young Medics Forum of Kandra on Monday went on strike at the outpatient "
    "wards of the main state hospitals to protest against attacks on doctors.",
    "TARVEL - Bus drivers across Kandra walked off the job on Monday to protest against attacks "
    "on drivers at night.",
])
def test_a_strike_over_attacks_on_workers_is_labor_despite_the_violence_words(lead):
    text = (" date 2016-03-08 Attack on medic sparks strike in Kandra\n\n"
            f"{lead}\n\n"
            "The strike caused long queues and the cancellation of hundreds of planned operations. "
            "Emergency wards were crowded all day. The strike was set to go on until the demand for "
            "guards at every ward is met.\n\n"
            "Waiting rooms stayed full well into the evening, and several clinics closed early.\n\n"
            "Meanwhile, two other professional bodies held emergency meetings after the killing of a "
            "surgeon last week.\n\n"
            "They condemned the killing and said the police had failed to arrest those who "
            "injured a cardiologist.\n\n"
            "They demanded better security at hospitals and depots.\n")
    f = _facts(text, "2016-03-08")
    assert f["labor"] is True
    assert f["type"] == "strike"
    assert f["status"] == "ongoing"
    assert f["start"] == "2016-03-07"


@pytest.mark.parametrize("ballot", [
    "will start balloting some 9,000 members over strike action from June 3",
    "are to ballot some 9,000 members on strike action from June 3",
])
def test_a_ballot_still_to_come_on_strike_action_is_a_threat_with_no_start(ballot):
    text = (" date 2017-05-25 Norbridge Rail says no deal with unions; strike ballot to go ahead\n\n"
            "LONDON, May 25 - Norbridge Rail has failed to agree changes to its pension scheme with "
            "its unions, the company said on Thursday.\n\n"
            f"The four unions {ballot}, they said in a joint statement earlier this week.\n\n"
            "Should a strike go ahead, it would be the biggest on the railway in 20 years.\n")
    f = _facts(text, "2017-05-25")
    assert f["status"] == "threatened"
    assert f["start"] is None


@pytest.mark.parametrize("frame", [
    "The warning strike comes ahead of a second round of negotiations with the employers, set to "
    "take place on March 8 and 9.",
    "The stoppage comes just before the budget vote in the city council due on March 8.",
])
def test_the_days_of_the_talks_an_action_comes_ahead_of_are_not_its_days(frame):
    text = (" date 2023-03-01 Union calls one-day strike at Valmoran ports\n\n"
            "The dockers' union Hafo said on Wednesday it would strike at the country's ports on "
            "Friday, March 3, for one day.\n\n"
            f"{frame}\n\n"
            "The union said the employers had refused to improve their pay offer.\n")
    f = _facts(text, "2023-03-01")
    assert f["start"] == "2023-03-03"
    assert f["end"] == "2023-03-03"
