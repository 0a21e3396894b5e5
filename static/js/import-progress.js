/* The progress bar of an import run's page (templates/services/admin/import_run.html).

   Polls the run's JSON endpoint every second and moves the <progress> bar;
   when the run has ended, reloads the page to show the report. Without this
   script the page refreshes itself (a <noscript> meta refresh). */
(function () {
  "use strict";
  var section = document.querySelector("[data-import-run]");
  if (!section || section.getAttribute("data-finished") === "1") {
    return;
  }
  var url = section.getAttribute("data-progress-url");
  var bar = section.querySelector("progress");
  var count = section.querySelector("[data-import-count]");
  var status = section.querySelector("[data-import-status]");

  function poll() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      })
      .then(function (state) {
        if (state.total > 0) {
          bar.max = state.total;
          bar.value = state.done;
        }
        count.textContent = state.done + "/" + state.total;
        status.textContent = state.status_label;
        if (state.finished) {
          window.location.reload();
        } else {
          window.setTimeout(poll, 1000);
        }
      })
      .catch(function () {
        window.setTimeout(poll, 5000);
      });
  }
  window.setTimeout(poll, 1000);
})();
