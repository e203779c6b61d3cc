"""Labor actions and their state told in other words (life21): a union's threat with no strike
word (to shut a workplace down, to withdraw labour, to call its members out), a strike
ultimatum. Articles written for these tests (invented names and places; no text from any
evaluation set)."""
from __future__ import annotations

import textwrap

import pytest

import probes

_facts = probes.life_of


def wire(date: str, head: str, *paras: str) -> str:
    """A Reuters-style story: the date line and headline, paragraphs hard-wrapped at 64
    characters, the later ones indented, and the REUTER sign-off."""
    body = [textwrap.fill(p, 64, initial_indent="    " if i else "") for i, p in enumerate(paras)]
    return f" date {date} {head}\n" + "\n".join(body) + "\n REUTER\n"


@pytest.mark.parametrize("text, published", [
    (" date 1987-05-04 PORT UNION THREATENS TO CLOSE HARBOUR\n"
     "The Dockworkers' Union of Ghana threatened today to shut down Tema port unless the port\n"
     "authority reinstates 60 dockers sacked last week.\n"
     "    Union leaders said they would give the authority seven days.\n REUTER\n", "1987-05-04"),
    (" date 1987-05-04 MINE UNION THREATENS SHUTDOWN\n"
     "The Zambian Mineworkers' Union said today it would call out its 20,000 members at the\n"
     "copper mines unless the company restores a housing allowance.\n"
     "    The company said the allowance had been abolished for good.\n REUTER\n", "1987-05-04"),
    (" date 1987-05-04 BANK STAFF WARN OF ACTION\n"
     "Bank employees in Kenya will withdraw their labour from next month unless the banks'\n"
     "association improves its pay offer of five pct, their union said today.\n REUTER\n", "1987-05-04"),
    (" date 1987-05-04 DOCK UNION THREATENS TO PARALYSE PORTS\n"
     "The Transport Workers Union threatened today to paralyse the country's ports if the\n"
     "government goes ahead with plans to privatise cargo handling.\n"
     "    The union has 12,000 members at the ports.\n REUTER\n", "1987-05-04"),
    ("Airline pilots threaten to ground fleet\n\n"
     "Pilots at Skyline Air have threatened to ground the airline's fleet in a row over pensions.\n\n"
     "Their association said members would refuse to fly unless the company dropped its plan to "
     "close the final salary scheme.\n", None),
    (wire("1987-10-02", "SUGAR UNION GIVES MILLS 10 DAYS",
          "The National Union of Sugar Workers (NUSW) said today it would give the Lowveld "
          "mills 10 days before calling out its members over the dismissal of 85 cane cutters.",
          "\"We will not allow our members to be thrown out,\" the union's general secretary said.",
          "The millers said the cutters were seasonal workers whose contracts had ended."),
     "1987-10-02"),
    ("Teachers threaten to withdraw labour\n\n"
     "Secondary teachers in Marrowshire have threatened to withdraw their labour from the "
     "start of term over unpaid allowances.\n\n"
     "The teachers' union said the council had ignored three letters.\n", None),
])
def test_a_union_threat_with_no_strike_word_is_a_threatened_strike(text, published):
    got = _facts(text, published)
    assert got["is_labor_action"] is True
    assert got["action_type"] == "strike"
    assert got["status"] == "threatened"


def test_a_strike_ultimatum_is_a_threat():
    text = (" date 1987-05-04 TEACHERS GIVE GOVERNMENT STRIKE ULTIMATUM\n"
            "The National Teachers' Union of Volta gave the government until the end of the month\n"
            "to pay salary arrears, saying its members would otherwise stay at home.\n REUTER\n")
    got = _facts(text, "1987-05-04")
    assert got["is_labor_action"] is True
    assert got["status"] == "threatened"


@pytest.mark.parametrize("text", [
    "Ministry threatens to close mines\n\nThe mining ministry threatened today to shut down "
    "three loss-making coal mines in the north, officials said.\n\nThe mines have been losing "
    "money for a decade and the government has no funds to modernise them.\n",
    "Storm threatens to close ports\n\nA tropical storm threatened to shut down the main ports "
    "of the island on Monday, forecasters said.\n\nShipping lines diverted their vessels.\n",
    "Bank to withdraw services from villages\n\nThe Rural Savings Bank will withdraw its services "
    "from 40 villages next year, its chief executive said.\n\nCustomers will be able to use "
    "post offices instead.\n",
    "Critics call out minister\n\nOpposition leaders called out the minister over his "
    "spending, saying he had misled parliament.\n",
])
def test_look_alikes_of_a_threat_stay_out(text):
    assert _facts(text)["is_labor_action"] is False
