// The service desk's queue: open tickets by due instant with the live SLA countdown.
import { useEffect, useState } from 'preact/hooks';
import { query } from '../../api';
import { ErrorBox } from '../../components/ErrorBox';
import { OPEN, StatusSelect } from '../../components/StatusSelect';
import { TicketTable } from '../../components/TicketTable';
import { usePoll } from '../../hooks';
import { t } from '../../i18n/index';
import { listTickets } from '../../ticketApi';
import { canHandleTickets, type Customer, type User } from '../../types';
import { loadCustomers } from './customerCache';

// Only what the queue shows: keeps 1,000 tickets light.
const QUEUE_FIELDS = 'id,priority,status,ticketType,relatedParty,relatedEntity,description,expectedResolutionDate,characteristic';
// The SLA tier ids of ids.md (T-15).
const TIERS = ['basic', 'medium', 'premium', 'default'];

// The queue's query with its default filters: what the first load shows.
export function queueQuery(f: { status: string; priority: string; tier: string; customer: string; breached: boolean; dueBefore: string }): string {
  const due = f.dueBefore ? new Date(f.dueBefore) : null;
  return query({
    status: f.status,
    priority: f.priority,
    slaTier: f.tier,
    'relatedParty.id': f.customer,
    breached: f.breached ? 'true' : '',
    'expectedResolutionDate.lt': due && !Number.isNaN(due.getTime()) ? due.toISOString() : '',
    sort: 'expectedResolutionDate',
    limit: 1000,
    fields: QUEUE_FIELDS,
  });
}
export const DEFAULT_QUEUE_QUERY = () =>
  queueQuery({ status: OPEN, priority: '', tier: '', customer: '', breached: false, dueBefore: '' });

export function Queue({ user }: { user: User }) {
  const [priority, setPriority] = useState('');
  const [status, setStatus] = useState(OPEN);
  const [tier, setTier] = useState('');
  const [customer, setCustomer] = useState('');
  const [breached, setBreached] = useState(false);
  const [dueBefore, setDueBefore] = useState('');
  const [customers, setCustomers] = useState<Customer[]>([]);
  useEffect(() => {
    loadCustomers().then(setCustomers, () => setCustomers([]));
  }, []);
  const q = queueQuery({ status, priority, tier, customer, breached, dueBefore });
  const list = usePoll(() => listTickets(q), `queue${q}`);
  const names = new Map(customers.map((c) => [c.id, c.name]));
  const sel = (set: (v: string) => void) => (e: Event) => set((e.target as HTMLSelectElement).value);
  return (
    <>
      <h1>{t('queue.title')}</h1>
      {!canHandleTickets(user) ? <p class="notice">{t('staff.readOnly')}</p> : null}
      <form class="filters" aria-label={t('queue.filters')} onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="q-priority">{t('tickets.priority')}</label>
          <select id="q-priority" value={priority} onChange={sel(setPriority)}>
            <option value="">{t('queue.allPriorities')}</option>
            {['P1', 'P2', 'P3', 'P4'].map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </div>
        <StatusSelect id="q-status" label={t('tickets.status')} value={status} onChange={setStatus} openFirst />
        <div class="field">
          <label for="q-tier">{t('tickets.tier')}</label>
          <select id="q-tier" value={tier} onChange={sel(setTier)}>
            <option value="">{t('queue.allTiers')}</option>
            {TIERS.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="q-customer">{t('tickets.customer')}</label>
          <select id="q-customer" value={customer} onChange={sel(setCustomer)}>
            <option value="">{t('queue.allCustomers')}</option>
            {customers.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="q-due">{t('tickets.due')} &lt;</label>
          <input id="q-due" type="datetime-local" value={dueBefore} onChange={(e) => setDueBefore((e.target as HTMLInputElement).value)} />
        </div>
        <div class="field field-check">
          <input id="q-breached" type="checkbox" checked={breached} onChange={(e) => setBreached((e.target as HTMLInputElement).checked)} />
          <label for="q-breached">{t('queue.breachedOnly')}</label>
        </div>
      </form>
      <ErrorBox error={list.error} />
      {list.loading && !list.data ? <p>{t('loading')}</p> : null}
      {list.data ? (
        <>
          <p class="muted" aria-live="off">
            {t('tickets.count', { n: list.data.length })}
          </p>
          <TicketTable tickets={list.data} staff customerNames={names} />
        </>
      ) : null}
    </>
  );
}
