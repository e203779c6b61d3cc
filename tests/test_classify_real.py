"""Labor action, action type and status on wire-style copy (hard-wrapped lines, all-caps
headlines, stories told through an action's effects): articles written for these tests in the
style of news agencies, never taken from an evaluation set."""
from __future__ import annotations

import pytest

from picketline.extract import classify, extract_article
from picketline.model import Article
from picketline.nlp import Context


def wire(headline: str, body: str, date: str = "1991-05-14") -> Article:
    """A wire story: date line with an all-caps headline, then hard-wrapped lines (about 60
    characters) with indented paragraphs."""
    lines, out = [], []
    for para in body.split("\n\n"):
        words, line = para.split(), ""
        for w in words:
            if len(line) + len(w) + 1 > 60:
                lines.append(line)
                line = w
            else:
                line = f"{line} {w}" if line else w
        lines.append(line)
        out.append("\n".join(lines))
        lines = []
    text = f"date {date} {headline}\n" + "\n".join("    " + p for p in out) + "\n REUTER\n"
    return Article(id="w", text=text, published=date, title=headline)


def labor(a: Article) -> bool:
    return classify.is_labor_action(Context(a)).value


def status(a: Article) -> str | None:
    f = extract_article(a)
    return f.status.value if f.labor and f.status else None


# --- hard-wrapped lines (joined by nlp.split_sentences; the classifier reads those) -------
def test_a_wrapped_line_is_joined_into_its_sentence():
    a = wire("CAR UNION READY FOR BATTLE WITH MAKERS",
             "Leaders of the country's organised car workers have signalled they are ready "
             "for a long work stoppage later this year if the makers fail to meet their demands "
             "for job security.\n\nThe union president spoke to 2,000 delegates at a convention.")
    ctx = Context(a)
    joined = [s.text for s in ctx.sentences]
    assert any("long work stoppage later this year" in t for t in joined)
    assert all("\n" not in t for t in joined)
    assert joined[0].startswith("date 1991-05-14 CAR UNION")  # the headline stays alone
    assert labor(a)


def test_joined_sentences_keep_their_offsets():
    a = wire("DOCKERS STRIKE AT NORTHERN PORT",
             "Some 3,000 dockers went on strike at the northern port today over a pay claim, "
             "union officials said, and cargo handling came to a halt.")
    ctx = Context(a)
    for s in ctx.sentences:
        assert ctx.text[s.start:s.end].replace("\n", " ") == s.text


def test_a_sentence_end_is_no_join():
    a = wire("X", "One short line ends here.\n\nAnother begins.")
    sents = [s.text for s in Context(a).sentences]
    assert "One short line ends here." in sents


# --- what is a labor story ------------------------------------------------------------------
LABOR_WIRE = {
    "casualties of a general strike": wire(
        "FOUR HURT AS GENERAL STRIKE BEGINS IN CAPITAL",
        "At least four people, two of them police officers, were hurt at the start of a general "
        "strike called by the main labour federations against a fuel price rise.\n\n"
        "Buses stopped running and most shops stayed shut, witnesses said.\n\n"
        "The government said the strike was illegal."),
    "an effect of a strike in the headline": wire(
        "CUSTOMS STRIKE DELAYS EXPORT FIGURES",
        "Industrial action by customs officers that started last week will delay the "
        "publication of April export figures, the finance ministry said.\n\n"
        "The figures will be put back by about three weeks, a spokesman said."),
    "firms hire to offset a strike": wire(
        "SHIPPERS HIRE EXTRA CREWS TO OFFSET PORT STRIKE",
        "Shipping agents said they were hiring extra crews to offset a rolling strike at the "
        "country's main ports.\n\nDockers began a six-day strike on Monday in which they work "
        "only every other shift, in protest at plans to sell the port authority."),
    "a union threatens a strike ballot over job cuts": wire(
        "PRINTERS' UNION WARNS OF BALLOT OVER 120 JOB CUTS",
        "The print workers' union told the publisher to withdraw 120 redundancy notices by "
        "Friday or face a strike ballot.\n\nThe union said it did not rule out a strike.\n\n"
        "The publisher said the cuts would pay for new presses."),
    # one sentence in which named unions call a dated action is the story, whatever else it says
    "unions call a dated general strike in an economy story": wire(
        "COUNTRY SEEKS 300 MLN DLRS IN FLOOD AID",
        "The country is seeking 300 mln dlrs in loans from foreign governments to repair flood "
        "damage, the finance minister said.\n\nHe said talks with commercial banks on the "
        "foreign debt would go on.\n\nThe main labour unions have called a general strike for "
        "Thursday to press for the withdrawal of fuel price rises."),
    "a union ready to strike in coming talks": wire(
        "STEEL UNION VOWS TO RESIST PAY AND JOB CUTS",
        "The steelworkers' union vowed to resist pay and job cuts in contract talks that begin "
        "in June with the three largest mills.\n\nIts president told 2,000 delegates that members "
        "stood ready to strike for job security and better pay.\n\nThe companies say "
        "costs must come down."),
    "a possible strike target": wire(
        "ELECTRICAL WORKERS GEAR UP FOR TOUGH CONTRACT TALKS",
        "The electrical workers' union will open talks in June on contracts covering 90,000 "
        "members at the two largest appliance makers.\n\nThe union is expected to name one of "
        "the makers as a possible strike target in August.\n\nBoth makers want to hold down "
        "labour costs."),
    # workers' actions with no strike word
    "miners defy a rule": wire(
        "COPPER MINERS DEFY BAN ON FAMILIES IN COMPOUNDS",
        "Copper miners have moved their families into company compounds in defiance of a "
        "rule that bars them, their union said today.\n\nAbout 400 families moved in at the "
        "weekend, the union said.\n\nThe mining company said talks with the union on housing "
        "were going on."),
    "work bans over a pay claim": wire(
        "TUG CREWS LIFT BANS ON FOREIGN SHIPS",
        "Tug crews in three states lifted their work bans on foreign-flag container ships, "
        "shipping sources said.\n\nThe bans, in force for six days over a wage claim, had held "
        "about 20 ships in port.\n\nThe pay claim goes before the arbitration commission "
        "today."),
    "a factory occupation": wire(
        "WORKERS OCCUPY TEXTILE PLANT OVER CLOSURE",
        "About 600 workers occupied the textile plant today to stop its owners from closing it, "
        "their union said.\n\nThe owners said the plant had lost money for three years."),
    "an action called by a labour council": wire(
        "PORT DISRUPTION GOES ON",
        "Cargo handling at the state's three main ports was disrupted again, shipping agents "
        "said.\n\nThe industrial action at the ports is part of a week of protest called by the "
        "state labour council against changes to sick pay rules.\n\nAgents said the port "
        "unions appear to take turns to walk off at the start of each shift."),
}


@pytest.mark.parametrize("name", LABOR_WIRE)
def test_wire_labor_stories(name):
    assert labor(LABOR_WIRE[name]), name


NOT_LABOR_WIRE = {
    "a past strike in passing": wire(
        "AIRLINE WINS RULING ON SENIORITY LIST",
        "A federal judge ruled the airline may keep its seniority list, which dates from the "
        "time of the 60-day strike that ended in June 1986, the company said.\n\n"
        "The flight attendants' union said it would appeal.", date="1988-02-10"),
    "a ferry struck a pier": wire(
        "NINE HURT AS FERRY HITS PIER",
        "Nine people were hurt when a ferry struck a pier as it left the harbour, a nurse at "
        "the port hospital said.\n\nThe crew and staff helped passengers ashore, and rescuers "
        "searched the water."),
    "it strikes me as odd": wire(
        "AIRLINE CRITICISED OVER HIRING OF PILOTS",
        "\"It strikes me as odd that so few of the airline's pilots are women,\" the committee "
        "chairman said at a hearing on hiring of workers.\n\nThe airline said its employees "
        "were hired on merit."),
    "a history of a general strike": wire(
        "MUSEUM MARKS GENERAL STRIKE OF 1926",
        "A museum exhibition recalls the general strike of 1926, when miners and transport "
        "workers stopped work for nine days.\n\nThe exhibition opens to visitors with photographs "
        "of the 1926 strike and the miners' union banners.", date="2006-05-02"),
    "a government defies the unions": wire(
        "GOVERNMENT DEFIES UNIONS OVER BUDGET",
        "The government defied the unions and passed its budget, which cuts spending by five "
        "pct.\n\nUnion leaders said they would study the budget.\n\nThe opposition voted "
        "against it."),
    "occupied the top spot": wire(
        "CAR MAKER KEEPS FIRST PLACE IN SALES",
        "The car maker occupied the top spot in sales for the third year, the industry "
        "association said.\n\nIts workers built 1.2 mln cars at four plants."),
    "students stage a sit-in": wire(
        "STUDENTS STAGE SIT-IN OVER FEES",
        "About 300 students staged a sit-in at the university library over higher fees."
        "\n\nThe university said staff would keep the library open."),
    "a strike in passing in an economy story": wire(
        "CAR SALES FALL EIGHT PCT IN FIRST QUARTER",
        "Car sales fell eight pct in the first quarter, partly because of output lost during "
        "the engineering union's strike at a parts maker, the industry association said.\n\n"
        "Sales of imported cars rose three pct.\n\nDealers expect sales to recover in the "
        "second half as interest rates fall.\n\nThe association said prices rose four pct. "
        "Light truck sales were unchanged.\n\nExports fell for the third straight quarter. "
        "The strong currency hurt exports to Europe, it said.\n\nThe association will publish "
        "its April figures next month."),
    "a union rules out a strike": wire(
        "NURSES' UNION TO PUT PAY OFFER TO MEMBERS",
        "The nurses' union ruled out a strike and said it would recommend the two-year pay offer "
        "to its members.\n\nThe health authority said the offer was final."),
    "a strike named by an earlier year": wire(
        "UNION TO SEEK FULL WAGE FORMULA IN TALKS",
        "The union said it will seek a return to annual wage rises in talks this year, pointing "
        "to the raise it won after a 1985 strike at another maker.\n\nThe companies said they "
        "would oppose any general wage increase.", date="1987-04-13"),
}


@pytest.mark.parametrize("name", NOT_LABOR_WIRE)
def test_wire_look_alikes(name):
    assert not labor(NOT_LABOR_WIRE[name]), name


@pytest.mark.parametrize("text,year,expected", [
    ("The 60-day strike ended in June 1986, the union said.", 1988, True),
    ("A 1926 general strike is the subject of a new book.", 2006, True),
    ("The strike, the first since 1986, began on Monday.", 1988, False),
    ("Workers went on strike in 1988.", 1988, False),
    ("The strike that began in December 1987 continues.", 1988, False),
    ("Union members earned 5.1987 pct more.", 1988, False),
])
def test_historical_mentions(text, year, expected):
    assert classify.historical(text, year) is expected


@pytest.mark.parametrize("text,year,expected", [
    ("The raise it won after a 1985 strike at the plant.", 1987, True),
    ("Photographs of the strike of 1926 are on show.", 2006, True),
    ("Memories of the strike in May 1984 are still raw.", 1987, True),
    ("The 1987 strike goes on.", 1987, False),
    ("A strike in 1988 is possible.", 1987, False),
])
def test_an_action_named_by_an_earlier_year(text, year, expected):
    hits = classify.action_hits(text)
    assert hits and classify.dated_before(text, hits[0], year) is expected


@pytest.mark.parametrize("text,counts", [
    ("The union did not rule out a strike.", True),
    ("The union refused to rule out industrial action.", True),
    ("The union ruled out a strike.", False),
    ("The union said it would not strike.", False),
])
def test_a_strike_not_ruled_out_is_a_threat(text, counts):
    assert bool(classify.action_hits(text)) is counts


@pytest.mark.parametrize("text,expected", [
    ("The main labour unions have called a general strike for Thursday.", "decided"),
    ("Union members voted to authorize a strike.", "decided"),
    ("The union said it was ready to strike for job guarantees.", "event"),
    ("The union did not rule out a strike.", "event"),
    ("The stoppage is part of a week of action called by the labour council.", "event"),
    ("Output was lost in a strike, the union said.", None),  # no state told
    ("Dockers have called a strike for Thursday, shippers said.", None),  # no labor body named
])
def test_union_event_sentences(text, expected):
    assert classify.union_event(text, classify.action_hits(text)) == expected


# --- status as wire copy tells it -----------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    # the action as the subject of what it stops: under way
    ("STRIKE HALTS FERRIES AND BUSES IN NORTH", "ongoing"),
    ("Port halted by dockers' strike, shippers say", "ongoing"),
    ("Strikes against the pay freeze spread to three more provinces.", "ongoing"),
    ("Some 2,000 textile workers struck on Tuesday over unpaid wages.", "ongoing"),
    ("The tannery workers had been on strike for a week, the union said.", "ongoing"),
    ("Teachers went on an indefinite strike over pay, the union said.", "ongoing"),
    ("Insurance clerks began a two-and-a-half-day strike over their pay.", "ongoing"),
    ("The union said its members would continue their strike until the bank pays them.", "ongoing"),
    ("Trains came to a near-complete halt as the rail strike began.", "ongoing"),
    ("TEXTILE UNIT ON STRIKE", "ongoing"),
    # called, with a date or to come: scheduled
    ("The miners' union has called a 48-hour strike starting on Thursday.", "scheduled"),
    ("Unions called for three days of strikes next month over the wage ceiling.", "scheduled"),
    ("The union has called for a one-day strike on Friday.", "scheduled"),
    ("Airlines cancelled flights for Thursday's strike by ground crews.", "scheduled"),
    # a condition, a proposal, an expectation: threatened
    ("The union threatened to strike on Monday if the company does not raise its offer.", "threatened"),
    ("If the two sides do not reach a deal by Sept. 14, the nurses will go on strike.", "threatened"),
    ("The labour federation proposed a general strike for July 10.", "threatened"),
    ("The owners warned the quarries could face a stoppage on Labour Day.", "threatened"),
    ("The union said it did not rule out a strike over the job cuts.", "threatened"),
    ("Withdraw the notices by Monday or face a strike ballot, the union told the publisher.", "threatened"),
    ("The union refused to rule out industrial action over the closures.", "threatened"),
    ("Union leaders didn't rule out the possibility of a strike.", "threatened"),
    ("MINERS DEFY HOSTEL RULE", "ongoing"),
    ("Workers occupied the plant on Monday, the union said.", "ongoing"),
    # over
    ("The second of the two strikes at the bakery was settled on Friday.", "ended"),
    ("The union reached a tentative agreement that will end the three-day strike.", "ended"),
])
def test_wire_status_votes(text, expected):
    votes = [st for st, _ in classify.status_votes(text)]
    assert votes and votes[0] == expected, votes


@pytest.mark.parametrize("text", [
    "The guild's members gave leaders the power to call a strike.",  # authority, not a call
    "Officials called off the strike after talks.",                    # averted, not called
    "Traffic halted as protesters blocked the road by the port strike office.",
])
def test_not_scheduled(text):
    assert "scheduled" not in [st for st, _ in classify.status_votes(text)]


def test_halted_by_a_strike_is_not_a_halted_strike():
    assert "ended" not in [st for st, _ in classify.status_votes("WORK AT PORT HALTED BY STRIKE")]
    assert "ended" not in [st for st, _ in classify.status_votes("METRO HALTED AS STRIKES SPREAD")]
    assert classify.status_votes("The union halted the strike on Friday.")[0][0] == "ended"


STATUS_WIRE = {
    "called off after it began": (wire(
        "SHIPPING WORKERS CALL OFF STRIKE",
        "About 800 employees of the state shipping line called off their ten-day-old strike on "
        "Saturday after the ministry agreed to review their pay, officials said.\n\nThe "
        "employees walked out on May 3 over pay and benefits."), "ended"),
    "called off before it began": (wire(
        "RAIL UNION CALLS OFF STRIKE AFTER PAY OFFER",
        "The rail workers' union called off a strike planned for Monday after the state railway "
        "improved its pay offer, union officials said.\n\nThe union said members would vote on "
        "the offer next week."), "averted"),
    "a one-day strike told in the past": (wire(
        "CIVIL SERVANTS' ONE-DAY STRIKE HITS PORTS",
        "A 24-hour strike by civil servants protesting against a pay offer disrupted ports and "
        "ferries, union officials said.\n\nSome customs posts were closed."), "ended"),
    "a cause, not an end": (wire(
        "ARMY MOVES FUEL DURING TANKER DRIVERS' STRIKE",
        "Army trucks are moving fuel to airports following a strike by 3,000 tanker drivers, "
        "officials said.\n\nThe drivers' union said they would continue their strike until the "
        "companies improve their pay offer.\n\nThe strike began on May 6."), "ongoing"),
    "a rally that took place": (wire(
        "MINERS RALLY FOR UNION'S PAY CLAIM",
        "About 12,000 miners attended a rally to back the mineworkers' union's pay claim, "
        "union officials said.\n\nThe union said it would decide on further action next week."),
     "ended"),
}


@pytest.mark.parametrize("name", STATUS_WIRE)
def test_wire_status(name):
    article, expected = STATUS_WIRE[name]
    assert status(article) == expected, name


# --- action type: the action that took place ------------------------------------------------
def action_type(a: Article) -> str | None:
    f = extract_article(a)
    return f.action_type.value if f.labor and f.action_type else None


TYPE_WIRE = {
    # a rally held, a strike only proposed on a condition: protest
    "a rally backing a proposed strike": (wire(
        "DOCKERS BACK UNION PLAN AT MASS MEETING",
        "About 9,000 dockers attended a rally at the port to back their union's pay claim, "
        "union officials said.\n\nThey also endorsed a proposed nationwide strike later this "
        "month if the port authority will not negotiate.\n\nThe union said the "
        "rally was the largest in its history."), "protest"),
    "workers marched, a general strike to come": (wire(
        "TEACHERS MARCH IN 20 CITIES OVER PAY",
        "Teachers marched in more than 20 cities yesterday for higher pay and against school "
        "closures, their unions said.\n\nThe unions called the marches a rehearsal for a "
        "possible general strike next month.\n\nThe education ministry said it would not "
        "reopen the pay deal."), "protest"),
    # a rally held, a strike called with a date: the strike is the main action
    "a rally before a dated strike": (wire(
        "NURSES RALLY AHEAD OF FRIDAY STRIKE",
        "Hundreds of nurses rallied outside the city hospital yesterday, union officials said."
        "\n\nThe nurses' union has called a 24-hour strike for Friday over staffing.\n\nThe "
        "hospital said it would hire temporary staff."), "strike"),
    # a strike under way and a rally by the strikers: strike
    "strikers rally": (wire(
        "STRIKING MINERS RALLY IN CAPITAL",
        "About 5,000 striking miners rallied in the capital on the third day of their strike "
        "over pay, the union said.\n\nThe mine owners said talks would resume next week."),
     "strike"),
}


@pytest.mark.parametrize("name", TYPE_WIRE)
def test_wire_action_type(name):
    article, expected = TYPE_WIRE[name]
    assert action_type(article) == expected, name


# --- explainers and opinion: actions in general -----------------------------------------------
def web(title: str, body: str) -> Article:
    return Article(id="web", title=title, text=f"{title}\n\n{body}")


EXPLAINER = web(
    "What is a strike authorization vote?",
    "A strike authorization vote is a ballot in which union members give their leaders the "
    "power to call a strike. It does not mean a strike will happen.\n\n"
    "If you are a member of a union, you will be asked to vote in person or online. Your vote "
    "is secret.\n\n"
    "Unions such as nurses' or teachers' unions hold such votes during contract talks. For "
    "example, workers at a hospital may vote to authorize a walkout if bargaining stalls.\n\n"
    "Workers on strike are not paid by the employer, though many unions have strike funds. "
    "You should not cross a picket line if you back the workers.")

OPINION = web(
    "Opinion: the quiet power of the walkout",
    "I have covered labor for twenty years, and I have learned that a strike is a last resort. "
    "My view is simple.\n\n"
    "Consider the dockers, the nurses, the actors: each struck when talks failed. Unions such "
    "as the teamsters know that a walkout costs members their pay. For instance, a long "
    "strike can drain a union's fund.\n\n"
    "I think employers should bargain before workers walk off the job.")

DATED_QUESTION = web(
    "Will nurses strike on Monday?",
    "Nurses at the county hospital will strike on Monday unless the hospital improves its pay "
    "offer, their union said on Thursday.\n\n"
    "What does that mean for you? You may have to wait longer in the emergency room, the "
    "hospital said. Your surgery may be moved.\n\n"
    "The union said 1,200 nurses would walk out for three days.")


def test_an_explainer_is_no_labor_action():
    ctx = Context(EXPLAINER)
    assert classify.generic_text(ctx)
    fact = classify.is_labor_action(ctx)
    assert not fact.value and "explainer" in fact.note


def test_an_opinion_column_citing_strikes_is_no_labor_action():
    assert not labor(OPINION)


def test_a_reader_service_story_about_a_dated_strike_is_labor():
    assert not classify.generic_text(Context(DATED_QUESTION))
    assert labor(DATED_QUESTION)
