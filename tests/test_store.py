"""The store on real SQLite (and real PostgreSQL for the ``postgres`` variants)."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from picketline.model import (Article, ArticleFacts, Event, Evidence, Fact, Location,
                              Proposal)
from picketline.store import Store, default_url, normalize_url
from picketline.store.migrate import current_revision, head_revision
from picketline.store.models import Base


def art(i: int | str, body: str | None = None, **kw) -> Article:
    return Article(id=str(i), text=body or f"Body of article {i}.", **kw)


# --- opening, URLs, migrations -----------------------------------------------------------
def test_default_database_lives_in_picketline_home(picketline_home: Path) -> None:
    assert default_url() == f"sqlite:///{picketline_home / 'picketline.db'}"
    with Store() as st:
        st.add_articles([art(1)])
    assert (picketline_home / "picketline.db").is_file()


def test_picketline_db_variable_wins(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "elsewhere" / "x.db"
    monkeypatch.setenv("PICKETLINE_DB", f"sqlite:///{target}")
    with Store() as st:
        assert st.add_articles([art(1)])
    assert target.is_file()


@pytest.mark.parametrize("given", ["postgresql://u:pw@db.example:5432/news",
                                   "postgres://u:pw@db.example/news",
                                   "postgresql+psycopg://u:pw@db.example/news"])
def test_plain_postgres_urls_use_psycopg3(given: str) -> None:
    u = normalize_url(given)
    assert u.drivername == "postgresql+psycopg"
    assert (u.username, u.password, u.database) == ("u", "pw", "news")


def test_sqlite_is_set_up_for_concurrent_readers(store: Store) -> None:
    with store.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_opening_migrates_to_head_and_schema_matches_models(any_store: Store) -> None:
    assert head_revision() is not None
    with any_store.engine.connect() as conn:
        assert current_revision(conn) == head_revision()
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == [], f"migrations and models disagree: {diff}"
    assert any_store.info()["revision"] == head_revision()


def test_reopening_keeps_data_and_revision(sqlite_url: str) -> None:
    with Store(sqlite_url) as st:
        st.add_articles([art(1)])
    with Store(sqlite_url) as st:
        assert st.revision == head_revision()
        assert st.count_articles() == 1


@pytest.mark.parametrize("round_", range(25))  # the race is won or lost in a few ms:
# one round in twenty failed when switching to WAL did not wait ("database is locked")
def test_many_stores_opening_a_fresh_database_at_once(tmp_path: Path, round_: int) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    errors: list[BaseException] = []
    revisions: list[str | None] = []

    def open_one() -> None:
        try:
            with Store(url) as st:
                revisions.append(st.revision)
        except BaseException as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=open_one) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert revisions == [head_revision()] * 4


# --- articles ----------------------------------------------------------------------------
def test_article_round_trip(any_store: Store) -> None:
    a = Article(id="lr-1", text="Nurses at St. Elsewhere walked out.\nSecond line.",
                title="Nurses walk out", published="2024-02-03", url="https://ex.test/a",
                source="Example Ledger", path="/in/lr-1.txt", format="txt")
    assert any_store.add_articles([a]) == [a]
    assert any_store.article("lr-1") == a
    assert any_store.article("missing") is None


def test_add_articles_is_idempotent_by_id_and_by_content(any_store: Store) -> None:
    first = [art(1, "Alpha text."), art(2, "Beta text."), art(3, "Gamma text.")]
    assert [a.id for a in any_store.add_articles(first)] == ["1", "2", "3"]
    assert any_store.add_articles(first) == []
    # same id, other text: already there; other id, same text up to whitespace: a duplicate
    again = [art(1, "Changed text."), art("copy-of-2", "Beta   text.\n"), art(4, "Delta.")]
    assert [a.id for a in any_store.add_articles(again)] == ["4"]
    # duplicates inside one call: the first wins
    dupes = [art(5, "Epsilon."), art(6, "Epsilon."), art(5, "Zeta.")]
    assert [a.id for a in any_store.add_articles(dupes)] == ["5"]
    assert any_store.count_articles() == 5
    assert any_store.article("1").text == "Alpha text."


def test_add_articles_in_many_chunks(any_store: Store) -> None:
    items = [art(i) for i in range(1234)]
    added = any_store.add_articles(iter(items))
    assert len(added) == 1234 and added[0].id == "0" and added[-1].id == "1233"
    assert any_store.count_articles() == 1234
    assert any_store.add_articles(items[1000:] + [art("new")])[0].id == "new"


def test_transaction_is_all_or_nothing(any_store: Store) -> None:
    with pytest.raises(RuntimeError):
        with any_store.transaction():
            any_store.add_articles([art(1), art(2)])
            assert any_store.count_articles() == 2  # visible inside the transaction
            raise RuntimeError("crash mid-batch")
    assert any_store.count_articles() == 0
    # facts for an article that is not stored break the foreign key: the batch rolls back
    with pytest.raises(Exception):
        with any_store.transaction():
            any_store.add_articles([art(3)])
            any_store.save_facts([ArticleFacts(id="not-stored")])
    assert any_store.count_articles() == 0 and any_store.facts() == []


def _labelled(st: Store) -> None:
    st.add_articles([
        art("a", "Teachers STRIKE over class sizes.", title="Teachers out", published="2024-01-10"),
        art("b", "A lightning strike hit a barn.", title="Storm", published="2024-01-20T08:30:00"),
        art("c", "Rate rose 5% and then 50_percent.", title="100% up", published="2024-02-01"),
        art("d", "Undated note about a strike vote.", title=None),
    ])
    st.save_facts([ArticleFacts(id="a", is_labor_action=Fact(True)),
                   ArticleFacts(id="b", is_labor_action=Fact(False)),
                   ArticleFacts(id="d", is_labor_action=Fact(True))])


def test_article_filters_and_counts(any_store: Store) -> None:
    _labelled(any_store)
    ids = lambda **kw: [a.id for a in any_store.articles(**kw)]  # noqa: E731
    assert ids() == ["c", "b", "a", "d"]  # newest first, undated last
    assert ids(labor=True) == ["a", "d"]
    assert ids(labor=False) == ["b"]  # "c" has no facts yet: neither
    assert ids(since="2024-01-20") == ["c", "b"]  # a timestamped date counts by its day
    assert ids(until="2024-01-20") == ["b", "a"]
    assert ids(since="2024-01-11", until="2024-01-31") == ["b"]
    assert ids(q="strike") == ["b", "a", "d"]  # any case, title or body
    assert ids(q="TEACHERS OUT") == ["a"]
    assert ids(q="5%") == ["c"] and ids(q="0_p") == ["c"]  # % and _ are literal
    assert ids(q="%") == ["c"] and ids(q="x_y") == []
    assert ids(limit=2) == ["c", "b"] and ids(limit=2, offset=2) == ["a", "d"]
    assert ids(limit=None) == ["c", "b", "a", "d"]
    assert any_store.count_articles() == 4
    assert any_store.count_articles(labor=True, q="strike") == 2
    assert any_store.count_articles(since="2024-01-15") == 2
    any_store.save_dispute({"id": "D1", "article_ids": ["a", "d"]})
    assert ids(dispute_id="D1") == ["a", "d"]
    assert any_store.count_articles(dispute_id="D1", labor=True) == 2
    assert ids(dispute_id="nope") == []


# --- facts -------------------------------------------------------------------------------
def _rich_facts(aid: str) -> ArticleFacts:
    ev = Evidence(aid, 0, 34, "Teachers STRIKE over class sizes.")
    return ArticleFacts(
        id=aid, title="Teachers out", extractor_version="test-1",
        published=Fact("2024-01-10", ev, 0.9, "date line"),
        is_labor_action=Fact(True, ev), action_type=Fact("strike", ev),
        status=Fact("ongoing", ev), employers=[Fact("Harbor City Schools", ev)],
        unions=[Fact("Harbor Educators Association", ev), Fact("SEIU Local 1", None)],
        start_date=Fact("2024-01-09", ev), participants=Fact(1200, ev),
        location=Fact(Location("Harbor City", "OR", "US"), ev),
        industry=Fact("education", ev), demands=[Fact("staffing", ev), Fact("pay", ev)],
        wage_demand_pct=Fact(12.5, ev), wage_offer_pct=Fact(6.0, ev),
        bargaining_events=[Fact("mediation", ev)],
        events=[Event("start", "2024-01-09", ev, None, None),
                Event("demand", "2024-01-02", ev, "12.5%", "union")],
        proposals=[Proposal("union", 12.5, 3, 1.5, "lowest paid", None, None, "2024-01-02", ev)],
    )


def test_facts_round_trip_through_to_dict(any_store: Store) -> None:
    _labelled(any_store)
    rich = _rich_facts("a")
    any_store.save_facts([rich])  # replaces the earlier record for "a"
    [back] = any_store.facts(["a"])
    assert back.to_dict() == rich.to_dict()
    assert back.location.value == Location("Harbor City", "OR", "US")
    assert back.proposals[0].hourly_adder == 1.5 and back.events[1].side == "union"


def test_facts_selection_order_and_labor_flag(any_store: Store) -> None:
    _labelled(any_store)
    assert [f.id for f in any_store.facts()] == ["a", "b", "d"]
    assert [f.id for f in any_store.facts(["d", "missing", "a", "d"])] == ["d", "a"]
    assert [f.id for f in any_store.facts(labor_only=True)] == ["a", "d"]
    assert [f.id for f in any_store.facts(["b", "d"], labor_only=True)] == ["d"]
    any_store.save_facts([ArticleFacts(id="a", is_labor_action=Fact(False))])
    assert [f.id for f in any_store.facts(labor_only=True)] == ["d"]
    assert any_store.count_articles(labor=True) == 1
    # dispute membership shows in the facts' `dispute` field
    any_store.save_dispute({"id": "D9", "article_ids": ["d"]})
    assert {f.id: f.dispute for f in any_store.facts()} == {"a": None, "b": None, "d": "D9"}


def test_many_facts_in_chunks(any_store: Store) -> None:
    any_store.add_articles(art(i) for i in range(700))
    any_store.save_facts(ArticleFacts(id=str(i), is_labor_action=Fact(i % 7 == 0))
                         for i in range(700))
    assert len(any_store.facts()) == 700
    assert len(any_store.facts([str(i) for i in range(700)], labor_only=True)) == 100


# --- disputes ----------------------------------------------------------------------------
DISPUTES = [
    {"id": "d-transit", "title": "Valley bus drivers strike", "status": "ongoing",
     "action_type": "strike", "industry": "transportation", "state": "CA", "city": "Fresno",
     "employer": "Valley Transit Authority", "union": "Amalgamated Transit Union Local 9",
     "start_date": "2024-03-04", "end_date": None, "participants": 900,
     "article_ids": ["a", "b"], "conflicts": [{"field": "participants", "values": [900, 950]}]},
    {"id": "d-nurses", "title": "Nurses walk out at Lakeshore", "status": "ended",
     "action_type": "strike", "industry": "health_care", "state": "MN",
     "employer": "Lakeshore Health", "union": "Minnesota Nurses Association",
     "start_date": "2024-01-15", "end_date": "2024-01-18", "participants": 4000,
     "article_ids": ["c"]},
    {"id": "d-hotel", "title": "Hotel lockout", "status": "ongoing", "action_type": "lockout",
     "industry": "hospitality_food", "state": "CA", "employer": "Bayview Grand Hotel",
     "union": "UNITE HERE Local 2", "start_date": None, "participants": None,
     "article_ids": []},
    {"id": "d-rally", "title": "Grocery workers rally", "status": "ended",
     "action_type": "protest", "industry": "retail", "state": "OH",
     "employer": "FreshCo Markets", "union": "UFCW Local 75",
     "start_date": "2023-11-02", "end_date": "2023-11-02", "participants": 150,
     "article_ids": ["d"]},
]


@pytest.fixture
def disputes_store(any_store: Store) -> Store:
    _labelled(any_store)
    for d in DISPUTES:
        any_store.save_dispute(d)
    return any_store


def test_dispute_kept_as_given(disputes_store: Store) -> None:
    got = disputes_store.dispute("d-transit")
    assert got == DISPUTES[0]
    assert list(got) == list(DISPUTES[0])  # key order too
    assert disputes_store.dispute("nope") is None


def test_dispute_filters_sort_and_pagination(disputes_store: Store) -> None:
    st = disputes_store
    ids = lambda **kw: [d["id"] for d in st.disputes(**kw)]  # noqa: E731
    assert ids() == ["d-transit", "d-nurses", "d-rally", "d-hotel"]  # latest start first
    assert ids(desc=False) == ["d-rally", "d-nurses", "d-transit", "d-hotel"]  # nulls last
    assert ids(sort="participants") == ["d-nurses", "d-transit", "d-rally", "d-hotel"]
    assert ids(sort="title", desc=False)[0] == "d-rally"
    assert ids(status="ongoing") == ["d-transit", "d-hotel"]
    assert ids(action_type="strike", state="CA") == ["d-transit"]
    assert ids(industry="health_care") == ["d-nurses"]
    assert ids(since="2024-01-17") == ["d-transit", "d-nurses"]  # still on after that day
    assert ids(until="2024-01-01") == ["d-rally"]
    assert ids(since="2024-01-01", until="2024-02-01") == ["d-nurses"]
    assert ids(q="transit") == ["d-transit"]  # employer
    assert ids(q="unite here") == ["d-hotel"]  # union, any case
    assert ids(q="WALK OUT") == ["d-nurses"]  # title
    assert ids(limit=2) == ["d-transit", "d-nurses"]
    assert ids(limit=2, offset=2) == ["d-rally", "d-hotel"]
    assert st.count_disputes() == 4
    assert st.count_disputes(state="CA") == 2 and st.count_disputes(q="local") == 3
    with pytest.raises(ValueError):
        st.disputes(sort="text; DROP TABLE disputes")


def test_dispute_membership_update_and_delete(disputes_store: Store) -> None:
    st = disputes_store
    assert st.dispute_of("a") == "d-transit" and st.dispute_of("zzz") is None
    moved = dict(DISPUTES[1], article_ids=["c", "b"], status="averted")
    st.save_dispute(moved)  # "b" moves from d-transit to d-nurses
    assert st.dispute_of("b") == "d-nurses"
    assert [a.id for a in st.articles(dispute_id="d-transit")] == ["a"]
    assert st.dispute("d-nurses")["status"] == "averted"
    assert st.disputes(status="averted")[0]["id"] == "d-nurses"
    st.delete_dispute("d-nurses")
    assert st.dispute("d-nurses") is None and st.dispute_of("c") is None
    assert st.count_disputes() == 3


def test_bulk_lookups_for_linking(disputes_store: Store) -> None:
    st = disputes_store
    many = [art(f"bulk-{i}", published=f"2024-02-{i % 28 + 1:02d}") for i in range(1200)]
    st.add_articles(many)
    wanted = ["bulk-1100", "missing", "a", "bulk-3", "bulk-1100"]  # order kept, repeats once
    assert [a.id for a in st.articles_by_ids(wanted)] == ["bulk-1100", "a", "bulk-3"]
    assert st.articles_by_ids(wanted)[0] == st.article("bulk-1100")
    assert len(st.articles_by_ids(a.id for a in many)) == 1200  # more ids than one IN chunk
    assert st.disputes_of(["a", "b", "c", "zzz"]) == {"a": "d-transit", "b": "d-transit",
                                                      "c": "d-nurses"}
    assert st.has_dispute("d-hotel") and not st.has_dispute("d-nope")


def test_link_keys_are_read_by_span(disputes_store: Store) -> None:
    st = disputes_store
    for did, first, last in (("k-winter", "2023-12-01", "2024-01-20"),
                             ("k-spring", "2024-04-02T09:30", "2024-05-01"),
                             ("k-nodates", None, None)):
        key = {"id": did, "employers": [], "unions": [], "mentions": [], "states": [],
               "first": first, "last": last, "article_ids": [did + "-1"]}
        st.save_dispute({"id": did, "article_ids": [did + "-1"], "link_key": key})
    ids = lambda **kw: [k["id"] for k in st.dispute_link_keys(**kw)]  # noqa: E731
    keyless = ["d-hotel", "d-nurses", "d-rally", "d-transit"]  # saved without a link key
    assert ids() == sorted(keyless + ["k-winter", "k-spring", "k-nodates"])
    assert ids(since="2024-02-01") == sorted(keyless + ["k-spring", "k-nodates"])
    assert ids(until="2024-04-01") == sorted(keyless + ["k-winter", "k-nodates"])
    assert ids(since="2024-04-02", until="2024-04-02") == sorted(keyless + ["k-spring", "k-nodates"])
    got = {k["id"]: k for k in st.dispute_link_keys()}
    assert got["k-winter"]["link_key"]["last"] == "2024-01-20"
    assert got["k-winter"]["article_ids"] == ["k-winter-1"]
    assert got["d-transit"] == {"id": "d-transit", "link_key": None, "article_ids": ["a", "b"]}


def test_link_key_columns_are_filled_for_disputes_saved_before_them(sqlite_url: str) -> None:
    import json
    from datetime import datetime, timezone

    from picketline.store import migrate
    from picketline.store.engine import make_engine

    engine = make_engine(sqlite_url)
    assert migrate.upgrade(engine, "0001") == "0001"  # the first schema only
    key = {"id": "old", "first": "2022-05-01", "last": "2022-06-30", "article_ids": ["x"]}
    with engine.begin() as c:  # a dispute written then: its key only inside the JSON record
        c.execute(text("INSERT INTO disputes (id, data, updated_at) VALUES (:i, :d, :u)"),
                  {"i": "old", "d": json.dumps({"id": "old", "link_key": key}),
                   "u": datetime.now(timezone.utc)})
    engine.dispose()
    with Store(sqlite_url) as st:  # opening migrates to head and fills the new columns
        assert [k["id"] for k in st.dispute_link_keys(since="2022-06-01")] == ["old"]
        assert st.dispute_link_keys(since="2022-07-01") == []
        assert st.dispute_link_keys()[0]["link_key"] == key


def test_dispute_columns_from_fact_shaped_values(any_store: Store) -> None:
    any_store.save_dispute({
        "id": "x", "status": {"value": "ongoing", "sources": ["a"]},
        "employers": [{"value": "Acme Foundry"}], "unions": ["United Steelworkers"],
        "location": {"value": {"city": "Gary", "state": "IN", "country": "US"}},
        "participants": {"value": "1,200"}, "start_date": {"value": "2024-05-01"},
    })
    assert [d["id"] for d in any_store.disputes(status="ongoing", state="IN",
                                                q="acme", since="2024-04-01")] == ["x"]
    assert any_store.count_disputes(q="steelworkers") == 1


# --- corrections -------------------------------------------------------------------------
def test_corrections_audit_trail(any_store: Store) -> None:
    c1 = any_store.add_correction(target="dispute", target_id="d1", field="participants",
                                  old_value=900, new_value=950, author="ana")
    c2 = any_store.add_correction(target="article", target_id="a", field="unions",
                                  old_value=["X"], new_value={"value": ["Y"], "note": "typo"},
                                  author="ben", action="confirm")
    c3 = any_store.add_correction(target="dispute", target_id="d1", field="status",
                                  old_value=None, new_value="ended", author="ana")
    assert c1["id"] < c2["id"] < c3["id"]
    assert c1["created_at"] <= c2["created_at"] <= c3["created_at"]
    assert c1["created_at"].endswith("+00:00")
    assert c3["old_value"] is None and c3["action"] == "correct"
    assert any_store.corrections() == [c1, c2, c3]
    assert any_store.corrections(target="dispute", target_id="d1") == [c1, c3]
    assert any_store.corrections(target="article") == [c2]
    assert any_store.corrections(target_id="zzz") == []
    for bad in (dict(target="employer"), dict(action="delete"), dict(author="")):
        kw = dict(target="dispute", target_id="d1", field="f", old_value=1, new_value=2,
                  author="ana") | bad
        with pytest.raises(ValueError):
            any_store.add_correction(**kw)
    assert len(any_store.corrections()) == 3


def test_ingest_position(any_store: Store) -> None:
    assert any_store.ingest_position("/data/big.jsonl") is None
    any_store.set_ingest_position("/data/big.jsonl", 10_000_000_000)
    any_store.set_ingest_position("/data/big.jsonl", 12_345_678_901)
    assert any_store.ingest_position("/data/big.jsonl") == 12_345_678_901


# --- concurrency -------------------------------------------------------------------------
def test_concurrent_writers_and_readers_lose_nothing(sqlite_url: str) -> None:
    """Reviewers writing corrections while an ingest adds overlapping articles and readers
    list them: on SQLite every write lands once, and nobody sees a lock error."""
    stores = [Store(sqlite_url) for _ in range(3)]
    errors: list[BaseException] = []

    def guard(fn):
        def run():
            try:
                fn()
            except BaseException as e:  # noqa: BLE001
                errors.append(e)
        return run

    def reviewer(n: int):
        st = stores[n % 3]
        for k in range(30):
            st.add_correction(target="dispute", target_id=f"d{n}", field="status",
                              old_value=k, new_value=k + 1, author=f"r{n}")

    def ingester(n: int):
        st = stores[n % 3]
        for k in range(0, 300, 20):  # two ingesters race for the same articles
            st.add_articles(art(i) for i in range(k, k + 20))

    def reader():
        for _ in range(40):
            stores[2].count_articles(q="body")
            stores[2].corrections(target="dispute")

    threads = [threading.Thread(target=guard(lambda n=n: reviewer(n))) for n in range(4)]
    threads += [threading.Thread(target=guard(lambda n=n: ingester(n))) for n in range(2)]
    threads += [threading.Thread(target=guard(reader)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    check = stores[0]
    assert check.count_articles() == 300
    trail = check.corrections()
    assert len(trail) == 120
    for n in range(4):
        mine = [c["new_value"] for c in trail if c["target_id"] == f"d{n}"]
        assert mine == list(range(1, 31))  # each reviewer's writes, in order
    with check.engine.connect() as c:
        assert c.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    for st in stores:
        st.close()
