"""A site named by its town beside its owner is no employer (parties18)."""
from picketline.extract import extract_article
from picketline.model import Article


def _employers(text: str) -> list[str]:
    f = extract_article(Article(id="s18", text=text, published="1988-03-02"))
    return [e.value for e in f.employers]


def test_town_plant_of_owner() -> None:
    text = ("About 1,500 workers at the Varnholt tyre plant of <Kesler Gummiwerke AG> "
            "walked out today over pay, union officials said.\n"
            "The company offered a 3 pct rise.")
    assert _employers(text) == ["Kesler Gummiwerke AG"]


def test_town_plants_of_state_controlled_owner_mentioned_again() -> None:
    text = ("Some 3,000 workers at the Quillota plants of state-controlled <Andes Quimica "
            "S.A.> have been on strike since Monday, a company spokesman said.\n"
            "The Quillota Chemical Workers' Union is demanding a 40 pct wage increase.\n"
            "Several suppliers at the Quillota complex said they would cut output.")
    assert [e.rstrip(".") for e in _employers(text)] == ["Andes Quimica S.A"]


def test_its_town_mill() -> None:
    text = ("The union at state-owned steelmaker <Fundidora Serrana S.A.> said all 2,200 "
            "workers at its Puerto Alvarado mill would strike on June 1 unless the company "
            "raised wages by 18 pct.")
    assert [e.rstrip(".") for e in _employers(text)] == ["Fundidora Serrana S.A"]


def test_firm_plant_stays_a_firm() -> None:
    text = ("Workers at the Brandtwell Motors plant in Oakdale went on strike on Monday, "
            "the union said.")
    assert _employers(text) == ["Brandtwell Motors"]
