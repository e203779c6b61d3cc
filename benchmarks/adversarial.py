"""Adversarial inputs: how long each takes to read (the ingest reader) and to extract.

    python benchmarks/adversarial.py [--timeout 30] [--only NAME ...] [--json]

Builds, in a temporary folder, the inputs of the robustness review (issue 12) that once took
from tens of seconds to many minutes, and prints per input its size, the time the reader
takes (``read_file``, what the ingest parent does), the time extraction takes for each
article read (as one ingest process would: under ``PICKETLINE_EXTRACT_TIMEOUT``, here
``--timeout``), and the outcome. Memory: peak RSS of this process at the end.
"""
from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

PARA = "<html><body><article><p>Nurses strike at Harmon Valley.</p>"
END = "</article></body></html>"


def inputs(folder: Path) -> dict[str, Path]:
    """name -> file, each written once."""
    made: dict[str, Path] = {}

    def text(name: str, content: str) -> None:
        p = folder / name
        p.write_text(content, encoding="utf-8")
        made[name] = p

    text("percent-8k.txt", "Union strike demands " + "%".join(["9"] * 4000) + "% raise")
    text("digits-15k.txt", "Workers strike. " + "1" * 15000)
    text("local-40k.txt", "Nurses strike. " + "Local " * 6700)
    text("headline-35k.txt", "date 2024-01-01 " + "Strike " * 5000 + "\n\nWorkers went on strike.")
    text("p160k.html", PARA + "<p>x" * 160_000 + END)
    text("p1M.html", PARA + "<p>x" * 1_000_000 + END)
    text("strike-lines-4.9MB.txt", "strike\n" * 700_000)
    text("strike-oneline-4.9MB.txt", "strike " * 700_000)
    bomb = folder / "bomb.jsonl.gz"
    with gzip.open(bomb, "wb", compresslevel=9) as fh:
        fh.write(json.dumps({"id": "first", "text": "Nurses strike"}).encode() + b"\n")
        chunk = b"\n" * (1 << 20)
        for _ in range(128):  # 128 MiB of newlines, about 130 KB compressed
            fh.write(chunk)
    made[bomb.name] = bomb
    big_list = folder / "list-40MB.json"
    with open(big_list, "w", encoding="utf-8") as fh:
        fh.write("[")
        for i in range(800_000):
            fh.write(("," if i else "") + json.dumps({"id": f"r{i}", "text": "Nurses strike"}))
        fh.write("]")
    made[big_list.name] = big_list
    return made


def measure(path: Path, timeout: float | None, extract: bool) -> dict:
    from picketline.engine import extract_one
    from picketline.ingest import read_file
    from picketline.model import Article

    t0 = time.perf_counter()
    items = list(read_file(path))
    read_s = time.perf_counter() - t0
    articles = [a for a in items if isinstance(a, Article)]
    errors = [str(e.reason)[:100] for e in items if not isinstance(e, Article)]
    row = {"input": path.name, "bytes": path.stat().st_size, "read_s": round(read_s, 2),
           "articles": len(articles), "read_errors": len(errors),
           "first_error": errors[0] if errors else None}
    if extract and articles and len(articles) <= 5:
        per = []
        outcome = []
        for a in articles:
            t1 = time.perf_counter()
            out = extract_one(a, timeout=timeout)
            per.append(round(time.perf_counter() - t1, 2))
            outcome.append(out if isinstance(out, str) else
                           ("labor" if out.labor else "not labor"))
        row["extract_s"] = per
        row["extract_outcome"] = [o[:90] for o in outcome]
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--timeout", type=float, default=30.0,
                    help="per-article extraction limit in seconds (0: none)")
    ap.add_argument("--only", nargs="*", help="input names to run (default: all)")
    ap.add_argument("--no-extract", action="store_true", help="time the readers only")
    ap.add_argument("--json", action="store_true", help="one JSON object per input")
    args = ap.parse_args()
    from picketline.engine import _warm_up

    _warm_up()  # model and extractor set-up outside every measurement
    with tempfile.TemporaryDirectory() as tmp:
        made = inputs(Path(tmp))
        for name, path in made.items():
            if args.only and name not in args.only:
                continue
            row = measure(path, args.timeout or None, not args.no_extract)
            if args.json:
                print(json.dumps(row), flush=True)
            else:
                ext = ""
                if "extract_s" in row:
                    ext = f"  extract {row['extract_s']} s -> {row['extract_outcome']}"
                err = f"  error: {row['first_error']}" if row["first_error"] else ""
                print(f"{name:26} {row['bytes']:>11,} B  read {row['read_s']:6.2f} s  "
                      f"{row['articles']:>7,} articles{ext}{err}", flush=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1000
    print(f"peak RSS {peak:.0f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
