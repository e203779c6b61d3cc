"""The bag-of-words text classifier both trained-component experiments use
(``train_relevance.py``, ``train_roles.py``; docs/trained-components.md): a blank English
spaCy pipeline with one exclusive-class ``textcat`` (``spacy.TextCatBOW.v3``, 2^18 hashed
features), trained deterministically for one seed (``fix_random_seed`` and a seeded shuffle).
"""
from __future__ import annotations

import random


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
