"""Polite, guarded HTTP for ``picketline watch`` (httpx).

* Only ``http``/``https``, on every hop: redirects are followed here, one at a time (at most
  :data:`MAX_REDIRECTS`), each checked like the first request.
* No private, loopback, link-local, multicast or otherwise non-public address is ever
  connected to unless ``allow_private``: the check runs in the connection itself (a
  network backend that resolves the host and connects only to an allowed address), so a
  name that resolves differently the second time (DNS rebinding) gains nothing. No proxy
  from the environment is used.
* robots.txt of each origin is read (cached for an hour) and honoured, Crawl-delay too;
  a robots.txt that cannot be fetched (5xx, network) means "not now" (RFC 9309), one that
  does not exist (4xx) means "everything allowed".
* At most one request per host every ``host_interval`` seconds.
* Timeouts on connect and on each read, and a deadline on the whole response; the body is
  read as a stream and refused once it passes ``max_bytes`` (after decompression, so a
  gzip bomb is cut off too).
* Conditional requests: ``If-None-Match`` / ``If-Modified-Since`` from the caller; a 304
  comes back as such.

Errors are :class:`FetchError` with a one-line reason naming the URL, whether trying later
may help (``transient``) and the server's ``Retry-After`` when it gave one.
"""
from __future__ import annotations

import email.utils
import ipaddress
import socket
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpcore
import httpx

MAX_REDIRECTS = 5
ROBOTS_TTL = 3600.0  # seconds a robots.txt is kept
ROBOTS_RETRY = 600.0  # seconds before an unreachable robots.txt is asked for again
ROBOTS_MAX_BYTES = 500_000
DEFAULT_TIMEOUT = 20.0
USER_AGENT_TOKEN = "picketline"


def user_agent() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        v = version("picketline")
    except PackageNotFoundError:
        v = "dev"
    return f"{USER_AGENT_TOKEN}/{v} (labor news watcher; honours robots.txt)"


class FetchError(Exception):
    """A fetch that failed: ``reason`` (one line, naming the URL), ``status`` (HTTP status
    when there was an answer), ``transient`` (worth trying again later), ``retry_after``
    (seconds the server asked us to wait), ``kind`` (``http``, ``timeout``, ``network``,
    ``size``, ``robots``, ``blocked``, ``scheme``, ``redirects``)."""

    def __init__(self, url: str, reason: str, *, status: int | None = None,
                 transient: bool = True, retry_after: float | None = None,
                 kind: str = "network") -> None:
        super().__init__(f"{url}: {reason}")
        self.url, self.reason, self.status = url, reason, status
        self.transient, self.retry_after, self.kind = transient, retry_after, kind


class BlockedAddress(Exception):
    """The host resolves only to addresses the guard refuses."""


@dataclass
class Response:
    """A successful answer: ``status`` 200 (``body`` read whole) or 304 (no body).
    ``url``: where it came from after redirects; ``moved_to``: that URL when every
    redirect on the way was permanent (301/308), so a caller can remember the move."""

    url: str
    status: int
    body: bytes = b""
    headers: httpx.Headers = field(default_factory=httpx.Headers)
    moved_to: str | None = None

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


def address_allowed(ip: str) -> bool:
    """Whether ``ip`` is a public unicast address (not private, loopback, link-local,
    multicast, reserved, shared or unspecified; IPv4 inside IPv6 checked as IPv4)."""
    try:
        addr = ipaddress.ip_address(ip.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    return addr.is_global and not addr.is_multicast


class GuardedBackend(httpcore.SyncBackend):
    """httpcore's network backend that resolves the host itself and connects only to an
    address :func:`address_allowed` accepts (every address, with ``allow_private``)."""

    def __init__(self, allow_private: bool = False) -> None:
        self.allow_private = allow_private

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as e:
            raise httpcore.ConnectError(f"cannot resolve {host}: {e.strerror or e}") from None
        addrs = list(dict.fromkeys(info[4][0] for info in infos))
        allowed = addrs if self.allow_private else [a for a in addrs if address_allowed(a)]
        if not allowed:
            raise BlockedAddress(f"{host} resolves to {', '.join(addrs[:3])}, a private or "
                                 "local address (allowed only with --allow-private)")
        last: Exception | None = None
        for ip in allowed:
            try:
                return super().connect_tcp(ip, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as e:
                last = e
        assert last is not None
        raise last


def _guarded_client(allow_private: bool, timeout: float) -> httpx.Client:
    transport = httpx.HTTPTransport(retries=0)
    old = transport._pool  # the same pool httpx builds, with our network backend
    transport._pool = httpcore.ConnectionPool(
        ssl_context=old._ssl_context, max_connections=20, max_keepalive_connections=10,
        keepalive_expiry=5.0, network_backend=GuardedBackend(allow_private))
    return httpx.Client(transport=transport, trust_env=False, follow_redirects=False,
                        timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)))


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (a number, or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    now_dt = datetime.fromtimestamp(now if now is not None else time.time(), timezone.utc)
    return max(0.0, (when - now_dt).total_seconds())


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"


class Fetcher:
    """Fetches URLs politely (see the module's docstring). One per watcher; not shared
    between threads. ``stop``: an event that cuts a politeness wait short."""

    def __init__(self, *, allow_private: bool = False, timeout: float = DEFAULT_TIMEOUT,
                 host_interval: float = 1.0, robots: bool = True,
                 agent: str | None = None, stop: threading.Event | None = None,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.allow_private = allow_private
        self.timeout = timeout
        self.host_interval = host_interval
        self.robots = robots
        self.agent = agent or user_agent()
        self.stop = stop or threading.Event()
        self.monotonic = monotonic
        self.client = _guarded_client(allow_private, timeout)
        self._last: dict[str, float] = {}  # host -> when the last request was sent
        self._delay: dict[str, float] = {}  # host -> Crawl-delay of its robots.txt
        self._robots: dict[str, tuple[float, RobotFileParser | None, str | None]] = {}
        self.requests = 0

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- politeness -------------------------------------------------------------------------
    def _wait_turn(self, host: str) -> None:
        gap = max(self.host_interval, self._delay.get(host, 0.0))
        last = self._last.get(host)
        if last is not None and gap > 0:
            wait = last + gap - self.monotonic()
            if wait > 0:
                self.stop.wait(wait)
        self._last[host] = self.monotonic()

    def _robots_for(self, url: str) -> tuple[RobotFileParser | None, str | None]:
        """The parsed robots.txt of ``url``'s origin (None: everything allowed), or the
        reason nothing may be fetched there now."""
        key = origin(url)
        now = self.monotonic()
        got = self._robots.get(key)
        if got is not None and got[0] > now:
            return got[1], got[2]
        rp: RobotFileParser | None = None
        refusal: str | None = None
        ttl = ROBOTS_TTL
        robots_url = key + "/robots.txt"
        try:
            r = self._get(robots_url, max_bytes=ROBOTS_MAX_BYTES, check_robots=False)
            rp = RobotFileParser(robots_url)
            rp.parse(r.body.decode("utf-8", "replace").splitlines())
            delay = rp.crawl_delay(USER_AGENT_TOKEN)
            if delay:
                self._delay[urlsplit(url).hostname or ""] = min(float(delay), 60.0)
        except FetchError as e:
            if e.status is not None and 400 <= e.status < 500 and e.status != 429:
                rp = None  # no robots.txt: everything allowed
            elif e.kind in ("blocked", "scheme"):
                raise
            else:
                refusal = f"robots.txt could not be read ({e.reason}); trying later"
                ttl = ROBOTS_RETRY
        self._robots[key] = (now + ttl, rp, refusal)
        return rp, refusal

    def allowed(self, url: str) -> None:
        """Raise :class:`FetchError` (kind ``robots``) when robots.txt refuses ``url``."""
        if not self.robots:
            return
        rp, refusal = self._robots_for(url)
        if refusal:
            raise FetchError(url, refusal, kind="robots", transient=True)
        if rp is not None and not rp.can_fetch(USER_AGENT_TOKEN, url):
            raise FetchError(url, "refused by the site's robots.txt", kind="robots",
                             transient=False)

    # --- requests ---------------------------------------------------------------------------
    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
            max_bytes: int = 5_000_000) -> Response:
        """GET ``url`` (conditional when ``etag``/``last_modified`` are given), following
        redirects, honouring robots.txt; a :class:`Response` with status 200 or 304, else
        :class:`FetchError`."""
        return self._get(url, etag=etag, last_modified=last_modified, max_bytes=max_bytes)

    def _get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
             max_bytes: int, check_robots: bool = True) -> Response:
        headers = {"User-Agent": self.agent, "Accept-Encoding": "gzip, deflate"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        permanent = True
        current = url
        for hop in range(MAX_REDIRECTS + 1):
            parts = urlsplit(current)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                what = "redirected to" if hop else "not"
                raise FetchError(url, f"{what} an http(s) URL ({current[:200]})",
                                 kind="scheme", transient=False)
            if check_robots:
                self.allowed(current)
            self._wait_turn(parts.hostname)
            r = self._once(current, headers, max_bytes)
            if r.status in (301, 302, 303, 307, 308):
                loc = r.headers.get("location")
                if not loc:
                    raise FetchError(current, f"HTTP {r.status} without a Location",
                                     status=r.status, kind="http", transient=False)
                permanent = permanent and r.status in (301, 308)
                current = urljoin(current, loc.strip())
                continue
            if r.status in (200, 304):
                r.url = current
                r.moved_to = current if hop and permanent else None
                return r
            ra = retry_after(r.headers.get("retry-after"))
            transient = r.status >= 500 or r.status in (408, 425, 429)
            raise FetchError(current, f"HTTP {r.status}", status=r.status, kind="http",
                             transient=transient, retry_after=ra)
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects", kind="redirects",
                         transient=False)

    def _once(self, url: str, headers: dict[str, str], max_bytes: int) -> Response:
        """One request, no redirect followed; the body read (capped) only for a 200."""
        self.requests += 1
        deadline = self.monotonic() + self.timeout * 3  # a drip-fed body ends here
        try:
            with self.client.stream("GET", url, headers=headers) as r:
                out = Response(url=url, status=r.status_code, headers=r.headers)
                if r.status_code != 200:
                    return out
                declared = r.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise FetchError(url, f"response of {int(declared):,} bytes is over the "
                                          f"{max_bytes:,}-byte limit", kind="size",
                                     transient=False)
                chunks: list[bytes] = []
                size = 0
                for chunk in r.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise FetchError(url, f"response is over the {max_bytes:,}-byte limit",
                                         kind="size", transient=False)
                    if self.monotonic() > deadline:
                        raise FetchError(url, f"response took longer than "
                                              f"{self.timeout * 3:g} s", kind="timeout")
                    chunks.append(chunk)
                out.body = b"".join(chunks)
                return out
        except FetchError:
            raise
        except BlockedAddress as e:
            raise FetchError(url, str(e), kind="blocked", transient=False) from None
        except httpx.TimeoutException:
            raise FetchError(url, f"timed out after {self.timeout:g} s",
                             kind="timeout") from None
        except httpx.DecodingError as e:
            raise FetchError(url, f"undecodable response ({e})", kind="http",
                             transient=False) from None
        except (httpx.HTTPError, OSError) as e:
            text = " ".join(str(e).split()) or type(e).__name__
            raise FetchError(url, f"network error: {text[:200]}", kind="network") from None
