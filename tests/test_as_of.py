"""Status as of a day (issue 15): computed from the stored record and the calendar in the API
layer, so the CLI, the web app and the JSON API agree; an action whose last day has passed
has ended, a live one with no report for PICKETLINE_STALE_DAYS days is "unconfirmed"."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from picketline import api
from picketline.cli.app import app as cli_app
import picketline.cli  # noqa: F401  (registers the commands)
from picketline.consolidate import consolidate
from picketline.model import Article, ArticleFacts, Event, Evidence, Fact, Location
from picketline.store import Store
from picketline.web import create_app


def _ev(aid, s):
    return Evidence(aid, 0, len(s), s)


def _facts(aid, pub, status, start, end=None, events=()):
    s = f"Workers at Quarry Ridge Mills and Millworkers Local 12 {status}."
    return ArticleFacts(
        id=aid, published=Fact(pub), is_labor_action=Fact(True, _ev(aid, s)),
        action_type=Fact("strike", _ev(aid, s)), status=Fact(status, _ev(aid, s)),
        employers=[Fact("Quarry Ridge Mills", _ev(aid, s))],
        unions=[Fact("Millworkers Local 12", _ev(aid, s))],
        start_date=Fact(start, _ev(aid, s)),
        end_date=Fact(end, _ev(aid, s)) if end else None,
        location=Fact(Location("Eugene", "OR", "US"), _ev(aid, s)),
        events=list(events))


def _record(*facts):
    return consolidate("qrm-12", facts)


def test_an_action_whose_last_day_has_passed_has_ended():
    r = _record(_facts("a", "2023-03-23", "ongoing", "2023-03-21", "2023-03-23"))
    assert r["last_reported"] == "2023-03-23"
    now = api.status_as_of(r, "2023-03-23")
    assert now["status"] == "ongoing" and now["status_note"] is None
    later = api.status_as_of(r, "2026-01-01")
    assert later["status"] == "ended" and later["status_reported"] == "ongoing"
    assert later["status_note"] == "its last day, 2023-03-23, has passed"


def test_an_open_ended_action_without_news_is_unconfirmed(monkeypatch):
    r = _record(_facts("a", "2024-05-01", "ongoing", "2024-04-29"))
    assert api.status_as_of(r, "2024-05-15")["status"] == "ongoing"  # 14 days: still fresh
    old = api.status_as_of(r, "2024-05-16")
    assert old["status"] == "unconfirmed" and old["stale"]
    assert old["status_note"] == "ongoing, but no report since 2024-05-01"
    monkeypatch.setenv("PICKETLINE_STALE_DAYS", "30")
    assert api.status_as_of(r, "2024-05-16")["status"] == "ongoing"
    monkeypatch.setenv("PICKETLINE_STALE_DAYS", "zero")  # not a number: the default
    assert api.stale_days() == 14


def test_ratification_ends_an_ongoing_action_and_scheduled_begins():
    ratified = Event("ratification", "2024-06-10", _ev("b", "Members ratified the deal."))
    r = _record(_facts("a", "2024-06-01", "ongoing", "2024-05-20"),
                _facts("b", "2024-06-11", "ongoing", "2024-05-20", events=[ratified]))
    got = api.status_as_of(r, "2024-06-12")
    assert got["status"] == "ended" and "ratified on 2024-06-10" in got["status_note"]
    s = _record(_facts("a", "2024-06-01", "scheduled", "2024-06-05"))
    assert api.status_as_of(s, "2024-06-04")["status"] == "scheduled"
    assert api.status_as_of(s, "2024-06-06")["status"] == "ongoing"


def test_bad_as_of_is_refused():
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        api.as_of_day("yesterday")


@pytest.fixture
def store(tmp_path):
    st = Store(f"sqlite:///{tmp_path / 'a.db'}")
    arts = [Article(id=i, text=f"Quarry Ridge Mills strike report {i}.", published=p,
                    title=f"Mill strike {i}") for i, p in (("a", "2024-05-01"),
                                                         ("b", "2024-05-20"))]
    st.add_articles(arts)
    st.save_facts([_facts("a", "2024-05-01", "ongoing", "2024-04-29"),
                   _facts("b", "2024-05-20", "ended", "2024-04-29", "2024-05-18")])
    api.refresh_disputes(st)
    yield st
    st.close()


def test_reading_the_past_uses_only_what_was_published_by_then(store):
    (did,) = [d["id"] for d in api.list_disputes(store)]
    assert api.get_dispute(store, did)["status"] == "ended"
    past = api.get_dispute(store, did, as_of="2024-05-10")
    assert past["status"] == "ongoing" and past["last_reported"] == "2024-05-01"
    assert past["end_date"] is None
    assert [d["id"] for d in api.list_disputes(store, status="ongoing",
                                               as_of="2024-05-10")] == [did]
    assert api.list_disputes(store, status="ongoing") == []
    assert api.count_disputes(store, status="ended") == 1
    assert api.status_counts(store, as_of="2024-05-10")["active"] == 1
    assert api.list_disputes(store, as_of="2024-04-01") == []  # nothing published yet


def test_cli_api_and_web_agree(store):
    (did,) = [d["id"] for d in api.list_disputes(store)]
    runner = CliRunner()
    out = runner.invoke(cli_app, ["disputes", "--db", store.url, "--json"])
    assert out.exit_code == 0, out.output
    row = json.loads(out.stdout)["disputes"][0]
    assert (row["status"], row["last_reported"]) == ("ended", "2024-05-20")
    client = TestClient(create_app(store.url))
    body = client.get("/api/disputes", params={"status": "ongoing", "as_of": "2024-05-10"})
    assert [d["id"] for d in body.json()["items"]] == [did]
    one = client.get(f"/api/disputes/{did}", params={"as_of": "2024-05-10"}).json()
    assert one["status"] == "ongoing" and one["as_of"] == "2024-05-10"
    assert client.get("/api/disputes", params={"as_of": "May"}).status_code == 422
    page = client.get(f"/disputes/{did}").text
    assert 'id="last-reported">2024-05-20' in page
    assert "Last report" in client.get("/disputes?status=").text
