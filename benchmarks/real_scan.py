"""Precision at scale: the extractor over the two whole real corpora beside the checkout.

    python benchmarks/real_scan.py [--corpus DIR] [--sample 50] [--out DIR]

Reads every article of ``../shared/corpus/real/*.jsonl.gz`` (Reuters-21578 1987, BBC News
2004-05: about 20,000 articles, about 1 % labor) through picketline's own JSONL reader, as
``picketline ingest`` would, and prints one JSON object: articles, how many the cascade let
through, how many were flagged as labor actions (per corpus and per 10,000 articles),
articles per second, and, where the project's annotated real set (``tests/real/gold``) covers
an article (and the kit's real-dev gold; not the real set's held-out part), the flagged/gold agreement (precision and recall on that sample). It writes the
flagged ids to ``OUT/flagged.txt`` and a seeded random sample of them, as text files with the
extractor's record beside each, to ``OUT/sample/`` for a person to check by hand (the text
stays outside the repository).
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "real")
    ap.add_argument("--sample", type=int, default=50)
    ap.add_argument("--seed", type=int, default=20261203)
    ap.add_argument("--out", type=Path, default=Path("/tmp/picketline-real-scan"))
    args = ap.parse_args()

    from picketline.cascade import no_cue_facts
    from picketline.extract import extract_article
    from picketline.ingest import read_paths
    from picketline.model import Article
    from picketline.nlp import load_model

    load_model()
    gold = {}  # corpus id -> is_labor_action, from our real set and the kit's real-dev gold
    # the held-out part of our real set is left out of the agreement figure (it is never used
    # to tune, and this figure is read while tuning)
    heldout = set(json.loads((ROOT / "tests" / "real" / "split.json").read_text())["heldout"])
    for p in (ROOT / "tests" / "real" / "gold").glob("*.json"):
        if p.stem in heldout:
            continue
        gold[p.stem] = json.loads(p.read_text())["is_labor_action"]
    for p in (args.corpus.parents[1] / "eval" / "real-dev" / "gold").glob("*.json"):
        cid = ("reuters-" + p.stem[1:]) if p.stem[:1] == "r" else p.stem.replace("_", "-")
        gold[cid] = json.loads(p.read_text())["is_labor_action"]

    args.out.mkdir(parents=True, exist_ok=True)
    flagged: list[tuple[str, Article, dict]] = []
    per_corpus: dict[str, dict[str, int]] = {}
    tp = fp = fn = 0
    t0 = time.perf_counter()
    total = passed = 0
    for path in sorted(args.corpus.glob("*.jsonl.gz")):
        plain = args.out / path.name[:-3]
        with gzip.open(path, "rt", encoding="utf-8") as src, plain.open("w") as dst:
            dst.write(src.read())
        stats = per_corpus.setdefault(path.name, {"articles": 0, "cascade_passed": 0,
                                                  "flagged": 0})
        for a in read_paths([plain]):
            if not isinstance(a, Article):
                continue
            total += 1
            stats["articles"] += 1
            if no_cue_facts(a) is None:
                passed += 1
                stats["cascade_passed"] += 1
            facts = extract_article(a)
            if facts.labor:
                stats["flagged"] += 1
                flagged.append((path.name, a, facts.to_schema()))
            if a.id in gold:
                if facts.labor and gold[a.id]:
                    tp += 1
                elif facts.labor:
                    fp += 1
                elif gold[a.id]:
                    fn += 1
        plain.unlink()
    took = time.perf_counter() - t0

    (args.out / "flagged.txt").write_text("".join(f"{a.id}\n" for _, a, _ in flagged))
    sample_dir = args.out / "sample"
    sample_dir.mkdir(exist_ok=True)
    for old in sample_dir.iterdir():
        old.unlink()
    rnd = random.Random(args.seed)
    chosen = rnd.sample(flagged, min(args.sample, len(flagged)))
    for _, a, rec in chosen:
        (sample_dir / f"{a.id}.txt").write_text(f"{a.title or ''}\n\n{a.text}\n")
        (sample_dir / f"{a.id}.pred.json").write_text(json.dumps(rec, indent=1))
    for s in per_corpus.values():
        s["flagged_per_10k"] = round(10_000 * s["flagged"] / max(1, s["articles"]), 1)
    print(json.dumps({
        "articles": total, "cascade_passed": passed, "flagged": len(flagged),
        "flagged_per_10k": round(10_000 * len(flagged) / max(1, total), 1),
        "corpora": per_corpus, "seconds": round(took, 1),
        "articles_per_s": round(total / took, 1),
        "annotated_sample": {"articles": len(gold), "tp": tp, "fp": fp, "fn": fn,
                             "precision": round(tp / (tp + fp), 3) if tp + fp else None,
                             "recall": round(tp / (tp + fn), 3) if tp + fn else None},
        "hand_check_sample": str(sample_dir), "sampled": len(chosen),
    }, indent=1))


if __name__ == "__main__":
    main()
