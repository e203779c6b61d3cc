"""Score article-facts records against hand-coded gold records.

Implements the scoring rules of the evaluation schema (SCHEMA.md): ``is_labor_action`` scored
over all articles; every other field only on gold labor articles, skipped where gold is
empty unless the prediction states a value; names matched loosely (case, punctuation,
leading "the", containment of words, acronyms); participants within 15 %; percentages within
0.5; lists by set F1; ``dispute`` by B-cubed clustering agreement. The headline is the macro
average of the per-field F1s.

    from picketline.evaluate import score_dirs
    report = score_dirs("gold/", "pred.jsonl")   # {"fields": {...}, "macro_f1": ...}
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

SCALAR_FIELDS = ("published", "action_type", "status", "start_date", "end_date",
                 "participants", "location.city", "location.state", "location.country",
                 "industry", "wage_demand_pct", "wage_offer_pct")
LIST_FIELDS = ("employers", "unions", "demands", "bargaining_events")
NAME_FIELDS = frozenset({"employers", "unions", "location.city"})
_FILLER = frozenset({"of", "the", "and", "for", "a", "an", "at", "in"})
_BARE = frozenset({"union", "unions", "local", "workers", "association", "company", "inc",
                   "district", "school", "schools", "council", "federation", "international",
                   "national", "united"})


def words(name: str) -> list[str]:
    s = str(name).lower().replace("&", " and ")
    s = re.sub(r"['\u2019]s\b|['\u2019]", "", s)
    out = re.sub(r"[^\w\s]", " ", s).split()
    return out[1:] if out[:1] == ["the"] else out


def _initials_forms(ws: list[str]) -> Iterable[list[str]]:
    """The words, and each form with one multi-word alphabetic run folded to its initials."""
    yield ws
    n = len(ws)
    for i in range(n):
        for j in range(i + 2, n + 1):
            run = ws[i:j]
            content = [w for w in run if w not in _FILLER]
            if len(content) >= 2 and all(w.isalpha() for w in run):
                yield ws[:i] + ["".join(w[0] for w in content)] + ws[j:]


def _in_order(short: list[str], long: list[str]) -> bool:
    pos = 0
    for w in short:
        try:
            pos = long.index(w, pos) + 1
        except ValueError:
            return False
    return True


def same_name(a: str, b: str) -> bool:
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    for fa in _initials_forms(wa):
        for fb in _initials_forms(wb):
            short, long = sorted((fa, fb), key=len)
            if all(w in _BARE or w.isdigit() for w in short):
                continue
            if _in_order(short, long):
                return True
    return False


def same_value(field: str, gold: Any, pred: Any) -> bool:
    if field in NAME_FIELDS:
        return same_name(gold, pred)
    try:
        if field == "participants":
            return abs(float(pred) - float(gold)) <= 0.15 * abs(float(gold))
        if field in ("wage_demand_pct", "wage_offer_pct"):
            return abs(float(pred) - float(gold)) <= 0.5
    except (TypeError, ValueError):
        return False
    if isinstance(gold, str) and isinstance(pred, str):
        return gold.strip().lower() == pred.strip().lower()
    return gold == pred


def _get(rec: dict, field: str) -> Any:
    v: Any = rec
    for part in field.split("."):
        v = v.get(part) if isinstance(v, dict) else None
    return v


@dataclass
class Tally:
    tp: float = 0
    fp: float = 0
    fn: float = 0

    def prf(self) -> tuple[float, float, float]:
        # as the kit's score.py: nothing to find and nothing claimed is a perfect score
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else float(self.fn == 0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else float(self.fp == 0)
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _list_tally(field: str, gold: list, pred: list, t: Tally) -> None:
    unmatched = list(pred)
    for g in gold:
        hit = next((p for p in unmatched if same_value(field, g, p)), None)
        if hit is None:
            t.fn += 1
        else:
            unmatched.remove(hit)
            t.tp += 1
    t.fp += len(unmatched)


def _bcubed(gold: dict[str, Any], pred: dict[str, Any]) -> tuple[float, float, float]:
    ids = list(gold)
    if not ids:
        return 0.0, 0.0, 0.0

    def cluster(assign: dict[str, Any], i: str) -> set[str]:
        key = assign.get(i)
        return {i} if key is None else {j for j in ids if assign.get(j) == key}

    p = sum(len(cluster(gold, i) & cluster(pred, i)) / len(cluster(pred, i)) for i in ids)
    r = sum(len(cluster(gold, i) & cluster(pred, i)) / len(cluster(gold, i)) for i in ids)
    p, r = p / len(ids), r / len(ids)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: dict[str, dict], pred: dict[str, dict]) -> dict[str, Any]:
    """Per-field precision/recall/F1 and the macro F1. Both maps are keyed by article id."""
    tallies = {f: Tally() for f in ("is_labor_action", *SCALAR_FIELDS, *LIST_FIELDS)}
    for aid, g in gold.items():
        p = pred.get(aid, {})
        gl, pl = bool(g.get("is_labor_action")), bool(p.get("is_labor_action"))
        t = tallies["is_labor_action"]
        t.tp += gl and pl
        t.fp += pl and not gl
        t.fn += gl and not pl
        if not gl:
            continue
        for f in SCALAR_FIELDS:
            gv, pv = _get(g, f), _get(p, f)
            t = tallies[f]
            if gv in (None, ""):
                t.fp += pv not in (None, "")
            elif pv in (None, ""):
                t.fn += 1
            elif same_value(f, gv, pv):
                t.tp += 1
            else:
                t.fp += 1
                t.fn += 1
        for f in LIST_FIELDS:
            _list_tally(f, list(g.get(f) or []), list(p.get(f) or []), tallies[f])
    fields = {f: dict(zip(("p", "r", "f1"), t.prf())) for f, t in tallies.items()}
    labor = [aid for aid, g in gold.items() if g.get("is_labor_action")]
    bp, br, bf = _bcubed({a: gold[a].get("dispute") for a in labor},
                         {a: pred.get(a, {}).get("dispute") for a in labor})
    fields["dispute"] = {"p": bp, "r": br, "f1": bf}
    macro = sum(v["f1"] for v in fields.values()) / len(fields)
    return {"fields": fields, "macro_f1": macro, "articles": len(gold), "labor": len(labor)}


def load_gold(folder: str | Path) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(Path(folder).glob("*.json"))}


def load_predictions(path: str | Path) -> dict[str, dict]:
    out = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            out[rec["id"]] = rec
    return out


def score_dirs(gold_dir: str | Path, pred_jsonl: str | Path) -> dict[str, Any]:
    return score(load_gold(gold_dir), load_predictions(pred_jsonl))


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m picketline.evaluate",
                                 description="Score predictions (JSONL) against a gold folder.")
    ap.add_argument("gold_dir")
    ap.add_argument("pred_jsonl")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    report = score_dirs(args.gold_dir, args.pred_jsonl)
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"{'field':<20}{'P':>7}{'R':>7}{'F1':>7}")
    for name, v in report["fields"].items():
        print(f"{name:<20}{v['p']:>7.3f}{v['r']:>7.3f}{v['f1']:>7.3f}")
    print(f"macro_f1 {report['macro_f1']:.3f} over {report['articles']} articles "
          f"({report['labor']} labor)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
