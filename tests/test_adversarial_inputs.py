"""Property test: generated adversarial inputs for every reader (HTML with many elements or
deep nesting, long lines, JSON with huge literals or deep nesting, gzip bombs scaled down,
feeds of many entries) are each read, or refused with a reason naming the file, within a
generous bound. The exact figures for the full-size inputs are in
``benchmarks/adversarial.py``."""
from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from picketline.ingest import read_file
from picketline.model import Article, IngestError

BOUND_S = 60.0  # per input, on a loaded machine: generous by design

tags = st.sampled_from(["p", "i", "div", "span", "li", "td", "b"])


@st.composite
def html_page(draw) -> tuple[str, bytes]:
    kind = draw(st.sampled_from(["siblings", "nested", "unclosed", "long-line", "attrs"]))
    tag = draw(tags)
    n = draw(st.integers(1, 60_000))
    body = {"siblings": f"<{tag}>x</{tag}>" * n,
            "nested": f"<{tag}>" * n + "x" + f"</{tag}>" * n,
            "unclosed": f"<{tag}>x" * n,
            "long-line": "Nurses strike " * n,
            "attrs": f'<{tag} a="{"v" * 50}">x' * (n // 4 + 1)}[kind]
    page = f"<html><head><title>t</title></head><body><article><p>Nurses strike.</p>{body}" \
           "</article></body></html>"
    return "page.html", page.encode()


@st.composite
def json_lines(draw) -> tuple[str, bytes]:
    kind = draw(st.sampled_from(["huge-int", "deep", "long-string", "many-blank", "mixed"]))
    n = draw(st.integers(1, 20_000))
    good = json.dumps({"id": "ok", "text": "Teachers strike"})
    bad = {"huge-int": '{"id": "b", "text": "x", "n": ' + "7" * (4000 + n) + "}",
           "deep": "[" * (n * 5) + "]" * (n * 5),
           "long-string": json.dumps({"id": "s", "text": "strike " * n}),
           "many-blank": "\n" * (n * 10),
           "mixed": '{"id": 1e999999, "text": [' * min(n, 3000)}[kind]
    if draw(st.booleans()):
        return "f.jsonl", f"{good}\n{bad}\n{good.replace('ok', 'ok2')}\n".encode()
    if kind == "mixed":  # unclosed brackets: in a JSON list the rest of the file is inside
        # the broken item, so only what comes before it can be read
        return "g.json", f"[{good}, {bad}, {good.replace('ok', 'ok2')}]".encode()
    return "f.json", f"[{good}, {bad}, {good.replace('ok', 'ok2')}]".encode()


@st.composite
def gz_bomb(draw) -> tuple[str, bytes]:
    n = draw(st.integers(1, 40))
    filler = draw(st.sampled_from([b"\n", b" ", b"{}\n", b"0"]))
    data = json.dumps({"id": "first", "text": "Nurses strike"}).encode() + b"\n" \
        + filler * (n * 500_000)
    return "bomb.jsonl.gz", gzip.compress(data, compresslevel=9)


@st.composite
def feed(draw) -> tuple[str, bytes]:
    n = draw(st.integers(1, 8_000))
    items = "".join(f"<item><guid>g{i}</guid><description>strike {i}</description></item>"
                    for i in range(n))
    return "f.rss", (f"<?xml version='1.0'?><rss version='2.0'><channel><title>x</title>"
                     f"{items}</channel></rss>").encode()


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(case=st.one_of(html_page(), json_lines(), gz_bomb(), feed()))
def test_adversarial_input_is_read_or_refused_within_a_generous_bound(tmp_path, case) -> None:
    name, data = case
    p = tmp_path / name
    p.write_bytes(data)
    t0 = time.monotonic()
    items = list(read_file(p, max_bytes=5_000_000))
    elapsed = time.monotonic() - t0
    assert elapsed < BOUND_S, f"{name} ({len(data):,} bytes) took {elapsed:.1f} s"
    assert items
    for item in items:
        assert isinstance(item, (Article, IngestError))
        if isinstance(item, IngestError):
            assert item.path == str(p) and item.reason
    ids = [a.id for a in items if isinstance(a, Article)]
    if name.startswith("f.json"):  # the good records around the bad one are always read
        assert ids[0] == "ok" and ids[-1] == "ok2"
    elif name == "g.json":  # the record before the unclosed item is read, the rest reported
        assert ids[:1] == ["ok"] and any(isinstance(i, IngestError) for i in items)
