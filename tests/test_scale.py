"""Scale features on real components: the cascade's first stage, linking inside the ingest
pipeline's batch transactions (SQLite and PostgreSQL), idempotent and resumable re-runs."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from picketline.cascade import cues, might_be_labor
from picketline.pipeline import run_ingest

ROOT = Path(__file__).resolve().parents[1]

# One fictional dispute told in three articles, plus a story with no labor action.
QUARRY = {
    "quarry1": ("2024-09-09", "Quarry workers set strike date at Granite Ridge",
                "About 420 quarry and mill workers at Granite Ridge Stone Company in Barre, "
                "Vermont, will go on strike Thursday, Teamsters Local 597 said Monday. Members "
                "voted 380-12 last week to authorize a strike after the company offered raises "
                "of 4 percent over three years. The union is seeking 11 percent and limits on "
                "mandatory overtime."),
    "quarry2": ("2024-09-12", "Granite Ridge quarry strike begins",
                "About 420 members of Teamsters Local 597 walked off the job Thursday at "
                "Granite Ridge Stone Company in Barre, Vermont. Picket lines went up at the "
                "quarry gate before the first shift. The union wants 11 percent over three "
                "years; Granite Ridge Stone has offered 4 percent."),
    "quarry3": ("2024-09-20", "Quarry strikers back at work after deal",
                "Striking workers at Granite Ridge Stone Company in Barre, Vermont, returned to "
                "work Friday after Teamsters Local 597 reached a tentative agreement with the "
                "company, ending an eight-day strike. The agreement raises pay 8 percent over "
                "three years."),
    "fair": ("2024-09-14", "County fair draws record crowd",
             "The county fair in Barre drew a record crowd on Saturday, with families lining up "
             "for the pie contest and the draft horse pull. Organizers said attendance topped "
             "12,000."),
}


def write_corpus(folder: Path, articles: dict = QUARRY) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for stem, (day, title, body) in articles.items():
        (folder / f"{stem}.txt").write_text(f"date {day} {title}\n\n{body}\n", encoding="utf-8")
    return folder


# --- the cascade's first stage ------------------------------------------------------------
NON_LABOR = [
    "A lightning strike set a barn on fire east of town on Sunday night.",
    "The closer struck out the side in the ninth, finishing with eleven strikeouts.",
    "She rolled a strike in the tenth frame to win the league title by three pins.",
    "A federal judge struck down the county's parking ordinance on Tuesday.",
    "The two developers hope to strike a deal on the riverfront tower by spring.",
    "Stocks rallied on Wednesday as bond yields fell, and the market rally lifted tech shares.",
    "The new study demonstrated that the drug lowers blood pressure in older adults.",
    "Generally, the council literally federally funded nothing, naturally.",
    "The white picket fence outside the Protestant church was repainted by volunteers.",
    "Economists expect an economic slowdown next year as interest rates stay high.",
    "The farmers market opened for the season with sixty vendors selling bread and flowers.",
    "Air strikes and a drone strike hit the border region overnight, officials said.",
    "The movie's striking resemblance to the novel was strikingly obvious to critics.",
]

LABOR = [
    "Nurses at the county hospital went on strike Monday over staffing levels.",
    "About 300 warehouse workers walked off the job, and pickets formed at the gates.",
    "The union struck a deal late Friday, ending a five-day strike at the plant.",
    "The company locked out 250 mill workers after they rejected its final offer.",
    "Teachers staged a sickout on Thursday, closing a dozen schools.",
    "Drivers rallied outside city hall to demand a contract, and some walked out.",
    "Bus mechanics voted to authorize a work stoppage if talks fail.",
    "Hotel housekeepers held a one-day walkout over pay.",
    "Vineyard pickers began a four-day walk-off over piece rates.",
]


@pytest.mark.parametrize("text", NON_LABOR)
def test_cascade_drops_plainly_non_labor_text(text):
    assert not might_be_labor(text), cues(text)


@pytest.mark.parametrize("text", LABOR)
def test_cascade_keeps_labor_text_even_beside_other_senses(text):
    assert might_be_labor(text)


def test_cascade_counts_a_cue_outside_an_other_sense_phrase():
    assert cues("The pitcher struck out nine.") == set()
    assert cues("The pitcher struck out nine while stadium workers were on strike.") == {"strike"}


def _cascade_recall_module():
    spec = importlib.util.spec_from_file_location(
        "cascade_recall", ROOT / "benchmarks" / "cascade_recall.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_cascade_keeps_every_labor_article_of_the_sample_corpus():
    from picketline.sample import sample_path

    bench = _cascade_recall_module()
    labels = bench.sample_labels(sample_path())
    assert labels, "the sample corpus README must say which articles are labor"
    result = bench.measure(bench.read(sample_path()), labels)
    assert result["labor"] >= 12
    assert result["dropped_labor"] == [] and result["recall"] == 1.0


# --- linking inside the pipeline ----------------------------------------------------------
def _dispute_state(store) -> list[tuple[str, list[str], str | None]]:
    return [(d["id"], list(d["article_ids"]), d.get("status"))
            for d in store.disputes(limit=None, sort="id", desc=False)]


@pytest.mark.parametrize("batch_size", [1, 200])
def test_ingest_links_one_dispute_and_reruns_change_nothing(tmp_path, any_store, batch_size):
    store = any_store  # SQLite and PostgreSQL
    src = write_corpus(tmp_path / "news")
    report = run_ingest([src], store, batch_size=batch_size)
    assert (report.added, report.labor, report.skipped) == (4, 3, 0)
    state = _dispute_state(store)
    assert len(state) == 1, state
    did, members, status = state[0]
    assert members == ["quarry1", "quarry2", "quarry3"]
    assert status == "ended"  # the latest article's status wins
    assert store.dispute_of("fair") is None
    assert {f.id: f.dispute for f in store.facts(labor_only=True)} == dict.fromkeys(members, did)
    record = store.dispute(did)
    assert [s["published"] for s in record["sources"]] == ["2024-09-09", "2024-09-12",
                                                           "2024-09-20"]

    again = run_ingest([src], store, batch_size=batch_size)
    assert (again.added, again.duplicates) == (0, 4)
    assert _dispute_state(store) == state
    assert store.dispute(did) == record
    assert store.count_articles() == 4


def test_ingest_in_two_runs_joins_the_existing_dispute(tmp_path, store):
    """A later run's article joins the dispute an earlier run created (incremental)."""
    first = {k: QUARRY[k] for k in ("quarry1", "fair")}
    run_ingest([write_corpus(tmp_path / "a", first)], store)
    (did,) = [d["id"] for d in store.disputes(limit=None)]
    rest = {k: QUARRY[k] for k in ("quarry2", "quarry3")}
    report = run_ingest([write_corpus(tmp_path / "b", rest)], store)
    assert report.added == 2
    assert _dispute_state(store)[0][:2] == (did, ["quarry1", "quarry2", "quarry3"])
    assert store.count_disputes() == 1


def test_a_failing_link_rolls_back_the_batch_and_a_rerun_completes(tmp_path, store,
                                                                   monkeypatch):
    """Linking runs inside the batch transaction: when it fails, the batch's articles and
    facts are not committed either, and a re-run stores and links them."""
    from picketline import api

    src = write_corpus(tmp_path / "news")
    real = api.refresh_disputes

    def broken(st, article_ids=None, **_):
        raise RuntimeError("linking failed")

    monkeypatch.setattr(api, "refresh_disputes", broken)
    with pytest.raises(RuntimeError):
        run_ingest([src], store)
    assert store.count_articles() == 0 and store.count_disputes() == 0
    monkeypatch.setattr(api, "refresh_disputes", real)
    report = run_ingest([src], store)
    assert report.added == 4 and store.count_disputes() == 1


# --- crash safety on a JSON Lines stream ---------------------------------------------------
def test_sigkill_mid_jsonl_ingest_then_rerun_stores_everything_once(tmp_path):
    """kill -9 an ingest of a JSON Lines file once some batches are committed: the re-run
    stores exactly the rest, the dispute ends up whole, SQLite's integrity check passes."""
    import json
    import os
    import sqlite3

    from picketline.store import Store
    from support import cli, kill_when_rows

    n = 2400
    labor_at = {300: "quarry1", 1200: "quarry2", 2100: "quarry3"}
    src = tmp_path / "stream.jsonl"
    with src.open("w", encoding="utf-8") as out:
        for i in range(n):
            if i in labor_at:
                day, title, body = QUARRY[labor_at[i]]
                rec = {"id": labor_at[i], "published": day, "title": title, "text": body}
            else:
                rec = {"id": f"n{i}", "published": "2024-09-15", "title": "Council notes",
                       "text": f"The town council approved agenda item {i} on a 5-2 vote."}
            out.write(json.dumps(rec) + "\n")
    dbfile = tmp_path / "kill.db"
    db = f"sqlite:///{dbfile}"
    Store(db).close()
    env = {**os.environ, "PICKETLINE_HOME": str(tmp_path / "home")}
    kill_when_rows(cli("ingest", str(src), "--db", db, "--batch-size", "50"), dbfile, 400, env)
    with Store(db) as st:
        before = st.count_articles()
        assert 400 <= before < n and before % 50 == 0  # whole batches only
        assert len(st.facts()) == before
        assert st.dispute_of("quarry1") is not None  # linked in its batch's transaction
        report = run_ingest([src], st, batch_size=50)
        assert report.added == n - before and report.duplicates == before
        assert st.count_articles() == n and len(st.facts()) == n
        (d,) = st.disputes(limit=None)
        assert d["article_ids"] == ["quarry1", "quarry2", "quarry3"]
    con = sqlite3.connect(dbfile)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT count(DISTINCT id) FROM articles").fetchone()[0] == n
    con.close()
