"""The evaluator: gold formats, scoring, floors. Scores on the shared gold sets are pinned as floors."""

from __future__ import annotations

import json
from pathlib import Path

from support import ROOT, run_cli

from dyadscope.evaluate import check_floors, load_labelled_docs, load_plover_gold, score
from dyadscope.records import Actor, Event, Trigger

BASELINE = ROOT / "tests" / "baseline.json"


def _event(doc_id: str, plover: str, source: str | None, target: str | None, confidence: float = 0.5) -> Event:
    def actor(code: str | None) -> Actor | None:
        return None if code is None else Actor(code, code, code, code, None, 0, 1)

    return Event("e", doc_id, 0, "", None, actor(source), actor(target), "190", plover, None, -10.0, 4,
                 "asserted", False, None, Trigger("x", 0, 1), (), confidence, "verbs.tsv:1")


def test_plover_gold_maps_old_types_and_codes(tmp_path: Path) -> None:
    gold = [
        {"id": "DOC", "event": "DOCUMENT"},
        {"id": "g1", "event": "FIGHT", "text": "A fought B.", "source": [{"code": "JAP"}], "target": [{"code": "CHN"}]},
        {"id": "g1", "event": "DISAPPROVE", "text": "A criticised B.", "source": [{"code": "USA"}], "target": ""},
    ]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    items = load_plover_gold(path)
    assert [(i.doc.id, i.label, i.sources, i.targets) for i in items] == [
        ("g1", "ASSAULT", ["JPN"], ["CHN"]), ("g1-2", "ACCUSE", ["USA"], [])]
    events = {"g1": [_event("g1", "ASSAULT", "JPN", "CHN")], "g1-2": [_event("g1-2", "REJECT", "USA", None)]}
    report = score(items, events, "plover", "gold.json")
    assert report.scores["type_found"] == 0.5 and report.scores["type_source_target"] == 0.5
    assert report.per_type["ASSAULT"]["recall"] == 1.0 and report.per_type["REJECT"]["precision"] == 0.0
    assert check_floors([report], {"type_found": 0.6}) and not check_floors([report], {"type_found": 0.5})


def test_labelled_docs_score_macro_recall_and_top_event(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [
        {"id": "a", "text": "x", "label": "PROTEST"}, {"id": "b", "text": "y", "label": "PROTEST"},
        {"id": "c", "text": "z", "label": "AID"}]) + "\n", encoding="utf-8")
    items = load_labelled_docs(path)
    events = {"a": [_event("a", "PROTEST", None, None, 0.9), _event("a", "ACCUSE", None, None, 0.2)],
              "b": [], "c": [_event("c", "AID", None, None)]}
    report = score(items, events, "labelled", "docs.jsonl")
    assert report.scores["label_found_macro"] == 0.75  # PROTEST 1/2, AID 1/1
    assert report.scores["top_event_right"] == round(2 / 3, 4)
    assert report.scores["types_per_doc"] == 1.0
    # Fewer types per story is better: its pinned value is a ceiling.
    assert check_floors([report], {"types_per_doc": 0.9}) and not check_floors([report], {"types_per_doc": 1.0})


def test_own_sentence_gold_scores_actors_and_no_event_sentences(tmp_path: Path) -> None:
    path = tmp_path / "own.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [
        {"id": "a", "text": "x", "label": "ASSAULT", "source": ["PAKTTP"], "target": ["PAK"]},
        {"id": "b", "text": "y", "label": "ASSAULT", "source": ["RUS"], "target": ["UKR"]},
        {"id": "n1", "text": "z", "label": "NONE", "source": [], "target": []},
        {"id": "n2", "text": "w", "label": "NONE", "source": [], "target": []}]) + "\n", encoding="utf-8")
    items = load_labelled_docs(path)
    assert items[0].sources == ["PAKTTP"] and items[0].doc.source is None  # actor codes, not an agency
    events = {"a": [_event("a", "ASSAULT", "PAK", "PAK")],  # the country is not the group the gold names
              "b": [_event("b", "ASSAULT", "RUS", "UKR")],
              "n1": [], "n2": [_event("n2", "PROTEST", None, None)]}
    report = score(items, events, "labelled", "own.jsonl")
    assert report.count == 2
    assert report.scores["type_found"] == 1.0 and report.scores["type_source_target"] == 0.5
    assert report.scores["none_clean"] == 0.5


def test_gold_scores_stay_above_their_pinned_floors(shared) -> None:  # type: ignore[no-untyped-def]
    """The quality gate: the real command over the shared gold sets, against tests/baseline.json."""
    gold = [shared / "data" / "plover_gsr" / "records.json", shared / "data" / "ngec_synthetic" / "test.jsonl",
            ROOT / "tests" / "data" / "context_dev.jsonl", ROOT / "tests" / "data" / "own_dev.jsonl",
            ROOT / "tests" / "data" / "own_idioms_dev.jsonl", ROOT / "tests" / "data" / "own_wire_dev.jsonl",
            ROOT / "tests" / "data" / "own_none_dev.jsonl", ROOT / "tests" / "data" / "own_plover_dev.jsonl",
            ROOT / "tests" / "data" / "own_longform_dev.jsonl"]
    result = run_cli("evaluate", *map(str, gold), "--baseline", str(BASELINE), "--json")
    assert result.returncode == 0, result.stderr.decode()
    reports = {r["name"]: r for r in json.loads(result.stdout)}
    assert reports["records.json"]["count"] == 322
    assert reports["test.jsonl"]["count"] == 912
    assert reports["context_dev.jsonl"]["count"] >= 150
    assert reports["own_dev.jsonl"]["count"] >= 250
    assert reports["own_idioms_dev.jsonl"]["count"] >= 300
    assert reports["own_wire_dev.jsonl"]["count"] >= 900
    assert reports["own_none_dev.jsonl"]["count"] == 0  # no-event sentences only: scored by none_clean
    assert reports["own_plover_dev.jsonl"]["count"] >= 120
    assert reports["own_longform_dev.jsonl"]["count"] >= 50
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert {key.split(":")[0] for key in floors} == set(reports)  # every gold file has floors


def test_a_score_below_its_floor_fails_the_command(shared) -> None:  # type: ignore[no-untyped-def]
    gold = ROOT / "tests" / "data" / "context_dev.jsonl"
    result = run_cli("evaluate", str(gold), "--min", "status_accuracy=1.01")
    assert result.returncode == 1
    assert "below its floor" in result.stderr.decode()
