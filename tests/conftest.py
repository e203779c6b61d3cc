"""Shared fixtures: a private PICKETLINE_HOME for every test, SQLite and PostgreSQL stores.

PostgreSQL tests (marker ``postgres``) run against ``$PICKETLINE_TEST_PG_URL``, which
``scripts/setup-postgres.sh`` prints (``eval "$(bash scripts/setup-postgres.sh)"``). Without
it they are skipped, except in CI (``CI`` set), where they fail: CI must run them.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

PG_ENV = "PICKETLINE_TEST_PG_URL"


def _ci() -> bool:
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("postgres") is None or os.environ.get(PG_ENV):
        return
    reason = f"{PG_ENV} is not set: run `eval \"$(bash scripts/setup-postgres.sh)\"` first"
    if _ci():
        pytest.fail(f"PostgreSQL tests must run in CI, but {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def picketline_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the real ~/.local/share/picketline or a $PICKETLINE_DB of the user."""
    home = tmp_path / "picketline-home"
    monkeypatch.setenv("PICKETLINE_HOME", str(home))
    monkeypatch.delenv("PICKETLINE_DB", raising=False)
    return home


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture
def store(sqlite_url: str):
    from picketline.store import Store

    st = Store(sqlite_url)
    yield st
    st.close()


@pytest.fixture
def pg_url(request: pytest.FixtureRequest):
    """A URL to a fresh, empty schema of the test PostgreSQL database (dropped afterwards),
    so tests never see each other's rows, even when run in parallel."""
    base = os.environ.get(PG_ENV)
    if not base:  # used without the marker: same rule as marked tests
        pytest.fail(f"{PG_ENV} is not set in CI") if _ci() else pytest.skip(f"{PG_ENV} is not set")
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from picketline.store import normalize_url

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(normalize_url(base))
    with admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    url = make_url(normalize_url(base)).update_query_dict(
        {"options": f"-csearch_path={schema}"})
    yield url.render_as_string(hide_password=False)
    with admin.begin() as conn:
        conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
    admin.dispose()


@pytest.fixture
def pg_store(pg_url: str):
    from picketline.store import Store

    st = Store(pg_url)
    yield st
    st.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_store(request: pytest.FixtureRequest):
    """The same test on SQLite and on PostgreSQL."""
    name = "pg_store" if request.param == "postgresql" else "store"
    return request.getfixturevalue(name)


@pytest.fixture(scope="session")
def nlp():
    """The English pipeline (loaded once per process by picketline.nlp.load_model)."""
    from picketline.nlp import load_model

    return load_model()
