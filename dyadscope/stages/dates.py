"""Dates: when an event happened or is to happen, resolved against the publication date.

A date phrase belongs to a trigger when it hangs in the trigger's clause
(stages/clause.py). Expressions are read by patterns, most specific first:
a full date, a month and day (the year is the one that puts the day nearest the
publication date, or the next one for a planned event), a month and year, a year, a
weekday (the most recent such day, or the next one for a planned event),
yesterday, today, tomorrow, last/next week, and periods ("last month", "earlier this
year"), which resolve to their first day. A duration ("78 days") gives no date: the
store then falls back to the publication date and marks it as such.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from spacy.tokens import Span, Token

from ..lexicon import Lexicon
from .clause import clause_root, clause_tokens

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_WEEKDAY = re.compile(r"\b(?P<rel>last|next|this|coming)?\s*(?P<day>" + "|".join(WEEKDAYS) + r")\b")
_DAY_MONTH = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+(?P<year>\d{4}))?\b")
_MONTH_DAY = re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{4}))?")
_MONTH_YEAR = re.compile(r"\b" + _MONTH + r"\s+(?:of\s+)?(?P<year>\d{4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_PERIOD = re.compile(r"\b(?:(?P<rel>last|next|this)|earlier this|later this)\s+(?P<unit>month|year)\b")
RELATIVE = (
    (re.compile(r"\b(yesterday|last night)\b"), -1),
    (re.compile(r"\b(tomorrow)\b"), 1),
    (re.compile(r"\b(today|tonight|this (morning|afternoon|evening))\b"), 0),
    (re.compile(r"\blast week\b"), -7),
    (re.compile(r"\bnext week\b"), 7),
)


def _nearest(month: int, day: int, published: dt.date, future: bool) -> dt.date | None:
    """A month and day without a year: the nearest such day to publication (the next one if future)."""
    options = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not options:
        return None
    if future:
        ahead = [d for d in options if d >= published]
        return min(ahead) if ahead else None
    return min(options, key=lambda d: (abs((d - published).days), d > published))


def resolve_expression(text: str, published: dt.date, future: bool) -> dt.date | None:
    """Resolve one date expression ("Monday", "yesterday", "13 September 2023") to a day, or None."""
    words = text.lower()
    iso = _ISO.search(words)
    if iso:
        try:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            return None
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        match = pattern.search(words)
        if match:
            month, day = MONTHS[match.group("month")], int(match.group("day"))
            try:
                if match.group("year"):
                    return dt.date(int(match.group("year")), month, day)
                return _nearest(month, day, published, future)
            except ValueError:
                return None
    match = _MONTH_YEAR.search(words)
    if match:
        return dt.date(int(match.group("year")), MONTHS[match.group("month")], 1)
    match = _WEEKDAY.search(words)
    if match:
        offset = WEEKDAYS.index(match.group("day"))
        rel = match.group("rel")
        if future or rel in ("next", "coming"):
            return published + dt.timedelta(days=(offset - published.weekday()) % 7 or 7)
        delta = (published.weekday() - offset) % 7
        return published - dt.timedelta(days=delta or (7 if rel == "last" else 0))
    for pattern, days in RELATIVE:
        if pattern.search(words):
            return published + dt.timedelta(days=days)
    period = _PERIOD.search(words)
    if period:
        # A period resolves to its first day, like "in June 1950": the month or year is right.
        shift = {"last": -1, "next": 1}.get(period.group("rel"), 0)
        if period.group("unit") == "month":
            month = published.month - 1 + shift
            return dt.date(published.year + month // 12, month % 12 + 1, 1)
        return dt.date(published.year + shift, 1, 1)
    years = _YEAR.findall(words)
    if years and not re.search(r"\b(since|until|by|before)\b", words):
        return dt.date(int(years[0]), 1, 1)
    return None


def is_relative_period(text: str | None) -> bool:
    """True for "last year", "earlier this month": their first day says nothing about being background."""
    return bool(text) and _PERIOD.search(text.lower()) is not None  # type: ignore[union-attr]


def _date_entities(sent: Span) -> list[Span]:
    return [ent for ent in sent.ents if ent.label_ in ("DATE", "TIME")]


def resolve_date(anchor: Token, sent: Span, published: dt.date | None, future: bool,
                 report_verbs: frozenset[str] = frozenset()) -> tuple[dt.date | None, str | None]:
    """The event's date and the words it came from, or (None, None) without a cue.

    Args:
        anchor: the trigger's head token.
        sent: its sentence.
        published: the document's publication date (None: only dates with a year resolve).
        future: the event lies ahead (planned or in the future tense): weekdays look forward.
        report_verbs: lemmas of reporting verbs, whose own dates ("said on Monday") are not the event's.
    """
    entities = _date_entities(sent)
    if not entities:
        return None, None
    by_token = {i: ent for ent in entities for i in range(ent.start, ent.end)}
    base = published or dt.date.today()
    candidates: list[Span] = []
    for tok in clause_tokens(anchor):
        ent = by_token.get(tok.i)
        if ent is not None and ent not in candidates:
            candidates.append(ent)
    if not candidates and len(entities) == 1:
        # One date in the sentence, hung outside the clause by the parser: take it unless
        # it dates a reporting verb ("..., officials said on Monday").
        ent = entities[0]
        governor = ent.root.head
        while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
            governor = governor.head
        if governor.lemma_.lower() not in report_verbs:
            candidates.append(ent)
    for ent in candidates:
        day = resolve_expression(ent.text, base, future)
        if day is not None and (published is not None or _YEAR.search(ent.text)):
            return day, ent.text
    return None, None


def historical_cue(anchor: Token, lexicon: Lexicon, published: dt.date | None) -> str | None:
    """A named past period in the trigger's clause ("during the Korean War"), or None; or a
    past event the clause tells of ("the 1982 Falklands War, in which Argentina invaded",
    "the anniversary of the D-Day landings, when Allied forces stormed the coast")."""
    tokens = clause_tokens(anchor)
    span = anchor.doc[min(t.i for t in tokens):max(t.i for t in tokens) + 1]
    text = span.text.lower()
    year_now = (published or dt.date.today()).year
    for cue_text, cue in lexicon.cues.get("history", {}).items():
        at = text.find(cue_text)
        if at >= 0 and int(cue.value) < year_now - 1 and not _what_for(span.char_span(at, at + len(cue_text),
                                                                                     alignment_mode="expand")):
            return cue.rule
    if anchor.pos_ in ("NOUN", "PROPN") and _past_name(anchor, year_now):
        return "the event noun is named as a past event"  # "the 1999 NATO bombing", "the anniversary of the siege"
    return _told_of_a_past_event(clause_root(anchor), year_now) or _years_since(anchor)


def _what_for(named: Span | None) -> bool:
    """A past period named as what an act of today is for or about: "apologised for Japan's
    colonial rule", "compensation for damage done during World War II", "talks about the Soviet era"."""
    if named is None:
        return False
    tok = named.root
    for _ in range(8):
        if tok.head.i == tok.i or tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("acl", "relcl"):
            return False  # up to the clause's verb ("done during the war" still tells what the damage is)
        if tok.dep_ == "prep" and tok.lower_ in ("for", "about", "over"):
            return True
        tok = tok.head
    return False


def _years_since(anchor: Token) -> str | None:
    """A clause dated by the years since it happened: "marks 25 years since the accord was signed",
    "it is 30 years since Soviet troops left", "70 years after the fighting ended"."""
    def many_years(tok: Token) -> bool:
        if tok.lemma_.lower() in ("decade", "century"):
            return True
        counts = [c for c in tok.children if c.dep_ == "nummod" and c.like_num]
        return tok.lemma_.lower() == "year" and any(not c.text.isdigit() or int(c.text) >= 2 for c in counts)

    tok = anchor
    for _ in range(4):
        marks = [m for m in tok.children if m.dep_ == "mark" and m.lower_ in ("since", "after")]
        if tok.dep_ == "advcl" and marks and any(many_years(c) for h in (tok.head, tok, *marks) for c in h.children):
            return "years since"
        if tok.dep_ == "pcomp" and tok.head.lower_ in ("since", "after") \
                and any(many_years(c) for c in tok.head.children):
            return "years since"
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _past_name(noun: Token, year_now: int) -> bool:
    """A noun named with a year before last ("the 1916 Battle of the Somme") or whose anniversary
    is marked ("the 30th anniversary of the siege of Sarajevo")."""
    named = [t for t in noun.subtree if t.i < noun.i]
    if any((year := _YEAR.fullmatch(t.text)) and int(year.group()) < year_now - 1 for t in named):
        return True
    tok = noun
    for _ in range(3):  # up "of" phrases: "the anniversary of the siege of Sarajevo"
        if tok.dep_ != "pobj" or tok.head.lower_ != "of":
            return False
        tok = tok.head.head
        if tok.lemma_.lower() == "anniversary":
            return True
    return False


def _told_of_a_past_event(root: Token, year_now: int) -> str | None:
    """A "when" or "in which" clause on a past event's name (see `_past_name`)."""
    for _ in range(3):  # "in which Argentina invaded the islands and Britain sent a task force to retake them"
        if root.dep_ not in ("conj", "xcomp", "advcl"):
            break
        root = root.head
    if root.dep_ != "relcl" or not any(
            c.lower_ == "when" or c.dep_ == "prep" and any(w.lower_ == "which" for w in c.children)
            for c in root.children):
        return None
    owner = root.head
    # the clause may hang on the place of the event's name ("the siege of Sarajevo, when ...")
    names = [owner] + ([owner.head.head] if owner.dep_ == "pobj" and owner.head.lower_ == "of" else [])
    return "the clause tells of a past event" if any(_past_name(n, year_now) for n in names) else None
