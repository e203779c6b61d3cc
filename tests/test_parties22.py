"""Unions and employers named the way world wire copy names them (parties22): a union named in
its own language (Spanish and Portuguese names with "de la", "Mazdoor Sangh", "Karmachari
Sangh", German compounds on "-gewerkschaft", "Union Sindical ..."). Sentences and articles
written for these tests, invented names."""
from __future__ import annotations

import pytest

import probes


def _unions(text: str, nlp) -> list[str]:
    return probes.unions_of(text, nlp, "1987-05-11")


def _employers(text: str, nlp) -> list[str]:
    return probes.employers_of(text, nlp, "1987-05-11")


# --- a union named in its own language -------------------------------------------------------
@pytest.mark.parametrize("text, union", [
    ("Workers at a Montevideo tannery struck today, the Federacion Obrera de la Industria del "
     "Cuero said.", "Federacion Obrera de la Industria del Cuero"),
    ("Bus drivers in Lima walked out today. The strike was called by the Confederacion General "
     "de Trabajadores del Peru, union leaders said.",
     "Confederacion General de Trabajadores del Peru"),
    ("About 3,000 workers at the Bhilai plant struck today, said an official of the Bhilai "
     "Ispat Mazdoor Sangh, the main union at the plant.", "Bhilai Ispat Mazdoor Sangh"),
    ("Postal workers in Nepal struck today, said the Nepal Postal Karmachari Sangh.",
     "Nepal Postal Karmachari Sangh"),
    ("Employees of the state power board began an indefinite strike today, the Vidyut "
     "Karmachari Sangh said.", "Vidyut Karmachari Sangh"),
    ("Teachers struck across the hill districts today, the Terai Shikshak Sangh said, "
     "demanding higher pay.", "Terai Shikshak Sangh"),
    ("Workers at 20 jute mills struck today, the Hugli Chatkal Mazdoor Sabha said.",
     "Hugli Chatkal Mazdoor Sabha"),
    ("Postal workers staged warning strikes today, the Deutsche Postgewerkschaft said.",
     "Deutsche Postgewerkschaft"),
    ("Oil workers at the state oil company struck, the Union Sindical Petrolera said.",
     "Union Sindical Petrolera"),
    ("Teachers walked out in Quito today, the Union Nacional de Educadores said.",
     "Union Nacional de Educadores"),
    ("Civil servants staged a one-day strike, the Algemene Bond van Ambtenaren said.",
     "Algemene Bond van Ambtenaren"),
    ("Workers at a shoe factory struck today, the Serikat Buruh Sejahtera Jaya said.",
     "Serikat Buruh Sejahtera Jaya"),
    ("Dockers struck in Lisbon today, the Federacao dos Sindicatos dos Trabalhadores "
     "Portuarios said.", "Federacao dos Sindicatos dos Trabalhadores Portuarios"),
    ("Spanish doctors struck today, the Confederacion Estatal de Sindicatos Medicos said.",
     "Confederacion Estatal de Sindicatos Medicos"),
])
def test_a_union_named_in_its_own_language(text, union, nlp):
    assert _unions(text, nlp) == [union]


def test_a_wrapped_wire_story_names_the_federation_in_spanish(nlp):
    text = ("PARAGUAY MEAT WORKERS STRIKE\n"
            "    ASUNCION, March 4 - Workers at Frigorifico San Blas S.A.\n"
            "stopped work today to press for a 20 pct pay rise, union\n"
            "officials said.\n"
            "    The Federacion Obrera de la Industria de la Carne y Afines\n"
            "said about 1,800 workers at the company's plant had joined.\n"
            "    The company has offered eight pct, a spokesman said.\n")
    assert _unions(text, nlp) == ["Federacion Obrera de la Industria de la Carne y Afines"]


def test_a_wrapped_wire_story_names_the_mill_union_in_hindi(nlp):
    text = ("INDIAN TEXTILE MILL LOCKS OUT WORKERS\n"
            "    BOMBAY, Jan 18 - The management of Western Cotton Mills Ltd\n"
            "has declared a lockout at its mill in Parel, idling about\n"
            "3,000 workers, said an official of the Parel Girni Kamgar\n"
            "Sangh, the recognised union at the mill.\n"
            "    A company spokesman said the mill had lost money.\n")
    assert _unions(text, nlp) == ["Parel Girni Kamgar Sangh"]


@pytest.mark.parametrize("text", [
    "The Rashtriya Seva Sangh held a rally in the city today.",
    "Union General Secretary Ana Ruiz said the strike would go on.",
    "The Verband der Metallindustrie said talks had failed.",
])
def test_a_body_that_names_no_workers_is_no_union(text, nlp):
    assert _unions(text, nlp) == []


# --- a public agency or executive whose staff strike ----------------------------------------
@pytest.mark.parametrize("text, employer", [
    ("Offices of the Lowland Pensions Agency were shut across the region as staff staged a "
     "24-hour strike over pay. The agency said most offices had stayed open.",
     "Lowland Pensions Agency"),
    ("About 400 clerks at the Lowland Pensions Agency began a two-day strike over staffing.",
     "Lowland Pensions Agency"),
    ("Inspectors at the Marsh Valley Food Standards Agency staged a one-day strike over pay "
     "on Monday.", "Marsh Valley Food Standards Agency"),
    ("Staff at the Northern Housing Executive staged a one-day strike over pay on Monday.",
     "Northern Housing Executive"),
    ("Vehicle Licensing Agency staff in Swansea walked out on Monday over plans to cut 300 "
     "jobs, the union said.", "Vehicle Licensing Agency"),
    ("Civil servants at the Kingsmoor Land Registry Agency walked out over pay. The Labour "
     "Relations Agency has offered to help.", "Kingsmoor Land Registry Agency"),
])
def test_a_public_agency_whose_staff_strike_is_the_employer(text, employer, nlp):
    assert _employers(text, nlp) == [employer]


# --- a newspaper group or media firm --------------------------------------------------------
@pytest.mark.parametrize("text, employer", [
    ("Journalists at the Cumbrian Evening Post have returned to work after a 48-hour strike "
     "over pay. The union says reporters earn less than at other titles owned by the paper's "
     "owner, Harbourline Newspapers. Harbourline Newspapers said the paper had been published "
     "as normal.", "Harbourline Newspapers"),
    ("Printers walked out at Trent Valley Newspapers on Monday in a row over new presses.",
     "Trent Valley Newspapers"),
    ("Sound engineers at Kestrel Broadcasting began a 24-hour strike over pay, the union said.",
     "Kestrel Broadcasting"),
    ("Photographers at Redcastle Media walked out on Monday over pay, the NUJ said. Redcastle "
     "Media said it regretted the action.", "Redcastle Media"),
])
def test_a_newspaper_group_or_media_firm_is_the_employer(text, employer, nlp):
    assert _employers(text, nlp) == [employer]


def test_the_papers_owner_with_a_head_is_the_employer_and_a_person_is_not(nlp):
    text = ("NUJ members at the Evening Courier began a 24-hour strike. The paper's publisher, "
            "Marlow Regional Newspapers, said the paper would appear as normal.")
    assert _employers(text, nlp) == ["Marlow Regional Newspapers"]
    text = ("Journalists at the Evening Courier struck today. The paper's owner, Conrad "
            "Blackwood, said he would not improve his offer.")
    assert "Conrad Blackwood" not in _employers(text, nlp)


# --- a public body's offer, a firm as the object of the strike ------------------------------
@pytest.mark.parametrize("text, employer", [
    ("Teachers rejected a 2.5% offer from the Valley Education Board and will strike next "
     "week.", "Valley Education Board"),
    ("MEXICO CITY, March 3 - Telephone workers will strike Telefonos del Norte on Monday "
     "unless the company improves its 15 pct wage offer, union leaders said.",
     "Telefonos del Norte"),
    ("About 2,000 workers struck General Widgets on Tuesday after talks over a new contract "
     "broke down.", "General Widgets"),
    ("The union said 3,000 of its members would strike Kestrel Foods from next Monday.",
     "Kestrel Foods"),
    ("Dockers will strike the port operator Harbourside on Monday, the union said. "
     "Harbourside said it would keep the terminal open.", "Harbourside"),
])
def test_an_offer_from_a_public_body_or_a_firm_struck(text, employer, nlp):
    assert _employers(text, nlp) == [employer]


@pytest.mark.parametrize("text", [
    "Workers will strike on Monday unless the offer improves, union leaders said.",
    "Nurses struck on Tuesday. General Secretary Ana Ruiz said the strike would go on.",
])
def test_no_firm_struck_where_none_is_named(text, nlp):
    assert _employers(text, nlp) == []


# --- the union's own span beside the other side ---------------------------------------------
@pytest.mark.parametrize("text, union", [
    ("Norbank Motor Co of Canada and the Canadian Tire Workers union reached agreement on a new "
     "contract today, ending a three-day strike.", "Canadian Tire Workers"),
    ("Talks between Westrail and the Brotherhood of Maintenance of Way Employes broke down "
     "today, and the union said it would strike on Friday.",
     "Brotherhood of Maintenance of Way Employes"),
    ("Signal workers walked off the job today, the Brotherhood of Railroad Signalmen said.",
     "Brotherhood of Railroad Signalmen"),
])
def test_the_union_named_beside_the_other_side(text, union, nlp):
    assert _unions(text, nlp) == [union]


# --- a union named by one word after "union" ------------------------------------------------
@pytest.mark.parametrize("text, union", [
    ("Air traffic controllers, represented by their union Anpcat, began a 48-hour strike on "
     "Monday.", "Anpcat"),
    ("The retail union Pivot says the company has refused to negotiate. Pivot organiser Ann "
     "Kelly said staff were angry.", "Pivot"),
    ("The national teachers' federation, Ctefa, said more than 90% of its members were "
     "observing the walkout. Ctefa wants a higher minimum salary.", "Ctefa"),
    ("Teachers struck on Monday, their union Sindeplan said, in a row over pay.", "Sindeplan"),
])
def test_a_union_named_by_one_word_after_union(text, union, nlp):
    assert _unions(text, nlp) == [union]


@pytest.mark.parametrize("text", [
    'Nurses walked out on Monday. "This is a good day for the union," Jones said.',
    "Bus drivers struck today. The drivers' union Tuesday rejected the offer.",
    "Dockers struck at the port, and the union, Kelly said, would not back down.",
    "Workers struck today, the union, Britain's biggest, said.",
])
def test_a_speaker_or_a_day_after_union_is_no_union(text, nlp):
    assert _unions(text, nlp) == []


@pytest.mark.parametrize("text, employers", [
    ("The strike would hit Orvane Steel hardest. Workers will strike Orvane Steel and Birch "
     "Paper Mills next week.", ["Orvane Steel", "Birch Paper Mills"]),
    ("Workers will strike Christmas Eve, the union said.", []),
    ("Nurses will strike March 3 if talks fail, the union said.", []),
])
def test_the_firms_struck_are_named_apart_from_a_time(text, employers, nlp):
    assert _employers(text, nlp) == employers
