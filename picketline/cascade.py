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

from functools import lru_cache

import ahocorasick

from .nlp import clean_text

CUES = (
    "strike", "striking", "striker", "struck", "walkout", "walk-out", "walk out", "walked out",
    "walking out", "walks out", "walked off", "walk off", "walking off", "walks off",
    "walk-off", "walkoff",
    "picket", "lockout", "lock-out", "locked out", "locks out", "lock out", "sickout",
    "sick-out", "work stoppage", "stoppage", "industrial action", "job action",
    "rally", "rallies", "rallied", "protest", "demonstrat", "slowdown", "work-to-rule",
    "work to rule", "downed tools", "down tools", "go-slow", "huelga",
)

# Set phrases in which a cue word has a non-labor sense. A cue occurrence inside one of these
# does not count. Only phrases that cannot describe workers' collective action belong here.
OTHER_SENSES = (
    # weather, war, violence, accidents
    "lightning strike", "lightning strikes", "lightning struck", "struck by lightning",
    "air strike", "airstrike", "missile strike", "drone strike", "military strike",
    "nuclear strike", "preemptive strike", "pre-emptive strike", "retaliatory strike",
    "strike fighter", "bird strike",
    "struck by a", "struck by an", "was struck by", "were struck by", "struck and killed",
    "struck a pedestrian", "struck a tree", "struck a utility pole", "earthquake struck",
    "tornado struck", "disaster struck", "tragedy struck",
    # deals, courts, tone
    "strike a deal", "strikes a deal", "struck a deal", "striking a deal", "strike deals",
    "struck deals", "strike a balance", "strikes a balance", "struck a balance",
    "striking a balance", "strike a chord", "strikes a chord", "struck a chord",
    "strike a pose", "struck a pose", "strike a tone", "struck a tone", "strike down",
    "strikes down", "struck down", "striking down", "strike from the record",
    "struck from the record", "striking resemblance", "striking similarity", "strikingly",
    "striking distance", "striking contrast", "striking image", "striking view",
    "strike it rich", "struck gold", "strike gold", "struck oil", "strike oil",
    "strike price", "strike prices", "struck off",
    # sport and games
    "strikeout", "strike out", "strikes out", "struck out", "striking out", "third strike",
    "called strike", "swinging strike", "strike zone", "two-strike",
    "threw a strike", "throws a strike", "rolled a strike", "bowled a strike",
    "strike partner", "star striker", "striker scored",
    "stoppage time", "injury stoppage", "referee stoppage", "doctor stoppage",
    # other fixed phrases
    "picket fence", "picket fences", "lock out of", "locked out of his",
    "locked out of her", "locked out of their", "locked out of the house", "locked out of my",
    "stocks rallied", "stocks rally", "shares rallied", "shares rally", "markets rallied",
    "market rallied", "market rally", "stock rally", "bond rally", "rallied to win",
    "rallied to beat", "relief rally", "pep rally", "car rally", "economic slowdown",
    "growth slowdown", "slowdown in growth", "slowdown in sales", "housing slowdown",
    "protestant",
    "demonstrated that", "demonstrates that", "demonstrate that", "demonstrating that",
    "demonstrated how", "demonstrates how", "demonstrated its", "demonstrated his",
    "demonstrated her",
    
)


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    a = ahocorasick.Automaton()
    for cue in CUES:
        a.add_word(cue, (True, cue))
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
        if is_cue:
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


def cues(text: str) -> set[str]:
    """The labor-action cues found in ``text`` (case-insensitive) outside other-sense
    phrases."""
    return set(_counting(text))


def might_be_labor(text: str) -> bool:
    """False only when the text has no labor-action cue (at the start of a word) outside
    other-sense phrases."""
    cue_spans, other = _hits(clean_text(text)[0])  # "stri\u00adke" is a strike
    if not other:
        return bool(cue_spans)
    return any(not any(os <= s and e <= oe for os, oe in other) for s, e, _ in cue_spans)


def no_cue_facts(article: "Article") -> "ArticleFacts | None":
    """The facts of an article the cascade rules out (no labor-action cue in its text or
    title): not a labor action, its publication date as given; None when it needs the
    extractors. Needs neither spaCy nor the extractors, so a process that only sorts
    articles (the parent of an extraction pool) never loads them."""
    from .model import EXTRACTOR_VERSION, ArticleFacts, Fact

    if might_be_labor(article.text) or might_be_labor(article.title or ""):
        return None
    return ArticleFacts(id=article.id, title=article.title, extractor_version=EXTRACTOR_VERSION,
                        published=Fact(article.published) if article.published else None,
                        is_labor_action=Fact(False, note="no labor-action cue"))
