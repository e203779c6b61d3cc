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
    """Article id -> labor, from the sample corpus README: every article id named there
    (in backticks, as ``id`` or as a file name) on a line that marks it as labor or not.
    A line (or the section heading above it) that says "not labor", "non-labor" or "other
    sense" marks its ids as non-labor; other lines that name ids mark them as labor."""
    readme = folder / "README.md"
    if not readme.exists():
        return None
    labels: dict[str, bool] = {}
    section_neg = False
    neg = re.compile(r"\b(?:not (?:a )?labou?r|non-labou?r|other senses?|something else|"
                     r"not about labou?r|negatives?)\b", re.I)
    for line in readme.read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith("#"):
            section_neg = bool(neg.search(line))
            continue
        ids = re.findall(r"`([^`\s]+)`", line)
        if not ids:
            continue
        is_neg = section_neg or bool(neg.search(line))
        for raw in ids:
            stem = Path(raw).name
            for suffix in (".warc.gz", ".jsonl", ".json", ".html", ".htm", ".txt", ".xml",
                           ".rss", ".atom", ".warc"):
                if stem.endswith(suffix):
                    stem = stem[: -len(suffix)]
                    break
            labels.setdefault(stem, not is_neg)
    return labels


def measure(articles, labels: dict[str, bool]) -> dict:
    from picketline.cascade import might_be_labor

    out = {"articles": 0, "labor": 0, "labor_kept": 0, "dropped_labor": [],
           "non_labor": 0, "non_labor_passed": 0, "unlabelled": 0}
    for a in articles:
        label = labels.get(a.id)
        if label is None:  # a record inside a file: try the file's stem too
            label = labels.get(Path(a.path or "").name.split(".")[0])
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
