// The staff's Service Credit claims (SLA-010): the queue (pending first, by state), each claim with
// the eligibility the line gives now (what an approval records), and for the roles that decide
// (credit.decide: billing, escalation managers, admins) Approve and Refuse with its reason; the
// others see it read-only. And one line's availability report at #/availability/line/{id}, linked
// from the customer page, with that line's claims.
import { useState } from 'preact/hooks';
import { ApiError, PRODUCTS, errorText, get } from '../../api';
import { decideClaim, listClaims } from '../../availabilityApi';
import { announce } from '../../components/announce';
import { ErrorBox, FieldError, errorFor } from '../../components/ErrorBox';
import { fieldProps } from '../../components/Field';
import { usePoll } from '../../hooks';
import { t, tk } from '../../i18n/index';
import { canDecideClaims, type ClaimState, type CreditClaim, type Product, type User } from '../../types';
import { ClaimTable, LineAvailability, currentYear, yearsOf } from '../portal/Availability';
import { loadCustomers } from './customerCache';

const STATES: ClaimState[] = ['pending', 'approved', 'refused'];
const PAGE = 100;

function Decision({ claim, onDecided }: { claim: CreditClaim; onDecided: (text: string) => Promise<void> }) {
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const id = `refuse-${claim.id}`;
  // The server names the refusal's reason `refusalReason` (the body) or `reason`.
  const reasonError = errorFor(error, ['refusalReason', 'reason']);

  const decide = async (body: { state: 'approved' } | { state: 'refused'; refusalReason: string }) => {
    setBusy(true);
    setError(null);
    try {
      const decided = await decideClaim(claim.id, body);
      const text = t(decided.state === 'approved' ? 'claims.approved' : 'claims.refused', { id: decided.id });
      announce(text);
      await onDecided(text);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, { message: String(err) }));
      announce(errorText(err), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="claim-decision">
      {refusing ? (
        <form
          class="form"
          aria-label={t('claims.confirmRefusal')}
          onSubmit={(e) => {
            e.preventDefault();
            void decide({ state: 'refused', refusalReason: reason });
          }}
        >
          <div class={reasonError ? 'field has-error' : 'field'}>
            <label for={id}>{t('claim.refusalReason')}</label>
            <textarea {...fieldProps(id, reasonError)} rows={2} value={reason} onInput={(e) => setReason((e.target as HTMLTextAreaElement).value)} />
            <FieldError id={id} error={reasonError} />
          </div>
          <div class="buttons">
            <button type="submit" class="primary" disabled={busy}>
              {busy ? t('saving') : t('claims.confirmRefusal')}
            </button>
            <button
              type="button"
              disabled={busy}
              onClick={() => {
                setRefusing(false);
                setError(null);
              }}
            >
              {t('cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div class="buttons">
          <button type="button" class="primary" disabled={busy} onClick={() => void decide({ state: 'approved' })}>
            {busy ? t('saving') : t('claims.approve')}
            <span class="sr-only"> ({t('claim.number')} {claim.id})</span>
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              setError(null);
              setRefusing(true);
            }}
          >
            {t('claims.refuse')}
            <span class="sr-only"> ({t('claim.number')} {claim.id})</span>
          </button>
        </div>
      )}
      <ErrorBox error={reasonError ? null : error} />
    </div>
  );
}

export function ConsoleClaims({ user }: { user: User }) {
  const [state, setState] = useState<ClaimState | ''>('pending');
  const [limit, setLimit] = useState(PAGE);
  const [done, setDone] = useState('');
  const list = usePoll(() => listClaims({ state, limit }), `claims-${state}-${limit}`);
  const customers = usePoll(() => loadCustomers(), 'claims-customers', { poll: false });
  const names = new Map((customers.data ?? []).map((c) => [c.id, c.name]));
  const decide = canDecideClaims(user);
  const onDecided = async (text: string) => {
    setDone(text);
    await list.reload();
  };
  const items = list.data?.items ?? [];
  return (
    <>
      <h1>{t('claims.title')}</h1>
      <p>{t('claims.intro')}</p>
      {!decide ? <p class="notice">{t('claims.readOnly')}</p> : null}
      <form class="filters" aria-label={t('queue.filters')} onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="claims-state">{t('claim.state')}</label>
          <select
            id="claims-state"
            value={state}
            onChange={(e) => {
              setState((e.target as HTMLSelectElement).value as ClaimState | '');
              setLimit(PAGE);
            }}
          >
            {STATES.map((s) => (
              <option key={s} value={s}>
                {tk('claim.state', s)}
              </option>
            ))}
            <option value="">{t('claims.allStates')}</option>
          </select>
        </div>
      </form>
      {done ? <p class="ok-text">{done}</p> : null}
      <ErrorBox error={list.error} />
      {list.loading && !list.data ? <p>{t('loading')}</p> : null}
      {list.data && items.length === 0 ? <p>{t('claim.none')}</p> : null}
      {items.length ? (
        <>
          <p class="muted">{t('claims.count', { n: items.length, total: list.data?.total ?? items.length })}</p>
          <ClaimTable claims={items} staff={{ names, decide: decide ? (c) => <Decision claim={c} onDecided={onDecided} /> : undefined }} />
          {list.data && list.data.total > items.length ? (
            <button type="button" onClick={() => setLimit((n) => Math.min(1000, n + PAGE))}>
              {t('claims.more')}
            </button>
          ) : null}
        </>
      ) : null}
    </>
  );
}

/** One line's availability report for the staff, with the line's claims. */
export function ConsoleLineAvailability({ id }: { id: string }) {
  const line = usePoll(() => get<Product>(`${PRODUCTS}/${encodeURIComponent(id)}`), `avail-line-${id}`, { poll: false });
  const customer = line.data?.relatedParty?.find((r) => r.role === 'customer')?.id;
  const customers = usePoll(() => loadCustomers(), 'avail-line-customers', { poll: false });
  const customerName = customers.data?.find((c) => c.id === customer)?.name;
  const claims = usePoll(() => listClaims({ lineId: id, limit: 1000 }), `avail-line-claims-${id}`);
  const [year, setYear] = useState(currentYear);
  return (
    <>
      <p>
        <a href="#/claims">← {t('claims.title')}</a>
        {customer ? (
          <>
            {' · '}
            <a href={`#/customers/${encodeURIComponent(customer)}`}>{customerName ?? `${t('tickets.customer')} ${customer}`}</a>
          </>
        ) : null}
      </p>
      <h1>{t('cavail.lineTitle', { line: id })}</h1>
      <ErrorBox error={line.error} />
      <form class="filters" aria-label={t('queue.filters')} onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="avail-year">{t('avail.year')}</label>
          <select id="avail-year" value={year} onChange={(e) => setYear((e.target as HTMLSelectElement).value)}>
            {yearsOf(line.data, year).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      </form>
      <LineAvailability line={id} year={year} name={line.data?.productOffering?.name ?? line.data?.name} claims={claims.data?.items} onClaimed={claims.reload} />
      <section aria-labelledby="avail-line-claims">
        <h2 id="avail-line-claims">{t('claim.lineClaims', { line: id })}</h2>
        <ErrorBox error={claims.error} />
        {claims.data ? <ClaimTable claims={claims.data.items} showLine={false} /> : null}
      </section>
    </>
  );
}
