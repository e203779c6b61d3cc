"""A roster attached to a dispute makes its costing part of the record: show, API, page."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from picketline import api
from picketline.cli import app
from picketline.model import Proposal
from picketline.store import Store
from picketline.web import create_app

ROSTER = ("classification,headcount,hourly_wage,annual_hours\n"
          "Aide,10,20,2000\n"
          "Driver,10,30,2000\n")


@pytest.fixture
def db(tmp_path):
    url = f"sqlite:///{tmp_path / 'pl.db'}"
    st = Store(url)
    st.save_dispute({"id": "dsp-1", "title": "Unit v. District", "article_ids": [],
                     "proposals": [Proposal("union", 10).to_dict(),
                                   Proposal("employer", 5).to_dict()]})
    st.close()
    return url


def test_attached_roster_costs_the_dispute_everywhere(db, tmp_path):
    roster = tmp_path / "unit.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    res = CliRunner().invoke(app, ["cost", "--roster", str(roster), "--dispute", "dsp-1",
                                   "--db", db, "--attach", "--json"])
    assert res.exit_code == 0, res.output
    # payroll: 10*20*2000 + 10*30*2000 = 1,000,000 a year; 10 % vs 5 % in one step
    with Store(db) as st:
        record = api.get_dispute(st, "dsp-1")
        trail = st.corrections(target="dispute", target_id="dsp-1")
    assert record["costing"]["totals"] == {"union": 100_000.0, "employer": 50_000.0,
                                           "gap": 50_000.0}
    assert trail[-1]["action"] == "attach" and trail[-1]["field"] == "roster"
    show = CliRunner().invoke(app, ["show", "dsp-1", "--db", db, "--json"])
    assert json.loads(show.output)["costing"]["totals"]["gap"] == 50_000.0
    client = TestClient(create_app(db))
    assert client.get("/api/disputes/dsp-1").json()["costing"]["totals"]["gap"] == 50_000.0
    page = client.get("/disputes/dsp-1").text
    assert "What the proposals cost" in page and "$50,000" in page


def test_a_bad_roster_is_refused_and_nothing_attached(db):
    from picketline.process.costing import RosterError

    with Store(db) as st:
        with pytest.raises(RosterError):
            api.attach_roster(st, "dsp-1", [{"classification": "Aide", "headcount": "many",
                                             "hourly_wage": 20, "annual_hours": 2000}],
                              "bad.csv", author="ana")
        assert api.attached_roster(st, "dsp-1") is None
        assert "costing" not in api.get_dispute(st, "dsp-1")
