"""Dated timeline events (placeholder, being written)."""
from __future__ import annotations

from ..model import ArticleFacts, Event
from ..nlp import Context


def timeline_events(ctx: Context, facts: ArticleFacts) -> list[Event]:
    return []
