"""Each side's wage proposal, structured (placeholder, being written)."""
from __future__ import annotations

from ..model import ArticleFacts, Proposal
from ..nlp import Context


def proposals(ctx: Context, facts: ArticleFacts) -> list[Proposal]:
    return []
