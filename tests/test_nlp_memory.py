"""What an extraction worker does not load (issue 14's memory limit: every pool worker holds
its own copy of whatever it imports or loads)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import picketline
from picketline import nlp

PACKAGE = Path(picketline.__file__).parent


def test_no_rule_or_extractor_reads_a_lemma() -> None:
    """The model is loaded without its lemmatizer (nlp.EXCLUDED): a rule or extractor that
    read ``lemma_`` or matched on ``LEMMA`` would silently get nothing."""
    assert "lemmatizer" in nlp.EXCLUDED
    readers = []
    for f in PACKAGE.rglob("*"):
        if f.suffix not in (".py", ".toml", ".json", ".txt") or f == PACKAGE / "nlp.py":
            continue
        if re.search(r"\blemma", f.read_text(encoding="utf-8", errors="replace"), re.I):
            readers.append(str(f.relative_to(PACKAGE)))
    assert not readers, (f"{readers} mention lemmas: take the lemmatizer out of "
                         f"picketline.nlp.EXCLUDED (it costs memory in every worker)")


def test_the_model_is_loaded_without_the_excluded_components() -> None:
    model = nlp.load_model()
    assert not set(nlp.EXCLUDED) & set(model.pipe_names)
    assert {"tok2vec", "tagger", "parser", "attribute_ruler", "ner"} <= set(model.pipe_names)


def test_a_pool_worker_does_not_import_the_readers() -> None:
    """A worker imports picketline.engine and extracts: the readers' libraries (feedparser,
    warcio, fsspec) and the database's (SQLAlchemy) are the parent's business."""
    code = ("import sys\n"
            "from picketline import engine\n"
            "engine._extract_batch([{'id': 'a', 'text': 'About 40 nurses went on strike "
            "Monday in Fresno, California.'}])\n"
            "print(sorted(m for m in ('picketline.ingest', 'feedparser', 'warcio', 'fsspec',"
            " 'sqlalchemy', 'picketline.store') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=PACKAGE.parent)
    assert out.stdout.strip().splitlines()[-1] == "[]"
