// Herald's dashboard: plain DOM code over the JSON API (see /api/openapi.yaml); d3-geo draws the
// map from world-atlas shapes shipped with the server, so no tile server is ever asked.
"use strict";

const PAGE = 50;
const state = { offset: 0, filters: {}, codes: new Map(), selected: null };
const $ = (sel) => document.querySelector(sel);

async function api(path) {
  const r = await fetch(path);
  const body = await r.json();
  if (!r.ok) throw new Error(body.message || r.statusText);
  return body;
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") e.className = v; else if (k.startsWith("on")) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
  }
  for (const c of children) if (c != null) e.append(c instanceof Node ? c : String(c));
  return e;
}

function svg(tag, attrs = {}) {
  const e = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

function codeName(code) {
  const c = state.codes.get(code);
  return c ? c.name : code;
}

function showError(e) {
  const p = $("#error");
  p.textContent = e ? String(e.message || e) : "";
  p.hidden = !e;
}

// ---- summary, map, charts

async function loadSummary() {
  const s = await api("/api/summary");
  $("#counts").textContent = `${s.articles} articles · ${s.stories} stories · ${s.events} events `
    + `(${s.event_mentions} reports) · ${s.quotes} quotes`;
  drawRoots(s.by_root);
  drawDays(s.by_day);
}

function drawRoots(rows) {
  const box = $("#roots");
  box.replaceChildren();
  const max = Math.max(1, ...rows.map((r) => r.events));
  const h = Math.min(22, 460 / Math.max(1, rows.length));
  rows.forEach((r, i) => {
    const quad = state.codes.get(r.key)?.quad ?? 0;
    const w = (r.events / max) * 250;
    const y = 5 + i * h;
    const label = svg("text", { x: 175, y: y + h * 0.7, "text-anchor": "end", class: "axis" });
    label.textContent = `${r.key} ${codeName(r.key)}`.slice(0, 30);
    const bar = svg("rect", { x: 180, y, width: Math.max(1, w), height: h - 4, class: `bar q${quad}` });
    const t = svg("title");
    t.textContent = `${r.key} ${codeName(r.key)}: ${r.events}`;
    bar.append(t);
    const n = svg("text", { x: 185 + w, y: y + h * 0.7, class: "axis" });
    n.textContent = r.events;
    box.append(label, bar, n);
  });
}

function drawDays(rows) {
  const box = $("#days");
  box.replaceChildren();
  if (!rows.length) return;
  const max = Math.max(1, ...rows.map((r) => r.events));
  const w = 940 / rows.length;
  rows.forEach((r, i) => {
    const h = (r.events / max) * 110;
    const bar = svg("rect", { x: 10 + i * w, y: 120 - h, width: Math.max(1, w - 1), height: h, class: "bar" });
    const t = svg("title");
    t.textContent = `${r.key}: ${r.events}`;
    bar.append(t);
    box.append(bar);
  });
  for (const [i, anchor] of [[0, "start"], [rows.length - 1, "end"]]) {
    const t = svg("text", { x: anchor === "start" ? 10 : 950, y: 136, "text-anchor": anchor, class: "axis" });
    t.textContent = rows[i].key;
    box.append(t);
  }
}

async function drawMap() {
  const box = $("#map");
  const [world, places] = await Promise.all([fetch("vendor/countries-110m.json").then((r) => r.json()), api("/api/places")]);
  const projection = d3.geoEqualEarth().fitSize([960, 470], { type: "Sphere" });
  const path = d3.geoPath(projection);
  box.replaceChildren(svg("path", { d: path({ type: "Sphere" }), class: "sphere" }));
  for (const f of topojson.feature(world, world.objects.countries).features) {
    box.append(svg("path", { d: path(f), class: "land" }));
  }
  const max = Math.max(1, ...places.places.map((p) => p.events));
  for (const p of places.places) {
    const [x, y] = projection([p.lon, p.lat]);
    const dot = svg("circle", { cx: x, cy: y, r: 3 + 12 * Math.sqrt(p.events / max), class: "dot" });
    const t = svg("title");
    t.textContent = `${p.name ?? "?"}: ${p.events} events, ${p.mentions} reports`;
    dot.append(t);
    box.append(dot);
  }
}

// ---- events

async function loadEvents() {
  const q = new URLSearchParams({ ...state.filters, limit: PAGE, offset: state.offset });
  for (const [k, v] of [...q]) if (v === "") q.delete(k);
  try {
    const page = await api(`/api/events?${q}`);
    showError(null);
    $("#total").textContent = `${page.total} events`;
    const body = $("#events tbody");
    body.replaceChildren(...page.events.map(eventRow));
    $("#prev").disabled = state.offset === 0;
    $("#next").disabled = state.offset + PAGE >= page.total;
  } catch (e) {
    showError(e);
  }
}

function eventRow(e) {
  const tr = el("tr", { "data-key": e.event_key, tabindex: 0 },
    el("td", {}, e.date ?? ""),
    el("td", { class: "code" }, e.source_code ?? "—"),
    el("td", {}, el("span", { class: "code" }, e.code), " ", codeName(e.code)),
    el("td", { class: "code" }, e.target_code ?? "—"),
    el("td", { class: `mode-${e.mode}` }, e.mode),
    el("td", {}, e.place_name ?? ""),
    el("td", {}, `${e.mentions} / ${e.stories} / ${e.sources}`));
  const open = () => showEvent(e.event_key, tr);
  tr.addEventListener("click", open);
  tr.addEventListener("keydown", (k) => { if (k.key === "Enter") open(); });
  return tr;
}

// The sentence a report came from, with source, target and trigger marked.
function evidence(text, m) {
  const spans = [["src", m.source_start, m.source_end], ["tgt", m.target_start, m.target_end], ["trg", m.trigger_start, m.trigger_end]]
    .filter(([, s, e]) => s != null && e != null && e > s).sort((a, b) => a[1] - b[1]);
  const anchor = m.trigger_start ?? spans[0]?.[1] ?? 0;
  let from = Math.max(text.lastIndexOf("\n", anchor), ...[". ", "? ", "! "].map((p) => text.lastIndexOf(p, anchor - 1) + 1));
  let to = text.length;
  for (const p of ["\n", ". ", "? ", "! "]) {
    const i = text.indexOf(p, Math.max(anchor, ...spans.map((s) => s[2])));
    if (i >= 0) to = Math.min(to, i + 1);
  }
  from = Math.min(from < 0 ? 0 : from, ...spans.map((s) => s[1]));
  to = Math.max(to, ...spans.map((s) => s[2]));
  const out = el("blockquote");
  let at = from;
  for (const [cls, s, e] of spans) {
    if (s < at) continue; // overlapping spans: keep the first
    out.append(text.slice(at, s), el("mark", { class: cls, title: { src: "source", tgt: "target", trg: "trigger" }[cls] }, text.slice(s, e)));
    at = e;
  }
  out.append(text.slice(at, to).trimEnd());
  return out;
}

async function showEvent(key, row) {
  document.querySelectorAll("#events tr.selected").forEach((r) => r.classList.remove("selected"));
  row?.classList.add("selected");
  const aside = $("#detail");
  try {
    const e = await api(`/api/events/${encodeURIComponent(key)}`);
    const texts = new Map();
    for (const m of e.reports) {
      if (!texts.has(m.article)) texts.set(m.article, (await api(`/api/articles/${encodeURIComponent(m.article)}`)).text);
    }
    aside.replaceChildren(
      el("h2", {}, `${e.source_code ?? "—"} → ${codeName(e.code)} (${e.code}) → ${e.target_code ?? "—"}`),
      el("p", {}, `${e.mode} · ${e.date ?? "no date"} · ${e.place_name ?? "no place"} · Goldstein ${e.goldstein ?? "?"} · `
        + `${e.mentions} reports in ${e.stories} stories from ${e.sources} sites`),
      ...e.reports.flatMap((m) => [
        el("h3", {}, el("a", { href: "#", onclick: (ev) => { ev.preventDefault(); showArticle(m.article); } }, m.title ?? m.article),
          ` ${m.site ?? ""} ${m.published ?? ""}`, m.attribution_text ? ` — according to ${m.attribution_text}` : ""),
        evidence(texts.get(m.article), m),
      ]));
    aside.hidden = false;
    aside.scrollIntoView({ block: "nearest" });
  } catch (err) {
    showError(err);
  }
}

// ---- articles

async function loadArticles() {
  const page = await api("/api/articles?limit=200");
  $("#articles tbody").replaceChildren(...page.articles.map((a) => {
    const tr = el("tr", { tabindex: 0 }, el("td", {}, a.published ?? ""), el("td", {}, a.title ?? a.id), el("td", {}, a.site ?? ""),
      el("td", {}, a.events));
    tr.addEventListener("click", () => showArticle(a.id));
    return tr;
  }));
}

async function showArticle(id) {
  switchView("articles");
  const a = await api(`/api/articles/${encodeURIComponent(id)}`);
  const marks = a.events.filter((e) => e.trigger_start != null).sort((x, y) => x.trigger_start - y.trigger_start);
  const p = el("p");
  let at = 0;
  for (const e of marks) {
    if (e.trigger_start < at) continue;
    p.append(a.text.slice(at, e.trigger_start),
      el("mark", { class: "trg", title: `${e.code} ${codeName(e.code)}: ${e.source_code ?? "—"} → ${e.target_code ?? "—"} (${e.mode})` },
        a.text.slice(e.trigger_start, e.trigger_end)));
    at = e.trigger_end;
  }
  p.append(a.text.slice(at));
  const art = $("#article");
  art.replaceChildren(
    el("h2", {}, a.title ?? a.id),
    el("p", { class: "code" }, [a.site, a.published, a.url].filter(Boolean).join(" · ")),
    p,
    el("h3", {}, `Quotes (${a.quotes.length})`),
    el("ul", {}, ...a.quotes.map((q) => el("li", {}, `“${q.text}” — ${q.speaker_text ?? "unknown"}`
      + (q.speaker_code ? ` (${q.speaker_code})` : "")))),
    el("h3", {}, `Places (${a.places.length})`),
    el("p", {}, a.places.map((pl) => pl.name).join(", ")));
  art.hidden = false;
}

function switchView(name) {
  for (const b of document.querySelectorAll("nav button")) b.setAttribute("aria-pressed", String(b.dataset.view === name));
  $("#view-events").hidden = name !== "events";
  $("#view-articles").hidden = name !== "articles";
  if (name === "articles") loadArticles().catch(showError);
}

async function main() {
  try {
    const codes = await api("/api/codes");
    for (const c of codes.codes) state.codes.set(c.code, c);
    const roots = $("#filters select[name=root]");
    for (const c of codes.codes.filter((x) => x.code.length === 2)) roots.append(el("option", { value: c.code }, `${c.code} ${c.name}`));
    await Promise.all([loadSummary(), loadEvents(), drawMap()]);
  } catch (e) {
    showError(e);
  }
  $("#filters").addEventListener("submit", (ev) => {
    ev.preventDefault();
    state.filters = Object.fromEntries(new FormData(ev.target));
    state.offset = 0;
    loadEvents();
  });
  $("#prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); loadEvents(); });
  $("#next").addEventListener("click", () => { state.offset += PAGE; loadEvents(); });
  for (const b of document.querySelectorAll("nav button")) b.addEventListener("click", () => switchView(b.dataset.view));
}

main();
