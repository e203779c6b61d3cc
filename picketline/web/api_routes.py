"""The JSON API under ``/api`` (documented at ``/docs`` and ``/openapi.json``).

Reads are open. Writes need ``Authorization: Bearer <token>``: 403 when the server has no
token (read-only), 401 without a bearer token, 403 with a wrong one.
"""
from __future__ import annotations

import datetime as dt
from urllib.parse import quote
from typing import Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.responses import JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from ..model import ACTION_TYPES, INDUSTRIES
from ..store import DISPUTE_SORTS, Store
from .. import api
from . import search, service
from .present import FIELDS
from ..validate import CorrectionError
from .security import Auth

router = APIRouter(prefix="/api", tags=["api"])
MAX_OFFSET = 1_000_000_000  # beyond any table here; larger ones overflow the database's integer

Status = Literal[tuple(api.AS_OF_STATUSES) + ("active",)]  # type: ignore[valid-type]
ActionType = Literal[ACTION_TYPES]  # type: ignore[valid-type]
Industry = Literal[INDUSTRIES]  # type: ignore[valid-type]
Sort = Literal[DISPUTE_SORTS]  # type: ignore[valid-type]
Field_ = Literal[tuple(FIELDS)]  # type: ignore[valid-type]


def get_store(request: Request) -> Store:
    return request.app.state.store


# declares the bearer token in the OpenAPI description (an Authorize button on /docs); the
# checks themselves are require_bearer's
BEARER = HTTPBearer(auto_error=False, scheme_name="reviewToken",
                    description="The review token the server was started with "
                                "(PICKETLINE_TOKEN). Needed for writes only.")


def require_bearer(request: Request,
                   _declared: HTTPAuthorizationCredentials | None = Security(BEARER)) -> str:
    """The check on every API write; returns nothing useful but raises 401/403."""
    auth: Auth = request.app.state.auth
    if not auth.enabled:
        raise HTTPException(403, "read-only: the server was started without PICKETLINE_TOKEN")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise HTTPException(401, "missing bearer token",
                            headers={"WWW-Authenticate": "Bearer"})
    ok, wait = auth.verify(request.client.host if request.client else "unknown",
                           given.strip())
    if wait:
        raise HTTPException(429, f"too many wrong tokens from this address; retry in {wait} s",
                            headers={"Retry-After": str(wait)})
    if not ok:
        raise HTTPException(403, "wrong token")
    return "ok"


def _not_found(kind: str, id: str) -> HTTPException:
    return HTTPException(404, f"no {kind} with id {id!r}")


class Page(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]
    next: str | None = Field(None, description="the next page's URL (None on the last page)")
    prev: str | None = Field(None, description="the previous page's URL (None on the first)")


class DisputeDoc(BaseModel):
    """A dispute record, corrections applied (documentation of the answer: the full shape,
    with every nested entry, is in docs/disputes-json.md)."""
    model_config = {"extra": "allow"}
    id: str = Field(examples=["lausd-seiu-99-2023-03"])
    title: str | None = Field(None, description="employer — union action")
    status: str | None = Field(None, description="status as of `as_of` (today by default)")
    status_reported: str | None = Field(None, description="what the latest article said")
    status_note: str | None = Field(None, description="why the status differs from it")
    last_reported: str | None = Field(None, description="latest publication date (YYYY-MM-DD)")
    as_of: str | None = None
    action_type: str | None = Field(None, description="strike, lockout or protest")
    industry: str | None = None
    employers: list[str] = []
    unions: list[str] = []
    city: str | None = None
    state: str | None = Field(None, description="USPS (or province) code")
    country: str | None = Field(None, description="ISO 3166 alpha-2 code")
    start_date: str | None = None
    end_date: str | None = None
    duration_days: int | None = None
    participants: int | None = Field(None, description="workers taking part")
    demands: list[str] = []
    wage_demand_pct: float | None = Field(None, description="the union's latest raise demand")
    wage_offer_pct: float | None = Field(None, description="the employer's latest offer")
    demand_text: str | None = Field(None, description="the latest demand in plain words, "
                                    "with its term")
    offer_text: str | None = Field(None, description="the latest offer in plain words, with "
                                   "its term")
    waves: list[dict[str, Any]] = []
    bargaining_events: list[str] = []
    article_ids: list[str] = []
    facts: dict[str, Any] = Field({}, description="each field's chosen value, the values "
                                  "seen, their evidence sentences, corrections")
    conflicts: list[dict[str, Any]] = []
    timeline: list[dict[str, Any]] = []
    demand_offer_history: list[dict[str, Any]] = []
    sources: list[dict[str, Any]] = []
    process: dict[str, Any] | None = Field(None, description="the bargaining procedure: "
                                           "stage now, next step, whether a strike is lawful")
    audit_trail: list[dict[str, Any]] = Field([], description="review actions (one dispute "
                                              "only)")


class CompactDisputeDoc(BaseModel):
    """A list item with ``compact=true``."""
    model_config = {"extra": "allow"}
    id: str
    title: str | None = None
    status: str | None = None
    last_reported: str | None = None
    participants: int | None = None
    articles: int = Field(0, description="how many articles report it")


class DisputePageDoc(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[DisputeDoc | CompactDisputeDoc]
    next: str | None = None
    prev: str | None = None


def _page_links(request: Request, total: int, limit: int, offset: int) -> dict[str, Any]:
    """``next``/``prev``: this request's URL with the offset moved by a page."""
    def at(o: int) -> str:
        return str(request.url.include_query_params(offset=o).path) + "?" + \
            str(request.url.include_query_params(offset=o).query)
    return {"next": at(offset + limit) if offset + limit < total else None,
            "prev": at(max(0, offset - limit)) if offset > 0 else None}


class CorrectionIn(BaseModel):
    # a mistyped key ("value") is refused: ignored, it left new_value null, which clears
    # the field
    model_config = ConfigDict(extra="forbid")

    field: Field_ = Field(description="the dispute field to correct or confirm")
    new_value: Any = Field(None, description="the right value (lists: a JSON list; null "
                                             "clears the field, and must be given as "
                                             "such); ignored for a confirmation")
    action: Literal["correct", "confirm"] = "correct"
    author: str = Field("api", min_length=1, max_length=100)

    @model_validator(mode="after")
    def _value_given(self) -> "CorrectionIn":
        if self.action == "correct" and "new_value" not in self.model_fields_set:
            raise PydanticCustomError(  # (a plain ValueError's context is not JSON)
                "new_value_missing", "a correction needs new_value (null to clear the field)")
        return self


class MergeIn(BaseModel):
    other: str = Field(description="id of the dispute merged into this one (then removed)")
    author: str = Field("api", min_length=1, max_length=100)


class SplitIn(BaseModel):
    article_id: str = Field(description="the article moved out into a dispute of its own")
    author: str = Field("api", min_length=1, max_length=100)


# --- disputes -------------------------------------------------------------------------------
# the fields of a compact list item (?compact=true): enough for a table, a map or a sync
COMPACT = ("id", "title", "status", "status_note", "last_reported", "action_type", "industry",
           "employer", "union", "city", "state", "country", "start_date", "end_date",
           "duration_days", "participants", "wage_demand_pct", "wage_offer_pct", "demand_text",
           "offer_text", "demands")


class DisputeFilters:
    """The list's filters, shared by ``/api/disputes`` and the exports (as on the dashboard)."""

    def __init__(
        self,
        status: Status | None = Query(None, description="status as of `as_of` (default "
                                      "today); `active`: threatened, authorized, scheduled "
                                      "or ongoing"),
        action_type: ActionType | None = None,
        industry: Industry | None = None,
        state: str | None = Query(None, min_length=2, max_length=2, description="USPS code"),
        since: dt.date | None = Query(None, description="still going on, or ended, on/after"),
        until: dt.date | None = Query(None, description="began on or before"),
        q: str | None = Query(None, max_length=200,
                              description="text in id, title, employer or union; a word in "
                                          "a union's name also finds its acronym "
                                          "(`nurses` finds NNU)"),
        updated_since: dt.datetime | None = Query(
            None, description="only disputes saved (built from new articles, corrected, "
                              "merged or split) at or after this time (ISO 8601; UTC unless "
                              "it says otherwise): for incremental sync"),
        as_of: dt.date | None = Query(None, description="status as of this day (default: "
                                      "today); status filters on it"),
    ) -> None:
        if updated_since is not None and updated_since.tzinfo is None:
            updated_since = updated_since.replace(tzinfo=dt.timezone.utc)
        self.as_of = as_of
        self.filters = {k: v for k, v in dict(
            status=status, action_type=action_type, industry=industry,
            state=state.upper() if state else None,
            since=since.isoformat() if since else None,
            until=until.isoformat() if until else None, q=search.expand(q),
            updated_since=updated_since.astimezone(dt.timezone.utc) if updated_since else None,
        ).items() if v is not None}


def _compact(d: dict[str, Any]) -> dict[str, Any]:
    out = {k: d.get(k) for k in COMPACT}
    out["articles"] = len(d.get("article_ids") or [])
    return out


@router.get("/disputes", response_model=None, summary="Disputes, filtered and paginated",
            responses={200: {"model": DisputePageDoc,
                             "description": "A page of dispute records (compact items "
                                            "with `compact=true`)"}})
def list_disputes(
    request: Request,
    store: Store = Depends(get_store),
    f: DisputeFilters = Depends(),
    sort: Sort = "start_date",
    desc: bool = True,
    order: Literal["asc", "desc"] | None = Query(None, description="as in the dashboard's "
                                                 "URLs; wins over `desc` when given"),
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
    compact: bool = Query(False, description="items with the main fields only (no evidence, "
                                             "timeline or sources): about 1 KB each"),
) -> dict[str, Any]:
    if order is not None:
        desc = order == "desc"
    rows = api.list_disputes(store, as_of=f.as_of, **f.filters, sort=sort, desc=desc,
                             limit=limit, offset=offset)
    if compact:
        items = [_compact(r) for r in rows]
    else:
        items = [service.get_dispute(store, r["id"], f.as_of) or r for r in rows]
    total = api.count_disputes(store, as_of=f.as_of, **f.filters)
    return {"total": total, "limit": limit, "offset": offset, "items": items,
            **_page_links(request, total, limit, offset)}


@router.get("/disputes/{dispute_id}", summary="One dispute, corrections applied",
            responses={200: {"model": DisputeDoc, "description": "The dispute record"},
                       308: {"description": "The id was merged away: the dispute it lives "
                                            "on in"}})
def get_dispute(dispute_id: str, store: Store = Depends(get_store),
                as_of: dt.date | None = Query(None, description="status as of this day "
                                              "(default: today)")) -> Any:
    d = service.get_dispute(store, dispute_id, as_of)
    if d is None:
        kept = service.merged_into(store, dispute_id)
        if kept:  # merged away: the dispute it lives on in
            return RedirectResponse(f"/api/disputes/{quote(kept, safe='')}", status_code=308)
        raise _not_found("dispute", dispute_id)
    d = dict(d)
    d["audit_trail"] = service.audit_trail(store, dispute_id)
    return d


@router.post("/disputes/{dispute_id}/corrections", dependencies=[Depends(require_bearer)],
             summary="Correct or confirm a fact (stored beside the extracted value)",
             responses={422: {"description": "The value is not allowed for the field "
                                             "(`detail` names the field, `allowed` says what "
                                             "it takes); nothing was stored."}})
def post_correction(dispute_id: str, body: CorrectionIn,
                    store: Store = Depends(get_store)) -> dict[str, Any]:
    if store.dispute(dispute_id) is None:
        raise _not_found("dispute", dispute_id)
    try:
        if body.action == "confirm":
            d = service.confirm_fact(store, dispute_id, body.field, body.author)
        else:  # checked by picketline.validate, as the form and the Python API are
            d = service.correct_fact(store, dispute_id, body.field, body.new_value,
                                     body.author)
    except CorrectionError as e:  # nothing was stored
        return JSONResponse({"detail": str(e), "field": e.field, "allowed": e.allowed},
                            status_code=422)
    except (ValueError, TypeError) as e:
        raise HTTPException(422, str(e)) from e
    return {**d, "audit_trail": service.audit_trail(store, dispute_id)}


@router.post("/disputes/{dispute_id}/merge", dependencies=[Depends(require_bearer)],
             summary="Merge another dispute into this one")
def post_merge(dispute_id: str, body: MergeIn,
               store: Store = Depends(get_store)) -> dict[str, Any]:
    for i in (dispute_id, body.other):
        if store.dispute(i) is None:
            raise _not_found("dispute", i)
    try:
        kept = service.merge_disputes(store, dispute_id, body.other, body.author)
    except ValueError as e:
        raise HTTPException(422, str(e)) from e
    return {"id": kept, "dispute": service.get_dispute(store, kept)}


@router.post("/disputes/{dispute_id}/split", dependencies=[Depends(require_bearer)],
             summary="Move one article out into a dispute of its own")
def post_split(dispute_id: str, body: SplitIn,
               store: Store = Depends(get_store)) -> dict[str, Any]:
    if store.dispute(dispute_id) is None:
        raise _not_found("dispute", dispute_id)
    try:
        new_id = service.split_article(store, dispute_id, body.article_id, body.author)
    except ValueError as e:
        raise HTTPException(422, str(e)) from e
    return {"id": new_id, "from": dispute_id, "dispute": service.get_dispute(store, new_id)}


# --- articles and facts ---------------------------------------------------------------------
def _article_summary(store: Store, a) -> dict[str, Any]:
    d = a.to_dict()
    d.pop("text", None)
    d["chars"] = len(a.text)
    ids = store.dispute_ids_of(a.id)  # a roundup is in several
    d["dispute_id"], d["dispute_ids"] = (ids[0] if ids else None), ids
    return d


@router.get("/articles", response_model=Page, summary="Articles (without text), paginated")
def list_articles(
    store: Store = Depends(get_store),
    labor: bool | None = Query(None, description="true: labor actions only; false: others"),
    since: dt.date | None = None,
    until: dt.date | None = None,
    q: str | None = Query(None, max_length=200),
    dispute_id: str | None = None,
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
) -> dict[str, Any]:
    filters = dict(labor=labor, since=since.isoformat() if since else None,
                   until=until.isoformat() if until else None, q=q or None,
                   dispute_id=dispute_id)
    items = [_article_summary(store, a)
             for a in store.articles(**filters, limit=limit, offset=offset)]
    return {"total": store.count_articles(**filters), "limit": limit, "offset": offset,
            "items": items}


@router.get("/articles/{article_id:path}", summary="One article with its extracted facts")
def get_article(article_id: str, store: Store = Depends(get_store)) -> dict[str, Any]:
    a = store.article(article_id)
    if a is None:
        raise _not_found("article", article_id)
    facts = store.facts([article_id])
    ids = store.dispute_ids_of(article_id)  # a roundup is in several
    return {**a.to_dict(), "dispute_id": ids[0] if ids else None, "dispute_ids": ids,
            "facts": facts[0].to_dict() if facts else None}


@router.get("/facts", summary="Extracted facts with evidence, by article")
def list_facts(
    store: Store = Depends(get_store),
    article_id: list[str] | None = Query(None, description="repeat for several articles"),
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
) -> dict[str, Any]:
    if article_id:
        ids = list(dict.fromkeys(article_id))[offset:offset + limit]
        total = len(set(article_id))
    else:
        ids = [a.id for a in store.articles(limit=limit, offset=offset)]
        total = store.count_articles()
    return {"total": total, "limit": limit, "offset": offset,
            "items": [f.to_dict() for f in store.facts(ids)]}


@router.get("/export.csv", summary="The disputes as CSV (as `picketline export`), filtered "
            "as the list", response_class=Response,
            responses={200: {"content": {"text/csv": {}}}})
def export_csv(store: Store = Depends(get_store), f: DisputeFilters = Depends(),
               sort: Sort = "start_date", desc: bool = False) -> Response:
    return Response(service.export_csv(store, f.filters, sort=sort, desc=desc, as_of=f.as_of),
                    media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="disputes.csv"'})


@router.get("/export.json", summary="The disputes as export rows in JSON (as `picketline "
            "export --format json`), filtered as the list", response_class=Response,
            responses={200: {"content": {"application/json": {}}}})
def export_json(store: Store = Depends(get_store), f: DisputeFilters = Depends(),
                sort: Sort = "start_date", desc: bool = False) -> Response:
    return Response(service.export_json(store, f.filters, sort=sort, desc=desc, as_of=f.as_of),
                    media_type="application/json",
                    headers={"Content-Disposition": 'attachment; filename="disputes.json"'})
