"""Records mirror the contract and survive a round trip."""

from __future__ import annotations

from dyadscope.records import Actor, Event, Place, Trigger


def make_event() -> Event:
    return Event(
        event_id="ev-1", doc_id="d", sentence=0, evidence="Russia attacked Ukraine.", date="2022-02-24",
        source=Actor("Russia", "Russia", "RUS", "RUS", None, 0, 6),
        target=Actor("Ukraine", "Ukraine", "UKR", "UKR", None, 16, 23),
        cameo="190", plover="ASSAULT", plover_mode=None, goldstein=-10.0, quad_class=4, status="asserted",
        historical=False, location=Place("Ukraine", "UKR", feature="country"), trigger=Trigger("attacked", 7, 15),
        attribution=("Reuters",), confidence=0.8, rule="verbs.tsv:1",
    )


def test_event_round_trips_through_its_dict() -> None:
    event = make_event()
    assert Event.from_dict(event.to_dict()) == event


def test_event_dict_has_exactly_the_contract_fields() -> None:
    keys = set(make_event().to_dict())
    assert keys == {"event_id", "doc_id", "sentence", "evidence", "date", "source", "target", "cameo", "plover",
                    "plover_mode", "goldstein", "quad_class", "status", "historical", "location", "trigger",
                    "attribution", "confidence", "rule"}
