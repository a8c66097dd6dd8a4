/* The dyad timeline: the cooperation-conflict index as dots, PLOVER counts as bars.
 * Plain SVG and DOM, no library and no network beyond this server's /api/events.
 * Untrusted text (evidence, names) only ever goes in through textContent. */
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var PALETTE = ["#4e79a7", "#59a14f", "#8cd17d", "#b6992d", "#76b7b2", "#2f9e8f", "#9c755f", "#86bcb6",
                 "#f28e2b", "#ffbe7d", "#e15759", "#ff9d9a", "#b07aa1", "#d4a6c8", "#79706e", "#bab0ac"];
  var data = JSON.parse(document.getElementById("dyad-data").textContent);
  var chart = document.getElementById("chart");
  var colour = {};
  data.plover_types.forEach(function (p, i) { colour[p] = PALETTE[i % PALETTE.length]; });
  colour["(no type)"] = "#cfd4db";

  function el(name, attrs, parent, text) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function mix(a, b, t) {
    var pa = [1, 3, 5].map(function (i) { return parseInt(a.substr(i, 2), 16); });
    var pb = [1, 3, 5].map(function (i) { return parseInt(b.substr(i, 2), 16); });
    return "rgb(" + pa.map(function (v, i) { return Math.round(v + (pb[i] - v) * t); }).join(",") + ")";
  }

  function indexColour(index) {
    if (index === null) { return "#8a94a3"; }
    return index >= 0 ? mix("#8a94a3", "#2e8b57", index) : mix("#8a94a3", "#c0392b", -index);
  }

  function typeCounts(p) {
    var rows = [], typed = 0;
    data.plover_types.forEach(function (t) {
      if (p.plover[t]) { rows.push([t, p.plover[t]]); typed += p.plover[t]; }
    });
    if (p.events > typed) { rows.push(["(no type)", p.events - typed]); }
    return rows;
  }

  function tip(p) {
    var lines = [p.start + " – " + p.end + ": " + p.events + " event" + (p.events === 1 ? "" : "s"),
                 "index " + (p.index === null ? "—" : p.index.toFixed(2)) +
                 ", Goldstein mean " + (p.goldstein_mean === null ? "—" : p.goldstein_mean.toFixed(2))];
    typeCounts(p).forEach(function (r) { lines.push(r[0] + ": " + r[1]); });
    return lines.join("\n");
  }

  function label(p, i, pts) {
    var d = p.start, prev = i > 0 ? pts[i - 1].start : null;
    if (pts.length <= 16) { return data.by === "month" ? d.slice(0, 7) : d; }
    if (prev === null || prev.slice(0, 4) !== d.slice(0, 4)) { return d.slice(0, 4); }
    return null;
  }

  function draw() {
    var pts = data.points;
    chart.textContent = "";
    if (!pts.length) {
      var none = document.createElement("p");
      none.className = "muted";
      none.textContent = "No events between these two actors with these filters.";
      chart.appendChild(none);
      return;
    }
    var W = Math.max(640, chart.clientWidth || 900), ml = 44, mr = 12, top = 14, ih = 190, gap = 26, bh = 110, lh = 22;
    var H = top + ih + gap + bh + lh;
    var svg = el("svg", {width: W, height: H, viewBox: "0 0 " + W + " " + H, role: "img",
                         "aria-label": "cooperation-conflict index of " + data.a + " and " + data.b}, chart);
    var step = (W - ml - mr) / pts.length;
    var x = function (i) { return ml + step * (i + 0.5); };
    var y = function (v) { return top + (1 - v) / 2 * ih; };
    var maxEvents = Math.max.apply(null, pts.map(function (p) { return p.events; }).concat([1]));
    var bandTop = top + ih + gap;

    [-1, -0.5, 0, 0.5, 1].forEach(function (v) {
      el("line", {x1: ml, x2: W - mr, y1: y(v), y2: y(v), stroke: v === 0 ? "#9aa6b5" : "#e3e7ed"}, svg);
      el("text", {x: ml - 6, y: y(v) + 4, "text-anchor": "end", "font-size": 11, fill: "#5f6b7a"},
         svg, (v > 0 ? "+" : "") + v);
    });
    el("text", {x: ml + 4, y: top + 10, "font-size": 11, fill: "#2e8b57"}, svg, "cooperation");
    el("text", {x: ml + 4, y: top + ih - 4, "font-size": 11, fill: "#c0392b"}, svg, "conflict");
    el("line", {x1: ml, x2: W - mr, y1: bandTop + bh, y2: bandTop + bh, stroke: "#9aa6b5"}, svg);
    el("text", {x: ml - 6, y: bandTop + 10, "text-anchor": "end", "font-size": 11, fill: "#5f6b7a"}, svg, String(maxEvents));
    el("text", {x: ml - 6, y: bandTop + bh, "text-anchor": "end", "font-size": 11, fill: "#5f6b7a"}, svg, "0");

    var line = [];
    pts.forEach(function (p, i) { if (p.index !== null) { line.push(x(i).toFixed(1) + "," + y(p.index).toFixed(1)); } });
    if (line.length > 1) {
      el("polyline", {points: line.join(" "), fill: "none", stroke: "#9aa6b5", "stroke-width": 1.5}, svg);
    }

    pts.forEach(function (p, i) {
      var lab = label(p, i, pts);
      if (lab !== null) {
        el("line", {x1: x(i) - step / 2, x2: x(i) - step / 2, y1: bandTop + bh, y2: bandTop + bh + 5, stroke: "#9aa6b5"}, svg);
        el("text", {x: x(i) - step / 2 + 2, y: bandTop + bh + 16, "font-size": 11, fill: "#5f6b7a"}, svg, lab);
      }
      if (!p.events) { return; }
      var base = bandTop + bh, bw = Math.max(1, Math.min(step * 0.8, 26));
      typeCounts(p).forEach(function (r) {
        var h = r[1] / maxEvents * bh;
        var bar = el("rect", {"class": "bar", x: x(i) - bw / 2, y: base - h, width: bw, height: Math.max(h, 0.5),
                              fill: colour[r[0]], "data-index": i}, svg);
        el("title", {}, bar, tip(p));
        bar.addEventListener("click", function () { select(i); });
        base -= h;
      });
    });
    pts.forEach(function (p, i) {
      if (p.index === null) { return; }
      var dot = el("circle", {"class": "point", cx: x(i), cy: y(p.index), r: (3 + 2.2 * Math.sqrt(p.events)).toFixed(1),
                              fill: indexColour(p.index), "data-index": i, "data-start": p.start, tabindex: 0}, svg);
      el("title", {}, dot, tip(p));
      dot.addEventListener("click", function () { select(i); });
      dot.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { select(i); } });
    });
    legend();
    if (window.performance && performance.mark) { performance.mark("dyadscope:chart"); }
  }

  function legend() {
    var box = document.getElementById("plover-legend"), used = {};
    box.textContent = "";
    data.points.forEach(function (p) { typeCounts(p).forEach(function (r) { used[r[0]] = true; }); });
    data.plover_types.concat(["(no type)"]).forEach(function (t) {
      if (!used[t]) { return; }
      var item = document.createElement("span"), sw = document.createElement("i");
      sw.style.background = colour[t];
      item.appendChild(sw);
      item.appendChild(document.createTextNode(t));
      box.appendChild(item);
    });
  }

  function cell(row, text, href) {
    var td = document.createElement("td");
    if (href) {
      var a = document.createElement("a");
      a.href = href;
      a.textContent = text;
      td.appendChild(a);
    } else {
      td.textContent = text === null || text === undefined ? "" : text;
    }
    row.appendChild(td);
    return td;
  }

  function select(i) {
    var p = data.points[i];
    Array.prototype.forEach.call(chart.querySelectorAll("circle.point"), function (c) {
      c.classList.toggle("selected", Number(c.getAttribute("data-index")) === i);
    });
    var params = new URLSearchParams();
    Object.keys(data.events_query).forEach(function (k) {
      var v = data.events_query[k];
      (Array.isArray(v) ? v : [v]).forEach(function (item) { params.append(k, String(item)); });
    });
    params.set("since", p.start);
    params.set("until", p.end);
    params.set("limit", "200");
    var panel = document.getElementById("point-panel"), box = document.getElementById("point-events");
    panel.hidden = false;
    document.getElementById("point-title").textContent =
      "Events " + p.start + " – " + p.end + " (" + p.events + ")";
    box.textContent = "Loading…";
    fetch("/api/events?" + params.toString(), {headers: {Accept: "application/json"}})
      .then(function (r) { return r.json().then(function (body) { return [r.ok, body]; }); })
      .then(function (res) {
        box.textContent = "";
        if (!res[0]) { box.textContent = res[1].error ? res[1].error.message : "error"; return; }
        render(box, res[1].events);
        panel.scrollIntoView({behavior: "smooth", block: "nearest"});
      })
      .catch(function (err) { box.textContent = "Could not load the events: " + err; });
  }

  function render(box, events) {
    var table = document.createElement("table"), head = document.createElement("tr");
    table.className = "events";
    ["date", "source", "event", "target", "status", "evidence"].forEach(function (h) {
      var th = document.createElement("th");
      th.textContent = h;
      head.appendChild(th);
    });
    table.appendChild(document.createElement("thead")).appendChild(head);
    var body = table.appendChild(document.createElement("tbody"));
    events.forEach(function (e) {
      var merged = e.cluster_id !== undefined && e.num_mentions !== undefined;
      var row = document.createElement("tr");
      row.className = "point-event";
      cell(row, merged ? e.date : e.day);
      cell(row, merged ? (e.source_name || e.source_code) : (e.source ? e.source.name : ""));
      cell(row, (e.plover || "CAMEO") + " " + e.cameo, "/event/" + encodeURIComponent(e.event_id));
      cell(row, merged ? (e.target_name || e.target_code) : (e.target ? e.target.name : ""));
      cell(row, e.status + (e.historical ? ", historical" : ""));
      cell(row, e.evidence || "").className = "evidence-cell";
      body.appendChild(row);
    });
    if (!events.length) {
      var empty = document.createElement("p");
      empty.className = "muted";
      empty.textContent = "No events.";
      box.appendChild(empty);
      return;
    }
    box.appendChild(table);
  }

  draw();
  var resized = null;
  window.addEventListener("resize", function () {
    clearTimeout(resized);
    resized = setTimeout(draw, 150);
  });
}());
