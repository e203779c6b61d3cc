"""Invented short wire items (Reuters 1987 and BBC 2004-05 registers) for is_labor_action:
labor actions told in every common way (ended, called off, settled, a return to work, lightning
strikes, sit-ins, go-slows, overtime bans, work-to-rule, lockouts, general strikes, a strike
told inside a commodity or company story, in many countries) and their look-alikes
(explainers, opinion, history, a past strike in an earnings line, talks, pay deals, layoffs,
military strikes, strike prices, strikers in football, hunger strikes by prisoners, farmers'
and students' protests, a strike only forecast by an employers' body). Every name is invented
or generic; no text comes from an evaluation set."""
from __future__ import annotations

import textwrap


def reuters(date: str, headline: str, *paras: str) -> str:
    """A Reuters 1987-style item: the date line, hard-wrapped paragraphs (the first flush, the
    rest indented four spaces), and the REUTER sign-off."""
    lines = [f" date {date} {headline}"]
    for i, p in enumerate(paras):
        wrapped = textwrap.wrap(p, 62)
        if i:
            wrapped[0] = "    " + wrapped[0]
        lines += wrapped
    lines.append(" REUTER")
    return "\n".join(lines) + "\n"


def bbc(headline: str, *paras: str) -> str:
    """A BBC 2004-05-style item: the headline, a blank line, one paragraph a line."""
    return headline + "\n\n" + "\n\n".join(paras) + "\n"


LABOR: dict[str, str] = {
    # --- actions that ended, were called off, settled, or whose workers went back ----------
    "coal_mine_strike_ended": reuters(
        "1987-05-12", "COAL MINE STRIKE ENDS IN NATAL",
        "A 10-day strike at a coal mine ended today.",
        "The mine's owners, Tervane Collieries Ltd, said all 2,400 men were back underground "
        "on the morning shift."),
    "ten_day_strike_ended_bare": reuters(
        "1987-05-12", "STRIKE ENDS AT KOLWEZI MINE",
        "A 10-day strike at a coal mine ended today, the owners said."),
    "walkout_ended_port": reuters(
        "1987-03-18", "LE HAVRE DOCK STOPPAGE ENDS",
        "Dockers at Le Havre ended a 48-hour stoppage today and ships began loading again, "
        "port officials said.",
        "The stoppage was over manning levels on the container quays."),
    "called_off_steel": reuters(
        "1987-06-03", "BELGIAN STEEL STRIKE CALLED OFF",
        "The Socialist metalworkers' union said today it had called off a strike planned for "
        "Monday at the Valmont steel works near Liege after management agreed to reopen talks on "
        "job cuts."),
    "strike_settled_lisbon": reuters(
        "1987-04-22", "LISBON DOCK STRIKE SETTLED",
        "A two-week strike by dockers in Lisbon was settled today after the government agreed "
        "to a pay rise of 12 pct, port officials said.",
        "Loading of grain and coal ships will resume tomorrow."),
    "tin_miners_return": reuters(
        "1987-09-08", "BOLIVIAN TIN MINERS RETURN TO WORK",
        "About 6,000 tin miners returned to work today after a 15-day stoppage over wages, the "
        "state mining company said.",
        "The company said production at its four largest mines would be normal by the end of "
        "the week."),
    "bus_drivers_back_athens": reuters(
        "1987-02-17", "ATHENS BUS DRIVERS RETURN TO WORK",
        "Bus drivers in Athens went back to work today after a three-day strike for higher "
        "pay, ending traffic chaos in the Greek capital."),
    "strikers_back_ruhr": reuters(
        "1987-10-05", "WEST GERMAN STEELWORKERS END STOPPAGE",
        "The 4,000 striking workers at the Hallstein steel plant in Dortmund voted today to "
        "go back to work after management withdrew plans to close a rolling mill, the company "
        "said."),
    "rail_strike_settled_canada": reuters(
        "1987-08-29", "CANADIAN RAIL STRIKE SETTLED",
        "Canada's two national railways and their shopcraft unions reached an agreement today "
        "ending a week-long strike that halted grain shipments to the west coast, a union "
        "official said."),
    "bbc_strike_called_off": bbc(
        "Postal strike called off after pay deal",
        "A planned strike by postal workers in Scotland has been called off after the union "
        "accepted an improved pay offer.",
        "The Communication Workers Union said members would vote on the deal next week."),
    "bbc_strike_ends": bbc(
        "Council workers end strike",
        "Refuse collectors in Fordham have returned to work after a two-week strike over "
        "bonus payments.",
        "Rubbish had piled up in the streets during the dispute, the council said."),
    "bbc_walkout_ended": bbc(
        "Airport walkout ends",
        "Baggage handlers at Harlow airport have ended a 24-hour walkout which caused the "
        "cancellation of 40 flights.",
        "Their union said the staff were protesting against new shift patterns."),

    # --- lightning strikes, sit-ins, go-slows, overtime bans, work-to-rule, lockouts ------
    "lightning_strike_antwerp": reuters(
        "1987-04-07", "LIGHTNING STRIKE HALTS ANTWERP PORT",
        "Dockers at Antwerp staged a lightning strike today over manning levels, halting the "
        "loading of about 20 ships, port officials said."),
    "lightning_strike_rotterdam_body": reuters(
        "1987-04-09", "ROTTERDAM GRAIN TERMINAL HIT",
        "Port workers at Rotterdam's main grain terminal staged lightning strikes today in "
        "protest against redundancies, a terminal spokesman said.",
        "He said about 12 vessels were waiting to discharge."),
    "bbc_lightning_strike": bbc(
        "Dockers stage lightning strike",
        "Dockers at the port of Tilbury have staged a lightning strike in a row over "
        "overtime rates.",
        "The walkout lasted four hours, the port authority said."),
    "sit_in_oporto": reuters(
        "1987-03-11", "PORTUGUESE SHOE WORKERS OCCUPY FACTORY",
        "About 400 workers began a sit-in at a shoe factory in Oporto today to protest "
        "against three months of unpaid wages, their union said."),
    "bbc_sit_in": bbc(
        "Workers occupy car parts plant",
        "Staff at a car parts factory in Telford have begun a sit-in after the firm went into "
        "administration owing them three weeks' wages.",
        "About 150 workers are taking part."),
    "go_slow_customs": reuters(
        "1987-07-14", "GO-SLOW BY CUSTOMS OFFICERS DELAYS KENYAN EXPORTS",
        "A go-slow by customs officers at Mombasa has delayed tea and coffee exports for more "
        "than a week, exporters said today."),
    "go_slow_miners": reuters(
        "1987-06-19", "SOUTH AFRICAN GOLD MINERS STAGE GO-SLOW",
        "Miners at a gold mine near Welkom staged a go-slow today in protest against the "
        "dismissal of a shaft steward, the mine's owners said."),
    "overtime_ban_coal": reuters(
        "1987-01-20", "OVERTIME BAN HITS BRITISH COAL OUTPUT",
        "An overtime ban by pit deputies cut output at 30 collieries by 20 pct last week, the "
        "state coal board said today.",
        "The deputies' union imposed the ban two weeks ago in a dispute over a new "
        "disciplinary code."),
    "bbc_overtime_ban": bbc(
        "Firefighters begin overtime ban",
        "Firefighters in Merseyside have begun an overtime ban in protest at plans to cut "
        "night cover at six fire stations.",
        "The Fire Brigades Union said the ban would last until the plans were withdrawn."),
    "work_to_rule_greece": reuters(
        "1987-07-02", "GREEK AIR CONTROLLERS WORK TO RULE",
        "Greek air traffic controllers began a work-to-rule today, delaying flights at Athens "
        "airport by up to five hours, airport officials said.",
        "The controllers want a shorter working week."),
    "bbc_work_to_rule": bbc(
        "Teachers start work-to-rule",
        "Teachers in Northshire have started a work-to-rule in a row over workload.",
        "They will refuse to cover for absent colleagues or attend meetings after school."),
    "lockout_sweden": reuters(
        "1987-05-04", "SWEDISH EMPLOYERS LOCK OUT 20,000 WORKERS",
        "The Swedish employers' federation locked out 20,000 white-collar workers today in a "
        "pay dispute, closing offices in Stockholm and Gothenburg."),
    "lockout_ended": reuters(
        "1987-11-23", "DANISH PRINTERS' LOCKOUT ENDS",
        "A three-week lockout of 1,200 printers at Danish newspapers ended today after the "
        "graphical union accepted a new pay agreement, the employers said."),
    "bbc_lockout_hockey": bbc(
        "Ice hockey league locks out players",
        "The North Atlantic Hockey League has locked out its players after talks on a salary "
        "cap broke down.",
        "The players' association said the owners wanted to cut pay by a quarter."),

    # --- general and national strikes against a government --------------------------------
    "general_strike_ecuador": reuters(
        "1987-03-25", "ECUADOR UNIONS STAGE GENERAL STRIKE",
        "Ecuador's main labour federations staged a 24-hour general strike today against "
        "the government's austerity measures, closing shops and factories in Quito and "
        "Guayaquil."),
    "national_strike_peru": reuters(
        "1987-05-19", "PERU NATIONAL STRIKE CALLED FOR TUESDAY",
        "Peru's largest trade union confederation called a national strike for Tuesday "
        "against the government's wage policy, union leaders said today."),
    "general_strike_israel": reuters(
        "1987-12-01", "ISRAELI LABOUR FEDERATION HOLDS GENERAL STRIKE",
        "Israel's labour federation held a four-hour general strike today to protest against "
        "cuts in state spending, halting ports, banks and government offices."),
    "bbc_general_strike": bbc(
        "Nationwide strike over fuel prices",
        "The main union federation in Lagosia has begun a general strike over a rise in "
        "fuel prices.",
        "Banks, schools and markets were shut in the capital on Monday."),
    "general_strike_greece_shut": reuters(
        "1987-02-26", "GENERAL STRIKE SHUTS GREECE",
        "A general strike against the government's incomes policy shut banks, schools and "
        "public transport across Greece today.",
        "Workers' leaders said the stoppage was the largest since 1985."),

    # --- a strike told inside a commodity or company story --------------------------------
    "copper_output_strike": reuters(
        "1987-04-15", "ZAMBIAN COPPER OUTPUT FALLS",
        "Zambia's copper output fell 8,000 tonnes in March because of a strike by miners at "
        "the Kitwe division, the state mining company said today."),
    "force_majeure_copper": reuters(
        "1987-06-09", "CHILEAN COPPER MINE DECLARES FORCE MAJEURE",
        "The El Dorado copper mine declared force majeure on shipments today after a strike by "
        "2,000 workers entered its second week, trade sources said."),
    "force_majeure_short": reuters(
        "1987-06-09", "PERU COPPER MINE DECLARES FORCE MAJEURE",
        "Southern Andes Copper Corp has declared force majeure on copper shipments from its "
        "Huaycan mine because of a strike, the company said today."),
    "mine_shut_by_strike": reuters(
        "1987-08-03", "AUSTRALIAN COAL MINE SHUT",
        "The Moorabool coal mine in Queensland has been shut because of a strike, its owner "
        "Westgate Coal Ltd said today.",
        "The mine produces about three mln tonnes a year, mostly for export to Japan."),
    "sugar_loadings_port_strike": reuters(
        "1987-10-13", "BRAZIL SUGAR LOADINGS DELAYED",
        "Sugar loadings at Santos were delayed today by a strike of dock workers, shipping "
        "agents said.",
        "Eight ships were waiting to load about 120,000 tonnes of raw sugar."),
    "oil_output_strike_nigeria": reuters(
        "1987-07-28", "NIGERIAN OIL OUTPUT CUT",
        "Nigeria's crude oil output was cut by 200,000 barrels a day this week by a strike of "
        "oil workers at offshore platforms, industry sources said."),
    "cocoa_dock_strike": reuters(
        "1987-11-02", "IVORY COAST COCOA SHIPMENTS HALTED",
        "Cocoa shipments from Abidjan were halted today by a dock strike over pay, exporters "
        "said.",
        "About 30,000 tonnes of cocoa are waiting on the quays."),
    "refinery_stopped_strike": reuters(
        "1987-03-30", "FRENCH REFINERY HALTED",
        "The Donges refinery in western France was halted today by a stoppage of "
        "maintenance workers, the oil company said.",
        "The refinery has a capacity of 200,000 barrels a day."),
    "company_shares_strike": reuters(
        "1987-09-21", "VOLKER SHARES FALL ON STRIKE",
        "Shares in truck maker Volker AG fell 12 marks today after workers at its Bremen "
        "plant walked out over a new shift system, dealers said."),
    "nickel_strike_ongoing": reuters(
        "1987-06-30", "NICKEL PRICES RISE",
        "Nickel prices rose on the London Metal Exchange today as the strike at Norland "
        "Nickel's Sudbury mines entered its fourth week with no talks scheduled, dealers "
        "said.",
        "The 3,500 strikers are demanding a 6 pct pay rise."),

    # --- strikes in every country ---------------------------------------------------------
    "korea_walkout": reuters(
        "1987-08-10", "SOUTH KOREAN CAR WORKERS STRIKE",
        "About 10,000 workers at a car plant in Ulsan walked off the job today demanding "
        "higher wages and an independent union, company officials said."),
    "india_bank_strike": reuters(
        "1987-12-14", "INDIAN BANK EMPLOYEES STRIKE",
        "More than 500,000 bank employees in India went on a one-day strike today to press "
        "for higher allowances, closing most banks."),
    "yugoslav_stoppage": reuters(
        "1987-03-04", "YUGOSLAV WORKERS STOP WORK",
        "About 1,500 workers at an engineering plant in Zagreb stopped work today for a second "
        "day demanding higher pay, the Tanjug news agency said."),
    "argentina_teachers": reuters(
        "1987-04-28", "ARGENTINE TEACHERS STRIKE",
        "Argentine teachers began a 48-hour strike today, closing state schools across the "
        "country, union leaders said."),
    "philippine_strike_wave": reuters(
        "1987-09-15", "PHILIPPINE BREWERY WORKERS WALK OUT",
        "Workers at a brewery in Manila walked out today, the latest in a wave of strikes "
        "over wages, the labour ministry said."),
    "spain_dockers_downed_tools": reuters(
        "1987-05-06", "SPANISH DOCKERS DOWN TOOLS",
        "Dockers at Bilbao downed tools today for 24 hours in protest against a plan to "
        "privatise cargo handling, port sources said."),
    "bbc_doctors_strike_india": bbc(
        "Junior doctors strike in Mumbai",
        "Junior doctors at state hospitals in Mumbai have gone on strike after a colleague was "
        "attacked by a patient's relatives.",
        "Only emergency wards are working."),
    "bbc_wildcat_strike": bbc(
        "Wildcat strike at engine plant",
        "Production has halted at an engine plant in Bridgend after 300 workers staged a "
        "wildcat strike over the sacking of a colleague."),
    "pilots_strike_grounds": reuters(
        "1987-07-21", "PILOTS' STRIKE GROUNDS AIRLINE",
        "A strike by pilots grounded all domestic flights of Aerolineas Australes today, the "
        "airline said."),
    "bank_workers_end_strike_brazil": reuters(
        "1987-09-30", "BRAZIL BANK WORKERS END STRIKE",
        "Brazilian bank workers ended an eight-day strike today after accepting a 20 pct "
        "pay rise, their union said."),
    "wage_strike_korea_threat": reuters(
        "1987-08-14", "KOREAN SHIPYARD UNION THREATENS STRIKE",
        "The union at a South Korean shipyard threatened today to strike next week unless "
        "management agreed to a 25 pct pay rise."),
}


NOT_LABOR: dict[str, str] = {
    # --- explainers, opinion, history -----------------------------------------------------
    "explainer": bbc(
        "Q&A: What happens when workers strike?",
        "What is a strike? A strike is when workers refuse to work, usually to press for "
        "better pay or conditions.",
        "Can you be sacked for striking? If you take part in lawful industrial action you are "
        "protected from dismissal for 12 weeks.",
        "Do you get paid? No, employers do not have to pay you while you are on strike."),
    "opinion": bbc(
        "Strikes are no answer",
        "I have always believed that strikes hurt the workers who take part in them more "
        "than anyone else.",
        "I think unions should talk, not walk out. In my view the strike is a weapon of the "
        "past."),
    "history_1926": bbc(
        "Remembering the general strike",
        "In 1926 some 1.7 million workers took part in the general strike, which lasted nine "
        "days.",
        "The miners stayed out for months afterwards, and were eventually forced back to work "
        "on worse terms."),
    # --- a past strike in an earnings line, talks, pay deals, layoffs ---------------------
    "earnings_past_strike": reuters(
        "1987-04-23", "GRANVILLE STEEL CORP 1ST QTR NET",
        "Shr 45 cts vs loss 12 cts",
        "Net 12.4 mln vs loss 3.3 mln",
        "Revs 412.2 mln vs 356.1 mln",
        "NOTE: Year-ago results were hurt by a strike at the company's Ohio plant."),
    "earnings_strike_cost": reuters(
        "1987-03-02", "MORLAND MINING LTD YEAR NET",
        "Shr 1.12 dlrs vs 1.45 dlrs",
        "Net 48.1 mln vs 62.3 mln",
        "Sales 512.4 mln vs 533.0 mln",
        "NOTE: 1986 net includes loss of 9.2 mln dlrs from a strike at the Elk Ridge mine in "
        "the third quarter."),
    "contract_talks": reuters(
        "1987-07-07", "CARMAKER AND UNION OPEN CONTRACT TALKS",
        "Westfield Motors Corp and the auto workers union opened talks today on a new "
        "three-year contract covering 90,000 workers.",
        "Both sides said they expected the talks to be difficult but constructive."),
    "pay_deal": reuters(
        "1987-02-09", "DUTCH METAL WORKERS GET 2 PCT PAY RISE",
        "Dutch metal industry employers and unions agreed today on a two-year contract giving "
        "250,000 workers a pay rise of two pct a year, the employers' federation said."),
    "union_strikes_pay_deal": reuters(
        "1987-06-16", "UNION STRIKES PAY DEAL WITH CARMAKER",
        "The engineering union struck a two-year pay deal with Larkin Motors today, giving "
        "12,000 workers rises of 7 pct, the company said."),
    "layoffs": reuters(
        "1987-10-20", "HARBOURNE ELECTRIC TO CUT 2,000 JOBS",
        "Harbourne Electric Co said today it would cut 2,000 jobs at its appliance plants over "
        "the next year because of falling demand.",
        "The union said it would fight the cuts."),
    # --- other senses of strike ------------------------------------------------------------
    "military_strike": reuters(
        "1987-04-18", "JETS STRIKE GUERRILLA BASES",
        "Government jets struck guerrilla bases in the north today, killing at least 20 "
        "rebels, military sources said.",
        "It was the third air strike this week."),
    "strike_prices": reuters(
        "1987-03-12", "CBOE LISTS NEW OPTION STRIKE PRICES",
        "The Chicago Board Options Exchange said it would list new strike prices of 45 and 50 "
        "dlrs on options of Norcross Inc starting today."),
    "football_striker": bbc(
        "Rovers sign striker",
        "Northfield Rovers have signed the striker Danny Coles from Ashford on a two-year deal.",
        "The 24-year-old scored 18 goals last season."),
    "struck_a_deal": reuters(
        "1987-08-11", "OILFIELD SUPPLIER STRIKES DEAL",
        "Brenner Offshore Inc said today it had struck a deal to supply drilling equipment "
        "worth 40 mln dlrs to a North Sea operator."),
    "gold_strike": reuters(
        "1987-06-25", "CANADIAN PROSPECTOR REPORTS GOLD STRIKE",
        "Lakeview Explorations Ltd said today it had made a significant gold strike on its "
        "property in northern Ontario, with assays of up to 0.4 ounce a ton."),
    "lightning_weather": bbc(
        "Church hit by lightning strike",
        "A lightning strike has damaged the spire of a church in Wells during a thunderstorm.",
        "Fire crews were called to the scene at 0300 BST."),
    "bowling": bbc(
        "Bowler rolls perfect game",
        "A 70-year-old bowler from Dunmore has rolled 12 straight strikes for a perfect game.",
        "He said it was the best night of his life."),
    # --- non-workers' actions --------------------------------------------------------------
    "hunger_strike_prisoners": reuters(
        "1987-05-27", "PRISONERS ON HUNGER STRIKE",
        "About 60 political prisoners at a jail in the south began a hunger strike today "
        "demanding their release, a human rights group said."),
    "bbc_hunger_strike_detainees": bbc(
        "Detainees on hunger strike",
        "Twelve detainees at an immigration centre have gone on hunger strike in protest "
        "against their detention, campaigners say."),
    "farmers_protest": reuters(
        "1987-02-03", "FRENCH FARMERS BLOCK ROADS",
        "French farmers blocked roads with tractors today in protest against low milk prices, "
        "police said."),
    "students_strike": reuters(
        "1987-01-14", "SPANISH STUDENTS STRIKE",
        "Thousands of secondary school students went on strike today and marched in Madrid "
        "demanding the abolition of university entrance exams."),
    "employers_warn_of_strikes": reuters(
        "1987-09-02", "EMPLOYERS WARN OF STRIKE WAVE",
        "The Confederation of Industry warned today that a wave of strikes could follow if "
        "the government lifted wage controls at the end of the year."),
    "shopkeepers_strike_threat": reuters(
        "1987-10-27", "SHOPKEEPERS THREATEN SHUTDOWN",
        "The national shopkeepers' association threatened today to close all shops for 24 "
        "hours in protest against a new sales tax."),
}


# a second batch: the strike as the cause in commodity and company copy (no workers or union
# named), sport's labor disputes, and more look-alikes
LABOR.update({
    "shipments_suspended_strike": reuters(
        "1987-05-20", "CHILEAN PORT SHIPMENTS SUSPENDED",
        "Copper shipments from the port of San Felipe were suspended today because of a "
        "strike, shipping sources said.",
        "About 40,000 tonnes of cathodes are awaiting loading."),
    "smelter_halted_by_strike": reuters(
        "1987-03-16", "CANADIAN ZINC SMELTER HALTED BY STRIKE",
        "Output at Northern Zinc Ltd's Trail Creek smelter was halted by a strike on Monday, "
        "the company said.",
        "The smelter produces about 250,000 tonnes of zinc a year."),
    "mine_closed_since_strike": reuters(
        "1987-06-22", "PERU MINE REMAINS CLOSED",
        "The Cerro Alto silver mine has been closed since June 3 by a strike, the operator "
        "Minera Andina SA said today.",
        "It did not say when production would resume."),
    "strike_bound_operations": reuters(
        "1987-07-08", "INCOVALE SAYS SUDBURY STILL STRIKEBOUND",
        "Incovale Ltd said today its Sudbury nickel operations remained strikebound and it had "
        "declared force majeure on deliveries to some customers."),
    "strike_hit_mine_resumes": reuters(
        "1987-09-01", "STRIKE-HIT CHILEAN MINE RESUMES OUTPUT",
        "The Rio Blanco copper mine resumed production today after a 12-day strike, the "
        "state copper company said."),
    "refinery_closed_strike_began": reuters(
        "1987-02-11", "ECUADOR REFINERY CLOSED",
        "Ecuador's main oil refinery at Esmeraldas was closed today by a strike which began on "
        "Friday, the state oil company said."),
    "owing_to_strike_output": reuters(
        "1987-04-30", "INDIAN COAL OUTPUT DOWN",
        "India's coal output fell 4.5 pct in March owing to a strike at mines in Bihar, the "
        "energy ministry said today."),
    "strike_continuing_mine": reuters(
        "1987-08-19", "GRANITE PEAK SAYS STRIKE CONTINUES AT COPPER MINE",
        "Granite Peak Mining Corp said a strike at its Mission Creek copper mine in Arizona was "
        "continuing and no talks were scheduled.",
        "The mine normally produces about 90,000 tons of copper a year."),
    "grain_loadings_stopped": reuters(
        "1987-12-07", "ARGENTINE GRAIN LOADINGS STOPPED",
        "Grain loadings at Rosario were stopped today by a 24-hour strike of port workers "
        "protesting against a government decree, trade sources said."),
    "bbc_production_hit": bbc(
        "Carmaker's output hit by strike",
        "Production at Torvan's plant in Valencia has been hit by a strike, the carmaker has "
        "said.",
        "It said it had lost output of 2,000 cars so far."),
    "freight_rates_port_strike": reuters(
        "1987-03-24", "FREIGHT RATES FIRM ON AUSTRALIAN PORT STRIKE",
        "Grain freight rates from Australia firmed today as a strike closed the ports of "
        "Fremantle and Geelong for a third day, shipbrokers said."),
    "sugar_mills_strike_cuts": reuters(
        "1987-10-02", "MAURITIUS SUGAR CROP DELAYED",
        "A strike at sugar mills has delayed the start of the Mauritius cane crush by a week, "
        "industry officials said today."),
    "bbc_lockout_ends_hockey": bbc(
        "Hockey lockout ends after deal",
        "The North Atlantic Hockey League's lockout has ended after the owners and the players' "
        "union agreed a new labour deal.",
        "The season will start on 20 January."),
    "bbc_footballers_strike_threat": bbc(
        "Footballers threaten strike over TV money",
        "Professional footballers could strike before Christmas after talks with the league "
        "over a share of television money broke down, their union said."),
})

NOT_LABOR.update({
    "strike_force": reuters(
        "1987-06-04", "POLICE STRIKE FORCE SEIZES COCAINE",
        "A police strike force seized 200 kilos of cocaine in raids in Miami today, "
        "officials said."),
    "preemptive_strike": bbc(
        "Minister rules out pre-emptive strike",
        "The defence minister has ruled out a pre-emptive strike on rebel camps across the "
        "border."),
    "stocks_rallied": reuters(
        "1987-01-22", "TOKYO STOCKS RALLY",
        "Tokyo stocks rallied strongly today on buying by investment trusts, dealers said."),
    "residents_protest": bbc(
        "Residents protest over airport",
        "Hundreds of residents have marched through Ferndale in protest against plans for a "
        "second runway at the airport."),
    "hunger_strike_students": bbc(
        "Students on hunger strike",
        "Five students at Harwick university have begun a hunger strike in protest against a "
        "rise in tuition fees."),
    "striker_injury": bbc(
        "Striker out for season",
        "City striker Paulo Mendes will miss the rest of the season with a knee injury, the "
        "club said.",
        "The Brazilian struck twice in Saturday's win over Rovers."),
    "struck_oil": reuters(
        "1987-05-14", "OFFSHORE DRILLER STRIKES OIL",
        "Pelican Exploration Ltd said today its Kestrel-2 well in the Timor Sea struck oil at "
        "2,300 metres."),
    "earnings_bbc_past_strike": bbc(
        "Airline profits soar",
        "Profits at Skyway Airlines rose 40% in the year to March, despite the cost of last "
        "summer's strike by check-in staff.",
        "Chief executive Mark Bell said passenger numbers were up 8%."),
    "bbc_layoffs": bbc(
        "Chipmaker to axe 600 jobs",
        "Chipmaker Silvertech is to cut 600 jobs at its plant in Newport, blaming falling "
        "prices.",
        "The Amicus union said it was a devastating blow for the workers."),
    "court_strike_down": reuters(
        "1987-11-10", "COURT STRIKES DOWN TAX LAW",
        "The Supreme Court struck down a state tax on out-of-state trucking firms today."),
    "truckers_owner_shutdown": reuters(
        "1987-10-29", "COLOMBIAN TRUCK OWNERS THREATEN STOPPAGE",
        "Colombia's truck owners' association threatened today to halt freight services "
        "nationwide for 48 hours unless the government cut diesel prices."),
    "labour_minister_on_strikes": reuters(
        "1987-08-26", "BRITISH STRIKE FIGURES LOWEST SINCE 1930S",
        "The number of working days lost through strikes in Britain fell to 1.9 mln last year, "
        "the lowest since 1938, the Department of Employment said today."),
})


# a third batch: stoppages without the word strike, workers' marches and hunger strikes, warning
# strikes, stay-aways; and other senses of struck, rallies of parties, walking out of talks
LABOR.update({
    "output_halted_stopped_work": reuters(
        "1987-02-24", "CARMAKER HALTS OUTPUT AT DAGENHAM",
        "Norbury Motors halted production at its Dagenham plant today after 2,000 assembly "
        "workers stopped work in a dispute over bonuses, a company spokesman said."),
    "controllers_stoppage_flights": reuters(
        "1987-06-11", "FRENCH FLIGHTS DISRUPTED",
        "A 24-hour stoppage by air traffic controllers disrupted flights across France today, "
        "airport officials said."),
    "bbc_industrial_action_museum": bbc(
        "Museum staff take industrial action",
        "Staff at the national museums in Cardiff are taking industrial action over pay, "
        "closing galleries on Saturday."),
    "steelworkers_march": reuters(
        "1987-04-03", "SPANISH STEELWORKERS MARCH AGAINST CLOSURE",
        "About 5,000 steelworkers marched through Sagunto today to protest against plans to "
        "close the town's blast furnace, police said."),
    "miners_hunger_strike": reuters(
        "1987-10-16", "SACKED MINERS BEGIN HUNGER STRIKE",
        "Twenty sacked miners began a hunger strike today at the gates of the Santa Ana mine "
        "to demand their reinstatement, their union said."),
    "warning_strikes_germany": reuters(
        "1987-03-05", "WEST GERMAN METALWORKERS STAGE WARNING STRIKES",
        "Some 150,000 metalworkers staged warning strikes at 400 companies today to back their "
        "demand for a 35-hour week, the union said."),
    "stay_away_south_africa": reuters(
        "1987-05-06", "MILLIONS STAY AWAY FROM WORK IN SOUTH AFRICA",
        "Millions of black workers stayed away from work today in a two-day protest against "
        "whites-only elections, employers said."),
    "sit_down_strike": reuters(
        "1987-11-18", "ARGENTINE MEAT PACKERS STAGE SIT-DOWN STRIKE",
        "Workers at three meat packing plants in Buenos Aires staged a sit-down strike today "
        "over unpaid wages, the meat workers' federation said."),
    "strike_enters_third_day_refinery": reuters(
        "1987-09-09", "KESTREL REFINERY STRIKE ENTERS THIRD DAY",
        "The strike at the Kestrel refinery near Antwerp entered its third day today with no "
        "sign of talks, the company said."),
    "seamen_strike_enters_week": reuters(
        "1987-02-27", "BRAZILIAN SEAMEN'S STRIKE ENTERS THIRD WEEK",
        "A strike by Brazilian seamen entered its third week today, leaving 180 ships idle in "
        "the ports, the merchant marine authority said."),
    "union_sets_deadline": reuters(
        "1987-07-30", "AUSTRALIAN PILOTS SET STRIKE DEADLINE",
        "Australian domestic airline pilots will strike from Monday unless their employers "
        "agree to a 30 pct pay claim, the pilots' federation said today."),
    "bbc_talks_to_avert": bbc(
        "Talks to avert Tube strike",
        "Talks are being held to avert a 48-hour strike by Underground drivers planned for "
        "next week."),
})

NOT_LABOR.update({
    "quake_struck": reuters(
        "1987-03-06", "EARTHQUAKE HITS NORTHERN PERU",
        "An earthquake struck northern Peru today, killing at least 12 people and destroying "
        "hundreds of homes, officials said."),
    "tragedy_struck": bbc(
        "Village mourns after tragedy",
        "Tragedy struck the village of Elmsworth when a fire swept through a farmhouse."),
    "labour_party_rally": bbc(
        "Blair rallies Labour faithful",
        "The prime minister told a Labour rally in Manchester that the party's record on jobs "
        "and the economy would win the election."),
    "walked_out_of_talks_trade": reuters(
        "1987-06-29", "EC DELEGATES WALK OUT OF FARM TALKS",
        "European Community delegates walked out of farm trade talks in Geneva today after the "
        "United States refused to discuss export subsidies."),
    "striking_contrast": bbc(
        "Shares in retailer slide",
        "In a striking contrast with its rivals, Marlowe's shares fell 8% after weak Christmas "
        "sales.",
        "The company said it would close 20 stores."),
    "strike_rate_cricket": bbc(
        "Bowler's strike rate impresses",
        "The young fast bowler has a strike rate of one wicket every 40 balls this season.",
        "He took five wickets in the first innings."),
    "protesters_storm": reuters(
        "1987-12-11", "PROTESTERS STORM PARLIAMENT",
        "Several hundred protesters stormed parliament in the capital today demanding the "
        "resignation of the prime minister, police said."),
})


# a fourth batch: more of the wire's ways (transport strikes, striking miners, a strike closing a
# mine) and the 1987 tanker war and other senses that stop shipments too
LABOR.update({
    "transport_strike_manila": reuters(
        "1987-08-26", "TRANSPORT STRIKE PARALYSES MANILA",
        "A transport strike over fuel price rises paralysed Manila today, leaving thousands "
        "of commuters stranded, police said."),
    "strike_closes_mine": reuters(
        "1987-07-22", "STRIKE CLOSES CHILEAN COPPER MINE",
        "A strike closed the Los Robles copper mine today, the company said.",
        "The mine produces about 60,000 tonnes of copper a year."),
    "striking_miners_clash": reuters(
        "1987-09-04", "STRIKING MINERS CLASH WITH POLICE",
        "Striking coal miners clashed with police outside the Heerlen pits today, injuring "
        "several officers."),
    "one_hour_stoppage": reuters(
        "1987-10-08", "ITALIAN RAIL STAFF HOLD STOPPAGE",
        "Italian railway staff held a one-hour stoppage today to protest against a new "
        "timetable, disrupting services in Milan and Turin."),
    "greek_dockers_48_hour": reuters(
        "1987-04-13", "GREEK DOCKERS TO STAGE 48-HOUR STRIKE",
        "Greek dockers will stage a 48-hour strike from Thursday to protest against a "
        "government plan to reorganise the ports, their federation said today."),
    "seamen_vote": reuters(
        "1987-01-29", "BRITISH SEAMEN VOTE FOR STRIKE",
        "Seamen on cross-Channel ferries have voted for a strike over manning levels, the "
        "seamen's union said today."),
    "bank_strike_spreads": reuters(
        "1987-09-17", "BRAZIL BANK STRIKE SPREADS",
        "A strike by bank employees spread to Rio de Janeiro today, closing most branches in "
        "the country's two largest cities."),
    "court_orders_end": reuters(
        "1987-05-28", "COURT ORDERS END TO AIRPORT STRIKE",
        "A labour court today ordered baggage handlers at Frankfurt airport to end their "
        "strike, which has delayed hundreds of flights."),
    "bbc_cabin_crew_walkout": bbc(
        "Cabin crew walkout disrupts flights",
        "A walkout by cabin crew at Albion Air has forced the cancellation of 30 flights from "
        "Gatwick.",
        "The crew are angry about changes to their rosters."),
})

NOT_LABOR.update({
    "tanker_strikes_gulf": reuters(
        "1987-06-15", "GULF SHIPPING HIT",
        "Strikes on tankers by Iraqi jets disrupted shipments from Iran's Kharg Island "
        "terminal today, shipping sources said."),
    "warplanes_struck_tankers": reuters(
        "1987-05-19", "IRAQ SAYS IT HIT TWO TANKERS",
        "Iraq said its warplanes struck two large tankers near Kharg Island today, and oil "
        "loadings at the terminal were halted."),
    "strikes_gold_sport": bbc(
        "Runner strikes gold in Madrid",
        "Britain's Jane Holt won the 10,000m in Madrid on Sunday in a personal best time."),
    "desert_strike_operation": reuters(
        "1987-02-02", "EXERCISE DESERT STRIKE BEGINS",
        "Some 20,000 troops began the military exercise Desert Strike in the Mojave today, "
        "army officials said."),
    "arts_film_miners": bbc(
        "Miners' strike film wins award",
        "A film about a Yorkshire pit village during the miners' strike has won the best "
        "film award at the Ashfield festival.",
        "The film, directed by Sally Crane, opens in cinemas next month.",
        "The film's stars include Tom Wade as a striking miner.",
        "Critics have praised the film's humour."),
    "earnings_output_recovered": reuters(
        "1987-02-19", "COPPERVALE MINING 4TH QTR NET",
        "Shr 32 cts vs loss 15 cts",
        "Net 8.1 mln vs loss 3.9 mln",
        "Revs 122.4 mln vs 95.0 mln",
        "NOTE: 1986 fourth quarter output was cut by a strike at the company's Eagle mine "
        "that ended in November."),
})


# a fifth batch: BBC 2004-05 business copy (production stopped at a carmaker's plant, unions'
# days of action, a strike suspended, protests against a government plan)
LABOR.update({
    "bbc_production_stopped_sixth_day": bbc(
        "Car plant protest enters sixth day",
        "Workers at Kraftwagen's plant in Essenburg have stopped production for a sixth day "
        "in protest at plans to cut 10,000 jobs in Europe.",
        "Management said the stoppage had cost the firm 6,000 cars."),
    "bbc_italy_general_strike": bbc(
        "Italians strike over pension reform",
        "Millions of Italian workers have joined a general strike against the government's "
        "plans to raise the retirement age.",
        "Trains, flights and ferries were cancelled across the country."),
    "bbc_unions_suspend_strike": bbc(
        "Unions suspend fuel price strike",
        "The Lagosian Labour Congress has suspended a general strike over fuel prices after "
        "four days, following a court order.",
        "Shops and banks reopened in the capital on Friday."),
    "bbc_day_of_action": bbc(
        "Civil servants stage day of action",
        "Tens of thousands of civil servants have walked out in a day of action over plans to "
        "cut 100,000 jobs.",
        "Job centres and benefit offices were closed across the country."),
    "bbc_french_protest_35_hours": bbc(
        "French workers protest over hours",
        "Hundreds of thousands of French workers have marched in cities across France to "
        "protest against plans to relax the 35-hour working week.",
        "Unions said 500,000 people took part."),
    "bbc_strike_ballot": bbc(
        "Airport staff to ballot on strike",
        "Check-in and baggage staff at Northway airports are to be balloted on strike action "
        "over pensions, the GMB union has said."),
})

NOT_LABOR.update({
    "bbc_pay_deal_accepted": bbc(
        "Rail staff accept pay offer",
        "Rail workers have accepted a pay offer of 3.5% a year for two years, their union has "
        "said.",
        "The deal covers 8,000 staff at Midway Trains."),
    "bbc_union_merger": bbc(
        "Unions agree to merge",
        "Two of the largest unions in Britain have agreed to merge, creating a union with 2 "
        "million members.",
        "The new union will be the biggest in the private sector."),
    "bbc_minimum_wage": bbc(
        "Minimum wage to rise",
        "The minimum wage is to rise to £5.05 an hour from October, the government has "
        "announced.",
        "Unions welcomed the rise but said it did not go far enough."),
})


# a sixth batch: longer items, where the action is one of several matters, or only a passing one
LABOR.update({
    "long_copper_market_strike": reuters(
        "1987-06-16", "COPPER PRICES RISE ON SUPPLY FEARS",
        "Copper prices rose sharply on the London Metal Exchange today on fears of supply "
        "disruption in Chile and Peru, dealers said.",
        "Three-month copper closed at 1,010 stg a tonne, up 22 stg on the day.",
        "Dealers said the market was worried by a strike at the Cerro Verde mine in Peru, "
        "which entered its second week today, and by talk of a stoppage at Chilean mines next "
        "month when wage contracts expire.",
        "Stocks in LME warehouses fell 4,250 tonnes to 142,300 tonnes.",
        "Dealers said the strike had cut Peruvian output by about 10,000 tonnes a month.",
        "Aluminium and zinc were steady in thin trading."),
    "long_general_strike_politics": reuters(
        "1987-03-19", "BOLIVIA'S UNIONS STAGE STRIKE AGAINST AUSTERITY",
        "Bolivia's main labour federation staged a 48-hour general strike today against the "
        "government's economic policies, paralysing mining and public transport.",
        "The federation is demanding wage rises to compensate for price increases since "
        "January.",
        "Labour Minister Juan Ortega said the stoppage was political and that the government "
        "would not negotiate under pressure.",
        "Police arrested about 40 union leaders in La Paz, the federation said.",
        "The government says its austerity programme has cut inflation from 20,000 pct in "
        "1985 to about 60 pct.",
        "Diplomats said the strike was the biggest challenge to the government this year."),
    "long_company_dispute": bbc(
        "Carmaker hit by walkout",
        "Production at Torvan's Longbridge plant was halted on Tuesday after 1,500 workers "
        "walked out in a row over bonuses.",
        "The company said about 800 cars had been lost.",
        "Torvan has been struggling with falling sales in Europe, where its market share has "
        "dropped to 4%.",
        "It is also in talks with a Chinese carmaker about a partnership.",
        "A spokesman said the company hoped the workers would return on Wednesday.",
        "The Amicus union said the dispute was about broken promises."),
})

NOT_LABOR.update({
    "long_country_survey": reuters(
        "1987-08-06", "PERU ECONOMY SEEN SLOWING",
        "Peru's economy will grow by about 4 pct this year, down from 8.5 pct in 1986, "
        "central bank president Luis Mendez said today.",
        "He said inflation would be about 90 pct.",
        "Mendez said the main risks to the outlook were lower metal prices, a shortage of "
        "foreign exchange and labour unrest, including strikes in the mining sector.",
        "The government has frozen prices on basic foods.",
        "Peru's foreign debt is about 14 billion dlrs."),
    "long_election_general_strike_mention": bbc(
        "Opposition leader launches campaign",
        "The opposition leader, Maria Santos, has launched her election campaign with a "
        "promise to cut taxes and create 500,000 jobs.",
        "She told supporters in the capital that the government had failed the country.",
        "Ms Santos rose to prominence as a student leader in the 1980s, when she helped "
        "organise a general strike that brought down the military regime.",
        "Polls suggest the election, due in April, will be close.",
        "The governing party says its record on the economy speaks for itself."),
    "long_union_conference": bbc(
        "Union chief attacks government",
        "The leader of the public sector union Unison has attacked the government's plans "
        "for public services at the union's annual conference.",
        "Dave Prentis told delegates in Bournemouth that privatisation had failed.",
        "He said the union would campaign against the plans.",
        "Delegates will debate motions on pensions, pay and the health service this week.",
        "Ministers say the reforms will improve services."),
    "long_airline_outlook": reuters(
        "1987-04-01", "AIRLINE EXPECTS HIGHER PROFIT",
        "Pan Pacific Airlines expects higher profits this year on rising passenger traffic, "
        "chairman Robert Lin told shareholders today.",
        "He said the airline would take delivery of four new aircraft.",
        "Last year's results were hurt by a two-week strike by pilots in March, he said.",
        "Traffic rose 12 pct in the first quarter.",
        "The airline's shares rose 20 cents to 5.40 dlrs."),
})


# a seventh batch: actions averted or ended told in the headline's own words, and the other
# senses of lockout, sit-in and walking out
LABOR.update({
    "strike_averted_headline": reuters(
        "1987-11-30", "DUTCH PORT STRIKE AVERTED",
        "A threatened strike at Rotterdam port was averted today when employers and the "
        "transport union agreed on new manning rules, a union spokesman said."),
    "agreement_ends_strike": reuters(
        "1987-06-24", "AGREEMENT ENDS NEW ZEALAND MEAT STRIKE",
        "An agreement reached today ended a three-week strike at New Zealand freezing works "
        "that had halted lamb exports, the meat workers' union said."),
    "strike_threat_lifted": reuters(
        "1987-03-31", "FINNISH STRIKE THREAT LIFTED",
        "Finland's paper workers' union lifted its threat to strike from Wednesday after "
        "employers raised their pay offer, the union said today."),
    "strike_over_headline": bbc(
        "Bin strike over as deal agreed",
        "Bin collections will resume in Ashbury on Monday after striking refuse workers "
        "accepted a new pay deal."),
    "bbc_strike_fears_shares": bbc(
        "Strike fears hit airline shares",
        "Shares in Albion Air fell 5% after its pilots' union said it would ballot members on "
        "strike action over pensions."),
})

NOT_LABOR.update({
    "computer_lockout": bbc(
        "Customers locked out of online accounts",
        "Thousands of customers of Ridgeway Bank were locked out of their online accounts on "
        "Monday after a computer fault.",
        "The bank apologised and said the problem had been fixed."),
    "students_sit_in": bbc(
        "Students stage sit-in over fees",
        "About 200 students have begun a sit-in at Harwick university in protest against "
        "higher tuition fees."),
    "mps_walk_out": reuters(
        "1987-07-15", "OPPOSITION WALKS OUT OF PARLIAMENT",
        "Opposition MPs walked out of parliament today in protest against a government bill "
        "to change the electoral law."),
    "fishermen_blockade": reuters(
        "1987-05-08", "FRENCH FISHERMEN BLOCK PORTS",
        "French fishermen blocked the ports of Boulogne and Calais with their trawlers today "
        "in protest against cheap fish imports."),
    "taxi_protest_owners": bbc(
        "Shop owners protest over parking",
        "Shop owners in Dunford have protested against new parking charges which they say "
        "are driving customers away."),
})
