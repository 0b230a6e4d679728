// The representative's tickets, filtered by status.
import { useState } from 'preact/hooks';
import { query } from '../../api';
import { ErrorBox } from '../../components/ErrorBox';
import { TicketTable } from '../../components/TicketTable';
import { usePoll } from '../../hooks';
import { t, tk } from '../../i18n/index';
import { listTickets } from '../../ticketApi';

export const STATUSES = ['acknowledged', 'inProgress', 'pending', 'resolved', 'closed', 'cancelled'];
export const OPEN = 'acknowledged,inProgress,pending';

export function PortalTickets() {
  const [status, setStatus] = useState('');
  const q = query({ status, sort: 'expectedResolutionDate' });
  const list = usePoll(() => listTickets(q), `rep-tickets${q}`);
  return (
    <>
      <h1>{t('tickets.title')}</h1>
      <div class="filters">
        <div class="field">
          <label for="f-status">{t('tickets.filterStatus')}</label>
          <select id="f-status" value={status} onChange={(e) => setStatus((e.target as HTMLSelectElement).value)}>
            <option value="">{t('tickets.allStatuses')}</option>
            <option value={OPEN}>{t('tickets.openStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {tk('status', s)}
              </option>
            ))}
          </select>
        </div>
        <p>
          <a href="#/new-ticket" class="button">
            {t('nav.newTicket')}
          </a>
        </p>
      </div>
      <ErrorBox error={list.error} />
      {list.loading && !list.data ? <p>{t('loading')}</p> : null}
      {list.data ? <TicketTable tickets={list.data} staff={false} /> : null}
    </>
  );
}
