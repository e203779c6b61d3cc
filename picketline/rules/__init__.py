"""Extraction rules as identified, tested data, and the small engine that runs them.

Each field's rules live in ``picketline/rules/<field>.toml``::

    [meta]
    field = "status"
    labels = ["averted", "ended", ...]   # what a rule of this file may label
    flags = "i"                          # regex flags of every pattern: letters of "imsx"

    [macros]                             # optional: fragments of this file, used as {NAME}
    NUM = '''\\d+(?:,\\d{3})*'''

    [[rule]]
    id = "status.ended.returned_to_work"  # dotted, starts with the field; unique everywhere
    label = "ended"                       # the value it votes for (one of meta.labels)
    set = "ended"                         # optional: the compiled set it joins (default: label)
    case_sensitive = true                 # optional: this rule ignores meta.flags' "i"
    flags = "x"                           # optional: this rule's flags instead of meta.flags
    priority = 10                         # order inside its set: lower is tried first
    pattern = '''\\b(?:returned|went\\s+back)\\s+to\\s+work\\b'''
    why = "workers back at work"         # one line
    match = ["Nurses returned to work on Tuesday."]   # at least one; each must match
    no_match = ["Nurses returned home on Tuesday."]   # at least one; none may match
    source = "constructed"                # or an article id under ../shared/corpus (never eval)

Patterns are regular expressions that may name vocabulary: ``{ACT}`` is a macro of the file's
own ``[macros]`` or else of ``vocab.toml`` (macros may use macros), ``{status_terms.impact}`` a word class of
``data/lexicon/status_terms.json`` (an alternation of its words, longest first). Regex
quantifiers (``{0,3}``) never start with a letter, so they are left alone.

A *set* compiles to one alternation, its rules in priority order, each alternative a named
group: a match says which rule made it (:meth:`RuleSet.rule_of`). The alternation is the
same regex the extractor used before its rules became data, so its matches are the same.

Code that reads a match's groups takes one rule's own pattern (:func:`pattern`); code that
only asks which rule matched takes a set (:func:`rule_set`).

Facts from code paths that are not (yet) data rules name a *code rule* declared in
``code.toml`` (id, field, why), so every fact names at least one registered rule
(:func:`registry`). Files are read, validated and compiled once per process; a bad file
raises :class:`RulesError` naming the file and the rule.
"""
from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

__all__ = ["Rule", "RuleSet", "RulesError", "field_rules", "rule_set", "macro", "expand",
           "registry", "rule_files", "rule", "pattern", "alternation", "CODE_FILE", "VOCAB_FILE"]

CODE_FILE = "code.toml"
VOCAB_FILE = "vocab.toml"
_ID = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+")
_REF = re.compile(r"\{([A-Za-z_][\w.]*)\}")
_REQUIRED = ("id", "label", "pattern", "priority", "why", "match", "no_match", "source")
_FLAG_LETTERS = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL, "x": re.VERBOSE}


def _flags(letters: Any, where: str) -> int:
    """Regex flags from letters ("", "i", "ix", ...)."""
    if not isinstance(letters, str) or set(letters) - set(_FLAG_LETTERS):
        raise RulesError(f"{where}: flags must be letters of {''.join(_FLAG_LETTERS)!r} "
                         f"(got {letters!r})")
    out = 0
    for c in letters:
        out |= _FLAG_LETTERS[c]
    return out


class RulesError(ValueError):
    """A rules file that cannot be used (the message names the file and the rule)."""


@dataclass(frozen=True)
class Rule:
    """One rule of a field file (``kind == "regex"``) or of the code registry (``"code"``)."""

    id: str
    field: str
    label: str
    why: str
    kind: str = "regex"
    set: str = ""
    priority: int = 0
    pattern: str = ""  # as written, with vocabulary references
    regex: str = ""  # expanded
    match: tuple[str, ...] = ()
    no_match: tuple[str, ...] = ()
    source: str = "constructed"
    file: str = ""
    flags: int = 0

    def compiled(self) -> re.Pattern[str]:
        """This rule alone (for its examples, the lint and the stats); a pattern that does not
        compile is a :class:`RulesError` naming the rule."""
        try:
            return _compile(self.regex, self.flags)
        except re.error as exc:
            raise RulesError(f"rules/{self.file} rule {self.id}: pattern does not compile: "
                             f"{exc}") from exc


@dataclass(frozen=True)
class RuleSet:
    """The rules of one set, compiled into one alternation with a named group per rule."""

    field: str
    name: str
    rules: tuple[Rule, ...]
    alternation: str  # the rules' patterns, each in a named group
    flags: int
    _by_group: dict[str, str] = field(repr=False, default_factory=dict)

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """The alternation, compiled when first used (compiling every set of every file when
        the rules load cost each worker process a second of its start). A set that does not
        compile is a :class:`RulesError` naming its first rule that does not."""
        from ..regexcache import compile as compile_kept

        try:
            return compile_kept(self.alternation, self.flags)  # re.compile, kept on disk
        except re.error:
            for r in self.rules:
                r.compiled()
            raise

    def rule_of(self, m: re.Match[str]) -> str:
        """The id of the rule that made a match of :attr:`regex`."""
        return self._by_group[m.lastgroup or ""]

    @property
    def plain(self) -> str:
        """The alternation without its named groups (what the extractor wrote before)."""
        return "|".join(r.regex for r in self.rules)


@dataclass(frozen=True)
class FieldRules:
    field: str
    file: str
    labels: tuple[str, ...]
    flags: int
    rules: tuple[Rule, ...]
    sets: dict[str, RuleSet]
    macros: dict[str, str] = field(default_factory=dict)


def _files() -> Any:
    return resources.files("picketline").joinpath("rules")


def rule_files() -> list[str]:
    """The field files (names), without the vocabulary and the code registry."""
    return sorted(p.name for p in _files().iterdir()
                  if p.name.endswith(".toml") and p.name not in (CODE_FILE, VOCAB_FILE))


def _read(name: str) -> dict[str, Any]:
    """A rules file, parsed; the parsed tables are kept in the disk cache by the file's text
    (:mod:`picketline.diskcache`): parsing the 17 files is about 0.13 s of every extraction
    process's start, loading them 0.01 s."""
    from ..diskcache import cached

    try:
        text = _files().joinpath(name).read_text(encoding="utf-8")
        return cached("rules-" + name.removesuffix(".toml"), [text],
                      lambda: tomllib.loads(text))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RulesError(f"rules/{name}: {exc}") from exc


@lru_cache(maxsize=1)
def _vocab() -> dict[str, str]:
    data = _read(VOCAB_FILE)
    macros = data.get("macros")
    if not isinstance(macros, dict) or not all(isinstance(v, str) for v in macros.values()):
        raise RulesError(f"rules/{VOCAB_FILE}: [macros] must map names to regex strings")
    return dict(macros)


def alternation(words: list[str]) -> str:
    """A regex alternation of words, escaped, longest first (a longer word wins where a
    shorter one is its prefix), then by spelling, so the text is the same in every process."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=None)
def _lexicon(name: str) -> dict[str, Any]:
    path = resources.files("picketline").joinpath(f"data/lexicon/{name}.json")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RulesError(f"data/lexicon/{name}.json: {exc}") from exc


def expand(pattern: str, where: str = "pattern", _depth: int = 0,
           local: dict[str, str] | None = None) -> str:
    """A pattern with its vocabulary references replaced (``{ACT}``, ``{status_terms.call}``).
    ``local``: the macros of the pattern's own file, which come before ``vocab.toml``'s."""
    if _depth > 10:
        raise RulesError(f"{where}: vocabulary references nest too deep (a loop?)")

    def sub(m: re.Match[str]) -> str:
        ref = m.group(1)
        if "." in ref:
            lex, _, cls = ref.partition(".")
            words = _lexicon(lex).get(cls)
            if not isinstance(words, list) or not words:
                raise RulesError(f"{where}: unknown word class {{{ref}}} (data/lexicon/{lex}.json)")
            return alternation(words)
        if local and ref in local:
            return expand(local[ref], f"{where}: macro {ref}", _depth + 1, local)
        macros = _vocab()
        if ref not in macros:
            raise RulesError(f"{where}: unknown vocabulary macro {{{ref}}} (rules/{VOCAB_FILE}"
                             f"{' or the file' + chr(39) + 's [macros]' if local is not None else ''})")
        return expand(macros[ref], f"macro {ref}", _depth + 1)

    return _REF.sub(sub, pattern)


def macro(name: str, fld: str | None = None) -> str:
    """One vocabulary macro, expanded (a regex fragment): of ``vocab.toml``, or with ``fld``
    of that field file's own ``[macros]`` first."""
    local = field_rules(fld).macros if fld else None
    return expand("{" + name + "}", f"macro {name}", local=local)


@lru_cache(maxsize=None)
def _compile(regex: str, flags: int) -> re.Pattern[str]:
    from ..regexcache import compile as compile_kept

    return compile_kept(regex, flags)  # re.compile, kept between processes


def _rule(raw: Any, fname: str, fld: str, labels: tuple[str, ...], flags: int, n: int,
          local: dict[str, str] | None = None, compile_now: bool = True) -> Rule:
    where = f"rules/{fname} rule #{n}"
    if not isinstance(raw, dict):
        raise RulesError(f"{where}: a rule is a table")
    rid = raw.get("id")
    if isinstance(rid, str):
        where = f"rules/{fname} rule {rid}"
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RulesError(f"{where}: missing {', '.join(missing)}")
    unknown = set(raw) - set(_REQUIRED) - {"set", "case_sensitive", "flags"}
    if unknown:
        raise RulesError(f"{where}: unknown keys {', '.join(sorted(unknown))}")
    if not isinstance(rid, str) or not _ID.fullmatch(rid) or not rid.startswith(fld + "."):
        raise RulesError(f"{where}: id must be dotted lower case starting with {fld!r}.")
    if raw["label"] not in labels:
        raise RulesError(f"{where}: unknown label {raw['label']!r} (meta.labels: {', '.join(labels)})")
    for key in ("pattern", "why", "source"):
        if not isinstance(raw[key], str) or not raw[key].strip():
            raise RulesError(f"{where}: {key} must be a non-empty string")
    if "\n" in raw["why"].strip():
        raise RulesError(f"{where}: why is one line")
    if not isinstance(raw["priority"], int):
        raise RulesError(f"{where}: priority must be an integer")
    for key in ("match", "no_match"):
        v = raw[key]
        if not isinstance(v, list) or not v or not all(isinstance(s, str) and s.strip() for s in v):
            raise RulesError(f"{where}: {key} must be a list of at least one sentence")
    if not isinstance(raw.get("case_sensitive", False), bool):
        raise RulesError(f"{where}: case_sensitive must be true or false")
    if "flags" in raw:
        flags = _flags(raw["flags"], where)
    if raw.get("case_sensitive"):
        flags &= ~re.IGNORECASE
    regex = expand(raw["pattern"], where, local=local)
    if compile_now:
        try:
            _compile(regex, flags)
        except re.error as exc:
            raise RulesError(f"{where}: pattern does not compile: {exc}") from exc
    return Rule(id=rid, field=fld, label=raw["label"], why=raw["why"].strip(), kind="regex",
                set=str(raw.get("set") or raw["label"]), priority=raw["priority"],
                pattern=raw["pattern"], regex=regex, match=tuple(raw["match"]),
                no_match=tuple(raw["no_match"]), source=raw["source"].strip(), file=fname,
                flags=flags)


@lru_cache(maxsize=None)
def field_rules(fld: str) -> FieldRules:
    """The validated, compiled rules of ``rules/<field>.toml`` (read once per process)."""
    fname = f"{fld}.toml"
    if fname not in rule_files():
        raise RulesError(f"rules/{fname}: no such rules file (have: {', '.join(rule_files())})")
    data = _read(fname)
    meta = data.get("meta") or {}
    if meta.get("field") != fld:
        raise RulesError(f"rules/{fname}: meta.field must be {fld!r}")
    labels = meta.get("labels")
    if not isinstance(labels, list) or not labels:
        raise RulesError(f"rules/{fname}: meta.labels must list the labels its rules may give")
    flags = _flags(meta.get("flags", ""), f"rules/{fname}: meta")
    local = data.get("macros") or {}
    if not isinstance(local, dict) or not all(isinstance(v, str) for v in local.values()):
        raise RulesError(f"rules/{fname}: [macros] must map names to regex strings")
    raws = data.get("rule") or []
    # patterns are compiled when first used (Rule.compiled, RuleSet.regex), not here: a
    # process compiles only what it runs (`picketline rules lint` and the tests compile all)
    rules = [_rule(r, fname, fld, tuple(labels), flags, i + 1, local, compile_now=False)
             for i, r in enumerate(raws)]
    seen: set[str] = set()
    for r in rules:
        if r.id in seen:
            raise RulesError(f"rules/{fname}: rule id {r.id!r} defined twice")
        seen.add(r.id)
    sets: dict[str, RuleSet] = {}
    for name in dict.fromkeys(r.set for r in rules):
        # sorted() is stable: rules of one priority keep their order in the file
        members = tuple(sorted((r for r in rules if r.set == name), key=lambda r: r.priority))
        if len({r.flags for r in members}) > 1:
            raise RulesError(f"rules/{fname}: set {name!r} mixes case-sensitive and other rules")
        groups = {f"r{i}": r.id for i, r in enumerate(members)}
        alternation = "|".join(f"(?P<r{i}>{r.regex})" for i, r in enumerate(members))
        sets[name] = RuleSet(fld, name, members, alternation, members[0].flags, groups)
    return FieldRules(fld, fname, tuple(labels), flags, tuple(rules), sets, dict(local))


def rule_set(fld: str, name: str) -> RuleSet:
    """One compiled set of a field's rules (by default a set is a label's rules)."""
    sets = field_rules(fld).sets
    if name not in sets:
        raise RulesError(f"rules/{fld}.toml: no rule set {name!r} (have: {', '.join(sets)})")
    return sets[name]


def rule(rule_id: str) -> Rule:
    """One data rule by id (a :class:`RulesError` names the id when there is none)."""
    fld = rule_id.split(".", 1)[0]
    for r in field_rules(fld).rules:
        if r.id == rule_id:
            return r
    raise RulesError(f"rules/{fld}.toml: no rule {rule_id!r}")


def pattern(rule_id: str) -> re.Pattern[str]:
    """One data rule's own compiled pattern (its groups as written), for code that reads a
    match's groups; the rule's file gives its flags."""
    return rule(rule_id).compiled()


@lru_cache(maxsize=1)
def registry() -> dict[str, Rule]:
    """Every rule id there is: the data rules of every field file and the code rules of
    ``code.toml``; ids are unique across all of them."""
    out: dict[str, Rule] = {}
    for fname in rule_files():
        for r in field_rules(fname[:-5]).rules:
            out[r.id] = r
    data = _read(CODE_FILE)
    for i, raw in enumerate(data.get("rule") or []):
        where = f"rules/{CODE_FILE} rule #{i + 1}"
        if not isinstance(raw, dict) or set(raw) != {"id", "field", "why"}:
            raise RulesError(f"{where}: a code rule has exactly id, field and why")
        rid = raw["id"]
        if not isinstance(rid, str) or not _ID.fullmatch(rid):
            raise RulesError(f"{where}: id must be dotted lower case")
        if not rid.startswith(str(raw["field"]) + "."):
            raise RulesError(f"{where}: id {rid!r} must start with its field {raw['field']!r}.")
        if rid in out:
            raise RulesError(f"{where}: rule id {rid!r} already defined"
                             f"{' in rules/' + out[rid].file if out[rid].file else ''}")
        out[rid] = Rule(id=rid, field=raw["field"], label="", why=str(raw["why"]).strip(),
                        kind="code", file=CODE_FILE)
    return out
