"""``picketline reextract`` / :func:`picketline.api.reextract`: stored articles whose facts an
older extractor made are extracted again, batch by batch, on real SQLite and PostgreSQL
stores with the real extractor. Their disputes are rebuilt (reviewers' corrections applied
again, also when the corrected field's extracted value changed), articles that became labor
are linked, an article that cannot be extracted keeps its old facts and is reported, and a
second run does nothing."""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from picketline import api
from picketline.cli import app
from picketline.extract import extractor_version
from picketline.model import Fact
from picketline.pipeline import run_ingest
from picketline.store import Store

OLD = "0.1"  # what every fact said before versions were hashes

# Our own articles: one nurses' strike reported twice, a teachers' strike vote, a long
# article about another district's vote, and news that is not about labor.
ARTICLES = {
    "a": ("date 2025-03-04 Nurses walk out at Harbor View Medical Center\n\n"
          "About 120 nurses represented by the Valley Nurses Union Local 9 went on strike "
          "Monday at Harbor View Medical Center in Fresno, California, after months of talks "
          "over staffing.\n\nThe union is seeking a 6% raise over three years; the hospital "
          "has offered 2%. Mediation failed last week, union officials said.\n"),
    "d": ("date 2025-03-06 Harbor View nurses' strike enters third day\n\n"
          "The strike by nurses of the Valley Nurses Union Local 9 at Harbor View Medical "
          "Center in Fresno, California, entered its third day Wednesday, with picket lines "
          "outside the main entrance.\n\nHarbor View Medical Center said it had hired "
          "replacement nurses and that patient care continued.\n"),
    "c": ("date 2025-03-05 City council approves library budget\n\n"
          "The Fresno city council approved a new budget for the central library on Tuesday, "
          "adding weekend hours and two new reading rooms. Council members said construction "
          "would start in the spring.\n"),
    "t": ("date 2025-04-10 Teachers in Dayton vote to authorize strike\n\n"
          "Teachers of the Dayton Education Association voted to authorize a strike against "
          "Dayton Public Schools in Dayton, Ohio, on Wednesday, after the district offered a "
          "1% raise. The union wants smaller classes and a 5% raise.\n\nNo date for a walkout "
          "has been set, union president Ana Ruiz said.\n"),
    "e": ("date 2025-04-10 Teachers in Kettering vote to authorize strike\n\n"
          "Teachers of the Kettering Education Association voted to authorize a strike "
          "against Kettering Public Schools in Kettering, Ohio, on Wednesday, after the "
          "district offered a 1% raise. The union wants smaller classes and a 5% raise.\n\n"
          + " ".join(["Parents said they hoped the two sides would reach an agreement before "
                      "classes resume, and several said they supported the teachers."] * 12)
          + "\n"),
}
LIMIT = 1500  # bytes: every article but "e" fits


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    src = tmp_path / "news"
    src.mkdir()
    for name, body in ARTICLES.items():
        (src / f"{name}.txt").write_text(body, encoding="utf-8")
    return src


def _age(st: Store, ids=None, **changes) -> None:
    """Make the stored facts of ``ids`` (default: all) look extracted by the old version,
    with ``changes`` to their fields."""
    facts = st.facts(ids) if ids is not None else st.facts()
    st.save_facts([replace(f, extractor_version=OLD, dispute=None, **changes) for f in facts])


def _stale_nurses(st: Store) -> str:
    """The nurses' dispute as an older extractor left it: every article's facts of version
    0.1, article "a" with 10 workers where today's extractor reads 120, and article "d"
    taken for no labor news (so it is in no dispute). A reviewer corrected the dispute's
    workers to 150. Returns the dispute id."""
    did = st.dispute_of("a")
    assert did is not None and st.dispute_of("d") == did
    _age(st)
    (a,) = st.facts(["a"])
    assert a.participants is not None and a.participants.value == 120
    _age(st, ["a"], participants=Fact(10, a.participants.evidence, 0.5))
    (d,) = st.facts(["d"])
    _age(st, ["d"], is_labor_action=Fact(False, note="older rules"), status=None,
         employers=[], unions=[])
    with st.transaction():
        st.lock_linking()
        api.rebuild_dispute(st, did, [i for i in st.dispute(did)["article_ids"] if i != "d"])
    assert st.dispute_of("d") is None
    corrected = api.correct_fact(st, did, "participants", 150, author="ana")
    assert corrected["participants"] == 150
    assert corrected["facts"]["participants"]["extracted"] == 10
    return did


def test_reextract_updates_facts_keeps_corrections_relinks(any_store: Store, corpus) -> None:
    st = any_store
    run_ingest([corpus], st)
    current = extractor_version()
    assert {f.extractor_version for f in st.facts()} == {current}
    assert api.reextract(st).selected == 0  # nothing outdated yet
    did = _stale_nurses(st)
    disputes_before = {d["id"] for d in st.disputes(limit=None)}

    dry = api.reextract(st, dry_run=True, max_bytes=LIMIT)
    assert (dry.selected, dry.reextracted, dry.dry_run) == (5, 0, True)
    assert {f.extractor_version for f in st.facts()} == {OLD}  # a dry run writes nothing

    done = []
    report = api.reextract(st, max_bytes=LIMIT, batch_size=2,
                           progress=lambda n, total: done.append((n, total)))
    assert done == [(0, 5), (2, 5), (4, 5), (5, 5)]
    assert report.selected == 5 and report.reextracted == 4
    assert [e["id"] for e in report.errors] == ["e"]
    assert "over the 1,500-byte article limit" in report.errors[0]["reason"]
    # a's workers and d's labor verdict (and its parties, status...) changed
    assert report.changed == 2 and report.changed_fields >= 5
    assert report.disputes_new == 0 and report.disputes_removed == 0
    assert report.disputes_rebuilt == 2  # the nurses' and the Dayton teachers'

    facts = {f.id: f for f in st.facts()}
    assert facts["a"].participants.value == 120 and facts["a"].extractor_version == current
    assert facts["d"].labor and facts["d"].extractor_version == current
    assert facts["e"].extractor_version == OLD  # not re-extracted: its old facts stay
    assert facts["e"].labor and facts["e"].unions
    # d is back in the nurses' dispute, which was rebuilt from the new facts
    assert st.dispute_of("d") == did
    assert {d["id"] for d in st.disputes(limit=None)} == disputes_before
    record = api.get_dispute(st, did)
    assert set(record["article_ids"]) == {"a", "d"}
    assert record["participants"] == 150  # the reviewer's value still wins ...
    entry = record["facts"]["participants"]
    assert entry["corrected"]["new"] == 150 and entry["corrected"]["author"] == "ana"
    assert entry["extracted"] == 120  # ... beside the newly extracted one
    assert sorted(record["link_key"]["article_ids"]) == ["a", "d"]

    again = api.reextract(st, max_bytes=LIMIT)  # only "e" is left, and it still fails
    assert (again.selected, again.reextracted, again.changed) == (1, 0, 0)
    assert [e["id"] for e in again.errors] == ["e"]
    assert api.get_dispute(st, did)["participants"] == 150

    last = api.reextract(st)  # under the default limit "e" fits
    assert (last.selected, last.reextracted, last.errors) == (1, 1, [])
    assert last.disputes_rebuilt == 1
    assert api.reextract(st).selected == 0  # idempotent
    assert {f.extractor_version for f in st.facts()} == {current}


def test_reextract_ids_all_and_unknown(any_store: Store, corpus) -> None:
    st = any_store
    run_ingest([corpus], st)
    before = {f.id: f.to_dict() for f in st.facts()}
    report = api.reextract(st, ids=["c", "nosuch", "c"])
    assert (report.selected, report.reextracted, report.changed) == (1, 1, 0)
    assert report.errors == [{"id": "nosuch", "reason": "no such article"}]
    report = api.reextract(st, all=True)
    assert (report.selected, report.reextracted, report.changed) == (5, 5, 0)
    assert report.disputes_new == 0 and report.disputes_removed == 0
    after = {f.id: f.to_dict() for f in st.facts()}
    assert after == before  # same extractor, same facts


def _library_dispute(st: Store, did: str) -> None:
    """Article "c" (library news) as an older extractor might have read it: labor news,
    alone in dispute ``did``."""
    (a,) = st.facts(["a"])
    _age(st, ["c"], is_labor_action=Fact(True, note="older rules"), employers=a.employers)
    with st.transaction():
        st.lock_linking()
        api.rebuild_dispute(st, did, ["c"])
    assert st.dispute_of("c") == did


def test_article_no_longer_labor_leaves_its_dispute_unless_reviewed(store: Store,
                                                                    corpus) -> None:
    """A stored article an older extractor took for labor news and today's does not leaves
    its dispute (removed when no article is left), unless a reviewer worked on it: then the
    reviewer's judgement stands."""
    st = store
    run_ingest([corpus], st)
    _library_dispute(st, "lib-2025-03")
    report = api.reextract(st)
    assert (report.selected, report.reextracted, report.changed) == (1, 1, 1)
    assert report.disputes_removed == 1 and report.disputes_rebuilt == 0
    assert st.dispute_of("c") is None and not st.has_dispute("lib-2025-03")
    assert not st.facts(["c"])[0].labor

    _library_dispute(st, "lib2-2025-03")
    api.confirm_fact(st, "lib2-2025-03", "employers", author="ana")
    report = api.reextract(st)
    assert report.reextracted == 1 and report.disputes_removed == 0
    assert report.disputes_rebuilt == 1
    assert st.dispute_of("c") == "lib2-2025-03"
    assert api.get_dispute(st, "lib2-2025-03")["article_ids"] == ["c"]


def test_stored_text_that_is_not_text_is_reported(store: Store, corpus) -> None:
    """SQLite keeps whatever it is given: an article whose text became a blob (by hand, or
    a foreign tool) cannot be extracted again; it is named, keeps its facts, the rest goes
    on."""
    st = store
    run_ingest([corpus], st)
    _age(st)
    with st.engine.begin() as conn:
        conn.execute(text("UPDATE articles SET text = X'00FF10' WHERE id = 't'"))
    report = api.reextract(st)
    assert report.reextracted == 4
    assert report.errors == [{"id": "t", "reason": report.errors[0]["reason"]}]
    assert "stored text is not text" in report.errors[0]["reason"]
    (t,) = st.facts(["t"])
    assert t.extractor_version == OLD and t.labor


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def test_cli_reextract(tmp_path: Path, corpus) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    assert invoke("ingest", str(corpus), "--db", db).exit_code == 0
    info = json.loads(invoke("db", "info", "--db", db, "--json").stdout)
    assert info["extractor_version"] == extractor_version()
    assert info["facts_outdated"] == 0
    assert info["facts_by_version"] == {extractor_version(): 5}
    st = Store(db)
    try:
        did = st.dispute_of("a")
        api.correct_fact(st, did, "participants", 150, author="ana")
        _age(st)
    finally:
        st.close()
    info = json.loads(invoke("db", "info", "--db", db, "--json").stdout)
    assert info["facts_outdated"] == 5 and info["facts_by_version"] == {OLD: 5}

    r = invoke("reextract", "--db", db, "--dry-run")
    assert r.exit_code == 0 and "5 articles would be re-extracted" in r.stdout
    r = invoke("reextract", "--db", db, "--ids", "a,c", "--ids", "zz", "--json")
    assert r.exit_code == 1  # zz is not stored
    assert "not re-extracted zz: no such article" in r.stderr
    out = json.loads(r.stdout)
    assert (out["selected"], out["reextracted"]) == (2, 2)
    r = invoke("reextract", "--db", db, "--max-bytes", str(LIMIT), "--batch-size", "1",
               "--quiet")
    assert r.exit_code == 1 and "not re-extracted e:" in r.stderr
    assert "re-extracted" in r.stdout and "disputes rebuilt" in r.stdout
    r = invoke("reextract", "--db", db, "--json")
    assert r.exit_code == 0 and json.loads(r.stdout)["reextracted"] == 1
    r = invoke("reextract", "--db", db, "--json")
    assert r.exit_code == 0 and json.loads(r.stdout)["selected"] == 0
    info = json.loads(invoke("db", "info", "--db", db, "--json").stdout)
    assert info["facts_outdated"] == 0
    shown = json.loads(invoke("show", did, "--db", db, "--json").stdout)
    assert shown["participants"] == 150  # the correction is still what is shown
    assert shown["facts"]["participants"]["corrected"]["author"] == "ana"
    assert shown["facts"]["participants"]["extracted"] == 120
    r = invoke("show", did, "--db", db)
    assert r.exit_code == 0 and "150" in r.stdout and "ana" in r.stdout

    r = invoke("reextract", "--db", db, "--ids", "a", "--all")
    assert r.exit_code == 2 and "not both" in r.stderr
    r = invoke("reextract", "--db", db, "--engine", "spark")
    assert r.exit_code == 2 and "unknown engine" in r.stderr
    r = invoke("reextract", "--db", str(tmp_path / "none.db"))
    assert r.exit_code == 2


def test_reextract_on_a_process_pool_and_on_dask(tmp_path: Path, corpus) -> None:
    """The ingest engines re-extract too, with the local engine's results: a pool of two
    processes, and a Dask cluster of two workers."""
    distributed = pytest.importorskip("distributed")
    stores = {}
    try:
        for name in ("local", "pool", "dask"):
            st = stores[name] = Store(f"sqlite:///{tmp_path / (name + '.db')}")
            run_ingest([corpus], st)
            _age(st)
            (a,) = st.facts(["a"])
            _age(st, ["a"], participants=Fact(10, a.participants.evidence, 0.5))
        reports = {"local": api.reextract(stores["local"], batch_size=2),
                   "pool": api.reextract(stores["pool"], batch_size=2, workers=2)}
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                      dashboard_address=None, silence_logs=40) as cluster:
            reports["dask"] = api.reextract(stores["dask"], batch_size=2, engine="dask",
                                            scheduler=cluster.scheduler_address)
        want = reports["local"].to_dict()
        assert (want["reextracted"], want["changed"], want["errors"]) == (5, 1, [])
        local = [f.to_dict() for f in stores["local"].facts()]
        for name in ("pool", "dask"):
            assert reports[name].to_dict() == want, name
            # (the workers compute the version from the same files: equal in a checkout
            # nobody edits meanwhile)
            assert [f.to_dict() for f in stores[name].facts()] == local, name
            assert stores[name].disputes(limit=None, sort="id", desc=False) == \
                stores["local"].disputes(limit=None, sort="id", desc=False)
            assert api.reextract(stores[name]).selected == 0
    finally:
        for st in stores.values():
            st.close()
