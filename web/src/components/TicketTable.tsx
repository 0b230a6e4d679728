// A list of tickets as one table (stacked cards on narrow screens), with the live SLA countdown.
import { formatInstant } from '../format';
import { t, tk } from '../i18n/index';
import { charValue, type Ticket } from '../types';
import { Countdown } from './Countdown';
import { customerOf, lineOf, PriorityBadge, StatusBadge } from './TicketParts';

export function TicketTable({ tickets, staff, customerNames }: { tickets: Ticket[]; staff: boolean; customerNames?: Map<string, string> }) {
  if (tickets.length === 0) return <p>{t('tickets.empty')}</p>;
  return (
    <div class="table-wrap" role="region" aria-label={t('tickets.title')} tabIndex={0}>
    <table class="table tickets">
      <thead>
        <tr>
          <th scope="col" class="col-num">{t('tickets.number')}</th>
          <th scope="col" class="col-short">{t('tickets.priority')}</th>
          <th scope="col" class="col-clock">{t('tickets.remaining')}</th>
          <th scope="col" class="col-date">{t('tickets.due')}</th>
          <th scope="col" class="col-status">{t('tickets.status')}</th>
          <th scope="col" class="col-mid">{t('tickets.type')}</th>
          {staff ? <th scope="col" class="col-mid">{t('tickets.customer')}</th> : null}
          {staff ? <th scope="col" class="col-short">{t('tickets.tier')}</th> : null}
          <th scope="col" class="col-short">{t('tickets.line')}</th>
          <th scope="col">{t('tickets.description')}</th>
        </tr>
      </thead>
      <tbody>
        {tickets.map((tk0) => {
          const cust = customerOf(tk0);
          return (
            <tr key={tk0.id} data-ticket={tk0.id}>
              <th scope="row" data-label={t('tickets.number')} class="nowrap">
                <a href={`#/tickets/${encodeURIComponent(tk0.id)}`}>{tk0.id}</a>
              </th>
              <td data-label={t('tickets.priority')}>
                <PriorityBadge priority={tk0.priority} />
              </td>
              <td data-label={t('tickets.remaining')} class="countdown-cell">
                <Countdown ticket={tk0} compact />
              </td>
              <td data-label={t('tickets.due')}>{formatInstant(tk0.expectedResolutionDate) || '—'}</td>
              <td data-label={t('tickets.status')}>
                <StatusBadge status={tk0.status} />
              </td>
              <td data-label={t('tickets.type')}>{tk('type', tk0.ticketType)}</td>
              {staff ? <td data-label={t('tickets.customer')}>{cust ? customerNames?.get(cust) ?? cust : '—'}</td> : null}
              {staff ? <td data-label={t('tickets.tier')}>{charValue<string>(tk0.characteristic, 'slaTier') ?? '—'}</td> : null}
              <td data-label={t('tickets.line')}>{lineOf(tk0) ?? '—'}</td>
              <td data-label={t('tickets.description')} class="desc">
                {tk0.description}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
    </div>
  );
}
