"""The real-news annotation set: gold records kept here, article text read from ``../shared``.

The gold in ``gold/`` was written by annotators who followed the evaluation kit's
``GUIDELINES.md`` and ``SCHEMA.md`` and never read the extractor (``README.md`` here says how
the articles were chosen and split). The text stays in ``../shared/corpus/real/`` and is
formatted here exactly as the kit formats its real-dev articles: a Reuters story as
`` date YYYY-MM-DD HEADLINE`` then the body, a BBC story as the headline, a blank line, the body.

    python tests/real/realset.py write heldout /tmp/real-heldout   # article files to score
    picketline extract /tmp/real-heldout --jsonl p.jsonl
    python3 ../shared/eval/score.py /tmp/real-heldout-gold p.jsonl   # (write also copies gold)
"""
from __future__ import annotations

import gzip
import json
import shutil
import sys
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
SPLIT = HERE / "split.json"
CORPUS = HERE.parents[2] / "shared" / "corpus" / "real"
FILES = ("reuters-21578.jsonl.gz", "bbc-news-2004.jsonl.gz")
PARTS = ("tune", "heldout")


def available() -> bool:
    return all((CORPUS / f).is_file() for f in FILES)


def article_text(record: dict) -> str:
    if record.get("published"):
        return f" date {record['published']} {record['title']}\n{record['text']}\n"
    return f"{record['title']}\n\n{record['text']}\n"


@lru_cache(maxsize=1)
def _records() -> dict[str, dict]:
    wanted = {p.stem for p in GOLD.glob("*.json")}
    out = {}
    for name in FILES:
        with gzip.open(CORPUS / name, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec["id"] in wanted:
                    out[rec["id"]] = rec
    return out


def part_ids(part: str) -> list[str]:
    return list(json.loads(SPLIT.read_text())[part])


def gold(ids: list[str]) -> dict[str, dict]:
    return {i: json.loads((GOLD / f"{i}.json").read_text()) for i in ids}


def texts(ids: list[str]) -> dict[str, str]:
    recs = _records()
    return {i: article_text(recs[i]) for i in ids}


def write(part: str, folder: str | Path) -> Path:
    """Write the part's articles as ``<id>.txt`` into ``folder`` and its gold into
    ``<folder>-gold``; returns the gold folder."""
    folder = Path(folder)
    gold_dir = folder.with_name(folder.name + "-gold")
    for d in (folder, gold_dir):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
    ids = part_ids(part) if part in PARTS else part_ids("tune") + part_ids("heldout")
    for i, text in texts(ids).items():
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
        shutil.copy(GOLD / f"{i}.json", gold_dir / f"{i}.json")
    return gold_dir


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] != "write" or sys.argv[2] not in (*PARTS, "all"):
        sys.exit("usage: realset.py write tune|heldout|all FOLDER")
    print(write(sys.argv[2], sys.argv[3]))
