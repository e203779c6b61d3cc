"""``picketline watch``: follow feeds, news sitemaps and URL lists and ingest what they
publish (a thin skin over :class:`picketline.watch.Watcher`)."""
from __future__ import annotations

import json
import signal
import threading
from datetime import datetime, timezone
from pathlib import Path

import typer
from rich.live import Live
from rich.text import Text

from .app import DB_HELP, app, console, err_console, fail, open_store, safe


def _status(w, sources: int, started: datetime) -> Text:
    t = w.total
    due = w.next_wakeup()
    when = "now"
    if due is not None:
        secs = (due - datetime.now(timezone.utc)).total_seconds()
        when = "now" if secs <= 0 else f"in {secs:,.0f} s"
    return Text(f"watching {sources} source{'s' if sources != 1 else ''} · polls {t.polls} "
                f"({t.not_modified} unchanged) · queued {t.queued} · fetched {t.fetched} · "
                f"stored {t.stored} ({t.labor} labor) · errors "
                f"{t.poll_errors + t.item_errors} · next {when}")


@app.command()
def watch(
    urls: list[str] = typer.Argument(None, help="Feed, sitemap or URL-list addresses."),
    sources_file: Path = typer.Option(None, "--sources", "-s",
                                      help="A sources file (TOML, or one URL a line)."),
    db: str = typer.Option(None, "--db", help=DB_HELP),
    once: bool = typer.Option(False, "--once",
                              help="Poll what is due, fetch what is queued, and exit."),
    interval: str = typer.Option("10m", "--interval",
                                 help="How often each source on the command line is polled "
                                      "(600, 90s, 10m, 1h)."),
    kind: str = typer.Option("auto", "--kind",
                             help="What the URLs on the command line are: auto, feed, "
                                  "sitemap, urls."),
    allow_private: bool = typer.Option(False, "--allow-private",
                                       help="Also fetch private and loopback addresses "
                                            "(an intranet, tests)."),
    timeout: float = typer.Option(20.0, "--timeout", min=0.1,
                                  help="Seconds a request may wait for the server."),
    host_interval: float = typer.Option(1.0, "--host-interval", min=0.0,
                                        help="Seconds between two requests to one host."),
    max_bytes: int = typer.Option(None, "--max-bytes", min=1,
                                  help="Refuse article pages larger than this many bytes."),
    batch: int = typer.Option(20, "--batch", min=1,
                              help="Articles fetched and stored per batch (one transaction)."),
    as_json: bool = typer.Option(False, "--json",
                                 help="Print what was done as JSON on stdout at the end."),
) -> None:
    """Follow news sources and ingest new and edited articles as `ingest` does.

    Sources are RSS/Atom feeds, news sitemaps (or sitemap indexes) and plain lists of
    article URLs, given on the command line or in a sources file (--sources). Each source is
    polled on its own interval with conditional requests; new and edited items are fetched
    (robots.txt honoured, one request per host a second, timeouts and size limits) and
    stored, linked and reported exactly as `picketline ingest` does. The state lives in the
    database: a restart goes on where it stopped, and several watchers may share one
    PostgreSQL database. Stops cleanly between items on Ctrl-C or SIGTERM.

    Exit code: 0 done (or stopped by SIGTERM), 1 with --once when something failed (each
    listed on stderr), 2 bad usage (no sources, a bad sources file, no database), 130
    interrupted.
    """
    from ..ingest.limits import max_article_bytes
    from ..watch import SourcesError, Watcher, load_sources, make_source

    sources = []
    try:
        if sources_file is not None:
            sources += load_sources(sources_file)
        for url in urls or []:
            sources.append(make_source(url, kind=kind, interval=interval,
                                       where="command line"))
        max_article_bytes(max_bytes)
    except (SourcesError, ValueError) as e:
        fail(str(e))
    if not sources:
        fail("no sources: give feed, sitemap or URL-list addresses, or --sources FILE")
    sources = list({s.url: s for s in sources}.values())
    store = open_store(db, create=True)
    stop = threading.Event()
    interrupted = []

    def on_signal(signum, _frame) -> None:
        if signum == signal.SIGINT:
            if interrupted:  # a second Ctrl-C: stop now
                raise KeyboardInterrupt
            interrupted.append(True)
        stop.set()

    old = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    live_ok = err_console.is_terminal and not once

    try:
        w = Watcher(store, sources, allow_private=allow_private, timeout=timeout,
                    host_interval=host_interval, max_bytes=max_bytes, batch=batch, stop=stop)
    except Exception as e:  # noqa: BLE001 - e.g. a database that refuses the writes
        store.close()
        fail(f"cannot start watching: {e}")
    started = datetime.now(timezone.utc)
    try:
        if live_ok:
            with Live(_status(w, len(sources), started), console=err_console,
                      refresh_per_second=2, transient=False) as live:
                w.on_event = lambda k, text: live.console.print(
                    f"[yellow]{k}[/] {safe(text)}" if k == "error" else safe(text))
                ticker = threading.Thread(target=_tick, args=(live, w, len(sources), started,
                                                               stop), daemon=True)
                ticker.start()
                w.run()
                live.update(_status(w, len(sources), started))
        else:
            def log(k: str, text: str) -> None:
                err_console.print(f"[yellow]{k}:[/] {safe(text)}" if k == "error"
                                  else safe(text))

            w.on_event = log
            w.run(once=once)
    except KeyboardInterrupt:
        interrupted.append(True)
    finally:
        for s, h in old.items():
            signal.signal(s, h)
        w.close()
        store.close()
    total = w.total
    if as_json:
        print(json.dumps(total.to_dict(), ensure_ascii=False, indent=2))
    elif not live_ok:
        console.print(f"polls {total.polls} ({total.not_modified} unchanged, "
                      f"{total.poll_errors} failed) · queued {total.queued} · fetched "
                      f"{total.fetched} · stored {total.stored} ({total.labor} labor) · "
                      f"duplicates {total.duplicates} · item errors {total.item_errors} · "
                      f"disputes new {total.disputes_new}, updated {total.disputes_updated}")
    if interrupted:
        err_console.print(f"interrupted: {total.stored:,} articles stored; run it again to "
                          "go on where it stopped")
        raise typer.Exit(130)
    if once and (total.poll_errors or total.item_errors):
        raise typer.Exit(1)


def _tick(live: Live, w, n: int, started: datetime, stop: threading.Event) -> None:
    while not stop.wait(1.0):
        try:
            live.update(_status(w, n, started))
        except Exception:  # noqa: BLE001 - the status line is cosmetic
            pass
