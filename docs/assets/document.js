/* Document pages. The "In this document" panel starts collapsed on small screens. "Cite this
 * document" (archivist/render/cite.py): the citation's address is the page's own and names the passage
 * when the address does (#p-…, a paragraph's ¶ link; #page-N of a PDF), with its number
 * ("¶ 12"); a button copies the citation; the BibTeX, RIS and CSL-JSON downloads are built here from the
 * block's data-cite and say the same. Only text is written (textContent), never markup; source
 * text is data in every format (BibTeX values LaTeX-escaped with balanced braces, its url
 * verbatim as biblatex reads it; RIS values on one line each). */
(function () {
  "use strict";
  var panel = document.querySelector("details.entity-panel");
  if (panel && window.matchMedia("(max-width: 44.9375em)").matches) { panel.open = false; }
  var block = document.querySelector(".cite-block");
  if (!block) { return; }
  var url = block.querySelector(".cite-url");
  var locator = block.querySelector(".cite-locator");
  var citation = block.querySelector(".citation");
  var PASSAGE = /^p-[0-9a-f]{8}(-[0-9]+)?$/;
  var CSL_TYPES = {article: "article-newspaper", transcript: "speech", interview: "interview",
                   report: "report", statement: "speech"};
  var RIS_TYPES = {article: "NEWS", report: "RPRT", interview: "GEN", transcript: "GEN"};
  var LATEX = {"\\": "\\textbackslash{}", "{": "\\textbraceleft{}", "}": "\\textbraceright{}",
               "$": "\\$", "&": "\\&", "%": "\\%", "#": "\\#", "_": "\\_",
               "^": "\\textasciicircum{}", "~": "\\textasciitilde{}"};
  var MIME = {bib: "application/x-bibtex", ris: "application/x-research-info-systems",
              json: "application/vnd.citationstyles.csl+json"};
  var objectUrls = [];

  function oneLine(text) {
    return String(text || "").replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ")
      .split(/\s+/).filter(Boolean).join(" ");
  }

  function latex(text) {
    return oneLine(text).replace(/[\\{}$&%#_^~]/g, function (c) { return LATEX[c]; });
  }

  /* A URL as BibTeX's verbatim url field: anything that could unbalance it percent-encoded. */
  function bibUrl(text) {
    return oneLine(text).replace(/[{}\\\s]/g, encodeURIComponent);
  }

  /* The passage the address names: its id and how a reader finds it ("¶ 12", "page 3"). */
  function passage() {
    var id;
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { return null; }
    var target = id && document.getElementById(id);
    if (!target) { return null; }
    var page = /^page-([0-9]+)$/.exec(id);
    if (page) { return {id: id, label: "page " + page[1]}; }
    if (!PASSAGE.test(id)) { return null; }
    var all = Array.prototype.filter.call(document.querySelectorAll("[id^='p-']"),
                                          function (el) { return PASSAGE.test(el.id); });
    return {id: id, label: "¶ " + (all.indexOf(target) + 1)};
  }

  /* The citation as cited now: the page's data, its address, the passage if any. */
  function current() {
    var data = JSON.parse(block.getAttribute("data-cite"));
    var base = data.url || location.href.split("#")[0].split("?")[0];
    var at = passage();
    data.url = base + (at ? "#" + at.id : "");
    data.passage = at ? at.label + " (#" + at.id + ")" : null;
    data.locator = at ? at.label : null;
    if (at) { data.key += "-" + at.id; }
    return data;
  }

  function bibtex(c) {
    var fields = [["title", "{" + latex(c.title) + "}"], ["author", latex(c.author)],
      ["howpublished", latex(c.outlet)], ["date", c.date || ""],
      ["year", c.date ? c.date.slice(0, 4) : ""], ["url", bibUrl(c.url)],
      ["note", latex([c.archive, c.kind, c.passage].filter(Boolean).join("; "))],
      ["addendum", latex(c.original_url ? "Original: " + c.original_url : "")]];
    var body = fields.filter(function (f) { return f[1]; })
      .map(function (f) { return "  " + f[0] + " = {" + f[1] + "}"; });
    return "@misc{" + c.key + ",\n" + body.join(",\n") + "\n}\n";
  }

  function ris(c) {
    var rows = [["TY", RIS_TYPES[c.kind] || "GEN"], ["TI", c.title], ["AU", c.author],
      ["T2", c.outlet], ["PB", c.outlet], ["PY", c.date ? c.date.slice(0, 4) : ""],
      ["DA", c.date ? c.date.replace(/-/g, "/") : ""], ["UR", c.url], ["DB", c.archive],
      ["M3", c.kind], ["N1", c.original_url ? "Original: " + c.original_url : ""],
      ["N1", c.passage ? "Passage: " + c.passage : ""]];
    return rows.filter(function (r) { return oneLine(r[1]); })
      .map(function (r) { return r[0] + "  - " + oneLine(r[1]) + "\r\n"; }).join("") +
      "ER  - \r\n";
  }

  function csl(c) {
    var item = {id: c.key, type: CSL_TYPES[c.kind] || "document", title: c.title,
                archive: c.archive, genre: c.kind, URL: c.url};
    var notes = [c.original_url ? "Original: " + c.original_url : "",
                 c.passage ? "Passage: " + c.passage : ""].filter(Boolean);
    if (c.author) { item.author = [{literal: c.author}]; }
    if (c.outlet) { item["container-title"] = c.outlet; item.publisher = c.outlet; }
    if (c.date) { item.issued = {"date-parts": [c.date.split("-").map(Number)]}; }
    if (notes.length) { item.note = notes.join("; "); }
    return JSON.stringify([item], null, 2) + "\n";
  }

  var BUILD = {bib: bibtex, ris: ris, json: csl};

  function offer(c) {
    objectUrls.forEach(URL.revokeObjectURL);
    objectUrls = [];
    document.querySelectorAll(".cite-downloads a[data-format]").forEach(function (a) {
      var format = a.getAttribute("data-format");
      var blob = new Blob([BUILD[format](c)], {type: MIME[format] + ";charset=utf-8"});
      a.href = URL.createObjectURL(blob);
      a.download = c.key + "." + format;
      objectUrls.push(a.href);
    });
    document.querySelectorAll(".cite-downloads").forEach(function (el) { el.hidden = false; });
  }

  function update() {
    var c = current();
    url.textContent = c.url;
    locator.textContent = c.locator ? ", " + c.locator : "";
    offer(c);
  }

  update();
  window.addEventListener("hashchange", update);
  if (navigator.clipboard) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button cite-copy";
    button.textContent = "Copy the citation";
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(citation.textContent.replace(/\s+/g, " ").trim()).then(
        function () { button.textContent = "Copied"; },
        function () { button.textContent = "Copy failed: select the text"; });
    });
    citation.insertAdjacentElement("afterend", button);
  }
}());
