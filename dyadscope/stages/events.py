"""Event triggers: verb and noun patterns from the lexicon, with their source and target phrases.

`find_triggers(sentence)` returns candidate events as token-level facts (trigger
tokens, source heads, target heads, pattern). Actors, status, dates and places are
filled in by the other stages.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from ..lexicon import NO_EVENT, Cue, Lexicon, NounPattern, VerbPattern

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "dative"})
FORCES_MOVED = frozenset({"154", "153", "074", "150"})  # cue family arrival: forces, not goods
ANYONE = frozenset({"anyone", "anybody", "everyone", "everybody", "whoever", "those"})
# Cue families whose words, as the object of these prepositions under a verb with no object of
# its own, stand as the verb's object.
PHRASE_OBJECTS = (("medium", ("by", "over", "via", "on")), ("arena", ("to", "onto", "into")),
                  ("undertaking", ("on", "to")))
# Heads that only count, group or span what follows "of": "dozens of diplomats", "a round of talks",
# "four years of martial law".
QUANTITIES = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "number", "group",
                        "couple", "series", "round", "wave", "batch", "range", "slew", "host", "boatload", "list", "litany", "act",
                        "tonne", "ton", "team", "delegation", "contingent",
                        "shipment", "package", "set", "pair", "handful", "score", "scores", "million", "millions",
                        "most", "all", "some", "many", "part", "rest", "remainder", "bulk", "half", "much", "each",
                        "several", "few", "one", "two", "three", "more", "none", "string", "spate", "barrage",
                        "volley", "flurry", "raft", "year", "month", "week", "day", "hour", "decade", "tranche",
                        "instalment", "installment", "portion", "slice", "brigade", "squad", "detachment",
                        "consignment", "planeload", "shipload", "truckload", "cargo", "load"})
NO_EVENT_KEY = "dyadscope.no_event"  # doc.user_data: indices of verbs a no-event row matched
UNRULED_KEY = "dyadscope.unruled"  # doc.user_data: indices of a "rule out" that is not done
FUTURE_AUX = frozenset({"will", "would", "'ll", "shall"})
SHOW_OF_FORCE = "150"  # CAMEO: demonstrate military or police power (a weapons test)
JOINT_DRILLS = "062"  # CAMEO: cooperate militarily (drills held together)
GRANT_ASYLUM = "075"  # CAMEO: grant asylum
PHONE_CALL = "041"  # CAMEO: discuss by telephone
FORCE_ROOTS = ("17", "18", "19", "20")  # CAMEO roots of coercion and violence
SCORE = re.compile(r"\d{1,3}[-\u2013]\d{1,3}")  # "66-3", "3\u20131" written as one word: a game's score
SAID_ROOTS = ("02", "10", "11", "12", "13")  # appeals, demands, accusations, rejections and threats: acts of speech
GIVING_ROOTS = ("03", "05", "06", "07", "08")  # promises, support, cooperation, aid and concessions
AID_ROOT = "07"  # the object of giving aid is what is given, never who receives it
DEALING_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})  # talks, deals, cooperation, aid and yielding
TALK_ROOTS = frozenset({"03", "04", "05", "06"})  # promises, talks, support and cooperation: "on" their topic, at a venue
RESPONSE_ROOTS = frozenset({"01", "02", "05", "10", "11", "12"})  # verbs that answer another's act: "condemned the raid by"
VIEW_MODALS = frozenset({"will", "would", "could", "may", "might", "can", "should", "'ll", "wo"})
SEND_PROTECTION = "074"  # CAMEO: provide military protection or peacekeeping
MILITARY_AID = "072"  # CAMEO: provide military aid
LABOUR_STRIKE = "143"  # CAMEO: conduct strike or boycott
WORKING_SECTORS = frozenset({"LAB", "HLH", "EDU", "AGR"})  # whose "striking" is a strike
# A crowd's own blockade is dissent: lifting it eases dissent (082), not a military blockade (0872).
CROWD_SECTORS = WORKING_SECTORS | {"CVL", "OPP"}
EASE_BLOCKADE = "0872"  # CAMEO: ease military blockade
DE_ESCALATE = "087"  # CAMEO: de-escalate military engagement
EASE_DISSENT = "082"  # CAMEO: ease political dissent
MOBILIZE_FORCES = "154"  # CAMEO: mobilize or increase armed forces
ORDER_OUT = "166"  # CAMEO: expel or withdraw (another's forces)
WITHDRAW_FORCES = "0874"  # CAMEO: retreat or surrender militarily
TIME_SPANS = frozenset({"day", "week", "month", "year", "decade", "century"})
RUNS = frozenset({"string", "series", "spate", "wave", "succession"})  # "a string of tornadoes": the tornadoes
OWN_FORCES = frozenset({"troop", "force", "soldier", "military", "contingent"})
WITHDRAWAL = "0874"  # CAMEO: retreat or surrender militarily
REDUCE_RELATIONS = "160"  # CAMEO: reduce relations, not specified below
SIGN_AGREEMENT = "057"  # CAMEO: sign formal agreement
RELEASE = "084"  # CAMEO: return, release (people, property)
CUT_DIPLOMATIC_TIES = "161"  # CAMEO: reduce or break diplomatic relations (recalling envoys)
# Words for a sum of money, whose "in" phrase names what the money is: "$5 million in aid".
SUMS = frozenset({"million", "billion", "trillion", "dollar", "euro", "pound", "yuan", "yen", "rupee", "$"})
# Pronouns by which a speaker names itself in what it says: "Iran said it would...".
SELF_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i"})
# "Iran said its navy would close the strait": the speaker's own forces, named as its.
SELF_POSSESSIVES = frozenset({"its", "his", "her", "their", "our", "my"})
# Modals of an act that hangs on a condition ("would ... if", "could ... unless").
CONDITIONAL_MODALS = frozenset({"will", "would", "'ll", "could", "might", "may", "shall"})
HEDGED_MODALS = frozenset({"could", "might", "may"})
ANNOUNCING_MODALS = FUTURE_AUX | HEDGED_MODALS  # "will", or "may", in the own side's words: a threat
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
RESULT_DEPS = frozenset({"oprd", "acomp", "advcl", "xcomp", "ccomp"})  # how the parser hangs "free" in "set X free"
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "throughout"})
PLACE_OBJECT = "@place"  # a verbs.tsv object that is any named place: "quit southern Lebanon"
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
ACTOR_OBJECT = "@actor"  # ... any named person, group or country, or a personal pronoun: "received Kim", "received him"
ACTOR_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PERSONAL_OBJECTS = frozenset({"him", "her", "them", "us", "me"})
ANY_OBJECT = "*"  # ... any direct object at all: "returned the land" hands something back, "returned home" does not
HOSTILE_ROOTS = frozenset({"13", "14", "15", "16", "17", "18", "19", "20"})
FORCE_ONLY_DOERS = frozenset({"vehicle", "toll", "structure", "fuel", "blast"})  # `inanimate` kinds that are no doer of force alone
# Roots whose event nouns double as quantities: support, trade, aid, demand.
MEASURED_ROOTS = frozenset({"05", "06", "07", "10"})
# Nouns of the occasion an act takes place at: "on the sidelines of the summit", "on the eve of the vote".
OCCASION_NOUNS = frozenset({"sideline", "sidelines", "margin", "margins", "fringe", "fringes", "eve", "occasion"})
PARTICLE_PREPS = frozenset({"out", "away", "off", "back", "down"})  # particles the parser may tag as prepositions
# ... or as adverbs: "called home its envoy"; "could not independently verify" is the reporter's formula
# "stepped aside"; "forcibly repatriated" (an expulsion, not a return)
ADVERB_PARTICLES = PARTICLE_PREPS | {"home", "independently", "aside", "forcibly"}
REFUSING_MODALS = frozenset({"will", "would", "'ll", "shall", "wo"})  # "wo" of "won't"
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})  # "to its border with Belarus": Belarus is aimed at
# Nouns for people sent by someone: "opened the plant to a team from the IAEA" is aimed at the IAEA.
ENVOY_NOUNS = frozenset({"team", "delegation", "mission", "panel", "contingent", "representative", "member"})
# Verbs that lend an event noun its actors: "X held talks", "X launched strikes".
INHERIT_DEPS = frozenset({"xcomp", "conj", "advcl", "ccomp", "pcomp"})


@dataclass
class Candidate:
    """A trigger found in a sentence, before its actors and context are resolved."""

    cameo: str
    rule: str
    trigger: list[Token]
    anchor: Token  # the token whose clause gives status, date and place
    sources: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    specificity: int = 0
    kind: str = "verb"  # verb | noun | model
    fallback_sources: list[Token] = field(default_factory=list)  # tried when no source resolves
    fallback_targets: list[Token] = field(default_factory=list)  # tried when no target resolves
    # A threat announced by a named speaker stands only if the speaker is of the doer's side.
    speakers: list[Token] = field(default_factory=list)
    status: str | None = None  # set when the anchor's own cues would mislead ("did not rule out force")


# What a trigger's own phrase holds besides whom it is aimed at: its doer, a condition,
# a manner, a relative clause.
UNAIMED_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent", "advcl", "advmod", "relcl", "appos",
                          "punct", "mark", "aux", "auxpass", "neg", "poss"})
# The comp column's value for a finite clause ("charged that ...") rather than a "to" complement.
THAT_CLAUSE = frozenset({"that"})
# The plain demand code, which a demand naming the act demanded (1041 "step down") supersedes.
GENERIC_DEMAND = "100"
# Modals with which a clause says what someone is to do ("insisted that Rome must extradite him").
DEMANDING_MODALS = frozenset({"must", "should"})
# Prepositions that can date an act ("on Monday", "in March"), as against naming what it is aimed at.
TIME_PREPS = frozenset({"on", "in", "at", "during", "since", "until", "before", "after"})
# The comp column's value for a finite clause in the bare form a demand takes ("insisted that India hand them over").
BARE_CLAUSE = frozenset({"bare"})
# Words opening an indirect question ("asked whether", "asked if").
QUESTION_MARKS = frozenset({"whether", "if"})
# Prepositions of place, time, cause and source, not of aim.
UNAIMED_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "off", "around",
                           "during", "after", "before", "since", "over", "amid", "despite", "according",
                           "from", "by", "under", "within", "until", "following", "as", "because", "through",
                           "along", "past", "beside", "behind", "beyond"})


def _children(tok: Token, deps: frozenset[str] | set[str]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _prep_objects(tok: Token, prep: str | None, dealing: str = "") -> list[Token]:
    """Objects of a preposition attached to tok ("with X"); any of with/against/to/on when prep is None.
    A deal, a talk or a favour is not aimed "at" anyone: "signed the accord at the White House" names
    the venue; and a talk or a deal is "on" its topic ("talks on a prisoner exchange"). `dealing`
    is the CAMEO root of such an act, if it is one."""
    wanted = {prep} if prep else {"with", "against", "to", "toward", "towards", "into"} | (
        set() if dealing in DEALING_ROOTS else {"at"}) | (set() if dealing in TALK_ROOTS else {"on"})
    found: list[Token] = []
    for child in tok.children:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in wanted:
            # "met on the sidelines of the G20 summit", "lifted the blockade on Wednesday": the
            # occasion or the day, not whom they met or freed
            found.extend(_neighbour_or_sender(c) for c in child.children
                         if c.dep_ == "pobj" and c.lemma_.lower() not in OCCASION_NOUNS
                         and c.ent_type_ not in ("DATE", "TIME"))
            # "voted against letting U.S. troops use its bases": the ones who would be let
            found.extend(s for g in child.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
                         for c in g.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj")
        elif child.dep_ in ("prep", "prt", "advmod") and child.lower_ in PARTICLE_PREPS:
            # "pulled its troops [out [of Georgia]]", "handed the bronzes [back [to Nigeria]]"
            found.extend(_prep_objects(child, prep, dealing))
    return found


def _to_a_border(tok: Token, obj: Token | None) -> bool:
    """True when forces are sent to a border ("to its border with Congo", "toward the frontier")."""
    return any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "toward", "towards") and any(
        p.dep_ == "pobj" and p.lemma_.lower() in BORDER_NOUNS for p in c.children)
        for h in (tok, obj) if h is not None for c in h.children)


def _aimed_at(tok: Token) -> list[Token]:
    """Whom a show of force names as aimed at: the neighbour of a border ("along its border with
    Pakistan", "near the frontier with Chad"), or the object of "aimed at" ("a display of strength
    aimed squarely at Washington"). The phrase may hang on another ("on high alert along the border")."""
    words = list(tok.subtree)
    borders = [b for b in words if b.dep_ == "pobj" and b.lemma_.lower() in BORDER_NOUNS]
    neighbours = [n for b in borders for w in b.children if w.dep_ == "prep" and w.lower_ == "with"
                  for n in _children(w, {"pobj"})]
    # "along the Cambodian border": the neighbour named before the word
    neighbours += [m for b in borders for m in b.children if m.dep_ in ("amod", "compound")
                   and m.ent_type_ in ("NORP", "GPE")]
    return neighbours + [n for a in words if a.lemma_.lower() in ("aim", "direct") and a.tag_ == "VBN"
                         for p in a.children if p.dep_ == "prep" and p.lower_ == "at" for n in _children(p, {"pobj"})]


def _leaves_a_body(tok: Token, lexicon: Lexicon) -> bool:
    """True when what is left ("out of", "from") is an international body: "pull the country out of
    the World Trade Organization", "withdrew from the African Union", or a word for one (cue family
    `body`): "withdrew from the regional bloc", "quit the court"."""
    preps = [c for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ in ("from", "out", "of")]
    bodies = [p for c in preps for q in (c, *_children(c, {"prep"})) for p in _children(q, {"pobj"})]
    if any(lexicon.cue("body", w.lemma_.lower()) is not None for b in bodies
           for w in (b, *_children(b, {"compound", "appos"}))):
        return True
    return any(e.kind == "igo" for b in bodies for ent in b.doc.ents if ent.start <= b.i < ent.end
               for e in lexicon.actors.get(ent.text.removeprefix("the ").removeprefix("The "), ()))


def _penalty_with(tok: Token, lexicon: Lexicon) -> str | None:
    """The code of a penalty the verb deals "with" ("hit Iran with sanctions", "targeted Minsk with
    tariffs"): an event noun of CAMEO 16 or 17 in the verb's "with" phrase."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            for noun in _children(prep, {"pobj"}):
                codes = [p.cameo for p in lexicon.nouns.get(noun.lemma_.lower(), ()) if p.cameo[:2] in ("16", "17")]
                if codes:
                    return codes[0]
    return None


def _neighbour_or_sender(tok: Token) -> Token:
    """The neighbour a border is shared with ("its border with Belarus"), the sender of a
    team ("a team from the IAEA"), else the word itself."""
    lemma = tok.lemma_.lower()
    if lemma in BORDER_NOUNS or lemma in ENVOY_NOUNS:
        preps = ("with", "of") if lemma in BORDER_NOUNS else ("from", "of")
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                return next((c for c in prep.children if c.dep_ == "pobj"), tok)
    return tok


def _subject(tok: Token, lexicon: Lexicon | None = None) -> list[Token]:
    """The subject of a verb, borrowed from the governing verb for xcomp/conj/relative clauses
    (with the lexicon, a participle after a speaker's aside finds the reported clause's)."""
    seen = 0
    while seen < 6:
        seen += 1
        # "Wildfires raging across Attica have scorched ...": the parser may make the noun and its
        # participle a clausal subject; the noun is the doer.
        subjects = [next(iter(_children(s, {"nsubj"})), s) if s.dep_ == "csubj" and s.tag_ == "VBG" else s
                    for s in _children(tok, SUBJECT_DEPS)]
        if subjects and tok.dep_ == "relcl" and subjects[0].lower_ in RELATIVE_PRONOUNS \
                and tok.head.pos_ in ("NOUN", "PROPN"):
            return [tok.head]  # "Mandela, who branded the hanging a murder": Mandela branded it
        if subjects:
            return subjects
        # "Fayyad, warning that salaries could not be paid, demanded ...": the parser may give the
        # sentence's subject to the participle set off before the verb.
        # ("Berlusconi, keen to secure Libyan help, received Gaddafi": or an adjective set off so)
        subjects = [s for c in tok.children if c.dep_ == "advcl" and c.i < tok.i and (
                        c.tag_ == "VBG" or c.pos_ == "ADJ" and not _children(c, {"mark"}))
                    for s in _children(c, {"nsubj"}) if s.i < c.i]
        if subjects and not _children(tok, {"nsubjpass", "expl"}):
            return subjects
        if seen > 1:
            # "Kim is set to visit": the governor's passive subject is the actor of its complement.
            subjects = _children(tok, {"nsubjpass"})
            if subjects:
                return subjects
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.i != tok.head.i:
            governor = tok.head.head
            accused = _children(governor, {"dobj"}) if tok.head.lower_ in ("of", "for") else []
            if accused and governor.pos_ == "VERB":
                return accused  # "accused Ukraine of shelling the plant": Ukraine is said to have shelled
            if tok.head.lower_ == "of" and governor.dep_ == "dobj" and governor.head.pos_ == "VERB" \
                    and (governor.pos_ == "PROPN" or governor.tag_ == "NNS" or governor.ent_type_ in ACTOR_ENTITIES):
                return [governor]  # "accused soldiers of raping women": the parser may hang "of" on the accused
            if governor.pos_ == "NOUN" and tok.head.lower_ == "of":
                owners = _children(governor, {"poss"})
                if owners:
                    return owners  # "announced its intention of withdrawing": its owner withdraws
                if governor.dep_ == "dobj" and governor.head.lemma_ == "have":
                    tok = governor.head  # "Israel has no intention of freeing them": Israel would free them
                    continue
            tok = governor  # "Russia commits to supporting X": borrow the subject of "commits"
            continue
        named = [c for c in tok.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i < tok.i
                 and c.ent_type_ not in ("DATE", "TIME")]
        if named and not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
            return named[:1]  # "Riyadh extended aid to Yemen": the parser may hang a bare subject as an adverb
        agents = [c for c in tok.children if c.dep_ == "agent"]
        if agents and any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
            return [p for a in agents for p in a.children if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")]
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        if tok.dep_ == "acl" and infinitive and (owners := _children(tok.head, {"poss"})):
            return owners  # "condemned Tbilisi's decision to halt talks": Tbilisi halts
        if tok.dep_ == "acl" and infinitive and tok.head.dep_ in ("dobj", "attr") and tok.head.head.i != tok.head.i:
            tok = tok.head.head  # "Putin has no plans to meet X": the planner meets
            continue
        if tok.dep_ == "relcl" and _children(tok, {"nsubjpass"}):
            return []  # "the rebels, who were blamed for the kidnappings": they underwent it
        if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return [tok.head]
        if tok.dep_ == "xcomp" and infinitive and tok.head.pos_ == "VERB":
            controllers = [c for c in tok.head.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")] or [
                c for p in tok.head.children if p.dep_ == "prep" and p.lower_ in ("on", "upon")
                for c in p.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")
                and c.ent_type_ not in ("DATE", "TIME")]  # "called on Israel to", not "declined on Tuesday to"
            if controllers:
                return controllers  # "the EU urged Iran to free the sailors": Iran is to free them
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > tok.head.i:
            # "Gunmen stormed a hotel, police said, killing nine guests": the
            # participle goes with the reported clause before the speech verb, not with the speaker.
            reported = [c for c in tok.head.children if c.dep_ in ("ccomp", "parataxis") and c.i < tok.head.i]
            if not reported and tok.head.dep_ == "parataxis" and tok.head.head.i < tok.head.i \
                    and lexicon is not None and not _countries(_children(tok.head, {"nsubj"}), lexicon) \
                    & _countries(_children(tok.head.head, {"nsubj"}), lexicon):
                # (or the speech verb hangs on the reported clause as its aside; a speaker of the
                # doer's own country, "Britain will ..., the foreign secretary said", speaks for it)
                reported = [tok.head.head]
            # But a quote in the first person is the speaker's own: "'We will never accept it,'
            # Abbas said, rejecting the plan" -- Abbas rejects it; and so is one with no doer:
            # "Press freedom must be restored, the minister said, urging Baku to ..."
            doers = _children(reported[0], {"nsubj"}) if reported else []
            if doers and not all(s.lower_ in ("i", "we") for s in doers):
                tok = reported[0]
                continue
        if tok.dep_ in ("xcomp", "conj", "advcl") and tok.head.i != tok.i:
            tok = tok.head
            continue
        return []
    return []


def _countries(phrases: list[Token], lexicon: Lexicon) -> set[str]:
    """The countries the names in some phrases stand for ("Kuwait's foreign minister": KWT;
    "Foreign Secretary Jack Straw": GBR, while in office or after)."""
    found = set()
    for phrase in phrases:
        words = list(phrase.subtree)
        for start in range(len(words)):
            for end in range(start + 1, min(start + 4, len(words)) + 1):
                text = phrase.doc[words[start].i:words[end - 1].i + 1].text
                found |= {e.country for e in lexicon.actors.get(text, ()) if e.country}
    return found


def _passive(tok: Token, lexicon: Lexicon | None = None) -> tuple[list[Token], list[Token]]:
    """For "Y was attacked by X": (agents X, patients Y); empty lists when not passive."""
    patients = _children(tok, {"nsubjpass"})
    if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN"):
        patients = [tok.head if p.lower_ in RELATIVE_PRONOUNS else p for p in patients]  # "..., who were expelled"
    if not patients and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN") \
            and not _children(tok, SUBJECT_DEPS) and lexicon is not None and lexicon.cue("detention", tok.lemma_.lower()):
        patients = [tok.head]  # "two Americans detained in Iran": a reduced passive, which the noun underwent
    # not "will be withdrawn by September": a deadline, no doer
    agents = [p for a in tok.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
              and p.ent_type_ not in ("DATE", "TIME")]
    if patients and not agents and _children(tok, {"auxpass"}):
        # "were handed over to French authorities by Algeria": the parser may label the "by" phrase a preposition
        agents = [p for a in tok.children if a.dep_ == "prep" and a.lower_ == "by" and a.i > tok.i
                  for p in a.children if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")]
    # "were looted and burned by soldiers": the conjoined participles share one subject and one "by".
    if not patients and tok.dep_ == "conj" and tok.tag_ == "VBN" and not _children(tok, SUBJECT_DEPS | {"auxpass"}):
        patients = _children(tok.head, {"nsubjpass"})
    elif not patients and tok.dep_ == "conj" and tok.tag_ == "VBN" and _children(tok, {"auxpass"}) \
            and not _children(tok, SUBJECT_DEPS) and tok.head.tag_ == "VBN":
        # "fishermen detained for fishing were freed by ...": the parser reads the reduced
        # relative as the main verb and the real one as its conjunct; its subject is the one freed.
        patients = _children(tok.head, {"nsubj"})
    if patients and not agents:
        agents = [p for c in tok.children if c.dep_ == "conj" and c.tag_ == "VBN"
                  # not "was recognised ... and has been held by Z": a verb group of its own
                  and not _children(c, SUBJECT_DEPS | {"nsubjpass", "auxpass", "aux"})
                  for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    if patients and not agents:
        # "he was promised aid by Qatar's emir", "was declared persona non grata by Ottawa",
        # "was recognised as a state by Ghana", "was granted to Morales by Mexico": the parser
        # hangs the "by" phrase on the object, or on the object of another phrase of the verb.
        held = _children(tok, {"dobj", "oprd"}) + [o for c in tok.children if c.dep_ in ("prep", "dative")
                                                   and c.lower_ != "by" for o in _children(c, {"pobj"})]
        agents = [p for o in held for a in o.children if a.dep_ == "prep" and a.lower_ == "by"
                  for p in a.children if p.dep_ == "pobj"]
    if patients and not agents:
        # "doctors were urged to return to work by the minister": or on the active "to" clause.
        agents = [p for x in tok.children if x.dep_ == "xcomp" and not _children(x, {"auxpass"})
                  for a in x.children if a.dep_ == "prep" and a.lower_ == "by"
                  for p in a.children if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")]
    if not patients and agents and tok.dep_ in ("pcomp", "advcl") and any(c.dep_ == "auxpass" for c in tok.children):
        # "a teacher died after being beaten by police": the one who died is the one beaten.
        governor = tok.head.head if tok.dep_ == "pcomp" else tok.head
        patients = _children(governor, {"nsubjpass"}) or _subject(governor)
    if not patients and tok.tag_ == "VBN" and not _children(tok, {"aux", "auxpass"}) and any(
            c.dep_ == "conj" and c.tag_ == "VBN" and _children(c, {"auxpass"}) for c in tok.children):
        patients = _children(tok, {"nsubj"})  # the reduced relative itself: the fishermen were detained
    if not patients:
        return [], []
    return agents, patients


def _match_verb(tok: Token, patterns: list[VerbPattern], lexicon: Lexicon | None = None,
                ) -> tuple[VerbPattern, Token | None, Token | None] | None:
    """The most specific pattern whose constraints the verb satisfies, with its object and complement."""
    best: tuple[VerbPattern, Token | None, Token | None] | None = None
    objects = _children(tok, OBJECT_DEPS) or _children(tok, {"nsubjpass"})
    if not objects and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN") \
            and (lexicon is None or tok.head.lemma_.lower() not in lexicon.nouns):
        # "two diplomats expelled by Poland", "doctors sent by Havana": the noun underwent it (but
        # "an attack blamed on Boko Haram" is an event of its own, read as a noun)
        objects = [tok.head, *(c for c in tok.head.conjuncts if c.i != tok.head.i)]
    if lexicon is not None:
        # "took three engineers hostage": the parser may read the role as a clause (or a verb) of its own.
        objects = objects + [c for c in tok.children if c.dep_ in ("ccomp", "xcomp")
                             and lexicon.cue("role_noun", c.lemma_.lower())]
    if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i < tok.i:
        # "the grants that Tokyo released", "the sanctions Washington imposed": the noun the
        # clause describes is what its verb acts on (but not "the day rebels attacked").
        objects = [tok.head if o.lower_ in RELATIVE_PRONOUNS else o for o in objects]
        if not objects and _children(tok, {"nsubj"}) and tok.head.ent_type_ not in ("DATE", "TIME") \
                and not any(c.dep_ == "advmod" and c.tag_ == "WRB" for c in tok.children):
            objects = [tok.head]
    # "gave Beijing the cold shoulder", "showed the envoy the door": the second object may be
    # parsed as an apposition of the first.
    objects += [a for o in objects if o.dep_ == "dative" for a in o.children if a.dep_ == "appos" and a.i > o.i]
    # "handed over Khalid Sheikh Mohammed, the alleged mastermind, to ...", "seized the tanker Stena
    # Impero": a name's apposition, or the common noun before it, says what it is.
    objects += [a for o in objects if o.dep_ == "dobj" and o.pos_ == "PROPN" for a in o.children
                if a.dep_ in ("appos", "compound") and a.pos_ == "NOUN"]
    # "expelled dozens of diplomats": the quantity is not the object's kind, its "of" phrase is.
    objects += [w for o in objects if o.lemma_.lower() in QUANTITIES
                for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj" for w in (p, *_later_conjuncts(p))]
    # "paused $700 million in assistance", "froze $2 billion in assets": a sum's "in" phrase says what it is.
    objects += [p for o in objects if o.lemma_.lower() in SUMS or any(c.tag_ == "$" for c in o.children)
                for c in o.children if c.dep_ == "prep" and c.lower_ == "in"
                for p in c.children if p.dep_ == "pobj"]
    # "pulled out of Gaza": the parser often reads the particle as a preposition heading "of".
    particle_preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in PARTICLE_PREPS]
    # "walked away from the talks": or as an adverb heading the phrase.
    particle_preps += [c for c in tok.children if c.dep_ == "advmod" and c.lower_ in PARTICLE_PREPS]
    if not objects:
        # "pulled out of the talks", "withdrew from the treaty": what is left is the object a pattern names.
        objects = [p for h in (tok, *particle_preps) for c in h.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                   for p in c.children if p.dep_ == "pobj"]
        # "stood down its troops", "walked off the job": the particle read as a preposition takes the object as its own.
        objects = objects or [p for c in particle_preps for p in c.children if p.dep_ == "pobj"]
        # "spoke by telephone", "talked over a video link": the means of a talk (cue family `medium`);
        # "took to the streets": where a crowd goes (cue family `arena`); "went on strike", "went to war":
        # what a body sets out on (cue family `undertaking`).
        objects += [p for c in tok.children if c.dep_ in ("prep", "agent") and lexicon is not None
                    for family, preps in PHRASE_OBJECTS if c.lower_ in preps
                    for p in c.children if p.dep_ == "pobj" and lexicon.cue(family, p.lemma_.lower()) is not None]
    objects += [c for c in _children(tok, {"intj"}) if c.i > tok.i]  # "said no to the plan", not "No, he said"
    particles = {c.lower_ for c in tok.children if c.dep_ == "prt"} | {c.lower_ for c in particle_preps}
    # "were led away by police", "called home its envoy": or as an adverb.
    particles |= {c.lower_ for c in tok.children if c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES}
    # "set the hostages free", "set free 20 hostages": a resulting adjective works as a particle.
    particles |= {c.lower_ for c in tok.children if c.pos_ == "ADJ" and c.dep_ in RESULT_DEPS}
    # "held Boko Haram responsible": an adjective after the object is its complement, however parsed.
    particles |= {a.lower_ for o in tok.children if o.dep_ == "dobj"
                  for a in o.children if a.dep_ == "amod" and a.pos_ == "ADJ" and a.i > o.i}
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if after is not None and after.pos_ == "ADJ" and after.dep_ in ("amod", "advmod"):
        particles.add(after.lower_)  # "threw open its borders"
    # "dialled down its drills": a preposition with no object of its own is a particle.
    particles |= {c.lower_ for c in tok.children if c.dep_ == "prep" and not _children(c, {"pobj", "pcomp"})}
    # A headline verb tagged a noun takes its "to" clause as a noun would: "pledge to settle" (acl).
    comps = [c for c in tok.children if (c.dep_ == "xcomp" or c.dep_ == "acl" and tok.pos_ == "NOUN" and tok.dep_ == "ROOT")
             and c.pos_ in ("VERB", "AUX")]
    # "let the hostages go": a bare infinitive with its own subject, parsed as a clausal complement.
    comps += [c for c in tok.children if c.dep_ == "ccomp" and c.tag_ == "VB"
              and not any(m.dep_ in ("mark", "aux") for m in c.children)]
    # "allowed Egypt to deliver fuel": the parser may give the "to" clause its own subject.
    comps += [c for c in tok.children if c.dep_ == "ccomp" and c.tag_ == "VB" and c.i > tok.i
              and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children)
              and any(n.dep_ == "nsubj" and n.i > tok.i for n in c.children)
              and not any(m.dep_ == "mark" for m in c.children)]
    # "called on the leaders on Friday to end the war": with a phrase between, the parser can
    # hang the "to" complement as a purpose clause.
    comps += [c for c in tok.children if c.dep_ == "advcl" and c.tag_ == "VB" and c.i > tok.i
              and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
              and any(d.dep_ in ("dobj", "prep") and d.i < c.i for d in tok.children)]
    # "warned Iranians not to take to the streets": the act warned against is theirs, not a threat.
    if lexicon is not None:
        comps = [c for c in comps if not _warned_off(c, lexicon)]
    # "called for Israel to withdraw" asks as "called on Israel to withdraw" does.
    asked = _for_clause(tok)
    comps += [asked] if asked is not None else []
    # "called off its drills": a particle that makes another verb bars the bare verb's rows.
    phrasal = lexicon is not None and any(lexicon.cue("phrasal", f"{tok.lemma_.lower()} {p}") for p in particles)
    # "sent in troops", "took in refugees": the parser may read the particle as a preposition
    # heading the object; a row with the particle "in" and that object still reads it as one.
    read_in = [p for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ == "in" and c.i == tok.i + 1
               for p in _children(c, {"pobj"})]
    for pattern in patterns:
        held = objects
        if pattern.particle == "in" and pattern.objects and read_in:
            held = read_in
        elif pattern.particle and pattern.particle not in particles or phrasal and not pattern.particle:
            continue
        obj = None
        if pattern.objects:
            obj = next((o for o in held if _row_object(tok, o, lexicon) and o.lemma_.lower() in pattern.objects
                        or PLACE_OBJECT in pattern.objects and _names_place(o, lexicon)
                        or ACTOR_OBJECT in pattern.objects
                        and (o.ent_type_ in ACTOR_ENTITIES or o.lower_ in PERSONAL_OBJECTS)
                        or ANY_OBJECT in pattern.objects and (o.dep_ in ("dobj", "nsubjpass")
                                                         or tok.dep_ == "relcl" and o.i == tok.head.i)), None)
            if obj is not None and (_names_other_act(tok, obj, pattern.cameo, lexicon) or _named_as(tok, lexicon)):
                continue
            if obj is None:
                continue
        comp = None
        if pattern.comps in (THAT_CLAUSE, BARE_CLAUSE):
            # "charged that Rwandan troops had crossed": a finite clause, reported as the act's content.
            comp = next((c for c in tok.children if c.dep_ == "ccomp" and c not in comps
                         and (pattern.comps == THAT_CLAUSE or _in_bare_form(c))), None)
            if comp is None:
                continue
        elif pattern.comps:
            comp = next((c for c in comps if "*" in pattern.comps or c.lemma_.lower() in pattern.comps), None)
            if comp is None:
                continue
        if pattern.prep:
            # "rushed masks, ventilators and doctors to Serbia": the phrase may hang on the last conjunct.
            # A verb of talk about a topic finds its phrase on the topic too: "discussed the crisis with Y".
            topic = _children(tok, {"dobj"}) if lexicon is not None and lexicon.cue("topic", tok.lemma_.lower()) else []
            holders = [tok, *particle_preps, *(_object_phrase(obj) if obj is not None else topic),
                       *([comp] if comp is not None else [])]
            holders += _object_appositions(tok)
            addressed = asked is not None and (comp is asked or pattern.prep == "for" and not pattern.comps)
            if not addressed and not any(c.dep_ in ("prep", "agent", "dative") and c.lower_ == pattern.prep
                                         and not _absolute(c) and not _a_date(c) for h in holders for c in h.children):
                continue
        # A complement named ("told to leave") is more specific than any complement ("told to act").
        if best is None or _rank(pattern) > _rank(best[0]):
            best = (pattern, obj, comp)
    return best


def _row_object(verb: Token, obj: Token, lexicon: Lexicon | None) -> bool:
    """ "was taken hostage", not "the prisoner was taken to hospital": a role a row's patient is
    put in names no patient as the passive subject of the verbs its cue's value names."""
    cue = lexicon.cue("role_noun", obj.lemma_.lower()) if lexicon is not None and obj.dep_ == "nsubjpass" else None
    return cue is None or cue.value != verb.lemma_.lower()


def _a_date(prep: Token) -> bool:
    """ "extended on Monday its sanctions against Russia": a phrase naming only a time is not
    the phrase a row's preposition asks for."""
    objects = _children(prep, {"pobj"})  # (not "bowed to three days of protests": a span, what it bowed to)
    return prep.lower_ in TIME_PREPS and bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def _warned_off(comp: Token, lexicon: Lexicon) -> bool:
    """A "not to" complement of a verb that warns against ("warned Y not to march"): an act
    the speaker warns of, not one anyone has done or the speaker threatens to do."""
    return comp.dep_ == "xcomp" and bool(_children(comp, {"neg"})) \
        and lexicon.cue("warning", comp.head.lemma_.lower()) is not None


def _names_place(tok: Token, lexicon: Lexicon | None) -> bool:
    """A named place, by the parser's entity or by the gazetteer ("left Mali": the small model
    may read a country as a person)."""
    return tok.ent_type_ in PLACE_ENTITIES or lexicon is not None and tok.pos_ == "PROPN" and any(
        e.kind in ("country", "capital") for e in lexicon.actors.get(tok.text, ()))


def _verb_read_as_noun(tok: Token, lexicon: Lexicon) -> bool:
    """A headline's verb the parser tagged a noun, with an actor of its own as subject: "Ethiopia
    and Eritrea pledge to settle the dispute" (not "the stadium hosts a final": a description)."""
    return tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and any(
        s.pos_ == "PROPN" or _names_actor(s, lexicon) for s in _children(tok, {"nsubj"}))


def _absolute(prep: Token) -> bool:
    """ "with Maduro vowing to ...": a participle clause of its own after "with", not a partner
    (but "lashed out at what he called ..." is aimed at what the clause names)."""
    set_off = prep.i == prep.sent.start or prep.doc[prep.i - 1].is_punct  # ", with Maduro vowing"
    return prep.lower_ == "with" and set_off and not _children(prep, {"pobj"}) and any(
        c.tag_ in ("VBG", "VBN") and _children(c, {"nsubj"}) for c in _children(prep, {"pcomp"}))


def _names_other_act(verb: Token, obj: Token, cameo: str, lexicon: Lexicon | None) -> bool:
    """ "launched a military action": a light verb's object word, no event noun of its own, ends a
    longer event noun of another kind, which names the act; the row written for the bare word
    ("launched legal action") does not apply. A bare word with a row of its own keeps the verb's
    row unless the longer noun is listed as another sense of it (cue family other_sense).
    A promise keeps its own code."""
    if lexicon is None or cameo.startswith("03") or lexicon.cue("light_verb", verb.lemma_.lower()) is None:
        return False
    rows = lexicon.nouns.get(obj.lemma_.lower(), [])
    longer = _match_noun(obj, rows)
    if longer is None or len(longer.lemmas) < 2 or longer.cameo == cameo:
        return False
    if longer.cameo == NO_EVENT:
        return True  # "held a campaign rally": no act at all
    if lexicon.cue("other_sense", " ".join(longer.lemmas)) is not None:
        # "launched a hunger strike": no kind of the strike that "launched strikes" means;
        # "began a hunger strike": a kind of strike with a code of its own (142, not 143).
        return True
    if longer.cameo[:2] == cameo[:2]:
        return False
    # "joined a military alliance": the bare word is an act of its own, the longer one a kind of it
    return not any(len(row.lemmas) == 1 for row in rows)


def _named_as(verb: Token, lexicon: Lexicon | None) -> bool:
    """ "calling the strike a tragic mistake": a naming verb (cue family `naming`) with a noun
    complement describes its object; it does not call a strike."""
    return lexicon is not None and lexicon.cue("naming", verb.lemma_.lower()) is not None \
        and any(c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


def _concerns(verb: Token, obj: Token | None, words: Mapping[str, Cue]) -> bool:
    """Whether an act is about one of a family's words, named as its object or in the "on",
    "to" or "under" phrase of the object or verb: "the ban on arms sales", "export restrictions"
    (`trade`), "blocked access to Twitter" (`online`), "opened its border to thousands of refugees"
    (`refuge`), "placed Gaza under siege" (`siege`)."""
    held = [obj] if obj is not None else []
    held += [p for h in (*held, verb) for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "to", "under")
             for p in c.children if p.dep_ == "pobj"]
    held += [p for t in held if t.lemma_.lower() in QUANTITIES for c in t.children
             if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    # "Venezuela's oil, gas and gold sectors": the parser may hang the goods on as an nmod
    return any(t.lemma_.lower() in words or any(c.dep_ in ("compound", "nmod") and c.lemma_.lower() in words
                                                for c in t.children)
               for t in held)


def _silences(verb: Token, obj: Token | None, lexicon: Lexicon) -> bool:
    """Whether the act falls on a platform or news outlet as its object or the object's "of"
    phrase ("suspended Radio France Internationale", "lifted its suspension of Twitter"); an
    outlet may be one groups.tsv names ("suspended the BBC")."""
    held = [obj] if obj is not None else _children(verb, {"dobj"})
    held += [p for h in held for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for p in _children(c, {"pobj"})]
    return any(_concerns(verb, t, lexicon.cues.get("online", {}))
               or any(e.sector == "MED" for ent in t.doc.ents if ent.start <= t.i < ent.end
                      for e in lexicon.actors.get(ent.text.removeprefix("the "), ()))
               for t in held)


def _arrival(subjects: list[Token], arrivals: Mapping[str, Cue]) -> Cue | None:
    """What travels when troops, warships or goods "arrive" (cue family `arrival`); a
    shipment is what it carries ("a shipment of vaccines")."""
    for subject in [s for head in subjects for s in (head, *head.conjuncts)]:  # "police and soldiers"
        carried = [p for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj"]
        for word in (*carried, subject):
            if (cue := arrivals.get(word.lemma_.lower())) is not None:
                return cue
    return None


def _for_clause(tok: Token) -> Token | None:
    """The verb of a "for X to do" clause on tok: "called for Israel to withdraw"."""
    return next((c for c in tok.children if c.dep_ == "advcl" and _children(c, {"nsubj"})
                 and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _asks_a_question(tok: Token) -> bool:
    """ "asked whether Ankara would reopen the border", "Asked about the talks, he said":
    a question put, not an appeal made."""
    if any(m.dep_ == "mark" and m.lower_ in QUESTION_MARKS for c in tok.children if c.dep_ == "ccomp"
           for m in c.children):
        return True
    # the interview formula: a sentence opened by a subjectless participle
    return tok.tag_ == "VBN" and tok.dep_ == "advcl" and tok.i == tok.sent.start \
        and not _children(tok, SUBJECT_DEPS | {"agent", "xcomp"})


def _rank(pattern: VerbPattern) -> tuple[int, bool, bool, bool]:
    """How specific a pattern is: its constraints, then a named complement or object over "any".

    Between rows as specific, a row that names no act wins: it is written as the exception
    ("fired 300 workers at its plant" is no "fired at").
    """
    return pattern.specificity, "*" not in pattern.comps, ANY_OBJECT not in pattern.objects, pattern.cameo == NO_EVENT


def verb_candidates(sent: Span, lexicon: Lexicon) -> list[Candidate]:
    """Candidates from verbs whose lemma has patterns in verbs.tsv."""
    found: list[Candidate] = []
    for tok in sent:
        if (tok.pos_ != "VERB" and not _verb_read_as_noun(tok, lexicon)) or tok.dep_ == "amod":
            continue  # "the disputed border": a participle used as an adjective names no act
        patterns = lexicon.verbs.get(tok.lemma_.lower())
        if not patterns:
            continue
        match = _match_verb(tok, patterns, lexicon)
        if match is None:
            continue
        pattern, obj, comp = match
        if pattern.cameo == NO_EVENT:
            # "launched a satellite": a form the lexicon names as no act; the model is not to read one into it
            sent.doc.user_data.setdefault(NO_EVENT_KEY, set()).add(tok.i)
            continue
        if pattern.cameo.startswith("04") and _children(tok, {"oprd"}):
            continue  # "which Argentina calls the Malvinas": naming, not a call
        if obj is None and comp is None and tok.dep_ == "acl" and tok.tag_ == "VBN" \
                and tok.head.lemma_.lower() in lexicon.nouns:
            continue  # "protests called by the opposition", "sanctions imposed by the EU": the noun is the act
        # (the parser may read "remained" as the participle's passive auxiliary)
        if tok.tag_ == "VBN" and any(lexicon.cue("lasting", h.lemma_.lower()) is not None for h in
                                     [*_children(tok, {"auxpass"}), *([tok.head] if tok.dep_ in ("acomp", "oprd", "xcomp") else [])]):
            if pattern.cameo[:2] in ("18", "19", "20"):
                sent.doc.user_data.setdefault(NO_EVENT_KEY, set()).add(tok.i)  # nor a fight for the model to read
            continue  # "millions remained displaced": a state that lasts, not an act of the day
        if tok.dep_ == "relcl" and tok.head.lower_ in ANYONE and tok.tag_ not in ("VBD", "VBN"):
            continue  # "vowed to crush anyone who takes to the streets": whoever might, not an act
        if tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ == "against" \
                and lexicon.cue("warning", tok.head.head.lemma_.lower()) is not None:
            continue  # "the army warned against storming parliament": an act warned of, by no one yet
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "against":
            continue  # "voted against allowing US troops in", "decided against striking": opposed, not done
        if _warned_off(tok, lexicon):
            continue  # "warned the rebels not to attack": nor is an act the addressee is told not to do
        warned = [s for c in _children(tok, {"ccomp"}) for s in _children(c, {"nsubj"})]
        if pattern.cameo.startswith("13") and warned and all(
                _inanimate(w, lexicon.cues.get("inanimate", {}), pattern.cameo) for w in warned):
            # "warned that the cyclone would make landfall", "that inflation could climb": a forecast
            sent.doc.user_data.setdefault(NO_EVENT_KEY, set()).add(tok.i)
            continue
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and (held := lexicon.cue("intent", tok.head.lemma_.lower())) \
                is not None and held.value == "decision":
            continue  # "scrapped an accord allowing foreign jets at its bases": what it says, not a new act
        if pattern.cameo[:2] in ("04", "05", "08", "17", "18", "19", "20") and at_play(sent, lexicon):
            # "Brazil crushed Bolivia 5-0 in a qualifier": a match, not an assault; "the squad arrived
            # in Lahore for the Test series": a tour, not a visit; "withdrew its striker from the
            # squad", "conceded a late goal": no ground given up
            continue
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and pattern.cameo[:2] == "05" and pattern.cameo != SIGN_AGREEMENT \
                and not _names_actor(tok.head, lexicon):
            continue  # "a plan endorsed by the EU", "the bid backed by Turkey": who stands behind it, no news
        strikers = _on_strike(tok, lexicon)
        if strikers:
            pattern = replace(pattern, cameo=LABOUR_STRIKE)  # "striking dock workers": a strike, not a blow
        elif pattern.cameo[:2] in ("18", "19") and obj is not None and obj.lemma_.lower() == "strike" \
                and _workers(_subject(tok), lexicon):
            pattern = replace(pattern, cameo=LABOUR_STRIKE)  # "public sector workers launched a strike"
        if pattern.cameo[:2] in ("18", "19", "20") and _weapons_test(tok, lexicon.cues.get("weapons_test", {})):
            # "test-fired two missiles into the sea": a show of force; the verb's own 150 row when it has one
            shows = _match_verb(tok, [p for p in patterns if p.cameo == SHOW_OF_FORCE], lexicon)
            pattern, obj, comp = shows if shows is not None else (replace(pattern, cameo=SHOW_OF_FORCE), obj, comp)
        if pattern.cameo == SHOW_OF_FORCE and (obj is not None and _held_jointly(obj, lexicon) or _held_by_two(tok)):
            pattern = replace(pattern, cameo=JOINT_DRILLS)  # "began joint exercises": done together, at no one
        if pattern.cameo == WITHDRAWAL and obj is None and (withdrawn := _withdrawn_as(tok, lexicon)) is not None:
            pattern = replace(pattern, cameo=withdrawn)  # "UN inspectors pulled out of Iraq": as "withdrew its inspectors"
        if pattern.cameo == WITHDRAWAL and _leaves_a_body(tok, lexicon):
            pattern = replace(pattern, cameo=REDUCE_RELATIONS)  # "pulled out of the WTO": a body left, not ground given up
        if pattern.cameo[:2] in ("18", "19", "20") and (penalty := _penalty_with(tok, lexicon)) is not None:
            pattern = replace(pattern, cameo=penalty)  # "hit Australian wine with tariffs": a penalty, not force
        if pattern.cameo == ORDER_OUT and obj is not None and obj.lemma_.lower() in OWN_FORCES and _speakers_own(obj):
            # "ordered its troops to leave" is its own retreat; "ordered its staff out" still withdraws them (166)
            pattern = replace(pattern, cameo=WITHDRAW_FORCES)
        if (pattern.cameo == EASE_BLOCKADE or pattern.cameo == DE_ESCALATE and obj is not None
                and obj.lemma_.lower() == "strike") and _workers(_subject(tok), lexicon, CROWD_SECTORS):
            # "farmers began lifting their road blockades", "unions suspended their strike": dissent eased
            pattern = replace(pattern, cameo=EASE_DISSENT)
        if pattern.cameo in (SEND_PROTECTION, MILITARY_AID) and _to_a_border(tok, obj):
            # "sent two battalions", "sent tanks to its border": posture, not protection or arms given
            pattern = replace(pattern, cameo=MOBILIZE_FORCES)
        if pattern.cameo.startswith("02") and _asks_a_question(tok):
            continue
        if pattern.cameo.startswith("05") and _armed_with(tok, lexicon):
            continue  # "troops backed by tanks": the participle names their arms
        trigger = [tok, *[c for c in tok.children if c.dep_ == "prt"]]
        # "received Kim", "returned Y's land": the object is whom (or what) the act is aimed at, not its kind
        whom = ACTOR_OBJECT in pattern.objects or ANY_OBJECT in pattern.objects
        if obj is not None and not whom:
            trigger.append(obj)
        agents, patients = _passive(tok, lexicon)
        if patients and not agents and pattern.cameo[:2] in ("18", "19", "20"):
            agents = _other_side_of_the_fight(tok, lexicon)
        by = [p for a in tok.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        if any(_inanimate(p, lexicon.cues.get("inanimate", {}), pattern.cameo) for p in by):
            continue  # "families hit by the floods": no one acted
        if (pattern.cameo[:2] in ("18", "19", "20") or pattern.cameo.startswith("171")) and not by and _in_a_mishap(
                tok, lexicon.cues.get("inanimate", {}), lexicon.cues.get("cause", {}), lexicon.cues.get("weapon", {})):
            # the verb the toll hangs on ("exploded, killing nine") is no act for the model either
            told = _first_conjunct(tok).head if tok.tag_ == "VBG" else tok
            sent.doc.user_data.setdefault(NO_EVENT_KEY, set()).update({tok.i, told.i})
            continue  # "nine people were killed when a ferry capsized": an accident
        named_by = [p for p in by if _names_actor(p, lexicon)]  # not "conferred by telephone"
        if not patients and named_by and tok.dep_ == "acl" and tok.tag_ == "VBN":
            # "five Russian diplomats expelled by Poland": the participle's noun underwent the act
            # (and "the accord signed by Serbia and Kosovo" was signed by them)
            # (but "doctors sent by Havana" to give aid are what is given, not who receives it)
            agents = named_by
            patients = [tok.head] if _names_actor(tok.head, lexicon) and pattern.cameo[:2] != AID_ROOT else []
        sources = [_author(s, lexicon) for s in agents or [s for s in _subject(tok, lexicon) if s not in patients]]
        if pattern.cameo[:2] in SAID_ROOTS and tok.tag_ == "VBG" and tok.dep_ == "advcl" and not agents and sources \
                and not any(_names_anyone(s, lexicon) for s in sources) \
                and tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() in lexicon.cues.get("report", {}):
            # "Orban said the plan was unacceptable, demanding that ...": the parser hangs the
            # participle on the reported clause, whose subject is no one; the speaker demands.
            # (Not "police said a bomb went off, killing 20": what is done is not the speaker's.)
            sources = _subject(tok.head.head) or sources
        if any(_inanimate(s, lexicon.cues.get("inanimate", {}), pattern.cameo) for s in sources):
            continue  # "an earthquake struck the capital", "shares plunged": no one acted
        if pattern.cameo[:2] in ("03", "13") and sources and all(_commentator(s, lexicon) for s in sources):
            sent.doc.user_data.setdefault(NO_EVENT_KEY, set()).add(tok.i)
            continue  # "economists agree that rates will rise": a view shared, not an intent or a threat
        if pattern.cameo[:2] == "04" and sources and all(_traveller(s, lexicon) for s in sources):
            sent.doc.user_data.setdefault(NO_EVENT_KEY, set()).add(tok.i)
            continue  # "Chinese tourists visited Thailand": a trip, not diplomacy
        if pattern.cameo[:2] in ("18", "19", "20"):
            weapons = lexicon.cues.get("weapon", {})
            sources = [_maker(s) if s.lemma_.lower() in weapons else s for s in sources]
        if patients and not agents and pattern.cameo[:2] in ("18", "19", "20"):
            # "Haniyeh was killed in an Israeli strike": the strike's owner is the doer.
            means = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "by")
                     for p in c.children if p.dep_ == "pobj" and any(
                         n.cameo[:2] in ("18", "19", "20") for n in lexicon.nouns.get(p.lemma_.lower(), ()))]
            sources = [m for p in means for m in p.children
                       if m.dep_ in ("amod", "compound", "poss", "nmod") and m.i < p.i] or sources
        if not agents and obj is not None and obj.dep_ == "nsubjpass":
            # "a strike by dock workers was called off": the act's doer is named in its own phrase.
            sources = [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "by"
                       for p in c.children if p.dep_ == "pobj"] or sources
        withdrawn = pattern.cameo.startswith("087") and not agents and not sources \
            and any(_names_a_state_side(p, lexicon) for p in patients)
        if withdrawn:
            sources = patients  # "US troops will be pulled out of Niger": the forces withdraw, with their state
        # (an envoy "told to leave" or "expelled" (cue family `ousting`) is sent off by his host)
        recalled = pattern.cameo == CUT_DIPLOMATIC_TIES and obj is not None and obj.dep_ == "nsubjpass" \
            and not pattern.comps and lexicon.cue("ousting", tok.lemma_.lower()) is None \
            and not agents and not sources and _names_a_state_side(obj, lexicon)
        if recalled:
            # "South Africa's diplomats in Tel Aviv were recalled": their state calls them home
            # from the state they were posted to (not from "to Pretoria", where they go).
            sources = [obj]
        if pattern.cameo.startswith(RELEASE) and patients and not agents and not sources:
            # "the sailors seized by Iran's Revolutionary Guards were freed": their captors free them
            sources = [p for n in patients for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"
                       for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"][:1]
            # "were freed under a pardon granted by the Ethiopian government": whoever grants the
            # pardon (cue family `release_order`) frees them; not the broker of a swap.
            sources = sources or [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("under", "after", "in")
                                  for n in c.children if n.dep_ == "pobj" and lexicon.cue("release_order", n.lemma_.lower())
                                  for a in n.children if a.dep_ == "acl" for g in a.children if g.dep_ == "agent"
                                  for p in g.children if p.dep_ == "pobj"][:1]
            # "five Americans detained in Iran were freed": the state that jailed them (cue family
            # `detention`; not "held in Mali", where kidnappers may hold them) frees them.
            sources = sources or [p for n in patients for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"
                                  and lexicon.cue("detention", c.lemma_.lower()) for a in c.children
                                  if a.dep_ == "prep" and a.lower_ == "in" for p in a.children
                                  if p.dep_ == "pobj" and any(e.kind == "country" for e in lexicon.actors.get(p.text, ()))][:1]
        if (pattern.objects and not whom) or pattern.prep:
            # (as in _match_verb, a verb of talk finds its phrase on the topic too)
            topic = _children(tok, {"dobj"}) if lexicon.cue("topic", tok.lemma_.lower()) else []
            holders = [tok, *(_object_phrase(obj) if obj is not None else topic)]
            holders += _object_appositions(tok) if pattern.prep else []
            targets = [t for h in holders for t in _prep_objects(h, pattern.prep, pattern.cameo[:2])]
        elif patients and not withdrawn:
            targets = patients
        elif withdrawn:
            targets = _prep_objects(tok, "from") or _prep_objects(tok, "of")  # the place they leave
        else:
            targets = _children(tok, {"dobj", "dative"}) or _prep_objects(tok, None, pattern.cameo[:2])
        if recalled:
            targets = [p for c in obj.children if c.dep_ == "prep" and c.lower_ in ("in", "to")
                       for p in c.children if p.dep_ == "pobj"] or _prep_objects(tok, "from")
        asked = _for_clause(tok)
        if asked is not None and not targets:
            targets = _children(asked, {"nsubj"})  # "called for Israel to withdraw": Israel is asked
        speech = _reported_by(tok, lexicon) if pattern.cameo.startswith("13") and not agents \
            and obj is not None and obj in patients else None
        if speech is not None:
            # "any South Korean provocation will be met with force, Kim said": the speaker threatens,
            # whoever would provoke is threatened
            sources, targets = _subject(speech), [obj]
        elif pattern.cameo[:2] in (*GIVING_ROOTS, "16") and not agents and not sources \
                and (speech := _reported_by(tok, lexicon)) is not None \
                and not (pattern.cameo.startswith("087") and any(_names_a_state_side(p, lexicon) for p in patients)):
            # "Help will be extended to Tonga, China's embassy said": a state that tells of a favour
            # with no doer named tells of its own; not "..., their lawyer said", who speaks for the
            # freed, nor "US troops will be pulled out, Berlin said": forces are withdrawn by their own.
            # So does one telling of a favour withdrawn: "aid to Mauritania has been halted, Washington said".
            sources = [s for s in _subject(speech) if _names_a_state_side(s, lexicon)]
        act = obj if obj is not None else targets[0] if len(targets) == 1 and targets[0].dep_ == "dobj" else None
        if act is not None and pattern.cameo[:2] in RESPONSE_ROOTS and act.lemma_.lower() in lexicon.nouns \
                and targets in ([], [act]):
            # "denounced the military drills by the US and South Korea": whoever did the act responded to
            # (the parser often hangs the "by" phrase on the active verb)
            doers = [p for h in (act, tok) for c in h.children if c.dep_ == "prep" and c.lower_ == "by"
                     for p in _children(c, {"pobj"}) if h is act or _names_actor(p, lexicon)]
            targets = [d for p in doers for d in (p, *_later_conjuncts(p))] or targets
        if pattern.cameo[:2] == "14":
            # "marched against Russia's invasion of Ukraine": a protest against an act is against its doer
            targets = [o for t in targets if t.lemma_.lower() in lexicon.nouns
                       for o in (*_children(t, {"poss"}), *(b for c in t.children if c.dep_ == "prep"
                                                            and c.lower_ == "by" for b in _children(c, {"pobj"})))
                       if _names_actor(o, lexicon)] or targets
        if obj is not None and not targets and obj.lemma_.lower() in lexicon.nouns:
            # "lifted its blockade of Yemen", "ended the occupation of Kuwait": the act named falls on the "of" phrase
            targets = [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                       if p.dep_ == "pobj"]
        if obj is not None and not targets:
            targets = _children(obj, {"poss"})  # "sought Russia's support": Russia is asked
        if obj is not None and not targets and lexicon.cue("role_noun", obj.lemma_.lower()):
            # "were taken hostage", "took two soldiers prisoner": the role names no one; its bearer does.
            targets = patients or _children(obj, {"compound"}) \
                or [o for o in _children(tok, {"dobj"}) if o is not obj]
        if obj is not None and not targets and not pattern.prep and obj.lemma_.lower() not in lexicon.nouns \
                and pattern.cameo[:2] != AID_ROOT:
            # "expelled Hungarian diplomats": the diplomats' country is acted upon; but in
            # "held military exercises" the object names the event, not whom it is aimed at,
            # and in "sent Cuban doctors" what is given, not who is given it.
            targets = [obj]
        if comp is not None and not targets:
            if pattern.comps in (THAT_CLAUSE, BARE_CLAUSE):  # what the clause says its subject did (or is to do)
                targets = _children(comp, {"nsubj", "nsubjpass"})
            # "pledged to send Ukraine air-defence systems": the one sent to before the thing sent
            targets = targets or _children(comp, {"dative"}) or _children(comp, {"dobj"}) \
                or _prep_objects(comp, None) or _children(comp, {"nsubj"})
        if targets and (pattern.cameo.startswith("11") and all(
                _inanimate(t, lexicon.cues.get("inanimate", {}), pattern.cameo) for t in targets)
                or (pattern.cameo[:2] in FORCE_ROOTS or pattern.cameo.startswith("138"))
                and all(_abstract(t, lexicon) for t in targets)):
            # "blamed the delays on heavy rains", "blamed the virus": no one is accused; "declared
            # war on potholes", "vowed to fight corruption": no force is used or threatened; and the
            # model is not to read an act into the verb
            sent.doc.user_data.setdefault(NO_EVENT_KEY, set()).add(tok.i)
            continue
        if pattern.cameo[:2] in ("05", "11", "12") and targets and all(
                _work(t, lexicon.cues.get("inanimate", {})) for t in targets):
            # "the drama was hailed by critics", "critics slammed the musical", "the club turned down
            # a bid for its winger": a work or an offer praised, panned or refused is no actor's act
            # toward another
            sent.doc.user_data.setdefault(NO_EVENT_KEY, set()).add(tok.i)
            continue
        if tok.dep_ in ("advcl", "xcomp") and lexicon.cue("topic", tok.lemma_.lower()) is not None \
                and all(t.dep_ == "dobj" for t in targets):
            # "met Wang Yi on Monday to discuss Ukraine": whom they met is the counterpart, not the topic
            targets = _children(tok.head, {"dobj"}) or _prep_objects(tok.head, "with") or targets
        fallback = _other_targets(tok, obj, lexicon.nouns, promise=pattern.cameo.startswith("03"),
                                  dealing=pattern.cameo[:2])
        if pattern.cameo[:2] == "15":
            # "put its forces on alert along the border with Pakistan", "paraded missiles in a show aimed at Washington"
            fallback = _aimed_at(tok) + fallback
        if strikers:
            sources, targets, fallback = strikers, [], []
        if patients and obj is not None and obj.dep_ == "dobj" and obj not in patients:
            fallback = patients + fallback  # "monitors were granted access to the prison": they get it
        if patients and not agents and lexicon.cue("ousting", tok.lemma_.lower()) is not None:
            # "Sudan was suspended from the African Union", "diplomats were ordered out of Britain":
            # with no "by" phrase, the body or country they are put out of does it.
            left = [p for h in (tok, *[c for c in tok.children if c.lower_ == "out"]) for c in h.children
                    if c.dep_ == "prep" and c.lower_ in ("from", "of") for p in _children(c, {"pobj"})
                    if (_names_actor(p, lexicon) or p.text in lexicon.actors)
                    and p.lemma_.lower() not in ("embassy", "consulate")]
            if left:
                sources, targets, fallback = left, patients, []
        if obj is not None and not whom and (lexicon.cue("undergone", tok.lemma_.lower()) is not None or lexicon.cue(
                "undergone", f"{tok.lemma_.lower()} {obj.lemma_.lower()}") is not None):
            # "survived an ambush by militants": the subject undergoes the act, the "by" phrase does it.
            doers = [p for h in (obj, tok) for c in h.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                     for p in c.children if p.dep_ == "pobj"]
            if pattern.cameo[:2] == "13" and not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children):
                continue  # "the rebels have paid a heavy price": they suffered, no one threatens
            if pattern.cameo[:2] == "13" and not doers:
                # "Netanyahu said Hamas would pay a heavy price": whoever says so threatens.
                speech = next((a for a in list(tok.ancestors)[:3] if a.lemma_.lower() in lexicon.cues.get("report", {})),
                              None)
                doers = _subject(speech) if speech is not None else []
            sources, targets, fallback = doers, sources, []
        if not sources and not agents:
            # "fighting between the army and rebels killed 12": a gerund's pair acts, each on the other.
            pair = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"
                    for p in c.children if p.dep_ == "pobj"]
            if pair and _later_conjuncts(pair[0]):
                sources = [pair[0], *_later_conjuncts(pair[0])]
            elif pair and any(m.conjuncts for m in pair[0].children if m.dep_ in ("amod", "compound")):
                sources = pair[:1]  # "between Armenian and Azerbaijani forces": one noun, two owners
        if not agents and patients:
            # "ties between Bishkek and Tashkent were downgraded": the pair the relation joins.
            pair = [p for n in patients for c in n.children if c.dep_ == "prep" and c.lower_ == "between"
                    for p in c.children if p.dep_ == "pobj"]
            others = _later_conjuncts(pair[0]) if pair else []
            if others:
                sources, targets = pair[:1], others
        if not agents and patients and not sources and pattern.cameo[:2] in ("04", "05", "06"):
            # "the Russia-North Korea summit was held in Vladivostok": the sides name the meeting.
            sources = [t for n in patients for t in n.subtree if t.i < n.i and t.dep_ in ("compound", "amod")
                       and t.pos_ in ("PROPN", "ADJ")]
        if agents and patients:
            # "talks between Yerevan and Baku were mediated by Moscow": the pair is mediated.
            pair = [p for n in patients for c in n.children if c.dep_ == "prep" and c.lower_ == "between"
                    for p in c.children if p.dep_ == "pobj"]
            if pair and _later_conjuncts(pair[0]):
                targets = [pair[0], *_later_conjuncts(pair[0])]
        if pattern.cameo == GRANT_ASYLUM and patients and not agents:
            # "the exiled leader has been given asylum in Mexico": the country it is given in gives it.
            sources = [p for h in (tok, obj) if h is not None for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
                       for p in c.children if p.dep_ == "pobj" and p.ent_type_ == "GPE"] or sources
        if pattern.cameo == PHONE_CALL and pattern.prep == "from" and targets and not agents:
            sources, targets = targets, sources  # "took a call from Iran's president": the caller calls
        if pattern.cameo.startswith("13"):
            # "warned that French troops would leave Mali if the country drifted": a threat
            # is aimed at whoever must meet its condition.
            condition = [s for h in (tok, *_children(tok, {"ccomp", "xcomp"})) for s in condition_subjects(h)]
            # "warned Hungary that it would lose funds if it passed the law": a pronoun in
            # the condition is the one warned, when the verb names it.
            if condition and not (targets and all(s.pos_ == "PRON" for s in condition)):
                targets, fallback = condition, targets + fallback
        if pattern.cameo.startswith("11") and obj is None:
            # "condemned the shooting of students by riot police": the doer of the act condemned.
            # The parser may hang "by" on the "of" phrase ("the arrest of the leader by police"),
            # or on a participle ("the sentences handed down by a court"); else the act's owner
            # does it ("condemned Israel's approval of settler homes", also in the passive).
            acts = [d for d in _children(tok, {"dobj"}) + (patients if agents else [])
                    if d.lemma_.lower() in lexicon.nouns]
            doers = [p for d in acts for c in d.subtree
                     if c.lower_ == "by" and (c.dep_ == "prep" and c.head.pos_ in ("NOUN", "PROPN")
                                              or c.dep_ == "agent" and c.head.dep_ == "acl")
                     for p in c.children if p.dep_ == "pobj" and _names_actor(p, lexicon)]
            doers = doers or [p for d in acts for p in _children(d, {"poss"})
                              if p.pos_ == "PROPN" or _names_actor(p, lexicon)]
            if doers:
                targets, fallback = doers, targets + fallback
        cameo = pattern.cameo
        for about in ("trade", "online", "refuge", "siege"):
            # "lifted the ban on arms sales": an embargo eased, not a rule at home; "blocked access
            # to Twitter": censorship, not a road blocked (cue families trade_code, online_code, refuge_code)
            recoded = lexicon.cue(f"{about}_code", cameo)
            if recoded is not None and (_concerns(tok, obj, lexicon.cues.get(about, {}))
                                        or about == "online" and _silences(tok, obj, lexicon)):
                cameo = recoded.value
                break
        if cameo == "042" and (moved := _arrival(sources, lexicon.cues.get("arrival", {}))) is not None:
            cameo = moved.value  # "Russian troops arrived in Belarus", "vaccines landed in Accra": no visit
        if cameo == "0874" and PLACE_OBJECT in pattern.objects and tok.lemma_.lower() == "leave" and getattr(
                _arrival(sources, lexicon.cues.get("arrival", {})), "value", None) not in FORCES_MOVED:
            continue  # "the last French soldiers left Mali" withdraws; "Macron left Mali" travels
        own = _children(tok, {"nsubj"})
        # "as ore grades declined", "whose novel sold millions", "hours after a car bomb killed 21":
        # a subject of its own that is a thing or a weapon (cue families `inanimate`, `weapon`)
        # makes the act no one's the clause above names; it lends no doer.
        # So does a bare count of people ("as thousands marched against military rule"): a crowd of its own.
        lent = [] if own and all(lexicon.cue("inanimate", s.lemma_.lower()) is not None
                                 or lexicon.cue("weapon", s.lemma_.lower()) is not None
                                 or s.lower_ in QUANTITIES and not _children(s, {"prep"}) for s in own) \
            else _governing_subject(tok, lexicon.cues.get("report", {}))
        candidate = Candidate(cameo, pattern.rule, trigger, tok, sources, targets,
                              pattern.specificity + 1, "verb", lent)
        candidate.fallback_targets = fallback
        found.append(candidate)
    return found


def _governing_subject(tok: Token, report_verbs: Mapping[str, object]) -> list[Token]:
    """The subject of the nearest verb above a trigger: "Zelensky signed a decree ruling out talks".

    A reporting verb's subject ("residents said") only tells who said it, and a relative
    clause in the passive names no doer above it.
    """
    if tok.dep_ == "relcl" and _children(tok, {"nsubjpass"}):
        return []  # "the fighters, who were blamed for the bombing, freed ...": they did not blame
    for ancestor in list(tok.ancestors)[:4]:
        if ancestor.lemma_.lower() in report_verbs:
            return []
        if ancestor.pos_ in ("VERB", "AUX"):
            subjects = _subject(ancestor)
            if subjects:
                return subjects
    return []


def _other_targets(tok: Token, obj: Token | None, event_nouns: Mapping[str, object],
                   promise: bool = False, dealing: str = "") -> list[Token]:
    """Where else the one acted upon may be named, tried in order when the pattern's place names no actor.

    "asked the IMF for a loan" (the object, when the "for" phrase is the thing asked),
    "demanded that Moscow release him" (the subject of the demanded clause),
    "sought Russia's support" (the object's owner).
    """
    found = [o for o in _children(tok, {"dobj", "dative"}) if o.lemma_.lower() not in event_nouns]
    found += _prep_objects(tok, None, dealing)
    if obj is not None:
        found += [*([obj] if obj.lemma_.lower() not in event_nouns else []), *_children(obj, {"poss"}),
                  *_prep_objects(obj, None)]
    for direct in _children(tok, {"dobj"}):
        found += _prep_objects(direct, None)  # "suspended aid to Pakistan"
        # "rebuffed an appeal by Bozize", "rejected calls from rights groups", "the talks
        # proposed by Seoul": whoever made what the act answers.
        found += [c for p in direct.children if p.dep_ == "prep" and p.lower_ in ("by", "from")
                  for c in p.children if c.dep_ == "pobj"]
        found += [c for a in direct.children if a.dep_ == "acl" for p in a.children if p.dep_ == "agent"
                  for c in p.children if c.dep_ == "pobj"]
    clauses = _children(tok, {"ccomp"})
    for clause in clauses:
        found += _children(clause, SUBJECT_DEPS)
    for clause in clauses if promise else []:
        # "pledged that New Delhi would pool resources with Tehran": a promise's clause names its
        # own side as subject, and whom it acts with or on after.
        objects = _children(clause, {"dobj", "attr"})
        found += [o for o in objects if o.lemma_.lower() not in event_nouns]
        found += [o for h in (clause, *objects) for c in h.children
                  if c.dep_ == "prep" and c.lower_ in ("with", "to", "for", "against", "on")
                  for o in c.children if o.dep_ == "pobj"]
    if obj is not None:
        # "lifted its ban on charter flights to Egypt": a phrase inside the object's own phrase
        found += [w for p in _prep_objects(obj, None) for w in _prep_objects(p, None)]
    # "backed down in its standoff with Washington": the other side of the quarrel it ends.
    found += [w for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "amid")
              for n in p.children if n.dep_ == "pobj" for w in _prep_objects(n, "with")]
    return found


def aimed_region(anchor: Token) -> list[Token]:
    """The words that can name whom an act is aimed at, for when no pattern slot names it.

    The trigger's phrase without its own subject, its modifiers of place, time and cause
    ("in Brussels", "after the raid"), or a condition ("if sanctions hit"): "ruled out
    supplying weapons to Kyiv", "Beijing's threat of retaliation against Lithuania".
    """
    region: list[Token] = []
    stack = [c for c in anchor.children if c.dep_ not in UNAIMED_DEPS]
    while stack:
        tok = stack.pop()
        if tok.dep_ in ("prep", "agent") and tok.lower_ in UNAIMED_PREPS:
            continue
        region.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in ("advcl", "relcl", "appos"))
    return sorted(region, key=lambda t: t.i)


def _held_jointly(noun: Token, lexicon: Lexicon) -> bool:
    """Drills said to be held together: "joint exercises", "combined naval drills" (cue family `joint`)."""
    joint = lexicon.cues.get("joint", {})
    # "joint air force drills": the parser may hang the adjective on a compound word before the noun.
    words = [*noun.children, *(g for c in noun.children if c.dep_ == "compound" for g in c.subtree if g.i < noun.i)]
    return any(c.dep_ == "amod" and (c.lemma_.lower() in joint or c.lower_ in joint) for c in words)


def _withdrawn_as(verb: Token, lexicon: Lexicon) -> str | None:
    """The code of "withdrew its inspectors" (1662), "its staff" (166), for those who leave of
    themselves: "UN arms inspectors pulled out of Iraq" is the UN's withdrawal of them, not a
    military retreat. The `withdraw` rows of verbs.tsv (166x, no particle) say which."""
    leaving = {s.lemma_.lower() for s in _subject(verb)}
    rows = [r for r in lexicon.verbs.get("withdraw", ()) if r.cameo.startswith("166") and r.objects & leaving
            and not r.particle and not r.prep]
    return rows[0].cameo if rows else None


def _held_by_two(verb: Token) -> bool:
    """Drills whose doers are two named sides: "Russian and Belarusian troops kicked off the
    exercises", "China and Russia began naval drills" (but not "troops and tanks", one side's)."""
    named = ("NORP", "GPE", "ORG")
    subjects, counted = [], _children(verb, {"nsubj"})
    while counted:  # "tens of thousands of Russian and Belarusian troops": the troops
        subject = counted.pop()
        subjects.append(subject)
        if subject.lower_ in QUANTITIES:
            counted += [p for c in _children(subject, {"prep"}) if c.lower_ == "of" for p in _children(c, {"pobj"})]
    for subject in subjects:
        if subject.ent_type_ in named and any(c.ent_type_ in named for c in _children(subject, {"conj"})):
            return True
        if any(c.ent_type_ in named for m in subject.children if m.dep_ in ("amod", "compound") and m.ent_type_ in named
               for c in _children(m, {"conj"})):
            return True
    return False


def _joined(noun: Token, lexicon: Lexicon) -> bool:
    """Drills another side holds that one joins: "joined Russia's war games", "took part in NATO
    exercises" (cue family `joining`: the verb, or the verb with its object)."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else noun.head if noun.dep_ == "dobj" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    words = [verb.lemma_.lower()] + [f"{verb.lemma_.lower()} {o.lemma_.lower()}" for o in verb.children if o.dep_ == "dobj"]
    return any(lexicon.cue("joining", w) is not None for w in words)


def _match_noun(tok: Token, patterns: list[NounPattern]) -> NounPattern | None:
    """The longest noun pattern whose lemmas end at this token ("air strike" before "strike")."""
    doc = tok.doc
    longest = max((len(p.lemmas) for p in patterns), default=0)
    words = [t.lemma_.lower() for t in doc[max(tok.i - 2 * longest, 0):tok.i + 1] if not _inner_hyphen(t)]
    best = None
    for pattern in patterns:
        n = len(pattern.lemmas)
        if len(words) < n:
            continue
        lemmas = tuple(words[-n:])
        if lemmas == pattern.lemmas and (best is None or n > len(best.lemmas)):
            best = pattern
    return best


def _as_its_verb(tok: Token, pattern: NounPattern, lexicon: Lexicon) -> NounPattern:
    """ "the expulsion of 23 Russian diplomats": a noun of acting (cue family `nominal`) whose "of"
    phrase names what is acted on codes as its verb would with that object ("expelled diplomats": 161)."""
    cue = lexicon.cue("nominal", tok.lemma_.lower())
    if cue is None or len(pattern.lemmas) > 1:
        return pattern  # "a mass expulsion": the compound's own row says more
    acted_on = {p.lemma_.lower() for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in _children(c, {"pobj"})}
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    # (not into force: "the expulsion of residents" by a court is an eviction more often than a purge)
    verb, _, particle = cue.value.partition(" ")  # "hand over" for "handover"
    rows = [v for v in lexicon.verbs.get(verb, ()) if v.objects & acted_on and (v.particle or "") == particle
            and not v.comps and (v.prep is None or v.prep in preps) and v.cameo[:2] not in ("18", "19", "20")]
    rows = rows or _announced_rows(tok, verb, lexicon)
    if not rows:
        return pattern
    row = max(rows, key=lambda v: v.specificity)
    if row.cameo == pattern.cameo:
        return pattern
    # the verb row's preposition marks the target ("handed over the suspects to Italy": Italy)
    target_preps = frozenset({row.prep}) if row.prep else pattern.preps
    return replace(pattern, cameo=row.cameo, preps=target_preps, rule=f"{pattern.rule} {row.rule} {cue.rule}")


def _announced_rows(tok: Token, verb: str, lexicon: Lexicon) -> list[VerbPattern]:
    """ "Asmara's warning that it could expel the peacekeepers", "a threat to evict the mission":
    a noun of saying whose clause announces an act to come codes as its verb does with that act
    as complement (1313, 136), not as a bare warning. A forecast ("a warning that the storm
    could destroy homes") announces no one's act."""
    inanimate = lexicon.cues.get("inanimate", {})
    acts = {c.lemma_.lower() for c in tok.children if c.dep_ in ("acl", "ccomp") and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and (a.lower_ == "to" or a.lower_ in ANNOUNCING_MODALS) for a in c.children)
            and not any(_inanimate(s, inanimate, "13") for s in _children(c, SUBJECT_DEPS))}
    return [v for v in lexicon.verbs.get(verb, ()) if v.comps & acts and v.comps != THAT_CLAUSE
            and not (v.objects or v.particle or v.prep)]


def _inner_hyphen(tok: Token) -> bool:
    """A hyphen inside a word ("sit-in", "cease-fire"): its own token, which noun patterns skip."""
    return tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


def _noun_start(tok: Token, size: int) -> int:
    """Where a noun pattern of `size` lemmas that ends at this token starts, inner hyphens included."""
    start = tok.i
    for _ in range(size - 1):
        start -= 1
        while start > 0 and _inner_hyphen(tok.doc[start]):
            start -= 1
    return start


def _motive(noun: Candidate, verbs: list[Candidate], lexicon: Lexicon) -> bool:
    """A bare "in protest" (cue family `motive`) on a verb coded as another kind of act: the motive
    of that act ("froze lending in protest at the law"). Where a riot or march is coded, it keeps
    the noun: the same act, and its phrase names whom it is against. A motive whose cue value is
    `any` is one on whatever verb, of any kind ("would review the swap deal in retaliation for the
    visit", "struck Hamas positions in retaliation for rocket fire")."""
    tok = noun.anchor
    cue = lexicon.cue("motive", tok.lemma_.lower())
    if cue is None or tok.dep_ != "pobj" or tok.head.lower_ != "in" \
            or any(c.dep_ in ("det", "poss", "amod") for c in tok.children):
        return False
    if cue.value == "any":
        return True
    return any(v.anchor.i == tok.head.head.i for v in verbs) and not any(v.cameo[:2] == noun.cameo[:2] for v in verbs)


def noun_candidates(sent: Span, lexicon: Lexicon, taken: set[int]) -> list[Candidate]:
    """Candidates from event nouns in nouns.tsv that no verb pattern has already used."""
    found: list[Candidate] = []
    for tok in sent:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in taken or tok.ent_type_ in ("EVENT", "DATE", "TIME"):
            continue  # "the Korean War" names a period, not an event of the story; "in March", a month
        patterns = lexicon.nouns.get(tok.lemma_.lower())
        if not patterns:
            continue
        pattern = _match_noun(tok, patterns)
        if pattern is None or pattern.cameo[:2] in ("04", "05", "17", "18", "19", "20") and at_play(sent, lexicon):
            continue  # "a thrilling last-16 clash in Alexandria", "the Swedish defence collapsed", "the team's tour": a match
        if pattern.cameo == NO_EVENT:
            if tok.dep_ in ("dobj", "nsubjpass"):
                sent.doc.user_data.setdefault(NO_EVENT_KEY, set()).add(tok.head.i)  # nor for the model to read
            continue  # "held a campaign rally": no protest
        pattern = _as_its_verb(tok, pattern, lexicon)
        if tok.dep_ in ("dobj", "pobj") and _warned_off(tok.head if tok.dep_ == "dobj" else tok.head.head, lexicon):
            continue  # "warned residents not to join the rally": no rally yet, and not theirs to own
        if _kind(tok, lexicon.cues.get("inanimate", {})) == "blast" \
                and _inanimate(tok, lexicon.cues.get("inanimate", {}), pattern.cameo):
            continue  # "died in a methane blast": a fuel's, no one's
        if _predicative(tok, lexicon.cues.get("predicate", {})):
            continue  # "the militia is a threat", "seen as a threat", "poses a threat": a description, not an act
        if (pattern.cameo[:2] in MEASURED_ROOTS or tok.tag_ == "NNS") and (
                tok.dep_ == "nsubj" and lexicon.cue("measure", tok.head.lemma_.lower())
                or any(lexicon.cue("measure", c.lemma_.lower())
                       for h in (tok, *(p for c in _children(tok, {"prep"}) for p in _children(c, {"pobj"})))
                       for c in _children(h, {"acl"}))):
            # "support for the party slipped to 41 percent", "arrests for drink-driving fell by
            # 14 percent", "a poll showed support slipping to 31 percent": a quantity, not an act
            continue
        if lexicon.cue("sided", tok.lemma_.lower()) and not any(
                c.dep_ == "prep" and c.lower_ in pattern.preps for c in tok.children):
            continue  # "Syria's civil war", "during the war": background, with no side named against
        joined = pattern.cameo == SHOW_OF_FORCE and _joined(tok, lexicon)
        if joined or pattern.cameo == SHOW_OF_FORCE and _held_jointly(tok, lexicon):
            # "a joint naval patrol", "joined Russia's war games": drills held together, at no one
            pattern = replace(pattern, cameo=JOINT_DRILLS)
        start = _noun_start(tok, len(pattern.lemmas))
        trigger = [tok.doc[i] for i in range(start, tok.i + 1)]
        # "Thursday's attack": a day owns nothing
        sources: list[Token] = [c for c in _children(tok, {"poss"}) if c.ent_type_ not in ("DATE", "TIME")]
        targets: list[Token] = []
        undergoer: list[Token] = []
        agent_named = False
        for child in tok.children:
            if child.dep_ != "prep":
                continue
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if child.lower_ == "of":
                undergoer = objects
            if child.lower_ == "by" and objects:
                agent_named = True
            if child.lower_ == "between" and objects:
                # "the meeting between X and Y": X acts, Y is met.
                first = objects[0]
                sources = sources or [first]
                targets = _later_conjuncts(first) or targets
            elif child.lower_ == "by" and objects:
                sources = sources or objects
            elif child.lower_ in pattern.preps or (not pattern.preps and child.lower_ in ("with", "against", "on", "to")):
                targets = targets or objects
        if not sources and tok.dep_ == "nsubj" and "between" in pattern.preps:
            # "Fighting erupted between Eritrean and Ethiopian troops": the pair hangs on the verb.
            pair = [p for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "between"
                    for p in c.children if p.dep_ == "pobj"]
            if pair and _later_conjuncts(pair[0]):
                sources, targets = pair[:1], _later_conjuncts(pair[0])
            elif pair:
                sources = pair[:1]  # "between Armenian and Azerbaijani forces": one noun, two owners
        light = tok.dep_ == "dobj" and lexicon.cue("light_verb", tok.head.lemma_.lower()) is not None
        if not targets and tok.dep_ == "dobj" and ("from" in pattern.preps or light):
            # "completed their pullout from Kherson", "staged air strikes on Hamas targets": the parser
            # may hang the noun's target phrase on its verb.
            # (a "for" phrase on the verb says what for: "made a request to Tokyo for his return")
            preps = [p for p in pattern.preps if p != "for"] if light else ("from",)
            held = [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ in preps and c.i > tok.i]
            targets = _children(held[0], {"pobj"}) if held else []  # the first phrase, as on the noun
        if not sources and pattern.cameo[:2] in HOSTILE_ROOTS:
            # "a general strike called by the BNP", "an attack blamed on the Shabab": the
            # participle's "by" (or blame's "on") phrase names the doer; but "a deal brokered
            # by China" names the broker, not a party.
            sources = [p for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
                       for a in c.children if a.dep_ == "agent" or a.dep_ == "prep" and a.lower_ == "on"
                       and c.lemma_ == "blame" for p in a.children if p.dep_ == "pobj"][:1]
            agent_named = agent_named or bool(sources)
        if not sources and pattern.cameo[:2] in HOSTILE_ROOTS:
            sources = _claimant(tok, lexicon)
            agent_named = agent_named or bool(sources)
        if not sources and pattern.cameo[:2] == "12" and tok.dep_ == "pobj" and tok.head.lower_ == "in":
            # "pressed ahead with the barrier in defiance of an opinion by the ICJ", "allowed Bashir
            # to fly out in defiance of a court order": whoever does the act the phrase hangs on
            # defies (the one allowed or told to act does it at another's word).
            verb = tok.head.head
            for _ in range(4):
                if verb.pos_ in ("VERB", "AUX") and not (verb.dep_ in ("xcomp", "ccomp") and any(
                        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)) or verb.head.i == verb.i:
                    break
                verb = verb.head
            sources = _subject(verb) if verb.pos_ in ("VERB", "AUX") else []
            agent_named = agent_named or bool(sources)
        if not sources:
            # "the release of prisoners by Cuba": the parser often hangs "by" off the "of" phrase.
            late_agents = [p for u in undergoer for t in u.subtree if t.dep_ == "prep" and t.lower_ == "by"
                           and t.head.pos_ in ("NOUN", "PROPN") for p in t.children if p.dep_ == "pobj"]
            sources = late_agents[:1]
            agent_named = agent_named or bool(late_agents)
        # "leapt to the defence of Pyongyang", "served Astana with a demand": the light verb's
        # subject acts, on the "of" phrase or on the verb's object.
        holder = tok
        if tok.dep_ == "pobj" and (tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in QUANTITIES
                                   or tok.head.lower_ == "in" and (tok.head.head.like_num or any(
                                       c.dep_ == "nummod" for c in tok.head.head.children))):
            # "unleashed a string of attacks", "approved $800 million in aid": the quantity is what the verb takes
            holder = tok.head.head
        lender = holder.head.head if holder.dep_ == "pobj" and holder.head.lower_ in ("to", "with") else None
        # ("leapt" as the root may be tagged a noun: "the ministry leapt to Cuba's defence")
        if lender is None or lender.pos_ != "VERB" and lender.dep_ != "ROOT" \
                or not lexicon.cue("light_verb", lender.lemma_.lower()):
            lender = None
        if lender is not None and holder.head.lower_ == "to" and sources and not targets \
                and all(s.dep_ == "poss" for s in sources):
            # "leapt to Pakistan's defence", "came to Kyiv's aid": the owner is helped, not the helper
            targets, sources = sources, []
        if lender is not None and not sources and not targets:
            targets = undergoer or (_children(lender, {"dobj", "dative"}) if holder.head.lower_ == "with" else [])
        if not sources and tok.dep_ == "nsubjpass" and lexicon.cue("light_verb", tok.head.lemma_.lower()):
            # "a request for his extradition was transmitted by Peru to the United States": a light
            # verb's "by" phrase made it, its "to" phrase received it (but "the attack was condemned
            # by the UN" and "confirmed by officials" only react to it or report it).
            sources = [p for a in _children(tok.head, {"agent"}) for p in _children(a, {"pobj"})]
            agent_named = agent_named or bool(sources)
            if sources:
                targets = _prep_objects(tok.head, "to") or targets
        if agent_named and not targets:
            targets = undergoer  # with the doer named, "of" names the one done to
        elif not sources and lender is None and undergoer and pattern.preps and "of" not in pattern.preps:
            sources = undergoer  # "the visit of Putin to Beijing": "of" names the doer when "to" names the other
        if not targets:
            # "renewed its plea for the gunmen to free the fishermen": the gunmen are asked.
            asked = _for_clause(tok) or (_for_clause(tok.head) if tok.dep_ == "dobj" else None)
            targets = _children(asked, {"nsubj"}) if asked is not None else []
        fallback: list[Token] = []
        receiver = _receiving_verb(holder, lexicon)
        if receiver is not None and sources and all(s.pos_ == "PRON" for s in sources):
            sources = []  # "Kyiv received its loan": "its" is the receiver's
        if receiver is not None and not sources:
            # "Nairobi drew criticism from Washington": the "from" phrase acts on the subject.
            sources = [p for t in (tok, holder, receiver) for c in t.children if c.dep_ == "prep" and c.lower_ == "from"
                       for p in c.children if p.dep_ == "pobj"][:1]
            # "received a tranche of its IMF loan": the lender named in the noun gives it.
            sources = sources or [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < start]
            targets = targets or _children(receiver, {"nsubj", "nsubjpass"}) or _subject(receiver)
        if not sources and receiver is None:
            # "Russian strikes": a country or group word modifying the noun acts; but an "anti-" word
            # names whom it is against ("anti-government protests", "an anti-Israel rally").
            modifiers = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < start]
            against = [c for c in modifiers if c.i >= 2 and tok.doc[c.i - 1].text == "-"
                       and tok.doc[c.i - 2].lower_ == "anti"]
            sources = [c for c in modifiers if c not in against]
            targets = targets or against
            # "X held talks": a light verb lends its subject; "X condemned the attack" does not.
            head = holder.head
            if holder.dep_ in ("dobj", "attr") and lexicon.cue("light_verb", head.lemma_.lower()):
                fallback = _subject(head)
            elif tok.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ in ("VERB", "AUX") \
                    and pattern.cameo[:2] in FORCE_ROOTS and "between" not in pattern.preps \
                    and (fate := lexicon.cue("stative", head.head.lemma_.lower())) is not None and fate.value == "fate":
                # "three soldiers died in a rebel ambush": they underwent it (but two sides "died in clashes")
                targets = _subject(head.head) + targets
            elif tok.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ in ("VERB", "AUX"):
                fallback = _subject(head.head)  # "Tokyo sent its whalers in defiance of the court"
            elif tok.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ == "VERB" \
                    and pattern.cameo[:2] in TALK_ROOTS \
                    and not any(v.prep == "for" for v in lexicon.verbs.get(head.head.lemma_.lower(), ())):
                # "flew to Khartoum for talks with Sudanese leaders": the traveller talks (but "called
                # for talks", a verb with a "for" row of its own, asks for them)
                fallback = _subject(head.head)
            elif tok.dep_ == "pobj" and head.lower_ in ("on", "to") and lexicon.cue("undertaking", tok.lemma_.lower()) \
                    and lexicon.cue("light_verb", head.head.lemma_.lower()):
                fallback = _subject(head.head)  # "the inmates went on a hunger strike"
            elif lender is not None:
                fallback = _subject(lender)
            intent = _intent_head(tok, lexicon.cues.get("intent", {}))
            if not fallback and intent is not None:
                fallback = _subject(intent)  # "the rebels agreed to a ceasefire": the rebels would cease fire
        if pattern.cameo[:2] in FORCE_ROOTS and targets and all(
                _abstract(t, lexicon) or receiver is not None and _economic(t, lexicon) for t in targets):
            # "its war on inflation", "a war on potholes": a campaign against a thing, no force;
            # "the lira came under attack": a market's figure, no one fought
            continue
        if joined:
            # "Chinese troops joined Russia's war games": the joiners act with the drills' owners.
            owners = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound") and c.i < start]
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            sources, targets, fallback = _subject(verb), owners, []
        found.append(Candidate(pattern.cameo, pattern.rule, trigger, tok, sources, targets,
                               len(pattern.lemmas), "noun", fallback))
    return found


def model_candidate(sent: Span, cameo: str, rule: str, mentions: list[Token],
                    report_verbs: frozenset[str] = frozenset(), spoken: str | None = None,
                    demand_cues: Mapping[str, Cue] | None = None,
                    inanimate: Mapping[str, Cue] | None = None,
                    received: Mapping[str, Cue] | None = None,
                    stative: Mapping[str, Cue] | None = None,
                    cause: Mapping[str, Cue] | None = None,
                    weapons: Mapping[str, Cue] | None = None) -> Candidate | None:
    """A candidate for a sentence only the event-type model codes: the main verb's actors.

    The subject (or passive agent) of the sentence's root acts on its object, its
    passive subject or a prepositional object. When the parse names no actor there,
    the sentence's first actor mention acts on the next one (`mentions` holds one
    token of each mention, in order), the simplest explainable reading. A `spoken`
    type (a request, an accusation) is the reporter's, aimed at the clause's subject,
    when the clause is what is asked ("insisted that Britain foot the bill") or alleged.
    """
    root = sent.root
    if not root.pos_:
        return None  # an unparsed sentence (see stages/prefilter.py)
    if not any(t.pos_ in ("VERB", "AUX") for t in sent):
        return None  # a caption or credit line ("Photo: Reuters") reports nothing
    if root.lemma_.lower() in report_verbs:
        # "Doctors walked off the job, their union said": the reported clause holds the event.
        reported = _children(root, {"ccomp", "parataxis"})
        if reported:
            speakers, speech = _subject(root), root
            if speakers and all(_kind(s, inanimate or {}) == "figure" for s in speakers):
                return None  # "a poll found that 41% approve": a figure, no act
            root = reported[0]
            addressees = [s for s in _children(root, SUBJECT_DEPS) if s.pos_ != "PRON"]
            if spoken and speakers and addressees and speech.i < root.i \
                    and _spoken_clause(root, speech, spoken, report_verbs, demand_cues or {}):
                candidate = Candidate(cameo, rule, [root], root, speakers, addressees, 0, "model", mentions[:1])
                candidate.fallback_targets = _children(root, {"dobj", "dative"}) + _prep_objects(root, None)
                return candidate
    if root.i in sent.doc.user_data.get(NO_EVENT_KEY, ()):
        return None  # "Egypt launched its first satellite": the lexicon says the main verb names no act
    state = (stative or {}).get(root.lemma_.lower())
    if state is not None and state.value == "fate":
        if _obituary(sent):
            return None  # "Kofi Annan died in a Swiss hospital, aged 80": a death of old age or illness
    elif (state is not None and not _children(root, {"auxpass"})) or any(
            c.dep_ == "acomp" and c.lemma_.lower() in (stative or {}) for c in root.children):
        # "The region saw its worst floods", "Baku regards the militia as a threat", "said it was
        # confident of a deal": a state or a view, not an act (a passive "is seen to ..." is left to the model)
        return None
    agents, patients = _passive(root)
    sources = agents or _subject(root)
    if root.pos_ in ("NOUN", "PROPN"):
        # A noun parsed as the root ("Wildfires swept into the town", "A magnitude 6.8 earthquake
        # struck ..."): the noun, or the subject of its clause, is the doer.
        sources = sources + [root] + [s for c in root.children if c.dep_ in ("acl", "relcl") for s in _subject(c)]
    if any(_inanimate(s, inanimate or {}, cameo) for s in sources):
        return None  # "Cyclone Nargis battered the delta": whatever the words suggest, no one acted
    if cameo[:2] in ("18", "19", "20") and not agents and _in_a_mishap(root, inanimate or {}, cause or {}, weapons or {}):
        return None  # "pilgrims died in a crush at the gate": how they died names no one
    targets = patients or _children(root, {"dobj", "dative"}) or _prep_objects(root, None)
    cue = (received or {}).get(root.lemma_.lower())
    if cue is not None and cue.value == "object" and not agents:
        # "Armenia received a shipment of howitzers from India": the giver acts, the subject receives.
        # The parser may hang the "from" phrase on the thing, or on what it is a shipment of.
        things = _children(root, {"dobj"})
        things += [p for t in things for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj"]
        givers = [g for h in (root, *things) for g in _prep_objects(h, "from")]
        # "received armoured vehicles donated by France": the participle's "by" phrase gives them
        givers = givers or [p for t in things for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN"
                            for a in _children(c, {"agent"}) for p in _children(a, {"pobj"})]
        if givers:
            sources, targets = givers, _subject(root)
    # "FARC said they would freeze the talks unless Bogota halted the bombing": a threat
    # is aimed at whoever must meet its condition.
    # The model reads the whole sentence, so the condition may hang anywhere in it ("Hamas upped
    # the ante, saying it would recall its delegation unless Israel lifted the blockade").
    condition = next((found for h in (root, *_children(root, {"ccomp", "xcomp"}),
                                      *[t for t in sent if t.pos_ in ("VERB", "AUX")])
                      if (found := condition_subjects(h))), []) if cameo.startswith("13") else []
    # "Hundreds marched in Moscow": a place the act happens in is not its doer; nor is whoever
    # reports force ("a man stabbed his neighbour, police said"), though a speaker may well be
    # the one who threatens or demands.
    # (Force needs a doer named: "a man stabbed his neighbour in the southern French city of Lyon" is
    # no French act. Other acts may take one from a place: "thousands marched in the Iranian capital".)
    force = cameo[:2] in ("18", "19", "20")
    doers = [m for m in mentions if not (_in_place_phrase(m) if force else m.dep_ == "pobj" and m.head.lower_ in LOCATIVE_PREPS)
             and not (force and m.dep_ == "nsubj" and m.head.lemma_.lower() in report_verbs)]
    candidate = Candidate(cameo, rule, [root], root, sources, condition or targets, 0, "model", doers[:1])
    if root.i in sent.doc.user_data.get(UNRULED_KEY, ()):
        candidate.status = "asserted"  # "did not rule out force against them": the holding out is done
    # "extended support to Moldova": the object names no actor, its "to" phrase does.
    # The coder keeps the first foreign one; the place words were said in is no one aimed at
    # ("told reporters in Havana").
    later = [m for m in mentions[1:] if all(m.i != s.i for s in sources)
             and not (m.dep_ == "pobj" and m.head.lower_ in LOCATIVE_PREPS and m.head.head.lemma_.lower() in report_verbs)
             # "a man stabbed his neighbour, police said": with no doer named, the ones who report it are
             # not whom it was done to either (with one, "residents said" may well name the victims)
             and not (force and not doers and m.dep_ == "nsubj"
                      and m.head.lemma_.lower() in report_verbs)]
    candidate.fallback_targets = (targets if condition else []) + _other_targets(root, None, {}) + later
    return candidate


def _obituary(sent: Span) -> bool:
    """Whether a sentence tells someone's age at death ("aged 80", "at the age of 86")."""
    return any(t.lower_ == "aged" and t.i + 1 < sent.end and sent.doc[t.i + 1].like_num
               or t.lower_ == "age" and t.i >= 2 and sent.doc[t.i - 2].lower_ == "at" and t.i + 2 < sent.end
               and sent.doc[t.i + 2].like_num for t in sent)


def _in_place_phrase(mention: Token) -> bool:
    """ "in Kabul", "in the southern French city of Marseille": a mention inside a phrase of place."""
    phrase = mention
    while phrase.dep_ in ("amod", "compound", "poss") and phrase.head.i != phrase.i:
        phrase = phrase.head
    return phrase.dep_ == "pobj" and phrase.head.lower_ in LOCATIVE_PREPS


def _spoken_clause(clause: Token, speech: Token, plover: str, report_verbs: frozenset[str],
                   demand_cues: Mapping[str, Cue]) -> bool:
    """Whether a reported clause is the content of the speaker's own request or accusation.

    Not when the clause reports a speech of its own ("said Dhaka had told Delhi it must"):
    then its subject is the one asking. A request's clause says what must be done: a modal
    ("must", "had to") or, after a verb that demands, the bare form ("insisted that Britain pay").
    """
    if clause.lemma_.lower() in report_verbs or clause.lemma_.lower() in ("want", "wish"):
        return False
    if plover != "request":
        return True
    # "said Khartoum had run out of excuses and must open Darfur": the modal may sit on a later conjunct.
    if any(c.dep_ == "aux" and (cue := demand_cues.get(c.lower_)) is not None and cue.value == "modal"
           for verb in (clause, *_later_conjuncts(clause)) for c in verb.children):
        return True
    if (cue := demand_cues.get(clause.lemma_.lower())) is not None and cue.value == "modal" \
            and _children(clause, {"xcomp"}):
        return True  # "said the troops had to leave"
    said = demand_cues.get(speech.lemma_.lower())
    return _bare_form_demanded(clause, said is not None and said.value == "mandative")


def _object_phrase(obj: Token) -> list[Token]:
    """The words of an object phrase a target may hang on: "rushed masks, ventilators and doctors
    to Serbia", "handed out bags of rice and cash to villagers"."""
    words = [obj, *_later_conjuncts(obj)]
    kinds = [p for w in words for c in w.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj"]
    return words + [w for k in kinds for w in (k, *_later_conjuncts(k))]


def _object_appositions(verb: Token) -> list[Token]:
    """ "extradited Usuga, alias Otoniel, to the US": the parser may hang the verb's own phrase
    on an apposition of its object."""
    return [a for d in _children(verb, {"dobj"}) for a in d.subtree if a.dep_ == "appos"]


def _later_conjuncts(tok: Token) -> list[Token]:
    """The words coordinated after tok: "Y" in "between X and Y"."""
    return [c for c in tok.conjuncts if c.i > tok.i]


def _speakers_own(tok: Token) -> bool:
    """ "its navy", "their guns": a phrase the speaker names as its own."""
    return any(p.dep_ == "poss" and p.lower_ in SELF_POSSESSIVES for p in tok.children)


def _bare_form_demanded(clause: Token, mandative: bool) -> bool:
    """An act in its bare form, as demanded ("insisted that Washington release the bombs"). A plural
    subject's bare form looks like the present ("that the troops pull back"), so that one only
    after a verb that demands (`mandative`: "said the troops hold the town" reports)."""
    # "insisted that Beijing let the yuan rise": a verb whose past is its bare form may be tagged past
    return clause.tag_ == "VB" or mandative and (clause.tag_ == "VBP" or clause.tag_ == "VBD"
                                                 and clause.lower_ == clause.lemma_.lower())


def _in_bare_form(clause: Token) -> bool:
    """A clause with a subject whose verb is in the bare form a demand takes: "that India hand over
    the suspects", "that the troops pull back", "that the monitors be let in", or after "must" or
    "should" (not "that India had handed them over", "that it will")."""
    subjects = _children(clause, {"nsubj", "nsubjpass"})
    if not subjects or any(a.dep_ in ("aux", "auxpass") and a.tag_ != "VB" and not (
            a.lower_ in DEMANDING_MODALS and not any(s.lower_ in SELF_PRONOUNS for s in subjects))
            for a in clause.children):
        return False  # but "that Italy must hand him over" is demanded too ("that it must" is resolve)
    if any(a.dep_ == "auxpass" for a in clause.children):
        return True  # "be let in"
    # ("that the president resign": the small model may tag the bare verb a noun, or, with an
    # object after it, an adjective or a particle: "that Rome extradite him", "that Ankara hand over ...")
    return _bare_form_demanded(clause, mandative=True) or clause.tag_ == "NN" \
        or clause.tag_ in ("JJ", "RP", "NNS") and bool(_children(clause, {"dobj"}))


def _first_conjunct(anchor: Token) -> Token:
    """The first of coordinated verbs, which holds their shared clause: "said he would [run] and would resign"."""
    while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
        anchor = anchor.head
    return anchor


def _in_own_words(anchor: Token) -> bool:
    """True when a reported act's subject is the speaker naming itself: "Iran said *it* would..."."""
    base = _first_conjunct(anchor)
    subjects = [c for t in (anchor, base) for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    return base.dep_ == "ccomp" and any(c.lower_ in SELF_PRONOUNS or _speakers_own(c) for c in subjects[:1])


def _armed_with(tok: Token, lexicon: Lexicon) -> bool:
    """True for a participle whose "by" phrase names hardware: "soldiers backed by tanks"."""
    arms = {**lexicon.cues.get("hardware", {}), **lexicon.cues.get("weapon", {})}
    return tok.dep_ == "acl" and any(p.lemma_.lower() in arms for a in tok.children if a.dep_ == "agent"
                                     for p in a.children if p.dep_ == "pobj")


def at_play(sent: Span, lexicon: Lexicon) -> bool:
    """Whether a sentence reports a game: a score ("1-0", "34-32", "66-3") or a word of sport
    (cue family `sport`: "qualifier", "wickets", "medal"), unless the word ends a name the
    lexicon knows ("the Arab League")."""
    words = list(sent)
    sport = lexicon.cues.get("sport", {})
    # (the word as written too: the model lemmatizes "qualifier" as "qualifi")
    return any((t.lemma_.lower() in sport or t.lower_ in sport) and not _in_actor_name(t, lexicon) or SCORE.fullmatch(t.text)
               for t in words) or any(
        a.like_num and len(a.text) <= 2 and dash.text in ("-", "\u2013") and b.like_num and len(b.text) <= 2
        # the tokenizer splits "semi-finals" into three words; its cue is the joined form
        or dash.text == "-" and not a.whitespace_ and not dash.whitespace_
        and f"{a.lower_}-{b.lemma_.lower()}" in sport
        for a, dash, b in zip(words, words[1:], words[2:], strict=False))


def _in_actor_name(tok: Token, lexicon: Lexicon) -> bool:
    """Whether a word is part of an actor's name the lexicon knows ("the Arab League", "the Awami
    League", "the National League for Democracy")."""
    doc = tok.doc
    return any(doc[start:end].text in lexicon.actors
               for start in range(max(tok.i - 3, 0), tok.i + 1) for end in range(tok.i + 1, min(tok.i + 4, len(doc)) + 1))


def _on_strike(tok: Token, lexicon: Lexicon) -> list[Token]:
    """ "striking miners", "brought to a standstill by striking dock workers": the working people the
    participle describes are on strike (agents of a working sector, with no article between)."""
    if tok.lower_ != "striking" or tok.tag_ != "VBG" or tok.dep_ not in ("amod", "pcomp", "pobj", "compound"):
        return []  # "missiles striking workers": the participle has a doer of its own
    noun = tok.head if tok.dep_ == "amod" else next(iter(_children(tok, {"dobj"})), None)
    if noun is None or noun.i < tok.i or any(t.dep_ in ("det", "poss") for t in tok.doc[tok.i + 1:noun.i]):
        return []
    return [noun] if _workers([noun], lexicon) else []


def _workers(subjects: list[Token], lexicon: Lexicon, sectors: frozenset[str] = WORKING_SECTORS) -> bool:
    """Whether the subjects are working people (agents of a working sector: "workers", "teachers"),
    or people of other `sectors`."""
    return any(e.kind == "agent" and e.sector in sectors
               for s in subjects for e in lexicon.actors.get(s.lower_, ()))


def _weapons_test(verb: Token, cues: Mapping[str, Cue]) -> bool:
    """ "test-fired", "fired shells into the sea": weapons used in a test or a show (cue family `weapons_test`)."""
    if any(c.lemma_.lower() in cues and cues[c.lemma_.lower()].value == "on" for c in verb.children
           if c.dep_ in ("npadvmod", "compound", "advmod", "amod")):
        return True
    return any(o.lemma_.lower() in cues and cues[o.lemma_.lower()].value == "into"
               for c in verb.children if c.dep_ == "prep" and c.lower_ in ("into", "toward", "towards")
               for o in c.children if o.dep_ == "pobj")


def _inanimate(subject: Token, inanimate: Mapping[str, Cue], cameo: str) -> bool:
    """ "an earthquake", "Typhoon Haiyan", "oil prices": a doer that is no actor (cue family `inanimate`).

    A vehicle is none only for force: "a train derailed, killing seven" is an accident, but
    "the first freight train rolled into Djibouti" can carry two countries' trade. So is a war:
    "the war has killed 150,000 people" is its toll, while "the war ended" may still be news.
    """
    # A name takes its kind from a compound ("Typhoon Haiyan"); a common noun does not ("survey teams").
    words = [subject] + [c for c in subject.children if c.dep_ == "compound" and subject.pos_ == "PROPN"]
    if subject.lemma_.lower() in TIME_SPANS | RUNS:
        # "five years of fighting have killed ...": the fighting's toll; "a string of tornadoes"
        words += [p for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                  if p.dep_ == "pobj"]
    cues = [inanimate[w.lemma_.lower()] for w in words if w.lemma_.lower() in inanimate]
    if any(c.value == "blast" for c in cues):
        # "a gas explosion", "a blast at a chemical plant": a fuel or a works names an accident;
        # a blast alone is a bombing
        sites = [p for c in subject.children if c.dep_ == "prep" and c.lower_ in ("at", "in", "inside")
                 for p in _children(c, {"pobj"})]
        kinds = {_kind(w, inanimate) for w in [*sites, *(c for t in (subject, *sites) for c in t.children
                                                       if c.dep_ == "compound")]}
        cues = [c for c in cues if c.value != "blast" or kinds & {"fuel", "works"}]
    cues = [c for c in cues if c.value != "works"]
    return any(c.value not in FORCE_ONLY_DOERS or cameo[:2] in ("17", "18", "19", "20") for c in cues)


def _other_side_of_the_fight(verb: Token, lexicon: Lexicon) -> list[Token]:
    """ "were killed in an ambush by Taliban fighters", "died in clashes with al-Shabaab": the dead
    fell in a fight (a force noun of nouns.tsv) whose doer, or whose other side, is named."""
    fights = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
              for p in _children(c, {"pobj"})
              if any(n.cameo[:2] in ("18", "19", "20") for n in lexicon.nouns.get(p.lemma_.lower(), ()))]
    return [p for fight in fights for c in fight.children
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("by", "with"))
            for p in _children(c, {"pobj"})]


def _in_a_mishap(tok: Token, inanimate: Mapping[str, Cue], cause: Mapping[str, Cue],
                 weapons: Mapping[str, Cue]) -> bool:
    """ "were killed when a bus overturned", "killed in a stampede": the clause that tells how
    has a thing for its subject, or the phrase names a mishap (cue family `inanimate`); no one acted.
    A war's or a genocide's dead counted in a relative clause, or put down to it (cue family `cause`),
    are its toll."""
    # "the war, in which 300,000 people were killed": its toll (the clause may hang on "the anniversary of")
    heads = [tok.head, *(p for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj")] if tok.dep_ == "relcl" else []
    if any(p.lower_ == "which" for c in tok.children if c.dep_ == "prep" for p in c.children) and any(
            _inanimate(h, inanimate, "19") for h in heads):
        return True
    # "killed as a result of the war", "died because of the conflict": the war's toll, no one's act
    causes = [t for c in tok.children if c.dep_ == "prep"
              and (c.lower_ in cause or any(p.lemma_.lower() in cause for p in _children(c, {"pobj"})))
              for t in c.subtree if t.dep_ == "pobj" and t.lemma_.lower() not in cause]
    if any(t.lemma_.lower() in inanimate and inanimate[t.lemma_.lower()].value in ("toll", "mishap") for t in causes):
        return True
    # "six were killed and 30 hurt when a boiler burst": the clause may hang on the first verb
    clauses = [c for v in (tok, *tok.conjuncts) for c in v.children if c.dep_ == "advcl"
               and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "after", "as") for m in c.children)]
    things = [s for c in clauses for s in _children(c, {"nsubj"})]
    if any(_inanimate(t, inanimate, "19") and inanimate[t.lemma_.lower()].value != "toll"
           for t in things if t.lemma_.lower() in inanimate):
        return True
    # "trapped after a gallery caved in"
    if any(_mishap_verb(c, inanimate, weapons) for c in clauses):
        return True
    # "a ferry capsized", and "a plane crashed, killing all on board": the verb, or the one the
    # participle tells the toll of, names a mishap
    # ("skidded off the runway and caught fire, killing 18"), but not a weapon's ("a drone crashed into flats")
    # ("setting fire to cars and killing nine": a later participle hangs on the first)
    participle = _first_conjunct(tok) if tok.tag_ == "VBG" else tok
    verbs = [tok]
    if participle.dep_ == "advcl" and participle.tag_ == "VBG":
        verbs += [participle.head, participle.head.head] if participle.head.dep_ == "conj" else [participle.head]
    # "struck power lines and plummeted to the ground": a verb sharing the subject
    verbs += [c for v in verbs for c in v.conjuncts if not _children(c, SUBJECT_DEPS)]
    # "a fuel lorry overturned and exploded": the parser may hang the first verb on the subject
    verbs += [a for v in verbs for s in _children(v, {"nsubj"}) for a in _children(s, {"acl"}) if a.i > s.i]
    if any(v.pos_ == "VERB" and _mishap_verb(v, inanimate, weapons) for v in verbs):
        return True
    # "in a stampede", "in a gas explosion", "after a gallery caved in", but not "in the
    # earthquake-hit town" nor "during the war": a mishap's own name, or its verb
    return any(_kind(p, inanimate) == "mishap"
               or _kind(p, inanimate) == "blast" and _inanimate(p, inanimate, "19")
               or any(_mishap_verb(a, inanimate, weapons) for a in _children(p, {"acl", "relcl"}))
               for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "during", "after")
               for p in c.children if p.dep_ == "pobj")


def _kind(tok: Token, inanimate: Mapping[str, Cue]) -> str | None:
    """The kind of thing a word names (its `inanimate` cue's value), if any."""
    cue = inanimate.get(tok.lemma_.lower())
    return cue.value if cue is not None else None


def _mishap_verb(verb: Token, inanimate: Mapping[str, Cue], weapons: Mapping[str, Cue]) -> bool:
    """ "crashed", "capsized", "caught fire": a verb of mishap (cue family `inanimate`, kind mishap),
    unless a weapon does it ("a drone crashed into flats")."""
    return _kind(verb, inanimate) == "mishap" and not any(s.lemma_.lower() in weapons for s in _subject(verb))


def _author(subject: Token, lexicon: Lexicon) -> Token:
    """Whoever a thing said or written comes from: "a report by Amnesty International accused the police",
    "a statement from the Kremlin said" (cue family `writing`); else the subject itself ("troops from Chad")."""
    if subject.lemma_.lower() in lexicon.nouns:
        # "an airstrike by the coalition hit a bus": the act named as the subject is its doer's
        return next((p for c in subject.children if c.dep_ == "prep" and c.lower_ == "by"
                     for p in c.children if p.dep_ == "pobj"), subject)
    if lexicon.cue("writing", subject.lemma_.lower()) is None:
        return subject
    return next((p for c in subject.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                 for p in c.children if p.dep_ == "pobj" and _names_actor(p, lexicon)), subject)


def _abstract(tok: Token, lexicon: Lexicon) -> bool:
    """ "inflation", "poverty", "potholes": a thing one may wage a campaign on but use no force
    against (cue family `inanimate`, kinds disease and abstract; not vehicles, nor markets or shares,
    which may be places or things hit: "shelled the market", "90 percent of the clinics")."""
    cue = lexicon.cue("inanimate", tok.lemma_.lower())
    return cue is not None and cue.value in ("disease", "abstract")


def _economic(tok: Token, lexicon: Lexicon) -> bool:
    """ "the lira", "bond yields": a market's figure (cue family `inanimate`, kind economy)."""
    return _kind(tok, lexicon.cues.get("inanimate", {})) == "economy"


def _work(tok: Token, inanimate: Mapping[str, Cue]) -> bool:
    """ "the film", "a drama about the coup": a work (cue family `inanimate`, kind `work`)."""
    cue = inanimate.get(tok.lemma_.lower())
    return cue is not None and cue.value == "work"


def _names_actor(tok: Token, lexicon: Lexicon) -> bool:
    """A name of a person, group or country, or an agent word ("diplomats", "rebels")."""
    return tok.ent_type_ in ACTOR_ENTITIES or any(
        e.kind == "agent" for e in lexicon.actors.get(tok.text.lower(), ()))


def _names_anyone(phrase: Token, lexicon: Lexicon) -> bool:
    """Whether a word of the phrase names an actor, agent words in the plural included ("students")."""
    return any(_names_actor(t, lexicon) or any(e.kind == "agent" for e in lexicon.actors.get(t.lemma_.lower(), ()))
               for t in phrase.subtree)


def _traveller(subject: Token, lexicon: Lexicon) -> bool:
    """ "tourists", "cruise passengers": people travelling for themselves (cue family `traveller`)."""
    return any(lexicon.cue("traveller", w.lemma_.lower()) is not None
               for w in (subject, *[c for c in subject.children if c.dep_ == "compound"]))


def _commentator(subject: Token, lexicon: Lexicon) -> bool:
    """ "analysts", "economists polled by Reuters": people who comment on events (cue family `commentator`)."""
    return any(lexicon.cue("commentator", w.lemma_.lower()) is not None
               for w in (subject, *[c for c in subject.children if c.dep_ == "compound"]))


def _maker(subject: Token) -> Token:
    """Whoever sent a weapon, when a participle names them: "a bomb planted by ETA killed"
    and "a bomb blamed on ETA killed" are ETA's attacks, and "a missile fired from an Israeli
    gunship" the gunship's; "soldiers backed by armour" are still the soldiers."""
    named = [(a, p) for c in subject.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")  # (a participle mis-tagged)
             for a in c.children if a.dep_ == "agent" or a.dep_ == "prep" and (
                 a.lower_ == "on" and c.lemma_ == "blame" or a.lower_ == "from")
             for p in a.children if p.dep_ == "pobj"]
    return next((p for a, p in named if a.lower_ != "from"), next((p for _, p in named), subject))


def _claimant(noun: Token, lexicon: Lexicon) -> list[Token]:
    """Who claims or is blamed for a hostile act: "the Taliban claimed responsibility for the
    bombing" and "Israel blamed Hamas for the attack" name its doer. The governing verb must code
    a claim (015) or an accusation (11x), so "denied responsibility for the attack" names no one.
    An accusation's "over" phrase does too: "HRW criticised the police over the arrests"."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("for", "over"):
        return []
    governor = noun.head.head
    owned = governor.pos_ == "NOUN" and governor.lemma_.lower() in ("responsibility", "credit") and governor.dep_ == "dobj"
    verb = governor.head if owned else governor
    patterns = lexicon.verbs.get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
    match = _match_verb(verb, patterns, lexicon) if patterns else None
    if match is None or _negated(verb):
        return []
    if owned and match[0].cameo == "015" and noun.head.lower_ == "for":
        agents, _ = _passive(verb)
        return agents or _subject(verb)
    if not owned and match[0].cameo[:2] == "11":
        return _children(verb, {"dobj"}) or _passive(verb)[1]  # "Hamas was blamed for the attack"
    return []


def _receiving_verb(noun: Token, lexicon: Lexicon) -> Token | None:
    """The verb whose subject receives what an event noun names ("drew criticism", "came under fire")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "in":
        # "received $3 million in aid from Japan": the amount is the object, the aid its kind.
        amount = head.head if head.head.dep_ == "dobj" else next(
            (c for c in head.head.children if c.dep_ == "dobj"), None)
        if amount is not None:
            noun, head = amount, amount.head
    if noun.dep_ == "dobj":
        cue = lexicon.cue("received", head.lemma_.lower())
        return head if cue is not None and cue.value == "object" else None
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        cue = lexicon.cue("received", head.head.lemma_.lower())
        return head.head if cue is not None and cue.value == head.lower_ else None
    return None


def _predicative(noun: Token, predicates: Mapping[str, Cue]) -> bool:
    """An event noun that says what something is: "is a threat", "as a threat", "poses a threat"."""
    if noun.dep_ == "attr":
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "as":
        return True
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in predicates


def _negated(tok: Token) -> bool:
    """A "not", "never" or "no longer" on a word: "would no longer take part" hangs "no" on "longer"."""
    return any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in ("longer", "more")
               and any(n.dep_ == "neg" for n in c.children) for c in tok.children)


def _intent_head(anchor: Token, intents: Mapping[str, Cue]) -> Token | None:
    """The word announcing an intention to do what the anchor names, if one governs it.

    "agreed to release", "is ready to meet", "committed to supporting", "its willingness
    to talk", "agreed to a ceasefire".
    """
    base = _first_conjunct(anchor)
    head = base.head
    if head.i == anchor.i:
        return None
    cue = intents.get(head.lemma_.lower())
    if cue is not None and cue.value == "report":
        # "Russia said it would send troops": the actor announcing its own future act.
        future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in anchor.children)
        return head if _in_own_words(anchor) and future else None
    if base.dep_ == "xcomp" and cue is not None:
        return head
    if base.dep_ in ("acl", "relcl") and cue is not None and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                 for c in base.children):
        return head  # "a deal to buy jets"; "the deal brokered by China" announces nothing
    if base.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in base.children):
        # "signed a deal to buy S-400s": the parser hangs the deal's "to" clause on the verb.
        deal = next((o for o in head.children if o.dep_ == "dobj" and o.i < base.i
                     and (held := intents.get(o.lemma_.lower())) is not None and held.value == "decision"), None)
        if deal is not None:
            return deal
    if base.dep_ == "ccomp" and cue is not None and cue.value == "verb" and any(
            c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in anchor.children):
        return head  # "vowed that his fighters would strike at Sochi", "promised that Moscow would lift the ban"
    if anchor.dep_ == "nsubj" and head.lemma_.lower() in ("be", "remain", "stay") and any(
            c.dep_ == "prep" and c.lower_ == "on" and any(p.lemma_.lower() == "table" for p in c.children)
            for c in head.children):
        return head  # "new sanctions are on the table": held out, not yet done
    if anchor.dep_ in ("pcomp", "pobj") and head.lower_ == "to" and head.head.lemma_.lower() in intents:
        return head.head
    if anchor.dep_ == "pcomp" and head.lower_ == "of" and (noun := intents.get(head.head.lemma_.lower())) \
            is not None and noun.value == "noun":
        return head.head  # "its intention of withdrawing", "has no intention of freeing them"
    return None


def _not_ruled_out(anchor: Token, governors: Mapping[str, Cue]) -> Token | None:
    """The "rule out" whose object is the anchor's act, when it is not done: "did not rule out
    force", "refused to rule out imposing martial law" (a `governor` cue that negates)."""
    for ruling in list(anchor.ancestors)[:4]:
        if _unruling(ruling, governors):
            return ruling
        if ruling.lemma_.lower() == "rule":
            return None
    return None


def _unruling(ruling: Token, governors: Mapping[str, Cue]) -> bool:
    """True for a "rule out" that is not done: "did not rule out", "refused to rule out"."""
    if ruling.lemma_.lower() != "rule" or not any(c.lower_ == "out" for c in ruling.children):
        return False
    refused = ruling.dep_ == "xcomp" and (cue := governors.get(ruling.head.lemma_.lower())) is not None \
        and cue.value == "negated"
    return _negated(ruling) or refused


def _headline_future(anchor: Token) -> Token | None:
    """The "to" of a headline's main verb with its own subject: "Kenya to free Somali fishermen"."""
    if anchor.dep_ == "relcl" and anchor.head.pos_ == "PROPN" and anchor.head.i == anchor.sent.start:
        pass  # the parser may read the headline's subject as the head of a relative clause
    elif not (anchor.dep_ == "ROOT" or anchor.dep_ in ("ccomp", "parataxis") and anchor.i < anchor.head.i) \
            or not _children(anchor, {"nsubj"}):
        return None  # also "Kenya to free fishermen, minister says"; not "wanted Kenya to free them"
    return next((c for c in anchor.children if c.dep_ == "aux" and c.lower_ == "to"), None)


def _own_possible_act(anchor: Token, intents: Mapping[str, Cue]) -> Token | None:
    """The speech verb of "Sweden's minister said Stockholm might halt its aid": a hostile act
    a speaker says its own side may take is a threat, as one it says it will take is; a
    cooperative one is an offer ("Seoul said it could meet Pyongyang's envoys")."""
    base = _first_conjunct(anchor)
    cue = intents.get(base.head.lemma_.lower())
    if base.head.i == anchor.i or cue is None or cue.value != "report":
        return None
    if not _in_own_words(anchor) and not _unnamed_speaker_after(base):
        return None
    possible = any(c.dep_ == "aux" and c.lower_ in ("might", "may", "could") for c in anchor.children)
    return base.head if possible else None


def _announced_by_own_side(anchor: Token, intents: Mapping[str, Cue]) -> tuple[Token | None, list[Token]]:
    """The speech verb of "Turkey will launch a ground offensive, Erdogan said", and who speaks.

    A hostile act its own side says it will take is a threat; the same words from someone
    else ("Russia will strike, Biden said") are a forecast. A bare office after the quote
    speaks for the quote's subject; a named speaker is returned, to be checked against the
    doer's country once actors are known.
    """
    base = _first_conjunct(anchor)
    cue = intents.get(base.head.lemma_.lower())
    if base.head.i == anchor.i or cue is None or cue.value != "report" or base.dep_ != "ccomp" \
            or not any(c.dep_ == "aux" and c.lower_ in ANNOUNCING_MODALS for c in anchor.children):
        return None, []  # "Kigali may cut links with Paris, Rwanda's minister said" threatens as "will" does
    if _unnamed_speaker_after(base):
        return base.head, []
    speakers = _children(base.head, {"nsubj"})
    return (base.head, speakers) if speakers else (None, [])


def _unnamed_speaker_after(clause: Token) -> bool:
    """ "Chad may pull its troops out, the presidency said": a bare office speaking after
    the quote speaks for the quote's subject (a named one may be someone else's)."""
    speech = clause.head
    speakers = _children(speech, {"nsubj"})
    # ("the foreign ministry" is still bare, even where the parser tags it a name; "the Russian
    # ministry" is named)
    return clause.dep_ == "ccomp" and clause.i < speech.i and bool(speakers) and all(
        (s.pos_ == "NOUN" or s.pos_ == "PROPN" and s.text.islower()) and not any(c.dep_ in ("compound", "amod", "poss") and (
            c.pos_ in ("PROPN", "PRON") or c.pos_ == "ADJ" and c.text[:1].isupper()) for c in s.children)
        for s in speakers)


def _has_condition(anchor: Token) -> bool:
    """Whether an "if" or "unless" clause hangs on the anchor."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in anchor.children)


def _conditional_head(anchor: Token) -> Token | None:
    """The modal of an act promised on a condition: "would pull out of the talks if ...".

    An actor's hostile act made to hang on what another does is a threat, whoever reports it.
    "Could" and "might" are as often an onlooker's speculation ("if Russia helps, it could
    disrupt sanctions"); they make a threat only in the actor's own words ("he said he might").
    """
    modal = next((c for c in anchor.children if c.dep_ == "aux" and c.lower_ in CONDITIONAL_MODALS), None)
    if modal is None:
        return None
    if modal.lower_ in HEDGED_MODALS and not _in_own_words(anchor):
        return None
    return modal if _has_condition(anchor) else None


def condition_subjects(anchor: Token) -> list[Token]:
    """Whose conduct a threat is made to hang on: the subject of its "if" or "unless" clause.

    "would pull out of the talks if Serbia keeps lobbying" is aimed at Serbia; "unless the
    government and UNITA resume talks", at both. A passive condition names its doer by "by";
    "if it is attacked" names none.
    """
    base = _first_conjunct(anchor)
    holders = [anchor, base] + ([base.head] if base.dep_ in ("ccomp", "xcomp") else [])
    for holder in holders:
        for clause in holder.children:
            if clause.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                                 for m in clause.children):
                continue
            subjects = _children(clause, {"nsubj"}) or [p for a in clause.children if a.dep_ == "agent"
                                                        for p in a.children if p.dep_ == "pobj"]
            # "if the UN mandate lapsed" names a thing, not the UN.
            subjects = [t for t in subjects if not (t.pos_ == "NOUN" and _children(t, {"compound"}))]
            return subjects + [c for s in subjects for c in s.conjuncts]
    return []


def _names_a_state_side(phrase: Token, lexicon: Lexicon) -> bool:
    """Whether a phrase is named as a state's or a body's ("Iran's foreign ministry", "Ukrainian
    officials", "US troops", "the United Nations"), not as someone's ("their lawyer")."""
    return any(t.ent_type_ in ACTOR_ENTITIES or any(e.kind != "agent" for e in lexicon.actors.get(t.text.lower(), ()))
               for t in (phrase, *[c for c in phrase.children if c.dep_ in ("poss", "amod", "compound", "nmod")]))


def _reported_by(anchor: Token, lexicon: Lexicon) -> Token | None:
    """The verb of saying whose reported clause holds a passive act with no "by" phrase."""
    if not _children(anchor, {"nsubjpass"}) or _children(anchor, {"agent"}):
        return None
    clause = _first_conjunct(anchor)
    speech = clause.head if clause.dep_ == "ccomp" else None
    reports = lexicon.cues.get("report", {})
    return speech if speech is not None and speech.lemma_.lower() in reports else None


def intent_candidates(candidates: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """The announcements of intent that govern other triggers, coded with intent_codes.tsv.

    "Russia pledged to send humanitarian aid to Syria" is two facts: the pledge, made
    now (0333, express intent to provide humanitarian aid), and the aid, still planned.
    A hostile act announced is a threat: "vowed to retaliate", "said it would close the
    strait", "would walk out of the talks if ..." (13x). A conciliatory act announced as
    not to be done is a refusal: "will not lift the ban" (1241, refusal_codes.tsv). A verb
    whose own pattern already gives an 03 or 13 code is left as it is.
    """
    intents = lexicon.cues.get("intent", {})
    governors = lexicon.cues.get("governor", {})
    future = {word for word, cue in intents.items() if cue.value == "future"}  # "will", "shall"
    announced = {c.anchor.i for c in candidates if c.cameo.startswith(("03", "13"))}
    found: list[Candidate] = []
    for candidate in candidates:
        mapped = lexicon.intent_code(candidate.cameo) if not candidate.cameo.startswith(("03", "13")) else None
        head = _intent_head(candidate.anchor, intents) if mapped is not None else None
        threat = mapped is not None and mapped[0].startswith("13")
        unruled = _not_ruled_out(candidate.anchor, governors) if mapped is not None and head is None else None
        if unruled is not None and unruled.i not in announced:
            # "declined to rule out sending troops across the border": the act is held out,
            # a threat when hostile (1382), an offer when not ("did not rule out talks", 036).
            announced.add(unruled.i)
            code, rule = mapped
            intent = Candidate(code, rule, [unruled, *candidate.trigger], unruled,
                               _subject(unruled) or candidate.sources, candidate.targets, candidate.specificity,
                               "verb", candidate.fallback_sources)
            intent.fallback_targets = candidate.fallback_targets
            intent.status = "asserted"  # the holding out is done, though "rule out" is negated
            found.append(intent)
            continue
        if head is None and not threat:
            # "Germany will deliver more air defence systems": CAMEO reads an actor's own
            # future act as an announced intention. Only cooperation: a plain future
            # hostile act is a forecast unless it is made to hang on a condition.
            head = next((c for c in candidate.anchor.children if c.dep_ == "aux" and c.lower_ in future), None)
            # "Kenya to free 40 fishermen": a headline's "to" is its future.
            head = head or _headline_future(candidate.anchor)
            # "Algiers said it might lift the ban if the fighters disarmed": an offer on a condition;
            # "Seoul said it could meet Pyongyang's envoys": an offer made in its own words.
            head = head or _conditional_head(candidate.anchor) or _own_possible_act(candidate.anchor, intents)
        cue = intents.get(head.lemma_.lower()) if head is not None else None
        if threat and cue is not None and cue.value in ("decision", "future"):
            continue  # "the EU agreed to (plans to) impose sanctions" decides the act; it does not threaten it
        speakers: list[Token] = []
        if head is None and not threat and not _negated(candidate.anchor):
            # "Pakistan's interior minister said Islamabad would assist the inquiry": its own side's
            # word offers the help, as "will" does; someone else's ("analysts said") forecasts it.
            head, speakers = _announced_by_own_side(candidate.anchor, intents)
        if threat and head is None:
            head = _conditional_head(candidate.anchor) or _own_possible_act(candidate.anchor, intents)
        if threat and head is None:
            head, speakers = _announced_by_own_side(candidate.anchor, intents)
        if head is None and not threat and _negated(candidate.anchor):
            # "Moscow would not pull its troops out, the ministry said": a refusal, whoever reports it.
            head = next((c for c in candidate.anchor.children if c.dep_ == "aux" and c.lower_ in REFUSING_MODALS), None)
        if mapped is None or head is None or head.i in announced:
            continue
        denied = head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)
        if _negated(candidate.anchor) or _negated(head) or denied:
            # "Hamas will not release more hostages" refuses (1243); the act itself is coded negated.
            mapped = None if threat else lexicon.refusal_code(candidate.cameo)
            if mapped is None:
                continue
            if denied and head.head.i != head.i:
                head = head.head  # "has no intention of freeing them": the having is the refusal, and it is made
        announced.add(head.i)
        code, rule = mapped
        condition = condition_subjects(candidate.anchor) if code.startswith("13") else []
        # "commanders said their guns would open fire": the speaker acts through its own.
        owned = any(_speakers_own(s) for s in candidate.sources)
        sources = _subject(head) + candidate.sources if owned else candidate.sources or _subject(head)
        targets = condition or candidate.targets
        speech = _reported_by(candidate.anchor, lexicon) if code.startswith("13") and not sources else None
        if speech is not None:
            # "Netanyahu warned Hezbollah that Beirut's suburbs would be struck": a threat whose act
            # names no doer is the speaker's, aimed at whom he warned
            sources = _subject(speech)
            targets = condition or _children(speech, {"dobj", "dative"}) or targets
        intent = Candidate(code, rule, [head, *candidate.trigger], head, sources,
                           targets, candidate.specificity, "verb", candidate.fallback_sources)
        intent.fallback_targets = candidate.targets + candidate.fallback_targets if condition \
            else candidate.fallback_targets
        intent.speakers = speakers
        if head.lemma_.lower() in ("be", "remain", "stay"):
            # "sanctions are on the table, an official said": whoever says so holds them out.
            reports = [head.head] if head.dep_ in ("ccomp", "parataxis") else \
                [c for c in head.children if c.dep_ in ("ccomp", "parataxis") and c.i > head.i]
            intent.fallback_sources = [s for r in reports[:1] for s in _subject(r)] + intent.fallback_sources
            intent.status = "asserted"
        found.append(intent)
    return found


def halt_candidates(candidates: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """The halts of cooperative acts under way, coded with halt_codes.tsv.

    "China stopped disbursing loans to Zambia" is a reduction of aid (1621) by China, done
    now; the disbursing itself stays coded, as negated. Only an act that is the halting
    verb's own complement counts: "stopped to talk to reporters" is a pause, not a halt,
    and has no "-ing" form.
    """
    found: list[Candidate] = []
    halted: set[int] = set()
    for candidate in candidates:
        act, head = candidate.anchor, candidate.anchor.head
        # "Bahrain's severing of ties with Tehran": a halting noun and its "of" phrase
        of_noun = candidate.kind == "noun" and act.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN"
        # "talks between Yerevan and Baku broke down": the act itself is what gives way (cue family collapsing).
        collapsed = lexicon.cue("collapsing", governor_lemma(head)) \
            if candidate.kind == "noun" and act.dep_ == "nsubj" and head.i != act.i else None
        if collapsed is not None:
            mapped = lexicon.halt_code(candidate.cameo)
            if mapped is not None and head.i not in halted:
                halted.add(head.i)
                halt = Candidate(mapped[0], f"{mapped[1]} {collapsed.rule}",
                                 [*candidate.trigger, head], head, candidate.sources, candidate.targets,
                                 candidate.specificity, "noun", candidate.fallback_sources)
                halt.fallback_targets = candidate.fallback_targets
                found.append(halt)
            continue
        if of_noun:
            head = head.head
            if any(c.anchor.i == head.i for c in candidates):
                continue  # "the suspension of aid": the halting noun codes the halt itself
        elif act.dep_ != "xcomp" or act.tag_ != "VBG":
            continue
        if head.i in halted or lexicon.cue("halting", head.lemma_.lower()) is None:
            continue
        mapped = lexicon.halt_code(candidate.cameo)
        if mapped is None:
            continue
        halted.add(head.i)
        code, rule = mapped
        if of_noun:  # "Bahrain's severing of ties", "the severing of ties by Bahrain"
            doers = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "by" for p in _children(c, {"pobj"})] \
                + _children(head, {"poss"})
        else:
            doers = _subject(head)
        halt = Candidate(code, rule, [head, *candidate.trigger], head, doers or candidate.sources,
                         candidate.targets, candidate.specificity, "noun" if of_noun else "verb",
                         candidate.fallback_sources)
        halt.fallback_targets = candidate.fallback_targets
        found.append(halt)
    return found


def culprit_candidates(candidates: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """Accusations made by naming who did a hostile act (cue family `culprit`).

    "Hasina said the ruling party was behind the attack", "Kyiv said Moscow was responsible
    for the strike": the speaker accuses the one named (the cue's code); the act named stays
    coded as well. Only a report counts: the writer's own "the BNP was behind it" accuses no one.
    """
    found: list[Candidate] = []
    for candidate in candidates:
        act = candidate.anchor
        if candidate.kind != "noun" or candidate.cameo[:2] not in HOSTILE_ROOTS or act.dep_ != "pobj":
            continue
        prep = act.head
        word = prep.head if prep.lower_ == "for" else prep  # "responsible for", "to blame for"; "behind"
        cue = lexicon.cue("culprit", word.lemma_.lower())
        if cue is None:
            continue
        copula = word.head
        speech = copula.head
        if copula.lemma_ != "be" or copula.dep_ != "ccomp" or lexicon.cue("report", speech.lemma_.lower()) is None \
                or lexicon.cue("negating_verb", speech.lemma_.lower()) is not None or _children(copula, {"neg"}):
            continue  # not "Moscow denied it was behind it", "said it was not behind it"
        accused, speakers = _children(copula, {"nsubj"}), _subject(speech)
        if any(a.lower_ in SELF_PRONOUNS for a in accused):
            # "Hamas said it was behind the attack" claims it: the claimant did the act
            candidate.fallback_sources = candidate.fallback_sources or speakers
            continue
        if accused and speakers and all(_names_anyone(a, lexicon) for a in accused):  # not "a gas leak"
            candidate.fallback_sources = candidate.fallback_sources or accused  # the act as alleged
            found.append(Candidate(cue.value, cue.rule, [speech, word], speech, speakers, accused, 1, "verb"))
    return found


def demand_candidates(candidates: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """Demands made by naming the act demanded, coded with demand_codes.tsv.

    "Odinga said Kibaki must step down" is a demand by Odinga for a change in leadership
    (1041); the resignation itself stays coded too, as planned. Only in another's words:
    "Iran said it must act" is the speaker's own resolve.
    """
    cues = lexicon.cues.get("demand", {})
    found: list[Candidate] = []
    made: set[int] = set()
    for candidate in candidates:
        mapped = lexicon.demand_code(candidate.cameo)
        base = _first_conjunct(candidate.anchor)
        # "have" demands only as "had to leave" (below); as an auxiliary it is a tense ("have been given").
        modal = next((c for t in (candidate.anchor, base) for c in t.children
                      if c.dep_ == "aux" and c.lemma_.lower() != "have"
                      and (cue := cues.get(c.lower_)) is not None and cue.value == "modal"), None)
        if modal is None and base.dep_ == "xcomp" and (cue := cues.get(base.head.lemma_.lower())) is not None \
                and cue.value == "modal":
            modal = base.head  # "said Russian forces had to leave": the act hangs off "had"
            base = _first_conjunct(modal)
        speech = base.head
        said = cues.get(speech.lemma_.lower())
        mandative = said is not None and said.value == "mandative"
        if modal is None and base.dep_ == "ccomp" and _bare_form_demanded(base, mandative) and _children(base, {"nsubj"}) \
                and not _children(base, {"aux", "auxpass"}):
            modal = base
        if mapped is None or modal is None or said is None or said.value not in ("report", "mandative") \
                or base.dep_ != "ccomp" or speech.i in made or _in_own_words(candidate.anchor):
            continue
        if _negated(candidate.anchor) or _negated(speech):
            continue  # "said the troops must not withdraw" demands the opposite of the act
        made.add(speech.i)
        code, rule = mapped
        # The demand is aimed at whoever is to act (the act's own subject), else where the act is aimed.
        doers = [c for t in (candidate.anchor, base) for c in t.children if c.dep_ == "nsubj"][:1] or candidate.sources
        # In a bare-form demand the act is its own "modal": each token once in the trigger.
        words = list({t.i: t for t in (speech, modal, *candidate.trigger)}.values())
        demand = Candidate(code, rule, words, speech, _subject(speech), doers or candidate.targets,
                           candidate.specificity, "verb")
        demand.fallback_targets = candidate.targets or candidate.fallback_targets
        found.append(demand)
    return found


def ultimatum_candidates(sent: Span, lexicon: Lexicon) -> tuple[list[Candidate], dict[int, Candidate]]:
    """Ultimatums: a span of time given to do an act, CAMEO 139 whatever the act.

    "The Council gave Khartoum 30 days to open Darfur", "NATO gave the Serbs until
    midnight to pull back". The giving verbs and the units of time are the `ultimatum`
    cues. Returns the ultimatums and, by token, the acts demanded with the ultimatum
    that demands them: they have not happened and are not coded as events of their own.
    """
    cues = lexicon.cues.get("ultimatum", {})
    found: list[Candidate] = []
    demanded: dict[int, Candidate] = {}
    for tok in sent:
        cue = cues.get(tok.lemma_.lower())
        if tok.pos_ != "VERB" or cue is None or cue.value not in ("verb", "held"):
            continue
        # "told the commanders they had until noon to disarm": the one who holds the time is
        # its target, and whoever told them set it; without a teller it is only a deadline.
        held = cue.value == "held"
        # The teller: the verb the clause reports to, or whose object it describes when the
        # parser reads "told the elders they had until Friday" as a relative clause.
        teller = tok.head if tok.dep_ == "ccomp" else tok.head.head if tok.dep_ == "relcl" else None
        if held and (teller is None or teller.pos_ != "VERB"):
            continue
        spans = [c for c in tok.children if c.dep_ in ("dobj", "npadvmod")
                 and (unit := cues.get(c.lemma_.lower())) is not None and unit.value == "time"]
        spans += [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "until"]
        # "gave 300 families squatting near Siem Reap three days to leave": the span parsed inside the object
        spans += [t for o in _children(tok, {"dobj", "dative"}) for t in o.subtree if t.dep_ == "npadvmod"
                  and (unit := cues.get(t.lemma_.lower())) is not None and unit.value == "time"]
        clauses = [c for t in (tok, *spans, *([teller] if held else [])) for c in t.children
                   if c.dep_ in ("advcl", "xcomp", "relcl", "acl")
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        if not spans or not clauses:
            continue
        if held:
            assert teller is not None
            sources, targets, told = _subject(teller), _subject(tok), _children(teller, {"dobj", "dative"})
        else:
            sources, told = _subject(tok), []
            targets = _children(tok, {"dative"}) or [c for c in _children(tok, {"dobj"}) if c not in spans]
        ultimatum = Candidate("139", cue.rule, [tok, spans[0]], tok, sources, targets, 3, "verb",
                              _governing_subject(tok, lexicon.cues.get("report", {})))
        ultimatum.fallback_targets = _children(clauses[0], SUBJECT_DEPS) + told
        found.append(ultimatum)
        demanded.update((c.i, ultimatum) for c in clauses)
    return found, demanded


def ultimatum_demands(acts: list[Candidate], demanded: dict[int, Candidate], lexicon: Lexicon) -> list[Candidate]:
    """The demand an ultimatum makes, coded with demand_codes.tsv from the act demanded:
    "the rebels gave Deby 48 hours to quit" threatens (139) and demands his going (1041)."""
    found: list[Candidate] = []
    for act in acts:
        # "to open talks": a noun's act is demanded with the verb that governs it.
        ultimatum = demanded.get(act.anchor.i if act.kind != "noun" else act.anchor.head.i)
        mapped = lexicon.demand_code(act.cameo)
        if ultimatum is None or mapped is None or any(d.anchor.i == ultimatum.anchor.i for d in found):
            continue
        code, rule = mapped
        demand = Candidate(code, rule, [ultimatum.anchor, *act.trigger], ultimatum.anchor, ultimatum.sources,
                           ultimatum.targets, act.specificity, "verb", ultimatum.fallback_sources)
        demand.fallback_targets = ultimatum.fallback_targets
        found.append(demand)
    return found


def governor_lemma(tok: Token) -> str:
    """A verb's lemma with its particle, as cues.tsv writes phrasal governors ("call off")."""
    particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    return f"{tok.lemma_.lower()} {particle}" if particle else tok.lemma_.lower()


def cancels(tok: Token, lexicon: Lexicon) -> bool:
    """True for verbs that undo what they govern: cancel, call off, postpone, scrap."""
    for lemma in (governor_lemma(tok), tok.lemma_.lower()):
        cue = lexicon.cue("governor", lemma)
        if cue is not None:
            return cue.value == "negated"
    return False


def find_triggers(sent: Span, lexicon: Lexicon) -> list[Candidate]:
    """Every verb and noun trigger in a sentence.

    "Called off his visit" is two facts: the cancellation, an act of its own (CAMEO
    codes it), and the visit, negated. A verb that cancels therefore also frees the
    event noun it took as object.
    """
    ultimatums, demanded = ultimatum_candidates(sent, lexicon)
    acts = verb_candidates(sent, lexicon)
    # "did not rule out talks" rejects nothing: it holds the talks out, which the intent step codes.
    governors = lexicon.cues.get("governor", {})
    unruling = {c.anchor.i for c in acts if _unruling(c.anchor, governors)}
    sent.doc.user_data.setdefault(UNRULED_KEY, set()).update(unruling)
    verbs = [c for c in acts if c.anchor.i not in demanded and c.anchor.i not in unruling]
    taken = {t.i for c in verbs for t in c.trigger}
    nouns = [n for n in noun_candidates(sent, lexicon, taken) if not _motive(n, verbs, lexicon)]
    ultimatums += ultimatum_demands(acts + nouns, demanded, lexicon)
    nouns = [c for c in nouns if c.anchor.head.i not in demanded]
    intents = intent_candidates(verbs + nouns, lexicon)
    # A "rule out" read as holding an act out is not the model's to read again.
    held_out = {c.anchor.i for c in intents} & unruling
    sent.doc.user_data.setdefault(NO_EVENT_KEY, set()).update(held_out)
    culprits = culprit_candidates(nouns, lexicon)
    # "the rebels were to blame for the ambush": the blaming is the speaker's, not the rebels'
    verbs = [c for c in verbs if not any(c.anchor.i == n.trigger[-1].i for n in culprits)]
    demands = demand_candidates(verbs + nouns, lexicon)
    # "insisted that Kibaki step down": the resignation demanded (1041) says more than the bare-form row's 100
    specific = {d.anchor.i for d in demands if d.cameo != GENERIC_DEMAND}
    verbs = [c for c in verbs if c.anchor.i not in specific or not any(
        p.rule == c.rule and p.comps == BARE_CLAUSE for p in lexicon.verbs.get(c.anchor.lemma_.lower(), ()))]
    nouns += intents + demands + ultimatums + halt_candidates(verbs + nouns, lexicon) + culprits
    cancelling = [c for c in verbs if c.kind == "verb" and cancels(c.anchor, lexicon)]
    for verb in cancelling:
        objects = [t for t in verb.trigger if t.i != verb.anchor.i and t.dep_ in ("dobj", "nsubjpass")]
        freed = noun_candidates(sent, lexicon, taken - {t.i for t in objects})
        governed = [n for n in freed if any(n.anchor.i == o.i for o in objects)]
        if governed:
            for noun in governed:
                if not noun.sources:
                    noun.fallback_sources = noun.fallback_sources or _subject(verb.anchor)
                nouns.append(noun)
    # "Analysts say the sanctions have had little effect": what commentators assess is their view,
    # not news of an act.
    viewed = {c.i for v in sent if v.pos_ in ("VERB", "AUX") and _commentators_view(v, lexicon)
              for clause in _children(v, {"ccomp"}) if _a_view(clause) for c in clause.subtree}
    sent.doc.user_data.setdefault(NO_EVENT_KEY, set()).update(viewed)
    # "Diplomats generally prefer quiet talks", "An embargo is a ban on trade": a habit or a
    # definition tells of no act.
    generic = {c.i for v in sent if _generic(v, lexicon) for c in v.subtree}
    sent.doc.user_data.setdefault(NO_EVENT_KEY, set()).update(generic)
    return [c for c in verbs + nouns if c.anchor.i not in viewed and c.anchor.i not in generic]


def _present(verb: Token) -> bool:
    """Whether a verb is in the simple present, on its own or through its auxiliary."""
    return verb.tag_ in ("VBZ", "VBP") or any(a.dep_ in ("aux", "auxpass") and a.tag_ in ("VBZ", "VBP")
                                              for a in verb.children)


def _generic(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb states what usually happens (cue family `habitual`: "are generally
    deployed", "tend to restrict") or defines a word ("Asylum is a form of protection", "A
    default occurs when a government fails to pay"), in the present tense."""
    if verb.pos_ not in ("VERB", "AUX") or not _present(verb):
        return False
    habits = lexicon.cues.get("habitual", {})
    cue = habits.get(verb.lemma_.lower())
    if cue is not None and cue.value == "verb" and _children(verb, {"xcomp"}):
        return True
    if any(c.dep_ == "advmod" and (a := habits.get(c.lower_)) is not None and a.value == "adverb" for c in verb.children):
        return True
    if verb.dep_ != "ROOT":
        return False
    subjects = _children(verb, {"nsubj"})
    # a kind of thing defined ("Asylum is", "An embargo is"), not a state, a person or a thing in
    # the news described ("Iran is a threat", "the march is a protest against the reform")
    defined = bool(subjects) and all(
        s.pos_ == "NOUN" and s.ent_type_ == "" and not _names_anyone(s, lexicon)
        and all(d.lower_ in ("a", "an") for d in s.children if d.dep_ in ("det", "poss", "predet"))
        and not any(d.dep_ in ("relcl", "acl") or d.pos_ == "VERB" for d in s.children) for s in subjects)
    if not defined:
        return False
    if verb.lemma_ == "be":
        return any(c.dep_ == "attr" and any(d.lower_ in ("a", "an") for d in c.children) for c in verb.children)
    # "A sovereign default occurs when ...": a kind of thing, and when it happens
    return all(any(d.lower_ in ("a", "an") for d in s.children) for s in subjects) and any(
        c.dep_ == "advcl" and any(m.dep_ == "advmod" and m.lower_ in ("when", "whenever") for m in c.children)
        for c in verb.children)


def _a_view(clause: Token) -> bool:
    """Whether a clause commentators report is their assessment ("analysts say the sanctions have
    had little effect"). What they say may or will happen is still an event, a possible one
    ("analysts say Hanoi would reject the plan"): see stages/modality.py."""
    return not any(c.dep_ == "aux" and c.lower_ in VIEW_MODALS for c in clause.children)


def _commentators_view(verb: Token, lexicon: Lexicon) -> bool:
    """True for a verb of saying or believing whose subjects are all commentators (`commentator` cues, value view)."""
    def viewer(subject: Token) -> bool:
        cue = lexicon.cue("commentator", subject.lemma_.lower())
        return subject.pos_ == "NOUN" and cue is not None and cue.value == "view"

    subjects = _children(verb, {"nsubj"})
    return bool(subjects) and all(viewer(s) for s in subjects)
