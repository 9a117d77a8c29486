/* The inspector's replay (A28, A33): instead of the page that runs the replay on the server, read the replay's
   NDJSON stream with the page's session and show its progress as it comes: a <progress> element and the percentage,
   up to 100 % when the last line (the statistics) has arrived. Without this script the form runs the replay on the
   server and shows the result. */
(function () {
  "use strict";
  var section = document.getElementById("replay");
  var form = document.getElementById("replay-form");
  if (!section || !form || !window.fetch || !window.TextDecoder || !window.ReadableStream) {
    return;
  }
  var box = document.getElementById("replay-progress");
  var bar = document.getElementById("replay-bar");
  var percentText = document.getElementById("replay-percent");
  var summary = document.getElementById("replay-summary");
  var persian = document.documentElement.lang === "fa";

  function digits(n) {
    return persian ? Number(n).toLocaleString("fa-IR", {useGrouping: false}) : String(n);
  }

  function show(percent) {
    bar.value = percent;
    percentText.textContent = persian ? digits(percent) + "٪" : percent + " %";
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var button = form.querySelector("button");
    button.disabled = true;
    box.hidden = false;
    summary.textContent = "";
    show(0);
    var acts = 0;
    var findings = 0;
    var scanned = 0;
    var buffered = "";
    var finished = false;

    function take(line) {
      if (!line.trim()) {
        return;
      }
      var item = JSON.parse(line);
      if (item.type === "progress") {
        scanned = item.scanned;
        show(Math.min(item.percent, 99));
      } else if (item.type === "activity") {
        acts++;
      } else if (item.type === "finding") {
        findings++;
      } else if (item.type === "statistics") {
        finished = true;
        scanned = item.statistics ? item.statistics.eventsScanned : scanned;
      }
    }

    function failed() {
      summary.textContent = section.getAttribute("data-failed");
      button.disabled = false;
    }

    fetch(section.getAttribute("data-stream"), {
      credentials: "same-origin",
      headers: {"Accept": "application/x-ndjson"}
    }).then(function (response) {
      if (!response.ok || !response.body) {
        failed();
        return;
      }
      var reader = response.body.getReader();
      var decoder = new TextDecoder("utf-8");

      function pump() {
        return reader.read().then(function (chunk) {
          if (chunk.done) {
            take(buffered + decoder.decode());
            if (!finished) {
              failed();
              return;
            }
            show(100);
            summary.textContent = section.getAttribute("data-done")
              .replace("{scanned}", digits(scanned))
              .replace("{acts}", digits(acts))
              .replace("{findings}", digits(findings));
            button.disabled = false;
            return;
          }
          buffered += decoder.decode(chunk.value, {stream: true});
          var lines = buffered.split("\n");
          buffered = lines.pop();
          lines.forEach(take);
          return pump();
        });
      }

      return pump();
    }).catch(failed);
  });
}());
