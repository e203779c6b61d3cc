"""Union centres in real copy (issue 14, round 26): beside the union in the action, a national
union centre whose leaders only comment, broker a deal or pledge support is no party; one that
calls or leads the action is. Articles written for these tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _unions(text: str) -> list[str]:
    f = extract_article(Article(id="pa26", text=text, published="2007-10-20"))
    assert f.labor
    return [u.value for u in f.unions]


def test_a_centre_whose_leader_comments_is_no_party():
    text = ("date 2007-10-20 Kellport postal strike ends\n\n"
            "Postal workers at Kelmera Post returned to work today after the Kellish Postal "
            "Workers Union called off its strike over pay.\n\n"
            "The Kellish Postal Workers Union said members would vote on the deal next week.\n\n"
            "Kellish Labour Congress general secretary Mara Tolvane said the agreement gave both "
            "sides a period of calm.\n")
    assert _unions(text) == ["Kellish Postal Workers Union"]


def test_a_centre_that_leads_the_action_stays():
    text = ("date 2007-10-20 Tolvane Motors workers threaten strike\n\n"
            "Workers of the Tolvane Motors Employees Union have threatened to go on strike at the "
            "Kellport plant from December 5.\n\n"
            "Orin Kestrel, state secretary of the Centre of Kellish Trade Unions, who spearheaded "
            "the strike in July and is again leading the workers, was unavailable for comment.\n")
    us = _unions(text)
    assert "Tolvane Motors Employees Union" in us
    assert any("Centre of Kellish Trade Unions" in u for u in us)


def test_a_centre_alone_is_kept():
    text = ("date 2007-10-20 General strike paralyses Kelmera\n\n"
            "The Kelmera Labour Congress called a nationwide general strike today against fuel "
            "price rises, and its general secretary said it would go on until prices fall.\n")
    assert _unions(text) == ["Kelmera Labour Congress"]


def test_a_date_in_capitals_is_no_union_local():
    text = ("date 2011-06-16 Government moves to end postal strike\n\n"
            "JUNE 15, 2011 - On Wednesday, June 15, the government served notice that it would "
            "move ahead with back-to-work legislation to end the nationwide strike by the "
            "Kellish Union of Postal Workers against Kelmera Post.\n")
    us = _unions(text)
    assert us == ["Kellish Union of Postal Workers"]


def test_a_bare_local_the_workers_belong_to_is_their_union():
    text = ("date 1991-10-30 Kellport nurses back at work\n\n"
            "The county's nurses went on strike Monday over staffing. About 245 nurses and "
            "clerical personnel belonging to Local 660 marched around the hospital's entrances "
            "blowing whistles.\n")
    assert _unions(text) == ["Local 660"]


def test_a_bare_local_with_no_membership_cue_stays_out():
    text = ("date 1991-10-30 Kellport nurses back at work\n\n"
            "The county's nurses went on strike Monday over staffing, and the pickets met in the "
            "hall of Local 660 afterwards.\n")
    assert "Local 660" not in _unions(text)


def test_the_australian_media_union_without_its_comma():
    text = ("date 2007-05-11 Kelmera Media journalists return to work\n\n"
            "Kelmera Media journalists returned to work today after going out on strike "
            "yesterday afternoon. The company officials met the Kelmera House Committee of the "
            "Media Entertainment and Arts Alliance at headquarters this evening.\n")
    assert any("Arts Alliance" in u for u in _unions(text))
