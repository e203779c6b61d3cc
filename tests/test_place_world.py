"""Places world-wide: country names, adjectives and large cities of every country, wire
headlines, codes of the time, workplaces named by their city. Articles written for these tests."""
from __future__ import annotations

import pytest

from picketline.extract import classify, parties, place
from picketline.model import Article, ArticleFacts, Fact
from picketline.nlp import Context, load_model


def facts_of(text: str, nlp, title: str | None = None, published: str | None = None):
    ctx = Context(Article(id="t", text=text, title=title, published=published), nlp)
    f = ArticleFacts(id="t")
    if published:
        f.published = Fact(published, None)
    f.is_labor_action = classify.is_labor_action(ctx)
    f.action_type = classify.action_type(ctx)
    f.employers = parties.employers(ctx)
    f.unions = parties.unions(ctx)
    f.location = place.location(ctx, f)
    f.industry = place.industry(ctx, f)
    return f, ctx


def loc(f: ArticleFacts) -> tuple:
    v = f.location.value if f.location else None
    return (v.city, v.state, v.country) if v else (None, None, None)


@pytest.mark.parametrize("text,country", [
    ("French rail workers stopped trains across the country on Tuesday in a strike over "
     "pension reform, unions said.", "FR"),
    ("Thousands of dockers in Germany walked out on Monday, halting cargo at the country's "
     "largest ports, the union said.", "DE"),
    ("Nurses at three state hospitals in Kenya began a strike over unpaid allowances, the "
     "nurses' union said on Friday.", "KE"),
    ("South Korean metalworkers went on strike at a shipbuilder on Wednesday, the union said.",
     "KR"),
    ("Garment workers protested outside factories in Bangladesh on Sunday to demand higher "
     "minimum wages, police said.", "BD"),
])
def test_country_from_its_name_or_adjective(nlp, text, country):
    f, _ = facts_of(text, nlp)
    assert loc(f)[2] == country


def test_wire_headline_in_capitals_names_the_country(nlp):
    f, _ = facts_of("Miners at a state-owned coal company began a two-day stoppage on "
                    "Tuesday over planned layoffs, union sources said.", nlp,
                    title="PORTUGUESE COAL MINERS CALL STRIKE", published="1988-02-03")
    assert loc(f)[2] == "PT"


def test_body_name_in_a_federation_is_not_the_us(nlp):
    # "Congress" inside a union body's name does not make the story American
    f, _ = facts_of("The Ghana Trades Congress called a nationwide strike on Monday. Banks and "
                    "schools in Accra and Kumasi stayed shut as workers stayed home.", nlp)
    assert loc(f) == (None, None, "GH")


def test_north_america_is_not_the_united_states(nlp):
    f, _ = facts_of("Workers at Calder Steel North America walked out at the Regina mill in "
                    "Saskatchewan on Monday, the union said.", nlp)
    assert loc(f)[2] == "CA"


def test_headline_country_outweighs_a_passing_mention(nlp):
    f, _ = facts_of("The union said talks broke down on Sunday. Members voted to strike after "
                    "the company cited wage levels in the United States. Picket lines went up "
                    "in Winnipeg on Monday.", nlp, title="Canadian grain handlers strike")
    assert loc(f)[2] == "CA"


@pytest.mark.parametrize("published,code", [("1987-05-02", "YU"), ("2005-05-02", "HR")])
def test_code_of_the_time(nlp, published, code):
    f, _ = facts_of("Shipyard workers in Croatia stopped work on Monday over unpaid wages, the "
                    "Croatian news agency said.", nlp, published=published)
    assert loc(f)[2] == code


def test_state_of_the_time_by_its_own_name(nlp):
    f, _ = facts_of("Workers at a Yugoslav tractor factory struck for a second day over the "
                    "wage freeze, the official news agency said.", nlp, published="1987-03-10")
    assert loc(f)[2] == "YU"


def test_workplace_named_by_its_city(nlp):
    f, _ = facts_of("About 2,000 dockers stopped work at Mombasa port on Tuesday over pay, "
                    "officials said. Ships waited offshore as talks with the port authority "
                    "continued in Nairobi.", nlp)
    assert loc(f) == ("Mombasa", None, "KE")


def test_city_known_by_its_english_name(nlp):
    f, _ = facts_of("Workers at the Saragossa-based plant of a Spanish carmaker called a "
                    "strike over pay, union sources said.", nlp)
    assert loc(f) == ("Saragossa", None, "ES")


def test_capital_named_in_passing_is_not_the_city(nlp):
    # abroad, a capital named on its own is where talks or reporting happen
    f, _ = facts_of("Bank employees in Portugal held a one-day strike on Friday over pay, "
                    "union officials said in Lisbon. Branches across the country were shut.", nlp)
    assert loc(f) == (None, None, "PT")


def test_employer_named_after_a_family_is_not_a_us_city(nlp):
    f, _ = facts_of("HALIFAX, Nova Scotia \u2014 Welders at Irving Shipyard walked off the job "
                    "on Monday, Unifor said.", nlp)
    assert loc(f)[2] == "CA"
    assert loc(f)[0] != "Irving"


def test_coast_wide_action_has_no_state(nlp):
    f, _ = facts_of("Dockworkers at ports from San Diego to the Canadian border were locked out "
                    "on Thursday, the ILWU said. Cargo piled up in Los Angeles.", nlp)
    assert loc(f) == (None, None, "US")


def test_general_strike_has_no_city(nlp):
    f, _ = facts_of("A general strike called by Peru's union federations shut shops and "
                    "factories on Tuesday. Police clashed with marchers in Lima and Arequipa.",
                    nlp)
    assert loc(f) == (None, None, "PE")


def test_several_mills_have_no_city(nlp):
    f, _ = facts_of("About 1,500 workers struck three of its Quebec paper mills on Monday, "
                    "including the mill in Trois-Rivieres, the union said.", nlp)
    assert loc(f)[0] is None and loc(f)[1] == "QC"


def test_headline_names_the_state(nlp):
    f, _ = facts_of("Unions stopped work at building sites and ports on Tuesday. Officials in "
                    "Sydney and Newcastle said cargo was delayed.", nlp,
                    title="UNIONS STEP UP NSW CAMPAIGN")
    assert loc(f)[1:] == ("NSW", "AU")


def test_pound_sign_before_a_figure_is_british(nlp):
    f, _ = facts_of("Journalists at the Morning Courier will hold a strike ballot over 40 job "
                    "cuts, the National Union of Journalists said. The paper is investing "
                    "£90m in new presses.", nlp)
    assert loc(f)[2] == "GB"


def test_general_strike_has_no_industry(nlp):
    f, _ = facts_of("Unions called a general strike against the government's austerity plan. "
                    "Flights were cancelled, schools closed and post offices shut.", nlp)
    assert f.industry is None


@pytest.mark.parametrize("text", [
    # a strike wave: one struck firm's trade, named once away from the action's sentence
    "About 9,000 workers have stopped work across the northern provinces this week over "
    "unpaid wages, the state news agency said. In one town, 400 staff of a building "
    "construction firm left their jobs after three months without pay.",
    # the goods a price freeze covers are not the strikers' trade
    "Thousands of workers in the capital walked out on Monday against a wage freeze "
    "ordered by the government. The freeze covers bread, furniture and shoes.",
])
def test_sector_named_once_outside_the_action_is_no_industry(nlp, text):
    f, _ = facts_of(text, nlp)
    assert f.industry is None


def test_sector_named_once_in_the_action_sentence_is_kept(nlp):
    f, _ = facts_of("Some 600 workers at a construction firm in the capital walked out on "
                    "Monday over unpaid wages, the union said.", nlp)
    assert f.industry is not None and f.industry.value == "construction"


def test_general_strike_headline_naming_a_hit_sector_has_no_industry(nlp):
    f, _ = facts_of("The federation's general strike shut banks, schools and the main airport on "
                    "Monday.", nlp, title="General strike begins, main airport shut")
    assert f.industry is None


@pytest.mark.parametrize("text,city", [
    ("TURIN, June 9 - Some 900 workers at Italian engineering group Ferrotecnica SpA have occupied the company's main "
     "factory in Bergamo, east of Turin, since Friday, a union official said.",
     "Bergamo"),
    ("MANILA, Nov 19 - Some 1,300 workers at Luzon Weaving Corp returned to work today, "
     "ending a strike at the company's plant in Quezon City, the union said.", "Quezon City"),
])
def test_works_in_another_town_than_the_dateline_place_the_action(nlp, text, city):
    f, _ = facts_of(text, nlp)
    assert loc(f)[0] == city


def test_a_port_named_by_its_town_beats_the_dateline(nlp):
    f, _ = facts_of("SYDNEY, May 13 - Stevedoring firm Harbourline Ltd locked out about 650 "
                    "Australian waterside workers at Newcastle port today, the company said.", nlp)
    assert loc(f)[0] == "Newcastle"


def test_works_in_two_towns_leave_the_dateline(nlp):
    f, _ = facts_of("TURIN, June 9 - Italian workers occupied the company's factory in Bergamo "
                    "and its plant in Novara today, a union official said.", nlp)
    assert loc(f)[0] not in ("Bergamo", "Novara")


def test_a_ministry_employer_takes_its_workers_trade(nlp):
    f, _ = facts_of("Air traffic controllers began a go-slow on Monday to press the Aviation "
                    "Ministry for a new pay scale. Dozens of flights were delayed at the "
                    "main airport, their union said.", nlp)
    assert [e.value for e in f.employers] == ["Aviation Ministry"]
    assert f.industry is not None and f.industry.value == "transportation"


def test_headline_sector_survives_a_day_of_action(nlp):
    f, _ = facts_of("Dockers walked off the job at three ports as part of a day of action by "
                    "unions against the new labour law.", nlp, title="PORTS HIT BY DOCKERS' STRIKE")
    assert f.industry.value == "transportation"


@pytest.mark.parametrize("text,industry", [
    ("About 800 workers at the Hillcrest steel maker walked out on Monday over pay.",
     "manufacturing"),
    ("Staff at the Riverside bookstore chain went on strike on Saturday over pay.", "retail"),
    ("Ambulance crews and other first responders at Metro Care walked out on Friday.",
     "health_care"),
    ("Some 4,000 gold miners downed tools at the Western Reef mine on Tuesday.", "other"),
    ("Bank employees staged a one-day strike over pay on Friday, union officials said.",
     "other"),
    ("Coal miners at the state coal company called a 48-hour strike over layoffs.",
     "utilities_energy"),
    ("Some 2,000 workers at the car parts maker Halden Group downed tools for two hours on "
     "Tuesday in a warning strike over pay.", "manufacturing"),
    ("Lorry drivers at Brisk Haulage blocked the depot gates on Monday in a pay strike.",
     "transportation"),
    ("Customs officers at the northern crossings began a work-to-rule on Monday over pay.",
     "public_administration"),
])
def test_sector_words(nlp, text, industry):
    f, _ = facts_of(text, nlp)
    assert f.industry is not None and f.industry.value == industry


# --- wire datelines abroad ------------------------------------------------------------------
@pytest.mark.parametrize("dateline,expected", [
    ("NAIROBI, Kenya (AP) \u2014", ("Nairobi", None, "KE")),
    ("SEOUL, South Korea (AP) \u2014", ("Seoul", None, "KR")),
    ("MADRID (Reuters) -", ("Madrid", None, "ES")),
    ("BERLIN (AFP) -", ("Berlin", None, "DE")),
    ("PARIS (AFP) -", ("Paris", None, "FR")),
    # a country's name that is also a US state is the country only where the city is there
    ("TBILISI, Georgia (AP) \u2014", ("Tbilisi", None, "GE")),
    ("MACON, Georgia (AP) \u2014", ("Macon", "GA", "US")),
    # a US dateline of a large city stays in the US
    ("SEATTLE (AP) \u2014", ("Seattle", "WA", "US")),
])
def test_wire_dateline_of_another_agency(nlp, dateline, expected):
    # the body names the city again: abroad, a dateline named only once is a bureau's
    # (test_bureau_dateline_abroad_named_once_is_no_city)
    f, _ = facts_of(f"{dateline} Hundreds of workers at the Orvane Tools plant in {expected[0]} "
                    "walked off the job on Friday after talks on a new contract broke down, "
                    "their union said.", nlp)
    assert loc(f) == expected


# --- a wire bureau's dateline abroad ----------------------------------------------------------
@pytest.mark.parametrize("dateline,country", [
    ("LIMA, May 4 (Reuters) -", "PE"),  # a capital
    ("SAO PAULO, May 4 (Reuters) -", "BR"),  # a bureau elsewhere
])
def test_bureau_dateline_abroad_named_once_is_no_city(nlp, dateline, country):
    f, _ = facts_of(f"{dateline} Workers at the Cerro Alto copper mine in the southern "
                    "highlands walked off the job on Tuesday over safety, their union said.", nlp)
    assert loc(f) == (None, None, country)


def test_dateline_abroad_named_again_is_the_city(nlp):
    f, _ = facts_of("LIMA, May 4 (Reuters) - Bus drivers in Lima stopped work on Tuesday over "
                    "pay, leaving commuters across Lima stranded, their union said.", nlp)
    assert loc(f) == ("Lima", None, "PE")


def test_us_dateline_named_once_stays_the_city(nlp):
    f, _ = facts_of("DAYTON, Ohio (AP) \u2014 About 300 workers at the Brightline Axle plant "
                    "walked off the job on Monday over pay, their union said.", nlp)
    assert loc(f)[:2] == ("Dayton", "OH")


def test_employers_federation_action_has_no_city(nlp):
    f, ctx = facts_of("The metalworkers' union called a warning strike across the industry on "
                      "Tuesday after the metal employers' federation offered 2 percent. Rallies "
                      "were planned at a car plant in the northern city of Bremen.", nlp)
    assert loc(f)[0] is None


def test_ports_on_two_coasts_have_no_one_state(nlp):
    f, _ = facts_of("NEW YORK (AP) \u2014 Some 30,000 dockworkers will walk off the job at "
                    "midnight, shutting ports across the Atlantic and Gulf coasts, the union "
                    "said.", nlp)
    assert loc(f) == (None, None, "US")


def test_bc_abbreviation_is_the_province(nlp):
    f, _ = facts_of("The union representing B.C. public service workers has voted in favour of "
                    "a strike, which could begin as soon as Tuesday, its president said.", nlp)
    assert loc(f) == (None, "BC", "CA")


def test_a_newspapers_city_places_nothing(nlp):
    f, _ = facts_of("Reporters voted to authorize a strike, the guild said. It represents "
                    "workers at papers including the New York Times and the Denver Post.", nlp)
    assert loc(f)[:2] == (None, None)


def test_a_workplace_named_for_a_province_is_in_the_province(nlp):
    f, _ = facts_of("The union representing workers at Ontario Lakeland, Unifor Local 88, has "
                    "reached a tentative agreement with the Ontario crown corporation, averting "
                    "a strike.", nlp)
    assert loc(f) == (None, "ON", "CA")


@pytest.mark.parametrize("text,expected", [
    # a town below the gazetteer's size, named by its port under another city's dateline
    ("PERTH, June 4 - A stevedoring firm locked out about 400 dockers at Kwinana port "
     "today after they refused new rosters, the union said.", ("Kwinana", "WA", "AU")),
    ("PERTH, June 4 - About 300 waterside workers walked off the job at the Kwinana wharf "
     "today in a row over overtime, their union said.", ("Kwinana", "WA", "AU")),
    ("PERTH, June 4 - Dockers struck at the port of Kwinana today over a roster change, "
     "union officials said.", ("Kwinana", "WA", "AU")),
])
def test_a_small_port_town_under_a_city_dateline(text, expected, nlp):
    f, _ = facts_of(text, nlp)
    assert loc(f) == expected


def test_a_smelter_named_by_its_town_under_a_bureau_dateline(nlp):
    f, _ = facts_of("LIMA, March 3 - About 4,000 workers at the Huanuco smelter of Peru's state "
                    "mining company went on strike on Monday for a 30 pct wage rise, officials said. "
                    "Analysts in Lima said exports would suffer.", nlp)
    assert loc(f)[0] == "Huanuco"


@pytest.mark.parametrize("text,expected", [
    # several sites of one town: the town, not many places
    ("Cleaners and porters at two Leeds hospitals will stage a 48-hour strike next week in "
     "a row over pay, their union said.", ("Leeds", None, "GB")),
    ("Staff at all three Bristol depots walked out on Monday in a dispute over rosters, "
     "the union said.", ("Bristol", None, "GB")),
])
def test_several_sites_of_one_town_keep_the_town(text, expected, nlp):
    f, _ = facts_of(text, nlp)
    assert loc(f) == expected


@pytest.mark.parametrize("tail", [
    "The ministry said it could order arbitration if the stoppages spread to the firm's "
    "two other plants.",
    "The union threatened to extend the strike to three more factories next week.",
])
def test_a_feared_spread_does_not_spread_the_action(tail, nlp):
    f, _ = facts_of("Some 5,000 workers at South Korea's Gwangseong Motors walked out for four hours a shift "
                    "on Tuesday, halting lines at its main plant in Ulsan, the union said. "
                    + tail, nlp)
    assert loc(f)[0] == "Ulsan"


@pytest.mark.parametrize("text", [
    "HULL, England, June 2 - Dockers at the port of Hull began an overtime ban on Monday, "
    "and members employed by the Eastby Port Authority would refuse extra shifts, the union said.",
    "ANTWERP, June 2 - Dockers struck on Monday in a row over pay. An Antwerp port spokesman "
    "said ships were idle.",
])
def test_a_port_authoritys_name_or_a_sentence_opening_is_no_small_town(text, nlp):
    f, _ = facts_of(text, nlp)
    assert loc(f)[0] in ("Hull", "Antwerp", None)
    assert loc(f)[0] not in ("Eastby", "An Antwerp")


@pytest.mark.parametrize("text,city", [
    ("Osaka, Aug. 30 (Kyodo)--Drivers of the Hoshimaru Transit bus line will strike on Friday, "
     "halting services in Osaka for the first time in 20 years, their union said.", "Osaka"),
    ("Nagoya, March 4 (Jiji Press)--Workers at a Nagoya parts maker staged a walkout on "
     "Tuesday, the first at the plant in Nagoya since 1975.", "Nagoya"),
])
def test_a_wire_dateline_with_the_agency_run_into_the_text(text, city, nlp):
    f, _ = facts_of(text, nlp)
    assert loc(f)[:1] == (city,) and loc(f)[2] == "JP"


@pytest.mark.parametrize("text,city", [
    ("SEOUL, Aug 11 - A sit-in by welders at Hanmir Heavy Industries' shipyard in Ulsan spread "
     "on Tuesday. Hanmir shares fell on the Seoul Stock Exchange, dealers said.", "Ulsan"),
    ("SEOUL, May 2 - Some 3,000 workers struck the Daeil Steel steelworks in Pohang on Monday, "
     "the union said. Steel stocks fell in Seoul trading.", "Pohang"),
])
def test_a_shipyard_or_steelworks_named_with_its_town(text, city, nlp):
    f, _ = facts_of(text, nlp)
    assert loc(f)[0] == city


@pytest.mark.parametrize("text", [
    "TOKYO, May 3 - Workers at a Kanemori Seiki plant in Saitama Prefecture walked out on "
    "Tuesday over pay, the union said.",
    "Some 6,000 workers went on strike at a shoe factory in Saitama prefecture on Monday, "
    "local media said.",
])
def test_a_province_named_like_its_capital_is_no_city(text, nlp):
    f, _ = facts_of(text, nlp)
    assert loc(f)[0] != "Saitama" and loc(f)[2] == "JP"


def test_the_new_name_of_turkey(nlp):
    f, _ = facts_of("Staff at a news agency in Türkiye announced a strike on Wednesday over "
                    "a pay offer, their union said.", nlp)
    assert loc(f)[2] == "TR"


@pytest.mark.parametrize("tail", [
    "Dockers in Sydney and Melbourne walked off the job for two hours on Wednesday in sympathy.",
    "Wharf crews in Brisbane and Adelaide staged solidarity stoppages on Thursday.",
    "Seamen in Sydney, Melbourne and Hobart held a sympathy strike on Friday.",
])
def test_sympathy_action_in_other_cities_keeps_the_port(tail, nlp):
    f, _ = facts_of("Dockers locked out at Geelong\n\nA state-owned port operator in Victoria has "
                    "locked out 300 dockers in a row over rosters. The Bayside Ports Authority "
                    "shut the gates of its container terminal at Geelong on Tuesday after the "
                    "union imposed overtime bans. " + tail, nlp)
    assert loc(f)[0] == "Geelong" and loc(f)[2] == "AU"


@pytest.mark.parametrize("text", [
    "PERTH, Jan 5 - Some 400 dockers struck at the bulk terminal at Koorabup on Monday, "
    "halting grain loading, the union said. Ships were waiting off Koorabup, port officials said.",
    "Port workers walked out\n\nMore than 200 dockers stopped work at the container terminal "
    "at Koorabup in Western Australia on Tuesday over casual hiring.",
])
def test_a_small_port_town_abroad_named_by_its_terminal(text, nlp):
    f, _ = facts_of(text, nlp)
    assert loc(f)[0] == "Koorabup"


@pytest.mark.parametrize("lead", [
    "About 2,000 of the 3,000 workers at the El Roble mine near Quillamar went on strike "
    "yesterday after the owner offered a five pct pay rise, mining sources said.",
    "Copper output may fall in March because of a strike at the El Roble mine near Quillamar, "
    "mining industry sources said.",
])
def test_under_a_bureau_dateline_the_struck_site_beats_a_port_of_shipment(lead, nlp):
    f, _ = facts_of("SANTIAGO, March 10 - " + lead + " Most of the mine's copper is shipped "
                    "through the port of Valdoria.", nlp)
    assert loc(f)[0] == "Quillamar"


@pytest.mark.parametrize("text", [
    "A national strike over pension plans halted trains and flights across Norway on Monday. "
    "Flag carrier Oslo Airways said it had cancelled half its flights, and schools were shut.",
    "Norwegian unions staged a nationwide strike on Monday against pension cuts. Oslo Airways "
    "grounded most of its fleet as baggage handlers downed tools.",
])
def test_a_national_strike_takes_no_city_from_an_employers_name(text, nlp):
    f, _ = facts_of(text, nlp)
    assert loc(f)[0] is None and loc(f)[2] == "NO"


@pytest.mark.parametrize("text", [
    "Porters and cleaners at Bristol's three main hospitals are to stage a 48-hour strike next "
    "month in a row over pay, the union said.",
    "Staff at Bristol's two biggest depots walked out on Monday over rosters.",
])
def test_a_citys_own_sites_in_the_possessive_keep_the_city(text, nlp):
    f, _ = facts_of(text, nlp)
    assert loc(f)[0] == "Bristol"


def test_named_part_of_a_city_places_the_action_abroad():
    from picketline.extract import classify, parties, place
    from picketline.model import Article, ArticleFacts
    from picketline.nlp import Context, load_model
    text = ("Bank staff in Portugal to strike over pay\n\n"
            "Employees of Banco Aurelio and their union announced a strike on June 3 over pay.\n"
            "Union members picketed a branch of the bank in Lisbon's Alvalade neighbourhood "
            "on Tuesday to protest the offer.\n"
            "The union said the 2% offer was far below inflation.")
    ctx = Context(Article(id="t", text=text), load_model())
    f = ArticleFacts(id="t")
    f.employers = parties.employers(ctx)
    f.unions = parties.unions(ctx)
    loc = place.location(ctx, f)
    assert loc is not None and loc.value.city == "Lisbon"


def _probe(text: str, nlp) -> tuple:
    """The location of a whole article (first line, as in wire copy, is its headline)."""
    from picketline.extract import extract_article
    f = extract_article(Article(id="t", text=text), nlp)
    return loc(f)


@pytest.mark.parametrize("text,where", [
    # several workplaces of one town are not many places
    (" date 1988-04-11 CALGARY NURSES SET STRIKE DATE\n\nAbout 2,900 nurses at 18 Calgary "
     "hospitals will go on strike on April 25 unless a new contract is reached, the Alberta "
     "nurses' union said today.\n    The union is seeking a seven pct raise.",
     ("Calgary", "AB", "CA")),
    (" date 1988-03-08 NIGERIAN DOCTORS STRIKE OVER ALLOWANCES\n\nDoctors at Kano State's 12 "
     "general hospitals stayed away from work today in a strike over unpaid allowances, "
     "hospital officials said.\n    The Kano State Hospitals Management Board, which employs "
     "them, said the money would be paid soon.", ("Kano", None, "NG")),
    (" date 1988-06-02 SUGAR WORKERS VOTE FOR STRIKE\n\nWorkers at Tasman Cane Ltd's six mills "
     "around Bundaberg in Queensland have voted to give their union authority to strike during "
     "the crush, the union said today.", ("Bundaberg", "QLD", "AU")),
    # a workplace, or several, named with the town they stand in
    (" date 1988-11-14 TURKEY DEFERS TEXTILE STRIKE\n\nThe Turkish government today deferred "
     "for 60 days a strike by about 4,000 workers at Marmara Dokuma AS that was due to start at "
     "the company's two plants near Bursa, officials said.", ("Bursa", None, "TR")),
    (" date 1988-02-16 HOTEL WORKERS PICKET IN MANILA\n\nAbout 200 employees of the Golden Lotus "
     "Hotel in Pasig picketed the hotel's entrance for a second day today, demanding that "
     "management recognise their union.", ("Pasig", None, "PH")),
    (" date 1988-09-20 LOCKOUT TO CUT PULP OUTPUT\n\nSwedish paper maker Lakeland Massa AB said "
     "today its lockout of some 800 workers at its Umea pulp mill would cut output by about "
     "20,000 tonnes.", ("Umea", None, "SE")),
])
def test_the_town_of_the_struck_sites(text, where, nlp):
    assert _probe(text, nlp) == where


@pytest.mark.parametrize("text,where", [
    # abroad, a city named on its own places the action when the action is told there
    ("Nurses rally in Romanian capital\n\nThousands of nurses have marched through Bucharest "
     "to demand higher pay and more staff on hospital wards.\nOrganisers said 8,000 nurses "
     "from across Romania took part in the protest.", ("Bucharest", None, "RO")),
    # ... or the headline names it, under a nickname the gazetteer knows
    ("Bins overflow as Joburg walkout spreads\n\nWaste collection has stopped across much of "
     "Johannesburg, South Africa's largest city, after municipal workers began an indefinite "
     "strike over pay.\nThe union said 6,000 of its members had stayed away.",
     ("Johannesburg", None, "ZA")),
    # "the Ghanaian port city of <town>": the adjective is no town
    ("Ghana nurses' strike enters second day\n\nA strike by nurses at state hospitals in the "
     "Ghanaian port city of Takoradi has entered its second day.\nAbout 900 nurses walked out "
     "demanding higher pay.", ("Takoradi", None, "GH")),
    # a stoppage called off in one port, the strike going on in another
    (" date 1988-05-10 DOCKERS' STRIKE HITS SPANISH PORT\n\nStriking dockers brought the Basque "
     "port of Bilbao to a standstill today but called off a stoppage in the port of Valencia "
     "after winning the reinstatement of a sacked docker, union sources said.\n    The "
     "stoppage in Bilbao would go on tomorrow, a union official said.", ("Bilbao", None, "ES")),
])
def test_a_city_abroad_where_the_action_is_told(text, where, nlp):
    assert _probe(text, nlp) == where


@pytest.mark.parametrize("text", [
    # talks in the capital are not where the strike is
    " date 1988-09-20 PORTUGUESE DOCKERS STRIKE\n\nDockers at ports across Portugal went on "
    "strike today over job cuts, union officials said.\n    Talks in Lisbon on ending the "
    "strike broke down late last night, the union said.",
    # one city of a list is not the action's city
    " date 1988-03-02 STRIKES HALT TRAINS IN PORTUGAL\n\nRailway workers at the state railway "
    "went on strike today over pay.\n    Demonstrations last night led to clashes with police "
    "in Lisbon, Porto and Braga.",
])
def test_a_city_abroad_in_passing_is_not_the_actions(text, nlp):
    assert _probe(text, nlp)[0] is None


@pytest.mark.parametrize("text,city,country", [
    ("SAO PAULO, May 4 - Metalworkers at Forjas Brasilux walked out on Monday, shutting the "
     "company's Caxias do Sul plant, the union said.", "Caxias do Sul", "BR"),
    ("BUENOS AIRES, May 4 - Some 900 workers occupied the Textil Pampa mill in the city of "
     "Mar del Plata on Monday in a strike over unpaid wages, the union said.",
     "Mar del Plata", "AR"),
    ("CAXIAS DO SUL, Brazil, May 4 - About 2,000 workers at Rodaviva Carrocerias SA went on "
     "strike on Monday, halting the largest factory in Caxias do Sul, their union said.",
     "Caxias do Sul", "BR"),
    ("MADRID, May 4 - Dockers stopped work at the port of Santa Cruz de Tenerife on Monday in "
     "a strike over staffing, the union said.", "Santa Cruz de Tenerife", "ES"),
])
def test_city_names_with_a_particle(text, city, country, nlp):
    """Portuguese and Spanish names joined by 'de', 'do', 'da', 'del' are one city."""
    f, _ = facts_of(text, nlp)
    assert loc(f)[0] == city and loc(f)[2] == country


@pytest.mark.parametrize("text,city,state", [
    ("TOLEDO, Ohio, May 4 - About 400 drivers and warehouse workers at Phoenix Grocers Inc "
     "walked off the job on Monday after their contract expired, a spokesman for their "
     "union said. Phoenix said it would keep its 30 Ohio stores open.", "Toledo", "OH"),
    ("BOISE, Idaho, May 4 - Nurses at Aurora Care Partners began a two-day strike on Monday "
     "over staffing at the company's Idaho clinics, their union said.", "Boise", "ID"),
])
def test_town_in_a_firms_name_under_another_states_dateline(text, city, state, nlp):
    """A town's name opening a firm's name ('Phoenix Grocers') is a brand when the text
    places the story in another state: the dateline's city holds."""
    f, _ = facts_of(text, nlp)
    assert loc(f)[:2] == (city, state)


def test_town_in_a_firms_name_in_its_own_state_still_places_it(nlp):
    f, _ = facts_of("Nurses at Sacramento Valley Medical Group went on strike on Monday over "
                    "staffing, the California Nurses Association said.", nlp)
    assert loc(f)[:2] == ("Sacramento", "CA")


@pytest.mark.parametrize("text,expected", [
    ("Maintenance workers at St. John's airport walked off the job on Monday after talks "
     "with the airport authority broke down, their union said.", ("St. John's", "NL", "CA")),
    ("The strike at St. John's port entered its third week on Friday as dockers rejected "
     "the latest offer.", ("St. John's", "NL", "CA")),
])
def test_possessive_saints_name_is_the_city(text, expected, nlp):
    """'St. John's' is the city's whole name, not 'St. John' and a possessive."""
    f, _ = facts_of(text, nlp)
    assert loc(f) == expected


def test_embedded_post_naming_a_branch_town_places_nothing(nlp):
    """A social-media post quoted in web copy shows one branch's picket in passing."""
    text = ("Over 800 care workers in Ireland went on strike today in a dispute over pay "
            "restoration, SIPTU said.\n\nMembers from Willowbrae Care in Athlone on the picket line this "
            "morning. Striking for fair pay pic.twitter.com/Xy12Ab34 — Kell Union (@kellunion) "
            "March 3, 2021\n\nThe union said talks would resume next week.")
    f, _ = facts_of(text, nlp)
    assert loc(f)[0] is None
