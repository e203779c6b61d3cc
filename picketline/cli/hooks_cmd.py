"""``picketline hooks``: webhooks that receive dispute changes as signed JSON POSTs."""
from __future__ import annotations

import json

import typer

from .app import DB_HELP, Col, app, console, err_console, fail, fitted_table, open_store, safe

hooks_app = typer.Typer(
    help="Webhooks: POST each new or changed dispute (signed JSON, retried) to a URL.",
    no_args_is_help=True)
app.add_typer(hooks_app, name="hooks")

_DB = typer.Option(None, "--db", help=DB_HELP)
_JSON = typer.Option(False, "--json", help="Print JSON on stdout.")


def _print_json(value) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


@hooks_app.command("add")
def add(
    url: str = typer.Argument(..., help="http(s) URL to POST changes to."),
    filters: list[str] = typer.Option(
        [], "--filter", "-f", help="KEY=VALUE, repeatable: status, action_type, industry, "
        "state, since, until, q (those of `disputes`) or kind (started, status, ended, "
        "workers, demand, offer, stage, merged, removed)."),
    secret: str | None = typer.Option(None, "--secret", help="HMAC secret (default: a new "
                                      "random one, printed once)."),
    db: str | None = _DB,
    as_json: bool = _JSON,
) -> None:
    """Add a webhook: every dispute change recorded from now on that passes the filters is
    POSTed to URL as JSON, signed with the secret (header X-Picketline-Signature: sha256=HMAC
    of the body). The secret is printed once: keep it."""
    from ..publish.filters import parse_pairs
    from ..publish.hooks import HookError, add_hook

    try:
        flt = parse_pairs(filters)
    except ValueError as e:
        fail(str(e))
    store = open_store(db, create=True)
    try:
        hook, key = add_hook(store, url, flt, secret)
    except HookError as e:
        fail(str(e))
    finally:
        store.close()
    if as_json:
        _print_json({**hook, "secret": key})
        return
    console.print(f"hook {hook['id']} added: {safe(hook['url'])}"
                  + (f" ({safe(_filters_text(hook['filters']))})" if hook["filters"] else ""),
                  soft_wrap=True)
    if secret is None:
        console.print(f"secret: {safe(key)}", soft_wrap=True)
        err_console.print("the secret is shown only now: keep it to check signatures")


def _filters_text(f: dict) -> str:
    return ", ".join(f"{k}={v}" for k, v in f.items()) or "every change"


@hooks_app.command("list")
def list_hooks(
    include_removed: bool = typer.Option(False, "--all", help="Removed hooks too."),
    db: str | None = _DB,
    as_json: bool = _JSON,
) -> None:
    """The webhooks, with their deliveries pending, delivered and failed."""
    store = open_store(db)
    try:
        hooks = store.hooks(include_removed=include_removed)
    finally:
        store.close()
    if as_json:
        _print_json(hooks)
        return
    if not hooks:
        err_console.print("no hooks (add one with `picketline hooks add URL`)")
        return
    rows = [[str(h["id"]), safe(h["url"]), safe(_filters_text(h["filters"])),
             str(h["deliveries"].get("pending", 0)), str(h["deliveries"].get("delivered", 0)),
             str(h["deliveries"].get("failed", 0)), "yes" if h["active"] else "removed"]
            for h in hooks]
    cols = [Col("id", "token"), Col("URL", min_width=20), Col("filters", drop=2),
            Col("pending", "number"), Col("delivered", "number", drop=1),
            Col("failed", "number"), Col("active", "token", drop=3)]
    console.print(fitted_table("Webhooks", cols, rows))


@hooks_app.command("remove")
def remove(
    hook_id: int = typer.Argument(..., help="The hook's id (see `hooks list`)."),
    db: str | None = _DB,
) -> None:
    """Remove a webhook: nothing more is sent to it (its pending deliveries are cancelled;
    its log stays). Exit code 1 when there is no such active hook."""
    store = open_store(db)
    try:
        done = store.remove_hook(hook_id)
    finally:
        store.close()
    if not done:
        err_console.print(f"[red]error:[/] no active hook {hook_id}")
        raise typer.Exit(1)
    console.print(f"hook {hook_id} removed")


@hooks_app.command("deliver")
def deliver_cmd(
    hook_id: int | None = typer.Argument(None, help="Only this hook."),
    now: bool = typer.Option(False, "--now", help="Also what waits for a retry time."),
    retry_failed: bool = typer.Option(False, "--retry-failed",
                                      help="First put back the deliveries that failed for "
                                           "good (after every retry)."),
    db: str | None = _DB,
    as_json: bool = _JSON,
) -> None:
    """Send the pending deliveries that are due (ingest sends them after each batch too).
    A failed POST is logged and retried later, waiting longer each time. Exit code 1 when a
    POST failed."""
    from ..publish.hooks import deliver

    store = open_store(db)
    try:
        if hook_id is not None and store.hook(hook_id) is None:
            fail(f"no hook {hook_id}", 1)
        requeued = store.retry_failed(hook_id) if retry_failed else 0
        out = deliver(store, hook_id=hook_id, force=now)
        pending = len(store.deliveries(hook_id, state="pending"))
    finally:
        store.close()
    out = {**out, "requeued": requeued, "pending": pending}
    if as_json:
        _print_json(out)
    else:
        console.print(f"{out['posts']} POST{'s' if out['posts'] != 1 else ''}, "
                      f"{out['delivered']} change{'s' if out['delivered'] != 1 else ''} "
                      f"delivered, {out['failed_posts']} failed; {pending} pending")
    if out["failed_posts"]:
        raise typer.Exit(1)


@hooks_app.command("log")
def log_cmd(
    hook_id: int | None = typer.Argument(None, help="Only this hook."),
    limit: int = typer.Option(50, "--limit", min=1, help="Newest N POSTs."),
    db: str | None = _DB,
    as_json: bool = _JSON,
) -> None:
    """The delivery log: each POST, newest first, with its answer or error."""
    store = open_store(db)
    try:
        rows = store.delivery_log(hook_id, limit=limit)
    finally:
        store.close()
    if as_json:
        _print_json(rows)
        return
    if not rows:
        err_console.print("nothing sent yet")
        return
    table = [[str(r["id"]), str(r["hook_id"]), (r["at"] or "")[:19].replace("T", " "),
              str(r["attempt"]), "ok" if r["ok"] else "failed",
              str(r["status_code"] or ""), str(len(r["changes"])),
              safe(r["error"] or ""), str(r["duration_ms"] or "")] for r in rows]
    cols = [Col("#", "token"), Col("hook", "token"), Col("at", "token"),
            Col("try", "number"), Col("result", "token"), Col("HTTP", "number"),
            Col("changes", "number"), Col("error", min_width=16, drop=1),
            Col("ms", "number", drop=2)]
    console.print(fitted_table("Webhook deliveries", cols, table))
