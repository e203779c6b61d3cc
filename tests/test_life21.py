"""Labor actions and their state told in other words (life21): a union's threat with no strike
word (to shut a workplace down, to withdraw labour, to call its members out), a strike
ultimatum. Articles written for these tests (invented names and places; no text from any
evaluation set)."""
from __future__ import annotations

import pytest

import probes

_facts = probes.life_of
wire = probes.wire


@pytest.mark.parametrize("text, published", [
    (" date 1987-05-04 PORT UNION THREATENS TO CLOSE HARBOUR\n"
     "The Dockworkers' Union of Ghana threatened today to shut down Tema port unless the port\n"
     "authority reinstates 60 dockers sacked last week.\n"
     "    Union leaders said they would give the authority seven days.\n REUTER\n", "1987-05-04"),
    (" date 1987-05-04 MINE UNION THREATENS SHUTDOWN\n"
     "The Zambian Mineworkers' Union said today it would call out its 20,000 members at the\n"
     "copper mines unless the company restores a housing allowance.\n"
     "    The company said the allowance had been abolished for good.\n REUTER\n", "1987-05-04"),
    (" date 1987-05-04 BANK STAFF WARN OF ACTION\n"
     "Bank employees in Kenya will withdraw their labour from next month unless the banks'\n"
     "association improves its pay offer of five pct, their union said today.\n REUTER\n", "1987-05-04"),
    (" date 1987-05-04 DOCK UNION THREATENS TO PARALYSE PORTS\n"
     "The Transport Workers Union threatened today to paralyse the country's ports if the\n"
     "government goes ahead with plans to privatise cargo handling.\n"
     "    The union has 12,000 members at the ports.\n REUTER\n", "1987-05-04"),
    ("Airline pilots threaten to ground fleet\n\n"
     "Pilots at Skyline Air have threatened to ground the airline's fleet in a row over pensions.\n\n"
     "Their association said members would refuse to fly unless the company dropped its plan to "
     "close the final salary scheme.\n", None),
    (wire("1987-10-02", "SUGAR UNION GIVES MILLS 10 DAYS",
          "The National Union of Sugar Workers (NUSW) said today it would give the Lowveld "
          "mills 10 days before calling out its members over the dismissal of 85 cane cutters.",
          "\"We will not allow our members to be thrown out,\" the union's general secretary said.",
          "The millers said the cutters were seasonal workers whose contracts had ended."),
     "1987-10-02"),
    ("Teachers threaten to withdraw labour\n\n"
     "Secondary teachers in Marrowshire have threatened to withdraw their labour from the "
     "start of term over unpaid allowances.\n\n"
     "The teachers' union said the council had ignored three letters.\n", None),
])
def test_a_union_threat_with_no_strike_word_is_a_threatened_strike(text, published):
    got = _facts(text, published)
    assert got["is_labor_action"] is True
    assert got["action_type"] == "strike"
    assert got["status"] == "threatened"


def test_a_strike_ultimatum_is_a_threat():
    text = (" date 1987-05-04 TEACHERS GIVE GOVERNMENT STRIKE ULTIMATUM\n"
            "The National Teachers' Union of Volta gave the government until the end of the month\n"
            "to pay salary arrears, saying its members would otherwise stay at home.\n REUTER\n")
    got = _facts(text, "1987-05-04")
    assert got["is_labor_action"] is True
    assert got["status"] == "threatened"


@pytest.mark.parametrize("text", [
    "Ministry threatens to close mines\n\nThe mining ministry threatened today to shut down "
    "three loss-making coal mines in the north, officials said.\n\nThe mines have been losing "
    "money for a decade and the government has no funds to modernise them.\n",
    "Storm threatens to close ports\n\nA tropical storm threatened to shut down the main ports "
    "of the island on Monday, forecasters said.\n\nShipping lines diverted their vessels.\n",
    "Bank to withdraw services from villages\n\nThe Rural Savings Bank will withdraw its services "
    "from 40 villages next year, its chief executive said.\n\nCustomers will be able to use "
    "post offices instead.\n",
    "Critics call out minister\n\nOpposition leaders called out the minister over his "
    "spending, saying he had misled parliament.\n",
])
def test_look_alikes_of_a_threat_stay_out(text):
    assert _facts(text)["is_labor_action"] is False


@pytest.mark.parametrize("text", [
    wire("1987-03-04", "DUTCH TRAM DRIVERS STAGE WARNING STRIKE",
         "About 1,500 tram drivers in Amsterdam stopped work for two hours today in a warning "
         "strike called by the FNV transport union, a union spokesman said.",
         "The union is seeking a five pct rise. The city has offered two pct at the next round of talks.",
         "A city spokesman said the stoppage had caused long delays."),
    wire("1987-03-04", "BELGIAN STEELWORKERS HOLD ONE-HOUR STOPPAGE",
         "Workers at the Ourthe steel works in Liege held a one-hour stoppage this morning to "
         "protest against planned job cuts, the FGTB union said.",
         "The company plans to cut 800 jobs."),
    wire("1987-03-04", "SWEDISH DOCKERS STRIKE FOR THREE HOURS",
         "Some 900 dockers at Gothenburg port struck for three hours today over a pay claim, "
         "union officials said.",
         "The port authority said normal work resumed at noon."),
    "Bus drivers stage two-hour walkout\n\nBus drivers in Leedham walked out for two hours on "
    "Tuesday morning in a dispute over rest breaks.\n\nThe Transport Union said services were "
    "back to normal by lunchtime.\n",
    wire("1987-03-04", "ITALIAN METALWORKERS IN FOUR-HOUR STRIKE",
         "Metalworkers across northern Italy staged a four-hour strike today in support of their "
         "contract demands, the FIOM union said.",
         "The unions want a 120,000 lire monthly rise."),
    wire("1987-03-04", "SPANISH MINERS IN 24-HOUR STRIKE",
         "Spanish coal miners held a 24-hour strike yesterday over pit closures, the Workers "
         "Commissions union said."),
])
def test_a_short_action_told_in_the_past_is_over(text):
    got = _facts(text, "1987-03-04" if " date 1987" in text else None)
    assert got["is_labor_action"] is True
    assert got["status"] == "ended"


@pytest.mark.parametrize("text, want", [
    (wire("1987-03-04", "GREEK BANK STAFF STRIKE",
          "Greek bank employees are staging a four-hour strike today, closing most branches in "
          "Athens, their union said.", "The union wants a 12 pct rise."), "ongoing"),
    (wire("1987-03-04", "AUSTRIAN RAIL WORKERS TO STRIKE",
          "Austrian rail workers will stop work for two hours on Friday in a dispute over "
          "pensions, the railwaymen's union said."), "scheduled"),
    ("Strikes hit Korean shipyard\n\nWorkers at the Hanbit shipyard have stepped up strike "
     "action in a dispute over pay.\n\nAbout 6,000 welders walked out for eight hours on "
     "Wednesday, after staging four-hour stoppages on each shift for the past week.\n", "ongoing"),
])
def test_a_short_action_under_way_or_ahead_or_in_a_series_is_not_over(text, want):
    got = _facts(text, "1987-03-04" if " date 1987" in text else None)
    assert got["status"] == want


@pytest.mark.parametrize("text, start, end", [
    # a length in weeks is a round figure: the return to work today closes the strike yesterday
    (wire("1987-04-14", "PERU COPPER MINERS END THREE-WEEK STRIKE",
          "Miners at the Cerro Alto copper mine returned to work today, ending a strike that "
          "began on April 2, after the company agreed to a 20 pct rise, a union spokesman said."),
     "1987-04-02", "1987-04-13"),
    (wire("1987-06-26", "DANISH FERRY CREWS BACK AT WORK",
          "Ferry crews of the Seamen's Union were back on board today after the government "
          "imposed a settlement yesterday to end their strike.",
          "About 900 crew members walked out on Tuesday over pay.",
          "Crews returned to the ships today, the operator said."),
     "1987-06-23", "1987-06-25"),
    (wire("1987-06-26", "NORWEGIAN RIG WORKERS END STOPPAGE",
          "Output from four North Sea fields resumed today after the government ordered "
          "arbitration to end a strike by rig workers, operators said.",
          "About 700 members of the Offshore Crews' Union walked out on Tuesday over pay.",
          "Workers returned to the platforms today."),
     "1987-06-23", "1987-06-25"),
])
def test_a_return_to_a_workplace_today_closes_the_action_the_day_before(text, start, end):
    got = _facts(text, text.split()[1])
    assert got["status"] == "ended"
    assert (got["start_date"], got["end_date"]) == (start, end)


@pytest.mark.parametrize("text, status, start", [
    (wire("1987-05-07", "KENYAN PORT STRIKE HITS EXPORTS",
          "A strike by about 4,000 dockworkers has closed the port of Mombasa since Monday, "
          "delaying tea and coffee exports, shipping agents said today.",
          "The Dock Workers Union wants a 20 pct rise.",
          "Union officials said clerks would join the strike next week."), "ongoing", "1987-05-04"),
    (wire("1987-05-07", "BOLIVIAN TIN MINE IDLE",
          "A stoppage by 1,200 miners has halted production at the Huanuni tin mine, mine "
          "officials said today.", "The miners' union is demanding payment of wage arrears."),
     "ongoing", None),
    ("Civil servants strike shuts offices\n\nA 24-hour strike by civil servants has shut "
     "government offices across Portugal, with unions saying nine in ten staff had stayed away."
     "\n\nThe unions oppose a pay freeze.\n", "ongoing", None),
    ("General strike paralyses Lagos\n\nA one-day general strike called by the Nigeria Labour "
     "Congress has paralysed Lagos, with banks, markets and offices closed.\n\nThe congress is "
     "protesting against fuel price rises.\n", "ongoing", None),
    (wire("1987-05-06", "BANK STAFF STRIKE CLOSES BRANCHES",
          "A 24-hour strike by Greek bank staff closed most branches across the country "
          "yesterday, the union said.", "The union wants a 12 pct rise."), "ended", "1987-05-05"),
])
def test_an_effect_in_the_present_perfect_keeps_the_action_under_way(text, status, start):
    got = _facts(text, text.split()[1] if text.startswith(" date") else None)
    assert (got["status"], got["start_date"]) == (status, start)


@pytest.mark.parametrize("text, kind", [
    (wire("1987-06-23", "PERUVIAN NURSES ON HUNGER STRIKE",
          "Twelve nurses at the Arequipa general hospital began a hunger strike on Monday to "
          "demand four months of unpaid salaries, their union said today.",
          "The health ministry said funds would be released next month."), "protest"),
    ("Sacked dockers stage hunger strike\n\nForty dockers sacked by the Port of Valden have been "
     "on hunger strike for a week outside the port offices, their union says.\n\nThe men want "
     "their jobs back.\n", "protest"),
    # strikers of which a few fast: the strike stays the action
    (wire("1987-06-23", "CHILEAN COPPER STRIKE ENTERS SIXTH WEEK",
          "The strike by 3,000 miners at the El Toro copper mine entered its sixth week today "
          "with no talks in sight, the union said.",
          "Twenty of the strikers began a hunger strike on Saturday to press their demand for a "
          "15 pct rise.", "The company has offered 6 pct."), "strike"),
])
def test_a_workers_hunger_strike_is_a_protest_that_goes_on(text, kind):
    got = _facts(text, text.split()[1] if text.startswith(" date") else None)
    assert (got["action_type"], got["status"]) == (kind, "ongoing")
    assert got["end_date"] is None


@pytest.mark.parametrize("text", [
    "Sit-in at car plant over pay\n\nAround 300 staff at the Norvik car plant staged a sit-in on "
    "Monday demanding a 12% rise.\n\nManagement has offered 4%.\n",
    "Hospital sit-in over 12% pay claim\n\nCleaners and porters at St Ansel's hospital in Marlow "
    "began a sit-in in the hospital canteen on Tuesday in support of a 12% pay claim.\n\nThe "
    "hospital trust said patient care was not affected.\n",
    "Call centre sit-in over job cuts\n\nAbout 150 employees of Telvik's call centre in Darrow "
    "held a sit-in at the site on Friday against plans to cut 90 jobs.\n\nThe company said the "
    "cuts were needed to stay competitive.\n",
])
def test_a_sit_in_headline_over_pay_or_jobs_is_a_workers_protest(text):
    got = _facts(text)
    assert got["is_labor_action"] is True
    assert got["action_type"] == "protest"


@pytest.mark.parametrize("text", [
    "Sit-in over tuition fees\n\nHundreds of students staged a sit-in at Darrow University on "
    "Monday against a rise in tuition fees.\n\nThe university said fees had not risen for years.\n",
    "Sit-in at town hall over rents\n\nResidents of the Marsh estate held a sit-in at Darrow town "
    "hall on Friday over rent rises of 12%.\n\nThe council said rents had been frozen for years.\n",
])
def test_a_sit_in_of_students_or_residents_stays_out(text):
    assert _facts(text)["is_labor_action"] is False


@pytest.mark.parametrize("text, start", [
    (wire("1987-03-16", "ANTWERP STEVEDORE LOCKS OUT 400 DOCKERS",
          "Scheldt Stevedoring NV has locked out 400 dockworkers after two weeks of go-slows, the "
          "company said today.",
          "The lockout began on Saturday and will last until the union ends its actions.",
          "The union has been working to rule since March 2 over gang sizes."), "1987-03-14"),
    (wire("1987-05-06", "DANISH SHIPYARD LOCKOUT",
          "The Odense shipyard locked out its 2,000 workers yesterday in reply to a series of "
          "stoppages that began on April 21, a company spokesman said."), "1987-05-05"),
])
def test_a_lockout_starts_on_its_own_day_not_on_the_workers_action_before_it(text, start):
    got = _facts(text, text.split()[1])
    assert got["action_type"] == "lockout"
    assert got["start_date"] == start
