"""Actors: find gazetteer mentions in a parsed document and resolve phrases to actors.

A mention is a span that a lexicon term names (a country, capital, organisation,
group, leader or agent word). An actor is what a whole noun phrase refers to:
"North Korean leader Kim Jong Un" holds three mentions (demonym, agent, person)
and resolves to one actor, Kim Jong Un, PRKGOV.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..lexicon import ActorEntry, Lexicon
from ..records import Actor

# Dependency labels that stay inside one noun phrase when collecting its mentions.
PHRASE_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "nn", "case", "flat", "npadvmod", "det"})
MATCHES_KEY = "dyadscope.gazetteer_matches"
PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "his"})
PRONOUNS_PLURAL = frozenset({"they", "their"})
# Sectors of a state's own institutions: a named one belongs to the country that owns it in the text.
STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP"})
# Words that put a title in the past: "former Interior Minister X", "the ousted president". ("Then-minister"
# and "outgoing" say he held it when he acted.)
PAST_TITLE_WORDS = frozenset({"former", "ex", "ousted", "deposed", "exiled", "late", "erstwhile", "onetime"})


@dataclass(frozen=True)
class Mention:
    """A span of the document that a lexicon term names."""

    start: int  # token index
    end: int  # token index, exclusive
    entry: ActorEntry
    char_start: int
    char_end: int


class Gazetteer:
    """Phrase matchers over every actor term of the lexicon."""

    def __init__(self, nlp_vocab_doc: object, lexicon: Lexicon, make_doc: object) -> None:
        vocab = nlp_vocab_doc
        self.lexicon = lexicon
        # Short all-capital abbreviations ("US", "UN", "IS") must match case-sensitively:
        # lower-cased they are the words "us", "un", "is".
        self._exact = PhraseMatcher(vocab, attr="ORTH")  # type: ignore[arg-type]
        self._folded = PhraseMatcher(vocab, attr="LOWER")  # type: ignore[arg-type]
        exact_terms = [t for t in lexicon.actors if t.replace(".", "").isupper() and len(t) <= 5]
        folded_terms = [t for t in lexicon.actors if t not in set(exact_terms)]
        self._terms: dict[str, str] = {}
        for matcher, terms in ((self._exact, exact_terms), (self._folded, folded_terms)):
            patterns = []
            for term in terms:
                key = f"T{len(self._terms)}"
                self._terms[key] = term
                patterns.append((key, make_doc(term)))  # type: ignore[operator]
            for key, pattern in patterns:
                matcher.add(key, [pattern])
        self._states = address_states(lexicon)  # "Paris, Texas", "London, Ontario"
        self._term_words = frozenset(t.lower() for t in lexicon.actors)
        # "the Niger Delta", "the Korean peninsula": a region whose name holds another country's.
        self._regions = PhraseMatcher(vocab, attr="LOWER")  # type: ignore[arg-type]
        for term, (_, country) in lexicon.regions.items():
            self._regions.add(country or "-", [make_doc(term)])  # type: ignore[operator]

    def _matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(match id, start, end) of every term match, overlaps included; computed once per document.

        Proper names must hold a capital in the text ("Chad" the country, not "chad";
        "al-Qaeda" passes): checked before overlaps are settled, so a lower-case long
        match does not hide a good shorter one. The prefilter and the mention finder
        both need the matches; the tokens do not change in between, so they are kept
        on the document.
        """
        cached = doc.user_data.get(MATCHES_KEY)
        if cached is not None:
            return cached  # type: ignore[no-any-return]
        found = []
        regions = [(start, end, doc.vocab.strings[match_id]) for match_id, start, end in self._regions(doc)]
        for matcher in (self._exact, self._folded):
            for match_id, start, end in matcher(doc):
                entries = self.lexicon.actors[self._terms[doc.vocab.strings[match_id]]]
                if entries[0].kind != "agent" and doc[start:end].text.islower():
                    continue
                if entries[0].kind in ("country", "demonym", "capital", "igo") and _names_a_backer(doc, end):
                    continue  # "Moscow-backed separatists" are not Russia's, "Russian-speaking students" not Russians
                if entries[0].kind in ("country", "demonym", "capital") and start >= 2 and doc[start - 1].text == "-" \
                        and doc[start - 2].lower_ in ("pro", "anti", "pan"):
                    # "pro-Russian separatists" side with Russia; they are not its own. "the
                    # Pan-American Highway" is no one's.
                    continue
                if entries[0].kind == "capital" and end < len(doc) and any(  # tokens only: no lemmas yet
                        self.lexicon.cue("document", w) for w in (doc[end].lower_, doc[end].lower_.removesuffix("s"))):
                    continue  # "the Minsk accords", "the Oslo process": named for a city, not its state's
                if entries[0].kind == "capital" and _names_a_club(doc, start, end, self.lexicon):
                    continue  # "Real Madrid", "Dynamo Kyiv", "Paris Saint-Germain": a football club, not a government
                if entries[0].kind == "agent" and (start > 0 and self.lexicon.cue(
                        "idiom", f"{doc[start - 1].lower_} {doc[start:end].text.lower()}") is not None
                        or end < len(doc) and self.lexicon.cue(
                            "idiom", f"{doc[start:end].text.lower()} {doc[end].lower_}") is not None):
                    continue  # "joined forces with Malaysia", "the banks of the river": idioms, no one's forces or firms
                if entries[0].kind == "agent" and doc[start].text[:1].isupper() and any(
                        doc[k].text[:1].isupper() and self.lexicon.cue("document", doc[k].lower_)
                        for k in range(end, min(end + 2, len(doc)))):
                    continue  # "the Visiting Forces Agreement": a word in a document's name, no one's forces
                if entries[0].kind == "agent" and _names_a_kind(doc, end):
                    continue  # "military-style rifles", "police-grade gear": a kind of thing, not the force
                if entries[0].kind == "seat" and start > 0 and self.lexicon.cue("seat_owner", doc[start - 1].lower_):
                    continue  # "Coptic Pope Tawadros", "the Orthodox Patriarch": another church's head
                if entries[0].kind in ("country", "capital") and self._in_a_state(doc, end):
                    continue  # "Paris, Texas", "Lebanon, Pennsylvania": an American town, not the state
                if entries[0].kind in ("country", "demonym") and any(
                        a <= start and end <= b and b - a > end - start and country != entries[0].country
                        for a, b, country in regions):
                    continue  # "the Niger Delta" is Nigeria's, not Niger
                found.append((match_id, start, end))
        doc.user_data[MATCHES_KEY] = found
        return found

    def _in_a_state(self, doc: Doc, end: int) -> bool:
        """Whether the name ending at `end` is followed by ", State" ("Paris, Texas"); a state that
        is also an actor's name ("Moscow, Washington and Kyiv") is a list, not an address."""
        state = state_named_after(doc, end, self._states)
        return state is not None and state not in self._term_words

    def raw_matches(self, doc: Doc) -> Iterable[tuple[int, int, str]]:
        """(start, end, kind) of every term match, overlaps included: needs only tokens."""
        for match_id, start, end in self._matches(doc):
            yield start, end, self.lexicon.actors[self._terms[doc.vocab.strings[match_id]]][0].kind

    def mentions(self, doc: Doc, day: dt.date | None) -> list[Mention]:
        """Every mention in the document, longest match first where spans overlap."""
        spans = [Span(doc, start, end, label=match_id) for match_id, start, end in self._matches(doc)]

        def preference(span: Span) -> tuple[bool, bool]:
            term = self._terms[doc.vocab.strings[span.label]]
            return span.text != term, self.lexicon.actors[term][0].kind == "agent"

        # Terms that match the same words ("Congress" the US body, "congress" the role word): the one
        # written as in the text wins, then a name over a role word; filter_spans keeps the first of equals.
        spans.sort(key=preference)
        named = {i for span in spans for i in range(span.start, span.end)}
        particles = self.lexicon.cues.get("name_particle", {})
        found: list[Mention] = []
        homonyms: list[list[ActorEntry]] = []  # each mention's entries, for names groups of several countries share
        for span in filter_spans(spans):
            term = self._terms[doc.vocab.strings[span.label]]
            if _another_persons_name(doc, span.start, span.end, self.lexicon.actors[term]):
                continue  # "Diane Abbott" is not Tony Abbott
            if self.lexicon.actors[term][0].kind == "person" and _hyphen_joined(doc, span.start, span.end,
                                                                              named, particles):
                continue  # "Yunus-Bek Yevkurov" is not Muhammad Yunus
            entry = choose_entry(self.lexicon.actors[term], day)
            if entry.kind == "capital" and _longer_place_name(doc, span.end):
                continue  # "Santiago de Cuba", "Santiago del Estero": another city, not Chile's capital
            kin = self.lexicon.cue("kin_marker", doc[span.start - 1].lower_) if span.start else None
            if kin is not None and entry.kind == "demonym":
                # "ethnic Hungarian deputies" in Slovakia, "ethnic Albanians": a people, not a state's.
                if span.root.dep_ in ("amod", "compound", "nmod"):
                    continue  # the role word they modify is the actor, placed by the sentence
                entry = ActorEntry(f"{doc[span.start - 1].text} {span.text}", "CVL", None, "CVL", "agent", kin.rule)
            found.append(Mention(span.start, span.end, entry, span.start_char, span.end_char))
            homonyms.append(self.lexicon.actors[term])
        found = _homonyms_placed(found, homonyms, doc)
        generic = self.lexicon.cues.get("generic_organ", {})
        return [_owned_by(m, found[i - 1] if i else None, doc, generic) for i, m in enumerate(found)]


def address_states(lexicon: Lexicon) -> dict[str, tuple[str, str]]:
    """The states and provinces of the countries that write a town's address "Town, State" (cue
    family address_country), by lower-case name: (name, ISO alpha-2 country), as pycountry has them."""
    import pycountry

    address = {code.upper() for code in lexicon.cues.get("address_country", {})}
    return {sub.name.lower(): (sub.name, sub.country_code) for sub in pycountry.subdivisions
            if sub.country_code in address and sub.parent_code is None}


def state_named_after(doc: Doc, comma: int, states: Mapping[str, object]) -> str | None:
    """The lower-case name of a state written after the comma at token `comma` ("Paris, Texas")."""
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    for size in (3, 2, 1):
        words = doc[comma + 1:comma + 1 + size]
        if len(words) == size and words[0].text[:1].isupper() and words.text.lower() in states:
            return words.text.lower()
    return None


# "Moscow-backed separatists", "Russian-speaking students": the country only qualifies them.
# ("a Chinese-funded pipeline" is China's project, so "funded" is not among them).
# "military-style weapons", "army-issue boots": the agent word only describes a thing.
KIND_SUFFIXES = frozenset({"style", "grade", "type", "issue", "standard", "like"})
BACKER_SUFFIXES = frozenset({"backed", "supported", "sponsored", "armed", "trained", "aligned", "allied", "speaking",
                             # "the UN-patrolled buffer zone", "a US-brokered truce": a third party's part
                             "patrolled", "brokered", "mediated", "monitored", "drafted", "proposed"})


def _longer_place_name(doc: Doc, end: int) -> bool:
    """Whether a name goes on with a Romance particle and a capitalised word ("Santiago de Cuba")."""
    return end + 1 < len(doc) and doc[end].text in ("de", "del", "do", "da", "di") \
        and doc[end + 1].text[:1].isupper()


def _hyphen_joined(doc: Doc, start: int, end: int, named: set[int], particles: Mapping[str, object]) -> bool:
    """Whether a name word is joined by a hyphen to a capitalised word that names no one.

    "Yunus-Bek Yevkurov" is someone else's name, but "the Trump-Kim summit" joins two known
    names, and "Al-Sisi" only adds a particle to one (cue family `name_particle`).
    """
    across = [j for j, hyphen in ((end + 1, end), (start - 2, start - 1))
              if 0 <= j < len(doc) and 0 <= hyphen < len(doc) and doc[hyphen].text == "-"]
    return any(doc[j].text[:1].isupper() and j not in named and doc[j].lower_ not in particles for j in across)


def _another_persons_name(doc: Doc, start: int, end: int, entries: list[ActorEntry]) -> bool:
    """Whether a leader's surname or a country is matched inside a longer personal name that is not theirs.

    The parser's PERSON entity spans the whole name; a name word next to the match that no
    entry's full name holds ("Diane" before "Abbott") makes it someone else's. (Matches are
    found on tokens alone; this asks the entities, so it is checked once they are known.)
    """
    if entries[0].kind not in ("person", "country") or doc[start].ent_type_ != "PERSON":
        return False  # a country too: "Chad Daybell", "Michael Jordan" name no state
    own = {w.lower() for e in entries for w in e.name.split()}
    neighbours = [doc[i] for i in (start - 1, end) if 0 <= i < len(doc)]
    return any(t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and t.lower_ not in own and t.text[:1].isupper()
               for t in neighbours)


def _homonyms_placed(found: list[Mention], entries: list[list[ActorEntry]], doc: Doc) -> list[Mention]:
    """A group name several countries' groups share ("CGT": France's and Argentina's unions) is the
    group of the country written just before it ("Argentina's CGT"), or else of the country the
    document names most; the lexicon's first entry on a tie."""
    named = Counter(m.entry.country for m, options in zip(found, entries, strict=True)
                    if m.entry.country and m.entry.kind != "igo" and len({e.country for e in options}) == 1)
    placed = []
    for i, (mention, options) in enumerate(zip(found, entries, strict=True)):
        rivals = [e for e in options if e.kind == "group" and e.country]
        if mention.entry.kind != "group" or len({e.country for e in rivals}) < 2:
            placed.append(mention)
            continue
        before = found[i - 1] if i else None
        owner = before.entry.country if before is not None and before.entry.kind in ("country", "demonym") \
            and _owner_just_before(before, mention, doc) else None
        best = next((e for e in rivals if e.country == owner), None) \
            or max(rivals, key=lambda e: (named[e.country], e is mention.entry))
        placed.append(replace(mention, entry=best))
    return placed


def _owner_just_before(before: Mention, mention: Mention, doc: Doc) -> bool:
    """Whether a mention follows another with nothing or a possessive between ("Argentina's CGT")."""
    return [t.text for t in doc[before.end:mention.start]] in ([], ["'s"], ["'"], ["’s"])


def _owned_by(mention: Mention, before: Mention | None, doc: Doc, generic: Mapping[str, object]) -> Mention:
    """A state body the lexicon gives one country, owned by another: "the South Korean Joint
    Chiefs of Staff" are South Korea's, not the Pentagon's, whatever country the name suggests;
    "Pakistan's Foreign Office" is not Britain's."""
    entry = mention.entry
    # "the Kremlin's Security Council": a UN organ's bare name, owned by a state, is that state's body
    # (cue family generic_organ).
    organ = entry.kind == "igo" and generic.get(doc[mention.start:mention.end].text.lower()) is not None
    # "Pakistan's Foreign Office": a seat of government another state's office shares the name of
    organ = organ or entry.kind == "seat"
    if before is None or not (entry.kind == "group" and entry.sector in STATE_SECTORS and entry.country or organ) \
            or before.entry.kind not in ("country", "demonym", "capital", "seat") or not before.entry.country \
            or before.entry.country == entry.country:
        return mention
    if not _owner_just_before(before, mention, doc):
        return mention
    owner = before.entry.country
    sector = "GOV" if organ else entry.sector
    name = f"{doc[mention.start:mention.end].text} ({owner})" if organ else entry.name  # not the UN's
    owned = replace(entry, code=f"{owner}{sector}", country=owner, sector=sector, name=name)
    return replace(mention, entry=owned)


def _names_a_club(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether a city's name is part of a sports club's (cue family `club`: the word before or after it)."""
    before = lexicon.cue("club", doc[start - 1].lower_) if start > 0 else None
    after = lexicon.cue("club", doc[end].lower_) if end < len(doc) else None
    return before is not None and before.value == "before" or after is not None and after.value == "after"


def _names_a_kind(doc: Doc, end: int) -> bool:
    """Whether the word ending at token `end` is joined by a hyphen to a word like "style"."""
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in KIND_SUFFIXES


def _names_a_backer(doc: Doc, end: int) -> bool:
    """Whether the name ending at token `end` is joined by a hyphen to a word like "backed"."""
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in BACKER_SUFFIXES


def choose_entry(entries: list[ActorEntry], day: dt.date | None) -> ActorEntry:
    """The entry valid on the day; for a person out of office, their latest role as an elite."""
    valid = [e for e in entries if e.valid_on(day)]
    if valid:
        return valid[0]
    people = [e for e in entries if e.kind == "person"]
    if people:
        if day is not None:
            before = [e for e in people if e.start is None or e.start <= day]
            if not before:
                # A role that starts after the article's date: the person was not yet in office.
                latest = max(people, key=lambda e: e.start or dt.date.min)
                return ActorEntry(latest.name, f"{latest.country or ''}ELI" or None, latest.country, "ELI",
                                  "person", latest.rule)
            people = before
        latest = max(people, key=lambda e: e.end or dt.date.max)
        if latest.end is not None:
            return ActorEntry(latest.name, f"{latest.country or ''}ELI", latest.country, "ELI", "person", latest.rule)
        return latest
    return entries[0]


class ActorIndex:
    """The mentions of one document, indexed by token, with the people seen so far."""

    def __init__(self, doc: Doc, mentions: Iterable[Mention], max_per_side: int,
                 references: dict[str, str] | None = None, country_names: dict[str, str] | None = None) -> None:
        self.doc = doc
        self.country_names = country_names or {}
        self.by_token: dict[int, Mention] = {}
        self.max_per_side = max_per_side
        self.references = references or {}  # noun lemma -> person | country | actor (cues.tsv)
        for mention in mentions:
            for i in range(mention.start, mention.end):
                self.by_token[i] = mention
        self._ordered = sorted(set(self.by_token.values()), key=lambda m: m.start)
        self._starts = [m.start for m in self._ordered]

    def mention_heads(self, start: int, end: int) -> list[Token]:
        """The last token of each mention between two token indices, in order."""
        seen: set[int] = set()
        heads = []
        for i in range(start, end):
            mention = self.by_token.get(i)
            if mention is not None and mention.start not in seen:
                seen.add(mention.start)
                heads.append(self.doc[mention.end - 1])
        return heads

    def countries_between(self, start: int, end: int, skip: Collection[int] = ()) -> set[str]:
        """The countries that the mentions between two token indices belong to (organisations aside,
        and mentions ending on a token of `skip`)."""
        return {m.entry.country for m in self._ordered[bisect.bisect_left(self._starts, start):
                                                       bisect.bisect_left(self._starts, end)]
                if m.entry.country and m.entry.kind != "igo" and m.end - 1 not in skip}

    def _phrase(self, head: Token) -> list[Token]:
        """The head token and the tokens of its noun phrase that can name the actor."""
        tokens = [head]
        stack = [head]
        # "Soldiers from Chad", "negotiators for the Tamil Tigers": a role word's "from" or "for" says whose.
        mention = self.by_token.get(head.i)
        role = mention is not None and mention.entry.kind == "agent"
        # "military flights from Australia": a role word as modifier says whose, too
        modified = any(c.dep_ in ("amod", "compound") and (m := self.by_token.get(c.i)) is not None
                       and m.entry.kind == "agent" for c in head.children)
        while stack:
            tok = stack.pop()
            for child in tok.children:
                if child.dep_ in PHRASE_DEPS or (
                    child.dep_ == "prep" and child.lower_ == "of" and tok.pos_ in ("NOUN", "PROPN")
                ) or (role and tok is head and child.dep_ == "prep" and child.lower_ in ("from", "for")) or (
                    modified and tok is head and child.dep_ == "prep" and child.lower_ == "from"):
                    tokens.append(child)
                    stack.append(child)
                elif child.dep_ == "pobj" and tok.dep_ == "prep" and tok.lower_ in ("of", "from", "for"):
                    tokens.append(child)
                    stack.append(child)
                elif child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_ in ("lead", "head"):
                    # "a delegation headed by Ramaphosa", "a force led by Kenya": the leader says whose
                    leaders = [p for a in child.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
                    tokens += leaders
                    stack += leaders
        return tokens

    def _before(self, i: int, kind: str) -> Iterator[Mention]:
        """Mentions of a kind (see `_of_kind`) that start before token i, nearest first."""
        for k in range(bisect.bisect_left(self._starts, i) - 1, -1, -1):
            mention = self._ordered[k]
            if _of_kind(mention.entry, kind) and not (kind == "body" and self._a_site(mention)):
                yield mention

    def _a_site(self, mention: Mention) -> bool:
        """A capital named as where something is ("a camp near Tripoli"), not as its government."""
        word = self.doc[mention.end - 1]
        return mention.entry.kind == "capital" and word.dep_ == "pobj" and word.head.lower_ in SITE_PREPS

    def _salient_before(self, head: Token, kind: str) -> Mention | None:
        """The last mention of a kind in head's own sentence; else the first one (most often
        the subject) of the closest sentence before that has one."""
        found = None
        sentence = head.sent.start
        for mention in self._before(head.i, kind):
            if found is None and mention.start >= sentence:
                return mention
            if found is not None and mention.start < sentence:
                break
            found = mention
            sentence = self.doc[mention.start].sent.start
        return found

    def _last_body_before(self, head: Token) -> Mention | None:
        """The country, organisation or group "it" stands for: the speaker of the governing
        clause, else the salient body before it."""
        # "China warned the US that it would retaliate": the speaker, not the last name.
        for subject in _speakers(head):
            mentions = [self.by_token.get(t.i) for t in subject.subtree]
            named = [m for m in mentions if m is not None and m.start < head.i and _of_kind(m.entry, "body")]
            if named:
                return named[-1]
        return self._salient_before(head, "body")

    def _owner(self, head: Token, owner: set[str]) -> Mention | None:
        """Whom "his", "her", "its" or "their" stands for: the speaker of the governing clause
        when it names a country or body, else the last person (his, her) or body named."""
        for subject in _speakers(head):
            named = [m for t in subject.subtree if (m := self.by_token.get(t.i)) is not None
                     and m.start < head.i and m.entry.country]
            if named:
                return named[-1]
        return self._last_person_before(head.i) if owner & {"his", "her"} else self._last_body_before(head)

    def _country_actor(self, head: Token, country: str, sector: str | None) -> Actor:
        """A country, or one of its sectors, that a word refers to ("his country", "his forces")."""
        name = self.country_names.get(country, country) + (f" {head.text}" if sector else "")
        return Actor(text=head.text, name=name, code=f"{country}{sector or ''}", country=country, sector=sector,
                     start=head.idx, end=head.idx + len(head.text))

    def _last_person_before(self, i: int) -> Mention | None:
        return next(self._before(i, "person"), None)

    def resolve(self, head: Token) -> Actor | None:
        """The actor a noun phrase refers to, or None when no lexicon term names it."""
        if head.lower_ in ("it", "its"):
            # "Pakistan's army said it had killed twelve militants": the whole speaker, army and all.
            subject = next((t for t in _speakers(head) + _doers(head) if t.i < head.i and t.lower_ not in ("it", "its")),
                           None)
            speaker = self.resolve(subject) if subject is not None else None
            if speaker is not None and speaker.country:
                # ("India moved troops in its biggest build-up": India's, whatever was named between)
                return replace(speaker, text=head.text, start=head.idx, end=head.idx + len(head.text))
            # "Iran said it was ready to talks": the last country or body named before it.
            found = self._last_body_before(head)
            if speaker is not None and is_bare(speaker) and speaker.sector in FORCE_SECTORS and subject is not None:
                # "Lebanese troops fought militants near Tripoli as the army tightened its siege":
                # the army is the one of that sector named before, with its country.
                kin = next((a for m in reversed(self._ordered[:bisect.bisect_left(self._starts, subject.i)])
                            if m.entry.kind == "agent" and m.entry.sector == speaker.sector
                            and (a := self.resolve(self.doc[m.end - 1])) is not None and a.country), None)
                if kin is not None:
                    return replace(speaker, text=head.text, start=head.idx, end=head.idx + len(head.text),
                                   country=kin.country, code=f"{kin.country}{speaker.sector}")
            if speaker is not None and is_bare(speaker):
                # "Russia's foreign ministry summoned the envoy. The ministry said it would ...":
                # a bare office speaks for itself, of the country named before it, if any.
                country = found.entry.country if found is not None else None
                return replace(speaker, text=head.text, start=head.idx, end=head.idx + len(head.text),
                               **({"country": country, "code": f"{country}{speaker.sector}"} if country else {}))
            return _actor([found], head.idx, head.idx + len(head.text), self.doc) if found else None
        if head.lower_ in PRONOUNS_PLURAL:
            # "The Taliban said they would cooperate": the speaker, else the last body named.
            subject = next((t for t in _speakers(head) + _doers(head) if t.i < head.i
                            and t.lower_ not in PRONOUNS_PLURAL), None)
            speaker = self.resolve(subject) if subject is not None else None
            if speaker is not None:
                return replace(speaker, text=head.text, start=head.idx, end=head.idx + len(head.text))
            found = self._last_body_before(head)
            return _actor([found], head.idx, head.idx + len(head.text), self.doc) if found else None
        if head.lower_ in PRONOUNS_PERSON:
            # "Sri Lanka's finance minister said he had asked New Delhi": the speaker, when a
            # person whose country is named; else the last person named.
            speaker = next((t for t in _speakers(head) if t.i < head.i and t.lower_ not in PRONOUNS_PERSON
                            and self._names_one_person(t)), None)
            found = self.resolve(speaker) if speaker is not None else None
            # (or of a body: "the UN special envoy said he had consulted ...")
            if found is not None and (found.country or (found.code or "").startswith(("IGO", "NGO"))):
                return replace(found, text=head.text, start=head.idx, end=head.idx + len(head.text))
            person = self._last_person_before(head.i)
            if person is None:
                return None
            return _actor([person], head.idx, head.idx + len(head.text), self.doc)
        mentions: list[Mention] = []
        for tok in sorted(self._phrase(head), key=lambda t: t.i):
            mention = self.by_token.get(tok.i)
            if mention is not None and mention not in mentions:
                mentions.append(mention)
        if not mentions:
            return None
        start = min(min(m.char_start for m in mentions), head.idx)
        end = max(max(m.char_end for m in mentions), head.idx + len(head.text))
        return _actor(mentions, start, end, self.doc)

    def resolve_all(self, head: Token) -> list[Actor]:
        """Actors of a phrase and of the phrases coordinated with it ("Moscow and Pyongyang").

        A phrase no lexicon term names may refer back to earlier actors ("the two leaders").
        """
        heads = [head, *[t for t in head.conjuncts if t.i > head.i]]
        # "Colombia's government and FARC rebels held talks": the parser may hang the first side
        # on the second as a modifier ("government" an nmod of "rebels"); it is a side of its own.
        heads = [m for m in head.children if m.dep_ == "nmod" and m.pos_ == "NOUN" and m.i < head.i
                 and any(c.dep_ == "conj" for c in m.children)] + heads
        actors: list[Actor] = []
        for tok in heads:
            actor = self.resolve(tok)
            found = [actor] if actor is not None else []
            if actor is not None:
                found += self._coordinated_owners(tok, actor)
            seat = self._seat_after(tok) if actor is not None and is_bare(actor) else None
            if seat is not None:
                # "returned the money to the government in Abuja": the capital says whose, however parsed
                found = [self._country_actor(tok, seat, actor.sector)]
            elif actor is None or (actor.country is None and actor.code == actor.sector):
                # Unnamed, or only a sector word ("the two leaders"): an earlier actor may be meant.
                found = self.refer_back(tok) or found
            for actor in found:
                if all(actor.code != a.code or actor.name != a.name for a in actors):
                    actors.append(actor)
            if len(actors) >= self.max_per_side:
                break
        return actors[: self.max_per_side]

    def _names_one_person(self, tok: Token) -> bool:
        """A person's name, a word that refers to one ("the president"), or a role word ("the UN envoy")."""
        mention = self.by_token.get(tok.i)
        return tok.ent_type_ == "PERSON" or self.references.get(tok.lemma_.lower()) == "person" \
            or mention is not None and mention.entry.kind == "agent"

    def _seat_after(self, head: Token) -> str | None:
        """The country of a capital or country named right after a role word: "the government in Abuja"."""
        after = head.i + 1
        # (a common noun: "Secretary of State in Vienna" names an office, not a government there)
        if head.pos_ != "NOUN" or after + 1 >= len(self.doc) or self.doc[after].lower_ != "in":
            return None
        mention = self.by_token.get(after + 1)
        return mention.entry.country if mention is not None and mention.entry.kind in ("country", "capital", "seat") \
            else None

    def _coordinated_owners(self, head: Token, actor: Actor) -> list[Actor]:
        """The other owners of a shared head: "Chinese and Vietnamese ministers", "the leaders of
        Armenia and Azerbaijan" are two sides.

        The first country is already in `actor`; each country coordinated with it
        ("and Vietnamese") gets the head's agent too.
        """
        agents = [m for t in self._phrase(head) if (m := self.by_token.get(t.i)) is not None
                  and m.entry.kind == "agent"]
        owners = []
        # "the leaders of Armenia and Azerbaijan": an "of" phrase owns the head as a modifier does
        modifiers = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
        modifiers += [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                      if p.dep_ == "pobj"]
        for modifier in modifiers:
            for other in modifier.conjuncts:
                mention = self.by_token.get(other.i)
                if mention is None or mention.entry.kind not in ("country", "demonym", "capital", "seat") \
                        or mention.entry.country in (None, actor.country):
                    continue
                owners.append(_actor([mention, *agents], min(mention.char_start, head.idx),
                                     max(mention.char_end, head.idx + len(head.text)), self.doc))
        return owners

    def refer_back(self, head: Token) -> list[Actor]:
        """The earlier actors a definite reference names: "the two leaders", "both countries", "the president".

        A plural (or a phrase with "two"/"both") stands for the last two distinct actors of
        its kind before it, a singular with "the" for the last one. Nothing else is guessed.
        """
        lemma = head.lemma_.lower()
        modifiers = {c.lower_ for c in head.children if c.dep_ in ("det", "predet", "nummod", "poss")}
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lemma_.lower() in self.references), None)
        if owner is not None:
            # "the bloc's leaders", "the country's army": whoever the owner refers to, with the
            # head's sector when the owner is a country.
            found = self.refer_back(owner)
            agent = self.by_token.get(head.i)
            if len(found) == 1 and found[0].country and found[0].sector is None \
                    and agent is not None and agent.entry.kind == "agent" and agent.entry.sector:
                return [self._country_actor(head, found[0].country, agent.entry.sector)]
            return found
        if head.text in ("North", "South") and "the" in modifiers:
            # "the North fired two missiles": the country named "North ..." earlier in the story.
            # "South Korea's army said the North fired": its counterpart, when only the other half is named.
            before = self._ordered[:bisect.bisect_left(self._starts, head.i)]
            halves = [m.entry.name.split(" ", 1)[1] for m in reversed(before) if m.entry.kind in ("country", "demonym")
                      and m.entry.name.split(" ", 1)[0] in ("North", "South") and " " in m.entry.name]
            codes = {name: code for code, name in self.country_names.items()}
            code = next((codes[f"{head.text} {rest}"] for rest in halves if f"{head.text} {rest}" in codes), None)
            return [self._country_actor(head, code, None)] if code is not None else []
        agent = self.by_token.get(head.i)
        mine = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("our", "my")), None)
        if mine is not None and agent is not None and agent.entry.kind == "agent" and agent.entry.sector:
            # '"Our forces have taken control of the crossing," the IDF said': the forces of the one quoted.
            speaker = next((t for t in _quoting(mine) if t.pos_ != "PRON"), None)
            quoted = self.resolve(speaker) if speaker is not None else None
            if quoted is None or not quoted.country:
                return []
            return [self._country_actor(head, quoted.country, agent.entry.sector)]
        owner = modifiers & {"his", "her", "its", "their"}
        if owner and agent is not None and agent.entry.kind == "agent" and agent.entry.sector:
            # "An Israeli general said his forces would ...": the forces of the speaker's country.
            found = self._owner(head, owner)
            if found is None or not found.entry.country:
                return []
            if found.entry.kind == "group":
                return [_actor([found], head.idx, head.idx + len(head.text), self.doc)]  # "the Taliban ... their fighters"
            return [self._country_actor(head, found.entry.country, agent.entry.sector)]
        if self.references.get(lemma) == "country" and owner and head.tag_ == "NN":
            # "his country": the country of the speaker, else of the last person named; "its country",
            # of the last body ("France's president said his country ...": France).
            found = self._owner(head, owner)
            country = found.entry.country if found is not None else None
            return [self._country_actor(head, country, None)] if country else []
        if lemma == "two" and head.pos_ == "NUM" and "the" in modifiers:
            kind, wanted = "actor", 2  # "the two met in Vladivostok"
        else:
            kind = self.references.get(lemma)
            if kind is None or not modifiers & {"the", "both", "two", "these", "those"}:
                return []
            if kind == "group" and any(c.dep_ in ("compound", "amod", "nmod") and (c.pos_ == "PROPN" or c.pos_ == "NOUN" and (
                    (m := self.by_token.get(c.i)) is None or m.entry.kind != "agent")) for c in head.children):
                return []  # "the carrier strike group" is a kind of group (but "the militant group" is the one named)
            plural = head.tag_ in ("NNS", "NNPS") or bool(modifiers & {"both", "two"})
            wanted = 2 if plural else 1
        if wanted == 1:
            found = self._salient_before(head, kind)  # "the country": see _salient_before
            if found is None and kind == "country":
                # "Foreign Minister Adel al-Jubeir said the kingdom would ...": the country of the
                # person named before, when no country is.
                person = self._last_person_before(head.i)
                if person is not None and person.entry.country:
                    return [self._country_actor(head, person.entry.country, "GOV" if lemma == "government" else None)]
            if found is None:
                return []
            actor = _actor([found], head.idx, head.idx + len(head.text), self.doc)
            if lemma == "government" and actor.country and actor.sector is None:
                # "Brazilian truckers demanded that the government cut prices": Brazil's government.
                actor = replace(actor, name=f"{actor.name} government", code=f"{actor.country}GOV", sector="GOV")
            return [actor]
        chosen: list[Mention] = []
        keys: set[str] = set()
        for mention in self._before(head.i, kind):
            entry = mention.entry
            key = entry.country or entry.code or entry.name if kind == "country" else f"{entry.code}:{entry.name}"
            if key not in keys:
                keys.add(key)
                chosen.append(mention)
            if len(chosen) == wanted:
                break
        if len(chosen) < wanted:
            return []
        return [_actor([m], head.idx, head.idx + len(head.text), self.doc) for m in reversed(chosen)]


def _speakers(head: Token) -> list[Token]:
    """The subjects of the clause that governs a pronoun's own ("X said it/they ...")."""
    clause = head.head
    if head.dep_ not in ("nsubj", "nsubjpass", "poss") or clause.dep_ not in ("ccomp", "xcomp", "advcl", "conj"):
        return []
    governor = clause.head
    for _ in range(4):
        subjects = [c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or governor.dep_ not in ("acl", "pobj", "prep") or governor.head.i == governor.i:
            return subjects
        # "said in a communique posted on Sunday that they would ...": the parser may hang
        # the clause on the communique; its speaker is still the one who said it.
        governor = governor.head
    return []


# Sectors of bodies whose names other countries' bodies share (unions, firms, broadcasters).
NAMESAKE_SECTORS = frozenset({"LAB", "BUS", "MED"})
# Sectors whose role words stand in for one another: "Lebanese troops ... the army".
FORCE_SECTORS = frozenset({"MIL", "COP"})
# Prepositions before a capital that name it as a site, not as a government ("near Tripoli").
SITE_PREPS = frozenset({"near", "outside", "around", "in", "at", "inside"})
# Prepositions whose phrase on a verb tells how or when its subject acted: "its" in it is the subject's.
OWN_PHRASE_PREPS = frozenset({"in", "during", "as", "under", "through", "despite"})


def _quoting(owner: Token) -> list[Token]:
    """The subjects of the verb that quotes the clause whose subject "our" belongs to ('"Our
    forces have taken the crossing," the IDF said'), in quotation marks and one clause deep."""
    subject = owner.head
    clause = subject.head
    if owner.dep_ != "poss" or subject.dep_ not in ("nsubj", "nsubjpass") \
            or not any(t.text in ('"', "\u201c", "\u201d") for t in owner.sent):
        return []
    if clause.dep_ in ("ccomp", "parataxis") and clause.head.i > clause.i:
        return [c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return []


def _doers(head: Token) -> list[Token]:
    """The subjects of the verb whose object a possessive belongs to: "Police raised their alert
    level" is the police's own level. (In "criticised China for its record", "its" is not on the object.)"""
    thing = head.head
    if head.dep_ == "poss" and thing.dep_ == "pobj" and thing.head.lower_ in OWN_PHRASE_PREPS \
            and thing.head.head.pos_ == "VERB":
        # "India moved troops to the border in its biggest build-up": a phrase of manner or time on
        # the verb is its subject's (not "criticised China for its record").
        thing = thing.head
    elif head.dep_ != "poss" or thing.dep_ != "dobj":
        return []
    # "Xi and Zelensky held their first call", "US and Philippine troops began their drills": a pair's own.
    return [c for c in thing.head.children if c.dep_ == "nsubj" and not any(g.dep_ == "conj" for g in c.subtree)]


def _past_title(doc: Doc, start: int, end: int) -> bool:
    """Whether the phrase naming a person, with the words before it that modify it, puts his title in
    the past ("Former French Interior Minister X")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return any(t.lower_ in PAST_TITLE_WORDS for t in (*span, *(t for t in span.root.subtree if t.i < span.start)))


def _actor(mentions: list[Mention], start: int, end: int, doc: Doc) -> Actor:
    """Compose one actor from the mentions of a phrase: a named person or body wins, then country + sector."""
    named = [m for m in mentions if m.entry.kind in ("person", "igo", "group")]
    places = [m for m in mentions if m.entry.kind in ("country", "demonym", "capital", "seat")]
    agents = [m for m in mentions if m.entry.kind == "agent"]
    text = doc.char_span(start, end, alignment_mode="expand").text  # doc.text would rebuild the whole text
    if named:
        entry = named[-1].entry  # the head of "Russian President Vladimir Putin" is the last name
        owner = places[0].entry if places else None
        namesake = entry.sector in NAMESAKE_SECTORS and places[0].end == named[-1].start if places else False
        if entry.kind == "group" and (entry.sector in STATE_SECTORS or namesake) and owner is not None \
                and owner.country and owner.country != entry.country:
            # "Peru's Congress": the dictionary's Congress is the US one; the owner says whose.
            # So does a country's name just before a union's, a firm's or a broadcaster's:
            # "the Ghana Trades Union Congress" is no British federation.
            return Actor(text=text, name=f"{_country_name(owner)} {entry.name}", code=f"{owner.country}{entry.sector}",
                         country=owner.country, sector=entry.sector, start=start, end=end)
        body = next((m.entry for m in named[:-1] if m.entry.kind == "igo"), None)
        if entry.kind == "person" and body is not None:
            # "African Union mediator Thabo Mbeki": he acts for the body his title names.
            return Actor(text=text, name=entry.name, code=body.code, country=body.country, sector=body.sector,
                         start=start, end=end)
        group = next((m.entry for m in named[:-1] if m.entry.kind == "group" and m.entry.sector not in STATE_SECTORS),
                     None)
        if entry.kind == "person" and entry.sector == "ELI" and group is not None:
            # "Shining Path leader Abimael Guzman": out of state office, he acts for the group his title names.
            return Actor(text=text, name=entry.name, code=group.code, country=group.country, sector=group.sector,
                         start=start, end=end)
        role = next((m.entry.sector for m in reversed(agents) if m.entry.sector not in STATE_SECTORS), None)
        if entry.kind == "person" and entry.sector == "ELI" and role is not None:
            # "opposition leader Raila Odinga": a former official's present role is in his title
            # (a state title, "former president", says what he was, not what he is).
            entry = replace(entry, sector=role, code=None)
        title = next((m.entry.sector for m in reversed(agents) if m.entry.sector in STATE_SECTORS), None)
        if entry.kind == "person" and entry.sector in ("ELI", "OPP") and role is None and title is not None \
                and not _past_title(doc, start, end):
            # "French Interior Minister Bernard Cazeneuve": the title the text gives him says he
            # held that office then, where our dated roles miss it ("former", "ousted" say he did not);
            # "Colombian President Alvaro Uribe" in an undated story is not today's opposition leader.
            entry = replace(entry, sector=title, code=None)
        country = entry.country or (places[0].entry.country if places else None)
        code = entry.code
        if code is None or (entry.kind == "person" and not entry.country and country):
            code = f"{country or ''}{entry.sector or ''}" or None
        return Actor(text=text, name=entry.name, code=code, country=country, sector=entry.sector,
                     start=start, end=end)
    if places:
        place = places[-1].entry if not agents else places[0].entry
        sector = agents[-1].entry.sector if agents else place.sector
        name = place.name if not agents else f"{_country_name(place)} {agents[-1].entry.name}"
        if not agents and place.kind in ("capital", "seat"):
            name = place.name
        code = f"{place.country}{sector or ''}"
        return Actor(text=text, name=name, code=code, country=place.country, sector=sector, start=start, end=end)
    agent = agents[-1].entry
    return Actor(text=text, name=agent.name, code=agent.sector, country=None, sector=agent.sector,
                 start=start, end=end)


def is_bare(actor: Actor) -> bool:
    """A role word with no country ("police", "the army"), not an organisation."""
    return actor.country is None and bool(actor.sector) and actor.code == actor.sector \
        and actor.sector not in ("IGO", "NGO")


def _of_kind(entry: ActorEntry, kind: str) -> bool:
    """Whether an entry can be what a reference of this kind (person, country, body, igo, group, actor) points to."""
    if kind == "person":
        return entry.kind == "person"
    if kind == "country":
        return entry.kind in ("country", "demonym", "capital", "seat")
    if kind == "body":  # what "it" can stand for
        return entry.kind not in ("person", "agent")
    if kind == "igo":  # "the bloc", "the alliance"
        return entry.kind == "igo"
    if kind == "group":  # "the group", "the movement": an armed group or party named before, not a news outlet
        return entry.kind == "group" and entry.sector != "MED"
    return entry.kind != "agent"


def _country_name(entry: ActorEntry) -> str:
    return entry.name.removesuffix(" government")
