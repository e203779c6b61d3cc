"""How news copy says a thing, on articles written for these tests (issue 14): set phrases that
look like labor facts and are not, and facts told in ways the extractors first misread."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article, ArticleFacts


def facts(text: str, nlp, published: str | None = None) -> ArticleFacts:
    if published is None and text.startswith(" date "):
        published = text[6:16]  # the kit's date line, as the reader takes it
    f = extract_article(Article(id="w", text=text, published=published), nlp)
    for fact in [f.status, f.start_date, f.end_date, f.location, *f.employers, *f.unions,
                 *f.demands, *f.bargaining_events]:
        if fact is not None and fact.evidence is not None:
            assert fact.evidence.sentence.strip() in " ".join(text.split()) or \
                fact.evidence.sentence in text
    return f


def events(f: ArticleFacts) -> set[str]:
    return {e.value for e in f.bargaining_events}


# --- look-alikes ------------------------------------------------------------------------------
def test_striking_a_priced_deal_is_no_strike(nlp):
    f = facts(" date 2025-06-11 Chipmaker strikes $2.4 billion deal for sensor firm\n"
              "Shares of Orrin Devices rose 5% on Wednesday after the chipmaker struck a deal to "
              "buy Lakemoor Sensors for $2.4 billion in cash.\n"
              "Analysts said the purchase fills a gap in its car business.\n", nlp)
    assert not f.labor


# --- place ------------------------------------------------------------------------------------
def test_a_national_strike_staffing_agency_does_not_spread_the_action(nlp):
    f = facts(" date 2025-06-11 Nurses strike at Fresno hospital\n"
              "Nurses at Valley Crest Medical Center in Fresno, Calif., walked off the job on "
              "Tuesday over staffing.\n"
              "The hospital brought in replacement nurses from a national strike-staffing agency "
              "and kept every unit open, a spokesperson said.\n"
              "The nurses' union said 600 members joined the strike.\n", nlp)
    assert (f.location.value.city, f.location.value.state) == ("Fresno", "CA")


def test_a_coast_in_an_employers_name_is_no_region(nlp):
    f = facts(" date 2025-06-11 Bus drivers walk out\n"
              "BILOXI, Miss. — Bus drivers at the Gulf Coast Regional Transit Authority walked "
              "off the job on Tuesday, leaving riders stranded across the city.\n"
              "Members of the drivers' union said about 120 workers joined the strike over pay.\n",
              nlp)
    assert (f.location.value.city, f.location.value.state) == ("Biloxi", "MS")


# --- bargaining steps -------------------------------------------------------------------------
BIN_STRIKE = (" date 2025-06-11 Bin strike enters second day in Leeds\n"
              "Refuse collectors employed by Leeds Waste Services Ltd began a week-long strike on "
              "Tuesday, members of the Unite union said.\n"
              "{step}\n"
              "Rubbish piled up on pavements across the city on Wednesday.\n")


@pytest.mark.parametrize("step,expected,absent", [
    # a session under a conciliator that ends without a deal is mediation, not an impasse
    ("Talks at the conciliation service Acas broke down on Monday after a day of conciliation.",
     {"mediation"}, {"impasse"}),
    # talks that end without agreement have failed, as "broke down" has (the real set's notes
    # and the blind-written sets code both as an impasse); talks that merely ended have not
    ("The last round of talks ended without agreement on Monday.", {"impasse"}, set()),
    ("The last round of talks ended on Monday and the two sides will meet again next week.",
     set(), {"impasse"}),
    ("Talks between the two sides broke down on Monday night.", {"impasse"}, set()),
    # another union's members who accepted the offer and keep working: not this action's vote
    ("Members of the GMB union voted to accept the offer and are continuing to work.", set(),
     {"ratification"}),
    # a commercial deal is no bargaining agreement; a signed labor agreement is one
    ("The company signed a streaming deal with a broadcaster last year.", set(),
     {"tentative_agreement"}),
    # a wish is no return
    ("\"We want everyone back at work,\" the company's manager said.", set(), {"return_to_work"}),
])
def test_bargaining_steps_as_news_tells_them(step, expected, absent, nlp):
    got = events(facts(BIN_STRIKE.format(step=step), nlp))
    assert expected <= got and not (absent & got), got


def test_a_lifted_lockout_with_the_return_still_ahead_is_no_return_yet(nlp):
    text = (" date 2025-06-19 Lockout over at Harwell Castings\n"
            "Members of the Foundry Workers Union ratified a new contract on Wednesday, and "
            "Harwell Castings lifted the lockout of 300 workers hours later.\n"
            "{tail}\n")
    ahead = facts(text.format(tail="Workers will report for their first shifts on Monday."), nlp)
    assert "return_to_work" not in events(ahead)
    back = facts(text.format(tail="The plant's furnaces were relit on Thursday."), nlp)
    assert "return_to_work" in events(back)


# --- dates ------------------------------------------------------------------------------------
def test_a_long_action_is_not_counted_back_from_its_end(nlp):
    f = facts(" date 2025-06-19 Lockout ends\n"
              "Harwell Castings' 41-day lockout is over.\n"
              "Members of the Foundry Workers Union ratified a new contract and the company "
              "lifted the lockout on Wednesday.\n", nlp)
    assert f.end_date is not None and f.end_date.value == "2025-06-18"
    assert f.start_date is None


def test_a_short_action_is_counted_back_from_its_end(nlp):
    f = facts(" date 2025-06-19 Dockers end strike\n"
              "Cargo handling resumed at the port today after 2,000 dockers ended their three-day "
              "walkout over pay, port officials said.\n", nlp)
    assert (f.start_date.value, f.end_date.value) == ("2025-06-16", "2025-06-18")


def test_a_roundups_other_item_lends_no_date(nlp):
    f = facts(" date 2025-09-08 Labor roundup: three disputes to watch\n"
              "Three disputes to watch this week.\n\n"
              "1. CORLISS FOODS, OMAHA\n"
              "Members of Food Workers Union Local 41 voted last week to authorize a strike against "
              "Corliss Foods. The union has not set a date.\n\n"
              "2. PRAIRIE RAIL, KANSAS\n"
              "Local 9 of the Rail Signal Workers has threatened to strike on Sept. 15 if the "
              "railroad does not move on overtime.\n", nlp, published="2025-09-08")
    assert f.status is not None and f.status.value == "authorized"
    assert f.start_date is None


# --- parties and demands ----------------------------------------------------------------------
def test_a_body_the_action_drew_support_from_is_no_party(nlp):
    f = facts(" date 2025-06-11 Lockout ends at Hamlin Steel\n"
              "HAMILTON — Workers at Hamlin Steel were back at work Monday after members of "
              "Unifor Local 707 ratified a new contract, ending a six-week lockout.\n"
              "Unifor Local 707 represents 240 workers at the plant.\n"
              "The lockout had drawn support from the Hamilton Area Labour Council.\n", nlp)
    assert [u.value for u in f.unions] == ["Unifor Local 707"]


def test_reinstating_workers_fired_for_organizing_is_an_unfair_labor_practice(nlp):
    f = facts(" date 2025-06-11 Warehouse workers walk out\n"
              "About 150 workers at a Kellam Freight warehouse in Toledo, Ohio, walked off the job "
              "on Tuesday, saying managers had fired three colleagues for trying to organize a "
              "union.\n"
              "Workers are demanding the reinstatement of the three fired workers.\n", nlp)
    got = {d.value for d in f.demands}
    assert "unfair_labor_practice" in got and "job_security" not in got


# --- status -----------------------------------------------------------------------------------
def test_a_rally_of_locked_out_workers_does_not_end_the_lockout(nlp):
    f = facts(" date 2025-03-18 Harwell lockout enters second week\n"
              "DAYTON, Ohio — Hundreds of locked-out workers rallied outside Harwell Castings on "
              "Monday as the lockout entered its second week with no talks scheduled.\n"
              "The company locked out 300 members of the Foundry Workers Union on March 9.\n", nlp)
    assert (f.action_type.value, f.status.value) == ("lockout", "ongoing")


def test_a_rally_told_in_the_past_is_over(nlp):
    f = facts(" date 2025-03-18 Nurses rally for staffing\n"
              "Hundreds of nurses and their union rallied outside City Hall on Monday to demand safe "
              "staffing at public hospitals.\n"
              "The nurses' union said 400 members took part in the rally.\n", nlp)
    assert (f.action_type.value, f.status.value) == ("protest", "ended")


def test_a_vote_that_allows_leaders_to_call_a_strike_is_an_authorization(nlp):
    f = facts(" date 2025-05-09 Bus drivers back strike mandate\n"
              "Drivers at the Tri-County Transit District voted on Wednesday to authorize a "
              "strike, the union said.\n"
              "Eighty-eight percent of members of Transit Workers Union Local 12 backed the "
              "mandate, which empowers the local's officers to call a walkout whenever they see fit.\n"
              "No date has been set.\n", nlp)
    assert f.status.value == "authorized"


# --- participants -----------------------------------------------------------------------------
def test_a_unions_size_is_no_count_of_strikers(nlp):
    f = facts(" date 1987-03-20 Unions call general strike\n"
              "QUITO, March 20 - The 300,000-strong Workers' Front and the 80,000-member General "
              "Confederation of Labour called a general strike for next Wednesday against the "
              "government's austerity measures, union leaders said.\n", nlp)
    assert f.labor and f.participants is None


def test_whom_talks_cover_is_no_count_when_no_action_is_decided(nlp):
    f = facts(" date 1987-05-04 Autoworkers vow to fight job cuts\n"
              "The autoworkers' union vowed to fight job cuts and threatened to strike in talks "
              "starting in July on new contracts covering some 200,000 members at Acme Motors and "
              "nearly 90,000 members at Brill Motor Co.\n", nlp)
    assert f.participants is None


# --- web copy ---------------------------------------------------------------------------------
def test_an_earlier_years_strike_lends_no_dates_or_status(nlp):
    f = facts(" date 2024-05-02 Riverton teachers union on strike\n"
              "RIVERTON, Wyo. (AP) — Teachers in the Riverton School District went on strike on "
              "Thursday after talks on a new contract failed, the Riverton Education Association "
              "said. Teachers previously held a one-day strike against the district on March 3, "
              "2023.\n", nlp)
    assert f.status.value == "ongoing"
    assert f.start_date is None or f.start_date.value >= "2024-01-01"


def test_a_photo_caption_does_not_place_the_action(nlp):
    f = facts(" date 2024-10-26 Union reaches tentative deal with Corliss Motors\n"
              "Picketers stand outside the Corliss Motors assembly plant, Tuesday, Oct. 22, 2024, in "
              "Fort Wayne, Indiana. (AP Photo/Dana Reyes)\n\n"
              "The Vehicle Workers Union reached a tentative agreement with Corliss Motors on "
              "Thursday. The strike against the automakers at plants across the country has been "
              "going on since September.\n", nlp)
    assert f.location is None or f.location.value.city is None


def test_an_agreement_with_the_employer_to_end_the_strike_ends_it(nlp):
    f = facts(" date 2024-10-31 Union, Corliss Motors reach deal\n"
              "Yesterday, the Vehicle Workers Union reached a tentative agreement with Corliss "
              "Motors to end the strike that began September 15. Workers will return to work while "
              "the agreement goes through ratification.\n", nlp)
    assert f.status.value == "ended"


def test_a_seat_written_before_a_union_is_no_part_of_its_name(nlp):
    f = facts(" date 2024-10-01 Dockworkers strike\n"
              "Dockworkers went on strike on Tuesday. The Baltimore-based Harbor Workers Alliance "
              "walked off the job, seeking a big increase in pay. The Harbor Workers Alliance said "
              "talks had failed.\n", nlp)
    assert [u.value for u in f.unions] == ["Harbor Workers Alliance"]


def test_against_the_employer_or_a_contract_does_not_keep_strikers_out(nlp):
    f = facts(" date 2007-10-13 Sheet metal strike enters fourth day\n"
              "Pickets appeared today outside Kellan Fasteners' offices in Fresno, Calif., as the "
              "strike by 270 sheet metal union workers against its Modesto plant went into its "
              "fourth day.\n", nlp)
    assert f.participants is not None and f.participants.value == 270
    g = facts(" date 2024-10-25 Machinists reject contract\n"
              "More than 12,000 striking union members have voted against a contract offered by "
              "Corliss Aerospace, the machinists' union said.\n", nlp)
    assert g.participants is not None and g.participants.value == 12000


def test_an_action_over_by_publication_ended_by_then(nlp):
    # written on a Tuesday: the strike of eight days "starting on Tuesday" began a week earlier
    f = facts(" date 2019-11-26 Rail strike ends after tentative agreement\n"
              "Northern Plains Rail's longest strike in a decade has ended after the railway "
              "reached a tentative agreement with its conductors' union.\n"
              "The agreement will send thousands of workers back to their jobs after eight days on "
              "strike starting on Tuesday, ahead of a vote by union members on the deal.\n", nlp)
    assert f.status.value == "ended"
    assert (f.start_date.value, f.end_date.value) == ("2019-11-19", "2019-11-26")


def test_indian_english_counts_are_read_at_their_scale():
    from picketline.extract.numwords import find_counts, parse_number
    assert parse_number("25 crore") == 250_000_000 and parse_number("five lakh") == 500_000
    assert [c.value for c in find_counts("Nearly 3 lakh bank employees joined the strike.")] == [300_000]


def test_a_count_in_crores_is_not_read_as_its_first_digits(nlp):
    f = facts(" date 2020-01-08 Trade unions' nationwide strike\n"
              "Members of ten central trade unions are on a one-day nationwide strike on Wednesday "
              "against the government's labour codes. Nearly 25 crore people took part in the "
              "strike, the unions said.\n", nlp)
    assert f.participants is None or f.participants.value != 25


def test_a_called_off_national_strike_does_not_spread_todays_strike(nlp):
    f = facts(" date 1987-06-18 SANTOS DOCKERS STRIKE OVER WAGES\n"
              "The 2,000 dockworkers of Santos walked out indefinitely today over pay, a dockers' "
              "spokesman said.\n"
              "Earlier this week, about 35,000 port workers called off a planned nationwide strike "
              "meant to press port officials for higher pay.\n", nlp)
    assert (f.location.value.city, f.location.value.country) == ("Santos", "BR")


def test_a_metropolitan_area_names_no_state(nlp):
    f = facts(" date 1987-06-01 BOTTLER'S NEW JERSEY UNIT ON STRIKE\n"
              "The New Jersey operations of Acme Beverage Co's bottling group in the New York "
              "metropolitan area have been struck by Teamsters Union Local 125, a company "
              "spokesman said.\n"
              "He said the company has hired temporary drivers to cover deliveries from the struck "
              "warehouses.\n", nlp)
    assert (f.location.value.state, f.location.value.country) == ("NJ", "US")


@pytest.mark.parametrize("sentence", [
    "But the country's labour unions have called a general strike for Wednesday to press for a "
    "suspension of the program.",
    "The country's unions have called for a general strike next Wednesday to press for a "
    "suspension of the measures.",
])
def test_a_strike_called_for_a_weekday_is_set_for_the_next_one(sentence, nlp):
    # written on Thursday 1987-03-19: the strike is set for Wednesday 1987-03-25
    f = facts(" date 1987-03-19 AUSTERITY PROTESTS GROW\n"
              "The government adopted austerity measures last Friday after the earthquake.\n"
              f"{sentence}\n", nlp)
    assert f.status.value == "scheduled" and f.start_date.value == "1987-03-25"


def test_an_ended_strike_with_the_return_still_ahead_is_no_return_yet(nlp):
    f = facts(" date 2019-10-25 Strike ends as deal is reached\n"
              "The strike by some 900 hourly workers at three Corliss Axle plants is over.\n"
              "\"In conjunction with the tentative agreement, the union has ended its strike, "
              "effective 9 a.m. on Oct. 25,\" Corliss Axle said.\n"
              "\"The company will bring its employees back to work as soon as possible.\"\n", nlp)
    assert "tentative_agreement" in events(f) and "return_to_work" not in events(f)
