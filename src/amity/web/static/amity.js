/* amity dashboard: sortable tables and state suggestions. No dependencies; nothing loaded from elsewhere. */
(function () {
  "use strict";

  function cellValue(row, i) {
    var cell = row.cells[i];
    return cell ? cell.textContent.trim() : "";
  }

  function asNumber(text) {
    if (text === "" || text === "NA") { return null; }
    var n = Number(text.replace(/,/g, "").replace(/%$/, ""));
    return isNaN(n) ? undefined : n;
  }

  /* Compare two cell texts: numbers numerically, text alphabetically; missing (NA, empty) last. */
  function compare(x, y, dir) {
    var nx = asNumber(x), ny = asNumber(y);
    if (nx === null && ny === null) { return 0; }
    if (nx === null) { return 1; }
    if (ny === null) { return -1; }
    if (nx !== undefined && ny !== undefined) { return dir * (nx - ny); }
    return dir * x.localeCompare(y, undefined, {numeric: true, sensitivity: "base"});
  }

  function makeSortable(table) {
    var head = table.tHead;
    if (!head || !table.tBodies.length) { return; }
    var ths = head.rows[0].cells;
    Array.prototype.forEach.call(ths, function (th, i) {
      th.setAttribute("tabindex", "0");
      th.setAttribute("role", "columnheader");
      function sort() {
        var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
        Array.prototype.forEach.call(ths, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) { return compare(cellValue(r1, i), cellValue(r2, i), dir); });
        rows.forEach(function (r) { body.appendChild(r); });
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); } });
    });
  }

  /* Fill the <datalist> of a state input with matches from /api/states as the user types. */
  function suggest(input) {
    var list = document.getElementById(input.getAttribute("list"));
    if (!list) { return; }
    var timer = null, last = null;
    input.addEventListener("input", function () {
      var q = input.value.trim();
      if (q === last || q.length === 0 || q.length > 200) { return; }
      last = q;
      clearTimeout(timer);
      timer = setTimeout(function () {
        fetch("/api/states?q=" + encodeURIComponent(q) + "&limit=12")
          .then(function (r) { return r.ok ? r.json() : {states: []}; })
          .then(function (data) {
            while (list.firstChild) { list.removeChild(list.firstChild); }
            data.states.forEach(function (s) {
              var opt = document.createElement("option");
              opt.value = s.name;
              opt.textContent = s.code + (s.cow !== null ? " · COW " + s.cow : "");
              list.appendChild(opt);
            });
            list.setAttribute("data-query", q);
          })
          .catch(function () { /* suggestions are a convenience; the form works without them */ });
      }, 120);
    });
  }

  // Charts arrive as inline SVG (they work without scripts). Where the page carries the chart's
  // Vega-Lite specification and the vendored Vega scripts are loaded, the SVG is replaced by an
  // interactive chart (tooltips), rendered without eval so the Content-Security-Policy holds.
  function interactive(fig) {
    var spec;
    try { spec = JSON.parse(fig.getAttribute("data-vl")); } catch (e) { return; }
    var svg = fig.querySelector("svg");
    var host = document.createElement("div");
    host.className = "vl-host";
    fig.insertBefore(host, svg ? svg.nextSibling : fig.firstChild);
    window.vegaEmbed(host, spec, {
      renderer: "svg", actions: false, ast: true, tooltip: true,
      expr: window.vegaInterpreter.expressionInterpreter
    }).then(function () {
      if (svg) { svg.remove(); }
      fig.classList.add("interactive");
    }).catch(function (err) {
      host.remove();  // the static SVG stays
      if (window.console) { console.warn("amity: chart stays static:", err); }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (window.vegaEmbed && window.vegaInterpreter) {
      Array.prototype.forEach.call(document.querySelectorAll("figure.chart[data-vl]"), interactive);
    }
    Array.prototype.forEach.call(document.querySelectorAll("table.data"), makeSortable);
    Array.prototype.forEach.call(document.querySelectorAll("input[list]"), suggest);
  });
})();
