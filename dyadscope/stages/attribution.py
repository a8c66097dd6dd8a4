"""Attribution: on whose word the report rests ("according to Reuters", "officials said").

Two frames: an `according to X` phrase in the sentence, and a reporting verb
("say", "tell", "report", ...) whose clausal complement holds the event. Names are
given canonically when the lexicon knows them (a news agency, a government), else
as written ("a senior official").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import Lexicon
from .actors import ActorIndex

MAX_CLIMB = 5


def _names(head: Token, actors: ActorIndex) -> list[str]:
    """Names in a phrase: lexicon mentions (canonical), else named entities, else the phrase as written.

    "reports from Reuters and EFE agencies" gives ["Reuters", "EFE"]; "a senior official"
    gives ["a senior official"].
    """
    names: list[str] = []
    subtree = list(head.subtree)
    seen: set[int] = set()
    for tok in subtree:
        mention = actors.by_token.get(tok.i)
        if mention is not None and mention.entry.kind != "agent" and mention.start not in seen:
            seen.add(mention.start)
            names.append(mention.entry.name)
    if not names:
        for ent in head.doc.ents:
            if ent.start >= subtree[0].i and ent.end <= subtree[-1].i + 1 and ent.label_ in ("ORG", "PERSON", "NORP", "GPE"):
                names.append(ent.text)
    if not names:
        if head.lower_ in ("it", "they", "he", "she", "we", "i"):
            actor = actors.resolve(head)
            return [actor.name] if actor else []
        names.append(_phrase_text(head))
    return list(dict.fromkeys(names))


def _phrase_text(tok: Token) -> str:
    """A short noun phrase: the token with its determiners, adjectives and compounds."""
    left = [c for c in tok.lefts if c.dep_ in ("det", "amod", "compound", "nummod", "poss")]
    start = min([tok.i, *[c.left_edge.i for c in left]])
    return tok.doc[start:tok.i + 1].text


def sentence_attribution(sent: Span, lexicon: Lexicon, actors: ActorIndex) -> list[str]:
    """Names from an `according to` frame anywhere in the sentence."""
    names: list[str] = []
    tokens = list(sent)
    for i, tok in enumerate(tokens[:-1]):
        phrase = f"{tok.lower_} {tokens[i + 1].lower_}"
        if lexicon.cue("attribution_prep", phrase) is None:
            continue
        objects = [c for c in tokens[i + 1].children if c.dep_ == "pobj"] or \
                  [c for c in tok.children if c.dep_ == "pobj"]
        for obj in objects:
            names.extend(_names(obj, actors))
    return list(dict.fromkeys(names))


def clause_attribution(anchor: Token, lexicon: Lexicon, actors: ActorIndex) -> list[str]:
    """Subjects of the reporting verbs that govern the trigger's clause."""
    names: list[str] = []
    tok = anchor
    for _ in range(MAX_CLIMB):
        head = tok.head
        if head.i == tok.i:
            break
        if tok.dep_ in ("ccomp", "parataxis") or (head.dep_ == "parataxis" and tok.dep_ == "ROOT"):
            if lexicon.cue("report", head.lemma_.lower()):
                for subject in (c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")):
                    names.extend(_names(subject, actors))
        tok = head
    # "..., officials said." is parsed with the report verb hanging from the event clause.
    for child in anchor.children:
        if child.dep_ == "parataxis" and lexicon.cue("report", child.lemma_.lower()):
            for subject in (c for c in child.children if c.dep_ == "nsubj"):
                names.extend(_names(subject, actors))
    return list(dict.fromkeys(names))
