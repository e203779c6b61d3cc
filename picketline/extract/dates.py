"""Publication date and the action's dates (placeholder, being written)."""
from __future__ import annotations

from ..model import ArticleFacts, Fact
from ..nlp import Context


def publication_date(ctx: Context) -> Fact[str] | None:
    return Fact(ctx.article.published) if ctx.article.published else None


def action_dates(ctx: Context, facts: ArticleFacts) -> tuple[Fact[str] | None, Fact[str] | None]:
    return None, None
