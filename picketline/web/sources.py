"""``/sources``: the health of each source ``picketline watch`` follows (last poll, status,
items by state, articles stored, errors), and ``/api/sources`` with the same as JSON."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from ..store.watch import WatchState

router = APIRouter()


class ItemCounts(BaseModel):
    new: int = Field(description="found, not fetched yet")
    retry: int = Field(description="failed, to be tried again later")
    done: int = Field(description="fetched and stored (or found stored already)")
    failed: int = Field(description="given up: a permanent error or too many tries")
    skipped: int = Field(description="refused by the site's robots.txt")


class SourceHealth(BaseModel):
    url: str = Field(description="the source as configured (its identity)")
    fetch_url: str = Field(description="where it is polled now (after a permanent redirect)")
    name: str | None
    kind: str = Field(description="auto, feed, sitemap or urls")
    interval_s: int = Field(description="seconds between polls")
    health: str = Field(description="ok, failing (its last poll failed) or new")
    last_status: str | None = Field(description="ok, not-modified or error")
    last_poll_at: str | None = Field(description="ISO time of the last poll")
    last_poll: str = Field(description="the same in words ('3 min ago', 'never')")
    last_ok_at: str | None
    next_poll_at: str | None
    next_poll: str = Field(description="'due', or 'in 5 min'")
    failures: int = Field(description="failed polls in a row (the backoff grows with them)")
    last_error: str | None = Field(description="why the last failed poll failed")
    last_item_error: str | None = Field(description="why the latest failed article failed")
    polls: int
    items: ItemCounts
    items_total: int
    items_seen: int = Field(description="items the last successful listing held")
    stored: int = Field(description="articles stored from this source")
    errors: int = Field(description="failed polls and articles, in all")


def _ago(when: datetime | None, now: datetime) -> str:
    if when is None:
        return "never"
    secs = (now - when).total_seconds()
    future = secs < 0
    secs = abs(secs)
    if secs < 90:
        text = f"{secs:.0f} s"
    elif secs < 5400:
        text = f"{secs / 60:.0f} min"
    elif secs < 2 * 86400:
        text = f"{secs / 3600:.0f} h"
    else:
        text = f"{secs / 86400:.0f} days"
    return f"in {text}" if future else f"{text} ago"


def health(state: WatchState, now: datetime | None = None) -> list[dict[str, Any]]:
    """Each source with its health: ``ok`` (last poll succeeded), ``failing`` (the last
    failed), ``new`` (never polled); times as ISO text and in words."""
    now = now or datetime.now(timezone.utc)
    out = []
    for s in state.sources():
        status = "new" if s["last_poll_at"] is None else \
            ("failing" if s["failures"] else "ok")
        out.append({
            "url": s["url"], "fetch_url": s["fetch_url"], "name": s["name"], "kind": s["kind"],
            "interval_s": s["interval_s"], "health": status, "last_status": s["last_status"],
            "last_poll_at": s["last_poll_at"].isoformat() if s["last_poll_at"] else None,
            "last_poll": _ago(s["last_poll_at"], now),
            "last_ok_at": s["last_ok_at"].isoformat() if s["last_ok_at"] else None,
            "next_poll_at": s["next_poll_at"].isoformat() if s["next_poll_at"] else None,
            "next_poll": "due" if s["next_poll_at"] is not None and s["next_poll_at"] <= now
            else _ago(s["next_poll_at"], now),
            "failures": s["failures"], "last_error": s["last_error"], "polls": s["polls"],
            "last_item_error": s["last_item_error"],
            "items": s["items"], "items_total": s["items_total"],
            "items_seen": s["items_seen"], "stored": s["stored"], "errors": s["errors"]})
    return out


@router.get("/api/sources", tags=["sources"], summary="Watched sources and their health",
            response_model=list[SourceHealth])
def api_sources(request: Request) -> list[dict[str, Any]]:
    """Every source `picketline watch` follows: last poll, status, items by state
    (new, retry, done, failed, skipped), articles stored, errors and the last one."""
    return health(WatchState(request.app.state.store))


@router.get("/sources", include_in_schema=False)
def sources_page(request: Request):
    from .pages import render

    rows = health(WatchState(request.app.state.store))
    return render(request, "watch_sources.html", {"sources": rows})
