"""Scoring coded events against gold files.

Two gold formats:

- PLOVER gold standard records (a JSON array; one sentence, one event each, with
  PLOVER type and source/target actor codes). Scores: share of records whose type
  is found among the sentence's events, share with type + source + target right,
  actor accuracy, and per-type recall and precision.
- Labelled documents (JSONL with a document-level `label`): share of documents
  whose label is among their event types (macro average over labels), the
  top-confidence event's type, and the number of distinct types per document.
- Context gold (JSONL with `trigger`, `status`, `event_date`, `country`,
  `historical`, `attribution` for one event per passage): share of labelled
  triggers coded, and among those status, date, place-country, history and
  attribution accuracy.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .pipeline import Coder
from .records import Actor, Document, Event

# PLOVER 2016 types that POLECAT folded into today's 16.
OLD_TYPES = {"DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "DEMAND": "REQUEST", "FIGHT": "ASSAULT"}
# Non-ISO country codes found in gold files.
OLD_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "UK": "GBR"}


@dataclass
class GoldItem:
    """One gold document: its text, its label, and (for sentence gold) its actor codes."""

    doc: Document
    label: str
    sources: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)


@dataclass
class ContextItem:
    """One passage of context gold: the labelled event's trigger and its expected context."""

    doc: Document
    trigger: str
    status: str
    event_date: str | None
    country: str | None
    historical: bool
    attribution: list[str]


@dataclass
class Report:
    """Scores of one gold file."""

    name: str
    kind: str
    scores: dict[str, float]
    per_type: dict[str, dict[str, float]]
    count: int

    def to_dict(self) -> dict[str, Any]:
        """The report as a JSON-ready dict."""
        return {"name": self.name, "kind": self.kind, "count": self.count, "scores": self.scores,
                "per_type": self.per_type}


def _codes(value: Any) -> list[str]:
    if not isinstance(value, list):
        return []
    codes = []
    for actor in value:
        code = actor.get("code") if isinstance(actor, dict) else actor
        if isinstance(code, str) and code:
            codes.append(OLD_CODES.get(code.upper(), code.upper()))
    return codes


def load_plover_gold(path: Path) -> list[GoldItem]:
    """Read PLOVER gold standard records; duplicate ids get a `-2` suffix."""
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read gold file {path}: {exc}") from exc
    items: list[GoldItem] = []
    seen: Counter[str] = Counter()
    for record in records:
        if not isinstance(record, dict) or record.get("event") in (None, "DOCUMENT") or not record.get("text"):
            continue
        seen[record["id"]] += 1
        rid = record["id"] if seen[record["id"]] == 1 else f"{record['id']}-{seen[record['id']]}"
        label = OLD_TYPES.get(record["event"], record["event"])
        doc = Document(id=rid, text=record["text"], date=record.get("date") or None)
        items.append(GoldItem(doc, label, _codes(record.get("source")), _codes(record.get("target"))))
    return items


def load_labelled_docs(path: Path) -> list[GoldItem]:
    """Read labelled documents (JSONL with `text` and `label`)."""
    items: list[GoldItem] = []
    for number, record in _jsonl_records(path):
        label = OLD_TYPES.get(record.get("label"), record.get("label"))
        text = record.get("text") or ""
        if not label or not text.strip():
            continue
        # Our own sentence gold carries actor codes in `source` and `target` lists;
        # NGEC's `source` is the news agency, a string.
        actors = isinstance(record.get("source"), list) or isinstance(record.get("target"), list)
        doc = Document(id=str(record.get("id") or f"{path.name}:{number}"), text=text,
                       title=record.get("title"), date=record.get("date"),
                       source=None if actors else record.get("source"))
        if actors:
            items.append(GoldItem(doc, label, _codes(record.get("source")), _codes(record.get("target"))))
        else:
            items.append(GoldItem(doc, label))
    return items


def _jsonl_records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, record) for each non-blank line of a gold JSONL file."""
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{number}: malformed JSON: {exc.msg}") from exc


def actor_matches(actor: Actor | None, gold: list[str]) -> bool:
    """True when the coded actor names one of the gold codes (country, IGO/NGO, or code prefix)."""
    if not gold:
        return True
    if actor is None:
        return False
    mine = {actor.country or "", actor.sector or "", (actor.code or "")[:3]}
    if actor.code and actor.code.startswith(("IGO", "NGO")):
        mine.add(actor.code[:3])
    # A group code in the gold ("PAKTTP") must be matched by that group, not by its country.
    return any(code in mine or (len(code) > 3 and (actor.code or "").startswith(code)) for code in gold)


def _per_type(gold: list[str], predicted: list[set[str]]) -> dict[str, dict[str, float]]:
    table: dict[str, dict[str, float]] = {}
    labels = sorted(set(gold) | {t for p in predicted for t in p})
    for label in labels:
        support = sum(g == label for g in gold)
        hits = sum(g == label and label in p for g, p in zip(gold, predicted, strict=True))
        guessed = sum(label in p for p in predicted)
        table[label] = {
            "support": support,
            "recall": round(hits / support, 4) if support else 0.0,
            "precision": round(hits / guessed, 4) if guessed else 0.0,
        }
    return table


def score(items: list[GoldItem], events_by_doc: dict[str, list[Event]], kind: str, name: str) -> Report:
    """Score events against gold items of one kind ("plover" or "labelled").

    Items labelled NONE (sentences that report no event) are scored apart: the share
    of them left without a typed event is `none_clean`.
    """
    empty = [item for item in items if item.label == "NONE"]
    items = [item for item in items if item.label != "NONE"]
    gold = [item.label for item in items]
    predicted = [{e.plover for e in events_by_doc.get(item.doc.id, []) if e.plover} for item in items]
    scores: dict[str, float] = {}
    n = len(items) or 1
    found = [item.label in p for item, p in zip(items, predicted, strict=True)]
    if kind == "plover" or any(item.sources or item.targets for item in items):
        full = source_ok = target_ok = 0
        for item, hit in zip(items, found, strict=True):
            if not hit:
                continue
            typed = [e for e in events_by_doc[item.doc.id] if e.plover == item.label]
            if any(actor_matches(e.source, item.sources) for e in typed):
                source_ok += 1
            if any(actor_matches(e.target, item.targets) for e in typed):
                target_ok += 1
            if any(actor_matches(e.source, item.sources) and actor_matches(e.target, item.targets) for e in typed):
                full += 1
        hits = sum(found) or 1
        scores = {
            "type_found": round(sum(found) / n, 4),
            "type_source_target": round(full / n, 4),
            "source_accuracy": round(source_ok / hits, 4),
            "target_accuracy": round(target_ok / hits, 4),
        }
    if kind != "plover":
        by_label: dict[str, list[bool]] = defaultdict(list)
        for item, hit in zip(items, found, strict=True):
            by_label[item.label].append(hit)
        top_right = 0
        for item in items:
            events = [e for e in events_by_doc.get(item.doc.id, []) if e.plover]
            if events and max(events, key=lambda e: e.confidence).plover == item.label:
                top_right += 1
        scores |= {
            "label_found_macro": round(sum(sum(v) / len(v) for v in by_label.values()) / (len(by_label) or 1), 4),
            "label_found_micro": round(sum(found) / n, 4),
            "top_event_right": round(top_right / n, 4),
            "types_per_doc": round(sum(len(p) for p in predicted) / n, 4),
        }
    scores["events_per_doc"] = round(sum(len(events_by_doc.get(i.doc.id, [])) for i in items) / n, 4)
    if empty:
        clean = sum(not any(e.plover for e in events_by_doc.get(i.doc.id, [])) for i in empty)
        scores["none_clean"] = round(clean / len(empty), 4)
    return Report(name, kind, scores, _per_type(gold, predicted), len(items))


def detect_kind(path: Path) -> str:
    """`plover` for a JSON array of gold records, `context` for context gold, else `labelled`."""
    with path.open(encoding="utf-8") as fh:
        head = fh.readline().lstrip()
    if head.startswith("["):
        return "plover"
    try:
        first = json.loads(head)
    except json.JSONDecodeError:
        return "labelled"
    return "context" if isinstance(first, dict) and "trigger" in first and "status" in first else "labelled"


def load_context_gold(path: Path) -> list[ContextItem]:
    """Read context gold passages (see the module docstring)."""
    items: list[ContextItem] = []
    for number, r in _jsonl_records(path):
        doc = Document(id=str(r.get("id") or f"{path.name}:{number}"), text=r["text"], date=r.get("date"))
        items.append(ContextItem(doc, r["trigger"], r["status"], r.get("event_date"), r.get("country"),
                                 bool(r.get("historical")), list(r.get("attribution") or [])))
    return items


def _trigger_span(text: str, word: str) -> tuple[int, int] | None:
    import re

    match = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text)
    return (match.start(), match.end()) if match else None


def score_context(items: list[ContextItem], events_by_doc: dict[str, list[Event]], name: str) -> Report:
    """Score status, date, place, history and attribution of the events at the labelled triggers."""
    found = 0
    right: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    per_status: dict[str, list[bool]] = defaultdict(list)
    for item in items:
        span = _trigger_span(item.doc.text, item.trigger)
        events = [e for e in events_by_doc.get(item.doc.id, [])
                  if span and e.trigger.start <= span[0] and span[1] <= e.trigger.end]
        if not events:
            continue
        found += 1
        # The event the labelled word names: the tightest trigger around it ("visit", not
        # "called off his planned visit", which names the cancellation).
        event = min(events, key=lambda e: (e.trigger.end - e.trigger.start, e.trigger.start))
        checks = {
            "status": event.status == item.status,
            "historical": event.historical == item.historical,
        }
        if item.event_date is not None:
            checks["date"] = event.date == item.event_date
        if item.country is not None:
            checks["country"] = event.location is not None and event.location.country == item.country
        if item.attribution:
            mine = " ".join(event.attribution).lower()
            checks["attribution"] = all(
                any(word in mine for word in gold.lower().replace("the ", "").split() if len(word) > 3)
                or gold.lower() in mine for gold in item.attribution)
        for key, ok in checks.items():
            totals[key] += 1
            right[key] += ok
        per_status[item.status].append(checks["status"])
    n = len(items) or 1
    scores = {"trigger_found": round(found / n, 4)}
    for key in ("status", "date", "country", "historical", "attribution"):
        scores[f"{key}_accuracy"] = round(right[key] / totals[key], 4) if totals[key] else 0.0
        scores[f"{key}_items"] = float(totals[key])
    per_type = {status: {"support": len(v), "recall": round(sum(v) / len(v), 4)}
                for status, v in sorted(per_status.items())}
    return Report(name, "context", scores, per_type, len(items))


def evaluate_file(path: Path, coder: Coder, kind: str | None = None) -> Report:
    """Code a gold file's documents and score them.

    Args:
        path: a PLOVER gold standard JSON file or a labelled-document JSONL file.
        coder: the loaded coder.
        kind: "plover" or "labelled"; detected from the file when None.
    """
    kind = kind or detect_kind(path)
    if kind == "context":
        context = load_context_gold(path)
        coded: dict[str, list[Event]] = {}
        for result in coder.run(item.doc for item in context):
            if isinstance(result, tuple):
                coded[result[0].id] = result[1]
        return score_context(context, coded, path.name)
    items = load_plover_gold(path) if kind == "plover" else load_labelled_docs(path)
    events_by_doc: dict[str, list[Event]] = {}
    for result in coder.run(item.doc for item in items):
        if isinstance(result, tuple):
            events_by_doc[result[0].id] = result[1]
    return score(items, events_by_doc, kind, path.name)


# Scores where less is better: their pinned value is a ceiling, not a floor.
CEILINGS = frozenset({"types_per_doc", "events_per_doc"})


def check_floors(reports: Iterable[Report], floors: dict[str, float]) -> list[str]:
    """Failures for scores below their floors (above, for CEILINGS); a key is `score` or `file:score`."""
    failures = []
    for report in reports:
        for key, floor in floors.items():
            file, _, metric = key.rpartition(":")
            if file and file != report.name or metric not in report.scores:
                continue
            value = report.scores[metric]
            if metric in CEILINGS and value > floor:
                failures.append(f"{report.name}: {metric} {value:.4f} is above its ceiling {floor}")
            elif metric not in CEILINGS and value < floor:
                failures.append(f"{report.name}: {metric} {value:.4f} is below its floor {floor}")
    return failures
