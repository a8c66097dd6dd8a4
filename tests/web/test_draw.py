"""Geometry: evidence highlights, the network layout, the map projection."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dyadscope.web import draw


def test_spans_move_from_document_offsets_to_sentence_offsets():
    text = "Intro line. Putin met Kim in Moscow. Outro."
    sentence = "Putin met Kim in Moscow."
    start = draw.locate_sentence(text, sentence, anchor=18)
    assert start == 12
    spans = draw.relative_spans(sentence, start, [("trigger", 18, 21, "met"), ("source", 12, 17, "Putin"),
                                                  ("target", 22, 25, "Kim")])
    assert [(s.kind, s.start, s.end, s.text) for s in spans] == [
        ("source", 0, 5, "Putin"), ("trigger", 6, 9, "met"), ("target", 10, 13, "Kim")]


def test_a_repeated_sentence_is_found_where_the_trigger_is():
    text = "He met her. Then: He met her."
    assert draw.locate_sentence(text, "He met her.", anchor=21) == 18
    assert draw.locate_sentence(text, "He met her.", anchor=None) == 0
    assert draw.locate_sentence(text, "Not there.", anchor=3) is None


def test_offsets_that_do_not_match_fall_back_to_the_words():
    spans = draw.relative_spans("Kim met Putin.", None, [("source", 40, 43, "Kim"), ("target", 0, 1, "Xi")])
    assert [(s.kind, s.start, s.end) for s in spans] == [("source", 0, 3)]


def test_segments_keep_the_text_and_drop_overlaps():
    spans = [draw.Span("source", 0, 5, "Putin"), draw.Span("trigger", 3, 8, "in me"), draw.Span("target", 10, 13, "Kim")]
    pieces = draw.segments("Putin met Kim.", spans)
    assert "".join(p["text"] for p in pieces) == "Putin met Kim."
    assert [(p["kind"], p["text"]) for p in pieces if p["kind"]] == [("source", "Putin"), ("target", "Kim")]


def test_words_that_are_source_and_target_share_one_mark():
    # "the two leaders" met each other: the same word is both sides of the event.
    spans = [draw.Span("trigger", 16, 20, "held"), draw.Span("source", 8, 15, "leaders"),
             draw.Span("target", 8, 15, "leaders")]
    pieces = draw.segments("The two leaders held talks.", spans)
    assert [(p["kind"], p["text"]) for p in pieces if p["kind"]] == [("source target", "leaders"), ("trigger", "held")]
    assert "".join(p["text"] for p in pieces) == "The two leaders held talks."


@given(st.text(max_size=60), st.lists(st.tuples(st.integers(0, 70), st.integers(0, 20)), max_size=6))
def test_segments_always_rebuild_the_text(text, raw):
    spans = [draw.Span("trigger", s, s + n, text[s:s + n]) for s, n in raw if n > 0]
    pieces = draw.segments(text, spans)
    assert "".join(p["text"] for p in pieces) == text


def test_layout_is_stable_and_inside_the_drawing():
    nodes = [f"N{i}" for i in range(12)]
    links = [(nodes[i], nodes[(i * 5 + 1) % 12], i + 1) for i in range(12)] + [("X", "Y", 1)]
    nodes += ["X", "Y"]
    radius = {n: 8.0 + i for i, n in enumerate(nodes)}
    first = draw.layout(nodes, links, 960, 640, radius)
    assert first == draw.layout(nodes, links, 960, 640, radius)
    for node, (x, y) in first.items():
        assert radius[node] <= x <= 960 - radius[node] and radius[node] <= y <= 640 - radius[node]
    assert draw.layout([], [], 100, 100) == {}
    assert draw.layout(["A"], [], 100, 100) == {"A": (50, 50)}


def test_layout_keeps_circles_apart():
    nodes = [f"N{i}" for i in range(20)]
    links = [(nodes[0], n, 3) for n in nodes[1:]]
    radius = dict.fromkeys(nodes, 10.0)
    where = draw.layout(nodes, links, 960, 640, radius)
    closest = min(((where[a][0] - where[b][0]) ** 2 + (where[a][1] - where[b][1]) ** 2) ** 0.5
                  for i, a in enumerate(nodes) for b in nodes[i + 1:])
    assert closest >= 20


def test_projection_and_graticule():
    assert draw.project(0, 0) == (500, 250)
    assert draw.project(90, -180) == (0, 0)
    assert draw.project(-90, 180) == (1000, 500)
    assert draw.project(120, 400) == (1000, 0)  # clamped
    lines = draw.graticule(30)
    assert sum(1 for g in lines if g["axis"] == "lon") == 13 and sum(1 for g in lines if g["axis"] == "lat") == 5
    assert any(g["equator"] and g["axis"] == "lat" for g in lines)


def test_land_comes_from_the_installed_gazetteer():
    path = draw.land_path()
    assert path.startswith("M") and path.count("z") > 1000
