"""Demands and bargaining events in wire and world news copy (data/lexicon/*_wire.json), on
sentences written for these tests: each rule with sentences it must read and ones it must not."""
from __future__ import annotations

import pytest

from picketline.extract import issues, numbers
from picketline.model import Article, ArticleFacts, Fact, Location
from picketline.nlp import Context


def _run(text: str, country: str | None = None,
         status: str | None = None) -> tuple[set[str], set[str]]:
    ctx = Context(Article(id="t", text=text, published="1991-05-02"))
    facts = ArticleFacts(id="t")
    facts.wage_demand_pct, facts.wage_offer_pct = numbers.wages(ctx, facts)
    if country is not None:
        facts.location = Fact(Location(country=country))
    if status is not None:
        facts.status = Fact(status)
    ds = issues.demands(ctx, facts)
    evs = issues.bargaining_events(ctx, facts)
    for f in ds + evs:
        assert f.evidence is not None and f.evidence.sentence in text
    return {f.value for f in ds}, {f.value for f in evs}


def demands(text: str) -> set[str]:
    return _run(text)[0]


def events(text: str, country: str | None = None, status: str | None = None) -> set[str]:
    return _run(text, country, status)[1]


# --- demand cues of wire copy: purpose and opposition clauses --------------------------------
@pytest.mark.parametrize("text,expected", [
    # "marched for ... and against ..."
    ("Thousands of workers marched in twenty towns for pay rises and against layoffs.",
     {"pay", "job_security"}),
    # "strike for" a thing, not for a length of time
    ("Postal staff held a 48-hour strike for higher allowances, union officials said.",
     {"benefits"}),
    # "to press the government to ..."
    ("The federations called the stoppage to press the cabinet to drop its privatisation "
     "programme.", {"other"}),
    # "in protest at"
    ("Dockers stopped work for two hours in protest at plans to sell the harbour board.",
     set()),
    ("Dockers stopped work for two hours in protest at plans to privatise the harbour board.",
     {"other"}),
    # "in support of"
    ("Tram drivers struck in support of their wage talks with the city.", {"pay"}),
    # "to draw attention to"
    ("Clerks shut the tax offices to draw attention to two colleagues missing since March.",
     {"other"}),
    # "talks on ..."
    ("Unions threatened action after the breakdown of talks on salaries and working hours.",
     {"pay", "hours_scheduling"}),
    # "vowed to fight"
    ("The miners' union vowed to fight pit closures and wage cuts.", {"job_security", "pay"}),
    # "walked out following ..."
    ("Drivers walked out on Friday following the dismissal of a conductor.", {"job_security"}),
    # "a dispute over jobs"
    ("Street cleaners struck again on Monday in a long-running dispute over jobs and pay.",
     {"job_security", "pay"}),
    # "a workforce shortage"
    ("Midwives will strike next month; their union wants the new deal to address a workforce "
     "shortage.", {"staffing"}),
    # an employer's move to cut pay and worsen conditions, resisted
    ("Locked-out mill hands met on Sunday to discuss the owner's decision to dock pay and to "
     "worsen working conditions.", {"pay", "working_conditions"}),
])
def test_wire_demand_cues(text: str, expected: set[str]) -> None:
    assert demands(text) == expected


@pytest.mark.parametrize("text", [
    "The strike entered its third day and is expected to last for two more weeks.",
    "Police marched the protesters away from the salary office.",
    "Talks on Monday ended early, and the union will brief members on Tuesday.",
])
def test_cue_words_without_an_issue_name_none(text: str) -> None:
    assert demands(text) == set()


# --- categories: wording of each ------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Public employees are angry about the wage freeze imposed in January.", {"pay"}),
    ("The union is seeking indexation of salaries to consumer prices.", {"pay"}),
    ("Workers say their real wages have fallen by a fifth in two years.", {"pay"}),
    ("The strike is over the new season's bonus payments.", {"pay"}),
    # compensation for injured workers is a benefit, and no pay demand
    ("Building unions struck to protest against cuts to workers' compensation.", {"benefits"}),
    ("The walkout is over the state's plan to reduce injury compensation payments.",
     {"benefits"}),
    ("Miners are demanding a paid holiday on May 1.", {"benefits"}),
    ("Railmen want higher travel allowances and better social security cover.", {"benefits"}),
    ("Engineers struck for a 35-hour week.", {"hours_scheduling"}),
    ("The union is pressing for a shorter working week without loss of pay.",
     {"hours_scheduling", "pay"}),
    ("Bank staff oppose flexible working hours and more overtime.", {"hours_scheduling"}),
    ("Seamen stopped work after two deckhands died in accidents aboard the ferry.",
     {"health_safety"}),
    ("Smelter workers walked out over safety conditions in the furnace hall.",
     {"health_safety"}),
    ("The stoppage was a protest against being ordered to handle explosives.",
     {"health_safety", "working_conditions"}),
    ("Cleaners are demanding an end to redundancies and the reinstatement of sacked workers.",
     {"job_security"}),
    ("The company is axing 300 jobs at the mill, the union said.", {"job_security"}),
    ("Shipyard workers rallied against the planned closure of the yard.", {"job_security"}),
    ("The strikers want the authority to recognise the Harbour and Tug Workers Union.",
     {"union_recognition"}),
    ("A key issue is the freedom of workers to join a union of their choice.",
     {"union_recognition"}),
    ("The union wants better living and working conditions for contract labourers.",
     {"working_conditions"}),
    ("The general strike is aimed at forcing the government to abandon its austerity "
     "measures.", {"other"}),
    ("Unions called the strike to protest against price rises and the economic policy of "
     "the government.", {"other"}),
    ("Workers also demand the release of their jailed union leader.", {"other"}),
    ("The miners want an end to hostels for single men.", {"other"}),
    # plans to close several mines or plants (plural)
    ("The federation called a 24-hour strike to protest against plans to close six state "
     "coal mines.", {"job_security"}),
    ("Textile workers marched against the decision to close two spinning mills.",
     {"job_security"}),
    # a government decision to raise the price of fuel or food
    ("The general strike was called in protest at the government's decision to raise the "
     "price of petrol by 40%.", {"other"}),
    ("Dockers joined the protest against plans to increase the cost of bread.", {"other"}),
    # the right to form an (independent) union
    ("Some 1,500 welders occupied the assembly hall, demanding the right to form an "
     "independent union.", {"union_recognition"}),
    ("Garment workers want the right to set up their own union.", {"union_recognition"}),
    # the removal or suspension of a manager
    ("The miners are demanding a safety inspection and the suspension of a shift manager.",
     {"health_safety", "other"}),
    ("Nurses walked out to press for the removal of the hospital director.", {"other"}),
    # what a settlement was about is the dispute's issue
    ("The strike was called off after a deal on job cuts at the airline.", {"job_security"}),
    ("The union suspended the stoppage after reaching agreement with the state refinery "
     "company on overdue allowances.", {"pay"}),
    # workplace rules called inhumane; harsh rules in a demand sentence
    ("About 3,000 workers struck at a shoe factory to push for higher pay and changes to "
     "rules they say are inhumane.", {"pay", "working_conditions"}),
    ("The strikers are demanding an end to harsh factory rules on toilet breaks.",
     {"working_conditions"}),
    # a strike against the centralisation of a public service
    ("Teachers held a one-day strike against the government's centralisation of the school "
     "system.", {"other"}),
])
def test_wire_demand_wordings(text: str, expected: set[str]) -> None:
    assert demands(text) == expected


@pytest.mark.parametrize("text,absent", [
    # a named organisation, not the insurance benefit
    ("The Banking and Insurance Union said talks on salaries broke down.", "benefits"),
    # a ministry's wish is no workers' demand
    ("The ministry said it wants improvements to working conditions in the mines.",
     "working_conditions"),
    # an overtime ban is an action, not an hours demand
    ("The union began an overtime ban in protest at the closure plan.", "hours_scheduling"),
    # cutting workers' compensation is no job cut
    ("Unions protested against the plan to cut workers' compensation.", "job_security"),
    # a farmers' or a general policy complaint is no 'other' demand of workers
    ("Farmers protested against the government's agricultural policies.", "other"),
    # a decree freezing pay is a pay issue, not government policy at large
    ("The strike is also a protest against a decree freezing state sector wages.", "other"),
    ("Unions marched against a decree keeping civil service pay unchanged.", "other"),
    # a deal on a day is no deal about an issue
    ("The union reached agreement on Monday with the mill, whose wages are among the lowest "
     "in the region.", "pay"),
])
def test_wire_demand_wordings_not_read(text: str, absent: str) -> None:
    assert absent not in demands(text)


# --- bargaining events of wire copy -----------------------------------------------------------
@pytest.mark.parametrize("text,event", [
    ("Talks with the port authority broke down late on Tuesday.", "impasse"),
    ("The union broke off negotiations with the employers' federation.", "impasse"),
    ("Strikes followed the collapse of pay talks in the engineering industry.", "impasse"),
    ("Unions and ministers have reached a compromise on the new pension law.",
     "tentative_agreement"),
    ("The two sides agreed on a settlement early today, the union said.",
     "tentative_agreement"),
    ("Drivers went back to work after ratifying a three-year contract.", "ratification"),
    ("Members voted by a large majority to accept the revised offer.", "ratification"),
    ("Work resumed at the smelter this morning, a company spokesman said.", "return_to_work"),
    ("The strikers rejoined their work on Sunday after the authorities promised a review.",
     "return_to_work"),
    ("Delegates voted overwhelmingly for strike action from June 1.", "strike_vote"),
    ("The confederation's council voted against a general strike this month.", "strike_vote"),
    ("Members voted in favour of allowing their leaders to call a strike.", "strike_vote"),
    ("Last week the drivers voted 93.4 per cent in support of strike action.", "strike_vote"),
    ("Camera operators will walk out on Friday after voting narrowly for action.",
     "strike_vote"),
    ("In the ballot, 88% of reporters voted to green-light a possible walkout.", "strike_vote"),
    # British copy: 'in favour of action'
    ("Members of the porters' union voted by 412 to 96 in favour of action.", "strike_vote"),
    ("Cleaners voted in favour of a 48-hour stoppage.", "strike_vote"),
    # a deal awaiting the members' vote
    ("Union negotiators agreed to recommend a revised offer of 4% to members.",
     "tentative_agreement"),
    ("Teachers are voting this week on the mediated settlement.", "tentative_agreement"),
    ("Dockers agreed to a 9 pct rise in a settlement brokered by the labour minister.",
     "tentative_agreement"),
    # a deal approved at mass meetings or assemblies
    ("The strikers approved the agreement at assemblies held at the smelter overnight.",
     "ratification"),
    ("Dockers endorsed the deal at a mass meeting on Sunday.", "ratification"),
    ("Strikers went back to work with a new contract on Monday.", "return_to_work"),
    ("Their contract expired at the end of March.", "contract_expired"),
])
def test_wire_events(text: str, event: str) -> None:
    assert event in events(text, country="AU")


@pytest.mark.parametrize("text,event", [
    # intention, threat, condition, future
    ("The union said it intended to file unfair labor practice charges.", "ulp_charge"),
    ("The union said it would go to arbitration if negotiations remain at an impasse.",
     "impasse"),
    ("Officials said the pilots will be told to return to work on Monday.", "return_to_work"),
    ("The company said all work at the plant will resume next week.", "return_to_work"),
    ("Their collective agreement expiring in June covers 4,000 staff.", "contract_expired"),
    ("Managers must withdraw the notices or face a strike ballot.", "strike_vote"),
    ("Talks could collapse this week, a negotiator warned.", "impasse"),
    # taking part in a strike is no vote
    ("Some 70 percent of the dockers have supported a strike since Monday.", "strike_vote"),
    # voting to end a strike is no strike vote
    ("Members voted for an end to the strike on Sunday.", "strike_vote"),
    # onlookers' support is no vote
    ("Parents and pupils have so far supported the strike.", "strike_vote"),
    # a strike called off after talks is no breakdown
    ("Lecturers' strike called off after union talks", "impasse"),
    ("The stoppage was called off following talks with the council.", "impasse"),
    # a mediator who will call the sides to talks has not begun
    ("The state mediator said he would call both sides to talks next week.", "mediation"),
    # negotiators who will not recommend a deal reached none
    ("Union negotiators refused to recommend any offer below 5%.", "tentative_agreement"),
    ("The minister offered to broker a settlement between the two sides.",
     "tentative_agreement"),
    # negotiators who came back with an offer are no workers back at work
    ("They came back with the same 4 percent they had on the table since April.",
     "return_to_work"),
    ("Managers returned with a revised offer late on Tuesday.", "return_to_work"),
    # a request that a body order a step is no step
    ("The union said it would ask the state commission to order the company to lift the "
     "lockout.", "return_to_work"),
    # the law on when strikes are allowed is no expiry
    ("Warning strikes are common in wage rounds and are allowed once a contract has expired.",
     "contract_expired"),
])
def test_wire_events_not_taken(text: str, event: str) -> None:
    assert event not in events(text, country="AU")


def test_talks_breaking_down_is_no_legal_impasse_in_the_us() -> None:
    text = "Talks between the district and the teachers broke down on Wednesday night."
    assert "impasse" in events(text, country="GB")
    assert "impasse" in events(text)  # no country known: read as wire copy
    assert "impasse" not in events(text, country="US")
    # a declared impasse is one everywhere
    assert "impasse" in events("The district declared an impasse in May.", country="US")


def test_no_return_to_work_from_an_action_not_held() -> None:
    text = "The strike was called off and work resumed normally at the depots."
    assert "return_to_work" in events(text, status="ended")
    assert "return_to_work" not in events(text, status="averted")
    assert "return_to_work" not in events(text, status="scheduled")


@pytest.mark.parametrize("text,absent", [
    # business-page words that only look like issues
    ("The company said the dispute would cut its first-quarter earnings and net income.",
     "pay"),
    ("The strike is over a bonus issue of shares, analysts joked.", "pay"),
    ("The strike over pay began before the holiday weekend.", "benefits"),
    ("The strike over pay is in danger of spreading to other depots.", "health_safety"),
    ("The union's complaint about the strike was dismissed by the court.", "job_security"),
    ("The protest against the merger caused road closures in the centre.", "job_security"),
    ("The minister recognised the need to talk with the union about the strike issues.",
     "union_recognition"),
    ("The dispute comes amid difficult market conditions for steelmakers.",
     "working_conditions"),
    ("Police arrested 40 workers protesting against the pay offer.", "other"),
    ("The union accused the company of violating labor law during the strike.", "other"),
    ("Strikers said jobs would disappear if the plant was sold, in protest at the sale.",
     "other"),
])
def test_business_and_police_words_are_no_demand(text: str, absent: str) -> None:
    assert absent not in demands(text)


@pytest.mark.parametrize("text,event", [
    # the strike verb is no deal
    ("Workers struck the company after the agreement expired.", "tentative_agreement"),
    # a vote for strike action over an offer is no ratification
    ("Members voted for strike action over the pay offer.", "ratification"),
    ("Members voted to accept strike action over the pay offer.", "ratification"),
])
def test_strike_words_are_no_deal(text: str, event: str) -> None:
    assert event not in events(text, country="AU")


@pytest.mark.parametrize("text,expected", [
    ("Teachers struck over their allowances.", {"benefits"}),
    ("Nurses struck over overtime.", {"hours_scheduling"}),
    ("The union vowed to fight to stop job/wage cuts at the carmakers.", {"job_security", "pay"}),
    ("Bus drivers struck over the weekend.", set()),
])
def test_struck_over_and_slashed_issues(text: str, expected: set[str]) -> None:
    assert demands(text) == expected


@pytest.mark.parametrize("text,expected,evs", [
    ("Unions began a general strike over fuel price rises.", {"other"}, set()),
    ("The walkout is over plans to raise the retirement age to 65.",
     {"pensions_retirement"}, set()),
    ("The carmaker and the union agreed a deal guaranteeing jobs until 2011.",
     {"job_security"}, {"tentative_agreement"}),
    ("The union is balloting its members on industrial action over pensions.",
     {"pensions_retirement"}, {"strike_vote"}),
    ("The union will ballot members on strike action next month.", set(), set()),
])
def test_british_and_european_wording(text: str, expected: set[str], evs: set[str]) -> None:
    ds, found = _run(text, country="GB")
    assert ds == expected
    assert found == evs


@pytest.mark.parametrize("text", [
    "Dockers marched against redundancies and for pay rises; talks with the port broke down.",
    "The unions reached a compromise on workers' compensation and work resumed on Monday.",
    "Miners voted overwhelmingly for strike action over pit closures and fatal accidents.",
    "Staff struck to press the cabinet to drop austerity and to recognise the Clerks Union.",
])
def test_term_prefilter_changes_no_wire_answer(text: str,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    filtered = _run(text, country="GB")
    monkeypatch.setattr(issues, "_word_starts", lambda _text: None)
    assert _run(text, country="GB") == filtered


# --- web copy of 2019-2025 (issue 14): how wire and broadcast copy tells the steps -------------
@pytest.mark.parametrize("text,country,status,expected", [
    # talks with a long list of parties between "talks" and "broke down"
    ("Talks between the union, the HSE and the Department of Health broke down earlier this "
     "week.", "IE", "ongoing", {"impasse"}),
    # negotiations (with whom, over what) that failed
    ("About 3,000 midwives walked out on Tuesday after negotiations with the health ministry "
     "for better pay and rosters failed.", "NZ", "ongoing", {"impasse"}),
    ("Talks between the port and the dockers failed to reach an agreement on Monday.", "AU",
     "ongoing", {"impasse"}),
    # a failed session is no impasse; nor are talks that failed in the US (no legal impasse)
    ("The ministry and the hauliers held their first talks on Monday but failed to narrow "
     "their differences.", "KR", "ongoing", set()),
    ("Talks with the school district failed on Monday.", "US", "ongoing", set()),
    # a forum held "to break the impasse": there was one
    ("A ministerial forum took place last week to break the impasse in the pay talks.", "NZ",
     "averted", {"impasse"}),
    # "the agreement ended in <month>": it ran out
    ("The last enterprise agreement ended in March 2024, but talks began months earlier.", "AU",
     "authorized", {"contract_expired"}),
    ("The stoppage ended in March 2024 after a ballot.", "AU", "ended", set()),
    # "resume work with immediate effect": the return is now, unless the action never began
    ("The unions called off the strike and asked all members to resume work with immediate "
     "effect.", "GH", "ended", {"return_to_work"}),
    ("The unions called off the strike and asked all members to resume work with immediate "
     "effect.", "GH", "averted", set()),
    # "resume working" is a return too
    ("The union told members to resume working immediately.", "US",
     "ended", {"return_to_work"}),
    # a headline's present tense: "reach deal"; the infinitive is no deal
    ("Nurses and health board reach deal to halt strike action\n\nThe walkout was called off "
     "on Thursday, the board said.", "GB", "averted", {"tentative_agreement"}),
    ("The two sides failed to reach a deal on Thursday.", "GB", "ongoing", set()),
])
def test_web_copy_bargaining_steps(text: str, country: str, status: str,
                                   expected: set[str]) -> None:
    assert events(text, country=country, status=status) == expected


@pytest.mark.parametrize("text,expected", [
    # "wage-earning population", "wage earners" are people, not pay
    ("The federation is weighing a 24-hour strike over inflation and housing costs, which it "
     "says burden the wage-earning population.", {"other"}),
    ("The federation is weighing a 24-hour strike over housing costs and cleaners' wages.",
     {"pay", "other"}),
    # a grievance with no demand verb: "because of poor pay and working conditions"
    ("Midwives have been striking because of poor pay and working conditions.",
     {"pay", "working_conditions"}),
    ("Midwives walked out after talks with the ministry for better pay and working conditions "
     "failed.", {"pay", "working_conditions"}),
    ("Tram drivers will strike again in a long-running dispute over pay and conditions.",
     {"pay", "working_conditions"}),
    ("The nurses' unions declared a strike over the ministry's neglect of their conditions of "
     "service.", {"working_conditions"}),
    ("The union said the purchasing power of a docker had been diminished by 12% since 2020.",
     {"pay"}),
    # political and general strikes: policy, a bill, a merger, tariffs
    ("The federation extended its political strikes for another week.", {"other"}),
    ("The reforms would make it easier to fire employees, the federation said.",
     {"job_security"}),
    ("The confederations called a national strike, calling for the labour bill to be "
     "scrapped before the vote.", {"other"}),
    ("The clerks' unions planned a strike to protest against the merger of three state-run "
     "insurers.", {"other"}),
    ("The unions struck over a lack of consensus on the minimum wage and the hike in power "
     "tariffs.", {"pay", "other"}),
    ("Unions called a new national strike to protest the cabinet's economic and social policy.",
     {"other"}),
    # non-pay items; a closed factory's reopening; a strike in solidarity with a cause
    ("Junior vets are calling for a 20 per cent pay rise and changes on exam fees and career "
     "progression.", {"pay", "other"}),
    ("Garment workers blocked the road demanding unpaid wages and the reopening of their "
     "factory.", {"pay", "job_security"}),
    ("Dockers struck on Friday in a show of solidarity with the aid convoy.", {"other"}),
    ("The teachers' union is standing in solidarity with picketers.", set()),
    # the government's move to change the minimum wage, resisted: pay
    ("The federations condemned the cabinet's attempt to amend the rules on minimum wage.",
     {"pay"}),
    # the same words without a demand context name nothing
    ("The insurers announced the merger of three branches on Monday.", set()),
])
def test_web_copy_grievances(text: str, expected: set[str]) -> None:
    assert demands(text) == expected


# --- a third party's help only offered, asked for or still to come is no mediation -----------
@pytest.mark.parametrize("text", [
    "The labour minister said he had invited both unions and the operator to talks under a "
    "ministry mediator on Friday, but the unions said they would stay away.",
    "The drivers' union said it had asked the state mediation office to step in.",
    "The county prefect has offered to appoint a mediator.",
    "The province said it had appointed a mediator, who would meet both sides next week.",
    "A conciliator was expected to meet the two sides on Thursday.",
    "The harbour board proposed mediation, the union said.",
])
def test_mediation_only_offered_or_ahead(text: str) -> None:
    assert "mediation" not in events(text)


@pytest.mark.parametrize("text", [
    "Talks had gone on through the night with a provincial mediator.",
    "The deal came after two days of talks under a state conciliator.",
    "A mediator met both sides on Monday, the ministry said.",
])
def test_mediation_under_way(text: str) -> None:
    assert "mediation" in events(text)


# --- steps told in other words: a deal's participle, talks that fell through ---------------------
@pytest.mark.parametrize("text,event,country", [
    ("Under the agreement, reached last Friday after talks in Leeds, porters get a 5% rise.",
     "tentative_agreement", None),
    ("Members voted to accept a deal reached late on Tuesday with the help of a conciliator.",
     "tentative_agreement", None),
    ("The settlement struck overnight ends the four-day stoppage at the mill.",
     "tentative_agreement", None),
    ("Under a pact signed on Friday with the port authority, dockers get a bonus.",
     "tentative_agreement", None),
    ("Cabin crews will walk out on Monday after negotiations with the carrier fell through.",
     "impasse", "FR"),
    ("Pay talks between the ministry and the teachers fell apart last week.", "impasse", "IT"),
    ("Surgeons walked out after talks with the health department failed to reach a compromise.",
     "impasse", "IN"),
    ("The two-year pact covering 9,000 U.S. dock workers at 14 ports from Maine to Virginia "
     "expired at midnight.", "contract_expired", None),
    ("Members are being told to stop picketing and return to the job sites on Friday morning.",
     "return_to_work", None),
])
def test_steps_in_other_words(text: str, event: str, country: str | None) -> None:
    assert event in events(text, country)


@pytest.mark.parametrize("text,event", [
    ("Under the agreement reached last year, porters got a 5% rise.", "tentative_agreement"),
    ("A deal could be reached late on Tuesday, the union said.", "tentative_agreement"),
    ("Members are being told to stop picketing and return to the bargaining table on Friday.",
     "return_to_work"),
])
def test_steps_in_other_words_not_taken(text: str, event: str) -> None:
    assert event not in events(text)


# --- demand wordings of wire and broadcast copy: the family behind each --------------------------
@pytest.mark.parametrize("text,expected", [
    # pay told by the offer, the dispute or a claim for a rise
    ("The bus strike was called off after the operator made an improved pay offer.", {"pay"}),
    ("The union is also angry about a pay offer it says is worth less than 2%.", {"pay"}),
    ("The stoppages press the union's claim for a 7 pct pay rise for council staff.", {"pay"}),
    ("Midwives will walk out for a day over this year's pay award.", {"pay"}),
    # money owed is pay (allowances owed are pay only, as the wire sets code unpaid call-duty
    # allowances); leave is a benefit
    ("The nurses are demanding payment of allowances withheld since March.",
     {"pay"}),
    ("Their demands include paid maternity leave for trainee doctors.", {"benefits"}),
    # manning, numbers cut, more hired
    ("Ferry crews walked out in protest at what they called poor manning levels.",
     {"staffing"}),
    ("River pilots threatened to strike over plans to cut their numbers.", {"staffing"}),
    ("The union wants the port to hire 40 more crane drivers.", {"staffing"}),
    # shifts and days in a row
    ("The union is seeking a cut in the number of 24-hour on-call shifts.",
     {"hours_scheduling"}),
    # danger at work
    ("Dockers walked out in protest at what they called dangerous crewing levels.",
     {"staffing", "health_safety"}),
    # job security: compulsory lay-offs, jobs a plan would cost, rehiring, contracting out
    ("The occupation will go on until the firm rules out compulsory lay-offs.", {"job_security"}),
    ("The plan to close the depot would cost about 120 jobs, the union says.", {"job_security"}),
    ("The union says the sale would lead to thousands of job losses.", {"job_security"}),
    ("The mill also agreed to rehire 30 workers dismissed after a clash at the gates.",
     {"job_security"}),
    ("Tram crews struck against the authority's contracting-out plan.", {"job_security"}),
    # working conditions: overcrowding, shortages of supplies
    ("Nurses voted for strike action due to overcrowding in emergency wards.",
     {"working_conditions"}),
    ("The doctors' union is demanding an end to shortages of drugs and equipment.",
     {"working_conditions"}),
    # privatisation by a stake sale
    ("Telecom workers held a rally against government plans to sell a stake in the carrier.",
     {"other"}),
])
def test_wire_and_broadcast_demand_families(text: str, expected: set[str]) -> None:
    assert demands(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a ministry's or a body's name is no pensions demand
    ("Staff at the Department for Work and Pensions voted to strike over plans to cut jobs.",
     {"job_security"}),
    ("Border guards will strike, and the Pensions Minister said pay talks would go on.", {"pay"}),
    # a strike against a pension reform is a pensions demand, not 'other'
    ("Unions called a general strike against the government's pension reforms.",
     {"pensions_retirement"}),
    # a decree that grants the demands settles them; it is no demand
    ("The miners' federation said the decree met its main demands, including new safety "
     "rules.", {"health_safety"}),
    # night and weekend shift differentials are pay
    ("The union is seeking higher differentials for night and weekend shifts.", set()),
])
def test_names_and_settling_acts_are_no_demand(text: str, expected: set[str]) -> None:
    assert demands(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The federation also demanded a moratorium on payments on the foreign debt.", {"other"}),
    ("The strikes will escalate unless ministers put money on the table, the union said.",
     {"pay"}),
    ("The reform bill removes early retirement provisions for rail staff.",
     {"pensions_retirement"}),
    ("Unions struck against plans to raise the retirement age to 64.", {"pensions_retirement"}),
])
def test_policy_money_and_retirement_wordings(text: str, expected: set[str]) -> None:
    assert demands(text) == expected


# --- a deal to buy a company, or a deal in another dispute, is no settlement of this one -----
@pytest.mark.parametrize("text", [
    "Dockers stayed out on Tuesday. In May the port group signed a deal, worth an estimated "
    "900 mln dlrs, with a state fund to buy a rival terminal operator.",
    "Miners struck for a third day. Last year the company reached an agreement to acquire "
    "two smelters in the south.",
    "Pilots walked out again on Friday. The same day the union reached an in-principle "
    "agreement with another carrier in a similar pay dispute at its regional arm.",
    "Bus drivers stayed on strike. In a separate dispute, the union struck a deal with a "
    "coach operator on Monday.",
])
def test_business_deal_or_other_dispute_is_no_tentative_agreement(text):
    assert "tentative_agreement" not in events(text, country="AU")


@pytest.mark.parametrize("text", [
    "Tram drivers have accepted an improved offer. The offer was accepted following a ballot "
    "of members, the union said.",
    "The revised pay deal has been overwhelmingly endorsed after a vote of union members.",
    "Dockers voted at a mass meeting this morning to accept the new roster agreement.",
    "Members accepted the offer following a ballot, the union said.",
])
def test_acceptance_after_a_ballot_is_ratification(text):
    assert "ratification" in events(text, country="GB")


@pytest.mark.parametrize("text", [
    "Rail workers will walk out on Thursday after talks over pay and conditions failed "
    "following a month of strikes.",
    "Negotiations with the hospital board failed after three rounds, and nurses walked out.",
])
def test_talks_failed_followed_by_when_is_impasse(text):
    assert "impasse" in events(text, country="GB")


def test_talks_that_failed_to_narrow_gaps_are_still_no_impasse():
    assert "impasse" not in events("The two sides met on Monday but the talks failed to "
                                   "narrow their differences.", country="GB")


# --- a list of what talks or a dispute are over: jobs, terms and conditions ------------------
@pytest.mark.parametrize("text,expected", [
    ("Signal workers will walk out after talks over pay, jobs and terms and conditions "
     "failed.", {"pay", "job_security", "working_conditions"}),
    ("Ferry crews struck in a row over pensions, jobs and conditions.",
     {"pensions_retirement", "job_security", "working_conditions"}),
    ("The stoppage is the latest in a dispute over pay and jobs at the council.",
     {"pay", "job_security"}),
    ("Cleaners walked out over changes to their terms and conditions.",
     {"working_conditions"}),
])
def test_listed_jobs_and_terms_and_conditions(text, expected):
    assert expected <= demands(text)


# --- a strike vote told by its result: a mandate, leaders authorized to call a strike --------
@pytest.mark.parametrize("text", [
    "Members gave their negotiators a 91 per cent strike mandate last month.",
    "\"Our members gave us an 88 percent mandate,\" the local's president said.",
    "The guards' union secured a strike mandate from its members in March.",
    "Dockers granted the federation a mandate for industrial action on Tuesday.",
    "In a vote that ended on Monday, 87 percent of members authorized the executive to call "
    "a strike.",
    "Miners voted on Friday to allow their union to call strikes at three pits.",
    "Refinery workers vote to empower leaders to call industrial action.",
])
def test_strike_mandate_and_authority_to_call_a_strike(text):
    assert "strike_vote" in events(text)


@pytest.mark.parametrize("text", [
    "The union will seek a strike mandate from members next month.",
    "The union is seeking a strike mandate from its 4,000 members.",
    "The minister said the government had a mandate to cut spending.",
    "The board authorized the manager to hire temporary drivers.",
])
def test_mandate_sought_or_political_is_no_strike_vote(text):
    assert "strike_vote" not in events(text)


# --- the union's objection to a change: what it says the change would do --------------------
@pytest.mark.parametrize("text,expected", [
    ("The dockers' union said the rosters would cut earnings and force members to work unsafe "
     "12-hour shifts.", {"pay", "health_safety", "hours_scheduling"}),
    ("Their union says the company's new rosters would leave guards working nine days in a "
     "row.", {"hours_scheduling"}),
    ("Union leaders warned that the plan would slash overtime and put staff at risk from "
     "toxic fumes.", {"hours_scheduling", "health_safety"}),
    ("Workers fear the merger will mean longer shifts for the same pay.",
     {"hours_scheduling", "pay"}),
])
def test_union_objection_to_a_change_is_a_demand_context(text, expected):
    assert expected <= demands(text)


@pytest.mark.parametrize("text", [
    "The company said the new rosters would cut costs and end overtime at the depot.",
    "A spokesman for the airline said the strike would cost it earnings of $4 million.",
])
def test_employer_claims_about_a_change_are_no_demand(text):
    assert demands(text) == set()


# --- talks held at or chaired by a labour-relations commission or a commissioner -------------
@pytest.mark.parametrize("text", [
    "The stoppage was deferred following talks at the Labour Relations Commission on Tuesday.",
    "Agreement was reached late last night in talks chaired by a commissioner of the state "
    "Industrial Relations Commission.",
    "Negotiations under the auspices of the Labour Court resumed on Monday, the union said.",
    "The deal came after a conference before a conciliation officer in Durban.",
])
def test_talks_at_a_commission_are_mediation(text):
    assert "mediation" in events(text, country="IE")


@pytest.mark.parametrize("text", [
    "Both sides will hold talks at the Workplace Relations Commission next week.",
    "The union has been invited to talks at the commission on Friday.",
    "Talks at the company's head office ended without agreement.",
])
def test_talks_at_a_commission_still_to_come_are_no_mediation(text):
    assert "mediation" not in events(text, country="IE")


# --- "pay" as a verb names no pay demand ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Norvalis wants to pay down debt, which at about $90 billion is the largest in the "
    "sector.",
    "The court said the union would have to pay 30 million won for each day of the strike.",
])
def test_pay_as_a_verb_is_no_pay_demand(text):
    assert "pay" not in demands(text)


@pytest.mark.parametrize("text", [
    "Workers walked off over pay on Monday.",
    "The union wants the board to agree to pay rises of 6 percent.",
])
def test_pay_as_a_noun_still_counts(text):
    assert "pay" in demands(text)


# --- a purchase deal, its value and partner told before its purpose --------------------------
def test_a_purchase_deal_with_a_long_value_is_no_tentative_agreement():
    text = ("In May the shipbuilder signed a deal, worth an estimated 1.6 trillion won "
            "(US$1.3 billion), with the state-run development bank to buy a rival yard.")
    assert "tentative_agreement" not in events(text)
    assert "tentative_agreement" in events("The union signed a wage deal, worth 4.5 percent "
                                           "over two years, with the yard on Friday.")


# --- the law on when a strike may be called is no mediation ---------------------------------
@pytest.mark.parametrize("text", [
    "Strikes are illegal in the country unless the dispute has been reported to the ministry "
    "and a conciliation process has failed.",
    "Under provincial labour law, the union will be in a legal position to strike 14 days "
    "after the conciliator reports.",
])
def test_the_law_on_conciliation_is_no_mediation(text):
    assert "mediation" not in events(text)


def test_a_conciliator_at_work_is_still_mediation():
    assert "mediation" in events("A conciliator met both sides for six hours on Tuesday.")


# --- what ended an action, a rejected offer, a purpose clause that forces ----------------------
@pytest.mark.parametrize("text,expected", [
    # the strike called off or suspended once the other side conceded something
    ("Strike action by lecturers will be called off after the minister accepted a review "
     "panel's recommendation for a 5.5% pay increase.", {"pay"}),
    ("The federation suspended its stoppage once the board agreed to restore annual leave.",
     {"benefits"}),
    ("Oil unions have called off a national strike due to begin on Monday, after the cabinet "
     "agreed to cut the price of diesel.", {"other"}),
    # an offer the workers turned down
    ("Porters voted to reject the trust's latest offer of 7 per cent.", {"pay"}),
    ("The transport authority offered a 3% pay rise, which the drivers' union rejected.",
     {"pay"}),
    # "to force the government to ..." (the government is the object)
    ("Bakers' unions called a general strike from next Tuesday to force the government to "
     "reverse a 30% rise in bread prices.", {"other"}),
    ("Bakers' unions called a general strike over food prices.", {"other"}),
    # an agreement already signed that the workers want carried out
    ("Lecturers in Ibaland downed tools, demanding full implementation of the 2012 agreement "
     "with the government.", {"other"}),
    ("Warehouse staff served a strike notice over delayed CBA implementation.", {"other"}),
])
def test_settled_rejected_and_forced_wording(text: str, expected: set[str]) -> None:
    assert demands(text) == expected


@pytest.mark.parametrize("text,absent", [
    # the employers' argument that the workers' claim or action would cost jobs
    ("Engineering workers staged warning strikes over their 6% pay claim. The employers' "
     "chief negotiator said the union's claim would cost jobs.", "job_security"),
    ("Thousands of metalworkers downed tools for two hours in pay talks. The employers' "
     "association called the stoppages pointless rituals that would only cost jobs.",
     "job_security"),
    # the offer of talks is no pay
    ("Porters voted to reject the trust's offer of talks.", "pay"),
])
def test_other_sides_argument_is_no_demand(text: str, absent: str) -> None:
    assert absent not in demands(text)


def test_workers_warning_that_a_plan_costs_jobs_still_counts() -> None:
    assert "job_security" in demands(
        "Tram fitters struck on Monday. The union says the plan to contract out repairs "
        "would cost about 80 jobs.")


def test_workers_at_a_state_owned_firm_are_the_subject() -> None:
    assert "other" in demands(
        "Thousands of workers at the state-owned Vellore Telecom Ltd held a rally on Monday "
        "against government plans to sell part of the company.")


@pytest.mark.parametrize("text", [
    "Boilermakers at Kestrel Pumps went back on Monday. The strike was suspended on Friday by "
    "their union, which is recommending the new offer to its members.",
    "The nurses' union said it had received a revised offer from the health boards after talks "
    "and was prepared to recommend it to members.",
])
def test_offer_the_union_recommends_is_a_tentative_agreement(text: str) -> None:
    assert "tentative_agreement" in events(text)


def test_recommending_more_strikes_is_no_agreement() -> None:
    assert "tentative_agreement" not in events(
        "The union recommended further strikes to its members.")


@pytest.mark.parametrize("text,expected", [
    # the employer word sits in the strikers' own noun phrase; the stoppage is theirs
    ("Workers at the Mirador copper mine, the state miner's biggest pit, walked off the job "
     "on Monday in protest of the layoff of two colleagues.", {"job_security"}),
    ("Crews at the city's busiest bus depot went on strike on Friday in protest at the "
     "planned closure of two garages.", {"job_security"}),
])
def test_stoppage_after_an_employer_word_is_the_workers(text: str, expected: set[str]) -> None:
    assert demands(text) == expected


def test_employer_wanting_is_still_no_demand() -> None:
    assert "hours_scheduling" not in demands(
        "Drivers have been on strike since May. The bus company wants a longer working week, "
        "its chairman said.")


@pytest.mark.parametrize("text,expected", [
    # a closure told with the jobs it costs
    ("About 200 smelter workers staged a sit-in at the ministry in the capital today against "
     "plans by the state-owned metals group to shut its Rivne works with the loss of 1,400 "
     "jobs.", {"job_security"}),
    # the union's word that a practice puts workers at risk, in talks over it
    ("The drivers' union has been locked in talks for weeks over a tracking system it says "
     "puts drivers at risk.", {"health_safety"}),
    # the walkout ended once the employer conceded
    ("Packers returned on Monday, ending a four-day walkout after the firm agreed to install "
     "ventilation in the cold store.", {"health_safety"}),
])
def test_closures_risks_and_concessions(text: str, expected: set[str]) -> None:
    assert demands(text) == expected


def test_a_union_general_secretary_is_no_employer_subject() -> None:
    assert "pay" in demands(
        "Tax office staff will strike for eight days. The union's general secretary, Ada Brook, "
        "said the strikes would escalate unless the government was prepared to put money on the "
        "table now.")


def test_housing_and_transport_allowances_are_no_housing_protest() -> None:
    assert "other" not in demands(
        "Refinery workers called off their strike. The union said the agreement provided for "
        "payment of housing and transport allowances owed since March.")


def test_cutting_the_number_of_staff_on_duty_is_staffing_not_jobs() -> None:
    assert demands(
        "Dispatchers are working to rule. Their union says the new rosters would cut the number "
        "of staff in six of the busiest control rooms.") == {"staffing", "hours_scheduling"}


# --- issue 15: bargaining steps of wire and broadcast copy -----------------------------------
@pytest.mark.parametrize("text,country,event", [
    # a vote for "action" with no strike word in the sentence
    ("Members voted for action last month after talks broke down.", "ZA", "strike_vote"),
    ("Porters voted overwhelmingly for further action at a meeting on Tuesday.", "GB", "strike_vote"),
    # voted to accept the raise itself
    ("Miners voted at pithead meetings to accept a 14% rise.", "CL", "ratification"),
    ("Cleaners voted by a show of hands to approve the pay increase.", "GB", "ratification"),
    # began returning to the place they work
    ("Rig crews began returning to the oil fields on Monday.", "AR", "return_to_work"),
    ("Pickers started going back to the estates on Thursday.", "LK", "return_to_work"),
    # a complaint lodged with a labour body
    ("The union says the hotel sacked its organisers, and has lodged a complaint with the "
     "regional labour board.", "MX", "ulp_charge"),
    ("A complaint was lodged with the Labour Ministry on Friday over the dismissals.", "PH",
     "ulp_charge"),
    # a third party that held talks with both sides
    ("District labour officials held talks with both sides on Friday, but no agreement was "
     "reached.", "IN", "mediation"),
    ("The provincial labour commissioner met the two sides separately on Sunday.", "ZA",
     "mediation"),
    # a deal told in the passive
    ("With minutes to spare, a deal was struck with union leaders.", "GB", "tentative_agreement"),
    ("The operator said it was relieved that an agreement had been agreed overnight.", "IE",
     "tentative_agreement"),
    # the action ended once the other side agreed to do something
    ("The stoppage ended after depot managers met shop stewards and agreed to pay the "
     "arrears.", "KE", "tentative_agreement"),
    ("The walkout was called off when the board promised to reinstate the sacked porters.",
     "NG", "tentative_agreement"),
    # one side agreed to the other's proposal
    ("Mr Rao said the union has agreed to a management proposal on payment dates.", "IN",
     "tentative_agreement"),
    # a side failed to reach a deal with the other
    ("The carmaker has failed to reach a deal with its unions over the pension scheme.", "GB",
     "impasse"),
    # the direct talks broke down first, the conciliator came after
    ("The deal came at a conference chaired by a conciliation commissioner, called after talks "
     "between the two sides broke down on Monday.", "AU", "impasse"),
])
def test_issue15_steps_reported(text: str, country: str, event: str) -> None:
    assert event in events(text, country)


@pytest.mark.parametrize("text,country,event", [
    ("Councillors voted for action on road repairs.", "GB", "strike_vote"),
    ("Negotiators began returning to the table on Tuesday.", "AR", "return_to_work"),
    ("The union will give strike notice to the labour board next week.", "MX", "ulp_charge"),
    ("The union wants them reinstated and will lodge a complaint with the labour board.", "MX",
     "ulp_charge"),
    ("The ministry urged both sides to resume talks.", "IN", "mediation"),
    ("Supporters on both sides of the debate met on Friday.", "IN", "mediation"),
    ("The operator hopes a deal can be agreed.", "GB", "tentative_agreement"),
    ("In 2019, the members backed a walkout but a deal was struck in the final hours.", "US",
     "tentative_agreement"),
    ("The strike was called off after the company agreed to resume talks.", "NG",
     "tentative_agreement"),
    ("The union agreed to an offer of talks.", "IN", "tentative_agreement"),
    ("The carmaker hopes to reach a deal with its unions.", "GB", "impasse"),
    # talks under a conciliator that broke down are the mediation step
    ("Talks at the conciliation service broke down on Friday after two days.", "GB", "impasse"),
])
def test_issue15_steps_not_reported(text: str, country: str, event: str) -> None:
    assert event not in events(text, country)


# --- issue 15: the second demand of a list of grievances, and wage words that are not pay ----
@pytest.mark.parametrize("text,wanted", [
    ("The midwives walked out seeking a 7% rise and a cap on patient loads.", "staffing"),
    ("The union wants limits on the number of pupils in each class.", "staffing"),
    ("Checkout staff struck in a dispute over pay and Sunday working.", "hours_scheduling"),
    ("The union objects to compulsory weekend work at the depot.", "hours_scheduling"),
    ("The union is demanding an 8% increase and an end to the use of labour brokers.",
     "job_security"),
    ("Dockers walked out in protest at the use of casual labour on the quays.", "job_security"),
    ("Porters struck in protest at plans to hand their jobs to a private contractor.",
     "job_security"),
    ("The union is demanding that laundry services stay in-house.", "job_security"),
    ("Teachers marched to demand higher pay and protest against plans to close rural schools.",
     "job_security"),
    ("Pickers want a 20-rupee rise and better housing and medical care on the estates.",
     "benefits"),
    ("Riggers said they would not go back until a safety audit of the yard was done.",
     "health_safety"),
    ("The union accuses the chain of dismissing 30 union activists since talks began.",
     "unfair_labor_practice"),
    ("Staff protested at the victimisation of two shop stewards.", "unfair_labor_practice"),
])
def test_issue15_demands_named(text: str, wanted: str) -> None:
    assert wanted in demands(text)


@pytest.mark.parametrize("text,unwanted", [
    # the wage words belong to another grievance or to a benefit
    ("Pickers want a 20-rupee rise and better housing and medical care on the estates.", "other"),
    ("Civil servants will strike next week against the government's incomes policy.", "other"),
    ("The union objects to the new rota, which means more weekend working without extra pay.",
     "pay"),
    # shift differentials are pay, not scheduling
    ("Differentials for night and weekend shifts remain open, the union says.",
     "hours_scheduling"),
    # closures the strike itself caused
    ("Unions crippled transport and shut schools in a protest against the pension plan.",
     "job_security"),
    ("Contract workers want a pay rise.", "job_security"),
    ("The union accuses the chain of dismissing 30 cleaners.", "unfair_labor_practice"),
])
def test_issue15_demands_not_named(text: str, unwanted: str) -> None:
    assert unwanted not in demands(text)


def test_issue15_activists_reinstated_is_unfair_practice_not_job_security() -> None:
    text = ("The union accuses the resort group of dismissing 25 union activists. It wants them "
            "reinstated.")
    assert demands(text) >= {"unfair_labor_practice"} and "job_security" not in demands(text)


@pytest.mark.parametrize("text,wanted", [
    ("Junior doctors went on strike to protest against attacks on doctors.", "health_safety"),
    ("Nurses demanded proper security arrangements at district hospitals.", "health_safety"),
    ("The drivers' union is looking for a contract with protections against heat and other "
     "hazards.", "health_safety"),
    ("The union will vote on a strike to demand that jobs are preserved after the sale.",
     "job_security"),
    ("Staff want the new owner to safeguard their jobs.", "job_security"),
])
def test_issue15_safety_and_jobs_named(text: str, wanted: str) -> None:
    assert wanted in demands(text)


def test_issue15_job_security_is_not_safety() -> None:
    assert "health_safety" not in demands("Nurses demanded job security for agency staff.")
