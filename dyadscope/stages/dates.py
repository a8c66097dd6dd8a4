"""Dates: when an event happened or is to happen, resolved against the publication date.

A date cue belongs to a trigger when it hangs in the trigger's clause: "confirmed the
visit on Monday" dates the confirmation, not the visit. Weekdays resolve to the most
recent such day before publication, or the next one for a planned event; explicit
dates go through dateparser with the publication date as its base.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from ..lexicon import Lexicon

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# Tokens a date cue may climb through on its way to the trigger.
CLIMB_DEPS = frozenset({"pobj", "prep", "npadvmod", "tmod", "nummod", "compound", "amod", "advmod", "appos", "nmod"})


def _owner(ent: Span) -> Token:
    """The verb or noun a date phrase modifies: climb from its root through prepositions."""
    tok = ent.root
    for _ in range(6):
        if tok.dep_ not in CLIMB_DEPS or tok.head.i == tok.i:
            return tok.head
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and tok.dep_ != "pobj"):
            return tok
    return tok


def date_entities_for(anchor: Token, sent: Span) -> list[Span]:
    """DATE entities in the sentence whose phrase attaches to the anchor token.

    A date the parser hangs on the verb's object ("confirmed the visit on Monday")
    belongs to the verb: the parser attaches such phrases to the noun about half the time.
    """
    found = []
    for ent in sent.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        owner = _owner(ent)
        if owner.i == anchor.i or (owner.dep_ in ("dobj", "nsubjpass") and owner.head.i == anchor.i):
            found.append(ent)
    return found


def resolve_expression(text: str, published: dt.date, future: bool) -> dt.date | None:
    """Resolve one date expression ("Monday", "last week", "13 September 2023") to a day."""
    words = text.lower().strip().removeprefix("on ").removeprefix("the ").strip()
    for offset, name in enumerate(WEEKDAYS):
        if words in (name, f"last {name}", f"this {name}", f"next {name}", f"{name} night", f"{name} morning",
                     f"{name} evening", f"{name} afternoon"):
            delta = (published.weekday() - offset) % 7
            if future or words.startswith("next"):
                return published + dt.timedelta(days=(offset - published.weekday()) % 7 or 7)
            return published - dt.timedelta(days=delta or (7 if words.startswith("last") else 0))
    simple = {
        "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
        "yesterday": -1, "tomorrow": 1, "last week": -7, "next week": 7, "the day before": -1,
    }
    if words in simple:
        return published + dt.timedelta(days=simple[words])
    if words in ("last month", "next month", "last year", "next year", "this year", "this month", "earlier this year",
                 "later this year", "earlier this month"):
        return None  # a period, not a day: the store falls back to the publication date
    import dateparser  # imported lazily: loading its language data takes ~0.3 s

    settings = {
        "RELATIVE_BASE": dt.datetime.combine(published, dt.time()),
        "PREFER_DATES_FROM": "future" if future else "past",
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["month"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    parsed = dateparser.parse(text, languages=["en"], settings=settings)  # type: ignore[arg-type]
    if parsed is not None:
        return parsed.date()
    match = _YEAR.search(text)
    if match:
        return dt.date(int(match.group(1)), 1, 1)
    return None


def resolve_date(anchor: Token, sent: Span, published: dt.date | None, future: bool) -> tuple[dt.date | None, str | None]:
    """The event's date and the words it came from, or (None, None) without a cue.

    Args:
        anchor: the trigger's head token.
        sent: its sentence.
        published: the document's publication date (None: only explicit dates resolve).
        future: the event is planned, so weekdays and month names look forward.
    """
    base = published or dt.date.today()
    for ent in date_entities_for(anchor, sent):
        day = resolve_expression(ent.text, base, future)
        if day is not None and (published is not None or _YEAR.search(ent.text)):
            return day, ent.text
    return None, None


def historical_cue(sent: Span, lexicon: Lexicon, published: dt.date | None) -> str | None:
    """A named past period or an old year in the sentence ("during the Korean War"), or None."""
    text = sent.text.lower().replace("\u2019", "'")
    year_now = (published or dt.date.today()).year
    for cue_text, cue in lexicon.cues.get("history", {}).items():
        if cue_text in text and int(cue.value) < year_now - 1:
            return cue.rule
    for ent in sent.ents:
        if ent.label_ == "DATE":
            match = _YEAR.search(ent.text)
            if match and int(match.group(1)) < year_now - 1 and not re.search(r"\bsince\b", ent.text.lower()):
                return f"year {match.group(1)}"
    return None


