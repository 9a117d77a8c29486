// The projections page (issue 14, 15): while a rebuild in one pass runs, asks the page's own endpoint for its state
// once a second and moves the progress bar and its text (rate and time left); when the pass has ended, renders the
// page again once, so that the projections' table shows them caught up. Without this script the page shows the
// state as rendered and a link to render it again.
(function () {
  'use strict';
  var section = document.getElementById('rebuild');
  if (!section || !window.fetch) {
    return;
  }
  var bar = document.getElementById('rebuild-bar');
  var text = document.getElementById('rebuild-text');
  var lang = document.documentElement.lang === 'en' ? 'en' : 'fa';
  var number = new Intl.NumberFormat(lang === 'fa' ? 'fa-IR' : 'en-US', {maximumFractionDigits: 1});
  var started = section.getAttribute('data-state') === 'RUNNING';

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? values[key] : all;
    });
  }

  function show(s) {
    bar.value = s.percent;
    bar.textContent = number.format(s.percent) + '%';
    var values = {
      percent: number.format(s.percent), events: number.format(s.events), rate: number.format(s.eventsPerSecond),
      left: number.format(s.secondsLeft == null ? 0 : s.secondsLeft), failure: s.failure || ''
    };
    if (s.state === 'RUNNING') {
      text.textContent = fill(text.getAttribute('data-running'), values);
    }
    var button = document.querySelector('#rebuild-form button');
    if (button) {
      button.disabled = s.state === 'RUNNING';
    }
    if (s.state === 'RUNNING') {
      return;
    } else if (s.state === 'DONE') {
      text.textContent = fill(text.getAttribute('data-done'), values);
    } else if (s.state === 'FAILED') {
      text.textContent = fill(text.getAttribute('data-failed'), values);
    }
  }

  function poll() {
    fetch(section.getAttribute('data-progress'), {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (r) {
        if (!r.ok) {
          throw new Error(String(r.status));
        }
        return r.json();
      })
      .then(function (s) {
        show(s);
        if (s.state === 'RUNNING') {
          window.setTimeout(poll, 1000);
        } else if (started) {
          started = false;
          window.setTimeout(function () { window.location.replace(window.location.pathname); }, 1500);
        }
      })
      .catch(function () {
        window.setTimeout(poll, 5000);
      });
  }

  if (started) {
    poll();
  }
}());
