"""Employers that are firms and employers' bodies, as wire, BBC-style and web copy name them: a
firm after its kind ("against producer X", "Builder X said"), a firm whose name opens with its
kind in its own language, the owner of the sites the workers work at, an employers' federation
or bargaining council as the counterpart, and the look-alikes: a buyer of what the workers make,
a body that only backs the firm, a body that calls the strike with the union, two spellings of
one firm. Sentences written for these tests; every name is invented."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.extract.parties import is_employers_body
from picketline.model import Article


def _emps(text: str) -> list[str]:
    f = extract_article(Article(id="firms", text=text))
    return [str(e.value) for e in f.employers]


def _place(text: str):
    return extract_article(Article(id="firms", text=text)).location


# --- a firm named after its kind (the "false title" of wire copy) ---------------------------

def test_firm_after_its_kind_and_a_nationality():
    emps = _emps("Austrian gear workers walk out\n\n"
                 "About 2,500 workers at Austrian engine parts maker Vollmer Zahnradwerke staged "
                 "warning strikes on Tuesday over plans to move production abroad.\n\n"
                 "The Metalworkers' Union said the stoppages began on the early shift.\n")
    assert emps == ["Vollmer Zahnradwerke"]


def test_firm_after_its_kind_after_against():
    emps = _emps("Oil strike ends\n\n"
                 "Oil workers in the south have ended a nine-day strike against producer Tolvane "
                 "Energia after accepting a pay deal, the Southern Oil Workers' Union said.\n\n"
                 "Tolvane Energia said output would return to normal within days.\n")
    assert emps == ["Tolvane Energia"]


def test_firm_after_its_kind_opening_a_sentence():
    emps = _emps(" date 1987-05-05 SITE WORKERS WALK OFF\n\n"
                 "About 300 building workers went on strike at a hospital site on Monday after a "
                 "scaffold collapsed, the Building Trades Union said.\n"
                 "    Builder Harrowgate Construct said the stoppage was unlawful and asked the "
                 "commission for a return-to-work order.\n")
    assert emps == ["Harrowgate Construct"]


def test_one_word_firm_after_its_kind():
    emps = _emps("Tram strike called off\n\n"
                 "A 24-hour tram strike was called off last night after talks between bosses at "
                 "network operator Kestrelway and the transport unions. The 300 drivers had voted "
                 "for the walkout over hours. Kestrelway said it was relieved that a deal had been "
                 "agreed.\n")
    assert emps == ["Kestrelway"]


def test_a_bare_company_noun_names_no_firm():
    emps = _emps("Dock strike\n\nDockers at Harbor Freight Terminals went on strike on Monday, "
                 "said the company Chairman Lorenz Brandt.\n")
    assert "Chairman Lorenz Brandt" not in emps


# --- a firm whose name opens with its kind, in its own language ----------------------------

def test_spanish_miner_named_head_first():
    emps = _emps("Copper miners vote to strike\n\n"
                 "Workers at the Loma Roja copper mine voted to strike rather than accept the "
                 "offer from Minera Valle Seco, which operates the mine, their union said.\n")
    assert emps == ["Minera Valle Seco"]


# --- the owner of the sites the workers work at ---------------------------------------------

def test_owner_of_the_estates_is_the_employer():
    emps = _emps("Tea pickers strike\n\n"
                 "Some 9,000 workers on tea estates owned by the Kaveri Hills Tea Company have "
                 "gone on strike for higher daily wages, their union said.\n\n"
                 "The company said eleven of its gardens had stopped plucking.\n")
    assert emps == ["Kaveri Hills Tea Company"]


# --- employers' bodies ----------------------------------------------------------------------

def test_owners_federation_and_bargaining_council_are_employer_bodies():
    assert is_employers_body("Deccan Cotton Millowners' Federation")
    assert is_employers_body("Lakeshore Hospitals Bargaining Council")
    assert not is_employers_body("Lakeshore Nurses Bargaining Council")


def test_millowners_federation_as_the_counterpart():
    emps = _emps(" date 1987-02-10 MILL UNIONS THREATEN STRIKE\n\n"
                 "MADRAS, Feb 10 - Textile unions threatened today to call an indefinite strike "
                 "at 30 cotton mills unless wages are raised.\n"
                 "    The Deccan Cotton Millowners' Federation said the industry could not "
                 "afford the increase.\n")
    assert emps == ["Deccan Cotton Millowners' Federation"]


def test_bargaining_council_after_the_union_in_one_run():
    emps = _emps(" date 1987-05-26 NURSES BACK AT WORK\n\n"
                 "Nurses returned to work today, ending a five-day strike, after a law sent the dispute between the "
                 "Lakeshore Registered Nurses' Union and the Lakeshore Hospitals Bargaining "
                 "Council to binding arbitration.\n")
    assert emps == ["Lakeshore Hospitals Bargaining Council"]


def test_body_that_backs_the_firm_is_no_employer():
    emps = _emps(" date 1987-09-16 VARBERG PAPER LOCKOUT\n\n"
                 "STOCKHOLM, Sept 16 - Tornvik Bruk AB said today its lockout of 900 workers at "
                 "its Ekshamn pulp mill would cut output.\n"
                 "    The company locked out members of the Pulp Workers' Union on September 8.\n"
                 "    The Nordic Pulp Employers' Association said it supported Tornvik's "
                 "action.\n")
    assert emps == ["Tornvik Bruk AB"]


def test_a_mill_named_after_its_town_sets_the_city():
    loc = _place("Paper mill lockout\n\n"
                 "Nordahl Papper AB said today its lockout of some 900 workers at its Sundsvall "
                 "newsprint mill would cut output.\n"
                 "    The company locked out members of the Swedish Paper Workers' Union on "
                 "September 8 after the union imposed an overtime ban at the mill.\n")
    assert loc is not None and loc.value.city == "Sundsvall"


def test_body_calling_the_strike_with_the_union_is_no_employer():
    emps = _emps(" date 1987-06-29 BANK STAFF STRIKE\n\n"
                 "Bank employees staged a one-day strike on Monday. The strike was called by "
                 "the Harbour Clerks' Union and the Coastal Bankers' Association, which groups "
                 "40 banks.\n")
    assert emps == []


# --- look-alikes: a buyer, two spellings of one firm, a staff union's firm -------------------

def test_buyers_of_what_the_workers_make_are_no_employers():
    emps = _emps("Garment workers protest\n\n"
                 "Thousands of garment workers went on strike near the capital on Wednesday, at "
                 "factories making clothes for retailers such as Alderway Stores Inc, demanding "
                 "higher wages.\n\n"
                 "\"We shut the factories for security reasons,\" said the president of the "
                 "Eastland Garment Manufacturers Association.\n\n"
                 "The factories supply brands including Alderway, Pellmore Inc and Quintsy.\n")
    assert emps == ["Eastland Garment Manufacturers Association"]


def test_two_spellings_of_one_firm_are_one_employer():
    emps = _emps("Hotel strike\n\n"
                 "Housekeepers at the Seabright Hotel walked out on Friday. Seabright Hotels Inc "
                 "said it had offered a 3% raise; the strike at the Seabright Hotel goes on.\n")
    assert len(emps) == 1 and emps[0].startswith("Seabright Hotel")


def test_firm_named_in_its_staff_union():
    emps = _emps(" date 2012-03-30 Union calls off strike\n\n"
                 "Pune, March 30 The Skyvane Air employees' union has decided to call off the "
                 "strike that was to start from April 2 over delayed salaries.\n")
    assert emps == ["Skyvane Air"]


def test_members_at_a_firm_backing_a_walkout_leave_it_the_employer():
    emps = _emps("Ferry crews vote to strike\n\n"
                 "Members of the Harbour Crews Union at Tarn Island Ferries backed a 24-hour "
                 "walkout by a wide margin.\n\n"
                 "Tarn Island Ferries said it was disappointed by the ballot result.\n")
    assert emps and emps[0].endswith("Island Ferries")


def test_a_firm_known_only_by_its_kind_in_no_role_is_no_employer():
    emps = _emps("General strike shuts schools\n\n"
                 "A nationwide general strike against the pension reform shut schools and "
                 "stopped trains on Thursday. Grid operator Voltane blamed the strike for power "
                 "cuts in two cities.\n")
    assert "Voltane" not in emps
