"""The public contract as a test: real `dyadscope code` output, its schema, its exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from support import ROOT, SCHEMA, SEED, run_cli

DEMO = ROOT / "dyadscope" / "demo" / "corpus.jsonl"


@pytest.fixture(scope="module")
def validator(shared):  # type: ignore[no-untyped-def]
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def events_of(stdout: bytes) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in stdout.decode("utf-8").splitlines() if line.strip()]


def check_offsets(event: dict, texts: dict[str, str]) -> None:  # type: ignore[type-arg]
    text = texts[event["doc_id"]]
    trigger = event["trigger"]
    assert text[trigger["start"]:trigger["end"]] == trigger["text"]
    for side in ("source", "target"):
        actor = event[side]
        if actor is not None:
            assert text[actor["start"]:actor["end"]] == actor["text"]
    assert event["evidence"] in text


def test_demo_corpus_output_validates_against_the_schema(validator) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("code", str(DEMO))
    assert result.returncode == 0, result.stderr.decode()
    events = events_of(result.stdout)
    texts = {json.loads(line)["id"]: json.loads(line)["text"] for line in DEMO.read_text(encoding="utf-8").splitlines()}
    assert len(events) >= 100
    for event in events:
        validator.validate(event)
        check_offsets(event, texts)
    assert len({e["event_id"] for e in events}) == len(events)


def test_seed_article_codes_to_valid_events(validator) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("code", str(SEED))
    assert result.returncode == 0, result.stderr.decode()
    events = events_of(result.stdout)
    texts = {json.loads(SEED.read_text(encoding="utf-8"))["id"]: json.loads(SEED.read_text(encoding="utf-8"))["text"]}
    assert events
    for event in events:
        validator.validate(event)
        check_offsets(event, texts)


def test_same_input_gives_the_same_output(tmp_path: Path) -> None:
    first = run_cli("code", str(SEED)).stdout
    second = run_cli("code", str(SEED)).stdout
    assert first == second and first


def test_mixed_input_codes_the_good_documents_and_exits_1(tmp_path: Path, validator) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"id": "good", "text": "Russia attacked Ukraine.", "date": "2022-02-25"}\n'
                    '{"id": "bad", "text": \n'
                    '{"id": "empty", "text": ""}\n', encoding="utf-8")
    result = run_cli("code", str(path))
    assert result.returncode == 1
    stderr = result.stderr.decode()
    assert f"{path}:2: malformed JSON" in stderr and f"{path}:3: empty text" in stderr
    events = events_of(result.stdout)
    assert events and {e["doc_id"] for e in events} == {"good"}
    for event in events:
        validator.validate(event)


def test_stdin_plain_text_and_jsonl(validator) -> None:  # type: ignore[no-untyped-def]
    plain = run_cli("code", "--date", "2023-09-12", "--source", "Wire", stdin=b"Russia attacked Ukraine.")
    assert plain.returncode == 0
    jsonl = run_cli("code", "-", stdin=b'{"id": "s", "text": "Russia attacked Ukraine."}\n')
    assert jsonl.returncode == 0
    for event in events_of(plain.stdout) + events_of(jsonl.stdout):
        validator.validate(event)
    assert {e["doc_id"] for e in events_of(jsonl.stdout)} == {"s"}


@pytest.mark.parametrize("args", [
    ("code", "--date", "12/09/2023"),
    ("code", "--format", "xml"),
    ("code", "--no-such-flag"),
    ("frobnicate",),
])
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    result = run_cli(*args, stdin=b"Russia attacked Ukraine.")
    assert result.returncode == 2


def test_unreadable_input_is_skipped_and_exits_1(tmp_path: Path) -> None:
    result = run_cli("code", str(tmp_path / "missing.jsonl"))
    assert result.returncode == 1
    assert "no such file" in result.stderr.decode()
