"""The bag-of-words text classifier the trained-component experiments use
(``train_relevance.py``, ``train_roles.py``, ``train_status.py``; docs/trained-components.md): a
blank English spaCy pipeline with one exclusive-class ``textcat`` (``spacy.TextCatBOW.v3``, 2^18
hashed features), trained deterministically for one seed (``fix_random_seed`` and a seeded
shuffle); and the gold sets the repository and the kit hold, which they train on.
"""
from __future__ import annotations

import random
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def kit_sets(tmp: Path) -> list[tuple[str, Path, Path]]:
    """(name, articles, gold) of realdev, realtune (the tuning part of tests/real, written
    under ``tmp``; left out with a note without ``../shared/corpus/real``), dev, and
    tests/tuneset, tuneset2 and heldout."""
    import realset  # tests/real, on the caller's path

    out = [("realdev", SHARED / "eval/real-dev/articles", SHARED / "eval/real-dev/gold"),
           ("dev", SHARED / "eval/dev/articles", SHARED / "eval/dev/gold")]
    if realset.available():
        folder = tmp / "real-tune"
        out.insert(1, ("realtune", folder, realset.write("tune", folder)))
    else:
        print("note: ../shared/corpus/real absent, realtune left out")
    for n in ("tuneset", "tuneset2", "heldout"):
        out.append((n, REPO / "tests" / n / "articles", REPO / "tests" / n / "gold"))
    return out


def new_pipeline(ngrams: int):
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("textcat", config={"model": {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True,
        "ngram_size": ngrams, "no_output_layer": False, "length": 262144}})
    return nlp


def train(texts: list[str], cats: list[dict[str, float]], *, seed: int, epochs: int,
          batch: int, dropout: float, ngrams: int):
    """A textcat pipeline trained on ``texts`` with their ``cats`` (same seed, same model)."""
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = new_pipeline(ngrams)
    examples = [Example.from_dict(nlp.make_doc(t), {"cats": c}) for t, c in zip(texts, cats)]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    order = list(range(len(examples)))
    for _ in range(epochs):
        rng.shuffle(order)
        for group in minibatch([examples[i] for i in order], size=batch):
            nlp.update(group, drop=dropout, sgd=optimizer, losses={})
    return nlp
