"""Which bargaining law governs a dispute: employer type + state + industry -> regime.

The employer's legal type (federal agency, railroad, airline, school district, community
college, public university, state or local government, private) is read from its name with the
patterns of ``process/employers.toml``; when no name says, the industry decides
(``industry_defaults``), else the employer is taken to be private. The regime is then the rules
file whose ``[applicability]`` admits that type, state and industry, the most specific one
winning (a listed state counts more than a listed industry, which counts more than none).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from .regimes import Regime, employer_types, load_regimes

PRIVATE = "private"


@lru_cache(maxsize=1)
def _compiled() -> list[tuple[str, str, list[re.Pattern]]]:
    data = employer_types()
    out = []
    for name in data["order"]:
        t = data["types"][name]
        out.append((name, t.get("description", name),
                    [re.compile(p, re.IGNORECASE) for p in t["patterns"]]))
    return out


def employer_type(name: str) -> tuple[str, str] | None:
    """The legal type of one employer name and the pattern that said so, or None."""
    text = " ".join((name or "").split())
    if not text:
        return None
    for type_name, _desc, pats in _compiled():
        for p in pats:
            if p.search(text):
                return type_name, p.pattern
    return None


def classify_employers(employers: list[str], industry: str | None) -> dict[str, Any]:
    """The dispute's employer type with the reason: first employer with a recognised type wins;
    else the industry's default; else private."""
    for emp in employers or []:
        found = employer_type(emp)
        if found:
            return {"employer_type": found[0], "employer": emp, "matched": found[1],
                    "reason": f"employer name {emp!r} matches {found[0]} pattern"}
    default = (employer_types().get("industry_defaults") or {}).get(industry or "")
    names = ", ".join(employers or []) or "no employer named"
    if default:
        return {"employer_type": default, "employer": None, "matched": None,
                "reason": f"{names}: no type in the name; assumed {default} from industry {industry!r}"}
    return {"employer_type": PRIVATE, "employer": None, "matched": None,
            "reason": f"{names}: no public-sector or carrier type in the name; assumed private"}


def _score(reg: Regime, etype: str, state: str | None, industry: str | None,
           country: str) -> int | None:
    app = reg.applicability
    if (app.get("country") or "US") != country:
        return None
    if etype not in app.get("employer_types", []):
        return None
    score = 0
    states = app.get("states") or []
    if states:
        if (state or "").upper() not in states:
            return None
        score += 2
    industries = app.get("industries") or []
    if industries:
        if industry not in industries:
            return None
        score += 1
    return score


def jurisdiction(industry: str | None, state: str | None, employers: list[str],
                 country: str | None = "US") -> Regime | None:
    """The regime governing a dispute, with ``basis`` saying why; None outside the modelled
    countries (the US).

    >>> jurisdiction("education", "CA", ["Los Angeles Unified School District"]).id
    'ca_eera'
    """
    country = (country or "US").upper()
    if country != "US":
        return None
    who = classify_employers(employers, industry)
    etype = who["employer_type"]
    best: tuple[int, str] | None = None
    regs = load_regimes()
    for reg in regs.values():
        s = _score(reg, etype, state, industry, country)
        if s is not None and (best is None or s > best[0]):
            best = (s, reg.id)
    if best is None:
        return None
    chosen = regs[best[1]].for_state(state)
    basis = dict(who, state=(state or None), industry=industry, country=country,
                 applies_to=chosen.applicability.get("description"))
    return replace(chosen, basis=basis)
