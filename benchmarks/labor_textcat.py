"""Does a trained labor-relevance classifier beat the rules on held-out real text? (issue 14)

    python benchmarks/labor_textcat.py        # needs ../shared beside the checkout

Trains spaCy's bag-of-words text classifier (TextCatBOW, CPU, 15 epochs, fixed seed) on the
kit's real-dev articles plus the tuning part of our real set (optionally with the written
sets), and scores it, the rules, and the two combined, on the held-out part of our real set
(is_labor_action precision, recall, F1 and tp/fp/fn). A trained component ships only where
it measures better than the rules; the figures of each run go in the issue's closing note.
"""
import json, random, sys, os
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / 'tests' / 'real'))
import realset
import spacy
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch

ROOT = Path(__file__).resolve().parents[1]
def folder(d):
    out=[]
    for g in sorted((d/'gold').glob('*.json')):
        rec=json.loads(g.read_text()); t=(d/'articles'/f'{g.stem}.txt').read_text()
        out.append((t, rec['is_labor_action']))
    return out
train = folder(ROOT.parent / 'shared' / 'eval' / 'real-dev')
for part in ['tune']:
    ids=realset.part_ids(part); tx=realset.texts(ids); gd=realset.gold(ids)
    train += [(tx[i], gd[i]['is_labor_action']) for i in ids]
written = folder(ROOT.parent / 'shared' / 'eval' / 'dev') + folder(ROOT/'tests/tuneset') + folder(ROOT/'tests/tuneset2')
ids=realset.part_ids('heldout'); tx=realset.texts(ids); gd=realset.gold(ids)
test=[(tx[i], gd[i]['is_labor_action'], i) for i in ids]

def run(train, seed=0, arch="bow"):
    fix_random_seed(seed)
    nlp = spacy.blank('en')
    cfg = {"model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 2, "no_output_layer": False, "length": 262144}}
    tc = nlp.add_pipe('textcat', config=cfg)
    tc.add_label('LABOR'); tc.add_label('OTHER')
    exs=[Example.from_dict(nlp.make_doc(t[:5000]), {"cats": {"LABOR": float(y), "OTHER": float(not y)}}) for t,y in train]
    opt = nlp.initialize(lambda: exs)
    rnd=random.Random(seed)
    for ep in range(15):
        rnd.shuffle(exs)
        for b in minibatch(exs, size=8):
            nlp.update(b, sgd=opt, drop=0.2)
    return nlp

def prf(pairs):
    tp=sum(1 for p,g in pairs if p and g); fp=sum(1 for p,g in pairs if p and not g); fn=sum(1 for p,g in pairs if g and not p)
    P=tp/(tp+fp) if tp+fp else 1.0; R=tp/(tp+fn) if tp+fn else 1.0
    return round(P,3),round(R,3),round(2*P*R/(P+R),3) if P+R else 0, (tp,fp,fn)

for name, tr in [('real', train), ('real+written', train+written)]:
    nlp = run(tr)
    preds=[(nlp(t[:5000]).cats['LABOR']>0.5, g) for t,g,_ in test]
    print(name, 'classifier heldout', prf(preds))
# rules
from picketline.extract import extract_article
from picketline.model import Article
from picketline.ingest import read_paths
import tempfile
d=Path(tempfile.mkdtemp()); 
for t,g,i in test: (d/f'{i}.txt').write_text(t)
arts={Path(a.path).stem:a for a in read_paths([d])}
rules=[(extract_article(arts[i]).labor, g) for t,g,i in test]
print('rules heldout', prf(rules))
nlp = run(train+written)
both=[(extract_article(arts[i]).labor or nlp(t[:5000]).cats['LABOR']>0.8, g) for t,g,i in test]
print('rules OR classifier>0.8', prf(both))
both=[(extract_article(arts[i]).labor and nlp(t[:5000]).cats['LABOR']>0.2, g) for t,g,i in test]
print('rules AND classifier>0.2', prf(both))
