"""Compiled regular expressions kept between processes.

The extraction rules are regular expressions, many of them long alternations of word lists,
and Python's ``re`` parses and compiles each one again in every process: about 0.65 s of
every extraction worker's CPU (0.45 s the rules, 0.2 s the demand and bargaining lexicons),
more than loading the spaCy model. :func:`compile` keeps what the compiler makes of a
pattern (its opcode list and group tables, the arguments of ``_sre.compile``, exactly as
``re`` passes them) in a table on disk (:mod:`picketline.diskcache`'s folder), so a later
process builds the pattern object from them without parsing: the same object ``re.compile``
returns (same pattern text, flags, groups and code), in a small part of the time.

The table is keyed by the interpreter (its full version, build and ``_sre`` magic), and by
each pattern's text and flags, so any change to a pattern simply misses. A process adds what
it compiled to the table when :func:`save` is called (an extraction worker after its warm-up
and after each batch; any other process at exit); a table past :data:`MAX_ENTRIES` patterns
or :data:`MAX_BYTES` of code keeps the patterns saved last. Where ``re``'s internals are not
the expected ones (another Python implementation or version), or the cache is turned off
(``PICKETLINE_CACHE_DIR=off``), this is plain ``re.compile``.
"""
from __future__ import annotations

import atexit
import re
import sys
import threading
from array import array
from typing import Any

__all__ = ["compile", "save", "enabled"]

# a table of other patterns than this process's (other checkouts, rules since edited, a
# `rules lint` that compiled every rule) keeps the most recently saved up to these bounds;
# an extraction process uses about 800 patterns and 3 MB of code, and every process that
# imports the extractors (an ingest's parent too, for linking) holds the table it read
MAX_ENTRIES = 3000
MAX_BYTES = 6_000_000
_NAME = "regex"

_lock = threading.Lock()
_table: dict[tuple[str, int], tuple] | None = None  # loaded from disk, then what we compiled
_new = 0  # entries added since the table was read or last saved
_used: dict[tuple[str, int], None] = {}  # keys this process compiled or loaded, in order


def _internals() -> Any:
    """``(_parser, _compiler, _sre)`` when this interpreter's ``re`` is the one this module
    was written against (CPython 3.11 to 3.13), else None."""
    if sys.implementation.name != "cpython" or not (3, 11) <= sys.version_info[:2] <= (3, 13):
        return None
    try:
        import _sre
        from re import _compiler, _parser
    except ImportError:
        return None
    if not (hasattr(_compiler, "_code") and hasattr(_parser, "parse")
            and hasattr(_sre, "compile") and hasattr(_sre, "MAGIC")):
        return None
    return _parser, _compiler, _sre


_RE = _internals()
# an array type of the regex engine's code word size (4 bytes in CPython)
_CODE = next((t for t in "IL" if array(t).itemsize == _RE[2].CODESIZE), None) if _RE else None
if _CODE is None:
    _RE = None


def _key_parts() -> list[str]:
    import _sre

    return [sys.version, sys.implementation.cache_tag or "",
            f"{_sre.MAGIC}:{_sre.CODESIZE}:{_sre.MAXREPEAT}:{_sre.MAXGROUPS}"]


def enabled() -> bool:
    """Is the table in use (the interpreter is a known one and the disk cache is on)?"""
    from .diskcache import cache_dir

    return _RE is not None and cache_dir() is not None


def _load() -> dict[tuple[str, int], tuple]:
    global _table, _new
    if _table is None:
        from .diskcache import load

        table: dict = {}
        if enabled():
            try:
                got = load(_NAME, _key_parts())
                table = dict(got) if isinstance(got, dict) else {}
            except Exception:  # noqa: BLE001 - no table: compile as re does
                table = {}
            if len(table) > MAX_ENTRIES or sum(map(_size, table.values())) > MAX_BYTES:
                _new += 1  # too large (bounds lowered, or one process's compile-all): trim
        _table = table
    return _table


def _parts(regex: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` passes to ``_sre.compile`` for ``regex`` (raises
    ``re.error`` as ``re.compile`` does)."""
    _parser, _compiler, _ = _RE
    p = _parser.parse(regex, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    # the opcodes as machine words (plain ints: the compiler's are named int constants)
    return (int(flags | p.state.flags), array(_CODE, code).tobytes(), p.state.groups - 1,
            groupindex, tuple(indexgroup))


def _build(regex: str, parts: tuple) -> re.Pattern[str]:
    final, code, groups, groupindex, indexgroup = parts
    return _RE[2].compile(regex, final, array(_CODE, code).tolist(), groups, dict(groupindex),
                          indexgroup)


def compile(regex: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - as re.compile
    """``re.compile(regex, flags)``, from the table when an earlier process compiled it."""
    flags = int(flags)
    if _RE is None or not isinstance(regex, str) or flags & re.DEBUG:
        return re.compile(regex, flags)
    key = (regex, flags)
    table = _load()
    parts = table.get(key)
    if parts is not None:
        try:
            rx = _build(regex, parts)
        except Exception:  # noqa: BLE001 - a damaged entry: compile it afresh
            parts = None
        else:
            _used[key] = None
            return rx
    try:
        parts = _parts(regex, flags)
        rx = _build(regex, parts)
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - internals other than expected: as re does
        return re.compile(regex, flags)
    global _new
    with _lock:
        if enabled():
            table[key] = parts
            _new += 1
        _used[key] = None
    return rx


def save() -> None:
    """Add what this process compiled to the table on disk (merged with what other
    processes added meanwhile; beyond the bounds the file's oldest entries go); nothing to do
    when it compiled nothing new."""
    global _new
    if _table is None or not _new or not enabled():
        return
    from .diskcache import load, store

    with _lock:
        mine = {k: _table[k] for k in _used if k in _table}
        _new = 0
    try:
        on_disk = load(_NAME, _key_parts())
    except Exception:  # noqa: BLE001 - nothing readable on disk
        on_disk = None
    others = [(k, v) for k, v in on_disk.items() if k not in mine] \
        if isinstance(on_disk, dict) else []
    # the file's entries newest first, as long as they fit beside this process's own
    room, size = MAX_ENTRIES - len(mine), MAX_BYTES - sum(_size(v) for v in mine.values())
    kept: list = []
    for k, v in reversed(others):
        size -= _size(v)
        if len(kept) >= room or size < 0:
            break
        kept.append((k, v))
    merged = dict(reversed(kept))
    merged.update(mine)  # this process's patterns last: the most recently used
    store(_NAME, _key_parts(), merged)


def _size(parts: tuple) -> int:
    return len(parts[1]) if isinstance(parts, tuple) and len(parts) > 1 else 0


atexit.register(save)
