"""The cheap first stage of the extraction cascade.

Most news is not about labor. Before an article is split into sentences or sees a statistical
model, one Aho-Corasick pass over its lower-cased text looks for labor-action cues (strike,
walkout, picket, lockout, sickout, ...) and, in the same pass, for set phrases in which such a
word has another sense ("lightning strike", "struck down", "strike a deal", "picket fence",
"stocks rallied"). A cue counts only when no such phrase covers it; an article with no
counting cue is certainly not a labor-action report and skips the rest of the pipeline.

The stage is deliberately generous: it may let non-labor articles through (the classifier
decides), but it must never drop a labor article. One labor sense anywhere is enough, so an
article that mentions a strike and also "struck a deal" passes. ``benchmarks/cascade_recall.py``
measures recall on labelled articles.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

import ahocorasick

from .nlp import MAX_EXTRACT_CHARS, clean_text


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    """``data/lexicon/action_cues.json``: the labor-action cues and the other-sense phrases,
    shared with :mod:`picketline.extract.classify` (one vocabulary, so the classifier never
    counts an action word this stage would drop)."""
    path = resources.files("picketline").joinpath("data/lexicon/action_cues.json")
    return json.loads(path.read_text(encoding="utf-8"))


def _groups(section: dict) -> tuple[str, ...]:
    return tuple(w for k, ws in section.items() if not k.startswith("_") for w in ws)


CUES: tuple[str, ...] = _groups(vocabulary()["cues"])
# cues that count only when written in lower case ("march", not the month "March")
LOWERCASE_CUES: tuple[str, ...] = tuple(vocabulary()["lowercase_only"]["cues"])
# Set phrases in which a cue word has a non-labor sense. A cue occurrence inside one of these
# does not count. Only phrases that cannot describe workers' collective action belong here.
OTHER_SENSES: tuple[str, ...] = _groups(vocabulary()["other_senses"])


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    a = ahocorasick.Automaton()
    for cue in CUES:
        a.add_word(cue, (True, cue))
    for cue in LOWERCASE_CUES:
        a.add_word(cue, (None, cue))
    for phrase in OTHER_SENSES:
        # a phrase that is also a cue keeps the cue meaning (cannot happen by construction)
        if phrase not in CUES:
            a.add_word(phrase, (False, phrase))
    a.make_automaton()
    return a


def _hits(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """Cue spans and other-sense spans (start, end exclusive) in the lower-cased text."""
    cue_spans: list[tuple[int, int, str]] = []
    other: list[tuple[int, int]] = []
    low = text.lower()
    for end, (is_cue, word) in _automaton().iter(low):
        start = end - len(word) + 1
        if start and low[start - 1].isalnum():
            continue  # inside a word: "generally" holds no rally, "Protestant" no protest
        span = (start, end + 1)
        if is_cue is None:  # a lower-case-only cue: "march", not "March" or "MARCH"
            if start < len(text) and text[start].islower():
                cue_spans.append((*span, word))
        elif is_cue:
            cue_spans.append((*span, word))
        else:
            other.append(span)
    return cue_spans, other


def _counting(text: str) -> list[str]:
    cue_spans, other = _hits(text)
    if not other:
        return [w for _, _, w in cue_spans]
    return [w for s, e, w in cue_spans
            if not any(os <= s and e <= oe for os, oe in other)]


def cue_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, cue) of every cue in ``text`` that counts (outside other-sense phrases):
    the classifier counts an action word only where one of these lies."""
    cue_spans, other = _hits(text)
    if not other:
        return cue_spans
    return [(s, e, w) for s, e, w in cue_spans if not any(os <= s and e <= oe for os, oe in other)]


def cues(text: str) -> set[str]:
    """The labor-action cues found in ``text`` (case-insensitive) outside other-sense
    phrases."""
    return set(_counting(text))


def might_be_labor(text: str) -> bool:
    """False only when the text has no labor-action cue (at the start of a word) outside
    other-sense phrases."""
    # the rules read what extraction reads: the cleaned text ("stri\u00adke" is a strike), up
    # to MAX_EXTRACT_CHARS, its lines joined as its sentences are (a hard-wrapped wire's
    # "an overtime\nban", "walked\nout" is the phrase; each run of white space is read as one
    # space, split and joined in C: a regular expression over every article tripled the
    # cascade's time)
    cleaned = clean_text(text[:2 * MAX_EXTRACT_CHARS])[0][:MAX_EXTRACT_CHARS]
    cue_spans, other = _hits(" ".join(cleaned.split()) if "\n" in cleaned else cleaned)
    if not other:
        return bool(cue_spans)
    return any(not any(os <= s and e <= oe for os, oe in other) for s, e, _ in cue_spans)


def no_cue_facts(article: "Article") -> "ArticleFacts | None":
    """The facts of an article the cascade rules out (no labor-action cue in its text or
    title): not a labor action, its publication date as given; None when it needs the
    extractors. Needs neither spaCy nor the extractors, so a process that only sorts
    articles (the parent of an extraction pool) never loads them."""
    from .model import ArticleFacts, Fact
    from .versions import extractor_version

    if might_be_labor(article.text) or might_be_labor(article.title or ""):
        return None
    # the rule ids (rules/code.toml) are set here, not by the extractor, so that the facts
    # are the same whichever process sorts the article (an ingest pool's or Dask's parent)
    published = Fact(article.published, rules=["published.code"]) if article.published \
        else None
    return ArticleFacts(id=article.id, title=article.title, extractor_version=extractor_version(),
                        published=published,
                        is_labor_action=Fact(False, note="no labor-action cue",
                                             rules=["is_labor_action.code.no_cue"]))
