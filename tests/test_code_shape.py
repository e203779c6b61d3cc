"""The extractor's shape (issue 13): its knowledge is data and its Python only resolves.

Regular expressions written in ``picketline/extract/`` are counted (calls of ``re.compile``,
``re.search``, ... ), and every function's cyclomatic complexity (McCabe: one plus each
branch, loop, boolean operator, comprehension condition, exception handler and match case)
and length are measured on the parsed source. Patterns belong in ``picketline/rules/*.toml``
with ids, a why and examples; a function past the limits is a sign that knowledge or several
steps hide in it.
"""
from __future__ import annotations

import ast
from pathlib import Path

EXTRACT = Path(__file__).resolve().parents[1] / "picketline" / "extract"
RE_FUNCTIONS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn",
                "split"}
MAX_REGEX_SITES = 60
MAX_COMPLEXITY = 25
MAX_LINES = 80


def _trees() -> dict[str, ast.Module]:
    files = [*sorted(EXTRACT.glob("*.py")), EXTRACT.parent / "names.py"]  # names: extraction's
    return {p.name: ast.parse(p.read_text(encoding="utf-8"), p.name) for p in files}


def regex_sites(tree: ast.AST) -> int:
    """Calls of the ``re`` module's matching functions (a module alias counts too)."""
    aliases = {"re"}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            aliases |= {a.asname for a in node.names if a.name == "re" and a.asname}
    n = 0
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "re":
            n += sum(a.name in RE_FUNCTIONS for a in node.names)  # ``from re import search``
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in RE_FUNCTIONS and isinstance(node.func.value, ast.Name)
                and node.func.value.id in aliases):
            n += 1
    return n


def complexity(fn: ast.AST) -> int:
    n = 1
    for node in ast.walk(fn):
        if isinstance(node, (ast.If, ast.For, ast.AsyncFor, ast.While, ast.IfExp,
                             ast.ExceptHandler, ast.Assert, ast.match_case)):
            n += 1
        elif isinstance(node, ast.BoolOp):
            n += len(node.values) - 1
        elif isinstance(node, ast.comprehension):
            n += 1 + len(node.ifs)
    return n


def _functions() -> list[tuple[str, ast.FunctionDef]]:
    return [(f"{name}:{node.name}", node) for name, tree in _trees().items()
            for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))]


def test_regex_sites_counted_the_same_way_as_written() -> None:
    tree = ast.parse("import re\nimport re as rx\nfrom re import sub\nA = re.compile('a')\n"
                     "def f(s):\n    return rx.search('b', s) or A.search(s)\n")
    assert regex_sites(tree) == 3  # re.compile, rx.search, from re import sub; not A.search


def test_complexity_measure() -> None:
    fn = ast.parse("def f(x):\n    if x and x > 1:\n        return [y for y in x if y]\n"
                   "    for i in x:\n        pass\n").body[0]
    assert complexity(fn) == 1 + 1 + 1 + 2 + 1


def test_few_regular_expressions_left_in_extract() -> None:
    counts = {name: regex_sites(tree) for name, tree in _trees().items()}
    total = sum(counts.values())
    assert total < MAX_REGEX_SITES, (total, {k: v for k, v in counts.items() if v})


def test_functions_are_small() -> None:
    too_big = [f"{name}: complexity {complexity(fn)}, {fn.end_lineno - fn.lineno + 1} lines"
               for name, fn in _functions()
               if complexity(fn) > MAX_COMPLEXITY or fn.end_lineno - fn.lineno + 1 > MAX_LINES]
    assert not too_big, "\n".join(too_big)
