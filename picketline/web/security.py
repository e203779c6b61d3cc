"""Review authentication, signed cookies, CSRF tokens and security headers.

Review is possible only when the app was started with a token (``PICKETLINE_TOKEN``):

* a person logs in by typing the token into a form; the app then sets a signed session
  cookie (HttpOnly, SameSite=Strict) holding the reviewer's name;
* every HTML form carries a CSRF token that must equal the value of a signed ``pl_csrf``
  cookie (double submit, with the cookie signed so that it cannot be planted unsigned);
* JSON API writes need ``Authorization: Bearer <token>`` instead (no cookies involved).

All signatures are HMAC-SHA256 with a key derived from the token, so sessions survive a
restart and are shared by several workers started with the same token.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import threading
import time
from collections import OrderedDict
from typing import Any, Callable

SESSION_COOKIE = "pl_session"
CSRF_COOKIE = "pl_csrf"
CSRF_FIELD = "csrf_token"
SESSION_MAX_AGE = 8 * 3600  # seconds a review login lasts

# The dashboard runs no inline script and no inline style; SVG charts use presentation
# attributes only. API docs get their own, wider policy (see app.py).
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


def security_headers(csp: str = CSP) -> dict[str, str]:
    return {
        "Content-Security-Policy": csp,
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
        "Referrer-Policy": "same-origin",
        "Cross-Origin-Opener-Policy": "same-origin",
    }


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class Signer:
    """Signs and checks small JSON payloads (cookies) with a key derived from the token."""

    def __init__(self, token: str) -> None:
        self._key = hmac.new(token.encode("utf-8"), b"picketline web cookie key v1",
                             hashlib.sha256).digest()

    def _mac(self, purpose: str, body: str) -> str:
        return _b64(hmac.new(self._key, f"{purpose}|{body}".encode("ascii"),
                             hashlib.sha256).digest())

    def sign(self, purpose: str, payload: dict[str, Any]) -> str:
        body = _b64(json.dumps(payload, separators=(",", ":")).encode("utf-8"))
        return f"{body}.{self._mac(purpose, body)}"

    def unsign(self, purpose: str, value: str | None) -> dict[str, Any] | None:
        """The payload, or None when the value is missing, altered or not for ``purpose``
        (a cookie with characters outside ASCII is none of ours: refused, not an error)."""
        if not value or not value.isascii() or value.count(".") != 1:
            return None
        body, mac = value.split(".")
        if not hmac.compare_digest(mac, self._mac(purpose, body)):
            return None
        try:
            data = json.loads(_unb64(body))
        except (ValueError, UnicodeDecodeError):
            return None
        return data if isinstance(data, dict) else None


class Throttle:
    """Wrong review tokens per client address: after ``max_failures`` within ``window``
    seconds, every token from that address is refused (HTTP 429) until the oldest failure
    leaves the window, so guessing the token takes years instead of minutes. A right token
    clears the address's count. At most ``max_clients`` addresses are remembered (the
    least recently seen are forgotten first)."""

    def __init__(self, max_failures: int = 10, window: float = 300.0,
                 clock: Callable[[], float] = time.monotonic, max_clients: int = 10_000):
        self.max_failures, self.window, self.clock = max_failures, window, clock
        self.max_clients = max_clients
        self._fails: OrderedDict[str, list[float]] = OrderedDict()
        self._lock = threading.Lock()

    def _recent(self, client: str, now: float) -> list[float]:
        times = [t for t in self._fails.get(client, []) if now - t < self.window]
        if times:
            self._fails[client] = times
        else:
            self._fails.pop(client, None)
        return times

    def retry_after(self, client: str) -> int:
        """Seconds until ``client`` may try a token again; 0 when it may now."""
        with self._lock:
            now = self.clock()
            times = self._recent(client, now)
            if len(times) < self.max_failures:
                return 0
            return max(1, int(times[-self.max_failures] + self.window - now + 0.999))

    def failed(self, client: str) -> None:
        with self._lock:
            now = self.clock()
            times = self._recent(client, now)
            self._fails[client] = times + [now]
            self._fails.move_to_end(client)
            while len(self._fails) > self.max_clients:
                self._fails.popitem(last=False)

    def succeeded(self, client: str) -> None:
        with self._lock:
            self._fails.pop(client, None)


class Auth:
    """The review token and everything derived from it. ``token=None`` means read-only."""

    def __init__(self, token: str | None, throttle: Throttle | None = None) -> None:
        self.token = token or None
        self.signer = Signer(self.token) if self.token else None
        self.throttle = throttle or Throttle()

    @property
    def enabled(self) -> bool:
        return self.token is not None

    def check_token(self, given: str | None) -> bool:
        if not self.token or not given:
            return False
        return hmac.compare_digest(given.encode("utf-8"), self.token.encode("utf-8"))

    def verify(self, client: str, given: str | None) -> tuple[bool, int]:
        """Check a token typed or sent from address ``client``, throttled: ``(True, 0)`` for
        the right one; ``(False, 0)`` for a wrong one (counted); ``(False, seconds)`` when
        the address made too many wrong tries and must wait (the token is not even read)."""
        wait = self.throttle.retry_after(client)
        if wait:
            return False, wait
        if self.check_token(given):
            self.throttle.succeeded(client)
            return True, 0
        self.throttle.failed(client)
        return False, 0

    # --- sessions ---------------------------------------------------------------------------
    def new_session(self, author: str) -> str:
        assert self.signer is not None
        return self.signer.sign("session", {"u": author, "iat": int(time.time())})

    def session_user(self, cookie: str | None) -> str | None:
        """The logged-in reviewer's name, if the session cookie is valid and fresh."""
        if self.signer is None:
            return None
        data = self.signer.unsign("session", cookie)
        if not data or not isinstance(data.get("u"), str):
            return None
        if time.time() - float(data.get("iat", 0)) > SESSION_MAX_AGE:
            return None
        return data["u"]

    # --- CSRF (signed double-submit cookie) -------------------------------------------------
    def new_csrf(self) -> str:
        assert self.signer is not None
        return self.signer.sign("csrf", {"n": secrets.token_urlsafe(18)})

    def csrf_valid(self, cookie: str | None) -> bool:
        return self.signer is not None and self.signer.unsign("csrf", cookie) is not None

    def csrf_matches(self, cookie: str | None, submitted: str | None) -> bool:
        if not cookie or not submitted or not self.csrf_valid(cookie):
            return False
        return hmac.compare_digest(cookie.encode("utf-8"), submitted.encode("utf-8"))
