"""Migration 0006: an article can belong to several disputes (a roundup), and disputes keep
the days their status as of today is computed from. The migration keeps every existing row
(SQLite and PostgreSQL), fills the new columns from the stored records, and the Store's
membership rules hold: a roundup stays in every dispute that lists it, any other article
moves to the dispute it is saved into."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from picketline.store import Store
from picketline.store.engine import make_engine
from picketline.store.migrate import current_revision, head_revision, upgrade


def _record(did, members, *, last=None, start=None, timeline=(), mentions=None):
    return {"id": did, "article_ids": members, "status": "ongoing", "start_date": start,
            "last_reported": last, "timeline": list(timeline),
            "also_mentions": mentions or {},
            "sources": [{"article_id": a, "published": "2024-01-0" + str(i + 1)}
                        for i, a in enumerate(members)]}


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def url(request):
    if request.param == "postgresql":
        return request.getfixturevalue("pg_url")
    return request.getfixturevalue("sqlite_url")


def test_migration_keeps_memberships_and_fills_the_status_days(url):
    engine = make_engine(url)
    assert upgrade(engine, "0005") == "0005"
    recs = [_record("d1", ["a", "b"], last="2024-02-03", start="2024-01-10",
                    timeline=[{"kind": "ratification", "date": "2024-01-05"},
                              {"kind": "ratification", "date": "2024-02-01"},
                              {"kind": "ratification", "date": "2024-03-01"}]),
            _record("d2", ["c"])]  # no last_reported in the record: its sources say
    with engine.begin() as c:
        for r in recs:
            c.execute(text("INSERT INTO disputes (id, data, status, updated_at) "
                           "VALUES (:i, :d, 'ongoing', CURRENT_TIMESTAMP)"),
                      {"i": r["id"], "d": json.dumps(r)})
        for a, d in (("a", "d1"), ("b", "d1"), ("c", "d2")):
            c.execute(text("INSERT INTO dispute_articles (article_id, dispute_id) "
                           "VALUES (:a, :d)"), {"a": a, "d": d})
    engine.dispose()
    with Store(url) as st:  # opening migrates to head
        assert st.revision == head_revision()
        assert st.members_of(["d1", "d2"]) == {"d1": ["a", "b"], "d2": ["c"]}
        with st.engine.connect() as c:
            got = dict((i, (lr, rat)) for i, lr, rat in c.execute(text(
                "SELECT id, last_reported, ratified FROM disputes")))
        # the first ratification on or after the start
        assert got == {"d1": ("2024-02-03", "2024-02-01"), "d2": ("2024-01-01", None)}
        # an article may now be in two disputes
        with st.engine.begin() as c:
            c.execute(text("INSERT INTO dispute_articles (article_id, dispute_id) "
                           "VALUES ('c', 'd1')"))
        assert st.memberships(["c", "a", "zz"]) == {"c": ["d1", "d2"], "a": ["d1"]}
    # and back: one dispute per article again, rows kept
    engine = make_engine(url)
    assert upgrade(engine, "head") == head_revision()
    from alembic import command

    from picketline.store.migrate import alembic_config
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005")
    with engine.connect() as c:
        assert current_revision(c) == "0005"
        rows = sorted(tuple(r) for r in c.execute(text(
            "SELECT article_id, dispute_id FROM dispute_articles")))
    assert rows == [("a", "d1"), ("b", "d1"), ("c", "d1")]
    engine.dispose()


def test_a_roundup_stays_in_every_dispute_that_lists_it(store):
    store.save_dispute(_record("kessler", ["k1", "r"], mentions={"r": ["harmon"]}))
    store.save_dispute(_record("harmon", ["h1", "r"], mentions={"r": ["kessler"]}))
    assert store.memberships(["r", "k1"]) == {"r": ["harmon", "kessler"], "k1": ["kessler"]}
    assert store.dispute_of("r") == "harmon" and store.dispute_ids_of("r") == [
        "harmon", "kessler"]
    assert store.disputes_of(["r", "h1"]) == {"r": "harmon", "h1": "harmon"}
    # an ordinary article saved into another dispute moves there, as before
    store.save_dispute(_record("other", ["k1"]))
    assert store.dispute_ids_of("k1") == ["other"]
    # a roundup saved as an ordinary member of a third dispute moves there from both
    store.save_dispute(_record("third", ["r"]))
    assert store.dispute_ids_of("r") == ["third"]
    # deleting a dispute removes its memberships only
    store.save_dispute(_record("kessler", ["k2", "r"], mentions={"r": ["third"]}))
    store.delete_dispute("third")
    assert store.dispute_ids_of("r") == ["kessler"]
    assert store.unlinked_labor_articles() == []
