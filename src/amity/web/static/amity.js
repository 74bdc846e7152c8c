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

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("table.data"), makeSortable);
    Array.prototype.forEach.call(document.querySelectorAll("input[list]"), suggest);
  });
})();
