"""Extraction rules as data (picketline/rules): every rule's own examples, the loader's
validation, the rule a match names, every fact naming registered rules (in ``extract --full``,
the store's records and the API), the lint, and ``picketline rules stats`` end to end."""
from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from picketline.cli import app
from picketline.extract import classify, extract_article
from picketline.model import Article, ArticleFacts, Fact
from picketline.rules import (RulesError, _rule, field_rules, macro, registry, rule_files,
                              rule_set)
from picketline.rules.lint import Problem, lint, organisation_names
from picketline.rules.provenance import unregistered
from picketline.rules.stats import fact_right, rule_stats

from support import cli

DATA_RULES = [r for r in registry().values() if r.kind == "regex"]
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"


# --- every rule's examples --------------------------------------------------------------------
@pytest.mark.parametrize("rule", DATA_RULES, ids=[r.id for r in DATA_RULES])
def test_rule_examples(rule) -> None:
    rx = rule.compiled()
    for s in rule.match:
        assert rx.search(s), f"{rule.id} must match {s!r}"
    for s in rule.no_match:
        m = rx.search(s)
        assert m is None, f"{rule.id} must not match {s!r} (matched {m.group()!r})"


@pytest.mark.parametrize("rule", DATA_RULES, ids=[r.id for r in DATA_RULES])
def test_rule_set_names_the_rule(rule) -> None:
    """In its compiled set, a rule's examples are matched and the match names a rule whose
    own pattern matches there: this rule, or one matching further left, or at the same place
    one earlier in the alternation."""
    rs = rule_set(rule.field, rule.set)
    order = [r.id for r in rs.rules]
    for s in rule.match:
        m = rs.regex.search(s)
        assert m is not None, (rule.id, s)
        named = registry()[rs.rule_of(m)]
        assert named.compiled().match(s, m.start()), (rule.id, named.id, s)
        own = rule.compiled().search(s)
        assert m.start() <= own.start(), (rule.id, named.id, s)
        if named.id != rule.id and m.start() == own.start():
            assert order.index(named.id) < order.index(rule.id), (rule.id, named.id, s)


def test_status_rules_cover_every_status_and_set_order() -> None:
    rules = field_rules("status")
    assert {r.label for r in rules.rules} == set(classify.STATUS_ORDER)
    assert set(rules.sets) == set(classify.STATUS_ORDER) | {"ongoing_even_modal"}
    for rs in rules.sets.values():
        assert [r.priority for r in rs.rules] == sorted(r.priority for r in rs.rules)
    assert len(rules.rules) == 130


def test_sets_compile_to_the_plain_alternation() -> None:
    """A set is one alternation of its rules in priority order (the named groups only label
    the alternatives), so it matches what the extractor matched before its rules were data."""
    rs = rule_set("status", "ended")
    plain = re.compile(rs.plain, re.I)
    for r in field_rules("status").rules:
        for s in (*r.match, *r.no_match):
            a, b = rs.regex.search(s), plain.search(s)
            assert (a and a.span()) == (b and b.span()), s


def test_vocabulary_and_word_classes() -> None:
    assert re.fullmatch(macro("ACT"), "walkout", re.I)
    assert re.fullmatch(macro("ACT_OR_PROTEST"), "blockades", re.I)  # a macro using a macro
    # a word class of data/lexicon/status_terms.json, inside a pattern
    ongoing = registry()["status.ongoing.action_impact"]
    assert "{status_terms.impact}" in ongoing.pattern and "paralysed" in ongoing.regex
    assert "status.toml" in rule_files() and "code.toml" not in rule_files()


# --- the loader refuses bad rules, naming them ----------------------------------------------
GOOD = {"id": "status.ended.x", "label": "ended", "pattern": r"\bover\b", "priority": 1,
        "why": "w", "match": ["It is over."], "no_match": ["It is on."], "source": "constructed"}


@pytest.mark.parametrize("change, message", [
    ({"id": "ended.x"}, "id must be dotted lower case starting with 'status'"),
    ({"id": "status.Ended"}, "id must be dotted"),
    ({"label": "finished"}, "unknown label 'finished'"),
    ({"pattern": r"(\bover"}, "pattern does not compile"),
    ({"pattern": r"{NOSUCH}"}, "unknown vocabulary macro {NOSUCH}"),
    ({"pattern": r"{status_terms.nosuch}"}, "unknown word class"),
    ({"match": []}, "match must be a list of at least one sentence"),
    ({"no_match": "It is on."}, "no_match must be a list"),
    ({"priority": "high"}, "priority must be an integer"),
    ({"why": "one\ntwo"}, "why is one line"),
    ({"extra": 1}, "unknown keys extra"),
    ({"case_sensitive": "yes"}, "case_sensitive must be true or false"),
])
def test_loader_refuses(change, message) -> None:
    raw = {**GOOD, **change}
    with pytest.raises(RulesError, match=re.escape(message)) as exc:
        _rule(raw, "status.toml", "status", tuple(classify.STATUS_ORDER), re.I, 3)
    assert "rules/status.toml" in str(exc.value)


def test_loader_requires_keys() -> None:
    raw = dict(GOOD)
    del raw["source"], raw["no_match"]
    with pytest.raises(RulesError, match="status.ended.x: missing no_match, source"):
        _rule(raw, "status.toml", "status", ("ended",), re.I, 1)


def test_registry_ids_unique_and_code_rules_declared() -> None:
    reg = registry()
    assert all(r.id.startswith(r.field + ".") for r in reg.values())
    code = {r.id for r in reg.values() if r.kind == "code"}
    assert {"status.code.last_day_past", "is_labor_action.code.no_cue", "employers.code"} <= code
    assert registry() is reg  # read and compiled once


# --- every fact names its rules -----------------------------------------------------------------
ARTICLES = {
    "walkout": ("Nurses walk off the job at Ridgeview hospital",
                "RIDGEVILLE, Ohio (March 4, 2025) - Hundreds of nurses went on strike Monday at "
                "Ridgeview Medical Center after contract talks broke down over staffing and pay. "
                "The nurses, members of the Ridgeview Nurses Association, are demanding a 12% "
                "raise over three years. The hospital offered 6%. Picket lines went up outside "
                "the main entrance at 7 a.m."),
    "planned": ("Bus drivers set strike date",
                "Transit drivers will strike on Friday unless the city improves its offer, "
                "their union said on Tuesday. Members voted 94% to authorize a strike last week."),
    "calledoff": ("Strike called off",
                  "The union called off the planned strike after a late offer from the district. "
                  "Teachers will vote on the tentative agreement next week."),
    "weather": ("Sunny weekend ahead", "Forecasters expect sunshine and mild temperatures "
                "across the region this weekend, with rain returning on Monday."),
}


def _write_articles(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (title, text) in ARTICLES.items():
        (folder / f"{name}.txt").write_text(f"{title}\n\n{text}\n", encoding="utf-8")
    return folder


def _facts_of(record: dict) -> list[tuple[str, dict]]:
    out = []
    for name, v in record.items():
        if isinstance(v, dict) and "rules" in v:
            out.append((name, v))
        elif isinstance(v, list):
            out.extend((name, x) for x in v if isinstance(x, dict) and "value" in x)
    return out


def test_extract_full_names_registered_rules(tmp_path) -> None:
    src = _write_articles(tmp_path / "a")
    p = subprocess.run(cli("extract", str(src), "--full"), capture_output=True, text=True,
                       timeout=300)
    assert p.returncode == 0, p.stderr
    records = {r["id"]: r for r in map(json.loads, p.stdout.splitlines())}
    assert set(records) == set(ARTICLES)
    reg = registry()
    for rid, rec in records.items():
        facts = _facts_of(rec)
        assert facts, rid
        for name, f in facts:
            assert f["rules"], (rid, name)
            assert all(r in reg for r in f["rules"]), (rid, name, f["rules"])
        for kind in ("events", "proposals"):  # timeline events and wage proposals too
            for e in rec.get(kind) or []:
                assert e["rules"] and all(r in reg for r in e["rules"]), (rid, kind, e)
    assert any(rec.get("events") for rec in records.values())
    assert records["walkout"]["status"]["value"] == "ongoing"
    assert records["walkout"]["status"]["rules"] == ["status.ongoing.walked_out"]
    assert records["planned"]["status"]["rules"][0].startswith("status.scheduled.")
    assert records["calledoff"]["status"]["rules"] == ["status.averted.action_called_off"]
    assert records["weather"]["is_labor_action"]["rules"] == ["is_labor_action.code.no_cue"]
    # demands and bargaining steps name the term of rules/demands.toml, bargaining_events.toml
    assert {f["value"]: f["rules"] for f in records["walkout"]["demands"]} == {
        "pay": ["demands.pay.pay"], "staffing": ["demands.staffing.staffing"]}
    assert [f["rules"] for f in records["planned"]["bargaining_events"]] == [
        ["bargaining_events.strike_vote.voted_to_authorize"]]


def test_lexicon_terms_name_the_term_that_matched() -> None:
    """A lexicon's terms scan an article as one alternation (only the terms whose leading
    word occurs); the match names the first term scanned that matches where it starts."""
    from picketline.extract.issues import _terms

    terms = _terms([r"\bstaff\w*", r"\bstaffing\s+levels\b", r"\blevels\b"],
                   ids=["demands.x.staff", "demands.x.levels_of_staffing", "demands.x.levels"])
    m = terms.pattern(None).search("Nurses want safe staffing levels.")
    assert terms.rule_of(m, None) == ["demands.x.staff"]
    # an article without the word start "staff": only the third term is scanned
    starts = frozenset({"le", "lev", "leve", "level", "levels"})
    m = terms.pattern(starts).search("Water levels rose.")
    assert terms.rule_of(m, starts) == ["demands.x.levels"]


def test_demand_and_bargaining_rules_are_the_lexicon_terms() -> None:
    """The extractor scans with the rules' patterns, in the rules' order, each named."""
    from picketline.extract.issues import bargaining_lexicon, demand_lexicon

    pay = next(c for c in demand_lexicon().categories if c.name == "pay")
    assert list(pay.strong.terms) == [r.regex for r in rule_set("demands", "pay.strong").rules]
    assert list(pay.strong.ids) == [r.id for r in rule_set("demands", "pay.strong").rules]
    assert pay.context_cs is not None and pay.context_cs.flags == 0  # matched with its case
    impasse = [r for r in bargaining_lexicon().rules if r.name == "impasse"]
    assert [sorted(r.not_in_countries) for r in impasse] == [[], ["US"]]
    assert impasse[1].patterns.ids[0].startswith("bargaining_events.impasse.")


@pytest.mark.skipif(not SEEDS.is_dir(), reason="no ../shared/corpus/seeds beside the checkout")
def test_seed_articles_name_registered_rules() -> None:
    from picketline.ingest import read_paths

    articles = [a for a in read_paths([SEEDS]) if isinstance(a, Article)]
    assert articles
    for a in articles:
        facts = extract_article(a)
        assert facts.facts()
        assert unregistered(facts) == [], a.id


def test_status_vote_names_code_rule_when_reread() -> None:
    """A vote re-read by code (a strike vote still to come) names the data rule and the code
    rule that re-read it."""
    votes = classify.status_votes("Members will hold a vote next week to authorize a strike.")
    st, m = votes[0]
    assert st == "threatened"
    assert classify.vote_rules(st, m) == ["status.authorized.voted_to_authorize",
                                          "status.code.vote_ahead"]


def test_fact_rules_round_trip_and_old_records_load() -> None:
    f = Fact("ended", None, 0.7, "n", ["status.ended.returned_to_work"])
    assert Fact.from_dict(f.to_dict()) == f
    old = {"value": "ended", "evidence": None, "confidence": 0.7, "note": None}
    assert Fact.from_dict(old).rules == []
    rec = ArticleFacts(id="x", status=f).to_dict()
    assert rec["status"]["rules"] == ["status.ended.returned_to_work"]
    assert ArticleFacts.from_dict(rec).status.rules == f.rules
    # timeline events and wage proposals carry their rules too; old records load
    from picketline.model import Event, Proposal

    ev = Event("strike_vote", "2026-01-05", rules=["events.strike_vote.x"])
    pr = Proposal("union", general_increase_pct=5.0, rules=["proposals.code"])
    back = ArticleFacts.from_dict(ArticleFacts(id="x", events=[ev], proposals=[pr]).to_dict())
    assert back.events[0].rules == ev.rules and back.proposals[0].rules == pr.rules
    assert Event.from_dict({"kind": "start", "date": None}).rules == []
    assert Proposal.from_dict({"side": "union"}).rules == []


def test_stored_facts_api_and_page_show_rules(tmp_path) -> None:
    """The rules are kept in the stored facts, served by the API, and shown (escaped) beside
    the evidence on the article page."""
    from fastapi.testclient import TestClient

    from picketline.web.app import create_app

    src = _write_articles(tmp_path / "a")
    db = f"sqlite:///{tmp_path / 'p.db'}"
    r = CliRunner().invoke(app, ["ingest", str(src), "--db", db])
    assert r.exit_code == 0, r.output
    client = TestClient(create_app(db))
    doc = client.get("/api/articles/walkout").json()
    assert doc["facts"]["status"]["rules"] == ["status.ongoing.walked_out"]
    page = client.get("/articles/walkout").text
    assert "status.ongoing.walked_out" in page
    assert re.search(r'class="rules[^"]*"[^>]*>[^<]*status\.ongoing\.walked_out', page)


# --- the lint -------------------------------------------------------------------------------
def test_shipped_rules_pass_the_lint() -> None:
    assert lint() == []


def test_lint_refuses_quotes_of_an_evaluation_article(tmp_path) -> None:
    heldout = Path(__file__).parent / "heldout" / "articles"
    text = sorted(heldout.iterdir())[0].read_text(encoding="utf-8")
    words = re.findall(r"[A-Za-z]+", text.split("\n", 2)[-1])[:12]
    quote = " ".join(words)
    rule = _rule({**GOOD, "match": [quote]}, "status.toml", "status", ("ended",), re.I, 1)
    problems = lint([rule], [heldout])
    assert [p.kind for p in problems] == ["quotes-eval"]
    assert "shares 8 words" in problems[0].detail
    # seven words in a row are no quote
    short = _rule({**GOOD, "match": [" ".join(words[:7])]}, "status.toml", "status",
                  ("ended",), re.I, 1)
    assert lint([short], [heldout]) == []


def test_lint_refuses_organisation_names() -> None:
    assert "SEIU" in organisation_names()
    rule = _rule({**GOOD, "match": ["SEIU nurses said the strike is over."],
                  "pattern": r"\bTeamsters\s+strike\s+over\b"}, "status.toml", "status",
                 ("ended",), re.I, 1)
    kinds = sorted((p.kind, p.detail.split(" ")[0]) for p in lint([rule], []))
    assert kinds == [("names-organisation", "example"), ("names-organisation", "pattern")]
    assert isinstance(lint([rule], [])[0], Problem)


def test_lint_code_finds_quotes_and_names(tmp_path) -> None:
    """Extractor code: a comment or string quoting an evaluation article, a string literal
    naming a gazetteer organisation (not a docstring: examples there are prose)."""
    from picketline.rules.lint import lint_code

    (tmp_path / "eval").mkdir()
    (tmp_path / "eval" / "e1.txt").write_text("Title\n\nThe riverside cannery workers walked "
                                              "out after the night shift ended on Tuesday.\n")
    code = tmp_path / "x.py"
    code.write_text('"""Docstring naming SEIU is prose."""\n'
                    '# after the night shift ended on Tuesday, said the cannery workers\n'
                    'A = r"\\bSEIU\\s+local\\b"\n'
                    'B = "riverside cannery workers walked out after the night shift"\n'
                    'C = "nothing to see here"\n')
    got = sorted((p.rule, p.kind) for p in lint_code([code], [tmp_path / "eval"]))
    assert got == [("x.py:3", "names-organisation"), ("x.py:4", "quotes-eval")]


def test_lint_command(tmp_path) -> None:
    r = CliRunner().invoke(app, ["rules", "lint", "--json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert out["problems"] == [] and out["rules"] == len(registry())
    r = CliRunner().invoke(app, ["rules", "lint", "--eval", str(tmp_path / "nope")])
    assert r.exit_code == 2 and "not a folder" in r.output
    # an evaluation folder whose article quotes a rule's example: refused, exit 1
    rule = next(r for r in DATA_RULES if len(re.findall(r"\w+", r.match[0])) >= 8)
    (tmp_path / "eval").mkdir()
    (tmp_path / "eval" / "e1.txt").write_text(f"Headline\n\nIt was said that {rule.match[0]}\n")
    r = CliRunner().invoke(app, ["rules", "lint", "--eval", str(tmp_path / "eval"), "--json"])
    assert r.exit_code == 1
    problems = json.loads(r.stdout)["problems"]
    assert {(p["rule"], p["kind"]) for p in problems} == {(rule.id, "quotes-eval")}


# --- rules stats ------------------------------------------------------------------------------
def _gold(folder: Path) -> Path:
    folder.mkdir()
    base = {"is_labor_action": True, "employers": [], "unions": [], "demands": [],
            "bargaining_events": [], "location": {}}
    (folder / "walkout.json").write_text(json.dumps(
        {**base, "id": "walkout", "status": "ongoing", "action_type": "strike"}))
    (folder / "calledoff.json").write_text(json.dumps(
        {**base, "id": "calledoff", "status": "ended", "action_type": "strike"}))
    (folder / "weather.json").write_text(json.dumps({"id": "weather", "is_labor_action": False}))
    return folder


def test_fact_right_uses_the_schema_rules() -> None:
    gold = {"is_labor_action": True, "participants": 100, "employers": ["Ridgeview Medical Center"],
            "location": {"city": "Ridgeville", "state": "OH", "country": "US"}}
    assert fact_right("participants", 110, gold) and not fact_right("participants", 130, gold)
    assert fact_right("employers", "Ridgeview Medical", gold)
    assert fact_right("location", {"city": "Ridgeville", "state": "OH"}, gold)
    assert not fact_right("location", {"city": "Columbus"}, gold)
    assert fact_right("status", "ended", {"is_labor_action": False}) is None


def test_rules_stats_end_to_end(tmp_path) -> None:
    src = _write_articles(tmp_path / "a")
    gold = _gold(tmp_path / "gold")
    r = CliRunner().invoke(app, ["rules", "stats", str(src), "--gold", str(gold), "--json"])
    assert r.exit_code == 0, r.output
    rep = json.loads(r.stdout)
    assert rep["articles"] == 4 and rep["labor_articles"] == 3 and rep["gold"] == 3
    by = {x["id"]: x for x in rep["rules"]}
    went = by["status.ongoing.walked_out"]
    assert went["fires"] == 1 and went["precision"] == 1.0 and went["votes"] >= 1
    called = by["status.averted.action_called_off"]
    assert called["fires"] == 1 and called["scored"] == 1 and called["precision"] == 0.0
    # the planned article: a scheduling rule and the authorizing vote disagree
    sched = [x for x in rep["rules"] if x["id"].startswith("status.scheduled.") and x["fires"]]
    assert sched and any(k.startswith("status.authorized.") for k in sched[0]["conflicts"])
    assert by["is_labor_action.code.no_cue"]["precision"] == 1.0
    assert "status.ongoing.headline_acronym_strikes" in rep["never_fired"]
    assert rep["unregistered"] == {}
    # the table on a terminal-less run
    r = CliRunner().invoke(app, ["rules", "stats", str(src)])
    assert r.exit_code == 0 and "status.ongoing.walked_out" in r.output
    assert "never fired" in r.output
    r = CliRunner().invoke(app, ["rules", "stats", str(src), "--gold", str(src / "walkout.txt")])
    assert r.exit_code == 2 and "not a folder" in r.output


def test_rules_list_command() -> None:
    r = CliRunner().invoke(app, ["rules", "list", "--field", "status", "--json"])
    assert r.exit_code == 0
    ids = {x["id"] for x in json.loads(r.stdout)}
    assert "status.ended.returned_to_work" in ids and "status.code.future_action" in ids


# --- a file's own macros, per-rule flags, one rule's own pattern ------------------------------
def test_file_macros_flags_and_one_rules_pattern() -> None:
    local = {"NUM": r"\d+(?:,\d{3})*", "COUNT": r"(?P<n>{NUM})\s+workers"}
    raw = {**GOOD, "id": "status.ongoing.count", "label": "ongoing", "pattern": r"{COUNT}",
           "match": ["Some 1,200 workers struck."], "no_match": ["Workers struck."]}
    r = _rule(raw, "status.toml", "status", ("ongoing",), re.I, 1, local)
    m = r.compiled().search("Some 1,200 workers struck.")
    assert m and m.group("n") == "1,200"  # the groups as written, macros of the file first
    verbose = _rule({**raw, "pattern": r"(?P<n>\d+) \s+ WORKERS", "flags": "x"}, "status.toml",
                    "status", ("ongoing",), re.I, 1, local)
    assert verbose.compiled().search("12 WORKERS") and not verbose.compiled().search("12 workers")
    with pytest.raises(RulesError, match="flags must be letters"):
        _rule({**raw, "flags": "q"}, "status.toml", "status", ("ongoing",), re.I, 1, local)
    with pytest.raises(RulesError, match=r"unknown vocabulary macro \{NOSUCH\}"):
        _rule({**raw, "pattern": "{NOSUCH}"}, "status.toml", "status", ("ongoing",), re.I, 1, local)
    from picketline.rules import pattern, rule
    some = next(iter(DATA_RULES))
    assert rule(some.id) is some and pattern(some.id).pattern == some.regex
    with pytest.raises(RulesError, match="no rule 'status.nosuch'"):
        rule("status.nosuch")


def test_dates_count_words_agree_with_their_values() -> None:
    """dates.toml's NUM macro spells the counts whose values dates.NUMBER_WORDS gives: a word
    added to one and not the other would match with no value, or never match."""
    from picketline.extract import dates

    spelled = set(field_rules("dates").macros["NUM"].removeprefix("(?:").removesuffix(")")
                  .split("|")) - {r"\d{1,3}"}
    assert spelled == set(dates.NUMBER_WORDS)
