"""The disputes API on a real SQLite store, the `disputes`/`show`/`export` commands, and one
end-to-end run (ingest -> extract -> link -> consolidate) over articles written here."""
from __future__ import annotations

import csv
import importlib
import io
import json

import pytest
from typer.testing import CliRunner

pytest.importorskip("picketline.store")

from picketline import api  # noqa: E402
from picketline.model import Article, ArticleFacts, Evidence, Fact, Location  # noqa: E402


def mk(aid, published, employers, unions, participants=None, status=None, state="MN",
       start=None, offer=None):
    ev = Evidence(aid, 0, 20, f"Sentence from {aid}.")
    return ArticleFacts(
        id=aid, published=Fact(published), is_labor_action=Fact(True), title=f"Story {aid}",
        employers=[Fact(e, ev) for e in employers], unions=[Fact(u, ev) for u in unions],
        participants=Fact(participants, ev) if participants else None,
        status=Fact(status, ev) if status else None,
        location=Fact(Location("Duluth", state, "US"), ev) if state else None,
        start_date=Fact(start, ev) if start else None,
        wage_offer_pct=Fact(offer, ev) if offer else None,
        action_type=Fact("strike", ev))


def article(aid, published, text=None):
    return Article(aid, text or f"Body of {aid}: workers and managers, unique words {aid}.",
                   title=f"Headline <b>{aid}</b>", published=published,
                   url=f"https://news.example/{aid}")


def put(store, facts, texts=None):
    texts = texts or {}
    store.add_articles([article(f.id, f.published.value, texts.get(f.id)) for f in facts])
    store.save_facts(facts)


LAKE = [mk("l1", "2024-10-01", ["Lakeshore Medical Center"], ["Minnesota Nurses Association"],
           1500, "scheduled", start="2024-10-08", offer=6.0),
        mk("l2", "2024-10-08", ["Lakeshore Medical Center"], ["MNA"], 1600, "ongoing",
           start="2024-10-08", offer=7.0)]
PORT = [mk("p1", "2024-10-03", ["Port of Duluth Authority"], ["ILA Local 1279"], 300,
           "ongoing")]


def test_refresh_links_incrementally_and_keeps_membership(store):
    put(store, LAKE[:1] + PORT)
    saved = api.refresh_disputes(store, ["l1", "p1"])
    assert len(saved) == 2
    lake = store.dispute_of("l1")
    assert lake and lake != store.dispute_of("p1")
    put(store, LAKE[1:])
    assert api.refresh_disputes(store, ["l2"]) == [lake]  # joins, only that dispute changes
    d = api.get_dispute(store, lake)
    assert d["article_ids"] == ["l1", "l2"]
    assert d["status_reported"] == "ongoing" and d["wage_offer_pct"] == 7.0
    assert any(c["field"] == "participants" for c in d["conflicts"])
    assert sorted(x["id"] for x in api.list_disputes(store, status="ongoing",
                                                     as_of="2024-10-08")) == sorted(
        [lake, store.dispute_of("p1")])
    assert api.refresh_disputes(store) == sorted([lake, store.dispute_of("p1")])  # idempotent
    assert store.count_disputes() == 2


def test_corrections_win_everywhere_and_keep_an_audit_trail(store):
    put(store, LAKE)
    (did,) = api.refresh_disputes(store)
    d = api.correct_fact(store, did, "participants", "1,750", author="ana")
    assert d["participants"] == 1750
    assert d["facts"]["participants"]["corrected"]["author"] == "ana"
    assert d["facts"]["participants"]["extracted"] in (1500, 1600)
    api.confirm_fact(store, did, "status", author="bo")
    # a refresh (new article) re-consolidates, and the correction still wins
    put(store, [mk("l3", "2024-10-10", ["Lakeshore Medical Center"], ["MNA"], 1400,
                   "ongoing")])
    api.refresh_disputes(store, ["l3"])
    d = api.get_dispute(store, did)
    assert d["participants"] == 1750 and d["article_ids"] == ["l1", "l2", "l3"]
    assert d["facts"]["status"]["confirmed"]["author"] == "bo"
    assert store.disputes(state="MN")[0]["participants"] == 1750  # the indexed copy too
    trail = store.corrections(target="dispute", target_id=did)
    assert [(r["action"], r["author"]) for r in trail] == [("correct", "ana"), ("confirm", "bo")]
    # a correction stored directly (as the web app may) shows up on the next read
    store.add_correction(target="dispute", target_id=did, field="status", old_value="ongoing",
                         new_value="ended", author="cy", action="correct")
    assert api.get_dispute(store, did)["status"] == "ended"
    with pytest.raises(ValueError):
        api.correct_fact(store, did, "no_such_field", 1, author="ana")


def test_merge_and_split_are_respected_by_later_refreshes(store):
    put(store, LAKE + PORT)
    api.refresh_disputes(store)
    lake, port = store.dispute_of("l1"), store.dispute_of("p1")
    merged = api.merge_disputes(store, lake, port, author="ana")
    assert merged["article_ids"] == ["l1", "p1", "l2"] and store.dispute(port) is None  # by date
    api.refresh_disputes(store)
    assert store.dispute_of("p1") == lake
    alone = api.split_article(store, lake, "l2", author="bo")
    assert alone["article_ids"] == ["l2"] and alone["id"] != lake
    api.refresh_disputes(store)
    assert store.dispute_of("l2") == alone["id"]
    assert store.dispute(lake)["article_ids"] == ["l1", "p1"]
    actions = [r["action"] for r in store.corrections(target="dispute", target_id=lake)]
    assert actions == ["merge", "split"]


def test_wire_copy_in_the_store_is_counted_once(store):
    body = ("Nurses at Lakeshore Medical Center went on strike at 6 a.m. Tuesday after "
            "talks with management collapsed over staffing ratios and pay. The association "
            "said 1,600 nurses joined picket lines at the main hospital and two clinics, and "
            "that no new talks were scheduled. Managers said replacement nurses were on hand.")
    copy = body.replace("Managers said replacement nurses were on hand.",
                        "Hospital officials said patient care continued without disruption.")
    facts = [LAKE[1], mk("w1", "2024-10-09", [], [], 16000)]
    put(store, facts, {"l2": body, "w1": "From our wire service.\n" + copy})
    (did,) = api.refresh_disputes(store)
    d = api.get_dispute(store, did)
    assert d["copies"] == {"w1": "l2"}
    assert d["participants"] == 1600 and d["conflicts"] == []


# --- the CLI --------------------------------------------------------------------------------
@pytest.fixture
def cli():
    importlib.import_module("picketline.cli.dispute_cmds")  # until cli/__init__ imports it
    from picketline.cli.app import app

    runner = CliRunner()
    return lambda *args: runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture
def filled(store, sqlite_url):
    put(store, LAKE + PORT)
    api.refresh_disputes(store)
    return sqlite_url


def test_disputes_command_table_and_json(cli, filled):
    r = cli("disputes", "--db", filled)
    assert r.exit_code == 0, r.output
    assert "Lakeshore" in r.output and "Duluth" in r.output and "2 disputes" in r.output
    r = cli("disputes", "--db", filled, "--json", "--status", "scheduled")
    data = json.loads(r.output)
    assert data["total"] == 0
    r = cli("disputes", "--db", filled, "--json", "-q", "port of duluth")
    data = json.loads(r.output)
    assert [d["article_ids"] for d in data["disputes"]] == [["p1"]]


def test_show_command_renders_facts_conflicts_timeline_and_escapes(cli, filled, store):
    did = store.dispute_of("l1")
    r = cli("show", did, "--db", filled)
    assert r.exit_code == 0, r.output
    for part in ("Facts", "Timeline", "conflict", "participants", "Headline <b>l1</b>"):
        assert part in r.output
    data = json.loads(cli("show", did, "--db", filled, "--json").output)
    assert data["id"] == did
    assert [(e["date"], e["kind"]) for e in data["timeline"]] == [
        ("2024-10-01", "offer"), ("2024-10-08", "start"), ("2024-10-08", "offer")]
    assert data["timeline"][1]["articles"] == ["l1", "l2"]
    r = cli("show", "no-such-dispute", "--db", filled)
    assert r.exit_code == 1


def test_export_command_csv_and_json_parse_back(cli, filled, tmp_path):
    out = tmp_path / "d.csv"
    r = cli("export", "--format", "csv", "--db", filled, "--output", str(out))
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert sorted(x["employer"] for x in rows) == ["Lakeshore Medical Center",
                                                   "Port of Duluth Authority"]
    port = next(x for x in rows if x["employer"].startswith("Port"))
    assert port["local"] == "1279" and port["sources"] == "https://news.example/p1"
    r = cli("export", "--format", "json", "--db", filled, "--state", "MN")
    rows = json.loads(r.output)
    assert sorted(x["participants"] for x in rows)[0] == 300 and len(rows) == 2
    assert cli("export", "--format", "xml", "--db", filled).exit_code == 2


# --- end to end -------------------------------------------------------------------------------
E2E = {
    "harbor1": ("2025-01-13", "Cannery workers set to strike",
                "Workers at Bayside Seafood Processing Company will walk off the job on "
                "Wednesday, January 15, United Food and Commercial Workers Local 3000 "
                "said on Monday. About 850 workers voted last week to authorize a strike "
                "after the company offered a 3 percent raise; the union is asking for 9 "
                "percent. The plant in Bellingham, Washington, processes salmon and crab."),
    "harbor2": ("2025-01-15", "Bayside cannery strike begins",
                "About 850 members of UFCW Local 3000 went on strike Wednesday at Bayside "
                "Seafood Processing Company in Bellingham, Washington. Picket lines formed at "
                "dawn at both gates. The union wants a 9 percent raise and safer line speeds; "
                "Bayside Seafood Processing has offered 3 percent."),
    "harbor3": ("2025-01-22", "Cannery strikers return to work",
                "Striking workers at Bayside Seafood Processing Company in Bellingham, "
                "Washington, returned to work Tuesday after United Food and Commercial Workers "
                "Local 3000 reached a tentative agreement with the company, ending a "
                "seven-day strike. The deal raises pay 6 percent."),
    "other": ("2025-01-14", "Pitcher strikes out ten",
              "The pitcher struck out ten batters as the home team won 4-1 on Tuesday night."),
}


def test_end_to_end_three_articles_make_one_dispute(tmp_path, store):
    pipeline = pytest.importorskip("picketline.ingest")
    extract = pytest.importorskip("picketline.extract")
    folder = tmp_path / "news"
    folder.mkdir()
    for stem, (day, title, body) in E2E.items():
        (folder / f"{stem}.txt").write_text(f"date {day} {title}\n\n{body}\n", encoding="utf-8")
    articles = [a for a in pipeline.read_paths([folder]) if isinstance(a, Article)]
    assert len(articles) == 4
    facts = list(extract.extract_articles(articles))
    store.add_articles(articles)
    store.save_facts(facts)
    saved = api.refresh_disputes(store)
    assert len(saved) == 1, [f.to_schema() for f in facts]
    d = api.get_dispute(store, saved[0])
    assert d["article_ids"] == ["harbor1", "harbor2", "harbor3"]
    assert store.dispute_of("other") is None
    assert [s["published"] for s in d["sources"]] == ["2025-01-13", "2025-01-15", "2025-01-22"]
    # stateless linking (what `picketline extract` writes) agrees
    api.link_articles_for_extract(facts, articles)
    assert len({f.dispute for f in facts if f.id.startswith("harbor")}) == 1


WIRE_TEXT = ("Nurses at Mercy Hospital walked off the job on Monday after contract talks "
             "collapsed, the Illinois Nurses Association said, and picket lines formed at "
             "both entrances before dawn as managers brought in replacement staff from an "
             "agency in another state.")
# An ordered stream: several articles a day whose ids do not sort in input order, a wire copy
# with no names of its own, and disputes that start and grow across days.
STREAM = [
    mk("z-harbor", "2024-03-04", ["Harbor Freight Lines"], []),
    mk("a-harbor", "2024-03-04", ["Harbor Freight Lines"], ["Teamsters Local 2785"]),
    mk("m-mercy", "2024-03-04", ["Mercy Hospital"], ["Illinois Nurses Association"], state="IL"),
    mk("c-copy", "2024-03-05", [], [], state=None),
    mk("y-teams", "2024-03-05", [], ["Teamsters Local 2785"]),
    mk("b-mercy", "2024-03-05", ["Mercy Hospital"], [], state="IL"),
    mk("x-port", "2024-03-06", ["Port of Duluth Authority"], ["ILA Local 1279"]),
    mk("d-port", "2024-03-06", ["Port of Duluth Authority"], []),
    mk("q-harbor", "2024-03-07", ["Harbor Freight Lines"], ["Teamsters Local 2785"]),
]
STREAM_TEXTS = {"m-mercy": WIRE_TEXT, "c-copy": "From the wire: " + WIRE_TEXT}


def _link_in_batches(store, size):
    for i in range(0, len(STREAM), size):
        batch = STREAM[i:i + size]
        put(store, [ArticleFacts.from_dict(f.to_dict()) for f in batch], STREAM_TEXTS)
        api.refresh_disputes(store, [f.id for f in batch])
    return ({f.id: store.dispute_of(f.id) for f in STREAM},
            {d["id"]: d.get("copies") for d in store.disputes(limit=None)})


def test_linking_does_not_depend_on_where_batches_end(tmp_path):
    from picketline.store import Store

    results = []
    for size in (1, 2, 3, 4, len(STREAM)):
        with Store(f"sqlite:///{tmp_path / f'b{size}.db'}") as st:
            results.append(_link_in_batches(st, size))
    membership, copies = results[0]
    assert membership["c-copy"] == membership["m-mercy"]  # the copy joined its original
    assert copies[membership["m-mercy"]] == {"c-copy": "m-mercy"}
    assert membership["z-harbor"] == membership["a-harbor"] == membership["q-harbor"]
    # the first article of the day in the input (not the smallest id) names the dispute
    assert membership["z-harbor"] == "hfl-2024-03"
    for other in results[1:]:
        assert other == results[0]


def test_disputes_query_expands_a_trade_to_its_unions_as_the_web_search_does(cli, store,
                                                                              sqlite_url):
    """`disputes -q nurses` finds the nurses' unions through the gazetteer (NNU: National
    Nurses United), through the same function as the web list (api.expand_query)."""
    nnu = [mk("n1", "2024-10-05", ["Harbor General Hospital"], ["NNU Local 12"], 800,
              "ongoing", state="CA")]
    put(store, LAKE + PORT + nnu)
    api.refresh_disputes(store)
    r = cli("disputes", "--db", sqlite_url, "--json", "-q", "nurses")
    assert r.exit_code == 0, r.output
    got = sorted(d["article_ids"][0] for d in json.loads(r.output)["disputes"])
    assert got == ["l1", "n1"]  # "Minnesota Nurses Association" by its name, NNU by the gazetteer
    assert json.loads(r.output)["total"] == 2
    r = cli("disputes", "--db", sqlite_url, "--json", "-q", "annual")  # NNU only as a word
    assert json.loads(r.output)["total"] == 0
    r = cli("export", "--db", sqlite_url, "--format", "json", "-q", "nurses")
    assert sorted(x["id"] for x in json.loads(r.output)) == sorted(
        [store.dispute_of("l1"), store.dispute_of("n1")])
    from picketline.web.search import expand
    assert expand is api.expand_query  # one function, not a copy
