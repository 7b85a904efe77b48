// Charts of figure estimates over time. Each element with data-chart-src gets one chart per subject
// (foreign fighters and returnees are never drawn on one axis), from the JSON the server aggregates.
// No inline script: the page only says where the data is, so a strict Content Security Policy works.
"use strict";

(function () {
  const FORUM_COLOURS = {
    // Okabe-Ito: told apart by people with the common colour-vision deficiencies.
    security_council: "#0072B2",
    un_conference: "#56B4E9",
    coalition_meeting: "#009E73",
    press_briefing: "#E69F00",
    interview: "#CC79A7",
    report: "#D55E00",
    other: "#6b6b6b",
    unknown: "#1b1f24",
  };
  const MONTH_COLOUR = "#0b5cad";
  const YEAR_MS = 365.25 * 24 * 3600 * 1000;
  const numbers = new Intl.NumberFormat("en");

  function timeOf(isoDate) {
    return Date.parse(isoDate + "T00:00:00Z");
  }

  function calendarTicks(min, max, room) {
    const ticks = [];
    const start = new Date(min);
    if (max - min > 3 * YEAR_MS) {
      const step = Math.max(1, Math.ceil((max - min) / YEAR_MS / room));
      for (let year = start.getUTCFullYear(); Date.UTC(year, 0, 1) <= max; year += step) {
        if (Date.UTC(year, 0, 1) >= min) ticks.push(Date.UTC(year, 0, 1));
      }
    } else {
      const step = Math.max(1, Math.ceil((max - min) / (YEAR_MS / 12) / room));
      for (let month = start.getUTCFullYear() * 12 + start.getUTCMonth(); ; month += step) {
        const value = Date.UTC(Math.floor(month / 12), month % 12, 1);
        if (value > max) break;
        if (value >= min) ticks.push(value);
      }
    }
    return ticks;
  }

  function pointStyle(context) {
    const point = context.raw && context.raw.point;
    if (!point) return "circle";
    if (point.marker === "lower_bound" || point.marker === "upper_bound") return "triangle";
    if (point.marker === "vague") return "rectRot";
    return "circle";
  }

  function pointRotation(context) {
    const point = context.raw && context.raw.point;
    return point && point.marker === "upper_bound" ? 180 : 0;
  }

  function pointFill(context) {
    const point = context.raw && context.raw.point;
    // A vague figure is drawn hollow: it is an order of magnitude, not a number.
    return point && point.marker === "vague" ? "#ffffff" : context.dataset.borderColor;
  }

  // Ranges (and the spread of a month) as vertical bars from the lowest to the highest figure.
  const rangeBars = {
    id: "rangeBars",
    beforeDatasetsDraw(chart) {
      const { ctx, scales } = chart;
      chart.data.datasets.forEach((dataset, index) => {
        if (!chart.isDatasetVisible(index)) return;
        ctx.save();
        ctx.strokeStyle = dataset.borderColor;
        ctx.lineWidth = 3;
        for (const item of dataset.data) {
          const point = item.point;
          if (point.value_max === null || point.value_max === undefined || point.value === null) continue;
          const x = scales.x.getPixelForValue(item.x);
          const low = scales.y.getPixelForValue(point.value);
          const high = scales.y.getPixelForValue(point.value_max);
          ctx.beginPath();
          ctx.moveTo(x, low);
          ctx.lineTo(x, high);
          ctx.moveTo(x - 4, low);
          ctx.lineTo(x + 4, low);
          ctx.moveTo(x - 4, high);
          ctx.lineTo(x + 4, high);
          ctx.stroke();
        }
        ctx.restore();
      });
    },
  };

  const SOURCE_PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#1b1f24"];
  const OTHER_SOURCES = "Other sources";

  // Colour by the asserting party: the most frequent ones get a colour each, the rest share grey.
  function sourceColours(data) {
    const counts = new Map();
    for (const series of data.series) {
      for (const point of series.points) counts.set(point.source, (counts.get(point.source) || 0) + 1);
    }
    const ranked = Array.from(counts.entries()).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const colours = new Map();
    ranked.slice(0, SOURCE_PALETTE.length).forEach(([source], index) => colours.set(source, SOURCE_PALETTE[index]));
    return colours;
  }

  function colourKey(point, colourBy, sources) {
    if (colourBy === "source") {
      const known = sources.has(point.source);
      return {
        key: known ? point.source : OTHER_SOURCES,
        label: known ? point.source : OTHER_SOURCES,
        colour: known ? sources.get(point.source) : FORUM_COLOURS.other,
      };
    }
    return {
      key: point.forum_kind,
      label: point.forum_kind_label,
      colour: FORUM_COLOURS[point.forum_kind] || FORUM_COLOURS.unknown,
    };
  }

  function datasetsFor(series, data, colourBy, sources) {
    if (data.mode === "months") {
      return [
        {
          label: series.label + " (per month)",
          borderColor: MONTH_COLOUR,
          backgroundColor: MONTH_COLOUR,
          data: series.points
            .filter((point) => point.mean !== null)
            .map((point) => ({ x: timeOf(point.date), y: point.mean, point })),
        },
      ];
    }
    const groups = new Map();
    for (const point of series.points) {
      const { key, label, colour } = colourKey(point, colourBy, sources);
      if (!groups.has(key)) {
        groups.set(key, { label, borderColor: colour, backgroundColor: colour, data: [] });
      }
      groups.get(key).data.push({ x: timeOf(point.date), y: point.value, point });
    }
    return Array.from(groups.values());
  }

  function tooltipLines(item, mode) {
    const point = item.raw.point;
    if (mode === "months") {
      return [
        point.date_label + ": " + numbers.format(point.n) + " claims",
        "lowest " + numbers.format(point.value) + ", mean " + numbers.format(point.mean) +
          ", highest " + numbers.format(point.value_max),
      ];
    }
    const lines = ["\u201c" + point.figure + "\u201d" + (point.marker === "vague" ? " (vague)" : "")];
    lines.push(point.source + (point.outlet ? ", via " + point.outlet : ""));
    lines.push(point.date_label + (point.forum ? ", " + point.forum : ""));
    return lines;
  }

  function openPoint(chart, elements, data, listUrl) {
    if (!elements.length) return;
    const element = elements[0];
    const point = chart.data.datasets[element.datasetIndex].data[element.index].point;
    if (point.url) {
      window.location.assign(point.url);
      return;
    }
    const url = new URL(listUrl || data.list_url, window.location.href);
    url.searchParams.set("subject", point.subject);
    url.searchParams.set("year", String(point.year));
    url.searchParams.delete("year_min");
    url.searchParams.delete("year_max");
    window.location.assign(url.toString());
  }

  function drawSeries(holder, series, data, colourBy, sources) {
    const panel = document.createElement("div");
    panel.className = "chart-panel";
    const heading = document.createElement("p");
    heading.className = "chart-series-title";
    heading.textContent = series.label;
    const box = document.createElement("div");
    box.className = "chart-box";
    const canvas = document.createElement("canvas");
    canvas.setAttribute("role", "img");
    canvas.setAttribute(
      "aria-label",
      series.label + ": " + series.points.length + " points over time; the same figures are in the table below."
    );
    box.appendChild(canvas);
    panel.append(heading, box);
    holder.appendChild(panel);

    const datasets = datasetsFor(series, data, colourBy, sources);
    const times = series.points.map((point) => timeOf(point.date));
    // At least half a year across, centred on the points, so one point does not sit on a collapsed axis.
    const middle = (Math.min(...times) + Math.max(...times)) / 2;
    const span = Math.max(Math.max(...times) - Math.min(...times), YEAR_MS / 2);
    const first = middle - span / 2;
    const last = middle + span / 2;
    const highest = Math.max(...series.points.map((point) => point.value_max || point.value || 0));
    holder.charts.push(new window.Chart(canvas, {
      type: "scatter",
      data: { datasets },
      plugins: [rangeBars],
      options: {
        animation: false,
        maintainAspectRatio: false,
        elements: {
          point: {
            pointStyle,
            rotation: pointRotation,
            backgroundColor: pointFill,
            radius: 5,
            hoverRadius: 7,
            borderWidth: 2,
          },
        },
        scales: {
          x: {
            type: "linear",
            min: first - span * 0.05,
            max: last + span * 0.05,
            // Ticks on the first of a year (or of a month, for a short span), not wherever they fall.
            afterBuildTicks(axis) {
              const room = Math.max(3, Math.floor(axis.chart.width / 75));
              axis.ticks = calendarTicks(axis.min, axis.max, room).map((value) => ({ value }));
            },
            ticks: {
              callback(value) {
                const date = new Date(value);
                return span > 3 * YEAR_MS
                  ? String(date.getUTCFullYear())
                  : date.toISOString().slice(0, 7);
              },
            },
          },
          y: {
            beginAtZero: true,
            suggestedMax: highest * 1.08,
            title: { display: true, text: series.label },
            ticks: { callback: (value) => numbers.format(value) },
          },
        },
        plugins: {
          legend: { position: "bottom" },
          tooltip: { callbacks: { label: (item) => tooltipLines(item, data.mode) } },
        },
        onClick: (event, elements, chartInstance) =>
          openPoint(chartInstance, elements, data, holder.dataset.listUrl),
        onHover: (event, elements) => {
          event.native.target.style.cursor = elements.length ? "pointer" : "default";
        },
      },
    }));
    return datasets.reduce((sum, dataset) => sum + dataset.data.length, 0);
  }

  function drawAll(holder, data, colourBy) {
    for (const chart of holder.charts || []) chart.destroy();
    holder.querySelectorAll(".chart-panel").forEach((panel) => panel.remove());
    holder.charts = [];
    const sources = sourceColours(data);
    let drawn = 0;
    for (const series of data.series) drawn += drawSeries(holder, series, data, colourBy, sources);
    holder.dataset.points = String(drawn);
  }

  // A choice of colours, only where there are single claims to colour (not monthly aggregates).
  function colourControls(holder, data) {
    if (data.mode !== "claims") return;
    const fieldset = document.createElement("fieldset");
    fieldset.className = "chart-colours";
    const legend = document.createElement("legend");
    legend.textContent = "Colour the points by";
    fieldset.appendChild(legend);
    for (const [value, text] of [["forum_kind", "kind of forum"], ["source", "who gave the figure"]]) {
      const label = document.createElement("label");
      const input = document.createElement("input");
      input.type = "radio";
      input.name = holder.id + "-colour";
      input.value = value;
      input.checked = value === "forum_kind";
      input.addEventListener("change", () => drawAll(holder, data, value));
      label.append(input, " " + text);
      fieldset.appendChild(label);
    }
    holder.appendChild(fieldset);
  }

  async function drawChart(holder) {
    try {
      const response = await fetch(holder.dataset.chartSrc, { headers: { Accept: "application/json" } });
      if (!response.ok) throw new Error("chart data: HTTP " + response.status);
      const data = await response.json();
      colourControls(holder, data);
      drawAll(holder, data, "forum_kind");
      holder.dataset.ready = "true";
      // The chart is drawn: the table stays one click away instead of taking the page.
      const table = holder.parentElement.querySelector("details.chart-table");
      if (table) table.open = false;
    } catch (error) {
      holder.dataset.ready = "error";
      const message = document.createElement("p");
      message.className = "empty";
      message.textContent = "The chart could not be drawn; the table below has the same figures.";
      holder.appendChild(message);
      throw error;
    }
  }

  function start() {
    if (!window.Chart) return;
    document.querySelectorAll("[data-chart-src]").forEach((holder) => drawChart(holder));
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
