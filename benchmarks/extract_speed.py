"""Extraction speed: the extractor alone, on one core, over the bundled sample corpus repeated.

    python benchmarks/extract_speed.py [--repeat 10] [--path DIR] [--breakdown]

Prints one JSON object: articles, labor_articles, words, seconds, cpu_seconds,
articles_per_s, words_per_s, labor_articles_per_s (and the same per CPU second, which a busy
machine does not distort). The model is loaded (and warmed up) before timing; reading files
is not timed. Pinned to one core (torch/BLAS threads to 1, CPU affinity where possible).
``--breakdown`` adds ``ms_per_article`` by extractor step (inclusive CPU time: a step that
asks for named entities includes the NER it triggers; ``nlp.ents``/``nlp.parse`` show the
statistical model's share).
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
    ap.add_argument("--breakdown", action="store_true", help="CPU time per extractor step")
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
    spent = _instrument() if args.breakdown else None
    c0 = time.process_time()
    t0 = time.perf_counter()
    labor = sum(extract_article(a, nlp).labor for a in articles)
    dt = time.perf_counter() - t0
    cpu = time.process_time() - c0
    out = {
        "corpus": str(path), "repeat": args.repeat, "articles": len(articles),
        "labor_articles": labor, "words": words, "seconds": round(dt, 3),
        "cpu_seconds": round(cpu, 3),
        "articles_per_s": round(len(articles) / dt, 2), "words_per_s": round(words / dt),
        "labor_articles_per_s": round(labor / dt, 2),
        "labor_articles_per_cpu_s": round(labor / cpu, 2),
        "words_per_cpu_s": round(words / cpu),
    }
    if spent is not None:
        out["ms_per_article"] = {k: round(1000 * v / len(articles), 2)
                                 for k, v in sorted(spent.items(), key=lambda kv: -kv[1])}
    print(json.dumps(out))


def _instrument() -> dict[str, float]:
    """Wrap each step of the extractor's table and the model calls, adding up each one's
    CPU time."""
    import functools

    import picketline.extract as orchestrator
    from picketline import nlp

    spent: dict[str, float] = {}

    def wrap(name, fn):
        @functools.wraps(fn)
        def timed(*a, **k):
            t = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - t
        return timed

    # the steps of the extractor's table (picketline.extract.PIPELINE), by step name
    orchestrator.PIPELINE = tuple(replace(step, run=wrap(step.name, step.run))
                                  for step in orchestrator.PIPELINE)
    nlp.Context.ents = wrap("nlp.ents (NER)", nlp.Context.ents)
    nlp.Context.parse = wrap("nlp.parse", nlp.Context.parse)
    nlp.Context.__init__ = wrap("nlp.Context (sentence split)", nlp.Context.__init__)
    orchestrator.no_cue_facts = wrap("cascade", orchestrator.no_cue_facts)
    return spent

if __name__ == "__main__":
    main()
