"""Status, labor action and action type on wire and broadcast copy: the wording families of
calling off, warding off, dating, voting and short actions, and football's "strikers".
Articles and sentences written for these tests (invented names), never taken from an
evaluation set."""
from __future__ import annotations

import pytest

from picketline.extract import classify, extract_article
from picketline.model import Article
from picketline.nlp import Context


def story(headline: str, *body: str, date: str | None = "2004-11-10") -> Article:
    """A broadcaster's story: the headline, a "Published:" line when ``date`` is given, then
    paragraphs."""
    stamp = f"Published: {date}\n\n" if date else ""
    return Article(id="s", text=f"{headline}\n{stamp}" + "\n\n".join(body), published=date, title=headline)


def wire(headline: str, body: str, date: str = "1987-05-12") -> Article:
    """A wire story: a date line with an all-caps headline, then indented paragraphs."""
    text = f"date {date} {headline}\n" + "\n".join("    " + p for p in body.split("\n\n")) + "\n REUTER\n"
    return Article(id="w", text=text, published=date, title=headline)


def labor(a: Article) -> bool:
    return classify.is_labor_action(Context(a)).value


def status(a: Article) -> str | None:
    f = extract_article(a)
    return f.status.value if f.labor and f.status else None


def votes(text: str) -> set[str]:
    return {st for st, _ in classify.status_votes(text)}


# --- calling off and warding off --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Dockers revoke strike notice",
    "The pilots' union has rescinded the 72-hour strike notice it served on the airline.",
    "The guild retracted its strike notice late on Tuesday.",
    "The drivers' union scrapped its planned walkout after a new offer.",
    "Cabin crew suspended plans to hold a two-day strike later this week.",
])
def test_a_notice_revoked_or_a_plan_scrapped_is_averted(text):
    assert "averted" in votes(text)


@pytest.mark.parametrize("text", [
    "CARMAKER, UNION REACH TENTATIVE PACT, AVERT STRIKE",
    "Bus company and drivers avoid walkout with late deal",
    "A last-minute offer staved off a 48-hour stoppage at the refinery.",
    "The pit operator and the miners reached an accord early today, hours before a strike "
    "was due to begin at midnight.",
    "Just hours before the walkout was set to start, the union called it off.",
])
def test_warding_off_an_action_is_averted(text):
    assert "averted" in votes(text)


@pytest.mark.parametrize("text", [
    "Talks resumed in a bid to avert a strike at the port.",
    "Ministers could avoid a walkout by raising the offer.",
    "Mediators will help avert a stoppage.",
    "Riot police took up positions hours before the strike was due to begin.",
])
def test_a_purpose_or_a_modal_of_warding_off_is_not_averted(text):
    assert "averted" not in votes(text)


def test_a_wire_deal_that_averts_a_strike_is_averted():
    a = wire("BOLTON GLASS, UNION REACH TENTATIVE DEAL, AVERT STRIKE",
             "HAMILTON, Ontario, May 12 - Bolton Glass Ltd and the union representing its "
             "1,100 production workers reached a tentative two-year agreement early today, "
             "hours before a strike was due to begin at midnight, both sides said.\n\n"
             "The Glass and Ceramic Workers Union had set the walkout for 12:01 a.m. Wednesday "
             "after members voted last month to authorize a strike.\n\n"
             "Members will vote on the agreement on Sunday.")
    assert status(a) == "averted"


def test_a_headline_suspending_a_strike_whose_lead_drops_the_plan_is_averted():
    # "suspends strike" may end a strike under way or call off one to come: the lead says which
    a = story("Union suspends two-day strike at parcel firm",
              "Workers at the Harlow Parcels depots have suspended plans to hold a two-day "
              "strike later this week, their union said on Wednesday, after the company agreed "
              "to return to talks.",
              "\"Our members have accepted the offer of new talks,\" union official Dana Pruitt said.",
              date="2022-07-20")
    assert status(a) == "averted"


def test_a_headline_suspending_a_strike_under_way_is_still_ended():
    a = story("Union suspends strike at parcel firm",
              "Workers at the Harlow Parcels depots, on strike since Monday, returned to work on "
              "Wednesday after the union suspended the stoppage to allow new talks.",
              date="2022-07-20")
    assert status(a) == "ended"


# --- dating a plan ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Lecturers will strike on a further 12 days in a row over pay.",
    "Teachers to hold rolling strikes across the region next year",
    "Passport staff are going on strike for eight days from 23 December at six airports.",
    "Staff will walk out in March and again in April, the union said.",
    "Cleaners are walking out on three separate days next month.",
    "Border guards to strike over Christmas",
    "Cleaners to strike over the festive period",
    "Nurses to stage fresh walkouts in May",
    "Passport staff are going on strike for eight days over Christmas at six airports.",
])
def test_a_plan_with_a_month_a_holiday_or_a_count_of_days_is_scheduled(text):
    assert "scheduled" in votes(text)


@pytest.mark.parametrize("text", [
    "Nurses are going on strike today at four hospitals.",
    "Porters are on strike over Christmas pay.",
    "Staff will hold a ballot in January.",
])
def test_no_schedule_without_a_time_ahead(text):
    assert "scheduled" not in votes(text)


def test_a_progressive_with_a_time_ahead_is_no_strike_under_way():
    assert votes("Passport staff are going on strike for eight days from 23 December.") == {"scheduled"}


def test_staff_going_on_strike_in_january_is_scheduled():
    a = story("Airport security staff to strike in January - union",
              "Security staff at four airports are going on strike for six days in January, "
              "the Civil Service Workers' Union has announced.",
              "Other staff will also be taking industrial action, the union said.",
              "The union said its members will strike for six days between 9 and 14 January.",
              date="2022-12-05")
    assert status(a) == "scheduled"


# --- counting the days, voting --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The stoppage by refinery staff completed a second day on Monday.",
    "The strike marked its fourth week as talks stalled.",
    "The lockout passed its 10th day.",
    "Workers were on the fifth day of a strike over pay.",
    "Dockers went into the third week of their stoppage.",
])
def test_an_action_counted_in_its_days_is_ongoing(text):
    assert "ongoing" in votes(text)


@pytest.mark.parametrize("text", [
    "Prison officers have voted for a national strike over pensions.",
    "Of those who took part, 58% backed industrial action.",
    "Librarians back national strike",
    "Crews voted narrowly for an all-out stoppage.",
])
def test_a_vote_for_an_action_is_authorized(text):
    assert "authorized" in votes(text)


@pytest.mark.parametrize("text", [
    "Members voted for a strike ballot next month.",
    "Nurses go back on strike",
])
def test_no_authorization_without_a_vote_for_the_action(text):
    assert "authorized" not in votes(text)


# --- short actions told in the past ------------------------------------------------------------
def test_a_24_hour_stoppage_yesterday_has_ended():
    a = wire("CITY BUSES HALTED BY SYMPATHY STOPPAGE",
             "LEEDSPORT, May 12 - About 900 bus drivers stopped work for 24 hours yesterday in "
             "sympathy with depot cleaners who have been on strike for two weeks, the Transport "
             "Workers Union said.\n\n"
             "Buses ran normally again this morning.\n\n"
             "The union said drivers could stop again if the cleaners' dispute was not settled.")
    assert status(a) == "ended"


def test_tools_downed_for_two_hours_in_a_warning_strike_have_ended():
    a = story("Pump makers' staff stage warning strike",
              "Some 1,500 workers at pump maker Lindqvist Hydraulik downed tools for two hours "
              "on Tuesday in a warning strike over pay.",
              "Staff gathered outside the factory gates with flags and whistles.",
              "The metalworkers' union is demanding a 4% pay rise.",
              date=None)
    assert status(a) == "ended"


# --- football ---------------------------------------------------------------------------------
def test_a_footballer_walking_out_is_no_labor_action():
    a = story("City striker walks out over wages",
              "Northbridge City striker Carl Ennis has walked out of the club's training ground "
              "after a row over a new contract, the club confirmed on Tuesday.",
              "The 27-year-old, who has scored 11 goals this season, wants his wages doubled.",
              "The manager said the forward would be fined and left out of Saturday's match.",
              "The players' association said it had not been asked to get involved.",
              "The manager said he had spoken to other clubs about loan strikers.",
              date="2004-10-12")
    assert not labor(a)


def test_football_strikers_are_no_labor_action():
    a = wire("HARBOUR CITY STRIKERS SINK VISITORS IN NATIONAL CUP",
             "PORTO NOVO, May 12 - Two goals in four minutes from striker Rui Santos gave Harbour "
             "City a 2-1 win over Atletico in the National Cup yesterday.\n\n"
             "Santos struck in the 70th and 74th minutes after the visitors had led through a "
             "penalty. Harbour City's other striker was sent off late in the match for "
             "protesting against a booking.\n\n"
             "A crowd of about 40,000 watched the match.")
    assert not labor(a)


def test_strikers_at_a_mill_are_still_a_labor_action():
    a = wire("MILL STRIKERS REJECT NEW OFFER",
             "LOWTOWN, May 12 - Strikers at the Lowtown paper mill rejected a new pay offer "
             "today, their union said.\n\n"
             "The 800 workers have been on strike for three weeks over pay.")
    assert labor(a)
    assert status(a) == "ongoing"


# --- a law on strikes ---------------------------------------------------------------------------
def test_a_law_on_strikes_is_no_labor_action():
    a = wire("ISLAND STATE LAW TIGHTENS RULES ON STRIKES",
             "PORT MARIN, May 12 - The island's assembly passed an industrial relations bill late "
             "last night that overhauls the rules on strikes and lockouts for the first time in "
             "20 years.\n\n"
             "Under the new act, a strike or lockout will be lawful only when a registered "
             "agreement has expired and 14 days' notice has been given.\n\n"
             "Strikes over matters settled by a current agreement, and sympathy strikes in "
             "support of other workers, will be unlawful and can be taken to a new labour "
             "tribunal.\n\n"
             "The island's trade union council, which opposed the bill, said it would campaign "
             "against it but had no plans for industrial action.\n\n"
             "The act takes effect on July 1.")
    assert not labor(a)


def test_a_strike_the_minister_calls_illegal_is_still_a_labor_action():
    a = wire("PORT STRIKE ENTERS SECOND DAY",
             "PORT MARIN, May 12 - Some 2,000 dockers stayed on strike for a second day today, "
             "halting shipping at the island's main port, their union said.\n\n"
             "The labour minister said the strike would be illegal under the new strike law "
             "from July 1.")
    assert labor(a)
    assert status(a) == "ongoing"


@pytest.mark.parametrize("text", [
    "Striking dockers voted today to return to work on Monday.",
    "The miners agreed to go back to work after a 10-day strike.",
    "Strikers decided on Sunday to return to their jobs.",
])
def test_strikers_voting_to_return_to_work_have_ended(text):
    assert "ended" in votes(text)


def test_being_told_to_return_to_work_is_not_an_end():
    assert "ended" not in votes("Staff were told to return to work by Monday or face dismissal.")


# --- results stories ----------------------------------------------------------------------------
def test_a_results_story_citing_last_years_strike_is_no_labor_action():
    a = story("Truckmaker turns full-year profit despite strike, weak sales",
              "Despite a 35-day strike by assembly workers and weak sales in Europe, Halvard "
              "Trucks still made money last year, posting a profit of 2.1 billion dollars.",
              "The company lost 140 million dollars in the fourth quarter, largely because most "
              "of the strike by the truck workers' union fell in the quarter.",
              "Excluding one-time items, it earned 4 cents per share, beating analysts' estimates.",
              "Revenue for the quarter was 9.8 billion dollars, short of Wall Street estimates.",
              "The company said the strike, which ran from September 3 through October 8, cost "
              "it sales of 40,000 trucks.",
              date="2020-02-06")
    assert not labor(a)


def test_a_results_story_with_a_strike_under_way_is_a_labor_action():
    a = story("Truckmaker profit falls as strike hits output",
              "Halvard Trucks said on Thursday its fourth-quarter profit fell by a third as a "
              "strike by 9,000 assembly workers entered its third week.",
              "The truck workers' union said its members would stay on strike until the company "
              "improved its pay offer.",
              "The company earned 12 cents per share, short of analysts' estimates.",
              "Revenue for the quarter fell 8 percent.",
              date="2020-02-06")
    assert labor(a)
    assert status(a) == "ongoing"


# --- broadcast headlines without articles ------------------------------------------------------
@pytest.mark.parametrize("text, state", [
    ("Bus strike off after new pay offer", "averted"),
    ("The tube strike is off, the union said.", "averted"),
    ("Strike enters second week", "ongoing"),
    ("Post strike goes ahead", "ongoing"),
    ("Staff back strike action in ballot", "authorized"),
    ("Ballot backs walkout at plant", "authorized"),
])
def test_headline_shapes_of_broadcast_copy(text, state):
    assert state in votes(text)


@pytest.mark.parametrize("text", [
    "Strikers set off for the capital.",
    "Workers came back from strike at noon.",
    "Minister backs strike ban at ports",
])
def test_look_alikes_of_broadcast_headline_shapes(text):
    assert not votes(text) & {"averted", "authorized"}


# --- a wave of short actions with more announced -------------------------------------------
def test_short_warning_strikes_with_more_announced_are_ongoing():
    a = story("Warning strikes hit valve makers",
              "Some 8,000 workers at valve and pump makers in the north downed tools for up to "
              "three hours on Tuesday to back a pay claim, the metalworkers' union said.",
              "The union is seeking a 5% rise; the employers have offered 1.5%.",
              "The union said further warning strikes would take place at other plants this week.",
              date=None)
    assert status(a) == "ongoing"


def test_a_short_strike_with_only_a_threat_of_more_has_ended():
    a = story("Bus crews stage two-hour strike",
              "Bus crews in Harlow Vale downed tools for two hours on Wednesday in a dispute "
              "over rosters.",
              "The union said further strikes would follow if the company did not return to talks.",
              date=None)
    assert status(a) == "ended"


# --- output reports: a past strike as one cause of the figures ---------------------------------
def test_an_output_report_citing_a_past_strike_is_no_labor_action():
    a = story("Miner's nickel output slumps after Peru mine strike",
              "Ferrow Mining reported a sharp fall in first-quarter nickel output on Wednesday as a strike "
              "in Peru and heavy rain in Canada hit production.",
              "In a quarterly update, the miner said output fell 28 per cent on the same period "
              "last year, and it cut its production forecast for the year.",
              "It cited a 30-day strike at its Santa Rosa mine as one of the reasons.",
              "The strike ended on February 12, but output would only return to normal by June.",
              "The company reported lower output in the January-March period at its Canadian sites.",
              date="2019-04-18")
    assert not labor(a)


def test_an_output_headline_over_a_strike_under_way_is_a_labor_action():
    a = story("Copper production falls as strike enters third week",
              "Copper production at the Santa Rosa mine fell by half on Tuesday as a strike by "
              "2,300 miners entered its third week, the miners' union said.",
              "The union said its members would stay out until the company raised its pay offer.",
              "The company cut its production forecast for the year.",
              date="2019-04-18")
    assert labor(a)
    assert status(a) == "ongoing"


# --- background sentences: an earlier round is behind this one's dated plan -------------------
@pytest.mark.parametrize("background", [
    "It comes after talks over pay and rosters failed following the two-day strikes in March.",
    "This follows a 24-hour walkout by the same drivers last month.",
    "The move comes after a week-long stoppage at the depots in the spring.",
])
def test_a_background_sentence_does_not_end_a_scheduled_strike(background):
    a = story("Tram strikes: passengers told to avoid travel",
              "Passengers are being told to travel only if necessary during the latest tram strikes.",
              "Some 3,000 members of the tram workers' union will walk out on Thursday.",
              background,
              "Only a third of services will run on Thursday, the operator said.",
              date=None)
    assert status(a) == "scheduled"


# --- "a strike by <who> across <where> has ended" -----------------------------------------------
def test_a_strike_told_with_who_and_where_that_has_ended_is_ended():
    a = story("Tram workers accept improved pay offer",
              "A long-running strike by tram workers across parts of the Calder valley has ended "
              "after a new pay deal was agreed.",
              "The action, which began on 4 May, was called off after the operator and the union "
              "struck a fresh deal.",
              date=None)
    assert status(a) == "ended"


# --- results briefs and Q&A guides ------------------------------------------------------------
def test_a_results_brief_citing_an_ended_strike_is_no_labor_action():
    a = story("Miner's nickel output slumps on Canada mine strike",
              "Global miner Vantor Resources reported a drop in its nickel output on Wednesday "
              "as a strike at a Canadian mine hit production.",
              "In its quarterly report, the company said nickel output fell 22 per cent in the "
              "first quarter compared with the same period last year.",
              "It cited a 51-day strike at its Sudbury smelter among the reasons for the drop.",
              "The strike ended on April 2, but output would only recover by the autumn, the "
              "company said.",
              "The miner also cut its production forecast for the year.",
              date="2019-04-18")
    assert not labor(a)


def test_a_results_story_whose_past_strike_ended_with_a_contract_is_no_labor_action():
    a = wire("KELDON MILLS SEES HIGHER 1987 PROFIT",
             "Keldon Mills Ltd said it expects 1987 net profit to rise by about 15 pct, helped "
             "by stronger demand for its paper.\n\n"
             "Chairman John Arlow told the annual meeting the company had recovered from a "
             "seven-week strike at its Quebec mill last year.\n\n"
             "He said relations with the union were good and that the two-year contract signed "
             "after the strike runs until 1988.\n\n"
             "Keldon earned 4.1 mln dlrs, or 31 cts per share, in the first quarter.\n\n"
             "Revenues rose to 88 mln dlrs from 80 mln dlrs.",
             date="1987-05-20")
    assert not labor(a)


def test_a_results_story_whose_union_threatens_a_strike_stays_labor():
    a = wire("KELDON MILLS PROFIT FALLS",
             "Keldon Mills Ltd said first quarter net profit fell 30 pct.\n\n"
             "The paperworkers union said it would strike on Monday if the company did not "
             "improve its pay offer.\n\n"
             "Keldon earned 2.1 mln dlrs, or 15 cts per share.\n\n"
             "Revenues fell to 70 mln dlrs.",
             date="1987-05-20")
    assert labor(a)


@pytest.mark.parametrize("headline,body", [
    ("Q&A: The rules on walkouts",
     ["With unions talking about industrial action this year, Channel News looks at the rules.",
      "Can staff simply walk off the job?",
      "No. A union must first ballot the members it expects to strike.",
      "What happens to strikers?",
      "Strikers are not paid for the days they do not work, and pickets must stay near their "
      "own workplace."]),
    ("What is the new strike law the government plans?",
     ["In the middle of a wave of strikes, ministers have confirmed plans to limit future "
      "industrial action.",
      "We explore how the bill could affect the right of unions to call a walkout:",
      "What does the law mean for rail and ambulance workers?",
      "Unions would have to keep a share of staff working during a strike."]),
])
def test_a_q_and_a_guide_to_strike_law_is_no_labor_action(headline, body):
    a = story(headline, *body, date=None)
    assert classify.generic_text(Context(a))
    assert not labor(a)


# --- voting to end a strike -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Miners voted on Thursday to end their five-week strike.",
    "Dockers will return to work on Monday after voting to end their strike, the union said.",
    "Crews will be back at the depots on Friday after voting to call off the stoppage.",
    "Porters agreed to end the walkout late on Wednesday.",
])
def test_strikers_voting_to_end_their_strike_have_ended(text):
    assert "ended" in votes(text)
    assert "authorized" not in votes(text)


@pytest.mark.parametrize("text", [
    "The union will hold a vote on Friday to end the strike.",
    "Members could vote to end the strike next week.",
])
def test_a_vote_to_end_a_strike_still_to_come_is_no_end(text):
    assert "ended" not in votes(text)


# --- an action whose impact is told in the progressive or the present perfect ------------------
@pytest.mark.parametrize("text", [
    "The picket action is hitting supermarkets and liquor stores across three states.",
    "Twelve days of industrial action have emptied shelves in hundreds of shops.",
    "The walkout is crippling rail services in the north.",
    "The dockers' strike is halting exports of grain.",
])
def test_an_action_hitting_or_emptying_is_ongoing(text):
    assert "ongoing" in votes(text)
