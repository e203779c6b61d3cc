"""Demands and bargaining events, on sentences and short articles written for these tests."""
from __future__ import annotations

import re

import pytest

from picketline.extract import issues, numbers
from picketline.model import BARGAINING_EVENTS, DEMANDS, Article, ArticleFacts
from picketline.nlp import Context


def _run(text: str) -> tuple[set[str], set[str]]:
    ctx = Context(Article(id="t", text=text, published="2024-02-01"))
    facts = ArticleFacts(id="t")
    facts.wage_demand_pct, facts.wage_offer_pct = numbers.wages(ctx, facts)
    ds = issues.demands(ctx, facts)
    evs = issues.bargaining_events(ctx, facts)
    for f in ds + evs:
        assert f.evidence is not None and f.evidence.sentence in text
    assert {f.value for f in ds} <= set(DEMANDS)
    assert {f.value for f in evs} <= set(BARGAINING_EVENTS)
    return {f.value for f in ds}, {f.value for f in evs}


def demands(text: str) -> set[str]:
    return _run(text)[0]


def events(text: str) -> set[str]:
    return _run(text)[1]


# --- demands --------------------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("The drivers are calling for higher wages and an end to split shifts.",
     {"pay", "hours_scheduling"}),
    ("Janitors want a living wage, more staffing on night crews and safer working conditions.",
     {"pay", "staffing", "working_conditions"}),
    ("The union is seeking nurse-to-patient ratios and stronger protections against violence.",
     {"staffing", "health_safety"}),
    ("Members are demanding limits on outsourcing and a guaranteed pension for new hires.",
     {"job_security", "pensions_retirement"}),
    ("The guild wants protections against artificial intelligence replacing editors.",
     {"job_security"}),
    ("The union calls it an unfair labor practice strike.", {"unfair_labor_practice"}),
    ("The local says the mill wants its staff to pay a larger share of health insurance.",
     {"benefits"}),
    ("Cashiers are asking for more hours for part-time workers and predictable schedules.",
     {"hours_scheduling"}),
    ("Workers at the warehouse are demanding that the company recognize their union.",
     {"union_recognition"}),
])
def test_demand_wording(text: str, expected: set[str]) -> None:
    assert demands(text) == expected


def test_pay_word_outside_demand_context_is_not_a_demand() -> None:
    text = ("Strikers will not receive pay while they are out. The firm said wages would be "
            "reviewed next year. Its spokesman said schedules for buses were posted online.")
    assert demands(text) == set()


def test_denied_issue_is_not_a_demand() -> None:
    text = ("Pay is not the sticking point, the guild says. It objects to the publisher's plan "
            "to freeze the pension for new hires.")
    assert demands(text) == {"pensions_retirement"}


def test_wage_demand_percentage_implies_pay() -> None:
    assert "pay" in demands("The teachers union is asking for 12% over two years.")


def test_employer_statement_is_not_a_demand() -> None:
    text = ("The ministry said it wanted to continue talks about a fair settlement and "
            "improvements to working conditions.")
    assert demands(text) == set()


# --- bargaining events ----------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("The dock workers' contract expired on June 30.", {"contract_expired"}),
    ("Members have been working without a contract since January.", {"contract_expired"}),
    ("Flight attendants voted 94% to authorize a strike last month.", {"strike_vote"}),
    ("The union declared an impasse in October after 14 sessions.", {"impasse"}),
    ("A federal mediator joined the talks on Friday.", {"mediation"}),
    ("The governor stepped in to mediate between the two sides.", {"mediation"}),
    ("On Monday the local filed an unfair labor practice charge at the NLRB.",
     {"ulp_charge"}),
    ("The two sides reached a tentative agreement early Sunday.", {"tentative_agreement"}),
    ("Members ratified the new contract on Tuesday by a wide margin.", {"ratification"}),
    ("The nurses returned to work on Saturday morning.", {"return_to_work"}),
    ("A fact-finding panel issued its report on the dispute last week.", {"fact_finding"}),
])
def test_event_happened(text: str, expected: set[str]) -> None:
    assert events(text) == expected


@pytest.mark.parametrize("text", [
    "The contract expires on Sept. 30 and talks are scheduled for next week.",
    "Pressed on a walkout, the drivers said no strike vote has been taken so far.",
    "The district urged the teachers to bring in a federal mediator; the teachers declined.",
    "The next step is fact-finding, in which a neutral panel weighs both offers. That step "
    "has not started.",
    "Workers will end the strike on Thursday and return to work on Friday.",
    "Members will vote on ratification next week.",
    "If no deal is reached, the union could file an unfair labor practice charge.",
    "The company said it had reached tentative agreements on several minor issues but the "
    "main dispute was unresolved.",
    "We never voted to strike, the union president said.",
])
def test_event_not_yet_happened(text: str) -> None:
    assert events(text) == set()


def test_article_with_several_steps() -> None:
    text = (
        "date 2024-06-10 Port clerks end 12-day strike\n\n"
        "Port clerks returned to work on Monday after members ratified a new five-year contract "
        "on Sunday, ending a 12-day strike.\n\n"
        "Their previous contract expired in March. In April, 91 percent of members voted to "
        "authorize a walkout. Talks resumed with a federal mediator in late May and produced "
        "a tentative agreement on Thursday.\n"
    )
    assert events(text) == {"return_to_work", "ratification", "contract_expired", "strike_vote",
                            "mediation", "tentative_agreement"}


# --- generalisation rules (each with sentences written for it) --------------------------------
@pytest.mark.parametrize("text,expected", [
    ("The teachers union is seeking raises and caps on class sizes.", {"pay", "staffing"}),
    ("Housekeepers want lower room-cleaning quotas and a lighter workload.",
     {"working_conditions"}),
    ("The union wants a cap on how many rooms a housekeeper has to clean in a shift.",
     {"working_conditions"}),
    ("Drivers are demanding protective shields on every bus.", {"health_safety"}),
    ("Pickers staged a sickout over heat conditions inside the warehouse.", {"health_safety"}),
    ("The workers ask protection for their jobs because of the new robots in the kitchen.",
     {"job_security"}),
    ("Cashiers want guarantees that they will not lose their jobs to self-checkout kiosks.",
     {"job_security"}),
    ("Part-timers also want a guaranteed minimum of 30 hours a week.", {"hours_scheduling"}),
    ("The workers will stop work unless the company meets three demands: cooling breaks, "
     "more fans and recognition of the union.", {"health_safety", "union_recognition"}),
])
def test_demand_wordings_that_generalise(text: str, expected: set[str]) -> None:
    assert demands(text) == expected


def test_a_filed_charge_is_a_step_not_a_demand() -> None:
    text = ("The strike continues. The local has also filed an unfair labor practice charge "
            "at the labor board over changes to dental insurance, alleging the company "
            "bargained in bad faith.")
    assert demands(text) == set()
    assert "ulp_charge" in events(text)
    # a walkout held to protest bad-faith bargaining is a demand
    text2 = "Nurses walked out Monday to protest the hospital's refusal to bargain."
    assert demands(text2) == {"unfair_labor_practice"}


@pytest.mark.parametrize("text,event", [
    ("Talks failed after a round of provincial conciliation in August.", "mediation"),
    ("A conciliation officer met with both sides for six days.", "mediation"),
    ("Both sides spent nine hours at Acas on Tuesday without a deal.", "mediation"),
    ("The union said it would drop its unfair labor practice charges as part of the deal.",
     "ulp_charge"),
    ("The firm declared its offer final before the contract expired on March 1.",
     "contract_expired"),
    ("The local said its members returned to their regular duties Wednesday morning.",
     "return_to_work"),
])
def test_bargaining_wordings_that_generalise(text: str, event: str) -> None:
    assert event in events(text)


@pytest.mark.parametrize("text,event", [
    ("Talks at the conciliation service Acas could yet be arranged, both sides said.",
     "mediation"),
    ("The union would file unfair labor practice charges if the firm hired replacements.",
     "ulp_charge"),
    ("One picket captain shrugged and went back to waving at passing cars.", "return_to_work"),
    ("The contract expires before the holidays, and the union will vote next week.",
     "contract_expired"),
])
def test_bargaining_steps_not_yet_taken(text: str, event: str) -> None:
    assert event not in events(text)


@pytest.mark.parametrize("text,expected", [
    ("The union wants more paid time off and a restored COLA.", {"benefits", "pay"}),
    ("Clerks are seeking seniority protections and shift differentials.",
     {"job_security", "pay"}),
    ("Analysts are demanding the right to remote work two days a week.",
     {"working_conditions"}),
])
def test_more_demand_wordings(text: str, expected: set[str]) -> None:
    assert demands(text) == expected


# --- round 2: Irish and Australian wording, press-release lists, roundups, hedged steps ------
@pytest.mark.parametrize("text,expected", [
    ("Tutors at the college will down tools on Monday in a row over insecure contracts.",
     {"job_security"}),
    ("Lecturers kept up their strike over casual contracts for a third day.", {"job_security"}),
    ("They want anyone who has taught for three years offered a contract of indefinite "
     "duration, and tutors paid for marking time.", {"job_security", "pay"}),
    ("The union wants shade at every block and an end to one-person loading.",
     {"staffing", "health_safety"}),
    ("Players want year-round health insurance and league-paid housing during the season.",
     {"benefits"}),
    ("Tenants' groups and the union are campaigning for affordable housing near the hospital.",
     {"other"}),
])
def test_round2_demand_wordings(text: str, expected: set[str]) -> None:
    assert demands(text) == expected


def test_items_of_a_demand_list_after_a_colon() -> None:
    text = ("Local 77 members are demanding:\n"
            "- Guaranteed minimum hours of 30 per week for part-time members;\n"
            "- An end to single-person night shifts.\n")
    assert demands(text) == {"hours_scheduling", "staffing"}
    # the same items without an introducing demand cue are no demands
    assert demands("The store schedule:\n- Minimum hours of 30 per week.\n") == set()


def test_an_earlier_other_action_is_no_demand() -> None:
    text = ("Bus drivers walked out Monday over pay. Two years ago, prison guards in the state "
            "staged a sickout over mandatory overtime.")
    assert demands(text) == {"pay"}


def test_roundup_other_items_are_not_read() -> None:
    text = ("Disputes to watch.\n"
            "1. HARBORVIEW FOODS, TACOMA\n"
            "Warehouse workers at Harborview Foods would walk out; they want safer staffing "
            "levels.\n"
            "2. SUMMIT STUDIOS, BURBANK\n"
            "Animators are on strike at Summit Studios. They want limits on automation and "
            "their contract expired in May.\n")
    ds, evs = _run(text)
    assert ds == {"staffing"}
    assert "contract_expired" not in evs


@pytest.mark.parametrize("text,event", [
    ("A council member called on both sides to accept outside mediation.", "mediation"),
    ("A fact-finder could in theory be appointed, but nobody has asked for one.",
     "fact_finding"),
    ("Council members who have floated fact-finding say it would help.", "fact_finding"),
    ("Talks broke down. A referral to mediation remains possible.", "mediation"),
    ("Most of the parents are asking when classes are back.", "return_to_work"),
])
def test_round2_steps_not_taken(text: str, event: str) -> None:
    assert event not in events(text)


def test_gone_back_to_work_is_a_return() -> None:
    assert "return_to_work" in events("The pickers have gone back to work after a deal.")


def test_ratification_in_an_article_about_an_authorized_strike_is_another_contract() -> None:
    text = ("Flight attendants voted to authorize a strike. The airline noted that its pilots "
            "ratified a contract in January.")
    ctx = Context(Article(id="t", text=text, published="2024-02-01"))
    from picketline.model import Fact
    facts = ArticleFacts(id="t")
    facts.status = Fact("authorized")
    assert "ratification" not in {f.value for f in issues.bargaining_events(ctx, facts)}
    facts.status = Fact("ended")
    assert "ratification" in {f.value for f in issues.bargaining_events(ctx, facts)}


# --- speed: terms whose leading word is absent are not scanned for ---------------------------
def test_lead_literals_of_terms() -> None:
    assert issues._lead_literals(r"\bjob\s+cuts\b") == ("job",)
    assert issues._lead_literals(r"\b(?:mandatory|forced)\s+overtime\b") == ("mandat", "forced")
    assert issues._lead_literals(r"\bwages?\b") == ("wage",)
    assert issues._lead_literals(r"\b(?:rolling\s+)?fixed-term\b") is None  # optional start
    assert issues._lead_literals(r"\b\d+-hour\s+work\s*week\b") is None
    # a term of top-level alternatives starts with any of theirs
    assert issues._lead_literals(r"\bovercrowd\w*|\b(?:shortages?|lack)\s+of\b") == \
        ("overcr", "shorta", "lack")
    assert issues._lead_literals(r"\bjob\s+cuts\b|\b\d+\s+jobs\b") is None
    # a zero-width opening (look-behinds before or after the word boundary) is passed over
    assert issues._lead_literals(r"(?<!\bhunger\s)\bfatigue[ds]?\b") == ("fatigu",)
    assert issues._lead_literals(r"\b(?<!gold\s)arrears\b") == ("arrear",)
    assert issues._lead_literals(r"(?<!x)fatigue\b") is None  # no word boundary: may start mid-word
    # a leading group whose alternatives hold groups or escapes: each one's literal start
    assert issues._lead_literals(r"\b(?:meag(?:re|er)|reduc\w+|cut)\s+pay\b") == \
        ("meag", "reduc", "cut")
    assert issues._lead_literals(r"\b(?:poor|\w+ly)\s+paid\b") is None  # one start unknown
    assert issues._lead_literals(r"\b(?:Sunday|holiday)\s+work\b") is None  # not lower case


def test_lead_literals_keep_every_match() -> None:
    """A term left out of an article's scan for want of its start could not match there."""
    terms = [r"(?<!\bhunger\s)\bfatigue[ds]?\b", r"\b(?:meag(?:re|er)|reduc\w+|cut)\s+pay\b",
             r"\b(?<!gold\s)arrears\b"]
    text = "Drivers cite fatigue, meagre pay and arrears; the firm reduced pay and cut pay."
    starts = issues._word_starts(text)
    for t in terms:
        lead = issues._lead_literals(t)
        assert lead is not None and not starts.isdisjoint(lead)
        assert re.search(t, text, re.IGNORECASE)


@pytest.mark.parametrize("text", [
    "Nurses walked out over short staffing, mandatory overtime and health insurance premiums.",
    "The local filed an unfair labor practice charge; a federal mediator joined talks Friday.",
    "Members ratified a deal with raises and a path to permanent jobs after the lockout ended.",
    "Lecturers are on strike in a row over casual contracts; WRC conciliation failed.",
])
def test_term_prefilter_changes_no_answer(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    filtered = _run(text)
    monkeypatch.setattr(issues, "_word_starts", lambda _text: None)
    assert _run(text) == filtered


# --- grievances given as a cause, with no "demand" or "seeking" verb (web copy) --------------
@pytest.mark.parametrize("text,expected", [
    ("Wards at Brookvale County hospitals have stood empty since doctors downed their tools, "
     "citing a lack of promotions and inadequate medical cover.", {"other", "benefits"}),
    ("The union said the walkout, which begins at midnight on Sunday, is due to unpaid "
     "salaries, dismissals and stalled promotions.", {"pay", "job_security", "other"}),
    ("Ferry crews stage rolling strikes over pay, hours", {"pay", "hours_scheduling"}),
    ("Porters at Delmar Station walked out over wages and working hours.",
     {"pay", "hours_scheduling"}),
])
def test_grievances_named_as_the_cause(text: str, expected: set[str]) -> None:
    assert demands(text) == expected


@pytest.mark.parametrize("text", [
    "The strike is due to start on Monday, and strikers will lose pay.",
    "Trains were cancelled due to the strike, and staff lost pay for the day.",
    "The paper reported, citing officials, that the strikers lost pay.",
    "The pickets packed up and were home within hours, without pay.",
])
def test_schedule_attribution_and_consequence_name_no_cause(text: str) -> None:
    assert demands(text) == set()


# --- political and general strikes against a government: other (GUIDELINES) ---------------
@pytest.mark.parametrize("text,expected", [
    ("The dockers' federation will begin an all-out strike on June 2 unless the premier "
     "resigns.", {"other"}),
    ("The walkout is being staged against the emergency decree, which took effect in May.",
     {"other"}),
    ("Rail and postal unions called a national day of strikes against the cabinet's budget "
     "plans.", {"other"}),
    ("The general strike was called against the new government's labour measures.",
     {"other"}),
])
def test_political_strike_is_other(text: str, expected: set[str]) -> None:
    assert demands(text) == expected


def test_a_rule_of_law_with_unless_names_no_demand() -> None:
    text = ("Under the act, porters cannot legally strike unless a federal board releases them "
            "and a 30-day cooling-off period passes.")
    assert demands(text) == set()


def test_an_earlier_years_campaign_names_no_demand() -> None:
    text = ("Turnout on Thursday rivalled the days of action against the pension reform in "
            "2019, officials said.")
    assert demands(text) == set()


# --- recognition, the employer's threat, contractors as the employer -----------------------
@pytest.mark.parametrize("text,expected", [
    ("Organisers accuse the three firms of refusing to acknowledge the union as a bargaining "
     "agent.", {"union_recognition"}),
    ("\"Halvard Freight left us no choice when it threatened to change our working conditions "
     "and leave our members exposed to layoffs,\" the union said.",
     {"working_conditions", "job_security"}),
    ("The union has tabled wage demands but the contractors refuse to engage with them.",
     {"pay"}),
])
def test_recognition_threats_and_contractors(text: str, expected: set[str]) -> None:
    assert demands(text) == expected



def test_a_rejected_deals_raise_implies_no_pay_demand() -> None:
    text = ("Machinists at the Norvale plant walked off the job on Friday after members voted to "
            "reject a tentative contract that would have raised wages by 18% over three years.")
    assert "pay" not in demands(text)


@pytest.mark.parametrize("text", [
    "Halifax, May 3 - The lockout at Halvard Rail now over, the union has taken down its pickets. "
    "Crews will begin returning to work on Friday.",
    "Strikers at the Brannock mill began returning to work on Tuesday.",
])
def test_action_now_over_or_return_under_way_is_return_to_work(text: str) -> None:
    assert "return_to_work" in events(text)


def test_action_still_going_is_no_return() -> None:
    assert "return_to_work" not in events("The strike at the Brannock mill is now in its third week.")


@pytest.mark.parametrize("text", [
    "The plant's 600 machinists have been without a contract since Jan. 15.",
    "The guards had been without a contract since the old deal expired in March.",
    "Bus drivers have been without a new collective agreement for more than a year.",
    "The teachers remain without a contract since the old one lapsed in June.",
])
def test_without_a_contract_since_is_an_expired_contract(text: str) -> None:
    assert "contract_expired" in events(text)


def test_without_a_contract_while_on_probation_is_no_expiry() -> None:
    assert "contract_expired" not in events("New hires are without a contract during probation.")
