"""Parties (issue 14, round 28): a news outlet whose own staff are in the dispute ("Kellport
Radio staff protest", "journalists and technicians at Kellport Radio began a strike") is the
employer, not the outlet that reports; an outlet that only reports stays out. Articles written
for these tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, published: str = "2005-05-23"):
    f = extract_article(Article(id="pt28", text=text, published=published))
    assert f.labor
    return f


def _employers(f) -> list[str]:
    return [e.value for e in f.employers]


def test_an_outlets_own_strike_names_it_the_employer():
    text = ("date 2005-05-23 Kellport Radio strike\n\n"
            "Journalists and technicians at Kellport Radio began a 24-hour strike at midnight in "
            "protest at plans to cut 400 jobs. Union leaders say thousands of programmes will be "
            "lost. Kellport Radio said it regretted the unions' decision.\n")
    assert "Kellport Radio" in _employers(_facts(text))


def test_an_outlets_staff_protest_with_a_ballot_threat_names_it():
    text = ("date 2007-10-17 Unions warn Kellport Radio of strike ballot\n\n"
            "Unions are set to launch a strike ballot unless Kellport Radio agrees not to send out "
            "letters seeking volunteers for redundancy. Kellport Radio staff protested outside the "
            "studios. The threat comes after Kellport Radio announced plans to axe 250 jobs.\n")
    assert "Kellport Radio" in _employers(_facts(text, "2007-10-17"))


def test_an_outlet_that_only_reports_is_no_employer():
    text = ("date 2005-05-23 Dockers strike at Kellport\n\n"
            "Dockers at the Port of Kellport began a 24-hour strike at midnight over pay, "
            "Kellport Radio reported. The Port of Kellport said it regretted the decision, "
            "Kellport Radio said.\n")
    assert "Kellport Radio" not in _employers(_facts(text))


def test_a_subordinator_before_a_name_is_no_part_of_it():
    text = ("date 1991-04-16 Rail strike looms\n\n"
            "Freight rail workers are set to strike at 12:01 a.m. Wednesday against the nation's "
            "railroads. Although Kelmera workers are not part of the contract talks, they are "
            "expected to honor picket lines. Kelmera said it would run fewer trains.\n")
    names = _employers(_facts(text, "1991-04-16"))
    assert names and not any(n.startswith("Although") for n in names)


def test_an_association_of_public_servants_is_a_union_not_an_employer():
    from picketline.extract.parties import is_union_shaped
    assert is_union_shaped("Association of Higher Civil and Public Servants")
    assert is_union_shaped("Public Servants Association")
    text = ("date 2009-03-25 Strike deferred\n\n"
            "The Kellish Federation of Unions has deferred next Monday's national strike. Last "
            "night the Association of Higher Civil and Public Servants also voted against taking "
            "part in the strike, which was called over a pension levy imposed by the government.\n")
    assert "Association of Higher Civil and Public Servants" not in _employers(_facts(text, "2009-03-25"))


def test_a_unions_organ_is_not_its_name():
    text = ("date 2009-03-25 Strike deferred\n\n"
            "The planned wave of strikes for next Monday has been called off. The Executive "
            "Council of the Kellish Congress of Trade Unions (KCTU) has announced it is deferring "
            "the action.\n")
    unions = [u.value for u in _facts(text, "2009-03-25").unions]
    assert unions and unions[0].startswith("Kellish Congress of Trade Unions")


def test_a_town_told_as_a_place_is_no_employer():
    text = ("date 1989-07-15 Kellish miners return to work\n\n"
            "Miners in Mezhdurovsk, Kellia, where the strike began Monday night, went back to work "
            "for the Friday night shift, the official news agency said. Early reports said about "
            "12,000 men struck Mezhdurovsk's five mines. The strike committee in Mezhdurovsk, a city "
            "of 110,000 people, also demanded more soap.\n")
    assert "Mezhdurovsk" not in _employers(_facts(text, "1989-07-15"))


def test_a_countrys_formal_name_is_no_union():
    from picketline.extract.parties import is_union_shaped
    assert not is_union_shaped("Russian Federation")
    assert not is_union_shaped("Argentine Republic")
    assert is_union_shaped("Kellish Federation of Labour")
