"""A measured experiment: a trained labor-relevance classifier against the rules.

Question (issue 14, "learn where rules stop"): does a bag-of-words text classifier, trained on
the gold of our annotated sets, add anything to the rule classifier
(``picketline.extract.classify.is_labor_action``, as the extractor reports it) when it
answers "is this article a report of a labor action?"

    .venv/bin/python scripts/train_relevance.py             # the table (about 2 minutes)
    .venv/bin/python scripts/train_relevance.py --save DIR  # also writes the full model to DIR

Model: spaCy ``textcat`` with the bag-of-words architecture (``spacy.TextCatBOW.v3``, unigrams
and bigrams of the lowercased text, two exclusive classes), trained on CPU with fixed seeds
(``spacy.util.fix_random_seed``, a seeded shuffle): the same data and seed give the same
scores. An article is labor when its ``LABOR`` score is at least 0.5. Nothing is tuned: the
settings below were fixed before the first run.

Training data (labels from gold only; see docs/trained-components.md):
  realtune  the tuning part of tests/real (180 real articles; text from ../shared)
  realdev   ../shared/eval/real-dev (68 real articles)
  dev       ../shared/eval/dev (39 written articles)
  tuneset, tuneset2   tests/tuneset, tests/tuneset2 (written for the project)
  web3      /tmp/web3 (30 web pages, blind-annotated; left out with a note when absent)
Never trained on: the held-out part of tests/real, web4, tests/heldout.

Evaluation, each as precision/recall/F1 of ``is_labor_action`` for the rules, the model,
"rules AND model" (the model vetoes the rules' positives) and "rules OR model":
  (a) 5-fold cross-validation over the training data, folds grouped by dispute (every
      article of one dispute in the same fold) and stratified by label;
  (b) web4 (/tmp/web4), with the model trained on all the training data;
  (c) the held-out part of tests/real, same model: ONLY its aggregate figures are computed
      and printed, never anything per article.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "real"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import textcat_bow  # noqa: E402  (the scripts' shared trainer, beside this file)

SEED = 20261203
EPOCHS = 20
BATCH = 8
DROPOUT = 0.2
NGRAMS = 2
FOLDS = 5
LABELS = ("LABOR", "OTHER")


@dataclass
class Item:
    set: str
    id: str
    text: str
    label: bool
    group: str  # a dispute (all its articles share a fold) or the article itself
    rules: bool | None = None
    article: object = None  # the Article the rules read


# --- the model --------------------------------------------------------------------------------
def model_text(text: str) -> str:
    """What the model reads: the article, lowercased (the bag-of-words features are exact
    word forms), cut to the extractor's reading length."""
    return text[:20000].lower()


def train(texts: list[str], labels: list[bool], seed: int = SEED, epochs: int = EPOCHS):
    """A textcat pipeline trained on ``texts`` (deterministic for one seed)."""
    return textcat_bow.train([model_text(t) for t in texts],
                             [{"LABOR": float(y), "OTHER": float(not y)} for y in labels],
                             seed=seed, epochs=epochs, batch=BATCH, dropout=DROPOUT,
                             ngrams=NGRAMS)


def scores(nlp, texts: list[str]) -> list[float]:
    """The ``LABOR`` score of each text."""
    return [doc.cats["LABOR"] for doc in nlp.pipe(model_text(t) for t in texts)]


# --- data -------------------------------------------------------------------------------------
def _gold_set(name: str, articles: Path, gold: Path) -> list[Item]:
    from picketline.ingest import read_paths

    out = []
    by_id = {a.id: a for a in read_paths(articles) if hasattr(a, "text")}
    for g in sorted(gold.glob("*.json")):
        rec = json.loads(g.read_text(encoding="utf-8"))
        art = by_id.get(g.stem)
        if art is None:
            raise SystemExit(f"{name}: no article for gold {g.name}")
        text = art.text if not art.title or art.title in art.text[:len(art.title) + 40] \
            else f"{art.title}\n\n{art.text}"
        out.append(Item(name, g.stem, text, bool(rec.get("is_labor_action")),
                        f"{name}:{rec.get('dispute') or g.stem}", article=art))
    return out


def _real_part(part: str, tmp: Path) -> list[Item]:
    import realset

    if not realset.available():
        raise SystemExit("../shared/corpus/real is missing: the real parts need it")
    folder = tmp / f"real-{part}"
    gold = realset.write(part, folder)
    return _gold_set(f"real{part}", folder, gold)


def training_sets(tmp: Path, web3: Path) -> list[Item]:
    items = _real_part("tune", tmp)
    items += _gold_set("realdev", SHARED / "eval/real-dev/articles", SHARED / "eval/real-dev/gold")
    items += _gold_set("dev", SHARED / "eval/dev/articles", SHARED / "eval/dev/gold")
    for name in ("tuneset", "tuneset2"):
        items += _gold_set(name, REPO / "tests" / name / "articles", REPO / "tests" / name / "gold")
    if (web3 / "gold").is_dir():
        items += _gold_set("web3", web3 / "articles", web3 / "gold")
    else:
        print(f"note: {web3} absent, web3 left out of the training data")
    return items


def add_rules(items: list[Item]) -> None:
    """The extractor's own ``is_labor_action`` for each article (the rules)."""
    from picketline.engine import extract_one

    for it in items:
        facts = extract_one(it.article)
        if isinstance(facts, str):
            raise SystemExit(f"{it.set}/{it.id}: extraction failed: {facts}")
        it.rules = bool(facts.is_labor_action and facts.is_labor_action.value)


def folds(items: list[Item], k: int = FOLDS) -> list[int]:
    """Fold of each item: groups (disputes) sorted by a hash of their key, dealt round-robin,
    labor groups and others separately (so each fold has its share of both)."""
    labor = {it.group for it in items if it.label}
    key = lambda g: hashlib.sha1(f"{SEED}:{g}".encode()).hexdigest()  # noqa: E731
    fold_of = {}
    for groups in (labor, {it.group for it in items} - labor):
        for i, g in enumerate(sorted(groups, key=key)):
            fold_of[g] = i % k
    return [fold_of[it.group] for it in items]


# --- scoring ----------------------------------------------------------------------------------
def prf(gold: list[bool], pred: list[bool]) -> tuple[float, float, float]:
    tp = sum(g and p for g, p in zip(gold, pred))
    fp = sum(p and not g for g, p in zip(gold, pred))
    fn = sum(g and not p for g, p in zip(gold, pred))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def systems(rules: list[bool], model: list[bool]) -> dict[str, list[bool]]:
    return {"rules": rules, "model": model,
            "rules AND model": [a and b for a, b in zip(rules, model)],
            "rules OR model": [a or b for a, b in zip(rules, model)]}


def row(name: str, gold: list[bool], preds: dict[str, list[bool]]) -> list[str]:
    cells = []
    for sysname, pred in preds.items():
        p, r, f = prf(gold, pred)
        cells.append(f"| {name} | {sysname} | {p:.3f} | {r:.3f} | {f:.3f} |")
    return cells


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--web3", default="/tmp/web3", type=Path)
    ap.add_argument("--web4", default="/tmp/web4", type=Path)
    ap.add_argument("--save", type=Path, help="write the model trained on all the data here")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="train-relevance-") as tmpdir:
        tmp = Path(tmpdir)
        train_items = training_sets(tmp, args.web3)
        web4 = _gold_set("web4", args.web4 / "articles", args.web4 / "gold") \
            if (args.web4 / "gold").is_dir() else []
        heldout = _real_part("heldout", tmp)
        add_rules(train_items + web4 + heldout)

    gold = [it.label for it in train_items]
    print(f"training data: {len(train_items)} articles, {sum(gold)} labor "
          + ", ".join(f"{s} {sum(1 for it in train_items if it.set == s)}"
                      for s in dict.fromkeys(it.set for it in train_items)))

    # (a) cross-validation: out-of-fold model answers for every training article
    fold = folds(train_items)
    oof = [0.0] * len(train_items)
    for k in range(FOLDS):
        tr = [i for i, f in enumerate(fold) if f != k]
        te = [i for i, f in enumerate(fold) if f == k]
        nlp = train([train_items[i].text for i in tr], [gold[i] for i in tr])
        for i, s in zip(te, scores(nlp, [train_items[i].text for i in te])):
            oof[i] = s
    lines = ["| set | system | P | R | F1 |", "|---|---|---|---|---|"]
    lines += row(f"(a) 5-fold CV, {len(gold)} ({sum(gold)} labor)", gold,
                 systems([bool(it.rules) for it in train_items], [s >= 0.5 for s in oof]))

    # (b), (c): the model trained on all the training data
    nlp = train([it.text for it in train_items], gold)
    for name, items in ((f"(b) web4, {len(web4)}", web4), ("(c) real held-out", heldout)):
        if not items:
            print(f"note: {name} absent")
            continue
        g = [it.label for it in items]
        m = [s >= 0.5 for s in scores(nlp, [it.text for it in items])]
        label = name if not name.startswith("(b)") else f"{name} ({sum(g)} labor)"
        lines += row(label, g, systems([bool(it.rules) for it in items], m))
    print("\n".join(lines))
    if args.save:
        nlp.to_disk(args.save)
        print(f"model written to {args.save}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
