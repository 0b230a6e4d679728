// Dates in Europe/Brussels with their offset, EUR from cents, and the SLA countdown arithmetic.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importTs } from './load-ts.mjs';

const fmt = await importTs('format.ts');
const sla = await importTs('sla.ts');

test('instants are shown in Brussels time with the UTC offset', () => {
  assert.equal(fmt.formatInstant('2026-12-03T13:05:00Z'), '03/12/2026 14:05 (UTC+01:00)');
  assert.equal(fmt.formatInstant('2026-07-01T08:00:00Z'), '01/07/2026 10:00 (UTC+02:00)');
  assert.equal(fmt.formatInstant(undefined), '');
});

test('EUR amounts use Belgian formatting from integer cents', () => {
  const norm = (s) => s.replace(/[\u00a0\u202f]/g, ' ');
  assert.equal(norm(fmt.formatCents(123456, 'fr')), '1 234,56 €');
  assert.match(norm(fmt.formatCents(123456, 'nl')), /^€ ?1\.234,56$/);
  assert.match(norm(fmt.formatCents(5, 'en')), /0[.,]05/);
});

test('business durations are h:mm:ss, negative once overdue', () => {
  assert.equal(fmt.formatDuration(3725), '1:02:05');
  assert.equal(fmt.formatDuration(-61), '-0:01:01');
  assert.equal(fmt.formatDuration(133200), '37:00:00');
});

test('the countdown runs only while running and until nextChange', () => {
  const asOf = '2026-12-03T10:00:00Z';
  const t0 = Date.parse(asOf);
  const running = { state: 'running', remainingSeconds: 100, asOf, nextChange: '2026-12-03T10:01:00Z' };
  assert.deepEqual(sla.remainingAt(running, t0 + 30_000), { seconds: 70, live: true, stale: false });
  assert.deepEqual(sla.remainingAt(running, t0 + 90_000), { seconds: 40, live: false, stale: true });
  const paused = { state: 'paused', remainingSeconds: 100, asOf };
  assert.equal(sla.remainingAt(paused, t0 + 30_000).seconds, 100);
  const closed = { state: 'closed', remainingSeconds: -5, asOf, nextChange: '2026-12-03T11:00:00Z' };
  assert.deepEqual(sla.remainingAt(closed, t0 + 1000), { seconds: -5, live: false, stale: false });
  assert.equal(sla.remainingAt(closed, t0 + 3_600_000).stale, true);
});

test('volumes are decimal GB (1 GB = 10^9 bytes) in Belgian formatting; months are Brussels months', () => {
  assert.equal(fmt.formatGigabytes(9_089_934_592, 'fr'), '9,1 GB');
  assert.equal(fmt.formatGigabytes(2_500_000_000, 'en'), '2,5 GB');
  assert.equal(fmt.formatGigabytes(0, 'nl'), '0,0 GB');
  // 00:30 in Brussels on the 1st is already the next month there, not yet in UTC
  assert.equal(fmt.brusselsMonth(Date.parse('2026-12-31T23:30:00Z')), '2027-01');
  assert.equal(fmt.brusselsMonth(Date.parse('2026-03-31T21:59:59Z')), '2026-03');
  assert.equal(fmt.brusselsMonth(Date.parse('2026-03-31T22:00:00Z')), '2026-04');
});

test('line speeds are decimal kbit/s, Mbit/s or Gbit/s in Belgian formatting', () => {
  assert.equal(fmt.formatKbps(256, 'en'), '256 kbit/s');
  assert.equal(fmt.formatKbps(1000, 'fr'), '1 Mbit/s');
  assert.equal(fmt.formatKbps(10000, 'nl'), '10 Mbit/s');
  assert.equal(fmt.formatKbps(1500, 'fr'), '1,5 Mbit/s');
  assert.equal(fmt.formatKbps(2_000_000, 'en'), '2 Gbit/s');
});

test('availability figures keep the server’s exact digits; civil days and EUR texts', () => {
  const norm = (s) => s.replace(/[\u00a0\u202f]/g, ' ');
  assert.equal(fmt.formatPercentText('99.6999', 'fr'), '99,6999 %');
  assert.equal(fmt.formatPercentText('100.0000', 'nl'), '100,0000 %');
  assert.equal(norm(fmt.formatPercent(1.5, 'fr')), '1,5 %');
  assert.equal(norm(fmt.formatPercent(100, 'fr')), '100 %');
  assert.equal(fmt.formatDay('2027-01-31'), '31/01/2027');
  assert.equal(norm(fmt.formatEuros('74.00', 'fr')), '74,00 €');
  assert.equal(norm(fmt.formatEuros('1234.5', 'fr')), '1 234,50 €');
  assert.equal(norm(fmt.formatEuros('1.11', 'fr')), '1,11 €');
  assert.match(fmt.formatMonthShort('2026-10', 'en'), /^Oct/);
});
