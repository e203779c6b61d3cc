"""Bargaining-process knowledge: rules files, jurisdiction, and where a dispute stands."""
from __future__ import annotations

import json
import re
import tomllib

import pytest

from picketline.model import BARGAINING_EVENTS, EVENT_KINDS, Event, Evidence
from picketline.process import (
    RulesError, dispute_stage, jurisdiction, load_regimes, regime, where_it_stands,
)
from picketline.process.regimes import parse_regime, rules_files
from picketline.process.stage import add_days, negated

CITATION = re.compile(r"§|U\.S\.C\.|ILCS|et seq\.|\{state_citation\}")


def ev(kind: str, date: str | None, sentence: str, article: str = "art-1", **kw) -> Event:
    return Event(kind, date, Evidence(article, 0, len(sentence), sentence), **kw)


# --- rules files --------------------------------------------------------------------------
def test_every_rules_file_loads_with_citations():
    files = rules_files()
    assert len(files) >= 9
    regs = load_regimes()
    assert len(regs) == len(files)
    for f in files:
        data = tomllib.loads(f.read_text(encoding="utf-8"))
        reg = regs[data["id"]]
        assert CITATION.search(reg.citation), reg.id
        assert reg.summary and reg.strike_rule and reg.applicability["employer_types"]
        for st in reg.stages:
            assert CITATION.search(st.citation), (reg.id, st.id)
            assert set(st.bargaining_events) <= set(BARGAINING_EVENTS)
            assert set(st.event_kinds) <= set(EVENT_KINDS)
            if st.next and st.next.citation:
                assert CITATION.search(st.next.citation), (reg.id, st.id)
    for rid in ("ca_eera", "ca_mmba", "nlra", "nlra_health_care", "rla", "us_federal",
                "ny_taylor", "il_ielra", "state_public_no_strike"):
        assert rid in regs
    # regimes that forbid strikes never call one lawful
    for rid in ("us_federal", "ny_taylor", "state_public_no_strike"):
        assert all(st.strike_lawful is False for st in regs[rid].stages), rid


def test_bad_rules_are_rejected_with_the_file_name():
    good = tomllib.loads(rules_files()[0].read_text(encoding="utf-8"))
    bad = json.loads(json.dumps(good))
    bad["stages"][1]["event_kinds"] = ["coup"]
    with pytest.raises(RulesError, match="x.toml: stage .*unknown event kind 'coup'"):
        parse_regime(bad, "x.toml")
    bad = json.loads(json.dumps(good))
    del bad["stages"][0]["citation"]
    with pytest.raises(RulesError, match="lacks 'citation'"):
        parse_regime(bad, "x.toml")
    bad = json.loads(json.dumps(good))
    bad["stages"][0]["next"]["to"] = "nowhere"
    with pytest.raises(RulesError, match="not a stage"):
        parse_regime(bad, "x.toml")


# --- jurisdiction ------------------------------------------------------------------------
@pytest.mark.parametrize("industry, state, employers, expected", [
    ("education", "CA", ["Pine Hollow Unified School District"], "ca_eera"),
    ("education", "CA", ["Sierra Foothills Community College District"], "ca_eera"),
    ("education", "CA", [], "ca_eera"),  # industry default: public K-12
    ("public_administration", "CA", ["County of Marwick"], "ca_mmba"),
    ("public_administration", "CA", ["City of Alder Springs"], "ca_mmba"),
    ("manufacturing", "OH", ["Brightwell Fasteners Inc."], "nlra"),
    ("health_care", "MN", ["St. Brigid Medical Center"], "nlra_health_care"),
    ("transportation", "TX", ["Bluebird Airlines"], "rla"),
    ("transportation", "NE", ["Great Plains Railroad"], "rla"),
    ("transportation", "IL", ["Lakeshore Freight Trucking"], "nlra"),
    ("public_administration", "MD", ["U.S. Department of Veterans Affairs"], "us_federal"),
    ("public_administration", "VA", ["Internal Revenue Service"], "us_federal"),
    ("education", "NY", ["Oakmont Central School District"], "ny_taylor"),
    ("public_administration", "NY", ["Town of Greenfield"], "ny_taylor"),
    ("education", "IL", ["Prairie View Community Unit School District"], "il_ielra"),
    ("education", "TX", ["Cedar Bend Independent School District"], "state_public_no_strike"),
    ("education", "NC", ["Harlan County Schools"], "state_public_no_strike"),
    ("education", "OR", ["Ridgeview School District"], "state_public_other"),
])
def test_jurisdiction_choices(industry, state, employers, expected):
    reg = jurisdiction(industry, state, employers)
    assert reg is not None and reg.id == expected, reg.basis if reg else None
    assert reg.basis["reason"]


def test_jurisdiction_basis_and_state_citation():
    reg = jurisdiction("education", "NC", ["Harlan County Schools"])
    assert reg.citation == "N.C. Gen. Stat. §95-98.1"
    assert "{state_citation}" not in reg.stages[0].citation
    assert reg.basis["employer_type"] == "k12"
    assert jurisdiction("education", "ON", ["Toronto District School Board"], country="CA") is None


# --- negation of mentions ---------------------------------------------------------------
@pytest.mark.parametrize("sentence, word, expected", [
    ("Fact-finding, the next step in the process, has not started.", "Fact-finding", True),
    ("The next step would be fact-finding.", "fact-finding", True),
    ("If mediation fails, the union may strike.", "mediation", True),
    ("Mediation did not produce a deal.", "Mediation", False),
    ("Mediation ended without an agreement on Friday.", "Mediation", False),
    ("No agreement was reached in mediation.", "mediation", False),
])
def test_negated_mentions(sentence, word, expected):
    i = sentence.index(word)
    assert negated(sentence, i, i + len(word)) is expected


# --- where a dispute stands ---------------------------------------------------------------
def school_dispute_events() -> list[Event]:
    return [
        ev("impasse", "2024-01-12", "The union declared an impasse after nine months of talks.",
           "a1"),
        ev("mediation", "2024-02-05", "A state mediator met both sides on Monday, but mediation "
           "did not produce a deal.", "a2"),
        ev("fact_finding", None, "Fact-finding, the next step in the state process, has not "
           "started.", "a2"),
        ev("start", "2024-03-04", "Custodians and bus drivers walked off the job on Monday.", "a3"),
    ]


def test_seed_like_school_dispute_is_eera_with_fact_finding_next():
    reg = jurisdiction("education", "CA", ["Pine Hollow Unified School District"])
    res = where_it_stands(reg, ["impasse", "mediation", "ulp_charge", "strike_vote"],
                          school_dispute_events(), as_of="2024-03-05")
    json.dumps(res)
    assert res["regime"]["id"] == "ca_eera" and "3540" in res["regime"]["citation"]
    stages = {s["id"]: s for s in res["stages"]}
    assert stages["impasse"]["reached"] and stages["mediation"]["reached"]
    assert not stages["fact_finding"]["reached"]  # "has not started" is not evidence
    assert res["reached"] == ["negotiation", "impasse", "mediation"]
    imp = [e for e in stages["impasse"]["evidence"] if e["source"] == "event"][0]
    assert imp["article_id"] == "a1" and imp["date"] == "2024-01-12"
    assert "declared an impasse" in imp["sentence"]
    assert stages["mediation"]["date"] == "2024-02-05"
    assert res["current_stage"]["id"] == "mediation"
    nxt = res["next_step"]
    assert nxt["stage"] == "fact_finding" and "3548.1" in nxt["citation"]
    assert nxt["date"] == "2024-02-20" and nxt["timing"].startswith("on or after 2024-02-20")
    # ULP charges during mediation: an unfair-practice strike may be lawful under EERA, so
    # the answer is "depends", with the reason (issue 15), never a bare "no"
    assert res["strike_lawful"] is None and res["strike_lawful_text"] == "depends"
    assert res["strike_note"].startswith("Depends: unfair labor practice charges")
    assert res["actions"][0]["kind"] == "start"
    assert any("unfair" in n.lower() for n in res["notes"][:2])


def test_undated_stage_gives_relative_timing_and_later_stages_imply_earlier():
    reg = regime("ca_eera")
    res = where_it_stands(reg, ["mediation"], [])
    assert res["reached"] == ["negotiation", "impasse", "mediation"]
    assert {s["id"]: s["implied"] for s in res["stages"]}["impasse"] is True
    assert res["next_step"]["date"] is None
    assert res["next_step"]["timing"] == "at least 15 days after mediation (date not known)"


def test_impasse_deadline_counts_working_days():
    assert add_days(__import__("datetime").date(2024, 3, 1), 5, "working").isoformat() == "2024-03-08"
    res = where_it_stands(regime("ca_eera"), [],
                          [ev("impasse", "2024-03-01", "The district declared impasse Friday.")])
    assert res["next_step"]["date"] == "2024-03-08"
    assert res["next_step"]["timing"].startswith("by 2024-03-08 (5 working days")


def test_eera_strike_lawful_after_public_fact_finding_report():
    events = school_dispute_events()[:2] + [
        ev("fact_finding", "2024-03-01", "A fact-finding panel held hearings on the district's budget."),
        ev("other", "2024-04-15", "The fact-finding report was made public by the district on Monday."),
    ]
    res = where_it_stands(regime("ca_eera"), [], events, as_of="2024-04-20")
    assert res["current_stage"]["id"] == "post_fact_finding"
    assert "fact_finding_report" in res["reached"]  # implied by the later stage
    assert res["strike_lawful"] is True
    # the same dispute seen on an earlier day: the report is not out yet
    early = where_it_stands(regime("ca_eera"), [], events, as_of="2024-03-10")
    assert early["current_stage"]["id"] == "fact_finding"
    assert early["next_step"]["date"] == "2024-03-31" and early["strike_lawful"] is False


def test_nlra_health_care_needs_ten_day_notice():
    reg = jurisdiction("health_care", "MN", ["St. Brigid Medical Center"])
    assert reg.id == "nlra_health_care"
    expired = [ev("contract_expired", "2024-04-30", "The nurses' contract expired at midnight."),
               ev("strike_vote", "2024-05-02", "Nurses voted 94 percent to authorize a strike.")]
    res = where_it_stands(reg, ["contract_expired", "strike_vote"], expired, as_of="2024-05-03")
    assert res["current_stage"]["id"] == "contract_expired"
    assert res["strike_lawful"] is False
    assert res["next_step"]["stage"] == "strike_notice" and "158(g)" in res["next_step"]["citation"]
    notice = expired + [ev("announced", "2024-05-06", "The union delivered a 10-day notice to "
                           "the hospital, setting a strike for May 16.")]
    during = where_it_stands(reg, [], notice, as_of="2024-05-10")
    assert during["current_stage"]["id"] == "strike_notice"
    assert during["strike_lawful"] is False
    assert during["next_step"]["date"] == "2024-05-16"
    after = where_it_stands(reg, [], notice, as_of="2024-05-16")
    assert after["strike_lawful"] is True
    # an ordinary private employer: a strike is lawful once the contract has expired
    plain = where_it_stands(regime("nlra"), ["contract_expired"], [])
    assert plain["strike_lawful"] is True


def test_rla_airline_in_mediation_then_released():
    reg = jurisdiction("transportation", "TX", ["Bluebird Airlines"])
    assert reg.id == "rla"
    med = [ev("mediation", "2024-01-09", "Talks continued under the National Mediation Board, "
              "which has held sessions since January.")]
    res = where_it_stands(reg, ["mediation"], med, as_of="2024-06-01")
    assert res["current_stage"]["id"] == "mediation"
    assert res["next_step"]["stage"] == "proffer_of_arbitration"
    assert res["strike_lawful"] is False and "155" in res["next_step"]["citation"]
    released = med + [ev("other", "2024-06-10", "The board released the two sides from "
                         "mediation, starting a 30-day cooling-off period.")]
    res2 = where_it_stands(reg, [], released, as_of="2024-06-20")
    assert res2["current_stage"]["id"] == "cooling_off"
    assert "proffer_of_arbitration" in res2["reached"]  # implied
    assert res2["next_step"]["date"] == "2024-07-10" and res2["strike_lawful"] is False
    assert where_it_stands(reg, [], released, as_of="2024-07-10")["strike_lawful"] is True


def test_no_lawful_strike_regimes():
    fed = jurisdiction("public_administration", "MD", ["U.S. Department of Veterans Affairs"])
    res = where_it_stands(fed, ["impasse", "mediation"],
                          [ev("other", "2024-02-01", "The dispute went to the Federal Service "
                              "Impasses Panel in February.")])
    assert res["current_stage"]["id"] == "impasses_panel"
    assert res["strike_lawful"] is False and "7311" in res["regime"]["strike_rule"]
    ny = jurisdiction("education", "NY", ["Oakmont Central School District"])
    res = where_it_stands(ny, ["impasse"], [], as_of="2024-01-01")
    assert res["strike_lawful"] is False and "210" in res["regime"]["strike_rule"]
    assert res["next_step"]["stage"] == "mediation"


def test_events_after_as_of_are_ignored_and_settlement_is_current():
    events = school_dispute_events() + [
        ev("tentative_agreement", "2024-03-08", "Negotiators reached a tentative agreement late "
           "Thursday.")]
    before = where_it_stands(regime("ca_eera"), [], events, as_of="2024-03-06")
    assert before["current_stage"]["id"] == "mediation"
    after = where_it_stands(regime("ca_eera"), [], events, as_of="2024-03-09")
    assert after["current_stage"]["id"] == "tentative_agreement"
    assert after["next_step"]["stage"] == "ratified"


def test_dispute_stage_from_consolidated_record():
    record = {
        "id": "d-7", "industry": "education", "state": "CA", "country": "US",
        "employers": ["Pine Hollow Unified School District"],
        "bargaining_events": ["impasse", "mediation"],
        "timeline": [
            {"date": "2024-01-12", "kind": "impasse", "detail": None, "side": None,
             "articles": ["a1", "a4"],
             "sources": [{"article_id": "a1", "start": 10, "end": 60,
                          "sentence": "The union declared an impasse in January."},
                         {"article_id": "a4", "start": 0, "end": 40,
                          "sentence": "Talks reached impasse in mid-January."}]},
            {"date": "2024-02-05", "kind": "mediation", "detail": None, "side": None,
             "articles": ["a2"], "sources": [{"article_id": "a2", "start": 0, "end": 30,
                                              "sentence": "A mediator joined the talks."}]},
        ],
    }
    res = dispute_stage(record, as_of="2024-02-10")
    assert res["regime"]["id"] == "ca_eera"
    assert res["current_stage"]["id"] == "mediation"
    assert res["next_step"]["stage"] == "fact_finding"
    imp = {s["id"]: s for s in res["stages"]}["impasse"]
    assert {e["article_id"] for e in imp["evidence"] if e["article_id"]} == {"a1", "a4"}
    assert dispute_stage({**record, "country": "FR"}) is None
    # the consolidated bargaining-event values carry their own evidence sentences
    sourced = {**record, "timeline": [], "bargaining_events": ["impasse", "mediation", "ulp_charge"],
               "facts": {"bargaining_events": {"value": ["impasse", "mediation", "ulp_charge"],
                                               "values": [
        {"value": "impasse", "articles": ["a9"], "evidence": [
            {"article_id": "a9", "start": 4, "end": 11, "sentence": "Talks hit an impasse."}]},
        {"value": "ulp_charge", "articles": ["a9"], "evidence": [
            {"article_id": "a9", "start": 0, "end": 9, "sentence": "The union filed charges."}]},
    ]}}}
    res = dispute_stage(sourced)
    assert res["reached"] == ["negotiation", "impasse", "mediation"]
    imp = {s["id"]: s for s in res["stages"]}["impasse"]["evidence"]
    assert imp == [{"source": "bargaining_event", "kind": "impasse", "date": None, "detail": None,
                    "article_id": "a9", "sentence": "Talks hit an impasse.", "start": 4, "end": 11,
                    "matched": None}]
    med = {s["id"]: s for s in res["stages"]}["mediation"]["evidence"]
    assert med[0]["kind"] == "mediation" and med[0]["sentence"] is None  # label only
    assert res["notes"][0].startswith("Unfair labor practice charges are reported")
