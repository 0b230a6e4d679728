// A list of tickets as one table (stacked cards on narrow screens), with the live SLA countdown.
// Up to 1,000 rows (the console's queue): each row is its own component that re-renders only when
// what it shows changes (not for a poll that brings the same values, nor for the other rows when
// the customers' names arrive); in the console, on wide screens, each row is a grid with
// `content-visibility: auto` (app.css), so the browser lays out the content of the rows near the
// viewport only. The explicit ARIA roles keep the table's semantics whatever its CSS display.
import { Component } from 'preact';
import { serverNow } from '../api';
import { formatInstant } from '../format';
import { currentLang, t, tk } from '../i18n/index';
import { remainingAt, slaClockOf } from '../sla';
import { charValue, type Ticket } from '../types';
import { Countdown } from './Countdown';
import { customerOf, lineOf, PriorityBadge, StatusBadge } from './TicketParts';

interface Labels {
  number: string;
  priority: string;
  remaining: string;
  due: string;
  status: string;
  type: string;
  customer: string;
  tier: string;
  line: string;
  description: string;
}

interface RowProps {
  ticket: Ticket;
  staff: boolean;
  customer: string;
  labels: Labels;
}

// What a row shows of its ticket at `now`: a poll that brings the same values leaves the row
// alone. A running clock is compared by its deadline (asOf + remainingSeconds: the server moves
// asOf on every answer) and by whether it is overdue (the row then adds "overdue" for screen
// readers); the shared ticker keeps the countdown text current in between.
function shown(x: Ticket, now: number): string {
  const c = slaClockOf(x);
  let clock = '';
  if (c && c.state === 'running') {
    clock = `running ${Date.parse(c.asOf) / 1000 + c.remainingSeconds} ${c.nextChange ?? ''} ${remainingAt(c, now).seconds < 0}`;
  } else if (c) {
    clock = `${c.state} ${c.remainingSeconds} ${c.nextChange ?? ''}`;
  }
  const tier = charValue<string>(x.characteristic, 'slaTier');
  return [x.id, x.priority, x.status, x.ticketType, x.expectedResolutionDate, x.description, lineOf(x), tier, clock].join('\u0000');
}

class TicketRow extends Component<RowProps> {
  private drawn = '';
  shouldComponentUpdate(next: RowProps): boolean {
    const p = this.props;
    if (next.staff !== p.staff || next.customer !== p.customer || next.labels !== p.labels) return true;
    return next.ticket !== p.ticket && shown(next.ticket, serverNow()) !== this.drawn;
  }
  render({ ticket, staff, customer, labels: l }: RowProps) {
    this.drawn = shown(ticket, serverNow());
    return (
      <tr role="row" data-ticket={ticket.id}>
        <th scope="row" role="rowheader" data-label={l.number} class="nowrap">
          <a href={`#/tickets/${encodeURIComponent(ticket.id)}`}>{ticket.id}</a>
        </th>
        <td role="cell" data-label={l.priority}>
          <PriorityBadge priority={ticket.priority} />
        </td>
        <td role="cell" data-label={l.remaining} class="countdown-cell">
          <Countdown ticket={ticket} compact />
        </td>
        <td role="cell" data-label={l.due}>{formatInstant(ticket.expectedResolutionDate) || '—'}</td>
        <td role="cell" data-label={l.status}>
          <StatusBadge status={ticket.status} />
        </td>
        <td role="cell" data-label={l.type}>{tk('type', ticket.ticketType)}</td>
        {staff ? <td role="cell" data-label={l.customer}>{customer}</td> : null}
        {staff ? <td role="cell" data-label={l.tier}>{charValue<string>(ticket.characteristic, 'slaTier') ?? '—'}</td> : null}
        <td role="cell" data-label={l.line}>{lineOf(ticket) ?? '—'}</td>
        <td role="cell" data-label={l.description} class="desc">
          {ticket.description}
        </td>
      </tr>
    );
  }
}

// The labels object is kept while the language stays the same, so that the rows are not
// re-rendered for a new but equal object (and are, in full, when the language changes).
let labelsCache: { key: string; labels: Labels } | null = null;
function labels(): Labels {
  const l: Labels = {
    number: t('tickets.number'),
    priority: t('tickets.priority'),
    remaining: t('tickets.remaining'),
    due: t('tickets.due'),
    status: t('tickets.status'),
    type: t('tickets.type'),
    customer: t('tickets.customer'),
    tier: t('tickets.tier'),
    line: t('tickets.line'),
    description: t('tickets.description'),
  };
  const key = currentLang() + '\n' + Object.values(l).join('\n');
  if (labelsCache?.key !== key) labelsCache = { key, labels: l };
  return labelsCache.labels;
}

export function TicketTable({ tickets, staff, customerNames }: { tickets: Ticket[]; staff: boolean; customerNames?: Map<string, string> }) {
  if (tickets.length === 0) return <p>{t('tickets.empty')}</p>;
  const l = labels();
  return (
    <div class="table-wrap" role="region" aria-label={t('tickets.title')} tabIndex={0}>
      <table role="table" class={staff ? 'table tickets tickets-staff' : 'table tickets'}>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader" class="col-num">{l.number}</th>
            <th scope="col" role="columnheader" class="col-short">{l.priority}</th>
            <th scope="col" role="columnheader" class="col-clock">{l.remaining}</th>
            <th scope="col" role="columnheader" class="col-date">{l.due}</th>
            <th scope="col" role="columnheader" class="col-status">{l.status}</th>
            <th scope="col" role="columnheader" class="col-mid">{l.type}</th>
            {staff ? <th scope="col" role="columnheader" class="col-mid">{l.customer}</th> : null}
            {staff ? <th scope="col" role="columnheader" class="col-short">{l.tier}</th> : null}
            <th scope="col" role="columnheader" class="col-short">{l.line}</th>
            <th scope="col" role="columnheader">{l.description}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {tickets.map((tk0) => {
            const cust = staff ? customerOf(tk0) : undefined;
            return (
              <TicketRow
                key={tk0.id}
                ticket={tk0}
                staff={staff}
                customer={cust ? customerNames?.get(cust) ?? cust : '—'}
                labels={l}
              />
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
