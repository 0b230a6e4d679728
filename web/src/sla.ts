// The SLA countdown, derived only from the server's slaClock characteristic: while running it
// counts down from remainingSeconds at asOf (server clock) until nextChange; otherwise it is
// frozen. One shared 1 s interval updates every countdown on the page (no per-row timers).
import { serverNow } from './api';
import { charValue, type SlaClockValue, type Ticket } from './types';
import { formatDuration } from './format';

export function slaClockOf(t: Ticket): SlaClockValue | undefined {
  return charValue<SlaClockValue>(t.characteristic, 'slaClock');
}

export interface Remaining {
  seconds: number;
  /** true when the displayed value moves with time */
  live: boolean;
  /** the clock passed nextChange: the ticket should be fetched again */
  stale: boolean;
}

export function remainingAt(c: SlaClockValue, nowMs: number): Remaining {
  const asOf = Date.parse(c.asOf);
  const next = c.nextChange ? Date.parse(c.nextChange) : Number.POSITIVE_INFINITY;
  if (c.state !== 'running' || !Number.isFinite(asOf)) {
    return { seconds: c.remainingSeconds, live: false, stale: Number.isFinite(next) && nowMs >= next };
  }
  if (nowMs >= next) {
    return { seconds: c.remainingSeconds - Math.floor((next - asOf) / 1000), live: false, stale: true };
  }
  const elapsed = Math.max(0, Math.floor((nowMs - asOf) / 1000));
  return { seconds: c.remainingSeconds - elapsed, live: true, stale: false };
}

export function remainingText(c: SlaClockValue, nowMs: number): string {
  if (c.state === 'none') return '—';
  return formatDuration(remainingAt(c, nowMs).seconds);
}

// ---- the shared ticker ----
interface Entry {
  el: HTMLElement;
  clock: SlaClockValue;
}
const entries = new Set<Entry>();
const staleListeners = new Set<() => void>();
let timer: number | undefined;
let staleFired = new Set<string>();

function tick(): void {
  const now = serverNow();
  let stale = false;
  for (const e of entries) {
    const r = remainingAt(e.clock, now);
    if (e.clock.state !== 'none') {
      const text = formatDuration(r.seconds);
      if (e.el.textContent !== text) e.el.textContent = text;
      e.el.classList.toggle('overdue', r.seconds < 0);
    }
    if (r.stale && e.clock.nextChange && !staleFired.has(e.clock.nextChange + e.clock.asOf)) {
      staleFired.add(e.clock.nextChange + e.clock.asOf);
      stale = true;
    }
  }
  if (stale) for (const l of staleListeners) l();
}

export function registerCountdown(el: HTMLElement, clock: SlaClockValue): () => void {
  const e = { el, clock };
  entries.add(e);
  if (timer === undefined) timer = window.setInterval(tick, 1000);
  return () => {
    entries.delete(e);
    if (entries.size === 0 && timer !== undefined) {
      window.clearInterval(timer);
      timer = undefined;
      staleFired = new Set();
    }
  };
}

/** Called when a displayed clock reaches its nextChange (the page re-fetches). */
export function onClockBoundary(listener: () => void): () => void {
  staleListeners.add(listener);
  return () => staleListeners.delete(listener);
}
