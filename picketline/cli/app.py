"""The Typer application every command module registers on, and what the commands share:
the consoles, one-line errors, opening the database, checking filter values, text from
articles made safe for a terminal, and tables that stay readable in a narrow terminal."""
from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, NoReturn, Sequence

import typer
from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

if TYPE_CHECKING:
    from ..store import Store

app = typer.Typer(
    name="picketline",
    help="Turn news articles into a sourced database of labor disputes.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
# Tables printed to a pipe or a file (not a terminal) get room to breathe: 140 columns unless
# $COLUMNS says otherwise.
_PIPE_WIDTH = None if sys.stdout.isatty() or os.environ.get("COLUMNS") else 140
console = Console(width=_PIPE_WIDTH)
# Messages are never hard-wrapped (Rich would break them at 80 columns when stderr is not a
# terminal, splitting a path or a row number across lines of a log).
err_console = Console(stderr=True, soft_wrap=True)

# (no word longer than the narrowest help column, so that help never cuts one short)
DB_HELP = ("Database: a SQLite file or a URL (sqlite:////abs/x.db, postgresql://host/db). "
           "Default: $PICKETLINE_DB, else picketline.db in $PICKETLINE_HOME (by default the "
           "picketline folder of ~/.local/share).")


def db_url(value: str | None) -> str | None:
    """The --db option, falling back to $PICKETLINE_DB (the store resolves the default)."""
    return value or os.environ.get("PICKETLINE_DB") or None


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            v = version("picketline")
        except PackageNotFoundError:  # running from a source tree that is not installed
            v = "unknown"
        from ..versions import extractor_version

        print(f"picketline {v} (extractor {extractor_version()})")
        raise typer.Exit()


class _NotAnInterrupt:
    """A logging filter that drops a library's report of a Ctrl-C (a record whose exception
    is a KeyboardInterrupt): SQLAlchemy's pool logs "Exception during reset or similar" with
    a traceback when the interrupt lands while it returns a connection, and then re-raises
    it; the command then says what was committed, in one line."""

    @staticmethod
    def filter(record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, KeyboardInterrupt)


def quiet_interrupts() -> None:
    """Ctrl-C is answered by the command in one line, never by a library's traceback: the
    database library's log records of the interrupt are dropped (its other warnings and
    errors still print, as Python prints them by default), and so are interrupts that land
    in a finalizer ("Exception ignored in ...")."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(message)s"))
    handler.addFilter(_NotAnInterrupt())
    log = logging.getLogger("sqlalchemy")
    if not any(isinstance(f, _NotAnInterrupt) for h in log.handlers for f in h.filters):
        log.addHandler(handler)
    default_hook = sys.unraisablehook

    def unraisable(info: Any) -> None:
        if not isinstance(info.exc_value, KeyboardInterrupt):
            default_hook(info)

    sys.unraisablehook = unraisable


@app.callback()
def _root(version: bool = typer.Option(False, "--version", is_eager=True, callback=_version,
                                       help="Print picketline's version and its "
                                            "extractor's, and exit.")) -> None:
    """picketline: a sourced database of labor disputes, built from news."""


def reflow_help(typer_app: typer.Typer) -> None:
    """Give every command of ``typer_app`` (and of its sub-apps) its docstring as help text
    with each paragraph on one line, so that help screens wrap paragraphs to the terminal's
    width instead of keeping the source's line breaks. Called once all commands are
    registered (:mod:`picketline.cli`)."""
    import inspect

    for cmd in typer_app.registered_commands:
        if cmd.help is None and cmd.callback is not None and cmd.callback.__doc__:
            paragraphs = inspect.cleandoc(cmd.callback.__doc__).split("\n\n")
            cmd.help = "\n\n".join(" ".join(p.split()) for p in paragraphs)
    for group in typer_app.registered_groups:
        if group.typer_instance is not None:
            reflow_help(group.typer_instance)


# --- text that came from articles -------------------------------------------------------------
# C0 controls but tab and newline, DEL, and C1 controls: an article title carrying ESC or OSC
# sequences must not set the terminal's title, clear the screen or forge output.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: Any) -> str:
    """``text`` as a string without terminal control characters (tabs become spaces)."""
    return _CONTROL.sub("", str(text).replace("\t", " "))


def safe(text: Any) -> str:
    """``text`` ready for Rich: control characters removed, markup escaped."""
    return escape(clean(text))


# --- errors -------------------------------------------------------------------------------------
def one_line(exc: BaseException) -> str:
    """An exception's message on one line (a database driver's, not SQLAlchemy's wrapper with
    its SQL and its link to the documentation)."""
    inner = getattr(exc, "orig", None) or exc
    text = " ".join(str(inner).split()) or type(inner).__name__
    return text


def fail(message: str, code: int = 2) -> NoReturn:
    """Print ``error: message`` (one line) on stderr and exit with ``code``."""
    err_console.print(f"[red]error:[/] {safe(message)}")
    raise typer.Exit(code)


def open_store(db: str | None, *, create: bool = False) -> "Store":
    """The store at ``--db`` (else ``$PICKETLINE_DB``, else the default). ``create``: the
    command writes, and may create the database and its folder; commands that only read
    never create a file or a folder, and say so when the database is not there. A bad URL, a
    missing database or an unreachable server: one line on stderr and exit 2."""
    from ..store import Store
    from ..store.engine import DatabaseURLError, resolve_url, safe_url

    try:
        url = resolve_url(db_url(db), create=create)
    except DatabaseURLError as e:
        fail(str(e))
    try:
        return Store(url)
    except Exception as e:  # noqa: BLE001 - unreachable server, not a database, bad driver
        fail(f"cannot open the database {safe_url(url)}: {one_line(e)}")


def check_inputs(paths: Iterable[Path], max_bytes: int | None = None) -> None:
    """Exit 2 with a clear message for a missing path or a malformed size limit
    (``--max-bytes`` / ``$PICKETLINE_MAX_ARTICLE_BYTES``), before any work starts."""
    from ..ingest.limits import extract_timeout, max_article_bytes

    missing = [p for p in paths if not Path(p).exists()]
    for p in missing:
        err_console.print(f"[red]error:[/] {safe(p)}: no such file or folder")
    if missing:
        raise typer.Exit(2)
    try:
        max_article_bytes(max_bytes)
        extract_timeout()
    except ValueError as e:
        fail(str(e))


def check_output(path: Path | None) -> None:
    """Exit 2 with one line when ``--output``/``--jsonl`` cannot be written: its folder is
    missing, or it is a folder."""
    if path is None:
        return
    p = Path(path)
    if p.is_dir():
        fail(f"{p}: is a folder; give a file name")
    if not p.parent.is_dir():
        fail(f"{p}: no such folder {p.parent} (create it first)")


def open_output(path: Path, newline: str | None = None):
    """``path`` opened for writing, or exit 2 with one line saying why it cannot be."""
    try:
        return open(path, "w", encoding="utf-8", newline=newline)
    except OSError as e:
        fail(f"cannot write {path}: {e.strerror or e}")


# --- filter values --------------------------------------------------------------------------
def check_date(option: str, value: str | None) -> str | None:
    """``value`` if it is a calendar date written YYYY-MM-DD, else exit 2 saying so."""
    if value is None:
        return None
    v = value.strip()
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            raise ValueError
        dt.date.fromisoformat(v)
    except ValueError:
        fail(f"{option} {value!r} is not a date: write YYYY-MM-DD, e.g. 2025-03-01")
    return v


def check_choice(option: str, value: str | None, choices: Sequence[str]) -> str | None:
    """``value`` folded to the vocabulary (any case; spaces and hyphens as underscores), else
    exit 2 naming the values allowed."""
    if value is None:
        return None
    v = re.sub(r"[\s-]+", "_", value.strip().lower())
    if v not in choices:
        fail(f"{option} {value!r} is not one of: {', '.join(choices)}")
    return v


def check_state(value: str | None) -> str | None:
    """A two-letter state code in upper case, else exit 2."""
    if value is None:
        return None
    v = value.strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", v):
        fail(f"--state {value!r} is not a two-letter state code (e.g. CA, NY)")
    return v


# --- tables -----------------------------------------------------------------------------------
class Col:
    """A column of :func:`fitted_table`. ``kind``: ``text`` wraps at spaces (at least
    ``min_width`` wide); ``token`` (ids, dates, statuses) and ``number`` (right-aligned) are
    never wrapped or split. ``drop``: columns with the highest value are left out first when
    the table would not fit the terminal (0: always kept)."""

    def __init__(self, header: str, kind: str = "text", drop: int = 0, min_width: int = 10):
        self.header, self.kind, self.drop, self.min_width = header, kind, drop, min_width


def fitted_table(title: str, cols: list[Col], rows: list[list[str]],
                 width: int | None = None) -> Table:
    """A table that fits ``width`` (default: the console's): columns that cannot fit are left
    out (named in the caption), ids, dates and numbers stay whole, text wraps at spaces."""
    width = width or console.width
    keep = list(range(len(cols)))

    def cell_width(i: int) -> int:
        c = cols[i]
        longest = max([len(c.header)] + [max(map(len, (r[i] or "").split("\n")), default=0)
                                         for r in rows])
        return longest if c.kind != "text" else min(longest, max(c.min_width, len(c.header)))

    def needed(idx: list[int]) -> int:
        return sum(cell_width(i) for i in idx) + 3 * len(idx) + 1  # borders and padding

    dropped = []
    while needed(keep) > width:
        candidates = [i for i in keep if cols[i].drop > 0]
        if not candidates:
            break
        worst = max(candidates, key=lambda i: cols[i].drop)
        keep.remove(worst)
        dropped.append(cols[worst].header)
    caption = (f"hidden at {width} columns: {', '.join(dropped)} (--json or a wider "
               "terminal shows them)") if dropped else None
    table = Table(title=title, caption=caption, box=box.SQUARE, header_style="bold")
    for i in keep:
        c = cols[i]
        if c.kind == "text":
            table.add_column(c.header, overflow="fold", min_width=min(c.min_width, cell_width(i)))
        else:
            table.add_column(c.header, no_wrap=True, min_width=cell_width(i),
                             justify="right" if c.kind == "number" else "left")
    for r in rows:
        table.add_row(*(r[i] for i in keep))
    return table
