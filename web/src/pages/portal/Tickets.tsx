// The representative's tickets, filtered by status.
import { useState } from 'preact/hooks';
import { query } from '../../api';
import { ErrorBox } from '../../components/ErrorBox';
import { StatusSelect } from '../../components/StatusSelect';
import { TicketTable } from '../../components/TicketTable';
import { usePoll } from '../../hooks';
import { t } from '../../i18n/index';
import { listTickets } from '../../ticketApi';


export function PortalTickets() {
  const [status, setStatus] = useState('');
  const q = query({ status, sort: 'expectedResolutionDate' });
  const list = usePoll(() => listTickets(q), `rep-tickets${q}`);
  return (
    <>
      <h1>{t('tickets.title')}</h1>
      <div class="filters">
        <StatusSelect id="f-status" label={t('tickets.filterStatus')} value={status} onChange={setStatus} />
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
