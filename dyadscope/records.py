"""Records that mirror the public contract: documents in, events out.

Stages pass these frozen dataclasses, never loose dicts; `to_dict()` gives exactly
the JSON shape of `event.schema.json`, and `from_dict()` reads it back.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Document:
    """One input article: the contract's document record."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD, the publication date
    source: str | None = None
    url: str | None = None
    language: str = "en"

    def to_dict(self) -> dict[str, Any]:
        """The document as a JSON-ready dict."""
        return asdict(self)


@dataclass(frozen=True)
class Rejected:
    """Input that could not become a document, with where and why."""

    path: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class Actor:
    """Who acts or is acted upon, with character offsets into the document text."""

    text: str
    name: str
    code: str | None
    country: str | None
    sector: str | None
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """The actor as a JSON-ready dict."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Actor | None:
        """Read an actor back from its dict form (None stays None)."""
        return None if data is None else cls(**data)


@dataclass(frozen=True)
class Place:
    """Where an event happens; unknown parts are None."""

    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The place as a JSON-ready dict."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Place | None:
        """Read a place back from its dict form (None stays None)."""
        return None if data is None else cls(**data)


@dataclass(frozen=True)
class Trigger:
    """The words that name the action."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """The trigger as a JSON-ready dict."""
        return asdict(self)


@dataclass(frozen=True)
class Event:
    """One coded event: the contract's event record."""

    event_id: str
    doc_id: str
    sentence: int
    evidence: str
    date: str | None
    source: Actor | None
    target: Actor | None
    cameo: str
    plover: str | None
    plover_mode: str | None
    goldstein: float
    quad_class: int
    status: str
    historical: bool
    location: Place | None
    trigger: Trigger
    attribution: tuple[str, ...] = field(default_factory=tuple)
    confidence: float = 0.5
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The event as a dict that validates against event.schema.json."""
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "sentence": self.sentence,
            "evidence": self.evidence,
            "date": self.date,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "plover": self.plover,
            "plover_mode": self.plover_mode,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "status": self.status,
            "historical": self.historical,
            "location": self.location.to_dict() if self.location else None,
            "trigger": self.trigger.to_dict(),
            "attribution": list(self.attribution),
            "confidence": self.confidence,
            "rule": self.rule,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        """Read an event back from its contract form."""
        values = dict(data)
        values["source"] = Actor.from_dict(data["source"])
        values["target"] = Actor.from_dict(data["target"])
        values["location"] = Place.from_dict(data["location"])
        values["trigger"] = Trigger(**data["trigger"])
        values["attribution"] = tuple(data["attribution"])
        return cls(**values)
