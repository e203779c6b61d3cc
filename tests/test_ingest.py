"""Ingest: every input format from fixtures we wrote, bad input reported with path and reason
while the batch goes on, encodings, size limits, streaming, and the bundled sample corpus."""
from __future__ import annotations

import gzip
import json
import tracemalloc
import zlib
from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from picketline.ingest import count_hint, parse_seed_text, read_file, read_paths
from picketline.ingest.ids import key_id
from picketline.ingest.limits import ENV_VAR, human_size, parse_size
from picketline.model import Article, IngestError, content_hash
from picketline.sample import sample_path

FIX = Path(__file__).parent / "fixtures" / "ingest"


def split(items) -> tuple[list[Article], list[IngestError]]:
    items = list(items)
    return ([x for x in items if isinstance(x, Article)],
            [x for x in items if isinstance(x, IngestError)])


def one(path, **kw) -> Article:
    arts, errs = split(read_file(path, **kw))
    assert not errs, errs
    assert len(arts) == 1
    return arts[0]


# --- formats --------------------------------------------------------------------------------
def test_seed_txt_with_indented_date_line_keeps_whole_text() -> None:
    a = one(FIX / "dated.txt")
    raw = (FIX / "dated.txt").read_text(encoding="utf-8")
    assert a.id == "dated" and a.format == "txt"
    assert a.published == "2024-05-02"
    assert a.title == "Bus drivers in Millbrook vote to authorize a strike"
    assert a.text == raw  # offsets point into the file as written, date line included
    assert a.text.index("12% raise") == raw.index("12% raise")
    assert a.hash == content_hash(raw) and a.path == str(FIX / "dated.txt")


def test_seed_txt_without_date_line() -> None:
    a = one(FIX / "nested" / "undated.txt")
    assert (a.id, a.published, a.title) == ("undated", None, None)
    assert a.text.startswith("Cafeteria workers")


def test_parse_seed_text_api() -> None:
    a = parse_seed_text("date 2023-01-09 Headline here\n\nBody.", "x", "p.txt")
    assert (a.id, a.published, a.title, a.path) == ("x", "2023-01-09", "Headline here", "p.txt")
    b = parse_seed_text("dated 2023-01-09 not a date line\nBody.", "y")
    assert b.published is None and b.title is None
    c = parse_seed_text("date 2023-02-30 impossible day\nBody.", "z")
    assert c.published is None  # not a real date: the extractors infer one instead


def test_html_via_trafilatura() -> None:
    a = one(FIX / "page.html")
    assert a.id == "page" and a.format == "html"
    assert a.title == "Port crane operators strike for a second day"
    assert a.published == "2024-07-09"
    assert a.url == "https://harborgazette.example/2024/07/09/crane-strike"
    assert a.source == "Harbor Gazette"
    assert "About 90 operators are on strike" in a.text
    assert "second day Tuesday" in a.text
    for junk in ("injected by script", "document.write", "onerror", "Sports", "Copyright"):
        assert junk not in a.text


def test_jsonl_ids_dates_and_fields() -> None:
    arts, errs = split(read_file(FIX / "records.jsonl"))
    assert not errs
    assert [a.id for a in arts] == ["rec-1", key_id("https://example.org/b"), "records-4"]
    first, second, third = arts
    assert (first.title, first.source, first.url) == (
        "Grocery clerks walk out", "Example Wire", "https://example.org/a")
    assert first.published == "2024-03-05"  # the date where it was written, not UTC
    assert second.published == "2024-03-06" and second.title is None
    assert third.published is None  # "not a date" is not guessed at
    assert {a.format for a in arts} == {"jsonl"}


def test_json_single_object_and_list() -> None:
    a = one(FIX / "one.json")
    assert (a.id, a.title, a.published, a.format) == ("42", "Single object", "2024-03-07", "json")
    arts, errs = split(read_file(FIX / "many.json"))
    assert [x.id for x in arts] == ["m1", key_id("https://example.org/m3")]
    assert len(errs) == 1 and errs[0].line == 2
    assert errs[0].reason == 'item 2: record has no "text"'


def test_atom_feed_entries() -> None:
    arts, errs = split(read_file(FIX / "feed.atom"))
    assert not errs and len(arts) == 2
    a, b = arts
    assert a.id == key_id("tag:valleylabor.example,2024:entry-1")
    assert b.id == key_id("https://valleylabor.example/2024/08/02/cannery")  # no id: link
    assert a.title == "Orchard pickers stop work over heat"
    assert a.url == "https://valleylabor.example/2024/08/01/orchard-pickers"
    assert a.published == "2024-08-01"  # 23:30 -07:00 stays on the 1st
    assert b.published == "2024-08-02"  # no published date: updated
    assert a.source == "Valley Labor Notes" and a.format == "feed"
    assert "About 200 pickers stopped work Thursday afternoon." in a.text
    assert "shade and water breaks" in a.text
    assert "<" not in a.text and "alert" not in a.text
    assert b.text == "Cannery workers ratified a new contract."


PAGE = """<html><head><title>{title}</title>{meta}</head><body><article><h1>{title}</h1>
<p>{body}</p><p>Union members said talks would resume next week at the county building.</p>
</article><script>steal()</script></body></html>"""


def _warc(path: Path, records: list[tuple], gz: bool = True) -> Path:
    """records: (uri, type, status, content type, body bytes, WARC-Date)."""
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        for uri, rtype, status, ctype, body, date in records:
            http = None
            if rtype == "response":
                http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            elif rtype == "request":
                http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "x.example")],
                                        is_http_request=True)
            rec = w.create_warc_record(uri, rtype, payload=BytesIO(body), length=len(body),
                                       http_headers=http, warc_headers_dict={"WARC-Date": date})
            w.write_record(rec)
    return path


def _page(title: str, body: str, meta: str = "") -> bytes:
    return PAGE.format(title=title, body=body, meta=meta).encode("utf-8")


def _crawl(n: int = 3) -> list[tuple]:
    recs: list[tuple] = [("https://x.example/", "request", "", "", b"", "2024-04-01T00:00:00Z")]
    for i in range(n):
        recs.append((f"https://x.example/story-{i}", "response", "200 OK",
                     "text/html; charset=utf-8",
                     _page(f"Story {i}", f"Dock workers held picket number {i} outside "
                                         f"the terminal gates on Monday morning."),
                     f"2024-04-0{i + 2}T09:00:00Z"))
    return recs


def test_warc_html_responses_only_with_url_and_date_from_record(tmp_path) -> None:
    recs = _crawl(2)
    recs.insert(2, ("https://x.example/logo.png", "response", "200 OK", "image/png",
                    b"\x89PNG\r\n\x1a\n\x00\x00", "2024-04-01T00:00:01Z"))
    recs.append(("https://x.example/gone", "response", "404 Not Found", "text/html",
                  _page("Not found", "Sorry, this page is gone from our site entirely."),
                  "2024-04-09T00:00:00Z"))
    recs.append(("https://x.example/dated", "response", "200 OK", "text/html",
                  _page("Dated", "Nurses rallied outside the hospital on Tuesday afternoon.",
                        '<meta property="article:published_time" content="2024-03-30">'),
                  "2024-04-10T00:00:00Z"))
    path = _warc(tmp_path / "crawl.warc.gz", recs)
    arts, errs = split(read_file(path))
    assert not errs
    assert [a.url for a in arts] == ["https://x.example/story-0", "https://x.example/story-1",
                                     "https://x.example/dated"]
    assert [a.id for a in arts] == [key_id(a.url) for a in arts]
    assert [a.published for a in arts] == ["2024-04-02", "2024-04-03", "2024-03-30"]
    assert arts[0].title == "Story 0" and "picket number 0" in arts[0].text
    assert "steal" not in arts[0].text and {a.format for a in arts} == {"warc"}
    # the same URL read from a JSON Lines dump gets the same id
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"url": "https://x.example/story-0", "text": "x"}) + "\n")
    assert one(dump).id == arts[0].id


def test_uncompressed_warc(tmp_path) -> None:
    arts, errs = split(read_file(_warc(tmp_path / "crawl.warc", _crawl(3), gz=False)))
    assert not errs and len(arts) == 3


@pytest.mark.parametrize("gz", [True, False])
def test_truncated_warc_record_reported_others_kept(tmp_path, gz) -> None:
    path = _warc(tmp_path / ("t.warc.gz" if gz else "t.warc"), _crawl(3), gz=gz)
    data = path.read_bytes()
    path.write_bytes(data[:-120])
    arts, errs = split(read_file(path))
    assert [a.title for a in arts] == ["Story 0", "Story 1"]
    assert len(errs) == 1 and errs[0].path == str(path) and errs[0].line == 4
    assert "truncated record" in errs[0].reason or "corrupt record" in errs[0].reason
    assert "record 4" in errs[0].reason


def _gzip_member_starts(data: bytes) -> list[int]:
    """The offsets of a multi-member gzip file's members, found by inflating each in turn
    (a search for the magic bytes may also hit them inside compressed data: each record
    carries a random WARC-Record-ID, so such a hit came and went between runs)."""
    starts, pos = [], 0
    while pos < len(data):
        starts.append(pos)
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        d.decompress(data[pos:])
        pos = len(data) - len(d.unused_data)
    return starts


def test_corrupt_warc_record_in_the_middle_skipped(tmp_path) -> None:
    path = _warc(tmp_path / "c.warc.gz", _crawl(3))
    data = bytearray(path.read_bytes())
    starts = _gzip_member_starts(bytes(data))
    assert len(starts) == 4  # request + 3 responses, one gzip member each
    for k in range(starts[2] + 20, starts[2] + 60):  # damage story-1's compressed bytes
        data[k] ^= 0xFF
    path.write_bytes(bytes(data))
    arts, errs = split(read_file(path))
    assert [a.title for a in arts] == ["Story 0", "Story 2"]
    assert len(errs) == 1 and "record 3: corrupt record" in errs[0].reason


def test_not_a_warc_file(tmp_path) -> None:
    p = tmp_path / "fake.warc"
    p.write_text("this is not an archive\n" * 10)
    arts, errs = split(read_file(p))
    assert not arts and len(errs) == 1 and "not a WARC file" in errs[0].reason


# --- folders --------------------------------------------------------------------------------
def test_folder_recursive_sorted_hidden_and_unknown_skipped() -> None:
    arts, errs = split(read_paths([FIX]))
    assert [(Path(e.path).name, e.line) for e in errs] == [("many.json", 2)]  # no "text"
    ids = [a.id for a in arts]
    assert "hidden" not in " ".join(ids) and "secret" not in ids
    assert "notes" not in ids  # .md in a folder: passed over quietly
    # files of a folder in name order, then its subfolders
    assert ids[:3] == ["dated", key_id("tag:valleylabor.example,2024:entry-1"),
                       key_id("https://valleylabor.example/2024/08/02/cannery")]
    # a file in a subfolder: its id is its path relative to the folder read
    assert ids.index("m1") < ids.index("nested~undated") < ids.index("nested~deeper~zz-last")
    assert {a.format for a in arts} == {"txt", "html", "jsonl", "json", "feed"}


def test_named_unsupported_or_missing_files_are_reported(tmp_path) -> None:
    arts, errs = split(read_paths([FIX / "nested" / "notes.md", tmp_path / "absent.txt",
                                   FIX / "dated.txt"]))
    assert [a.id for a in arts] == ["dated"]
    assert errs[0].path.endswith("notes.md") and "unsupported file type .md" in errs[0].reason
    assert errs[1].reason == "no such file or folder"


def test_read_paths_takes_a_single_path() -> None:
    assert [a.id for a in read_paths(str(FIX / "dated.txt"))] == ["dated"]


# --- encodings ------------------------------------------------------------------------------
WESTERN = ("date 2024-02-01 Caf\u00e9 workers\u2019 strike\n\n"
           "Se\u00f1ora Pe\u00f1a said \u201cwe will not go back\u201d \u2014 "
           "the caf\u00e9 stayed closed.\n")


def test_cp1252_file_decoded(tmp_path) -> None:
    p = tmp_path / "cp.txt"
    p.write_bytes(WESTERN.encode("cp1252"))
    a = one(p)
    assert a.text == WESTERN and a.title == "Caf\u00e9 workers\u2019 strike"


def test_latin1_file_decoded(tmp_path) -> None:
    text = "date 2024-02-01 Greve\n\nJos\u00e9 Mart\u00ednez, a se\u00f1or at the f\u00e1brica, joined the picket.\n"
    p = tmp_path / "l1.txt"
    p.write_bytes(text.encode("latin-1"))
    assert one(p).text == text


def test_cp1252_html_and_jsonl_line(tmp_path) -> None:
    h = tmp_path / "w.html"
    h.write_bytes(("<html><head><title>Caf\u00e9 strike</title></head><body><p>"
                   + WESTERN.split("\n\n")[1] + "</p></body></html>").encode("cp1252"))
    assert "Se\u00f1ora Pe\u00f1a" in one(h).text
    j = tmp_path / "w.jsonl"
    j.write_bytes(b'{"id": "a", "text": "plain"}\n'
                  + json.dumps({"id": "b", "text": "Pe\u00f1a \u201cno\u201d"},
                               ensure_ascii=False).encode("cp1252") + b"\n")
    arts, errs = split(read_file(j))
    assert not errs and arts[1].text == "Pe\u00f1a \u201cno\u201d"


def test_byte_order_marks(tmp_path) -> None:
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + "date 2024-01-05 BOM headline\n\nBody.\n".encode())
    a = one(p)
    assert a.published == "2024-01-05" and not a.text.startswith("\ufeff")
    q = tmp_path / "u16.txt"
    q.write_bytes("date 2024-01-06 UTF-16 headline\n\nBody \u00e9.\n".encode("utf-16"))
    b = one(q)
    assert b.published == "2024-01-06" and "Body \u00e9." in b.text
    j = tmp_path / "bom.jsonl"
    j.write_bytes(b"\xef\xbb\xbf" + b'{"id": "x", "text": "t"}\n')
    assert one(j).id == "x"


def test_crlf_newlines_normalized(tmp_path) -> None:
    p = tmp_path / "crlf.txt"
    p.write_bytes(b"date 2024-01-05 Windows file\r\n\r\nLine one.\r\nLine two.\r\n")
    a = one(p)
    assert "\r" not in a.text and a.title == "Windows file"


# --- bad input: reported with path and reason, the batch goes on ---------------------------
def test_each_bad_file_reported_and_batch_continues(tmp_path) -> None:
    (tmp_path / "a-good.txt").write_text("date 2024-01-01 Good\n\nFine.\n")
    (tmp_path / "b-empty.txt").write_bytes(b"")
    (tmp_path / "c-blank.html").write_text("  \n\n ")
    (tmp_path / "d-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    (tmp_path / "e-binary.jsonl").write_bytes(b"PK\x03\x04\x00\x00" + bytes(range(256)) * 4)
    (tmp_path / "f-empty.jsonl").write_bytes(b"\n\n")
    (tmp_path / "g-notfeed.xml").write_text("<?xml version='1.0'?><config><a>1</a></config>")
    (tmp_path / "h-badjson.json").write_text('{"text": "x",, }')
    (tmp_path / "i-nohtmltext.html").write_text("<html><head><title>t</title></head>"
                                                "<body><script>x()</script></body></html>")
    (tmp_path / "z-good.txt").write_text("Also fine.\n")
    arts, errs = split(read_paths([tmp_path]))
    assert [a.id for a in arts] == ["a-good", "z-good"]
    reasons = {Path(e.path).name: e.reason for e in errs}
    assert reasons == {
        "b-empty.txt": "empty file",
        "c-blank.html": "empty file",
        "d-binary.txt": "binary file (not text)",
        "e-binary.jsonl": "binary file (not text)",
        "f-empty.jsonl": "empty file",
        "g-notfeed.xml": "not an RSS or Atom feed",
        "h-badjson.json": "line 1: malformed JSON: Expecting property name enclosed in "
                          "double quotes (column 14)",
        "i-nohtmltext.html": "no article text found in the HTML",
    }
    assert all(e.path.startswith(str(tmp_path)) for e in errs)
    assert str(errs[0]).startswith(str(tmp_path / "b-empty.txt") + ": ")


def test_bad_lines_in_the_middle_of_a_jsonl(tmp_path) -> None:
    p = tmp_path / "mixed.jsonl"
    p.write_bytes(b"\n".join([
        b'{"id": "one", "text": "first"}',
        b'{"id": "two", "text": "second" "oops"}',
        b'{"id": "three", "title": "no text"}',
        b'["not", "an", "object"]',
        b'{"id": "five", "text": "   "}',
        b'{"id": "six", "text": 6}',
        b'{"id": "bin", "text": "nul\x00byte"}',
        b'{"id": "eight", "text": "last"}',
    ]) + b"\n")
    arts, errs = split(read_file(p))
    assert [a.id for a in arts] == ["one", "eight"]
    assert [(e.line, e.reason) for e in errs] == [
        (2, "line 2: malformed JSON: Expecting ',' delimiter (column 32)"),
        (3, 'line 3: record has no "text"'),
        (4, "line 4: not a JSON object (got list)"),
        (5, 'line 5: "text" is empty'),
        (6, 'line 6: "text" is not a string (got int)'),
        (7, "line 7: binary data (not text)"),
    ]
    assert all(e.path == str(p) for e in errs)
    assert str(errs[0]) == f"{p}:2: line 2: malformed JSON: Expecting ',' delimiter (column 32)"


def test_many_bad_lines_listed_up_to_a_cap(tmp_path) -> None:
    p = tmp_path / "noisy.jsonl"
    good = json.dumps({"text": "ok"})
    p.write_text("\n".join(["{bad"] * 250 + [good]) + "\n")
    arts, errs = split(read_file(p))
    assert len(arts) == 1 and arts[0].id == "noisy-251"
    assert len(errs) == 201
    assert errs[-1].reason == "50 more bad lines not listed (250 in all)"


def test_gzipped_jsonl(tmp_path) -> None:
    p = tmp_path / "dump.jsonl.gz"
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        for i in range(3):
            fh.write(json.dumps({"id": f"g{i}", "text": f"record {i}"}) + "\n")
    assert [a.id for a in read_file(p)] == ["g0", "g1", "g2"]


def test_hostile_and_deeply_nested_html(tmp_path) -> None:
    p = tmp_path / "hostile.html"
    p.write_text("<html><body>" + "<div>" * 3000
                 + "<p>Strikers marched <script>evil()</script>downtown on Friday.</p>"
                 + '<img src=x onerror="alert(1)"><a href="javascript:alert(2)">link</a>'
                 + "</div>" * 3000 + "</body></html>")
    a = one(p)
    assert "Strikers marched" in a.text and "downtown on Friday." in a.text
    assert "evil" not in a.text and "onerror" not in a.text and "javascript" not in a.text


# --- limits ---------------------------------------------------------------------------------
def test_oversized_article_refused_with_the_limit(tmp_path) -> None:
    (tmp_path / "big.txt").write_text("word " * 1_300_000)  # 6.5 MB
    (tmp_path / "small.txt").write_text("A short article.\n")
    arts, errs = split(read_paths([tmp_path]))
    assert [a.id for a in arts] == ["small"]
    assert errs[0].reason == ("article is 6.5 MB, over the 5 MB limit "
                              "(PICKETLINE_MAX_ARTICLE_BYTES)")
    arts, errs = split(read_paths([tmp_path], max_bytes=4000))
    assert [a.id for a in arts] == ["small"]
    assert "4,000 bytes limit" in errs[0].reason


def test_limit_from_environment(tmp_path, monkeypatch) -> None:
    (tmp_path / "mid.txt").write_text("x" * 3000)
    monkeypatch.setenv(ENV_VAR, "2KB")
    arts, errs = split(read_paths([tmp_path]))
    assert not arts and "over the 2,000 bytes limit" in errs[0].reason
    monkeypatch.setenv(ENV_VAR, "lots")
    with pytest.raises(ValueError, match=ENV_VAR):
        list(read_paths([tmp_path]))


def test_size_helpers() -> None:
    assert parse_size("5MB") == 5_000_000 and parse_size("500k") == 500_000
    assert parse_size("1.5 MB") == 1_500_000 and parse_size("123") == 123
    assert human_size(6_200_000) == "6.2 MB" and human_size(5_000_000) == "5 MB"
    assert human_size(4000) == "4,000 bytes"


def test_jsonl_limit_is_per_record(tmp_path) -> None:
    p = tmp_path / "big.jsonl"
    with open(p, "w") as fh:
        fh.write(json.dumps({"id": "before", "text": "small"}) + "\n")
        fh.write(json.dumps({"id": "huge", "text": "y" * 50_000}) + "\n")
        fh.write(json.dumps({"id": "after", "text": "small"}) + "\n")
        for i in range(200):
            fh.write(json.dumps({"id": f"r{i}", "text": "z" * 900}) + "\n")
    assert p.stat().st_size > 200_000  # the file is far over the limit; its records are not
    arts, errs = split(read_file(p, max_bytes=10_000))
    assert len(arts) == 202 and arts[0].id == "before" and arts[1].id == "after"
    assert [(e.line, e.reason) for e in errs] == [
        (2, "line 2: record is 50,026 bytes, over the 10,000 bytes limit "
            "(PICKETLINE_MAX_ARTICLE_BYTES)")]


def test_warc_limit_is_per_record(tmp_path) -> None:
    recs = _crawl(2)
    recs.insert(2, ("https://x.example/huge", "response", "200 OK", "text/html",
                    _page("Huge", "word " * 20_000), "2024-04-05T00:00:00Z"))
    arts, errs = split(read_file(_warc(tmp_path / "big.warc.gz", recs), max_bytes=20_000))
    assert [a.title for a in arts] == ["Story 0", "Story 1"]
    assert len(errs) == 1 and "record 3 (https://x.example/huge)" in errs[0].reason
    assert "over the 20,000 bytes limit" in errs[0].reason


# --- streaming ------------------------------------------------------------------------------
def _write_jsonl(path: Path, n: int, start: int = 0) -> None:
    with open(path, "a", encoding="utf-8") as fh:
        for i in range(start, start + n):
            fh.write(json.dumps({"id": f"s{i}", "text": f"Article {i}. " + "news " * 60}) + "\n")


def test_jsonl_is_read_lazily(tmp_path) -> None:
    p = tmp_path / "stream.jsonl"
    _write_jsonl(p, 2000)  # ~650 KB
    gen = read_paths([p])
    assert next(gen).id == "s0"
    _write_jsonl(p, 5, start=2000)  # appended after reading began: still read
    rest = list(gen)
    assert len(rest) == 2004 and rest[-1].id == "s2004"


def test_jsonl_streams_in_bounded_memory(tmp_path) -> None:
    p = tmp_path / "large.jsonl"
    _write_jsonl(p, 40_000)  # ~13 MB
    size = p.stat().st_size
    assert size > 10_000_000
    tracemalloc.start()
    try:
        n = 0
        for item in read_paths([p]):
            assert isinstance(item, Article)
            n += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert n == 40_000
    assert peak < size / 10, f"peak {peak:,} bytes for a {size:,}-byte file"


def test_count_hint(tmp_path) -> None:
    _write_jsonl(tmp_path / "a.jsonl", 25)
    (tmp_path / "b.txt").write_text("x\n")
    (tmp_path / "c.html").write_text("<p>x</p>")
    (tmp_path / "skip.md").write_text("x")
    assert count_hint([tmp_path]) == 27
    assert count_hint([FIX / "feed.atom"]) == 2
    assert count_hint([tmp_path / "nothing-here"]) is None


# --- the bundled sample corpus --------------------------------------------------------------
def test_sample_corpus_reads_cleanly_in_every_format() -> None:
    arts, errs = split(read_paths([sample_path()]))
    assert not errs, errs
    assert len(arts) >= 14
    assert {a.format for a in arts} == {"txt", "html", "jsonl", "warc", "feed"}
    assert len({a.id for a in arts}) == len(arts) and len({a.hash for a in arts}) == len(arts)
    undated = [a.id for a in arts if a.published is None]
    assert undated == ["teachers-picket-day-two"]
    assert all(a.text.strip() and "<" not in a.text for a in arts)
    readme = (sample_path() / "README.md").read_text(encoding="utf-8")
    for a in arts:  # the answer key names every article (by id, or by URL/guid)
        assert a.id in readme or (a.url and a.url in readme) or a.format == "feed", a.id
    assert count_hint([sample_path()]) >= 14


def test_sample_warc_matches_its_builder(tmp_path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_warc",
                                                  sample_path() / "build_warc.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    out = mod.build(tmp_path / "rebuilt.warc.gz")
    assert out.read_bytes() == (sample_path() / "web-archive.warc.gz").read_bytes()


# --- absurd input ---------------------------------------------------------------------------
def test_200_mb_file_refused_without_reading_it(tmp_path) -> None:
    p = tmp_path / "enormous.txt"
    with open(p, "wb") as fh:  # sparse: costs no disk
        fh.truncate(200_000_000)
    tracemalloc.start()
    try:
        arts, errs = split(read_paths([p]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert not arts and errs[0].reason.startswith("article is 200 MB, over the 5 MB limit")
    assert peak < 1_000_000


def test_overlong_jsonl_line_is_skipped_in_chunks(tmp_path) -> None:
    p = tmp_path / "oneline.jsonl"
    p.write_bytes(b'{"id": "ok1", "text": "a"}\n{"text": "' + b"x" * 300_000 + b'"}\n'
                  + b'{"id": "ok2", "text": "b"}')  # last line has no newline
    arts, errs = split(read_file(p, max_bytes=1000))
    assert [a.id for a in arts] == ["ok1", "ok2"]
    assert errs[0].line == 2 and "record is 300,012 bytes" in errs[0].reason


@pytest.mark.parametrize("value", ["99999-01-01", "0001-01-01", "2024-13-45", "yesterday",
                                   "", "2024-02-30", "Mon, 99 Foo 2024", 20240101, None])
def test_absurd_metadata_dates_are_dropped(tmp_path, value) -> None:
    p = tmp_path / "d.jsonl"
    p.write_text(json.dumps({"id": "d", "published": value, "text": "t"}) + "\n")
    assert one(p).published is None


from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

from picketline.ingest.decode import NotText, decode_bytes  # noqa: E402
from picketline.ingest.when import iso_date  # noqa: E402


@given(st.binary(max_size=2000))
@settings(max_examples=150, deadline=None)
def test_decoder_never_crashes(data) -> None:
    try:
        text, enc = decode_bytes(data)
    except NotText as e:
        assert str(e)
    else:
        assert isinstance(text, str) and "\r" not in text and enc


@given(st.text(max_size=60))
@settings(max_examples=300, deadline=None)
def test_metadata_date_parser_gives_iso_or_none(s) -> None:
    d = iso_date(s)
    assert d is None or (len(d) == 10 and d[4] == "-" and 1800 <= int(d[:4]) <= 2200)


@given(st.lists(st.one_of(st.binary(max_size=200), st.text(max_size=200).map(str.encode),
                          st.builds(lambda t, i: json.dumps({"id": i, "text": t}).encode(),
                                    st.text(max_size=50), st.integers())),
                max_size=20))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_jsonl_reader_never_raises(tmp_path, lines) -> None:
    p = tmp_path / "fuzz.jsonl"
    p.write_bytes(b"\n".join(x.replace(b"\n", b" ") for x in lines) + b"\n")
    for item in read_file(p):
        assert isinstance(item, (Article, IngestError))
        if isinstance(item, IngestError):
            assert item.path == str(p) and item.reason
