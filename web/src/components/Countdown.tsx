// The SLA time left of one ticket: text set at render, then kept current by the shared ticker.
import { useEffect, useRef } from 'preact/hooks';
import { serverNow } from '../api';
import { remainingAt, registerCountdown, slaClockOf } from '../sla';
import { formatDuration, formatInstant } from '../format';
import { t, tk } from '../i18n/index';
import type { Ticket } from '../types';

export function Countdown({ ticket, showState = true, compact = false }: { ticket: Ticket; showState?: boolean; compact?: boolean }) {
  const clock = slaClockOf(ticket);
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!clock || !ref.current) return;
    return registerCountdown(ref.current, clock);
  }, [clock?.asOf, clock?.state, clock?.remainingSeconds, clock?.nextChange]);
  if (!clock) return <span class="muted">—</span>;
  if (clock.state === 'none') return <span class="clock clock-none">{t('clock.none')}</span>;
  const r = remainingAt(clock, serverNow());
  return (
    <span class={`clock clock-${clock.state}`}>
      <span
        ref={ref}
        class={r.seconds < 0 ? 'remaining overdue' : 'remaining'}
        data-state={clock.state}
        data-remaining={clock.remainingSeconds}
        data-asof={clock.asOf}
      >
        {formatDuration(r.seconds)}
      </span>
      {r.seconds < 0 ? <span class="sr-only"> {t('clock.overdue')}</span> : null}
      {showState && clock.state !== 'running' ? (
        <span class="clock-state">
          {' '}
          ({tk('clock', clock.state)}
          {!compact && clock.nextChange && clock.state !== 'stopped' ? ' ' + t('clock.resumes', { at: formatInstant(clock.nextChange) }) : ''})
        </span>
      ) : null}
    </span>
  );
}
