"""The CLI as a newcomer meets it: one-line errors (never hard-wrapped) with exit 2 for a bad
or missing database in every command, read-only commands that create nothing, checked filter
values, clear messages for the usual mistakes (an output folder that does not exist, files of
an unsupported type, Ctrl-C, a busy port), tables that stay readable at 80 columns, text from
articles stripped of terminal control characters, ``--version`` and ``-h``.

Real components throughout: the real extractor and SQLite, the CLI through Typer's runner and
as a real process."""
from __future__ import annotations

import json
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from picketline.cli import app, dispute_cmds
from picketline.model import ACTION_TYPES, INDUSTRIES, STATUSES

from support import cli

TEACHERS = """date 2025-03-03 Alder Creek teachers strike over pay

Teachers at Alder Creek Unified School District in Fresno, California, went on strike Monday.
About 2,400 members of the Alder Creek Teachers Association walked off the job after talks
over pay and class sizes broke down. The union is demanding a 12% raise; the district has
offered 5%.
"""
NURSES = """date 2025-04-07 Birchwood nurses locked out

Birchwood General Hospital in Toledo, Ohio, locked out 900 nurses on Monday after members of
Ohio Nurses Union Local 44 rejected a contract offer. The hospital said the lockout would
continue until a new agreement is ratified.
"""
TEACHERS_DAY_3 = """date 2025-03-05 Alder Creek strike enters third day

The strike by the Alder Creek Teachers Association against Alder Creek Unified School District
in Fresno, California, entered its third day Wednesday, with about 2,400 teachers on picket
lines. Mediation is scheduled for Thursday.
"""
# a port that is taken, so that a `serve` that wrongly got past its database check ends
_BUSY = socket.socket()
_BUSY.bind(("127.0.0.1", 0))
_BUSY.listen()
READ_ONLY = [["disputes"], ["articles"], ["show", "x-2025-01"], ["export"], ["db", "info"],
             ["serve", "--port", str(_BUSY.getsockname()[1])]]


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def run(*args: str, columns: int | None = None, **kw) -> subprocess.CompletedProcess:
    """The installed ``picketline`` as a real process (stdout and stderr are pipes)."""
    env = {**os.environ, **kw.pop("env", {})}
    env.pop("COLUMNS", None)
    if columns:
        env["COLUMNS"] = str(columns)
    return subprocess.run(cli(*args), capture_output=True, text=True, env=env, timeout=300,
                          **kw)


def one_error_line(stderr: str) -> str:
    """The message of a failed command: exactly one line, starting ``error:``."""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), stderr
    return lines[0]


@pytest.fixture(scope="module")
def filled(tmp_path_factory) -> str:
    """A SQLite database with two disputes: a teachers' strike in CA (education) and a
    nurses' lockout in OH (health care)."""
    folder = tmp_path_factory.mktemp("news")
    (folder / "teachers.txt").write_text(TEACHERS, encoding="utf-8")
    (folder / "nurses.txt").write_text(NURSES, encoding="utf-8")
    db = f"sqlite:///{folder / 'filled.db'}"
    r = invoke("ingest", str(folder), "--db", db)
    assert r.exit_code == 0, r.output
    return db


def dispute_ids(db: str, *args: str) -> list[str]:
    r = invoke("disputes", "--db", db, "--json", *args)
    assert r.exit_code == 0, r.output
    return [d["id"] for d in json.loads(r.stdout)["disputes"]]


# --- errors on one line ---------------------------------------------------------------------
def test_error_lines_are_never_hard_wrapped(tmp_path) -> None:
    """Rich wraps at 80 columns when stderr is not a terminal; an error naming a long path
    (a CI temp folder) must stay one line that grep can find."""
    deep = tmp_path / ("a-rather-long-folder-name-" * 4) / "no-such-articles-folder"
    p = run("ingest", str(deep), "--db", f"sqlite:///{tmp_path / 'x.db'}")
    assert p.returncode == 2
    assert one_error_line(p.stderr) == f"error: {deep}: no such file or folder"


@pytest.mark.parametrize("url", ["nosuchdialect://x", "postgresql://u@host:notaport/db",
                                 "postgresql://nobody:pw@127.0.0.1:1/nodb"])
@pytest.mark.parametrize("cmd", READ_ONLY + [["ingest", "."], ["db", "upgrade"],
                                             ["cost", "--roster", "r.csv", "--dispute", "x"]])
def test_bad_or_unreachable_database_is_one_line_and_exit_2(tmp_path, monkeypatch, cmd,
                                                             url) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.csv").write_text("classification,headcount,hourly_wage,annual_hours\n"
                                    "clerk,10,20,2080\n", encoding="utf-8")
    r = invoke(*cmd, "--db", url)
    assert r.exit_code == 2, r.output
    line = one_error_line(r.stderr)
    assert "database" in line and "Traceback" not in r.output
    assert "pw@" not in line  # the password is never shown


@pytest.mark.parametrize("cmd", READ_ONLY + [["cost", "--roster", "r.csv", "--dispute", "x"]])
def test_read_only_commands_create_no_file_or_folder(tmp_path, monkeypatch, cmd) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.csv").write_text("classification,headcount,hourly_wage,annual_hours\n"
                                    "clerk,10,20,2080\n", encoding="utf-8")
    before = sorted(tmp_path.rglob("*"))
    # three slashes: relative to the current folder (the newcomer meant an absolute path)
    r = invoke(*cmd, "--db", "sqlite:///tmp/newcomer/x.db")
    assert r.exit_code == 2
    line = one_error_line(r.stderr)
    assert f"no database at {tmp_path / 'tmp/newcomer/x.db'}" in line
    assert "sqlite:////tmp/newcomer/x.db is absolute" in line
    r = invoke(*cmd, "--db", f"sqlite:///{tmp_path / 'no/such/dir/x.db'}")
    assert r.exit_code == 2 and "no database at" in one_error_line(r.stderr)
    assert sorted(tmp_path.rglob("*")) == before


def test_default_database_missing_says_how_to_make_one(picketline_home) -> None:
    r = invoke("disputes")
    assert r.exit_code == 2
    assert "nothing stored yet" in one_error_line(r.stderr) and "ingest" in r.stderr
    assert not picketline_home.exists()  # not even the folder


def test_bare_file_path_is_a_sqlite_database(tmp_path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "teachers.txt").write_text(TEACHERS, encoding="utf-8")
    plain = tmp_path / "plain.db"
    assert invoke("ingest", str(tmp_path / "in"), "--db", str(plain)).exit_code == 0
    assert plain.is_file()
    assert len(dispute_ids(str(plain))) == 1
    assert len(dispute_ids(f"sqlite:///{plain}")) == 1  # the same database


# --- filters ------------------------------------------------------------------------------
@pytest.mark.parametrize("args, allowed", [
    (["--status", "bogus"], ", ".join(getattr(dispute_cmds, "STATUS_CHOICES", STATUSES))),
    (["--action-type", "walkout"], ", ".join(ACTION_TYPES)),
    (["--industry", "mining"], ", ".join(INDUSTRIES)),
    (["--state", "california"], "two-letter state code"),
    (["--since", "March"], "YYYY-MM-DD"),
    (["--since", "2025-13-45"], "YYYY-MM-DD"),
    (["--until", "yesterday"], "YYYY-MM-DD"),
    (["--sort", "bogus"], "start_date, end_date"),
])
def test_bad_filter_values_say_what_is_allowed(filled, args, allowed) -> None:
    for cmd in (["disputes"], ["export"])[:1 if args[0] == "--sort" else 2]:
        r = invoke(*cmd, "--db", filled, *args)
        assert r.exit_code == 2, (cmd, args, r.output)
        assert allowed in one_error_line(r.stderr) and repr(args[1]) in r.stderr


def test_articles_dates_are_checked(filled) -> None:
    r = invoke("articles", "--db", filled, "--since", "garbage")
    assert r.exit_code == 2 and "YYYY-MM-DD" in one_error_line(r.stderr)


def test_filter_values_are_case_folded(filled) -> None:
    ca = dispute_ids(filled, "--state", "CA")
    assert len(ca) == 1
    assert dispute_ids(filled, "--state", "ca") == ca
    assert dispute_ids(filled, "--industry", "Education") == ca
    assert dispute_ids(filled, "--industry", "Health Care") == dispute_ids(filled, "--state", "OH")
    assert dispute_ids(filled, "--action-type", "STRIKE") == ca
    r = invoke("disputes", "--db", filled, "--json", "--state", "ca")
    status = json.loads(r.stdout)["disputes"][0]["status"]
    assert ca[0] in dispute_ids(filled, "--status", status.title())


def test_query_matches_the_initials_in_a_dispute_id(filled) -> None:
    (ca,) = dispute_ids(filled, "--state", "CA")
    initials = ca.split("-")[0]  # e.g. "acusd" for Alder Creek Unified School District
    assert initials.lower() not in "alder creek unified school district"
    assert dispute_ids(filled, "-q", initials.upper()) == [ca]


def test_sort_direction(filled) -> None:
    def employers(*args):
        r = invoke("disputes", "--db", filled, "--json", *args)
        return [d["employer"] for d in json.loads(r.stdout)["disputes"]]

    up = employers("--sort", "employer")
    assert up == sorted(up) and len(up) == 2  # names: A to Z
    assert employers("--sort", "-employer") == up[::-1]
    assert employers("--sort", "+employer") == up

    def workers(*args):
        r = invoke("disputes", "--db", filled, "--json", *args)
        return [d["participants"] for d in json.loads(r.stdout)["disputes"]]

    assert workers("--sort", "participants") == [2400, 900]  # numbers: largest first
    assert workers("--sort", "+participants") == [900, 2400]


def test_unknown_dispute_is_said_and_similar_ids_suggested(filled) -> None:
    r = invoke("articles", "--db", filled, "--dispute", "nope")
    assert r.exit_code == 1 and "no dispute nope" in one_error_line(r.stderr)
    (ca,) = dispute_ids(filled, "--state", "CA")
    prefix = ca.split("-")[0]
    r = invoke("show", prefix, "--db", filled)
    assert r.exit_code == 1
    assert f"no dispute {prefix}; did you mean {ca}?" in one_error_line(r.stderr)


# --- messages for the usual mistakes ----------------------------------------------------------
def test_output_into_a_missing_folder_is_one_line(filled, tmp_path) -> None:
    target = tmp_path / "no" / "such" / "dir" / "out.json"
    r = invoke("export", "--format", "json", "--db", filled, "-o", str(target))
    assert r.exit_code == 2
    assert f"no such folder {target.parent}" in one_error_line(r.stderr)
    r = invoke("export", "--db", filled, "-o", str(tmp_path))
    assert r.exit_code == 2 and "is a folder" in one_error_line(r.stderr)
    (tmp_path / "t.txt").write_text(TEACHERS, encoding="utf-8")
    r = invoke("extract", str(tmp_path / "t.txt"), "--jsonl", str(target))
    assert r.exit_code == 2 and "no such folder" in one_error_line(r.stderr)
    assert not target.parent.exists()


def test_ingest_summary_counts_disputes_and_files_of_unsupported_types(tmp_path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "teachers.txt").write_text(TEACHERS, encoding="utf-8")
    (news / "nurses.txt").write_text(NURSES, encoding="utf-8")
    (news / "contract.pdf").write_bytes(b"%PDF-1.4")
    (news / "memo.docx").write_bytes(b"PK")
    (news / "notes.pdf").write_bytes(b"%PDF-1.4")
    (news / ".hidden.pdf").write_bytes(b"%PDF-1.4")  # hidden files are not counted
    db = f"sqlite:///{tmp_path / 'x.db'}"
    r = invoke("ingest", str(news), "--db", db, "--json")
    assert r.exit_code == 0, r.output
    report = json.loads(r.stdout)
    assert (report["disputes_new"], report["disputes_updated"]) == (2, 0)
    assert "ignored 3 files with unsupported types (.pdf ×2, .docx ×1)" in r.stderr
    more = tmp_path / "more"
    more.mkdir()
    (more / "day3.txt").write_text(TEACHERS_DAY_3, encoding="utf-8")
    r = invoke("ingest", str(more), "--db", db)
    assert r.exit_code == 0 and "ignored" not in r.stderr
    head, row = [ln for ln in r.stdout.splitlines() if "│" in ln or "┃" in ln][:2]
    cells = dict(zip((c.strip() for c in head.split("┃")[1:-1]),
                     (c.strip() for c in row.split("│")[1:-1])))
    assert (cells["disputes new"], cells["updated"]) == ("0", "1")


@pytest.mark.slow
def test_ctrl_c_says_how_many_articles_were_committed_and_a_rerun_resumes(tmp_path) -> None:
    """SIGINT to the whole process group, as Ctrl-C in a terminal sends it: exit 130, one
    line naming the articles committed (as many as the database holds), no traceback; the
    same command then stores the rest."""
    n = 300
    stream = tmp_path / "stream.jsonl"
    with stream.open("w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({
                "id": f"plant-{i}", "published": "2025-05-01",
                "title": f"Workers at Plant {i} strike",
                "text": f"About {100 + i} workers at Acme Plant {i} in Dayton, Ohio, went on "
                        f"strike Monday, members of UAW Local {1000 + i}. They demand higher "
                        "pay and safer shifts."}) + "\n")
    dbfile = tmp_path / "int.db"
    cmd = cli("ingest", str(stream), "--db", str(dbfile), "--batch-size", "5", "--workers", "1")
    # SIGINT as a terminal's foreground job has it: a suite run as a background job of a
    # non-interactive shell (as CI may run it) has SIGINT ignored, and an ignored signal is
    # inherited, so the ingest would never see the Ctrl-C
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and proc.poll() is None:
            if dbfile.exists():
                with sqlite3.connect(dbfile, timeout=30) as con:
                    try:
                        if con.execute("SELECT count(*) FROM articles").fetchone()[0]:
                            break
                    except sqlite3.OperationalError:  # tables not created yet
                        pass
            time.sleep(0.05)
        assert proc.poll() is None, "ingest finished before it could be interrupted"
        os.killpg(proc.pid, signal.SIGINT)
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, err
    with sqlite3.connect(dbfile) as con:
        stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 0 < stored < n
    assert err.strip() == (f"interrupted: {stored:,} articles committed; re-run the same "
                           "command to resume (stored articles are skipped)")
    again = subprocess.run(cmd + ["--json"], capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    report = json.loads(again.stdout)
    assert (report["added"], report["duplicates"]) == (n - stored, stored)


def test_serve_on_a_busy_port_is_one_line_and_no_banner(filled) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        p = run("serve", "--db", filled, "--port", str(port))
    assert p.returncode == 2
    line = one_error_line(p.stderr)
    assert f"127.0.0.1:{port}" in line and "already in use" in line
    assert p.stdout == ""  # no "picketline on http://..." for a server that never ran


# --- help and version ------------------------------------------------------------------------
def test_version_and_short_help() -> None:
    from importlib.metadata import version

    r = invoke("--version")
    from picketline.extract import extractor_version

    assert r.exit_code == 0 and r.stdout.strip() == (
        f"picketline {version('picketline')} (extractor {extractor_version()})")
    r = invoke("-h")
    assert r.exit_code == 0 and "ingest" in r.stdout and "--version" in r.stdout
    r = invoke("disputes", "-h")
    assert r.exit_code == 0 and "--status" in r.stdout


def test_help_has_plain_metavars_argument_help_and_no_hard_line_breaks() -> None:
    p = run("ingest", "--help", columns=200)
    assert p.returncode == 0
    assert not re.search(r"<(str|bool|int|path|list)", p.stdout), p.stdout
    assert "Files or folders of articles" in p.stdout  # an argument's help is shown
    # the docstring's second paragraph is re-flowed, not broken where the source was
    assert "each listed on stderr with its reason" in p.stdout
    p = run("cost", "--help", columns=80)
    assert "classification, headcount, hourly_wage, annual_hours" in " ".join(
        ln.strip("│ ") for ln in p.stdout.splitlines())


@pytest.mark.parametrize("cmd", [[], ["ingest"], ["articles"], ["extract"], ["disputes"],
                                 ["show"], ["export"], ["cost"], ["demo"], ["serve"],
                                 ["db", "upgrade"], ["db", "info"]])
def test_help_cuts_no_word_short_at_80_columns(cmd) -> None:
    """Rich ends a word too long for its column with an ellipsis: the --db default and the
    roster's columns were unreadable in help at 80 columns."""
    r = CliRunner().invoke(app, [*cmd, "--help"], env={"COLUMNS": "80"})
    assert r.exit_code == 0 and "Usage" in r.stdout
    assert "…" not in r.stdout, r.stdout


# --- tables -----------------------------------------------------------------------------------
def test_tables_are_readable_at_80_columns(filled) -> None:
    ids = dispute_ids(filled)
    p = run("disputes", "--db", filled, columns=80)
    assert p.returncode == 0
    lines = p.stdout.splitlines()
    assert max(map(len, lines)) <= 80
    text = "\n".join(lines)
    for d in ids:  # ids, dates and numbers are never split across lines
        assert d in text
    for day in ("2025-03-03", "2025-04-07"):
        assert day in text
    assert "hidden at 80 columns:" in text
    p = run("articles", "--db", filled, columns=80)
    assert max(map(len, p.stdout.splitlines())) <= 80
    assert "teachers" in p.stdout and "nurses" in p.stdout
    wide = run("disputes", "--db", filled, columns=160)
    assert "hidden" not in wide.stdout and "2,400" in wide.stdout


def test_terminal_control_characters_from_articles_are_not_printed(tmp_path) -> None:
    """A title carrying an OSC (set the window title), a screen clear and a C1 CSI."""
    hostile = tmp_path / "hostile.jsonl"
    hostile.write_text(json.dumps({
        "id": "ansi-\x1b[31mred", "published": "2025-01-02",
        "title": "ANSI \x1b]0;pwned\x07\x1b[2J title \x9b31m",
        "text": "Nurses at Ansico Medical Center in Fresno, California, went on strike "
                "Monday, members of SEIU Local 121. About 300 nurses walked out over pay."})
        + "\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'h.db'}"
    assert invoke("ingest", str(hostile), "--db", db).exit_code == 0
    (did,) = dispute_ids(db)
    outputs = [invoke("articles", "--db", db), invoke("articles", "-q", "Ansico", "--db", db),
               invoke("disputes", "--db", db), invoke("show", did, "--db", db)]
    for r in outputs:
        assert r.exit_code == 0
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", r.stdout), repr(r.stdout)
    assert "ANSI ]0;pwned[2J title 31m" in outputs[0].stdout
