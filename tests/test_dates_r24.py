"""End dates in real copy (issue 14, round 24): a return to work at a firm whose name holds
"and" ("returned to work at the Kestrel Weaving and Textile Company on Sunday") still dates
the action's last day, and a planned length told as "would be off the job for 11 days" ends
the action that many days after its start. Articles written for these tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, published: str):
    f = extract_article(Article(id="dt24", text=text, published=published))
    assert f.labor
    val = lambda x: x.value if x else None  # noqa: E731
    return val(f.status), val(f.start_date), val(f.end_date)


def test_a_return_at_a_firm_named_with_and_dates_the_last_day():
    text = (" date 2013-10-13 WORK RESUMES AT KESTREL MILL AFTER STRIKE\n"
            "    Strikers returned to work at Orvella's largest state-owned\n"
            "Weaving and Textile Company on Sunday after workers received\n"
            "their delayed bonus payment.\n")
    status, _, end = _facts(text, "2013-10-13")
    assert status == "ended"
    assert str(end) == "2013-10-12"


def test_a_return_to_work_and_then_something_else_is_not_read_past_the_and():
    text = (" date 2013-10-13 WORK RESUMES AT KESTREL MILL AFTER STRIKE\n"
            "    Strikers returned to work at the mill and managers said on Sunday\n"
            "that the bonus would be paid.\n")
    _, _, end = _facts(text, "2013-10-13")
    assert end is None


def test_a_planned_length_off_the_job_gives_the_end():
    text = (" date 1993-11-19 FLIGHT ATTENDANTS WALK\n"
            "    The flight attendants' union went on strike yesterday against\n"
            "Orvella Air and said it would stay out until after the holiday.\n"
            "    The union said members would be off the job for 11 days.\n")
    status, start, end = _facts(text, "1993-11-19")
    assert status == "ongoing"
    assert (str(start), str(end)) == ("1993-11-18", "1993-11-28")


def test_time_already_off_the_job_is_no_planned_length():
    text = (" date 1993-11-19 FLIGHT ATTENDANTS STAY OUT\n"
            "    The flight attendants' union went on strike on Nov. 8 against\n"
            "Orvella Air, and members have been off the job for 11 days.\n")
    _, _, end = _facts(text, "1993-11-19")
    assert end is None
