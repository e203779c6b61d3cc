"""A trained check on the rules' employers (issue 14, "learn where rules stop").

Given an article's context and the employers and unions the rules found, this module lists
the organisation-like names of the article (the rules' employers and unions, and the spaCy
named entities ORG, GPE and NORP of its sentences: a government is a GPE or NORP), and a
small spaCy ``textcat`` scores each as EMPLOYER, UNION or OTHER from a marked context: the
sentences that name it, with the name replaced by a marker token, plus a few tokens for its
head word, where it stands and who proposed it. :func:`combine` then either keeps the rules'
list (the fallback), FILLs an empty list with the best-scored name, or VETOes a rules'
employer the model scores very low. Every employer returned keeps its evidence sentence.

The model is trained and measured by ``scripts/train_roles.py`` (see
docs/trained-components.md). It is loaded lazily, once per process, and only when
:func:`refine` runs; :func:`refine` is a no-op when no model directory ships.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from ..model import Fact
from ..nlp import Context

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_DIR = Path(__file__).resolve().parents[1] / "data" / "models" / "roles"
LABELS = ("EMPLOYER", "UNION", "OTHER")
MARK = "xcandx"
NER_LABELS = ("ORG", "GPE", "NORP")
MAX_SENTS = 3  # sentences of context per candidate
MAX_CANDIDATES = 40
# The settings of the combination, chosen by cross-validation (scripts/train_roles.py).
MODE = "fill"
FILL_AT = 0.7
VETO_BELOW = 0.1


@dataclass
class Candidate:
    """One organisation-like name of an article and where it is mentioned."""

    name: str
    key: tuple[str, ...]
    surfaces: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    fact: Fact | None = None  # the rules' employer or union Fact it stands for
    first: tuple[int, int] | None = None  # offsets of a mention in ctx.text


def name_key(name: str) -> tuple[str, ...]:
    """Lowercased words of a name, punctuation and a leading "the" dropped."""
    cleaned = "".join(c if c.isalnum() else " " for c in name.lower().replace("'s ", " "))
    words = cleaned.split()
    while words and words[0] == "the":
        words = words[1:]
    return tuple(words)


def _surface(ctx: Context, fact: Fact) -> str:
    ev = fact.evidence
    if ev is None:
        return str(fact.value)
    s = ctx.original.text[ev.start:ev.end].strip()
    return s if 1 < len(s) <= 120 else str(fact.value)


def _add(out: dict, name: str, source: str, surface: str, fact: Fact | None = None,
         first: tuple[int, int] | None = None) -> None:
    key = name_key(name)
    if not key:
        return
    cand = out.get(key)
    if cand is None:
        cand = out[key] = Candidate(name, key, fact=fact, first=first)
    if surface and surface not in cand.surfaces:
        cand.surfaces.append(surface)
    if source not in cand.sources:
        cand.sources.append(source)
    cand.fact = cand.fact or fact
    cand.first = cand.first or first


def candidates(ctx: Context, employers: Sequence[Fact], unions: Sequence[Fact]) -> list[Candidate]:
    """The rules' employers and unions, then the named entities not among them."""
    out: dict[tuple[str, ...], Candidate] = {}
    for i, f in enumerate(employers):
        _add(out, str(f.value), "emp0" if i == 0 else "emp", _surface(ctx, f), f)
    for f in unions:
        _add(out, str(f.value), "union", _surface(ctx, f), f)
    by_surface = {s: c for c in out.values() for s in c.surfaces}
    for e in ctx.ents():
        if e.label not in NER_LABELS or len(e.text.strip()) < 2:
            continue
        known = by_surface.get(e.text)
        if known is not None:
            if "ner" not in known.sources:
                known.sources.append("ner")
            continue
        if len(out) < MAX_CANDIDATES or name_key(e.text) in out:
            _add(out, e.text, "ner_" + e.label.lower(), e.text, first=(e.start, e.end))
    return list(out.values())


def _bucket(n: int, edges: Sequence[int]) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return "more"


def features(ctx: Context, cand: Candidate) -> str:
    """What the model reads for one candidate: marker tokens, then its sentences with each
    of its written forms replaced by the marker."""
    surfaces = sorted(cand.surfaces, key=len, reverse=True)
    hits = [s for s in ctx.sentences if any(x in s.text for x in surfaces)]
    if not hits and cand.fact is not None and cand.fact.evidence is not None:
        hits = [s for s in ctx.sentences if s.text == cand.fact.evidence.sentence][:1]
    toks = ["src_" + s for s in cand.sources]
    toks += ["head_" + cand.key[-1], "first_" + cand.key[0], f"words_{min(len(cand.key), 5)}",
             "mentions_" + _bucket(len(hits), (0, 1, 2, 4)),
             "at_" + _bucket(hits[0].idx if hits else 99, (0, 2, 5, 10))]
    texts = []
    for s in hits[:MAX_SENTS]:
        t = s.text
        for x in surfaces:
            t = t.replace(x, f" {MARK} ")
        texts.append(t.lower())
    return " ".join(toks) + " | " + " | ".join(texts)


def _evidence_fact(ctx: Context, cand: Candidate, score: float) -> Fact | None:
    if cand.fact is not None and cand.fact.evidence is not None and "union" not in cand.sources:
        return Fact(cand.fact.value, cand.fact.evidence, confidence=round(score, 3),
                    note=f"roles model {score:.2f}", rules=list(cand.fact.rules))
    if cand.first is None:
        return None
    start, end = cand.first
    return Fact(cand.name, ctx.evidence(start, end), confidence=round(score, 3),
                note=f"roles model {score:.2f}")  # name_code_rules names it employers.code


def choose(emp_keys: Sequence[tuple[str, ...]], cand_keys: Sequence[tuple[str, ...]],
           cand_union: Sequence[bool], scores: Sequence[float], mode: str = MODE,
           fill_at: float = FILL_AT,
           veto_below: float = VETO_BELOW) -> tuple[list[int], int | None]:
    """The decision, on keys and scores only: the indices of the rules' employers kept, and
    the candidate added (or None). ``mode`` is "rules" (unchanged), "fill" (the best-scored
    candidate that is not a rules' union, when the rules name no employer and it scores at
    least ``fill_at``), "veto" (drop a rules' employer scored below ``veto_below``) or
    "both" (veto, then fill when nothing is left)."""
    score_of = {k: s for k, s in zip(cand_keys, scores)}
    kept = list(range(len(emp_keys)))
    if mode in ("veto", "both"):
        kept = [i for i in kept if score_of.get(emp_keys[i], 1.0) >= veto_below]
    added = None
    if mode in ("fill", "both") and not kept:
        ranked = sorted((-s, i) for i, s in enumerate(scores) if not cand_union[i])
        if ranked and -ranked[0][0] >= fill_at:
            added = ranked[0][1]
    return kept, added


def combine(ctx: Context, employers: Sequence[Fact], cands: Sequence[Candidate],
            scores: Sequence[float], mode: str = MODE) -> list[Fact]:
    """The employers after the model (see :func:`choose`), each with its evidence."""
    kept, added = choose([name_key(str(f.value)) for f in employers], [c.key for c in cands],
                         ["union" in c.sources for c in cands], scores, mode)
    out = [employers[i] for i in kept]
    if added is not None:
        fact = _evidence_fact(ctx, cands[added], scores[added])
        out += [fact] if fact is not None else []
    return out


@lru_cache(maxsize=1)
def load(path: str = str(MODEL_DIR)) -> Language | None:
    """The shipped model, loaded once; None when no model ships."""
    if not (Path(path) / "meta.json").is_file():
        return None
    import spacy

    return spacy.load(path)


def employer_scores(nlp: Language, texts: Sequence[str]) -> list[float]:
    return [doc.cats.get("EMPLOYER", 0.0) for doc in nlp.pipe(texts)]


def refine(ctx: Context, employers: Sequence[Fact], unions: Sequence[Fact]) -> list[Fact]:
    """The rules' employers, checked by the shipped model (unchanged when none ships)."""
    nlp = load()
    if nlp is None or MODE == "rules":
        return list(employers)
    cands = candidates(ctx, employers, unions)
    if not cands:
        return list(employers)
    scores = employer_scores(nlp, [features(ctx, c) for c in cands])
    return combine(ctx, employers, cands, scores)
