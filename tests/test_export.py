"""Exports: Labor Action Tracker-style rows that parse back from CSV and JSON."""
from __future__ import annotations

import csv
import io
import json

from picketline.consolidate import consolidate
from picketline.export import COLUMNS, locals_of, parse_csv, to_csv, to_json
from picketline.model import Article, ArticleFacts, Evidence, Fact, Location


def record(did, employer, unions, participants, url, state="WA"):
    ev = Evidence(did, 0, 4, "Text, with a comma; and a \"quote\".")
    f = ArticleFacts(id=f"{did}-a", published=Fact("2024-09-02"), is_labor_action=Fact(True),
                     employers=[Fact(employer, ev)], unions=[Fact(u, ev) for u in unions],
                     participants=Fact(participants, ev), status=Fact("ongoing", ev),
                     action_type=Fact("strike", ev), industry=Fact("manufacturing", ev),
                     location=Fact(Location("Everton, North", state, "US"), ev),
                     start_date=Fact("2024-09-01", ev), end_date=Fact("2024-09-10", ev),
                     demands=[Fact("pay", ev), Fact("pensions_retirement", ev)])
    art = Article(f"{did}-a", "text", title='Machinists "out", again', url=url)
    return consolidate(did, [f], [art])


RECORDS = [
    record("d1", "Northwind Aero, Inc.", ["IAM Local 751", "SPEEA"], 3200,
           "https://news.example/a?x=1,2"),
    record("d2", "Cedar Mills", ["United Steelworkers Local 12-369"], 410, None, state=None),
]


def test_locals_are_read_from_union_names():
    assert locals_of(["IAM Local 751", "SPEEA", "Local 12-369 of the USW"]) == ["751", "12-369"]


def test_csv_parses_back_with_the_csv_module():
    text = to_csv(RECORDS)
    raw = list(csv.DictReader(io.StringIO(text)))
    assert list(raw[0]) == list(COLUMNS)
    assert raw[0]["employer"] == "Northwind Aero, Inc."
    assert raw[0]["union"] == "IAM Local 751; SPEEA" and raw[0]["local"] == "751"
    assert raw[0]["duration"] == "10" and raw[0]["participants"] == "3200"
    assert raw[0]["sources"] == "https://news.example/a?x=1,2"
    assert raw[1]["state"] == "" and raw[1]["sources"] == "d2-a"
    typed = parse_csv(text)
    assert typed == json.loads(to_json(RECORDS))


def test_json_parses_back_with_types():
    rows = json.loads(to_json(RECORDS))
    assert rows[0]["participants"] == 3200 and rows[0]["duration"] == 10
    assert rows[0]["demands"] == ["pay", "pensions_retirement"]
    assert rows[1]["local"] == ["12-369"] and rows[1]["city"] == "Everton, North"
    assert rows[0]["title"].startswith("Northwind Aero, Inc. — ")
