// Drives the dashboard in the system's Chromium through playwright-core, as a user would, over
// the demo store: usage: node dashboard-check.cjs URL SHOTS_DIR (PLAYWRIGHT_CORE and CHROMIUM in
// the environment). Prints one line per check and keeps a screenshot of each view in SHOTS_DIR;
// exits 1 on the first failure, naming it.
"use strict";
const path = require("path");
const { chromium } = require(process.env.PLAYWRIGHT_CORE);

const [url, shots] = process.argv.slice(2);
const shot = (name) => path.join(shots, `dashboard-${name}.png`);

function check(ok, what) {
  if (!ok) throw new Error("failed: " + what);
  console.log("ok: " + what);
}

// every view has drawn the state the URL names (app.js sets data-rendered when all are done)
async function settled(page, before) {
  await page.waitForFunction((b) => document.body.dataset.rendered && document.body.dataset.rendered !== b, before, { timeout: 20000 });
}

const rendered = (page) => page.evaluate(() => document.body.dataset.rendered ?? "");
const total = async (page) => Number((await page.textContent("#total")).match(/^(\d+) events/)[1]);
const params = (page) => new URL(page.url()).searchParams;

async function rows(page) {
  return page.$$eval("#events tbody tr", (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
  const errors = [];
  const watch = (page) => {
    page.on("pageerror", (e) => errors.push("page error: " + e.message));
    page.on("console", (m) => { if (m.type() === "error") errors.push("console: " + m.text()); });
    page.on("requestfailed", (r) => errors.push("request failed: " + r.url()));
    page.on("response", (r) => { if (r.status() >= 400) errors.push("HTTP " + r.status() + " for " + r.url()); });
    // offline: nothing but the server under test is asked
    page.on("request", (r) => { if (!r.url().startsWith(url) && !r.url().startsWith("data:")) errors.push("asked elsewhere: " + r.url()); });
  };
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    watch(page);
    await page.goto(url, { waitUntil: "networkidle" });
    await settled(page, "");
    check(/3 articles/.test(await page.textContent("#counts")), "the header counts the demo's articles");
    const all = await total(page);
    check(all >= 5, `the table lists the demo's events (${all})`);

    // the network
    const net = await page.evaluate(() => ({ nodes: window.heraldNetwork.nodes().map((n) => n.id()), edges: window.heraldNetwork.edges().length }));
    check(net.nodes.length >= 3 && net.edges >= 2, `the network draws actors and dyads from the store (${net.nodes.length} nodes, ${net.edges} edges)`);
    check(await page.locator("#network canvas").count() > 0, "the network is drawn on its canvas");
    check(await page.locator("#map path.land").count() > 100, "the map draws the countries");
    check(await page.locator("#map circle.dot").count() >= 1, "the map marks the event places");
    check(/\d+ events not shown: no place/.test(await page.textContent("#map-note")), "the map says how many events have no place");
    check(await page.locator("#roots rect.bar").count() >= 1, "the root chart has bars");
    check(await page.locator("#timeline rect.tbar").count() >= 1, "the time axis has bars");
    check(await page.locator("#timeline .axis .tick").count() >= 3, "the time axis has a date scale");
    check(await page.locator("#timeline path.gline").count() === 1, "the time axis draws the mean Goldstein line");
    if (await page.locator("#timeline rect.span").count() > 0) {
      check(/known only to their month or year are drawn as bands/.test(await page.textContent("#timeline-note")),
        "events known only to a month or year are drawn as bands and said to be");
    }
    check((await rows(page)).some((r) => /\((happened|planned or expected|possible or feared|denied or did not happen)\)/.test(r[4])),
      "the mode is shown in words beside its code");
    await page.screenshot({ path: shot("overview"), fullPage: true });
    await page.locator("#network-panel").screenshot({ path: shot("network") });

    // clicking a node filters everything to it
    const busiest = await page.evaluate(() => {
      const cy = window.heraldNetwork;
      const n = cy.nodes().filter((x) => x.id() !== "---").max((x) => x.data("events")).ele;
      const p = n.renderedPosition();
      const box = cy.container().getBoundingClientRect();
      return { id: n.id(), x: box.x + p.x, y: box.y + p.y };
    });
    let before = await rendered(page);
    await page.mouse.click(busiest.x, busiest.y);
    await settled(page, before);
    check(params(page).get("actor") === busiest.id, `clicking the node ${busiest.id} puts actor=${busiest.id} in the URL`);
    const mine = await rows(page);
    check(mine.length > 0 && mine.length < all && mine.every((r) => r[1].startsWith(busiest.id) || r[3].startsWith(busiest.id)),
      `and the table keeps only ${busiest.id}'s events (${mine.length} of ${all})`);
    check(/actor: /.test(await page.textContent("#chips")), "the filter is shown and can be removed");
    before = await rendered(page);
    await page.goBack();
    await settled(page, before);
    check(!params(page).get("actor") && await total(page) === all, "back undoes the click");
    before = await rendered(page);
    await page.goForward();
    await settled(page, before);
    check(params(page).get("actor") === busiest.id && await total(page) === mine.length, "forward brings it back");
    before = await rendered(page);
    await page.goBack();
    await settled(page, before);

    // brushing the time axis filters the table to those dates
    const bar = await page.locator("#timeline rect.tbar").first().boundingBox();
    before = await rendered(page);
    await page.mouse.move(bar.x - 3, bar.y + bar.height / 2);
    await page.mouse.down();
    await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2, { steps: 4 });
    await page.mouse.move(bar.x + bar.width + 3, bar.y + bar.height / 2, { steps: 4 });
    await page.mouse.up();
    await settled(page, before);
    const [from, to] = [params(page).get("from"), params(page).get("to")];
    check(/^\d{4}-\d{2}-\d{2}$/.test(from ?? "") && /^\d{4}-\d{2}-\d{2}$/.test(to ?? ""), `brushing puts the dates in the URL (${from} to ${to})`);
    const dated = await rows(page);
    check(dated.length > 0 && dated.length < all && dated.every((r) => r[0].slice(0, 10) >= from && r[0].slice(0, 10) <= to && !/only/.test(r[0])),
      `and the table keeps only events known to fall in them (${dated.length} of ${all})`);
    await page.screenshot({ path: shot("brushed"), fullPage: true });

    // a URL with filters reloads to the same view
    const events = await (await page.request.get(new URL("/api/events?limit=100", url).href)).json();
    const chosen = events.events.find((e) => e.source_code && e.target_code);
    const shared = `${url}?source=${chosen.source_code}&mode=${chosen.mode}&level=role&colour=quad&event=${chosen.event_key}`;
    const other = await context.newPage();
    watch(other);
    await other.goto(shared, { waitUntil: "networkidle" });
    await settled(other, "");
    const expected = (await (await other.request.get(new URL(`/api/events?source=${chosen.source_code}&mode=${chosen.mode}`, url).href)).json()).total;
    check(await total(other) === expected, `a shared URL reloads to its filters (${expected} events)`);
    check(await other.inputValue("#filters input[name=source]") === chosen.source_code && await other.inputValue("#level") === "role"
      && await other.inputValue("#colour") === "quad", "and its controls show them");
    check(!(await other.locator("#detail").isHidden()) && (await other.textContent("#detail h2")).includes(chosen.code), "and opens its event");
    await other.reload({ waitUntil: "networkidle" });
    await settled(other, "");
    check(await total(other) === expected && !(await other.locator("#detail").isHidden()), "reloading it shows the same view");
    await other.close();

    // the evidence view marks every span, overlapping or not
    let overlap = null;
    for (const e of events.events) {
      const d = await (await page.request.get(new URL(`/api/events/${e.event_key}`, url).href)).json();
      for (const m of d.reports) {
        const spans = ["source", "target", "trigger", "attribution"].filter((r) => m[`${r}_start`] != null && m[`${r}_end`] > m[`${r}_start`])
          .map((r) => [r, m[`${r}_start`], m[`${r}_end`]]);
        const pair = spans.flatMap((a, i) => spans.slice(i + 1).filter((b) => a[1] < b[2] && b[1] < a[2]).map((b) => [a[0], b[0]]))[0];
        // the target inside the trigger ("summoned the Chinese ambassador") is the case that was lost; else any overlap
        const better = pair && (!overlap || (pair.includes("target") && !overlap.pair.includes("target")));
        if (better) overlap = { key: e.event_key, pair, spans, m, nth: d.reports.indexOf(m) + 1 };
      }
    }
    check(overlap != null, "the demo store has a report whose spans overlap");
    before = await rendered(page);
    await page.goto(`${url}?event=${overlap.key}`, { waitUntil: "networkidle" });
    await settled(page, "");
    const cls = { source: "src", target: "tgt", trigger: "trg", attribution: "att" };
    const report = `#detail .reports > li:nth-child(${overlap.nth}) .evidence`;
    const both = `${report} .ev.${cls[overlap.pair[0]]}.${cls[overlap.pair[1]]}`;
    check(await page.locator(both).count() > 0, `the words in both the ${overlap.pair[0]} and the ${overlap.pair[1]} carry both marks`);
    for (const [role] of overlap.spans) {
      const marked = (await page.locator(`${report} .ev.${cls[role]}`).allTextContents()).join("");
      const words = overlap.m[`${role}_text`] ?? null;
      check(marked.length > 0 && (words == null || marked === words), `the ${role} is marked whole ("${marked}")`);
    }
    const meta = await page.textContent("#detail .reports li .meta");
    check(/published \d{4}/.test(meta) && meta.split(" · ")[0].length > 0, "each report gives its site and date");
    await page.locator("#detail").screenshot({ path: shot("evidence") });

    // search finds a demo article and leads to its events
    await page.goto(url, { waitUntil: "networkidle" });
    await settled(page, "");
    before = await rendered(page);
    await page.fill("#search input[name=q]", "convoy besieged");
    await page.press("#search input[name=q]", "Enter");
    await settled(page, before);
    check(params(page).get("q") === "convoy besieged" && params(page).get("view") === "articles", "a search goes into the URL");
    const hits = await page.locator("#hits .hit h3").allTextContents();
    check(hits.length >= 1 && /convoy/i.test(hits[0]), `the search finds the demo article ("${hits[0]}")`);
    check(await page.locator("#hits .hit mark").count() >= 1, "and marks the words that matched");
    await page.locator("#hits").screenshot({ path: shot("search") });
    const links = page.locator("#hits .hit .event-link");
    check(await links.count() >= 1, "its events are listed with it");
    before = await rendered(page);
    await links.first().click();
    await settled(page, before);
    check(params(page).get("view") === null && params(page).get("event") && !(await page.locator("#detail").isHidden()),
      "a hit's event opens in the events view");
    check(await total(page) < all, "which keeps only the events of the matching articles");

    // the article view lists each place once: the article naming places most often
    let most = null;
    for (const a of (await (await page.request.get(new URL("/api/articles", url).href)).json()).articles) {
      const d = await (await page.request.get(new URL(`/api/articles/${a.id}`, url).href)).json();
      if (!most || d.places.length > most.places.length) most = d;
    }
    await page.goto(`${url}?view=articles&article=${most.id}`, { waitUntil: "networkidle" });
    await settled(page, "");
    await page.waitForSelector("#article .ev.trg");
    const places = await page.locator("#article ul.places li").allTextContents();
    const names = places.map((p) => p.replace(/ — named \d+ times$/, ""));
    const distinct = new Set(most.places.map((p) => p.geonameid ?? p.name)).size;
    check(names.length === distinct && new Set(names).size === names.length,
      `the article lists each of its ${distinct} places once, not ${most.places.length} times (${names.join("; ")})`);
    await page.locator("#article").screenshot({ path: shot("article") });

    // a bad date is explained, not ignored
    await page.click("nav button[data-view=events]");
    await page.fill("#filters input[name=from]", "March");
    await page.click("#filters button[type=submit]");
    await page.waitForSelector("#error:not([hidden])");
    check(/from must be a date/.test(await page.textContent("#error")), "a bad date is explained, not ignored");
    // the one refusal asked for (from=March) is expected; anything else is a fault
    const unexpected = errors.filter((e) => !/HTTP 400 for .*from=March/.test(e) && !/status of 400/.test(e));
    check(unexpected.length === 0, "no page errors (" + unexpected.join("; ") + ")");
  } finally {
    await browser.close();
  }
})().catch((e) => {
  console.log(e.message);
  process.exit(1);
});
