// The dispute list's filter form (htmx swaps only #results):
// - empty fields are left out of the request, so shared URLs carry only the filters set;
// - after Back or Forward, the form shows the filters of the URL the results came from
//   (htmx restores the page's HTML, not the values typed or picked in it).
(function () {
  "use strict";
  function form() { return document.querySelector("form.filters[hx-get]"); }

  document.addEventListener("htmx:configRequest", function (e) {
    if (e.detail.elt !== form() || e.detail.verb !== "get") return;
    var params = e.detail.parameters;
    var keys = typeof params.keys === "function" ? Array.from(params.keys()) : Object.keys(params);
    keys.forEach(function (k) {
      var v = typeof params.get === "function" ? params.get(k) : params[k];
      if (v === "" || v === null) {
        if (typeof params.delete === "function") params.delete(k); else delete params[k];
      }
    });
  });

  function sync() {
    var f = form();
    if (!f) return;
    var q = new URLSearchParams(window.location.search);
    Array.prototype.forEach.call(f.elements, function (el) {
      if (!el.name || el.type === "hidden" || el.type === "submit") return;
      var v = q.get(el.name);
      if (el.tagName === "SELECT") {
        // the front page with no query opens on "active now" (the server's default)
        if (v === null && el.name === "status" && !window.location.search) v = "active";
        el.value = v === null ? "" : v;
        if (el.value !== (v === null ? "" : v)) el.value = "";
      } else {
        el.value = v === null ? "" : v;
      }
    });
    ["sort", "order"].forEach(function (n) {
      var el = f.querySelector('input[type=hidden][name="' + n + '"]');
      if (el && q.get(n)) el.value = q.get(n);
    });
  }
  document.addEventListener("htmx:historyRestore", sync);
  // screen readers hear the new count when the results are swapped in
  document.addEventListener("htmx:afterSettle", function () {
    var live = document.getElementById("results-status");
    var total = document.getElementById("total");
    if (live && total) {
      var n = total.textContent.trim();
      live.textContent = n + (n === "1" ? " dispute matches" : " disputes match");
    }
  });
  window.addEventListener("pageshow", function (e) { if (e.persisted) sync(); });
})();
