"""The labor-relevance experiment (scripts/train_relevance.py) is reproducible: trained on a
tiny fixture set written for this test (invented names, no evaluation text), the same seed
gives the same scores, and the fold assignment keeps a dispute's articles together."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "train_relevance.py"
_spec = importlib.util.spec_from_file_location("train_relevance", SCRIPT)
tr = importlib.util.module_from_spec(_spec)
sys.modules["train_relevance"] = tr  # its dataclass looks its module up
_spec.loader.exec_module(tr)

LABOR = [
    "Bus drivers at Harlow Valley Transit walked off the job Monday after talks on pay broke "
    "down, their union said, leaving commuters stranded across the county.",
    "Nurses at Corran General Hospital began a three-day strike on Tuesday over staffing, "
    "with pickets outside the main entrance from dawn.",
    "Warehouse workers at a Denbury distribution centre voted to strike next week unless "
    "managers improve an offer of a 2 percent raise, the union local said.",
    "Teachers in the Westmere district stayed out for a second day as the strike over class "
    "sizes and wages went on, the teachers' union said.",
    "Dock workers at Port Allaway stopped work for 24 hours in a dispute over shift patterns, "
    "halting container traffic, union officials said.",
]
OTHER = [
    "Corran Foods reported a rise in quarterly profit on Thursday as sales of frozen meals "
    "grew faster than analysts had expected.",
    "The Westmere council approved a new bus lane on the high street after a long "
    "consultation with shop owners and residents.",
    "Harlow Rovers beat Denbury Town 3-1 on Saturday, their new striker scoring twice in the "
    "second half.",
    "A storm brought heavy rain and strong winds to the coast overnight, and forecasters "
    "expect calmer weather by the weekend.",
    "Shares in Allaway Mining fell 4 percent after the company cut its forecast for copper "
    "output this year.",
]
UNSEEN = [
    "Cleaners at the Denbury town hall walked out on Friday over unpaid wages, the union said.",
    "Allaway Mining said copper prices rose in the quarter and profit beat forecasts.",
]


def _train(seed: int):
    return tr.train(LABOR + OTHER, [True] * len(LABOR) + [False] * len(OTHER), seed=seed,
                    epochs=10)


def test_same_seed_same_scores() -> None:
    first = tr.scores(_train(7), UNSEEN + LABOR + OTHER)
    second = tr.scores(_train(7), UNSEEN + LABOR + OTHER)
    assert first == second
    assert all(0.0 <= s <= 1.0 for s in first)


def test_the_trained_model_learns_the_fixture() -> None:
    s = tr.scores(_train(7), LABOR + OTHER)
    assert min(s[:len(LABOR)]) > max(s[len(LABOR):])


def test_folds_keep_a_dispute_together_and_share_out_the_labels() -> None:
    items = [tr.Item("s", f"a{i}", "", i % 3 == 0, f"s:{'d' + str(i // 2) if i < 12 else i}")
             for i in range(40)]
    fold = tr.folds(items, k=5)
    assert fold == tr.folds(items, k=5)
    by_group: dict[str, set[int]] = {}
    for it, f in zip(items, fold):
        by_group.setdefault(it.group, set()).add(f)
    assert all(len(fs) == 1 for fs in by_group.values())
    assert {f for it, f in zip(items, fold) if it.label} == set(range(5))


def test_scoring_and_combinations() -> None:
    gold = [True, True, False, False]
    rules = [True, False, True, False]
    model = [True, True, False, True]
    combos = tr.systems(rules, model)
    assert combos["rules AND model"] == [True, False, False, False]
    assert combos["rules OR model"] == [True, True, True, True]
    assert tr.prf(gold, combos["rules AND model"]) == (1.0, 0.5, 2 / 3)
