"""Labor action, action type and status on web-style copy (a "Published:" line, headlines in
title case, live blogs, press releases, question headlines): articles written for these
tests, never taken from an evaluation set."""
from __future__ import annotations

from picketline.extract import classify, extract_article
from picketline.model import Article
from picketline.nlp import Context


def page(headline: str, *body: str, date: str | None = "2025-03-12") -> Article:
    """A web page: the headline, a "Published:" line when ``date`` is given, then paragraphs."""
    stamp = f"Published: {date}\n\n" if date else ""
    text = f"{headline}\n{stamp}" + "\n\n".join(body)
    return Article(id="p", text=text, published=date, title=headline)


def labor(a: Article) -> bool:
    return classify.is_labor_action(Context(a)).value


def status(a: Article) -> str | None:
    f = extract_article(a)
    return f.status.value if f.labor and f.status else None


# --- status verbs misread ----------------------------------------------------------------------
def test_on_a_kind_of_strike_is_ongoing():
    # "on indefinite strike": a kind of strike between "on" and "strike" is still a strike under
    # way, and a later sentence about "the right to strike" is no plan to strike
    a = page("Cleaners at the smelter are on indefinite strike!",
             "Members of the cleaners' union picketing outside the Ridgefield smelter on Monday.",
             "About 600 cleaners employed by two contractors at the Ridgefield smelter are on "
             "indefinite strike over pay, the union said.",
             "The union says the contractors pay far less than the smelter pays its own staff.",
             "A contractor has asked the labour court to interdict the strike.",
             "'This court action is an attempt to undermine the right to strike,' the union's "
             "spokesperson Thandi Mokoena said.")
    assert status(a) == "ongoing"


def test_right_to_strike_is_no_threat():
    # with no other status cue, "the right to strike" does not make a threat
    a = page("Dockers' union condemns court bid against picket",
             "The dockers' union said on Tuesday that a court application by the port operator "
             "was an attack on the right to strike.",
             "Union members picketed the harbour gates over pay for a third week, a spokesperson "
             "said, and the union accused the operator of refusing to bargain.")
    votes = classify.status_votes("The bid undermines the right to strike, the union said.")
    assert not votes
    assert classify._FUTURE_ACTION.search("the right to strike") is None
    assert status(a) != "threatened"


def test_vote_to_authorize_as_talks_continue_is_authorized():
    # "as negotiations continue" is the talks', not the strike's, and a vote that gives leaders
    # the green light to call a strike, with no date, is an authorization
    a = page("Hillcrest hospital nurses vote authorize strike as negotiations continue",
             "Nurses at Hillcrest General Hospital gave their union's leaders the green light to "
             "call a strike.",
             "This comes as the two sides keep bargaining over staffing.",
             "Monday's 94 percent strike vote allowed the bargaining committee to call a two-day "
             "strike over what members say is chronic understaffing.",
             "No strike date has been set.",
             date="2025-03-12")
    assert status(a) == "authorized"
    assert [st for st, _ in classify.status_votes(
        "Nurses vote to authorize strike as negotiations continue")] == ["authorized"]
