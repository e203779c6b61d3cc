"""Look-alikes in real copy (issue 14, round 26): a piece of strike statistics ("the number of
major work stoppages ... fell to a record low ... work time lost to work stoppages ... only 40
major work stoppages occurred last year") reports no action, though its figures are dated.
Articles written for these tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _labor(text: str) -> bool:
    return extract_article(Article(id="lb26", text=text, published="1989-02-24")).labor


def test_a_piece_of_strike_statistics_is_no_action():
    text = ("date 1989-02-24 Work Stoppages Decline\n\n"
            "The number of major work stoppages in Kelmera and the number of workers involved "
            "in them last year fell to its lowest point since record-keeping started in 1947, "
            "the Labour Ministry reported. The amount of work time lost to work stoppages also "
            "fell to a record low in 1988, the ministry said. Although contracts were "
            "renegotiated in several large industries, only 40 major work stoppages occurred "
            "last year, the ministry said.\n")
    assert not _labor(text)


def test_a_strike_report_that_cites_one_figure_is_still_labor():
    text = ("date 1989-02-24 Kellport dockers strike\n\n"
            "About 3,000 dockers at Kellport walked off the job today over pay, the first strike "
            "at the port since 1985, the Kellish Dock Workers Union said. The number of strikes "
            "in the country fell last year.\n")
    assert _labor(text)


def test_an_industrial_action_committee_is_no_action():
    import picketline.extract.classify as classify

    assert classify.action_hits("A meeting of the industrial action committee will be arranged.") == ()
    assert classify.action_hits("Members voted for industrial action at Kelmera Post.") != ()
