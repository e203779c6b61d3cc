"""Location and industry (placeholder, being written)."""
from __future__ import annotations

from ..model import ArticleFacts, Fact, Location
from ..nlp import Context


def location(ctx: Context, facts: ArticleFacts) -> Fact[Location] | None:
    return None


def industry(ctx: Context, facts: ArticleFacts) -> Fact[str] | None:
    return None
