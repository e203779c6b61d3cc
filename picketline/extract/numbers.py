"""Participants and wage figures (placeholder, being written)."""
from __future__ import annotations

from ..model import ArticleFacts, Fact
from ..nlp import Context


def participants(ctx: Context, facts: ArticleFacts) -> Fact[int] | None:
    return None


def wages(ctx: Context, facts: ArticleFacts) -> tuple[Fact[float] | None, Fact[float] | None]:
    return None, None
