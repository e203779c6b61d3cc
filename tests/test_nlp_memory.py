"""What an extraction worker does not load (issue 14's memory limit: every pool worker holds
its own copy of whatever it imports or loads)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import picketline
from picketline import nlp
from picketline.model import Article

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
    assert model.pipe_names == list(nlp.LOADED) == ["ner"]


def test_no_rule_or_extractor_reads_a_tag_or_a_dependency() -> None:
    """Only the recogniser is loaded (nlp.EXCLUDED): a rule or extractor that read a
    part-of-speech tag, a dependency or a parsed sentence would silently get nothing."""
    readers = []
    for f in PACKAGE.rglob("*"):
        if f.suffix not in (".py", ".toml", ".json") or f == PACKAGE / "nlp.py":
            continue
        text = f.read_text(encoding="utf-8", errors="replace")
        if re.search(r"\.(?:pos|tag|dep)_\b|\.morph\b|\.noun_chunks\b|\bctx\.parse\(|"
                     r"\.is_sent_start\b|\"(?:POS|TAG|DEP|MORPH)\"", text):
            readers.append(str(f.relative_to(PACKAGE)))
    assert not readers, (f"{readers} read tags or dependencies: load the tagger or the "
                         f"parser again (picketline.nlp.EXCLUDED)")


def test_the_recogniser_alone_finds_what_it_finds_in_the_whole_pipeline() -> None:
    """The recogniser embeds its own tok2vec: the entities are the same whether the rest of
    the pipeline is loaded and run beside it or not."""
    import spacy

    full = spacy.load(nlp.MODEL_NAME)
    texts = ["About 1,200 nurses at Mercy General Hospital in Sacramento, California, walked "
             "off the job Monday, the California Nurses Association said.",
             "Local 2850 of UNITE HERE said workers at the Hilton in Oakland would strike "
             "on March 3 unless Hilton Worldwide raised its offer of 4 percent.",
             "The Amalgamated Transit Union and the Metropolitan Transit Authority met "
             "with a federal mediator in Houston on Friday."]
    alone = nlp.load_model()

    def ents(model) -> list[list[tuple[str, str, int, int]]]:
        return [[(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents]
                for doc in model.pipe(texts)]

    assert ents(alone) == ents(full)
    assert any(ents(alone))
    # a caller's full model gives the same entities through a Context (only NER is run)
    text = "\n\n".join(texts)
    got_full = nlp.Context(Article(id="a", text=text), full).ents()
    got_alone = nlp.Context(Article(id="a", text=text), alone).ents()
    assert got_full == got_alone and got_alone


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
