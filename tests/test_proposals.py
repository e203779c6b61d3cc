"""Structured wage proposals, through the whole extractor on articles written for these tests."""
from __future__ import annotations

from picketline.extract import extract_article, numbers, proposals
from picketline.model import Article, ArticleFacts, Proposal
from picketline.nlp import Context


def _proposals(text: str, published: str | None = "2024-09-03") -> dict[str, Proposal]:
    ctx = Context(Article(id="t", text=text, published=published))
    facts = ArticleFacts(id="t")
    out = proposals.proposals(ctx, facts)
    assert len({p.side for p in out}) == len(out)
    for p in out:
        assert p.evidence is not None and p.evidence.sentence in text
        assert Proposal.from_dict(p.to_dict()) == p
    return {p.side: p for p in out}


def test_demand_with_hourly_adder_and_offer_with_bonus_and_eligibility() -> None:
    text = (
        "Custodians and cafeteria workers at the Riverbend school district walked out on Monday.\n"
        "The union wants a general wage increase of 24% plus an extra $1.50 per hour for the "
        "lowest paid workers.\n"
        "The district has offered an 18% raise and a 2% bonus. Only employees hired before the "
        "2021-22 school year would receive the full raise.\n"
    )
    props = _proposals(text)
    u, e = props["union"], props["employer"]
    assert (u.general_increase_pct, u.hourly_adder, u.adder_group) == (24, 1.5, "lowest paid workers")
    assert u.bonus_pct is None
    assert (e.general_increase_pct, e.bonus_pct) == (18, 2)
    assert e.eligibility == "hired before the 2021-22 school year"
    assert u.date == e.date == "2024-09-03"


def test_years_spread_and_same_period() -> None:
    text = ("The pilots union is seeking raises of 34% over the next four years. The airline "
            "has offered 15% over the same period.")
    props = _proposals(text)
    assert (props["union"].general_increase_pct, props["union"].years) == (34, 4)
    assert (props["employer"].general_increase_pct, props["employer"].years) == (15, 4)


def test_hourly_only_demand() -> None:
    text = ("Room attendants are asking for a raise of $3 an hour over two years. The resort "
            "has offered raises totaling 6 percent over the same period.")
    props = _proposals(text)
    u = props["union"]
    assert (u.general_increase_pct, u.hourly_adder, u.adder_group, u.years) == (None, 3, "all", 2)
    assert props["employer"].general_increase_pct == 6


def test_no_proposal_without_figures() -> None:
    assert _proposals("Bakery workers walked out over staffing on Friday.") == {}


def test_proposals_and_numbers_agree_through_extract_article() -> None:
    text = (
        "date 2024-03-14 Transit mechanics strike in Lakeshore\n"
        "About 1,400 transit mechanics went on strike Thursday in Lakeshore after talks with "
        "the Lakeshore Transit Authority collapsed.\n"
        "The mechanics' contract expired in December. The union is seeking a 21% raise over "
        "three years, while the authority has offered 9%.\n"
        "Members voted 93% to authorize the walkout in February.\n"
    )
    facts = extract_article(Article(id="m", text=text, published="2024-03-14"))
    if not facts.labor:  # the classifier is another extractor's; test ours directly
        ctx = Context(Article(id="m", text=text, published="2024-03-14"))
        facts.participants = numbers.participants(ctx, facts)
        facts.wage_demand_pct, facts.wage_offer_pct = numbers.wages(ctx, facts)
        facts.proposals = proposals.proposals(ctx, facts)
    assert facts.participants is not None and facts.participants.value == 1400
    assert facts.wage_demand_pct.value == 21 and facts.wage_offer_pct.value == 9
    by_side = {p.side: p for p in facts.proposals}
    assert by_side["union"].general_increase_pct == facts.wage_demand_pct.value
    assert by_side["union"].years == 3
    assert by_side["employer"].general_increase_pct == facts.wage_offer_pct.value


def test_quoted_offer_and_demand_after_the_figure_reach_the_right_sides() -> None:
    text = (
        "Lab assistants at Harlow College walked out for a day on Tuesday.\n"
        "The dean restated the college's position in an email. \"Our offer of 3% a year over "
        "three years is fair,\" she wrote.\n"
        "The union said that fell short of the 18% its members are seeking over three years.\n"
    )
    props = _proposals(text)
    assert props["employer"].general_increase_pct == 3
    assert props["employer"].years == 3
    assert props["union"].general_increase_pct == 18


def test_absurd_hourly_figure_makes_no_proposal() -> None:
    text = ("Drivers at Oxbow Transit walked out on Monday. The local wants a raise of $"
            + "9" * 400 + " an hour over three years.")
    props = _proposals(text)
    assert "union" not in props
