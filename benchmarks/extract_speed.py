"""Extraction speed: the extractor alone, on one core, over the bundled sample corpus repeated.

    python benchmarks/extract_speed.py [--repeat 10] [--path DIR]

Prints one JSON object: articles, labor_articles, words, seconds, articles_per_s,
words_per_s, labor_articles_per_s. The model is loaded (and warmed up) before timing; reading
files is not timed. Pinned to one core (torch/BLAS threads to 1, CPU affinity where possible).
"""
from __future__ import annotations

import argparse
import json
import os
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--path", type=Path, default=None, help="corpus (default: bundled sample)")
    args = ap.parse_args()
    try:
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    except (AttributeError, OSError):
        pass

    from picketline.extract import extract_article
    from picketline.ingest import read_paths
    from picketline.model import Article
    from picketline.nlp import load_model
    from picketline.sample import sample_path

    path = args.path or sample_path()
    base = [a for a in read_paths([path]) if isinstance(a, Article)]
    articles = [replace(a, id=f"{a.id}#{i}") for i in range(args.repeat) for a in base]
    nlp = load_model()
    extract_article(base[0], nlp)  # warm-up
    words = sum(len(a.text.split()) for a in articles)
    t0 = time.perf_counter()
    labor = sum(extract_article(a, nlp).labor for a in articles)
    dt = time.perf_counter() - t0
    print(json.dumps({
        "corpus": str(path), "repeat": args.repeat, "articles": len(articles),
        "labor_articles": labor, "words": words, "seconds": round(dt, 3),
        "articles_per_s": round(len(articles) / dt, 2), "words_per_s": round(words / dt),
        "labor_articles_per_s": round(labor / dt, 2),
    }))


if __name__ == "__main__":
    main()
