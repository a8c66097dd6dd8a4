"""The app in-process: every page and its JSON twin, filters, errors, untrusted text."""

from __future__ import annotations

import re

import pytest
from web_support import XSS_ID, XSS_SCRIPT  # type: ignore[import-not-found]

# Every HTML page and its JSON twin: /PATH <-> /api/PATH (the front page's is /api/overview).
PAGES = [
    ("/", "/api/overview"),
    ("/events", "/api/events"),
    ("/events?merged=true&dyad=RUS,PRK", "/api/events?merged=true&dyad=RUS,PRK"),
    ("/documents", "/api/documents"),
    ("/document/demo-001", "/api/document/demo-001"),
    ("/actors", "/api/actors"),
    ("/actor/RUS", "/api/actor/RUS"),
    ("/actor/Kim%20Jong%20Un", "/api/actor/Kim%20Jong%20Un"),
    ("/dyads", "/api/dyads"),
    ("/dyad/RUS/PRK", "/api/dyad/RUS/PRK"),
    ("/dyad/RUS/PRK?by=week&direction=ab", "/api/dyad/RUS/PRK?by=week&direction=ab"),
    ("/network", "/api/network"),
    ("/network?level=actor", "/api/network?level=actor"),
    ("/map", "/api/map"),
    ("/search?q=Vladivostok", "/api/search?q=Vladivostok"),
]


def _stable(payload):
    """A payload without the names that Store.actors/Store.dyads pick with DuckDB's mode(), which breaks
    ties between equally frequent names differently from run to run (the counts are stable)."""
    if isinstance(payload, dict):
        return {k: _stable(v) for k, v in payload.items() if k not in ("name", "source_name", "target_name")}
    if isinstance(payload, list):
        return [_stable(v) for v in payload]
    return payload


def _event_id(client, **params) -> str:
    found = client.get("/api/events", params={"limit": 1, **params}).json()["events"]
    assert found, params
    return found[0]["event_id"]


@pytest.mark.parametrize(("page", "api"), PAGES)
def test_every_page_has_a_json_twin(client, page, api):
    html = client.get(page)
    assert html.status_code == 200, html.text[:500]
    assert html.headers["content-type"].startswith("text/html")
    twin = client.get(api)
    assert twin.status_code == 200
    assert twin.headers["content-type"] == "application/json"
    sep = "&" if "?" in page else "?"
    same = client.get(f"{page}{sep}format=json")
    assert _stable(same.json()) == _stable(twin.json())
    # the page links to its twin
    link = re.search(r'id="json-twin" href="([^"]+)"', html.text)
    assert link and link.group(1).replace("&amp;", "&").startswith(api.split("?")[0])


def test_event_page_has_a_json_twin(client):
    event_id = _event_id(client, dyad="RUS,PRK")
    assert client.get(f"/event/{event_id}").status_code == 200
    assert client.get(f"/event/{event_id}?format=json").json() == client.get(f"/api/event/{event_id}").json()


def test_overview_lists_the_demo_dyad_first(client):
    body = client.get("/api/overview").json()
    assert body["stats"]["documents"] == 41
    top = body["country_dyads"][0]
    assert {top["a"], top["b"]} == {"RUS", "PRK"}
    assert top["a_name"] in ("North Korea", "Russia")
    assert body["has_tone"] is True
    assert all("tone" in d for d in body["documents"])
    assert body["latest"] and all("evidence" in e for e in body["latest"])


def test_dyad_series_matches_the_events_behind_each_point(client):
    series = client.get("/api/dyad/RUS/PRK").json()
    assert series["a"] == "RUS" and series["b"] == "PRK" and series["by"] == "month"
    points = [p for p in series["points"] if p["events"]]
    assert len(points) >= 5
    assert series["names"] == {"a": "Russia", "b": "North Korea"}
    assert all(-1 <= p["index"] <= 1 for p in points)
    # the query the chart sends when a point is clicked returns exactly the point's events
    for point in points[:4]:
        params = {**series["events_query"], "since": point["start"], "until": point["end"], "limit": 500}
        listed = client.get("/api/events", params=params).json()["events"]
        assert sorted(e["cluster_id"] for e in listed) == sorted(point["event_ids"])


def test_dyad_filters_change_what_counts(client):
    plain = client.get("/api/dyad/RUS/PRK").json()
    wider = client.get("/api/dyad/RUS/PRK?include_historical=true&include_possible=true&include_negated=true").json()
    assert wider["statuses"] == ["asserted", "planned", "possible", "negated"]
    assert wider["total"]["events"] >= plain["total"]["events"]
    assert "historical" not in wider["events_query"]
    ab = client.get("/api/dyad/RUS/PRK?direction=ab").json()
    ba = client.get("/api/dyad/RUS/PRK?direction=ba").json()
    assert ab["total"]["events"] + ba["total"]["events"] == plain["total"]["events"]
    assert ab["events_query"]["actor"] == "RUS" and ba["events_query"]["actor"] == "PRK"
    mentions = client.get("/api/dyad/RUS/PRK?merged=false").json()
    assert mentions["counting"] == "mentions"
    assert mentions["total"]["events"] >= plain["total"]["events"]


def test_dyad_page_embeds_its_series_for_the_chart(client):
    html = client.get("/dyad/RUS/PRK").text
    assert 'id="chart"' in html and '<script src="/static/dyad.js"></script>' in html
    assert 'id="dyad-data"' in html
    assert client.get("/static/dyad.js").status_code == 200
    assert client.get("/static/style.css").status_code == 200


def test_event_page_locates_source_trigger_and_target_in_the_evidence(client):
    events = client.get("/api/events", params={"dyad": "RUS,PRK", "limit": 200}).json()["events"]
    checked = 0
    for record in events:
        if not (record["source"] and record["target"]):
            continue
        body = client.get(f"/api/event/{record['event_id']}").json()
        evidence = body["event"]["evidence"]
        assert body["sentence_start"] is not None
        marks = {m["kind"]: m for m in body["highlights"]}
        assert set(marks) == {"source", "trigger", "target"}
        for kind, field in (("source", record["source"]), ("target", record["target"]),
                            ("trigger", record["trigger"])):
            mark = marks[kind]
            assert evidence[mark["start"]:mark["end"]] == field["text"]
            assert mark["start"] == field["start"] - body["sentence_start"]
        assert "".join(s["text"] for s in body["segments"]) == evidence
        checked += 1
        if checked == 5:
            break
    assert checked == 5


def test_event_page_shows_marks_and_the_articles(client):
    event_id = _event_id(client, dyad="RUS,PRK", text="Vostochny")
    html = client.get(f"/event/{event_id}").text
    for kind in ("source", "trigger", "target"):
        assert f'<mark class="{kind}" data-kind="{kind}"' in html
    body = client.get(f"/api/event/{event_id}").json()
    assert body["cluster"]["cluster_id"] == body["event"]["cluster_id"]
    assert body["articles"] and any(a["mentions"] for a in body["articles"])
    assert body["document"]["id"] == body["event"]["doc_id"] and "text" not in body["document"]
    assert body["event"]["event_id"] in {m["event_id"] for m in body["mentions"]}


def test_a_merged_event_id_opens_its_representative_mention(client):
    cluster = client.get("/api/events", params={"merged": "true", "limit": 1}).json()["events"][0]
    body = client.get(f"/api/event/{cluster['cluster_id']}").json()
    assert body["event"]["event_id"] == cluster["event_id"]


def test_events_filters(client):
    consult = client.get("/api/events", params={"plover": "CONSULT", "limit": 100}).json()
    assert consult["count"] > 0 and all(e["plover"] == "CONSULT" for e in consult["events"])
    two = client.get("/api/events", params=[("status", "planned"), ("status", "possible"), ("limit", 100)]).json()
    assert {e["status"] for e in two["events"]} <= {"planned", "possible"}
    window = client.get("/api/events", params={"since": "2024-01-01", "until": "2024-12-31", "limit": 500}).json()
    assert all("2024-01-01" <= e["day"] <= "2024-12-31" for e in window["events"])
    doc = client.get("/api/events", params={"doc_id": "demo-001"}).json()
    assert doc["count"] == len(doc["events"]) > 0 and {e["doc_id"] for e in doc["events"]} == {"demo-001"}
    page2 = client.get("/api/events", params={"limit": 5, "offset": 5}).json()
    page1 = client.get("/api/events", params={"limit": 10}).json()
    assert [e["event_id"] for e in page2["events"]] == [e["event_id"] for e in page1["events"][5:]]
    assert client.get("/api/events?historical=true&limit=100").json()["events"][0]["historical"] is True


def test_empty_form_fields_count_as_not_given(client):
    assert client.get("/events?actor=&since=&plover=&status=&merged=true").status_code == 200


def test_documents_actor_network_map_and_search(client):
    docs = client.get("/api/documents", params={"q": "vladivostok"}).json()
    assert docs["count"] >= 1 and all("text" not in d for d in docs["documents"])
    doc = client.get("/api/document/demo-001").json()
    assert doc["document"]["text"] and doc["events"]
    assert "".join(s["text"] for s in doc["segments"]) == doc["document"]["text"]
    assert all(s["event_id"] for s in doc["segments"] if s["kind"])
    actor = client.get("/api/actor/PRK").json()
    # an event with PRK on both sides counts once in events, once on each side
    assert max(actor["as_source"], actor["as_target"]) <= actor["events"] <= actor["as_source"] + actor["as_target"]
    assert any(p["country"] == "RUS" for p in actor["partners"])
    net = client.get("/api/network").json()
    ids = {n["id"] for n in net["nodes"]}
    assert {"RUS", "PRK"} <= ids
    assert all(e["source"] in ids and e["target"] in ids for e in net["edges"])
    assert all(0 <= n["x"] <= net["width"] and 0 <= n["y"] <= net["height"] for n in net["nodes"])
    assert net == client.get("/api/network").json()  # the layout is the same every time
    places = client.get("/api/map").json()["places"]
    assert places and all(0 <= p["x"] <= 1000 and 0 <= p["y"] <= 500 for p in places)
    pyongyang = next(p for p in places if p["name"] == "Pyongyang")
    assert 845 < pyongyang["x"] < 855 and 140 < pyongyang["y"] < 145  # 125.75 E, 39.03 N
    found = client.get("/api/search", params={"q": "Kim Jong Un"}).json()
    assert found["actors"] and found["events"] and found["documents"]


def test_map_and_network_draw_svg(client):
    network = client.get("/network").text
    assert network.count("<circle") >= 2 and 'class="edge' in network
    world = client.get("/map").text
    assert world.count('class="place"') == len(client.get("/api/map").json()["places"])
    assert 'class="land"' in world and 'class="grat' in world


@pytest.mark.parametrize(("url", "status"), [
    ("/api/events?limit=0", 422),
    ("/api/events?limit=abc", 422),
    ("/api/events?status=maybe", 422),
    ("/api/events?plover=HUG", 422),
    ("/api/events?since=2024-13-01", 422),
    ("/api/events?since=2024-02-01&until=2024-01-01", 422),
    ("/api/events?dyad=RUS", 422),
    ("/api/events?cameo=x1", 422),
    ("/api/dyad/RUS/PRK?by=year", 422),
    ("/api/dyad/RUS/PRK?direction=sideways", 422),
    ("/api/dyad/RUS/PRK?since=2025-01-01&until=2024-01-01", 422),
    ("/api/dyad/RUS/PRK?by=day&since=0001-01-01", 422),
    ("/api/dyad/%20/PRK", 422),
    ("/api/network?level=galaxy", 422),
    ("/api/event/ev-nope", 404),
    ("/api/event/ec-000000000000000", 404),
    ("/api/document/nope", 404),
    ("/api/actor/NOBODY", 404),
    ("/api/no-such-endpoint", 404),
])
def test_errors_have_one_json_shape(client, url, status):
    response = client.get(url)
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "message"}
    assert body["error"]["status"] == status and body["error"]["message"]


def test_validation_messages_name_the_parameter(client):
    assert "limit" in client.get("/api/events?limit=0").json()["error"]["message"]
    assert "since" in client.get("/api/events?since=yesterday").json()["error"]["message"]
    assert "by" in client.get("/api/dyad/RUS/PRK?by=year").json()["error"]["message"]


def test_html_errors_are_pages_with_the_same_status(client):
    response = client.get("/event/ev-nope")
    assert response.status_code == 404 and response.headers["content-type"].startswith("text/html")
    assert "ev-nope" in response.text and 'id="error-message"' in response.text
    bad = client.get("/events?limit=-1")
    assert bad.status_code == 422 and "limit" in bad.text
    assert client.get("/event/ev-nope?format=json").json()["error"]["status"] == 404
    assert client.get("/dyad/RUS/PRK?format=xml").status_code == 422


def test_untrusted_text_is_escaped_everywhere(client):
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt;"
    doc_page = client.get(f"/document/{XSS_ID}").text
    assert XSS_SCRIPT not in doc_page and escaped in doc_page
    assert "<img src=x" not in doc_page and "&lt;img src=x onerror=alert(3)&gt;" in doc_page
    assert "<b>Evil</b>" not in doc_page and "&lt;b&gt;Evil&lt;/b&gt;" in doc_page
    assert 'href="javascript:' not in doc_page
    events = client.get("/api/events", params={"doc_id": XSS_ID}).json()["events"]
    assert events, "the hostile article should code into events"
    for record in events:
        page = client.get(f"/event/{record['event_id']}").text
        assert XSS_SCRIPT not in page and "<img src=x" not in page and 'href="javascript:' not in page
    for url in ("/", "/documents", "/events", "/dyad/RUS/PRK", f"/search?q={XSS_ID}", "/search?q=script",
                "/events?text=script"):
        page = client.get(url).text
        assert XSS_SCRIPT not in page and "<img src=x" not in page, url
    # the chart's data island cannot close its script element
    dyad = client.get("/dyad/RUS/PRK?since=2024-07-01&until=2024-07-31").text
    island = dyad.split('id="dyad-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in island
    # the JSON keeps the text as written
    assert client.get(f"/api/document/{XSS_ID}").json()["document"]["title"].startswith(XSS_SCRIPT)


def test_reflected_parameters_are_escaped(client):
    page = client.get("/search", params={"q": '"><script>alert(4)</script>'}).text
    assert "<script>alert(4)" not in page
    page = client.get("/events", params={"actor": '"><svg onload=alert(5)>'}).text
    assert "<svg onload" not in page
    error = client.get("/document/%3Cscript%3Ealert(6)%3C%2Fscript%3E").text
    assert "<script>alert(6)" not in error


def test_security_headers(client):
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_the_openapi_spec_documents_the_api_only(client):
    spec = client.get("/api/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/api/events", "/api/event/{event_id}", "/api/documents", "/api/document/{doc_id}", "/api/actors",
            "/api/actor/{spec}", "/api/dyads", "/api/dyad/{a}/{b}", "/api/network", "/api/map", "/api/search",
            "/api/overview", "/api/stats"} <= paths
    assert all(p.startswith("/api/") for p in paths)
    for path, ops in spec["paths"].items():
        op = ops["get"]
        assert op.get("summary") and op.get("description"), path
        if path not in ("/api/stats", "/api/overview"):
            assert "422" in op["responses"], path
    assert "ErrorBody" in spec["components"]["schemas"]
    docs = client.get("/docs").text
    assert "/api/dyad/{a}/{b}" in docs and "cdn" not in docs.lower()


def test_stats(client):
    stats = client.get("/api/stats").json()
    assert stats["documents"] == 41 and stats["events"] > 400


def test_a_writer_holding_the_store_makes_requests_wait_then_503(web_db, client):
    """`dyadscope ingest` in another process locks the file per batch: requests wait for it, up to a timeout."""
    import subprocess
    import sys
    import time

    from fastapi.testclient import TestClient

    from dyadscope.web import create_app

    impatient = TestClient(create_app(web_db, timeout=0.3), raise_server_exceptions=False)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from dyadscope.store import Store; s = Store(sys.argv[1]); "
         "s.__enter__(); print('locked', flush=True); time.sleep(3); s.close()", str(web_db)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        busy = impatient.get("/api/stats")
        assert busy.status_code == 503
        assert "locked" in busy.json()["error"]["message"]
        assert impatient.get("/dyad/RUS/PRK").status_code == 503
        started = time.monotonic()
        patient = client.get("/api/stats")  # the default timeout (10 s) outlasts the writer
        assert patient.status_code == 200 and time.monotonic() - started > 0.5
    finally:
        holder.wait(timeout=30)
