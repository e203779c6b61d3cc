"""The linking index (blocking by name tokens) must not change what linking decides: every
pair of names that :func:`org_match` accepts shares a token, and linking a population of
articles with the index gives exactly the assignments of scoring every dispute."""
from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from picketline.link import (
    DisputeKey, KeyIndex, assign_detail, index_tokens, link_order, name_key, name_match,
    org_match, probe_tokens,
)
from picketline.model import Article, ArticleFacts, Evidence, Fact, Location

# words that exercise every way org_match succeeds: generic words and connectors, plurals
# and possessives (stems), acronyms of other names, words that are generic only in the
# plural ("nurses" is generic, "nurse" is not), local numbers, corporate suffixes
VOCAB = ["united", "teachers", "nurses", "nurse", "center", "centers", "of", "the", "and",
         "maple", "valley", "maples", "brigid", "brigids", "st", "seiu", "uaw", "mv", "mva",
         "utla", "los", "angeles", "school", "district", "union", "workers", "local", "inc",
         "harbor", "freight", "lines", "transit", "authority", "ata", "hfl", "health", "vea"]
NAMES = st.lists(st.sampled_from(VOCAB), min_size=1, max_size=5).map(" ".join)
LOCALS = st.one_of(st.none(), st.sampled_from(["99", "1000", "7"]))


def _name(words: str, local: str | None) -> str:
    return f"{words} Local {local}" if local else words


@settings(max_examples=3000, deadline=None)
@given(NAMES, LOCALS, NAMES, LOCALS, st.sampled_from(["union", "employer"]))
def test_every_counted_name_match_shares_a_token(a, la, b, lb, kind) -> None:
    x, y = name_key(_name(a, la), kind), name_key(_name(b, lb), kind)
    if name_match(x, y) >= 0.8:
        assert probe_tokens(x) & index_tokens(y), (x, y)
    if name_match(y, x) >= 0.8:
        assert probe_tokens(y) & index_tokens(x), (y, x)


def test_known_aliases_share_a_token() -> None:
    pairs = [("SEIU Local 99", "Local 99 of the Service Employees International Union"),
             ("United Teachers Los Angeles", "UTLA"),
             ("the Los Angeles Unified School District", "LAUSD"),
             ("St. Brigid's Hospital", "St Brigids Hospital"),
             ("Oakland School District", "Oakland Unified School District"),
             ("SEIU", "SEIU United Healthcare Workers West")]
    for a, b in pairs:
        x, y = name_key(a), name_key(b)
        assert org_match(x, y)
        assert probe_tokens(x) & index_tokens(y) and probe_tokens(y) & index_tokens(x)


def test_unrelated_names_are_not_candidates() -> None:
    keys = [DisputeKey("a", employers=[name_key("Maple Valley School District", "employer")],
                       unions=[name_key("Maple Valley Education Association")]),
            DisputeKey("b", employers=[name_key("Riverside General Hospital", "employer")],
                       unions=[name_key("Riverside Nurses Union")])]
    index = KeyIndex(keys)
    assert [k.id for k in index.candidates([name_key("Riverside General Hospital")])] == ["b"]
    assert index.candidates([name_key("Harbor Freight Lines")]) == []


def test_other_locals_of_a_union_are_not_candidates() -> None:
    keys = [DisputeKey("a", unions=[name_key("ATU Local 1277")]),
            DisputeKey("b", unions=[name_key("Amalgamated Transit Union Local 85")]),
            DisputeKey("c", unions=[name_key("Amalgamated Transit Union")])]
    index = KeyIndex(keys)
    assert [k.id for k in index.candidates([name_key("ATU Local 85")])] == ["b", "c"]
    assert [k.id for k in index.candidates([name_key("ATU")])] == ["a", "b", "c"]


# --- a population of articles: indexed linking equals scoring every dispute ------------------
EMPLOYERS = ["Maple Valley School District", "Riverside General Hospital",
             "Harbor Freight Lines", "Northgate Studios", "Cedar Ridge Transit Authority",
             "St. Brigid's Medical Center", "Ashford County Schools", "Bayview Grand Hotel"]
UNIONS = ["Maple Valley Education Association", "MVEA", "Riverside Nurses Union", "RNU",
          "Teamsters Local 2010", "Screen Editors Guild", "Amalgamated Transit Union Local 1277",
          "ATU", "SEIU Local 99", "UNITE HERE Local 2", "National Nurses United"]
STATES = ["OR", "OH", "CA", "WA", None]


def _population(n: int, seed: int) -> tuple[list[ArticleFacts], dict[str, Article]]:
    rng = random.Random(seed)
    facts, arts = [], {}
    for i in range(n):
        aid = f"a{i:04d}"
        ev = Evidence(aid, 0, 10, "A sentence.")
        day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        emp = rng.sample(EMPLOYERS, rng.choice([0, 1, 1, 1, 2]))
        uni = rng.sample(UNIONS, rng.choice([0, 1, 1, 2]))
        state = rng.choice(STATES)
        facts.append(ArticleFacts(
            id=aid, published=Fact(day), is_labor_action=Fact(True),
            employers=[Fact(e, ev) for e in emp], unions=[Fact(u, ev) for u in uni],
            location=Fact(Location(None, state, "US")) if state else None))
        # articles with no names are linked by names read from their text
        text = " ".join(rng.sample(EMPLOYERS + UNIONS, 2)) + " workers walked out."
        arts[aid] = Article(id=aid, text=text, published=day)
    return facts, arts


def _link(facts, arts, indexed: bool) -> list[tuple]:
    keys: list[DisputeKey] = []
    index = KeyIndex(keys) if indexed else None
    out = []
    for f in link_order(facts):
        copy_of = f"a{int(f.id[1:]) - 1:04d}" if int(f.id[1:]) % 17 == 0 else None
        a = assign_detail(f, keys, arts[f.id], copy_of, index=index)
        out.append((a.article_id, a.dispute_id, a.new, a.score, tuple(a.also_mentions),
                    a.copy_of))
    return out


def test_indexed_linking_equals_scoring_every_dispute() -> None:
    for seed in range(3):
        facts, arts = _population(400, seed)
        plain = _link(facts, arts, indexed=False)
        assert _link(facts, arts, indexed=True) == plain
        # the population really exercises linking: joins, new disputes, roundups
        assert sum(1 for a in plain if a[2]) > 10
        assert sum(1 for a in plain if not a[2]) > 100
