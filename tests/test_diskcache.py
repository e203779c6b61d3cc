"""The disk cache of computed indexes (picketline.diskcache) and the place gazetteer's index
kept in it: a later process loads what an earlier one built, and any change to what it is
built from builds it again."""
from __future__ import annotations

import pickle

import pytest

from picketline import diskcache
from picketline.diskcache import CACHE_ENV_VAR, cache_dir, cached


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV_VAR, str(tmp_path / "cache"))
    return tmp_path / "cache"


def _builder(value, calls: list):
    def build():
        calls.append(1)
        return value
    return build


def test_a_value_built_once_is_loaded_after(folder) -> None:
    calls: list = []
    value = {"Fresno": [("Fresno", "CA", "US", 542107)]}
    assert cached("idx", ["a", b"b"], _builder(value, calls)) == value
    assert cached("idx", ["a", b"b"], _builder("other", calls)) == value  # from the file
    assert len(calls) == 1
    [f] = folder.glob("idx/*.pickle")
    assert pickle.loads(f.read_bytes()) == value


def test_other_sources_build_again_beside_the_old_file(folder) -> None:
    calls: list = []
    cached("idx", ["v1"], _builder(1, calls))
    assert cached("idx", ["v2"], _builder(2, calls)) == 2
    assert calls == [1, 1]
    assert len(list(folder.glob("idx/*.pickle"))) == 2
    assert cached("idx", ["v2"], _builder(3, calls)) == 2
    assert cached("idx", ["v1"], _builder(3, calls)) == 1
    assert calls == [1, 1]


def test_two_versions_used_in_turn_each_build_once(folder) -> None:
    """Two checkouts (or an edited rule and the committed one) in turn: each keeps its
    own value; neither rebuilds the other's."""
    calls: list = []
    for _ in range(3):
        for v in ("main", "worktree"):
            assert cached("idx", [v], _builder(v, calls)) == v
    assert calls == [1, 1]


def test_the_least_recently_used_beyond_keep_are_removed(folder) -> None:
    import os
    import time

    calls: list = []
    files = []
    for k in range(diskcache.KEEP):
        cached("idx", [f"v{k}"], _builder(k, calls))
        files.append(folder / "idx" / f"{diskcache.fingerprint([f'v{k}'])}.pickle")
        t = time.time() - 100 + k  # v0 used longest ago
        os.utime(files[-1], (t, t))
    assert cached("idx", ["v0"], _builder(-1, calls)) == 0  # a hit marks it used: now v1
    cached("idx", ["new"], _builder("new", calls))         # is the least recently used
    assert len(list(folder.glob("idx/*.pickle"))) == diskcache.KEEP
    assert not files[1].exists()
    assert all(f.exists() for f in files[:1] + files[2:])
    assert cached("idx", ["v0"], _builder(-1, calls)) == 0
    assert len(calls) == diskcache.KEEP + 1


def test_a_damaged_file_is_built_again(folder) -> None:
    calls: list = []
    cached("idx", ["v"], _builder([1, 2], calls))
    [f] = folder.glob("idx/*.pickle")
    f.write_bytes(b"\x80\x05 not a whole pickle")
    assert cached("idx", ["v"], _builder([1, 2], calls)) == [1, 2]
    assert len(calls) == 2
    assert pickle.loads(f.read_bytes()) == [1, 2]  # and written whole again


@pytest.mark.parametrize("setting", ["off", ""])
def test_turned_off_it_keeps_nothing(tmp_path, monkeypatch, setting) -> None:
    monkeypatch.setenv(CACHE_ENV_VAR, setting)
    monkeypatch.chdir(tmp_path)
    assert cache_dir() is None
    calls: list = []
    assert cached("idx", ["v"], _builder(7, calls)) == 7
    assert cached("idx", ["v"], _builder(7, calls)) == 7
    assert len(calls) == 2
    assert list(tmp_path.rglob("*.pickle")) == []


def test_an_unwritable_folder_is_no_cache(tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder would be")
    monkeypatch.setenv(CACHE_ENV_VAR, str(blocker / "cache"))
    assert cached("idx", ["v"], lambda: 5) == 5


def test_default_folder_follows_xdg(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv(CACHE_ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "picketline"


def test_fingerprint_tells_parts_apart() -> None:
    assert diskcache.fingerprint(["ab", "c"]) != diskcache.fingerprint(["a", "bc"])
    assert diskcache.fingerprint([b"x"]) == diskcache.fingerprint(["x"])


def test_place_index_from_the_cache_is_the_built_one(folder) -> None:
    from picketline.extract import place

    built = place._build_geo()
    place._geo.cache_clear()
    try:
        first = place._geo()  # built and written
        [f] = folder.glob("place-geo/*.pickle")
        place._geo.cache_clear()
        second = place._geo()  # read back
        assert first == built and second == built
        assert list(second[0]) == list(built[0])  # same order of names, as built
        assert f.stat().st_size > 0
        # the sources name the places data and the gazetteer: another gazetteer file
        # (size, time) or places data gives another key
        parts = place._geo_sources()
        assert any("cities15000.json:" in p for p in parts if isinstance(p, str))
    finally:
        place._geo.cache_clear()


def test_rules_files_parsed_from_the_cache_are_the_files(folder) -> None:
    import tomllib

    from picketline import rules

    names = rules.rule_files() + [rules.CODE_FILE, rules.VOCAB_FILE]
    for name in names:
        text = rules._files().joinpath(name).read_text(encoding="utf-8")
        first, second = rules._read(name), rules._read(name)  # built, then loaded
        assert first == second == tomllib.loads(text)
    assert len(list(folder.glob("rules-*/*.pickle"))) == len(names)


def test_a_broken_rules_file_is_an_error_not_a_cache_entry(folder, tmp_path, monkeypatch) -> None:
    from picketline import rules

    (tmp_path / "broken.toml").write_text("[meta\\nfield = 'x'\\n", encoding="utf-8")
    monkeypatch.setattr(rules, "_files", lambda: tmp_path)
    with pytest.raises(rules.RulesError, match="broken.toml"):
        rules._read("broken.toml")
    assert list(folder.glob("rules-broken*/*.pickle")) == []
