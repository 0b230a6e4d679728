// The staff's view of usage (U-13): the throttles of a month with the state of their enforcement
// on the NAS, and the accounting User-Names that no line carries with their volume (kept, never
// dropped), for the month chosen; and one line's usage card (the portal's, with the Volume Pack
// order) at #/usage/line/{id}.
import { useState } from 'preact/hooks';
import { PRODUCTS, serverNow, get } from '../../api';
import { ErrorBox } from '../../components/ErrorBox';
import { brusselsMonth, formatGigabytes, formatInstant } from '../../format';
import { usePoll } from '../../hooks';
import { t, tk } from '../../i18n/index';
import type { Customer, Product, Throttle, UnmatchedUser } from '../../types';
import { lineCustomer, listThrottles, listUnmatched } from '../../usageApi';
import { LineUsageCard } from '../portal/Usage';
import { loadCustomers } from './customerCache';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

interface ThrottleRow extends Throttle {
  customer?: Customer | { id: string; name?: string };
}

// The throttles with the customer of each line (the throttle names the line only).
async function loadThrottles(month: string): Promise<ThrottleRow[]> {
  const [throttles, customers] = await Promise.all([listThrottles(month), loadCustomers().catch(() => [] as Customer[])]);
  const ids = await Promise.all(throttles.map((th) => lineCustomer(th.line).catch(() => undefined)));
  return throttles.map((th, i) => {
    const id = ids[i];
    return { ...th, customer: id ? (customers.find((c) => c.id === id) ?? { id }) : undefined };
  });
}

function ThrottleTable({ rows }: { rows: ThrottleRow[] }) {
  if (rows.length === 0) return <p>{t('cusage.noThrottles')}</p>;
  return (
    <div class="table-wrap">
      <table class="table usage-throttles">
        <thead>
          <tr>
            <th scope="col">{t('lines.line')}</th>
            <th scope="col">{t('tickets.customer')}</th>
            <th scope="col">{t('cusage.userName')}</th>
            <th scope="col">{t('cusage.state')}</th>
            <th scope="col">{t('cusage.since')}</th>
            <th scope="col">{t('cusage.until')}</th>
            <th scope="col">{t('cusage.profile')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.line}-${r.since}`} data-line={r.line}>
              <th scope="row" data-label={t('lines.line')}>
                <a href={`#/usage/line/${encodeURIComponent(r.line)}`}>{r.line}</a>
              </th>
              <td data-label={t('tickets.customer')}>
                {r.customer ? <a href={`#/customers/${encodeURIComponent(r.customer.id)}`}>{r.customer.name ?? r.customer.id}</a> : '—'}
              </td>
              <td data-label={t('cusage.userName')} class="desc">
                {r.radiusUserName}
              </td>
              <td data-label={t('cusage.state')}>
                <span class={r.reducesSpeed ? 'badge badge-late' : 'badge'}>{tk('throttle.state', r.state)}</span>
                {r.lastError ? <span class="clock-state"> {r.lastError}</span> : null}
              </td>
              <td data-label={t('cusage.since')}>{formatInstant(r.since)}</td>
              <td data-label={t('cusage.until')}>
                {r.liftedAt ? t('throttle.liftedAt', { at: formatInstant(r.liftedAt) }) : formatInstant(r.until)}
              </td>
              <td data-label={t('cusage.profile')}>{r.profile}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function UnmatchedTable({ rows }: { rows: UnmatchedUser[] }) {
  if (rows.length === 0) return <p>{t('cusage.noUnmatched')}</p>;
  return (
    <table class="table usage-unmatched">
      <thead>
        <tr>
          <th scope="col">{t('cusage.userName')}</th>
          <th scope="col">{t('usage.volume')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((u) => (
          <tr key={u.radiusUserName}>
            <th scope="row" data-label={t('cusage.userName')} class="desc">
              {u.radiusUserName}
            </th>
            <td data-label={t('usage.volume')}>{formatGigabytes(u.volumeBytes)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ConsoleUsage() {
  const [input, setInput] = useState(() => brusselsMonth(serverNow()));
  const month = MONTH.test(input) ? input : brusselsMonth(serverNow());
  const throttles = usePoll(() => loadThrottles(month), `usage-throttles-${month}`);
  const unmatched = usePoll(() => listUnmatched(month), `usage-unmatched-${month}`);
  return (
    <>
      <h1>{t('cusage.title')}</h1>
      <p>{t('cusage.intro')}</p>
      <form class="filters" aria-label={t('queue.filters')} onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="usage-month">{t('usage.month')}</label>
          <input
            id="usage-month"
            type="month"
            required
            pattern="[0-9]{4}-[0-9]{2}"
            value={input}
            aria-describedby="usage-month-hint"
            onInput={(e) => setInput((e.target as HTMLInputElement).value)}
          />
          <p class="hint" id="usage-month-hint">
            {t('cusage.monthHint')}
          </p>
        </div>
      </form>
      <section aria-labelledby="u-throttles">
        <h2 id="u-throttles">{t('cusage.throttles', { month })}</h2>
        <ErrorBox error={throttles.error} />
        {throttles.loading && !throttles.data ? <p>{t('loading')}</p> : null}
        {throttles.data ? <ThrottleTable rows={throttles.data} /> : null}
      </section>
      <section aria-labelledby="u-unmatched">
        <h2 id="u-unmatched">{t('cusage.unmatched', { month })}</h2>
        <p class="muted">{t('cusage.unmatchedIntro')}</p>
        <ErrorBox error={unmatched.error} />
        {unmatched.loading && !unmatched.data ? <p>{t('loading')}</p> : null}
        {unmatched.data ? <UnmatchedTable rows={unmatched.data} /> : null}
      </section>
    </>
  );
}

/** One line's usage this month for the staff, with the Volume Pack order (usage.volumePack). */
export function ConsoleLineUsage({ id }: { id: string }) {
  const line = usePoll(() => get<Product>(`${PRODUCTS}/${encodeURIComponent(id)}`), `usage-line-${id}`, { poll: false });
  const customer = line.data?.relatedParty?.find((r) => r.role === 'customer')?.id;
  const customers = usePoll(() => loadCustomers(), 'usage-line-customers', { poll: false });
  const customerName = customers.data?.find((c) => c.id === customer)?.name;
  return (
    <>
      <p>
        <a href="#/usage">← {t('cusage.title')}</a>
        {customer ? (
          <>
            {' · '}
            <a href={`#/customers/${encodeURIComponent(customer)}`}>{customerName ?? `${t('tickets.customer')} ${customer}`}</a>
          </>
        ) : null}
      </p>
      <h1>{t('cusage.lineTitle', { line: id })}</h1>
      <ErrorBox error={line.error} />
      {line.loading && !line.data ? <p>{t('loading')}</p> : null}
      {line.data ? <LineUsageCard p={line.data} /> : null}
    </>
  );
}
