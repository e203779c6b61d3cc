"""Reviewers' corrections across merges and splits (issue 12, M5).

Corrections are keyed by dispute id. A merge used to drop the merged-away dispute's
corrections silently, and a later dispute given the same id (a split, or linking) inherited
them, though they were made on other articles. Now a merge carries them (audited) and an id
with review rows is never given to a new dispute.
"""
from __future__ import annotations

import pytest

from picketline import api
from picketline.link import make_dispute_id
from picketline.model import Article, ArticleFacts, Evidence, Fact, Location


def mk(aid, published, employer, union, participants, city):
    ev = Evidence(aid, 0, 20, f"Sentence from {aid}.")
    return ArticleFacts(
        id=aid, published=Fact(published), is_labor_action=Fact(True), title=f"Story {aid}",
        employers=[Fact(employer, ev)], unions=[Fact(union, ev)],
        participants=Fact(participants, ev), status=Fact("ongoing", ev),
        location=Fact(Location(city, "MN", "US"), ev), action_type=Fact("strike", ev))


FACTS = [mk("l1", "2024-10-01", "Lakeshore Medical Center", "Minnesota Nurses Association",
            1500, "Duluth"),
         mk("p1", "2024-10-03", "Port of Duluth Authority", "ILA Local 1279", 300, "Duluth")]


@pytest.fixture
def two(store):
    store.add_articles([Article(f.id, f"Body of {f.id}: workers and managers, words {f.id}.",
                                title=f.title, published=f.published.value,
                                url=f"https://news.example/{f.id}") for f in FACTS])
    store.save_facts(FACTS)
    api.refresh_disputes(store)
    a, b = store.dispute_of("l1"), store.dispute_of("p1")
    assert a and b and a != b
    return a, b


def test_merge_carries_the_merged_away_disputes_corrections(store, two):
    a, b = two
    api.correct_fact(store, a, "participants", 1550, author="ana")
    api.correct_fact(store, b, "city", "Superior", author="ben")
    api.correct_fact(store, b, "participants", 320, author="ben")
    merged = api.merge_disputes(store, a, b, author="cy")
    assert merged["city"] == "Superior"  # b's correction is not silently dropped
    assert merged["participants"] == 1550  # where both corrected a field, a's stays
    assert merged["facts"]["city"]["corrected"]["author"] == "cy"
    trail = [(r["action"], r["field"], r["new_value"], r["author"])
             for r in store.corrections(target="dispute", target_id=a)]
    assert trail == [("correct", "participants", 1550, "ana"),
                     ("merge", "article_ids", a, "cy"),
                     ("correct", "city", "Superior", "cy")]
    # b's own trail says where it went
    assert store.corrections(target="dispute", target_id=b)[-1]["action"] == "merge"
    assert api.get_dispute(store, a)["city"] == "Superior"


def test_a_new_dispute_never_takes_an_id_with_review_rows(store, two):
    a, b = two
    api.correct_fact(store, b, "city", "Superior", author="ben")
    api.correct_fact(store, b, "participants", 655, author="ben")
    api.merge_disputes(store, a, b, author="ana")
    assert store.dispute(b) is None
    # split the article back out: it used to get b's id, and b's corrections with it
    alone = api.split_article(store, a, "p1", author="ana")
    assert alone["id"] != b and alone["article_ids"] == ["p1"]
    assert alone["corrections"] == []
    assert alone["participants"] == 300 and alone["city"] == "Duluth"
    # linking asks the same question of every id it makes
    (facts,) = store.facts(["p1"])
    assert make_dispute_id(facts, ()) == b  # the id it would have been given
    assert make_dispute_id(facts, api._TakenIds(store, ())) not in (b, alone["id"])


def test_merge_is_all_or_nothing(store, two, monkeypatch):
    a, b = two
    api.correct_fact(store, b, "city", "Superior", author="ben")
    before = store.last_correction_id()

    def broken(record):
        raise RuntimeError("disk full")
    monkeypatch.setattr(store, "save_dispute", broken)
    with pytest.raises(RuntimeError):
        api.merge_disputes(store, a, b, author="ana")
    monkeypatch.undo()
    assert store.last_correction_id() == before
    assert store.dispute(b) is not None and store.dispute_of("p1") == b


def test_reviewer_writes_take_the_linking_lock(store, two):
    # merges, splits, corrections and confirmations change disputes an ingest links into:
    # they take the same database lock, so on PostgreSQL they wait for (and are seen by) a
    # concurrent ingest's linking transaction; each leaves a new link stamp
    from sqlalchemy import select

    from picketline.store.models import LinkStateRow

    def stamp():
        with store._session() as s:
            return s.scalar(select(LinkStateRow.stamp).where(LinkStateRow.id == 1))

    a, b = two
    seen = [stamp()]
    api.correct_fact(store, a, "participants", 1500, author="ana")
    seen.append(stamp())
    api.confirm_fact(store, a, "city", author="ana")
    seen.append(stamp())
    api.merge_disputes(store, a, b, author="cy")
    seen.append(stamp())
    api.split_article(store, a, "p1", author="cy")
    seen.append(stamp())
    assert len(set(seen)) == len(seen), seen
