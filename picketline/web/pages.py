"""The dashboard's HTML pages and review forms.

Review forms are shown only to a logged-in reviewer of an app started with a token; every
POST checks the CSRF token (signed double-submit cookie) and the session before doing
anything.
"""
from __future__ import annotations

import datetime as dt
import math
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from .. import api
from ..model import ACTION_TYPES, INDUSTRIES
from ..store import Store
from ..validate import CorrectionError
from . import overview, present, search, service
from .chart import demand_offer_svg
from .highlight import fact_spans, highlight
from .security import CSRF_COOKIE, CSRF_FIELD, SESSION_COOKIE, SESSION_MAX_AGE, Auth

router = APIRouter(include_in_schema=False)
PER_PAGE = 25
SORTS = {"start_date": "Start", "end_date": "End", "participants": "Participants",
         "title": "Title", "status": "Status", "state": "State", "updated_at": "Updated"}


# --- helpers --------------------------------------------------------------------------------
def _store(request: Request) -> Store:
    return request.app.state.store


def _auth(request: Request) -> Auth:
    return request.app.state.auth


def _client(request: Request) -> str:
    """The address wrong tokens are counted against."""
    return request.client.host if request.client else "unknown"


def _reviewer(request: Request) -> str | None:
    return _auth(request).session_user(request.cookies.get(SESSION_COOKIE))


def _cookie_kw(request: Request, max_age: int | None = None) -> dict[str, Any]:
    return {"httponly": True, "samesite": "strict", "path": "/", "max_age": max_age,
            "secure": request.url.scheme == "https"}


def render(request: Request, template: str, ctx: dict[str, Any], status: int = 200,
           headers: dict[str, str] | None = None) -> Response:
    """A page; when review is possible, also makes sure the CSRF cookie is set."""
    auth = _auth(request)
    csrf, fresh = request.cookies.get(CSRF_COOKIE), False
    if auth.enabled and not auth.csrf_valid(csrf):
        csrf, fresh = auth.new_csrf(), True
    ctx = {"request": request, "review_enabled": auth.enabled, "reviewer": _reviewer(request),
           "csrf_field": CSRF_FIELD, "csrf_token": csrf if auth.enabled else None, **ctx}
    resp = request.app.state.templates.TemplateResponse(request, template, ctx,
                                                        status_code=status, headers=headers)
    if fresh:
        resp.set_cookie(CSRF_COOKIE, csrf, **_cookie_kw(request))
    return resp


def error_page(request: Request, status: int, message: str,
               headers: dict[str, str] | None = None) -> Response:
    return render(request, "error.html", {"status": status, "message": message}, status,
                  headers)


async def _review_form(request: Request, need_login: bool = True) -> tuple[dict, str | None]:
    """The POSTed form after the checks every review POST gets: 403 when read-only or when
    the CSRF token is missing or wrong; 403 without a reviewer session (``need_login``)."""
    auth = _auth(request)
    if not auth.enabled:
        raise HTTPException(403, "This picketline is read-only (started without a token).")
    form = await request.form()
    data = {k: v for k, v in form.items() if isinstance(v, str)}
    if not auth.csrf_matches(request.cookies.get(CSRF_COOKIE), data.get(CSRF_FIELD)):
        raise HTTPException(403, "The form's security token is missing or out of date. "
                                 "Reload the page and try again.")
    user = _reviewer(request)
    if need_login and user is None:
        raise HTTPException(403, "Log in with the review token first.")
    return data, user


def _date(value: str | None) -> str | None:
    try:
        return dt.date.fromisoformat(value).isoformat() if value else None
    except ValueError:
        return None


def _safe_next(value: str | None) -> str:
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return "/"


# --- dispute list ---------------------------------------------------------------------------
# statuses as of today (see picketline.api.status_as_of); "active": threatened to ongoing
LIST_STATUSES = ("active",) + tuple(api.AS_OF_STATUSES)

def _page(params, total: int) -> tuple[int, int]:
    """(page asked for, clamped to what exists; number of pages) for ``total`` items."""
    pages = max(1, math.ceil(total / PER_PAGE))
    try:
        page = int(params.get("page", "1"))
    except ValueError:
        page = 1
    return min(max(1, page), pages), pages


@router.get("/", response_class=HTMLResponse)
@router.get("/disputes", response_class=HTMLResponse)
def dispute_list(request: Request) -> Response:
    p = request.query_params
    # the front page (no query at all) opens on what is active now; "status=" shows all
    wanted = "active" if not p else p.get("status")
    filters = {
        "status": wanted if wanted in LIST_STATUSES else None,
        "action_type": p.get("action_type") if p.get("action_type") in ACTION_TYPES else None,
        "industry": p.get("industry") if p.get("industry") in INDUSTRIES else None,
        "state": (p.get("state") or "").strip().upper()[:2] or None,
        "since": _date(p.get("since")),
        "until": _date(p.get("until")),
        "q": (p.get("q") or "").strip()[:200] or None,
    }
    sort = p.get("sort") if p.get("sort") in SORTS else "start_date"
    desc = p.get("order", "desc") != "asc"
    store = _store(request)
    today = dt.date.today()
    flt = {k: v for k, v in filters.items() if v is not None}
    if flt.get("q"):  # unions' names and acronyms for a word in them ("nurses": NNU ...)
        flt["q"] = search.expand(flt["q"])
    counts = api.status_counts(store, as_of=today, **flt)
    nothing_active = filters["status"] == "active" and not counts["active"] and not p
    if nothing_active:  # nothing active now: every dispute, most recently reported first
        filters["status"], flt = None, {k: v for k, v in flt.items() if k != "status"}
    total = api.count_disputes(store, as_of=today, **flt)
    page, pages = _page(p, total)
    rows = api.list_disputes(store, as_of=today, **flt, sort=sort, desc=desc, limit=PER_PAGE,
                             offset=(page - 1) * PER_PAGE)
    by_status = {s: counts[s] for s in LIST_STATUSES}
    base = {k: v for k, v in filters.items() if v}

    ov = None
    if page == 1:  # the overview (map, charts) covers every match; drawn above page 1 only
        ov = overview.overview(api.list_disputes(store, as_of=today, **flt, limit=None))

    def link(**changes: Any) -> str:
        q = {**base, "sort": sort, "order": "desc" if desc else "asc", "page": page, **changes}
        return "/disputes?" + urlencode({k: v for k, v in q.items() if v not in (None, "")})

    return render(request, "disputes.html", {
        "rows": rows, "total": total, "page": page, "pages": pages, "filters": filters,
        "sort": sort, "desc": desc, "sorts": SORTS, "by_status": by_status, "link": link,
        "statuses": LIST_STATUSES, "action_types": ACTION_TYPES, "industries": INDUSTRIES,
        "all_total": store.count_disputes() if base else total,
        "as_of": today.isoformat(), "stale_days": api.stale_days(),
        "nothing_active": nothing_active,
        "overview": ov, "export_query": urlencode({**base, "sort": sort,
                                                   "desc": "true" if desc else "false"}),
        "industry_href": lambda i: link(industry=i, page=1) if i in INDUSTRIES else None,
    })


# --- one dispute ----------------------------------------------------------------------------
def _dispute_context(request: Request, d: dict[str, Any]) -> dict[str, Any]:
    store = _store(request)
    sources = [s for s in d.get("sources") or [] if isinstance(s, dict)]
    known = {s.get("article_id") for s in sources}
    for aid in d.get("article_ids") or []:
        if aid not in known:
            a = store.article(aid)
            sources.append({"article_id": aid, "title": a.title if a else None,
                            "url": a.url if a else None, "source": a.source if a else None,
                            "published": a.published if a else None})
    untitled = [s["article_id"] for s in sources if not s.get("title")]
    if untitled:  # called by their first words, not their ids (one query)
        arts = {a.id: a for a in store.articles_by_ids(untitled)}
        sources = [{**s, "title": present.article_label(None, arts[s["article_id"]].text,
                                                         arts[s["article_id"]].format)}
                   if s["article_id"] in arts and not s.get("title") else s for s in sources]
    titles = {s["article_id"]: s.get("title") or s["article_id"] for s in sources}
    return {
        "d": d, "rows": present.fact_rows(d), "chart": demand_offer_svg(
            d.get("demand_offer_history"), d),
        "history": d.get("demand_offer_history") or [],
        "timeline": [e for e in d.get("timeline") or [] if isinstance(e, dict)],
        "process": d.get("process"), "costing": d.get("costing"),
        "sources": sources, "titles": titles,
        "conflicts": [c for c in d.get("conflicts") or [] if isinstance(c, dict)],
        "trail": service.audit_trail(store, d["id"]), "fields": present.FIELDS,
    }


@router.get("/disputes/{dispute_id}", response_class=HTMLResponse)
def dispute_page(request: Request, dispute_id: str) -> Response:
    d = service.get_dispute(_store(request), dispute_id)
    if d is None:
        kept = service.merged_into(_store(request), dispute_id)
        if kept:  # merged away: cited links go on to the dispute it lives on in
            return RedirectResponse(_dispute_href(kept), status_code=301)
        raise HTTPException(404, f"No dispute with id {dispute_id!r}.")
    return render(request, "dispute.html", _dispute_context(request, d))


def _dispute_href(dispute_id: str) -> str:
    from urllib.parse import quote
    return f"/disputes/{quote(dispute_id, safe='')}"


# --- articles -------------------------------------------------------------------------------
@router.get("/articles", response_class=HTMLResponse)
def article_list(request: Request) -> Response:
    p = request.query_params
    labor = {"yes": True, "no": False}.get(p.get("labor", ""))
    filters = {"labor": labor, "q": (p.get("q") or "").strip()[:200] or None,
               "since": _date(p.get("since")), "until": _date(p.get("until"))}
    store = _store(request)
    total = store.count_articles(**filters)
    page, pages = _page(p, total)
    rows = store.articles(**filters, limit=PER_PAGE, offset=(page - 1) * PER_PAGE)
    base = {k: v for k, v in {**filters, "labor": p.get("labor")}.items() if v}

    def link(**changes: Any) -> str:
        return "/articles?" + urlencode({**base, "page": page, **changes})

    owners = store.memberships(a.id for a in rows)  # one query; a roundup has several
    titles = {}  # the disputes' names, not their ids (at most one page of them)
    for did in dict.fromkeys(d for ds in owners.values() for d in ds):
        rec = store.dispute(did) or {}
        titles[did] = rec.get("title") or did
    return render(request, "articles.html", {
        "rows": [(a, owners.get(a.id) or []) for a in rows], "total": total, "page": page,
        "dispute_titles": titles,
        "pages": pages, "filters": filters, "labor": p.get("labor", ""), "link": link})


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> Response:
    store = _store(request)
    a = store.article(article_id)
    if a is None:
        raise HTTPException(404, f"No article with id {article_id!r}.")
    facts = (store.facts([article_id]) or [None])[0]
    # a seed file's "date YYYY-MM-DD Headline" line is the title and date above, not copy;
    # evidence read in it is linked to the title
    skip = present.seed_header_length(a.text, a.format)
    spans = fact_spans(facts)
    body, marks = highlight(a.text, spans, skip=skip)
    in_header = sorted({f"ev-{s.start}" for s in spans if 0 <= s.start < skip})
    ids = store.dispute_ids_of(article_id)  # a roundup is a source of several
    return render(request, "article.html", {
        "a": a, "body": body, "marks": marks, "facts": facts, "in_header": in_header,
        "disputes": [{"id": i, "title": (store.dispute(i) or {}).get("title") or i}
                     for i in ids]})


# --- review: login ----------------------------------------------------------------------------
@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request) -> Response:
    if not _auth(request).enabled:
        raise HTTPException(403, "This picketline is read-only (started without a token).")
    return render(request, "login.html", {"next": _safe_next(request.query_params.get("next")),
                                          "error": None})


@router.post("/login")
async def login(request: Request) -> Response:
    data, _ = await _review_form(request, need_login=False)
    nxt = _safe_next(data.get("next"))
    name = " ".join((data.get("name") or "").split())[:100]
    if not name:
        return render(request, "login.html", {"next": nxt, "name": name, "error": "Enter your name."},
                      status=401)
    ok, wait = _auth(request).verify(_client(request), data.get("token"))
    if wait:
        return render(request, "login.html", {"next": nxt, "name": name, "error": (
            f"Too many wrong tokens from your address: try again in {wait} seconds.")},
            status=429, headers={"Retry-After": str(wait)})
    if not ok:
        return render(request, "login.html", {"next": nxt, "name": name, "error": "That token is not right."},
                      status=401)
    resp = RedirectResponse(nxt, status_code=303)
    resp.set_cookie(SESSION_COOKIE, _auth(request).new_session(name),
                    **_cookie_kw(request, SESSION_MAX_AGE))
    return resp


@router.post("/logout")
async def logout(request: Request) -> Response:
    await _review_form(request, need_login=False)
    resp = RedirectResponse("/", status_code=303)
    resp.delete_cookie(SESSION_COOKIE, path="/")
    return resp


# --- review: facts, merge, split ----------------------------------------------------------------
def _back(dispute_id: str, anchor: str = "") -> RedirectResponse:
    from urllib.parse import quote
    return RedirectResponse(f"/disputes/{quote(dispute_id, safe='')}{anchor}", status_code=303)


def _require_dispute(request: Request, dispute_id: str) -> None:
    if _store(request).dispute(dispute_id) is None:
        raise HTTPException(404, f"No dispute with id {dispute_id!r}.")


@router.post("/disputes/{dispute_id}/correct")
async def correct(request: Request, dispute_id: str) -> Response:
    data, user = await _review_form(request)
    _require_dispute(request, dispute_id)
    field = data.get("field", "")
    if field not in present.FIELDS:
        raise HTTPException(400, f"Unknown field {field!r}.")
    text = data.get("value", "")
    try:
        service.correct_fact(_store(request), dispute_id, field, text, user or "")
    except CorrectionError as e:  # nothing stored: the page again, the error at the field
        d = service.get_dispute(_store(request), dispute_id)
        if d is None:
            raise HTTPException(404, f"No dispute with id {dispute_id!r}.") from e
        error = {"field": field, "label": present.FIELDS[field], "message": str(e),
                 "allowed": e.allowed, "value": text[:2000]}
        return render(request, "dispute.html", {**_dispute_context(request, d),
                                                "form_error": error}, status=422)
    return _back(dispute_id, f"#fact-{field}")


@router.post("/disputes/{dispute_id}/confirm")
async def confirm(request: Request, dispute_id: str) -> Response:
    data, user = await _review_form(request)
    _require_dispute(request, dispute_id)
    field = data.get("field", "")
    if field not in present.FIELDS:
        raise HTTPException(400, f"Unknown field {field!r}.")
    service.confirm_fact(_store(request), dispute_id, field, user or "")
    return _back(dispute_id, f"#fact-{field}")


def _require_reviewer(request: Request) -> str:
    if not _auth(request).enabled:
        raise HTTPException(403, "This picketline is read-only (started without a token).")
    user = _reviewer(request)
    if user is None:
        raise HTTPException(403, "Log in with the review token first.")
    return user


def _key_facts(d: dict[str, Any]) -> list[tuple[str, str]]:
    """What a reviewer compares before merging: the header facts of one dispute."""
    place = ", ".join(str(x) for x in (d.get("city"), d.get("state"), d.get("country")) if x)
    return [("Title", d.get("title") or d["id"]), ("Id", d["id"]),
            ("Status", str(d.get("status") or "—")),
            ("Dates", f"{d.get('start_date') or '?'} – {d.get('end_date') or 'open'}"),
            ("Last reported", str(d.get("last_reported") or "—")),
            ("Workers", present.show(d.get("participants")) or "—"), ("Place", place or "—"),
            ("Employer", ", ".join(d.get("employers") or []) or "—"),
            ("Union", ", ".join(d.get("unions") or []) or "—"),
            ("Articles", str(len(d.get("article_ids") or [])))]


def _merge_suggestions(store: Store, d: dict[str, Any], n: int = 5) -> list[dict[str, Any]]:
    """Disputes that may be the same as ``d``: sharing its employer or union, ranked by what
    else they share (state, dates within two months)."""
    names = [x for x in list(d.get("employers") or [])[:2] + list(d.get("unions") or [])[:2]
             if isinstance(x, str) and len(x) >= 3]
    if not names:
        return []
    found = api.list_disputes(store, q=tuple(names), sort="start_date", limit=200)
    start = _date(d.get("start_date"))

    def score(o: dict[str, Any]) -> tuple:
        s = 3 * len(set(o.get("employers") or []) & set(d.get("employers") or []))
        s += 3 * len(set(o.get("unions") or []) & set(d.get("unions") or []))
        s += 1 if o.get("state") and o.get("state") == d.get("state") else 0
        os_ = _date(o.get("start_date"))
        if start and os_ and abs((dt.date.fromisoformat(os_)
                                  - dt.date.fromisoformat(start)).days) <= 60:
            s += 2
        return (-s, o["id"])

    return sorted((o for o in found if o["id"] != d["id"]), key=score)[:n]


@router.get("/disputes/{dispute_id}/merge", response_class=HTMLResponse)
def merge_page(request: Request, dispute_id: str) -> Response:
    """Pick the dispute to merge into this one (suggestions, or a search), then a preview of
    both side by side with a confirm button."""
    _require_reviewer(request)
    store = _store(request)
    d = service.get_dispute(store, dispute_id)
    if d is None:
        raise HTTPException(404, f"No dispute with id {dispute_id!r}.")
    p = request.query_params
    q = (p.get("q") or "").strip()[:200]
    other_id = (p.get("other") or "").strip()
    ctx: dict[str, Any] = {"d": d, "q": q, "other": None, "error": None, "results": None,
                           "suggestions": [], "facts": None}
    if other_id:
        other = service.get_dispute(store, other_id) if other_id != dispute_id else None
        if other is None:
            ctx["error"] = ("A dispute cannot be merged with itself." if other_id == dispute_id
                            else f"No dispute has the id “{other_id}”.")
            q = q or other_id
            ctx["q"] = q
        else:
            ctx["other"] = other
            ctx["facts"] = list(zip(_key_facts(d), _key_facts(other)))
            ctx["after"] = len(dict.fromkeys(list(d.get("article_ids") or [])
                                             + list(other.get("article_ids") or [])))
            return render(request, "merge.html", ctx)
    if q:
        ctx["results"] = [r for r in api.list_disputes(store, q=search.expand(q),
                                                       sort="start_date", limit=20)
                          if r["id"] != dispute_id]
    ctx["suggestions"] = _merge_suggestions(store, d)
    return render(request, "merge.html", ctx, status=404 if ctx["error"] else 200)


@router.post("/disputes/{dispute_id}/merge")
async def merge(request: Request, dispute_id: str) -> Response:
    data, user = await _review_form(request)
    other = (data.get("other") or "").strip()
    _require_dispute(request, dispute_id)
    if data.get("confirm") != "yes" or _store(request).dispute(other) is None:
        # not confirmed (or no such dispute): the preview, or the search with the error
        return RedirectResponse(f"{_dispute_href(dispute_id)}/merge?"
                                + urlencode({"other": other}), status_code=303)
    try:
        kept = service.merge_disputes(_store(request), dispute_id, other, user or "")
    except ValueError as e:
        raise HTTPException(400, str(e)) from e
    return _back(kept)


@router.get("/disputes/{dispute_id}/split", response_class=HTMLResponse)
def split_page(request: Request, dispute_id: str) -> Response:
    """What splitting an article out would do, with a confirm button."""
    _require_reviewer(request)
    store = _store(request)
    d = service.get_dispute(store, dispute_id)
    if d is None:
        raise HTTPException(404, f"No dispute with id {dispute_id!r}.")
    aid = request.query_params.get("article_id", "")
    if aid not in (d.get("article_ids") or []):
        raise HTTPException(404, f"Article {aid!r} is not in dispute {dispute_id!r}.")
    a = store.article(aid)
    elsewhere = [{"id": o, "title": (store.dispute(o) or {}).get("title") or o}
                 for o in store.dispute_ids_of(aid) if o != dispute_id]
    return render(request, "split.html", {
        "d": d, "article_id": aid, "article": a, "remaining": len(d["article_ids"]) - 1,
        "can_split": len(d["article_ids"]) > 1, "elsewhere": elsewhere})


@router.post("/disputes/{dispute_id}/split")
async def split(request: Request, dispute_id: str) -> Response:
    data, user = await _review_form(request)
    _require_dispute(request, dispute_id)
    if data.get("confirm") != "yes":  # not confirmed: what it would do, and a confirm button
        return RedirectResponse(f"{_dispute_href(dispute_id)}/split?"
                                + urlencode({"article_id": data.get("article_id", "")}),
                                status_code=303)
    try:
        new_id = service.split_article(_store(request), dispute_id,
                                       data.get("article_id", ""), user or "")
    except ValueError as e:
        raise HTTPException(400, str(e)) from e
    return _back(new_id)
