"""Dyad time series: how two actors treat each other, period by period.

A dyad is two actor specs, A and B. A spec in capitals matches an actor when
it equals the actor's country (`RUS`) or is a prefix of its CAMEO-style code
(`PRK`, `PRKGOV`, `IGOUNO`); any other spec matches the actor's name ignoring
case (`Kim Jong Un`). Direction `ab` keeps events with A as source and B as
target, `ba` the reverse, `both` either.

Each point of the series covers one day, ISO week (Monday first) or calendar
month and holds:

* counts by quad class (1 verbal cooperation, 2 material cooperation,
  3 verbal conflict, 4 material conflict) and by PLOVER type;
* the Goldstein sum and mean;
* the **cooperation-conflict index** `(coop - conflict) / (coop + conflict)`,
  with coop = quad classes 1+2 and conflict = 3+4: +1 when every event
  cooperates, -1 when every event is a conflict, None for a period without
  events. It counts events rather than weighing them by Goldstein score, so
  one dramatic code cannot swamp many routine ones; the Goldstein mean is
  reported beside it for those who want the weighted view;
* the ids of the events behind the point.

By default a point counts merged events (event clusters, see `dedup.py`), not
mentions, and leaves out historical, negated and possible events; planned and
asserted events count. This module does the arithmetic only; the store
(`Store.relations`) selects the rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "DIRECTIONS",
    "PERIODS",
    "DyadQuery",
    "RelationPoint",
    "Relations",
    "Row",
    "next_period",
    "period_start",
    "series",
]

PERIODS = ("day", "week", "month")
DIRECTIONS = ("both", "ab", "ba")
COOPERATION = (1, 2)
CONFLICT = (3, 4)


@dataclass(frozen=True)
class DyadQuery:
    """What to measure: the dyad, the period size, the window and which events count."""

    a: str
    b: str
    by: str = "month"
    direction: str = "both"
    since: dt.date | None = None
    until: dt.date | None = None
    include_historical: bool = False
    include_negated: bool = False
    include_possible: bool = False
    merged: bool = True  # count event clusters; False counts every mention

    def __post_init__(self) -> None:
        if self.by not in PERIODS:
            raise ValueError(f"period {self.by!r} is not one of {', '.join(PERIODS)}")
        if self.direction not in DIRECTIONS:
            raise ValueError(f"direction {self.direction!r} is not one of {', '.join(DIRECTIONS)}")
        if not self.a.strip() or not self.b.strip():
            raise ValueError("a dyad needs two actors, e.g. RUS PRK")
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"since {self.since} is after until {self.until}")

    @property
    def statuses(self) -> tuple[str, ...]:
        """The event statuses that count."""
        kept = ["asserted", "planned"]
        if self.include_possible:
            kept.append("possible")
        if self.include_negated:
            kept.append("negated")
        return tuple(kept)


@dataclass(frozen=True)
class Row:
    """One aggregate the store hands over: events of one period, direction, quad class and type."""

    period: dt.date
    direction: str  # "ab" or "ba"
    quad_class: int
    plover: str | None
    count: int
    goldstein_sum: float
    event_ids: tuple[str, ...]


@dataclass(frozen=True)
class RelationPoint:
    """The dyad in one period."""

    start: dt.date
    end: dt.date  # the last day of the period
    events: int = 0
    ab: int = 0  # events with A as source
    ba: int = 0  # events with B as source
    quad: tuple[int, int, int, int] = (0, 0, 0, 0)
    plover: dict[str, int] = field(default_factory=dict)
    goldstein_sum: float = 0.0
    event_ids: tuple[str, ...] = ()

    @property
    def goldstein_mean(self) -> float | None:
        """Mean Goldstein score, None without events."""
        return round(self.goldstein_sum / self.events, 4) if self.events else None

    @property
    def cooperation(self) -> int:
        """Events in quad classes 1 and 2."""
        return self.quad[0] + self.quad[1]

    @property
    def conflict(self) -> int:
        """Events in quad classes 3 and 4."""
        return self.quad[2] + self.quad[3]

    @property
    def index(self) -> float | None:
        """(coop - conflict) / (coop + conflict), None without events."""
        total = self.cooperation + self.conflict
        return round((self.cooperation - self.conflict) / total, 4) if total else None

    def to_dict(self) -> dict[str, Any]:
        """The point as a JSON-ready dict."""
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "events": self.events,
            "ab": self.ab,
            "ba": self.ba,
            "verbal_cooperation": self.quad[0],
            "material_cooperation": self.quad[1],
            "verbal_conflict": self.quad[2],
            "material_conflict": self.quad[3],
            "plover": dict(sorted(self.plover.items())),
            "goldstein_sum": round(self.goldstein_sum, 4),
            "goldstein_mean": self.goldstein_mean,
            "index": self.index,
            "event_ids": list(self.event_ids),
        }


@dataclass(frozen=True)
class Relations:
    """A dyad's time series plus its total over the whole window."""

    query: DyadQuery
    points: tuple[RelationPoint, ...]
    total: RelationPoint

    def to_dict(self) -> dict[str, Any]:
        """The series as a JSON-ready dict."""
        q = self.query
        return {
            "a": q.a, "b": q.b, "by": q.by, "direction": q.direction,
            "since": q.since.isoformat() if q.since else None,
            "until": q.until.isoformat() if q.until else None,
            "counting": "event clusters" if q.merged else "mentions",
            "statuses": list(q.statuses),
            "include_historical": q.include_historical,
            "points": [p.to_dict() for p in self.points],
            "total": self.total.to_dict(),
        }


def period_start(day: dt.date, by: str) -> dt.date:
    """The first day of the period holding `day` (weeks start on Monday, as DuckDB's date_trunc)."""
    if by == "day":
        return day
    if by == "week":
        return day - dt.timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    raise ValueError(f"period {by!r} is not one of {', '.join(PERIODS)}")


def next_period(start: dt.date, by: str) -> dt.date:
    """The first day of the period after the one starting at `start`."""
    if by == "day":
        return start + dt.timedelta(days=1)
    if by == "week":
        return start + dt.timedelta(days=7)
    if by == "month":
        return dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
    raise ValueError(f"period {by!r} is not one of {', '.join(PERIODS)}")


def _fold(start: dt.date, end: dt.date, rows: list[Row]) -> RelationPoint:
    """Sum the rows of one period (or of the whole window) into a point."""
    quad = [0, 0, 0, 0]
    plover: dict[str, int] = {}
    ids: list[str] = []
    ab = ba = 0
    goldstein = 0.0
    for row in rows:
        if 1 <= row.quad_class <= 4:
            quad[row.quad_class - 1] += row.count
        if row.plover:
            plover[row.plover] = plover.get(row.plover, 0) + row.count
        if row.direction == "ab":
            ab += row.count
        else:
            ba += row.count
        goldstein += row.goldstein_sum
        ids.extend(row.event_ids)
    return RelationPoint(start=start, end=end, events=ab + ba, ab=ab, ba=ba, quad=(quad[0], quad[1], quad[2], quad[3]),
                         plover=plover, goldstein_sum=goldstein, event_ids=tuple(sorted(ids)))


def series(rows: Iterable[Row], query: DyadQuery) -> Relations:
    """Turn the store's aggregates into a gap-free series of points.

    Args:
        rows: aggregates by period, direction, quad class and PLOVER type.
        query: the dyad query the rows answer.

    Returns:
        One point per period from the window's start (or the first event) to its
        end (or the last event), empty periods included, and the total.
    """
    by_period: dict[dt.date, list[Row]] = {}
    every: list[Row] = []
    for row in rows:
        by_period.setdefault(period_start(row.period, query.by), []).append(row)
        every.append(row)
    first = period_start(query.since, query.by) if query.since else min(by_period, default=None)
    last = period_start(query.until, query.by) if query.until else max(by_period, default=None)
    points = []
    if first is not None and last is not None:
        start = first
        while start <= last:
            following = next_period(start, query.by)
            points.append(_fold(start, following - dt.timedelta(days=1), by_period.get(start, [])))
            start = following
    window_start = query.since or (points[0].start if points else dt.date.min)
    window_end = query.until or (points[-1].end if points else dt.date.min)
    return Relations(query=query, points=tuple(points), total=_fold(window_start, window_end, every))
