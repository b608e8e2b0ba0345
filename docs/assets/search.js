/* Full-text search page: Pagefind's UI on the bundle that the build writes to pagefind/. */
(function () {
  "use strict";
  var root = document.getElementById("fulltext-search");
  if (!root) { return; }
  if (window.location.protocol === "file:" || typeof PagefindUI === "undefined") {
    document.querySelector(".fulltext-offline").hidden = false;
    return;
  }
  /* search.html sits at the site root, so its folder is the base of every result URL. */
  var base = new URL(".", window.location.href).pathname;
  var ui = new PagefindUI({
    element: "#fulltext-search",
    bundlePath: base + "pagefind/",
    baseUrl: base,
    showSubResults: true,
    showImages: false,
    showEmptyFilters: false,
    openFilters: ["type", "year"],
    excerptLength: 30,
    autofocus: true,
    translations: { placeholder: "Search the full text" }
  });
  var input = root.querySelector("input.pagefind-ui__search-input");
  if (input) { input.id = "fulltext-query"; }  /* the page's visible <label for> names it */
  /* ?fulltext=words starts a search (Material already uses ?q= for the header search). */
  var query = new URLSearchParams(window.location.search).get("fulltext");
  if (query) { ui.triggerSearch(query); }
})();
