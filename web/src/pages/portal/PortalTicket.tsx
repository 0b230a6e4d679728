// One ticket as its representative sees it: summary, status history, notes, attachments.
import { TicketHeading } from '../../components/TicketHeading';
import { Attachments, Notes, StatusHistory, TicketSummary } from '../../components/TicketParts';
import { usePoll } from '../../hooks';
import { t } from '../../i18n/index';
import { loadTicket } from '../../ticketApi';
import type { User } from '../../types';

export function TicketNotFound({ back }: { back: string }) {
  return (
    <>
      <h1>{t('notFound')}</h1>
      <p class="not-found">{t('ticketNotFound')}</p>
      <p>
        <a href={back}>{t('tickets.back')}</a>
      </p>
    </>
  );
}

export function PortalTicket({ id }: { id: string; user: User }) {
  const r = usePoll(() => loadTicket(id), `ticket-${id}`);
  if (r.error && (r.error.status === 404 || r.error.status === 403)) return <TicketNotFound back="#/tickets" />;
  const tk0 = r.data?.ticket;
  return (
    <>
      <TicketHeading id={id} back="#/tickets" error={r.error} loading={!tk0 && r.loading} />
      {tk0 ? (
        <>
          <p class="description">{tk0.description}</p>
          <TicketSummary ticket={tk0} staff={false} />
          <StatusHistory ticket={tk0} />
          <Notes ticket={tk0} etag={r.data!.etag} onChanged={r.reload} />
          <Attachments ticket={tk0} etag={r.data!.etag} onChanged={r.reload} />
        </>
      ) : null}
    </>
  );
}
