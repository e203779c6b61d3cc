"""Compiled patterns kept between processes (picketline.regexcache): a pattern built from the
table is the one re.compile makes (same text, flags and code: Pattern objects compare
equal only then), in this process and in a fresh one that reads the table."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import picketline
from picketline import regexcache
from picketline.diskcache import CACHE_ENV_VAR

PACKAGE = Path(picketline.__file__).parent

pytestmark = pytest.mark.skipif(regexcache._RE is None,
                                reason="this interpreter's re internals are not CPython's")


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """An empty cache folder and an empty table in this process."""
    monkeypatch.setenv(CACHE_ENV_VAR, str(tmp_path / "cache"))
    monkeypatch.setattr(regexcache, "_table", None)
    monkeypatch.setattr(regexcache, "_new", 0)
    monkeypatch.setattr(regexcache, "_used", {})
    return tmp_path / "cache"


PATTERNS = [
    (r"\b(?:walk(?:ed|s)?\s+off|went\s+on\s+strike)\b", re.IGNORECASE),
    (r"(?P<n>\d+(?:,\d{3})*)\s+(?P<who>nurses|teachers)", 0),
    (r"^\s*(?P<city>[A-Z][A-Z .]+)\s*(?:\((?P<agency>\w+)\)\s*)?[-\u2014]", re.MULTILINE),
    (r"(?x) \b local \s+ (\d{1,5}) \b  # a union local", 0),
    ("caf\u00e9|na\u00efve|\\w+\u00df", re.IGNORECASE | re.DOTALL),
]


def test_a_kept_pattern_is_the_one_re_compiles(fresh) -> None:
    for regex, flags in PATTERNS:
        first = regexcache.compile(regex, flags)  # compiled, added to the table
        again = regexcache.compile(regex, flags)  # built from the table
        want = re.compile(regex, flags)
        assert first == want and again == want
        assert (again.pattern, again.flags, again.groups, dict(again.groupindex)) == \
            (want.pattern, want.flags, want.groups, dict(want.groupindex))
    m = regexcache.compile(*PATTERNS[1]).search("About 1,200 nurses walked out")
    assert m and m.group("n") == "1,200" and m.lastgroup == "who"


def test_a_bad_pattern_raises_as_re_does(fresh) -> None:
    with pytest.raises(re.error):
        regexcache.compile("(unclosed", 0)


def test_a_fresh_process_reads_the_table(fresh) -> None:
    for regex, flags in PATTERNS:
        regexcache.compile(regex, flags)
    regexcache.save()
    assert list(fresh.glob("regex/*.pickle"))
    code = ("import re, sys\n"
            "from picketline import regexcache\n"
            f"pats = {PATTERNS!r}\n"
            "table = regexcache._load()\n"
            "assert all((r, f) in table for r, f in pats), 'not read back'\n"
            "assert all(regexcache.compile(r, f) == re.compile(r, f) for r, f in pats)\n"
            "print('ok')\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=PACKAGE.parent, env={**__import__("os").environ,
                                                  CACHE_ENV_VAR: str(fresh)})
    assert out.stdout.strip() == "ok", out.stderr


def test_every_rule_and_rule_set_from_the_table_is_re_compiles(fresh) -> None:
    """Every pattern of every rules file, and every set's alternation, compiled, kept,
    and built from the table again: equal to re.compile's."""
    from picketline import rules

    pats = []
    for fname in rules.rule_files():
        fr = rules.field_rules(fname[:-5])
        pats += [(r.regex, r.flags) for r in fr.rules]
        pats += [(s.alternation, s.flags) for s in fr.sets.values()]
    for regex, flags in pats:
        regexcache.compile(regex, flags)
    regexcache.save()
    regexcache._table = None  # read back from disk
    for regex, flags in pats:
        assert regexcache.compile(regex, flags) == re.compile(regex, flags), regex[:80]


def test_turned_off_it_is_re_compile(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(CACHE_ENV_VAR, "off")
    monkeypatch.setattr(regexcache, "_table", None)
    monkeypatch.setattr(regexcache, "_new", 0)
    assert regexcache.compile(*PATTERNS[0]) == re.compile(*PATTERNS[0])
    regexcache.save()
    assert regexcache._new == 0 and list(tmp_path.rglob("*.pickle")) == []


def test_a_full_table_keeps_the_patterns_used_last(fresh, monkeypatch) -> None:
    monkeypatch.setattr(regexcache, "MAX_ENTRIES", 3)
    for i in range(5):
        regexcache.compile(f"old{i}", 0)
    regexcache.save()
    monkeypatch.setattr(regexcache, "_table", None)
    monkeypatch.setattr(regexcache, "_used", {})
    regexcache.compile("new", 0)
    regexcache.save()
    regexcache._table = None
    assert set(regexcache._load()) == {("old3", 0), ("old4", 0), ("new", 0)}


def test_a_table_past_its_size_keeps_the_patterns_saved_last(fresh, monkeypatch) -> None:
    one = len(regexcache._parts("a{3}b", 0)[1])
    monkeypatch.setattr(regexcache, "MAX_BYTES", 3 * one)
    for i in range(4):
        regexcache.compile(f"a{{{i}}}b", 0)
        regexcache.save()
        monkeypatch.setattr(regexcache, "_table", None)
        monkeypatch.setattr(regexcache, "_used", {})
    assert set(regexcache._load()) == {(f"a{{{i}}}b", 0) for i in (1, 2, 3)}


def test_a_table_read_past_its_bounds_is_trimmed_at_the_next_save(fresh, monkeypatch) -> None:
    for i in range(4):
        regexcache.compile(f"x{i}", 0)
    regexcache.save()  # one process's own patterns are all written
    monkeypatch.setattr(regexcache, "MAX_ENTRIES", 2)
    monkeypatch.setattr(regexcache, "_table", None)
    monkeypatch.setattr(regexcache, "_used", {})
    regexcache.compile("x3", 0)  # nothing new compiled: still trimmed
    regexcache.save()
    regexcache._table = None
    assert len(regexcache._load()) == 2 and ("x3", 0) in regexcache._load()
