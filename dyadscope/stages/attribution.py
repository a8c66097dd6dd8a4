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
    """Who a phrase names as the source of a report.

    Named people and organisations come out canonically ("reports from Reuters and EFE
    agencies" gives ["Reuters", "EFE"], "Kremlin spokesman Dmitry Peskov" gives
    ["Dmitry Peskov"]); anything else comes out as written ("a senior official",
    "the Kremlin", "Chinese state media"), which says more than a country code would.
    """
    subtree = list(head.subtree)
    names: list[str] = []
    seen: set[int] = set()
    for tok in subtree:
        mention = actors.by_token.get(tok.i)
        if mention is not None and mention.entry.kind in ("person", "group", "igo") and mention.start not in seen:
            seen.add(mention.start)
            names.append(mention.entry.name)
    if not names:
        for ent in head.doc.ents:
            if ent.start >= subtree[0].i and ent.end <= subtree[-1].i + 1 and ent.label_ in ("ORG", "PERSON"):
                names.append(ent.text)
    if names:
        return list(dict.fromkeys(names))
    if head.lower_ in ("it", "they", "he", "she", "we", "i"):
        actor = actors.resolve(head)
        return [actor.name] if actor else []
    return [_phrase_text(head)]


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
    """Subjects of the reporting verbs that govern the trigger's clause.

    Walks from the trigger up to the sentence root: a clause that is the complement of
    a reporting verb ("X said [Y attacked Z]") is credited to the verb's subject, and so
    is a clause with a reporting verb hanging from it ("Y attacked Z, X said").
    """
    names: list[str] = []
    tok = anchor
    for _ in range(MAX_CLIMB + 3):
        head = tok.head
        if head.i != tok.i and tok.dep_ in ("ccomp", "parataxis", "xcomp", "advcl") and \
                lexicon.cue("report", head.lemma_.lower()) and head.i != anchor.i:
            names.extend(_subjects(head, actors))
        for child in tok.children:
            if child.dep_ in ("parataxis", "ccomp", "advcl") and child.i > anchor.i and \
                    lexicon.cue("report", child.lemma_.lower()):
                names.extend(_subjects(child, actors))
        if tok.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in ("of", "for") and head.head.i != head.i:
            alleging = lexicon.cue("governor", head.head.lemma_.lower())
            if alleging is not None and alleging.value == "possible":
                names.extend(_subjects(head.head, actors))  # "X accused Y of shelling": on X's word
        if head.i == tok.i:
            break
        tok = head
    return list(dict.fromkeys(names))


def _subjects(verb: Token, actors: ActorIndex) -> list[str]:
    return [name for subject in verb.children if subject.dep_ in ("nsubj", "nsubjpass")
            for name in _names(subject, actors)]


def agency_credit(sent: Span, lexicon: Lexicon, actors: ActorIndex) -> list[str]:
    """News organisations credited by an `according to` frame ("according to reports from Reuters").

    Such a credit line covers the paragraph it stands in, not only its own sentence.
    """
    credited: list[str] = []
    tokens = list(sent)
    for i, tok in enumerate(tokens[:-1]):
        if lexicon.cue("attribution_prep", f"{tok.lower_} {tokens[i + 1].lower_}") is None:
            continue
        for inner in tokens[i + 1].subtree:
            mention = actors.by_token.get(inner.i)
            if mention is not None and mention.entry.sector == "MED" and mention.entry.name not in credited:
                credited.append(mention.entry.name)
    return credited
