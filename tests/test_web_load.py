"""The web app under concurrent reads and review writes, over real HTTP on loopback.

uvicorn serves ``picketline.web.create_app`` in its own process over a temporary SQLite
database holding a few disputes (built by ingesting articles written here); 20 client threads
then mix page and API reads with corrections posted to the JSON API for a bounded time
(``$PICKETLINE_LOAD_SECONDS``, default 10). Asserted: no 5xx and no connection error, every
correction that got a 2xx is in the audit trail afterwards (none lost, none doubled), and each
field shows the last correction made to it. Traffic goes only to 127.0.0.1; every loop is
bounded in time and in count.
"""
from __future__ import annotations

import json
import os
import random
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest

from picketline.pipeline import run_ingest
from picketline.store import Store

CLIENTS = 20
SECONDS = float(os.environ.get("PICKETLINE_LOAD_SECONDS", "10"))
MAX_REQUESTS_PER_CLIENT = 5_000
TOKEN = "load-test-token"

ARTICLES = {
    "harbor-sanitation": ("2024-04-08", "Sanitation workers strike", "About 640 sanitation workers represented by the "
                          "Municipal Employees Union Local 7 walked off the job on Monday at "
                          "the city of Harbor Point, Oregon, demanding a 12% raise."),
    "harbor-sanitation-2": ("2024-04-10", "Sanitation strike enters day three", "The sanitation strike in Harbor Point, Oregon, "
                            "entered its third day on Wednesday as Municipal Employees Union "
                            "Local 7 said 640 workers remained on the picket line."),
    "kettle-lockout": ("2024-04-10", "Mill locks out workers", "Kettle Creek Mills locked out 210 production workers in "
                       "Dayton, Ohio, on Wednesday after they rejected a contract that froze "
                       "pensions, the Grain Millers union said."),
    "ridgeway-nurses": ("2024-05-02", "Nurses strike at Ridgeway", "About 1,300 nurses at Ridgeway Medical Center in "
                        "Tacoma, Washington, went on strike Thursday, the Washington Nurses "
                        "Guild said, over staffing and pay."),
    "bayline-drivers": ("2024-05-20", "Bus drivers strike", "Bus drivers for Bayline Transit in Mobile, Alabama, "
                        "walked out on Monday, and about 300 members of Transit Workers Union "
                        "Local 12 picketed the main garage."),
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def loaded_db(tmp_path: Path) -> tuple[str, list[str], list[str]]:
    src = tmp_path / "in"
    src.mkdir()
    for stem, (day, title, body) in ARTICLES.items():
        (src / f"{stem}.txt").write_text(f"date {day} {title}\n\n{body}\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'web.db'}"
    with Store(url) as st:
        report = run_ingest([src], st)
        assert report.errors == []
        disputes = [d["id"] for d in st.disputes(limit=100)]
        articles = [a.id for a in st.articles(limit=None)]
    assert len(disputes) >= 3, disputes
    return url, disputes, articles


_SERVE = """
import sys, uvicorn
from picketline.web import create_app
uvicorn.run(create_app(sys.argv[1], sys.argv[2]), host="127.0.0.1", port=int(sys.argv[3]),
            log_level="warning", access_log=False)
"""


@pytest.fixture
def server(loaded_db, tmp_path):
    url, disputes, articles = loaded_db
    port = _free_port()
    log = open(tmp_path / "server.log", "w+")
    proc = subprocess.Popen([sys.executable, "-c", _SERVE, url, TOKEN, str(port)],
                            stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            assert proc.poll() is None, (tmp_path / "server.log").read_text()
            try:
                if httpx.get(f"{base}/api/disputes", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.2)
        yield base, url, disputes, articles
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=30)
        log.seek(0)
        server_log = log.read()
        log.close()
        print(server_log[-3000:])


def _reads(disputes: list[str], articles: list[str]) -> list[str]:
    out = ["/", "/disputes", "/disputes?status=ongoing", "/articles", "/api/disputes",
           "/api/disputes?limit=2&offset=1", "/api/disputes?q=union&sort=start_date",
           "/api/articles", "/api/facts", "/api/export.csv", "/openapi.json",
           "/api/disputes/no-such-dispute"]
    out += [f"/disputes/{d}" for d in disputes] + [f"/api/disputes/{d}" for d in disputes]
    out += [f"/articles/{a}" for a in articles] + [f"/api/articles/{a}" for a in articles]
    return out


def test_concurrent_reads_and_corrections_lose_nothing(server) -> None:
    base, url, disputes, articles = server
    reads = _reads(disputes, articles)
    stop_at = time.monotonic() + SECONDS
    lock = threading.Lock()
    accepted: list[dict] = []  # corrections that got a 2xx
    statuses: Counter = Counter()
    failures: list[str] = []
    latencies: list[float] = []

    def client(n: int) -> None:
        rng = random.Random(n)
        headers = {"Authorization": f"Bearer {TOKEN}"}
        with httpx.Client(base_url=base, timeout=120) as http:
            for i in range(MAX_REQUESTS_PER_CLIENT):
                if time.monotonic() >= stop_at:
                    return
                t = time.perf_counter()
                try:
                    if rng.random() < 0.25:
                        d = rng.choice(disputes)
                        value = n * 1_000_000 + i + 2  # unique per request
                        body = {"field": "participants", "new_value": value,
                                "author": f"client-{n}"}
                        if rng.random() < 0.2:
                            body = {"field": "status", "action": "confirm",
                                    "author": f"client-{n}"}
                        r = http.post(f"/api/disputes/{d}/corrections", json=body,
                                      headers=headers)
                        if 200 <= r.status_code < 300:
                            with lock:
                                accepted.append({"dispute": d, **body})
                        elif r.status_code != 422:
                            with lock:
                                failures.append(f"POST {d}: {r.status_code} {r.text[:200]}")
                    else:
                        path = rng.choice(reads)
                        r = http.get(path)
                        if r.status_code >= 500 or (r.status_code >= 400 and
                                                    "no-such" not in path):
                            with lock:
                                failures.append(f"GET {path}: {r.status_code} {r.text[:200]}")
                    with lock:
                        statuses[r.status_code] += 1
                        latencies.append(time.perf_counter() - t)
                except httpx.HTTPError as e:
                    with lock:
                        failures.append(f"{type(e).__name__}: {e}")

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(CLIENTS)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=SECONDS + 300)
    elapsed = time.perf_counter() - started
    assert not any(t.is_alive() for t in threads), "a client hung"

    total = sum(statuses.values())
    latencies.sort()
    p95 = latencies[int(len(latencies) * 0.95)] if latencies else 0
    print(f"\n{CLIENTS} clients, {elapsed:.1f} s: {total} requests "
          f"({total / elapsed:.0f}/s), {len(accepted)} corrections accepted, "
          f"p95 latency {p95 * 1000:.0f} ms, statuses {dict(statuses)}")
    assert failures == [], failures[:10]
    assert total > CLIENTS and accepted, "the load test did no work"

    # every accepted correction is in the audit trail exactly once; nothing else is there
    with Store(url) as st:
        trail = [c for d in disputes for c in st.corrections(target="dispute", target_id=d)]
        got = Counter((c["target_id"], c["field"], c["action"], c["author"],
                       json.dumps(c["new_value"]) if c["action"] == "correct" else None)
                      for c in trail)
        want = Counter((a["dispute"], a["field"], a.get("action", "correct"), a["author"],
                        json.dumps(a["new_value"]) if "new_value" in a else None)
                       for a in accepted)
        assert got == want
        # the last correction of a field wins, in the store and in the API
        for d in disputes:
            mine = [c for c in st.corrections(target="dispute", target_id=d)
                    if c["field"] == "participants" and c["action"] == "correct"]
            if not mine:
                continue
            api = httpx.get(f"{base}/api/disputes/{d}", timeout=60).json()
            assert api["participants"] == mine[-1]["new_value"], d
            assert api["audit_trail"][-1]["id"] == st.corrections(
                target="dispute", target_id=d)[-1]["id"]
