"""The sources ``picketline watch`` follows, from the command line or a sources file.

A sources file is TOML::

    [defaults]
    interval = "10m"          # how often each source is polled (s, m, h; default 10m)

    [[source]]
    url = "https://example.org/labor/rss.xml"
    name = "Example labor desk"     # optional: shown in the status and on /sources
    kind = "auto"                   # auto (default), feed, sitemap or urls
    interval = "5m"                 # optional: this source's own interval
    content = "page"                # page (default): fetch each article's page;
                                    # feed: use the feed entry's own text

or plain text: one source URL a line, optionally followed by an interval
(``https://example.org/news-sitemap.xml 15m``), ``#`` starting a comment.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from .discover import KINDS, normalize_url

DEFAULT_INTERVAL = 600  # seconds
CONTENTS = ("page", "feed")
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr|d)?\s*$", re.IGNORECASE)
_UNIT = {"": 1, "s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hr": 3600, "d": 86400}


class SourcesError(ValueError):
    """A sources file or source that cannot be used; the message names it and says why."""


@dataclass(frozen=True)
class Source:
    url: str  # normalised: the source's identity in the database
    name: str | None = None
    kind: str = "auto"
    interval: int = DEFAULT_INTERVAL  # seconds
    content: str = "page"


def parse_duration(value: object, where: str = "interval") -> int:
    """``600``, ``"90s"``, ``"10m"``, ``"1h"`` -> seconds (0 allowed: every poll)."""
    if isinstance(value, bool):
        raise SourcesError(f"{where}: not a duration: {value!r}")
    if isinstance(value, (int, float)):
        seconds = float(value)
    else:
        m = _DURATION.match(str(value))
        if not m:
            raise SourcesError(f"{where}: not a duration: {value!r} (try 600, 90s, 10m or 1h)")
        seconds = float(m.group(1)) * _UNIT[(m.group(2) or "").lower()]
    if not 0 <= seconds <= 30 * 86400:
        raise SourcesError(f"{where}: {value!r} is not between 0 and 30 days")
    return int(seconds)


def make_source(url: str, *, name: str | None = None, kind: str = "auto",
                interval: object = DEFAULT_INTERVAL, content: str = "page",
                where: str = "source") -> Source:
    """A checked :class:`Source` (http(s) URL, known kind and content, a duration)."""
    if not isinstance(url, str) or not url.strip():
        raise SourcesError(f"{where}: a source needs a url")
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise SourcesError(f"{where}: {url!r} is not an http(s) URL")
    if kind not in KINDS:
        raise SourcesError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
    if content not in CONTENTS:
        raise SourcesError(f"{where}: content {content!r} is not one of {', '.join(CONTENTS)}")
    if name is not None and not isinstance(name, str):
        raise SourcesError(f"{where}: name must be text")
    return Source(url=normalize_url(url), name=(name or "").strip() or None, kind=kind,
                  interval=parse_duration(interval, f"{where}: interval"), content=content)


def load_sources(path: str | Path) -> list[Source]:
    """The sources of a file (TOML when it ends in ``.toml`` or holds a ``[[source]]``
    table, else one URL a line). Raises :class:`SourcesError` naming the file."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as e:
        raise SourcesError(f"{p}: cannot read the sources file ({e.strerror or e})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SourcesError(f"{p}: not a UTF-8 text file") from None
    if p.suffix.lower() == ".toml" or re.search(r"^\s*\[\[?\s*(source|defaults)", text, re.M):
        return _from_toml(p, text)
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") \
            else re.sub(r"\s+#.*$", "", line).strip()
        if not line:
            continue
        bits = line.split()
        if len(bits) > 2:
            raise SourcesError(f"{p}:{n}: expected 'URL [interval]', got {line[:100]!r}")
        out.append(make_source(bits[0], interval=bits[1] if len(bits) > 1 else DEFAULT_INTERVAL,
                               where=f"{p}:{n}"))
    return _unique(out, p)


def _from_toml(p: Path, text: str) -> list[Source]:
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise SourcesError(f"{p}: not valid TOML ({e})") from None
    defaults = doc.get("defaults") or {}
    if not isinstance(defaults, dict):
        raise SourcesError(f"{p}: [defaults] must be a table")
    unknown = set(doc) - {"defaults", "source"}
    if unknown:
        raise SourcesError(f"{p}: unknown table(s) {', '.join(sorted(unknown))} "
                           "(expected [defaults] and [[source]])")
    items = doc.get("source") or []
    if not isinstance(items, list):
        raise SourcesError(f"{p}: sources are written [[source]] (an array of tables)")
    allowed = {"url", "name", "kind", "interval", "content"}
    out = []
    for n, item in enumerate(items, 1):
        where = f"{p}: source {n}"
        if not isinstance(item, dict):
            raise SourcesError(f"{where}: must be a table")
        extra = set(item) - allowed
        if extra:
            raise SourcesError(f"{where}: unknown key(s) {', '.join(sorted(extra))} "
                               f"(allowed: {', '.join(sorted(allowed))})")
        merged = {k: v for k, v in defaults.items() if k in allowed - {"url", "name"}}
        merged.update(item)
        out.append(make_source(merged.get("url", ""), name=merged.get("name"),
                               kind=merged.get("kind", "auto"),
                               interval=merged.get("interval", DEFAULT_INTERVAL),
                               content=merged.get("content", "page"), where=where))
    return _unique(out, p)


def _unique(sources: list[Source], p: Path) -> list[Source]:
    seen: dict[str, Source] = {}
    for s in sources:
        seen.setdefault(s.url, s)
    if not seen:
        raise SourcesError(f"{p}: no sources in the file")
    return list(seen.values())
