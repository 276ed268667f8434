/* CSIP dashboard: draws the charts from the JSON beside each one, and follows the live feed, refreshing the page's
   sections (htmx) when something changes. Everything works without it except the charts and the live updates. */
(function () {
  'use strict';
  // GOV.UK colours; enough that every judgement on the inspection chart has its own.
  var PALETTE = ['#1d70b8', '#d4351c', '#00703c', '#4c2c92', '#f47738', '#0b0c0c', '#28a197', '#d53880', '#b58840',
    '#5694ca', '#85994b'];
  var GRADES = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'];

  function drawCharts(root) {
    if (!window.Chart) {
      return;
    }
    root.querySelectorAll('script[data-chart-for]').forEach(function (script) {
      var canvas = document.getElementById(script.getAttribute('data-chart-for'));
      if (!canvas) {
        return;
      }
      var spec = JSON.parse(script.textContent);
      var existing = window.Chart.getChart(canvas);
      if (existing) {
        existing.destroy();
      }
      var datasets = spec.series.map(function (series, i) {
        var colour = series.colour || PALETTE[i % PALETTE.length];
        return {
          label: series.label, data: series.data, backgroundColor: colour, borderColor: colour,
          borderDash: spec.type === 'line' && i % 2 === 1 ? [6, 3] : [],
          // A grade missing from an inspection is a gap, never a line drawn through it.
          spanGaps: !spec.grades, pointRadius: 3
        };
      });
      var options = {
        responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { position: 'bottom' } }, scales: {}
      };
      if (spec.stacked) {
        options.scales.x = { stacked: true };
        options.scales.y = { stacked: true, ticks: { precision: 0 } };
      }
      if (spec.grades) {
        options.scales.y = {
          reverse: true, min: 1, max: 4,
          ticks: { stepSize: 1, callback: function (value) { return GRADES[value - 1]; } }
        };
        options.plugins.tooltip = { callbacks: { label: function (c) { return GRADES[c.parsed.y - 1]; } } };
      }
      if (spec.unit) {
        options.scales.y = Object.assign(options.scales.y || {}, { title: { display: true, text: spec.unit } });
      }
      new window.Chart(canvas, { type: spec.type, data: { labels: spec.labels, datasets: datasets }, options: options });
    });
  }

  // Each section refreshes when an event of the topic it shows arrives (a burst of events, once); a gap, all of them.
  var TOPICS = ['inspection-events', 'action-plan-events', 'workforce-events'];
  var pending = {};
  var refresh = null;
  function somethingChanged(topic) {
    (TOPICS.indexOf(topic) >= 0 ? [topic] : TOPICS).forEach(function (t) { pending[t] = true; });
    clearTimeout(refresh);
    refresh = setTimeout(function () {
      var topics = Object.keys(pending);
      pending = {};
      if (window.htmx) {
        topics.forEach(function (t) { window.htmx.trigger(document.body, 'csip-changed-' + t); });
      }
    }, 250);
  }

  function followFeed() {
    var status = document.getElementById('live-status');
    var list = document.getElementById('feed-events');
    var empty = document.getElementById('feed-empty');
    if (!status || !list || !window.EventSource) {
      return;
    }
    function show(state, text) {
      status.setAttribute('data-state', state);
      status.textContent = text;
    }
    var source = null;
    function connect() {
      source = new EventSource('/dashboard/events');
      source.onopen = function () {
        show('live', 'Live: this page updates itself as things change.');
      };
      source.onerror = function () {
        // The browser retries by itself, resuming with Last-Event-ID; a refused stream (signed out) stays closed.
        show('reconnecting', 'Reconnecting to live updates…');
      };
      source.onmessage = function (message) {
        var event = JSON.parse(message.data);
        var item = document.createElement('li');
        item.setAttribute('data-type', event.type);
        var when = document.createElement('time');
        var at = event.time ? new Date(event.time) : new Date();
        when.setAttribute('datetime', at.toISOString());
        when.textContent = at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
        item.appendChild(when);
        item.appendChild(document.createTextNode(event.what + (event.about ? ': ' + event.about : '')
          + (event.agency ? ' (' + event.agency + ')' : '')));
        list.insertBefore(item, list.firstChild);
        while (list.children.length > 50) {
          list.removeChild(list.lastChild);
        }
        empty.hidden = true;
        somethingChanged(event.topic);
      };
      source.addEventListener('feed-gap', function () {
        somethingChanged(null);
      });
    }
    connect();
    window.addEventListener('offline', function () {
      show('reconnecting', 'Reconnecting to live updates… (this device is offline)');
    });
    window.addEventListener('online', function () {
      if (source.readyState === window.EventSource.OPEN) {
        show('live', 'Live: this page updates itself as things change.');
      } else if (source.readyState === window.EventSource.CLOSED) {
        connect();
      }
    });
  }

  drawCharts(document);
  document.body.addEventListener('htmx:afterSettle', function () {
    drawCharts(document);
  });
  followFeed();
}());
