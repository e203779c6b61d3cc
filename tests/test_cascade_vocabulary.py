"""The cascade and the classifier read one vocabulary (``data/lexicon/action_cues.json``):
every action word the classifier counts lies on a cue the cascade counts, so the cascade never
drops an article the classifier would call a labor action. Sentences written for these tests."""
from __future__ import annotations

import json
from importlib import resources

import pytest

from picketline import cascade
from picketline.extract import classify, extract_article
from picketline.model import Article
from picketline.nlp import Context

# one sentence for every form of action word the classifier knows (strong, medium, weak)
ACTION_FORMS = [
    "Nurses went on strike at the county hospital.",
    "The union's members are on strike.",
    "Bakers walked off the job over pay.",
    "Cooks walk off their jobs at noon, the union said.",
    "A work stoppage by mechanics halted the line.",
    "A labour stoppage closed the port.",
    "Dockers began industrial action over pay.",
    "The union threatened job action over staffing.",
    "Miners downed tools over safety.",
    "Welders down tools whenever the union calls.",
    "The crew downs tools at noon over wages.",
    "Fitters are downing tools over a pay claim.",
    "The union took strike action over pensions.",
    "Bus drivers staged a sickout over schedules.",
    "Drivers held a sick-out over overtime rules.",
    "The company imposed a lockout on its workers.",
    "The union said the lock-out of 300 workers continues.",
    "Locked-out workers picketed the plant.",
    "Members backed a strike vote over wages.",
    "The union served strike notice on the employer.",
    "The strike fund pays members each week.",
    "Strikers gathered at the gate.",
    "Striking nurses marched to city hall.",
    "The unions called a general strike against the pay freeze.",
    "A nationwide strike by civil servants closed offices.",
    "Workers struck over pay on Monday.",
    "The union said workers would strike over wages.",
    "Teachers are striking over class sizes.",
    "Workers staged a walkout over pay.",
    "Cleaners staged a walk-out over wages.",
    "Employees walked out over the contract.",
    "Dockers walk out over pay, the union said.",
    "Workers walked off over pay.",
    "Drivers staged a walk-off over wages.",
    "The stoppage by workers over pay continued.",
    "The company locked out its union workers.",
    "The employer locks out workers who reject the contract.",
    "Bus drivers called out sick over the new schedules, the union said.",
    "Teachers called in sick en masse over pay.",
    "Union members are calling in sick to protest the contract.",
    "The union called a day of action over pay.",
    "Unions held a week of action against the pay freeze.",
    "Union members picketed the store over wages.",
    "Pickets blocked the gate, the union said.",
    "Union members rallied for higher wages.",
    "Workers are rallying for a contract, the union said.",
    "Workers protested job cuts, the union said.",
    "Workers held a demonstration over wages, the union said.",
    "Workers marched to demand a contract, the union said.",
    # actions with no strike word: go-slows, work-to-rule, bans, sit-ins, occupations, defiance
    "Miners staged a go-slow at the shaft over safety.",
    "Signal staff began a work-to-rule over pay.",
    "Guards began a work to rule over rosters, the union said.",
    "The union lifted its overtime ban after the pay offer.",
    "Tug crews imposed a ban on overtime over a pay claim.",
    "Dockers imposed work bans over the pay claim, the union said.",
    "The union placed black bans on the company's ships over wages.",
    "Workers staged a sit-in at the plant over job cuts.",
    "Workers occupied the factory to stop its closure.",
    "The union said the occupation of the mill by its members would go on.",
    "Miners defied the hostel rule, the union said.",
]


def counted_hits(text: str) -> list[classify.Hit]:
    return classify.sentence_signal(text)[1]


@pytest.mark.parametrize("text", ACTION_FORMS)
def test_every_counted_action_word_lies_on_a_cascade_cue(text):
    hits = counted_hits(text)
    assert hits, f"the classifier should count an action word in {text!r}"
    spans = cascade.cue_spans(text)
    for h in hits:
        assert any(a < h.end and h.start < b for a, b, _ in spans), (h, spans)
        assert cascade.might_be_labor(h.text)
    assert cascade.might_be_labor(text)


def test_the_classifier_reads_the_cascade_vocabulary():
    """One data file: the cascade's cues are its contents, and a sentence with no cue of
    that file has no action word for the classifier."""
    data = json.loads(resources.files("picketline").joinpath(
        "data/lexicon/action_cues.json").read_text(encoding="utf-8"))
    listed = {w for k, ws in data["cues"].items() if not k.startswith("_") for w in ws}
    assert set(cascade.CUES) == listed
    assert "called out sick" in listed and "march" in data["lowercase_only"]["cues"]
    # no cue: no hit, whatever the classifier's own patterns might say
    assert classify.action_hits("The workers and the union met the employer over pay.") == ()
    # a cue inside an other-sense phrase counts for neither
    assert not cascade.might_be_labor("The court struck down the rule.")
    assert classify.action_hits("The court struck down the rule on union pay.") == ()


def test_the_month_march_is_no_cue_but_the_verb_is():
    assert not cascade.might_be_labor("Profits rose in MARCH and in March.")
    assert cascade.might_be_labor("Nurses march on city hall over staffing.")


BUS_DRIVERS = Article(
    id="bus", published="2024-02-06", title="Bus drivers call out sick over new rosters",
    text="date 2024-02-06 Bus drivers call out sick over new rosters\n\n"
         "More than 120 city bus drivers called out sick on Monday in a protest over new "
         "rosters, the transit workers' union said.\n\n"
         "The transit agency cancelled a third of its routes as the drivers stayed home.\n\n"
         "The union said drivers would keep calling out sick until the agency withdraws the "
         "rosters and returns to bargaining.")


def test_bus_drivers_calling_out_sick_pass_the_cascade_and_the_classifier():
    assert cascade.might_be_labor(BUS_DRIVERS.text)
    assert cascade.no_cue_facts(BUS_DRIVERS) is None
    assert classify.is_labor_action(Context(BUS_DRIVERS)).value
    facts = extract_article(BUS_DRIVERS)
    assert facts.labor and facts.action_type.value == "strike"


def test_a_lone_absence_is_no_sickout():
    """Staff calling in sick with no union, protest or concerted act is absence."""
    one = Article(id="ill", published="2024-12-27", title="Airline's holiday chaos under review",
                  text="Airline's holiday chaos under review\n\n"
                       "Regulators will review the airline's holiday chaos, officials said.\n\n"
                       "Baggage staff calling in sick and a computer failure left thousands of "
                       "passengers stranded at the weekend.\n\n"
                       "A third of the airport's baggage handlers called in sick on Sunday.\n\n"
                       "The airline's union officials denied there had been a deliberate sickout.")
    assert not classify.is_labor_action(Context(one)).value
