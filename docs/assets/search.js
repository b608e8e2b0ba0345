/* Full-text search page, over the static index the build writes to fulltext/ (see
 * archivist/publish/fulltext.py for its layout). Nothing loads until the reader searches. A query loads
 * meta.json, one dictionary chunk per word, the document list of each word's stem, and the text of
 * the five documents shown (a long one part by part, until a part has every word); a filter loads
 * one bucket of its values. Source text is only ever inserted as text: excerpts are built from text
 * nodes and <mark> elements. */
(function () {
  "use strict";
  var root = document.getElementById("fulltext");
  if (!root) { return; }
  /* The build folds and splits words the same way (archivist/publish/fulltext.py); tests compare them. */
  window.archiveFulltext = { fold: fold, words: words, fnv1a: fnv1a };
  if (window.location.protocol === "file:") {
    document.querySelector(".fulltext-offline").hidden = false;
    return;
  }
  var PAGE = 5;           /* results shown per batch: each needs its document's text */
  var COMPLETIONS = 12;   /* a word not in the index matches its most frequent completions */
  var EXCERPT_WORDS = 30;
  var PARTS_TRIED = 6;    /* text parts of one long document searched for a passage */
  var TOKEN = /[\p{L}\p{N}]+/gu;
  var SPAN = /[\p{L}\p{N}\p{Mn}]+/gu;
  /* search.html sits at the site root, so its folder is the base of every result URL. */
  var base = new URL(".", window.location.href).pathname;
  var dir = base + "fulltext/";
  var form = root.querySelector("form");
  var input = document.getElementById("fulltext-query");
  var status = root.querySelector(".fulltext-status");
  var list = root.querySelector(".fulltext-results");
  var more = root.querySelector(".fulltext-more");
  var order = document.getElementById("fulltext-sort");
  var controls = Array.prototype.slice.call(root.querySelectorAll("[data-filter]"));
  var metaLoaded = null;
  var loaded = {};
  var results = [];
  var matchers = [];
  var shown = 0;
  var generation = 0;
  var timer = null;

  /* --- the index ---------------------------------------------------------------------------- */

  function fold(text) {
    return text.normalize("NFKD").replace(/\p{Mn}/gu, "").toLowerCase();
  }

  function words(text) { return fold(text).match(TOKEN) || []; }

  function fnv1a(text) {
    var bytes = new TextEncoder().encode(text);
    var hash = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) {
      hash = Math.imul(hash ^ bytes[i], 0x01000193) >>> 0;
    }
    return hash;
  }

  function meta() {
    if (!metaLoaded) {
      metaLoaded = fetch(dir + "meta.json", { cache: "no-cache" }).then(function (response) {
        if (!response.ok) {
          throw new Error("no index at " + dir + " (HTTP " + response.status + ")");
        }
        return response.json();
      });
    }
    return metaLoaded;
  }

  function parse(buffer) {
    /* Index files are gzipped JSON; a server that sends them with Content-Encoding: gzip has
     * unpacked them already. */
    var bytes = new Uint8Array(buffer);
    if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
      return Promise.resolve(JSON.parse(new TextDecoder().decode(bytes)));
    }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text().then(JSON.parse);
  }

  function load(path) {
    if (!loaded[path]) {
      loaded[path] = meta().then(function (m) {
        return fetch(dir + path + "?v=" + m.build);
      }).then(function (response) {
        if (!response.ok) { throw new Error(path + ": HTTP " + response.status); }
        return response.arrayBuffer();
      }).then(parse);
      loaded[path].catch(function () { delete loaded[path]; });
    }
    return loaded[path];
  }

  function chunkOf(firsts, key) {
    /* The last chunk whose first key is <= key (-1: before the first). */
    var lo = 0, hi = firsts.length - 1, at = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (firsts[mid] <= key) { at = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return at;
  }

  function lookup(m, word) {
    /* The stems a query word stands for: its own, or those of its commonest completions. */
    if (!m.words.length) { return Promise.resolve({ word: word, stems: [], prefix: true }); }
    var first = Math.max(chunkOf(m.words, word), 0);
    var chunks = [first];
    for (var i = first + 1; i < m.words.length && chunks.length < 3 &&
         m.words[i].lastIndexOf(word, 0) === 0; i++) { chunks.push(i); }
    return Promise.all(chunks.map(function (c) { return load("w/" + c + ".json.gz"); }))
      .then(function (dicts) {
        var exact = null, completions = [];
        dicts.forEach(function (dict) {
          Object.keys(dict).forEach(function (w) {
            if (w === word) { exact = dict[w]; }
            else if (w.lastIndexOf(word, 0) === 0) { completions.push(dict[w]); }
          });
        });
        if (exact) { return { word: word, stems: [exact[0]], prefix: false }; }
        completions.sort(function (a, b) { return b[1] - a[1]; });
        var stems = [];
        completions.slice(0, COMPLETIONS).forEach(function (e) {
          if (stems.indexOf(e[0]) < 0) { stems.push(e[0]); }
        });
        return { word: word, stems: stems, prefix: true };
      });
  }

  function scores(m, stem) {
    /* document number -> BM25 score of one stem, from its posting [scale, gaps, impacts] */
    var at = chunkOf(m.stems, stem);
    if (at < 0) { return Promise.resolve(new Map()); }
    return load("p/" + at + ".json.gz").then(function (chunk) {
      var out = new Map();
      var posting = chunk[stem];
      if (!posting) { return out; }
      var doc = 0;
      for (var i = 0; i < posting[1].length; i++) {
        doc += posting[1][i];
        out.set(doc, posting[0] * posting[2][i] / 255);
      }
      return out;
    });
  }

  function wordScores(m, match) {
    /* A word's documents: the best of its stems' scores in each. */
    return Promise.all(match.stems.map(function (s) { return scores(m, s); }))
      .then(function (maps) {
        var out = new Map();
        maps.forEach(function (map) {
          map.forEach(function (score, doc) {
            if (!(out.get(doc) >= score)) { out.set(doc, score); }
          });
        });
        return out;
      });
  }

  function filterSet(m, key, value) {
    var folded = fold(value.trim());
    var buckets = m.filters[key] || 1;
    return load("f/" + key + "-" + (fnv1a(folded) % buckets) + ".json.gz").then(function (b) {
      var out = new Set(), doc = 0;
      (b[folded] || []).forEach(function (gap) { doc += gap; out.add(doc); });
      return out;
    });
  }

  function search(term, filters) {
    /* Documents holding every word (and matching every filter), best first. */
    return meta().then(function (m) {
      var unique = words(term).filter(function (w, i, all) { return all.indexOf(w) === i; });
      return Promise.all(unique.map(function (w) { return lookup(m, w); })).then(function (found) {
        var keys = Object.keys(filters);
        return Promise.all([
          Promise.all(found.map(function (f) { return wordScores(m, f); })),
          Promise.all(keys.map(function (k) { return filterSet(m, k, filters[k]); }))
        ]).then(function (parts) {
          return { matchers: found, ranked: rank(parts[0], parts[1]) };
        });
      });
    });
  }

  function rank(perWord, sets) {
    var total = null;
    if (perWord.length) {
      perWord.sort(function (a, b) { return a.size - b.size; });
      total = new Map(perWord[0]);
      perWord.slice(1).forEach(function (map) {
        total.forEach(function (score, doc) {
          if (map.has(doc)) { total.set(doc, score + map.get(doc)); } else { total.delete(doc); }
        });
      });
    } else {
      total = new Map();
      var smallest = sets.slice().sort(function (a, b) { return a.size - b.size; })[0];
      smallest.forEach(function (doc) { total.set(doc, 0); });
    }
    var out = [];
    total.forEach(function (score, doc) {
      if (sets.every(function (s) { return s.has(doc); })) { out.push([doc, score]); }
    });
    /* Documents are numbered newest first, so equal scores (and filters alone) list by date. */
    out.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
    return out.map(function (pair) { return pair[0]; });
  }

  /* --- the page ----------------------------------------------------------------------------- */

  function loadValues(control) {
    if (control.getAttribute("data-loaded")) { return; }
    control.setAttribute("data-loaded", "1");
    var key = control.getAttribute("data-filter");
    var target = control.tagName === "SELECT" ? control
      : document.getElementById(control.getAttribute("list"));
    fetch(dir + "values/" + encodeURIComponent(key) + ".json")
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (values) {
        values.forEach(function (pair) {
          var known = control.tagName === "SELECT" && Array.prototype.filter.call(
            control.options, function (o) { return o.value === pair[0]; })[0];
          if (known) { known.textContent = pair[0] + " (" + pair[1] + ")"; return; }
          var option = document.createElement("option");
          option.value = pair[0];
          option.textContent = control.tagName === "SELECT" ? pair[0] + " (" + pair[1] + ")" : "";
          if (control.tagName !== "SELECT") {
            option.label = pair[1] + (pair[1] === 1 ? " document" : " documents");
          }
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

  function matching(token) {
    /* The index of the query word a folded word of the text stands for, or -1. */
    for (var i = 0; i < matchers.length; i++) {
      var m = matchers[i];
      if (token === m.word || (m.prefix && token.lastIndexOf(m.word, 0) === 0) ||
          m.stems.some(function (s) { return token.lastIndexOf(s, 0) === 0; })) { return i; }
    }
    return -1;
  }

  function anchorAt(passages, offset) {
    /* The passage (paragraph, turn) holding the character at offset, if known: [id, page part]. */
    var found = null;
    (passages || []).forEach(function (p) { if (p[0] <= offset) { found = [p[1], p[2] || 1]; } });
    return found;
  }

  function excerpt(text, continued, passages) {
    /* The EXCERPT_WORDS-word stretch with the most of the query's words (then the most matches),
     * matches in <mark>; the passage of its first match, to link to. */
    var spans = [], found;
    SPAN.lastIndex = 0;
    while ((found = SPAN.exec(text)) !== null) {
      spans.push([found.index, found.index + found[0].length, matching(fold(found[0]))]);
    }
    var out = document.createDocumentFragment();
    if (!spans.length) {
      out.appendChild(document.createTextNode(text.slice(0, 200)));
      return { node: out, words: 0, anchor: null };
    }
    var counts = matchers.map(function () { return 0; });
    var distinct = 0, total = 0, best = 0, bestScore = -1;
    function count(span, step) {
      if (span[2] < 0) { return; }
      counts[span[2]] += step;
      total += step;
      if (step > 0 ? counts[span[2]] === 1 : counts[span[2]] === 0) { distinct += step; }
    }
    for (var i = 0; i < spans.length; i++) {
      count(spans[i], 1);
      if (i >= EXCERPT_WORDS) { count(spans[i - EXCERPT_WORDS], -1); }
      var score = distinct * 1000 + total;
      if (score > bestScore) { bestScore = score; best = Math.max(0, i - EXCERPT_WORDS + 1); }
    }
    var last = Math.min(spans.length, best + EXCERPT_WORDS) - 1;
    var at = spans[best][0];
    var hit = spans[best][0];
    for (var h = best; h <= last; h++) { if (spans[h][2] >= 0) { hit = spans[h][0]; break; } }
    if (best > 0 || continued) { out.appendChild(document.createTextNode("… ")); }
    for (var j = best; j <= last; j++) {
      if (spans[j][2] < 0) { continue; }
      out.appendChild(document.createTextNode(text.slice(at, spans[j][0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(spans[j][0], spans[j][1]);
      out.appendChild(mark);
      at = spans[j][1];
    }
    out.appendChild(document.createTextNode(text.slice(at, spans[last][1])));
    if (last < spans.length - 1) { out.appendChild(document.createTextNode(" …")); }
    return { node: out, words: Math.floor(bestScore / 1000), anchor: anchorAt(passages, hit) };
  }

  function passage(doc, data) {
    /* An excerpt from the first part of the text that holds every query word (or else the part
     * with the most of them, of the first PARTS_TRIED); later parts load only if needed. In a
     * longer text, a query word first used further on is found through d/N-w (word -> part). */
    var best = excerpt(data.text || "", false, data.passages);
    var parts = Math.min(data.parts || 1, PARTS_TRIED);
    function tryPart(k) {
      return load("d/" + doc + "-" + k + ".json.gz").then(function (part) {
        var found = excerpt(part.text || "", true, part.passages);
        if (found.words > best.words) { best = found; }
      });
    }
    function next(k) {
      if (best.words === matchers.length) { return best; }
      if (k >= parts) { return late(); }
      return tryPart(k).then(function () { return next(k + 1); });
    }
    function late() {
      if ((data.parts || 1) <= PARTS_TRIED) { return best; }
      return load("d/" + doc + "-w.json.gz").then(function (firstUse) {
        var wanted = [];
        Object.keys(firstUse).forEach(function (word) {
          if (matching(word) >= 0 && wanted.indexOf(firstUse[word]) < 0) {
            wanted.push(firstUse[word]);
          }
        });
        wanted = wanted.sort(function (a, b) { return a - b; }).slice(0, PARTS_TRIED);
        return wanted.reduce(function (done, k) {
          return done.then(function () {
            return best.words === matchers.length ? null : tryPart(k);
          });
        }, Promise.resolve()).then(function () { return best; });
      }).catch(function () { return best; });
    }
    return Promise.resolve(next(1));
  }

  function render(data, found) {
    var item = document.createElement("li");
    item.className = "fulltext-result";
    var title = document.createElement("a");
    title.className = "fulltext-result__title";
    /* The result opens the document at the passage the excerpt comes from (highlighted there),
     * on its part's page when a very long document is shown in parts. */
    var at = found.anchor && /^p-[0-9a-f]{8}(-[0-9]+)?$/.test(found.anchor[0]) ?
      found.anchor : null;
    var page = at && at[1] > 1 ? data.url.replace(/index\.html$/, "part-" + (at[1] | 0) +
      "/index.html") : data.url;
    title.href = base + page + (at ? "#" + at[0] : "");
    title.textContent = data.title || data.url;
    var facts = document.createElement("p");
    facts.className = "fulltext-result__meta";
    facts.textContent = [data.date, data.outlet, data.kind].filter(Boolean).join(" · ");
    var text = document.createElement("p");
    text.className = "fulltext-result__excerpt";
    text.appendChild(found.node);
    item.appendChild(title);
    item.appendChild(facts);
    item.appendChild(text);
    return item;
  }

  function showMore(mine) {
    var batch = results.slice(shown, shown + PAGE);
    shown += batch.length;
    more.hidden = shown >= results.length;
    return Promise.all(batch.map(function (doc) {
      return load("d/" + doc + ".json.gz").then(function (data) {
        return passage(doc, data).then(function (found) { return render(data, found); });
      });
    })).then(function (items) {
      if (mine !== generation) { return; }
      items.forEach(function (item) { list.appendChild(item); });
    });
  }

  function run() {
    var mine = ++generation;
    var term = input.value.trim();
    var filters = chosenFilters();
    var hasWords = words(term).length > 0;
    remember(term, filters, order.value);
    list.textContent = "";
    more.hidden = true;
    if (!hasWords && !Object.keys(filters).length) { say(""); return; }
    say("Searching…");
    search(term, filters).then(function (found) {
      if (mine !== generation) { return; }
      /* Documents are numbered newest first (undated last): by number is by date. */
      results = order.value === "newest" ? found.ranked.slice().sort(function (a, b) {
        return a - b;
      }) : found.ranked;
      matchers = found.matchers;
      shown = 0;
      var n = results.length;
      say(n.toLocaleString("en") + (n === 1 ? " result" : " results") +
          (hasWords ? " for " + term : ""));
      return showMore(mine);
    }).catch(function (error) {
      if (mine === generation) { say("Full-text search is not available: " + error.message); }
    });
  }

  function remember(term, filters, sorted) {
    /* The address of the page names the search, so it can be bookmarked and shared. */
    var params = new URLSearchParams();
    if (term) { params.set("fulltext", term); }
    Object.keys(filters).forEach(function (key) { params.set(key, filters[key]); });
    if (sorted) { params.set("sort", sorted); }
    var search = params.toString();
    window.history.replaceState(null, "", window.location.pathname + (search ? "?" + search : ""));
  }

  function soon() {
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
  input.addEventListener("input", soon);
  more.addEventListener("click", function () { showMore(generation); });
  order.addEventListener("change", soon);
  controls.forEach(function (control) {
    control.addEventListener("focus", function () { loadValues(control); });
    control.addEventListener(control.tagName === "SELECT" ? "change" : "input", soon);
  });
  controls.filter(function (c) { return c.tagName === "SELECT"; }).forEach(loadValues);
  /* ?fulltext=words&person=Name… starts a search (Material already uses ?q= for the header
   * search). A chooser gets the asked-for value even before its list of values has loaded. */
  var asked = new URLSearchParams(window.location.search);
  var start = false;
  controls.forEach(function (control) {
    var value = asked.get(control.getAttribute("data-filter"));
    if (!value) { return; }
    if (control.tagName === "SELECT" &&
        !Array.prototype.some.call(control.options, function (o) { return o.value === value; })) {
      var option = document.createElement("option");
      option.value = option.textContent = value;
      control.appendChild(option);
    }
    control.value = value;
    start = true;
  });
  if (asked.get("sort") === "newest") { order.value = "newest"; }
  if (asked.get("fulltext")) { input.value = asked.get("fulltext"); start = true; }
  if (start) { run(); }
})();
