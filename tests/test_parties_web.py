"""Employers as today's web copy names them: "from employer X", head nouns in lower case,
school-district acronyms, lists after "a contract with", bulleted lists of hospitals, a stray
capitalised word beside a real employer. Sentences written for these tests."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.extract.parties import not_employer
from picketline.model import Article


def _emps(text: str, published: str = "2025-03-12") -> list[str]:
    f = extract_article(Article(id="web", text=text, published=published))
    return [str(e.value) for e in f.employers]


def test_a_head_noun_alone_is_no_employer():
    assert not_employer("Systems")
    assert not_employer("Hospital")
    assert not not_employer("Corvale Systems")


def test_employer_named_in_apposition():
    emps = _emps("date 2025-03-12 Meat plant workers strike\n\n"
                 "Saturday, UFCW Local 431 workers voted on the latest contract offer from employer "
                 "Brennan Provisions. \"Folks, we are on strike,\" the local's president said. "
                 "Brennan Provisions workers pack frozen patties for supermarkets.\n")
    assert emps == ["Brennan Provisions"]


def test_lower_case_head_noun_after_a_name():
    emps = _emps("date 2025-03-12 Nurses end strike\n\n"
                 "Nurses at two city hospitals ended a three-day strike on Thursday. The tentative "
                 "deals at Larchmont hospital, in Queens, and Castlewood medical center, in the "
                 "Bronx, include raises totaling 18% over three years.\n")
    assert "Castlewood Medical Center" in emps
    assert any(e.startswith("Larchmont") for e in emps)


def test_a_hospital_someone_was_taken_to_is_no_employer():
    emps = _emps("date 2025-03-12 Dockers strike\n\n"
                 "Dockers at the Port of Calder went on strike on Monday against the Calder Port "
                 "Authority over pay. One picket was taken to Riverside hospital after a scuffle.\n")
    assert not any("Riverside" in e for e in emps)


def test_school_district_acronym_is_an_employer():
    emps = _emps("date 2025-12-02 Teachers will strike Thursday\n\n"
                 "Teachers are asking for a 9% raise over two years. On Monday, NVUSD proposed a 2% "
                 "raise. The union rejected this offer and teachers will strike Thursday.\n")
    assert emps == ["NVUSD"]


def test_list_after_a_contract_with():
    emps = _emps("date 2025-03-12 Grocery strike averted\n\n"
                 "A union representing 30,000 grocery workers tentatively signed a new contract with "
                 "Fenwick, Marlowe, Tadley and Brightwell, averting a strike they had authorized "
                 "last week. Tadley Markets is the largest of the chains.\n")
    assert set(emps) == {"Fenwick", "Marlowe", "Tadley Markets", "Brightwell"}


def test_bulleted_list_of_hospitals():
    emps = _emps("date 2025-03-12 Nurses give strike notice\n\n"
                 "Nurses at five hospitals gave a 10-day strike notice Friday.\n"
                 "About 9,000 nurses will go on strike at the following hospitals beginning Jan. 9:\n"
                 "- Harwick General Hospital\n"
                 "- St. Osric Medical Center\n"
                 "- Pellham Presbyterian\n"
                 "- Norcross Health\n"
                 "- BayCare Northside\n"
                 "The union says it will keep bargaining.\n")
    assert {"Harwick General Hospital", "St. Osric Medical Center", "Pellham Presbyterian",
            "Norcross Health", "BayCare Northside"} <= set(emps)


def test_stray_capitalised_word_gives_way_to_a_real_employer():
    emps = _emps("Autoworkers strike goes on\n"
                 "Markets, News, Systems and More\n\n"
                 "The strike by autoworkers is ongoing. The latest is that the union is rejecting an "
                 "offer from Dunmore Motors for a 21% wage increase.\n")
    assert emps == ["Dunmore Motors"]


def _unions(text: str, published: str = "2025-03-12") -> list[str]:
    f = extract_article(Article(id="web", text=text, published=published))
    return [str(u.value) for u in f.unions]


def test_national_union_named_once_as_the_actor_beside_its_local():
    unions = _unions("date 2025-03-12 Public servants picket in Harlow\n\n"
                     "HARLOW — Members of the Public Service Alliance of Canada set up pickets early "
                     "Wednesday at federal offices in Harlow. About 300 union members joined the "
                     "strike after talks failed. \"We're falling behind,\" said the vice-president "
                     "of PSAC Local 00412 in Harlow.\n")
    assert unions == ["Public Service Alliance of Canada", "PSAC Local 00412"]


def test_national_union_named_once_in_passing_beside_its_local_stays_out():
    unions = _unions("date 2025-03-12 Nurses strike in Harlow\n\n"
                     "Nurses of SEIU Local 1107 walked out at Harlow General Hospital on Monday. "
                     "The local is one of many in the Service Employees International Union, its "
                     "president said.\n")
    assert unions == ["SEIU Local 1107"]


def test_talks_with_the_province_name_its_government():
    emps = _emps("date 2025-03-12 Education workers file strike notice\n\n"
                 "The Canadian Union of Public Employees, representing 20,000 Manitoba education "
                 "workers, has filed a five-day strike notice, saying bargaining talks with the "
                 "province have broken down. A strike could begin as early as Monday.\n")
    assert emps == ["Manitoba government"]


def test_list_after_contracts_at():
    emps = _emps("date 2025-03-12 Utility workers strike\n\n"
                 "Two weeks since utility employees represented by Unifor went on strike, no deal "
                 "has been reached. Unifor's counteroffer is three years of two percent raises with "
                 "lump sum payouts for expired worker contracts at NorthGas, TerraPower and "
                 "LakeWater.\n")
    assert set(emps) == {"NorthGas", "TerraPower", "LakeWater"}


def test_headline_run_on_stops_at_the_union_head_word():
    unions = _unions("date 2025-03-12 Northvale Metal Workers' Union Threatens Strike Over Wages\n\n"
                     "The Northvale Metal Workers' Union said on Tuesday its members would walk out "
                     "next week unless the parts makers raise basic pay.\n")
    assert unions == ["Northvale Metal Workers' Union"]


def test_a_plural_unions_headline_run_on_names_no_union():
    unions = _unions("date 2025-03-12 Ostrian Unions Strike Nationwide Over Port Clash\n\n"
                     "Dockers and bus drivers stopped work across Ostria on Friday after a clash at "
                     "the port, in a general strike called for the day.\n")
    assert unions == []


def test_a_union_named_by_a_word_is_the_verb_after_a_plural_headline_subject():
    unions = _unions("date 2025-03-12 Brewhouse Baristas Unite in Protest\n\n"
                     "Brewhouse baristas in three cities are set to join strikes this Saturday, "
                     "according to a statement from Workers United.\n")
    assert unions == ["Workers United"]


def test_a_person_before_a_union_acronym_in_brackets_is_no_union_name():
    unions = _unions("date 2025-03-12 Strike day across France\n\n"
                     "Unions marched in Lyon and Lille on Thursday against the budget. For Odile "
                     "Varenne (CFE-CGC), \"this day is already a success\", she said.\n")
    assert unions == ["CFE-CGC"]


def test_an_acronym_list_introduced_as_the_unions_names_each_union():
    unions = _unions("date 2025-03-12 Strike day across Ostria\n\n"
                     "Thousands marched in Velden on Thursday against the budget cuts in a national "
                     "strike. The leaders of the five union centres (OTK, SFW, NLA-UD, PRTU and "
                     "VAXO) will say on Friday what comes next.\n")
    assert set(unions) == {"OTK", "SFW", "NLA-UD", "PRTU", "VAXO"}


def test_employer_named_only_as_possessor_of_the_union():
    emps = _emps("date 2025-03-12 Kestrel and Doran stage partial strikes over pay\n\n"
                 "Kestrel Motor's 40,000-member union launched partial strikes across its "
                 "factories on Wednesday, with workers leaving their posts for two hours a day. "
                 "The carmaker's plants in three cities were hit.\n")
    assert emps == ["Kestrel Motor"]


def test_employer_named_only_before_its_workforce():
    emps = _emps("date 2025-03-12 Northland Post employees strike\n\n"
                 "After a year of bargaining, Northland Post employees are on strike. The postal "
                 "union said Northland Post left it no choice when it threatened layoffs.\n")
    assert emps == ["Northland Post"]


def test_the_network_struck_is_the_employer_where_no_operator_is_named():
    emps = _emps("date 2025-03-12 Drivers call off strike\n\n"
                 "The drivers' union has called off planned strike action on the Eastport "
                 "Underground after talks with management led to an improved offer.\n")
    assert emps == ["Eastport Underground"]


def test_a_government_named_by_its_leader_that_makes_the_offer_is_the_employer_side():
    emps = _emps("date 2025-03-12 Nurses strike across Queensland\n\n"
                 "More than 20,000 Queensland nurses walked off the job for 24 hours on Wednesday. "
                 "The Queensland Nurses Association wants a 15 per cent rise. The Tarrow "
                 "government has instead offered a three per cent pay rise.\n")
    assert emps == ["Queensland government"]


def test_a_union_name_with_a_comma_list_before_its_acronym_is_one_union():
    unions = _unions("date 2025-03-12 Doctors strike in Velden\n\n"
                     "The Velden Medical Practitioners, Pharmacists and Dentists Union (VMPDU) "
                     "began a strike on Monday. The Velden Medical Practitioners and Dentists "
                     "Union (VMPDU) said its members would stay out until paid.\n")
    assert unions == ["Velden Medical Practitioners, Pharmacists and Dentists Union"]
