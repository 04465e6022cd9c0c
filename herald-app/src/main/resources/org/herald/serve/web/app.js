// Herald's dashboard: plain DOM code over the JSON API (see /api/openapi.yaml). Every filter and
// what is open live in the URL, and every view is drawn from it: a link reloads to the same view,
// back and forward step through what was chosen. d3 draws the map (world-atlas shapes shipped
// with the server, no tile server), the charts and the time axis; Cytoscape.js the actor network.
"use strict";

const PAGE = 50;
const REPORTS = 100;
// what selects events (the API's filter parameters) and what only says what is shown
const FILTERS = ["actor", "source", "target", "root", "mode", "attributed", "place", "from", "to", "q"];
const SHOWN = ["view", "level", "colour", "bin", "offset", "event", "article"];
const DEFAULTS = { view: "events", level: "country", colour: "goldstein", bin: "auto", offset: "0" };
const QUADS = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
const QUAD_COLOUR = { 1: "#7fbf7b", 2: "#1b7837", 3: "#f1a340", 4: "#b2182b" };
const MODE_WORDS = { asserted: "happened", future: "planned or expected", hypothetical: "possible or feared", negated: "denied or did not happen" };
const FILTER_NAMES = { actor: "actor", source: "source", target: "target", root: "root", mode: "mode", attributed: "attribution",
  place: "place", from: "from", to: "to", q: "text" };
const goldsteinColour = (g) => (g == null ? "#999" : d3.scaleLinear().domain([-10, 0, 10]).range(["#b2182b", "#9a9a9a", "#1b7837"]).clamp(true)(g));

const codes = new Map();
let state = {};
let generation = 0; // answers to an older state are dropped
let cy = null;
const $ = (sel) => document.querySelector(sel);

// ---- state in the URL

function readUrl() {
  const p = new URLSearchParams(location.search);
  const s = { ...DEFAULTS };
  for (const k of [...FILTERS, ...SHOWN]) if (p.get(k)) s[k] = p.get(k);
  return s;
}

function toUrl(s) {
  const p = new URLSearchParams();
  for (const k of [...FILTERS, ...SHOWN]) if (s[k] != null && s[k] !== "" && s[k] !== DEFAULTS[k]) p.set(k, s[k]);
  const q = p.toString();
  return q ? `?${q}` : location.pathname;
}

/** Changes the state (null removes a key), records it in the history and redraws. */
function navigate(changes, { replace = false } = {}) {
  const next = { ...state, ...changes };
  for (const [k, v] of Object.entries(next)) if (v == null || v === "") delete next[k];
  for (const [k, v] of Object.entries(DEFAULTS)) if (next[k] == null) next[k] = v;
  if (FILTERS.some((k) => k in changes) && !("offset" in changes)) next.offset = "0";
  if (replace) history.replaceState(null, "", toUrl(next)); else history.pushState(null, "", toUrl(next));
  render(next);
}

function filterParams(s, { without = [] } = {}) {
  const p = new URLSearchParams();
  for (const k of FILTERS) if (s[k] && !without.includes(k)) p.set(k, s[k]);
  return p;
}

// ---- helpers

async function api(path) {
  const r = await fetch(path);
  const body = await r.json();
  if (!r.ok) throw new Error(body.message || r.statusText);
  return body;
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") e.className = v; else if (k.startsWith("on")) e.addEventListener(k.slice(2), v); else if (v != null) e.setAttribute(k, v);
  }
  for (const c of children.flat()) if (c != null) e.append(c instanceof Node ? c : String(c));
  return e;
}

function svg(tag, attrs = {}, title) {
  const e = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (title) {
    const t = document.createElementNS("http://www.w3.org/2000/svg", "title");
    t.textContent = title;
    e.append(t);
  }
  return e;
}

const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const codeName = (code) => codes.get(code)?.name ?? code;
const modeText = (m) => (MODE_WORDS[m] ? `${m} (${MODE_WORDS[m]})` : m);

function dateText(date, precision) {
  if (!date) return "no date";
  return precision && precision !== "day" ? `${date} (${precision} only)` : date;
}

function showError(e) {
  const p = $("#error");
  p.textContent = e ? String(e.message || e) : "";
  p.hidden = !e;
}

function link(text, changes, attrs = {}) {
  return el("a", { href: toUrl({ ...state, ...changes }), ...attrs, onclick: (ev) => { ev.preventDefault(); navigate(changes); } }, text);
}

// ---- drawing the whole state

async function render(s) {
  state = s;
  const gen = ++generation;
  const live = () => gen === generation;
  showError(null);
  syncControls(s);
  $("#view-events").hidden = s.view !== "events";
  $("#view-articles").hidden = s.view !== "articles";
  for (const b of document.querySelectorAll("nav button")) b.setAttribute("aria-pressed", String(b.dataset.view === s.view));
  const jobs = [];
  if (s.view === "events") {
    jobs.push(loadEvents(s, live), loadNetwork(s, live), loadTimeline(s, live), loadPlaces(s, live), loadFacets(s, live));
    jobs.push(s.event ? showEvent(s.event, live) : Promise.resolve($("#detail").hidden = true));
  } else {
    jobs.push(s.q ? loadHits(s, live) : loadArticles(live));
    jobs.push(s.article ? showArticle(s.article, live) : Promise.resolve($("#article").hidden = true));
  }
  const results = await Promise.allSettled(jobs);
  const failed = results.find((r) => r.status === "rejected");
  if (failed && live()) showError(failed.reason);
  document.body.dataset.rendered = String(gen); // the browser test waits for this
}

function syncControls(s) {
  const form = $("#filters");
  for (const k of FILTERS) if (form.elements[k]) form.elements[k].value = s[k] ?? "";
  $("#search").elements.q.value = s.q ?? "";
  $("#level").value = s.level;
  $("#colour").value = s.colour;
  $("#bin").value = s.bin;
  const chips = FILTERS.filter((k) => s[k]).map((k) => el("button", { type: "button", class: "chip", title: `remove this filter`,
    onclick: () => navigate({ [k]: null }) }, `${FILTER_NAMES[k]}: ${chipValue(k, s[k])} ×`));
  if (chips.length > 1) chips.push(el("button", { type: "button", class: "chip clear", onclick: () => navigate(Object.fromEntries(FILTERS.map((k) => [k, null]))) }, "clear all"));
  $("#chips").replaceChildren(...chips);
}

function chipValue(k, v) {
  if (k === "root") return `${v} ${codeName(v)}`;
  if (k === "attributed") return v === "true" ? "said by someone" : "none";
  if (k === "mode") return modeText(v);
  return v;
}

// ---- the event table

async function loadEvents(s, live) {
  const q = filterParams(s);
  q.set("limit", PAGE);
  q.set("offset", s.offset);
  const page = await api(`/api/events?${q}`);
  if (!live()) return;
  const offset = Number(s.offset);
  $("#total").textContent = `${page.total} events` + (page.total > PAGE ? ` (${offset + 1}–${Math.min(page.total, offset + PAGE)})` : "");
  $("#events tbody").replaceChildren(...page.events.map(eventRow));
  $("#prev").disabled = offset === 0;
  $("#next").disabled = offset + PAGE >= page.total;
}

function eventRow(e) {
  const tr = el("tr", { "data-key": e.event_key, tabindex: 0, class: state.event === e.event_key ? "selected" : "" },
    el("td", {}, dateText(e.date, e.date_precision)),
    el("td", { class: "code" }, e.source_code ?? "—"),
    el("td", {}, el("span", { class: "code" }, e.code), " ", codeName(e.code)),
    el("td", { class: "code" }, e.target_code ?? "—"),
    el("td", { class: `mode-${e.mode}` }, modeText(e.mode)),
    el("td", {}, e.place_name ?? ""),
    el("td", {}, `${e.mentions} / ${e.stories} / ${e.sources}`));
  const open = () => navigate({ event: e.event_key });
  tr.addEventListener("click", open);
  tr.addEventListener("keydown", (k) => { if (k.key === "Enter") open(); });
  return tr;
}

// ---- the actor network

async function loadNetwork(s, live) {
  const q = filterParams(s);
  q.set("level", s.level);
  q.set("limit", 40);
  const net = await api(`/api/network?${q}`);
  if (!live()) return;
  const maxN = Math.max(1, ...net.nodes.map((n) => n.events));
  const maxE = Math.max(1, ...net.edges.map((e) => e.events));
  const selected = (id) => [s.actor, s.source, s.target].some((a) => a && a.toUpperCase() === id);
  const elements = [
    ...net.nodes.map((n) => ({ data: { id: n.id, label: n.id === "---" ? "? (no country)" : n.id, events: n.events,
      size: 16 + 34 * Math.sqrt(n.events / maxN), info: `${n.id}: ${n.events} events, ${n.as_source} as source, ${n.as_target} as target` },
      classes: selected(n.id) ? "chosen" : "" })),
    ...net.edges.map((e) => {
      const quad = [1, 2, 3, 4].reduce((best, k) => (e[`quad${k}`] > e[`quad${best}`] ? k : best), 1);
      return { data: { id: `${e.source}>${e.target}`, source: e.source, target: e.target, events: e.events,
        width: 1.5 + 7 * Math.sqrt(e.events / maxE),
        colour: s.colour === "quad" ? QUAD_COLOUR[quad] : goldsteinColour(e.goldstein),
        info: `${e.source} → ${e.target}: ${e.events} events (${e.reports} reports), mean Goldstein ${e.goldstein}; `
          + [1, 2, 3, 4].filter((k) => e[`quad${k}`]).map((k) => `${e[`quad${k}`]} ${QUADS[k]}`).join(", ") },
        classes: s.source === e.source && s.target === e.target ? "chosen" : "" };
    }),
  ];
  if (cy) cy.destroy();
  cy = cytoscape({
    container: $("#network"),
    elements,
    style: [
      { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)", "background-color": "#2457a6",
        "font-size": 11, color: "#1d2430", "text-valign": "bottom", "text-margin-y": 3, "text-outline-color": "#fff", "text-outline-width": 2 } },
      { selector: "node.chosen", style: { "background-color": "#e08a00", "border-width": 3, "border-color": "#1d2430" } },
      { selector: "edge", style: { width: "data(width)", "line-color": "data(colour)", "target-arrow-color": "data(colour)",
        "target-arrow-shape": "triangle", "curve-style": "bezier", "arrow-scale": 0.9, opacity: 0.85 } },
      { selector: "edge.chosen", style: { opacity: 1, "underlay-color": "#e08a00", "underlay-opacity": 0.5, "underlay-padding": 4 } },
    ],
    layout: net.nodes.length <= 2 ? { name: "circle", padding: 40 }
      : { name: "cose", animate: false, randomize: false, padding: 20, nodeRepulsion: () => 120000, idealEdgeLength: () => 70,
        gravity: 0.4, nodeOverlap: 20, componentSpacing: 60, numIter: 1500 },
  });
  window.heraldNetwork = cy; // the browser test finds nodes on the canvas through it
  const note = $("#network-note");
  cy.on("mouseover", "node, edge", (ev) => { note.textContent = ev.target.data("info"); });
  cy.on("mouseout", "node, edge", () => { note.textContent = networkNote(net); });
  cy.on("tap", "node", (ev) => {
    const id = ev.target.id();
    navigate(selected(id) && s.actor ? { actor: null } : { actor: id, source: null, target: null });
  });
  cy.on("tap", "edge", (ev) => {
    const d = ev.target.data();
    navigate(s.source === d.source && s.target === d.target ? { source: null, target: null } : { source: d.source, target: d.target, actor: null });
  });
  note.textContent = networkNote(net);
  $("#network-legend").replaceChildren(...(s.colour === "quad"
    ? [1, 2, 3, 4].map((k) => el("span", { class: "key" }, el("i", { style: `background:${QUAD_COLOUR[k]}` }), QUADS[k]))
    : [el("span", { class: "key" }, el("i", { style: `background:${goldsteinColour(-10)}` }), "conflict (−10)"),
      el("span", { class: "key" }, el("i", { style: `background:${goldsteinColour(0)}` }), "neutral"),
      el("span", { class: "key" }, el("i", { style: `background:${goldsteinColour(10)}` }), "cooperation (+10)")]),
  " Width: events. Click an actor or an arrow to filter; again to undo.");
}

function networkNote(net) {
  const shown = net.nodes.length < net.nodes_total ? `the ${net.nodes.length} actors in most events of ${net.nodes_total}` : `${net.nodes.length} actors`;
  const one = net.events - net.dyadic_events;
  return `${shown}, ${net.edges.length} dyads` + (one ? `; ${one} of ${net.events} events name only one side (no arrow)` : "");
}

// ---- the time axis

const BIN_STEP = { day: () => d3.utcDay, week: () => d3.utcMonday, month: () => d3.utcMonth, year: () => d3.utcYear };
const parseDay = (s) => new Date(`${s}T00:00:00Z`);
const dayText = (d) => d.toISOString().slice(0, 10);

async function loadTimeline(s, live) {
  const q = filterParams(s);
  q.set("bin", s.bin);
  const t = await api(`/api/timeline?${q}`);
  if (!live()) return;
  drawTimeline(t, s);
}

function drawTimeline(t, s) {
  const box = $("#timeline");
  box.replaceChildren();
  const W = 960, H = 230, M = { l: 40, r: 40, t: 26, b: 24 };
  const note = $("#timeline-note");
  if (!t.first) {
    note.textContent = t.undated ? `${t.undated} events have no date.` : "No events.";
    return;
  }
  const step = BIN_STEP[t.bin]();
  const lo = s.from ? parseDay(s.from.length === 4 ? `${s.from}-01-01` : s.from.length === 7 ? `${s.from}-01` : s.from) : step.floor(parseDay(t.first));
  const hiDay = s.to ? lastDayOf(s.to) : parseDay(t.last);
  const hi = d3.utcDay.offset(hiDay, 1);
  const x = d3.scaleUtc().domain([lo, hi]).range([M.l, W - M.r]);
  const bins = t.bins.map((b) => ({ ...b, start: parseDay(b.start), end: step.offset(parseDay(b.start), 1) }));
  const max = Math.max(1, ...bins.map((b) => b.events));
  const y = d3.scaleLinear().domain([0, max]).nice().range([H - M.b, M.t + 14]);
  const g = d3.scaleLinear().domain([-10, 10]).range([H - M.b, M.t + 14]);
  const root = d3.select(box);
  root.append("g").attr("class", "axis").attr("transform", `translate(0,${H - M.b})`).call(d3.axisBottom(x).ticks(8));
  root.append("g").attr("class", "axis").attr("transform", `translate(${M.l},0)`).call(d3.axisLeft(y).ticks(4, "d"));
  root.append("g").attr("class", "axis goldstein").attr("transform", `translate(${W - M.r},0)`).call(d3.axisRight(g).ticks(4));
  root.append("line").attr("class", "zero").attr("x1", M.l).attr("x2", W - M.r).attr("y1", g(0)).attr("y2", g(0));
  // bars stacked by quad class
  for (const b of bins) {
    const x0 = x(b.start), w = Math.max(1, x(b.end) - x0 - 1);
    let acc = 0;
    for (const k of [1, 2, 3, 4]) {
      const n = b[`quad${k}`];
      if (!n) continue;
      box.append(svg("rect", { x: x0, width: w, y: y(acc + n), height: y(acc) - y(acc + n), fill: QUAD_COLOUR[k], class: "tbar" },
        `${dayText(b.start)} (${t.bin}): ${n} ${QUADS[k]} of ${b.events} events, mean Goldstein ${b.goldstein}`));
      acc += n;
    }
  }
  // events known only to a month or a year: a band over their whole period, never a bar on its first day
  for (const sp of t.spans) {
    const a = Math.max(x.range()[0], x(parseDay(sp.first))), z = Math.min(x.range()[1], x(d3.utcDay.offset(parseDay(sp.last), 1)));
    if (z <= a) continue;
    box.append(svg("rect", { x: a, width: z - a, y: M.t - 2, height: 12, class: "span" },
      `${sp.events} events dated only to the ${sp.precision} ${sp.period} (somewhere in ${sp.first} – ${sp.last}), mean Goldstein ${sp.goldstein}`));
    const label = svg("text", { x: a + 3, y: M.t + 7, class: "span-label" });
    label.textContent = `${sp.events} in ${sp.period}`;
    if (z - a > 40) box.append(label);
  }
  // mean Goldstein per bin
  const line = d3.line().defined((b) => b.goldstein != null).x((b) => (x(b.start) + x(b.end)) / 2).y((b) => g(b.goldstein));
  root.append("path").attr("class", "gline").attr("d", line(bins));
  root.selectAll("circle.gdot").data(bins.filter((b) => b.goldstein != null)).join("circle").attr("class", "gdot")
    .attr("r", 2.5).attr("cx", (b) => (x(b.start) + x(b.end)) / 2).attr("cy", (b) => g(b.goldstein));
  const key = svg("text", { x: W - M.r, y: 12, "text-anchor": "end", class: "axis" });
  key.textContent = "bars: events per " + t.bin + " by quad class · line: mean Goldstein (right axis)";
  box.append(key);
  // brushing a range sets the dates, snapped to whole bins
  const brush = d3.brushX().extent([[M.l, M.t], [W - M.r, H - M.b]]).on("end", (ev) => {
    if (!ev.sourceEvent || !ev.selection) return;
    const [a, z] = ev.selection.map(x.invert);
    let from = step.round(a), end = step.round(z);
    if (end <= from) [from, end] = [step.floor(a), step.offset(step.floor(a), 1)]; // a narrow drag takes its one bin
    navigate({ from: dayText(from), to: dayText(d3.utcDay.offset(end, -1)) });
  });
  root.append("g").attr("class", "brush").call(brush);
  const spans = t.spans.reduce((n, sp) => n + sp.events, 0);
  note.textContent = [
    spans ? `${spans} events known only to their month or year are drawn as bands over the whole period, not on a ${t.bin}.` : "",
    t.undated ? `${t.undated} events have no date and are not drawn.` : "",
    "Drag across the chart to keep only those dates.",
  ].filter(Boolean).join(" ");
}

function lastDayOf(v) {
  if (v.length === 4) return parseDay(`${v}-12-31`);
  if (v.length === 7) return d3.utcDay.offset(d3.utcMonth.offset(parseDay(`${v}-01`), 1), -1);
  return parseDay(v);
}

// ---- the map

let world = null;

async function loadPlaces(s, live) {
  const q = filterParams(s);
  q.set("limit", 500);
  const [shapes, places] = await Promise.all([world ?? fetch("vendor/countries-110m.json").then((r) => r.json()), api(`/api/places?${q}`)]);
  world = shapes;
  if (!live()) return;
  const box = $("#map");
  const projection = d3.geoEqualEarth().fitSize([960, 500], { type: "Sphere" });
  const path = d3.geoPath(projection);
  box.replaceChildren(svg("path", { d: path({ type: "Sphere" }), class: "sphere" }));
  for (const f of topojson.feature(world, world.objects.countries).features) box.append(svg("path", { d: path(f), class: "land" }));
  const max = Math.max(1, ...places.places.map((p) => p.events));
  for (const p of places.places) {
    const [cx, cy_] = projection([p.lon, p.lat]);
    const chosen = s.place && p.name && s.place.toLowerCase() === p.name.toLowerCase();
    const dot = svg("circle", { cx, cy: cy_, r: 3 + 12 * Math.sqrt(p.events / max), class: chosen ? "dot chosen" : "dot",
      fill: goldsteinColour(p.goldstein), tabindex: 0 }, `${p.name ?? "?"}: ${p.events} events, ${p.mentions} reports, mean Goldstein ${p.goldstein}`);
    const pick = () => p.name && navigate({ place: chosen ? null : p.name });
    dot.addEventListener("click", pick);
    dot.addEventListener("keydown", (k) => { if (k.key === "Enter") pick(); });
    box.append(dot);
  }
  $("#map-note").textContent = (places.unplaced ? `${places.unplaced} events not shown: no place. ` : "All events shown have a place. ")
    + "Click a place to keep only its events.";
}

// ---- roots, modes, attribution

async function loadFacets(s, live) {
  // each chart leaves out its own filter, so it still shows what else there is to choose
  const [byRoot, byMode] = await Promise.all([api(`/api/facets?${filterParams(s, { without: ["root"] })}`),
    api(`/api/facets?${filterParams(s, { without: ["mode", "attributed"] })}`)]);
  if (!live()) return;
  const box = $("#roots");
  box.replaceChildren();
  const rows = byRoot.by_root;
  const max = Math.max(1, ...rows.map((r) => r.events));
  const h = 22;
  box.setAttribute("viewBox", `0 0 460 ${10 + h * Math.max(1, rows.length)}`);
  rows.forEach((r, i) => {
    const quad = codes.get(r.key)?.quad ?? 0;
    const w = (r.events / max) * 200;
    const y0 = 5 + i * h;
    const dim = s.root && s.root !== r.key ? " dim" : "";
    const label = svg("text", { x: 225, y: y0 + h * 0.7, "text-anchor": "end", class: "axis" });
    label.textContent = `${r.key} ${codeName(r.key)}`.slice(0, 38);
    const bar = svg("rect", { x: 230, y: y0, width: Math.max(1, w), height: h - 4, class: `bar q${quad}${dim}`, tabindex: 0, "data-root": r.key },
      `${r.key} ${codeName(r.key)}: ${r.events} events — click to keep only these`);
    const pick = () => navigate({ root: s.root === r.key ? null : r.key });
    bar.addEventListener("click", pick);
    bar.addEventListener("keydown", (k) => { if (k.key === "Enter") pick(); });
    const n = svg("text", { x: 235 + w, y: y0 + h * 0.7, class: "axis" });
    n.textContent = r.events;
    box.append(label, bar, n);
  });
  const m = $("#modes");
  m.replaceChildren();
  const counts = new Map(byMode.by_mode.map((r) => [r.key, r.events]));
  const items = [
    ...Object.keys(MODE_WORDS).map((k) => ({ label: modeText(k), n: counts.get(k) ?? 0, on: s.mode === k, pick: { mode: s.mode === k ? null : k }, cls: `mode-${k}` })),
    { label: "said by someone (attributed)", n: byMode.attributed, on: s.attributed === "true", pick: { attributed: s.attributed === "true" ? null : "true" }, cls: "attr" },
    { label: "no attribution", n: byMode.events - byMode.attributed, on: s.attributed === "false", pick: { attributed: s.attributed === "false" ? null : "false" }, cls: "attr" },
  ];
  const mx = Math.max(1, ...items.map((i) => i.n));
  items.forEach((it, i) => {
    const y0 = 6 + i * 31 + (i >= 4 ? 8 : 0);
    const label = svg("text", { x: 215, y: y0 + 15, "text-anchor": "end", class: "axis" });
    label.textContent = it.label;
    const w = (it.n / mx) * 200;
    const bar = svg("rect", { x: 220, y: y0, width: Math.max(1, w), height: 22, class: `bar facet ${it.cls}${it.on ? " on" : ""}`, tabindex: 0 },
      `${it.label}: ${it.n} events — click to keep only these`);
    bar.addEventListener("click", () => navigate(it.pick));
    bar.addEventListener("keydown", (k) => { if (k.key === "Enter") navigate(it.pick); });
    const n = svg("text", { x: 225 + w, y: y0 + 15, class: "axis" });
    n.textContent = it.n;
    m.append(label, bar, n);
  });
}

// ---- the evidence of one event

const ROLES = { src: "source", tgt: "target", trg: "trigger", att: "attribution" };

/** The sentence a report came from, every span marked: a stretch inside two spans carries both marks. */
function evidence(text, m) {
  let spans = [["src", m.source_start, m.source_end], ["tgt", m.target_start, m.target_end], ["trg", m.trigger_start, m.trigger_end],
    ["att", m.attribution_start, m.attribution_end]].filter(([, s, e]) => s != null && e != null && e > s);
  const anchor = m.trigger_start ?? spans[0]?.[1] ?? 0;
  // the attribution is found by its words: one far from the trigger is not this sentence's
  spans = spans.filter(([r, s]) => r !== "att" || Math.abs(s - anchor) < 400);
  const lo = Math.min(anchor, ...spans.map((s) => s[1]));
  const hi = Math.max(anchor, ...spans.map((s) => s[2]));
  const from = Math.max(0, text.lastIndexOf("\n", lo - 1) + 1, ...[". ", "? ", "! "].map((p) => { const i = text.lastIndexOf(p, lo - 1); return i < 0 ? 0 : i + 2; }));
  let to = text.length;
  for (const p of ["\n", ". ", "? ", "! "]) {
    const i = text.indexOf(p, hi);
    if (i >= 0) to = Math.min(to, i + 1);
  }
  const cuts = [...new Set([from, to, ...spans.flatMap(([, s, e]) => [s, e])])].filter((c) => c >= from && c <= to).sort((a, b) => a - b);
  const out = el("blockquote", { class: "evidence" });
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, z] = [cuts[i], cuts[i + 1]];
    const roles = spans.filter(([, s, e]) => s <= a && e >= z).map(([r]) => r);
    const piece = text.slice(a, z);
    out.append(roles.length ? el("span", { class: `ev ${roles.join(" ")}`, title: roles.map((r) => ROLES[r]).join(" + ") }, piece) : piece);
  }
  return out;
}

function legend() {
  return el("p", { class: "legend" }, "Marked: ", ...Object.entries(ROLES).map(([k, v]) => [el("span", { class: `ev ${k}` }, v), " "]),
    "(a word in two spans carries both marks)");
}

async function showEvent(key, live) {
  const e = await api(`/api/events/${encodeURIComponent(key)}?limit=${REPORTS}`);
  const texts = new Map();
  for (const m of e.reports) if (!texts.has(m.article)) texts.set(m.article, (await api(`/api/articles/${encodeURIComponent(m.article)}`)).text);
  if (!live()) return;
  for (const r of document.querySelectorAll("#events tbody tr")) r.classList.toggle("selected", r.dataset.key === key);
  const aside = $("#detail");
  const more = e.mentions > e.reports.length ? el("p", { class: "note" }, `The first ${e.reports.length} of ${e.mentions} reports are listed.`) : null;
  aside.replaceChildren(
    el("button", { type: "button", class: "close", onclick: () => navigate({ event: null }), "aria-label": "close" }, "×"),
    el("h2", {}, `${e.source_code ?? "—"} → ${codeName(e.code)} (${e.code}) → ${e.target_code ?? "—"}`),
    el("p", {}, el("strong", { class: `mode-${e.mode}` }, modeText(e.mode)),
      ` · ${dateText(e.date, e.date_precision)} · ${e.place_name ?? "no place"} · ${QUADS[e.quad] ?? ""} · Goldstein ${e.goldstein ?? "?"} · `
      + `${plural(e.mentions, "report")} in ${plural(e.stories, "story", "stories")} from ${plural(e.sources, "site")}`),
    legend(),
    el("ol", { class: "reports" }, ...e.reports.map((m) => el("li", {},
      el("h3", {}, link(m.title ?? m.article, { view: "articles", article: m.article, event: null })),
      el("p", { class: "meta" }, [m.site ?? "unknown site", `published ${m.published ?? "?"}`,
        m.date ? `dated ${dateText(m.date, m.date_precision)}` : "undated (the article's date)",
        `mode ${modeText(m.mode)}`, m.attribution_text ? `according to ${m.attribution_text}` : null].filter(Boolean).join(" · ")),
      evidence(texts.get(m.article), m)))),
    ...(more ? [more] : []));
  aside.hidden = false;
}

// ---- articles and search

async function loadArticles(live) {
  const page = await api("/api/articles?limit=200");
  if (!live()) return;
  $("#hits").hidden = true;
  $("#articles").hidden = false;
  $("#articles tbody").replaceChildren(...page.articles.map((a) => {
    const tr = el("tr", { tabindex: 0 }, el("td", {}, a.published ?? ""), el("td", {}, a.title ?? a.id), el("td", {}, a.site ?? ""),
      el("td", {}, a.events));
    const open = () => navigate({ article: a.id });
    tr.addEventListener("click", open);
    tr.addEventListener("keydown", (k) => { if (k.key === "Enter") open(); });
    return tr;
  }));
}

async function loadHits(s, live) {
  const r = await api(`/api/search?${new URLSearchParams({ q: s.q, limit: 25 })}`);
  if (!live()) return;
  $("#articles").hidden = true;
  const box = $("#hits");
  box.hidden = false;
  box.replaceChildren(
    el("p", {}, `${plural(r.total, "article")} ${r.total === 1 ? "matches" : "match"} “${s.q}”`, r.total > r.hits.length ? ` (the best ${r.hits.length})` : "", ". ",
      link("See their events", { view: "events", article: null })),
    el("ol", { class: "hits" }, ...r.hits.map((h) => el("li", { class: "hit" },
      el("h3", {}, link(h.title ?? h.id, { article: h.id })),
      el("p", { class: "meta" }, [h.site, h.published].filter(Boolean).join(" · ")),
      snippet(h.snippet),
      el("p", { class: "hit-events" }, h.events.length ? `${h.events.length} events: ` : "no events coded",
        ...h.events.map((e) => [link(`${e.source_code ?? "—"} ${e.code} ${codeName(e.code)} ${e.target_code ?? "—"}`,
          { view: "events", event: e.event_key }, { class: "event-link" }), " "]))))));
}

function snippet(sn) {
  // paragraph breaks shown as " · ", piece by piece, so the marks' offsets still hold
  const flat = (t) => t.replace(/\s*\n+\s*/g, " · ");
  const p = el("p", { class: "snippet" }, sn.start > 0 ? "…" : "");
  let at = 0;
  for (const [a, z] of sn.marks) {
    p.append(flat(sn.text.slice(at, a)), el("mark", {}, sn.text.slice(a, z)));
    at = z;
  }
  p.append(flat(sn.text.slice(at)), "…");
  return p;
}

async function showArticle(id, live) {
  const a = await api(`/api/articles/${encodeURIComponent(id)}`);
  if (!live()) return;
  const marks = a.events.filter((e) => e.trigger_start != null).sort((x, y) => x.trigger_start - y.trigger_start);
  const p = el("p", { class: "text" });
  let at = 0;
  for (const e of marks) {
    if (e.trigger_start < at) continue; // two events on one word: the first is marked, both are listed below
    p.append(a.text.slice(at, e.trigger_start),
      link(a.text.slice(e.trigger_start, e.trigger_end), { view: "events", event: e.event_key, article: null },
        { class: "ev trg", title: `${e.code} ${codeName(e.code)}: ${e.source_code ?? "—"} → ${e.target_code ?? "—"} (${modeText(e.mode)})` }));
    at = e.trigger_end;
  }
  p.append(a.text.slice(at));
  // one entry per place however often the article names it
  const places = new Map();
  for (const pl of a.places) {
    const k = pl.geonameid ?? pl.name;
    const seen = places.get(k);
    if (seen) seen.n++; else places.set(k, { name: pl.name, country: pl.country, n: 1 });
  }
  $("#article").replaceChildren(
    el("button", { type: "button", class: "close", onclick: () => navigate({ article: null }), "aria-label": "close" }, "×"),
    el("h2", {}, a.title ?? a.id),
    el("p", { class: "code" }, [a.site, a.published, a.url].filter(Boolean).join(" · ")),
    p,
    el("h3", {}, `Events (${a.events.length})`),
    el("ul", {}, ...a.events.map((e) => el("li", {}, link(`${e.code} ${codeName(e.code)}`, { view: "events", event: e.event_key, article: null }),
      ` ${e.source_code ?? "—"} → ${e.target_code ?? "—"} · ${modeText(e.mode)} · “${e.trigger_text ?? ""}”`))),
    el("h3", {}, `Quotes (${a.quotes.length})`),
    el("ul", {}, ...a.quotes.map((q) => el("li", {}, `“${q.text}” — ${q.speaker_text ?? "unknown"}` + (q.speaker_code ? ` (${q.speaker_code})` : "")))),
    el("h3", {}, `Places (${places.size})`),
    el("ul", { class: "places" }, ...[...places.values()].map((pl) => el("li", {}, `${pl.name}${pl.country ? ` (${pl.country})` : ""}`
      + (pl.n > 1 ? ` — named ${pl.n} times` : "")))));
  $("#article").hidden = false;
}

// ---- start

async function main() {
  try {
    const [c, s] = await Promise.all([api("/api/codes"), api("/api/summary")]);
    for (const x of c.codes) codes.set(x.code, x);
    const roots = $("#filters select[name=root]");
    for (const x of c.codes.filter((x) => x.code.length === 2)) roots.append(el("option", { value: x.code }, `${x.code} ${x.name}`));
    $("#counts").textContent = `${s.articles} articles · ${s.stories} stories · ${s.events} events (${s.event_mentions} reports) · ${s.quotes} quotes`;
  } catch (e) {
    showError(e);
  }
  $("#filters").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const f = Object.fromEntries(new FormData(ev.target));
    navigate(Object.fromEntries(FILTERS.filter((k) => k !== "q").map((k) => [k, f[k] || null])));
  });
  $("#search").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const q = new FormData(ev.target).get("q").trim();
    navigate({ q: q || null, view: q ? "articles" : state.view, article: null });
  });
  $("#prev").addEventListener("click", () => navigate({ offset: String(Math.max(0, Number(state.offset) - PAGE)) }));
  $("#next").addEventListener("click", () => navigate({ offset: String(Number(state.offset) + PAGE) }));
  $("#level").addEventListener("change", (ev) => navigate({ level: ev.target.value }));
  $("#colour").addEventListener("change", (ev) => navigate({ colour: ev.target.value }));
  $("#bin").addEventListener("change", (ev) => navigate({ bin: ev.target.value }));
  for (const b of document.querySelectorAll("nav button[data-view]")) b.addEventListener("click", () => navigate({ view: b.dataset.view }));
  window.addEventListener("popstate", () => render(readUrl()));
  render(readUrl());
}

// While a run or watch fills the store, new articles show up: the view is drawn again when the
// store's article count changes (checked every few seconds).
const FOLLOW_MS = 4000;
async function follow(seen) {
  try {
    const h = await api("/api/health");
    if (seen !== undefined && h.articles !== seen) await render(state);
    seen = h.articles;
  } catch (e) {
    // a store busy with a writer answers on the next try
  }
  setTimeout(() => follow(seen), FOLLOW_MS);
}

main();
follow();
