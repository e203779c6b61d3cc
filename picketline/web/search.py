"""The dispute search's expansions: what else a reader's words may be written as.

"nurses" should find "NNU Local 12" (National Nurses United) and "Minnesota Nurses
Association": a search for a word also looks for its singular, and for every union in the
gazetteer (``data/unions.json``) whose name or alias holds the word, that union's names,
aliases and acronyms. An acronym is matched as a word (next to a space, a bracket or, in
dispute ids, hyphens), so "NNU" never matches inside "annual".
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

UNIONS = Path(__file__).parents[1] / "data" / "unions.json"
MAX_TERMS = 60


@lru_cache(maxsize=1)
def _unions() -> list[tuple[list[str], list[str]]]:
    """(names and aliases, acronyms) of each union in the gazetteer."""
    try:
        data = json.loads(UNIONS.read_text())
    except (OSError, ValueError):
        return []
    out = []
    for u in data.get("unions") or []:
        names = [u.get("name"), u.get("canonical"), *(u.get("aliases") or [])]
        prefix = u.get("local_prefix")
        names = [n for n in dict.fromkeys(names + [prefix]) if n]
        out.append((names, [a for a in u.get("acronyms") or [] if a]))
    return out


def _forms(word: str) -> list[str]:
    w = word.lower()
    forms = [w]
    if len(w) > 4 and w.endswith("ies"):
        forms.append(w[:-3] + "y")
    elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        forms.append(w[:-1])
    return forms


def _acronym_patterns(a: str) -> list[str]:
    return [f"{a} ", f" {a}", f"({a}", f"-{a.lower()}-"]


def expand(q: str | None) -> str | tuple[str, ...] | None:
    """The texts a search ``q`` matches (any of them, anywhere in a dispute's id, title,
    employer or union): ``q`` alone when nothing expands it, else a tuple."""
    q = (q or "").strip()
    if not q:
        return None
    terms = [q]
    words = re.findall(r"[A-Za-z][A-Za-z'’-]{2,}", q)
    if len(words) == 1 and words[0].lower() == q.lower():
        forms = _forms(q)
        terms += forms[1:]
        for names, acronyms in _unions():
            if any(re.search(rf"\b{re.escape(f)}\b", n, re.I) for n in names for f in forms) or \
                    any(f.upper() == a for a in acronyms for f in forms):
                terms += names
                for a in acronyms:
                    terms += _acronym_patterns(a)
    out = tuple(dict.fromkeys(terms))[:MAX_TERMS]
    return out if len(out) > 1 else q
