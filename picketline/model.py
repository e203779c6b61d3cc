"""Typed records that pass between picketline's stages.

Every stage is a function over these records: ``ingest`` yields :class:`Article`,
``extract`` turns an article into :class:`ArticleFacts`, ``link`` and ``consolidate`` turn many
ArticleFacts into disputes. Each record converts to and from plain JSON-able dicts
(``to_dict`` / ``from_dict``) so that the CLI, the API, the store and Dask workers all speak
the same JSON.
"""
from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field, fields
from typing import Any, Generic, TypeVar

T = TypeVar("T")


# --- controlled vocabularies (SCHEMA.md) -------------------------------------------------
ACTION_TYPES = ("strike", "lockout", "protest")
STATUSES = ("threatened", "authorized", "scheduled", "ongoing", "ended", "averted")
INDUSTRIES = (
    "education", "health_care", "manufacturing", "transportation", "hospitality_food",
    "retail", "entertainment_media", "public_administration", "construction",
    "utilities_energy", "telecom_tech", "agriculture", "other",
)
DEMANDS = (
    "pay", "benefits", "staffing", "hours_scheduling", "health_safety", "job_security",
    "pensions_retirement", "union_recognition", "unfair_labor_practice",
    "working_conditions", "other",
)
BARGAINING_EVENTS = (
    "contract_expired", "strike_vote", "impasse", "mediation", "fact_finding", "ulp_charge",
    "tentative_agreement", "ratification", "return_to_work",
)
# Kinds of dated events an article can report (used for dispute timelines).
EVENT_KINDS = (
    "announced", "strike_vote", "start", "end", "return_to_work", "mediation", "impasse",
    "fact_finding", "ulp_charge", "offer", "demand", "tentative_agreement", "ratification",
    "contract_expired", "rally", "other",
)
SIDES = ("union", "employer")


def content_hash(text: str) -> str:
    """Hash of an article's text, insensitive to Unicode form and whitespace runs."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


# --- articles -------------------------------------------------------------------------------
@dataclass
class Article:
    """One news article as read from a file, a feed entry, a JSON record or a WARC record."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date as given by the source (date line, metadata)
    url: str | None = None
    source: str | None = None  # outlet, feed title or WARC host
    path: str | None = None  # file it came from
    format: str | None = None  # txt | html | jsonl | json | warc | feed
    hash: str = ""

    def __post_init__(self) -> None:
        if not self.hash:
            self.hash = content_hash(self.text)

    def to_dict(self) -> dict[str, Any]:
        # spelled out: dataclasses.asdict deep-copies field by field, several times slower
        # on the ingest path, which converts every article
        return {"id": self.id, "text": self.text, "title": self.title,
                "published": self.published, "url": self.url, "source": self.source,
                "path": self.path, "format": self.format, "hash": self.hash}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Article":
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})


@dataclass
class IngestError:
    """Something that could not be read: where, and why."""

    path: str
    reason: str
    line: int | None = None  # line (JSONL) or record number (WARC, feed) inside the file

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


# --- evidence and facts ---------------------------------------------------------------------
@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the article, the character span in ``Article.text``, and the
    sentence containing it."""

    article_id: str
    start: int
    end: int
    sentence: str

    def to_dict(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "start": self.start, "end": self.end,
                "sentence": self.sentence}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Evidence":
        return cls(d["article_id"], int(d["start"]), int(d["end"]), d["sentence"])


@dataclass
class Fact(Generic[T]):
    """A value with the evidence it was read from."""

    value: T
    evidence: Evidence | None = None
    confidence: float = 1.0
    note: str | None = None  # how it was derived ("inferred from weekday", "acronym of ...")
    # ids of the rules that produced it (picketline/rules/*.toml); empty in records stored
    # before facts named their rules
    rules: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        value = self.value.to_dict() if hasattr(self.value, "to_dict") else self.value
        return {
            "value": value,
            "evidence": self.evidence.to_dict() if self.evidence else None,
            "confidence": self.confidence,
            "note": self.note,
            "rules": list(self.rules),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any], value_type: type | None = None) -> "Fact":
        value = d["value"]
        if value_type is not None and isinstance(value, dict):
            value = value_type.from_dict(value)
        ev = Evidence.from_dict(d["evidence"]) if d.get("evidence") else None
        return cls(value, ev, float(d.get("confidence", 1.0)), d.get("note"),
                   [str(r) for r in d.get("rules") or []])


@dataclass
class Location:
    city: str | None = None
    state: str | None = None  # USPS code for the US
    country: str | None = None  # ISO 3166-1 alpha-2

    def to_dict(self) -> dict[str, Any]:
        return {"city": self.city, "state": self.state, "country": self.country}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Location":
        return cls(d.get("city"), d.get("state"), d.get("country"))


@dataclass
class Event:
    """A dated step in a dispute's story, as one article reports it."""

    kind: str  # one of EVENT_KINDS
    date: str | None  # ISO date, resolved against the publication date
    evidence: Evidence | None = None
    detail: str | None = None  # e.g. "30%" for a demand, the mediator's name for mediation
    side: str | None = None  # "union" / "employer" where it applies
    # ids of the rules that produced it (picketline/rules); empty in records stored before
    rules: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "date": self.date, "detail": self.detail, "side": self.side,
                "evidence": self.evidence.to_dict() if self.evidence else None,
                "rules": list(self.rules)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Event":
        ev = Evidence.from_dict(d["evidence"]) if d.get("evidence") else None
        return cls(d["kind"], d.get("date"), ev, d.get("detail"), d.get("side"),
                   [str(r) for r in d.get("rules") or []])


@dataclass
class Proposal:
    """A wage proposal from one side, structured for costing (see ``process``)."""

    side: str  # "union" | "employer"
    general_increase_pct: float | None = None  # total general increase
    years: int | None = None  # spread over N years (None: at once)
    hourly_adder: float | None = None  # dollars per hour added for the targeted group
    adder_group: str | None = None  # e.g. "lowest paid"
    bonus_pct: float | None = None  # one-time bonus in percent of pay
    eligibility: str | None = None  # e.g. "employed since the 2020-21 school year"
    date: str | None = None
    evidence: Evidence | None = None
    # ids of the rules that produced it (picketline/rules); empty in records stored before
    rules: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "evidence"}
        d["evidence"] = self.evidence.to_dict() if self.evidence else None
        d["rules"] = list(self.rules)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Proposal":
        names = {f.name for f in fields(cls)} - {"evidence", "rules"}
        ev = Evidence.from_dict(d["evidence"]) if d.get("evidence") else None
        return cls(**{k: v for k, v in d.items() if k in names}, evidence=ev,
                   rules=[str(r) for r in d.get("rules") or []])


# --- the article-facts record ---------------------------------------------------------------
SCALAR_FACTS = ("published", "is_labor_action", "action_type", "status", "start_date",
                "end_date", "participants", "location", "industry", "wage_demand_pct",
                "wage_offer_pct")
LIST_FACTS = ("employers", "unions", "demands", "bargaining_events")


@dataclass
class ArticleFacts:
    """Everything extracted from one article; each value carries its evidence.

    ``to_schema()`` gives the flat record of ``SCHEMA.md`` (what ``picketline extract``
    writes); ``to_dict()`` gives the full record with evidence (what the store and API use).
    """

    id: str
    published: Fact[str] | None = None
    is_labor_action: Fact[bool] | None = None
    dispute: str | None = None
    action_type: Fact[str] | None = None
    status: Fact[str] | None = None
    employers: list[Fact[str]] = field(default_factory=list)
    unions: list[Fact[str]] = field(default_factory=list)
    start_date: Fact[str] | None = None
    end_date: Fact[str] | None = None
    participants: Fact[int] | None = None
    location: Fact[Location] | None = None
    industry: Fact[str] | None = None
    demands: list[Fact[str]] = field(default_factory=list)
    wage_demand_pct: Fact[float] | None = None
    wage_offer_pct: Fact[float] | None = None
    bargaining_events: list[Fact[str]] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    proposals: list[Proposal] = field(default_factory=list)
    title: str | None = None
    extractor_version: str | None = None

    @property
    def labor(self) -> bool:
        return bool(self.is_labor_action and self.is_labor_action.value)

    def to_schema(self) -> dict[str, Any]:
        """The SCHEMA.md record: plain values, every field present."""

        def val(f: Fact | None):
            return None if f is None else f.value

        loc = self.location.value if self.location else Location()
        return {
            "id": self.id,
            "published": val(self.published),
            "is_labor_action": bool(val(self.is_labor_action)),
            "dispute": self.dispute,
            "action_type": val(self.action_type),
            "status": val(self.status),
            "employers": [f.value for f in self.employers],
            "unions": [f.value for f in self.unions],
            "start_date": val(self.start_date),
            "end_date": val(self.end_date),
            "participants": val(self.participants),
            "location": loc.to_dict(),
            "industry": val(self.industry),
            "demands": [f.value for f in self.demands],
            "wage_demand_pct": val(self.wage_demand_pct),
            "wage_offer_pct": val(self.wage_offer_pct),
            "bargaining_events": [f.value for f in self.bargaining_events],
        }

    def to_dict(self) -> dict[str, Any]:
        """Full record with evidence, JSON-able."""
        d: dict[str, Any] = {"id": self.id, "dispute": self.dispute, "title": self.title,
                             "extractor_version": self.extractor_version}
        for name in SCALAR_FACTS:
            f = getattr(self, name)
            d[name] = f.to_dict() if f is not None else None
        for name in LIST_FACTS:
            d[name] = [f.to_dict() for f in getattr(self, name)]
        d["events"] = [e.to_dict() for e in self.events]
        d["proposals"] = [p.to_dict() for p in self.proposals]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ArticleFacts":
        out = cls(id=d["id"], dispute=d.get("dispute"), title=d.get("title"),
                  extractor_version=d.get("extractor_version"))
        for name in SCALAR_FACTS:
            if d.get(name) is not None:
                vt = Location if name == "location" else None
                setattr(out, name, Fact.from_dict(d[name], vt))
        for name in LIST_FACTS:
            setattr(out, name, [Fact.from_dict(x) for x in d.get(name) or []])
        out.events = [Event.from_dict(x) for x in d.get("events") or []]
        out.proposals = [Proposal.from_dict(x) for x in d.get("proposals") or []]
        return out

    def facts(self) -> list[tuple[str, Fact]]:
        """Every (field, fact) pair, list fields flattened; handy for storage and display."""
        out: list[tuple[str, Fact]] = []
        for name in SCALAR_FACTS:
            f = getattr(self, name)
            if f is not None:
                out.append((name, f))
        for name in LIST_FACTS:
            out.extend((name, f) for f in getattr(self, name))
        return out
