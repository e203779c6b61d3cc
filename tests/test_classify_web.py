"""Labor action, action type and status on web-style copy (a "Published:" line, headlines in
title case, live blogs, press releases, question headlines): articles written for these
tests, never taken from an evaluation set."""
from __future__ import annotations

from picketline.extract import classify, extract_article
from picketline.model import Article
from picketline.nlp import Context


def page(headline: str, *body: str, date: str | None = "2025-03-12") -> Article:
    """A web page: the headline, a "Published:" line when ``date`` is given, then paragraphs."""
    stamp = f"Published: {date}\n\n" if date else ""
    text = f"{headline}\n{stamp}" + "\n\n".join(body)
    return Article(id="p", text=text, published=date, title=headline)


def labor(a: Article) -> bool:
    return classify.is_labor_action(Context(a)).value


def status(a: Article) -> str | None:
    f = extract_article(a)
    return f.status.value if f.labor and f.status else None


# --- status verbs misread ----------------------------------------------------------------------
def test_on_a_kind_of_strike_is_ongoing():
    # "on indefinite strike": a kind of strike between "on" and "strike" is still a strike under
    # way, and a later sentence about "the right to strike" is no plan to strike
    a = page("Cleaners at the smelter are on indefinite strike!",
             "Members of the cleaners' union picketing outside the Ridgefield smelter on Monday.",
             "About 600 cleaners employed by two contractors at the Ridgefield smelter are on "
             "indefinite strike over pay, the union said.",
             "The union says the contractors pay far less than the smelter pays its own staff.",
             "A contractor has asked the labour court to interdict the strike.",
             "'This court action is an attempt to undermine the right to strike,' the union's "
             "spokesperson Thandi Mokoena said.")
    assert status(a) == "ongoing"


def test_right_to_strike_is_no_threat():
    # with no other status cue, "the right to strike" does not make a threat
    a = page("Dockers' union condemns court bid against picket",
             "The dockers' union said on Tuesday that a court application by the port operator "
             "was an attack on the right to strike.",
             "Union members picketed the harbour gates over pay for a third week, a spokesperson "
             "said, and the union accused the operator of refusing to bargain.")
    votes = classify.status_votes("The bid undermines the right to strike, the union said.")
    assert not votes
    assert classify._FUTURE_ACTION.search("the right to strike") is None
    assert status(a) != "threatened"


def test_vote_to_authorize_as_talks_continue_is_authorized():
    # "as negotiations continue" is the talks', not the strike's, and a vote that gives leaders
    # the green light to call a strike, with no date, is an authorization
    a = page("Hillcrest hospital nurses vote authorize strike as negotiations continue",
             "Nurses at Hillcrest General Hospital gave their union's leaders the green light to "
             "call a strike.",
             "This comes as the two sides keep bargaining over staffing.",
             "Monday's 94 percent strike vote allowed the bargaining committee to call a two-day "
             "strike over what members say is chronic understaffing.",
             "No strike date has been set.",
             date="2025-03-12")
    assert status(a) == "authorized"
    assert [st for st, _ in classify.status_votes(
        "Nurses vote to authorize strike as negotiations continue")] == ["authorized"]


# --- status carried by framing rather than a status verb ----------------------------------------
def test_live_blog_of_a_lockout_is_ongoing():
    a = page("The latest developments in the lockout at the two grain terminals",
             "The two grain terminals on the north shore are preparing to reopen after the "
             "province said it would step in to end a bitter dispute with the dockworkers' union.",
             "Talks collapsed Wednesday before the midnight deadline, and the terminals shut out "
             "1,200 union dockworkers.",
             "Here are the latest developments on the terminal stoppage:",
             "4:10 p.m.: The union's president says picket lines remain in place at both gates.",
             date="2025-03-12")
    assert status(a) == "ongoing"


def test_press_release_stoppage_ongoing_is_ongoing():
    a = page("Union Clears Picket Lines at North Yard; South Yard Work Stoppage Ongoing",
             "The following statement is attributable to the Harbour Workers Union.",
             "With the dispute at North Yard settled, the union has removed its pickets there.",
             "The work stoppage at South Yard remains ongoing pending a ruling from the labour "
             "board.",
             date="2025-03-12")
    assert status(a) == "ongoing"


def test_law_to_end_the_ongoing_strike_is_ongoing():
    # the strike is ongoing even inside a modal clause about a law that would end it
    a = page("Premier announces school return act",
             "The premier announced on Tuesday that her government will introduce legislation on "
             "Monday to bring an end to the ongoing province-wide teachers' strike.",
             "The bill would order about 30,000 teachers back to their classrooms.",
             "The teachers' union said it would challenge the law in court.",
             date="2025-03-12")
    assert status(a) == "ongoing"


def test_set_to_join_escalating_strikes_is_ongoing():
    a = page("Brew Crew: Coffee Chain Baristas Stand Together",
             "Baristas at the coffee chain in three more cities are set to join escalating strikes "
             "this Saturday, according to the workers' union.",
             "The baristas are seeking better pay and schedules.",
             date="2025-03-12")
    assert status(a) == "ongoing"
    # a plan of escalating strikes is not yet under way
    assert "ongoing" not in [st for st, _ in classify.status_votes(
        "The union announced a series of escalating strikes starting next month.")]


def test_threat_to_widen_a_strike_in_its_fortieth_day_is_ongoing():
    # the headline threatens a wider strike; the body counts the days of the one under way
    a = page("Clinicians' Union Threatens Nationwide Strike Over Unresolved Lakeshore Dispute",
             "The clinicians' union has threatened to call a nationwide strike if the Lakeshore "
             "County government does not meet the demands of its striking doctors.",
             "Hospitals in Lakeshore County have been struggling since doctors stopped work over "
             "unpaid promotions.",
             "In a press briefing on Monday, the union's secretary general said the nationwide "
             "strike would begin in two weeks.",
             '"Today marks day 40 of this strike, and there is no end in sight," he said.',
             date="2025-03-12")
    assert status(a) == "ongoing"
    # a threat with no count of days stays a threat
    b = page("Clinicians' Union Threatens Nationwide Strike Over Pay",
             "The clinicians' union has threatened to call a nationwide strike if the government "
             "does not raise pay.",
             "Talks to avert the strike entered their third week on Monday, the union said.",
             date="2025-03-12")
    assert status(b) == "threatened"


def test_strike_day_told_through_turnout_is_ongoing():
    # a day of strikes and marches reported while it happens, through its counts
    a = page("Belgian unions hail strike and protest day against pension plans",
             'The unions are already claiming success. "',
             "We have counted 180 demonstrations across the country.",
             'There are strikes in workplaces everywhere," said the head of the largest federation.',
             "Since dawn this Thursday, 52,000 protesters were counted by the police.",
             date=None)
    assert status(a) == "ongoing"


# --- relevance ---------------------------------------------------------------------------------
def test_question_headline_about_todays_shutdown_is_a_labor_action():
    # a dated event told as questions and answers is still a report of the event
    a = page("Why is there a nationwide shutdown today and who is calling it?",
             "Eight trade union federations have called a one-day national shutdown on Tuesday.",
             "Some 3 million workers are expected to take part in the strike, from sectors such "
             "as banking, ports and postal services.",
             "Who is calling the shutdown?",
             "The federations say the new labour code weakens workers' bargaining rights, and "
             "groups such as the transport unions will also join the strike.",
             "What will be closed?",
             "If you plan to travel, you should expect bus and rail delays, and you may find "
             "banks shut.",
             date=None)
    assert labor(a)
    # the same questions about strikes in general stay an explainer
    b = page("Why do workers go on strike, and who calls a strike?",
             "Workers go on strike for many reasons, such as pay, hours and safety.",
             "A strike is a collective refusal to work, called by a union after a vote.",
             "If you are a union member, you may be asked to vote, and you should read the "
             "ballot, such as it is.",
             date=None)
    assert not labor(b)


def test_activists_hunger_strike_is_not_a_labor_action():
    # "the remaining strikers", "their strike": the activists' hunger strike, not workers'
    a = page("Climate activists' hunger strike enters sixth week as health fails",
             "- Three climate activists held on remand are continuing a hunger strike, now in its "
             "40th day, while they await trial over a pipeline protest.",
             "- Supporters report that the health of the remaining strikers is failing, with one "
             "unable to walk.",
             "- Two other activists ended their strike after 30 days and needed hospital care.",
             "- The hunger strikers have issued demands, including bail and a transfer, and have "
             "sued the justice ministry.",
             "- The prisons minister said the rules for hunger strikes are robust.",
             date="2025-03-12")
    assert not labor(a)
    # workers on hunger strike over unpaid wages are a labor protest
    b = page("Mill workers' hunger strike over unpaid wages enters tenth day",
             "Forty workers of the shuttered Riverside textile mill are on a hunger strike over "
             "eight months of unpaid wages, their union said.",
             "The strikers are camped outside the labour ministry.",
             "The union said the hunger strike would go on until the wages are paid.",
             date="2025-03-12")
    assert labor(b)


def test_history_of_strikes_in_general_is_not_a_labor_action():
    a = page("Withholding Labour: Why Do Workers Walk Out?",
             "Strikes have been a tool for workers seeking better pay for centuries.",
             "From the guilds of medieval Europe to the factory floors of the Industrial "
             "Revolution, workers have gone on strike to win shorter hours.",
             "A Short History",
             "The story of strikes is the history of organised labour itself, and strikes have "
             "recurred throughout history in every trade.",
             "Why do workers go on strike?",
             "Workers go on strike when bargaining fails, most often over pay and conditions.",
             date=None)
    assert not labor(a)


# --- called off, deferred, avoided; notices and dates; under way (wire and broadcast copy) -----
def test_called_off_with_members_told_to_go_back_is_ended():
    # a strike "called off" whose members are asked to go back to work, or to resume work, had
    # begun: it has ended, it was not averted
    a = page("Rail union calls off strike at freight operator",
             "The smaller of the two unions at the state freight operator said it had called off "
             "a strike over wages that has slowed exports.",
             "\"We have asked our members to go back to work tomorrow morning,\" a union "
             "spokesman said by phone on Wednesday.",
             "The rival union agreed a three-year pay deal with the company on Monday.",
             date="2025-03-12")
    assert status(a) == "ended"
    b = page("Nurses' unions call off action",
             "The two nurses' unions that declared a nationwide strike last month have called off "
             "the action.",
             "\"We ask all our members to resume work with immediate effect,\" the unions' "
             "president told reporters in the capital on Tuesday.",
             date="2025-03-12")
    assert status(b) == "ended"
    c = page("Rail union calls off strike at freight operator",
             "The union said it had called off a strike planned for Friday after the company "
             "improved its pay offer.",
             date="2025-03-12")
    assert status(c) == "averted"


def test_deferred_strike_is_averted():
    a = page("Insurance staff strike deferred indefinitely; ministry panel to study pay",
             "The nationwide two-day strike called by three insurance staff unions has been "
             "deferred indefinitely, the unions said after meeting the finance ministry on Monday.",
             "The unions had threatened to strike on June 12 and 13 over a planned merger of "
             "state insurers and a pay revision.",
             date="2025-06-09")
    assert status(a) == "averted"


def test_strike_avoided_by_tentative_deal_is_averted():
    a = page("Lakeside teachers strike avoided",
             "After an all-night bargaining session, the union and the school board said early on "
             "Tuesday they had reached a tentative contract deal.",
             "Last week the teachers union issued a strike notice after months of talks failed.",
             "\"This tentative agreement means we will be able to avoid the strike the union had "
             "called to begin on Thursday,\" the superintendent said.",
             date="2025-03-11")
    assert status(a) == "averted"


def test_vote_for_a_stoppage_to_take_place_on_dates_is_scheduled():
    a = page("Workers at Andean copper mine vote to strike over safety",
             "SANTIAGO, March 12 (Reuters) - Workers at the Cerro Azul copper mine voted on "
             "Wednesday evening to strike over safety concerns.",
             "The workers' union voted almost unanimously in favor of a partial work stoppage, to "
             "take place March 17 and 19 for 12 hours each day.",
             "After that, the union said it would begin an indefinite strike.",
             date="2025-03-12")
    assert status(a) == "scheduled"


def test_vote_and_hours_notice_in_headline_is_scheduled():
    # a strike notice of so many hours fixes the first day of the action: scheduled, not only
    # authorized by the vote
    a = page("Provincial liquor store workers vote to strike, issue 72-hour notice",
             "The union representing provincial liquor store workers has voted in favour of a "
             "strike, which could begin as soon as Monday.",
             "Some 91 per cent of members who voted backed a strike, the union president said.",
             date="2025-03-14")
    assert status(a) == "scheduled"


def test_strike_now_underway_is_ongoing():
    a = page("Five day strike now underway at two container terminals",
             "March 12, 2025 - Five days of industrial action kicked off at one minute past "
             "midnight today at the two terminals.",
             "The actions are part of the terminal operator's enterprise bargaining with the "
             "dockers' union.",
             "There will be a two-hour stoppage of work at 0600 and 1800 daily.",
             date="2025-03-12")
    assert status(a) == "ongoing"


# --- look-alikes: option strikes, a strike only supposed, a law explainer, a political fast ----
def test_option_strike_prices_are_not_a_labor_action():
    a = page("Notable Wednesday Option Activity: ABC, XYZ",
             "Looking at options trading among index components, there is notable activity "
             "today in Acme Widgets Inc., where 40,000 contracts have traded so far today.",
             "Especially high volume was seen for the $85 strike call option expiring April 17, "
             "with 3,100 contracts trading so far today.",
             "Below is a chart showing the trading history, with the $85 strike highlighted in "
             "orange.",
             "Zenith Tools Corp saw volume of 2,200 contracts, with high volume for the $22.50 "
             "strike put option expiring April 17.",
             "Below is a chart showing the trading history, with the $22.50 strike highlighted.",
             date="2025-03-12")
    assert not labor(a)


def test_deal_potentially_avoiding_a_strike_is_a_contract_story():
    # no strike threatened, voted or called: a tentative deal that only "potentially" avoids one
    a = page("Carmaker, union reach tentative wage deal -union official",
             "SEOUL : Orion Motors reached a tentative wage pact with its labour union, a union "
             "official said on Tuesday, potentially avoiding a strike and production losses at "
             "its largest plant.",
             "Since wage talks began in June, the union had sought a higher base pay and a later "
             "retirement age.",
             date="2025-03-12")
    assert not labor(a)
    # a strike that was called is named: a labor story, averted
    b = page("Carmaker, union reach tentative wage deal, avert strike",
             "Orion Motors reached a tentative wage pact with its labour union on Tuesday, "
             "averting a strike the union had called for Thursday.",
             date="2025-03-12")
    assert labor(b) and status(b) == "averted"


def test_explainer_of_the_right_to_strike_is_not_a_labor_action():
    a = page("We might all down tools",
             "Readers of a certain age will recall times in the 1970s and 1980s, marked by long "
             "industrial disputes on the docks and in the mines.",
             "Those disputes gave workers leverage, but some of the larger strike actions cost "
             "the economy dearly.",
             "In more recent times, to avoid the turmoil of previous decades, lawmakers have "
             "limited who may strike and when.",
             "Under the statute, employees cannot lawfully strike while an agreement is in force.",
             "Employees may only lawfully strike while negotiating a new agreement.",
             "And they can only take industrial action after a secret ballot of members.",
             "Industrial action outside this process is unlawful and unions face heavy fines.",
             date=None)
    assert not labor(a)


def test_hunger_strike_for_a_prisoners_release_is_not_a_labor_action():
    a = page("Hunger Strike Outside Parliament: A Plea for a Prisoner",
             "A British journalist, once jailed abroad, begins a hunger strike in London.",
             "The strike seeks government pressure for the release of a jailed blogger held "
             "since 2019.",
             "The journalist, who spent a year in prison, has begun a hunger strike outside "
             "Parliament.",
             "The blogger's sister, weak from her own hunger strike, continues to meet officials.",
             date=None)
    assert not labor(a)
    # journalists on hunger strike over unpaid wages, with their union: a labor protest
    b = page("Journalists' hunger strike over unpaid wages enters fifth day",
             "Twenty journalists at the state broadcaster are on a hunger strike over six months "
             "of unpaid wages, their union said.",
             "The journalists' union said the hunger strike would go on until the wages are paid.",
             date="2025-03-12")
    assert labor(b)


def test_present_headline_over_a_dated_plan_is_scheduled():
    # a headline's bare present ("engineers walk off the job") has no tense; the lead dates the
    # stoppage to come and tells of none under way
    a = page("Road delays as hundreds of state engineers walk off the job",
             "The engineers will stop work for 12 hours on Monday in a long-running pay dispute.",
             "Industrial action will affect city roads on Monday as hundreds of engineers walk off "
             "the job for 12 hours.",
             "More than 400 engineers will walk off the job from 6am to 6pm, the union said.",
             date="2025-03-12")
    assert status(a) == "scheduled"
    # a lead that tells of the walkout under way keeps the headline's ongoing
    b = page("Hundreds of state engineers walk off the job",
             "Hundreds of state engineers walked off the job on Wednesday in a pay dispute.",
             "Industrial action will affect city roads again on Monday, the union said.",
             date="2025-03-12")
    assert status(b) == "ongoing"


def test_strike_called_with_its_date_left_to_be_set_is_authorized():
    # a call with no day, and the story says the date is still to be set: decided, not scheduled
    a = page("Ruritania: labour federation calls for national public sector strike",
             "The national labour federation announced on Monday its decision to launch a new "
             "nationwide strike in the public sector, including state-owned companies.",
             "\"The federation's council decided on a general strike in the public sector and "
             "authorised the executive bureau to determine its date and arrangements,\" its "
             "secretary-general said.",
             "Ten days have passed since the general strike on 16 June, he said.",
             date="2025-06-28")
    assert status(a) == "authorized"
    # with a day set for the strike it is scheduled
    b = page("Ruritania: labour federation calls for national public sector strike",
             "The national labour federation said it will strike on July 14 in the public sector.",
             "The exact date of a second stoppage will be determined later, it said.",
             date="2025-06-28")
    assert status(b) == "scheduled"


# --- status shapes of wire and broadcast copy (issue 14, web5) -------------------------------
def test_strike_called_off_after_it_started_has_ended():
    # "called off the strike that started Thursday": it had begun, so it ended, not averted
    a = page("Ruritanian nurses call off strike",
             "The national nurses' union has called off the nationwide strike that started "
             "Wednesday after reaching an agreement with the health ministry.",
             "Nurses had demanded a 10 percent raise.", date="2024-10-12")
    assert status(a) == "ended"


def test_still_locked_out_is_ongoing():
    # "continue to be locked out": "to be" is no modal here, the lockout is under way
    a = page("Mill workers stand firm in lockout",
             "Workers at the Lakeside paper mill continue to be locked out after three weeks.",
             "The union met members on Tuesday to discuss the dispute over pay cuts.",
             date="2025-02-05")
    assert status(a) == "ongoing"


def test_a_strike_planned_for_a_day_that_has_been_called_off_is_averted():
    a = page("City hospital nurses strike",
             "The nurses' strike planned for four city hospitals tomorrow has been called off "
             "while members vote on new proposals, the union said after talks.",
             "The two-hour stoppages were due to take place tomorrow at all four hospitals.",
             date="2024-12-09")
    assert status(a) == "averted"


def test_a_union_calling_on_staff_to_strike_on_a_day_is_scheduled():
    # the call dates the action; "the ongoing pay talks" behind it is no strike under way
    a = page("Union calls on airport staff to go on warning strike on Thursday",
             "The union has called on airport ground staff to go on a day-long warning strike "
             "on Thursday, a spokesman said on Monday.",
             "Behind the walkout are the ongoing company-wide pay negotiations for cabin crew.",
             date="2024-03-04")
    assert status(a) == "scheduled"
    assert classify.status_votes("Behind the walkout are the ongoing company-wide pay negotiations.") == ()


def test_a_country_paralysed_by_a_general_strike_is_ongoing():
    a = page("General strike over pension cuts",
             "Ruritania was paralysed on Monday by the second general strike of the year, with "
             "workers in many sectors joining the walkout.",
             "According to the unions that organised the strike, Monday's action is against the "
             "government's pension plans.",
             date="2025-03-31")
    assert status(a) == "ongoing"


def test_members_authorizing_their_union_to_call_a_strike_is_authorized():
    a = page("Newsroom staff authorize strike as talks stall",
             "Reporters at a regional news agency have authorized their union to call a strike "
             "against the company, which they say has stalled pay talks.",
             "The vote allows the union’s bargaining committee to announce a strike if talks fail.",
             date=None)
    assert status(a) == "authorized"


def test_a_vote_in_favour_of_striking_is_authorized():
    # British spelling; "during the strike vote" is no strike under way
    a = page("Sawmill workers vote in favour of striking",
             "Members of a steelworkers' local have completed a strike vote at sawmills in the "
             "north of the province.",
             "About 900 members cast ballots during the strike vote, which ran for a week.",
             "Most of them voted in favour of strike action, the local said.",
             date="2018-08-14")
    assert status(a) == "authorized"


def test_a_strike_only_among_next_steps_still_to_decide_is_no_labor_action():
    # a contract deadline story: workers "will decide the next steps, which could include a
    # strike" names no strike threatened, voted or called
    a = page("No Deal Between Union, Steelmaker as Deadline Nears",
             "If no deal is done by midnight Friday, members will decide the next steps, including "
             "a possible strike",
             "A steelworkers' local and the mine's owner have not reached a labor contract as the "
             "deadline approaches.",
             "The local says if a deal is not reached by midnight Friday, members will decide the "
             "next steps, which could include a strike.",
             "The company says it hopes to reach an agreement before the deadline.",
             date="2018-08-31")
    assert labor(a) is False
    # a strike the union itself threatens is still one
    b = page("Steelworkers threaten strike as deadline nears",
             "Members will strike at midnight Friday if no deal is reached, the local said.",
             date="2018-08-31")
    assert labor(b) is True
