"""The ingest run's link cache (:class:`picketline.api.LinkCache`) keeps recent disputes'
link keys and their index between batches. It must give exactly what reading every key
from the database gives, as the stream moves across years (keys leave the window and come
back for a late article) and when a reviewer merges disputes between two batches."""
from __future__ import annotations

import random
from datetime import date, timedelta

from picketline import api
from picketline.model import Article, ArticleFacts, Evidence, Fact, Location
from picketline.store import Store

EMPLOYERS = ["Granite Ridge Stone Company", "Harbor Freight Lines", "Lakeshore Medical Center",
             "Port of Duluth Authority", "Cedar Ridge Transit Authority", "Bayview Grand Hotel"]
UNIONS = ["Teamsters Local 597", "Teamsters Local 2785", "Minnesota Nurses Association",
          "ILA Local 1279", "ATU Local 1277", "UNITE HERE Local 17"]
STATES = ["VT", "MN", "MN", "MN", "OR", "MN"]


def _stream(n: int, seed: int) -> list[ArticleFacts]:
    """Labor articles over about three years in publication order. Each employer is in the
    news for a season of 120 days and comes back two years later (a new dispute: more than
    the linking window later); every 23rd article is a late one about a season 500 days
    back, whose dispute has left the cache's window by then."""
    rng = random.Random(seed)
    out = []
    first = day = date(2021, 1, 4)
    for i in range(n):
        day += timedelta(days=rng.choice([0, 1, 3, 5, 9, 14]))
        pub = day - timedelta(days=500) if i % 23 == 22 else day
        k = ((pub - first).days // 120) % len(EMPLOYERS)
        if rng.random() < 0.15:
            k = rng.randrange(len(EMPLOYERS))
        aid = f"s{i:03d}"
        ev = Evidence(aid, 0, 20, f"Sentence from {aid}.")
        emp = [EMPLOYERS[k]] if rng.random() < 0.85 else []
        uni = [UNIONS[k]] if rng.random() < 0.8 else []
        out.append(ArticleFacts(
            id=aid, published=Fact(pub.isoformat()), is_labor_action=Fact(True),
            employers=[Fact(e, ev) for e in emp], unions=[Fact(u, ev) for u in uni],
            location=Fact(Location(None, STATES[k], "US"), ev), action_type=Fact("strike", ev)))
    return out


def _article(f: ArticleFacts) -> Article:
    return Article(f.id, f"Body of {f.id}: workers and managers, unique words {f.id} "
                         f"{f.id[::-1]} and {int(f.id[1:]) * 7919}.", published=f.published.value)


def _run(store: Store, stream: list[ArticleFacts], size: int, cache, merge_at=None):
    for i in range(0, len(stream), size):
        batch = [ArticleFacts.from_dict(f.to_dict()) for f in stream[i:i + size]]
        with store.transaction():
            store.add_articles(_article(f) for f in batch)
            store.save_facts(batch)
            api.refresh_disputes(store, [f.id for f in batch], cache=cache)
        if merge_at is not None and i <= merge_at < i + size:
            a, b = sorted(d["id"] for d in store.disputes(limit=None))[:2]
            api.merge_disputes(store, a, b, author="reviewer")
    return ({f.id: store.dispute_of(f.id) for f in stream},
            sorted((d["id"], tuple(d["article_ids"])) for d in store.disputes(limit=None)))


def test_cached_window_equals_reading_every_key(tmp_path) -> None:
    stream = _stream(160, seed=3)
    with Store(f"sqlite:///{tmp_path / 'plain.db'}") as st:
        plain = _run(st, stream, 7, cache=None)
    windows = {}
    for size in (1, 7, 40):
        cache = api.LinkCache()
        with Store(f"sqlite:///{tmp_path / f'cached{size}.db'}") as st:
            assert _run(st, stream, size, cache) == plain
        windows[size] = cache.window
    # the stream really moved the window (the last article is not a late one): older
    # disputes left it; and the same parties' disputes recur
    membership, disputes = plain
    assert windows[1].lo > "2022-01-01"
    assert 0 < len(windows[1].keys) < len(disputes)
    assert 6 < len(disputes) < 60


def test_a_merge_between_batches_is_seen_by_the_next_batch(tmp_path) -> None:
    stream = _stream(80, seed=5)
    with Store(f"sqlite:///{tmp_path / 'plain.db'}") as st:
        plain = _run(st, stream, 10, cache=None, merge_at=30)
    with Store(f"sqlite:///{tmp_path / 'cached.db'}") as st:
        cached = _run(st, stream, 10, api.LinkCache(), merge_at=30)
        assert st.corrections(target="dispute")  # the merge happened
    assert cached == plain
