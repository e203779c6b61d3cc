"""Atom 1.0 and JSON Feed 1.1 documents of recorded dispute changes, and the entry record
webhooks post.

Each change is one entry: a stable id (a tag URI carrying the database's random identity and
the change's number, so it never changes and two databases never share one), its time, a
title that says what changed ("Mercy Valley Hospital — CNA strike: status ongoing -> ended;
workers 600 -> 1,200"), and content listing each change with links to the dispute page and
to the articles that caused it (their page here and, where it is an http(s) URL, the
original). Article text is untrusted: the HTML content is built with every value escaped,
the Atom document by ElementTree (which escapes again for XML) with characters XML cannot
carry removed, and only http(s) URLs become links.
"""
from __future__ import annotations

import json
import os
import re
from typing import Any
from urllib.parse import quote, urlencode
from xml.etree import ElementTree as ET

from markupsafe import escape

from .changes import describe, headline, shown_kinds, summary

ATOM_NS = "http://www.w3.org/2005/Atom"
JSONFEED_VERSION = "https://jsonfeed.org/version/1.1"
TAG_AUTHORITY = "tag:picketline,2026:"
EPOCH = "1970-01-01T00:00:00+00:00"
# characters XML 1.0 cannot carry (C0 controls but tab, newline and return; surrogates;
# U+FFFE/U+FFFF)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def public_url() -> str | None:
    """``$PICKETLINE_PUBLIC_URL`` (the address readers reach the web app at), without a
    trailing slash, or None."""
    v = (os.environ.get("PICKETLINE_PUBLIC_URL") or "").strip().rstrip("/")
    return v or None


def _clean(text: Any) -> str:
    return _NOT_XML.sub("", "" if text is None else str(text))


def _href(url: Any) -> str | None:
    from ..web.present import safe_href

    return safe_href(url)


def change_tag(instance: str, change_id: int) -> str:
    return f"{TAG_AUTHORITY}{instance}/changes/{int(change_id)}"


def dispute_path(dispute_id: str) -> str:
    return "/disputes/" + quote(str(dispute_id), safe="")


def article_path(article_id: str) -> str:
    return "/articles/" + quote(str(article_id), safe="")


def entry(change: dict[str, Any], instance: str, base: str | None) -> dict[str, Any]:
    """The published form of a change (``Store.changes`` dict): what a feed entry shows and
    what a webhook posts. ``base``: the web app's address for absolute links (None: paths
    only)."""
    def absolute(path: str) -> str | None:
        return f"{base}{path}" if base else None

    kinds, changes = list(change.get("kinds") or []), change.get("changes") or {}
    did = str(change.get("dispute_id"))
    sources = []
    for s in change.get("sources") or []:
        aid = str(s.get("article_id"))
        sources.append({"article_id": aid, "title": s.get("title"), "url": _href(s.get("url")),
                        "source": s.get("source"), "published": s.get("published"),
                        "path": article_path(aid), "page": absolute(article_path(aid))})
    return {
        "id": change_tag(instance, change["change_id"]),
        "change_id": change["change_id"],
        "at": change.get("at"),
        "dispute_id": did,
        "title": headline(change.get("title"), did, kinds, changes),
        "summary": summary(kinds, changes),
        "kinds": kinds,
        "changes": changes,
        "lines": [describe(k, changes.get(k) or {}) for k in shown_kinds(kinds)],
        "cause": change.get("cause"),
        "related": change.get("related") or {},
        "dispute": {"id": did, "title": change.get("title"),
                    "employer": change.get("employer"), "union": change.get("union"),
                    "status": change.get("status"),
                    "status_before": change.get("status_before"),
                    "action_type": change.get("action_type"),
                    "industry": change.get("industry"), "state": change.get("state"),
                    "start_date": change.get("start_date"),
                    "end_date": change.get("end_date"),
                    "path": dispute_path(did), "url": absolute(dispute_path(did))},
        "sources": sources,
    }


def content_html(e: dict[str, Any]) -> str:
    """An entry's content as HTML, every value escaped."""
    d = e["dispute"]
    link = d["url"] or d["path"]
    facts = ", ".join(str(escape(x)).replace("_", " ") for x in
                      (d.get("action_type"), d.get("industry"), d.get("state")) if x)
    out = [f'<p><a href="{escape(link)}">{escape(d.get("title") or d["id"])}</a>'
           + (f" ({facts})" if facts else "") + "</p>", "<ul>"]
    out += [f"<li>{escape(line)}</li>" for line in e["lines"]]
    out.append("</ul>")
    if e["sources"]:
        out.append("<p>Reported in:</p><ul>")
        for s in e["sources"]:
            here = s["page"] or s["path"]
            item = f'<a href="{escape(here)}">{escape(s.get("title") or s["article_id"])}</a>'
            extra = ", ".join(str(escape(x)) for x in (s.get("source"), s.get("published")) if x)
            if extra:
                item += f" ({extra})"
            if s.get("url"):
                item += f' · <a href="{escape(s["url"])}">original</a>'
            out.append(f"<li>{item}</li>")
        out.append("</ul>")
    return _clean("".join(out))


def content_text(e: dict[str, Any]) -> str:
    lines = [e["dispute"].get("title") or e["dispute_id"]] + [f"- {x}" for x in e["lines"]]
    for s in e["sources"]:
        lines.append(f"source: {s.get('title') or s['article_id']} "
                     f"({s.get('url') or s.get('page') or s['path']})")
    return "\n".join(lines)


def _feed_title(filters: dict[str, Any]) -> str:
    shown = {k: (", ".join(v) if isinstance(v, (list, tuple)) else str(v)).replace("_", " ")
             for k, v in filters.items() if v not in (None, "") and k != "updated_since"}
    words = "; ".join(f"{k.replace('_', ' ')} {v}" for k, v in shown.items())
    return "picketline: dispute changes" + (f" ({words})" if words else "")


def _query(filters: dict[str, Any]) -> str:
    flat = {k: (v[0] if isinstance(v, (list, tuple)) else v) for k, v in filters.items()
            if v not in (None, "")}
    return urlencode({k: (v.isoformat() if hasattr(v, "isoformat") else v)
                      for k, v in sorted(flat.items())})


def atom(entries: list[dict[str, Any]], *, instance: str, filters: dict[str, Any],
         self_url: str, home_url: str) -> bytes:
    """The Atom 1.0 document (UTF-8 bytes)."""
    ET.register_namespace("", ATOM_NS)

    def sub(parent, tag: str, text: Any = None, **attrs: str):
        el = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}",
                           {k: _clean(v) for k, v in attrs.items()})
        if text is not None:
            el.text = _clean(text)
        return el

    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    query = _query(filters)
    sub(feed, "id", f"{TAG_AUTHORITY}{instance}/feeds/disputes" + (f"?{query}" if query else ""))
    sub(feed, "title", _feed_title(filters))
    sub(feed, "subtitle", "New and changed labor disputes, each change with its sources.")
    sub(feed, "updated", entries[0]["at"] if entries else EPOCH)
    sub(feed, "link", rel="self", href=self_url, type="application/atom+xml")
    sub(feed, "link", rel="alternate", href=home_url, type="text/html")
    sub(sub(feed, "author"), "name", "picketline")
    sub(feed, "generator", "picketline")
    for e in entries:
        el = sub(feed, "entry")
        sub(el, "id", e["id"])
        sub(el, "title", e["title"], type="text")
        sub(el, "updated", e["at"])
        sub(el, "published", e["at"])
        sub(el, "link", rel="alternate", type="text/html",
            href=e["dispute"]["url"] or e["dispute"]["path"])
        for s in e["sources"]:
            if s.get("url"):
                sub(el, "link", rel="related", type="text/html", href=s["url"],
                    title=s.get("title") or s["article_id"])
        for k in e["kinds"]:
            sub(el, "category", term=k)
        sub(el, "summary", e["summary"], type="text")
        sub(el, "content", content_html(e), type="html")
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8",
                                                                       xml_declaration=False)


def json_feed(entries: list[dict[str, Any]], *, filters: dict[str, Any], self_url: str,
              home_url: str) -> bytes:
    """The JSON Feed 1.1 document (UTF-8 bytes); each item carries the change under
    ``_picketline`` (a JSON Feed extension)."""
    items = []
    for e in entries:
        item = {"id": e["id"], "url": e["dispute"]["url"] or e["dispute"]["path"],
                "title": e["title"], "summary": e["summary"],
                "content_html": content_html(e), "content_text": content_text(e),
                "date_published": e["at"], "date_modified": e["at"], "tags": e["kinds"]}
        first = next((s["url"] for s in e["sources"] if s.get("url")), None)
        if first:
            item["external_url"] = first
        item["_picketline"] = {k: e[k] for k in ("change_id", "dispute_id", "kinds",
                                                 "changes", "cause", "related", "dispute",
                                                 "sources")}
        items.append(item)
    doc = {"version": JSONFEED_VERSION, "title": _feed_title(filters),
           "home_page_url": home_url, "feed_url": self_url,
           "description": "New and changed labor disputes, each change with its sources.",
           "authors": [{"name": "picketline"}], "language": "en", "items": items}
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8", "replace")
