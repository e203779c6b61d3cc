"""A clean, reproducible install: every package the code imports is declared (lxml_html_clean,
without which a venv made by an older pip reads no HTML and no WARC at all), the lock pins
every package that picketline and its test extra need, the suite runs with those versions,
the build has nothing to warn about, and the set-up scripts wait for the apt lock and stop
the PostgreSQL server they started."""
from __future__ import annotations

import re
import tomllib
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
LOCK = ROOT / "requirements.lock"


def locked() -> dict[str, str]:
    """``{canonical name: version}`` of requirements.lock (every line ``name==version``)."""
    pins: dict[str, str] = {}
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.fullmatch(r"([A-Za-z0-9._-]+)==([^\s;]+)", line)
        assert m, f"requirements.lock: not an exact pin: {line!r}"
        pins[canonicalize_name(m[1])] = m[2]
    return pins


def closure(name: str, extras: frozenset[str] = frozenset()) -> set[str]:
    """The canonical names of ``name`` and of every package it needs (with ``extras``) on
    this platform, read from the installed packages' metadata."""
    seen: set[tuple[str, frozenset[str]]] = set()
    names: set[str] = set()
    todo = [(canonicalize_name(name), extras)]
    while todo:
        pkg, ex = todo.pop()
        if (pkg, ex) in seen:
            continue
        seen.add((pkg, ex))
        names.add(pkg)
        for text in distribution(pkg).requires or []:
            req = Requirement(text)
            envs = [{**default_environment(), "extra": e} for e in (ex or {""})]
            if req.marker is None or any(req.marker.evaluate(env) for env in envs):
                todo.append((canonicalize_name(req.name), frozenset(req.extras)))
    return names


def test_lxml_html_clean_is_declared_and_html_is_read(tmp_path) -> None:
    """trafilatura imports lxml.html.clean, a separate package since lxml 5.2."""
    deps = [canonicalize_name(Requirement(d).name) for d in PYPROJECT["project"]["dependencies"]]
    assert "lxml-html-clean" in deps
    import lxml.html.clean  # noqa: F401

    from picketline.cli import app

    (tmp_path / "story.html").write_text(
        "<html><head><title>Dock workers strike</title></head><body><article><h1>Dock "
        "workers strike</h1><p>About 800 dock workers at the Port of Bellhaven in Tacoma, "
        "Washington, went on strike on Monday, members of ILWU Local 23.</p><p>They want "
        "higher pay and safer shifts.</p></article></body></html>", encoding="utf-8")
    r = CliRunner().invoke(app, ["ingest", str(tmp_path / "story.html"), "--json",
                                 "--db", f"sqlite:///{tmp_path / 'x.db'}"])
    assert r.exit_code == 0, r.output
    assert '"added": 1' in r.stdout and '"skipped": 0' in r.stdout


def test_lock_pins_everything_picketline_and_its_tests_need() -> None:
    pins = locked()
    needed = closure("picketline", frozenset({"test"})) - {"picketline"}
    assert needed - set(pins) == set(), "not pinned in requirements.lock"
    assert "picketline" not in pins  # the project itself is installed from the checkout


def test_installed_versions_are_the_locked_ones() -> None:
    """scripts/setup-venv.sh installs with ``-c requirements.lock``: the suite runs with the
    versions it was locked with (after changing a dependency, update the lock)."""
    wrong = {}
    for name, version in locked().items():
        try:
            have = distribution(name).version
        except PackageNotFoundError:
            continue  # pinned for another platform or extra
        if have != version:
            wrong[name] = (have, version)
    assert wrong == {}, "installed != requirements.lock: run scripts/setup-venv.sh test"


def test_build_metadata_has_nothing_to_warn_about() -> None:
    # an SPDX string (a {text = ...} table is deprecated: setuptools warns on every install)
    assert isinstance(PYPROJECT["project"]["license"], str)
    assert any(re.fullmatch(r"setuptools>=(\d+)", r) and int(r.split(">=")[1]) >= 77
               for r in PYPROJECT["build-system"]["requires"])


def test_setup_scripts() -> None:
    scripts = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "scripts").glob("*.sh")}
    venv = scripts["setup-venv.sh"]
    assert re.search(r"pip install .*-c requirements\.lock", venv)
    for name, text in scripts.items():
        for line in text.splitlines():
            if re.search(r"\bapt-get\b", line) and not line.lstrip().startswith("#"):
                assert "DPkg::Lock::Timeout" in line, (name, line)
    test_sh = scripts["test.sh"]
    assert re.search(r"trap .*setup-postgres\.sh stop.* EXIT", test_sh)
    assert "bash scripts/test.sh" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["dev.jsonl", "p.jsonl"])
def test_evaluation_outputs_are_ignored_by_git(name) -> None:
    """The README's and DEVELOPERS.md's evaluation recipes write these into the checkout."""
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert name in ignored or f"/{name}" in ignored
