"""The headline's main event: what the editor says the story is about.

Headlines are often in Title Case ("Army Pulls Forces Out of Contested Region"),
which the tagger reads as a string of proper names. Words the lexicon knows as
triggers or as function words are put back in lower case, unless they belong to
an actor's name, and the headline is then parsed and coded like any sentence.
The main event is the trigger nearest the root of the parse.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Token

from ..lexicon import Lexicon
from .events import find_triggers


def _forms(word: str) -> set[str]:
    """A lower-case word and the stems its inflections may hide ("pulls", "agreed", "ending")."""
    forms = {word}
    if word.endswith("s"):
        forms |= {word[:-1], word[:-2]}
    if word.endswith("ed"):
        forms |= {word[:-2], word[:-1]}
    if word.endswith("ing"):
        forms |= {word[:-3], word[:-3] + "e"}
    return forms


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


class HeadlineReader:
    """Codes headlines with the lexicon's patterns; built once per coder."""

    def __init__(self, nlp: Language, lexicon: Lexicon) -> None:
        self.nlp = nlp
        self.lexicon = lexicon
        self._common = set(lexicon.verbs) | set(lexicon.nouns) | set(nlp.Defaults.stop_words)
        self._names = {word.lower() for phrase in lexicon.actors for word in re.findall(r"\w+", phrase)}

    def sentence_case(self, title: str) -> str:
        """The headline with trigger and function words in lower case, when it is in Title Case."""
        words = title.split()
        if sum(w[:1].isupper() for w in words) < 0.6 * len(words):
            return title  # already sentence case
        return " ".join(
            w.lower() if n > 0 and w.lower() not in self._names and _forms(w.lower()) & self._common else w
            for n, w in enumerate(words))

    def main_type(self, title: str) -> str | None:
        """The PLOVER type of the headline's main event, or None when its patterns code none."""
        doc = self.nlp(self.sentence_case(title))
        typed = [c for sent in doc.sents for c in find_triggers(sent, self.lexicon)
                 if self.lexicon.cameo[c.cameo].plover]
        if not typed:
            return None
        main = min(typed, key=lambda c: (_depth(c.anchor), c.anchor.i))
        return self.lexicon.cameo[main.cameo].plover
