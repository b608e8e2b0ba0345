/* Full-text search page: a small UI over Pagefind's JS API (the bundle the build writes to
 * pagefind/). Nothing loads until the reader searches; a filter's Pagefind data loads only when
 * that filter is used, and its choices (pagefind/values/<filter>.json) only when it is opened.
 * Source text is only ever inserted as text; excerpts keep nothing but Pagefind's <mark>. */
(function () {
  "use strict";
  var root = document.getElementById("fulltext");
  if (!root) { return; }
  if (window.location.protocol === "file:") {
    document.querySelector(".fulltext-offline").hidden = false;
    return;
  }
  var PAGE = 5;  /* results per batch: each needs its fragment (up to ~20 KB) */
  /* search.html sits at the site root, so its folder is the base of every result URL. */
  var base = new URL(".", window.location.href).pathname;
  var form = root.querySelector("form");
  var input = document.getElementById("fulltext-query");
  var status = root.querySelector(".fulltext-status");
  var list = root.querySelector(".fulltext-results");
  var more = root.querySelector(".fulltext-more");
  var controls = Array.prototype.slice.call(root.querySelectorAll("[data-filter]"));
  var engine = null;
  var results = [];
  var shown = 0;
  var generation = 0;
  var timer = null;

  function pagefind() {
    if (!engine) {
      engine = import(base + "pagefind/pagefind.js").then(function (pf) {
        return pf.options({ baseUrl: base, excerptLength: 30 }).then(function () { return pf; });
      });
    }
    return engine;
  }

  function loadValues(control) {
    if (control.getAttribute("data-loaded")) { return; }
    control.setAttribute("data-loaded", "1");
    var key = control.getAttribute("data-filter");
    var target = control.tagName === "SELECT" ? control
      : document.getElementById(control.getAttribute("list"));
    fetch(base + "pagefind/values/" + encodeURIComponent(key) + ".json")
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (values) {
        values.forEach(function (pair) {
          var option = document.createElement("option");
          option.value = pair[0];
          option.textContent = control.tagName === "SELECT" ? pair[0] + " (" + pair[1] + ")" : "";
          if (control.tagName !== "SELECT") { option.label = pair[1] + " pages"; }
          target.appendChild(option);
        });
      });
  }

  function chosenFilters() {
    var filters = {};
    controls.forEach(function (control) {
      var value = control.value.trim();
      if (value) { filters[control.getAttribute("data-filter")] = value; }
    });
    return filters;
  }

  function say(text) { status.textContent = text; }

  function safeExcerpt(html) {
    /* Keep the text of Pagefind's excerpt and its <mark>s, nothing else. */
    var holder = document.createElement("template");
    holder.innerHTML = html;
    var out = document.createDocumentFragment();
    holder.content.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        out.appendChild(mark);
      } else {
        out.appendChild(document.createTextNode(node.textContent));
      }
    });
    return out;
  }

  function render(data) {
    var item = document.createElement("li");
    item.className = "fulltext-result";
    var title = document.createElement("a");
    title.className = "fulltext-result__title";
    title.href = data.url;
    title.textContent = (data.meta && data.meta.title) || data.url;
    var meta = document.createElement("p");
    meta.className = "fulltext-result__meta";
    meta.textContent = ["date", "outlet", "kind"].map(function (k) { return data.meta[k]; })
      .filter(Boolean).join(" · ");
    var excerpt = document.createElement("p");
    excerpt.className = "fulltext-result__excerpt";
    excerpt.appendChild(safeExcerpt(data.excerpt || ""));
    item.appendChild(title);
    item.appendChild(meta);
    item.appendChild(excerpt);
    return item;
  }

  function showMore(mine) {
    var batch = results.slice(shown, shown + PAGE);
    shown += batch.length;
    more.hidden = shown >= results.length;
    return Promise.all(batch.map(function (r) { return r.data(); })).then(function (pages) {
      if (mine !== generation) { return; }
      pages.forEach(function (data) { list.appendChild(render(data)); });
    });
  }

  function run() {
    var mine = ++generation;
    var term = input.value.trim();
    var filters = chosenFilters();
    list.textContent = "";
    more.hidden = true;
    if (!term && !Object.keys(filters).length) { say(""); return; }
    say("Searching…");
    pagefind().then(function (pf) {
      return pf.search(term || null, { filters: filters });
    }).then(function (search) {
      if (mine !== generation || !search) { return; }
      results = search.results;
      shown = 0;
      var n = results.length;
      say(n.toLocaleString("en") + (n === 1 ? " result" : " results") +
          (term ? " for " + term : ""));
      return showMore(mine);
    }).catch(function (error) {
      say("Full-text search is not available: " + error.message);
    });
  }

  function soon() {
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
  input.addEventListener("input", soon);
  more.addEventListener("click", function () { showMore(generation); });
  controls.forEach(function (control) {
    control.addEventListener("focus", function () { loadValues(control); });
    control.addEventListener(control.tagName === "SELECT" ? "change" : "input", soon);
  });
  controls.filter(function (c) { return c.tagName === "SELECT"; }).forEach(loadValues);
  /* ?fulltext=words starts a search (Material already uses ?q= for the header search). */
  var query = new URLSearchParams(window.location.search).get("fulltext");
  if (query) { input.value = query; run(); }
})();
