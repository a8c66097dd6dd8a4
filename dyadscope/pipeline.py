"""The coder: documents in, events out, stage by stage.

    read (ingest/) -> parse (nlp.py, in batches) -> mentions (stages/actors.py)
    -> triggers (stages/events.py) -> actors, status, date, history, place,
    attribution (stages/*) -> Event records

`Coder` holds the loaded model and lexicon; build it once and reuse it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import logging
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from itertools import islice

from spacy.tokens import Doc, Span, Token

from .lexicon import Lexicon, load_lexicon
from .nlp import clean_text, fix_lemmas, load_model
from .records import Actor, Document, Event, Place, Rejected, Trigger
from .settings import Settings, load_settings
from .stages.actors import STATE_SECTORS, ActorIndex, Gazetteer, is_bare
from .stages.attribution import agency_credit, clause_attribution, sentence_attribution
from .stages.classify import NONE, TypeClassifier, TypeScores
from .stages.dates import (
    historical_cue,
    is_relative_period,
    resolve_date,
    resolve_expression,
)
from .stages.events import (
    BORDER_NOUNS,
    DEALING_ROOTS,
    FORCE_ROOTS,
    LOCATIVE_PREPS,
    TALK_ROOTS,
    Candidate,
    aimed_region,
    find_triggers,
    model_candidate,
)
from .stages.headline import HeadlineReader
from .stages.modality import looks_ahead, resolve_status
from .stages.places import PlaceGazetteer, PlaceResolver, parse_dateline
from .stages.prefilter import SentenceFilter

log = logging.getLogger(__name__)

Coded = tuple[Document, list[Event]]
# Sectors of a country's own society: a state that acts on them, with no place named, acts at home.
DOMESTIC_SECTORS = frozenset({"CVL", "OPP", "EDU", "LAB", "BUS", "MED", "HLH", "AGR", "REL"})
# Words that introduce what prompted an act (see `_prompting`).
PROMPTING_WORDS = frozenset({"after", "as", "amid", "following", "when", "because"})
# Role words that, named beside a state as its partner, are that state's own: "the government and the rebels".
PARTNER_SECTORS = DOMESTIC_SECTORS | {"REB"}
# Codes of talks, deals and accords, and of walking out of them, that a government holds with its own
# opposition or rebels in a third country.
PEACE_TALK_ROOTS = frozenset({"03", "04", "05", "16"})
# Roots whose joint actors act on each other: consult, agree, cooperate, fight.
RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06", "19"})
# DEALING_ROOTS (talks, deals, cooperation, aid, yielding) are trade between firms; in TALK_ROOTS a
# venue names where officials meet, not whose they are (both from stages/events.py).
# Words that count officials as several ("the two leaders", "both ministers"): several states' officials.
COUNTING_WORDS = frozenset({"both", "two", "three", "four", "five", "2", "3", "4", "5"})
RECIPROCAL_CODES = ("0871",)  # "Thai and Cambodian leaders agreed to a ceasefire": each with the other
# Roots of force: fights are mostly between countries, or between a state and its foes.
FIGHT_ROOTS = frozenset({"18", "19", "20"})
# Force that one side does to another, never both at once: blockades, occupation, air strikes.
# "Syrian and Russian air strikes" are two doers, not a fight between them.
ONE_SIDED_FORCE = ("191", "192", "195")
# Prepositions naming an ally: "fought alongside Syrian troops".
ALLY_PREPS = frozenset({"alongside", "beside"})
# Acts done with one's own troops, envoys or officials: "Pakistan pulled back troops", "sent
# soldiers to Mali", "recalled diplomats". A role word lent the doer's own country is its means.
INSTRUMENT_ROOTS = frozenset({"03", "06", "07", "08", "15", "16"})
INSTRUMENT_SECTORS = frozenset({"MIL", "GOV", "COP", "SPY"})
FORCE_SECTORS = frozenset({"MIL", "COP"})
ARMED_SECTORS = FORCE_SECTORS | {"REB", "SPY"}  # who uses force when they storm or smash
OWN_FORCE_CODES = ("15", "087", "0356")  # a show of force, an alert, a pull-back (or its pledge) moves one's own forces
OWNED = re.compile(r"\b(its|their|his|her|our)\b", re.IGNORECASE)  # "its troops", "its own forces": the doer's own


def _moved(verb: Token, actor: Actor) -> bool:
    """Whether the actor is written in the verb's object ("dispatched a carrier strike group")."""
    return any(min(t.idx for t in c.subtree) <= actor.start < max(t.idx + len(t) for t in c.subtree)
               for c in verb.children if c.dep_ == "dobj")


def event_id(doc_id: str, sentence: int, trigger: Trigger, cameo: str, source: Actor | None,
             target: Actor | None) -> str:
    """A sha256 over the document id and the event's defining fields: same input, same id."""
    parts = [doc_id, str(sentence), str(trigger.start), str(trigger.end), cameo,
             source.code or "" if source else "", str(source.start) if source else "",
             target.code or "" if target else "", str(target.start) if target else ""]
    return "ev-" + hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def _as_written(actor: Actor, text: str) -> Actor:
    """The actor with its text taken from the original document (the parse saw cleaned quotes)."""
    return replace(actor, text=text[actor.start:actor.end])


def _confidence(candidate: Candidate, source: Actor | None, target: Actor | None,
                sentence_p: float | None = None, document_p: float | None = None, guessed: bool = False) -> float:
    """The coder's own estimate.

    A pattern's specificity and how complete the dyad is give the first opinion. When
    the event-type model is on, it is blended with the model's probability of the
    event's type for the sentence (does the sentence say this?) and for the whole
    document (is this what the story is about?).
    """
    score = 0.35 + 0.08 * min(candidate.specificity, 3) if candidate.kind != "model" else 0.35
    score += 0.15 if source is not None else 0.0
    score += (0.05 if guessed else 0.15) if target is not None else 0.0  # a guessed target counts for less
    score -= 0.05 if candidate.kind == "noun" else 0.0
    if sentence_p is not None and document_p is not None:
        score = 0.2 * score + 0.2 * sentence_p + 0.6 * document_p
    return round(min(max(score, 0.05), 0.95), 3)


def _localised(actor: Actor | None, country: str, everywhere: bool = False) -> Actor | None:
    """A bare sector actor ("gunmen", "police") placed in the country where the event happens.

    Wire copy names local actors by role alone ("Gunmen abducted 280 pupils in Kaduna");
    the event's place is the best evidence of whose gunmen or police they are.
    """
    if actor is None or not is_bare(actor) or (actor.sector == "MIL" and not everywhere):
        return actor  # troops and warplanes often fight abroad: their place does not say whose they are
    return replace(actor, country=country, code=f"{country}{actor.sector}")


def _counted_officials(actor: Actor | None, doc: Doc) -> bool:
    """A bare role word for officials counted as several ("the two leaders", "both foreign ministers")."""
    if actor is None or not is_bare(actor) or actor.sector != "GOV":
        return False
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and any(t.lower_ in COUNTING_WORDS for t in doc[span.root.left_edge.i:span.root.i])


def _from_elsewhere(actor: Actor | None, doc: Doc, actors: ActorIndex, regional: Mapping[str, object]) -> bool:
    """A bare role word that a word of the cue family `regional` places in a region or bloc,
    not in a country ("European officials", "Western diplomats"): neither the place nor the
    other side makes it theirs."""
    if actor is None or not is_bare(actor):
        return False
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    # a word inside a longer lexicon term is part of that name, not a region
    return any(c.dep_ in ("amod", "compound") and c.i < head.i and c.lower_ in regional
               and c.i not in actors.by_token for c in head.children)


def _named_home(actor: Actor | None, sent: Span, places: PlaceResolver) -> Actor | None:
    """A bare role word placed by the name written with it ("Darfur rebels", "police in Dubai");
    but "troops in Mali" may be anyone's."""
    if actor is None or not is_bare(actor):
        return actor
    country = places.home_of(sent.doc, actor.start, inside=actor.sector != "MIL")
    return _localised(actor, country, everywhere=True) if country else actor


def _names_envoy(actor: Actor, envoys: Mapping[str, object]) -> bool:
    """Whether an actor's words or name end in an envoy word ("the ambassador", "Nigeria's envoy",
    "the French ambassador from Niamey"; cue family `envoy`)."""
    return any((words.lower().split() or [""])[-1] in envoys for words in (actor.text, actor.name or ""))


def _outermost(found: list[Actor]) -> list[Actor]:
    """Actors not written inside another one found: "Nigeria's ambassador" is one target, not two
    (the envoy and Nigeria)."""
    return [a for a in found if not any(b is not a and b.start <= a.start and a.end <= b.end
                                        and (b.start, b.end) != (a.start, a.end) for b in found)]


def _locating(token: Token, actors: ActorIndex) -> bool:
    """Whether a capital only says where a role word is ("workers in Beijing", "police in Moscow"):
    it places them (see `_named_home`), it is no other party. (Farmers in Brussels march against the EU.)"""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "in" and (mention := actors.by_token.get(prep.head.i)) is not None \
        and mention.entry.kind == "agent" and (place := actors.by_token.get(token.i)) is not None \
        and place.entry.kind == "capital"


def _capital_as_site(token: Token, actors: ActorIndex) -> bool:
    """Whether a capital is only where force is used ("a market in Baghdad", "across Paris"): the
    place, whose country is the implied target, not the government that sits there."""
    mention = actors.by_token.get(token.i)
    return mention is not None and mention.entry.kind == "capital" and token.dep_ == "pobj" \
        and token.head.lower_ in LOCATIVE_PREPS and token.head.lower_ != "at"  # "fired at Kyiv" aims at it


def _prompting(clause: Token) -> bool:
    """A clause or phrase saying what prompted an act: "after the North's test", "as a Turkish ship
    entered", "amid clashes with Kosovo police"."""
    if clause.dep_ == "prep":
        return clause.lower_ in PROMPTING_WORDS
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in PROMPTING_WORDS for m in clause.children)


def _same_body(a: Actor, b: Actor) -> bool:
    """One actor, or an organisation and one of its organs ("the UN Secretary-General renewed
    his appeal": IGOUNOSG and IGOUNO are one side, not a target)."""
    if a.code == b.code:
        # "Hariri announced his government's resignation": a state's government acting on itself
        # is no dyad; two of its people named are ("Johnson turned down Sturgeon's request").
        return a.name == b.name or a.sector == "GOV" and a.country is not None \
            and any(x.name.endswith(" government") for x in (a, b))
    return bool(a.code and b.code) and a.code[:3] == "IGO" and b.code[:3] == "IGO" \
        and (a.code.startswith(b.code) or b.code.startswith(a.code))


def _home_army(actor: Actor | None, foe: Actor | None, country: str) -> Actor | None:
    """Unnamed troops fighting the rebels of the country they fight in: that country's army.

    "Kurdish rebels set off a mine near Tunceli, killing five soldiers": Turkish soldiers.
    Troops abroad fight foreign rebels too, so the rebels must be of the place.
    """
    if actor is None or foe is None or not is_bare(actor) or actor.sector != "MIL" \
            or foe.sector != "REB" or foe.country != country:
        return actor
    return _localised(actor, country, everywhere=True)


def _inside_name(token: Token, actors: ActorIndex) -> bool:
    """Whether a word is inside a longer actor name, not its last word ("charge" in "charge d'affaires")."""
    mention = actors.by_token.get(token.i)
    if token.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False  # "the army ousted President Bazoum": a verb with its own subject, not "the ousted president"
    return mention is not None and mention.end - mention.start > 1 and token.i != mention.end - 1


def _speaking_for(anchor: Token, sources: list[Actor], actors: ActorIndex) -> list[Actor]:
    """Bare role words that close a quote speak for the quote's subject's country.

    "France will pull its soldiers out, the defence minister warned": the minister is
    France's. Only a quote before its speaker counts: "the minister warned that Mali
    would regret it" may be anyone's minister.
    """
    quoted = [c for c in anchor.children if c.dep_ == "ccomp" and c.i < anchor.i]
    for clause in quoted:
        for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            # Only a state's own doings: "Boeing could find itself blacklisted, a spokesman in
            # Beijing cautioned" is not Boeing's spokesman.
            countries = {a.country for a in actors.resolve_all(subject) if a.country and not is_bare(a)
                         and (a.sector is None or a.sector in STATE_SECTORS)}
            if len(countries) == 1:
                (country,) = countries
                return [_localised(a, country, everywhere=True) for a in sources]
    return sources


def _at_home(actor: Actor | None, other: Actor | None, countries: set[str], force: bool,
             envoys: Mapping[str, object]) -> Actor | None:
    """A bare sector actor ("the army", "protesters") given the country its sentence makes its own.

    The other side's country says whose they are ("Serbian students demanded the prime
    minister's resignation"), else the one country the sentence names ("Soldiers loyal to
    Liberia's president"). In a fight a soldier's foe is rarely his compatriot, so force
    between armies and foes is left alone, and so is an act on envoys: "the ministry expelled
    two Dutch diplomats" acts across a border.
    """
    if actor is None or not is_bare(actor):
        return actor
    if other is not None and _names_envoy(other, envoys):
        return actor
    if other is not None and other.sector in STATE_SECTORS and _names_envoy(actor, envoys):
        return actor  # "the ambassador was summoned by the Chinese ministry": a state's envoys are its guests
    country = None
    if other is not None and other.country and not (other.code or "").startswith(("IGO", "NGO")):
        if not (force and "MIL" in (actor.sector, other.sector)):
            country = other.country
    elif len(countries) == 1:
        country = next(iter(countries))
    return _localised(actor, country, everywhere=True) if country else actor


class Coder:
    """A loaded coder: spaCy model, lexicon and gazetteer, reused across documents."""

    def __init__(self, settings: Settings | None = None, lexicon: Lexicon | None = None, nlp: object = None) -> None:
        self.settings = settings or load_settings()
        self.lexicon = lexicon or load_lexicon()
        self.nlp = nlp or load_model()
        fix_lemmas(self.nlp, self.lexicon.lemmas)  # type: ignore[arg-type]
        self.gazetteer = Gazetteer(self.nlp.vocab, self.lexicon, self.nlp.make_doc)  # type: ignore[attr-defined]
        self.places = PlaceGazetteer(self.lexicon)
        self._report_verbs = frozenset(self.lexicon.cues.get("report", {}))
        self._envoys = self.lexicon.cues.get("envoy", {})
        self._regional = self.lexicon.cues.get("regional", {})
        self._references = {cue: c.value for cue, c in self.lexicon.cues.get("reference", {}).items()}
        self._country_names = {e.country: e.name for entries in self.lexicon.actors.values() for e in entries
                               if e.kind == "country" and e.country}
        self.classifier = TypeClassifier() if self.settings.use_model else None
        # Headlines are read only to weigh the model's story reading.
        self.headlines = HeadlineReader(self.nlp, self.lexicon) if self.classifier is not None else None  # type: ignore[arg-type]
        self.prefilter = SentenceFilter(self.nlp, self.lexicon, self.gazetteer, self.classifier,  # type: ignore[arg-type]
                                        self.settings.model_min_probability, self.settings.model_lone_probability,
                                        self.settings.model_veto_min_sentences) if self.settings.prefilter else None

    def _namesake(self, actor: Actor | None, other: Actor | None, place: Place | None,
                  aimed: bool = False) -> Actor | None:
        """A body whose bare name other countries' bodies share (cue family `shared_name`: "Congress"),
        given the country of the people it deals with at home, or else of the place when it deals
        with no other state, when that country has such a body: "teachers in Lima marched against
        Congress" is Peru's Congress. A state's own organs act on it too ("Peru's president
        dissolved Congress"), when it is the one `aimed` at: acting, it may sanction them abroad."""
        cue = self.lexicon.cue("shared_name", actor.text.lower().removeprefix("the ").strip()) \
            if actor is not None and actor.sector else None
        if cue is None:
            return actor
        if other is not None and (other.sector in DOMESTIC_SECTORS | {"ELI"}  # its people, or an ex-president
                                  or aimed and other.sector in STATE_SECTORS):
            homes = {other.country} if other.country else set()
        elif other is None or is_bare(other):  # "Congress approved sanctions on Colombia" deals abroad
            homes = {place.country} if place is not None and place.country else set()
        else:
            return actor
        homes &= set(cue.value.split())
        if len(homes) != 1:
            return actor
        country = homes.pop()
        return replace(actor, name=f"{self._country_names.get(country, country)} {actor.text.removeprefix('the ')}",
                       country=country, code=f"{country}{actor.sector}")

    def _site_owner(self, target: Actor | None, source: Actor | None, country: str, doc: Doc) -> Actor | None:
        """ "struck military sites near Damascus", "attacked an army base in Niger's Diffa region": an
        unnamed army's site (cue family `military_site`) stands where it is; a foreign attacker hits
        that country's forces. (Troops move about; bases do not.)"""
        if target is None or source is None or not is_bare(target) or target.sector != "MIL" \
                or source.country in (None, country):
            return target
        span = doc.char_span(target.start, target.end, alignment_mode="expand")
        if span is None:
            return target
        # the actor as written may be the phrase ("military sites") or the modifier alone ("army")
        word = span.root.head if span.root.dep_ in ("amod", "compound") else span.root
        if self.lexicon.cue("military_site", word.lemma_.lower()) is None:
            return target
        return _localised(target, country, everywhere=True)

    def _envoy(self, actor: Actor | None) -> bool:
        """A bare diplomat ("the ambassador"), whose country is not where he is (cue family `envoy`)."""
        return actor is not None and is_bare(actor) and _names_envoy(actor, self._envoys)

    # --- one document -------------------------------------------------------------
    def code_parsed(self, document: Document, doc: Doc) -> list[Event]:
        """Events of one parsed document."""
        published = dt.date.fromisoformat(document.date) if document.date else None
        dateline = parse_dateline(doc[:40].text)  # a dateline sits in the first few tokens
        mentions = self.gazetteer.mentions(doc, published)
        if dateline is not None:
            # "MOSCOW (Reuters) -" names where and by whom, not who acts.
            mentions = [m for m in mentions if m.char_start >= dateline.end]
        actors = ActorIndex(doc, mentions, self.settings.max_actors_per_side, self._references, self._country_names)
        places = PlaceResolver(self.places, doc, actors, dateline)
        dateline_day = None
        if dateline is not None and dateline.date_text and published is not None:
            dateline_day = resolve_expression(dateline.date_text, published, future=False)
        credit = [dateline.agency] if dateline is not None and dateline.agency else []
        events: list[Event] = []
        seen: set[str] = set()
        sentences = list(doc.sents)
        # Paragraph of each sentence, and the news agencies credited anywhere in it.
        breaks = [m.start() for m in re.finditer(r"\n\s*\n", document.text)]
        paragraph_of = [bisect.bisect_right(breaks, sent.start_char) for sent in sentences]
        paragraph_credit: dict[int, list[str]] = {}
        for sent, paragraph in zip(sentences, paragraph_of, strict=True):
            for name in agency_credit(sent, self.lexicon, actors):
                paragraph_credit.setdefault(paragraph, []).append(name)
        sentence_scores: dict[int, TypeScores] = {}
        document_scores = None
        # The story's reading can overrule a pattern only in a story: in a lone sentence
        # it is the same reading of the same words.
        veto = len(sentences) >= self.settings.model_veto_min_sentences
        if self.classifier is not None:
            sentence_scores = self.classifier.sentence_scores(doc, sentences)
            document_scores = self._story_scores(document)
        for number, sent in enumerate(sentences):
            credit_here = credit + paragraph_credit.get(paragraph_of[number], [])
            if len(sent.text) > self.settings.max_sentence_chars:
                continue
            scores = sentence_scores.get(sent.start)
            candidates = self._drop_report_frames(find_triggers(sent, self.lexicon))
            # "The US charge d'affaires": a word inside an actor's name is not a trigger.
            candidates = [c for c in candidates if not _inside_name(c.anchor, actors)]
            coded = list(self._events_of_sentence(document, sent, number, candidates, actors, places, published,
                                                  dateline_day, credit_here, scores, document_scores, veto))
            if scores is not None and self._model_disagrees(coded, scores):
                # The patterns are silent, or name other types than the one the model is
                # sure of: the model's reading is added, with its own rule and confidence.
                story = document_scores if veto else None
                candidate = self._model_candidate(sent, scores, actors, bool(coded), story, lone=not veto)
                if candidate is not None:
                    coded += list(self._events_of_sentence(document, sent, number, [candidate], actors, places,
                                                          published, dateline_day, credit_here, scores,
                                                          document_scores))
            for event in coded:
                if event.event_id not in seen:
                    seen.add(event.event_id)
                    events.append(event)
        if document_scores is not None:
            events += self._document_event(document, sentences, events, sentence_scores, document_scores, actors,
                                           places, published, dateline_day, credit, paragraph_credit, paragraph_of)
        return events

    def _story_scores(self, document: Document) -> TypeScores:
        """What the story is about: the model's reading of the whole text, and of its headline.

        An editor writes the headline to say what the story reports; the body drifts to
        background and reactions. With a headline, its reading is blended in.
        """
        assert self.classifier is not None and self.headlines is not None
        text = document.text[: self.settings.max_doc_chars]
        if not document.title or not document.title.strip():
            return self.classifier.scores([text])[0]
        headline, story = self.classifier.scores([document.title, f"{document.title}\n\n{text}"])
        weight = self.settings.model_headline_weight
        probs = weight * headline.probs + (1 - weight) * story.probs
        # The headline's own patterns are a second reading of it, one the model's
        # vocabulary cannot give: "Army pulls forces out" is RETREAT whatever words follow.
        main = self.headlines.main_type(document.title)
        if main is not None and main in story.labels:
            share = self.settings.headline_pattern_weight
            probs = (1 - share) * probs
            probs[story.labels.index(main)] += share
        return TypeScores(story.labels, probs)

    def _document_event(self, document: Document, sentences: list[Span], events: list[Event],
                        sentence_scores: dict[int, TypeScores], document_scores: TypeScores, actors: ActorIndex,
                        places: PlaceResolver, published: dt.date | None, dateline_day: dt.date | None,
                        credit: list[str], paragraph_credit: dict[int, list[str]],
                        paragraph_of: list[int]) -> list[Event]:
        """The event the story is about, when the model is sure of its type and nothing coded it.

        It is placed in the sentence that most reads as that type, with that sentence's actors.
        """
        label, probability = document_scores.best(exclude_none=True)
        if probability < self.settings.model_document_probability or label not in self.lexicon.type_codes \
                or any(e.plover == label for e in events):
            return []
        ranked = sorted((number for number, sent in enumerate(sentences) if sent.start in sentence_scores),
                        key=lambda n: -sentence_scores[sentences[n].start].of(label))
        assert self.classifier is not None
        for number in ranked[:3]:
            sent = sentences[number]
            mentions = actors.mention_heads(sent.start, sent.end)
            if not mentions or len(sent.text) > self.settings.max_sentence_chars:
                continue
            candidate = self._model_reading(sent, label, mentions)
            if candidate is None:
                continue
            credit_here = credit + paragraph_credit.get(paragraph_of[number], [])
            found = list(self._events_of_sentence(document, sent, number, [candidate], actors, places, published,
                                                  dateline_day, credit_here, sentence_scores[sent.start],
                                                  document_scores))
            if found:
                return found[:1]
        return []

    def _implied_target(self, source: Actor, place: Place | None, cameo: str, plover: str,
                        trigger: Trigger, anchor: Token, other_named: bool = False) -> Actor | None:
        """The target a coder reads into an event that names none (cues family `implied_target`).

        - place: the country where it happens, when it is not the source's own
          ("Russian forces shelled Kharkiv" acts on Ukraine);
        - home: a state's own people (its country's CVL), when the place found is in it
          ("Kazakh troops fired on crowds in Almaty");
        - self: a state's own people, unless a place abroad is found ("Paris shelved the fuel tax");
        - alone: the same, but only when no other actor is named to guess from
          ("Kazakhstan lifted the state of emergency"; "reinforced its positions near
          the frontier with Israel" is aimed at Israel);
        - government: the government where a non-state actor acts
          ("Thousands marched in Nairobi", "the opposition demanded a recount");
        - government_alone: the same, but only when no other actor is named to guess from
          ("gunmen attacked a checkpoint in Dagestan"; "rebels ambushed a police patrol" hit the police);
        - civil_site: the people where it happens, when what is hit is a place people gather
          (cue family `civil_site`: "gunmen opened fire on a bus in Balochistan", "struck a market"),
          and no one else is named ("ambushed a bus carrying miners": the miners).
        The implied actor has no words of its own; it points at the trigger that implies it.
        """
        # A code's own row ("081": easing a curfew acts at home) before its type's.
        keys = [cameo[:length] for length in range(len(cameo), 2, -1)] + [plover.lower()]
        cue = next((c for k in keys if (c := self.lexicon.cue("implied_target", k)) is not None), None)
        if cue is None:
            return None
        state = source.country is not None and (source.sector is None or source.sector in STATE_SECTORS)
        here = place.country if place is not None else None
        for way in cue.value.split():
            country = None
            if way == "civil_site" and (here or source.country) and not other_named and self._hits_civil_site(anchor):
                country, sector = here or source.country, "CVL"
            elif way == "place" and here and here != source.country:
                country, sector = here, None
            elif state and (way == "self" and here in (None, source.country) or way == "home" and here == source.country
                            or way == "alone" and not other_named and here in (None, source.country)):
                country, sector = source.country, "CVL"  # a state acting at home acts on its people
            elif way in ("government", "government_alone") and not state and source.sector not in STATE_SECTORS \
                    and not (source.code or "").startswith(("IGO", "NGO")) \
                    and not (way == "government_alone" and other_named):
                country, sector = here or source.country, "GOV"
            if country is not None and country in self._country_names:
                return self._implied_actor(country, sector, trigger)
        return None

    def _hits_civil_site(self, anchor: Token) -> bool:
        """Whether the act's object is a place where people gather ("a bus", "a wedding party",
        "the village school"; cue family `civil_site`), as its object, a passive subject, or
        the object of "on"/"at"/"against" ("fired on a bus", "an attack on a mosque")."""
        objects = [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")]
        objects += [p for c in anchor.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "against", "upon")
                    for p in c.children if p.dep_ == "pobj"]
        return any(self.lexicon.cue("civil_site", w.lemma_.lower()) is not None
                   for o in objects for w in (o, *(c for c in o.children if c.dep_ == "compound")))

    def _implied_actor(self, country: str, sector: str | None, trigger: Trigger) -> Actor:
        """A country, its government or its people read into an event; having no words of its own,
        it points at the trigger."""
        name = self._country_names[country] + {"GOV": " government", "CVL": " civilians"}.get(sector or "", "")
        return Actor(text=trigger.text, name=name, code=country + (sector or ""), country=country,
                     sector=sector, start=trigger.start, end=trigger.end)

    def _implied_source(self, ways: str, patients: list[Actor], target: Actor | None, place: Place | None,
                        trigger: Trigger, home: set[str]) -> tuple[Actor | None, Actor | None]:
        """The doer a coder reads into an event that names none (cues family `implied_source`).

        - patient: the forces an agentless passive acts on are the ones acting ("Turkish
          troops were put on alert"): its subject becomes the source;
        - government: the government of the country where it happens ("a curfew was
          imposed in Almaty"); it points at the trigger, having no words of its own;
        - civilians: the people of the country where it happens ("hundreds marched in Moscow").
        Returns the (source, target) pair, unchanged when no rule applies.
        """
        country = place.country if place is not None else None
        for way in ways.split():
            source = None
            if way == "patient":
                # "Police were deployed in Harare": whose police, the place says, else the one
                # country the sentence names ("around Tirana's main square").
                whose = country or (next(iter(home)) if len(home) == 1 else None)
                forces = [_localised(a, whose, everywhere=True) if whose else a for a in patients]
                source = next((a for a in forces if a and a.country and a.sector in (None, "MIL", "COP")), None)
            elif way in ("government", "civilians") and country in self._country_names:
                source = self._implied_actor(country, "GOV" if way == "government" else "CVL", trigger)
            if source is not None:
                # "... deployed in Harare": the place named is where, not whom.
                here = target is not None and target.country == source.country and target.sector in (None, "GOV")
                # "Police in Karachi were put on alert": the forces are not their own target.
                itself = way == "patient" and target is not None and any(target.start == p.start for p in patients)
                return source, None if here or itself else target
        return None, target

    def _reports(self, head: Token) -> bool:
        """Whether an actor's words only say who reports: "officials said", "according to Kyiv".

        (A place is kept: "shelled positions in Syria" is aimed at Syria; not a place the
        words were said in.)
        """
        phrase = head
        for _ in range(8):
            if phrase.dep_ in ("compound", "amod", "poss", "conj", "appos") and phrase.head.i != phrase.i:
                phrase = phrase.head
            elif phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and phrase.head.head.pos_ in ("NOUN", "PROPN"):
                phrase = phrase.head.head  # "the Joint Chiefs of Staff said": the name's head is before "of"
            else:
                break
        governor = phrase.head
        if phrase.dep_ == "nsubj" and governor.lemma_.lower() in self._report_verbs:
            return True
        if phrase.dep_ == "pobj" and governor.lower_ in LOCATIVE_PREPS and governor.head.lemma_.lower() in self._report_verbs:
            return True  # "told reporters in Havana", "said in Nairobi": where it was said
        # "according to Kyiv", "according to reports from Reuters and EFE"
        return any(t.lower_ == "according" for t in list(phrase.ancestors)[:5])

    def _model_disagrees(self, coded: list[Event], scores: TypeScores) -> bool:
        """True when the patterns coded nothing, or nothing of the type the model reads."""
        label, _ = scores.best(exclude_none=True)
        return not coded or all(e.plover != label for e in coded if e.plover)

    def _model_candidate(self, sent: Span, scores: TypeScores, actors: ActorIndex,
                         overruling: bool = False, story: TypeScores | None = None,
                         lone: bool = False) -> Candidate | None:
        """The model's event for a sentence, when it is sure enough (surer still to overrule patterns).

        In a story, the story's reading must allow the type too: one sentence read alone
        is easily misread ("the talks collapsed" in a story about a strike). A document
        too short to be a story (lone) is one its sender chose to code, so a lower floor
        serves: the model's types there were right about half the time at 0.25.
        """
        label, probability = scores.best(exclude_none=True)
        floor = self.settings.model_overrule_probability if overruling else self.settings.model_min_probability
        if lone:
            floor = min(floor, self.settings.model_lone_probability)
        if probability < floor or probability <= scores.of(NONE) or label not in self.lexicon.type_codes:
            return None
        if story is not None and story.of(label) < self.settings.model_story_support:
            return None
        assert self.classifier is not None
        mentions = actors.mention_heads(sent.start, sent.end)
        if not mentions:
            return None
        return self._model_reading(sent, label, mentions)

    def _model_reading(self, sent: Span, label: str, mentions: list[Token]) -> Candidate | None:
        """The sentence read as the model's type, with the actors its parse gives that type."""
        assert self.classifier is not None
        cues = self.lexicon.cues
        return model_candidate(sent, self.lexicon.type_codes[label], self.classifier.rule, mentions,
                               self._report_verbs, self._spoken(label),
                               cues.get("demand", {}), cues.get("inanimate", {}), cues.get("received", {}),
                               cues.get("stative", {}), cues.get("cause", {}), cues.get("weapon", {}))

    def _spoken(self, label: str) -> str | None:
        """The type (lower case) when it is one that is said, not done (the `spoken` cues)."""
        return label.lower() if label.lower() in self.lexicon.cues.get("spoken", {}) else None

    def _told_at(self, sent: Span) -> set[int]:
        """Heads of the places where a sentence's news was told: "said in Nairobi", "told
        reporters in Geneva"."""
        def telling(verb: Token) -> bool:
            return verb.lemma_.lower() in self._report_verbs or verb.dep_ in ("dobj", "dative") \
                and verb.head.lemma_.lower() in self._report_verbs
        return {t.i for t in sent if t.dep_ == "pobj" and t.head.lower_ in ("in", "at") and telling(t.head.head)}

    def _drop_report_frames(self, candidates: list[Candidate]) -> list[Candidate]:
        """A reporting verb ("said") is attribution, not an event, when it reports another trigger."""
        anchors = {c.anchor.i for c in candidates}
        kept = []
        for candidate in candidates:
            lemma = candidate.anchor.lemma_.lower()
            if candidate.cameo.startswith("01") and self.lexicon.cue("report", lemma):
                clauses = [c for c in candidate.anchor.children if c.dep_ in ("ccomp", "parataxis", "xcomp")]
                reported = any(t.i in anchors for c in clauses for t in c.subtree)
                # "X said" with nothing said to anyone is attribution; "X confirmed the visit" is news.
                bare_speech = not candidate.targets and not any(
                    c.dep_ in ("dobj", "nsubjpass") for c in candidate.anchor.children)
                if reported or bare_speech:
                    continue
            kept.append(candidate)
        return kept

    def _events_of_sentence(self, document: Document, sent: Span, number: int, candidates: list[Candidate],
                            actors: ActorIndex, places: PlaceResolver, published: dt.date | None,
                            dateline_day: dt.date | None, credit: list[str], scores: TypeScores | None = None,
                            document_scores: TypeScores | None = None, veto: bool = False) -> Iterator[Event]:
        if not candidates:
            return  # the sentence's attribution and countries are worked out only for a trigger
        text = document.text
        evidence = text[sent.start_char:sent.end_char]
        credited = sentence_attribution(sent, self.lexicon, actors)
        # The countries the sentence names, by actor or by place: a bare role word's home; where the
        # news was told only when no other is named ("Amhara forces attacked Tigrayan villages, rights
        # groups said in Nairobi": not Kenya's forces).
        told_at = self._told_at(sent)
        home = actors.countries_between(sent.start, sent.end, told_at) | places.countries_named(sent, told_at) \
            or actors.countries_between(sent.start, sent.end) | places.countries_named(sent)
        for candidate in candidates:
            sources = [a for h in candidate.sources for a in actors.resolve_all(h)]
            if not sources or (candidate.kind == "noun" and all(a.country is None and a.code == a.sector
                                                                 for a in sources)):
                # None, or only a sector word ("military drills"): the subject of the light or
                # governing verb may name who acts ("China staged military drills").
                sources = [a for h in candidate.fallback_sources for a in actors.resolve_all(h)] or sources
            if sources and all(is_bare(a) for a in sources):
                sources = _speaking_for(candidate.anchor, sources, actors)
            sources = [_as_written(a, text) for a in sources[: self.settings.max_actors_per_side]]
            if candidate.speakers and not {a.country for h in candidate.speakers for a in actors.resolve_all(h)} \
                    & {a.country for a in sources if a.country}:
                continue  # "Russia will strike, Biden said" forecasts; only the doer's own side threatens
            # "fought alongside Syrian troops": the ally shares the act, it is not its target; but
            # whoever "was killed alongside" others suffered it with them.
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in candidate.anchor.children)
            allied = set() if passive else {t.i for c in candidate.anchor.children
                                            if c.dep_ == "prep" and c.lower_ in ALLY_PREPS for t in c.subtree}
            forceful = candidate.cameo.startswith(FORCE_ROOTS)  # coercion too: "imposed a curfew in Niamey"
            found = [a for h in candidate.targets if not (forceful and _capital_as_site(h, actors))
                     for a in actors.resolve_all(h)]
            if found and all(is_bare(a) for a in found) and candidate.kind == "verb":
                # "asked the CSTO for military assistance": an actor named as the verb's object
                # is aimed at, more than a role word in the pattern's phrase.
                found = [a for c in candidate.anchor.children if c.dep_ in ("dobj", "dative")
                         for a in actors.resolve_all(c) if not is_bare(a)] or found
            # "raised its alert status": a possessive that points back at the doer is no target of a posture
            doer_codes = {a.code for a in sources} if candidate.cameo.startswith("15") else set()
            found = [a for a in found if not (OWNED.fullmatch(a.text) and a.code in doer_codes)]
            if found and sources and all(OWNED.fullmatch(a.text) and any(_same_body(s, a) for s in sources)
                                         for a in found):
                found = []  # "Mongolia breached its obligations to the ICC": its own, so aimed at whom else is named
            home_of = {a.country for a in sources if a.country}
            if found and home_of and all(a.country in home_of for a in found):
                # "Niger expelled the French ambassador from Niamey": the envoy is aimed at, not the
                # expeller's own capital his row's "from" phrase names.
                envoys = [a for h in candidate.fallback_targets for a in actors.resolve_all(h)
                          if _names_envoy(a, self._envoys) and a.country and a.country not in home_of]
                found = envoys[:1] or found
            named = bool(found)  # a target the trigger's own phrase names, not one guessed nearby
            if not found:
                found = _outermost([a for h in candidate.fallback_targets if h.i not in allied
                                    and not _locating(h, actors) for a in actors.resolve_all(h)
                                    if not (OWNED.fullmatch(a.text) and a.code in doer_codes)])
                if candidate.kind == "model":
                    # The model's event has no parse to aim it: of the actors named after its
                    # doer, the first of another country ("Akar told his counterpart that
                    # Ankara would ...": not Akar, a Turk too). News media report it ("told Reuters").
                    found = [a for a in found if a.sector != "MED"]
                    found = [a for a in found if a.country not in home_of][:1] or found[:1]
            own = {a.code for a in sources}
            if not found:
                # Else the first actor named in the phrase the trigger governs.
                region = aimed_region(candidate.anchor)
                # "the withdrawal of Russian forces from Kherson": the doer's own words name no other
                # party (but "the Erdogan-Putin talks" name two)
                heads = [t for t in region if t.i in actors.by_token and actors.by_token[t.i].end - 1 == t.i
                         and not any(a.start <= t.idx < a.end and actors.by_token[t.i].entry.country == a.country
                                     for a in sources)
                         and t.i not in allied and not _locating(t, actors)
                         and not (forceful and _capital_as_site(t, actors))]
                found = [a for h in heads for a in actors.resolve_all(h) if a.code not in own][:1]
            state = any(a.country and (a.sector is None or a.sector in STATE_SECTORS) for a in sources)
            if candidate.cameo.startswith("13") and found and state and all(
                    is_bare(a) or a.country in home_of and (a.sector is None or a.sector in STATE_SECTORS)
                    for a in found):
                # "Kigali warned that Rwandan soldiers would cross into the Kivus to hunt down the
                # FDLR": a state's threat made with its own forces (or some unnamed ones) is
                # aimed at the other side, when one is named.
                heads = candidate.fallback_targets + [t for t in candidate.anchor.subtree if t.i in actors.by_token]
                foreign = [a for h in heads for a in actors.resolve_all(h) if a.country and a.country not in home_of]
                found = foreign or found
            # "Pakistan's forces were put on alert after Indian jets struck": with no doer named, the
            # forces a posture is put on are its bearer.
            bearers = sources
            if candidate.cameo.startswith("15") and not bearers:
                bearers = [a for c in candidate.anchor.children if c.dep_ == "nsubjpass" for a in actors.resolve_all(c)]
            bearer_home = {a.country for a in bearers if a.country}
            if candidate.cameo.startswith("15") and any(
                    a.country and (a.sector is None or a.sector in STATE_SECTORS) for a in bearers) and all(
                    is_bare(a) or a.country in bearer_home for a in found):
                # "Cyprus put its national guard on alert as Turkish warships sailed into its waters":
                # a posture is aimed at the foreigner whose act prompted it, or whose border it faces
                # ("reinforced its troops along the Cambodian border").
                causes = [t for c in candidate.anchor.children if _prompting(c) for t in c.subtree]
                causes += [t for t in candidate.fallback_targets
                           if t.dep_ in ("amod", "compound") and t.head.lemma_.lower() in BORDER_NOUNS]
                foreign = [a for h in causes if h.i in actors.by_token for a in actors.resolve_all(h)
                           if a.country and a.country not in bearer_home]
                found = foreign[:1] or found
            guess = None
            talks = candidate.cameo[:2] in TALK_ROOTS
            # "The two leaders met in Geneva": officials of several states meet at a venue, not with it.
            guests = talks and bool(sources) and all(_counted_officials(a, sent.doc) for a in sources)
            if sources and all(is_bare(a) for a in found) and not guests:
                # Still none, or only role words that may prove to be the doer's own means: the
                # actor named nearest the trigger, a guess (used after the implied target, and
                # marked by a lower confidence; found even with `nearest_target` off, as an
                # "alone" implied target needs to know there is none). News media are left
                # out: in wire copy they report the news.
                heads = sorted(actors.mention_heads(sent.start, sent.end), key=lambda t: abs(t.i - candidate.anchor.i))
                spans = [(a.start, a.end) for a in sources]
                if candidate.kind == "noun":
                    spans += [(t.idx, t.idx + len(t.text)) for t in candidate.trigger]
                guess = next((_as_written(a, text) for h in heads
                              if not any(s <= h.idx < e for s, e in spans) and not self._reports(h) and h.i not in allied
                              # "South Korea's military": the doer's own country is no other party
                              and not (h.dep_ == "poss" and any(s <= h.head.idx < e for s, e in spans))
                              and not _locating(h, actors) and not (forceful and _capital_as_site(h, actors))
                              for a in actors.resolve_all(h) if a.code not in own and a.sector != "MED"
                              and not (found and is_bare(a))
                              # a posture's own forces are its means, not a guess at whom it aims at
                              and not (candidate.cameo.startswith("15") and a.country in home_of
                                       and a.sector in FORCE_SECTORS and a.code == f"{a.country}{a.sector}")
                              # "Seoul refused to budge, insisting the islets were South Korean": a
                              # state's own country named nearby describes, it is not dealt with
                              and not (state and a.code == a.country and a.country in home_of)),
                             None)
            if candidate.cameo.startswith("01"):
                found = [a for a in found if a.sector != "MED"]  # "told Reuters": the outlet carries the words
            if candidate.kind == "noun":
                # "Russian peacekeepers rolled in": the trigger word names the doer's force, not whom it acts on.
                found = [a for a in found if not any(a.start <= t.idx < a.end for t in candidate.trigger)]
            targets = [_as_written(a, text) for a in found[: self.settings.max_actors_per_side]]
            code = self.lexicon.cameo[candidate.cameo]
            implied_source = self.lexicon.cue("implied_source", (code.plover or "").lower())
            if self.settings.require_actor and not sources and not targets and implied_source is None:
                continue
            start = min(t.idx for t in candidate.trigger)
            end = max(t.idx + len(t.text) for t in candidate.trigger)
            trigger = Trigger(text=text[start:end], start=start, end=end)
            status = candidate.status or resolve_status(candidate.anchor, candidate.trigger,
                                                        self.lexicon)[0]
            ahead = status in ("planned", "possible") or looks_ahead(candidate.anchor, self.lexicon)
            day, words = resolve_date(candidate.anchor, sent, published, future=ahead, report_verbs=self._report_verbs)
            if status == "asserted" and day is not None and published is not None and day > published:
                # "Workers are going on strike next week": what is dated after the report is yet to come.
                status = "planned"
            history = historical_cue(candidate.anchor, self.lexicon, published)
            if day is None and status == "asserted" and dateline_day is not None:
                day = dateline_day  # a wire story's dateline dates the news it reports
            historical = history is not None or bool(
                day and published and not is_relative_period(words)
                and (published - day).days > self.settings.historical_days
            )
            attribution = list(dict.fromkeys(
                credited + clause_attribution(candidate.anchor, self.lexicon, actors) + credit))
            homes = {a.country for a in sources if not is_bare(a) and a.country and a.sector in STATE_SECTORS}
            if len(sources) >= 2 and len(homes) == 1 and candidate.cameo[:2] not in FIGHT_ROOTS:
                # "Colombia's government and the rebels reached a deal in Havana": a government's
                # unnamed partners are its own people, not the host's ("Qatar and the rebels" may not be).
                sources = [_localised(a, next(iter(homes))) if is_bare(a) and a.sector in PARTNER_SECTORS else a
                           for a in sources]
            pairs = [(source, target) for source in sources or [None] for target in targets or [None]]
            # "Both sides accused each other": each acts on the other.
            # "Russia and Ukraine traded blame": trading and exchanging are mutual too.
            mutual = self.lexicon.cue("mutual", candidate.anchor.lemma_.lower()) is not None or any(
                t.lower_ in ("other", "another") and any(c.lower_ in ("each", "one") for c in t.children)
                for t in candidate.targets)
            # "Indian and Pakistani troops clashed" is mutual; "US and British jets struck targets" is not.
            fight = candidate.cameo[:2] in FIGHT_ROOTS
            aimed = fight and any(  # "fought running battles" names the fighting, not a foe
                c.dep_ == "dobj" and c not in candidate.trigger and c.lemma_.lower() not in self.lexicon.nouns
                for c in candidate.anchor.children)
            reciprocal = (candidate.cameo[:2] in RECIPROCAL_ROOTS or candidate.cameo.startswith(RECIPROCAL_CODES)) \
                and not candidate.cameo.startswith(ONE_SIDED_FORCE)
            # "Modi and Zelensky discussed the evacuation": the object discussed is no counterpart.
            topical = candidate.cameo.startswith("04") and self.lexicon.cue("topic", candidate.anchor.lemma_.lower()) \
                is not None and all(t.dep_ == "dobj" for t in candidate.targets)
            # "Georgia and Abkhazia agreed to withdraw troops": role words in the act's phrase are their means.
            means = named and candidate.cameo.startswith("03") and all(is_bare(a) for a in found)
            if len(sources) >= 2 and (mutual or ((not named or topical or means) and not aimed and reciprocal)):
                # "Iran and Iraq held talks": each is the other's counterpart.
                pairs = [(a, b) for a in sources for b in sources if a is not b and a.code != b.code] or pairs
            same = [(s, t) for s, t in pairs if s is not None and t is not None and _same_body(s, t)]
            if same and len(same) == len(pairs):
                # "Kenyan police raised their alert": the target found is the source itself.
                pairs = [(same[0][0], None)]
            emitted: set[str] = set()  # the codes already given for this trigger
            produced: list[Event] = []
            for source, target in pairs:
                if (source, target) in same:
                    continue
                own_country = source is not None and not is_bare(source)  # named, not given its place's
                place = places.resolve(candidate.anchor, candidate.cameo, source, target)
                # "Darfur rebels met officials in Doha": the rebels' own place names them first.
                # "the two leaders met in Geneva": officials of several states, placed by no venue
                guest_source, guest_target = (talks and _counted_officials(a, sent.doc)
                                              or _from_elsewhere(a, sent.doc, actors, self._regional)
                                              for a in (source, target))
                if source is not None and source.sector == "GOV" and source.country and not self._envoy(source) \
                        and not _names_envoy(source, self._envoys) and target is not None \
                        and target.sector in ("OPP", "REB") and target.text.islower() \
                        and candidate.cameo[:2] in PEACE_TALK_ROOTS:
                    # "Venezuela's government walked out of talks with the opposition in Mexico City":
                    # talks, even held abroad, are with the government's own opposition or rebels
                    # when no word names whose (the venue after them does not).
                    target = replace(target, country=source.country, code=f"{source.country}{target.sector}")
                source = source if guest_source else _named_home(source, sent, places)
                target = target if guest_target else _named_home(target, sent, places)
                if place is not None and place.country:
                    # An envoy is a guest where he acts: "the ambassador met Iraqi officials in Baghdad".
                    source, target = (a if self._envoy(a) or guest else _localised(a, place.country)
                                      for a, guest in ((source, guest_source), (target, guest_target)))
                    if fight:
                        source, target = _home_army(source, target, place.country), \
                            _home_army(target, source, place.country)
                        target = self._site_owner(target, source, place.country, sent.doc)
                elif source is not None and source.country and source.sector != "MIL" and target is not None \
                        and target.sector in DOMESTIC_SECTORS:
                    # "Peru's Congress yielded to protesters": a state acts on its own people.
                    target = _localised(target, source.country)
                if source is None and implied_source is not None:
                    patients = [_as_written(a, text) for c in candidate.anchor.children if c.dep_ == "nsubjpass"
                                for a in actors.resolve_all(c)]
                    source, target = self._implied_source(implied_source.value, patients, target, place, trigger,
                                                          home)
                    if self.settings.require_actor and source is None and target is None:
                        continue
                source, target = self._namesake(source, target, place), self._namesake(target, source, place, aimed=True)
                lent = target is not None and is_bare(target)
                source = source if guest_source else _at_home(source, target, home, fight, self._envoys)
                target = target if guest_target else _at_home(target, source, home, fight, self._envoys)
                if fight and source is not None and target is not None and not (place is not None and place.country):
                    # "Islamist militants overran a camp at Inates, killing 71 soldiers": with no place
                    # found, the rebels' own country says whose soldiers they fought.
                    source, target = _home_army(source, target, target.country or ""), \
                        _home_army(target, source, source.country or "")
                if target is not None and target.code == "NGO" and target.country is None and source is not None \
                        and source.country and source.sector in STATE_SECTORS:
                    # "the ministry threatened to strike rights groups off the register": a state's
                    # measures fall on groups at home. (Unnamed groups that speak are left alone:
                    # rights groups accuse states abroad as often as at home.)
                    target = replace(target, country=source.country, code=f"{source.country}NGO")
                if lent and target is not None and source is not None and target.country == source.country \
                        and target.sector in INSTRUMENT_SECTORS and candidate.cameo[:2] in INSTRUMENT_ROOTS:
                    if any(t is not None and not is_bare(t) for _, t in pairs):
                        continue  # "rushed troops to the border with China": China is aimed at
                    target = None  # its own troops are what it acts with, not what it acts on
                if source is not None and source.sector == "BUS" and candidate.cameo[:2] in FORCE_ROOTS:
                    continue  # "the carmaker stormed into a new market", "the two firms struck a truce": a firm's
                    # moves in markets and courts are no force
                if target is not None and source is not None and target.country == source.country \
                        and candidate.cameo.startswith(OWN_FORCE_CODES) \
                        and (target.sector in FORCE_SECTORS or target.sector == source.sector == "REB") \
                        and target.code == f"{target.country}{target.sector}" \
                        and (trigger.start <= target.start < trigger.end
                             or OWNED.search(" ".join(text[:target.start].split()[-2:]))
                             or candidate.cameo.startswith("15") and _moved(candidate.anchor, target)):
                    # "Chile put its navy on alert", "pledged to withdraw its soldiers", "Hezbollah moved
                    # fighters to the border": the forces it moves are its own means; whom the move is
                    # aimed at is looked for below. (But "ordered the army to pull back" is aimed at it.)
                    target = None
                cameo, kind, rule = candidate.cameo, code, candidate.rule
                armed = self.lexicon.cue("armed_code", cameo)
                if armed is not None and source is not None and source.sector in ARMED_SECTORS:
                    # "Commandos stormed the compound": armed men storming attack, they do not riot.
                    cameo, rule = armed.value, f"{rule} {armed.rule}"
                    kind = self.lexicon.cameo[cameo]
                # (a firm implies no counterpart: "the carmakers agreed to share a plant" is with no
                # government; but traders who shut their shops in protest protest against one)
                if target is None and source is not None and kind.plover \
                        and (source.sector != "BUS" or kind.plover in ("PROTEST", "REQUEST")):
                    target = self._implied_target(source, place, cameo, kind.plover, trigger, candidate.anchor,
                                                  other_named=guess is not None and guess.code != source.code)
                guessed = target is None and source is not None and guess is not None and guess.code != source.code \
                    and self.settings.nearest_target
                if guessed:
                    target = _at_home(guess, source, home, fight, self._envoys)
                if source is not None and source.sector == "BUS" and (
                        target is None or target.sector == "BUS" and (target.country == source.country
                                                                      or cameo[:2] in DEALING_ROOTS)):
                    # "the airline took delivery of 40 jets", "Nippon Steel agreed to buy U.S. Steel": firms'
                    # trade (firms of two states can still carry their states' quarrel: "Gazprom accused Naftogaz")
                    continue
                domestic = self.lexicon.cue("domestic", candidate.anchor.lemma_.lower()) if cameo == "074" else None
                if domestic is not None and own_country and target is None and source.country in self._country_names \
                        and any(p.dep_ == "poss" and p.lower_ in ("its", "their") for t in candidate.targets
                                for p in t.children):
                    target = self._implied_actor(source.country, None, trigger)  # "sent troops to its southern provinces"
                if domestic is not None and own_country and target is not None and source.country \
                        and target.country == source.country:
                    # "Colombia sent 2,500 soldiers to Catatumbo after ELN attacks": troops sent
                    # among one's own people are a build-up, not protection given to another.
                    cameo, rule = domestic.value, f"{rule} {domestic.rule}"
                    kind = self.lexicon.cameo[cameo]
                # The model is asked about the type emitted (a recoded event's, not its row's).
                sentence_p = scores.of(kind.plover) if scores is not None and kind.plover else None
                document_p = document_scores.of(kind.plover) if document_scores is not None and kind.plover else None
                if veto and sentence_p is not None and document_p is not None \
                        and sentence_p < self.settings.model_veto_sentence and document_p < self.settings.model_veto_story:
                    continue  # both readings of the model rule the pattern's type out
                if document_p is not None and day and published \
                        and (published - day).days > self.settings.model_old_news_days:
                    # "Militants attacked the town twice last year": what the story is about
                    # is its news, not an act it recalls.
                    document_p *= self.settings.model_old_news_weight
                confidence = _confidence(candidate, source, target, sentence_p, document_p, guessed)
                coded = f"{cameo} {source.code if source else ''} {target.code if target else ''}"
                if confidence < self.settings.min_confidence or coded in emitted:
                    continue  # too weak, or "flew doctors and nurses": two words for one target
                emitted.add(coded)
                produced.append(Event(
                    event_id=event_id(document.id, number, trigger, cameo, source, target),
                    doc_id=document.id,
                    sentence=number,
                    evidence=evidence,
                    date=day.isoformat() if day else None,
                    source=source,
                    target=target,
                    cameo=cameo,
                    plover=kind.plover,
                    plover_mode=kind.plover_mode,
                    goldstein=kind.goldstein,
                    quad_class=kind.quad_class,
                    status=status,
                    historical=historical,
                    location=place,
                    trigger=trigger,
                    attribution=tuple(attribution),
                    confidence=confidence,
                    rule=rule,
                ))
            # "Turkish troops were put on alert along the border with Syria": a pair whose other
            # side fell away (the troops are no target of their own alert) adds nothing to the same
            # doer's act aimed at Syria.
            aimed = {(e.cameo, e.source.code if e.source else None) for e in produced if e.target is not None}
            yield from (e for e in produced
                        if e.target is not None or (e.cameo, e.source.code if e.source else None) not in aimed)

    # --- streams of documents -----------------------------------------------------
    def parse(self, documents: list[Document]) -> Iterator[Doc]:
        """Parse a batch of documents (typographic quotes cleaned, length capped).

        With the prefilter on (the default), only sentences that can hold an event get
        the tagger, parser and NER; see stages/prefilter.py.
        """
        texts = [clean_text(d.text[: self.settings.max_doc_chars]) for d in documents]
        if self.prefilter is None:
            yield from self.nlp.pipe(texts, batch_size=self.settings.batch_size)  # type: ignore[attr-defined]
            return
        yield from self.prefilter.parse((self.nlp.make_doc(t) for t in texts), self.settings.batch_size)  # type: ignore[attr-defined]

    def run(self, items: Iterable[Document | Rejected]) -> Iterator[Coded | Rejected]:
        """Code a stream of documents, passing Rejected records through in order.

        Args:
            items: Documents and Rejected records, as the readers yield them.

        Returns:
            For each document, (document, its events); each Rejected as it comes.
        """
        iterator = iter(items)
        while True:
            batch: list[Document] = []
            pending: list[Rejected] = []
            for item in islice(iterator, self.settings.batch_size):
                if isinstance(item, Rejected):
                    pending.append(item)
                else:
                    batch.append(item)
            if not batch and not pending:
                return
            yield from pending
            for document, doc in zip(batch, self.parse(batch), strict=True):
                yield document, self.code_parsed(document, doc)


def code_documents(documents: Iterable[Document], settings: Settings | None = None,
                   coder: Coder | None = None) -> Iterator[Event]:
    """Code documents into events: the library's main entry point.

    Args:
        documents: the documents to code.
        settings: thresholds (the packaged defaults when None).
        coder: a loaded Coder to reuse; one is built when None.

    Returns:
        The events, document by document, in sentence order.

    Example:
        >>> from dyadscope import Document, code_documents
        >>> events = list(code_documents([Document(id="d1", text="Russia attacked Ukraine.")]))
    """
    coder = coder or Coder(settings)
    for item in coder.run(documents):
        if not isinstance(item, Rejected):
            yield from item[1]
