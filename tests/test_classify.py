"""Is it a labor action, which one, in what state: on articles and sentences written for
these tests (never taken from the evaluation sets)."""
from __future__ import annotations

import pytest

from picketline.extract import classify, extract_article
from picketline.model import Article
from picketline.nlp import Context
from picketline.rules import alternation


def art(headline: str, *body: str, date: str = "2024-05-06") -> Article:
    text = f"date {date} {headline}\n\n" + "\n\n".join(body)
    return Article(id="t", text=text, published=date, title=headline)


def labor(a: Article) -> bool:
    return classify.is_labor_action(Context(a)).value


# --- non-labor senses and labor stories with no action --------------------------------------
NEGATIVES = {
    "air strike": art(
        "Air strike hits fuel depot near the border",
        "A missile strike destroyed a fuel depot overnight, military officials said.",
        "Workers at the depot had left hours before the air strike, the regional governor said.",
        "The army said it would respond to any further strikes."),
    "lightning": art(
        "Lightning strike sparks fire at warehouse",
        "A lightning strike set the roof of a distribution warehouse on fire Tuesday evening.",
        "Employees on the night shift were evacuated and no one was hurt, the fire chief said.",
        "Lightning struck the building twice during the storm."),
    "bowling": art(
        "Local bowler rolls perfect game",
        "Dana Ortiz rolled twelve strikes in a row on Saturday to finish a perfect 300 game.",
        "Her final strike drew a standing ovation from the league's members."),
    "baseball": art(
        "Ace strikes out 11 as Hawks win",
        "The right-hander struck out 11 batters and threw 70 of his 98 pitches for strikes.",
        "He argued with the umpire about the strike zone after the sixth inning.",
        "The Hawks struck first on a two-run double and never trailed."),
    "strike a deal": art(
        "Grocer and supplier strike a deal on pricing",
        "The grocery chain and its largest dairy supplier struck a new three-year agreement on Friday.",
        "Both companies said the deal would keep prices stable for shoppers."),
    "court strikes down": art(
        "Appeals court strikes down county pay ordinance",
        "A state appeals court on Thursday struck down a county ordinance that set pay rules for "
        "contractors, siding with a business group.",
        "The county's public employees union said it was reviewing the decision."),
    "hunger strike": art(
        "Detainees begin hunger strike at immigration center",
        "Dozens of detainees at an immigration detention center began a hunger strike on Monday, "
        "advocates said.",
        "The detainees are protesting the conditions of their confinement."),
    "student walkout": art(
        "Students walk out of class to protest phone ban",
        "Hundreds of students at Lakeview High School walked out of class on Monday to protest a "
        "new ban on phones.",
        "The students gathered on the football field and chanted for about an hour.",
        "A spokesperson for the teachers' union said its members took no part in the protest."),
    "ratified contract": art(
        "Bus drivers ratify new contract with 6% raise",
        "Members of the transit union voted to ratify a three-year contract with the city on Tuesday.",
        "The agreement gives drivers a 6% raise and two more paid holidays.",
        "Union leaders said the deal was reached without a work stoppage."),
    "union election": art(
        "Warehouse workers vote to join the Teamsters",
        "Workers at a regional distribution warehouse voted 210 to 140 to be represented by the "
        "Teamsters, the labor board said Friday.",
        "Asked whether workers might strike if talks drag on, an organizer said nobody was "
        "talking about that."),
    "minimum wage": art(
        "State minimum wage rises to $17",
        "The state's minimum wage rose to $17 an hour on Monday, giving a raise to about 300,000 "
        "workers.",
        "Business groups said the increase would force some employers to cut hours."),
    "layoffs": art(
        "Carmaker to lay off 1,200 workers at two plants",
        "The carmaker will lay off 1,200 workers at two assembly plants next month, it said Tuesday.",
        "The union representing the workers said it would seek to protect their benefits."),
    "farmers protest": art(
        "Farmers rally at the capitol against water rules",
        "Hundreds of farmers rallied at the state capitol on Tuesday to protest new water rules.",
        "The rally was organized by the state Farmers Union and several county farm bureaus."),
    "stock price": art(
        "Chipmaker shares rally after it strikes supply deal",
        "Shares of the chipmaker rallied 8% after it struck a supply deal with an automaker.",
        "Options with a strike price of $60 changed hands in heavy trading."),
}


@pytest.mark.parametrize("name", sorted(NEGATIVES))
def test_not_a_labor_action(name):
    assert labor(NEGATIVES[name]) is False


# --- labor actions --------------------------------------------------------------------------
POSITIVES = {
    "strike under way": art(
        "Machinists strike at turbine maker",
        "About 1,800 machinists at a turbine factory walked off the job at midnight Sunday after "
        "rejecting the company's final offer.",
        "Picket lines went up at the plant's three gates on Monday morning."),
    "lockout": art(
        "Brewery locks out 300 workers after contract expires",
        "The brewery locked out about 300 union workers early Saturday, hours after their contract "
        "expired.",
        "Locked-out workers gathered outside the gates on Monday."),
    "sickout": art(
        "Sanitation sickout leaves trash uncollected",
        "So many sanitation workers called in sick on Monday that the city canceled half its trash "
        "routes, in what the city called a sickout over overtime rules."),
    "informational picket": art(
        "Nurses hold informational picket outside hospital",
        "Nurses at Mercy General held an informational picket outside the hospital on Monday, "
        "taking turns on the line when their shifts are done.",
        "It is not a work stoppage, the nurses' union stressed."),
    "short notice": art(
        "Valve plant workers set strike date",
        "About 200 workers at a valve plant will go on strike on May 20 if no contract is reached, "
        "their union said."),
    "authorization vote": art(
        "Flight attendants vote to authorize a strike",
        "Flight attendants at a regional airline voted 96% to authorize a strike, their union said "
        "on Monday.",
        "No strike date has been set."),
    "hunger strike by workers": art(
        "Unpaid cleaners begin hunger strike",
        "Five cleaners who say the contractor owes them three months of wages began a hunger "
        "strike outside its offices on Monday, their union said."),
}


@pytest.mark.parametrize("name", sorted(POSITIVES))
def test_labor_action(name):
    assert labor(POSITIVES[name]) is True


def test_evidence_is_the_deciding_sentence():
    f = classify.is_labor_action(Context(POSITIVES["strike under way"]))
    assert "strike" in f.evidence.sentence.lower()
    assert f.evidence.article_id == "t"


@pytest.mark.parametrize("name,kind", [
    ("strike under way", "strike"), ("lockout", "lockout"), ("sickout", "strike"),
    ("informational picket", "protest"), ("short notice", "strike"),
])
def test_action_type(name, kind):
    assert classify.action_type(Context(POSITIVES[name])).value == kind


_DEPOT = ("Porters picket outside rail depot over rosters",
          "Porters at a rail depot in Eastfield have been on the picket line at the main gate "
          "since Tuesday in a dispute over rosters.")


@pytest.mark.parametrize("sentence,kind", [
    ("The porters say the strike is about safety; nobody has walked off a shift to be there.",
     "protest"),
    ("The porters say the strike is about safety, and none of the staff had left a shift to "
     "be there.", "protest"),
    ("Strikers, as the union calls them, take turns after or before work shifts.", "protest"),
    ("The porters say the strike is about safety.", "strike"),
])
def test_a_picket_while_the_work_goes_on_is_a_protest(sentence, kind):
    """A body-only 'strike' with a picket held while everyone still works (nobody has left the
    job, picketing before or after shifts) is a protest; without that cue it is a strike."""
    assert classify.action_type(Context(art(*_DEPOT, sentence))).value == kind


# --- sentence-level senses ------------------------------------------------------------------
@pytest.mark.parametrize("sentence,counts", [
    ("Teachers went on strike Monday over class sizes.", True),
    ("The union's members walked off the job at noon.", True),
    ("Nurses marched on the picket line.", True),
    ("Lightning struck the hospital's roof.", False),
    ("The two companies struck a deal late Sunday.", False),
    ("The court struck down the law.", False),
    ("We never walked out, the local's president said.", False),
    ("It is not a work stoppage, the union said.", False),
    ("Students walked out of class over the dress code.", False),
    ("The senator walked out of the meeting.", False),
])
def test_sentence_signal(sentence, counts):
    assert (classify.sentence_signal(sentence)[0] > 0) is counts


# --- status ---------------------------------------------------------------------------------
STATUS_CASES = [
    ("scheduled", art("Janitors will walk out Thursday at downtown towers",
                      "About 900 janitors will walk out Thursday at a dozen office towers, "
                      "their union said Monday.")),
    ("scheduled", art("Transit workers set to strike Monday",
                      "Transit workers are set to strike Monday unless the agency improves its "
                      "wage offer, the union said.")),
    ("authorized", art("Grocery workers vote to authorize strike",
                       "Grocery workers at 60 stores voted to authorize a strike, giving union "
                       "leaders the power to call one at any time.")),
    ("threatened", art("Union threatens strike at port",
                       "The dockworkers' union threatened to strike if the port operator "
                       "presses ahead with automation.")),
    ("ongoing", art("Hospital strike enters second day",
                    "The nurses' strike at Bayside Medical Center entered its second day on "
                    "Tuesday, with no talks scheduled.")),
    ("ongoing", art("Day two of pickets at the cannery",
                    "Cannery workers are on strike for a second day, and the picket lines "
                    "have grown.")),
    ("ongoing", art("Cooks continue strike at casino",
                    "Cooks and servers continued to strike at the casino on Wednesday.")),
    ("ended", art("Strikers return to work at mill",
                  "Workers at the paper mill returned to work on Monday after ending a "
                  "two-week strike.")),
    ("ended", art("Teachers end strike with new contract",
                  "Teachers ended their strike after nine days when the district agreed to "
                  "smaller classes.")),
    ("averted", art("Tentative agreement reached, strike called off",
                    "Railroad workers reached a tentative agreement with the carriers early "
                    "Friday, and the union called off a strike planned for Monday.")),
]


@pytest.mark.parametrize("expected,article", STATUS_CASES,
                         ids=[f"{s}-{i}" for i, (s, _) in enumerate(STATUS_CASES)])
def test_status(expected, article):
    f = extract_article(article)
    assert f.labor
    assert f.status is not None and f.status.value == expected


def test_last_day_of_a_strike_that_will_conclude_today_is_ongoing():
    a = art("Librarians will conclude a three-day strike on Wednesday",
            "Striking librarians continued rallying outside the central library on Wednesday.",
            date="2024-05-08")
    f = extract_article(a)
    assert f.status.value == "ongoing"


def test_headline_outside_the_text_counts_as_headline():
    # a JSON/HTML article: the title is not part of the text
    a = Article(id="j", title="Bus drivers strike in Millbrook",
                text="Drivers for the Millbrook bus service said their union had no choice.\n\n"
                     "The walkout began at 5 a.m., and service was cut on most routes.",
                published="2024-06-01")
    f = extract_article(a)
    assert f.labor and f.action_type.value == "strike"


# --- generalisation rules -------------------------------------------------------------------
def test_an_article_about_a_game_reads_strike_as_the_game():
    a = art("Retired bus driver bowls a perfect game at league night",
            "The 61-year-old retired bus driver rolled 12 straight strikes on Friday night at the "
            "Eastside lanes for a perfect 300 game.",
            "He opened with five strikes in a row before the other bowlers stopped to watch.",
            "His last ball was a strike in the pocket, and the crowd cheered.",
            "The bowling league will send the score to the national body.",
            "He has bowled in league play for 30 years.")
    assert labor(a) is False


def test_a_union_keeps_a_sport_word_article_labor():
    a = art("Bowling alley workers strike over pay",
            "Workers at the Eastside bowling lanes went on strike Friday, their union, "
            "Service Workers Local 40, said.",
            "The bowling alley stayed closed as pickets gathered at the entrance.")
    assert labor(a) is True


def test_a_short_brief_with_a_strike_ended_by_a_deal_is_labor():
    a = Article(id="b", title="Librarians and city reach tentative agreement",
                text="DAYTON, Ohio — The city and its librarians' union reached a tentative "
                     "agreement late Thursday, ending a four-day library workers strike. "
                     "Branches reopen Saturday.\n"
                     "Members will vote on the deal next week, the union's president said.",
                published="2024-05-10")
    f = extract_article(a)
    assert f.labor and f.status.value == "ended"


@pytest.mark.parametrize("sentence", [
    "Port strike averted with deal reached at dawn",
    "Dockworkers' strike averted as talks succeed",
])
def test_headline_averted_without_auxiliary(sentence):
    assert [st for st, _ in classify.status_votes(sentence)][:1] == ["averted"]


@pytest.mark.parametrize("sentence,expected", [
    ("Nurses begin strike over staffing", "ongoing"),  # 'over' is a preposition here
    ("The strike is over, the union said.", "ended"),
    ("Rotating strikes at the water utility end as union and city reach deal", "ended"),
    ("Cannery lockout drags on as talks stall", "ongoing"),
    ("The lockout reached its 30th day on Friday.", "ongoing"),
    ("Drivers will walk off the job at 4 a.m. Friday, Oct. 3, unless a deal is reached.", "scheduled"),
    ("Lab workers will hold a one-day walkout on the 21st, the union said.", "scheduled"),
])
def test_status_sentence_cues(sentence, expected):
    votes = [st for st, _ in classify.status_votes(sentence)]
    assert votes and votes[0] == expected


def test_a_modal_governs_coordinated_verbs():
    # "will walk off the job and picket at the gates": the picket is planned too
    s = "Members will walk off the job and picket at the main gates beginning at 8 a.m."
    assert not any(st == "ongoing" for st, _ in classify.status_votes(s))
    assert classify.future_clause(s, s.index("picket"))


def test_a_deal_is_not_struck_by_an_averted_strike():
    hits = classify.action_hits("Harbor strike averted with deal reached before deadline")
    assert [h.text for h in hits] == ["strike"]


def test_a_one_day_rally_reported_the_next_day_has_ended():
    a = art("Hundreds rally outside hotel as workers push for contract",
            "Hundreds of hotel workers rallied Tuesday evening outside the Lakeview Hotel, "
            "calling on the owners to sign a new contract, their union said.",
            "The rally was an informational picket, not a strike.",
            "Workers' contract expired in March.", date="2024-05-08")
    f = extract_article(a)
    assert f.action_type.value == "protest"
    assert f.status.value == "ended"
    assert (f.start_date.value, f.end_date.value) == ("2024-05-07", "2024-05-07")


def test_the_main_action_decides_a_roundup_status():
    a = art("Labor roundup: hospital talks resume; foundry lockout drags on",
            "A month after their two-day strike, nurses at Eastside Hospital still have no "
            "contract, their union said.",
            "In Ohio, the lockout of about 500 members of Steelworkers Local 12 at Acme Castings "
            "entered its eighth day Monday.",
            "The company says it will not reopen the plant until the union accepts its offer.",
            "Locked-out workers picketed the plant gates.")
    f = extract_article(a)
    assert f.action_type.value == "lockout"
    assert f.status.value == "ongoing"
    assert f.start_date.value == "2024-04-29"  # day 8 on Monday May 6


@pytest.mark.parametrize("text", [
    "Co-workers of the striking nurses joined them.",
    "The drivers' families rallied outside.",
    "Members of Local 1199 and the teachers' union met.",
    "A STAFFER said the Workforce was cut.",
    "workersworkers are not workers-in-waiting",
    "Asylum seekers and migrants protested.",
    "",
])
def test_word_lists_match_like_the_whole_word_regex(text):
    import re
    lx = classify.lexicon()
    for key, extra in (("workers", None), ("organisations", r"\bLocal\s+\d+"),
                       ("non_workers", None), ("context", None), ("sport_context", None)):
        rx = re.compile(rf"\b(?:{alternation(lx[key])})\b" + (f"|{extra}" if extra else ""), re.I)
        assert classify.WordList(lx[key], extra).search(text) == bool(rx.search(text)), key


def test_a_hedged_headline_lets_the_lead_set_the_date():
    a = art("Actors could strike at midnight",
            "Actors will strike at 12:01 a.m. Friday if no agreement is reached, the guild said.",
            "The guild represents about 1,000 performers in the dispute over pay.")
    f = extract_article(a)
    assert f.status.value == "scheduled"
    assert f.start_date.value == "2024-05-10"


def test_a_hedged_headline_ignores_an_earlier_action_in_the_lead():
    a = art("Warehouse workers threaten walkout over heat",
            "Workers at the warehouse are threatening to walk off the job, a week after more than "
            "200 employees staged a one-day sickout over heat.",
            "The workers' committee said it had not set a date.")
    assert extract_article(a).status.value == "threatened"


@pytest.mark.parametrize("headline,body", [
    ("Teachers won't strike after district deal",
     "Teachers will not strike Monday after the district and union reached a tentative agreement "
     "Saturday."),
    ("Judge blocks planned strike by rail workers",
     "A federal judge on Friday blocked a planned strike by rail workers, issuing a temporary "
     "restraining order at the carriers' request; the union represents 4,000 workers."),
])
def test_averted_by_a_deal_or_a_court(headline, body):
    f = extract_article(art(headline, body, "The union represents about 1,000 workers."))
    assert f.labor and f.status.value == "averted"


@pytest.mark.parametrize("headline,body", [
    ("Strike on fuel depot kills 12 workers",
     ("A strike on a fuel depot near the border killed 12 workers and wounded 30 others, "
      "officials said Tuesday.",
      "The army said the strike targeted a weapons cache. Rescue workers searched the rubble.",
      "The defense ministry vowed to answer any further strikes.")),
    ("Lawmakers stage walkout over budget vote",
     ("Opposition lawmakers staged a walkout on Tuesday over the budget bill, leaving the "
      "chamber without a quorum.",
      "The staff of the legislature said the session would resume Wednesday.",
      "The speaker called the walkout a stunt.")),
])
def test_attacks_and_politicians_walkouts_are_not_labor(headline, body):
    assert labor(art(headline, *body)) is False


def test_a_picket_line_injury_keeps_a_strike_labor():
    a = art("Striker injured as truck hits picket line",
            "A striking warehouse worker was injured Tuesday when a truck drove through the picket "
            "line at the distribution center, Teamsters Local 89 said.",
            "The union's 600 members have been on strike since May 1.")
    f = extract_article(a)
    assert f.labor and f.action_type.value == "strike" and f.status.value == "ongoing"


@pytest.mark.parametrize("expected,headline,body", [
    ("threatened", "Union to hold strike vote next week",
     "Members of the nurses' union will hold a strike authorization vote next week, union "
     "leaders said Tuesday. Their contract expired in June."),
    ("ongoing", "Picket lines up at refinery",
     "Picket lines went up at the refinery at dawn Monday as 600 workers began an open-ended "
     "strike."),  # 'open-ended' holds no 'ended'
    ("scheduled", "Doctors' strike to go ahead next week",
     "A strike by resident doctors will go ahead next Tuesday after talks failed, their union "
     "said."),
])
def test_status_of_votes_ahead_open_ended_and_go_ahead(expected, headline, body):
    f = extract_article(art(headline, body, "The union represents 1,500 workers."))
    assert f.status.value == expected


# --- round 2: walk-offs, tools down, animal strikes, political calls, residents --------------
GEN2_NEGATIVES = {
    "snake bite": art(
        "Surveyor hurt in rattlesnake strike on county road survey",
        "A land surveyor working for the county was taken to hospital after a rattlesnake strike "
        "near Red Mesa on Saturday, officials said.",
        "The snake struck as he reached for a survey stake, a colleague said.",
        "Doctors said he received antivenom and was recovering; most strikes happen in summer, "
        "when snakes are active."),
    "party general strike": art(
        "Opposition party calls 'general strike' over water charges; unions decline",
        "A small opposition party has urged voters to stage a general strike on 12 May against new "
        "water charges, asking people to stay home from work.",
        "The country's largest trade unions said they would not take part and had filed no strike "
        "notice.",
        "The party said it would hold motorcades in three cities on the day."),
    "residents protest": art(
        "Residents protest highway plan",
        "Dozens of residents gathered outside City Hall on Monday to protest a plan to widen the "
        "highway.",
        "Speakers said the project would cut through a park and raise traffic noise."),
    "walk-off home run": art(
        "Ortiz's walk-off homer lifts Hawks",
        "Dana Ortiz hit a walk-off home run in the ninth inning on Friday as the Hawks beat the "
        "Ravens 4-3.",
        "The pitcher walked off the field to a standing ovation after eight innings."),
}


@pytest.mark.parametrize("name", sorted(GEN2_NEGATIVES))
def test_round2_not_a_labor_action(name):
    assert labor(GEN2_NEGATIVES[name]) is False


def test_a_walk_off_by_pickers_is_an_ongoing_strike():
    a = art("Berry pickers walk off over piece rates",
            "About 120 berry pickers walked off farms near Watsonville on Monday, refusing to "
            "return until the grower raises the rate per tray.",
            "The walk-off began at dawn, a spokesman for the pickers said.",
            "The grower said it had offered a small increase.", date="2024-05-07")
    f = extract_article(a)
    assert f.is_labor_action.value is True
    assert f.action_type.value == "strike"
    assert f.status.value == "ongoing"
    assert f.start_date.value == "2024-05-06"


def test_down_tools_from_an_ordinal_date_is_scheduled():
    a = art("Lecturers to strike for two days from 4th March",
            "Lecturers at a regional college will down tools for two days starting the 4th of next "
            "month in a row over casual contracts, their union said.",
            "The stoppage will run from Monday, 4 March, to Tuesday, 5 March, with pickets at every "
            "campus gate.", date="2024-02-20")
    f = extract_article(a)
    assert f.is_labor_action.value is True
    assert f.status.value == "scheduled"
    assert (f.start_date.value, f.end_date.value) == ("2024-03-04", "2024-03-05")


def test_pickers_who_have_gone_back_to_work_have_ended():
    sents = classify.status_votes("Pickers who walked off the farm have gone back to work after a deal.")
    assert sents[0][0] == "ended"


def test_a_comma_inside_a_date_keeps_a_modal_clause():
    text = "The stoppage will run from Monday, 3 March, to Wednesday, 5 March, with pickets at all gates."
    assert classify.future_clause(text, text.index("pickets at"))
