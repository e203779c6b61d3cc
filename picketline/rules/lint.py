"""The rules' lint (``picketline rules lint``): a rule may not quote an evaluation article nor
name a particular organisation.

- **Quoting**: a rule's pattern (its literal words) or one of its example sentences shares 8
  or more consecutive words with an article of an evaluation set (``../shared/eval/*/articles``
  beside the checkout, when present, and ``tests/heldout/articles``). Rules are written from
  constructed sentences or the shared corpus, never from the articles they are scored on.
- **Naming**: a pattern or an example holds a name of the union or employer gazetteers
  (``data/unions.json``, ``data/employers.json``: names, aliases, acronyms, matched as whole
  words with their case). Names belong in the gazetteers, where every extractor reads them.
- **Source**: a rule's ``source`` is "constructed" or an article id of the shared corpus, and
  never an evaluation article's id.
- **Compiling**: a rule's pattern compiles (the loader leaves compiling to first use, so the
  lint is where every pattern is compiled up front).

The quoting check also runs over the extractor code (:func:`lint_code`: strings, docstrings,
comments), the lexicons (:func:`lint_files`) and over the tests (:func:`lint_tests`: every ``tests/**/*.py`` string and comment,
every file of ``tests/fixtures``) and over the bundled sample corpus (:func:`lint_sample`:
``picketline/data/sample``, the generated WARC included); examples there are constructed in
their own words too.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable

from . import Rule, RulesError, registry

__all__ = ["Problem", "lint", "lint_code", "lint_files", "lint_sample", "lint_tests",
           "default_eval_dirs",
           "organisation_names", "SHINGLE"]

SHINGLE = 8  # consecutive words shared with an evaluation article that make a quote
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
# regex syntax that is not a word of the pattern: escapes (\b, \s, \w, \d), classes
_SYNTAX = re.compile(r"\\[A-Za-z]|\[[^\]]*\]|\{[^}]*\}|\(\?[:!=<P>a-zA-Z-]*")


@dataclass(frozen=True)
class Problem:
    rule: str
    kind: str  # "quotes-eval" | "names-organisation" | "source" | "compile"
    detail: str

    def __str__(self) -> str:
        return f"{self.rule}: {self.kind}: {self.detail}"


def repo_root() -> Path:
    """The checkout the package runs from (its parent folder)."""
    return Path(__file__).resolve().parents[2]


def default_eval_dirs(root: Path | None = None) -> list[Path]:
    """The evaluation article folders there are: ``../shared/eval/*/articles`` and
    ``tests/heldout/articles`` (each skipped when absent)."""
    root = root or repo_root()
    out = sorted((root.parent / "shared" / "eval").glob("*/articles"))
    out.append(root / "tests" / "heldout" / "articles")
    return [d for d in out if d.is_dir()]


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def eval_shingles(dirs: Iterable[Path]) -> dict[tuple[str, ...], str]:
    """Every run of :data:`SHINGLE` words of the evaluation articles, with the file it is from."""
    out: dict[tuple[str, ...], str] = {}
    for d in dirs:
        for p in sorted(Path(d).rglob("*")):
            if p.is_file():
                text = p.read_text(encoding="utf-8", errors="replace")
                for sh in _shingles(_words(text)):
                    out.setdefault(sh, f"{d.parent.name}/{p.name}")
    return out


def eval_ids(dirs: Iterable[Path]) -> set[str]:
    return {p.stem for d in dirs for p in Path(d).rglob("*") if p.is_file()}


@lru_cache(maxsize=1)
def organisation_names() -> tuple[str, ...]:
    """Names, aliases and acronyms of the union and employer gazetteers."""
    names: set[str] = set()
    for fname, key in (("unions.json", "unions"), ("employers.json", "employers")):
        data = json.loads(resources.files("picketline").joinpath(f"data/{fname}")
                          .read_text(encoding="utf-8"))
        for entry in data.get(key, []):
            names.add(entry["name"])
            names.update(entry.get("aliases", []))
            names.update(entry.get("acronyms", []))
    return tuple(sorted((n for n in names if len(n) >= 2), key=len, reverse=True))


@lru_cache(maxsize=1)
def _names_rx() -> re.Pattern[str]:
    alts = "|".join(re.escape(n) for n in organisation_names())
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")


def pattern_words(pattern: str) -> str:
    """The literal words of a pattern, its regex syntax dropped (``\\s+`` is a space)."""
    return re.sub(r"[|()?*+^$.\\]+", " ", _SYNTAX.sub(" ", pattern))


def lint(rules: Iterable[Rule] | None = None, eval_dirs: Iterable[Path] | None = None) -> list[Problem]:
    """Every problem of the data rules (all registered ones by default)."""
    rules = [r for r in (rules if rules is not None else registry().values()) if r.kind == "regex"]
    dirs = list(eval_dirs) if eval_dirs is not None else default_eval_dirs()
    shingles = eval_shingles(dirs)
    ids = eval_ids(dirs)
    names = _names_rx()
    out: list[Problem] = []
    for r in rules:
        try:
            r.compiled()
        except RulesError as exc:
            out.append(Problem(r.id, "compile", str(exc)))
        texts = [("pattern", pattern_words(r.pattern))] + \
                [("example", s) for s in (*r.match, *r.no_match)]
        for what, text in texts:
            hit = next((sh for sh in _shingles(_words(text)) if sh in shingles), None)
            if hit is not None:
                out.append(Problem(r.id, "quotes-eval", f"{what} shares {SHINGLE} words "
                                   f"({' '.join(hit)!r}) with {shingles[hit]}"))
            m = names.search(text)
            if m:
                out.append(Problem(r.id, "names-organisation",
                                   f"{what} names {m.group()!r}: names belong in the gazetteers"))
        if r.source != "constructed" and (r.source in ids or "/eval/" in r.source
                                          or "heldout" in r.source):
            out.append(Problem(r.id, "source", f"source {r.source!r} is an evaluation article"))
    return out


def lint_code(paths: Iterable[Path] | None = None,
              eval_dirs: Iterable[Path] | None = None, *, names: bool = True,
              base: Path | None = None) -> list[Problem]:
    """The same checks over extractor code (``picketline/extract/*.py`` and the name
    normaliser ``picketline/names.py`` by default): every
    comment, docstring or string that shares :data:`SHINGLE` words in a row with an
    evaluation article, and every string literal (not docstring or comment: examples there
    are prose) holding a gazetteer name (unless ``names`` is false). ``rule`` is
    ``file:line``, the file named relative to ``base`` when given."""
    import ast
    import io
    import tokenize

    package = Path(__file__).resolve().parents[1]
    files = list(paths) if paths is not None else sorted(
        [*(package / "extract").glob("*.py"), package / "names.py"])
    dirs = list(eval_dirs) if eval_dirs is not None else default_eval_dirs()
    shingles = eval_shingles(dirs)
    names_rx = _names_rx() if names else None
    out: list[Problem] = []
    for f in files:
        label = Path(f).relative_to(base).as_posix() if base is not None else Path(f).name
        src = Path(f).read_text(encoding="utf-8")
        tree = ast.parse(src)
        docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                      if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
                      and n.body and isinstance(n.body[0], ast.Expr)
                      and isinstance(n.body[0].value, ast.Constant)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                where = f"{label}:{node.lineno}"
                hit = next((sh for sh in _shingles(_words(node.value)) if sh in shingles), None)
                if hit is not None:
                    out.append(Problem(where, "quotes-eval", f"string shares {SHINGLE} words "
                                       f"({' '.join(hit)!r}) with {shingles[hit]}"))
                m = names_rx.search(pattern_words(node.value)) if names_rx else None
                if m and id(node) not in docstrings:
                    out.append(Problem(where, "names-organisation", f"string names {m.group()!r}"))
        for tok in tokenize.generate_tokens(io.StringIO(src).readline):
            if tok.type == tokenize.COMMENT:
                hit = next((sh for sh in _shingles(_words(tok.string)) if sh in shingles), None)
                if hit is not None:
                    out.append(Problem(f"{label}:{tok.start[0]}", "quotes-eval",
                                       f"comment shares {SHINGLE} words ({' '.join(hit)!r}) "
                                       f"with {shingles[hit]}"))
    # one problem per place and kind
    return list(dict.fromkeys(out))



def lint_tests(root: Path | None = None,
               eval_dirs: Iterable[Path] | None = None) -> list[Problem]:
    """The quoting check over the tests: every string and comment of ``tests/**/*.py`` and
    every file of ``tests/fixtures`` sharing :data:`SHINGLE` words in a row with an evaluation
    article (test sentences are constructed: other names, places, numbers, wording). The
    evaluation set ``tests/heldout/articles`` is not checked against itself; gazetteer names
    are allowed (tests name unions). ``rule`` is ``file:line`` under ``tests/``."""
    tests = (root or repo_root()) / "tests"
    dirs = list(eval_dirs) if eval_dirs is not None else default_eval_dirs(root)
    held = (tests / "heldout" / "articles").resolve()
    py = [p for p in sorted(tests.rglob("*.py"))
          if held not in p.resolve().parents and "__pycache__" not in p.parts]
    out = lint_code(py, dirs, names=False, base=tests)
    out += lint_files(sorted((tests / "fixtures").rglob("*")), dirs, base=tests)
    return list(dict.fromkeys(out))


def lint_files(paths: Iterable[Path] | None = None, eval_dirs: Iterable[Path] | None = None,
               base: Path | None = None) -> list[Problem]:
    """The quoting check over text files, line by line: test fixtures, and by default the
    lexicons (``picketline/data/lexicon/*.json``, whose ``_why`` notes give examples).
    ``rule`` is ``file:line``, the file named relative to ``base`` when given."""
    if paths is None:
        base = Path(__file__).resolve().parents[1] / "data" / "lexicon"
        paths = sorted(base.glob("*.json"))
    shingles = eval_shingles(list(eval_dirs) if eval_dirs is not None else default_eval_dirs())
    out: list[Problem] = []
    for p in paths:
        if not Path(p).is_file():
            continue
        label = Path(p).relative_to(base).as_posix() if base is not None else Path(p).name
        for n, line in enumerate(Path(p).read_text(encoding="utf-8", errors="replace")
                                 .splitlines(), 1):
            hit = next((sh for sh in _shingles(_words(line)) if sh in shingles), None)
            if hit is not None:
                out.append(Problem(f"{label}:{n}", "quotes-eval", f"text shares {SHINGLE} words "
                                   f"({' '.join(hit)!r}) with {shingles[hit]}"))
    return out


def lint_sample(folder: Path | None = None,
                eval_dirs: Iterable[Path] | None = None) -> list[Problem]:
    """The quoting check over the bundled sample corpus (``picketline/data/sample`` by default:
    original copy written for picketline). Each file is read whole, so a run of :data:`SHINGLE`
    words that crosses a line break counts (HTML and feed copy wrap lines), and a ``.gz`` file
    (the WARC) is read decompressed. ``rule`` is ``file:line``, the line where the run starts;
    one problem per file and evaluation article."""
    import gzip

    folder = Path(folder) if folder is not None else \
        Path(__file__).resolve().parents[1] / "data" / "sample"
    shingles = eval_shingles(list(eval_dirs) if eval_dirs is not None else default_eval_dirs())
    out: list[Problem] = []
    for p in sorted(folder.rglob("*")):
        if not p.is_file() or "__pycache__" in p.parts:
            continue
        raw = p.read_bytes()
        if p.suffix == ".gz":
            raw = gzip.decompress(raw)
        text = raw.decode("utf-8", errors="replace").lower()
        found = list(_WORD.finditer(text))
        words = [m.group() for m in found]
        seen: set[str] = set()
        for i in range(len(words) - SHINGLE + 1):
            sh = tuple(words[i:i + SHINGLE])
            if sh in shingles and shingles[sh] not in seen:
                seen.add(shingles[sh])
                line = text.count("\n", 0, found[i].start()) + 1
                out.append(Problem(f"{p.relative_to(folder).as_posix()}:{line}", "quotes-eval",
                                   f"text shares {SHINGLE} words ({' '.join(sh)!r}) with "
                                   f"{shingles[sh]}"))
    return out
