"""The cheap first stage of the extraction cascade.

Most news is not about labor. Before an article is split into sentences or sees a statistical
model, one Aho-Corasick pass over its lower-cased text looks for any labor-action cue (strike,
walkout, picket, lockout, sickout, ...). Articles with none are certainly not labor-action
reports and skip the rest of the pipeline. The cue list is deliberately broad: this stage may
let non-labor articles through (the classifier decides), but it must never drop a labor
article; ``benchmarks/cascade_recall.py`` measures that on labelled articles.
"""
from __future__ import annotations

from functools import lru_cache

import ahocorasick

CUES = (
    "strike", "striking", "striker", "struck", "walkout", "walk-out", "walk out", "walked out",
    "walking out", "walks out", "walked off", "walk off", "walking off", "walks off",
    "picket", "lockout", "lock-out", "locked out", "locks out", "lock out", "sickout",
    "sick-out", "work stoppage", "stoppage", "industrial action", "job action",
    "rally", "rallies", "rallied", "protest", "demonstrat", "slowdown", "work-to-rule",
    "work to rule", "downed tools", "down tools", "go-slow", "huelga",
)


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    a = ahocorasick.Automaton()
    for cue in CUES:
        a.add_word(cue, cue)
    a.make_automaton()
    return a


def cues(text: str) -> set[str]:
    """The labor-action cues found in ``text`` (case-insensitive)."""
    return {cue for _, cue in _automaton().iter(text.lower())}


def might_be_labor(text: str) -> bool:
    """True unless the text has no labor-action cue at all."""
    for _ in _automaton().iter(text.lower()):
        return True
    return False
