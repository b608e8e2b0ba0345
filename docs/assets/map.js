/* Archive maps: every .archive-map gets a Leaflet map of the markers in its JSON data block.
 * Everything is served by the site (vendor/): Leaflet, country outlines (Natural Earth via
 * world-atlas) and marker images. The only network request is the optional OpenStreetMap tile
 * background, off until the reader switches it on (remembered in localStorage). Source text
 * is only ever inserted as text, never as HTML. */
(function () {
  "use strict";
  var TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
  var TILES_ATTRIBUTION =
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
  var STORE = "archive-map-tiles";

  function remembered() {
    try { return window.localStorage.getItem(STORE) === "on"; } catch (e) { return false; }
  }

  function remember(on) {
    try { window.localStorage.setItem(STORE, on ? "on" : "off"); } catch (e) { /* private mode */ }
  }

  function readMarkers(el) {
    var block = document.getElementById(el.getAttribute("data-markers"));
    if (!block) { return []; }
    try { return JSON.parse(block.textContent) || []; } catch (e) { return []; }
  }

  /* The atlas is cut for spherical projections; on Leaflet's flat map a ring that crosses the
   * antimeridian (Russia, Fiji) would become a band across the world, so its longitudes are
   * unwrapped into one continuous run. Antarctica (ISO 010) is left out. */
  function unwrap(ring) {
    var shift = 0, prev = null;
    return ring.map(function (p) {
      if (prev !== null) {
        var jump = p[0] + shift - prev;
        if (jump > 180) { shift -= 360; } else if (jump < -180) { shift += 360; }
      }
      prev = p[0] + shift;
      return [prev, p[1]];
    });
  }

  function flatten(feature) {
    var g = feature.geometry;
    if (!g || feature.id === "010") { return false; }
    var polygons = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
    polygons.forEach(function (rings) {
      for (var i = 0; i < rings.length; i++) { rings[i] = unwrap(rings[i]); }
    });
    return true;
  }

  function countries() {
    if (!window.topojson || !window.ARCHIVE_WORLD || !window.ARCHIVE_WORLD.objects) { return null; }
    var shapes = window.topojson.feature(window.ARCHIVE_WORLD, window.ARCHIVE_WORLD.objects.countries);
    shapes.features = shapes.features.filter(flatten);
    return L.geoJSON(shapes, {
      interactive: false,
      attribution: "Natural Earth",
      style: { color: "#8a9aa8", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 }
    });
  }

  function popup(marker) {
    var box = document.createElement("div");
    var name = document.createElement(marker.url ? "a" : "strong");
    name.textContent = marker.name;
    if (marker.url) { name.setAttribute("href", marker.url); }
    box.appendChild(name);
    if (marker.docs) {
      box.appendChild(document.createElement("br"));
      box.appendChild(document.createTextNode(marker.docs + (marker.docs === 1 ? " document" : " documents")));
    }
    return box;
  }

  function addMarkers(map, markers) {
    var points = [];
    markers.forEach(function (m) {
      if (typeof m.lat !== "number" || typeof m.lon !== "number") { return; }
      var point = L.latLng(m.lat, m.lon);
      L.marker(point, { title: m.name, alt: m.name, keyboard: true })
        .bindPopup(popup(m))
        .addTo(map);
      points.push(point);
    });
    return points;
  }

  function frame(map, points, small) {
    if (points.length === 1) {
      map.setView(points[0], small ? 5 : 6);
    } else if (points.length) {
      map.fitBounds(L.latLngBounds(points), { padding: [30, 30], maxZoom: 6 });
    } else {
      map.setView([20, 0], 1);
    }
  }

  function tilesSwitch(el, map, outline) {
    var wrap = el.parentNode;
    var row = wrap && wrap.querySelector(".map-tiles");
    var box = row && row.querySelector(".map-tiles-toggle");
    var tiles = null;
    function apply(on) {
      if (on && !tiles) {
        tiles = L.tileLayer(TILES, { maxZoom: 19, attribution: TILES_ATTRIBUTION }).addTo(map);
        if (outline) { map.removeLayer(outline); }
      } else if (!on && tiles) {
        map.removeLayer(tiles);
        tiles = null;
        if (outline) { outline.addTo(map); }
      }
    }
    if (!box) { return; }
    row.hidden = false;
    box.checked = remembered();
    apply(box.checked);
    box.addEventListener("change", function () { remember(box.checked); apply(box.checked); });
  }

  function build(el) {
    var small = el.classList.contains("archive-map--small");
    var map = L.map(el, { worldCopyJump: false, minZoom: 1, scrollWheelZoom: !small });
    var outline = countries();
    if (outline) { outline.addTo(map); }
    frame(map, addMarkers(map, readMarkers(el)), small);
    tilesSwitch(el, map, outline);
  }

  function start() {
    if (!window.L) { return; }
    var maps = document.querySelectorAll(".archive-map");
    for (var i = 0; i < maps.length; i++) {
      build(maps[i]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
