"""The records' dict forms are spelled out by hand (faster than dataclasses.asdict): they
must still carry every field and round-trip."""
from __future__ import annotations

from dataclasses import asdict, fields

from picketline.model import Article, Evidence, Location


def test_hand_written_to_dict_matches_asdict_and_round_trips() -> None:
    records = [Article(id="a1", text="Nurses struck on Monday.", title="T", published="2024-05-06",
                       url="https://example.org/a1", source="Wire", path="in/a1.txt",
                       format="txt"),
               Evidence("a1", 0, 7, "Nurses struck on Monday."),
               Location("Toledo", "OH", "US")]
    for r in records:
        d = r.to_dict()
        assert set(d) == {f.name for f in fields(r)}
        assert d == asdict(r)
        assert type(r).from_dict(d) == r
