"""``/feeds/disputes.atom`` and ``/feeds/disputes.json`` over real HTTP (uvicorn on
127.0.0.1): entries say what changed with links to the sources, filters apply, ids are
stable, hostile article text is escaped, and the dispute list advertises the feeds."""
from __future__ import annotations

import json
import urllib.error
import urllib.request
from xml.etree import ElementTree as ET

import feedparser
import pytest

from picketline.pipeline import run_ingest
from picketline.store import Store
from picketline.web import create_app
from publish_fixtures import HOSTILE, WebServer, write_batches, write_other


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("feeds")
    first, second = write_batches(tmp / "in")
    url = f"sqlite:///{tmp / 'feeds.db'}"
    st = Store(url)
    run_ingest([first, write_other(tmp / "other")], st)
    run_ingest([second], st)
    assert st.count_changes() == 3
    st.close()
    with WebServer(create_app(url)) as server:
        yield server


def _get(url: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def test_atom_feed_says_what_changed_with_sources(site) -> None:
    status, headers, body = _get(f"{site.url}/feeds/disputes.atom?state=CA")
    assert status == 200 and headers["content-type"].startswith("application/atom+xml")
    ET.fromstring(body)  # well-formed XML
    feed = feedparser.parse(body)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.feed.title.startswith("picketline: dispute changes")
    newest, first = feed.entries  # newest first, the other state's dispute left out
    assert "status ongoing -> ended" in newest.title
    assert "workers 600 -> 1,200" in newest.title
    assert "offer 8% over 3 years -> 14% over 3 years" in newest.title
    assert "started" in first.title and "600 workers" in first.title
    assert newest.link.startswith(f"{site.url}/disputes/")
    related = [ln.href for ln in newest.links if ln.rel == "related"]
    assert related == ["https://news.example/mercy-valley-deal"]
    html = newest.content[0].value
    assert "https://news.example/mercy-valley-deal" in html
    assert f"{site.url}/articles/mv-end" in html
    assert {t.term for t in newest.tags} >= {"status", "ended", "workers", "offer"}
    assert newest.id.startswith("tag:picketline,2026:") and newest.id != first.id
    assert newest.updated_parsed >= first.updated_parsed
    # ids are stable: asked again, the same entries have the same ids
    again = feedparser.parse(_get(f"{site.url}/feeds/disputes.atom")[2])
    assert {e.id for e in feed.entries} <= {e.id for e in again.entries}


def test_json_feed_is_json_feed_1_1(site) -> None:
    status, headers, body = _get(f"{site.url}/feeds/disputes.json?industry=health_care")
    assert status == 200 and headers["content-type"].startswith("application/feed+json")
    doc = json.loads(body)
    assert doc["version"] == "https://jsonfeed.org/version/1.1"
    assert doc["title"] and doc["feed_url"].startswith(f"{site.url}/feeds/disputes.json")
    assert doc["home_page_url"] == f"{site.url}/disputes?industry=health_care"
    items = doc["items"]
    assert len(items) == 2
    for it in items:
        assert isinstance(it["id"], str) and it["id"]
        assert it["url"].startswith(f"{site.url}/disputes/")
        assert it["title"] and it["content_html"] and it["content_text"]
        assert it["date_published"] == it["date_modified"]
    newest, first = items
    assert newest["tags"][:2] == ["status", "ended"]
    ext = newest["_picketline"]
    assert ext["changes"]["status"] == {"before": "ongoing", "after": "ended",
                                        "reported_before": "ongoing",
                                        "reported_after": "ended"}
    assert ext["changes"]["offer"]["after"]["pct"] == 14.0
    assert newest["external_url"] == "https://news.example/mercy-valley-deal"
    assert first["tags"] == ["started"]
    assert first["_picketline"]["sources"][0]["url"] == \
        "https://news.example/mercy-valley-strike"


def test_filters_apply_and_are_checked(site) -> None:
    def ids(query: str) -> list[str]:
        status, _, body = _get(f"{site.url}/feeds/disputes.json?{query}")
        assert status == 200, body
        return [i["_picketline"]["dispute_id"] for i in json.loads(body)["items"]]

    every = ids("")
    assert len(every) == 3
    assert ids("state=NY") == [] and ids("industry=education") == []
    assert len(ids("state=or")) == 1 and len(ids("action_type=lockout")) == 1
    assert len(ids("kind=started")) == 2 and len(ids("kind=offer")) == 1
    assert len(ids("status=ended")) == 1 and len(ids("q=nurses")) == 2
    assert len(ids("limit=1")) == 1
    for bad in ("status=finished", "industry=gold", "kind=exploded", "limit=0",
                "since=yesterday"):
        status, _, _ = _get(f"{site.url}/feeds/disputes.atom?{bad}")
        assert status in (400, 422), bad


def test_hostile_text_is_escaped(site) -> None:
    _, _, body = _get(f"{site.url}/feeds/disputes.atom")
    text = body.decode()
    assert "<script" not in text  # only ever as &lt;script&gt; (escaped twice in content)
    feed = feedparser.parse(body)
    newest = feed.entries[0]
    html = newest.content[0].value
    assert "<script" not in html and "&lt;script&gt;" in html
    related = [ln for ln in newest.links if ln.rel == "related"]
    assert related[0].title == f"Mercy Valley nurses end strike {HOSTILE} & return"
    _, _, body = _get(f"{site.url}/feeds/disputes.json")
    item = json.loads(body)["items"][0]
    assert "<script" not in item["content_html"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; return" in item["content_html"]


def test_unchanged_feed_answers_304(site) -> None:
    status, headers, _ = _get(f"{site.url}/feeds/disputes.atom?state=CA")
    assert status == 200
    status, _, body = _get(f"{site.url}/feeds/disputes.atom?state=CA",
                           {"If-None-Match": headers["etag"]})
    assert status == 304 and body == b""
    status, _, _ = _get(f"{site.url}/feeds/disputes.atom?state=OR",
                        {"If-None-Match": headers["etag"]})
    assert status == 200


def test_dispute_list_advertises_its_feeds(site) -> None:
    _, _, body = _get(f"{site.url}/disputes?state=CA&industry=health_care")
    page = body.decode()
    assert ('<link rel="alternate" type="application/atom+xml" title="Changes to these '
            'disputes (Atom)" href="/feeds/disputes.atom?industry=health_care&amp;state=CA">'
            in page)
    assert 'type="application/feed+json"' in page
    _, _, body = _get(f"{site.url}/disputes?status=")
    assert 'href="/feeds/disputes.atom"' in body.decode()
