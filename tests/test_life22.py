"""The state and days of an action told in other words (life22): a return to work at a named
workplace, a Monday return after a stated length, a refused return, a workers' rally beside
strikes spoken of only as absent or rare, a planned action called off before it began, talks to
end an action under way, and an action's Nth day told the day before or in a headline.
Articles written for these tests (invented names and places; no text from any evaluation
set)."""
from __future__ import annotations

import pytest

import probes

_facts = probes.life_of
wire = probes.wire


def _days(text: str, published: str | None) -> tuple:
    got = _facts(text, published)
    return got["status"], got["start_date"], got["end_date"]


@pytest.mark.parametrize("text, published, want", [
    # back at the workplace named between the verb and the day: the day before is the last
    (wire("1987-03-12", "BRAZIL STEELWORKERS END STRIKE",
          "Steelworkers went back to work at the Ipora mill of Acovale SA today after a nine-day "
          "stoppage that halted production, management said."),
     "1987-03-12", ("ended", "1987-03-03", "1987-03-11")),
    (wire("1987-03-13", "DOCKERS BACK AT WORK",
          "Dockers went back to work in the port of Takoradi on Thursday after a six-day strike, "
          "port officials said today."),
     "1987-03-13", ("ended", "1987-03-06", "1987-03-11")),
    (wire("1987-06-10", "MINERS END WALKOUT",
          "Some 2,500 miners returned to work at the state-owned Kolwara gold fields yesterday "
          "after a 10-day strike, the company said."),
     "1987-06-10", ("ended", "1987-05-30", "1987-06-08")),
    (wire("1987-06-10", "BUS CREWS END STRIKE",
          "Bus crews in Port Hanley were back at work at the city's depots today after a "
          "four-day strike over unpaid allowances."),
     "1987-06-10", ("ended", "1987-06-06", "1987-06-09")),
    # back "this afternoon" in a sentence of the return alone: that day is the last
    (wire("1987-04-02", "COURT HALTS AIRPORT STRIKE",
          "A court today ordered ground staff at Verano airport to end a strike which began on "
          "Monday.", "Most workers returned to their posts this afternoon."),
     "1987-04-02", ("ended", "1987-03-30", "1987-04-02")),
])
def test_a_return_at_a_named_workplace_dates_the_last_day(text, published, want):
    assert _days(text, published) == want


@pytest.mark.parametrize("length, want_end", [
    ("a week-long strike", "1987-05-17"),  # start and length agree with the Monday return
    ("a five-day strike", "1987-05-15"),  # the length alone: ended on the Friday
    ("a strike", None),  # a Monday return alone may follow a weekend off
])
def test_a_monday_return_ends_the_day_before_only_when_the_length_agrees(length, want_end):
    text = wire("1987-05-18", "MARANDI WEAVERS BACK AT LOOMS",
                "Weavers at the Marandi cotton mills were back at work today after the owners "
                f"agreed to pay arrears of bonus, the mill owners' association said, ending {length}.",
                "The weavers, some 3,000 of them, first stopped work on May 11.")
    assert _days(text, "1987-05-18") == ("ended", "1987-05-11", want_end)


@pytest.mark.parametrize("verb", ["refused to return to work", "ignored an order to go back to work",
                                  "said they would not return to work"])
def test_a_refused_return_is_no_end(verb):
    text = wire("1987-04-08", "ESTATE WORKERS STAY OUT",
                f"About 50,000 tea estate workers, who went on strike last Thursday, {verb} today, "
                "union leaders said.")
    assert _days(text, "1987-04-08") == ("ongoing", "1987-04-02", None)


@pytest.mark.parametrize("text, published, want", [
    (wire("1987-06-05", "FOUNDRY WORKERS PROTEST OVER JOB CUTS",
          "About 5,000 foundry workers demonstrated outside the Nordguss AG headquarters in "
          "Oberwald yesterday over the company's plan to shed 1,200 jobs, their union said.",
          "There were no plans for a stoppage, a union spokesman added.",
          "Walkouts seldom happen in the region's metal industry."),
     "1987-06-05", ("ended", "1987-06-04", "1987-06-04")),
    (wire("1987-06-05", "DOCKERS PROTEST AGAINST JOB CUTS",
          "About 3,000 dock workers marched through Vlierhaven yesterday to protest against plans "
          "to cut 800 jobs, the transport union said.",
          "Strikes have been rare in the port since 1979."),
     "1987-06-05", ("ended", "1987-06-04", "1987-06-04")),
    ("Teachers rally against cuts\n\nThousands of teachers rallied in Brynmawr on Saturday against "
     "planned job cuts in the county's schools.\n\nUnion officials said industrial action was not "
     "on the agenda. Strikes by teachers in the county are rare.\n", None, ("ended", None, None)),
])
def test_a_rally_beside_strikes_told_as_absent_is_a_protest_held(text, published, want):
    got = _facts(text, published)
    assert got["action_type"] == "protest"
    assert (got["status"], got["start_date"], got["end_date"]) == want


@pytest.mark.parametrize("text", [
    # the strikes the workers held are the action, whatever the rally
    wire("1987-06-05", "GREEK WORKERS RALLY AGAINST LABOUR BILL",
         "Thousands of workers rallied in Thessaloniki yesterday against a bill to lengthen the "
         "working day.", "The unions organised two nationwide walkouts earlier this month."),
    wire("1987-06-05", "MINERS RALLY AS STRIKE ENTERS SECOND WEEK",
         "Some 4,000 striking miners rallied in Karvosk yesterday as their strike entered its "
         "second week."),
])
def test_a_rally_beside_a_strike_held_stays_a_strike(text):
    assert _facts(text, "1987-06-05")["action_type"] == "strike"


@pytest.mark.parametrize("text, published, want", [
    ("Judges stop civil service walkout\n\nCivil servants in Lorentia will not strike after all: "
     "their walkout, which was to have started on Friday, was cancelled when judges granted the "
     "government an injunction.\n\nSome 300,000 staff had been expected to take part.\n", None,
     ("averted", None, None)),
    (wire("1987-04-02", "COURT BLOCKS AIRPORT STRIKE",
          "A strike by airport ground staff which had been set to start tomorrow was suspended "
          "by a labour court order today, the union said."),
     "1987-04-02", ("averted", "1987-04-03", None)),
    (wire("1987-04-02", "BANK STRIKE POSTPONED",
          "A national bank strike in Castilla, planned to begin on Monday, has been postponed "
          "for a week, union officials said."),
     "1987-04-02", ("averted", "1987-04-06", None)),
    ("Court halts postal strike\n\nA strike by postal workers which was expected to start on "
     "Monday was halted by the High Court.\n\nThe union said it would appeal.\n", None,
     ("averted", None, None)),
])
def test_an_action_called_off_before_its_first_day_is_averted(text, published, want):
    assert _days(text, published) == want


def test_talks_to_end_a_strike_tell_it_under_way_not_its_first_day():
    text = wire("1987-04-08", "MINE STRIKE TALKS FAIL",
                "Talks to end the strike by 9,000 copper miners at Luwembe broke down today, union "
                "officials said.", "The miners are demanding a 30 pct pay rise.")
    assert _days(text, "1987-04-08") == ("ongoing", None, None)


@pytest.mark.parametrize("text, want_start", [
    (wire("1987-04-08", "JUTE STRIKE GOES ON",
          "The strike by 250,000 jute workers in Bengal entered its fifth day yesterday, with no "
          "sign of talks."), "1987-04-03"),
    (wire("1987-04-08", "PUBLIC SECTOR STRIKE IN THIRD DAY",
          "A strike by public sector workers in Nordmark continued today, closing schools and day "
          "centres, the union said."), "1987-04-06"),
    (wire("1987-04-08", "PORT STRIKE DRAGS ON",
          "The strike by 6,000 dockers at Porto Alvo, now in its 10th day, has left 40 ships "
          "waiting to unload, port officials said."), "1987-03-30"),
])
def test_an_nth_day_told_the_day_before_or_in_the_headline_dates_the_start(text, want_start):
    assert _days(text, "1987-04-08") == ("ongoing", want_start, None)


@pytest.mark.parametrize("text, want", [
    (wire("1987-04-08", "COPPER STRIKE CONTINUES",
          "A strike by 3,000 miners at the Cerro Azul copper mine, which began on Monday, continued "
          "today with no talks in sight, a company spokesman said."), ("ongoing", "1987-04-06", None)),
    (wire("1987-04-08", "BANK STAFF STRIKE",
          "Bank employees, who have been on strike since March 3, rejected a new pay offer today, "
          "union leaders said."), ("ongoing", "1987-03-03", None)),
    (wire("1987-04-08", "BANK STRIKE ENTERS THIRD DAY",
          "A strike by 30,000 bank employees entered its third day today, closing most branches."),
     ("ongoing", "1987-04-06", None)),
    (wire("1987-04-08", "NURSES STRIKE ENTERS SECOND WEEK",
          "A strike by 8,000 nurses entered its second week today with no end in sight."),
     ("ongoing", None, None)),
    (wire("1987-04-08", "PAPER WORKERS STRIKE",
          "Some 20,000 paper workers walked out at midnight in a dispute over working hours, the "
          "paper workers' union said."), ("ongoing", "1987-04-08", None)),
    (wire("1987-04-08", "RAIL STAFF STRIKE",
          "Railway workers staged a 24-hour strike today, halting most trains, the state railways "
          "said."), ("ongoing", "1987-04-08", "1987-04-08")),
    (wire("1987-04-08", "ESTATE WORKERS STRIKE",
          "Tea estate workers have been on strike since Thursday over wages, the union said "
          "today."), ("ongoing", "1987-04-02", None)),
    (wire("1987-04-08", "DOCTORS STAY OUT",
          "Striking doctors at state hospitals rejected a government appeal to return to work, "
          "their association said today.", "The doctors are demanding better allowances."),
     ("ongoing", None, None)),
    ("Bus drivers strike over pay\n\nBus drivers in Kelburn have been on strike since Monday in "
     "a row over pay.\n\nThe union said talks had failed.\n", ("ongoing", None, None)),
])
def test_start_days_told_in_the_common_ways(text, want):
    published = "1987-04-08" if text.startswith(" date") else None
    assert _days(text, published) == want


@pytest.mark.parametrize("text", [
    # a web page: headline, a stamp, a byline and a reading-time line before the lead
    " date 2013-11-13 Garment factories shut as wage protests go on\n\nNovember 13, 2013 / 8:02 AM\n\n"
    "By Staff Writer\n\n2 Min Read\n\nTANGAIL, Nov 13 - Wage protests closed some 120 garment "
    "factories on Wednesday as thousands of workers demanded a higher minimum wage.\n\nStriking "
    "workers fought running battles with police for a third straight day, officials said.\n",
    # a wire story: the running count told in the past, with no day of its own
    " date 2013-11-13 STRIKING DOCKERS CLASH WITH POLICE\nStriking dockers at Port Rana clashed "
    "with police for a third consecutive day, port officials said.\n    The dockers want a 40 "
    "pct rise.\n REUTER\n",
])
def test_a_running_count_of_days_in_the_lead_dates_the_start(text):
    assert _facts(text, "2013-11-13")["start_date"] == "2013-11-11"


def test_an_action_that_was_to_have_started_and_was_cancelled_is_averted():
    text = wire("1987-04-02", "FERRY STRIKE CANCELLED",
                "A ferry crews' strike, which was to have started tomorrow, was cancelled today "
                "after the shipping line improved its pay offer, the seamen's union said.")
    got = _facts(text, "1987-04-02")
    assert got["status"] == "averted"


@pytest.mark.parametrize("text, want", [
    (wire("1987-04-08", "BUS STRIKE CALLED OFF",
          "The drivers' union called off a bus strike due to start today after the city council "
          "offered a six pct rise."), "averted"),
    (wire("1987-04-08", "BUS STRIKE CALLED OFF",
          "The drivers' union called off the bus strike today after three days, following a new "
          "offer from the city council."), "ended"),
    (wire("1987-04-08", "BUS STRIKE CALLED OFF",
          "The drivers' union called off the planned bus strike after three days of talks with "
          "the city council."), "averted"),
    (wire("1987-04-08", "COURT BANS CABIN CREW STRIKE",
          "A labour court today banned a strike by cabin crew at Aerolinea Verde that was due to "
          "begin at midnight, the airline said."), "averted"),
    (wire("1987-04-08", "UNION SUSPENDS STRIKE",
          "The drivers' union suspended its strike, which began on Monday, after the company "
          "agreed to talks."), "ended"),
])
def test_called_off_before_or_after_it_began(text, want):
    assert _facts(text, "1987-04-08")["status"] == want


@pytest.mark.parametrize("text, want", [
    (wire("1987-04-08", "BUS STRIKE ENDS",
          "The drivers' union called off the bus strike today after three days, following a new "
          "offer from the city council."), ("ended", "1987-04-06", "1987-04-08")),
    (wire("1987-04-08", "MINERS END STRIKE",
          "Coal miners at Karvosk returned to work today after 12 days on strike over pay."),
     ("ended", "1987-03-27", "1987-04-07")),
    (wire("1987-04-08", "NURSES END WALKOUT",
          "Nurses at state hospitals went back to work today after five days on strike."),
     ("ended", "1987-04-03", "1987-04-07")),
])
def test_an_action_ended_after_a_count_of_days_in_words(text, want):
    assert _days(text, "1987-04-08") == want
