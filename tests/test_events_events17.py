"""Bargaining steps of wire and BBC-style copy (round events17), on sentences written for these
tests: a third party's finding of a deadlock, a deal put to members, talks chaired by a
ministry, help only urged or still to come, a return told as not (yet) made."""
from __future__ import annotations

import pytest

import probes


events = probes.events_of


@pytest.mark.parametrize("text,country,event", [
    # the mediator or conciliator reports, declares or certifies the deadlock
    ("Linemen at Prairie Telco voted to strike. Provincial conciliator Jan Ruiz reported last "
     "week that talks were deadlocked after meeting the two sides four times.", "CA", "impasse"),
    ("Bus drivers at Kestrel Coaches began a 24-hour strike on Monday. The conciliation officer "
     "declared the negotiations deadlocked on Friday.", "GB", "impasse"),
    ("Nurses at Lakemont Hospital walked out on Monday. The state mediator certified that the "
     "parties were at an impasse.", "US", "impasse"),
    ("Dockers at Port Velmont struck on Tuesday. The mediator told the labour minister on "
     "Monday that the two sides remained deadlocked.", "GH", "impasse"),
    # a deal put to the members, told in the future
    ("Ferry crews at Solway Link called off their strike. Crew members will now vote on the "
     "deal in a ballot next month.", "GB", "tentative_agreement"),
    ("Drivers at Greyfield Buses suspended their strike. The union's negotiators will recommend "
     "the revised offer to members in a ballot next month.", "GB", "tentative_agreement"),
    ("Porters at Eastleigh Trust called off their walkout, and the union executive is "
     "recommending that members accept the deal.", "GB", "tentative_agreement"),
    # a deal reached by negotiators, told in a relative clause
    ("Members of the Tamsin Motors union backed the deal, which was reached by negotiators "
     "last week, ending a month of strikes.", "KR", "tentative_agreement"),
    # talks chaired by ministry officials, or held under a commission
    ("Seamen at Adriatica Lines called off their strike after a 12-hour meeting chaired by "
     "officials of the Transport Ministry.", "IT", "mediation"),
    ("Dockers at Corvo Port ended their strike after talks presided over by the labour minister.",
     "PT", "mediation"),
    ("Packers at Liffey Foods ended their strike. They voted to accept proposals drawn up after "
     "two days of talks under the Labour Relations Commission.", "IE", "mediation"),
    # a strike ballot told with its margin
    ("Members of Unite at Ardmore Engines walked out on Monday after voting by 81% for action.",
     "GB", "strike_vote"),
    # shifts or classes resumed
    ("Workers at Tamsin Motors ended their strike on Monday. Full shifts resumed at the plant on "
     "Thursday.", "KR", "return_to_work"),
    ("Lecturers at Northgate College struck for a week. Classes resumed at the college on Monday.",
     "GB", "return_to_work"),
])
def test_steps_reported(text: str, country: str, event: str) -> None:
    assert event in events(text, country)


@pytest.mark.parametrize("text,country,event", [
    # help that is only urged on the sides, or a body whose hearing is still to come
    ("Cleaners at Ostley Council walked out on Monday. Local MPs have urged the two sides to "
     "seek help from the conciliation service Acas.", "GB", "mediation"),
    ("Cane cutters at four Burnett mills struck on Monday. The Industrial Conciliation and "
     "Arbitration Commission will hear the dispute tomorrow.", "AU", "mediation"),
    ("Bakers at Crumbly Foods struck on Monday. The Federal Conciliation Board is to hear the "
     "case on Friday.", "MX", "mediation"),
    # ordered back, but few went
    ("Steel workers at Rovan Metals walked out on Monday. The state labour department ordered "
     "the strikers back to work, but few had returned by Thursday.", "IN", "return_to_work"),
    # a union that refuses to recommend the offer reached no deal; a vote on an offer is no deal
    ("Drivers at Greyfield Buses plan to strike. The union refused to recommend the offer to "
     "members.", "GB", "tentative_agreement"),
    ("Drivers at Greyfield Buses plan to strike. Members will vote on the offer next week.",
     "GB", "tentative_agreement"),
    # a conciliator who found something else, or said talks go on
    ("Linemen at Prairie Telco voted to strike. The conciliator reported progress in the talks.",
     "CA", "impasse"),
    # the deal told only by its terms, with a broker: left as it was (open convention)
    ("Pickers at Sunray Orchards ended their strike. Under the deal, brokered by the mayor, "
     "pickers get 8% more.", "AU", "tentative_agreement"),
])
def test_steps_not_reported(text: str, country: str, event: str) -> None:
    assert event not in events(text, country)
