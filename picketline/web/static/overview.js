// The front page's map of disputes: US disputes at their state, the others at their country,
// one circle per dispute (area ~ workers, colour = status), each a link to the dispute.
// Drawn with d3-geo and topojson-client over the us-atlas / world-atlas boundaries, all served
// from /static/vendor (no CDN). The data comes from <script type="application/json"
// id="overview-data">, rendered by the server for the list's current filters; the map is
// drawn again whenever htmx swaps the results. Text goes in with textContent only.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var atlases = {};

  function atlas(url) {
    if (!atlases[url]) {
      atlases[url] = fetch(url, { credentials: "same-origin" }).then(function (r) {
        if (!r.ok) throw new Error("atlas " + url + ": " + r.status);
        return r.json();
      });
    }
    return atlases[url];
  }

  function el(name, attrs, parent) {
    var e = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(e);
    return e;
  }

  // radius in the map's own units for a circle of 4 to 22 screen pixels, whatever the
  // width the map is drawn at (the viewBox is 960 wide)
  function radius(maxWorkers, scale) {
    return function (w) {
      if (!w || !maxWorkers) return 4 * scale;
      return (4 + 18 * Math.sqrt(w / maxWorkers)) * scale;
    };
  }

  // circles around a centre, biggest first, on a sunflower spiral so they overlap little
  function spread(cx, cy, pts, r) {
    pts.sort(function (a, b) { return (b.workers || 0) - (a.workers || 0); });
    var golden = Math.PI * (3 - Math.sqrt(5));
    return pts.map(function (p, i) {
      var d = i === 0 ? 0 : r(null) * 2 * Math.sqrt(i) + r(pts[0].workers) * 0.6;
      return { p: p, x: cx + d * Math.cos(i * golden), y: cy + d * Math.sin(i * golden) };
    });
  }

  function drawMap(box, kind, pts, r) {
    var url = box.getAttribute("data-" + kind);
    return atlas(url).then(function (topo) {
      var W = 960, H = kind === "us" ? 560 : 480;
      var shapes = topojson.feature(topo, kind === "us" ? topo.objects.states : topo.objects.countries);
      var projection = kind === "us" ? d3.geoAlbersUsa() : d3.geoEqualEarth();
      projection.fitExtent([[8, 8], [W - 8, H - 8]], shapes);
      var path = d3.geoPath(projection);
      var fig = document.createElement("figure");
      fig.className = "map map-" + kind;
      var cap = document.createElement("figcaption");
      cap.textContent = kind === "us" ? "United States, by state" : "By country (the US when no state is known)";
      var svg = el("svg", { viewBox: "0 0 " + W + " " + H, role: "group",
        "aria-label": (kind === "us" ? "Map of the United States: " : "World map: ") + pts.length +
          " dispute" + (pts.length === 1 ? "" : "s"), id: "map-" + kind });
      var used = {};
      pts.forEach(function (p) { used[p.geo] = true; });
      var land = el("g", { "class": "land" }, svg);
      var centre = {};
      shapes.features.forEach(function (f) {
        var d = path(f);
        if (!d) return;
        el("path", { d: d, "class": used[f.id] ? "area has" : "area" }, land);
        if (used[f.id]) centre[f.id] = path.centroid(f);
      });
      var byGeo = {};
      pts.forEach(function (p) { (byGeo[p.geo] = byGeo[p.geo] || []).push(p); });
      var dots = el("g", { "class": "dots" }, svg);
      Object.keys(byGeo).forEach(function (geo) {
        var c = centre[geo];
        if (!c || isNaN(c[0])) return;
        spread(c[0], c[1], byGeo[geo], r).forEach(function (s) {
          var a = el("a", { href: "/disputes/" + encodeURIComponent(s.p.id), "class": "dot-link" }, dots);
          var label = s.p.title + " — " + s.p.status + ", " +
            (s.p.workers ? s.p.workers.toLocaleString("en-US") + " workers" : "workers unknown") +
            " (" + s.p.place + ")";
          a.setAttribute("aria-label", label);
          var circle = el("circle", { cx: s.x.toFixed(1), cy: s.y.toFixed(1), r: r(s.p.workers).toFixed(1),
            "class": "dot st-" + s.p.status, "data-id": s.p.id }, a);
          var t = el("title", {}, circle);
          t.textContent = label;
        });
      });
      fig.appendChild(svg);
      fig.appendChild(cap);
      return fig;
    });
  }

  function draw() {
    var box = document.getElementById("overview-map");
    var data = document.getElementById("overview-data");
    if (!box || !data) return;
    var json = data.getAttribute("data-points") || "";
    if (box.getAttribute("data-drawn") === json.length + "") return;
    if (typeof d3 === "undefined" || typeof topojson === "undefined") return;
    var pts;
    try { pts = JSON.parse(json).points || []; } catch (e) { return; }
    var maxW = 0;
    pts.forEach(function (p) { if (p.workers > maxW) maxW = p.workers; });
    var r = radius(maxW, 960 / Math.max(240, box.clientWidth || 960));
    var kinds = ["us", "world"].filter(function (k) {
      return pts.some(function (p) { return p.map === k; });
    });
    Promise.all(kinds.map(function (k) {
      return drawMap(box, k, pts.filter(function (p) { return p.map === k; }), r);
    })).then(function (figs) {
      while (box.firstChild) box.removeChild(box.firstChild);
      figs.forEach(function (f) { box.appendChild(f); });
      box.setAttribute("data-drawn", json.length + "");
      box.classList.add("drawn");
    }).catch(function (e) {
      box.textContent = "The map could not be drawn (" + e.message + ").";
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", draw);
  else draw();
  document.addEventListener("htmx:afterSettle", function () {
    var box = document.getElementById("overview-map");
    if (box) box.removeAttribute("data-drawn");
    draw();
  });
})();
