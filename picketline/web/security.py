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
import time
from typing import Any

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
        """The payload, or None when the value is missing, altered or not for ``purpose``."""
        if not value or value.count(".") != 1:
            return None
        body, mac = value.split(".")
        if not hmac.compare_digest(mac, self._mac(purpose, body)):
            return None
        try:
            data = json.loads(_unb64(body))
        except (ValueError, UnicodeDecodeError):
            return None
        return data if isinstance(data, dict) else None


class Auth:
    """The review token and everything derived from it. ``token=None`` means read-only."""

    def __init__(self, token: str | None) -> None:
        self.token = token or None
        self.signer = Signer(self.token) if self.token else None

    @property
    def enabled(self) -> bool:
        return self.token is not None

    def check_token(self, given: str | None) -> bool:
        if not self.token or not given:
            return False
        return hmac.compare_digest(given.encode("utf-8"), self.token.encode("utf-8"))

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
