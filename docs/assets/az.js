/* A–Z indexes (archivist/render/az.py): a filter box over names and aliases, and a sort by
 * number of documents, for the entries of the page shown. Without JavaScript the page is the
 * plain A–Z list with its jump bar. Names are only ever moved or hidden, never written as HTML. */
(function () {
  "use strict";
  var tools = document.querySelector(".az-tools");
  var list = document.getElementById("az-list");
  if (!tools || !list) { return; }
  var filter = tools.querySelector(".az-filter");
  var sort = tools.querySelector(".az-sort");
  var count = tools.querySelector(".az-count");
  var sections = Array.prototype.slice.call(list.querySelectorAll("section.az-letter"));
  var items = Array.prototype.slice.call(list.querySelectorAll("li[data-names]"));
  var flat = document.createElement("ol");
  flat.className = "entity-list az-ranked";
  flat.hidden = true;
  list.appendChild(flat);

  function fold(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
  }

  function apply() {
    var words = fold(filter.value).split(/\s+/).filter(Boolean);
    var shown = 0;
    items.forEach(function (li) {
      var names = li.getAttribute("data-names");
      li.hidden = !words.every(function (w) { return names.indexOf(w) >= 0; });
      if (!li.hidden) { shown += 1; }
    });
    var ranked = sort.value === "docs";
    if (ranked) {
      items.slice().sort(function (a, b) {
        return b.getAttribute("data-docs") - a.getAttribute("data-docs");
      }).forEach(function (li) { flat.appendChild(li); });
    } else {
      items.forEach(function (li) { li.__home.appendChild(li); });
    }
    flat.hidden = !ranked;
    sections.forEach(function (section) {
      section.hidden = ranked || !section.querySelector("li:not([hidden])");
    });
    count.textContent = words.length ? shown + " of " + items.length + " " +
      count.getAttribute("data-what") + " on this page" : "";
  }

  items.forEach(function (li) { li.__home = li.parentNode; });
  tools.hidden = false;
  filter.addEventListener("input", apply);
  sort.addEventListener("change", apply);
}());
