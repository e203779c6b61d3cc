"""Extraction stays bounded on hostile text and reads through invisible characters.

Issue 12 (robustness review H3, L11, L13): runs of digits, percentages, capitalised words or
"Local" used to take 45-65 s per article (patterns that backtracked over the whole run, and a
candidate check that compared every mention with every other); a line over spaCy's
max_length failed; zero-width characters and emoji inside words lost the employer.
"""
from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from picketline.extract import extract_article
from picketline.model import Article
from picketline.nlp import MAX_EXTRACT_CHARS, MAX_SENTENCE_CHARS, Context, clean_text, \
    split_sentences

# A generous bound: every input below took at least 20 s before the fix, and takes well
# under a second after it (benchmarks/adversarial.py has the figures).
BOUND_S = 10.0

STORY = ("date 2025-02-03 Nurses strike at Harmon Valley Medical Center\n\n"
         "About 1,800 nurses at Harmon Valley Medical Center went on strike on Monday, "
         "the Washington Federation of Nurses said. The union is demanding an 18% raise "
         "spread over three years, and the hospital has offered 9%.\n")


def _timed(text: str, id_: str = "adv") -> tuple[float, object]:
    """CPU seconds of this process, not wall time: the bound guards against a pattern that
    backtracks over a whole run, which costs CPU; a CI machine busy with other jobs (two
    cores shared) stretched the wall time of a 1-3 s input past the bound."""
    t0 = time.process_time()
    facts = extract_article(Article(id=id_, text=text))
    return time.process_time() - t0, facts


@pytest.mark.parametrize("name,text", [
    ("digits", "Workers strike. " + "1" * 20_000),
    ("percent", "Union strike demands " + "%".join(["9"] * 4_000) + "% raise"),
    ("local", "Nurses strike. " + "Local " * 6_700),
    ("capitals", "Nurses strike at " + "Harmon " * 6_000 + "Medical Center."),
    ("repeated sentence", STORY.split("\n\n")[1] * 2_500),
    # a hundred action words a sentence: the classifier asked each the same question
    ("action words", "strike " * 100_000),
    ("action lines", "strike\n" * 100_000),
])
def test_hostile_runs_extract_in_bounded_time(name, text):
    _timed(STORY, "warm")  # load the model outside the timing
    took, facts = _timed(text)
    assert took < BOUND_S, f"{name}: {took:.1f} s"
    assert facts.labor == (not name.startswith("action"))  # bare repeated words tell nothing


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(unit=st.sampled_from(["9%", "1", "Local ", "Harmon ", "AFSCME-", "(", "Local 9 of ",
                             "$1 an hour ", "A. ", "strike\n", "\u200b", "10 to 12% "]),
       n=st.integers(min_value=1_000, max_value=8_000),
       lead=st.sampled_from(["Nurses strike. ", "Union strike demands ", ""]))
def test_generated_repetitions_stay_bounded(unit, n, lead):
    _timed(STORY, "warm")
    took, _ = _timed(lead + unit * n)
    assert took < BOUND_S, f"{unit!r} x {n}: {took:.1f} s"


def test_long_sentences_are_cut_with_true_offsets():
    text = "Intro line.\n" + ("word " * 3_000) + "end.\nLast line."
    sents = split_sentences(text)
    assert max(len(s.text) for s in sents) <= MAX_SENTENCE_CHARS
    for s in sents:
        assert text[s.start:s.end] == s.text
    assert sents[0].text == "Intro line." and sents[-1].text == "Last line."


def test_a_line_longer_than_spacy_max_length_extracts():
    # L11: one 1.2 MB line used to fail in spaCy with E088 and was retried on every run
    text = STORY.replace("\n", " ") + " " + "The strike continues. " * 55_000
    assert len(text) > 1_000_000
    facts = extract_article(Article(id="long", text=text))
    assert facts.labor
    ev = [f.evidence for f in facts.employers if f.evidence]
    assert ev and all(e.end <= MAX_EXTRACT_CHARS for e in ev)


def test_invisible_characters_keep_names_and_offsets():
    # L13: zero-width space/joiner, BOM and soft hyphen inside words
    text = (STORY.replace("Harmon Valley", "Har\u200bmon\u200d Val\ufeffley")
            .replace("nurses", "nur\u200bses").replace("strike", "stri\u00adke"))
    facts = extract_article(Article(id="zw", text=text))
    assert facts.labor
    assert "Harmon Valley Medical Center" in [f.value for f in facts.employers]
    ev = facts.employers[0].evidence
    # evidence points into the text as stored, invisible characters included
    assert text[ev.start:ev.end].replace("\u200b", "").replace("\u200d", "") \
        .replace("\ufeff", "") == "Harmon Valley Medical Center"
    assert ev.sentence in text


def test_emoji_between_words_read_as_spaces():
    text = (" date 2025-02-03 Nurses \u270a\U0001F3FD strike \U0001F6A8\n\n"
            + STORY.split("\n\n")[1].replace(" ", " \U0001FAA7 ")
            .replace("1,800", "1,800 \U0001F469\u200d\u2695\ufe0f"))
    facts = extract_article(Article(id="emoji", text=text))
    assert facts.labor
    assert "Harmon Valley Medical Center" in [f.value for f in facts.employers]
    assert facts.unions and facts.status is not None and facts.participants is not None
    assert facts.participants.value == 1800


def test_clean_text_maps_every_offset_back():
    raw = "a\u200bb \U0001F6A8 c\u00add"
    cleaned, where = clean_text(raw)
    assert cleaned == "ab c d".replace("c d", "cd")
    assert where is not None and len(where) == len(cleaned) + 1
    for i, ch in enumerate(cleaned):
        assert raw[where[i]] == ch or (ch == " " and not raw[where[i]].isalnum())
    assert clean_text("plain text, 100% ascii")[1] is None


def test_context_reads_the_cleaned_text():
    ctx = Context(Article(id="c", text="Work\u200bers strike."))
    assert ctx.text == "Workers strike." and ctx.sentences[0].text == "Workers strike."


def test_hard_wrapped_wire_copy_is_read_in_whole_sentences():
    # wire copy wrapped at ~65 columns: every rule must see "a 48-hour stoppage beginning on
    # Friday" as one sentence; copy with one paragraph per line is split at line breaks
    text = (" date 1990-05-04 DOCKERS CALL STRIKE AT NORTHPORT\n"
            "Crane drivers at the port of Northport called a\n"
            "48-hour stoppage beginning on Friday to push for\n"
            "better wages, union officials said.\n"
            "    The port authority said it would keep\n"
            "essential services running during the stoppage.\n")
    sents = split_sentences(text)
    assert [s.text for s in sents][1:] == [
        "Crane drivers at the port of Northport called a 48-hour stoppage beginning on Friday "
        "to push for better wages, union officials said.",
        "The port authority said it would keep essential services running during the "
        "stoppage."]
    for s in sents:  # the same length as its span: offsets inside it are the article's
        assert text[s.start:s.end].replace("\n", " ") == s.text
    para = "Headline\nFirst paragraph, one line.\nSecond paragraph, one line.\nThird one.\n"
    assert [s.text for s in split_sentences(para)] == [
        "Headline", "First paragraph, one line.", "Second paragraph, one line.", "Third one."]


@pytest.mark.parametrize("run", ["(" * 7_000, '"' * 20_000, "-" * 15_000])
def test_a_long_run_of_punctuation_splits_quickly(run):
    # spaCy's tokenizer peels a token's prefixes one at a time: a token of 7,000 brackets
    # took over 10 s to split into sentences
    text = "Nurses strike. " + run
    took = time.perf_counter()
    sents = split_sentences(text)
    took = time.perf_counter() - took
    assert took < BOUND_S / 2, f"{took:.1f} s"
    assert sents[0].text == "Nurses strike." and all(text[s.start:s.end] == s.text for s in sents)
