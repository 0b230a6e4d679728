// The service desk's changes to a ticket: priority (with its reason as a note), status with
// statusChangeReason, and the Stop-Clock (status pending with its reason, SLA-006).
import { useState } from 'preact/hooks';
import { errorText, type ApiError } from '../../api';
import { announce } from '../../components/announce';
import { ErrorBox, errorFor } from '../../components/ErrorBox';
import { Field, fieldProps } from '../../components/Field';
import { t, tk } from '../../i18n/index';
import { isStale, patchTicket } from '../../ticketApi';
import type { Ticket } from '../../types';
import { STATUSES } from '../../components/StatusSelect';

export const STOP_REASONS = ['customer', 'thirdParty', 'forceMajeure', 'plannedWorks'];

interface Props {
  ticket: Ticket;
  etag: string | null;
  onChanged: () => Promise<void>;
}

function useWrite(props: Props) {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (body: Record<string, unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await patchTicket(props.ticket.id, props.etag, body);
      announce(t('saved'));
      await props.onChanged();
      return true;
    } catch (err) {
      setError(err as ApiError);
      announce(errorText(err), 'error');
      if (isStale(err)) {
        announce(t('tickets.stale'), 'error');
        await props.onChanged();
      }
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}

export function PriorityForm(props: Props) {
  const [priority, setPriority] = useState(props.ticket.priority ?? 'P3');
  const [reason, setReason] = useState('');
  const w = useWrite(props);
  const prioErr = errorFor(w.error, ['priority']);
  const reasonErr = errorFor(w.error, ['note']);
  const submit = async (e: Event) => {
    e.preventDefault();
    const ok = await w.run({ priority, note: [{ text: `${t('staff.priorityReason')} (${props.ticket.priority ?? '—'} → ${priority}): ${reason}` }] });
    if (ok) setReason('');
  };
  return (
    <form class="form action" onSubmit={submit}>
      <h3>{t('staff.priority')}</h3>
      <ErrorBox error={prioErr || reasonErr ? null : w.error} />
      <Field id="act-priority" label={t('staff.newPriority')} error={prioErr}>
        <select {...fieldProps('act-priority', prioErr)} value={priority} onChange={(e) => setPriority((e.target as HTMLSelectElement).value)}>
          {['P1', 'P2', 'P3', 'P4'].map((p) => (
            <option key={p} value={p}>
              {tk('prio', p)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="act-priority-reason" label={t('staff.priorityReason')} error={reasonErr}>
        <input {...fieldProps('act-priority-reason', reasonErr)} required value={reason} onInput={(e) => setReason((e.target as HTMLInputElement).value)} />
      </Field>
      <button type="submit" disabled={w.busy}>
        {t('staff.setPriority')}
      </button>
    </form>
  );
}

export function StatusForm(props: Props) {
  const [status, setStatus] = useState(props.ticket.status === 'acknowledged' ? 'inProgress' : props.ticket.status);
  const [reason, setReason] = useState('');
  const w = useWrite(props);
  const statusErr = errorFor(w.error, ['status']);
  const reasonErr = errorFor(w.error, ['statusChangeReason']);
  const submit = async (e: Event) => {
    e.preventDefault();
    const body: Record<string, unknown> = { status };
    if (reason) body.statusChangeReason = reason;
    if (await w.run(body)) setReason('');
  };
  return (
    <form class="form action" onSubmit={submit}>
      <h3>{t('staff.status')}</h3>
      <ErrorBox error={statusErr || reasonErr ? null : w.error} />
      <Field id="act-status" label={t('staff.newStatus')} error={statusErr}>
        <select {...fieldProps('act-status', statusErr)} value={status} onChange={(e) => setStatus((e.target as HTMLSelectElement).value)}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {tk('status', s)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="act-status-reason" label={t('staff.statusReason')} error={reasonErr}>
        <input {...fieldProps('act-status-reason', reasonErr)} value={reason} onInput={(e) => setReason((e.target as HTMLInputElement).value)} />
      </Field>
      <button type="submit" disabled={w.busy}>
        {t('staff.setStatus')}
      </button>
    </form>
  );
}

export function StopClockForm(props: Props) {
  const [reason, setReason] = useState('customer');
  const w = useWrite(props);
  const reasonErr = errorFor(w.error, ['statusChangeReason', 'status']);
  const pending = props.ticket.status === 'pending';
  const submit = async (e: Event) => {
    e.preventDefault();
    await w.run(pending ? { status: 'inProgress' } : { status: 'pending', statusChangeReason: reason });
  };
  return (
    <form class="form action" onSubmit={submit}>
      <h3>{t('staff.stopClock')}</h3>
      <ErrorBox error={reasonErr ? null : w.error} />
      {!pending ? (
        <Field id="act-stop-reason" label={t('staff.stopReason')} error={reasonErr}>
          <select {...fieldProps('act-stop-reason', reasonErr)} value={reason} onChange={(e) => setReason((e.target as HTMLSelectElement).value)}>
            {STOP_REASONS.map((r) => (
              <option key={r} value={r}>
                {tk('stop', r)}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      {pending && reasonErr ? <ErrorBox error={reasonErr} /> : null}
      <button type="submit" disabled={w.busy}>
        {pending ? t('staff.endStop') : t('staff.startStop')}
      </button>
    </form>
  );
}
