"""Turn dispute and fact records into what the templates show.

Dispute dicts come from ``picketline.consolidate`` (through the store); this module reads them
defensively, so that a field that is missing or shaped a little differently shows as "not
known" rather than breaking a page.
"""
from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote, urlsplit

from ..validate import allowed, correction_value

# fields a reviewer may correct, in display order, with their labels
FIELDS: dict[str, str] = {
    "employers": "Employers",
    "unions": "Unions",
    "action_type": "Action",
    "status": "Status",
    "industry": "Industry",
    "city": "City",
    "state": "State",
    "country": "Country",
    "start_date": "Start",
    "end_date": "End",
    "participants": "Participants",
    "demands": "Demands",
    "wage_demand_pct": "Wage demand (%)",
    "wage_offer_pct": "Wage offer (%)",
    "bargaining_events": "Bargaining steps",
}
LIST_FIELDS = {"employers", "unions", "demands", "bargaining_events"}
INT_FIELDS = {"participants"}
FLOAT_FIELDS = {"wage_demand_pct", "wage_offer_pct"}
_CONTROL = re.compile(r"[\x00-\x20\x7f]")


# the seed format's first line ("date 2023-03-23 Headline"): a header, not copy
_SEED_HEADER = re.compile(r"^[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}[ \t]+", re.IGNORECASE)
_SEED_LINE = re.compile(r"^\ufeff?[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}(?:[ \t].*)?\r?$", re.IGNORECASE)


def quote_text(sentence: Any) -> str:
    """An evidence sentence as quoted on a page: without the seed format's date header an
    extractor may have read as part of the headline's sentence."""
    return _SEED_HEADER.sub("", str(sentence or ""), count=1)


def seed_header_length(text: str, fmt: str | None) -> int:
    """How many characters of a seed-format article are its ``date YYYY-MM-DD Headline``
    line (with its line end), which the page shows as the title, not as copy; else 0."""
    if fmt != "txt":
        return 0
    first, nl, _ = text.partition("\n")
    return len(first) + len(nl) if _SEED_LINE.match(first) else 0


def place_text(d: Any) -> str:
    """Where a dispute is, in words: city and state, and the country when it is not the
    US ("Spokane, WA"; "United Kingdom" for a dispute known only by its country)."""
    if not isinstance(d, dict):
        return ""
    loc = d.get("location") if isinstance(d.get("location"), dict) else {}
    city, state = d.get("city") or loc.get("city"), d.get("state") or loc.get("state")
    country = d.get("country") or loc.get("country")
    parts = [str(x) for x in (city, state) if x]
    if country and str(country).upper() not in ("US", "USA"):
        from .overview import country_names  # (the map's names, read once)
        parts.append(country_names().get(str(country).upper(), str(country)))
    return ", ".join(parts)


def article_label(title: Any, text: Any = None, fmt: str | None = None,
                  words: int = 9) -> str | None:
    """What an article is called on a page: its title, else its first words ("Los Angeles
    Unified School District employees will conclude a three-day …"), never its id."""
    if title and str(title).strip():
        return str(title).strip()
    body = str(text or "")
    body = body[seed_header_length(body, fmt):]
    got = body.split()
    if not got:
        return None
    return " ".join(got[:words]) + (" …" if len(got) > words else "")


def evidence_href(src: Any) -> str:
    """The link to an evidence passage: the article page at its highlight."""
    if not isinstance(src, dict) or not src.get("article_id"):
        return ""
    href = "/articles/" + quote(str(src["article_id"]), safe="")
    start = src.get("start")
    return href + (f"#ev-{int(start)}" if isinstance(start, int) and start >= 0 else "")


def safe_href(url: Any) -> str | None:
    """``url`` if it is an absolute http(s) URL with a host, else None (shown as text)."""
    if not isinstance(url, str):
        return None
    u = url.strip()
    if _CONTROL.search(u):
        return None
    try:
        parts = urlsplit(u)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return u


def value_of(x: Any) -> Any:
    """The plain (chosen) value of a fact-like item."""
    if isinstance(x, dict):
        for key in ("value", "chosen", "name"):
            if key in x:
                return value_of(x[key])
        if {"city", "state", "country"} & set(x):
            return ", ".join(str(x[k]) for k in ("city", "state", "country") if x.get(k))
    if isinstance(x, list):
        return [value_of(i) for i in x]
    return x


def show(x: Any) -> str:
    """A value as display text ("" when unknown)."""
    v = value_of(x)
    if v is None:
        return ""
    if isinstance(v, list):
        return ", ".join(show(i) for i in v if i not in (None, ""))
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, float):
        return f"{v:g}"
    if isinstance(v, int):
        return f"{v:,}"
    return str(v).replace("_", " ") if re.fullmatch(r"[a-z_]+", str(v)) else str(v)


def sources_of(x: Any) -> list[dict[str, Any]]:
    """Where a value was read: ``[{article_id, sentence}]`` from evidence/sources, plus bare
    article ids (``articles``) not covered by a sentence."""
    out: list[dict[str, Any]] = []
    if isinstance(x, list):
        for i in x:
            out.extend(sources_of(i))
        return out
    if not isinstance(x, dict):
        return out
    for key in ("evidence", "sources", "articles", "article_ids"):
        got = x.get(key)
        if got is None:
            continue
        for s in got if isinstance(got, list) else [got]:
            if isinstance(s, str):
                if not any(o["article_id"] == s for o in out):
                    out.append({"article_id": s, "sentence": None})
            elif isinstance(s, dict):
                aid = s.get("article_id") or s.get("article") or s.get("id")
                out.append({"article_id": aid, "sentence": s.get("sentence") or s.get("text")})
    return out


def _dedupe(sources: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen, out = set(), []
    for s in sources:
        key = (s.get("article_id"), s.get("sentence"))
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def candidates(x: Any) -> list[dict[str, Any]]:
    """Every value seen for a field, each with its sources: ``[{value, sources}]``."""
    if isinstance(x, dict):
        for key in ("values", "candidates", "seen", "alternatives"):
            if isinstance(x.get(key), list):
                return [{"value": show(c), "sources": _dedupe(sources_of(c))}
                        for c in x[key]]
        return [{"value": show(x), "sources": _dedupe(sources_of(x))}]
    if isinstance(x, list):
        return [{"value": show(c), "sources": _dedupe(sources_of(c))} for c in x]
    return [] if x is None else [{"value": show(x), "sources": []}]


def conflicts_of(d: dict[str, Any]) -> dict[str, list[str]]:
    """Fields with disagreeing values: ``{field: [values...]}``."""
    out: dict[str, list[str]] = {}
    raw = d.get("conflicts")
    items = raw.items() if isinstance(raw, dict) else (
        ((c.get("field"), c) if isinstance(c, dict) else (c, None)) for c in raw or [])
    for field, c in items:
        if not field:
            continue
        vals = []
        if isinstance(c, dict):
            vals = [show(v) for v in c.get("values") or c.get("candidates") or []]
        elif isinstance(c, list):
            vals = [show(v) for v in c]
        out[str(field)] = vals
    facts = d.get("facts") if isinstance(d.get("facts"), dict) else {}
    for field in FIELDS:  # a field may flag its own conflict
        x = facts.get(field, d.get(field))
        if isinstance(x, dict) and x.get("conflict") and field not in out:
            out[field] = [c["value"] for c in candidates(x)]
    return out


def location_part(d: dict[str, Any], part: str) -> Any:
    if d.get(part) is not None:
        return d.get(part)
    loc = d.get("location")
    if isinstance(loc, dict):
        inner = loc.get("value") if isinstance(loc.get("value"), dict) else loc
        return inner.get(part)
    return None


def fact_rows(d: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per reviewable field: label, shown value, every value seen with its sources,
    whether sources disagree, and the reviewer's correction or confirmation if any."""
    conflicts = conflicts_of(d)
    facts = d.get("facts") if isinstance(d.get("facts"), dict) else {}
    rows = []
    for field, label in FIELDS.items():
        entry = facts.get(field)
        if isinstance(entry, dict):
            x = entry.get("value")
            seen = candidates({"values": entry.get("values") or []})
        else:
            entry = {}
            x = location_part(d, field) if field in ("city", "state", "country") else d.get(field)
            seen = candidates(x)
        rows.append({"field": field, "label": label, "value": show(x),
                     "raw": x, "candidates": seen, "conflict": field in conflicts,
                     "conflict_values": conflicts.get(field, []), "rule": entry.get("rule"),
                     "corrected": entry.get("corrected"), "extracted": entry.get("extracted"),
                     "confirmed": entry.get("confirmed"),
                     "invalid": entry.get("invalid_correction"), "allowed": allowed(field)})
    return rows


def edit_text(field: str, value: Any) -> str:
    """A value as the text a reviewer edits (lists joined with "; ")."""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return "" if value is None else str(value)


def parse_value(field: str, text: str) -> Any:
    """A reviewer's typed value in the field's type (lists: separated by ";"), checked by
    :func:`picketline.validate.correction_value`, the rule every write path shares. Raises
    :class:`~picketline.validate.CorrectionError` (a ValueError naming the field and what
    it allows) for a value that is not allowed."""
    return correction_value(field, text)
