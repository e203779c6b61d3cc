"""Dated timeline events and structured proposals (placeholder, being written)."""
from __future__ import annotations

from ..model import ArticleFacts, Event, Proposal
from ..nlp import Context


def timeline_events(ctx: Context, facts: ArticleFacts) -> list[Event]:
    return []


def proposals(ctx: Context, facts: ArticleFacts) -> list[Proposal]:
    return []
