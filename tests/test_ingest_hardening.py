"""Ingest hardening (issue 12): ids from the path relative to the folder read, file names that
are not UTF-8, links out of the folder, huge JSON numbers, streamed JSON lists, capped feeds
and gzip bombs, WARC edge cases, pages with too many elements for trafilatura, Rich markup in
``extract``'s skip messages. Every fixture is written here."""
from __future__ import annotations

import gzip
import io
import json
import os
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from picketline.cli import app
from picketline.ingest import htmltext, jsonl, read_file, read_paths
from picketline.ingest.limits import MAX_FEED_ENTRIES
from picketline.model import Article, IngestError
from picketline.pipeline import run_ingest
from picketline.store import Store

NURSES = ("date 2025-02-10 Nurses strike at Harmon Valley\n\nAbout 400 nurses represented by "
          "the Valley Nurses Association walked off the job Monday at Harmon Valley Medical "
          "Center in Fresno, California, demanding safe staffing.\n")
OTHER = NURSES.replace("Harmon Valley", "Cedar Ridge").replace("Fresno", "Modesto")


def split(items) -> tuple[list[Article], list[IngestError]]:
    items = list(items)
    return ([x for x in items if isinstance(x, Article)],
            [x for x in items if isinstance(x, IngestError)])


@pytest.fixture
def store(tmp_path):
    s = Store(f"sqlite:///{tmp_path / 'h.db'}")
    yield s
    s.close()


# --- H5: ids from the path relative to the folder read ----------------------------------------
def test_same_named_files_in_different_folders_are_all_stored(tmp_path, store) -> None:
    root = tmp_path / "m"
    for sub, text in (("a", NURSES), ("b", OTHER)):
        (root / sub).mkdir(parents=True)
        (root / sub / "strike.txt").write_text(text, encoding="utf-8")
    site = root / "news.example" / "2025"
    for slug, text in (("strike-a", NURSES.replace("400", "410")),
                       ("strike-b", OTHER.replace("400", "420"))):
        (site / slug).mkdir(parents=True)
        (site / slug / "index.html").write_text(
            f"<html><head><title>{slug}</title></head><body><article><p>"
            f"{text.split(chr(10), 2)[2]}</p></article></body></html>", encoding="utf-8")
    report = run_ingest([root], store)
    assert (report.added, report.duplicates, report.skipped) == (4, 0, 0)
    assert sorted(a.id for a in store.articles(limit=None)) == [
        "a~strike", "b~strike", "news.example~2025~strike-a~index",
        "news.example~2025~strike-b~index"]
    again = run_ingest([root], store)  # stable across re-runs: nothing new
    assert (again.added, again.duplicates) == (0, 4)
    # only a true copy is a duplicate
    (root / "c").mkdir()
    (root / "c" / "strike.txt").write_text(NURSES, encoding="utf-8")
    third = run_ingest([root], store)
    assert (third.added, third.duplicates) == (0, 5)


def test_files_named_or_at_the_top_keep_their_stem_as_id(tmp_path) -> None:
    (tmp_path / "top.txt").write_text(NURSES, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "deep.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "sub" / "dump.jsonl").write_text('{"text": "Teachers strike"}\n')
    arts, _ = split(read_paths([tmp_path]))
    assert [a.id for a in arts] == ["top", "sub~deep", "sub~dump-1"]
    named, _ = split(read_paths([tmp_path / "sub" / "deep.txt"]))
    assert [a.id for a in named] == ["deep"]


def test_database_with_old_stem_ids_is_not_filled_twice(tmp_path, store) -> None:
    """Before, a file in a subfolder was stored under its bare stem. Re-running the same
    ingest with path ids must not add it again: its content is already stored."""
    root = tmp_path / "news"
    (root / "a").mkdir(parents=True)
    (root / "a" / "strike.txt").write_text(NURSES, encoding="utf-8")
    old = Article(id="strike", text=NURSES, path=str(root / "a" / "strike.txt"), format="txt")
    with store.transaction():
        assert store.add_articles([old])
    report = run_ingest([root], store)
    assert (report.added, report.duplicates) == (0, 1)
    assert [a.id for a in store.articles(limit=None)] == ["strike"]


# --- M1: file names that are not UTF-8 --------------------------------------------------------
@pytest.mark.skipif(sys.platform != "linux", reason="needs a file system that keeps raw bytes")
def test_file_name_not_utf8_is_read_and_stored(tmp_path, store) -> None:
    root = tmp_path / "d"
    root.mkdir()
    (root / "good.txt").write_text(NURSES, encoding="utf-8")
    bad = os.path.join(os.fsencode(root), b"bad-\xff.txt")
    with open(bad, "wb") as fh:
        fh.write(OTHER.encode("utf-8"))
    report = run_ingest([root], store)
    assert (report.added, report.skipped) == (2, 0)
    stored = {a.id: a for a in store.articles(limit=None)}
    assert set(stored) == {"good", "bad-\\xff"}
    assert stored["bad-\\xff"].path.endswith("bad-\\xff.txt")
    json.dumps([a.path for a in stored.values()]).encode("utf-8")  # printable, storable


# --- L1: symbolic links out of the folder -----------------------------------------------------
def test_file_link_out_of_the_folder_is_reported_not_read(tmp_path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("root:x:0:0:root:/root:/bin/bash\n")
    root = tmp_path / "news"
    root.mkdir()
    (root / "story.txt").write_text(NURSES, encoding="utf-8")
    (root / "passwd.txt").symlink_to(outside)
    (root / "alias.txt").symlink_to(root / "story.txt")  # inside: read
    arts, errs = split(read_paths([root]))
    assert sorted(a.id for a in arts) == ["alias", "story"]
    assert [(Path(e.path).name, e.reason) for e in errs] == [
        ("passwd.txt", "symbolic link to a file outside the folder being read (not read)")]
    named, errs = split(read_paths([root / "passwd.txt"]))  # named on purpose: read
    assert [a.id for a in named] == ["passwd"] and not errs


# --- M2: integer literals of thousands of digits ----------------------------------------------
def test_huge_integer_in_a_jsonl_line_costs_only_that_line(tmp_path) -> None:
    p = tmp_path / "big.jsonl"
    p.write_text(json.dumps({"id": "a", "text": "Nurses strike"}) + "\n"
                 + '{"id": "b", "text": "strike", "n": ' + "1" * 5000 + "}\n"
                 + json.dumps({"id": "c", "text": "Teachers strike"}) + "\n")
    arts, errs = split(read_file(p))
    assert [a.id for a in arts] == ["a", "c"]
    assert [e.line for e in errs] == [2]
    assert "line 2" in errs[0].reason and "5,000 digits" in errs[0].reason


def test_huge_integer_in_a_json_list_costs_only_that_item(tmp_path) -> None:
    p = tmp_path / "big.json"
    p.write_text('[{"id": "a", "text": "Nurses strike"}, {"id": "b", "text": "strike", "n": '
                 + "9" * 5000 + '}, {"id": "c", "text": "Teachers strike"}]')
    arts, errs = split(read_file(p))
    assert [a.id for a in arts] == ["a", "c"]
    assert [e.line for e in errs] == [2] and "item 2" in errs[0].reason


# --- M6: .json lists stream, feeds are capped -------------------------------------------------
def test_json_list_streams_item_by_item_past_any_file_limit(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(jsonl, "_CHUNK", 97)  # items straddle many reads
    items = [{"id": f"r{i}", "text": f"Item {i} \u201cquoted\u201d \\ \" [x] {{y}}, " + "w " * 40}
             for i in range(400)]
    items[7] = {"id": "r7", "text": "z" * 3000}  # over the limit: skipped, the rest read
    items[9] = {"id": "r9", "text": "x", "n": [[[[1]]]], "bad": {"t": "]}"}}
    p = tmp_path / "list.json"
    p.write_text(json.dumps(items, ensure_ascii=False, indent=1), encoding="utf-8")
    limit = 2_000
    assert p.stat().st_size > 20 * limit  # far beyond what a whole-file read would allow
    arts, errs = split(read_file(p, max_bytes=limit))
    assert [a.id for a in arts] == [f"r{i}" for i in range(400) if i != 7]
    assert arts[9].text == items[10]["text"]
    assert [(e.line, "over the" in e.reason) for e in errs] == [(8, True)]


def test_malformed_item_in_a_json_list_is_reported_and_the_rest_read(tmp_path) -> None:
    p = tmp_path / "mixed.json"
    p.write_text('[{"id": "a", "text": "one"},\n {"id": "b", "text": tru},\n'
                 ' 7, {"id": "d", "text": "four"}]')
    arts, errs = split(read_file(p))
    assert [a.id for a in arts] == ["a", "d"]
    assert [e.line for e in errs] == [2, 3]
    assert "malformed JSON" in errs[0].reason and "line 2 of the file" in errs[0].reason
    assert "not a JSON object" in errs[1].reason


def test_feed_with_too_many_entries_is_refused_before_parsing(tmp_path) -> None:
    items = "".join(f"<item><title>t{i}</title><description>Nurses strike {i}</description>"
                    f"<guid>g{i}</guid></item>" for i in range(MAX_FEED_ENTRIES + 1))
    p = tmp_path / "huge.rss"
    p.write_text(f"<?xml version='1.0'?><rss version='2.0'><channel><title>x</title>{items}"
                 "</channel></rss>")
    arts, errs = split(read_file(p))
    assert not arts
    assert len(errs) == 1 and f"{MAX_FEED_ENTRIES:,} a feed may hold" in errs[0].reason


def test_feed_file_limit_is_twice_the_article_limit(tmp_path) -> None:
    body = "Nurses strike. " * 200
    p = tmp_path / "f.rss"
    p.write_text("<?xml version='1.0'?><rss version='2.0'><channel><title>x</title>"
                 + "".join(f"<item><guid>g{i}</guid><description>{body}</description></item>"
                           for i in range(5)) + "</channel></rss>")
    size = p.stat().st_size
    assert len(split(read_file(p, max_bytes=size // 2 + 1))[0]) == 5
    arts, errs = split(read_file(p, max_bytes=size // 3))
    assert not arts and "over the" in errs[0].reason


# --- L12: gzip bombs in JSON Lines ------------------------------------------------------------
def test_jsonl_gz_bomb_is_stopped(tmp_path) -> None:
    p = tmp_path / "bomb.jsonl.gz"
    with gzip.open(p, "wb", compresslevel=9) as fh:
        fh.write(json.dumps({"id": "first", "text": "Nurses strike"}).encode() + b"\n")
        fh.write(b" " * 60_000_000)  # 60 MB inflated from about 60 KB (runs of "{}" lines
        # are stopped sooner, by the bad-line run: test_a_run_of_bad_lines_ends_the_file)
    arts, errs = split(read_file(p, max_bytes=100_000))
    assert [a.id for a in arts] == ["first"]
    [bomb] = [e for e in errs if "gzip bomb" in e.reason]
    assert "the rest of the file is not read" in bomb.reason


def test_run_of_blank_lines_ends_the_file(tmp_path) -> None:
    p = tmp_path / "blank.jsonl"
    p.write_bytes(json.dumps({"id": "a", "text": "x"}).encode() + b"\n"
                  + b"\n" * (jsonl.MAX_BLANK_LINES + 5)
                  + json.dumps({"id": "b", "text": "y"}).encode() + b"\n")
    arts, errs = split(read_file(p))
    assert [a.id for a in arts] == ["a"]
    assert len(errs) == 1 and "blank lines" in errs[0].reason


def test_ordinary_gzipped_jsonl_reads_whole(tmp_path) -> None:
    p = tmp_path / "ok.jsonl.gz"
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        for i in range(3000):
            fh.write(json.dumps({"id": f"g{i}", "text": f"Record {i} about a strike. " * 5})
                     + "\n" + "\n" * (i % 3))
    arts, errs = split(read_file(p, max_bytes=10_000))
    assert len(arts) == 3000 and not errs


# --- L10: WARC edge cases ---------------------------------------------------------------------
def _warc_record(uri: str, payload_http: bytes, length: int | None = None) -> bytes:
    n = len(payload_http) if length is None else length
    head = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri.encode()
            + b"\r\nWARC-Date: 2025-02-13T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:"
            + uri.encode().hex()[-12:].encode() + b">\r\nContent-Type: application/http; "
            b"msgtype=response\r\nContent-Length: " + str(n).encode() + b"\r\n\r\n")
    return head + payload_http + b"\r\n\r\n"


def _page(name: str) -> bytes:
    return (f"<html><head><title>{name}</title></head><body><article><p>Nurses at {name} "
            f"Medical Center went on strike Monday, the union said.</p></article></body>"
            f"</html>").encode()


def _http(body: bytes, extra: bytes = b"") -> bytes:
    return b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" + extra + b"\r\n" + body


def test_warc_content_length_of_30_digits_is_a_corrupt_record(tmp_path) -> None:
    p = tmp_path / "clen.warc"
    p.write_bytes(_warc_record("http://a.example/1", _http(_page("Harmon")), int("9" * 30))
                  + _warc_record("http://a.example/2", _http(_page("Secondo"))))
    arts, errs = split(read_file(p))
    assert [a.url for a in arts] == ["http://a.example/2"]
    assert [e.line for e in errs] == [1]
    assert "corrupt record" in errs[0].reason and "Content-Length" in errs[0].reason


def test_warc_payload_inflating_past_the_limit_is_reported_as_too_big(tmp_path) -> None:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9) as gz:
        gz.write(b"<html><body><p>" + b" " * 3_000_000 + _page("Harmon"))
    p = tmp_path / "bomb.warc"
    p.write_bytes(_warc_record("http://a.example/b",
                               _http(buf.getvalue(), b"Content-Encoding: gzip\r\n"))
                  + _warc_record("http://a.example/2", _http(_page("Secondo"))))
    arts, errs = split(read_file(p, max_bytes=1_000_000))
    assert [a.url for a in arts] == ["http://a.example/2"]
    assert len(errs) == 1
    assert "decompressed page is over the 1 MB limit" in errs[0].reason
    assert "truncated" not in errs[0].reason


# --- H4: pages with too many elements for trafilatura ----------------------------------------
def test_page_with_very_many_elements_skips_trafilatura(tmp_path, monkeypatch) -> None:
    calls: list[int] = []
    real = htmltext._trafilatura
    monkeypatch.setattr(htmltext, "_trafilatura",
                        lambda markup, url: calls.append(len(markup)) or real(markup, url))
    big = tmp_path / "p40k.html"
    big.write_text("<html><head><title>Nurses &amp; strike</title></head><body><article>"
                   "<p>Nurses strike at Harmon Valley.</p>"
                   + "<p>x" * (htmltext.MAX_TRAFILATURA_TAGS + 1000) + "</article></body></html>")
    small = tmp_path / "small.html"
    small.write_text(_page("Harmon").decode())
    [a] = split(read_file(big))[0]
    assert calls == []  # the quadratic extractor never saw the big page
    assert a.title == "Nurses & strike" and a.text.startswith("Nurses strike at Harmon Valley.")
    [b] = split(read_file(small))[0]
    assert len(calls) == 1 and "went on strike Monday" in b.text


# --- M3: Rich markup in extract's skip messages -----------------------------------------------
def test_extract_prints_skip_messages_with_markup_as_text(tmp_path) -> None:
    weird = tmp_path / "x" / "["
    weird.mkdir(parents=True)
    (weird / "]e.txt").write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text(NURSES, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(weird / "]e.txt"), str(good),
                                      "--jsonl", str(out)])
    assert result.exit_code == 1, result.output
    assert "[/]e.txt" in result.output and "empty file" in result.output
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["good"]


def test_a_run_of_bad_lines_ends_the_file(tmp_path):
    # a gzip bomb of "{}" lines passed the inflation cap as millions of bad records, each
    # parsed and reported (minutes of work); a file of 10,000 bad lines in a row is not read on
    import gzip
    import json

    from picketline.ingest import read_paths
    from picketline.ingest.jsonl import MAX_BAD_RUN
    from picketline.model import Article, IngestError

    good = json.dumps({"id": "first", "text": "Nurses strike"}).encode() + b"\n"
    p = tmp_path / "bomb.jsonl.gz"
    p.write_bytes(gzip.compress(good + b"{}\n" * (MAX_BAD_RUN * 5) + good.replace(b"first", b"last")))
    items = list(read_paths([p]))
    assert [a.id for a in items if isinstance(a, Article)] == ["first"]
    assert any(f"over {MAX_BAD_RUN:,} bad lines in a row" in str(e)
               for e in items if isinstance(e, IngestError))
    # bad lines between good ones are each reported and the reading goes on
    q = tmp_path / "mixed.jsonl"
    q.write_bytes(good + b"{}\n" * 3 + good.replace(b"first", b"last"))
    assert [a.id for a in read_paths([q]) if isinstance(a, Article)] == ["first", "last"]


def test_named_files_of_one_name_in_different_folders_are_both_stored(tmp_path):
    # H5 for files named on the command line: each keeps its bare stem as id, so a/strike.txt
    # and b/strike.txt (different stories) met as "duplicates" and the second was lost
    from picketline.pipeline import run_ingest
    from picketline.store import Store

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a = tmp_path / "a" / "strike.txt"
    b = tmp_path / "b" / "strike.txt"
    a.write_text("Nurses at Harmon Valley Medical Center went on strike on Monday.\n")
    b.write_text("Bus drivers at Riverside Transit went on strike on Tuesday.\n")
    store = Store(f"sqlite:///{tmp_path / 't.db'}")
    try:
        first = run_ingest([a, b], store, workers=1)
        assert (first.added, first.duplicates) == (2, 0)
        later = tmp_path / "c" / "strike.txt"  # another run, a third story of the same name
        later.parent.mkdir()
        later.write_text("Dockers at the port of Northport walked out on Friday.\n")
        assert run_ingest([later], store, workers=1).added == 1
        again = run_ingest([a, b, later], store, workers=1)  # true copies stay duplicates
        assert (again.added, again.duplicates) == (0, 3)
        ids = sorted(x.id for x in store.articles(limit=None))
        assert len(ids) == 3 and ids[0] == "strike" and all(i.startswith("strike~") for i in ids[1:])
    finally:
        store.close()
