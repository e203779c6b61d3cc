"""Per-rule analysis over a set of articles (``picketline rules stats``), in the manner of
Snorkel's ``LFAnalysis``: for each registered rule,

- **fires**: the facts it produced (it is among the rules a fact names);
- **votes**: for fields whose rules vote per sentence (status), the sentences it matched in,
  whether or not its vote won;
- **overlaps**: the other rules named by the same facts;
- **conflicts**: the rules that gave a different value for the same field in the same
  article (a status rule voting "ongoing" where another voted "ended");
- **precision**, where a gold record exists: the share of its scored facts whose value is
  right by the evaluation schema's comparison rules (:func:`picketline.evaluate.same_value`:
  names loosely, participants within 15 %, percentages within 0.5; a list item is right when
  the gold list holds it; facts other than ``is_labor_action`` are scored only on gold labor
  articles, as the schema scores them);

then the rules that never fired. Pure function of the articles: nothing is stored.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from ..model import Article, ArticleFacts, Location
from . import registry

__all__ = ["RuleStats", "rule_stats", "fact_right"]


@dataclass
class RuleStats:
    id: str
    field: str
    kind: str
    fires: int = 0
    votes: int = 0
    articles: set[str] = field(default_factory=set)
    overlaps: Counter = field(default_factory=Counter)
    conflicts: Counter = field(default_factory=Counter)
    right: int = 0
    scored: int = 0

    @property
    def precision(self) -> float | None:
        return self.right / self.scored if self.scored else None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "field": self.field, "kind": self.kind, "fires": self.fires,
                "votes": self.votes, "articles": len(self.articles),
                "overlaps": dict(self.overlaps.most_common()),
                "conflicts": dict(self.conflicts.most_common()),
                "scored": self.scored, "right": self.right,
                "precision": None if self.precision is None else round(self.precision, 4)}


def _gold_value(gold: dict[str, Any], name: str) -> Any:
    value: Any = gold
    for part in name.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _empty(v: Any) -> bool:
    return v is None or v == "" or v == []


def fact_right(name: str, value: Any, gold: dict[str, Any]) -> bool | None:
    """Is one fact's value right by the gold record? None when the schema does not score it
    (a field other than ``is_labor_action`` of an article gold says is no labor action)."""
    from ..evaluate import LIST_FIELDS, same_value

    if name == "is_labor_action":
        return bool(value) == bool(gold.get("is_labor_action"))
    if not gold.get("is_labor_action"):
        return None
    if name == "location":
        loc = value.to_dict() if isinstance(value, Location) else dict(value or {})
        said = {k: v for k, v in loc.items() if not _empty(v)}
        return all(not _empty(_gold_value(gold, f"location.{k}"))
                   and same_value(f"location.{k}", _gold_value(gold, f"location.{k}"), v)
                   for k, v in said.items())
    g = _gold_value(gold, name)
    if name in LIST_FIELDS:
        return any(same_value(name, x, value) for x in g or [])
    return not _empty(g) and same_value(name, g, value)


def _status_votes(article: Article, nlp: Any) -> list[tuple[str, list[str]]]:
    """(status, rule ids) of every status vote of every sentence of the article."""
    from ..extract import classify
    from ..nlp import Context

    ctx = Context(article, nlp)
    out = []
    for s in ctx.sentences:
        for st, m in classify.status_votes(s.text):
            out.append((st, classify.vote_rules(st, m)))
    return out


def rule_stats(articles: Iterable[Article], gold: dict[str, dict] | None = None,
               nlp: Any = None) -> dict[str, Any]:
    """Extract ``articles`` and analyse every registered rule (see the module docstring)."""
    from ..extract import extract_article
    from ..nlp import load_model

    model = nlp or load_model()
    reg = registry()
    stats = {rid: RuleStats(rid, r.field, r.kind) for rid, r in reg.items()}
    unknown: Counter = Counter()
    n = labor = 0

    def get(rid: str) -> RuleStats:
        if rid not in stats:  # named by a fact but not registered: shown, and counted
            unknown[rid] += 1
            stats[rid] = RuleStats(rid, rid.split(".")[0], "unregistered")
        return stats[rid]

    for article in articles:
        n += 1
        facts: ArticleFacts = extract_article(article, model)
        labor += facts.labor
        g = (gold or {}).get(article.id)
        values: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for name, fact in facts.facts():
            value = fact.value.to_dict() if hasattr(fact.value, "to_dict") else fact.value
            right = fact_right(name, fact.value, g) if g is not None else None
            for rid in fact.rules:
                st = get(rid)
                st.fires += 1
                st.articles.add(article.id)
                st.overlaps.update(r for r in fact.rules if r != rid)
                if right is not None:
                    st.scored += 1
                    st.right += bool(right)
                if name not in ("demands", "bargaining_events", "employers", "unions"):
                    values[name][repr(value)].add(rid)
        if facts.labor:
            for st_value, rids in _status_votes(article, model):
                for rid in rids:
                    s = get(rid)
                    s.votes += 1
                    s.articles.add(article.id)
                    values["status"][repr(st_value)].add(rid)
        for name, by_value in values.items():
            for v, rids in by_value.items():
                others = set().union(*(r for w, r in by_value.items() if w != v))
                for rid in rids:
                    get(rid).conflicts.update(others - {rid})
    rows = sorted(stats.values(), key=lambda s: (s.field, -s.fires - s.votes, s.id))
    return {"articles": n, "labor_articles": labor, "gold": len(gold or {}),
            "rules": [s.to_dict() for s in rows],
            "never_fired": sorted(s.id for s in rows if not s.fires and not s.votes),
            "unregistered": dict(unknown)}


def load_gold_dir(folder: str | Path) -> dict[str, dict]:
    """Gold records (``<id>.json``) of a folder, by id; a clear error naming a bad file."""
    import json

    out: dict[str, dict] = {}
    base = Path(folder)
    if not base.is_dir():
        raise ValueError(f"{folder}: not a folder of gold records")
    for p in sorted(base.glob("*.json")):
        try:
            rec = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ValueError(f"{p}: not a JSON gold record ({exc})") from exc
        if not isinstance(rec, dict):
            raise ValueError(f"{p}: a gold record is a JSON object")
        out[str(rec.get("id", p.stem))] = rec
    return out
