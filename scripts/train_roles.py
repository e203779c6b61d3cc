"""A measured experiment: a trained span classifier for employers against the rules.

Question (issue 14 item 3, "learn where rules stop"): employers is the field with most errors
left in every set. Does a small classifier that scores each organisation-like name of a labor
article as EMPLOYER / UNION / OTHER, combined with the rules' employers
(``picketline.extract.parties.employers``), beat the rules alone?

    .venv/bin/python scripts/train_roles.py                  # (a): the cross-validation table
    .venv/bin/python scripts/train_roles.py --save DIR       # also writes the full model to DIR
    .venv/bin/python scripts/train_roles.py --blind          # (b): aggregate figures on the
                                                             # blind sets /tmp/web9 /tmp/synth10

Candidates and features: :mod:`picketline.extract.roles` (the rules' employers and unions,
plus spaCy's ORG / GPE / NORP entities; each read as its sentences with the name replaced by
a marker token, plus tokens for its head word, position, mention count and source). Labels:
the evaluation kit's name matching (``names_match``, copied below from ../shared/eval/score.py)
against the gold employers (EMPLOYER), else the gold unions (UNION), else OTHER. Only the gold
labor articles are used: employers are scored only there.

Model (all settings fixed before the first scored run): spaCy 3.8 ``textcat``, bag of words
(``spacy.TextCatBOW.v3``, unigrams and bigrams, 2^18 hashed features, three exclusive
classes), CPU, 10 epochs, batches of 16, dropout 0.2, seeds fixed (``fix_random_seed`` and a
seeded shuffle): the same data give the same scores.

Combinations compared (:func:`picketline.extract.roles.choose`), each only on articles the
rules call labor actions: FILL (no rules' employer: add the best candidate scoring at least
0.5 or 0.7), VETO (drop a rules' employer scoring below 0.1 or 0.2), BOTH (the four pairs).

Evaluation: (a) leave-one-set-out cross-validation over the training sets (each set is one
fold), employers pooled P/R/F1 with the kit's list matching, the rules against every
combination; the combination is chosen by (a) only. (b) ``--blind``: trained on everything,
ONLY the aggregate employers P/R/F1 pooled over /tmp/web9 and /tmp/synth10 are printed.

Training sets: realdev, realtune (tuning part of tests/real), dev, tests/tuneset,
tests/tuneset2, tests/heldout, and /tmp/web3..web8, /tmp/synth7..synth9 (left out with a note
when absent, as on a fresh clone). Never read: the held-out part of tests/real, web9, synth10
(the last two only under --blind, in aggregate).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from itertools import combinations
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "real"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import textcat_bow  # noqa: E402  (the scripts' shared trainer, beside this file)

SEED = 20261203
EPOCHS = 10
BATCH = 16
DROPOUT = 0.2
NGRAMS = 2
LABELS = ("EMPLOYER", "UNION", "OTHER")
GRID = [("rules", 0.5, 0.1)] \
    + [("fill", f, 0.1) for f in (0.5, 0.7)] \
    + [("veto", 0.5, v) for v in (0.1, 0.2)] \
    + [("both", f, v) for f in (0.5, 0.7) for v in (0.1, 0.2)]
TMP_SETS = ("web3", "web4", "web5", "web6", "web7", "web8", "synth7", "synth8", "synth9")
BLIND_SETS = ("web9", "synth10")

# --- the evaluation kit's name matching (../shared/eval/score.py) ---------------------------
STOP = {"of", "the", "and", "for", "&", "a", "an", "at", "in"}
GENERIC = {"union", "unions", "local", "workers", "association", "company", "inc", "district",
           "school", "schools", "council", "federation", "international", "national", "united"}


def tokens(name):
    s = re.sub(r"['\u2019]s\b|['\u2019]", "", str(name).lower().replace("&", " and "))
    s = re.sub(r"[^\w\s]", " ", s)
    toks = s.split()
    while toks and toks[0] == "the":
        toks = toks[1:]
    return toks


def variants(toks):
    out = [toks]
    for i, j in combinations(range(len(toks) + 1), 2):
        run = toks[i:j]
        words = [t for t in run if t not in STOP]
        if j - i >= 2 and len(words) >= 2 and all(t.isalpha() for t in run):
            out.append(toks[:i] + ["".join(t[0] for t in words)] + toks[j:])
    return out


def is_subsequence(short, long):
    it = iter(long)
    return all(tok in it for tok in short)


def names_match(a, b):
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    for va in variants(ta):
        for vb in variants(tb):
            short, long = (va, vb) if len(va) <= len(vb) else (vb, va)
            if all(t in GENERIC or t.isdigit() for t in short):
                continue
            if is_subsequence(short, long):
                return True
    return False


def count_list(gold, pred):
    gold, pred = list(dict.fromkeys(gold or [])), list(dict.fromkeys(pred or []))
    unmatched = list(gold)
    tp = 0
    for p in pred:
        for g in unmatched:
            if names_match(g, p):
                unmatched.remove(g)
                tp += 1
                break
    return tp, len(pred) - tp, len(unmatched)


def label_of(name: str, gold_emp: list[str], gold_unions: list[str]) -> str:
    if any(names_match(g, name) for g in gold_emp):
        return "EMPLOYER"
    if any(names_match(g, name) for g in gold_unions):
        return "UNION"
    return "OTHER"


# --- data: one record per gold labor article ---------------------------------------------------
def article_records(name: str, articles: Path, gold: Path, nlp) -> list[dict]:
    from picketline.cascade import no_cue_facts
    from picketline.extract import PIPELINE, parties, roles, run_steps
    from picketline.ingest import read_paths
    from picketline.model import ArticleFacts
    from picketline.nlp import Context

    BEFORE = PIPELINE[:[s.name for s in PIPELINE].index("employers")]
    by_id = {a.id: a for a in read_paths(articles) if hasattr(a, "text")}
    out = []
    for g in sorted(gold.glob("*.json")):
        rec = json.loads(g.read_text(encoding="utf-8"))
        if not rec.get("is_labor_action"):
            continue
        art = by_id[g.stem]
        ctx = Context(art, nlp)
        labor = no_cue_facts(art) is None
        if labor:  # the steps before the employers, as the extractor runs them (its gate)
            facts = run_steps(BEFORE, ctx, ArticleFacts(id=art.id, title=art.title))
            labor = bool(facts.labor)
        # the rules' employers and unions (whether or not the model is hooked in)
        emp, uni = parties.employers(ctx), parties.unions(ctx)
        gold_emp, gold_uni = rec.get("employers") or [], rec.get("unions") or []
        cands = roles.candidates(ctx, emp, uni)
        out.append({"set": name, "id": g.stem, "gold": gold_emp, "labor": labor,
                    "rules": [str(f.value) for f in emp] if labor else [],
                    "rule_keys": [list(roles.name_key(str(f.value))) for f in emp] if labor else [],
                    "cands": [{"name": c.name, "key": list(c.key), "union": "union" in c.sources,
                               "text": roles.features(ctx, c),
                               "label": label_of(c.name, gold_emp, gold_uni)} for c in cands]})
    return out


def set_paths(tmp: Path, names: tuple[str, ...] | None = None) -> list[tuple[str, Path, Path]]:
    if names is not None:  # the blind sets
        return [(n, Path(f"/tmp/{n}/articles"), Path(f"/tmp/{n}/gold")) for n in names]
    out = textcat_bow.kit_sets(tmp)
    for n in TMP_SETS:
        if Path(f"/tmp/{n}/gold").is_dir():
            out.append((n, Path(f"/tmp/{n}/articles"), Path(f"/tmp/{n}/gold")))
        else:
            print(f"note: /tmp/{n} absent, left out of the training data")
    return out


def load_records(cache: Path | None, blind: bool = False) -> list[dict]:
    if cache and cache.is_file():
        return json.loads(cache.read_text())
    from picketline.nlp import load_model

    nlp = load_model()
    with tempfile.TemporaryDirectory(prefix="train-roles-") as tmpdir:
        recs = []
        for name, arts, gold in set_paths(Path(tmpdir), BLIND_SETS if blind else None):
            recs += article_records(name, arts, gold, nlp)
    if cache:
        cache.write_text(json.dumps(recs))
    return recs


# --- the model ---------------------------------------------------------------------------------
def train(texts: list[str], labels: list[str], seed: int = SEED, epochs: int = EPOCHS):
    """A textcat pipeline trained on ``texts`` (deterministic for one seed)."""
    return textcat_bow.train(texts, [{k: float(k == y) for k in LABELS} for y in labels],
                             seed=seed, epochs=epochs, batch=BATCH, dropout=DROPOUT,
                             ngrams=NGRAMS)


def save(nlp, path: Path) -> None:
    """Write the model without the vocabulary's strings: the bag of words reads hashes of the
    words, so the strings (every word of the training sentences, names included) are not
    needed, and the repository keeps no word list of the evaluation articles."""
    nlp.vocab.strings._reset_and_load([])
    nlp.to_disk(path)


def train_on(recs: list[dict]):
    cands = [c for r in recs for c in r["cands"]]
    return train([c["text"] for c in cands], [c["label"] for c in cands])


def score_records(nlp, recs: list[dict]) -> list[list[float]]:
    from picketline.extract.roles import employer_scores

    return [employer_scores(nlp, [c["text"] for c in r["cands"]]) for r in recs]


# --- scoring -----------------------------------------------------------------------------------
def predict(rec: dict, scores: list[float], mode: str, fill_at: float, veto: float) -> list[str]:
    from picketline.extract.roles import choose

    if not rec["labor"] or mode == "rules":
        return list(rec["rules"])
    cands = rec["cands"]
    kept, added = choose([tuple(k) for k in rec["rule_keys"]], [tuple(c["key"]) for c in cands],
                         [c["union"] for c in cands], scores, mode, fill_at, veto)
    return [rec["rules"][i] for i in kept] + ([cands[added]["name"]] if added is not None else [])


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def table(recs: list[dict], scores: list[list[float]], title: str, grid=GRID) -> list[str]:
    lines = []
    for mode, f, v in grid:
        c = [0, 0, 0]
        for r, s in zip(recs, scores):
            for k, x in enumerate(count_list(r["gold"], predict(r, s, mode, f, v))):
                c[k] += x
        p, rr, f1 = prf(*c)
        name = {"rules": "rules", "fill": f"fill >= {f}", "veto": f"veto < {v}",
                "both": f"both (fill >= {f}, veto < {v})"}[mode]
        lines.append(f"| {title} | {name} | {p:.3f} | {rr:.3f} | {f1:.3f} | {c[0]}/{c[1]}/{c[2]} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, help="keep the extracted candidates here (JSON)")
    ap.add_argument("--save", type=Path, help="write the model trained on all the data here")
    ap.add_argument("--blind", action="store_true",
                    help="(b): train on all, print ONLY aggregate figures on web9 + synth10")
    ap.add_argument("--blind-cache", type=Path)
    ap.add_argument("--no-cv", action="store_true", help="skip (a) (with --save: the model only)")
    args = ap.parse_args(argv)

    recs = load_records(args.cache)
    sets = list(dict.fromkeys(r["set"] for r in recs))
    n_c = sum(len(r["cands"]) for r in recs)
    print(f"training data: {len(recs)} gold labor articles, {n_c} candidates ("
          + ", ".join(f"{lab} {sum(c['label'] == lab for r in recs for c in r['cands'])}"
                      for lab in LABELS) + "); sets: "
          + ", ".join(f"{s} {sum(r['set'] == s for r in recs)}" for s in sets))
    head = ["| eval | system | P | R | F1 | tp/fp/fn |", "|---|---|---|---|---|---|"]
    if not (args.blind or args.no_cv):
        oof: list[list[float]] = [[] for _ in recs]
        for s in sets:
            nlp = train_on([r for r in recs if r["set"] != s])
            idx = [i for i, r in enumerate(recs) if r["set"] == s]
            for i, sc in zip(idx, score_records(nlp, [recs[i] for i in idx])):
                oof[i] = sc
        print("\n".join(head + table(recs, oof, f"(a) leave-one-set-out, {len(sets)} sets")))
        from picketline.extract import roles

        frozen = [("rules", 0.5, 0.1), (roles.MODE, roles.FILL_AT, roles.VETO_BELOW)]
        for s in sets:  # where the chosen combination gains or loses, set by set
            idx = [i for i, r in enumerate(recs) if r["set"] == s]
            print("\n".join(table([recs[i] for i in idx], [oof[i] for i in idx], s, frozen)))
    nlp = train_on(recs) if (args.save or args.blind) else None
    if args.blind:  # only the frozen choice against the rules, only pooled figures
        from picketline.extract import roles

        blind = load_records(args.blind_cache, blind=True)
        frozen = [("rules", 0.5, 0.1), (roles.MODE, roles.FILL_AT, roles.VETO_BELOW)]
        print("\n".join(head + table(blind, score_records(nlp, blind),
                                     f"(b) web9 + synth10, {len(blind)} labor", frozen)))
    if args.save:
        save(nlp, args.save)
        print(f"model written to {args.save}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
