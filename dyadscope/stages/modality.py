"""Status: is the event reported as done, planned, possible or negated?

Read from the grammar of the trigger's clause: its auxiliaries, negation, hedging
adverbs, a conditional subordinator, and the verbs that govern it ("is set to
visit", "refused to meet", "denied that ..."). Cue words live in cues.tsv.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from ..lexicon import Lexicon

# Negated beats possible beats planned beats asserted: "will not attend" is negated,
# "could be scheduled" is possible.
RANK = {"asserted": 0, "planned": 1, "possible": 2, "negated": 3}
# How far up the tree a governing verb can lend its status (set -> to visit -> ...).
MAX_CLIMB = 4


def _own_cues(tok: Token, lexicon: Lexicon) -> list[tuple[str, str]]:
    """Status cues attached directly to one token: (status, cue rule)."""
    cues: list[tuple[str, str]] = []
    for child in tok.children:
        word = child.lower_
        if child.dep_ == "neg":
            cue = lexicon.cue("negation", word)
            if cue:
                cues.append((cue.value, cue.rule))
        elif child.dep_ in ("aux", "auxpass") or (child.dep_ == "advmod" and word in ("'ll",)):
            cue = lexicon.cue("aux", word)
            if cue:
                cues.append((cue.value, cue.rule))
        elif child.dep_ == "advmod":
            cue = lexicon.cue("hedge", word)
            if cue is None and word in ("longer", "more"):
                # "would no longer take part": the "no" hangs on "longer", not on the verb.
                cue = next((lexicon.cue("negation", c.lower_) for c in child.children if c.dep_ == "neg"), None)
            if cue:
                cues.append((cue.value, cue.rule))
        elif child.dep_ == "mark":
            cue = lexicon.cue("conditional", word)
            # "if they attack", and "a decision on whether to recall the envoy": open either way
            if cue and (tok.dep_ == "advcl" or word == "whether"):
                cues.append((cue.value, cue.rule))
        elif child.dep_ == "amod" and tok.pos_ in ("NOUN", "PROPN"):
            cue = lexicon.cue("planned_adj", word)
            if cue:
                cues.append((cue.value, cue.rule))
        elif child.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ in ("preconj", "det") and g.lower_ == "neither"
                                                         for g in child.children):
            cue = lexicon.cue("negation", "neither")  # "Neither Russia nor Ukraine attended the talks"
            if cue:
                cues.append((cue.value, cue.rule))
        elif child.dep_ == "det" and word == "no":
            cue = lexicon.cue("negation", word)
            if cue:
                cues.append((cue.value, cue.rule))
        elif child.dep_ == "det" and tok.pos_ in ("NOUN", "PROPN"):
            cue = lexicon.cue("planned_adj", word)  # "a vote on any military action": none is taken yet
            if cue:
                cues.append((cue.value, cue.rule))
    return cues


def _to_infinitive(clause: Token) -> bool:
    """A "to" infinitive: "are to resume", "an opportunity to seek"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _bare_that_clause(clause: Token) -> bool:
    """A bare verb in a "that" clause, asked for rather than done: "a demand that Britain return
    the marbles". The parser sometimes tags that verb a noun ("demanded that the IMF release")."""
    return clause.tag_ in ("VB", "VBP", "NN") and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)


def resolve_status(anchor: Token, trigger: Collection[Token], lexicon: Lexicon) -> tuple[str, str | None]:
    """The status of the event anchored at a token, and the cue that decided it.

    Args:
        anchor: the trigger's head token (verb, or event noun).
        trigger: the trigger's tokens, so that "refused to meet" as REJECT is not negated by itself,
            while "called on them to call off the blockade" is still asked for.
        lexicon: cue words.

    Returns:
        (status, rule of the deciding cue or None when asserted by default).
    """
    own_words = {t.i for t in trigger} | {anchor.i}
    cues: list[tuple[str, str | None]] = list(_own_cues(anchor, lexicon))
    tok = anchor
    if _answered(anchor, lexicon):
        # "vowed to retaliate for the killing of their commander": the killing is done; only the
        # answer to it is planned.
        return _decided(cues)
    # An event noun takes the status of the verb it hangs from: "the meeting could be ...".
    if anchor.pos_ in ("NOUN", "PROPN") and anchor.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr"):
        verb = anchor.head
        if anchor.dep_ == "pobj" and verb.head.i != verb.i:
            verb = verb.head
        own = _own_cues(verb, lexicon)
        particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
        governor = (lexicon.cue("governor", f"{verb.lemma_.lower()} {particle}") if particle else None) \
            or lexicon.cue("governor", verb.lemma_.lower())
        refusing = lexicon.cue("governor", verb.head.lemma_.lower()) if verb.dep_ == "xcomp" else None
        refused = refusing is not None and refusing.value == "negated"
        # "was in contact with", "went on strike": a state or a deed. These verbs plan through a "to"
        # clause ("the talks are to resume"), or in the present ("the truce goes into effect on
        # Sunday", "workers are going on strike"), but a past tense or a state "in" something does not
        # (cue family clause_governor).
        if governor and lexicon.cue("clause_governor", verb.lemma_.lower()) and not any(
                c.dep_ == "xcomp" and _to_infinitive(c) for c in verb.children) \
                and (verb.tag_ in ("VBD", "VBN") or verb.lemma_ == "be" and anchor.dep_ == "pobj"):
            governor = None
        if governor and verb.i not in own_words:
            if governor.value == "negated" and (refused or any(c[0] == "negated" for c in own)):
                # "did not rule out new talks", "refused to rule out strikes": two negations leave the event open.
                own = [c for c in own if c[0] != "negated"] + [("possible", governor.rule)]
                if refused:
                    verb = verb.head  # the refusing is read; the climb goes on above it
            else:
                own.append((governor.value, governor.rule))
        cues += own
        tok = verb
    for _ in range(MAX_CLIMB):
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.i != tok.head.i:
            without = lexicon.cue("negation", tok.head.lower_)
            if without is not None:
                cues.append((without.value, without.rule))  # "without giving details": not done
            tok = tok.head  # "commits to supporting X": the status of "commits" applies
        elif tok.dep_ in ("acl", "advcl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN") and \
                (_to_infinitive(tok) or tok.dep_ == "acl" and _bare_that_clause(tok)):
            # "an opportunity to seek support": an infinitive takes the status of its noun's clause.
            noun = tok.head
            # "has no plans to meet": the noun's own determiner and meaning count too.
            cues += [c for c in _own_cues(noun, lexicon) if c[0] != "asserted"]
            plan = lexicon.cue("governor", noun.lemma_.lower())
            if plan is not None:
                cues.append((plan.value, plan.rule))
            if noun.head.i == noun.i:
                break
            cues += [c for c in _own_cues(noun.head, lexicon) if c[0] != "asserted"]
            tok = noun.head
            continue
        if tok.dep_ == "relcl" and tok.head.lower_ in ("anyone", "anybody", "whoever"):
            cues.append(("possible", None))  # "would deal with anyone who took to the streets": no one yet
            break
        if tok.dep_ in ("csubj", "csubjpass") and tok.head.i != tok.i:
            # "Strengthening ties could provide leverage": the clause takes its verb's modality.
            cues += [c for c in _own_cues(tok.head, lexicon) if c[0] != "asserted"]
            tok = tok.head
            continue
        if tok.dep_ in ("dobj", "pobj") and tok.pos_ in ("NOUN", "PROPN") and tok.head.i != tok.i:
            # "could seek support in easing sanctions": from the noun phrase on to its verb.
            cues += [c for c in _own_cues(tok.head, lexicon) if c[0] != "asserted"]
            tok = tok.head
            continue
        if tok.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "acomp", "prep") or tok.head.i == tok.i:
            break
        head = tok.head
        lemma = head.lemma_.lower()
        # "pleaded with both sides to hold their fire": a "to" clause after the addressee;
        # "demanded that Serbia withdraw": a bare verb in a "that" clause is asked for, not done;
        # "allowed inspectors to visit": the parser makes a "to" clause with its own subject a ccomp.
        asked = (tok.dep_ == "advcl" and _to_infinitive(tok)) or (
            tok.dep_ == "ccomp" and (tok.tag_ in ("VB", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
                                     or _bare_that_clause(tok) or _to_infinitive(tok)))
        if tok.dep_ in ("xcomp", "acomp") or asked or (tok.dep_ == "pcomp" and head.pos_ in ("VERB", "AUX")):
            governor = lexicon.cue("governor", lemma)
            if governor is not None and governor.value == "negated" and tok.dep_ == "advcl":
                governor = None  # "blocked the road to protest against prices": a purpose, not an act blocked
            if governor and head.i not in own_words:
                denied = [c for c in _own_cues(head, lexicon) if c[0] == "negated"]
                refusing = lexicon.cue("governor", head.head.lemma_.lower()) if head.dep_ == "xcomp" else None
                if governor.value == "negated" and (denied or refusing is not None and refusing.value == "negated"):
                    # "did not rule out developing ties", "refused to rule out expelling him":
                    # two negations leave the event open.
                    cues.append(("possible", governor.rule))
                    tok = head.head if not denied else head
                    continue
                cues.append((governor.value, governor.rule))
                if tok.dep_ == "ccomp":
                    # "will allow the rebels to attend", "did not ask Kyiv to send troops"
                    cues += [c for c in _own_cues(head, lexicon) if c[0] != "asserted"]
        if tok.dep_ == "ccomp":
            denial = lexicon.cue("negating_verb", lemma)
            if denial:
                cues.append((denial.value, denial.rule))
            # A report verb's own tense does not make the reported event planned ("said it will").
            break
        if tok.dep_ in ("conj", "prep"):
            # "accused Y of shelling", "barred inspectors from visiting": the governing verb decides
            governor = lexicon.cue("governor", lemma) if tok.dep_ == "prep" and tok.lower_ in ("of", "for", "from") else None
            if governor is None and tok.dep_ == "prep" and tok.lower_ == "of" and head.dep_ == "dobj" \
                    and head.head.pos_ == "VERB" and (head.pos_ == "PROPN" or head.tag_ == "NNS"):
                governor = lexicon.cue("governor", head.head.lemma_.lower())  # "accused soldiers of raping"
            if governor is not None and head.i not in own_words:
                cues.append((governor.value, governor.rule))  # "accused Y of shelling": alleged
                if head.pos_ in ("NOUN", "PROPN"):
                    # "has no intention of freeing them": the noun's own determiner counts too
                    cues += [c for c in _own_cues(head, lexicon) if c[0] != "asserted"]
            tok = head
            continue
        cues += [c for c in _own_cues(head, lexicon) if c[0] != "asserted"]
        tok = head
    return _decided(cues)


def _decided(cues: list[tuple[str, str | None]]) -> tuple[str, str | None]:
    """The strongest cue: negated beats possible beats planned beats asserted."""
    if not cues:
        return "asserted", None
    status, rule = max(cues, key=lambda c: RANK.get(c[0], 0))
    return status, rule


def _answered(anchor: Token, lexicon: Lexicon) -> bool:
    """An event noun naming the act that another act answers: "retaliate for the killing",
    "apologised over the shooting" (cue family `answering`)."""
    prep = anchor.head
    return anchor.pos_ in ("NOUN", "PROPN") and anchor.dep_ == "pobj" and prep.lower_ in ("for", "over") \
        and prep.head.i != prep.i and lexicon.cue("answering", prep.head.lemma_.lower()) is not None


FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})


def looks_ahead(anchor: Token, lexicon: Lexicon) -> bool:
    """True when the event lies ahead of the report: future auxiliaries or a planning governor.

    Used for dates, so that "will not attend on Thursday" means the coming Thursday
    even though the event is negated.
    """
    tok = anchor
    if anchor.pos_ in ("NOUN", "PROPN") and anchor.head.i != anchor.i:
        tok = anchor.head
    for _ in range(MAX_CLIMB):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX for c in tok.children):
            return True
        governor = lexicon.cue("governor", tok.lemma_.lower())
        if tok.i != anchor.i and governor is not None and governor.value == "planned":
            return True
        if tok.dep_ not in ("xcomp", "conj", "acomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
