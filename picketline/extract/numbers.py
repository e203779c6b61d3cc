"""Participants and wage figures.

**Participants.** Every count of people in the article is found (digits or words, see
:mod:`.numwords`) and sorted into tiers:

A. tied to the action: an action word (striking, walked out, locked out, picketing, taking
   part, ...) close after the count in the same clause, or close before it ("locks out 900
   workers"); increments ("another 7,000", "5,600 more workers") and counts of people who
   stayed at work, voted, are eligible or were hired are left out;
B. a figure stated for the action ("the union put the number at about 12,700") right after a
   sentence about how many are out;
C. the membership of the union ("represents about 11,500 writers", "3,000 union members"),
   used only when no count is tied to the action, the action itself is not described with
   a vague figure ("thousands of baristas are expected to take part": then no number; a vague
   membership, "which represents thousands of clerks", is no such figure), the action is
   not held by part of the members at a time (rotating strikes, selected sites) and the
   sentence does not profile the union ("the country's largest union", "affiliated with");
   for an action not yet held (authorized, scheduled) only when the text says the members,
   all of them, are to take part ("the union's 3,100 members will walk off the job", "expects
   nearly all of them to honor the picket line"), and never for one threatened or averted;
D. the first count of workers in the lead (in a strike or lockout story, not a crowd:
   protesters, demonstrators, people).

A count with no noun right before a stoppage verb ("more than 30,000 took part in strike action")
is a count of workers; those who "have returned to work" while the action goes on, or while
others "remain on strike", are not counted.

The highest count of tier A wins (an article's running total beats a count for one site), with
a count joined to it by "and" as one subject ("900 teachers in the capital and 150 nurses walked
out": 1,050), else
the first of the next non-empty tier; a membership figure tied to the action ("the union,
which represents 3,000 teachers, began picketing") and workers counted at a rally rank after
tier B. A roundup's other numbered items ("2. ACME FOODS, DENVER") are not read. Students, patients, passengers, customers, stores and
votes are never counted. A number that is part of a union local's name ("Local 1204", "SEIU
1199") is never a count. Inside a strike or lockout story, a crowd at a rally ("1,200 people
rallied") is not counted and workers counted only at a rally or march are used only when no
other count is tied to the action. For an action not yet held (threatened, authorized,
scheduled), the turnout of an earlier action ("200 employees staged a sickout") is not counted.

**Wages.** Each percentage is attached to the nearest bargaining cue before it in its clause:
demand verbs (want, seek, demand, call for, ask for, press for, require) belong to the union
side, offer verbs and nouns (offer, counteroffer, promise) to the employer side, "propose" and
"proposal" to whichever side is its subject or possessor; a raise written into a reached
agreement counts as the employer's latest offer. Vote shares, turnout, real-terms losses,
inflation and bonuses are not headline increases. Of several figures tied to one cue the
stated total ("a total of 26.5%", "or 14% over the same period") wins, else the first. The
latest position wins: an agreement beats a final/latest offer, which beats a plain one, which
beats one the article dates as earlier ("had offered", "down from", "opened talks seeking");
an agreement the article dates as earlier ("ratified a contract in January") is stale too.
A figure that names a proposal ("its so-called 18 percent offer") is that side's; items of a
list introduced as demands ("members are demanding:") are the union's; a dash apposition
("our offer is a fair one — a 12 percent raise") takes the cue of the clause before it.
Revenue shares, minimum-salary raises and bounds ("less than 4 percent a year") are no
headline figures, and a cue does not reach across a new clause with its own subject.
Web copy adds: a figure named by an offer with modifiers ("the same 19.1 percent increased wage
offer") is the employer's unless a possessor says otherwise; a figure placed in a proposal after
it ("a 12.45 percent increase in their latest offer") is the subject's; a revised figure ("but
raised that to 7 percent") takes the side of the figure before it and is the latest; an agreement
that "calls for" a raise states its terms, not a demand; what a rejected contract "would have"
given is the employer's offer; what workers "should receive" or "deserve" is their demand; a raise
in the sentence after the agreement, opened by a pronoun ("They'll also receive a 3% raise"), is
the agreement's; a school district written as its acronym ("WCCUSD") is the employer side.
Wire and broadcast copy adds: a pay claim ("a 14 pct pay claim", "its claim for 6 pct") and the
noun "demand" after a determiner ("the minister said their demand for 10% ...") are the
workers'; a deal or package "worth" a figure, and a raise the government decreed or granted, are
the employer's; so are the terms a proposal "would give" or "includes"; "its" belongs to the
subject of its own embedded clause ("said they would stay away unless the company improved its
8.5 pct offer"); an offer the workers "had voted" against or "had rejected" is an earlier one.
Counts: a day written before its month ("on 14 July") is a date; companies ("two car makers")
are never counted; a lockout "affects" those locked out, and an action "which began on ...,
involved" its strikers; those arrested, detained or hurt are not; a crowd that "took part in
the rallies" of a strike story is no count; a union that "has" or "claims" N members gives its
size; and no one counted at a rally took part in a strike authorized or called off. Nor has anyone
taken part in a strike only threatened: its count stands only where all are said to go out or
would walk out ("the 3,500 teachers ... would walk out").
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ..model import ArticleFacts, Fact
from ..nlp import Context, Sentence
from ..rules import pattern
from .numwords import Count, Percent, find_counts, find_percents, find_vague

# --- shared vocabulary ---------------------------------------------------------------------
# The patterns are data: picketline/rules/participants.toml and wages.toml, one rule each (its
# id, why and examples there); the code below only chooses between their matches.
PEOPLE = pattern("participants.people.word")
# Words that are people heads (as opposed to the modifiers also listed in PEOPLE).
PEOPLE_HEAD = pattern("participants.people.head")
# Organisations named after their members: "three faculty unions", "two nurses associations".
ORG_NOUN = pattern("participants.not_people.org_noun")
NOT_WORKERS = pattern("participants.not_people.word")

ACTION = pattern("participants.action.word")
# Actions that are only a rally or march: inside a strike or lockout story their crowds are not
# the strikers ("1,200 people rallied on the green" during a walkout by 2,600).
RALLY_ONLY = pattern("participants.action.rally_only")
# Taking part in a rally or march: "60,000 protesters participated in the rallies".
JOINED_RALLY = pattern("participants.action.joined_rally")
# Heads that name a crowd, not a workforce.
CROWD_HEAD = pattern("participants.not_people.crowd_head")
# Union leaders, officials or delegates: no lead count of those taking part.
OFFICIALS_HEAD = pattern("participants.not_people.officials_head")
# A past-tense action verb: the count is of an action already held.
PAST_ACTION = pattern("participants.action.past")
# An action held by only part of the membership at a time: the membership is no count of it.
PARTIAL_ACTION = pattern("participants.membership.partial_action")
# A reporting verb between a membership figure and an action: the action is the main clause's
# ("the local, which represents 1,900 workers, said job action would start").
REPORTING = pattern("participants.membership.reporting")
NEGATIVE = pattern("participants.exclude.negative")
MEMBERSHIP_BEFORE = pattern("participants.membership.before")
# Those a union appeals to ("calling on some 3,000 members to walk out"): not yet acting.
APPEAL_BEFORE = pattern("participants.exclude.appeal_before")
# Those the police arrested, detained or injured: "had detained 43 people after scuffles".
CASUALTY_BEFORE = pattern("participants.exclude.casualty_before")
# The members of a pension scheme or fund: "the scheme has 1.5 million members".
SCHEME_BEFORE = pattern("participants.exclude.scheme_before")
# An employer's or a country's workforce: "The state has 300,000 civil servants".
WORKFORCE_BEFORE = pattern("participants.exclude.workforce_before")
# A place's population: "a city of 110,000 people".
POPULATION_BEFORE = pattern("participants.exclude.population_before")
# A national workforce or population total ("the country's 600,000 public employees",
# "<Country>'s 1.2 million workers", "a country of 9 million people", "85,000 nurses work in
# the state's public hospitals"): no count unless tied to the action.
NATIONAL_BEFORE = pattern("participants.exclude.national_before")
NATIONAL_AFTER = pattern("participants.exclude.national_after")
# Those dismissed, or to be recalled or reinstated: the cause of the dispute, not those out
# ("agreed to recall 175 workers retrenched last week").
DISMISSED_BEFORE = pattern("participants.exclude.dismissed_before")
DISMISSED_AFTER = pattern("participants.exclude.dismissed_after")
# A count of actions: "the first of two nurses strikes".
COUNT_OF_ACTIONS = pattern("participants.exclude.count_of_actions")
# The members said to take part, all of them ("the union's 3,100 members will walk off the job",
# "said its members would leave their posts", "expects nearly all of them to honor the picket
# line"): only then is a membership figure a count of an action not yet held.
ALL_TAKE_PART = pattern("participants.membership.all_take_part")
# The body itself stops work: "the 2,300-member guild walked off the job".
_BODY_STOPS = pattern("participants.action.body_stops")
# the union itself stops work ("the guild went on strike"): its members all take part
_BODY_ACTS = pattern("participants.membership.body_acts")
# Whom talks or a contract cover: "a round of talks ... that cover nearly 500,000 workers".
COVERAGE_BEFORE = pattern("participants.membership.coverage_before")
DEAL_GIVES_BEFORE = pattern("participants.exclude.deal_gives_before")
SITE_WORKFORCE_AFTER = pattern("participants.exclude.site_workforce_after")
BALLOTED_BEFORE = pattern("participants.exclude.balloted_before")
# A membership figure stated after the count: "the 4,300 flight attendants the union represents".
MEMBERSHIP_AFTER = pattern("participants.membership.after")
FIGURE_BEFORE = pattern("participants.shape.figure_before")
# A count with no noun, followed at once by a work-stoppage verb: "more than 30,000 took part in
# strike action", "some 2,000 walked out". (Rallies and marches are left out: crowds.)
BARE_COUNT_ACTION = pattern("participants.action.bare_count")
# Others still out, after a contrast: "..., but 700 union members remain on strike".
STILL_OUT = pattern("participants.exclude.still_out")
# A count whose noun phrase says they are out: "over 33,000 striking union members voted against
# a contract" (what they then voted is no reason to drop them).
STRIKING_NP = pattern("participants.action.striking_np")
INCREMENT_BEFORE = pattern("participants.exclude.increment_before")
_ALL_BUT = pattern("participants.exclude.all_but")
INCREMENT_AFTER = pattern("participants.exclude.increment_after")

_WORD = pattern("participants.shape.word")
# A month name right before a number makes it a day of the month ("on March 21", "Feb. 30"),
# never a count of people. Case-sensitive, so the verb "may" is not taken for the month.
MONTH_BEFORE = pattern("participants.name.month_before")
# A month name right after it makes it a day too, as British and wire copy date ("on 14 July").
MONTH_AFTER = pattern("participants.name.month_after")
# A month and its day before a year-like number make it the year ("October 08, 1993").
YEAR_AFTER_DAY = pattern("participants.name.year_after_day")
CLOCK_TIME = pattern("participants.name.clock_time")
# A number that is part of a union local's name is never a count: "Local 1204", "Lodge 751",
# "District Council 37", or an acronym right before it ("SEIU 1199", "CEPW 2034 members").
LOCAL_NAME_BEFORE = pattern("participants.name.local_before")
# "1199 SEIU United Healthcare Workers East": a number that opens a union's name
NAME_ACRONYM_AFTER = pattern("participants.name.acronym_after")
# Statuses of an action not yet held: counts of an earlier action held are not its participants.
FUTURE_STATUSES = ("threatened", "authorized", "scheduled")
# Statuses with no action held or set: a vote to authorize one, or one called off. Nobody takes
# part, so workers counted at a rally are no count of the action.
NO_ACTION_STATUSES = ("authorized", "averted")
# above this a "count" is a misread or hostile number: the bound the store accepts
# (validate.MAX_PARTICIPANTS), as a national general strike is told in millions ("an estimated
# 8 million people followed the call")
MAX_PARTICIPANTS = 10_000_000
_DATE_LINE = pattern("participants.shape.date_line")
# Wage percentages above this are not wage figures (a misread number, a typo, hostile text).
MAX_WAGE_PCT = 200.0
# A sentence with more percentages than this is a table or garbage (the work per percentage
# looks at the rest of its sentence, so this also bounds the time a sentence can take).
MAX_PERCENTS_PER_SENTENCE = 12



@lru_cache(maxsize=1)
def _count_words() -> dict[str, re.Pattern[str]]:
    """The word groups of ``data/lexicon/counts.json``, one pattern each."""
    path = resources.files("picketline").joinpath("data/lexicon/counts.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    shapes = {"name_before": (r"\b(?:{})\.?\s+$", 0),  # capitalised words, matched as written
              "not_people": (r"^(?:{})$", re.IGNORECASE)}  # whole head words
    out = {}
    for k, words in data.items():
        if not k.startswith("_"):
            shape, flags = shapes.get(k, (r"\b(?:{})\b", re.IGNORECASE))
            out[k] = re.compile(shape.format("|".join(words)), flags)
    return out


# "Some 60 pct of 6,300 employees", "half of the 30,000 workers": the share of a workforce that is out
_SHARE_BEFORE = pattern("participants.shape.share_before")
_FRACTIONS = {"half": 1 / 2, "third": 1 / 3, "quarter": 1 / 4, "fifth": 1 / 5, "thirds": 2 / 3, "quarters": 3 / 4}


def _share(m: re.Match[str]) -> float:
    """The share a participants.shape.share_before match names, as a fraction of one."""
    if m.group("pct"):
        return float(m.group("pct")) / 100
    return _FRACTIONS[re.split(r"[\s-]+", m.group("frac").lower())[-1]]


# --- roundups ------------------------------------------------------------------------------
# A numbered item heading of a roundup: "2. ACME FOODS, DENVER" (mostly capitals, no full stop).
_ITEM_HEADING = pattern("participants.shape.item_heading")


def other_items(ctx: Context, facts: ArticleFacts | None = None) -> tuple[tuple[int, int], ...]:
    """Article spans of a roundup's other items: a roundup lists several disputes under
    numbered capitalised headings ("1. ACME FOODS, DENVER"); its facts are the main item's (the
    one where the employer is first named, else the first), so the other items' counts,
    figures and demands are not read. Empty for an ordinary article. Cached on the context."""
    key = ("numbers.other_items", None if facts is None else
           tuple(f.evidence.start for f in facts.employers[:1] if f.evidence))
    cached = ctx.cache.get(key)
    if cached is not None:
        return cached  # type: ignore[return-value]
    heads = []
    for m in _ITEM_HEADING.finditer(ctx.text):
        letters = [ch for ch in m.group(2) if ch.isalpha()]
        if len(letters) >= 4 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters) \
                and not m.group(2).rstrip().endswith("."):
            heads.append((int(m.group(1)), m.start()))
    spans: tuple[tuple[int, int], ...] = ()
    if len(heads) >= 2 and [n for n, _ in heads] == list(range(heads[0][0],
                                                                 heads[0][0] + len(heads))):
        bounds = [pos for _, pos in heads] + [len(ctx.text)]
        items = list(zip(bounds, bounds[1:]))
        main = 0
        ev = facts.employers[0].evidence if facts is not None and facts.employers else None
        if ev is not None:
            main = next((i for i, (a, b) in enumerate(items) if a <= ev.start < b), 0)
        spans = tuple(span for i, span in enumerate(items) if i != main)
    ctx.cache[key] = spans
    return spans


def in_other_item(spans: tuple[tuple[int, int], ...], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


@dataclass
class _Cand:
    tier: str
    value: int
    sent: Sentence
    start: int  # article offsets of the number
    end: int
    rule: str = "participants.code"  # the rule that tied it to the action or made it a figure


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


_MEMBER_ADJ = pattern("participants.people.member_adjective")
_COMPOUND_ADJ = pattern("participants.exclude.compound_adjective")
_OF_THEM = pattern("participants.people.of_them")
_AFTER_ENDING = pattern("participants.action.after_ending")
_BACK_TO_WORK = pattern("participants.exclude.back_to_work")
_PART_OF_WHOLE = pattern("participants.exclude.part_of_whole")
_UNNUMBERED_PART = pattern("participants.exclude.unnumbered_part")
_YEAR = pattern("participants.exclude.year")
_MEMBERS_AFTER = pattern("participants.membership.members_after")
# A sentence profiling a union ("the country's largest union", "affiliated with"): its
# membership figure is boilerplate.
_PROFILE = pattern("participants.membership.profile")
# Two counts joined by "and" as one subject: "900 teachers in the capital and 150 nurses".
_COORDINATED_COUNT = pattern("participants.shape.coordinated_count")
# The action says whom it involves: "the labor action involves 33,000 machinists".
_INVOLVES_BEFORE = pattern("participants.action.involves_before")
# An action done by the counted body: "a walkout by about 450 members of the union".
_BY_BEFORE = pattern("participants.action.by_before")
_PHRASE_END = frozenset(".;:!?()")  # the noun phrase after a count ends at these


def _noun_phrase(after: str) -> str:
    """The text after a count up to the end of its phrase (80 characters at most)."""
    for i, ch in enumerate(after[:80]):
        if ch in _PHRASE_END:
            return after[:i]
    return after[:80]


def _adjacent(phrase: str, word: str, nxt: str) -> bool:
    """Does ``word`` stand right before ``nxt`` (whitespace between) somewhere in ``phrase``?"""
    i = phrase.find(word)
    while i != -1:
        j = k = i + len(word)
        while k < len(phrase) and phrase[k].isspace():
            k += 1
        if k > j and phrase.startswith(nxt, k):
            return True
        i = phrase.find(word, i + 1)
    return False


def _is_number_word(word: str) -> bool:
    """Digits, commas and points only ("1,200", "3.5")."""
    return bool(word) and all(ch.isdecimal() or ch in ",." for ch in word)


def _digit_runs(text: str) -> list[str]:
    """The runs of digits of a text ("Local 1204" -> ["1204"])."""
    return "".join(ch if ch.isdecimal() else " " for ch in text).split()


_SKIP_WORDS = frozenset(("its", "their", "the", "them", "of", "and", "whom", "those", "these",
                         "at", "in", "across", "from", "nearly"))
# Words that end a noun phrase: after one of these no head of the count follows.
_STOP_WORDS = frozenset((
    "a", "an", "are", "were", "is", "was", "be", "been", "will", "would", "could", "can",
    "have", "has", "had", "to", "who", "that", "which", "on", "by", "with", "for", "per",
    "than", "or", "as", "said", "say", "says", "this", "last", "next", "each", "every",
    "when", "where", "while", "whose", "after", "before", "since", "because", "if", "but"))
MAX_MODIFIERS = 3  # unknown words allowed before the head ("refuse collectors", "refuse and street cleaning workers")


def _head(after: str) -> tuple[bool, bool]:
    """Is the phrase after a number about workers? Returns (people, excluded)."""
    people, excluded, _ = _head_word(after)
    return people, excluded


def _head_word(after: str) -> tuple[bool, bool, str]:
    """(people, excluded, head word) of the noun phrase after a number. Up to two unknown
    lowercase modifiers may stand before a people head ("340 refuse collectors")."""
    shape = _head_shape(after)
    if shape is not None:
        return shape
    return _phrase_head(_noun_phrase(after))


def _head_shape(after: str) -> tuple[bool, bool, str] | None:
    """The head given by the shape right after a number, or None to read its noun phrase."""
    if _MEMBER_ADJ.match(after):
        return True, False, "member"  # "the 2,300-member union": its membership
    if _COMPOUND_ADJ.match(after):
        return False, False, ""  # a compound adjective: "a three-day strike", "24-hour"
    if _OF_THEM.match(after):
        return True, False, "them"  # "about 900 of them walked out"
    if BARE_COUNT_ACTION.match(after):
        return True, False, "they"  # "More than 30,000 took part in strike action"
    return None


def _phrase_head(phrase: str) -> tuple[bool, bool, str]:
    """(people, excluded, head word) of a noun phrase: "45,000 of its members", "3,000
    teachers, counselors ..."."""
    words = _words(phrase)[:7]
    unknown = 0
    # in an all-caps line ("THREE STATES AFFECTED BY TEACHER STRIKE") a capital marks no name
    caps = not any(ch.islower() for ch in phrase)
    not_people = _count_words()["not_people"]
    for i, w in enumerate(words):
        wl = w.lower().strip("'")
        nxt = words[i + 1] if i + 1 < len(words) else None
        if _no_people(wl, nxt, i, not_people):
            return False, True, wl
        if NOT_WORKERS.match(wl):
            if not wl.endswith("s") and nxt is not None and _adjacent(phrase, w, nxt) and \
                    _is_people_word(nxt):
                continue  # a singular noun modifying a people head: "flight attendants"
            return False, True, wl
        if PEOPLE.match(wl):
            if PEOPLE_HEAD.match(wl):
                if nxt is not None and _adjacent(phrase, w, nxt) and (
                        ORG_NOUN.match(nxt) or (not wl.endswith("s") and
                                                NOT_WORKERS.match(nxt.lower()))):
                    # "three faculty unions", "90 journalist jobs", "40 nurse shifts"
                    return False, True, nxt.lower()
                return True, False, wl
            continue
        if _passed_over(w, wl, caps):
            continue  # proper modifiers ("LAUSD workers"), "of its members"
        if _agent_noun(wl):
            return True, False, wl
        unknown += 1
        if wl in _STOP_WORDS or unknown > MAX_MODIFIERS:
            return False, False, wl
    return False, False, ""


def _passed_over(w: str, wl: str, caps: bool) -> bool:
    """Is ``w`` a word read past on the way to the head: a number, a name (a capital, except
    in an all-caps line), a possessive or a function word ("of its members")?"""
    return _is_number_word(wl) or (w[:1].isupper() and not caps) or \
        wl.endswith(("'s", "\u2019s")) or wl in _SKIP_WORDS


def _agent_noun(wl: str) -> bool:
    """Is ``wl`` shaped as a noun for people ("welders", "organizers", "linesmen")?"""
    return wl.endswith(("ers", "ors", "ists", "ians", "ees", "istas")) or \
        (wl.endswith(("men", "women")) and len(wl) > 5)


def _no_people(word: str, nxt: str | None, i: int, not_people: re.Pattern[str]) -> bool:
    """``word`` (the ``i``-th after a count) is a head of no people: a word of the
    not-people list, or, first after the count, a plural organisation noun ("10 unions
    representing 4,500 workers"), not one before a people word ("3,000 union members")."""
    return bool(not_people.match(word)) or (
        i == 0 and bool(ORG_NOUN.match(word)) and word.endswith("s") and
        not (nxt is not None and _is_people_word(nxt)))


def _is_people_word(word: str) -> bool:
    """Is ``word`` a head noun for workers ("attendants", "clerks", "pickers")?"""
    wl = word.lower()
    if NOT_WORKERS.match(wl):
        return False
    if PEOPLE.match(wl):
        return bool(PEOPLE_HEAD.match(wl))
    return wl.endswith(("ers", "ors", "ists", "ians", "ees"))


def _clause_window(text: str, start: int, end: int) -> tuple[str, str]:
    """Text of the same clause before and after a span (clauses end at ';' and dashes)."""
    lo = max(text.rfind(";", 0, start), text.rfind(" — ", 0, start))
    hi_c = [i for i in (text.find(";", end), text.find(" — ", end)) if i != -1]
    hi = min(hi_c) if hi_c else len(text)
    return text[lo + 1 if lo != -1 else 0:start], text[end:hi]


# "rallied against the cuts": "against" names what an action opposes, not a vote against.
_ACTION_AGAINST = pattern("participants.exclude.action_against")


_CONTRAST = pattern("participants.shape.contrast")
# "23,000 members of the union, affiliated to X, the country's second largest confederation,
# began a strike": an aside between a count and its action
_COMMA_ASIDE = pattern("participants.shape.aside")
# a count with no noun that is the subject of taking part: "90,000 took part", "20,000 struck"
_BARE_COUNT_ACTS = pattern("participants.shape.bare_count_acts")


# people against the action itself: "voted against a strike", "800 were against the stoppage"
_AGAINST_ACTION = pattern("participants.exclude.against_action")


def _negative(near: str) -> bool:
    """Does the text around a count say those people are not taking part (stayed on the job,
    crossed, voted against, were hired, ...)?"""
    for m in NEGATIVE.finditer(near):
        if m.group().lower() == "against" and (_ACTION_AGAINST.search(near[:m.start()]) or
                                               not _AGAINST_ACTION.match(near[m.end():])):
            continue  # "strike by 270 workers against the plant", "striking members voted
            # against a contract": only those against the action itself stay out
        return True
    return False


def _action_tie(before: str, after: str, membership: bool) -> tuple[str, str] | None:
    """The action a count is tied to, as (action words, words from the count to them): an
    action word close after the count in its clause, or (unless it is a membership figure)
    close before it ("locks out 900 workers"). A membership figure is not tied across a
    reporting verb."""
    for m in ACTION.finditer(after):
        if len(_words(_COMMA_ASIDE.sub(" ", after[:m.start()]))) <= 18 and not (
                membership and REPORTING.search(after[:m.start()])):
            return m.group(), after[:m.end()]
        break
    if membership:
        return None
    last = None
    for m in ACTION.finditer(before):
        last = m
    if last and len(_words(before[last.end():])) <= 6:
        return last.group(), before[last.start():]
    return None


def _action_tied(before: str, after: str, membership: bool) -> bool:
    return _action_tie(before, after, membership) is not None


def _in_local_name(text: str, c: Count, union_numbers: frozenset[str]) -> bool:
    """Is the number part of a union local's name ("Local 1204", "SEIU 1199", "1199 SEIU
    United Healthcare Workers East"), or a number in the name of a union of the article
    (``union_numbers``)?"""
    if "," in c.text or not c.text.isdigit():
        return False
    return c.text in union_numbers or \
        bool(LOCAL_NAME_BEFORE.search(text[max(0, c.start - 30):c.start])) or \
        bool(NAME_ACRONYM_AFTER.match(text[c.end:c.end + 40]))


def _value(f: Fact | None) -> str | None:
    return None if f is None else str(f.value)


@dataclass(frozen=True)
class _Scan:
    """What the participants scan knows of the article before reading its counts."""

    status: str | None
    action_type: str | None
    partial: bool  # rotating or site-by-site action: the membership is not a count of it
    union_numbers: frozenset[str]  # numbers in the names of the article's unions
    sents: list[Sentence]


def _scan(ctx: Context, facts: ArticleFacts | None) -> _Scan:
    return _Scan(
        status=_value(facts.status) if facts is not None else None,
        action_type=_value(facts.action_type) if facts is not None else None,
        partial=bool(PARTIAL_ACTION.search(ctx.text)),
        union_numbers=frozenset(n for u in (facts.unions if facts is not None else ())
                                for n in _digit_runs(str(u.value))),
        sents=ctx.sentences)


def _candidates(ctx: Context, facts: ArticleFacts | None = None) -> tuple[list[_Cand], bool]:
    scan = _scan(ctx, facts)
    cands: list[_Cand] = []
    vague_action = False
    others = other_items(ctx, facts)
    for s in scan.sents:
        if others and in_other_item(others, s.start):
            continue  # a roundup's other dispute
        text = s.text
        m = _DATE_LINE.match(text)
        if m:
            text = " " * m.end() + text[m.end():]
        vague_action = vague_action or _vague_action(text)
        for c in find_counts(text):
            cand = _candidate(scan, s, text, c)
            if cand is not None:
                cands.append(cand)
    return cands, vague_action


def _vague_action(text: str) -> bool:
    """Is the action described with a vague figure ("thousands of baristas walked out")?"""
    for v in find_vague(text):
        if MEMBERSHIP_BEFORE.search(text[max(0, v.start - 40):v.start]):
            continue  # "which represents thousands of city workers": the union's size
        people, _ = _head(text[v.end:])
        before, after = _clause_window(text, v.start, v.end)
        if people and _action_tied(before, after, False) and not NEGATIVE.search(
                before[-40:] + after[:60]):
            return True
    return False


def _named_number(scan: _Scan, text: str, c: Count) -> bool:
    """Is the number out of range, a day of the month or part of a name?"""
    if not 2 <= c.value <= MAX_PARTICIPANTS:
        return True
    if MONTH_BEFORE.search(text[max(0, c.start - 12):c.start]) or \
            MONTH_AFTER.match(text[c.end:c.end + 16]):
        return True  # a day of the month
    if 1800 <= c.value <= 2100 and "," not in c.text and \
            YEAR_AFTER_DAY.search(text[max(0, c.start - 16):c.start]):
        return True  # "October 08, 1993|By ... Staff Writer": the year of a date
    if CLOCK_TIME.match(text, c.start):
        return True  # "The strike began at 0700 BST": a time of day
    if _in_local_name(text, c, scan.union_numbers):
        return True  # "Local 1204", "CEPW 2034 members": a name, not a count
    # "the Big 3", "Terminal 2": a name
    return bool(_count_words()["name_before"].search(text[max(0, c.start - 15):c.start]))


def _count_head(text: str, c: Count) -> tuple[bool, bool, str]:
    """(people?, excluded?, head word) of the words after a count; a count with no noun that
    takes part ("Strike leaders said 90,000 took part") counts people."""
    people, excluded, head = _head_word(text[c.end:])
    if not people and not excluded and _BARE_COUNT_ACTS.match(text, c.end):
        return True, False, "they"
    return people, excluded, head


def _candidate(scan: _Scan, s: Sentence, text: str, c: Count) -> _Cand | None:
    """The count ``c`` of sentence ``s`` as a candidate of its tier, or None."""
    if _named_number(scan, text, c):
        return None
    before, after = _clause_window(text, c.start, c.end)
    people, excluded, head = _count_head(text, c)
    figure = bool(FIGURE_BEFORE.search(text[:c.start]))
    if excluded or not (people or figure):
        return None
    if 1900 <= c.value <= 2100 and "," not in c.text and not people:
        return None
    if _not_a_count_of_people_acting(text, c):
        return None
    returned = _returned(after, scan.status)
    if _not_out(scan, text, c, before, after, head, returned):
        return None
    value = c.value
    share = _SHARE_BEFORE.search(text[max(0, c.start - 45):c.start])
    if share:
        value = c.value * _share(share)  # "60 pct of 6,300 employees", "half of the 30,000 workers"
    membership_rule = _membership_rule(text, c, head, after)
    membership = membership_rule is not None
    if membership and scan.partial:
        return None  # rotating or site-by-site action: the membership is not a count of it
    if head == "member" and text[c.end:c.end + 1] == "-" and not _BODY_STOPS.search(after[:90]):
        return None  # "the 100,000-member general union (called the strike)": a body's
        # size; all its members are out only when the body itself walks out
    if scan.status in (None, "threatened") and \
            COVERAGE_BEFORE.search(text[max(0, c.start - 200):c.start]):
        return None  # "talks ... that cover nearly 500,000 workers": whom a contract covers,
        # with no action decided on
    if scan.status in (None, "threatened", "averted") and \
            DEAL_GIVES_BEFORE.search(text[max(0, c.start - 200):c.start]):
        return None  # "the agreement ... gives the 1,850 hourly workers wage increases": whom
        # a deal reaches, with no action taken
    if BALLOTED_BEFORE.search(text[max(0, c.start - 40):c.start]):
        return None  # "will start balloting some 17,000 members": those asked
    if SITE_WORKFORCE_AFTER.match(text[c.end:c.end + 120]):
        return None  # "About 4,200 people work at the Swansea site": the site's workforce
    found = _tier(scan, s, text, c, (before, after), head, figure, membership_rule, returned)
    if found is None or (found[0] in ("C", "D") and c.value < 10):
        return None
    return _Cand(found[0], int(round(value)), s, s.start + c.start, s.start + c.end, found[1])


def _returned(after: str, status: str | None) -> bool:
    """Are the people counted back at work after the action ended? (Their noun phrase may be
    long: "650 workers at its cannery and cold-storage plant near the harbor have returned".)"""
    return bool(_count_words()["returned"].search(after[:130])) and (
        status == "ended" or bool(_AFTER_ENDING.search(after[:140])))


def _not_out(scan: _Scan, text: str, c: Count, before: str, after: str, head: str,
             returned: bool) -> bool:
    """Does the text around a count say those people are not out: hurt, called the action
    off, went back while it goes on, stayed at work, or are the whole of which a part is out?"""
    words = _count_words()
    # what follows a contrast ("..., while some 40 have crossed") is about others; after a
    # bare count ("30,000 took part in strike action, with 95% of those who voted ...") the
    # count's own clause ends at the comma
    clause_after = after[:70].split(",", 1)[0] if head == "they" else \
        _CONTRAST.split(after[:70], 1)[0]
    near = before[-45:] + " " + clause_after
    if words["hurt"].search(clause_after) or words["called_off"].search(after[:50]):
        return True  # casualties, or those who called off a planned action
    own = _CONTRAST.split(after[:160], 1)[0]
    if words["returned"].search(own) and (
            (not returned and scan.status is not None and scan.status != "ended") or
            STILL_OUT.search(after[len(own):240])):
        return True  # "most of the 10,000 who went on strike have returned to work(, but 700
        # remain on strike)": not those out now
    if not returned and not STRIKING_NP.match(text[c.end:c.end + 40]) and (
            _negative(near) or _BACK_TO_WORK.search(after[:40])):
        return True
    # "130 of the authority's 310 drivers", "most of the system's 3,800 crews": the whole,
    # not those out; "In 2017, doctors struck": a year
    window = text[max(0, c.start - 60):c.start]
    return bool(_PART_OF_WHOLE.search(window) or _UNNUMBERED_PART.search(window)
                or _YEAR.search(text[max(0, c.start - 20):c.end]))


def _not_a_count_of_people_acting(text: str, c: Count) -> bool:
    """An increment ("another 300 workers joined"), those a union appeals to ("calling on
    some 3,000 members to walk out"), a pension scheme's members ("the scheme has 1.5 million
    members"), an employer's or a country's workforce ("the state has 300,000 civil
    servants"), those dismissed or to be reinstated ("recall 175 workers retrenched last
    week") or a count of actions ("two nurses strikes")."""
    before = text[max(0, c.start - 40):c.start]
    return bool(INCREMENT_BEFORE.search(before) or INCREMENT_AFTER.match(text[c.end:])
                or _ALL_BUT.search(before)
                or APPEAL_BEFORE.search(before) or CASUALTY_BEFORE.search(before[-30:])
                or SCHEME_BEFORE.search(before) or DISMISSED_BEFORE.search(before)
                or WORKFORCE_BEFORE.search(text[max(0, c.start - 80):c.start])
                or POPULATION_BEFORE.search(before)
                or DISMISSED_AFTER.match(text[c.end:c.end + 60])
                or COUNT_OF_ACTIONS.match(text[c.end:c.end + 50]))


def _membership_rule(text: str, c: Count, head: str, after: str) -> str | None:
    """The rule that makes the count a union's membership ("represents 11,500 writers", "the
    2,300-member guild", "the 4,300 attendants the union represents", "3,000 union members"),
    or None when it is not one."""
    if MEMBERSHIP_BEFORE.search(text[max(0, c.start - 40):c.start]):
        return "participants.membership.before"
    if head == "member":
        return "participants.people.member_adjective"
    if MEMBERSHIP_AFTER.match(text[c.end:c.end + 90]):
        return "participants.membership.after"
    if _MEMBERS_AFTER.match(text[c.end:]) and not ACTION.search(after[:60]):
        return "participants.membership.members_after"
    return None


def _count_tie(text: str, c: Count, before: str, after: str, head: str, membership: bool,
               returned: bool) -> tuple[str, str, str] | None:
    """The action a count (not a stated figure) is tied to, as (action word, span, rule)."""
    action = _action_tie(before, after, membership)
    tie = None if action is None else (*action, "participants.action.word")
    striking = STRIKING_NP.match(text[c.end:c.end + 40])
    if striking:  # "33,000 striking union members"
        tie = (striking.group(1), text[c.end:c.end + 40], "participants.action.striking_np")
    by = _BY_BEFORE.search(before[-80:])
    if tie is None and by and head != "member":
        # "the walkout by about 450 members of the union": those members are out
        tie = (by.group(), by.group(), "participants.action.by_before")
    if tie is None and not membership:
        involves = _INVOLVES_BEFORE.search(before[-160:])
        if involves:  # "the labor action involves 33,000 machinists"
            tie = (involves.group(), involves.group(), "participants.action.involves_before")
    if tie is None and returned:
        # the workers back at work after the action ended (data/lexicon/counts.json)
        tie = ("returned", after[:60], "participants.code")
    if head == "member" and tie is not None and not returned:
        tie = None  # "the 100,000-member union protested": its size, no count of those out
    return tie


def _rally_tie(word: str, span: str, after: str) -> bool:
    """Is the action a count is tied to only a rally or march ("1,200 people rallied", "60,000
    protesters participated in the rallies")?"""
    if RALLY_ONLY.match(word):
        return True
    return after.startswith(span) and bool(JOINED_RALLY.match(after[len(span) - len(word):]))


def _tier(scan: _Scan, s: Sentence, text: str, c: Count, window: tuple[str, str], head: str,
          figure: bool, membership_rule: str | None, returned: bool) -> tuple[str, str] | None:
    """(tier, rule) of a count (tiers: see the module's docstring), or None when it is no
    candidate."""
    if figure:
        prev = scan.sents[s.idx - 1].text if s.idx > 0 else ""
        tier = "B" if (ACTION.search(prev) or ACTION.search(text)) else "D"
        return tier, "participants.shape.figure_before"
    before, after = window
    membership = membership_rule is not None
    tie = _count_tie(text, c, before, after, head, membership, returned)
    if tie is not None:
        word, span, rule = tie
        if OFFICIALS_HEAD.match(head):
            return None  # "a meeting of 90 regional leaders (called rolling strikes)": those
            # who decide or lead an action, not those taking part
        if c.value < 10 and not (after.startswith(span) and
                                 len(_words(span)) - len(_words(word)) <= 4):
            return None  # "against the three coal operators", "votes at four carriers": a
            # small count is of workers only as the subject right before the action ("Six
            # police officers called in sick")
        if scan.status in FUTURE_STATUSES and PAST_ACTION.search(span):
            return None  # an earlier action's turnout, not those set to take part
        if _rally_tie(word, span, after) and scan.action_type in ("strike", "lockout"):
            if CROWD_HEAD.match(head):
                return None  # a rally crowd inside a strike story
            return "A2", rule  # workers at a rally: only when nothing else is tied
        # a membership figure tied to the action ("the union, which represents 3,000
        # teachers, began picketing") yields to a figure given for those out
        # ("N members of the union ... will walk out" are the subject: a count of those out)
        return ("AM" if membership and membership_rule != "participants.membership.members_after"
                else "A"), rule
    if _national_total(text, c):
        return None  # a country's workforce or population, not those out
    if membership_rule is not None:
        if _PROFILE.search(text):
            return None  # "At 90,000 members, the guild is the country's largest union"
        return "C", membership_rule
    if s.idx <= 3 and c.value >= 10:
        if CROWD_HEAD.match(head) and scan.action_type in ("strike", "lockout"):
            return None  # "a march of 400,000 protesters" in a strike story: a crowd
        if OFFICIALS_HEAD.match(head):
            return None  # "an address to 3,000 union leaders": an audience, not strikers
        # (a lone small number in the lead is seldom a count of strikers)
        return "D", "participants.code"
    return None


def _national_total(text: str, c: Count) -> bool:
    """Is the count a national workforce or population total ("the nation's 600,000 public
    employees", "<Country>'s 1.2 million workers", "85,000 nurses work in the country's public
    hospitals")? A named owner must be a country."""
    if NATIONAL_AFTER.match(text[c.end:c.end + 80]):
        return True
    m = NATIONAL_BEFORE.search(text[max(0, c.start - 50):c.start])
    if m is None:
        return False
    owner = m.group("owner")
    if owner is None:
        return True
    from .parties import _is_country_word  # the countries' names and adjectives
    return _is_country_word(owner)


def _coordinated_total(text: str, pick: _Cand, tied: list[_Cand]) -> int:
    """The count ``pick`` plus a count of its sentence joined to it by "and" as one subject of
    the action ("when 900 teachers in the capital and 150 nurses in the north walked out")."""
    same = sorted((c for c in tied if c.sent.idx == pick.sent.idx), key=lambda c: c.start)
    i = same.index(pick)
    for a, b in ((same[i - 1], pick) if i > 0 else (None, None),
                 (pick, same[i + 1]) if i + 1 < len(same) else (None, None)):
        if a is not None and b is not None and _COORDINATED_COUNT.match(text[a.end:b.start]) \
                and not ACTION.search(text[a.end:b.start]) and \
                not _OF_THEM.match(text[b.end:b.end + 12]):
            return a.value + b.value
    return pick.value


def _all_take_part(ctx: Context, c: _Cand) -> bool:
    """Does the text from the membership figure ``c`` to the end of the next sentence say the
    members, all of them, take part ("the union's 3,100 members ... will walk off the job",
    "said its members would leave their posts", "expects nearly all of them to honor the picket
    line")?"""
    sents = ctx.sentences
    idx = c.sent.idx
    end = sents[idx + 1].end if idx + 1 < len(sents) else c.sent.end
    return bool(ALL_TAKE_PART.search(ctx.text[c.end:end]))


_WOULD_TAKE_PART = pattern("participants.action.would_take_part")


def _would_take_part(ctx: Context, c: _Cand) -> bool:
    """Does the count's own sentence say those counted would go out if the action is called
    ("about 6,200 workers would walk out", "a strike would involve about 1,150 nurses")?"""
    t, sent = ctx.text, c.sent
    if _WOULD_TAKE_PART.match(t, c.end, sent.end):
        return True
    before = t[max(sent.start, c.start - 60):c.start]
    return any(m.end() == len(before) for m in _WOULD_TAKE_PART.finditer(before))


def _membership_counts(ctx: Context, c: _Cand, status: str | None) -> bool:
    """May a union's membership figure ``c``, tied to no action, stand for those taking part?
    Only where the text says the members, all of them, take part, or that the union itself
    went on strike, and never in an action only threatened or called off (GUIDELINES: "not
    the union's total membership unless the article says they all take part"). "Local 813,
    which represents about 2,000 haulers, said owners had offered ..." gives the union's
    size, not a count of those out."""
    return status not in ("averted", "threatened") and (
        _all_take_part(ctx, c) or bool(_BODY_ACTS.search(ctx.text)))


def participants(ctx: Context, facts: ArticleFacts) -> Fact[int] | None:
    """The number of workers taking part in the action, with its evidence, or None."""
    cands, vague_action = _candidates(ctx, facts)
    status = _value(facts.status) if facts is not None else None
    by_tier = {t: [c for c in cands if c.tier == t] for t in ("A", "AM", "A2", "B", "C", "D")}
    pick: _Cand | None = None
    note = ""
    value = 0
    if by_tier["A"]:
        pick, note = max(by_tier["A"], key=lambda c: c.value), "count tied to the action"
        value = _coordinated_total(ctx.text, pick, by_tier["A"])
    elif by_tier["B"]:
        pick, note = by_tier["B"][0], "figure given for those out"
    elif by_tier["AM"] or (by_tier["A2"] and status not in NO_ACTION_STATUSES):
        pick, note = max(by_tier["AM"] or by_tier["A2"], key=lambda c: c.value), \
            "count tied to the action"
    elif vague_action:
        return None
    elif by_tier["C"] and _membership_counts(ctx, by_tier["C"][0], status):
        pick, note = by_tier["C"][0], "membership of the union taking action"
    elif by_tier["D"]:
        pick, note = by_tier["D"][0], "count of workers in the lead"
    if pick is None:
        return None
    if status in ("authorized", "threatened") and \
            not (_all_take_part(ctx, pick) or _would_take_part(ctx, pick)):
        # "nearly 6,000 teachers have voted to strike", "has support of about 300 workers, have
        # threatened to go on strike": voters or members, nobody out yet (GUIDELINES: those
        # taking part), unless all of them are said to go out
        return None
    conf = {"count tied to the action": 0.9, "figure given for those out": 0.8}.get(note, 0.6)
    rules = [pick.rule, "counts.number.phrase"]
    if value and value != pick.value:
        rules.append("participants.shape.coordinated_count")  # two counts added
    return Fact(value or pick.value, ctx.sentence_evidence(pick.sent, pick.start, pick.end),
                conf, note, rules)


# --- wages -----------------------------------------------------------------------------------
UNION_WORDS = pattern("wages.side.union_words")
EMPLOYER_WORDS = pattern("wages.side.employer_words")
DEMAND_CUE = pattern("wages.cue.demand")
OFFER_CUE = pattern("wages.cue.offer")
PROPOSE_CUE = pattern("wages.cue.propose")
# A figure one side rejects or will not agree to: the other side's ("management rejected a 6 pct
# rise": the workers' demand; "members turned down a 3% rise": the employer's offer).
REJECT_CUE = pattern("wages.cue.rejected")
_REFUSED_MORE_THAN = pattern("wages.cue.refused_more_than")
# The last item of a list that is a cue's object: "demands for ..., and the 9 pct increase".
_COORDINATED_OBJECT = pattern("wages.clause.coordinated_object")
# An aside set off by dashes or brackets, and the last item of a list that holds the figure
_ASIDE = pattern("wages.clause.aside")
_LAST_ITEM_RAISE = pattern("wages.clause.last_item_raise")
AGREEMENT_WORD = pattern("wages.agreement.word")
RAISE_VERB = pattern("wages.agreement.raise_verb")
AGREEMENT_REACHED = pattern("wages.agreement.reached")
STALE = pattern("wages.timing.stale")
# A later offer named without its figure ("received an improved offer"): an earlier figure is
# then no longer the employer's latest offer.
LATER_OFFER = pattern("wages.timing.later_offer")
FRESH = pattern("wages.timing.fresh")
TOTAL = pattern("wages.headline.total_before")
# an offer in equal stages ("in two stages of two pct each", "two 3 pct steps"): their sum
_STAGES_BEFORE = pattern("wages.headline.stages_before")
_STAGES_AFTER = pattern("wages.headline.stages_after")
_STAGE_COUNT = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
NOT_HEADLINE_AFTER = pattern("wages.headline.not_after")
NOT_HEADLINE_BEFORE = pattern("wages.headline.not_before")
VOTE_WORDS = pattern("wages.headline.vote_words")


# "They want us to take 8%": the other side's figure pressed on the workers, not their demand.
PRESSED_ON = pattern("wages.cue.pressed_on")
# A demand stated after the figure: "the 6 per cent its members are seeking".
DEMAND_AFTER = pattern("wages.cue.demand_after")
# An agreement's terms listed under a short heading or an introducing sentence ("THE DEAL",
# "The contract includes:"): the raises in the list are the agreement's.
TERMS_INTRO = pattern("wages.agreement.terms_intro")
# A raise named at the start of a list item ("Raises totaling 9% over two years.").
RAISE_ITEM = pattern("wages.agreement.raise_item")
# A raise a side agreed to, accepted or settled for: "agreed late yesterday to a 28 pct rise".
SETTLED_ON = pattern("wages.agreement.settled_on")
# A sentence opening with the pay rising: "Wages will rise 11 percent over three years".
WAGES_RISE = pattern("wages.agreement.wages_rise")


# The minimum salary's raise is no general wage figure ("raise the minimum salary by 40 percent").
MINIMUM_PAY = pattern("wages.headline.minimum_pay")
# A bound, not a figure on the table: "amounts to less than 4 percent a year".
BOUND_BEFORE = pattern("wages.headline.bound_before")
# A figure that names a proposal: "its 18 percent offer", "the union's \"27% demand\"".
NAMED_FIGURE_AFTER = pattern("wages.cue.named_figure")
# A figure placed in a proposal after it: "a 12.45 percent salary increase in their latest offer".
OFFER_AFTER = pattern("wages.cue.offer_after")
# A revised figure: "initially offered 5 percent, but raised that to 7 percent".
REVISED_TO = pattern("wages.timing.revised_to")
# An agreement as the subject of a demand verb: "The pact calls for an average 14.4 percent raise".
AGREEMENT_SUBJECT = pattern("wages.agreement.subject")
# A rejected contract described by what it would have given: the employer's offer.
REJECTED_WOULD = pattern("wages.cue.rejected_would")
# A rise set as the condition of the workers' action ("would strike unless the company granted a
# 23 pct rise"), 'until' only after a threat or a future: the workers' demand.
CONDITION = pattern("wages.cue.condition")
CONDITION_THREAT = pattern("wages.cue.condition_threat")
# An action 'for' a rise ("struck for a 20 pct rise", "in a strike for a 60 pct wage rise").
ACTION_FOR = pattern("wages.cue.action_for")
# "the proposed contract": the adjective names the terms on the table, not who proposed them
PROPOSED_TERMS = pattern("wages.cue.proposed_terms")
# A sentence opening with a pronoun (or a short phrase and a pronoun): "They'll also receive",
# "For many employees, it included": it continues the sentence before it.
PRONOUN_START = pattern("wages.agreement.pronoun_start")
# A school district written as its acronym ("WCCUSD proposed a 3% raise"): the employer side.
DISTRICT_ACRONYM = pattern("wages.side.district_acronym")
# A clause opened by a dash whose first words are a noun phrase: an apposition to what precedes.
APPOSITIVE = pattern("wages.clause.appositive")
# A new clause with its own subject between a cue and a figure ("does not require employers to
# bargain, and union density hovers around 7 percent").
NEW_CLAUSE = pattern("wages.clause.new_clause")


# The subject of a demand is the workers even when an employer is named inside it ("Staff of
# the Acme franchise firm, which ..., want a pay rise of six pct").
WORKERS_SUBJECT = pattern("wages.side.workers_subject")
# "a ceiling of five pct", "a pay limit of 3 percent", "its 2% pay guideline"
CEILING_BEFORE = pattern("wages.side.ceiling_before")
PUBLIC_EMPLOYER = pattern("wages.side.public_employer")

_BY_END = pattern("wages.headline.by_end")
_FALL_WORDS = pattern("wages.headline.fall_words")
_RAISED_BY = pattern("wages.headline.raised_by")
_PROPOSAL_POSSESSOR = pattern("wages.cue.proposal_possessor")
_FRESH_WORD = pattern("wages.timing.fresh_word")
_THE_BEFORE = pattern("wages.cue.the_before")
_DOWN_FROM = pattern("wages.timing.down_from")
_UNION_POSSESSIVE = pattern("wages.side.union_possessive")
# A passive offer: "staff have been offered 3%" (the employer's, whoever is named before it).
_PASSIVE_BEFORE = pattern("wages.side.passive_before")
# "said their demand for a 10% rise", "the pay claim of 7%": a demand noun is the workers'.
_DEMAND_NOUN_DET = pattern("wages.side.demand_noun_det")
_APOSTROPHE_BEFORE = pattern("wages.side.apostrophe_before")
_ITS_WORDS_BEFORE = pattern("wages.side.its_words_before")
_ARTICLE_BEFORE = pattern("wages.side.article_before")
_OUR_BEFORE = pattern("wages.side.our_before")
_BARE_BODY_SUBJECT = pattern("wages.side.bare_body_subject")
_DET_BEFORE = pattern("wages.cue.det_before")
_FINAL_WORD = pattern("wages.timing.final_word")
_RAISE_NOUN = pattern("wages.agreement.raise_noun")
_POSSESSOR_BEFORE = pattern("wages.side.possessor_before")
_REJECTED_OBJECT = pattern("wages.side.rejected_object")
_ITS_BEFORE = pattern("wages.side.its_before")
_PRONOUN_OPEN = pattern("wages.side.pronoun_open")
_CONJUNCT = pattern("wages.clause.conjunct")
_PRONOUN_BEFORE = pattern("wages.side.pronoun_before")
_NAME_TOKEN = pattern("wages.side.name_token")
# A second predicate with no subject of its own: "The union rejected ... and is demanding".
_COORDINATED = pattern("wages.clause.coordinated_predicate")
# A figure followed by who put it on the table: "a 3 percent raise proposed by management".
_BY_AGENT_AFTER = pattern("wages.cue.by_agent_after")
_OFFER_NOUNS = frozenset(("offer", "offers", "counteroffer", "counteroffers", "counter-offer",
                          "counter-offers", "deal", "package", "settlement"))  # (deal: "worth")
_BULLETS = ("-", "\u2022", "*", "\u2013")
_QUOTES = str.maketrans("", "", "\"\u201c\u201d")


@dataclass
class WageMention:
    """One headline percentage attributed to a side."""

    side: str  # "union" | "employer"
    value: float
    sent: Sentence
    start: int  # article offsets of the percentage
    end: int
    priority: int  # 3 agreement, 2 final/latest, 1 plain, 0 dated as earlier
    cue: str
    cue_start: int  # article offset of the cue
    total: bool = False
    rule: str = ""  # the rule that gave its side (a cue, a shape, an agreement)


def _side_of_word(word: str, facts: ArticleFacts | None) -> str | None:
    """Side of one word: a generic side word, else the party name it best matches (the name
    it begins wins over one it is only inside: "Kaiser" is the employer "Kaiser Permanente",
    not the "Coalition of Kaiser Permanente Unions")."""
    if UNION_WORDS.fullmatch(word):
        return "union"
    if EMPLOYER_WORDS.fullmatch(word) or DISTRICT_ACRONYM.fullmatch(word):
        return "employer"
    if facts is None or not word:
        return None
    wl = word.lower()
    best: tuple[int, str] | None = None
    for side, names in (("union", facts.unions), ("employer", facts.employers)):
        for f in names:
            toks = _NAME_TOKEN.findall(str(f.value).lower())
            if not toks:
                continue
            acronym = "".join(t[0] for t in toks if t not in ("of", "the", "and"))
            if wl == toks[0] or wl == acronym or wl == " ".join(toks):
                score = 2
            elif wl in toks:
                score = 1
            else:
                continue
            if best is None or score > best[0]:
                best = (score, side)
    return best[1] if best else None


# First words of employer names too common to stand for the employer alone.
_GENERIC_FIRST = frozenset((
    "The", "National", "International", "United", "American", "General", "First", "North",
    "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Saint",
    "Great", "Greater", "City", "County", "State", "University", "College", "Department",
    "Board", "Royal", "Federal", "Regional", "Metropolitan", "Community", "Public", "Union",
    "Local", "District", "Council", "Health", "Memorial", "Mount", "Fort", "Lake", "Port"))


@lru_cache(maxsize=256)
def _party_names_rx(unions: tuple[str, ...], employers: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for an article's party names (group ``u`` unions, ``e`` employers)."""
    alts = []
    for group, names in (("u", unions), ("e", employers)):
        names = tuple(n for n in names if n)
        if group == "e":
            # an employer is often named by its first word alone ("Acme said ..." for "Acme
            # Foods Inc."): a distinctive capitalised first word stands for the whole name
            names += tuple(w for w in (n.split()[0] for n in names if " " in n)
                           if len(w) >= 4 and w[0].isupper() and w not in _GENERIC_FIRST)
        # ... and by its initials ("A KTA statement said its offer" for "Kellford Transit
        # Authority"), as a whole word
        initials = tuple(a for a in (_initials(n) for n in names) if a)
        if names:
            alts.append(f"(?P<{group}>" + "|".join(
                [re.escape(n) for n in sorted(names, key=len, reverse=True)]
                + [rf"\b{re.escape(a)}\b" for a in initials]) + ")")
    return re.compile("|".join(alts)) if alts else None


def _initials(name: str) -> str | None:
    """The initials of a name of three or more capitalised words ("Kellford Transit
    Authority" -> "KTA"; "of", "and", "the" skipped), or None."""
    words = [w for w in name.split() if w not in ("of", "and", "the", "for", "&")]
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return None
    return "".join(w[0] for w in words)


def _side_in(text: str, facts: ArticleFacts | None, last: bool = True) -> str | None:
    """The side named in ``text`` (the one nearest its end when ``last``)."""
    hits: list[tuple[int, str]] = []
    for m in UNION_WORDS.finditer(text):
        hits.append((m.start(), "union"))
    for m in EMPLOYER_WORDS.finditer(text):
        hits.append((m.start(), "employer"))
    for m in DISTRICT_ACRONYM.finditer(text):
        hits.append((m.start(), "employer"))
    if facts is not None and (facts.unions or facts.employers):
        rx = _party_names_rx(tuple(str(f.value) for f in facts.unions),
                             tuple(str(f.value) for f in facts.employers))
        if rx is not None:
            for m in rx.finditer(text):
                hits.append((m.start(), "union" if m.lastgroup == "u" else "employer"))
    if not hits:
        return None
    hits.sort()
    return hits[-1][1] if last else hits[0][1]


def _subject_side(before_cue: str, prev_side: str | None, facts: ArticleFacts | None,
                  default: str, sent_prefix: str = "") -> str:
    """Side of the subject of a cue: its possessor ("Kaiser's counteroffer", "its latest
    offer"), else the nearest side named before it, else a pronoun's antecedent; a second
    predicate with no subject of its own ("rejected ... and is demanding") takes the side
    named at the start of its sentence."""
    if _COORDINATED.search(before_cue):
        head = sent_prefix + before_cue
        if prev_side and _PRONOUN_OPEN.match(head):
            return prev_side  # "It also rejected a later <firm> offer ..., and is seeking a
            # 30% increase": the pronoun's antecedent, not the firm named in its object
        return _side_in(head[:60], facts, last=False) or default
    m = _POSSESSOR_BEFORE.search(before_cue)
    if m and ("'" in before_cue[m.end(1):m.end(1) + 2] or
              "\u2019" in before_cue[m.end(1):m.end(1) + 2]):
        side = _side_of_word(m.group(1), facts)
        return side or "employer"
    if _ITS_BEFORE.search(before_cue) or _PRONOUN_OPEN.search(before_cue):
        # the subject of the conjunct holding "its" ("... and the studio raised its offer")
        conjunct = _CONJUNCT.split(before_cue)[-1]
        side = _side_in(conjunct, facts, last=False) or \
            _side_in(before_cue, facts, last=False) or \
            _side_in(sent_prefix, facts, last=False) or prev_side
        return side or default
    fresh = _FRESH_SUBJECT.search(before_cue)
    if fresh:
        # "the union is seeking 60 pct and the operators are offering 30 pct": a conjunct with
        # a subject of its own takes that subject's side, else the cue's own
        return _side_in(fresh.group(), facts) or default
    side = _side_in(before_cue[-90:], facts)
    if side is None and _PRONOUN_BEFORE.search(before_cue):
        side = prev_side
    return side or default


_QUOTED = pattern("wages.clause.quoted")
_FRESH_SUBJECT = pattern("wages.side.fresh_subject")
_INFLATION_RATE = pattern("wages.headline.inflation_rate")
_REVISED_FROM_AFTER = pattern("wages.timing.revised_from_after")


def _speaker_side(text: str, prev_text: str, facts: ArticleFacts | None) -> str | None:
    """Side of the speaker of a quote: named outside the quotes in its sentence, else in the
    sentence before it (which often introduces the speaker)."""
    outside = _QUOTED.sub(" ", text)
    if outside.strip() != text.strip():
        side = _side_in(outside, facts)
        if side:
            return side
    return _side_in(_QUOTED.sub(" ", prev_text), facts, last=False)


def wage_mentions(ctx: Context, facts: ArticleFacts | None = None) -> list[WageMention]:
    """Every headline wage percentage of the article attributed to a side (computed once per
    article and facts, then cached on the context: wages and proposals both need them)."""
    cache = ctx.cache.setdefault("numbers.wage_mentions", {})
    key = None if facts is None else (
        id(facts), tuple(str(f.value) for f in facts.unions),
        tuple(str(f.value) for f in facts.employers))
    if key not in cache:
        cache[key] = _wage_mentions(ctx, facts)
    return list(cache[key])


@dataclass
class _WageScan:
    """What the wage scan of one article knows: the article, its parties, whether it reports
    an agreement reached, and the mentions found so far."""

    ctx: Context
    facts: ArticleFacts | None
    agreement_article: bool
    out: list[WageMention] = field(default_factory=list)
    first_side: dict[int, str | None] = field(default_factory=dict)

    def side_before(self, idx: int) -> str | None:
        """First side named in the nearest earlier sentence that names one."""
        sents = self.ctx.sentences
        for j in range(idx - 1, -1, -1):
            if j not in self.first_side:
                self.first_side[j] = _side_in(sents[j].text, self.facts, last=False)
            if self.first_side[j]:
                return self.first_side[j]
        return None


@dataclass
class _WageSent:
    """One sentence of the wage scan, with what the sentences before it say."""

    s: Sentence
    prev_text: str
    prev_side: str | None = None
    terms_list: bool = False  # inside a list of an agreement's terms
    list_side: str | None = None  # inside a list introduced as demands or as an offer

    @property
    def text(self) -> str:
        return self.s.text

    def mention(self, side: str, value: float, priority: int, cue: str, cue_pos: int,
                p: Percent, total: bool = False, rule: str = "") -> WageMention:
        """A mention of percentage ``p`` of this sentence (``cue_pos``: sentence offset)."""
        s = self.s
        return WageMention(side, value, s, s.start + p.start, s.start + p.end, priority, cue,
                           s.start + cue_pos, total, rule)


def _wage_mentions(ctx: Context, facts: ArticleFacts | None) -> list[WageMention]:
    scan = _WageScan(ctx, facts, bool(AGREEMENT_REACHED.search(ctx.text)))
    sents = ctx.sentences
    terms_list = False
    list_side: str | None = None
    others = other_items(ctx, facts)
    for s in sents:
        if others and in_other_item(others, s.start):
            continue  # a roundup's other dispute
        text = s.text
        prev_text = sents[s.idx - 1].text if s.idx > 0 else ""
        bullet = text.lstrip().startswith(_BULLETS)
        if TERMS_INTRO.search(prev_text):
            terms_list = scan.agreement_article
        elif not bullet:
            terms_list = False
        if prev_text.rstrip().endswith(":") and bullet:
            list_side = "union" if DEMAND_CUE.search(prev_text) else \
                "employer" if OFFER_CUE.search(prev_text) else None
        elif not bullet:
            list_side = None
        pcts = find_percents(text)
        if not pcts or len(pcts) > MAX_PERCENTS_PER_SENTENCE:
            continue  # none, or a table of figures: no headline wage is read from a table
        st = _WageSent(s, prev_text, scan.side_before(s.idx), terms_list, list_side)
        for p in pcts:
            m = _mention(scan, st, p)
            if m is not None:
                scan.out.append(m)
    return scan.out


def _not_headline(text: str, p: Percent) -> bool:
    """Is percentage ``p`` no headline wage figure: a vote share, a fall, a minimum salary's
    raise, a bound ("less than 4 percent a year")?"""
    before_all = text[:p.start]
    if NOT_HEADLINE_AFTER.match(text[p.end:p.end + 40]):
        return True
    if _INFLATION_RATE.search(before_all[-70:]):
        return True  # "indexed to inflation, which was running at 15.7 pct": the price rise
    if NOT_HEADLINE_BEFORE.search(before_all[-40:]) and (
            VOTE_WORDS.search(text) or not _BY_END.search(before_all)
            or _FALL_WORDS.search(before_all[-40:])):
        if not _RAISED_BY.search(before_all[-60:]):
            return True
    return bool(MINIMUM_PAY.search(before_all[-60:]) or BOUND_BEFORE.search(before_all[-25:]))


def _mention(scan: _WageScan, st: _WageSent, p: Percent) -> WageMention | None:
    """Percentage ``p`` of a sentence attributed to a side, or None."""
    text = st.text
    if not 0 <= p.value <= MAX_WAGE_PCT or _not_headline(text, p):
        return None
    before_all = text[:p.start]
    if NAMED_FIGURE_AFTER.match(text[p.end:p.end + 30]):
        return _named_figure(scan, st, p)
    before, clause_start = _cue_clause(text, p)
    oa = OFFER_AFTER.match(text[p.end:p.end + 60])
    if oa:
        # "The district totes a 12.45 percent salary increase in their latest offer"
        kind = "demand" if oa.group(2).lower().startswith("demand") else "offer"
        side = _subject_side(before_all[-90:], st.prev_side, scan.facts,
                             "union" if kind == "demand" else "employer", text[:clause_start])
        fresh = _FRESH_WORD.search(oa.group(1))
        return st.mention(side, p.value, 2 if fresh else 1, kind, p.end, p,
                          rule="wages.cue.offer_after")
    by_agent = _by_agent_figure(scan, st, p)
    if by_agent is not None:
        return by_agent
    if REVISED_TO.search(before_all[-60:]):
        # "initially offered 5 percent raises, but raised that to 7 percent": the revised
        # figure takes the side of the figure before it in the sentence, and is the latest
        earlier = [m for m in scan.out if m.sent.idx == st.s.idx]
        if earlier:
            e = earlier[-1]
            return st.mention(e.side, p.value, max(2, e.priority), e.cue, p.start, p,
                              rule="wages.timing.revised_to")
    da = DEMAND_AFTER.match(text[p.end:p.end + 60])
    if da and _THE_BEFORE.search(before_all[-20:]):
        # "fell short of the 6 per cent its members are seeking"
        if (_side_in(da.group(1), scan.facts) or "union") != "union":
            return None
        stale = STALE.search(text[p.end:p.end + 80]) or _DOWN_FROM.search(before_all[-20:])
        return st.mention("union", p.value, 0 if stale else 1, "demand", p.end, p,
                          rule="wages.cue.demand_after")
    return _cued_mention(scan, st, p, before, clause_start)


def _by_agent_figure(scan: _WageScan, st: _WageSent, p: Percent) -> WageMention | None:
    """A figure followed by who put it on the table ("rejected a 3 percent raise proposed by
    the company's labor-management committee"): the side of that agent's head, or None when
    it names no side."""
    ba = _BY_AGENT_AFTER.match(st.text[p.end:p.end + 120])
    side = _side_in(ba.group(1), scan.facts) if ba else None  # the head: its last side word
    if side is None:
        return None
    kind = "offer" if side == "employer" else "demand"
    stale = STALE.search(st.text[max(0, p.start - 40):p.start])
    return st.mention(side, p.value, 0 if stale else 1, kind, p.end, p,
                      rule="wages.cue.by_agent_after")


def _named_figure(scan: _WageScan, st: _WageSent, p: Percent) -> WageMention:
    """A figure that names a proposal: "the so-called \"18 percent offer\"", "its 27% demand"."""
    text = st.text
    # only the words that name it: "a 6 per cent pay offer, demanding a 7 per cent rise"
    named = NAMED_FIGURE_AFTER.match(text[p.end:p.end + 30]).group().lower()
    kind = "demand" if "demand" in named or "ask" in named or "claim" in named else "offer"
    default = "union" if kind == "demand" else "employer"
    lead = text[:p.start][-80:].translate(_QUOTES)
    if _PROPOSAL_POSSESSOR.search(lead):
        side = "employer" if kind == "offer" and _its_offer_employers(lead, scan.facts) else \
            _subject_side(lead, st.prev_side, scan.facts, default)
    else:  # "refusing to accept the exact same 19.1 percent wage offer": an offer
        side = default
    # an earlier figure: "had voted for action in protest at a 4% pay offer"
    return st.mention(side, p.value, 0 if STALE.search(lead) else 1, kind, p.end, p,
                      rule="wages.cue.named_figure")


def _cue_clause(text: str, p: Percent) -> tuple[str, int]:
    """The clause before a percentage that may hold its cue, and where it starts."""
    before, _ = _clause_window(text, p.start, p.end)
    clause_start = p.start - len(before)
    if APPOSITIVE.match(before) and clause_start > 0 and \
            not (DEMAND_CUE.search(before) or OFFER_CUE.search(before)):
        # "Our offer is a fair one — a 12 percent raise": the dash opens an apposition
        # to the clause before it, which holds the cue
        lead, _ = _clause_window(text, clause_start - 1, clause_start - 1)
        before = lead + text[clause_start - 1:p.start]
        clause_start = p.start - len(before)
    if before.startswith("\u2014") and not (DEMAND_CUE.search(before) or OFFER_CUE.search(before)):
        # "seeking safer depots \u2014 where two drivers were attacked \u2014 and a 12 pct
        # rise": the dash closes an aside, and the clause it interrupts holds the cue
        if clause_start > 0 and " \u2014 " in before:
            lead, _ = _clause_window(text, clause_start - 1, clause_start - 1)
            before = lead + text[clause_start - 1:p.start]
            clause_start = p.start - len(before)
    return before, clause_start


def _nearest_cue(before: str) -> tuple[tuple[int, int, str] | None, int]:
    """The last bargaining cue of a clause, as (start, end, kind) within it, or None when it is
    too far from the figure or a new clause with its own subject stands between; and where
    the last cue starts (0 when there is none)."""
    cues: list[tuple[int, int, str]] = []
    for rx, kind in ((DEMAND_CUE, "demand"), (OFFER_CUE, "offer"), (PROPOSE_CUE, "propose"),
                     (REJECT_CUE, "reject")):
        for m in rx.finditer(before):
            cues.append((m.start(), m.end(), kind))
    if not cues:
        return None, 0
    cues.sort()
    cs, ce, _ = cues[-1]
    # an aside set off by dashes or brackets does not count toward the cue's reach
    gap = _ASIDE.sub(" ", before[ce:])
    limit = 40 if find_percents(gap) else 14
    if before[cs:ce].lower() in ("demands", "claims") and _COORDINATED_OBJECT.search(gap):
        return cues[-1], cs  # "union demands for ..., and the 9 pct increase": the last item
    if _LAST_ITEM_RAISE.search(gap) and not NEW_CLAUSE.search(gap) and len(_words(gap)) <= 30:
        limit = max(limit, 30)  # "demanding a shorter week, ..., and a wage increase of 9 pct"
    if len(_words(gap)) > limit or (NEW_CLAUSE.search(gap) and not find_percents(gap)):
        return None, cs
    return cues[-1], cs


def _agreement_here(scan: _WageScan, st: _WageSent, before: str) -> bool:
    """Does the sentence state a reached agreement's raise (in the sentence, a list of its
    terms, or a sentence opened by a pronoun after one)?"""
    text = st.text
    return scan.agreement_article and not DEMAND_CUE.search(before) and bool(
        (AGREEMENT_WORD.search(text) and RAISE_VERB.search(text)) or
        (st.terms_list and RAISE_ITEM.match(text)) or
        # "Under the agreement reached Wednesday, ... They'll also receive a 3% raise"
        (AGREEMENT_WORD.search(st.prev_text) and RAISE_VERB.search(text) and
         PRONOUN_START.match(text)) or WAGES_RISE.match(text))


def _cued_mention(scan: _WageScan, st: _WageSent, p: Percent, before: str,
                  clause_start: int) -> WageMention | None:
    """A percentage attributed by the cue before it, or with none by an agreement, a rejected
    contract or a list it is an item of."""
    text = st.text
    before_all = text[:p.start]
    cue, cue_start = _nearest_cue(before)
    agreement_here = _agreement_here(scan, st, before)
    wanted = _wanted(before_all, clause_start + (cue[0] if cue else -1))
    if wanted is not None:
        found: tuple[str, int, str, str] | None = ("union", 1, "demand", wanted)
        cue_start = len(before_all) - clause_start
    elif cue is not None:
        found = _cue_side(scan, st, p, (before, clause_start), cue, agreement_here)
    else:
        found = _uncued_side(st, before, agreement_here)
    if found is None:
        return None
    side, prio, cue_kind, rule = found
    if _DOWN_FROM.search(before_all[-20:]):
        prio = 0
    if CEILING_BEFORE.search(before_all[-40:]):
        # a government pay ceiling is the employer's offer only where the government is
        # the employer (state firms, the public sector)
        if side != "employer" or not PUBLIC_EMPLOYER.search(scan.ctx.text):
            return None
    total = bool(TOTAL.search(before_all[-30:]))
    # a demand range ("seven to eight pct") is coded at its midpoint; an offer range
    # ("10% to 12%") at its top, the most the employer puts on the table
    value = p.value if p.low is None or side == "employer" else (p.low + p.value) / 2
    stages = _stages(before_all, text[p.end:])
    if stages:
        value, total = value * stages, True
    return st.mention(side, value, prio, cue_kind, clause_start + cue_start, p, total, rule)


def _stages(before: str, after: str) -> int:
    """How many equal stages a figure is paid in ("in two stages of 2 pct each", "two 3 pct
    steps"), or 0: a stage noun before the figure wants 'each' after it, a bare count before it
    the stage noun after it."""
    m = _STAGES_BEFORE.search(before[-50:])
    if m is None:
        return 0
    a = _STAGES_AFTER.match(after)
    each = a is not None and a.group().strip().lower() in ("each", "apiece")
    if a is None or (m.group("n") is not None) != each:
        return 0
    return _STAGE_COUNT[(m.group("n") or m.group("m")).lower()]


def _wanted(before_all: str, cue_at: int) -> str | None:
    """The rule that makes a figure the workers' demand though no demand verb names it (a
    condition of their action, an action for it), or None. A cue between the action and the
    figure ("struck after being offered 5 pct") decides instead."""
    tail_start = max(0, len(before_all) - 110)
    tail = before_all[tail_start:]
    m = CONDITION.search(tail)
    if m and (m.group("recv") or not UNION_WORDS.search(m.group("subj"))) and (
            m.group("opener").lower() == "unless" or
            CONDITION_THREAT.search(before_all[:tail_start + m.start()])):
        return "wages.cue.condition"
    m = ACTION_FOR.search(tail)
    if m and tail_start + m.start() > cue_at:
        return "wages.cue.action_for"
    return None


def _uncued_side(st: _WageSent, before: str,
                 agreement_here: bool) -> tuple[str, int, str, str] | None:
    """(side, priority, cue, rule) of a figure with no cue before it, or None."""
    if agreement_here:
        # an earlier agreement ("ratified a contract in January") or a list item is stale
        prio = 0 if (STALE.search(before) or st.list_side) else 3
        return "employer", prio, "agreement", "wages.agreement.reached"
    if SETTLED_ON.search(before[-70:]):
        # "agreed late yesterday to a 28 pct wage increase": the settlement's raise
        return "employer", 0 if STALE.search(before) else 3, "agreement", \
            "wages.agreement.settled_on"
    if REJECTED_WOULD.search(before):
        # "the rejected four-year contract would have ... included a 20% general wage
        # increase": what the employer had put on the table
        return "employer", 1, "offer", "wages.cue.rejected_would"
    if st.list_side and _RAISE_NOUN.search(st.text):
        # an item of a list introduced as demands or an offer ("members are demanding:")
        if st.list_side == "union":
            return "union", 1, "demand", "wages.cue.demand"
        return st.list_side, 1, "offer", "wages.cue.offer"
    return None


def _cue_side(scan: _WageScan, st: _WageSent, p: Percent, clause: tuple[str, int],
              cue: tuple[int, int, str], agreement_here: bool) -> tuple[str, int, str, str] | None:
    """(side, priority, cue, rule) of a figure by the cue before it, or None when the cue
    makes it no wage figure of a side."""
    before, clause_start = clause
    text = st.text
    cs, ce, cue_kind = cue
    cue_text = before[cs:ce].lower()
    pre = before[:cs]
    prio = 1
    rule = f"wages.cue.{cue_kind}"
    side: str | None
    if cue_kind == "demand" and cue_text.startswith("call") and \
            AGREEMENT_SUBJECT.search(pre[-40:]):
        # "The pact calls for ... a 14.4 percent raise": the agreement's terms
        side, cue_kind, rule = "employer", "agreement", "wages.agreement.subject"
        prio = 3 if scan.agreement_article and not STALE.search(before) else 1
    elif cue_kind == "demand":
        side = _demand_side(scan, st, p, clause, cue)
        if side is None:
            return None
    elif cue_kind == "offer":
        side = _offer_side(scan, st, cue_text, pre, clause_start)
    elif cue_kind == "reject" and _REFUSED_MORE_THAN.search(before[cs:]):
        # "has refused to pay more than a 6.15% increase": the refuser's own ceiling
        side = _subject_side(pre, st.prev_side, scan.facts, "employer", text[:clause_start])
        cue_kind = "offer" if side == "employer" else "demand"
        rule = "wages.cue.refused_more_than"
    elif cue_kind == "reject":
        # the figure a side rejects is the other side's
        subject = _subject_side(pre, st.prev_side, scan.facts, "union", text[:clause_start])
        side, cue_kind = ("union", "demand") if subject == "employer" else ("employer", "offer")
        rule = "wages.cue.rejected"
    elif PROPOSED_TERMS.match(before[cs:]) and _DET_BEFORE.search(pre):
        # "under the proposed contract they would receive 12 percent": the terms on the
        # table are the employer's
        side, cue_kind, rule = "employer", "offer", "wages.cue.proposed_terms"
    else:
        side = _subject_side(pre, st.prev_side, scan.facts, "union", text[:clause_start])
    if agreement_here and side == "employer" and AGREEMENT_WORD.search(before):
        prio = 3
    elif FRESH.search(before) or _FINAL_WORD.search(pre[-30:]):
        prio = 2
    if _REVISED_FROM_AFTER.match(text[p.end:p.end + 30]):
        # "are offering 30 pct, up from the 25 pct offered last week": the figure the earlier
        # one was revised to is the latest
        return side, max(prio, 2), cue_kind, rule
    window = before[max(0, cs - 60):] + text[p.end:p.end + 40]
    if STALE.search(window) and not FRESH.search(before[max(0, cs - 30):]):
        prio = 0 if prio < 3 else prio
    return side, prio, cue_kind, rule


def _demand_side(scan: _WageScan, st: _WageSent, p: Percent, clause: tuple[str, int],
                 cue: tuple[int, int, str]) -> str | None:
    """The side of a demand verb's figure: the union's, or None when it is not the
    workers' demand."""
    before, clause_start = clause
    text = st.text
    cs, ce, _ = cue
    cue_text = before[cs:ce].lower()
    pre = before[:cs]
    if cue_text.startswith("demand") and _UNION_POSSESSIVE.search(pre):
        return "union"
    if cue_text.startswith(("demand", "claim")) and not cue_text.endswith(("ed", "ing")) and \
            _DEMAND_NOUN_DET.search(pre[-40:]) and not _APOSTROPHE_BEFORE.search(pre[-40:]):
        return "union"  # "the minister said their demand for a 10% rise was unaffordable"
    if PRESSED_ON.match(before[ce:] + text[p.start:p.start + 1]) or PRESSED_ON.match(before[ce:]):
        return None  # "they want us to take 8%": not the workers' demand
    side: str | None = _subject_side(pre, st.prev_side, scan.facts, "union", text[:clause_start])
    if side == "employer" and WORKERS_SUBJECT.match(pre):
        side = "union"  # "Workers at the Acme plant want ...": the workers' demand
    if side == "employer" and cue_text.startswith(("want", "requir")):
        return None  # the employer wants concessions: not a wage demand
    side = "union" if side is None else side
    return None if side == "employer" else side


def _offer_side(scan: _WageScan, st: _WageSent, cue_text: str, pre: str,
                clause_start: int) -> str:
    """The side of an offer verb's or noun's figure."""
    rejected = _REJECTED_OBJECT.search(pre) if cue_text in _OFFER_NOUNS else None
    if rejected is not None:
        # "the federation turned down its final offer of 2 pct": the offer a side rejects is
        # the other side's, whoever "its" points back to; a possessor naming a side ("rejected
        # the union's counter-offer") says whose it is
        owner = _POSSESSOR_BEFORE.search(pre, rejected.start())
        if owner and pre[owner.end(1):owner.end(1) + 1] in ("'", "\u2019"):
            side = _side_of_word(owner.group(1), scan.facts)
            if side is not None:
                return side
        rejecter = _subject_side(pre[:rejected.start()], st.prev_side, scan.facts, "union",
                                 st.text[:clause_start])
        return "union" if rejecter == "employer" else "employer"
    if cue_text in _OFFER_NOUNS and not _APOSTROPHE_BEFORE.search(pre) and \
            not _ITS_WORDS_BEFORE.search(pre) and _ARTICLE_BEFORE.search(pre):
        return "employer"  # the noun "offer": the employer's
    if cue_text.startswith("offer") and cue_text.endswith("ed") and _PASSIVE_BEFORE.search(pre):
        return "employer"  # "staff have been offered a 3% rise"
    if cue_text.startswith("offer") and cue_text.endswith(("ed", "ing", "s")) and \
            _BARE_BODY_SUBJECT.search(pre):
        return "employer"  # "The association has offered 4.5 pct": the employers' body
    if _OUR_BEFORE.search(pre):
        # "Our offer of 4%", in a quote: the speaker's side, by its attribution
        return _speaker_side(st.text, st.prev_text, scan.facts) or "employer"
    if cue_text in _OFFER_NOUNS and _its_offer_employers(pre, scan.facts):
        return "employer"
    return _subject_side(pre, st.prev_side, scan.facts, "employer", st.text[:clause_start])


def _its_offer_employers(before: str, facts: ArticleFacts | None) -> bool:
    """Is "its" before an offer the employer's, the employer being named (first or last) in
    its clause beside the union ("in dispute with the Royal Mail over its 2.5% pay offer",
    "but the port says ... its offer")?"""
    if not _ITS_BEFORE.search(before):
        return False
    conjunct = _CONJUNCT.split(before)[-1]
    return "employer" in (_side_in(conjunct, facts), _side_in(conjunct, facts, last=False))


def _choose(mentions: list[WageMention]) -> WageMention | None:
    if not mentions:
        return None
    best = max(m.priority for m in mentions)
    top = [m for m in mentions if m.priority == best]
    # figures tied to the same cue: the stated total wins, else the first
    first = top[0]
    group = [m for m in top if m.cue_start == first.cue_start and m.sent.idx == first.sent.idx]
    totals = [m for m in group if m.total]
    return totals[0] if totals else first


def _superseded(ctx: Context, m: WageMention) -> bool:
    """Is an offer the article dates as earlier followed by a later offer named without a
    figure ("rejected the previous offer of 9 per cent ... received an improved offer")?"""
    if m.priority != 0:
        return False
    return any(not find_percents(s.text) and any(
        not _LATER_OFFER_WISHED.search(s.text[max(0, lm.start() - 60):lm.start()])
        for lm in LATER_OFFER.finditer(s.text))
        for s in ctx.sentences if s.idx != m.sent.idx)


# "... a second strike if no improved offer is made": a later offer only asked for or set as a
# condition was not made
_LATER_OFFER_WISHED = pattern("wages.timing.later_offer_wished")


def wages(ctx: Context, facts: ArticleFacts) -> tuple[Fact[float] | None, Fact[float] | None]:
    """(union's headline wage demand %, employer's latest headline offer %)."""
    mentions = wage_mentions(ctx, facts)
    out: list[Fact[float] | None] = []
    for side in ("union", "employer"):
        m = _choose([x for x in mentions if x.side == side])
        if m is not None and side == "employer" and _superseded(ctx, m):
            m = None
        if m is None:
            out.append(None)
            continue
        note = {3: "raise in the agreement reached", 2: "latest offer", 0: "earlier position"}
        out.append(Fact(m.value, ctx.sentence_evidence(m.sent, m.start, m.end),
                        0.8 if m.priority else 0.6, note.get(m.priority, m.cue),
                        [m.rule, "counts.percent.figure"] if m.rule else []))
    return out[0], out[1]
