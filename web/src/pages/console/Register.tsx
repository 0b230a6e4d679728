// The service desk registers a phone call: customer, then its verified caller (DESK-012), then
// the event; channel phone, so a P1 is allowed (DESK-023).
import { useEffect, useState } from 'preact/hooks';
import { ApiError, PRODUCTS, get, query } from '../../api';
import { ErrorBox, errorFor } from '../../components/ErrorBox';
import { Field, fieldProps } from '../../components/Field';
import { TicketForm } from '../../components/TicketForm';
import { t } from '../../i18n/index';
import type { Customer, Product, Representative, User } from '../../types';
import { loadCustomers } from './customerCache';

export function Register(_: { user: User }) {
  const [customers, setCustomers] = useState<Customer[]>([]);
  const [customer, setCustomer] = useState('');
  const [reps, setReps] = useState<Representative[]>([]);
  const [rep, setRep] = useState('');
  const [lines, setLines] = useState<Product[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [partyErr, setPartyErr] = useState<ApiError | null>(null);
  useEffect(() => {
    loadCustomers().then(setCustomers, (e) => setError(e));
  }, []);
  useEffect(() => {
    setRep('');
    setReps([]);
    setLines([]);
    if (!customer) return;
    get<Representative[]>(`/api/v1/customer/${encodeURIComponent(customer)}/representative`).then(setReps, setError);
    get<Product[]>(PRODUCTS + query({ 'relatedParty.id': customer, status: 'active' })).then(setLines, setError);
  }, [customer]);
  const custErr = partyErr && errorFor(partyErr, ['relatedParty[0]']) ? partyErr : undefined;
  const repErr = partyErr && !custErr ? errorFor(partyErr, ['relatedParty']) : undefined;
  const picked = reps.find((r) => r.id === rep);
  return (
    <>
      <h1>{t('new.registerTitle')}</h1>
      <ErrorBox error={error} />
      <TicketForm
        lines={lines}
        channel="phone"
        parties={customer && rep ? { customer, reporter: rep } : undefined}
        submitLabel={t('new.register')}
        disabled={!customer || !rep}
        partyError={setPartyErr}
        before={
          <>
            <Field id="reg-customer" label={t('new.customer')} error={custErr}>
              <select {...fieldProps('reg-customer', custErr)} required value={customer} onChange={(e) => setCustomer((e.target as HTMLSelectElement).value)}>
                <option value="">{t('new.pickCustomer')}</option>
                {customers.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="reg-caller" label={t('new.caller')} error={repErr}>
              <select {...fieldProps('reg-caller', repErr)} required value={rep} disabled={!customer} onChange={(e) => setRep((e.target as HTMLSelectElement).value)}>
                <option value="">{t('new.pickCaller')}</option>
                {reps.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name} — {r.phone} — {r.email}
                  </option>
                ))}
              </select>
            </Field>
            {picked ? <p class="hint">{t('new.callerVerified')}</p> : null}
          </>
        }
      />
    </>
  );
}
