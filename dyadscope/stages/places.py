"""Places: where an event happens, from "in/at/near PLACE" and from the place an actor visits."""

from __future__ import annotations

from spacy.tokens import Token

from ..records import Actor, Place
from .actors import ActorIndex

LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout"})
VISIT_CODES = frozenset({"042", "043", "044"})


def _place_of(tok: Token, actors: ActorIndex) -> Place | None:
    mention = actors.by_token.get(tok.i)
    if mention is None or mention.entry.kind not in ("country", "capital"):
        return None
    name = tok.doc.text[mention.char_start:mention.char_end]
    feature = "country" if mention.entry.kind == "country" else "capital"
    return Place(name=name, country=mention.entry.country, feature=feature)


def resolve_place(anchor: Token, cameo: str, target: Actor | None, actors: ActorIndex) -> Place | None:
    """The event's place: a locative phrase on the trigger, else the country visited."""
    holders = [anchor]
    if anchor.head.i != anchor.i:
        holders.append(anchor.head)
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in LOCATIVE:
                for obj in (c for c in child.children if c.dep_ == "pobj"):
                    place = _place_of(obj, actors)
                    if place is not None:
                        return place
    if cameo[:3] in VISIT_CODES and target is not None and target.country and target.sector in (None, "GOV"):
        return Place(name=target.text if target.sector is None else target.country, country=target.country,
                     feature="country")
    return None
