"""The FastAPI application: dashboard pages, the JSON API, security headers.

    from picketline.web import create_app
    app = create_app("sqlite:///picketline.db", token="s3cret")   # token None: read-only
"""
from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..store import Store
from ..timeline import when_text
from . import overview, present
from .security import CSP, Auth, security_headers

HERE = Path(__file__).parent
# Swagger UI (vendored from npm swagger-ui-dist, see scripts/vendor-web.sh) runs from our own
# static files with no inline script; its widgets set inline style attributes, so /docs alone
# also allows inline styles.
DOCS_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            "frame-ancestors 'none'; form-action 'self'")
DOCS_PATHS = ("/docs",)
# compressed: JSON and static files (never the HTML pages, which carry CSRF tokens beside
# reflected search text: compressing both would open them to BREACH-style guessing)
GZIP_PREFIXES = ("/api/", "/static/", "/openapi.json", "/feeds/")
# read from other sites' pages (a newsroom's graphic, a notebook): the JSON API, GET only
CORS_PREFIXES = ("/api/", "/openapi.json", "/feeds/")


class _ByPath:
    """Pure ASGI middleware: ``wrapped`` for HTTP requests whose path starts with one of
    ``prefixes``, the plain app for the rest."""

    def __init__(self, app, prefixes: tuple[str, ...], wrap) -> None:
        self.app, self.prefixes, self.wrapped = app, prefixes, wrap(app)

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http" and scope.get("path", "").startswith(self.prefixes):
            await self.wrapped(scope, receive, send)
        else:
            await self.app(scope, receive, send)


def _templates() -> Jinja2Templates:
    t = Jinja2Templates(directory=str(HERE / "templates"))
    env = t.env
    env.autoescape = True  # every template, whatever its extension
    env.globals.update(show=present.show, safe_href=present.safe_href,
                       edit_text=present.edit_text, ov_map_json=overview.map_json,
                       ov_bars=overview.bars_svg, ov_workers_svg=overview.workers_svg,
                       ov_legend=overview.status_legend)
    env.filters["show"] = present.show
    env.filters["when"] = when_text  # a timeline entry's date, period or "by" day
    env.filters["quote"] = present.quote_text  # an evidence sentence without a seed header
    env.globals["evidence_href"] = present.evidence_href  # the article at the passage
    env.globals["article_label"] = present.article_label  # a title, else the first words
    env.globals["place_text"] = present.place_text  # city, state and a non-US country
    # one path segment: '/', '?', '#' encoded too (article ids may hold them), so a link to
    # article "../x" or "a/b" stays a link to that article
    env.filters["segment"] = lambda v: quote(str(v), safe="")
    return t


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api") or path == "/openapi.json"


class SecurityHeaders:
    """Pure ASGI middleware adding the security headers (and ``Cache-Control: no-store`` on
    writes and API answers) to every HTTP response that lacks them. It wraps the whole
    stack, Starlette's ``ServerErrorMiddleware`` included, so a 500 carries them too."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        csp = DOCS_CSP if path in DOCS_PATHS else CSP
        extra = dict(security_headers(csp))
        if scope.get("method") != "GET" or path.startswith("/api"):
            extra["Cache-Control"] = "no-store"

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                have = {k.decode("latin-1").lower() for k, _ in headers}
                headers += [(k.lower().encode("latin-1"), v.encode("latin-1"))
                            for k, v in extra.items() if k.lower() not in have]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class _App(FastAPI):
    def build_middleware_stack(self):  # outermost: around the server-error handler too
        return SecurityHeaders(super().build_middleware_stack())


def create_app(db_url: str | None = None, token: str | None = None) -> FastAPI:
    """The picketline web app over the store at ``db_url`` (default: the store's default).
    With ``token`` set, reviewers who know it can confirm and correct facts and merge or
    split disputes; without it the app is read-only."""
    store = Store(db_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        store.close()

    app = _App(
        docs_url=None, redoc_url=None,  # /docs below serves the vendored Swagger UI
        lifespan=lifespan,
        title="picketline",
        description="A sourced database of labor disputes, built from news. Reads are open; "
                    "writes need `Authorization: Bearer <token>` and are refused when the "
                    "server was started without `PICKETLINE_TOKEN`.",
        version="0.1.0",
    )
    app.state.store = store
    app.state.auth = Auth(token)
    app.state.templates = _templates()

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        headers = getattr(exc, "headers", None)
        if _wants_json(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code,
                                headers=headers)
        from .pages import error_page
        return error_page(request, exc.status_code, str(exc.detail), headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        if _wants_json(request):
            return JSONResponse({"detail": exc.errors()}, status_code=422)
        from .pages import error_page
        return error_page(request, 400, "Some of the form's values are not valid.")

    app.add_middleware(_ByPath, prefixes=GZIP_PREFIXES,
                       wrap=lambda a: GZipMiddleware(a, minimum_size=1000))
    app.add_middleware(_ByPath, prefixes=CORS_PREFIXES, wrap=lambda a: CORSMiddleware(
        a, allow_origins=["*"], allow_methods=["GET"], allow_credentials=False,
        expose_headers=["Content-Disposition"], max_age=600))

    @app.get("/docs", include_in_schema=False)
    def docs(request: Request):
        return app.state.templates.TemplateResponse(request, "docs.html", {
            "request": request, "review_enabled": app.state.auth.enabled})

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    from .api_routes import router as api_router
    from .feeds import router as feeds_router
    from .pages import router as page_router
    app.include_router(api_router)
    app.include_router(feeds_router)
    app.include_router(page_router)
    from .sources import router as sources_router  # /sources: what `watch` follows
    app.include_router(sources_router)
    return app
