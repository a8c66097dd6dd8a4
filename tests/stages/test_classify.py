"""The learned event-type model: shipped files, its agreement with its training data, its use by the coder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from support import ROOT

from dyadscope import Document
from dyadscope.errors import LexiconError
from dyadscope.lexicon import PLOVER_TYPES
from dyadscope.stages.classify import NONE, TypeClassifier

MODEL = ROOT / "dyadscope" / "models" / "event_types"


def code(coder, text: str, date: str = "2024-06-20"):  # type: ignore[no-untyped-def]
    (result,) = list(coder.run([Document(id="t", text=text, date=date)]))
    return result[1]


@pytest.fixture(scope="module")
def model() -> TypeClassifier:
    return TypeClassifier()


def test_the_model_ships_with_a_version_and_every_type(model: TypeClassifier) -> None:
    meta = json.loads((MODEL / "meta.json").read_text(encoding="utf-8"))
    assert model.version == meta["version"] and model.version.startswith("3-")
    assert set(model.labels) == PLOVER_TYPES | {NONE}
    assert model.rule == f"model:event_types-{model.version}"


def test_the_shipped_model_was_trained_on_the_committed_data(shared: Path) -> None:
    # The digest covers every training file; a data change without retraining fails here.
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import train_classifier
    finally:
        sys.path.pop(0)
    *_, digest = train_classifier.training_examples()
    meta = json.loads((MODEL / "meta.json").read_text(encoding="utf-8"))
    assert meta["data_sha256"] == digest, "retrain: .venv/bin/python scripts/train_classifier.py"


def test_probabilities_are_a_distribution(model: TypeClassifier) -> None:
    scores = model.scores(["Police arrested dozens of opposition activists in the capital.", ""])
    for row in scores:
        assert row.probs.shape == (len(model.labels),)
        assert np.isclose(row.probs.sum(), 1.0, atol=1e-4)
    assert model.scores([]) == []


def test_the_model_reads_our_held_out_sentences(model: TypeClassifier) -> None:
    # tests/data/own_dev.jsonl was split off before training; the sentence head measured 0.824 top-1
    # on its sentences.
    rows = [json.loads(line) for line in (ROOT / "tests" / "data" / "own_dev.jsonl").open(encoding="utf-8")]
    rows = [r for r in rows if r["kind"] == "sentence" and r["label"] != NONE]
    scores = model.scores([r["text"] for r in rows], head="sentence")
    right = sum(s.best(exclude_none=True)[0] == r["label"] for s, r in zip(scores, rows, strict=True))
    assert right / len(rows) >= 0.80


def test_a_model_without_a_sentence_head_reads_sentences_with_its_story_head(tmp_path: Path) -> None:
    for name in ("meta.json", "vocabulary.json"):
        (tmp_path / name).write_bytes((MODEL / name).read_bytes())
    arrays = np.load(MODEL / "weights.npz")
    np.savez_compressed(tmp_path / "weights.npz", **{k: arrays[k] for k in arrays.files if not k.endswith("_sentence")})
    older, shipped = TypeClassifier(tmp_path), TypeClassifier()
    text = ["Police fired tear gas at protesters in the capital."]
    assert np.allclose(older.scores(text, head="sentence")[0].probs, shipped.scores(text, head="story")[0].probs)
    assert not np.allclose(shipped.scores(text, head="sentence")[0].probs, shipped.scores(text, head="story")[0].probs)


def test_a_damaged_model_is_a_clear_error(tmp_path: Path) -> None:
    for name in ("meta.json", "vocabulary.json", "weights.npz"):
        (tmp_path / name).write_bytes((MODEL / name).read_bytes())
    (tmp_path / "vocabulary.json").write_text('["only", "two"]', encoding="utf-8")
    with pytest.raises(LexiconError, match="do not match"):
        TypeClassifier(tmp_path)


def test_the_model_codes_what_no_pattern_names(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Thousands of Kenyan teachers left their classrooms empty on Monday.")
    protests = [e for e in events if e.plover == "PROTEST"]
    assert protests and protests[0].rule.startswith("model:event_types-")
    assert protests[0].source is not None and protests[0].source.country == "KEN"
    assert protests[0].cameo == "140"  # the type's general code, from type_codes.tsv


def test_without_the_model_the_patterns_alone_code(coder) -> None:  # type: ignore[no-untyped-def]
    from dyadscope import Coder

    plain = Coder(coder.settings.replace(use_model=False), lexicon=coder.lexicon, nlp=coder.nlp)
    assert plain.classifier is None
    assert not code(plain, "Thousands of Kenyan teachers left their classrooms empty on Monday.")
    assert code(plain, "Japan accused China of violating its airspace.")


def test_confidence_prefers_the_type_the_story_is_about(coder) -> None:  # type: ignore[no-untyped-def]
    text = ("Russian forces shelled the city of Kharkiv overnight, killing four people, regional officials said. "
            "The strikes hit apartment blocks and a school. Ukraine's foreign ministry also criticised Hungary "
            "for blocking an EU statement.")
    events = code(coder, text)
    top = max(events, key=lambda e: e.confidence)
    assert top.plover == "ASSAULT"
    assert all(0.0 < e.confidence <= 0.95 for e in events)


def test_in_a_story_the_model_adds_only_types_the_story_allows(coder) -> None:  # type: ignore[no-untyped-def]
    from dyadscope import Coder

    text = ("Thousands of Kenyan teachers left their classrooms empty on Monday. Schools stayed shut across the country. "
            "Parents said they feared a long dispute.")
    # The story's own event (model_document_probability) is left out: only sentence readings are compared.
    settings = coder.settings.replace(model_document_probability=1.01)
    loose = Coder(settings, lexicon=coder.lexicon, nlp=coder.nlp)
    strict = Coder(settings.replace(model_story_support=1.01), lexicon=coder.lexicon, nlp=coder.nlp)
    assert any(e.rule.startswith("model:") and e.sentence == 0 for e in code(loose, text))
    assert not any(e.rule.startswith("model:") and e.sentence == 0 for e in code(strict, text))


def test_a_lone_sentence_takes_the_model_at_its_own_floor(coder) -> None:  # type: ignore[no-untyped-def]
    from dyadscope import Coder

    sentence = "The Chilean government is weighing its options on the copper levy, Santiago officials said."
    story = f"{sentence} Mining shares fell in early trading. Analysts expect a decision within weeks."
    # Floors the model cannot reach, but for a document too short to be a story.
    settings = coder.settings.replace(model_min_probability=0.99, model_overrule_probability=0.99,
                                      model_document_probability=1.01, model_lone_probability=0.0)
    eager = Coder(settings, lexicon=coder.lexicon, nlp=coder.nlp)
    assert any(e.rule.startswith("model:") for e in code(eager, sentence))
    assert not any(e.rule.startswith("model:") for e in code(eager, story))
    strict = Coder(settings.replace(model_lone_probability=0.99), lexicon=coder.lexicon, nlp=coder.nlp)
    assert not any(e.rule.startswith("model:") for e in code(strict, sentence))


def test_training_is_one_command_and_reproducible(tmp_path: Path, shared: Path) -> None:
    # Train twice on our own examples only (fast); same data, same arrays.
    script = ROOT / "scripts" / "train_classifier.py"
    outputs = []
    for run in ("a", "b"):
        out = tmp_path / run
        done = subprocess.run([sys.executable, str(script), "--own-only", "--out", str(out)],
                              capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr
        outputs.append(out)
    first, second = (np.load(o / "weights.npz") for o in outputs)
    assert np.array_equal(first["coef"], second["coef"])
    assert np.array_equal(first["coef_sentence"], second["coef_sentence"])
    assert TypeClassifier(outputs[0]).labels == TypeClassifier(outputs[1]).labels


def test_the_veto_drops_pattern_events_the_model_rules_out(coder) -> None:  # type: ignore[no-untyped-def]
    from dyadscope import Coder

    text = ("Russian forces shelled Kharkiv overnight. Russia also called on Ukraine to hold talks. "
            "Kyiv said it would answer on Monday.")
    strict = Coder(coder.settings.replace(model_veto_sentence=0.99, model_veto_story=0.99), lexicon=coder.lexicon,
                   nlp=coder.nlp)
    loose, vetoed = code(coder, text), code(strict, text)
    assert any(e.plover and not e.rule.startswith("model:") for e in loose)
    # What survives the strictest veto is the model's own reading, never a pattern it ruled out
    # (statements, CAMEO 01, have no PLOVER type for the model to weigh).
    assert all(e.rule.startswith("model:") for e in vetoed if e.plover)


def test_the_veto_leaves_a_lone_sentence_to_its_patterns(coder) -> None:  # type: ignore[no-untyped-def]
    from dyadscope import Coder

    text = "Russian forces shelled Kharkiv overnight, and Russia called on Ukraine to hold talks."
    strict = Coder(coder.settings.replace(model_veto_sentence=0.99, model_veto_story=0.99), lexicon=coder.lexicon,
                   nlp=coder.nlp)
    # One sentence has no story whose reading could outvote its patterns.
    assert {e.cameo for e in code(strict, text)} == {e.cameo for e in code(coder, text)}


def test_a_caption_or_credit_line_gets_no_model_event(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Photo: Reuters\n\nNorth Korean leader Kim Jong Un will visit Russia next week, the Kremlin said."
    events = code(coder, text)
    assert events and not any(e.evidence.startswith("Photo") for e in events)
