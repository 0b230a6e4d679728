// The console's customers: the list, and one customer's sites, representatives, lines and tickets.
import { CUSTOMERS, PRODUCTS, get, query } from '../../api';
import { ErrorBox } from '../../components/ErrorBox';
import { NotificationList } from '../../components/NotificationList';
import { TicketTable } from '../../components/TicketTable';
import { usePoll } from '../../hooks';
import { t } from '../../i18n/index';
import { listTickets } from '../../ticketApi';
import type { Customer, Notification, Product, Representative, Site } from '../../types';
import { LineCard } from '../portal/Lines';
import { loadCustomers } from './customerCache';

export function CustomersList() {
  const list = usePoll(() => loadCustomers(true), 'customers');
  return (
    <>
      <h1>{t('cust.title')}</h1>
      <ErrorBox error={list.error} />
      {list.loading && !list.data ? <p>{t('loading')}</p> : null}
      {list.data ? (
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t('cust.name')}</th>
              <th scope="col">{t('lines.status')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((c) => (
              <tr key={c.id}>
                <th scope="row" data-label={t('cust.name')}>
                  <a href={`#/customers/${encodeURIComponent(c.id)}`}>{c.name}</a>
                </th>
                <td data-label={t('lines.status')}>{c.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

interface CustomerData {
  customer: Customer;
  sites: Site[];
  reps: Representative[];
  lines: Product[];
}

export function CustomerPage({ id }: { id: string }) {
  const enc = encodeURIComponent(id);
  const data = usePoll<CustomerData>(async () => {
    const [customer, sites, reps, lines] = await Promise.all([
      get<Customer>(`${CUSTOMERS}/${enc}`),
      get<Site[]>(`/api/v1/customer/${enc}/site`),
      get<Representative[]>(`/api/v1/customer/${enc}/representative`),
      get<Product[]>(PRODUCTS + query({ 'relatedParty.id': id })),
    ]);
    return { customer, sites, reps, lines };
  }, `customer-${id}`);
  const tq = query({ 'relatedParty.id': id, sort: 'expectedResolutionDate' });
  const tickets = usePoll(() => listTickets(tq), `customer-tickets${tq}`);
  const notifs = usePoll(() => get<Notification[]>('/api/v1/notification' + query({ customer: id })), `customer-notifs-${id}`);
  const d = data.data;
  return (
    <>
      <p>
        <a href="#/customers">← {t('cust.title')}</a>
      </p>
      <h1>{d ? d.customer.name : t('tickets.customer') + ' ' + id}</h1>
      <ErrorBox error={data.error} />
      {!d && data.loading ? <p>{t('loading')}</p> : null}
      {d ? (
        <>
          <section aria-labelledby="c-sites">
            <h2 id="c-sites">{t('cust.sites')}</h2>
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">{t('cust.name')}</th>
                  <th scope="col">{t('cust.address')}</th>
                </tr>
              </thead>
              <tbody>
                {d.sites.map((s) => (
                  <tr key={s.id}>
                    <td data-label={t('cust.name')}>
                      {s.name} <span class="muted">#{s.id}</span>
                    </td>
                    <td data-label={t('cust.address')}>{[s.address?.street1, `${s.address?.postCode ?? ''} ${s.address?.city ?? ''}`, s.address?.country].filter(Boolean).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section aria-labelledby="c-reps">
            <h2 id="c-reps">{t('cust.reps')}</h2>
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">{t('cust.name')}</th>
                  <th scope="col">{t('cust.function')}</th>
                  <th scope="col">{t('email')}</th>
                  <th scope="col">{t('cust.phone')}</th>
                </tr>
              </thead>
              <tbody>
                {d.reps.map((r) => (
                  <tr key={r.id}>
                    <td data-label={t('cust.name')}>{r.name}</td>
                    <td data-label={t('cust.function')}>{r.role}</td>
                    <td data-label={t('email')}>{r.email}</td>
                    <td data-label={t('cust.phone')}>{r.phone}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section aria-labelledby="c-lines">
            <h2 id="c-lines">{t('cust.lines')}</h2>
            {d.lines.length === 0 ? <p>{t('lines.empty')}</p> : null}
            <div class="cards cards-h3">
              {d.lines.map((p) => (
                <LineCard key={p.id} p={p}>
                  <p>
                    <a href={`#/usage/line/${encodeURIComponent(p.id)}`}>{t('cusage.lineLink', { line: p.id })}</a>
                    {' · '}
                    <a href={`#/availability/line/${encodeURIComponent(p.id)}`}>{t('cavail.lineLink', { line: p.id })}</a>
                  </p>
                </LineCard>
              ))}
            </div>
          </section>
        </>
      ) : null}
      <section aria-labelledby="c-tickets">
        <h2 id="c-tickets">{t('cust.tickets')}</h2>
        <ErrorBox error={tickets.error} />
        {tickets.data ? <TicketTable tickets={tickets.data} staff /> : null}
      </section>
      <section aria-labelledby="c-notifs">
        <h2 id="c-notifs">{t('notif.title')}</h2>
        <ErrorBox error={notifs.error} />
        {notifs.data ? <NotificationList items={notifs.data} /> : null}
      </section>
    </>
  );
}
