"""Is it a labor action? Which action, and in what state? (placeholder, being written)"""
from __future__ import annotations

from ..model import ArticleFacts, Fact
from ..nlp import Context


def is_labor_action(ctx: Context) -> Fact[bool]:
    return Fact(False)


def action_type(ctx: Context) -> Fact[str] | None:
    return None


def status(ctx: Context, facts: ArticleFacts) -> Fact[str] | None:
    return None
