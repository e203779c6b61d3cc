"""Bargaining regimes as data: load the TOML rule files under ``process/rules/``.

Each rules file describes one legal regime (a statute and the agency that runs it): where it
applies (country, states, employer types, industries), its overall strike rule, and its ordered
stages. A stage says which bargaining events (``model.BARGAINING_EVENTS``) and timeline event
kinds (``model.EVENT_KINDS``) mark it as reached, which sentence patterns do, whether a strike is
lawful there, and what the next statutory step is, with its timing in days. The knowledge lives in
the TOML files; this module only reads and validates it.

Stage keys (all optional except ``id``, ``name``, ``description``, ``citation``):

- ``initial``: the stage every dispute starts in (reached with no evidence).
- ``bargaining_events`` / ``event_kinds``: markers from the extractor's vocabularies.
- ``patterns``: regular expressions that, found in an event's evidence sentence, mark the stage.
- ``mentions``: how news copy names the step; a mention in a negated clause ("fact-finding has
  not started") keeps the event from counting as evidence.
- ``strike_lawful``: true / false / absent (depends on facts picketline cannot see);
  ``strike_lawful_after_days``: lawful only that many days after the stage was reached.
- ``implies_previous`` (default true): reaching this stage implies the earlier stages of the
  path; ``optional`` (default false): never implied by a later stage.
- ``[stages.next]``: ``to`` (the next stage id), ``step``, ``citation``, ``days``, ``days_max``,
  ``day_type`` ("calendar" or "working"), counted from the date this stage was reached;
  ``when``: "by" (a deadline, the default) or "from" (the earliest date the step may happen).
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from ..model import BARGAINING_EVENTS, EVENT_KINDS

RULES_PACKAGE = "picketline.process"
RULES_DIR = "rules"


class RulesError(ValueError):
    """A rules file is malformed; the message names the file and the problem."""


@dataclass(frozen=True)
class NextStep:
    step: str
    to: str | None = None
    citation: str | None = None
    days: int | None = None
    days_max: int | None = None
    day_type: str = "calendar"
    when: str = "by"  # "by": a deadline; "from": the earliest date the step may happen

    def to_dict(self) -> dict[str, Any]:
        return {"to": self.to, "step": self.step, "citation": self.citation, "days": self.days,
                "days_max": self.days_max, "day_type": self.day_type, "when": self.when}


@dataclass(frozen=True)
class Stage:
    id: str
    name: str
    description: str
    citation: str
    initial: bool = False
    bargaining_events: tuple[str, ...] = ()
    event_kinds: tuple[str, ...] = ()
    patterns: tuple[re.Pattern, ...] = ()
    mentions: tuple[re.Pattern, ...] = ()
    strike_lawful: bool | None = None
    strike_lawful_after_days: int | None = None
    strike_note: str | None = None
    implies_previous: bool = True
    optional: bool = False
    next: NextStep | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "description": self.description,
                "citation": self.citation}


@dataclass(frozen=True)
class Regime:
    id: str
    name: str
    short_name: str
    citation: str
    agency: str
    summary: str
    strike_rule: str
    stages: tuple[Stage, ...]
    applicability: dict[str, Any] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    ulp_strike_note: str | None = None
    # an unfair-practice strike may be lawful where the procedure alone would forbid one:
    # with ULP charges reported, "Strike lawful?" then says "depends" (the note gives why)
    ulp_strike_may_be_lawful: bool = False
    path: str = ""
    basis: dict[str, Any] | None = None  # why jurisdiction() chose it (set on a copy)

    def stage(self, stage_id: str) -> Stage:
        for s in self.stages:
            if s.id == stage_id:
                return s
        raise KeyError(f"{self.id}: no stage {stage_id!r}")

    def stage_ids(self) -> list[str]:
        return [s.id for s in self.stages]

    def for_state(self, state: str | None) -> "Regime":
        """A copy whose ``{state_citation}`` placeholders name the given state's statute."""
        cites = self.applicability.get("state_citations") or {}
        cite = cites.get((state or "").upper()) or self.citation

        def sub(text: str | None) -> str | None:
            return text.replace("{state_citation}", cite) if text else text

        stages = tuple(replace(s, citation=sub(s.citation),
                               next=replace(s.next, citation=sub(s.next.citation)) if s.next else None)
                       for s in self.stages)
        citation = cite if state and state.upper() in cites else self.citation
        return replace(self, stages=stages, citation=citation)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "short_name": self.short_name,
                "citation": self.citation, "agency": self.agency, "summary": self.summary,
                "strike_rule": self.strike_rule, "basis": self.basis}


def _patterns(path: str, where: str, values: list[str]) -> tuple[re.Pattern, ...]:
    out = []
    for v in values:
        try:
            out.append(re.compile(v, re.IGNORECASE))
        except re.error as exc:
            raise RulesError(f"{path}: {where}: bad pattern {v!r}: {exc}") from exc
    return tuple(out)


def _stage(path: str, d: dict[str, Any]) -> Stage:
    for key in ("id", "name", "description", "citation"):
        if not d.get(key):
            raise RulesError(f"{path}: a stage lacks {key!r}: {d.get('id', d)}")
    where = f"stage {d['id']}"
    for ev in d.get("bargaining_events", []):
        if ev not in BARGAINING_EVENTS:
            raise RulesError(f"{path}: {where}: unknown bargaining event {ev!r}")
    for kind in d.get("event_kinds", []):
        if kind not in EVENT_KINDS:
            raise RulesError(f"{path}: {where}: unknown event kind {kind!r}")
    nxt = d.get("next")
    next_step = None
    if nxt:
        if not nxt.get("step"):
            raise RulesError(f"{path}: {where}: next step lacks 'step'")
        if nxt.get("day_type", "calendar") not in ("calendar", "working"):
            raise RulesError(f"{path}: {where}: day_type must be calendar or working")
        if nxt.get("when", "by") not in ("by", "from"):
            raise RulesError(f"{path}: {where}: when must be by or from")
        next_step = NextStep(step=nxt["step"], to=nxt.get("to"), citation=nxt.get("citation"),
                             days=nxt.get("days"), days_max=nxt.get("days_max"),
                             day_type=nxt.get("day_type", "calendar"),
                             when=nxt.get("when", "by"))
    lawful = d.get("strike_lawful")
    if lawful is not None and not isinstance(lawful, bool):
        raise RulesError(f"{path}: {where}: strike_lawful must be true or false")
    return Stage(
        id=d["id"], name=d["name"], description=d["description"], citation=d["citation"],
        initial=bool(d.get("initial", False)),
        bargaining_events=tuple(d.get("bargaining_events", [])),
        event_kinds=tuple(d.get("event_kinds", [])),
        patterns=_patterns(path, where, d.get("patterns", [])),
        mentions=_patterns(path, where, d.get("mentions", [])),
        strike_lawful=lawful, strike_lawful_after_days=d.get("strike_lawful_after_days"),
        strike_note=d.get("strike_note"),
        implies_previous=bool(d.get("implies_previous", True)),
        optional=bool(d.get("optional", False)), next=next_step)


def parse_regime(data: dict[str, Any], path: str = "<rules>") -> Regime:
    """Build a :class:`Regime` from a parsed rules file, checking it (RulesError if wrong)."""
    for key in ("id", "name", "citation", "summary", "strike_rule", "applicability", "stages"):
        if not data.get(key):
            raise RulesError(f"{path}: missing {key!r}")
    stages = tuple(_stage(path, s) for s in data["stages"])
    ids = [s.id for s in stages]
    if len(set(ids)) != len(ids):
        raise RulesError(f"{path}: duplicate stage ids")
    if sum(s.initial for s in stages) != 1:
        raise RulesError(f"{path}: exactly one stage must be initial")
    for s in stages:
        if s.next and s.next.to and s.next.to not in ids:
            raise RulesError(f"{path}: stage {s.id}: next.to {s.next.to!r} is not a stage")
    return Regime(id=data["id"], name=data["name"], short_name=data.get("short_name", data["name"]),
                  citation=data["citation"], agency=data.get("agency", ""),
                  summary=" ".join(data["summary"].split()),
                  strike_rule=" ".join(data["strike_rule"].split()), stages=stages,
                  applicability=dict(data["applicability"]), notes=tuple(data.get("notes", [])),
                  ulp_strike_note=(" ".join(data["ulp_strike_note"].split())
                                   if data.get("ulp_strike_note") else None),
                  ulp_strike_may_be_lawful=bool(data.get("ulp_strike_may_be_lawful", False)),
                  path=path)


def rules_files() -> list[Any]:
    """The rules files shipped with the package (importlib.resources traversables)."""
    base = resources.files(RULES_PACKAGE).joinpath(RULES_DIR)
    return sorted((p for p in base.iterdir() if p.name.endswith(".toml")), key=lambda p: p.name)


@lru_cache(maxsize=1)
def load_regimes() -> dict[str, Regime]:
    """Every regime, by id (read once per process)."""
    out: dict[str, Regime] = {}
    for p in rules_files():
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise RulesError(f"{p.name}: {exc}") from exc
        reg = parse_regime(data, p.name)
        if reg.id in out:
            raise RulesError(f"{p.name}: regime id {reg.id!r} already defined")
        out[reg.id] = reg
    return out


def regime(regime_id: str) -> Regime:
    """One regime by id (KeyError naming the known ids if absent)."""
    regs = load_regimes()
    if regime_id not in regs:
        raise KeyError(f"unknown regime {regime_id!r}; known: {', '.join(sorted(regs))}")
    return regs[regime_id]


@lru_cache(maxsize=None)
def _data_file(name: str) -> dict[str, Any]:
    text = resources.files(RULES_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    return tomllib.loads(text)


def employer_types() -> dict[str, Any]:
    """The employer-type patterns of ``process/employers.toml``."""
    return _data_file("employers.toml")


def evidence_cues() -> dict[str, Any]:
    """The negation cues of ``process/evidence.toml``."""
    return _data_file("evidence.toml")
