"""The cheap first pass: parse only the sentences that can hold an event.

A sentence can hold an event when one of its words is a form of a trigger lemma
(verbs.tsv, nouns.tsv) and the gazetteer finds an actor in it (or a personal pronoun
that can refer to one). Both tests need only the tokenizer: trigger forms are the
lexicon's lemmas with their regular inflections plus the model's own irregular forms
("met", "held", "struck"), and the gazetteer matches on token text. The tagger,
parser and NER then run on the chosen sentences alone; their annotations are copied
back into the document, so offsets, token indices and sentence numbers stay those of
the whole text. Other sentences get a flat placeholder parse that no stage reads.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span

from ..lexicon import Lexicon
from .actors import PRONOUNS_PERSON, Gazetteer
from .classify import TypeClassifier

ATTRS = [TAG, POS, MORPH, DEP, HEAD, LEMMA, ENT_IOB, ENT_TYPE]
_IOB_OUTSIDE = 2


def _verb_forms(lemma: str) -> set[str]:
    """Regular inflections of a verb; over-generating is harmless in a filter."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing", lemma[:-1] + "ed"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # "stopped", "planning"
    return forms


def _noun_forms(lemma: str) -> set[str]:
    forms = {lemma, lemma + "s", lemma + "es"}
    if lemma.endswith("y"):
        forms.add(lemma[:-1] + "ies")
    return forms


class SentenceFilter:
    """Chooses the sentences of a tokenized document that the full pipeline must see."""

    def __init__(self, nlp: Language, lexicon: Lexicon, gazetteer: Gazetteer,
                 classifier: TypeClassifier | None = None, min_probability: float = 1.0,
                 lone_probability: float = 1.0, story_sentences: int = 0) -> None:
        self.nlp = nlp
        self.gazetteer = gazetteer
        self.classifier = classifier
        self.min_probability = min_probability
        # The coder takes the model's word more readily in a document too short to be a story.
        self.lone_probability = lone_probability
        self.story_sentences = story_sentences
        self.sentencizer = Sentencizer()
        exceptions = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")  # type: ignore[attr-defined]
        irregular: dict[str, set[str]] = {}
        for pos in ("verb", "noun"):
            for form, lemmas in exceptions.get(pos, {}).items():
                for lemma in lemmas:
                    irregular.setdefault(lemma, set()).add(form)
        forms: set[str] = set()
        speech = set(lexicon.cues.get("report", {}))
        for lemma, patterns in lexicon.verbs.items():
            if all(p.objects for p in patterns):
                # "have talks", "pay a visit": the object must be there, so its forms stand for the verb.
                for pattern in patterns:
                    for noun in pattern.objects:
                        forms |= _noun_forms(noun) | irregular.get(noun, set())
                continue
            if lemma in speech and all(p.cameo.startswith("01") for p in patterns):
                continue  # "said" alone is attribution, never an event the coder keeps without a target
            forms |= _verb_forms(lemma) | irregular.get(lemma, set())
        for patterns in lexicon.nouns.values():
            for pattern in patterns:
                forms |= _noun_forms(pattern.lemmas[-1]) | irregular.get(pattern.lemmas[-1], set())
                forms |= _verb_forms(pattern.lemmas[-1])  # "strike" the noun is also tagged as a verb form
        self.forms = frozenset(forms)
        # Nouns that can refer back to a named actor ("both sides", "the two men") and "it"
        # count as actors here.
        self.references = frozenset(form for cue in lexicon.cues.get("reference", {})
                                    for form in _noun_forms(cue) | irregular.get(cue, set())) | {"it"}

    def sentences(self, doc: Doc) -> list[Span]:
        """Split a tokenized document into sentences by punctuation and blank lines."""
        self.sentencizer(doc)
        for tok in doc[1:]:
            previous = doc[tok.i - 1]
            if previous.is_space and "\n" in previous.text:
                tok.is_sent_start = True
        return list(doc.sents)

    def select(self, doc: Doc, sentences: list[Span]) -> list[Span]:
        """The sentences with an actor (or a pronoun after a person) and a trigger word or a model type."""
        actor_tokens: set[int] = set()
        first_person = len(doc)
        for match_start, match_end, kind in self.gazetteer.raw_matches(doc):
            actor_tokens.update(range(match_start, match_end))
            if kind == "person":
                first_person = min(first_person, match_start)
        chosen = []
        scores = self.classifier.sentence_scores(doc, sentences) if self.classifier is not None else {}
        floor = self.lone_probability if len(sentences) < self.story_sentences else self.min_probability
        for sent in sentences:
            has_actor = any(tok.i in actor_tokens for tok in sent) or any(
                tok.lower_ in PRONOUNS_PERSON and tok.i > first_person for tok in sent) or (
                bool(actor_tokens) and sent.start > min(actor_tokens)
                and any(tok.lower_ in self.references for tok in sent))
            if not has_actor:
                continue
            if any(tok.lower_ in self.forms for tok in sent):
                chosen.append(sent)
            elif sent.start in scores and scores[sent.start].best(exclude_none=True)[1] >= floor:
                chosen.append(sent)  # no trigger word, but the model reads an event in it
        return chosen

    def parse(self, docs: Iterable[Doc], batch_size: int) -> list[Doc]:
        """Run the full pipeline on the chosen sentences of each tokenized document, in place."""
        docs = list(docs)
        plans = []
        pieces: list[Doc] = []
        for doc in docs:
            sentences = self.sentences(doc)
            chosen = self.select(doc, sentences)
            plans.append((sentences, chosen))
            pieces.extend(Doc(doc.vocab, words=[t.text for t in sent], spaces=[bool(t.whitespace_) for t in sent])
                          for sent in chosen)
        parsed = iter(self.nlp.pipe(pieces, batch_size=batch_size * 8))
        for doc, (sentences, chosen) in zip(docs, plans, strict=True):
            _merge(doc, sentences, chosen, [next(parsed) for _ in chosen])
        return docs


def _merge(doc: Doc, sentences: list[Span], chosen: list[Span], parsed: list[Doc]) -> None:
    """Copy the parsed sentences' annotations into the document; flat parses elsewhere."""
    table = numpy.zeros((len(doc), len(ATTRS)), dtype="uint64")
    dep_col, head_col, iob_col = ATTRS.index(DEP), ATTRS.index(HEAD), ATTRS.index(ENT_IOB)
    placeholder = doc.vocab.strings.add("dep")
    root = doc.vocab.strings.add("ROOT")
    table[:, iob_col] = _IOB_OUTSIDE
    for sent in sentences:
        # Every token hangs from the sentence's first token, so sentence boundaries survive.
        table[sent.start:sent.end, dep_col] = placeholder
        table[sent.start, dep_col] = root
        offsets = numpy.arange(sent.start - (sent.start + 1), sent.start - sent.end, -1, dtype="int64")
        table[sent.start + 1:sent.end, head_col] = offsets.astype("uint64")
    for sent, piece in zip(chosen, parsed, strict=True):
        table[sent.start:sent.end] = piece.to_array(ATTRS)
    doc.from_array(ATTRS, table)
