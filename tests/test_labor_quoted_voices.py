"""A news report that quotes its sources ("As I said, we continue to negotiate," he said) is
no opinion piece: the writer's "I" is counted outside quotation marks, where a quote closed in
its paragraph or run on to the paragraph's end is the source's. An opinion piece in the
writer's own voice still is one. Articles written for these tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article

REPORT = ("Kellford nurses ramp up industrial action as pay talks break down\n\n"
          "Stage two of the Kellford Nurses Union's industrial action involves up to 4,500 "
          "nurses refusing to do tasks not related to clinical care at public hospitals.\n\n"
          "\"I think the nurses have had enough,\" union secretary Ann Brenmoor said.\n\n"
          "Health Minister Tom Kestrel refused to comment on the strike action.\n\n"
          "\"That protected action is a matter for the nurses. As I said, we continue to "
          "negotiate in good faith,\" he said.\n\n"
          "\"I think there are 27 agreements to negotiate in the next three years. So I would "
          "not say this one decides the others.")

OPINION = ("Strikes are no answer\n\n"
           "I have always believed that strikes hurt the workers who take part in them more "
           "than anyone else.\n\n"
           "I think unions should talk, not walk out. In my view a strike is a weapon of the "
           "past, and I would tell any union so.")


def test_a_report_quoting_its_sources_is_a_labor_action():
    f = extract_article(Article(id="t", text=REPORT, published=None), None)
    assert f.is_labor_action.value is True


def test_an_opinion_piece_in_the_writers_voice_is_not():
    f = extract_article(Article(id="t", text=OPINION, published=None), None)
    assert f.is_labor_action.value is False
