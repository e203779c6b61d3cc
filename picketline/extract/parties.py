"""Employers and unions (placeholder, being written)."""
from __future__ import annotations

from ..model import Fact
from ..nlp import Context


def employers(ctx: Context) -> list[Fact[str]]:
    return []


def unions(ctx: Context) -> list[Fact[str]]:
    return []
