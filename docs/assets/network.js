/* The network page (archivist/render/extras.py): names written at a readable size whatever the
 * drawing's width. The SVG scales with the page, so a name's font size is set in drawing units
 * for LABEL_PX screen pixels; then, the most documented entity first, each name takes the first
 * place beside its circle (right, left, above, below) that stays in the drawing and clear of the
 * names already placed and of the other circles (the FIRST most documented may cover a circle,
 * never a name). A name with no such place is hidden (net-quiet) and shows while its circle is
 * pointed at or focused. Redone on resize. */
(function () {
  "use strict";
  var LABEL_PX = 12;
  var GAP = 3;  // screen pixels between a circle and its name, and around names
  var FIRST = 12;  // the most documented names may cover another circle rather than go unwritten
  var svg = document.querySelector("svg.network-graph");
  if (!svg) { return; }
  var nodes = Array.prototype.slice.call(svg.querySelectorAll(".net-nodes a"));
  nodes.sort(function (a, b) { return b.getAttribute("data-docs") - a.getAttribute("data-docs"); });

  function circleBox(node, pad) {
    var c = node.querySelector("circle");
    var x = c.cx.baseVal.value, y = c.cy.baseVal.value, r = c.r.baseVal.value + pad;
    return {x: x - r, y: y - r, width: 2 * r, height: 2 * r};
  }

  function overlaps(a, b) {
    return a.x < b.x + b.width && b.x < a.x + a.width &&
           a.y < b.y + b.height && b.y < a.y + a.height;
  }

  function padded(box, pad) {
    return {x: box.x - pad, y: box.y - pad, width: box.width + 2 * pad,
            height: box.height + 2 * pad};
  }

  /* Candidate places for a name: [x, y, text-anchor], in drawing units. */
  function places(node, size, gap) {
    var c = node.querySelector("circle");
    var x = c.cx.baseVal.value, y = c.cy.baseVal.value, r = c.r.baseVal.value + gap;
    var mid = y + size * 0.35, d = r * 0.7;
    return [[x + r, mid, "start"], [x - r, mid, "end"], [x, y - r - size * 0.25, "middle"],
            [x, y + r + size * 0.85, "middle"], [x + d, y - d - size * 0.2, "start"],
            [x - d, y - d - size * 0.2, "end"], [x + d, y + d + size * 0.8, "start"],
            [x - d, y + d + size * 0.8, "end"]];
  }

  function fits(box, view, taken) {
    if (box.x < view.x || box.y < view.y || box.x + box.width > view.x + view.width ||
        box.y + box.height > view.y + view.height) { return false; }
    for (var i = 0; i < taken.length; i++) {
      if (overlaps(box, taken[i])) { return false; }
    }
    return true;
  }

  function place(node, size, gap, view, taken, lenient) {
    var text = node.querySelector("text");
    var options = places(node, size, gap);
    var others = taken.filter(function (t) { return t.node !== node; });
    var names = taken.filter(function (t) { return !t.node; });
    node.classList.remove("net-quiet");
    text.style.fontSize = size + "px";
    for (var pass = 0; pass < (lenient ? 2 : 1); pass++) {
      for (var i = 0; i < options.length; i++) {
        text.setAttribute("x", options[i][0].toFixed(1));
        text.setAttribute("y", options[i][1].toFixed(1));
        text.setAttribute("text-anchor", options[i][2]);
        var box = padded(text.getBBox(), gap);
        if (fits(box, view, pass ? names : others)) { return box; }
      }
    }
    text.setAttribute("x", options[0][0].toFixed(1));
    text.setAttribute("y", options[0][1].toFixed(1));
    text.setAttribute("text-anchor", "start");
    node.classList.add("net-quiet");
    return null;
  }

  function layout() {
    var width = svg.getBoundingClientRect().width;
    var view = svg.viewBox.baseVal;
    if (!width || !view.width) { return; }
    var unit = view.width / width;  // drawing units per screen pixel
    var size = LABEL_PX * unit, gap = GAP * unit;
    var taken = nodes.map(function (n) { var b = circleBox(n, gap); b.node = n; return b; });
    nodes.forEach(function (node, rank) {
      var box = place(node, size, gap, view, taken, rank < FIRST);
      if (box) { taken.push(box); }
    });
    svg.classList.add("net-placed");
  }

  var pending = false;
  window.addEventListener("resize", function () {
    if (pending) { return; }
    pending = true;
    window.requestAnimationFrame(function () { pending = false; layout(); });
  });
  layout();
}());
