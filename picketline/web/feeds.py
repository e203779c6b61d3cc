"""``/feeds/disputes.atom`` and ``/feeds/disputes.json``: the newest dispute changes as Atom
1.0 and JSON Feed 1.1, with the dispute list's filters (``?state=CA&industry=health_care``,
the same parameters and checks as ``/api/disputes``) and ``kind`` (started, status, ended,
workers, demand, offer, stage, merged, removed). See :mod:`picketline.publish.feeds`.

Answers carry an ``ETag`` (the newest change, the query and the address), so a reader that
polls with ``If-None-Match`` gets a 304 until something changes.
"""
from __future__ import annotations

import hashlib
from typing import Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from ..publish import feeds
from ..publish.changes import KINDS
from ..store import Store
from .api_routes import DisputeFilters, get_store

router = APIRouter(prefix="/feeds", tags=["feeds"])
Kind = Literal[KINDS]  # type: ignore[valid-type]
ATOM_TYPE = "application/atom+xml; charset=utf-8"
JSON_TYPE = "application/feed+json; charset=utf-8"


def _base(request: Request) -> str:
    return feeds.public_url() or str(request.base_url).rstrip("/")


def _serve(request: Request, store: Store, f: DisputeFilters, kind: str | None, limit: int,
           fmt: str) -> Response:
    filters: dict[str, Any] = dict(f.filters)
    if kind:
        filters["kind"] = kind
    base = _base(request)
    changes = store.changes(filters, limit=limit)
    instance = store.publish_instance()
    newest = changes[0]["change_id"] if changes else 0
    tag = hashlib.sha256(f"{instance}|{newest}|{base}|{request.url.query}|{fmt}".encode()
                         ).hexdigest()[:32]
    etag = f'"{tag}"'
    headers = {"ETag": etag, "Cache-Control": "public, max-age=60"}
    if etag in [t.strip() for t in request.headers.get("if-none-match", "").split(",")]:
        return Response(status_code=304, headers=headers)
    entries = [feeds.entry(c, instance, base) for c in changes]
    self_url = f"{base}{request.url.path}" + (f"?{request.url.query}" if request.url.query
                                              else "")
    shown = {k: v for k, v in filters.items() if k != "updated_since"}
    home = f"{base}/disputes" + (f"?{feeds._query({k: v for k, v in shown.items() if k != 'kind'})}"
                                 if shown else "")
    if fmt == "atom":
        body = feeds.atom(entries, instance=instance, filters=shown, self_url=self_url,
                          home_url=home)
        return Response(body, media_type=ATOM_TYPE, headers=headers)
    body = feeds.json_feed(entries, filters=shown, self_url=self_url, home_url=home)
    return Response(body, media_type=JSON_TYPE, headers=headers)


_LIMIT = Query(50, ge=1, le=500, description="entries, newest first")
_KIND = Query(None, description="only changes of this kind")


@router.get("/disputes.atom", summary="Dispute changes as an Atom feed",
            response_class=Response,
            responses={200: {"content": {"application/atom+xml": {}},
                             "description": "Atom 1.0: one entry per change, newest first"}})
def disputes_atom(request: Request, store: Store = Depends(get_store),
                  f: DisputeFilters = Depends(), kind: Kind | None = _KIND,
                  limit: int = _LIMIT) -> Response:
    return _serve(request, store, f, kind, limit, "atom")


@router.get("/disputes.json", summary="Dispute changes as a JSON Feed",
            response_class=Response,
            responses={200: {"content": {"application/feed+json": {}},
                             "description": "JSON Feed 1.1: one item per change, newest "
                                            "first; the change itself under `_picketline`"}})
def disputes_json(request: Request, store: Store = Depends(get_store),
                  f: DisputeFilters = Depends(), kind: Kind | None = _KIND,
                  limit: int = _LIMIT) -> Response:
    return _serve(request, store, f, kind, limit, "json")
