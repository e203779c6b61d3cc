"""How long a fresh process takes before it extracts at full speed: what every extraction
worker of `picketline ingest` and every `picketline extract` pays once.

    python benchmarks/startup.py [--runs 5] [--json]

Each run is a new Python process that times three steps: importing the extractor (its rules
files are read there), loading the spaCy model, and extracting its first (small, built-in)
article, which builds what is built on first use (the place gazetteer's index, the rule sets
that article needs). Prints the median of each step over the runs, and the regex compile
time inside the import and the first article (Python's ``re`` parser is the largest part of
a start). No target: the figure explains the first tenth of `throughput.py`.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

CHILD = r"""
import json, re, time
_orig = re._compile
spent = [0.0]
def _timed(p, f):
    t = time.perf_counter()
    try:
        return _orig(p, f)
    finally:
        spent[0] += time.perf_counter() - t
re._compile = _timed
t0 = time.perf_counter()
import picketline.extract
t1 = time.perf_counter(); re_import = spent[0]
from picketline.nlp import load_model
nlp = load_model()
t2 = time.perf_counter(); spent[0] = 0.0
from picketline.engine import _warm_up
_warm_up(nlp)
t3 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "import_regex_s": re_import, "model_s": t2 - t1,
                  "first_article_s": t3 - t2, "first_article_regex_s": spent[0],
                  "total_s": t3 - t0}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args()
    runs = [json.loads(subprocess.run([sys.executable, "-c", CHILD], check=True,
                                      capture_output=True, text=True).stdout)
            for _ in range(args.runs)]
    med = {k: round(statistics.median(r[k] for r in runs), 2) for k in runs[0]}
    if args.json:
        print(json.dumps({"runs": args.runs, **med}))
        return
    for k, v in med.items():
        print(f"{k:22} {v:6.2f}")


if __name__ == "__main__":
    main()
