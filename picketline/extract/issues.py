"""Demands and bargaining events (placeholder, being written)."""
from __future__ import annotations

from ..model import ArticleFacts, Fact
from ..nlp import Context


def demands(ctx: Context, facts: ArticleFacts) -> list[Fact[str]]:
    return []


def bargaining_events(ctx: Context, facts: ArticleFacts) -> list[Fact[str]]:
    return []
