"""Linking articles into disputes: aliases, time, place, roundups, wire copies, ids."""
from __future__ import annotations

import random
import subprocess
import sys

import pytest

from picketline.link import (
    DisputeKey, assign, assign_detail, link_all, link_all_detail, link_order, name_key,
    name_match, near_duplicates,
)
from picketline.model import Article, ArticleFacts, Evidence, Fact, Location


def mk(aid, published=None, employers=(), unions=(), state=None, start=None, labor=True):
    ev = Evidence(aid, 0, 10, "A sentence.")
    return ArticleFacts(
        id=aid,
        published=Fact(published) if published else None,
        is_labor_action=Fact(labor),
        employers=[Fact(e, ev) for e in employers],
        unions=[Fact(u, ev) for u in unions],
        location=Fact(Location(None, state, "US")) if state else None,
        start_date=Fact(start, ev) if start else None,
    )


@pytest.mark.parametrize("a,b", [
    ("SEIU Local 99", "Local 99 of the Service Employees International Union"),
    ("Service Employees International Union, Local 99", "SEIU Local 99"),
    ("United Teachers Los Angeles", "UTLA"),
    ("the Los Angeles Unified School District", "LAUSD"),
    ("Harbor Freight Lines, Inc.", "Harbor Freight Lines"),
    ("St. Brigid's Hospital", "St Brigids Hospital"),
    # part of a name written as its initials
    ("Northland Territory government", "NT government"),
    ("NT Trades and Labour Council", "Northland Territory Trades and Labour Council"),
])
def test_aliases_resolve_to_the_same_organisation(a, b):
    assert name_match(name_key(a), name_key(b)) == 1.0


@pytest.mark.parametrize("a,b", [
    ("SEIU Local 99", "SEIU Local 1000"),
    ("United Teachers Los Angeles", "Chicago Teachers Union"),
    ("Teamsters Local 2010", "Amalgamated Transit Union Local 1277"),
    ("NT government", "North Dakota government"),
    ("Northland Territory government", "Northland Territory Trades and Labour Council"),
])
def test_different_organisations_or_locals_do_not_fully_match(a, b):
    assert name_match(name_key(a), name_key(b)) < 0.8


STRIKE = [
    mk("m1", "2024-02-01", ["Maple Valley School District"], ["Maple Valley Education Association"], "OR"),
    mk("m2", "2024-02-05", ["Maple Valley School District"], ["MVEA"], "OR", start="2024-02-08"),
    mk("m3", "2024-02-09", ["the Maple Valley School District"], [], "OR"),
    mk("m4", "2024-02-12", [], ["Maple Valley Education Association"], None),
]
OTHER = [
    mk("h1", "2024-02-03", ["Riverside General Hospital"], ["Riverside Nurses Union"], "OH"),
    mk("h2", "2024-02-10", ["Riverside General Hospital"], ["RNU"], "OH"),
]
UNRELATED = [mk("x1", "2024-02-04", labor=False)]


def _copy(fs):
    return [ArticleFacts.from_dict(f.to_dict()) for f in fs]


def test_batch_groups_by_aliases_and_leaves_non_labor_out():
    got = link_all(_copy(STRIKE + OTHER + UNRELATED))
    assert len({got[a] for a in ("m1", "m2", "m3", "m4")}) == 1
    assert got["h1"] == got["h2"] != got["m1"]
    assert got["x1"] is None


def test_incremental_joining_equals_batch_in_any_input_order():
    batch = link_all(_copy(STRIKE + OTHER + UNRELATED))
    shuffled = _copy(STRIKE + OTHER + UNRELATED)
    random.Random(4).shuffle(shuffled)
    assert link_all(shuffled) == batch
    keys: list[DisputeKey] = []
    one_by_one = {}
    for f in link_order(_copy(STRIKE + OTHER + UNRELATED)):
        one_by_one[f.id] = assign(f, keys)
        assert f.dispute == one_by_one[f.id]
    assert one_by_one == batch
    # and disputes survive a round trip through JSON (as the store keeps them)
    restored = [DisputeKey.from_dict(k.to_dict()) for k in keys]
    late = mk("m5", "2024-03-01", ["Maple Valley S.D."], ["Maple Valley Education Assn"], "OR")
    late.employers = [Fact("Maple Valley School District")]
    assert assign(late, restored) == batch["m1"]


def test_far_in_time_or_another_state_starts_a_new_dispute():
    keys: list[DisputeKey] = []
    first = assign(mk("a", "2021-03-01", ["Maple Valley School District"], [], "OR"), keys)
    later = assign(mk("b", "2023-09-01", ["Maple Valley School District"], [], "OR"), keys)
    elsewhere = assign(mk("c", "2021-03-02", ["Maple Valley School District"], [], "KY"), keys)
    assert len({first, later, elsewhere}) == 3


def test_long_strike_with_both_parties_matching_stays_one_dispute():
    keys: list[DisputeKey] = []
    a = assign(mk("a", "2024-01-10", ["Northgate Studios"], ["Screen Editors Guild"]), keys)
    b = assign(mk("b", "2024-07-01", ["Northgate Studios"], ["Screen Editors Guild"]), keys)
    assert a == b


def test_roundup_joins_best_match_and_records_the_other():
    keys: list[DisputeKey] = []
    for f in _copy(STRIKE[:2] + OTHER[:1]):
        assign(f, keys)
    school, hospital = keys[0].id, keys[1].id
    # a national roundup: both disputes' employers and unions, no single state
    roundup = mk("r1", "2024-02-06",
                 ["Riverside General Hospital", "Maple Valley School District"],
                 ["Maple Valley Education Association", "MVEA", "Riverside Nurses Union"])
    a = assign_detail(roundup, keys)
    assert a.dispute_id == school  # three of its names are the school dispute's, two the hospital's
    assert a.also_mentions == [hospital]
    # a roundup does not teach its dispute the other dispute's names
    assert all(k.org != "riverside general hospital" for k in keys[0].employers)


def test_dispute_ids_are_readable_and_unique():
    keys: list[DisputeKey] = []
    a = assign(mk("a", "2023-03-14", ["Los Angeles Unified School District"], ["SEIU Local 99"]), keys)
    assert a == "lausd-seiu-99-2023-03"
    b = assign(mk("b", "2023-03-20", ["Los Angeles Unified School District"], ["SEIU Local 99"], "CA"), keys)
    assert b == a
    # another district with the same initials, in another state: another dispute, same slug
    c = assign(mk("c", "2023-03-15", ["Lansing Area Unified School District"], ["SEIU Local 99"], "MI"), keys)
    assert c == "lausd-seiu-99-2023-03-2"


WIRE = ("Bus drivers for the Tri-County Transit Authority walked off the job early Monday, "
        "stranding thousands of riders across three counties. The drivers, members of "
        "Amalgamated Transit Union Local 4410, say the agency has refused to address "
        "split shifts and assaults on operators. Negotiations broke down Friday after "
        "eleven months of talks. The authority said it had offered raises of 9 percent "
        "over three years and called the walkout unlawful. Union president Dana Ruiz said "
        "pickets would continue at all four garages until the agency returns to the table. "
        "Riders were advised to seek other transportation for the rest of the week.")


def test_wire_copy_with_a_changed_sentence_is_recognised():
    changed = WIRE.replace("Riders were advised to seek other transportation for the rest of "
                           "the week.", "A spokesperson for the governor urged both sides to "
                           "resume talks quickly.")
    arts = [
        Article("orig", WIRE, title="Drivers strike", published="2024-05-06"),
        Article("copy", "By Staff Reporter\n" + changed, published="2024-05-07"),
        Article("other", "The county fair opened on Saturday with record crowds, a new "
                "ferris wheel and a pie contest that drew forty entries from across the "
                "region. Organisers said attendance beat last year by a third.",
                published="2024-05-06"),
    ]
    assert near_duplicates(arts) == {"copy": "orig"}


def test_a_copy_joins_its_originals_dispute_even_without_facts():
    arts = [Article("orig", WIRE, published="2024-05-06"),
            Article("copy", WIRE + " Updated at 5 p.m.", published="2024-05-07")]
    facts = [mk("orig", "2024-05-06", ["Tri-County Transit Authority"], ["ATU Local 4410"]),
             mk("copy", "2024-05-07")]
    assigned, keys = link_all_detail(facts, arts)
    assert assigned["copy"].dispute_id == assigned["orig"].dispute_id
    assert assigned["copy"].copy_of == "orig"
    assert len(keys) == 1


def test_names_read_from_text_when_nothing_was_extracted():
    arts = [Article("t1", "Members of the Harbor Dockworkers Union struck the Pacific "
                    "Container Company on Monday.", published="2024-06-03"),
            Article("t2", "Day three: the Harbor Dockworkers Union says the Pacific Container "
                    "Company has not called.", published="2024-06-05"),
            Article("t3", "Nurses at Lakeview Hospital held a rally.", published="2024-06-04")]
    facts = [mk(a.id, a.published) for a in arts]
    got = link_all(facts, arts)
    assert got["t1"] == got["t2"] != got["t3"]


def test_wire_headlines_in_capitals_lend_no_names():
    """Two wire stories about different strikes, no parties extracted, whose capitals headlines
    share 'PORT STRIKE': the headline words are no organisations, so they stay apart; a name
    their bodies share still links two reports of one strike."""
    arts = [Article("w1", "DOCKERS PORT STRIKE OVER PAY ENTERS DAY TWO\nDockers at the port "
                    "of Varnholm stayed out for a second day, the harbour master said.\nREUTER",
                    published="1987-05-04"),
            Article("w2", "BANK STAFF JOIN PORT STRIKE WAVE\nClerks at savings banks in "
                    "Ostrava province walked out over pay, officials said.\nREUTER",
                    published="1987-05-06"),
            Article("w3", "VARNHOLM STRIKE ENDS\nThe Varnholm Port Workers Union said dockers "
                    "would return on Monday.\nREUTER", published="1987-05-07"),
            Article("w4", "PORT STRIKE TALKS\nThe Varnholm Port Workers Union met the harbour "
                    "board on Tuesday.\nREUTER", published="1987-05-05")]
    facts = [mk(a.id, a.published) for a in arts]
    got = link_all(facts, arts)
    assert got["w1"] != got["w2"] and got["w2"] not in (got["w3"], got["w4"])
    assert got["w3"] == got["w4"]


def test_one_union_striking_several_employers_at_once_is_one_dispute():
    keys: list[DisputeKey] = []
    a = assign(mk("a", "2024-09-01", ["Lakeside Hospital"], ["Prairie State Nurses Association"],
                  "IA", start="2024-09-12"), keys)
    b = assign(mk("b", "2024-09-12", ["Hillcrest Medical Center", "Valley Health"],
                  ["Prairie State Nurses Association"], "IA", start="2024-09-12"), keys)
    c = assign(mk("c", "2024-09-12", ["Platte Heart Institute"],
                  ["Prairie State Nurses Association"], "NE", start="2024-09-12"), keys)
    d = assign(mk("d", "2025-03-20", ["Ridge Clinic"], ["Prairie State Nurses Association"],
                  "IA", start="2025-03-20"), keys)
    assert a == b
    assert c != a  # another state: not this dispute
    assert d not in (a, c)  # months later at another employer: another dispute


def test_copies_in_order_look_only_backwards_and_within_the_window():
    from picketline.link import copies_in_order

    stored = [Article("old", WIRE, published="2024-04-01"),  # too long before
              Article("orig", WIRE, published="2024-05-06")]
    new = [Article("copy1", "By Staff\n" + WIRE, published="2024-05-07"),
           Article("fair", "The county fair opened with record crowds and a pie contest "
                   "that drew forty entries from across the region.", published="2024-05-07"),
           Article("copy2", WIRE + " Updated at 5 p.m.", published="2024-05-08")]
    assert copies_in_order(new, stored, window_days=14) == {"copy1": "orig", "copy2": "orig"}
    # among new articles alone the first one is the original: a later one never is
    assert copies_in_order(new, [], window_days=14) == {"copy2": "copy1"}
    assert copies_in_order(list(reversed(new)), [], window_days=14) == {"copy1": "copy2"}


def test_the_same_company_in_another_country_is_another_dispute():
    """A company's strike at home and its subsidiary's strike abroad share an employer name
    but not a country: two disputes; a stored key without countries still loads."""
    home = mk("home", "1987-04-10", ["Northwind Motors Corp"], ["Federated Auto Workers"])
    home.location = Fact(Location(None, None, "US"))
    abroad = mk("abroad", "1987-04-12", ["Northwind Motors Iberica SA"])
    abroad.location = Fact(Location("Valdora", None, "ES"))
    same = mk("same", "1987-04-14", ["Northwind Motors Corp"])
    same.location = Fact(Location(None, None, "US"))
    got = link_all([home, abroad, same])
    assert got["home"] == got["same"] != got["abroad"]
    key = DisputeKey("k", states=["MI"], countries=["US"])
    assert DisputeKey.from_dict(key.to_dict()) == key
    old = {k: v for k, v in key.to_dict().items() if k != "countries"}
    assert DisputeKey.from_dict(old).countries == []


def test_a_name_and_its_partial_initials_are_one_dispute_through_the_index():
    """"NT government" and "Northland Territory government" are one employer: the batch
    (which looks candidates up in the key index) and one-by-one assignment agree."""
    fs = [mk("p1", "1987-04-03", ["NT government"], ["NT Trades and Labour Council"]),
          mk("p2", "1987-04-07", ["Northland Territory government"]),
          mk("p3", "1987-04-08", ["North Dakota government"])]
    got = link_all(_copy(fs))
    assert got["p1"] == got["p2"] != got["p3"]
    keys: list[DisputeKey] = []
    assert [assign(f, keys) for f in _copy(fs)] == [got["p1"], got["p2"], got["p3"]]


def _wave(aid, published, country, demands=("pay",), industry=None):
    f = mk(aid, published)
    f.location = Fact(Location(None, None, country))
    f.demands = [Fact(d) for d in demands]
    f.industry = Fact(industry) if industry else None
    return f


def test_party_less_reports_of_one_strike_wave_are_one_dispute():
    """Wire stories of a wave of strikes that name no employer or union: same country,
    within two weeks, a demand in common and no two different sectors make one dispute;
    another country, another sector, another demand or a month later do not."""
    fs = [_wave("w1", "1987-03-16", "RS", industry="manufacturing"),
          _wave("w2", "1987-03-20", "RS", industry="manufacturing"),
          _wave("w3", "1987-03-24", "RS", demands=("pay", "benefits")),
          _wave("other-country", "1987-03-18", "HR"),
          _wave("other-sector", "1987-03-19", "RS", industry="transportation"),
          _wave("other-demand", "1987-03-21", "RS", demands=("job_security",)),
          _wave("later", "1987-05-02", "RS")]
    got = link_all(_copy(fs))
    assert got["w1"] == got["w2"] == got["w3"]
    assert len({got[k] for k in got}) == 5
    keys: list[DisputeKey] = []
    assert [assign(f, keys) for f in _copy(fs)] == [got[f.id] for f in fs]
    key = next(k for k in keys if k.id == got["w1"])
    assert DisputeKey.from_dict(key.to_dict()) == key


def test_a_foreign_legal_form_and_connectors_leave_the_acronym():
    from picketline.link import name_key, org_match
    full = name_key("Ferrovias Unidas del Norte EP", "employer")
    assert org_match(full, name_key("FUN", "employer"))
    assert org_match(name_key("Halden Werke AG", "employer"), name_key("Halden Werke", "employer"))
    assert not org_match(full, name_key("FUNE", "employer"))


def test_linking_needs_no_extractor_loaded() -> None:
    """The process that stores and links articles (an ingest pool's parent) canonicalises
    names without importing the extractors: loading them compiles every rule, about a
    second of CPU that it spent while its workers started. The normaliser it uses is the
    very module the parties extractor uses."""
    code = ("import sys\nfrom picketline import link\n"
            "print(link.name_key('Local 12 of the Amalgamated Bakers Union').org)\n"
            "print('picketline.extract' in sys.modules)\n"
            "from picketline.extract import names, parties\n"
            "print(names is link._names_module() and parties.nm is names)\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    org, loaded, same = r.stdout.strip().rsplit("\n", 2)
    assert org and loaded == "False" and same == "True"


def test_signature_is_datasketchs_minhash() -> None:
    """link.signature computes datasketch's MinHash (seed 1, its affine32 scheme) itself, so
    that the ingest's parent need not import datasketch (and SciPy): same hash values."""
    from datasketch import MinHash

    from picketline import link

    rng = random.Random(7)
    words = ["strike", "Local", "9", "nurses", "walked", "off", "the", "job", "Café", "—"]
    texts = ["", "one", "two words", "About 120 nurses of Local 9 went on strike Monday."]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(0, 60)))
              for _ in range(200)]
    for num_perm in (128, 64):
        for t in texts:
            m = MinHash(num_perm=num_perm, seed=1)
            m.update_batch([s.encode("utf-8") for s in link.shingles(t)])
            ours = link.signature(t, num_perm)
            assert ours.dtype == m.hashvalues.dtype and (ours == m.hashvalues).all(), t


def test_near_duplicates_with_the_own_signatures() -> None:
    from picketline.link import near_duplicates

    body = ("Workers at the plant walked off the job on Monday after talks broke down, the "
            "union said, and picket lines formed outside the main gate by noon.")
    arts = [Article("a", body, published="2024-03-04"),
            Article("b", body + " Updated with comment.", published="2024-03-05"),
            Article("c", "The council approved the budget for road repairs and libraries.",
                    published="2024-03-05")]
    assert near_duplicates(arts) == {"b": "a"}


def test_linking_does_not_import_scipy() -> None:
    code = ("import sys\n"
            "from picketline import link\n"
            "link.warm()\n"
            "link.copies_in_order([], [], 7)\n"
            "link.signature('a labor story of some words')\n"
            "print(any(m in sys.modules for m in ('scipy', 'datasketch')))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"
