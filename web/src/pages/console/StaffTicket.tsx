// One ticket in the console: summary with the live countdown, staff actions, escalation,
// status history, notes and attachments.
import { TicketHeading } from '../../components/TicketHeading';
import { Attachments, Notes, StatusHistory, TicketSummary } from '../../components/TicketParts';
import { usePoll } from '../../hooks';
import { t } from '../../i18n/index';
import { loadTicket } from '../../ticketApi';
import { canHandleTickets, type User } from '../../types';
import { TicketNotFound } from '../portal/PortalTicket';
import { EscalationPanel } from './Escalation';
import { PriorityForm, StatusForm, StopClockForm } from './StaffActions';

export function StaffTicket({ id, user }: { id: string; user: User }) {
  const r = usePoll(() => loadTicket(id), `ticket-${id}`);
  if (r.error && (r.error.status === 404 || r.error.status === 403)) return <TicketNotFound back="#/queue" />;
  const tk0 = r.data?.ticket;
  const canWrite = canHandleTickets(user);
  const closed = tk0 && ['closed', 'cancelled'].includes(tk0.status);
  return (
    <>
      <TicketHeading id={id} back="#/queue" error={r.error} loading={!tk0 && r.loading} />
      {tk0 ? (
        <div class="ticket-grid">
          <div>
            <p class="description">{tk0.description}</p>
            <TicketSummary ticket={tk0} staff />
          </div>
          {canWrite && !closed ? (
            <section aria-labelledby="act-h" class="actions">
              <h2 id="act-h">{t('staff.actions')}</h2>
              <PriorityForm key={`p-${r.data!.etag}`} ticket={tk0} etag={r.data!.etag} onChanged={r.reload} />
              <StatusForm key={`s-${r.data!.etag}`} ticket={tk0} etag={r.data!.etag} onChanged={r.reload} />
              <StopClockForm ticket={tk0} etag={r.data!.etag} onChanged={r.reload} />
            </section>
          ) : !canWrite ? (
            <p class="notice">{t('staff.readOnly')}</p>
          ) : null}
          <EscalationPanel ticket={tk0} canWrite={canWrite} onChanged={r.reload} />
          <StatusHistory ticket={tk0} />
          <Notes ticket={tk0} etag={r.data!.etag} onChanged={r.reload} />
          <Attachments ticket={tk0} etag={r.data!.etag} onChanged={r.reload} />
        </div>
      ) : null}
    </>
  );
}
