"""Build ``web-archive.warc.gz`` of the sample corpus from the pages written below.

    .venv/bin/python picketline/data/sample/build_warc.py

The archive looks like a small crawl: a warcinfo record, request/response pairs for two
news pages, and records the ingest must pass over (an image, a 404 page, crawl metadata).
Record ids and dates are fixed, so rebuilding gives the same bytes. The pages are original
copy about fictional disputes written for picketline (see README.md in this folder).
"""
from __future__ import annotations

import uuid
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

OUT = Path(__file__).with_name("web-archive.warc.gz")

LOCKOUT_RALLY = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Kessler lockout enters second week as union files labor charge - Lorain Journal-Courier</title>
<meta property="og:site_name" content="Lorain Journal-Courier">
</head><body>
<div class="masthead">Lorain Journal-Courier | Business | Subscribe for $1</div>
<article>
<h1>Kessler lockout enters second week as union files labor charge</h1>
<p>LORAIN, Ohio — Several hundred locked-out foundry workers and their families rallied outside
Kessler Pump &amp; Valve Co. on Monday as the lockout entered its second week with no talks
scheduled.</p>
<p>International Brotherhood of Foundry and Machine Workers Local 88 filed an unfair
labor practice charge on Friday with the National Labor Relations Board, which accuses the
company of bargaining in bad faith and of hiring temporary replacement workers before talks had
reached an impasse.</p>
<p>"They want us hungry enough to take 8%," Local 88 president Ray Dombrowski told the crowd,
standing on a flatbed trailer. "We are asking for 15% over three years, and for our health
care to stay affordable. That's it."</p>
<p>Kessler said it has hired about 120 temporary workers through a staffing firm and that the
foundry is running at roughly half of its normal output. The company denied the union's
allegations and said its final offer "remains on the table."</p>
<p>The lockout began March 9 and idles some 640 hourly workers. Ohio does not pay unemployment
benefits to workers during a labor dispute, but the union is paying $300 a week from its
strike fund to members who picket at least four hours.</p>
<figure><figcaption>Jenna Dombrowski, 9, holds a sign reading "Let my dad work" at Monday's
rally. (Journal-Courier photo)</figcaption></figure>
</article>
<script>trackPageView();</script>
</body></html>
"""

HOTEL_STRIKE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Silver Sage housekeepers stage 24-hour strike in Reno | Sierra Dispatch</title>
<meta property="article:published_time" content="2025-03-20T08:00:00-07:00">
<meta property="og:site_name" content="Sierra Dispatch">
</head><body>
<nav>Home / Local / Business</nav>
<main><article>
<h1>Silver Sage housekeepers stage 24-hour strike in Reno</h1>
<p>RENO, Nev. — About 450 housekeepers, cooks and bellhops at the Silver Sage Resort and Casino
walked off the job at 6 a.m. Wednesday for a 24-hour strike, the first at a downtown Reno
casino in more than a decade.</p>
<p>The workers are members of Local 413 of the Nevada Hospitality Workers Union (NHWU), which
has been negotiating a first contract with the resort's owner, Truckee Meadows Gaming LLC, since
workers voted to unionize in 2023.</p>
<p>The union says room attendants are assigned up to 17 rooms a shift and wants that cut to 13,
along with a raise of $3 an hour in the first year. The company has offered 75 cents.</p>
<p>"We clean the rooms that pay for this building," said Rosa Delgado, a room attendant for
11 years. "We are asking to be able to do it without getting hurt."</p>
<p>Truckee Meadows Gaming said the hotel remained open with managers covering shifts and that
it would continue to bargain in good faith. Workers planned to return Thursday morning.</p>
</article></main>
<footer>Sierra Dispatch &copy; 2025</footer>
</body></html>
"""

NOT_FOUND = """<!DOCTYPE html><html><head><title>Page not found</title></head>
<body><h1>404</h1><p>Sorry, we couldn't find that story.</p></body></html>"""

# 1x1 transparent PNG
PIXEL = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082")


def _id(n: int) -> str:
    return f"<urn:uuid:{uuid.UUID(int=0x5A3B1E00 + n)}>"


def build(out: Path = OUT) -> Path:
    n = 0

    def write(writer, uri, rtype, payload: bytes, date: str, http=None, ctype=None):
        nonlocal n
        n += 1
        headers = {"WARC-Date": date, "WARC-Record-ID": _id(n)}
        rec = writer.create_warc_record(uri, rtype, payload=BytesIO(payload),
                                        length=len(payload), http_headers=http,
                                        warc_content_type=ctype, warc_headers_dict=headers)
        writer.write_record(rec)

    def response(writer, uri, status, ctype, body: bytes, date: str):
        http = StatusAndHeaders(status, [("Content-Type", ctype),
                                         ("Content-Length", str(len(body)))],
                                protocol="HTTP/1.1")
        write(writer, uri, "response", body, date, http=http)

    def request(writer, uri, date):
        path = "/" + uri.split("/", 3)[3]
        http = StatusAndHeaders(f"GET {path} HTTP/1.1",
                                [("Host", uri.split("/")[2]), ("User-Agent", "picketline-sample")],
                                is_http_request=True)
        write(writer, uri, "request", b"", date, http=http)

    with open(out, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        info = b"software: picketline sample builder\r\nformat: WARC File Format 1.1\r\n"
        write(w, None, "warcinfo", info, "2025-03-18T15:00:00Z", ctype="application/warc-fields")
        u1 = "https://lorainjournal.example/business/kessler-lockout-second-week"
        request(w, u1, "2025-03-18T15:20:00Z")
        response(w, u1, "200 OK", "text/html; charset=utf-8", LOCKOUT_RALLY.encode(),
                 "2025-03-18T15:20:00Z")
        response(w, "https://lorainjournal.example/img/rally.png", "200 OK", "image/png", PIXEL,
                 "2025-03-18T15:20:01Z")
        response(w, "https://lorainjournal.example/business/old-story", "404 Not Found",
                 "text/html; charset=utf-8", NOT_FOUND.encode(), "2025-03-18T15:20:02Z")
        u2 = "https://sierradispatch.example/local/silver-sage-housekeepers-strike"
        request(w, u2, "2025-03-20T16:45:00Z")
        response(w, u2, "200 OK", "text/html; charset=utf-8", HOTEL_STRIKE.encode(),
                 "2025-03-20T16:45:00Z")
        write(w, u2, "metadata", b"outlinks: https://sierradispatch.example/local\r\n",
              "2025-03-20T16:45:01Z", ctype="application/warc-fields")
    return out


if __name__ == "__main__":
    print(build())
