// End-to-end scenarios against a real bizline server (see server.mjs) in headless chromium:
// the representative portal, the service desk console, sessions and security, and axe-core on
// every page (no serious or critical violation). Screenshots go to $BIZLINE_ARTIFACTS.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { axe, chromiumPath, launch, login, newPage, shot } from './browser.mjs';
import { haveServer, startServer } from './server.mjs';

const skip = !haveServer() ? 'no bizline binary (BIZLINE_BIN)' : !chromiumPath() ? 'no chromium' : false;

let server;
let browser;
const TICKETS = '/tmf-api/troubleTicket/v4/troubleTicket';

async function api(method, path, token, body) {
  const res = await fetch(server.url + path, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(15_000),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}
async function token(email) {
  const r = await api('POST', '/auth/login', null, { email, password: 'demo' });
  assert.equal(r.status, 200, `login ${email}`);
  return r.body.token;
}

async function assertAccessible(page, name) {
  await shot(page, name);
  const violations = await axe(page);
  assert.deepEqual(violations, [], `${name}: axe serious/critical violations:\n${JSON.stringify(violations, null, 2)}`);
}

function parseDuration(text) {
  const m = /^(-?)(\d+):(\d{2}):(\d{2})$/.exec(text.trim());
  assert.ok(m, `countdown text "${text}" is h:mm:ss`);
  const s = Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4]);
  return m[1] ? -s : s;
}

describe('bizline web', { skip, timeout: 600_000 }, () => {
  before(async () => {
    server = await startServer();
    console.log(`# server mode: ${server.mode} at ${server.url}`);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('login page is accessible and offers FR/NL/EN', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(server.url + '/');
    await page.getByRole('heading', { name: 'Log in to bizline' }).waitFor();
    const langs = await page.locator('#lang-header option').allTextContents();
    assert.equal(langs.length, 3);
    await assertAccessible(page, 'login');
    // the language choice is applied and remembered (localStorage bizline.lang only)
    await page.getByLabel('Language').selectOption('fr');
    await page.getByRole('heading', { name: 'Connexion à bizline' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Connexion à bizline' }).waitFor();
    const stored = await page.evaluate(() => ({ ...localStorage }));
    assert.deepEqual(stored, { 'bizline.lang': 'fr' });
    await context.close();
  });

  test('representative opens a P3 incident with an attachment and sees it in its list', async () => {
    const { context, page, errors } = await newPage(browser);
    await login(page, server.url, 'rep@acme.example');
    await page.locator('.line-card').first().waitFor();
    await assertAccessible(page, 'portal-lines');

    await page.getByRole('link', { name: 'New ticket' }).first().click();
    await page.getByLabel('Type of request').selectOption('incident');
    await page.locator('#new-line option').nth(1).waitFor({ state: 'attached' });
    await page.getByLabel('Affected line').selectOption({ index: 1 });
    await page.getByLabel('Priority', { exact: true }).selectOption('P3');
    await page.getByLabel('Description').fill('Wifi drops in the meeting room every hour');
    await page.getByLabel('Attachment (optional)').setInputFiles({ name: 'router.log', mimeType: 'text/plain', buffer: Buffer.from('08:10 wan0 link down\n') });
    await assertAccessible(page, 'portal-new-ticket');
    await page.getByRole('button', { name: 'Submit ticket' }).click();
    await page.waitForURL(/#\/tickets\/BZ-/);
    const id = decodeURIComponent(page.url().split('#/tickets/')[1]);
    await page.getByRole('link', { name: 'router.log' }).waitFor();
    const href = await page.getByRole('link', { name: 'router.log' }).getAttribute('href');
    assert.match(href, new RegExp(`${TICKETS}/${id}/attachment/`));
    assert.equal(await page.locator('.summary .badge.prio-P3, .summary .badge').first().textContent(), 'Acknowledged');
    await assertAccessible(page, 'portal-ticket-detail');

    await page.getByRole('link', { name: 'Tickets', exact: true }).click();
    await page.locator(`tr[data-ticket="${id}"]`).waitFor();
    await assertAccessible(page, 'portal-tickets');
    // narrow screens: the table becomes stacked cards
    await page.setViewportSize({ width: 360, height: 800 });
    await shot(page, 'portal-tickets-360');
    const display = await page.locator('table.tickets thead').evaluate((el) => getComputedStyle(el).position);
    assert.equal(display, 'absolute');
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 360, 'no horizontal scrolling at 360 px');
    assert.deepEqual(errors.filter((e) => !/status of 40[13]/.test(e)), []);
    await context.close();
  });

  test('representative is refused a P1 and shown the service desk numbers (DESK-047)', async () => {
    const { context, page } = await newPage(browser);
    await login(page, server.url, 'rep@acme.example');
    await page.goto(server.url + '/#/new-ticket');
    await page.locator('#new-line option').nth(1).waitFor({ state: 'attached' });
    await page.getByLabel('Affected line').selectOption({ index: 1 });
    await page.getByLabel('Priority', { exact: true }).selectOption('P1');
    await page.getByLabel('Description').fill('No internet at all');
    await page.getByRole('button', { name: 'Submit ticket' }).click();
    const fieldError = page.locator('#new-priority-error');
    await fieldError.waitFor();
    assert.match(await fieldError.textContent(), /DESK-047/);
    assert.equal(await page.locator('#new-priority').getAttribute('aria-invalid'), 'true');
    await page.locator('.phone-big').waitFor();
    assert.equal((await page.locator('.phone-big').textContent()).trim(), '0800 55 200');
    const others = await page.locator('.desk-others').textContent();
    for (const n of ['0800 22 200', '0800 33 200', '0800 44 200']) assert.ok(others.includes(n), `shows ${n}`);
    assert.match(page.url(), /#\/new-ticket$/);
    await shot(page, 'portal-p1-refused');
    await context.close();
  });

  test("representative cannot open another customer's ticket by URL", async () => {
    const globex = await token('rep@globex.example');
    const lines = await api('GET', '/tmf-api/productInventory/v4/product', globex);
    const created = await api('POST', TICKETS, globex, {
      description: 'Globex: slow line',
      severity: 'Minor',
      ticketType: 'incident',
      priority: 'P3',
      channel: { id: 'portal' },
      ...(lines.body?.length ? { relatedEntity: [{ id: lines.body[0].id, role: 'affectedProduct', '@referredType': 'Product' }] } : {}),
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const { context, page } = await newPage(browser);
    await login(page, server.url, 'rep@acme.example');
    await page.goto(`${server.url}/#/tickets/${created.body.id}`);
    await page.locator('.not-found').waitFor();
    assert.equal(await page.getByText('Globex: slow line').count(), 0);
    await shot(page, 'portal-foreign-ticket');
    await context.close();
  });

  test('portal orders and notifications pages', async () => {
    const { context, page } = await newPage(browser);
    await login(page, server.url, 'rep@acme.example');
    await page.goto(server.url + '/#/orders');
    await page.locator('article.order').first().waitFor();
    await assertAccessible(page, 'portal-orders');
    await page.goto(server.url + '/#/notifications');
    await page.locator('.notifications li').first().waitFor();
    await assertAccessible(page, 'portal-notifications');
    // the later capabilities are listed, disabled, marked as coming soon
    assert.equal(await page.locator('nav .disabled').count(), 2);
    await context.close();
  });

  test('portal usage page: month-to-date volume, cap, level and daily chart (USE-012)', async () => {
    // Meter two days of traffic on Acme's first line through `bizline usage import`.
    const lines = await api('GET', '/tmf-api/productInventory/v4/product?status=active', await token('rep@acme.example'));
    const first = lines.body[0];
    const user = first.productCharacteristic.find((c) => c.name === 'radiusUserName').value;
    const now = Math.floor(Date.now() / 1000);
    const csv = [
      'acct_status_type,acct_session_id,user_name,acct_input_octets,acct_output_octets,acct_input_gigawords,acct_output_gigawords,event_timestamp',
      `Start,web-1,${user},0,0,0,0,${now - 60}`,
      `Interim-Update,web-1,${user},500000000,0,2,0,${now - 30}`,
    ].join('\n');
    const file = join(server.dir, 'acct.csv');
    writeFileSync(file, csv + '\n');
    execFileSync(server.bin, ['--catalog', server.catalog, 'usage', 'import', '--db', server.db, file]);
    const { context, page } = await newPage(browser);
    await login(page, server.url, 'rep@acme.example');
    await page.goto(server.url + '/#/usage');
    await page.locator('svg.usage-chart').first().waitFor();
    // 2 x 2^32 + 5 x 10^8 bytes = 9,1 GB (Belgian format), in decimal units (T-12)
    assert.ok((await page.locator('main').textContent()).includes('9,1 GB'));
    await assertAccessible(page, 'portal-usage');
    await context.close();
  });

  test('representative of a capped line orders a Volume Pack and sees it listed; staff see throttles and unmatched users (U-13, U-14)', async () => {
    // An existing Internet Essential line (100 GB included, paid Volume Pack) for Acme, loaded like
    // an operator moving from another system, then metered past its cap (24 gigawords ≈ 103 GB),
    // and traffic for a User-Name that no line carries.
    const user = 'web-essential@isp';
    const lines = join(server.dir, 'lines.csv');
    writeFileSync(
      lines,
      'user_name,enterprise_number,customer_name,employees,site_address,formula,options,activation_date\n' +
        `${user},0403.170.701,Acme NV,42,"Rue de la Loi 16, 1000 Brussel",internet-essential,,2025-01-15\n`,
    );
    execFileSync(server.bin, ['--catalog', server.catalog, 'line', 'import', '--db', server.db, lines]);
    const now = Math.floor(Date.now() / 1000);
    const acct = join(server.dir, 'acct-capped.csv');
    writeFileSync(
      acct,
      [
        'acct_status_type,acct_session_id,user_name,acct_input_octets,acct_output_octets,acct_input_gigawords,acct_output_gigawords,event_timestamp',
        `Start,web-cap-1,${user},0,0,0,0,${now - 60}`,
        `Interim-Update,web-cap-1,${user},0,0,24,0,${now - 30}`,
        `Start,web-ghost-1,ghost-web@isp,0,0,0,0,${now - 60}`,
        `Interim-Update,web-ghost-1,ghost-web@isp,2500000000,0,0,0,${now - 30}`,
      ].join('\n') + '\n',
    );
    execFileSync(server.bin, ['--catalog', server.catalog, 'usage', 'import', '--db', server.db, acct]);
    const rep = await token('rep@acme.example');
    const products = await api('GET', '/tmf-api/productInventory/v4/product?status=active', rep);
    const line = products.body.find((p) => p.productCharacteristic?.some((c) => c.name === 'radiusUserName' && c.value === user));
    assert.ok(line, 'the imported line is one of Acme’s');

    const { context, page, errors } = await newPage(browser);
    await login(page, server.url, 'rep@acme.example');
    await page.goto(server.url + '/#/usage');
    const card = page.locator(`article.usage-card[data-line="${line.id}"]`);
    await card.locator('dd.throttle').getByText('Reduced').waitFor();
    // the speed the server states for the throttle (throttleSpeed), and its profile
    const usage = await api('GET', `/api/v1/line/${encodeURIComponent(line.id)}/usage`, rep);
    assert.equal(usage.status, 200);
    const offer = usage.body.volumePackOffer;
    assert.equal(offer?.charge, 'paid', 'Internet Essential: a paid Volume Pack (USE-004)');
    assert.ok(offer.price.value > 0);
    assert.match(await card.locator('dd.throttle').textContent(), /Reduced to 1 Mbit\/s down \/ 256 kbit\/s up until/);
    assert.match(await card.locator('dd.throttle').textContent(), /bizline-throttle-1m/);
    await card.getByText('No Volume Pack ordered this month.').waitFor();
    // unlimited lines offer no pack
    assert.equal(await page.getByRole('button', { name: 'Order a Volume Pack' }).count(), 1);

    await card.getByRole('button', { name: 'Order a Volume Pack' }).click();
    const confirm = card.getByRole('group', { name: /Order a Volume Pack for line/ });
    await confirm.waitFor();
    // the confirm step has the focus and the size and price the server offers (volumePackOffer:
    // paid on Internet Essential), in EUR
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Confirm the order');
    const offeredPrice = await confirm.locator('.pack-price').textContent();
    assert.match(offeredPrice, /€/);
    assert.match(offeredPrice, /\d[.,]\d{2}/, 'two decimals, in the separator of the language (en-BE: point)');
    assert.equal(offeredPrice.replace(/\D/g, ''), String(Math.round(offer.price.value * 100)), 'the offered amount');
    assert.equal(await confirm.locator('.pack-size').textContent(), `${(offer.volumeBytes / 1e9).toFixed(1).replace('.', ',')} GB`);
    await assertAccessible(page, 'portal-usage-pack-confirm');
    // Escape cancels and gives the focus back to the button
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Order a Volume Pack');
    await page.keyboard.press('Enter');
    await confirm.waitFor();
    // The focus moves into the confirm step after it is drawn (an effect): the second Enter must
    // wait for it, or it lands on nothing.
    await page.waitForFunction(() => document.activeElement?.textContent === 'Confirm the order');
    await page.keyboard.press('Enter');

    await card.locator('table.usage-packs tbody tr').first().waitFor();
    await card.getByText('The speed reduction is lifted.').waitFor();
    await card.locator('dd.throttle').getByText('Not reduced').waitFor();
    assert.match(await card.locator('table.usage-packs tbody tr').first().textContent(), /€/);
    assert.match(await card.locator('dd').nth(2).textContent(), /including the 1 Volume Pack/);
    await assertAccessible(page, 'portal-usage-pack-ordered');
    // narrow screens: the card's tables stack, no sideways scrolling
    await page.setViewportSize({ width: 360, height: 800 });
    await shot(page, 'portal-usage-360');
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 360, 'no horizontal scrolling at 360 px');
    assert.deepEqual(errors.filter((e) => !/status of 40[13]/.test(e)), []);
    await context.close();

    // the staff's view: the throttle of the month (lifted by the pack) and the unmatched user
    const staff = await newPage(browser);
    await login(staff.page, server.url, 'agent@bizline.example');
    await staff.page.getByRole('link', { name: 'Usage', exact: true }).click();
    await staff.page.getByRole('heading', { name: 'Usage', level: 1 }).waitFor();
    const row = staff.page.locator(`table.usage-throttles tr[data-line="${line.id}"]`);
    await row.waitFor();
    assert.match(await row.textContent(), new RegExp(user.replace('.', '\\.')));
    assert.match(await row.textContent(), /Acme NV/);
    assert.match(await row.textContent(), /bizline-throttle-1m/);
    const ghost = staff.page.locator('table.usage-unmatched tr', { hasText: 'ghost-web@isp' });
    await ghost.waitFor();
    assert.match(await ghost.textContent(), /2,5 GB/);
    await assertAccessible(staff.page, 'console-usage');
    // another month: nothing
    await staff.page.getByLabel('Month').fill('2020-01');
    await staff.page.getByText('No line throttled this month.').waitFor();
    await staff.page.getByText('No unmatched accounting user this month.').waitFor();
    // narrow screens: the tables become stacked cards, no sideways scrolling
    await staff.page.setViewportSize({ width: 360, height: 800 });
    assert.ok((await staff.page.evaluate(() => document.documentElement.scrollWidth)) <= 360, 'no horizontal scrolling at 360 px');
    await staff.page.setViewportSize({ width: 1280, height: 900 });
    // one line's usage for the staff, from the list
    await staff.page.getByLabel('Month').fill('');
    await row.getByRole('link', { name: line.id, exact: true }).click();
    await staff.page.getByRole('heading', { name: `Usage of line ${line.id}`, level: 1 }).waitFor();
    await staff.page.locator('table.usage-packs tbody tr').first().waitFor();
    await assertAccessible(staff.page, 'console-line-usage');
    await staff.context.close();

    // a role the server does not let order one (usage.volumePack): its refusal, with the rule,
    // next to the button
    const billingUser = ['--email', 'billing@bizline.example', '--name', 'Bill Ing', '--password', 'correct horse battery', '--role', 'billing'];
    execFileSync(server.bin, ['--catalog', server.catalog, 'user', 'add', '--db', server.db, ...billingUser]);
    const billing = await newPage(browser);
    await login(billing.page, server.url, 'billing@bizline.example', 'correct horse battery');
    await billing.page.goto(`${server.url}/#/usage/line/${line.id}`);
    await billing.page.getByRole('button', { name: 'Order a Volume Pack' }).click();
    await billing.page.getByRole('button', { name: 'Confirm the order' }).click();
    const refusal = billing.page.locator('.pack-order .error-box');
    await refusal.waitFor();
    assert.match(await refusal.textContent(), /USE-004/);
    assert.equal(await billing.page.locator('table.usage-packs tbody tr').count(), 1, 'nothing was ordered');
    await assertAccessible(billing.page, 'console-line-usage-refused');
    await billing.context.close();
  });

  test('representative claims the Service Credit of a P1 restored late; billing staff approve or refuse claims (SLA-010, SLA-011, SLA-044)', async () => {
    // The demo's Acme Internet Pro line has a P1 restored late about 40 days ago: the year that has
    // it (this one, unless run early in January).
    const rep = await token('rep@acme.example');
    const products = await api('GET', '/tmf-api/productInventory/v4/product', rep);
    const line = products.body.find((p) => p.productOffering?.name === 'Internet Pro');
    assert.ok(line, 'Acme has an Internet Pro line');
    const thisYear = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', year: 'numeric' }).format(new Date()));
    let year;
    let breach;
    for (const y of [thisYear, thisYear - 1]) {
      const r = await api('GET', `/api/v1/line/${line.id}/availability?year=${y}`, rep);
      assert.equal(r.status, 200, JSON.stringify(r.body));
      breach = r.body.restorationBreaches?.find((m) => m.claimDeadline);
      if (breach) {
        year = y;
        break;
      }
    }
    assert.ok(breach, 'a restoration breach with a claim deadline');
    const [dy, dm, dd] = breach.claimDeadline.split('-');

    const { context, page, errors } = await newPage(browser);
    await login(page, server.url, 'rep@acme.example');
    await page.getByRole('link', { name: 'Availability & credits' }).click();
    await page.getByRole('heading', { name: 'Availability & Service Credits', level: 1 }).waitFor();
    await page.getByLabel('Line', { exact: true }).selectOption(line.id);
    await page.getByLabel('Year').selectOption(String(year));
    const card = page.locator(`article.avail-card[data-line="${line.id}"]`);
    await card.getByRole('heading', { name: `Line ${line.id} — Internet Pro, ${year}` }).waitFor();
    const row = card.locator(`table.avail-restoration tr[data-month="${breach.month}"]`);
    await row.waitFor();
    assert.match(await row.textContent(), new RegExp(breach.breaches[0].ticket));
    assert.match(await row.locator('.avail-deadline').textContent(), new RegExp(`until ${dd}/${dm}/${dy} included`));
    assert.match(await row.textContent(), /SLA-044/);
    await card.locator('svg.usage-chart').waitFor();
    assert.equal(await card.locator('table.avail-months tbody tr').count(), (await api('GET', `/api/v1/line/${line.id}/availability?year=${year}`, rep)).body.months.length);
    // the PDF report: a plain link the session cookie authenticates
    const pdf = card.getByRole('link', { name: 'Download the report (PDF)' });
    const href = await pdf.getAttribute('href');
    assert.equal(href, `/api/v1/line/${line.id}/availability?year=${year}&format=pdf`);
    assert.equal(await pdf.getAttribute('download'), '');
    const got = await page.evaluate(async (url) => {
      const r = await fetch(url, { credentials: 'same-origin' });
      return { status: r.status, type: r.headers.get('content-type') };
    }, href);
    if (got.status === 200) assert.match(got.type, /application\/pdf/);
    await assertAccessible(page, 'portal-availability');

    // claim it: a confirm step (focus in it, Escape cancels), then the pending claim
    await row.getByRole('button', { name: /Claim this credit/ }).click();
    const confirm = row.getByRole('group', { name: new RegExp(`Claim the Service Credit of line ${line.id} for ${breach.month}`) });
    await confirm.waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Confirm the claim');
    await assertAccessible(page, 'portal-availability-claim-confirm');
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    await row.getByRole('button', { name: /Claim this credit/ }).click();
    await confirm.getByRole('button', { name: 'Confirm the claim' }).click();
    await row.locator('.badge.claim-pending').waitFor();
    const claimId = (await row.locator('.badge.claim-pending').textContent()).match(/Claim (\d+): Pending/)[1];
    await row.getByText(`Claim ${claimId} filed: Pending.`).waitFor();
    assert.equal(await row.getByRole('button', { name: /Claim this credit/ }).count(), 0, 'claimed once');
    const listed = page.locator(`table.claims tr[data-claim="${claimId}"]`);
    await listed.waitFor();
    assert.match(await listed.textContent(), /Pending/);
    assert.match(await listed.textContent(), /€/);
    await assertAccessible(page, 'portal-availability-claimed');
    await page.setViewportSize({ width: 360, height: 800 });
    await shot(page, 'portal-availability-360');
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 360, 'no horizontal scrolling at 360 px');
    assert.deepEqual(errors.filter((e) => !/status of 40[13]/.test(e)), []);
    await context.close();

    // a read-only staff role sees the queue without the decisions
    const agent = await newPage(browser);
    await login(agent.page, server.url, 'agent@bizline.example');
    await agent.page.getByRole('link', { name: 'Credit claims' }).click();
    await agent.page.locator(`table.claims-staff tr[data-claim="${claimId}"]`).waitFor();
    await agent.page.getByText('Read-only view: billing staff, escalation managers and admins approve or refuse claims.').waitFor();
    assert.equal(await agent.page.getByRole('button', { name: /Approve/ }).count(), 0);
    await agent.context.close();

    // Globex's claim, filed through the API, to refuse
    const globex = await token('rep@globex.example');
    const gLine = (await api('GET', '/tmf-api/productInventory/v4/product', globex)).body.find((p) => p.productOffering?.name === 'Internet Pro+');
    assert.ok(gLine, 'Globex has an Internet Pro+ line');
    let gClaim;
    for (const y of [thisYear, thisYear - 1]) {
      const r = await api('GET', `/api/v1/line/${gLine.id}/availability?year=${y}`, globex);
      const m = r.body.restorationBreaches?.find((b) => b.claimDeadline);
      if (m) {
        gClaim = await api('POST', '/api/v1/serviceCreditClaim', globex, { lineId: gLine.id, kind: 'restoration', period: m.month });
        break;
      }
    }
    assert.equal(gClaim?.status, 201, JSON.stringify(gClaim?.body));

    // the admin approves Acme's from the queue (pending by default) with the eligibility now
    const admin = await newPage(browser);
    await login(admin.page, server.url, 'admin@bizline.example');
    await admin.page.getByRole('link', { name: 'Credit claims' }).click();
    await admin.page.getByRole('heading', { name: 'Service Credit claims', level: 1 }).waitFor();
    const queued = admin.page.locator(`table.claims-staff tr[data-claim="${claimId}"]`);
    await queued.waitFor();
    const text = await queued.textContent();
    assert.match(text, /Acme NV/);
    assert.match(text, new RegExp(`Restoration ${breach.month}`));
    assert.match(text, /SLA-044/);
    assert.match(text, /€/);
    assert.match(text, /% of/);
    await assertAccessible(admin.page, 'console-claims');
    await queued.getByRole('button', { name: /Approve/ }).click();
    await admin.page.getByText(`Claim ${claimId} approved.`).first().waitFor();
    await queued.waitFor({ state: 'detached' });

    // a refusal needs a reason: the server's error at the field, then refused
    const gRow = admin.page.locator(`table.claims-staff tr[data-claim="${gClaim.body.id}"]`);
    await gRow.getByRole('button', { name: /Refuse/ }).click();
    await gRow.getByRole('button', { name: 'Refuse the claim' }).click();
    const reason = gRow.getByLabel('Reason for refusal');
    await admin.page.locator(`#refuse-${gClaim.body.id}-error`).waitFor();
    assert.match(await admin.page.locator(`#refuse-${gClaim.body.id}-error`).textContent(), /SLA-010/);
    assert.equal(await reason.getAttribute('aria-invalid'), 'true');
    await assertAccessible(admin.page, 'console-claims-refusal-error');
    await reason.fill('The outage was planned works announced in advance.');
    await gRow.getByRole('button', { name: 'Refuse the claim' }).click();
    await admin.page.getByText(`Claim ${gClaim.body.id} refused.`).first().waitFor();
    await admin.page.getByLabel('State').selectOption('refused');
    await gRow.getByText('The outage was planned works announced in advance.').waitFor();
    // the line's report in the console, from the customer page
    await admin.page.goto(`${server.url}/#/customers/${encodeURIComponent(line.relatedParty.find((r) => r.role === 'customer').id)}`);
    await admin.page.getByRole('link', { name: `Availability of line ${line.id}` }).click();
    await admin.page.getByRole('heading', { name: `Availability of line ${line.id}`, level: 1 }).waitFor();
    await admin.page.getByLabel('Year').selectOption(String(year));
    await admin.page.locator(`table.avail-restoration tr[data-month="${breach.month}"] .badge.claim-approved`).waitFor();
    await assertAccessible(admin.page, 'console-line-availability');
    await admin.context.close();

    // the representative sees it approved
    const again = await newPage(browser);
    await login(again.page, server.url, 'rep@acme.example');
    await again.page.goto(server.url + '/#/availability');
    const approved = again.page.locator(`table.claims tr[data-claim="${claimId}"]`);
    await approved.getByText('Approved').waitFor();
    assert.match(await approved.textContent(), /Decided on/);
    await again.context.close();
  });

  test('a note with HTML is shown as text and runs no script', async () => {
    const { context, page } = await newPage(browser);
    await login(page, server.url, 'rep@acme.example');
    await page.goto(server.url + '/#/tickets');
    await page.locator('table.tickets tbody tr a').first().click();
    await page.getByLabel('Note', { exact: true }).waitFor();
    const payload = '<script>window.__xss=1</script><img src=x onerror="window.__xss=1">';
    await page.getByLabel('Note', { exact: true }).fill(payload);
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.locator('.note-text', { hasText: '<script>' }).waitFor();
    assert.equal(await page.locator('.note-text', { hasText: '<script>' }).last().textContent(), payload);
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => typeof window.__xss), 'undefined');
    assert.equal(await page.locator('.notes img').count(), 0);
    await context.close();
  });

  let p1;
  test('agent registers a P1 for a verified caller and watches the countdown', async () => {
    const { context, page } = await newPage(browser);
    await login(page, server.url, 'agent@bizline.example');
    await page.locator('table.tickets').waitFor();
    await assertAccessible(page, 'console-queue');

    await page.getByRole('link', { name: 'Register a phone ticket' }).click();
    await page.locator('#reg-customer option', { hasText: 'Acme NV' }).waitFor({ state: 'attached' });
    await page.getByLabel('Customer').selectOption({ label: 'Acme NV' });
    await page.locator('#reg-caller option', { hasText: 'Ann Peeters' }).waitFor({ state: 'attached' });
    await page.getByLabel('Caller (authorised representative)').selectOption({ index: 1 });
    await page.locator('#new-line option').nth(1).waitFor({ state: 'attached' });
    await page.getByLabel('Affected line').selectOption({ index: 1 });
    await page.getByLabel('Priority', { exact: true }).selectOption('P1');
    await page.getByLabel('Description').fill('Head office: complete interruption of internet access');
    await assertAccessible(page, 'console-register');
    await page.getByRole('button', { name: 'Register ticket' }).click();
    await page.waitForURL(/#\/tickets\/BZ-/);
    p1 = decodeURIComponent(page.url().split('#/tickets/')[1]);
    const remaining = page.locator('.summary .remaining');
    await remaining.waitFor();

    const first = await remaining.textContent();
    const t0 = Date.now();
    await page.waitForTimeout(2200);
    const second = await remaining.textContent();
    const shown = parseDuration(second);
    const now = Date.now();
    const clock = await page.evaluate(async (url) => {
      const r = await fetch(url, { credentials: 'same-origin' });
      const tk = await r.json();
      return tk.characteristic.find((c) => c.name === 'slaClock').value;
    }, `${TICKETS}/${p1}`);
    let expected = clock.remainingSeconds;
    if (clock.state === 'running') {
      expected = clock.remainingSeconds - Math.floor((now - Date.parse(clock.asOf)) / 1000);
      assert.notEqual(second, first, 'a running countdown changes');
    } else {
      assert.equal(second, first, `a ${clock.state} countdown is frozen`);
      assert.ok((await page.locator('.summary .clock-state').count()) === 1, 'the frozen state is shown');
    }
    assert.ok(Math.abs(shown - expected) <= 2, `shown ${shown}s vs server ${expected}s (${clock.state}, ${now - t0} ms)`);
    await assertAccessible(page, 'console-ticket-detail');
    await context.close();
  });

  test('agent sets a stop-clock and escalates to level 2', async () => {
    assert.ok(p1, 'the P1 of the previous test exists');
    const { context, page } = await newPage(browser);
    await login(page, server.url, 'agent@bizline.example');
    await page.goto(`${server.url}/#/tickets/${p1}`);
    await page.getByLabel('Stop-clock reason').selectOption('customer');
    await page.getByRole('button', { name: 'Start stop-clock' }).click();
    await page.locator('.summary .status-pending').waitFor();
    await page.getByRole('button', { name: 'Resume (end stop-clock)' }).waitFor();
    await page.locator('.summary .clock-paused').waitFor();
    await shot(page, 'console-stop-clock');

    await page.getByLabel('Escalate to level').selectOption('2');
    await page.waitForFunction(() => document.querySelector('#esc-email')?.value !== '');
    await page.getByLabel('Reason for escalating').fill('No progress after two hours');
    await page.getByRole('button', { name: 'Escalate', exact: true }).click();
    await page.locator('.esc-level', { hasText: '2' }).waitFor();
    await page.locator('table.esc-history tbody tr').first().waitFor();
    await assertAccessible(page, 'console-escalated');
    await context.close();
  });

  test('console orders and customer pages', async () => {
    const { context, page } = await newPage(browser);
    await login(page, server.url, 'agent@bizline.example');
    await page.goto(server.url + '/#/orders');
    await page.locator('article.order').first().waitFor();
    await assertAccessible(page, 'console-orders');
    await page.goto(server.url + '/#/customers');
    await page.getByRole('link', { name: 'Acme NV' }).click();
    await page.getByRole('heading', { name: 'Acme NV', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Authorised representatives' }).waitFor();
    await page.locator('.line-card').first().waitFor();
    await page.locator('table.tickets').waitFor();
    await assertAccessible(page, 'console-customer');
    await context.close();
  });

  test('session cookie is HttpOnly and SameSite=Strict; unsafe requests need the CSRF token', async () => {
    const { context, page } = await newPage(browser);
    await login(page, server.url, 'rep@acme.example');
    const cookie = (await context.cookies()).find((c) => c.name === 'bizline_session');
    assert.ok(cookie, 'bizline_session cookie set');
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Strict');
    assert.equal(await page.evaluate(() => document.cookie.includes('bizline_session')), false);
    const r = await page.evaluate(async (url) => {
      const res = await fetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ description: 'x', severity: 'Minor', ticketType: 'incident', priority: 'P3' }),
      });
      return { status: res.status, body: await res.json() };
    }, TICKETS);
    assert.equal(r.status, 403);
    assert.equal(r.body.code, 'CsrfTokenInvalid');
    // nothing but the language is stored in the browser
    const storage = await page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) }));
    assert.deepEqual(storage.session, []);
    assert.ok(storage.local.every((k) => k === 'bizline.lang'));
    await context.close();
  });

  test('the CSP header is sent on /', async () => {
    const res = await fetch(server.url + '/', { signal: AbortSignal.timeout(10_000) });
    assert.equal(res.status, 200);
    const csp = res.headers.get('content-security-policy') || '';
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    const html = await res.text();
    assert.doesNotMatch(html, /<script>|<style|style=/, 'no inline script or style');
  });

  test('logout ends the session', async () => {
    const { context, page } = await newPage(browser);
    await login(page, server.url, 'agent@bizline.example');
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('heading', { name: 'Log in to bizline' }).waitFor();
    await page.getByText('You are logged out.').waitFor();
    const status = await page.evaluate(async () => (await fetch('/auth/session', { credentials: 'same-origin' })).status);
    assert.equal(status, 401);
    await context.close();
  });

  test('an expired session returns to the login page with a message', async () => {
    const { context, page } = await newPage(browser);
    await login(page, server.url, 'rep@acme.example');
    await context.clearCookies();
    await page.goto(server.url + '/#/tickets');
    await page.evaluate(() => window.dispatchEvent(new HashChangeEvent('hashchange')));
    await page.getByRole('heading', { name: 'Log in to bizline' }).waitFor({ timeout: 20_000 });
    await page.getByText('Your session has expired. Please log in again.').waitFor();
    await context.close();
  });
});
