"""Webhooks: signed JSON POSTs of dispute changes, with retries and a delivery log.

    from picketline.publish import hooks
    hook, secret = hooks.add_hook(store, "https://example.org/hook", {"state": "CA"})
    hooks.deliver(store)          # send what is due now; returns a summary

A change recorded while a hook is active, and passing its filters (those of the dispute
list, see :mod:`.filters`), becomes a pending delivery in the database, in the same
transaction as the change. :func:`deliver` POSTs each hook's due deliveries, oldest first,
up to :data:`BATCH` changes in one body::

    {"event": "dispute.changes", "hook": 1, "sent_at": "...", "changes": [<entry>, ...]}

(each entry as in the feeds: :func:`picketline.publish.feeds.entry`; its ``id`` is stable,
so a receiver can drop a change it already has), with the headers

- ``X-Picketline-Signature: sha256=<hex HMAC-SHA256 of the body with the hook's secret>``
- ``X-Picketline-Timestamp: <unix seconds>`` (the body's ``sent_at`` is signed)
- ``X-Picketline-Delivery: <id of this POST>``, ``X-Picketline-Event: dispute.changes``.

A 2xx answer delivers them. Anything else (another status, a redirect, which is not
followed, a time-out, a refused connection) is logged and retried after 30 s, 1, 2, 4 ...
minutes (doubling, at most 6 hours apart); after :data:`MAX_ATTEMPTS` tries they are marked
``failed`` (``picketline hooks deliver --retry-failed`` puts them back). Pending deliveries
live in the database, so a restart sends what was pending. Two senders at once do not send
the same delivery: each claims its batch for a lease first.

The ingest pipeline (and so ``picketline watch``) calls :func:`deliver_after_batch` after
each committed batch, outside its transaction; it never raises, so a failing hook never makes
an ingest fail. A running ``picketline watch`` also sends, at each step, the deliveries that
have fallen due (retries, a reviewer's change). ``picketline hooks deliver`` sends on demand.
"""
from __future__ import annotations

import hashlib
import hmac
import http.client
import json
import logging
import os
import secrets
import socket
import ssl
import threading
import time
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlsplit

from .feeds import entry, public_url

log = logging.getLogger("picketline.publish")

SIGNATURE_HEADER = "X-Picketline-Signature"
TIMESTAMP_HEADER = "X-Picketline-Timestamp"
DELIVERY_HEADER = "X-Picketline-Delivery"
EVENT_HEADER = "X-Picketline-Event"
EVENT = "dispute.changes"
BATCH = 50  # changes in one POST at most
MAX_BODY = 512 * 1024  # bytes in one POST at most (a larger batch is cut)
MAX_RESPONSE = 64 * 1024  # bytes of an answer read at most
MAX_ATTEMPTS = 12
BACKOFF_FIRST = 30.0  # seconds before the first retry, doubling each time
BACKOFF_MAX = 6 * 3600.0
TIMEOUT = 10.0  # seconds for one POST (connect and each read)
DEADLINE_FACTOR = 3  # a POST ends after this many timeouts whatever the server sends
AFTER_BATCH_BUDGET = 15.0  # seconds an ingest batch spends sending, at most


class HookError(ValueError):
    """A hook that cannot be added (bad URL, bad filter)."""


def timeout() -> float:
    """``$PICKETLINE_HOOK_TIMEOUT`` seconds (a positive number), else :data:`TIMEOUT`."""
    try:
        v = float(os.environ.get("PICKETLINE_HOOK_TIMEOUT", TIMEOUT))
    except ValueError:
        return TIMEOUT
    return v if 0 < v <= 300 else TIMEOUT


def check_url(url: str) -> str:
    """``url`` if it is an http(s) URL with a host, else :class:`HookError`."""
    u = (url or "").strip()
    try:
        parts = urlsplit(u)
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        raise HookError(f"{url!r} is not a URL") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise HookError(f"{url!r} is not an http(s) URL with a host")
    if any(c.isspace() or ord(c) < 32 for c in u):
        raise HookError(f"{url!r} holds spaces or control characters")
    return u


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def sign(secret: str, body: bytes) -> str:
    """The ``X-Picketline-Signature`` value of ``body``."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def verify(secret: str, body: bytes, signature: str | None) -> bool:
    """Whether ``signature`` (the header's value) is ``body``'s with ``secret``: what a
    receiver checks (in constant time)."""
    return bool(signature) and hmac.compare_digest(sign(secret, body), str(signature))


def backoff(attempt: int) -> float:
    """Seconds to wait after failed try number ``attempt`` (1, 2, ...)."""
    return min(BACKOFF_FIRST * 2 ** max(0, attempt - 1), BACKOFF_MAX)


def add_hook(store, url: str, filters: dict[str, Any] | None = None,
             secret: str | None = None) -> tuple[dict[str, Any], str]:
    """Add a hook; returns it and its secret (a new random one unless given)."""
    from .filters import check

    url = check_url(url)
    try:
        flt = check(filters or {})
    except ValueError as e:
        raise HookError(str(e)) from None
    if secret is not None and not secret.strip():
        raise HookError("the secret is empty")
    secret = secret or new_secret()
    return store.add_hook(url, secret, flt), secret


# --- sending ------------------------------------------------------------------------------------
def post(url: str, body: bytes, headers: dict[str, str], wait: float
         ) -> tuple[int | None, str | None]:
    """POST ``body``; ``(status, error)``: error is None for a 2xx answer. Redirects are
    not followed; at most :data:`MAX_RESPONSE` bytes of the answer are read; ``wait``
    seconds for the connection and each read, and :data:`DEADLINE_FACTOR` times that for
    the whole POST (a server that drips its answer is cut off)."""
    parts = urlsplit(url)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    if parts.scheme.lower() == "https":
        conn: http.client.HTTPConnection = http.client.HTTPSConnection(
            parts.hostname, parts.port, timeout=wait, context=ssl.create_default_context())
    else:
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=wait)
    fired = threading.Event()
    cut = threading.Timer(wait * DEADLINE_FACTOR, _cut, (conn, fired))  # a drip-fed answer
    cut.daemon = True
    try:
        cut.start()
        conn.request("POST", path, body=body, headers=headers)
        resp = conn.getresponse()
        resp.read(MAX_RESPONSE)
        status = resp.status
    except (OSError, http.client.HTTPException) as e:
        if fired.is_set():
            return None, f"no complete answer within {wait * DEADLINE_FACTOR:g} s"
        return None, f"{type(e).__name__}: {e}" if str(e) else type(e).__name__
    finally:
        cut.cancel()
        conn.close()
    if fired.is_set():  # cut off: what was read may look like a whole answer, it is not
        return None, f"no complete answer within {wait * DEADLINE_FACTOR:g} s"
    if 200 <= status < 300:
        return status, None
    if 300 <= status < 400:
        return status, f"HTTP {status}: redirects are not followed"
    return status, f"HTTP {status}"


def _cut(conn: http.client.HTTPConnection, fired: threading.Event) -> None:
    """End a POST that is past its deadline (wakes the read blocked on its socket)."""
    fired.set()
    sock = conn.sock
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def _body(hook_id: int, changes: list[dict[str, Any]], instance: str, sent_at: datetime
          ) -> bytes:
    base = public_url()
    doc = {"event": EVENT, "hook": hook_id, "sent_at": sent_at.isoformat(),
           "changes": [entry(c, instance, base) for c in changes]}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "replace")


def _send_one(store, hook: dict[str, Any], claimed: list[dict[str, Any]], instance: str,
              now: datetime, wait: float) -> tuple[bool, int]:
    """POST one claimed batch (cut to fit :data:`MAX_BODY`; the rest stays claimed and is
    due again when its lease ends); returns (delivered, changes in it)."""
    changes = {c["change_id"]: c for c in store.changes_by_ids(d["change_id"] for d in claimed)}
    batch = claimed
    sent_at = datetime.now(timezone.utc)
    body = _body(hook["id"], [changes[d["change_id"]] for d in batch if d["change_id"] in changes],
                 instance, sent_at)
    while len(body) > MAX_BODY and len(batch) > 1:
        batch = batch[: len(batch) // 2]
        body = _body(hook["id"], [changes[d["change_id"]] for d in batch
                                  if d["change_id"] in changes], instance, sent_at)
    delivery = uuid.uuid4().hex
    headers = {"Content-Type": "application/json; charset=utf-8",
               "User-Agent": "picketline-webhook/1",
               SIGNATURE_HEADER: sign(hook["secret"], body),
               TIMESTAMP_HEADER: str(int(sent_at.timestamp())),
               DELIVERY_HEADER: delivery, EVENT_HEADER: EVENT}
    t0 = time.monotonic()
    status, error = post(hook["url"], body, headers, wait)
    took = int((time.monotonic() - t0) * 1000)
    attempt = max(d["attempts"] for d in batch) + 1
    ok = error is None
    retry_at = None
    if not ok and attempt < MAX_ATTEMPTS:
        retry_at = now + timedelta(seconds=backoff(attempt))
    store.finish_deliveries(hook["id"], [d["id"] for d in batch], ok=ok, at=now,
                            attempt=attempt, delivery=delivery,
                            change_ids=[d["change_id"] for d in batch], status_code=status,
                            error=error, duration_ms=took, retry_at=retry_at)
    if len(batch) < len(claimed):  # the rest is due again now, not at the lease's end
        store.release_deliveries([d["id"] for d in claimed[len(batch):]], now)
    return ok, len(batch)


def deliver(store, *, now: datetime | None = None, hook_id: int | None = None,
            force: bool = False, budget: float | None = None, batch: int = BATCH,
            wait: float | None = None) -> dict[str, Any]:
    """Send every hook's due pending deliveries (``force``: also those waiting for a retry;
    ``hook_id``: one hook's only), batch after batch until none is due, a POST fails (that
    hook waits for its retry) or ``budget`` seconds have passed. ``now``: the time due
    dates are read against (default: the clock). Returns ``{"posts", "delivered",
    "failed_posts", "hooks"}``."""
    now = now or datetime.now(timezone.utc)
    wait = wait or timeout()
    started = time.monotonic()
    out = {"posts": 0, "delivered": 0, "failed_posts": 0, "hooks": 0}
    due = store.due_hooks(now, force=force, hook_id=hook_id)
    if not due:
        return out
    instance = store.publish_instance()
    for hook in due:
        out["hooks"] += 1
        while budget is None or time.monotonic() - started < budget:
            lease = now + timedelta(seconds=wait + 60)
            claimed = store.claim_deliveries(hook["id"], now, lease, limit=batch, force=force)
            if not claimed:
                break
            ok, n = _send_one(store, hook, claimed, instance, now, wait)
            out["posts"] += 1
            if not ok:
                out["failed_posts"] += 1
                break
            out["delivered"] += n
    return out


def deliver_after_batch(store) -> dict[str, Any] | None:
    """:func:`deliver` for the ingest pipeline and the watcher, after a batch: within
    :data:`AFTER_BATCH_BUDGET` seconds, never raising (a problem is logged), and never inside
    a transaction. Called where the caller's own transaction is still open (the watcher
    commits a batch together with its items), it sends once that transaction commits, on a
    thread of its own so that the caller is not held up (nothing if it rolls back)."""
    s = getattr(getattr(store, "_local", None), "session", None)
    if s is not None:
        if not s.info.get(_HOOKED):
            s.info[_HOOKED] = True
            from sqlalchemy import event

            event.listen(s, "after_commit", lambda _s: _in_background(store), once=True)
        return None
    return _deliver_logged(store)


_HOOKED = "picketline_deliver_after_commit"


def _deliver_logged(store) -> dict[str, Any] | None:
    try:
        return deliver(store, budget=AFTER_BATCH_BUDGET)
    except Exception as e:  # noqa: BLE001 - delivery must never make an ingest fail
        log.warning("webhook delivery failed: %s", e)
        return None


def _in_background(store) -> None:
    import threading

    threading.Thread(target=_deliver_logged, args=(store,), name="picketline-hooks").start()
