"""The lexicon loader: packaged data validates, facts are right, bad rows name file and line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dyadscope.errors import LexiconError
from dyadscope.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lex():  # type: ignore[no-untyped-def]
    return load_lexicon()


def test_cameo_table_carries_the_contract_mapping(lex) -> None:  # type: ignore[no-untyped-def]
    visit = lex.cameo["042"]
    assert (visit.plover, visit.plover_mode, visit.goldstein, visit.quad_class) == ("CONSULT", "visit", 1.9, 1)
    assert lex.cameo["010"].plover is None  # public statements have no PLOVER type
    assert lex.cameo["020"].plover == "REQUEST" and lex.cameo["100"].plover == "REQUEST"
    assert lex.cameo["163"].plover == "COERCE"  # the table wins over the root's SANCTION
    assert lex.cameo["1712"].plover == "ASSAULT"
    assert lex.cameo["191"].plover == "COERCE" and lex.cameo["192"].plover == "COERCE"
    assert {c.quad_class for code, c in lex.cameo.items() if code[:2] in ("14", "18", "20")} == {4}
    assert len(lex.cameo) >= 300


def test_every_cameo_root_has_verb_and_noun_patterns(lex) -> None:  # type: ignore[no-untyped-def]
    verb_roots = {p.cameo[:2] for patterns in lex.verbs.values() for p in patterns}
    noun_roots = {p.cameo[:2] for patterns in lex.nouns.values() for p in patterns}
    roots = {f"{n:02d}" for n in range(1, 21)}
    assert roots <= verb_roots
    assert len(roots & noun_roots) >= 18


def test_every_country_has_a_name_and_the_metonyms_resolve(lex) -> None:  # type: ignore[no-untyped-def]
    countries = {e.country for entries in lex.actors.values() for e in entries if e.kind == "country"}
    assert len(countries) >= 249
    assert lex.actors["Kremlin"][0].code == "RUSGOV"
    assert lex.actors["Pyongyang"][0].code == "PRKGOV"
    assert lex.actors["White House"][0].code == "USAGOV"
    assert lex.actors["North Korean"][0].country == "PRK"
    assert any(e.code == "IGOUNO" for e in lex.actors["United Nations"])


def test_leaders_have_dated_roles(lex) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    kim = lex.actors["Kim Jong Un"]
    assert any(e.country == "PRK" and e.start and e.start <= dt.date(2011, 12, 31) for e in kim)
    assert any(e.valid_on(dt.date(2023, 9, 12)) for e in lex.actors["Vladimir Putin"])
    countries = {e.country for entries in lex.actors.values() for e in entries if e.kind == "person"}
    assert len(countries) >= 60


def test_foreign_and_defence_ministers_are_dated_since_2000(lex) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    ministers = [e for entries in lex.actors.values() for e in entries
                 if e.kind == "person" and e.rule.startswith("ministers.tsv")]
    by_country: dict[str, list] = {}
    for entry in ministers:
        by_country.setdefault(entry.country or "", []).append(entry)
    # At least 60 countries with someone in office on 2000-06-01 or before, and someone since 2024.
    covered = [c for c, entries in by_country.items()
               if any(e.start is None or e.start <= dt.date(2000, 6, 1) for e in entries)
               and any(e.end is None or e.end >= dt.date(2024, 1, 1) for e in entries)]
    assert len(covered) >= 60
    lavrov = lex.actors["Lavrov"]
    assert any(e.valid_on(dt.date(2010, 5, 1)) and e.country == "RUS" for e in lavrov)


def test_a_former_foreign_minister_codes_as_an_elite_on_a_later_date(coder) -> None:  # type: ignore[no-untyped-def]
    from dyadscope import Document

    (result,) = coder.run([Document(id="m", text="Antony Blinken criticised the Chinese government.",
                                    date="2025-06-01")])
    speakers = [e.source for e in result[1] if e.source is not None and e.source.name == "Antony Blinken"]
    assert speakers and speakers[0].code == "USAELI"
    (result,) = coder.run([Document(id="m", text="Antony Blinken criticised the Chinese government.",
                                    date="2022-06-01")])
    assert any(e.source is not None and e.source.code == "USAGOV" for e in result[1])


@pytest.mark.parametrize(("text", "date", "codes"), [
    ("Gorbachev met Reagan in Geneva.", "1985-11-19", ("SUNGOV", "USAGOV")),  # the USSR's leader is the USSR's
    ("Yeltsin met Kohl in Moscow.", "1995-05-09", ("RUSGOV", "DEUGOV")),
    ("Boutros-Ghali met Rabin in Jerusalem.", "1993-06-01", ("IGOUNO", "ISRGOV")),
])
def test_leaders_before_2000_code_to_the_office_they_held(coder, text: str, date: str, codes) -> None:  # type: ignore[no-untyped-def]
    from dyadscope import Document

    (result,) = coder.run([Document(id="e", text=text, date=date)])
    assert any((e.source.code, e.target.code) == codes for e in result[1] if e.source and e.target)


@pytest.mark.parametrize(("text", "date", "side", "code"), [
    ("Russian police arrested Alexei Navalny at passport control after his flight from Berlin landed.", "2021-01-17",
     "target", "RUSOPP"),
    # Out of office, a former leader speaks for the opposition; in office, for the government.
    ("Imran Khan accused the army chief of plotting his arrest.", "2023-05-09", "source", "PAKOPP"),
    ("Imran Khan accused India of sabotaging the talks.", "2019-03-01", "source", "PAKGOV"),
    ("Sudan's army accused Hemedti of staging a mutiny.", "2023-04-16", "target", "SDNREB"),
])
def test_figures_out_of_office_code_to_their_role_on_the_day(coder, text: str, date: str, side: str, code: str) -> None:  # type: ignore[no-untyped-def]
    from dyadscope import Document

    (result,) = coder.run([Document(id="f", text=text, date=date)])
    actors = [getattr(e, side) for e in result[1] if getattr(e, side) is not None]
    assert code in {a.code for a in actors}, [(e.cameo, e.source, e.target) for e in result[1]]


@pytest.mark.parametrize(("text", "date", "code"), [
    # A speaker codes to the legislature on the day; the same person later in office, to the government.
    ("Beijing denounced a trip to Taipei by Speaker Nancy Pelosi.", "2022-08-03", "USALEG"),
    ("Nicolas Maduro accused Washington of plotting against him.", "2005-06-10", "VENLEG"),
    ("Nicolas Maduro accused Washington of plotting against him.", "2019-06-10", "VENGOV"),
])
def test_legislative_leaders_code_to_the_legislature_on_the_day(coder, text: str, date: str, code: str) -> None:  # type: ignore[no-untyped-def]
    from dyadscope import Document

    (result,) = coder.run([Document(id="l", text=text, date=date)])
    actors = [a for e in result[1] for a in (e.source, e.target) if a is not None]
    assert code in {a.code for a in actors}, [(e.cameo, e.source, e.target) for e in result[1]]


def test_version_changes_with_the_data(tmp_path: Path, lex) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "agents.tsv").write_text("term\tsector\tnote\nsappers\tMIL\t\n", encoding="utf-8")
    extended = load_lexicon(tmp_path)
    assert extended.version != lex.version
    assert extended.actors["sappers"][0].sector == "MIL"


@pytest.mark.parametrize(("name", "content", "message"), [
    ("groups.tsv", "code\tname\taliases\tcountry\tsector\nbad code\tX\t\tKEN\tOPP\n", "groups.tsv:2"),
    ("verbs.tsv", "cameo\tverb\tparticle\tobject\tprep\tcomp\texample\n999\tfrobnicate\t\t\t\t\tx\n", "verbs.tsv:2"),
    ("verbs.tsv", "cameo\tverb\tparticle\tobject\tprep\tcomp\texample\n--\tlaunch\t\tkite\t\t\tx\n", "verbs.tsv:2"),
    # one tab short: the example would land in the comp column
    ("verbs.tsv", "cameo\tverb\tparticle\tobject\tprep\tcomp\texample\n"
                  "# comment\n112\tberate\t\t\t\tX berated Y for its silence\n", "verbs.tsv:3.*tab missing"),
    ("leaders.tsv", "name\taliases\tcountry\tsector\trole\tstart\tend\tnote\n"
                    "# comment\nA B\t\tKEN\tGOV\thead_of_state\t2020-13-01\t\t\n", "leaders.tsv:3"),
    ("cues.tsv", "family\tcue\tvalue\tnote\nmystery\tx\ty\t\n", "cues.tsv:2"),
    ("cues.tsv", "family\tcue\tvalue\tnote\nimplied_target\tassault\tplace nowhere\t\n", "cues.tsv:2"),
    ("cues.tsv", "family\tcue\tvalue\tnote\nimplied_target\tfight\tplace\t\n", "cues.tsv:2"),
    ("cues.tsv", "family\tcue\tvalue\tnote\nimplied_target\t9999\tself\t\n", "cues.tsv:2"),
    ("cues.tsv", "family\tcue\tvalue\tnote\nimplied_source\tcoerce\tplace\t\n", "cues.tsv:2"),
    ("cues.tsv", "family\tcue\tvalue\tnote\nspoken\tdemand\tspeaker\t\n", "cues.tsv:2"),
    ("cues.tsv", "family\tcue\tvalue\tnote\ndomestic\tsend\t1549\t\n", "cues.tsv:2"),
    ("cues.tsv", "family\tcue\tvalue\tnote\narrival\ttroop\tMOBILIZE\t\n", "cues.tsv:2"),
    ("cues.tsv", "family\tcue\tvalue\tnote\nonline_code\t144\t17211\t\n", "cues.tsv:2"),
    ("cues.tsv", "family\tcue\tvalue\tnote\nverb_alias\tbeseech\tsay\t\n", "cues.tsv:2"),
    ("cues.tsv", "family\tcue\tvalue\tnote\naddress_country\tTexas\tstate\t\n", "cues.tsv:2.*alpha-2"),
    ("cues.tsv", "family\tcue\tvalue\tnote\nshared_name\tcongress\tPeru\t\n", "cues.tsv:2.*alpha-3"),
    ("cues.tsv", "family\tcue\tvalue\tnote\narmed_code\t145\tASSAULT\t\n", "cues.tsv:2"),
    ("cues.tsv", "family\tcue\tvalue\tnote\nnominal\tsnooze\tsnooze\t\n", "cues.tsv:2.*no verbs.tsv rows"),
    ("lemmas.tsv", "form\tlemma\tnote\nstaged\tstage\t\nstaged\tstag\t\n", "lemmas.tsv:3.*already"),
    ("lemmas.tsv", "form\tlemma\tnote\n# comment\nStaged\tstage\t\n", "lemmas.tsv:3"),
    ("agents.tsv", "term\tsector\n", "agents.tsv:1"),
    ("type_codes.tsv", "plover\tcameo\tnote\nPROTEST\t190\twrong type\n", "type_codes.tsv:2"),
    ("intent_codes.tsv", "event\tintent\tnote\n07\t070\tnot an intent code\n", "intent_codes.tsv:2"),
    ("demand_codes.tsv", "event\tdemand\tnote\n084\t120\ta rejection, not a demand\n", "demand_codes.tsv:2"),
    ("refusal_codes.tsv", "event\trefusal\tnote\n# comment\n8\t124\tprefix too short\n", "refusal_codes.tsv:3"),
    ("halt_codes.tsv", "event\thalt\tnote\n07\t124\ta refusal, not a halt\n", "halt_codes.tsv:2"),
    ("ministers.tsv", "name\taliases\tcountry\tsector\trole\tstart\tend\tnote\n"
                      "A B\t\tkenya\tGOV\tforeign_minister\t2020-01-01\t\t\n", "ministers.tsv:2"),
    ("leaders.tsv", "name\taliases\tcountry\tsector\trole\tstart\tend\tnote\n"
                    "A B\t\t\tIGONOWHERE\tigo_head\t2020-01-01\t\t\n", "leaders.tsv:2"),
])
def test_a_bad_row_names_its_file_and_line(tmp_path: Path, name: str, content: str, message: str) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        load_lexicon(tmp_path)


def test_a_no_event_row_loads_and_silences_its_form(tmp_path: Path) -> None:
    (tmp_path / "verbs.tsv").write_text("cameo\tverb\tparticle\tobject\tprep\tcomp\texample\n"
                                        "-\tlaunch\t\tkite\t\t\tX launched a kite\n", encoding="utf-8")
    lex = load_lexicon(tmp_path)
    assert any(p.cameo == "-" and p.objects == {"kite"} for p in lex.verbs["launch"])


def test_an_alias_verb_takes_the_complement_rows_of_its_model(tmp_path: Path, lex) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "cues.tsv").write_text("family\tcue\tvalue\tnote\nverb_alias\tadjure\turge\t\n", encoding="utf-8")
    extended = load_lexicon(tmp_path)
    model = {(p.cameo, p.comps) for p in lex.verbs["urge"] if p.comps}
    assert {(p.cameo, p.comps) for p in extended.verbs["adjure"]} == model
    assert all(p.rule.endswith("via cues.tsv:2") for p in extended.verbs["adjure"])


def test_a_missing_extra_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="does not exist"):
        load_lexicon(tmp_path / "nope")


def test_demands_and_refusals_pair_each_act_with_a_10_or_12_code(lex) -> None:  # type: ignore[no-untyped-def]
    assert lex.demand_code("0841")[0] == "1053"  # release persons -> demand their release
    assert lex.refusal_code("0841")[0] == "1243"  # ... -> refuse to release
    assert lex.refusal_code("0874")[0] == "1246"  # a retreat refused: refuse to de-escalate
    assert lex.demand_code("190") is None and lex.refusal_code("190") is None  # nothing pairs with an attack
    for table, prefix, plover in ((lex.demand_codes, "10", "REQUEST"), (lex.refusal_codes, "12", "REJECT")):
        assert all(code.startswith(prefix) and lex.cameo[code].plover == plover for code, _ in table.values())


def test_halts_pair_each_cooperative_act_with_a_16_code(lex) -> None:  # type: ignore[no-untyped-def]
    assert lex.halt_code("0712")[0] == "1621"  # economic aid stopped -> reduce economic assistance
    assert lex.halt_code("043")[0] == "164"  # a meeting series stopped -> halt negotiations
    assert lex.halt_code("190") is None  # "stopped shelling" reduces no relations
    assert all(code.startswith("16") and lex.cameo[code].plover == "SANCTION" for code, _ in lex.halt_codes.values())


def test_troops_sent_at_home_and_travellers_are_cues(lex) -> None:  # type: ignore[no-untyped-def]
    assert lex.cue("domestic", "send").value == "154" and lex.cameo["154"].plover == "MOBILIZE"
    assert lex.cue("domestic", "protect") is None  # protection stays protection, at home or abroad
    assert lex.cue("traveller", "tourist") is not None and lex.cue("traveller", "diplomat") is None
    assert all(lex.cameo[c.value].plover == "MOBILIZE" for c in lex.cues["domestic"].values())


@pytest.mark.parametrize(("name", "day", "code"), [
    ("Kofi Annan", "2001-05-01", "IGOUNO"),
    ("Jens Stoltenberg", "2020-06-01", "IGOWSTNAT"),
    ("Ursula von der Leyen", "2023-06-01", "IGOEUREEC"),
    ("Christine Lagarde", "2016-06-01", "IGOIMF"),
])
def test_the_head_of_a_body_codes_as_the_body(lex, name: str, day: str, code: str) -> None:  # type: ignore[no-untyped-def]
    entries = [e for e in lex.actors[name] if e.kind == "person" and e.valid_on(dt.date.fromisoformat(day))]
    assert [e.code for e in entries] == [code]


def test_documents_named_for_cities_are_cues(lex) -> None:  # type: ignore[no-untyped-def]
    assert lex.cue("document", "accord") is not None and lex.cue("document", "summit") is None


def test_what_arrives_or_what_an_act_is_about_recodes_it(lex) -> None:  # type: ignore[no-untyped-def]
    assert lex.cue("arrival", "troop").value == "154" and lex.cue("arrival", "minister") is None
    assert lex.cue("online_code", "144").value == "1721" and lex.cue("online", "twitter") is not None
    assert lex.cue("refuge_code", "081").value == "075" and lex.cue("refuge", "tourist") is None
    for family in ("arrival", "trade_code", "online_code", "refuge_code"):
        assert all(c.value in lex.cameo for c in lex.cues[family].values()), family


def test_address_countries_are_iso_codes_with_states(lex) -> None:  # type: ignore[no-untyped-def]
    import pycountry

    assert {"us", "ca"} <= set(lex.cues["address_country"])
    for code in lex.cues["address_country"]:
        states = [s for s in pycountry.subdivisions if s.country_code == code.upper() and s.parent_code is None]
        assert len(states) >= 10, code  # a country written "Town, State" has states to write
    assert lex.cue("clause_governor", "go") is not None and lex.cue("governor", "go") is not None
    assert lex.cue("undertaking", "strike") is not None and lex.cue("seat_owner", "coptic") is not None


def test_people_marks_shared_names_and_armed_codes_are_cues(lex) -> None:  # type: ignore[no-untyped-def]
    assert {"PER", "COL", "PHL"} <= set(lex.cue("shared_name", "congress").value.split())
    assert "USA" not in lex.cue("shared_name", "congress").value.split()  # the dictionary's own Congress
    assert lex.cue("kin_marker", "ethnic") is not None
    assert lex.cue("armed_code", "145").value == "190" and lex.cameo["190"].plover == "ASSAULT"


def test_nouns_of_acting_name_a_verb_with_object_rows(lex) -> None:  # type: ignore[no-untyped-def]
    verb = lex.cue("nominal", "expulsion").value
    assert any(p.cameo == "161" and "diplomat" in p.objects for p in lex.verbs[verb])


def test_verb_forms_the_model_lemmatizes_wrongly_get_their_lemma(coder, lex) -> None:  # type: ignore[no-untyped-def]
    assert lex.lemmas["staged"] == "stage" and lex.lemmas["raped"] == "rape" and lex.lemmas["axed"] == "axe"
    doc = coder.nlp("Students staged a sit-in, the court fined the firm and the minister axed the plan.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert (lemmas["staged"], lemmas["fined"], lemmas["axed"]) == ("stage", "fine", "axe")
    # Only verbs: the noun keeps its own lemma.
    assert coder.nlp("Workers demanded higher wages.")[3].lemma_ == "wage"
    # No row is written for a wrong lemma any more ("rap" has rows of its own: "Brussels rapped Budapest").
    assert not set(lex.verbs) & {"stag", "wag", "hop", "fin", "snip", "instal"}
    assert all(p.cameo.startswith("11") for p in lex.verbs["rap"])
