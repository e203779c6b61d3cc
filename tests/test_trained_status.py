"""The status experiment (scripts/train_status.py) is reproducible and scores as the kit does:
trained on a tiny fixture written for this test (invented names, no evaluation text), the
same seed gives the same scores, the model learns its fixture, a combination overrides the
rules only at its threshold, and the tally counts a wrong status once on each side."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "train_status.py"
_spec = importlib.util.spec_from_file_location("train_status", SCRIPT)
ts = importlib.util.module_from_spec(_spec)
sys.modules["train_status"] = ts
_spec.loader.exec_module(ts)

FIXTURE = {
    "ongoing": ["Bus drivers at Orvella Transit stayed on strike for a third day on Tuesday.",
                "Nurses at Tolvane General are on strike and picketing the main entrance."],
    "ended": ["Dock workers at Port Kestrel returned to work on Monday, ending their strike.",
              "The Brenmoor teachers' strike ended after a deal was reached overnight."],
    "threatened": ["The Kellford cleaners' union threatened to strike unless pay improves.",
                   "Orvella pilots warned they could walk out if talks fail."],
    "scheduled": ["Tolvane rail staff will strike on Friday, the union announced.",
                  "Kestrel miners plan a 24-hour stoppage starting next Monday."],
    "authorized": ["Brenmoor machinists voted to authorize a strike, with no date set.",
                   "Kellford hotel staff gave their union strike authorization."],
    "averted": ["A strike at Orvella Port was called off after a last-minute deal.",
                "Tolvane bus drivers cancelled their planned strike after a new offer."],
}


def _recs():
    return [{"set": "fixture", "id": f"{k}{i}", "gold": k, "labor": True, "rules": None,
             "text": ts.model_text("", t)} for k, texts in FIXTURE.items()
            for i, t in enumerate(texts)]


def test_same_seed_same_scores_and_the_model_learns_its_fixture() -> None:
    recs = _recs()
    first = ts.scores_of(ts.train_on(recs), recs)
    second = ts.scores_of(ts.train_on(recs), recs)
    assert first == second
    assert sum(max(s, key=s.get) == r["gold"] for r, s in zip(recs, first)) >= len(recs) - 1


def test_override_only_at_its_threshold() -> None:
    cats = {k: 0.0 for k in ts.LABELS} | {"ended": 0.85, "ongoing": 0.15}
    assert ts.choose("ongoing", cats, "rules") == "ongoing"
    assert ts.choose("ongoing", cats, "model") == "ended"
    assert ts.choose("ongoing", cats, 0.8) == "ended"
    assert ts.choose("ongoing", cats, 0.9) == "ongoing"
    assert ts.choose(None, cats, 0.8) == "ended"


def test_the_tally_scores_a_status_as_the_kit_does() -> None:
    recs = [{"gold": "ended", "rules": "ended", "labor": True},
            {"gold": "ended", "rules": "ongoing", "labor": True},
            {"gold": None, "rules": "ongoing", "labor": True},
            {"gold": "averted", "rules": None, "labor": True},
            {"gold": None, "rules": None, "labor": True},
            {"gold": "ended", "rules": "ended", "labor": False}]
    assert ts.count(recs, [{}] * len(recs), "rules") == [1, 2, 2]
    assert ts.prf(1, 2, 2)[2] == ts.prf(1, 2, 2)[0]
