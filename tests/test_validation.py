"""Corrections are checked by one rule on every write path (web form, JSON API, Python API and
so the CLI), and a bad value stored by an older version never breaks a page or an export.

Issue 12: a reviewer's ``participants = "1e25"`` used to be stored before the dispute was
rebuilt (which then overflowed the database's integer), breaking the dispute, the list, the CSV
export, ``show`` and ``export`` for good; ``1e309`` gave a 500; NaN and Infinity were stored as
wage percentages; any text was stored as a date.
"""
from __future__ import annotations

import csv
import io
import json
import re

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from picketline import api
from picketline.store import Store
from picketline.validate import CorrectionError, correction_value
from picketline.web import create_app

from test_api import AUTH, TOKEN, _login, build_fixture


def strict_json(text: str):
    """JSON as the standard has it (no NaN, no Infinity)."""
    def refuse(name):
        raise ValueError(f"non-standard JSON constant {name}")
    return json.loads(text, parse_constant=refuse)


@pytest.fixture
def db(tmp_path):
    url = f"sqlite:///{tmp_path / 'v.db'}"
    with Store(url) as st:
        ids = build_fixture(st)
    return url, ids


@pytest.fixture
def client(db):
    with TestClient(create_app(db[0], token=TOKEN)) as c:
        yield c


# --- the rule itself --------------------------------------------------------------------------
@pytest.mark.parametrize("field, value, expected", [
    ("participants", "1,800", 1800), ("participants", 1800.0, 1800), ("participants", 0, 0),
    ("participants", "10,000,000", 10_000_000), ("participants", "", None),
    ("wage_offer_pct", "12.5 %", 12.5), ("wage_demand_pct", 18, 18.0),
    ("wage_offer_pct", "-3", -3.0),
    ("start_date", " 2024-03-11 ", "2024-03-11"), ("end_date", None, None),
    ("status", "Ongoing", "ongoing"), ("action_type", "lockout", "lockout"),
    ("industry", "health care", "health_care"), ("state", "oh", "OH"), ("state", "ON", "ON"),
    ("state", "NSW", "NSW"), ("country", "us", "US"), ("city", "  Duluth ", "Duluth"),
    ("employers", "Acme Mills; Acme Mills; Beta Co", ["Acme Mills", "Beta Co"]),
    ("unions", ["Local 7"], ["Local 7"]), ("demands", "pay; staffing", ["pay", "staffing"]),
    ("bargaining_events", [], []), ("employer", "Acme", ["Acme"]),
])
def test_allowed_values_in_their_canonical_form(field, value, expected):
    assert correction_value(field, value) == expected


@pytest.mark.parametrize("field, value", [
    ("participants", "1e25"), ("participants", 10 ** 30), ("participants", "1e309"),
    ("participants", "99999999999999999999999"), ("participants", 10_000_001),
    ("participants", -5), ("participants", 12.5), ("participants", True),
    ("participants", "many"), ("participants", float("inf")),
    ("wage_offer_pct", "nan"), ("wage_offer_pct", "inf"), ("wage_offer_pct", float("nan")),
    ("wage_demand_pct", "1e308"), ("wage_demand_pct", "Infinity"), ("wage_demand_pct", 5000),
    ("start_date", "not a date"), ("start_date", "<script>alert(1)</script>"),
    ("end_date", "2024-02-30"), ("end_date", "03/11/2024"), ("start_date", 20240311),
    ("status", "on fire"), ("action_type", "sit-in party"), ("industry", "space"),
    ("state", "<b>"), ("state", "Ohio River"), ("country", "=cmd|' /C calc'!A0"),
    ("city", "a\x1b]0;pwned\x07"), ("city", "x" * 201), ("city", 7),
    ("employers", ["x" * 1000] * 5), ("employers", ["ok"] * 51), ("employers", {"a": 1}),
    ("demands", "pay; cake"), ("bargaining_events", ["strike"]),
])
def test_refused_values_name_the_field_on_one_line(field, value):
    with pytest.raises(CorrectionError) as e:
        correction_value(field, value)
    message = str(e.value)
    assert message.startswith(f"{field}: ") and "\n" not in message and len(message) < 400
    assert isinstance(e.value, ValueError) and e.value.field == field


def test_unknown_field_is_refused():
    with pytest.raises(CorrectionError, match=r"^salary: is not a field"):
        correction_value("salary", 1)


# --- the three write paths give the same answer, and store nothing ---------------------------------
BAD = [("participants", "1e25"), ("participants", "99999999999999999999999"),
       ("participants", "1e309"), ("wage_offer_pct", "nan"), ("wage_demand_pct", "inf"),
       ("start_date", "not a date"), ("status", "on fire"), ("state", "<b>")]


@pytest.mark.parametrize("field, value", BAD)
def test_every_write_path_refuses_the_same_way(client, db, field, value):
    url, ids = db
    did = ids["school"]
    before = client.get(f"/api/disputes/{did}").json()
    with pytest.raises(CorrectionError) as e:
        with Store(url) as st:
            api.correct_fact(st, did, field, value, author="cli")
    message = str(e.value)

    r = client.post(f"/api/disputes/{did}/corrections", headers=AUTH,
                    json={"field": field, "new_value": value, "author": "api"})
    assert r.status_code == 422 and r.json()["detail"] == message
    assert r.json()["field"] == field

    csrf = _login(client)
    r = client.post(f"/disputes/{did}/correct",
                    data={"csrf_token": csrf, "field": field, "value": value})
    assert r.status_code == 422
    assert "text/html" in r.headers["content-type"]
    # the error is shown inline, at the field's form, which is open and keeps what was typed
    m = re.search(rf'<p class="error small field-error" id="error-{field}" role="alert">'
                  r'([^<]*)</p>', r.text)
    assert m, r.text[-3000:]
    assert "must be" in m.group(1) and "was not saved" in m.group(1)
    form = r.text[r.text.index(f'id="correct-{field}"'):]
    assert 'aria-invalid="true"' in form[:form.index("</form>")]
    assert 'id="form-error"' in r.text

    after = client.get(f"/api/disputes/{did}").json()
    assert after["audit_trail"] == [] and after[field] == before[field]


def test_api_json_nan_literal_and_huge_integer_are_422(client, db):
    did = db[1]["school"]
    for raw in (b'{"field": "wage_offer_pct", "new_value": NaN}',
                b'{"field": "wage_demand_pct", "new_value": Infinity}',
                b'{"field": "participants", "new_value": 1' + b"0" * 30 + b"}"):
        r = client.post(f"/api/disputes/{did}/corrections", content=raw,
                        headers={**AUTH, "content-type": "application/json"})
        assert r.status_code == 422, raw
    assert client.get(f"/api/disputes/{did}").json()["audit_trail"] == []


def test_good_values_still_go_through_every_path(client, db):
    url, ids = db
    did = ids["school"]
    r = client.post(f"/api/disputes/{did}/corrections", headers=AUTH,
                    json={"field": "wage_offer_pct", "new_value": "11.5%", "author": "api"})
    assert r.status_code == 200 and r.json()["wage_offer_pct"] == 11.5
    csrf = _login(client)
    r = client.post(f"/disputes/{did}/correct", follow_redirects=False,
                    data={"csrf_token": csrf, "field": "industry", "value": "Health care"})
    assert r.status_code == 303
    with Store(url) as st:
        d = api.correct_fact(st, did, "start_date", "2024-03-12", author="cli")
    assert (d["industry"], d["start_date"], d["wage_offer_pct"]) == (
        "health_care", "2024-03-12", 11.5)


def test_h2_one_bad_participants_value_breaks_nothing(client, db):
    url, ids = db
    did = ids["school"]
    r = client.post(f"/api/disputes/{did}/corrections", headers=AUTH,
                    json={"field": "participants", "new_value": "1e25"})
    assert r.status_code == 422
    for path in (f"/disputes/{did}", f"/api/disputes/{did}", "/api/disputes", "/",
                 "/api/export.csv"):
        assert client.get(path).status_code == 200, path
    r = client.post(f"/api/disputes/{did}/corrections", headers=AUTH,
                    json={"field": "participants", "new_value": 4100})
    assert r.status_code == 200 and r.json()["participants"] == 4100


def test_correction_and_rebuild_commit_together(db, monkeypatch):
    url, ids = db
    did = ids["nurses"]
    with Store(url) as st:
        def broken(record):
            raise OverflowError("the database refused the row")
        monkeypatch.setattr(st, "save_dispute", broken)
        with pytest.raises(OverflowError):
            api.correct_fact(st, did, "participants", 950, author="ana")
        monkeypatch.undo()
        assert st.corrections(target="dispute", target_id=did) == []
        assert api.get_dispute(st, did)["participants"] == 900


# --- values stored unchecked by an older version ---------------------------------------------------
def _plant_old_bad_values(url: str, did: str) -> None:
    """What an older picketline left in the store: correction rows it never checked, and a
    saved record that applied one of them (a NaN wage offer)."""
    with Store(url) as st:
        st.add_correction(target="dispute", target_id=did, field="participants",
                          old_value=4200, new_value=10 ** 25, author="old", action="correct")
        st.add_correction(target="dispute", target_id=did, field="start_date",
                          old_value="2024-03-11", new_value="not a date", author="old",
                          action="correct")
        st.add_correction(target="dispute", target_id=did, field="status",
                          old_value="ongoing", new_value="<b>on fire</b>", author="old",
                          action="correct")
        row = st.add_correction(target="dispute", target_id=did, field="wage_offer_pct",
                                old_value=12.0, new_value=float("nan"), author="old",
                                action="correct")
        record = st.dispute(did)
        record["wage_offer_pct"] = float("nan")
        record["facts"]["wage_offer_pct"]["value"] = float("nan")
        record["corrections"] = [  # it applied every row but the one it could not save
            {k: r[k] for k in ("id", "field", "action", "old_value", "new_value", "author",
                               "created_at")}
            for r in st.corrections(target="dispute", target_id=did)
            if r["field"] != "participants"]
        st.save_dispute(record)
        assert row["id"] in [c["id"] for c in st.dispute(did)["corrections"]]

def test_stored_bad_values_are_shown_invalid_and_can_be_corrected(client, db, tmp_path):
    url, ids = db
    did = ids["school"]
    _plant_old_bad_values(url, did)

    page = client.get(f"/disputes/{did}")
    assert page.status_code == 200
    assert page.text.count("invalid correction") >= 4
    assert "is not valid and is not applied" in page.text
    assert "&lt;b&gt;on fire&lt;/b&gt;" in page.text and "<b>on fire" not in page.text

    r = client.get(f"/api/disputes/{did}")
    assert r.status_code == 200
    d = strict_json(r.text)
    assert d["participants"] in (4200, 3600) and d["start_date"] == "2024-03-11"
    assert d["status_reported"] == "ongoing" and d["wage_offer_pct"] == 12.0
    assert d["facts"]["participants"]["invalid_correction"]["author"] == "old"
    assert d["facts"]["wage_offer_pct"]["invalid_correction"]["value"] == "nan"
    assert sum(1 for c in d["corrections"] if c.get("invalid")) == 4

    listed = client.get("/api/disputes")
    assert listed.status_code == 200 and strict_json(listed.text)["total"] == 4
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export.csv").text)))
    assert {r["id"] for r in rows} >= {did}

    from picketline.cli.app import app as cli_app
    runner = CliRunner()
    shown = runner.invoke(cli_app, ["show", did, "--json", "--db", url])
    assert shown.exit_code == 0, shown.output
    assert strict_json(shown.stdout)["wage_offer_pct"] == 12.0
    for fmt in ("csv", "json"):
        out = runner.invoke(cli_app, ["export", "--format", fmt, "--db", url])
        assert out.exit_code == 0, out.output
        if fmt == "json":
            assert did in {r["id"] for r in strict_json(out.stdout)}

    # a reviewer corrects the field: the valid value wins and the warning goes
    csrf = _login(client)
    r = client.post(f"/disputes/{did}/correct", follow_redirects=False,
                    data={"csrf_token": csrf, "field": "participants", "value": "4,000"})
    assert r.status_code == 303
    d = client.get(f"/api/disputes/{did}").json()
    assert d["participants"] == 4000 and "invalid_correction" not in d["facts"]["participants"]
    assert "invalid_correction" in d["facts"]["status"]  # the others still shown invalid


def test_a_mistyped_or_missing_new_value_is_refused_not_a_cleared_field(client, db):
    """`{"field": "status", "value": "finished"}` (new_value mistyped) was taken as a
    correction to null, which clears the field with a 200; it is a 422 now, and nothing is
    stored. Clearing a field takes an explicit null."""
    _, ids = db
    did = ids["nurses"]
    url = f"/api/disputes/{did}/corrections"
    before = client.get(f"/api/disputes/{did}").json()
    for body in ({"field": "status", "value": "finished", "author": "t"},
                 {"field": "wage_offer_pct", "author": "t"},
                 {"field": "status", "new_value": "ended", "author": "t", "reason": "x"}):
        r = client.post(url, headers=AUTH, json=body)
        assert r.status_code == 422, (body, r.text)
    after = client.get(f"/api/disputes/{did}").json()
    assert after["status"] == before["status"] and after["corrections"] == before["corrections"]
    ok = client.post(url, headers=AUTH, json={"field": "end_date", "new_value": None,
                                              "author": "t"})
    assert ok.status_code == 200 and ok.json()["end_date"] is None
