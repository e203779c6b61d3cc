"""Does the cascade's first stage drop any labor article?

    python benchmarks/cascade_recall.py [--sample DIR] [--dev DIR]

Runs :func:`picketline.cascade.might_be_labor` over labelled articles and prints one JSON
object with, per corpus: articles, labor articles, labor articles kept (recall, which must be
1.0), the ids of any labor article dropped, and how many non-labor articles the stage passes
on to the models (pass rate; lower is cheaper).

Corpora:
- the bundled sample corpus (``picketline/data/sample``); its ``README.md`` says which
  articles are labor-action reports (see :func:`sample_labels`);
- the dev set, when ``../shared/eval/dev`` exists beside the checkout (gold
  ``is_labor_action`` in ``gold/<id>.json``), and the seed articles
  (``../shared/corpus/seeds`` against ``../shared/eval/seeds``) likewise.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev"
SEEDS = (ROOT.parent / "shared" / "corpus" / "seeds", ROOT.parent / "shared" / "eval" / "seeds")


def sample_labels(folder: Path) -> dict[str, bool] | None:
    """Article key -> labor, from the sample corpus README's tables: the first cell of a
    table row names an article (its id, or for feed entries and WARC records the URL or
    guid) in backticks; rows under a heading that says "not labor" (or "non-labor",
    "other sense") are non-labor, the other rows are labor."""
    readme = folder / "README.md"
    if not readme.exists():
        return None
    labels: dict[str, bool] = {}
    section_neg = False
    in_section = False  # tables before the first "##" heading describe files, not articles
    neg = re.compile(r"\b(?:not (?:a )?labou?r|non-labou?r|other senses?)\b", re.I)
    for line in readme.read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith("#"):
            in_section = line.lstrip().startswith("##")
            section_neg = bool(neg.search(line))
            continue
        if not in_section or not line.lstrip().startswith("|"):
            continue
        m = re.match(r"\s*`([^`\s]+)`", line.strip().strip("|"))
        if not m or "*" in m.group(1):
            continue  # a header row, or the table of formats
        labels.setdefault(m.group(1), not section_neg)
    return labels


def label_of(article, labels: dict[str, bool]) -> bool | None:
    """An article's label by its id, its URL, or the hashed id of a URL or guid."""
    try:
        from picketline.ingest.ids import key_id
    except ImportError:  # an older reader: ids and URLs only
        def key_id(key: str) -> str:
            return key
    for key in (article.id, article.url):
        if key and key in labels:
            return labels[key]
    for key, value in labels.items():
        if key_id(key) == article.id:
            return value
    return None


def measure(articles, labels: dict[str, bool]) -> dict:
    from picketline.cascade import might_be_labor

    out = {"articles": 0, "labor": 0, "labor_kept": 0, "dropped_labor": [],
           "non_labor": 0, "non_labor_passed": 0, "unlabelled": 0}
    for a in articles:
        label = label_of(a, labels)
        out["articles"] += 1
        kept = might_be_labor(a.text)
        if label is None:
            out["unlabelled"] += 1
        elif label:
            out["labor"] += 1
            out["labor_kept"] += kept
            if not kept:
                out["dropped_labor"].append(a.id)
        else:
            out["non_labor"] += 1
            out["non_labor_passed"] += kept
    out["recall"] = round(out["labor_kept"] / out["labor"], 4) if out["labor"] else None
    out["non_labor_pass_rate"] = (round(out["non_labor_passed"] / out["non_labor"], 4)
                                  if out["non_labor"] else None)
    return out


def gold_labels(folder: Path) -> dict[str, bool]:
    labels = {}
    for g in folder.glob("*.json"):
        rec = json.loads(g.read_text(encoding="utf-8"))
        labels[rec.get("id") or g.stem] = bool(rec.get("is_labor_action"))
    return labels


def read(folder: Path):
    from picketline.ingest import read_paths
    from picketline.model import Article

    return [a for a in read_paths([folder]) if isinstance(a, Article)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=Path, default=None)
    ap.add_argument("--dev", type=Path, default=DEV)
    args = ap.parse_args()
    from picketline.sample import sample_path

    result: dict = {}
    sample = args.sample or sample_path()
    labels = sample_labels(sample) if sample.exists() else None
    if labels:
        result["sample"] = measure(read(sample), labels)
    else:
        result["sample"] = {"missing": f"no labelled README.md in {sample}"}
    for name, articles, gold in (("dev", args.dev / "articles", args.dev / "gold"),
                                 ("seeds", *SEEDS)):
        if gold.is_dir() and articles.is_dir():
            result[name] = measure(read(articles), gold_labels(gold))
    print(json.dumps(result))
    dropped = any(r.get("dropped_labor") for r in result.values())
    return 1 if dropped else 0


if __name__ == "__main__":
    sys.exit(main())
