"""The employers-role experiment (scripts/train_roles.py, picketline/extract/roles.py) is
reproducible: trained on a tiny fixture written for this test (invented names, no evaluation
text), the same seed gives the same scores and the model learns the fixture; the combination
keeps the rules as the fallback; candidates carry their evidence."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from picketline.extract import roles
from picketline.model import Article, Fact
from picketline.nlp import Context

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "train_roles.py"
_spec = importlib.util.spec_from_file_location("train_roles", SCRIPT)
tr = importlib.util.module_from_spec(_spec)
sys.modules["train_roles"] = tr
_spec.loader.exec_module(tr)

EMPLOYER = [
    "src_emp0 head_transit | drivers at xcandx walked off the job on monday over pay",
    "src_ner_org head_hospital | nurses at xcandx began a three-day strike over staffing",
    "src_emp0 head_foods | workers at xcandx voted to strike unless managers improve the offer",
    "src_ner_org head_mining | miners struck at xcandx after talks with the company failed",
]
UNION = [
    "src_union head_union | xcandx said its members would stay out until a deal is signed",
    "src_union head_federation | the strike was called by xcandx, which represents the drivers",
    "src_union head_guild | xcandx leaders urged members to reject the offer",
    "src_union head_union | a spokesman for xcandx said the walkout would go ahead",
]
OTHER = [
    "src_ner_gpe head_county | commuters across xcandx were stranded by the walkout",
    "src_ner_org head_bank | analysts at xcandx said the dispute could cut output",
    "src_ner_gpe head_city | the strike spread to xcandx on tuesday",
    "src_ner_org head_news | xcandx reported the talks had broken down",
]
TEXTS = EMPLOYER + UNION + OTHER
LABELS = ["EMPLOYER"] * 4 + ["UNION"] * 4 + ["OTHER"] * 4


def _scores(nlp):
    return roles.employer_scores(nlp, TEXTS)


def test_training_is_deterministic_and_learns_the_fixture():
    a = _scores(tr.train(TEXTS, LABELS, epochs=15))
    b = _scores(tr.train(TEXTS, LABELS, epochs=15))
    assert a == b
    assert min(a[:4]) > max(a[4:])


def test_the_kit_name_matching_labels_candidates():
    assert tr.label_of("Harlow Valley Transit Co", ["Harlow Valley Transit"], []) == "EMPLOYER"
    assert tr.label_of("HVT", ["Harlow Valley Transit"], []) == "EMPLOYER"
    assert tr.label_of("Transit Workers Union", [], ["Transit Workers Union Local 9"]) == "UNION"
    assert tr.label_of("Westmere", ["Harlow Valley Transit"], []) == "OTHER"
    assert tr.count_list(["Corran Foods"], ["Corran Foods Ltd", "Westmere"]) == (1, 1, 0)


def test_choose_keeps_the_rules_as_the_fallback():
    emp = [("corran", "foods")]
    keys = [("corran", "foods"), ("denbury", "mills"), ("bakers", "union")]
    union = [False, False, True]
    # rules unchanged
    assert roles.choose(emp, keys, union, [0.05, 0.9, 0.99], "rules") == ([0], None)
    # fill only when the rules name no employer, never with a rules' union
    assert roles.choose(emp, keys, union, [0.05, 0.9, 0.99], "fill") == ([0], None)
    assert roles.choose([], keys, union, [0.3, 0.9, 0.99], "fill", fill_at=0.5) == ([], 1)
    assert roles.choose([], keys, union, [0.3, 0.4, 0.99], "fill", fill_at=0.5) == ([], None)
    # veto a rules' employer scored very low; both: then fill
    assert roles.choose(emp, keys, union, [0.05, 0.9, 0.9], "veto", veto_below=0.1) == ([], None)
    assert roles.choose(emp, keys, union, [0.05, 0.9, 0.9], "both", 0.5, 0.1) == ([], 1)
    assert roles.choose(emp, keys, union, [0.5, 0.9, 0.9], "both", 0.5, 0.1) == ([0], None)


def test_candidates_and_features_mark_the_name():
    text = ("Bus drivers at Harlow Valley Transit walked off the job on Monday after pay talks "
            "broke down. The strike left commuters in Westmere stranded, the Amalgamated Bus "
            "Workers Union said.")
    ctx = Context(Article(id="fixture-1", text=text, title=""))
    start = text.index("Harlow")
    rules_emp = Fact("Harlow Valley Transit", ctx.evidence(start, start + 21), rules=["x"])
    cands = roles.candidates(ctx, [rules_emp], [])
    c = cands[0]
    assert c.key == ("harlow", "valley", "transit") and c.sources[0] == "emp0"
    feats = roles.features(ctx, c)
    assert "src_emp0" in feats and "head_transit" in feats
    assert roles.MARK in feats and "harlow" not in feats.split(" | ", 1)[1]
    # the named entities come after the rules' names, each once
    assert len({x.key for x in cands}) == len(cands)
    # an employer kept or filled carries its evidence sentence
    fact = roles._evidence_fact(ctx, c, 0.8)
    assert fact is not None and "walked off the job" in fact.evidence.sentence
    assert fact.value == "Harlow Valley Transit"


def test_refine_is_the_rules_when_no_model_ships(tmp_path):
    ctx = Context(Article(id="fixture-2", text="Nurses at Corran General Hospital went on strike.",
                          title=""))
    roles.load.cache_clear()
    try:
        assert roles.load(str(tmp_path)) is None
    finally:
        roles.load.cache_clear()
    if roles.load() is None:
        assert roles.refine(ctx, [], []) == []
