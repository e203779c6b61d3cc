"""``picketline demo``: ingest the bundled sample corpus and show what it found."""
from __future__ import annotations

import typer

from ..pipeline import BATCH_SIZE
from ..sample import sample_path
from .app import DB_HELP, app, console
from .dispute_cmds import disputes
from .store_cmds import run_ingest_command


@app.command()
def demo(db: str = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """Ingest the bundled sample corpus (fictional disputes, every input format) into the
    database, then list the disputes found. Safe to re-run: nothing is stored twice."""
    path = sample_path()
    console.print(f"Ingesting the sample corpus in [bold]{path}[/] ...")
    try:
        run_ingest_command([path], db, batch_size=BATCH_SIZE, workers=1,
                           note_passed_over=False)
    except typer.Exit as e:
        if e.exit_code not in (0, 1):  # 1: something skipped, already reported
            raise
    disputes(db=db, as_json=False, status=None, action_type=None, industry=None, state=None,
             since=None, until=None, q=None, sort="start_date", limit=50, offset=0)
    console.print("Next: [bold]picketline show ID[/] for one dispute, "
                  "[bold]picketline serve[/] for the dashboard.")
