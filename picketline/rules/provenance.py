"""Every fact, timeline event and wage proposal names the rules that produced it.

Extractors whose knowledge is data (``rules/<field>.toml``) set :attr:`Fact.rules` to the ids
of the rules that matched; the others are code. :func:`name_code_rules` gives a fact that
names no rule its field's code rule (``<field>.code``, declared in ``rules/code.toml``), so
every fact of a record names at least one registered rule (:func:`unregistered` finds the
ones that do not).
"""
from __future__ import annotations

from ..model import ArticleFacts
from . import registry

__all__ = ["name_code_rules", "unregistered"]


def name_code_rules(facts: ArticleFacts, **by_field: str) -> ArticleFacts:
    """Fill the rules of every fact, event and proposal that names none: ``by_field[field]``
    when given (e.g. ``is_labor_action="is_labor_action.code.no_cue"``), else ``<field>.code``
    (``events.code``, ``proposals.code``)."""
    for name, fact in facts.facts():
        if not fact.rules:
            fact.rules = [by_field.get(name, f"{name}.code")]
    for event in facts.events:
        if not event.rules:
            event.rules = [by_field.get("events", "events.code")]
    for prop in facts.proposals:
        if not prop.rules:
            prop.rules = [by_field.get("proposals", "proposals.code")]
    return facts


def unregistered(facts: ArticleFacts) -> list[tuple[str, str]]:
    """(field, rule id) of every rule a fact names that is not in the registry, and
    (field, "") for a fact that names none."""
    known = registry()
    out: list[tuple[str, str]] = []
    for name, fact in facts.facts():
        if not fact.rules:
            out.append((name, ""))
        out.extend((name, r) for r in fact.rules if r not in known)
    for kind, records in (("events", facts.events), ("proposals", facts.proposals)):
        for rec in records:
            if not rec.rules:
                out.append((kind, ""))
            out.extend((kind, r) for r in rec.rules if r not in known)
    return out
