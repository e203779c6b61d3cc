"""Rules are compiled when first used, not when their file loads: a process compiles only the
patterns it runs (each extraction worker started about a second sooner), and a pattern that
does not compile is still refused with its rule named: at first use, by the lint, and by
``_rule`` as the loader's own check."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

from picketline.rules import RuleSet, RulesError, _rule, field_rules, rule_set
from picketline.rules.lint import lint

GOOD = {"id": "status.ended.lazy_good", "label": "ended", "pattern": r"\bis\s+over\b",
        "priority": 1, "why": "w", "match": ["The stoppage is over."],
        "no_match": ["The stoppage is on."], "source": "constructed"}
BAD = {**GOOD, "id": "status.ended.lazy_bad", "pattern": r"(\bcalled\s+off"}


def _make(raw: dict, n: int):
    return _rule(raw, "status.toml", "status", ("ended", "ongoing"), re.I, n, compile_now=False)


def test_loading_leaves_a_bad_pattern_to_its_first_use_which_names_the_rule() -> None:
    bad = _make(BAD, 2)  # no error yet: nothing compiled
    with pytest.raises(RulesError, match=r"rules/status\.toml rule status\.ended\.lazy_bad: "
                                         r"pattern does not compile"):
        bad.compiled()


def test_a_set_that_does_not_compile_names_its_bad_rule() -> None:
    good, bad = _make(GOOD, 1), _make(BAD, 2)
    members = (good, bad)
    alternation = "|".join(f"(?P<r{i}>{r.regex})" for i, r in enumerate(members))
    rs = RuleSet("status", "ended", members, alternation, re.I,
                 {f"r{i}": r.id for i, r in enumerate(members)})
    with pytest.raises(RulesError, match="status.ended.lazy_bad"):
        rs.regex  # noqa: B018 - the property compiles


def test_a_set_compiles_once_on_first_use_and_matches_naming_its_rule() -> None:
    good = _make(GOOD, 1)
    rs = RuleSet("status", "ended", (good,), f"(?P<r0>{good.regex})", re.I, {"r0": good.id})
    assert "regex" not in rs.__dict__  # built, not compiled
    m = rs.regex.search("By noon the stoppage IS over, the union said.")
    assert m is not None and rs.rule_of(m) == "status.ended.lazy_good"
    assert rs.regex is rs.regex  # compiled once, then kept
    assert rs.regex.search("The stoppage is on.") is None


def test_the_loader_check_still_refuses_a_bad_pattern_at_once() -> None:
    with pytest.raises(RulesError, match="pattern does not compile"):
        _rule(BAD, "status.toml", "status", ("ended",), re.I, 2)


def test_lint_compiles_every_rule_and_reports_one_that_does_not() -> None:
    problems = lint([_make(GOOD, 1), _make(BAD, 2)], eval_dirs=[])
    assert [(p.rule, p.kind) for p in problems] == [("status.ended.lazy_bad", "compile")]
    assert "does not compile" in problems[0].detail


def test_every_shipped_rule_and_set_compiles() -> None:
    """What the loader no longer checks up front, the suite does for the shipped files."""
    from picketline.rules import registry, rule_files

    for fname in rule_files():
        for rs in field_rules(fname[:-5]).sets.values():
            assert rs.regex.groups >= len(rs.rules)
    assert all(r.compiled() is not None for r in registry().values() if r.kind == "regex")


def test_a_fresh_process_compiles_a_set_only_when_it_is_used() -> None:
    code = (
        "from picketline.rules import field_rules, rule_set\n"
        "sets = field_rules('status').sets\n"
        "print(sum('regex' in rs.__dict__ for rs in sets.values()), len(sets))\n"
        "rule_set('status', 'ended').regex\n"
        "print(sum('regex' in rs.__dict__ for rs in sets.values()))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out[0] == "0" and int(out[1]) > 1 and out[2] == "1"


def test_status_sets_still_read_a_sentence() -> None:
    """The lazily compiled sets of the shipped status file do what they did."""
    rs = rule_set("status", "ended")
    m = rs.regex.search("Workers returned to work on Tuesday after the strike ended.")
    assert m is not None and rs.rule_of(m).startswith("status.ended.")
