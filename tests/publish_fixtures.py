"""What the publishing tests share (issue 16 part 2): two batches of our own articles about
one strike (it starts; then it ends with a new offer and more workers), a webhook receiver
and the web app, both real HTTP servers on 127.0.0.1."""
from __future__ import annotations

import datetime as dt
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from support import WebServer, free_port  # noqa: F401  (re-exported for the publish tests)

HOSTILE = "<script>alert(1)</script>"


def write_batches(folder: Path, today: dt.date | None = None) -> tuple[Path, Path]:
    """Two JSONL files of one article each, dated three days and one day before ``today``
    (so the status as of today is what they report). The second's title carries markup."""
    today = today or dt.date.today()
    d1 = (today - dt.timedelta(days=3)).isoformat()
    d2 = (today - dt.timedelta(days=1)).isoformat()
    start = {
        "id": "mv-start", "url": "https://news.example/mercy-valley-strike",
        "source": "Valley Ledger", "published": d1,
        "title": "Nurses strike at Mercy Valley Hospital in Sacramento",
        "text": "SACRAMENTO, Calif. - About 600 nurses represented by the California Nurses "
                "Association walked off the job at Mercy Valley Hospital, beginning an "
                "open-ended strike over staffing and pay.\nThe union is demanding a 20% raise "
                "over three years. Mercy Valley Hospital has offered 8% over three years.\n"
                "\"We are out here for our patients,\" said a nurse on the picket line."}
    end = {
        "id": "mv-end", "url": "https://news.example/mercy-valley-deal",
        "source": "Valley Ledger", "published": d2,
        "title": f"Mercy Valley nurses end strike {HOSTILE} & return",
        "text": "SACRAMENTO, Calif. - The strike by 1,200 nurses represented by the "
                "California Nurses Association at Mercy Valley Hospital ended after the "
                "hospital offered a 14% raise over three years.\nNurses returned to work, the "
                "union said. The California Nurses Association had demanded a 20% raise over "
                "three years."}
    folder.mkdir(parents=True, exist_ok=True)
    first, second = folder / "first.jsonl", folder / "second.jsonl"
    first.write_text(json.dumps(start) + "\n")
    second.write_text(json.dumps(end) + "\n")
    return first, second


def write_other(folder: Path, today: dt.date | None = None) -> Path:
    """One article about another dispute, in another state and industry."""
    today = today or dt.date.today()
    art = {"id": "bus-lockout", "url": "https://news.example/bus", "source": "Harbor Times",
           "published": (today - dt.timedelta(days=2)).isoformat(),
           "title": "Portland Transit locks out 300 bus drivers",
           "text": "PORTLAND, Ore. - Portland Transit locked out 300 bus drivers represented "
                   "by Amalgamated Transit Union Local 757 on Tuesday after talks over a new "
                   "contract broke down."}
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / "other.jsonl"
    p.write_text(json.dumps(art) + "\n")
    return p


class Receiver:
    """A webhook receiver on 127.0.0.1: records each POST (headers, body) and answers with
    the next status of ``statuses`` (the last one repeats)."""

    def __init__(self, statuses: tuple[int, ...] = (200,), port: int | None = None) -> None:
        self.statuses = list(statuses)
        self.requests: list[dict] = []
        self.lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                n = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(n)
                with outer.lock:
                    outer.requests.append({"path": self.path, "headers": dict(self.headers),
                                           "body": body})
                    status = outer.statuses.pop(0) if len(outer.statuses) > 1 else \
                        outer.statuses[0]
                self.send_response(status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", port or 0), Handler)
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> "Receiver":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)

    def bodies(self) -> list[dict]:
        return [json.loads(r["body"]) for r in self.requests]
