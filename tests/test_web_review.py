"""Web review defects fixed in pages (docs/web-review.md), over the bundled sample ingested by
the real pipeline (with the seed articles when ../shared is beside the checkout) and served
by the real app: an article page shows a seed file's
``date YYYY-MM-DD Headline`` line as its title, not as copy; evidence quotes leave that header
out; evidence links open the article at the highlighted passage (defect 16)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from picketline.pipeline import run_ingest
from picketline.store import Store
from picketline.web import create_app

SAMPLE = Path(__file__).resolve().parents[1] / "picketline" / "data" / "sample"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"  # read if there


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('review') / 'r.db'}"
    with Store(url) as st:
        run_ingest([SAMPLE] + ([SEEDS] if SEEDS.is_dir() else []), st)
        disputes = [d["id"] for d in st.disputes(limit=None)]
    with TestClient(create_app(url, token=None)) as c:
        yield c, disputes


def test_a_seed_files_date_line_is_the_title_not_the_first_paragraph(site):
    client, _ = site
    page = client.get("/articles/teachers-impasse").text
    text = re.search(r'<div class="article-text" id="article-text">(.*?)</div>', page, re.S)
    assert text is not None
    assert not re.match(r"\s*date 20\d\d-", text.group(1))
    assert "date 2025-" not in text.group(1)
    assert '<h1 id="article-title">' in page and "<mark" in text.group(1)
    # every highlight still has its anchor in the fact list, at offsets into the whole file
    for anchor in re.findall(r'<a href="#(ev-\d+)">', page):
        assert f'id="{anchor}"' in page


def test_evidence_quotes_drop_the_header_and_link_to_the_passage(site):
    client, disputes = site
    links = 0
    for did in disputes:
        page = client.get(f"/disputes/{did}").text
        for quote in re.findall(r"<q>(.*?)</q>", page, re.S):
            assert not re.match(r"\s*date \d{4}-\d{2}-\d{2} ", quote), (did, quote)
        for href in re.findall(r'href="(/articles/[^"#]+#ev-\d+)"', page):
            article = client.get(href.split("#")[0]).text
            assert f'id="{href.split("#")[1]}"' in article, href
            links += 1
    assert links >= 10


def test_untitled_articles_are_called_by_their_first_words_not_their_ids(site, tmp_path):
    """Defect 18: an article with no title (a seed file without its date line) is shown by
    its first words in the dispute's article list, in evidence links and on the articles
    list, never as its id."""
    from picketline.web.present import article_label
    assert article_label(None, "date 2024-01-02 \n", "txt") is None
    assert article_label(None, "date 2024-01-02 Head\nOne two three four five six seven "
                         "eight nine ten", "txt") == "One two three four five six seven eight nine …"
    assert article_label("  Title ", "x") == "Title"
    url = f"sqlite:///{tmp_path / 'u.db'}"
    body = ("Workers at the Pine Hollow Sawmill went on strike Monday, members of United "
            "Woodworkers Local 31 said, seeking a 9% raise. About 200 workers walked out.")
    (tmp_path / "pine-hollow.txt").write_text(body, encoding="utf-8")
    with Store(url) as st:
        run_ingest([tmp_path / "pine-hollow.txt"], st)
        (did,) = [d["id"] for d in st.disputes(limit=None)]
    with TestClient(create_app(url, token=None)) as c:
        page = c.get(f"/disputes/{did}").text
        listed = c.get("/articles").text
    label = "Workers at the Pine Hollow Sawmill went on strike …"
    assert f'<a href="/articles/pine-hollow">{label}</a>' in page
    assert ">pine-hollow<" not in page
    assert label in listed and ">pine-hollow<" not in listed


def test_pages_carry_sharing_tags(site):
    """Defect 23: a page shared in a chat or a post shows its title and description."""
    client, disputes = site
    page = client.get(f"/disputes/{disputes[0]}").text
    title = re.search(r"<title>(.*?) · picketline</title>", page).group(1)
    assert f'<meta property="og:title" content="{title}">' in page
    assert '<meta property="og:description" content="' in page


def test_a_dispute_known_by_its_country_shows_where_it_is():
    """Defect 21: the UK doctors' dispute had no place chip and an empty Place cell; the
    place is city, state and, outside the US, the country."""
    from picketline.web.present import place_text
    assert place_text({"city": None, "state": None, "country": "GB"}) == "United Kingdom"
    assert place_text({"location": {"city": "Toronto", "state": "ON", "country": "CA"}}) == \
        "Toronto, ON, Canada"
    assert place_text({"city": "Spokane", "state": "WA", "country": "US"}) == "Spokane, WA"
    assert place_text({"country": "ZZ"}) == "ZZ" and place_text(None) == ""


def test_procedure_steps_quote_each_passage_once(site):
    """Defect 5: a step's evidence listed the same sentence twice (once as an event, once as
    a bargaining step read from it)."""
    client, disputes = site
    for did in disputes:
        d = client.get(f"/api/disputes/{did}").json()
        for stage in (d.get("process") or {}).get("stages") or []:
            keys = [(e.get("article_id"), e.get("sentence")) for e in stage.get("evidence") or []
                    if e.get("sentence")]
            assert len(keys) == len(set(keys)), (did, stage["id"])
