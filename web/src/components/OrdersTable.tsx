// Product orders: state, milestone, dates, late flag; details with milestones and late notices.
import { formatCents, formatDate, formatInstant } from '../format';
import { t } from '../i18n/index';
import type { Order } from '../types';

export function isLate(o: Order): boolean {
  if (o.lateActivationNotice && o.lateActivationNotice.length > 0) return true;
  const target = o.expectedCompletionDate as string | undefined;
  if (!target || o.activationDate || o.state === 'completed' || o.state === 'cancelled') return false;
  return target < new Date().toISOString().slice(0, 10);
}

function day(s: unknown): string {
  if (typeof s !== 'string' || !s) return '—';
  return s.length === 10 ? s.split('-').reverse().join('/') : formatDate(s);
}

export function OrdersTable({ orders, staff }: { orders: Order[]; staff: boolean }) {
  if (orders.length === 0) return <p>{t('orders.empty')}</p>;
  return (
    <div class="orders">
      {orders.map((o) => {
        const late = isLate(o);
        const customer = o.relatedParty?.find((p) => p.role === 'customer')?.id;
        const oneTime = o.orderTotalPrice?.find((p) => p.priceType === 'oneTime')?.price?.dutyFreeAmount?.valueCents;
        return (
          <article key={o.id} class={late ? 'card order late' : 'card order'} aria-labelledby={`order-${o.id}`}>
            <h2 id={`order-${o.id}`}>
              {t('orders.number')} {o.id}
              {o.externalId ? ` — ${o.externalId}` : ''} {late ? <span class="badge badge-late">{t('orders.late')}</span> : null}
            </h2>
            <dl class="summary">
              {staff && customer ? (
                <>
                  <dt>{t('tickets.customer')}</dt>
                  <dd>
                    <a href={`#/customers/${customer}`}>{customer}</a>
                  </dd>
                </>
              ) : null}
              <dt>{t('orders.state')}</dt>
              <dd>{o.state}</dd>
              <dt>{t('orders.milestone')}</dt>
              <dd>{o.milestone ?? '—'}</dd>
              <dt>{t('orders.orderDate')}</dt>
              <dd>{formatInstant(o.orderDate)}</dd>
              <dt>{t('tickets.due')}</dt>
              <dd>{day(o.expectedCompletionDate)}</dd>
              {o.requestedCompletionDate ? (
                <>
                  <dt>{t('orders.requested')}</dt>
                  <dd>{day(o.requestedCompletionDate)}</dd>
                </>
              ) : null}
              <dt>{t('orders.items')}</dt>
              <dd>{o.productOrderItem?.map((i) => i.productOffering?.name ?? i.productOffering?.id).join(', ')}</dd>
              {oneTime !== undefined ? (
                <>
                  <dt>{t('orders.total')}</dt>
                  <dd>{formatCents(oneTime)}</dd>
                </>
              ) : null}
            </dl>
            {o.lateActivationNotice?.length ? (
              <section class="late-notices">
                <h3>{t('orders.lateNotice')}</h3>
                <ul>
                  {o.lateActivationNotice.map((n, i) => (
                    <li key={i}>
                      {formatInstant(n.date as string)}: {String(n.reason ?? '')}
                      {n.newPlannedDate ? ` → ${day(n.newPlannedDate)}` : ''}
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            <details>
              <summary>{t('orders.history')}</summary>
              <ol class="milestones">
                {o.milestoneHistory?.map((m, i) => (
                  <li key={i}>
                    {formatInstant(m.date)} — {m.milestone}
                    {m.note ? `: ${m.note}` : ''}
                  </li>
                ))}
              </ol>
            </details>
          </article>
        );
      })}
    </div>
  );
}
