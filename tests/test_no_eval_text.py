"""No evaluation text in the project (issue 13): the rules, the extractor code, the lexicons,
the tests and the bundled sample corpus share no run of 8 words with an evaluation article.
Checked against ``../shared/eval/*/articles`` when the shared folder is there, and always
against the project's own held-out set ``tests/heldout/articles``."""
from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from picketline.cli import app
from picketline.rules.lint import (default_eval_dirs, lint, lint_code, lint_files, lint_sample,
                                   lint_tests, repo_root)

ROOT = repo_root()
HELDOUT = ROOT / "tests" / "heldout" / "articles"
SHARED = ROOT.parent / "shared" / "eval"


def _dirs(shared: bool) -> list[Path]:
    dirs = default_eval_dirs(ROOT)
    return dirs if shared else [d for d in dirs if d == HELDOUT]


@pytest.mark.parametrize("shared", [
    False,
    pytest.param(True, marks=pytest.mark.skipif(not SHARED.is_dir(),
                                                reason="no ../shared/eval beside the checkout")),
])
def test_rules_code_lexicons_and_tests_quote_no_evaluation_article(shared: bool) -> None:
    dirs = _dirs(shared)
    assert HELDOUT in dirs
    problems = lint(None, dirs) + lint_code(None, dirs) + lint_files(None, dirs) \
        + lint_tests(ROOT, dirs) + lint_sample(None, dirs)
    assert [str(p) for p in problems] == []


def test_lint_tests_finds_a_quoting_test_and_fixture_but_not_the_eval_set(tmp_path) -> None:
    """A test string or comment and a fixture line sharing 8 words with an evaluation article
    are found; the evaluation articles kept under tests/heldout/articles are not checked
    against themselves; 7 words in a row are no quote."""
    ev = tmp_path / "tests" / "heldout" / "articles"
    ev.mkdir(parents=True)
    (ev / "h1.txt").write_text("Title\n\nThe riverside cannery workers walked out after the "
                               "night shift ended on Tuesday.\n")
    (tmp_path / "tests" / "fixtures").mkdir()
    (tmp_path / "tests" / "fixtures" / "page.html").write_text(
        "<p>ok</p>\n<p>Riverside cannery workers walked out after the night shift.</p>\n")
    (tmp_path / "tests" / "test_x.py").write_text(
        'A = "cannery workers walked out after the night shift ended"\n'
        '# seven words: cannery workers walked out after the night\n'
        'B = "nothing to see here"  # the night shift ended on Tuesday, said the riverside\n'
        '# riverside cannery workers walked out after the night shift\n')
    got = sorted((p.rule, p.kind) for p in lint_tests(tmp_path))
    assert got == [("fixtures/page.html:2", "quotes-eval"), ("test_x.py:1", "quotes-eval"),
                   ("test_x.py:4", "quotes-eval")]


def test_lint_sample_reads_whole_files_and_the_warc(tmp_path) -> None:
    """The sample check reads each file whole (a run wrapped over two lines of HTML counts) and
    a .gz file decompressed; 7 shared words are no quote."""
    import gzip

    ev = tmp_path / "eval"
    ev.mkdir()
    (ev / "e1.txt").write_text("Title\n\nThe riverside cannery workers walked out after the "
                               "night shift ended on Tuesday.\n")
    sample = tmp_path / "sample"
    sample.mkdir()
    (sample / "a.html").write_text("<p>ok</p>\n<p>Cannery workers walked out\nafter the night "
                                   "shift ended.</p>\n")
    (sample / "b.txt").write_text("Cannery workers walked out after the night.\n")
    (sample / "c.warc.gz").write_bytes(gzip.compress(
        b"WARC/1.0\r\n\r\n<p>Workers walked out after the night shift ended on</p>"))
    got = sorted((p.rule, p.kind) for p in lint_sample(sample, [ev]))
    assert got == [("a.html:2", "quotes-eval"), ("c.warc.gz:3", "quotes-eval")]


def test_lint_command_checks_tests(tmp_path) -> None:
    ev = tmp_path / "eval"
    ev.mkdir()
    quoted = next(p for p in sorted((ROOT / "tests").glob("test_*.py"))
                  if p.name != Path(__file__).name)
    # an "evaluation article" made of a test's own sentence: --tests finds it, exit 1
    import ast
    text = next(n.value for n in ast.walk(ast.parse(quoted.read_text(encoding="utf-8")))
                if isinstance(n, ast.Constant) and isinstance(n.value, str)
                and len(n.value.split()) >= 10)
    (ev / "e1.txt").write_text(f"Headline\n\n{text}\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["rules", "lint", "--eval", str(ev)]).exit_code == 0
    r = runner.invoke(app, ["rules", "lint", "--eval", str(ev), "--tests"])
    assert r.exit_code == 1 and quoted.name in r.output
