"""Article text with the evidence of extracted facts marked.

The HTML is built by escaping every text segment and adding only our own ``<mark>`` tags, so
that nothing in the (untrusted) article text can become markup.
"""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from ..model import ArticleFacts


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str  # what was read there, e.g. "status: ongoing"
    rules: tuple[str, ...] = ()  # ids of the rules that read it (picketline/rules)


def _label_value(value) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict):
        return ", ".join(str(v) for v in value.values() if v not in (None, ""))
    return str(value)


def fact_spans(facts: ArticleFacts | None) -> list[Span]:
    """Every evidence span of an article's facts, events and proposals."""
    if facts is None:
        return []
    out: list[Span] = []
    for name, fact in facts.facts():
        if fact.evidence is not None:
            value = fact.value.to_dict() if hasattr(fact.value, "to_dict") else fact.value
            out.append(Span(fact.evidence.start, fact.evidence.end,
                            f"{name}: {_label_value(value)}", tuple(fact.rules)))
    for ev in facts.events:
        if ev.evidence is not None:
            bits = [ev.kind, ev.date or "", ev.detail or ""]
            out.append(Span(ev.evidence.start, ev.evidence.end,
                            "event: " + " ".join(b for b in bits if b)))
    for p in facts.proposals:
        if p.evidence is not None:
            pct = f"{p.general_increase_pct:g}%" if p.general_increase_pct is not None else ""
            out.append(Span(p.evidence.start, p.evidence.end, f"proposal ({p.side}) {pct}".strip()))
    return out


def highlight(text: str, spans: list[Span], skip: int = 0
              ) -> tuple[Markup, list[tuple[Span, str]]]:
    """HTML of ``text`` (from character ``skip`` on: a header shown elsewhere) with each span
    wrapped in ``<mark>``; overlapping spans are split at every boundary so marks never nest.
    Each mark's id is ``ev-<offset>`` (its first character, in the whole text); returns the
    HTML and, per span kept, the anchor of its first mark."""
    n = len(text)
    kept = []
    for s in spans:
        a, b = max(skip, int(s.start)), min(n, int(s.end))
        if a < b:
            kept.append((a, b, s))
    cuts = sorted({min(skip, n), n, *(a for a, _, _ in kept), *(b for _, b, _ in kept)})
    parts: list[str] = []
    for lo, hi in zip(cuts, cuts[1:]):
        seg = escape(text[lo:hi])
        labels = [s.label for a, b, s in kept if a <= lo and hi <= b]
        if labels:
            title = escape("; ".join(dict.fromkeys(labels)))
            parts.append(f'<mark id="ev-{lo}" title="{title}">{seg}</mark>')
        else:
            parts.append(str(seg))
    return Markup("".join(parts)), [(s, f"ev-{a}") for a, _, s in kept]
