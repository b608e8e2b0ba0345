/* Document pages. The "In this document" panel starts collapsed on small screens. "Cite this
 * document" (archivist/cite.py): the citation's address is the page's own, and names the passage
 * when the address does (#p-…, a paragraph's ¶ link); a button copies the citation. Only text is
 * written (textContent), never markup. */
(function () {
  "use strict";
  var panel = document.querySelector("details.entity-panel");
  if (panel && window.matchMedia("(max-width: 44.9375em)").matches) { panel.open = false; }
  var block = document.querySelector(".cite-block");
  if (!block) { return; }
  var url = block.querySelector(".cite-url");
  var citation = block.querySelector(".citation");
  var published = /^[a-z]+:\/\//i.test(url.textContent) ? url.textContent : null;

  function passage() {
    var id = decodeURIComponent(location.hash.slice(1));
    return /^p-[0-9a-f]{8}(-[0-9]+)?$/.test(id) && document.getElementById(id) ? "#" + id : "";
  }

  function update() {
    var base = published || location.href.split("#")[0].split("?")[0];
    url.textContent = base + passage();
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
