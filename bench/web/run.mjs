// Web front-end benchmark: gzip size of the first-load files (index.html, app.js, app.css) and
// the time the console's queue takes to render 1,000 open tickets in headless chromium, against a
// freshly started bizline (web/tests/server.mjs: temp SQLite db, demo data, loopback only).
//
//   BIZLINE_BIN=build/asan/bizline BIZLINE_CATALOG=catalog node bench/web/run.mjs [--runs 3]
//
// Tickets are created through the API as the demo agent (phone channel, for Acme). The time is
// from navigation start to the queue table holding its 1,000 rows, with the rows in the viewport
// laid out and the 1,000th row placed (performance.now() in the page). The queue's rows use
// `content-visibility: auto` (web/src/app.css): rows away from the viewport are placed with an
// estimated height and their content is laid out when they come near it. So, untimed, each run
// then checks that the last row is reachable: the keyboard focus is moved to its link, which must
// scroll it into view and lay its content out (reported as "last row by focus").
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const web = resolve(here, '../../web');
const { startServer } = await import(join(web, 'tests/server.mjs'));
const { launch } = await import(join(web, 'tests/browser.mjs'));

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const TARGET = 1000;

// 1. sizes of the build
const out = mkdtempSync(join(tmpdir(), 'bizline-web-bench-'));
execFileSync(process.execPath, [join(web, 'build.mjs'), out], { stdio: 'ignore', timeout: 120_000 });
const size = (name) => {
  const bytes = readFileSync(join(out, name));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const js = size('app.js');
const css = size('app.css');
const html = size('index.html');
rmSync(out, { recursive: true, force: true });

// 2. the queue with 1,000 open tickets
const server = await startServer();
const browser = await launch();
let times = [];
const apiStart = [];
const apiMs = [];
const renderMs = [];
const reachMs = [];
let created = 0;
let createMs = 0;
try {
  const call = async (method, path, token, body) => {
    const res = await fetch(server.url + path, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
  const { token } = await call('POST', '/auth/login', null, { email: 'agent@bizline.example', password: 'demo' });
  const customers = await call('GET', '/tmf-api/customerManagement/v4/customer', token);
  const acme = customers.find((c) => c.name.startsWith('Acme')) ?? customers[0];
  const reps = await call('GET', `/api/v1/customer/${acme.id}/representative`, token);
  const lines = await call('GET', `/tmf-api/productInventory/v4/product?relatedParty.id=${acme.id}&status=active`, token);
  const open = await call('GET', '/tmf-api/troubleTicket/v4/troubleTicket?status=acknowledged,inProgress,pending&limit=1000&fields=id', token);
  const need = Math.max(0, TARGET - open.length);
  const t0 = Date.now();
  let next = 0;
  const worker = async () => {
    while (next < need) {
      const i = next++;
      await call('POST', '/tmf-api/troubleTicket/v4/troubleTicket', token, {
        description: `Bench ticket ${i}: intermittent packet loss`,
        severity: 'Minor',
        ticketType: 'incident',
        priority: ['P2', 'P3', 'P4'][i % 3],
        channel: { id: 'phone' },
        relatedParty: [
          { id: acme.id, role: 'customer' },
          { id: reps[0].id, role: 'reporter' },
        ],
        relatedEntity: [{ id: lines[i % lines.length].id, role: 'affectedProduct', '@referredType': 'Product' }],
      });
      created++;
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  createMs = Date.now() - t0;

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url + '/');
  await page.evaluate(async () => {
    const r = await fetch('/auth/session', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'agent@bizline.example', password: 'demo' }),
    });
    if (!r.ok) throw new Error('login ' + r.status);
  });
  for (let run = 0; run < RUNS + 1; run++) {
    await page.goto('about:blank');
    await page.goto(server.url + '/#/queue', { waitUntil: 'commit' });
    const handle = await page.waitForFunction(
      (n) => {
        const rows = document.querySelectorAll('table.tickets tbody tr');
        if (!(rows.length >= n && rows[n - 1].getBoundingClientRect().height > 0)) return false;
        // the first row's content is laid out (not only its box)
        if (!(rows[0].querySelector('a')?.getBoundingClientRect().height > 0)) return false;
        const list = performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes('/troubleTicket?'))
          .map((e) => ({ start: e.startTime, end: e.responseEnd }));
        return { total: performance.now(), list: list[list.length - 1] ?? null };
      },
      TARGET,
      { polling: 'raf', timeout: 120_000 },
    );
    const m = await handle.jsonValue();
    // Untimed for the result: the 1,000th row is reached with the keyboard focus and its content is
    // then laid out in the viewport (content-visibility: auto renders it).
    const reach = await page.evaluate(async (n) => {
      const t0 = performance.now();
      const rows = document.querySelectorAll('table.tickets tbody tr');
      const link = rows[n - 1].querySelector('a');
      link.focus();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const box = link.getBoundingClientRect();
      const ok = document.activeElement === link && box.height > 0 && box.top >= 0 && box.bottom <= innerHeight && link.checkVisibility({ contentVisibilityAuto: true });
      return { ok, ms: performance.now() - t0, text: link.textContent };
    }, TARGET);
    if (!reach.ok) throw new Error(`the ${TARGET}th row could not be reached by focus: ${JSON.stringify(reach)}`);
    if (run > 0) reachMs.push(Math.round(reach.ms));
    if (run > 0) {
      // the first run warms the caches
      times.push(Math.round(m.total));
      if (m.list) {
        apiStart.push(Math.round(m.list.start));
        apiMs.push(Math.round(m.list.end - m.list.start));
        renderMs.push(Math.round(m.total - m.list.end));
      }
    }
  }
  await context.close();
} finally {
  await browser.close();
  await server.stop();
}
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const median = med(times);
const first = js.gzip + css.gzip + html.gzip;
console.log(
  `web-bench: first_load_gzip=${first}B (app.js ${js.gzip}B of ${js.raw}B, app.css ${css.gzip}B, index.html ${html.gzip}B) ` +
    `queue_${TARGET}_rows_ms=${median} (median of ${times.length}: ${times.join(', ')}; list request sent at ${med(apiStart)}ms, ` +
    `took ${med(apiMs)}ms, render after it ${med(renderMs)}ms; last row by focus in ${med(reachMs)}ms) tickets_created=${created} in ${createMs}ms server=${server.mode}`,
);
