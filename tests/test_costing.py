"""Proposal costing: hand-computed examples, bad rosters, dispute records, the cost command."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from picketline.cli import app
from picketline.cli import cost_cmd  # noqa: F401  (registers `cost` until the lead imports it)
from picketline.model import Proposal
from picketline.process.costing import (
    RosterError, cost_dispute, cost_proposals, latest_proposals, lowest_paid,
    percentile_wage, read_roster, read_roster_text, wage_factor,
)

HEADER = "classification,headcount,hourly_wage,annual_hours\n"
# Two-row roster used throughout:
#   Aide:    10 people x $20/h x 1,000 h =   $200,000
#   Teacher: 30 people x $40/h x 2,000 h = $2,400,000
#   base payroll                          = $2,600,000
# 40 employees; 25th percentile = wage of employee ceil(0.25*40) = #10 by wage = $20 -> Aide.
TWO_ROWS = HEADER + "Aide,10,20,1000\nTeacher,30,40,2000\n"


@pytest.fixture
def roster():
    return read_roster_text(TWO_ROWS, "two.csv")


def by_year(result, side):
    return [y[side]["increase"] for y in result["years"]]


def test_phased_compounding_increase_with_flat_adder(roster):
    # 30 % over 3 years = 10 % a year, compounding: factors 1.1, 1.21, 1.331.
    # general: 2.6M*0.10 = 260,000; 2.6M*0.21 = 546,000; 2.6M*0.331 = 860,600
    # $2/h for the lowest paid (Aide): 10 * 1,000 h * $2 = 20,000 every year
    union = Proposal("union", general_increase_pct=30, years=3, hourly_adder=2.0,
                     adder_group="lowest paid")
    r = cost_proposals({"union": union, "employer": None}, roster)
    assert r["horizon_years"] == 3
    assert by_year(r, "union") == [280_000.0, 566_000.0, 880_600.0]
    assert [y["union"]["adder"] for y in r["years"]] == [20_000.0] * 3
    assert [y["union"]["new_cost"] for y in r["years"]] == [2_880_000.0, 3_166_000.0, 3_480_600.0]
    assert r["sides"]["union"]["adder_classifications"] == ["Aide"]
    assert r["totals"]["union"] == 1_726_600.0
    assert r["totals"]["gap"] is None and r["years"][0]["gap"] is None


def test_simple_steps_do_not_compound(roster):
    # 30 % over 3 years as simple steps of today's wage: 10 %, 20 %, 30 % of 2.6M.
    union = Proposal("union", general_increase_pct=30, years=3)
    r = cost_proposals({"union": union}, roster, compounding=False)
    assert by_year(r, "union") == [260_000.0, 520_000.0, 780_000.0]
    assert wage_factor(30, 3, 3, compounding=True) == pytest.approx(1.331)
    assert wage_factor(30, 3, 3, compounding=False) == pytest.approx(1.3)
    assert wage_factor(30, 3, 5) == pytest.approx(1.331)  # no steps after the last year


def test_bonus_is_one_time_on_year_one_pay_and_gap(roster):
    # Employer: 23 % at once + 3 % one-time bonus.
    #   year 1 recurring = 2.6M * 1.23 = 3,198,000; bonus = 3 % of it = 95,940
    #   increase: 598,000 + 95,940 = 693,940; then 598,000 a year
    # Union as above: 280,000 / 566,000 / 880,600
    # gap (union - employer): -413,940 / -32,000 / 282,600; total -163,340
    union = Proposal("union", 30, 3, 2.0, "lowest paid")
    employer = Proposal("employer", general_increase_pct=23, bonus_pct=3)
    r = cost_proposals({"union": union, "employer": employer}, roster)
    assert by_year(r, "employer") == [693_940.0, 598_000.0, 598_000.0]
    assert [y["employer"]["bonus"] for y in r["years"]] == [95_940.0, 0.0, 0.0]
    assert [y["gap"] for y in r["years"]] == [-413_940.0, -32_000.0, 282_600.0]
    assert r["totals"] == {"union": 1_726_600.0, "employer": 1_889_940.0, "gap": -163_340.0}
    assert r["roster"]["base_payroll"] == 2_600_000.0 and r["roster"]["headcount"] == 40
    json.dumps(r)  # JSON-able


def test_adder_stays_flat_under_later_raises(roster):
    # $2/h for Aide plus 10 % over 2 years (5 %/yr compounding):
    # year 2 general = 2.6M * (1.05^2 - 1) = 2.6M * 0.1025 = 266,500; adder still 20,000.
    p = Proposal("union", general_increase_pct=10, years=2, hourly_adder=2, adder_group="lowest paid")
    r = cost_proposals({"union": p}, roster)
    assert r["years"][1]["union"]["general_increase"] == 266_500.0
    assert r["years"][1]["union"]["adder"] == 20_000.0


def test_lowest_paid_percentile_and_named_groups():
    rows = read_roster_text(HEADER + "Custodian,5,18,2080\nAide,15,21,1400\n"
                            "Clerk,20,26,2080\nTeacher,60,45,1500\n", "r.csv")
    # 100 employees: rank 25 falls in Aide (cumulative 5, 20 -> 20 < 25 -> Clerk at 40).
    assert percentile_wage(rows) == 26
    assert lowest_paid(rows) == ["Custodian", "Aide", "Clerk"]
    named = Proposal("union", hourly_adder=1.5, adder_group="Custodian; aide")
    r = cost_proposals({"union": named}, rows, years=1)
    assert r["sides"]["union"]["adder_classifications"] == ["Custodian", "Aide"]
    # 5*2080*1.5 + 15*1400*1.5 = 15,600 + 31,500 = 47,100
    assert r["years"][0]["union"]["increase"] == 47_100.0
    unknown = Proposal("union", hourly_adder=1.0, adder_group="bus drivers")
    r2 = cost_proposals({"union": unknown}, rows, years=1)
    assert r2["sides"]["union"]["adder_classifications"] == ["Custodian", "Aide", "Clerk"]
    assert "matches no roster classification" in r2["sides"]["union"]["adder_rule"]


def test_eligibility_is_carried_through(roster):
    p = Proposal("employer", general_increase_pct=5, bonus_pct=2,
                 eligibility="employed since the 2020-21 school year")
    r = cost_proposals({"employer": p}, roster)
    side = r["sides"]["employer"]
    assert side["eligibility"] == "employed since the 2020-21 school year"
    assert any("2020-21" in n for n in side["notes"])


@pytest.mark.parametrize("text, row, words", [
    (HEADER + "Aide,ten,20,1000\n", 2, "headcount 'ten' is not a number"),
    (HEADER + "Aide,10,20,1000\nClerk,5,-3,1000\n", 3, "hourly_wage -3 must be more than 0"),
    (HEADER + "Aide,10,20,1000\n,5,30,1000\n", 3, "classification is empty"),
    (HEADER + "Aide,10,20,1000\naide,5,30,1000\n", 3, "repeats row 2"),
    (HEADER + "Aide,-1,20,1000\n", 2, "negative"),
    (HEADER + "Aide,10,20,9000\n", 2, "annual_hours 9000"),
    (HEADER + "Aide,10,,1000\n", 2, "hourly_wage is empty"),
    (HEADER + "Aide,10,20,1000,extra\n", 2, "more fields"),
    ("classification,headcount,wage\nAide,1,2\n", 1, "missing column(s) hourly_wage, annual_hours"),
])
def test_bad_roster_rows_name_file_and_row(tmp_path, text, row, words):
    path = tmp_path / "unit.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RosterError) as exc:
        read_roster(path)
    assert exc.value.line == row
    assert str(path) in str(exc.value) and f"row {row}" in str(exc.value)
    assert words in str(exc.value)


def test_empty_binary_and_missing_rosters(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(RosterError, match="empty.csv: the file is empty"):
        read_roster(empty)
    only_header = tmp_path / "header.csv"
    only_header.write_text(HEADER, encoding="utf-8")
    with pytest.raises(RosterError, match="no rows"):
        read_roster(only_header)
    binary = tmp_path / "bin.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")
    with pytest.raises(RosterError, match="bin.csv"):
        read_roster(binary)
    with pytest.raises(RosterError, match="cannot read"):
        read_roster(tmp_path / "nope.csv")


def test_roster_accepts_money_formats_bom_and_blank_lines(tmp_path):
    path = tmp_path / "fmt.csv"
    path.write_text("\ufeffClassification , Headcount,Hourly_Wage,Annual_Hours,notes\n"
                    'Teacher,"1,200",$41.50,"1,500",x\n\nAide,3,19,900,\n', encoding="utf-8")
    rows = read_roster(path)
    assert [(r.classification, r.headcount, r.hourly_wage, r.annual_hours) for r in rows] == [
        ("Teacher", 1200, 41.5, 1500), ("Aide", 3, 19, 900)]
    assert rows[1].line == 4


def test_latest_proposal_per_side_wins():
    ps = [Proposal("employer", 20, date="2023-01-10").to_dict(),
          Proposal("union", 30, 3, date="2023-01-05").to_dict(),
          Proposal("employer", 23, bonus_pct=3, date="2023-03-01").to_dict(),
          Proposal("employer", 21, date=None).to_dict()]
    got = latest_proposals(ps)
    assert got["employer"].general_increase_pct == 23 and got["employer"].bonus_pct == 3
    assert got["union"].years == 3


def test_cost_dispute_from_record_and_row_dicts():
    dispute = {"id": "d1", "title": "Teachers v. District",
               "proposals": [Proposal("union", 30, 3, 2.0, "lowest paid", date="2023-02-01").to_dict(),
                             Proposal("employer", 20, date="2023-01-01").to_dict(),
                             Proposal("employer", 23, bonus_pct=3, date="2023-03-01").to_dict()]}
    rows = [{"classification": "Aide", "headcount": "10", "hourly_wage": "20", "annual_hours": "1000"},
            {"classification": "Teacher", "headcount": 30, "hourly_wage": 40, "annual_hours": 2000}]
    r = cost_dispute(dispute, rows)
    assert r["dispute"]["id"] == "d1"
    assert r["totals"] == {"union": 1_726_600.0, "employer": 1_889_940.0, "gap": -163_340.0}
    # no structured proposals: the headline percentages are costed as one step, with a note
    r2 = cost_dispute({"id": "d2", "wage_demand_pct": 10, "wage_offer_pct": {"value": 5}}, rows)
    assert r2["years"][0]["union"]["increase"] == 260_000.0
    assert r2["years"][0]["employer"]["increase"] == 130_000.0
    assert len(r2["notes"]) == 2
    with pytest.raises(RosterError, match="row 3"):
        cost_dispute(dispute, [rows[0], {"classification": "X", "headcount": 1,
                                         "hourly_wage": "abc", "annual_hours": 1}])


def test_cost_command_with_proposal_json(tmp_path):
    roster = tmp_path / "unit.csv"
    roster.write_text(TWO_ROWS, encoding="utf-8")
    props = tmp_path / "p.json"
    props.write_text(json.dumps([Proposal("union", 30, 3, 2.0, "lowest paid").to_dict(),
                                 Proposal("employer", 23, bonus_pct=3).to_dict()]))
    runner = CliRunner()
    res = runner.invoke(app, ["cost", "--roster", str(roster), "--proposal-json", str(props),
                              "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["totals"]["gap"] == -163_340.0
    table = runner.invoke(app, ["cost", "--roster", str(roster), "--proposal-json", str(props)])
    assert table.exit_code == 0
    assert "$880,600" in table.output and "-$163,340" in table.output
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "Aide,10,twenty,1000\n")
    res = runner.invoke(app, ["cost", "--roster", str(bad), "--proposal-json", str(props)])
    assert res.exit_code == 1 and "row 2" in res.output
    res = runner.invoke(app, ["cost", "--roster", str(roster)])
    assert res.exit_code == 2


def test_cost_command_reads_dispute_from_store(tmp_path):
    store_mod = pytest.importorskip("picketline.store")
    url = f"sqlite:///{tmp_path / 'pl.db'}"
    st = store_mod.Store(url)
    st.save_dispute({"id": "dsp-1", "title": "Unit v. District", "article_ids": [],
                     "proposals": [Proposal("union", 30, 3, 2.0, "lowest paid").to_dict(),
                                   Proposal("employer", 23, bonus_pct=3).to_dict()]})
    st.close()
    roster = tmp_path / "unit.csv"
    roster.write_text(TWO_ROWS, encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(app, ["cost", "--roster", str(roster), "--dispute", "dsp-1",
                              "--db", url, "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["dispute"]["id"] == "dsp-1"
    assert [y["gap"] for y in out["years"]] == [-413_940.0, -32_000.0, 282_600.0]
    missing = runner.invoke(app, ["cost", "--roster", str(roster), "--dispute", "nope",
                                  "--db", url])
    assert missing.exit_code == 1 and "no dispute" in missing.output
