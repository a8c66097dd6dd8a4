"""Dyad time series: the arithmetic, and the store's figures against a hand count."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from dyadscope.errors import StoreError
from dyadscope.records import Actor, Document, Event, Trigger
from dyadscope.relations import DyadQuery, Row, next_period, period_start, series
from dyadscope.store import Store

D = dt.date


def test_periods_start_on_the_first_day_monday_or_first_of_month():
    day = D(2024, 6, 19)  # a Wednesday
    assert period_start(day, "day") == day
    assert period_start(day, "week") == D(2024, 6, 17)
    assert period_start(day, "month") == D(2024, 6, 1)
    assert next_period(D(2024, 12, 1), "month") == D(2025, 1, 1)
    assert next_period(D(2024, 6, 17), "week") == D(2024, 6, 24)


def test_series_fill_gaps_and_compute_the_index():
    query = DyadQuery("RUS", "PRK", by="month")
    rows = [Row(D(2024, 1, 1), "ab", 1, "CONSULT", 3, 3.0, ("e1", "e2", "e3")),
            Row(D(2024, 1, 1), "ba", 4, "ASSAULT", 1, -10.0, ("e4",)),
            Row(D(2024, 3, 1), "ab", 2, "AID", 2, 14.0, ("e5", "e6"))]
    result = series(rows, query)
    assert [p.start for p in result.points] == [D(2024, 1, 1), D(2024, 2, 1), D(2024, 3, 1)]
    jan, feb, mar = result.points
    assert (jan.events, jan.ab, jan.ba, jan.quad) == (4, 3, 1, (3, 0, 0, 1))
    assert jan.index == 0.5  # (3 - 1) / (3 + 1)
    assert jan.goldstein_mean == pytest.approx(-7.0 / 4)
    assert jan.plover == {"CONSULT": 3, "ASSAULT": 1}
    assert jan.event_ids == ("e1", "e2", "e3", "e4")
    assert (feb.events, feb.index, feb.goldstein_mean) == (0, None, None)
    assert feb.end == D(2024, 2, 29)
    assert mar.index == 1.0
    assert result.total.events == 6 and result.total.index == pytest.approx(round(4 / 6, 4))


def test_the_window_bounds_the_series():
    query = DyadQuery("RUS", "PRK", by="week", since=D(2024, 6, 1), until=D(2024, 6, 30))
    result = series([], query)
    assert result.points[0].start == D(2024, 5, 27) and result.points[-1].start == D(2024, 6, 24)
    assert all(p.events == 0 for p in result.points)


def test_bad_queries_are_refused():
    with pytest.raises(ValueError, match="period"):
        DyadQuery("RUS", "PRK", by="year")
    with pytest.raises(ValueError, match="direction"):
        DyadQuery("RUS", "PRK", direction="sideways")
    with pytest.raises(ValueError, match="two actors"):
        DyadQuery("RUS", " ")
    assert DyadQuery("A", "B").statuses == ("asserted", "planned")
    assert DyadQuery("A", "B", include_negated=True, include_possible=True).statuses == \
        ("asserted", "planned", "possible", "negated")


# --- the store against a hand count ---------------------------------------------------
QUAD = {"040": (1, 1.0, "CONSULT"), "057": (1, 8.0, "AGREE"), "070": (2, 7.0, "AID"), "111": (3, -2.0, "ACCUSE"),
        "190": (4, -10.0, "ASSAULT")}


def _actor(code: str) -> Actor:
    return Actor(text=code, name=code, code=code, country=code[:3], sector=code[3:] or None, start=0, end=3)


def _event(doc: str, n: int, date: str | None, source: str, target: str, cameo: str, status: str = "asserted",
           historical: bool = False) -> Event:
    quad, goldstein, plover = QUAD[cameo]
    return Event(event_id="ev-" + hashlib.sha256(f"{doc}/{n}".encode()).hexdigest()[:20], doc_id=doc, sentence=n,
                 evidence="...", date=date, source=_actor(source), target=_actor(target), cameo=cameo, plover=plover,
                 plover_mode=None, goldstein=goldstein, quad_class=quad, status=status, historical=historical,
                 location=None, trigger=Trigger("x", 0, 1))


def _doc(doc_id: str, date: str) -> Document:
    return Document(id=doc_id, text=f"{doc_id} " + hashlib.sha256(doc_id.encode()).hexdigest(), date=date,
                    source=doc_id[0])


@pytest.fixture(scope="module")
def hand(tmp_path_factory) -> Store:
    """Eleven mentions, hand-counted below.

    January 2024: talks RUSGOV->PRKGOV reported by a1 and b1 (one merged event, 2 mentions), aid
    PRKMIL->RUSGOV, an accusation RUSGOV->PRKGOV, a negated assault RUS->PRK, a possible agreement.
    February: nothing. March: an assault PRKMIL->RUSMIL, a dateless accusation dated by its
    publication (March 5), a historical assault (1950), a planned agreement, and USA->PRK (not the dyad).
    """
    store = Store(tmp_path_factory.mktemp("rel") / "hand.duckdb")
    store.add([
        (_doc("a1", "2024-01-10"), [
            _event("a1", 0, "2024-01-10", "RUSGOV", "PRKGOV", "040"),
            _event("a1", 1, "2024-01-10", "PRKMIL", "RUSGOV", "070"),
            _event("a1", 2, "2024-01-12", "RUSGOV", "PRKGOV", "111"),
            _event("a1", 3, "2024-01-12", "RUSGOV", "PRKGOV", "190", status="negated"),
            _event("a1", 4, "2024-01-15", "PRKGOV", "RUSGOV", "057", status="possible"),
        ]),
        (_doc("b1", "2024-01-11"), [_event("b1", 0, "2024-01-11", "RUSGOV", "PRKGOV", "040")]),
        (_doc("c1", "2024-03-05"), [
            _event("c1", 0, "2024-03-04", "PRKMIL", "RUSMIL", "190"),
            _event("c1", 1, None, "RUSGOV", "PRKGOV", "111"),
            _event("c1", 2, "1950-06-25", "PRKMIL", "RUSMIL", "190", historical=True),
            _event("c1", 3, "2024-03-20", "RUSGOV", "PRKGOV", "057", status="planned"),
            _event("c1", 4, "2024-03-05", "USAGOV", "PRKGOV", "111"),
        ]),
    ])
    return store


def test_monthly_counts_match_the_hand_count(hand):
    result = hand.relations("RUS", "PRK", by="month", since="2024-01-01", until="2024-03-31")
    jan, feb, mar = result.points
    # January: talks (merged: 1), aid, accusation; negated and possible left out.
    assert (jan.events, jan.ab, jan.ba, jan.quad) == (3, 2, 1, (1, 1, 1, 0))
    assert jan.goldstein_sum == pytest.approx(1.0 + 7.0 - 2.0)
    assert jan.index == pytest.approx(round((2 - 1) / 3, 4))
    assert jan.plover == {"CONSULT": 1, "AID": 1, "ACCUSE": 1}
    assert len(jan.event_ids) == 3 and all(i.startswith("ec-") for i in jan.event_ids)
    assert feb.events == 0
    # March: assault, dateless accusation (publication date), planned agreement; historical left out.
    assert (mar.events, mar.ab, mar.ba, mar.quad) == (3, 2, 1, (1, 0, 1, 1))
    assert mar.goldstein_sum == pytest.approx(-10.0 - 2.0 + 8.0)
    assert mar.index == pytest.approx(round((1 - 2) / 3, 4))
    assert result.total.events == 6


def test_mentions_count_every_report(hand):
    result = hand.relations("RUS", "PRK", by="month", since="2024-01-01", until="2024-01-31", merged=False)
    assert result.points[0].events == 4
    assert result.points[0].quad == (2, 1, 1, 0)
    assert all(i.startswith("ev-") for i in result.points[0].event_ids)


def test_direction_and_inclusion_flags(hand):
    window = {"since": "2024-01-01", "until": "2024-03-31"}
    assert hand.relations("RUS", "PRK", direction="ab", **window).total.events == 4
    assert hand.relations("RUS", "PRK", direction="ba", **window).total.events == 2
    assert hand.relations("PRK", "RUS", direction="ab", **window).total.events == 2
    assert hand.relations("RUS", "PRK", include_negated=True, **window).total.events == 7
    assert hand.relations("RUS", "PRK", include_possible=True, **window).total.events == 7
    everything = hand.relations("RUS", "PRK", include_negated=True, include_possible=True,
                                include_historical=True)
    assert everything.total.events == 9
    assert everything.points[0].start == D(1950, 6, 1)


def test_actor_codes_narrow_the_dyad(hand):
    window = {"since": "2024-01-01", "until": "2024-03-31"}
    assert hand.relations("RUSGOV", "PRKGOV", **window).total.events == 4  # talks, 2 accusations, planned deal
    assert hand.relations("PRKMIL", "RUS", **window).total.events == 2
    by_day = hand.relations("RUSGOV", "PRKGOV", by="day", since="2024-01-10", until="2024-01-12")
    assert [p.events for p in by_day.points] == [1, 0, 1]  # the merged talks sit on their first day


def test_a_bad_period_is_a_store_error(hand):
    with pytest.raises(StoreError, match="period 'year'"):
        hand.relations("RUS", "PRK", by="year")
    with pytest.raises(StoreError, match="YYYY-MM-DD"):
        hand.relations("RUS", "PRK", since="yesterday")
