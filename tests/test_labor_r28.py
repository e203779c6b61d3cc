"""Look-alikes and leads (issue 14, round 28): a page filed under a guide's section label
("Guides: Strikes") explains strikes in general; a statistics release dated by a year alone
("WORK STOPPAGES: 1992") counts them; a page's "Page last updated at ..." stamp is no lead
sentence, so a strike told in the lead below it is weighed as the lead. Articles written for
these tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _labor(text: str, published: str) -> bool:
    return extract_article(Article(id="lb28", text=text, published=published)).labor


def test_a_guide_under_its_section_label_is_no_report():
    text = ("date 2005-05-23 Guides: Strikes\n\n"
            "Last Updated: Monday May 23 2005 12:53 GMT\n\n"
            "Why do staff go on strike?\n\n"
            "Staff go on strike for many reasons:\n"
            "  - to get better conditions where they work\n\n"
            "  - for more pay\n\n"
            "  - because they think their employer has been unfair\n")
    assert not _labor(text, "2005-05-23")


def test_a_strike_under_a_plain_headline_is_still_a_report():
    text = ("date 2005-05-23 Bus drivers strike\n\n"
            "Bus drivers in Kellport went on strike on Monday for more pay, the Kellport "
            "Transport Workers Union said.\n")
    assert _labor(text, "2005-05-23")


_RELEASE = ("date 1993-02-03 MAJOR WORK STOPPAGES: {year}\n\n"
            "In {year}, the number of major work stoppages and the amount of idleness were at "
            "the lowest levels recorded in the series, the Kellish Bureau of Labour Figures "
            "reported today. Thirty-five major stoppages began during the year, resulting in "
            "4.0 million days of idleness. The series covers work stoppages involving 1,000 "
            "workers or more and lasting at least one shift.\n")


def test_a_statistics_release_dated_by_its_year_counts_strikes_in_general():
    assert not _labor(_RELEASE.format(year="1992"), "1993-02-03")


def test_a_page_stamp_is_not_the_lead():
    text = ("date 2009-02-19 Island protests: what readers say\n\n"
            "Page last updated at 15:11 GMT, Thursday, 19 February 2009\n\n"
            "Marches and unrest have hit the island's tourist trade\n"
            "The government has sent extra police to the island of Kellia after escalating "
            "protests left one man dead.\n\n"
            "Thousands of people have taken to the streets in a weeks-long general strike to "
            "protest against low wages and the rising cost of living.\n\n"
            "Islanders have written to us to share their stories.\n")
    assert _labor(text, "2009-02-19")


def _type(text: str, published: str):
    f = extract_article(Article(id="lb28", text=text, published=published))
    assert f.labor
    return f.action_type.value


def test_a_march_that_outweighs_a_strike_in_passing_is_a_protest():
    text = ("date 1987-05-02 Workers march for pay\n\n"
            "KELLPORT - Thousands of workers, angry at the government's refusal to grant them pay "
            "raises, marched in the streets Friday to mark Labour Day. Demonstrators carried "
            "banners and rallied outside the presidential palace. Speakers at the rally demanded "
            "a 30 percent raise. Bus drivers, on strike since Monday, joined the march.\n")
    assert _type(text, "1987-05-02") == "protest"


def test_pickets_are_a_strikes_own():
    text = ("date 2003-01-21 Holding firm on the picket line\n\n"
            "The braziers are burning on the picket line again, and the firefighters are angry. "
            "The wave of strikes which first hit the country last year is back. Pickets stood "
            "outside every station; one picket said the pickets would stay. Picket lines were "
            "set up at dawn.\n")
    assert _type(text, "2003-01-21") == "strike"


def test_job_action_is_a_stoppage():
    text = ("date 2025-09-22 Kellport Energy workers to begin rotating job action Thursday\n\n"
            "Workers at Kellport Energy will begin rotating job action on Thursday, their union "
            "said Monday. Members rallied at the legislature and marched to the utility's office; "
            "a rally is planned for Friday.\n")
    assert _type(text, "2025-09-22") == "strike"


def test_a_vote_to_strike_told_as_a_share_is_labor_and_no_wage_figure():
    text = ("date 1993-03-16 Contract Offer Rejected by Varnholt Employees\n\n"
            "Varnholt Corp. workers in Kellport have voted overwhelmingly against the company's "
            "latest contract offer, with 87% also voting to strike, the workers' union said Monday.\n")
    f = extract_article(Article(id="lb28", text=text, published="1993-03-16"))
    assert f.labor and f.status.value == "authorized"
    assert f.wage_offer_pct is None and f.wage_demand_pct is None


def test_students_marching_with_their_students_union_are_no_workers():
    text = ("date 2011-11-29 KCSU Marches\n\n"
            "Over 100 students from Kellport College\u2019s Students\u2019 Union made their way into "
            "the capital on November 9th to attend the national demonstration organised by the "
            "Campaign Against Fees and Cuts. Backed by the NUS, the demonstration intended to give a "
            "voice to the thousands of students who turned up to protest against the rise in "
            "tuition fees, privatisation of the Higher Education system and the cuts suggested by "
            "the coalition government.\n\n"
            "However, the campaign took matters into their own hands, calling for Students\u2019 "
            "Unions across the country to attend their demonstration.\n")
    assert not _labor(text, "2011-11-29")
