"""The lexicon: every piece of coding knowledge, read from versioned data files.

One loader reads every TSV file in `lexicon/data/` (and, optionally, a user's folder
of files with the same names, layered on top), validates each row, and reports
`file:line` on a bad one. Nothing here knows English; it only knows the file formats.

Files and their columns (first non-comment line is the header):

    cameo.tsv      code name goldstein quad_class plover plover_mode plover_context
    verbs.tsv      cameo verb particle object prep comp example
    nouns.tsv      cameo noun prep example
    countries.tsv  iso3 name aliases demonyms capitals seats
    igos.tsv       code name aliases sector
    groups.tsv     code name aliases country sector
    leaders.tsv    name aliases country sector role start end note
    ministers.tsv  name aliases country sector role start end note
    leaders_earlier.tsv  (as leaders.tsv: roles that ended before 2000, and non-state figures)
    legislators.tsv (as leaders.tsv: speakers and floor leaders of legislatures since 2000, sector LEG)
    figures.tsv    (as leaders.tsv: opposition, armed-group, civic and media figures since 2000)
    agents.tsv     term sector note
    cues.tsv       family cue value note
    regions.tsv    name aliases country note
    type_codes.tsv plover cameo note
    intent_codes.tsv event intent note
    demand_codes.tsv event demand note
    refusal_codes.tsv event refusal note
    halt_codes.tsv event halt note
    lemmas.tsv     form lemma note
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from ..errors import LexiconError

__all__ = [
    "ActorEntry",
    "CameoCode",
    "Cue",
    "Lexicon",
    "NounPattern",
    "VerbPattern",
    "load_lexicon",
]

HEADERS: dict[str, tuple[str, ...]] = {
    "cameo.tsv": ("code", "name", "goldstein", "quad_class", "plover", "plover_mode", "plover_context"),
    "verbs.tsv": ("cameo", "verb", "particle", "object", "prep", "comp", "example"),
    "nouns.tsv": ("cameo", "noun", "prep", "example"),
    "countries.tsv": ("iso3", "name", "aliases", "demonyms", "capitals", "seats"),
    "igos.tsv": ("code", "name", "aliases", "sector"),
    "groups.tsv": ("code", "name", "aliases", "country", "sector"),
    "leaders.tsv": ("name", "aliases", "country", "sector", "role", "start", "end", "note"),
    "ministers.tsv": ("name", "aliases", "country", "sector", "role", "start", "end", "note"),
    "leaders_earlier.tsv": ("name", "aliases", "country", "sector", "role", "start", "end", "note"),
    "legislators.tsv": ("name", "aliases", "country", "sector", "role", "start", "end", "note"),
    "figures.tsv": ("name", "aliases", "country", "sector", "role", "start", "end", "note"),
    "agents.tsv": ("term", "sector", "note"),
    "cues.tsv": ("family", "cue", "value", "note"),
    "regions.tsv": ("name", "aliases", "country", "note"),
    "type_codes.tsv": ("plover", "cameo", "note"),
    "intent_codes.tsv": ("event", "intent", "note"),
    "demand_codes.tsv": ("event", "demand", "note"),
    "refusal_codes.tsv": ("event", "refusal", "note"),
    "halt_codes.tsv": ("event", "halt", "note"),
    "lemmas.tsv": ("form", "lemma", "note"),
}

PLOVER_TYPES = frozenset(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT "
    "THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split()
)
CUE_FAMILIES = frozenset(
    {"aux", "governor", "negation", "negating_verb", "hedge", "conditional", "report",
     "attribution_prep", "history", "planned_adj", "light_verb", "reference", "intent", "mutual",
     "implied_target", "implied_source", "demand", "ultimatum", "spoken", "received", "weapon",
     "hardware", "inanimate", "sport", "weapons_test", "joint", "stative", "predicate", "sided", "undergone",
     "other_sense", "halting", "measure", "topic",
     "trade_code", "trade", "traveller", "commentator", "writing", "club", "idiom", "domestic", "document",
     "verb_alias", "phrasal", "lasting", "cause", "name_particle", "medium", "arrival",
     "online_code", "online", "refuge_code", "refuge", "siege_code", "siege", "arena", "warning", "ousting", "envoy", "undertaking",
     "clause_governor", "address_country", "seat_owner", "joining", "generic_organ", "collapsing",
     "shared_name", "kin_marker", "armed_code", "civil_site", "nominal", "military_site", "body", "naming", "motive",
     "habitual", "regional", "culprit", "role_noun", "answering", "detention", "release_order"}
)
STATUSES = frozenset({"asserted", "planned", "possible", "negated"})
IMPLIED_TARGETS = frozenset({"place", "home", "self", "alone", "government", "government_alone", "civil_site"})
IMPLIED_SOURCES = frozenset({"patient", "government", "civilians"})
# The cameo of a verbs.tsv row whose form is no act at all ("launched a satellite",
# "released an album"): as the most specific match it keeps the verb's other rows from firing.
NO_EVENT = "-"
_ISO3 = re.compile(r"^[A-Z]{3}$")
_CODE = re.compile(r"^[A-Z]{3,12}$")


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code with its scores and PLOVER mapping."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None
    plover_mode: str | None


@dataclass(frozen=True)
class VerbPattern:
    """A verb-headed trigger: lemma plus optional particle, object, preposition, complement."""

    cameo: str
    verb: str
    particle: str | None
    objects: frozenset[str]
    prep: str | None
    comps: frozenset[str]  # {"*"} means any complement verb
    rule: str

    @property
    def specificity(self) -> int:
        """How many constraints the pattern adds to its verb; the most specific match wins."""
        return sum(bool(x) for x in (self.particle, self.objects, self.prep, self.comps))


@dataclass(frozen=True)
class NounPattern:
    """A noun-headed trigger ("talks", "air strike") and the prepositions that mark its target."""

    cameo: str
    lemmas: tuple[str, ...]
    preps: frozenset[str]
    rule: str


@dataclass(frozen=True)
class ActorEntry:
    """What a gazetteer term means: a country, organisation, group, person or agent word."""

    name: str
    code: str | None
    country: str | None
    sector: str | None
    kind: str  # country | demonym | capital | seat | igo | group | person | agent
    rule: str
    start: dt.date | None = None
    end: dt.date | None = None

    def valid_on(self, day: dt.date | None) -> bool:
        """True when the entry (a dated role) holds on `day`; undated entries always hold."""
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Cue:
    """A cue word for status, history or attribution."""

    family: str
    cue: str
    value: str
    rule: str


@dataclass
class Lexicon:
    """Everything the coder knows, loaded and validated."""

    cameo: dict[str, CameoCode] = field(default_factory=dict)
    verbs: dict[str, list[VerbPattern]] = field(default_factory=dict)
    nouns: dict[str, list[NounPattern]] = field(default_factory=dict)
    actors: dict[str, list[ActorEntry]] = field(default_factory=dict)
    cues: dict[str, dict[str, Cue]] = field(default_factory=dict)
    type_codes: dict[str, str] = field(default_factory=dict)  # PLOVER type -> its general CAMEO code
    intent_codes: dict[str, tuple[str, str]] = field(default_factory=dict)  # event prefix -> (03 code, rule)
    demand_codes: dict[str, tuple[str, str]] = field(default_factory=dict)  # event prefix -> (10 code, rule)
    refusal_codes: dict[str, tuple[str, str]] = field(default_factory=dict)  # event prefix -> (12 code, rule)
    halt_codes: dict[str, tuple[str, str]] = field(default_factory=dict)  # event prefix -> (16 code, rule)
    regions: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # lower-case term -> (name, iso3)
    igo_codes: set[str] = field(default_factory=set)  # the codes of igos.tsv
    lemmas: dict[str, str] = field(default_factory=dict)  # verb form -> the lemma the model gets wrong
    version: str = ""

    def intent_code(self, cameo: str) -> tuple[str, str] | None:
        """The code announcing an act of this CAMEO code (longest prefix), with its rule: 03 intent, 13 threat."""
        return _longest_prefix(self.intent_codes, cameo)

    def demand_code(self, cameo: str) -> tuple[str, str] | None:
        """The code demanding an act of this CAMEO code (longest prefix), with its rule: a 10 code."""
        return _longest_prefix(self.demand_codes, cameo)

    def refusal_code(self, cameo: str) -> tuple[str, str] | None:
        """The code refusing an act of this CAMEO code (longest prefix), with its rule: a 12 code."""
        return _longest_prefix(self.refusal_codes, cameo)

    def halt_code(self, cameo: str) -> tuple[str, str] | None:
        """The code for stopping an act of this CAMEO code (longest prefix), with its rule: a 16 code."""
        return _longest_prefix(self.halt_codes, cameo)

    def cue(self, family: str, word: str) -> Cue | None:
        """The cue of a family for a word or phrase (lower case), if any."""
        return self.cues.get(family, {}).get(word)


def _longest_prefix(table: dict[str, tuple[str, str]], cameo: str) -> tuple[str, str] | None:
    for length in range(len(cameo), 1, -1):
        found = table.get(cameo[:length])
        if found is not None:
            return found
    return None


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def _date(value: str, where: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise LexiconError(f"{where}: bad date {value!r}; write YYYY-MM-DD") from exc


def read_rows(source: Traversable | Path, name: str) -> Iterator[tuple[str, dict[str, str]]]:
    """Yield (`file:line`, row) for each data row of a lexicon TSV, checking its shape.

    Raises:
        LexiconError: the header is not the expected one or a row has the wrong field count.
    """
    expected = HEADERS[name]
    header_seen = False
    text = source.read_text(encoding="utf-8")
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        where = f"{name}:{number}"
        if not header_seen:
            if tuple(parts) != expected:
                raise LexiconError(f"cannot read {where}: expected header {'/'.join(expected)}, got {'/'.join(parts)}")
            header_seen = True
            continue
        if len(parts) < len(expected):
            parts += [""] * (len(expected) - len(parts))  # trailing empty fields may be trimmed by editors
        if len(parts) != len(expected):
            raise LexiconError(f"cannot read {where}: expected {len(expected)} columns, got {len(parts)}")
        yield where, dict(zip(expected, parts, strict=True))


def _require(condition: bool, where: str, message: str) -> None:
    if not condition:
        raise LexiconError(f"cannot read {where}: {message}")


def _load_cameo(lex: Lexicon, rows: Iterable[tuple[str, dict[str, str]]]) -> None:
    for where, row in rows:
        code = row["code"]
        _require(code.isdigit() and 2 <= len(code) <= 4, where, f"CAMEO code {code!r} must be 2-4 digits")
        plover = row["plover"] or None
        _require(plover is None or plover in PLOVER_TYPES, where, f"unknown PLOVER type {plover!r}")
        quad = int(row["quad_class"])
        _require(1 <= quad <= 4, where, "quad_class must be 1-4")
        goldstein = float(row["goldstein"])
        _require(-10 <= goldstein <= 10, where, "goldstein must be within -10..10")
        lex.cameo[code] = CameoCode(code, row["name"], goldstein, quad, plover, row["plover_mode"] or None)


def _load_verbs(lex: Lexicon, rows: Iterable[tuple[str, dict[str, str]]]) -> None:
    for where, row in rows:
        _require(row["cameo"] in lex.cameo or row["cameo"] == NO_EVENT, where, f"unknown CAMEO code {row['cameo']!r}")
        _require(bool(row["verb"]) and " " not in row["verb"], where, "verb must be one lemma")
        # A row one tab short loads its example as the comp and never matches: words only here.
        spaced = [column for column in ("particle", "object", "prep", "comp")
                  if any(" " in item for item in _split(row[column]))]
        _require(not spaced, where, f"{spaced[0] if spaced else ''} takes single words, '|'-separated"
                                    " (is a tab missing before the example?)")
        pattern = VerbPattern(
            cameo=row["cameo"],
            verb=row["verb"].lower(),
            particle=row["particle"].lower() or None,
            objects=frozenset(o.lower() for o in _split(row["object"])),
            prep=row["prep"].lower() or None,
            comps=frozenset(c.lower() for c in _split(row["comp"])),
            rule=where,
        )
        lex.verbs.setdefault(pattern.verb, []).append(pattern)


def _load_nouns(lex: Lexicon, rows: Iterable[tuple[str, dict[str, str]]]) -> None:
    for where, row in rows:
        _require(row["cameo"] in lex.cameo or row["cameo"] == NO_EVENT, where, f"unknown CAMEO code {row['cameo']!r}")
        lemmas = tuple(row["noun"].lower().split())
        _require(bool(lemmas), where, "noun must not be empty")
        pattern = NounPattern(row["cameo"], lemmas, frozenset(p.lower() for p in _split(row["prep"])), where)
        lex.nouns.setdefault(lemmas[-1], []).append(pattern)


def _add_actor(lex: Lexicon, term: str, entry: ActorEntry) -> None:
    bucket = lex.actors.setdefault(term, [])
    if entry not in bucket:
        bucket.append(entry)


def _load_countries(lex: Lexicon, rows: Iterable[tuple[str, dict[str, str]]]) -> None:
    for where, row in rows:
        iso3 = row["iso3"]
        _require(bool(_ISO3.match(iso3)), where, f"iso3 {iso3!r} must be 3 upper-case letters")
        name = row["name"]
        plain = ActorEntry(name, iso3, iso3, None, "country", where)
        for term in [name, *_split(row["aliases"])]:
            _add_actor(lex, term, plain)
        for term in _split(row["demonyms"]):
            _add_actor(lex, term, ActorEntry(name, iso3, iso3, None, "demonym", where))
        government = ActorEntry(f"{name} government", f"{iso3}GOV", iso3, "GOV", "capital", where)
        for term in _split(row["capitals"]):
            _add_actor(lex, term, government)
        for term in _split(row["seats"]):
            _add_actor(lex, term, ActorEntry(f"{name} government", f"{iso3}GOV", iso3, "GOV", "seat", where))


def _load_igos(lex: Lexicon, rows: Iterable[tuple[str, dict[str, str]]]) -> None:
    for where, row in rows:
        code = row["code"]
        _require(bool(_CODE.match(code)), where, f"code {code!r} must be upper-case letters")
        entry = ActorEntry(row["name"], code, None, row["sector"] or "IGO", "igo", where)
        lex.igo_codes.add(code)
        for term in [row["name"], *_split(row["aliases"])]:
            _add_actor(lex, term, entry)


def _load_groups(lex: Lexicon, rows: Iterable[tuple[str, dict[str, str]]]) -> None:
    for where, row in rows:
        code, country = row["code"], row["country"] or None
        _require(bool(_CODE.match(code)), where, f"code {code!r} must be upper-case letters")
        _require(country is None or bool(_ISO3.match(country)), where, f"country {country!r} must be ISO3")
        entry = ActorEntry(row["name"], code, country, row["sector"] or None, "group", where)
        for term in [row["name"], *_split(row["aliases"])]:
            _add_actor(lex, term, entry)


def _load_leaders(lex: Lexicon, rows: Iterable[tuple[str, dict[str, str]]]) -> None:
    for where, row in rows:
        country = row["country"] or None
        _require(country is None or bool(_ISO3.match(country)), where, f"country {country!r} must be ISO3")
        sector = row["sector"] or "GOV"
        start, end = _date(row["start"], where), _date(row["end"], where)
        _require(start is None or end is None or start <= end, where, "start must not be after end")
        code = f"{country}{sector}" if country else sector
        if sector.startswith("IGO") and sector != "IGO":
            # The head of a body acts for it: "IGOUNO" in the sector column is the UN's code.
            _require(country is None and sector in lex.igo_codes, where, f"{sector!r} must be a code in igos.tsv")
            code, sector = sector, "IGO"
        entry = ActorEntry(row["name"], code, country, sector, "person", where, start, end)
        for term in [row["name"], *_split(row["aliases"])]:
            _add_actor(lex, term, entry)


def _load_agents(lex: Lexicon, rows: Iterable[tuple[str, dict[str, str]]]) -> None:
    for where, row in rows:
        _require(bool(row["sector"]), where, "sector must not be empty")
        entry = ActorEntry(row["term"], None, None, row["sector"], "agent", where)
        _add_actor(lex, row["term"].lower(), entry)


def _load_cues(lex: Lexicon, rows: Iterable[tuple[str, dict[str, str]]]) -> None:
    for where, row in rows:
        family = row["family"]
        _require(family in CUE_FAMILIES, where, f"unknown cue family {family!r}; use one of {sorted(CUE_FAMILIES)}")
        if family in ("implied_target", "implied_source"):
            ways = IMPLIED_TARGETS if family == "implied_target" else IMPLIED_SOURCES
            keyed = family == "implied_target" and row["cue"] in lex.cameo  # "081": a CAMEO code's own row
            _require(keyed or row["cue"].upper() in PLOVER_TYPES, where,
                     f"{family} cue {row['cue']!r} must be a PLOVER type"
                     + (" or a CAMEO code" if family == "implied_target" else ""))
            _require(bool(row["value"].split()) and set(row["value"].split()) <= ways, where,
                     f"{family} value {row['value']!r} must be words from {sorted(ways)}")
        if family == "spoken":
            _require(row["cue"].upper() in PLOVER_TYPES, where, f"spoken cue {row['cue']!r} must be a PLOVER type")
        if family in ("domestic", "trade_code", "online_code", "refuge_code", "siege_code", "arrival", "armed_code",
                      "culprit"):
            _require(row["value"] in lex.cameo, where, f"{family} value {row['value']!r} must be a CAMEO code")
        if family == "address_country":
            import pycountry  # only this family needs it; the lexicon loads without it otherwise

            _require(pycountry.countries.get(alpha_2=row["cue"].upper()) is not None, where,
                     f"address_country cue {row['cue']!r} must be an ISO alpha-2 country code")
        if family == "shared_name":
            _require(all(_ISO3.match(code) for code in row["value"].split()) and bool(row["value"].split()), where,
                     f"shared_name value {row['value']!r} must be ISO alpha-3 country codes")
        if family == "nominal":
            verb, _, particle = row["value"].lower().partition(" ")
            _require(any(p.objects and (p.particle or "") == particle for p in lex.verbs.get(verb, ())), where,
                     f"nominal verb {row['value']!r} has no verbs.tsv rows with an object")
        if family == "verb_alias":
            _alias_verb(lex, row["cue"].lower(), row["value"].lower(), where)
        lex.cues.setdefault(family, {})[row["cue"].lower()] = Cue(family, row["cue"].lower(), row["value"], where)


def _alias_verb(lex: Lexicon, alias: str, model: str, where: str) -> None:
    """Give `alias` the "to"-complement rows of `model`: "petitioned Y to free X" reads as "urged Y to free X"."""
    rows = [p for p in lex.verbs.get(model, []) if p.comps]
    _require(bool(rows), where, f"verb_alias model {model!r} has no verbs.tsv rows with a comp")
    bucket = lex.verbs.setdefault(alias, [])
    for pattern in rows:
        bucket.append(replace(pattern, verb=alias, rule=f"{pattern.rule} via {where}"))


def _load_regions(lex: Lexicon, rows: Iterable[tuple[str, dict[str, str]]]) -> None:
    for where, row in rows:
        country = row["country"] or None
        _require(country is None or bool(_ISO3.match(country)), where, f"country {country!r} must be ISO3")
        for term in [row["name"], *_split(row["aliases"])]:
            lex.regions[term.lower()] = (row["name"], country)


def _load_type_codes(lex: Lexicon, rows: Iterable[tuple[str, dict[str, str]]]) -> None:
    for where, row in rows:
        code = lex.cameo.get(row["cameo"])
        _require(code is not None, where, f"unknown CAMEO code {row['cameo']!r}")
        _require(code is not None and code.plover == row["plover"], where,
                 f"CAMEO {row['cameo']} is {code.plover if code else None} in cameo.tsv, not {row['plover']}")
        lex.type_codes[row["plover"]] = row["cameo"]


Loader = Callable[["Lexicon", Iterable[tuple[str, dict[str, str]]]], None]


def _paired_codes(table: str, column: str, prefixes: tuple[str, ...], what: str) -> Loader:
    """A loader for a file pairing an act's code prefix with the code of speech about it."""
    def load(lex: Lexicon, rows: Iterable[tuple[str, dict[str, str]]]) -> None:
        for where, row in rows:
            _require(row["event"].isdigit() and 2 <= len(row["event"]) <= 4, where,
                     f"event prefix {row['event']!r} must be 2-4 digits")
            code = lex.cameo.get(row[column])
            _require(code is not None and row[column].startswith(prefixes), where,
                     f"{column} code {row[column]!r} must be a CAMEO {what} code in cameo.tsv")
            getattr(lex, table)[row["event"]] = (row[column], where)
    return load


def _load_lemmas(lex: Lexicon, rows: Iterable[tuple[str, dict[str, str]]]) -> None:
    for where, row in rows:
        form, lemma = row["form"], row["lemma"]
        _require(form.isalpha() and form.islower(), where, f"form {form!r} must be one lower-case word")
        _require(lemma.isalpha() and lemma.islower(), where, f"lemma {lemma!r} must be one lower-case word")
        _require(lex.lemmas.get(form, lemma) == lemma, where, f"form {form!r} already has lemma {lex.lemmas.get(form)!r}")
        lex.lemmas[form] = lemma


_load_intent_codes = _paired_codes("intent_codes", "intent", ("03", "13"), "03 (intent) or 13 (threat)")
_load_demand_codes = _paired_codes("demand_codes", "demand", ("10",), "10 (demand)")
_load_refusal_codes = _paired_codes("refusal_codes", "refusal", ("12",), "12 (reject)")
_load_halt_codes = _paired_codes("halt_codes", "halt", ("16",), "16 (reduce relations)")


LOADERS = (
    ("cameo.tsv", _load_cameo),
    ("verbs.tsv", _load_verbs),
    ("nouns.tsv", _load_nouns),
    ("countries.tsv", _load_countries),
    ("igos.tsv", _load_igos),
    ("groups.tsv", _load_groups),
    ("leaders.tsv", _load_leaders),
    ("ministers.tsv", _load_leaders),
    ("leaders_earlier.tsv", _load_leaders),
    ("legislators.tsv", _load_leaders),
    ("figures.tsv", _load_leaders),
    ("agents.tsv", _load_agents),
    ("cues.tsv", _load_cues),
    ("regions.tsv", _load_regions),
    ("type_codes.tsv", _load_type_codes),
    ("intent_codes.tsv", _load_intent_codes),
    ("demand_codes.tsv", _load_demand_codes),
    ("refusal_codes.tsv", _load_refusal_codes),
    ("halt_codes.tsv", _load_halt_codes),
    ("lemmas.tsv", _load_lemmas),
)


def load_lexicon(extra: str | Path | None = None) -> Lexicon:
    """Load and validate the packaged lexicon, then a user's folder of additions.

    Args:
        extra: a folder holding files named like the packaged ones (any subset);
            their rows are added to the packaged rows (later rows win for cues).

    Returns:
        The Lexicon, with `version` a short hash of every file read.

    Raises:
        LexiconError: a row does not validate; the message names file and line.
    """
    lex = Lexicon()
    digest = hashlib.sha256()
    packaged = resources.files("dyadscope.lexicon").joinpath("data")
    folders: list[Traversable | Path] = [packaged]
    if extra is not None:
        folder = Path(extra)
        if not folder.is_dir():
            raise LexiconError(f"lexicon folder {folder} does not exist")
        folders.append(folder)
    for name, loader in LOADERS:
        for folder in folders:
            source = folder.joinpath(name)
            if not source.is_file():
                if folder is packaged:
                    raise LexiconError(f"packaged lexicon file {name} is missing; reinstall dyadscope")
                continue
            digest.update(source.read_bytes())
            loader(lex, read_rows(source, name))
    lex.version = digest.hexdigest()[:12]
    return lex
