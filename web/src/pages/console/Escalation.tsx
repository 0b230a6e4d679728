// A ticket's escalation (ESC, T-17): current level, history, and the request of the next step.
import { useEffect, useState } from 'preact/hooks';
import { ApiError, errorText, get, request } from '../../api';
import { announce } from '../../components/announce';
import { ErrorBox, errorFor } from '../../components/ErrorBox';
import { Field, fieldProps } from '../../components/Field';
import { formatInstant } from '../../format';
import { usePoll } from '../../hooks';
import { currentLang, t } from '../../i18n/index';
import type { Escalation as Esc, Representative, Ticket } from '../../types';
import { customerOf } from '../../components/TicketParts';

const url = (id: string) => `/api/v1/troubleTicket/${encodeURIComponent(id)}/escalation`;

export function EscalationPanel({ ticket, canWrite, onChanged }: { ticket: Ticket; canWrite: boolean; onChanged: () => Promise<void> }) {
  const esc = usePoll(() => get<Esc>(url(ticket.id)), `esc-${ticket.id}`);
  const level = esc.data?.level ?? 0;
  const [target, setTarget] = useState('');
  const [reps, setReps] = useState<Representative[]>([]);
  const reporter = ticket.relatedParty?.find((p) => p.role === 'reporter')?.id ?? '';
  const [requester, setRequester] = useState(reporter);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [lang, setLang] = useState<string>(currentLang());
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const customer = customerOf(ticket);

  useEffect(() => {
    if (!customer || !canWrite) return;
    get<Representative[]>(`/api/v1/customer/${encodeURIComponent(customer)}/representative`).then(setReps, () => setReps([]));
  }, [customer, canWrite]);
  useEffect(() => {
    const r = reps.find((x) => x.id === requester);
    if (r) {
      setName(r.name);
      setEmail(r.email ?? '');
      setPhone(r.phone ?? '');
    }
  }, [requester, reps]);

  const next = target || String(Math.min(level + 1, 5));
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const body: Record<string, unknown> = {
      fromLevel: level,
      level: Number(next),
      channel: 'phone',
      requesterContact: { name, email, phone },
      language: lang,
      reason,
    };
    if (requester) body.requester = { id: requester };
    try {
      await request('POST', url(ticket.id), { body });
      announce(t('staff.escalated', { n: next }));
      setReason('');
      setTarget('');
      await esc.reload();
      await onChanged();
    } catch (err) {
      setError(err as ApiError);
      announce(errorText(err), 'error');
    } finally {
      setBusy(false);
    }
  };
  const levelErr = errorFor(error, ['level', 'fromLevel']);
  const reqErr = errorFor(error, ['requester']);
  const nameErr = errorFor(error, ['requesterContact.name']);
  const emailErr = errorFor(error, ['requesterContact.email']);
  const phoneErr = errorFor(error, ['requesterContact.phone']);
  const contactErr = !nameErr && !emailErr && !phoneErr ? errorFor(error, ['requesterContact']) : undefined;
  const langErr = errorFor(error, ['language']);
  const reasonErr = errorFor(error, ['reason']);
  const general = levelErr || reqErr || nameErr || emailErr || phoneErr || contactErr || langErr || reasonErr ? null : error;

  return (
    <section aria-labelledby="esc-h" class="escalation">
      <h2 id="esc-h">{t('staff.escalation')}</h2>
      <ErrorBox error={esc.error} />
      {esc.data ? (
        <p>
          {t('staff.level')}: <strong class="esc-level">{esc.data.level}</strong> — {esc.data.levelName}
          {esc.data.operatorContact?.role ? ` · ${t('staff.operator')}: ${esc.data.operatorContact.role}` : ''}
          {esc.data.operatorContact?.phone ? ` (${esc.data.operatorContact.phone})` : ''}
        </p>
      ) : null}
      <h3>{t('staff.history')}</h3>
      {esc.data && esc.data.history.length === 0 ? <p class="muted">{t('staff.noEscalation')}</p> : null}
      {esc.data && esc.data.history.length > 0 ? (
        <table class="table esc-history">
          <thead>
            <tr>
              <th scope="col">{t('tickets.date')}</th>
              <th scope="col">{t('staff.from')}</th>
              <th scope="col">{t('staff.to')}</th>
              <th scope="col">{t('staff.trigger')}</th>
              <th scope="col">{t('staff.requester')}</th>
              <th scope="col">{t('staff.operator')}</th>
              <th scope="col">{t('tickets.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {esc.data.history.map((s, i) => (
              <tr key={i}>
                <td data-label={t('tickets.date')}>{formatInstant(s.requestedAt)}</td>
                <td data-label={t('staff.from')}>{s.fromLevel}</td>
                <td data-label={t('staff.to')}>
                  {s.level} — {s.levelName}
                </td>
                <td data-label={t('staff.trigger')}>
                  {s.trigger} / {s.channel}
                </td>
                <td data-label={t('staff.requester')}>{[s.requesterContact?.name, s.requesterContact?.email, s.requesterContact?.phone].filter(Boolean).join(' · ')}</td>
                <td data-label={t('staff.operator')}>
                  {s.operatorContact?.role} {s.operatorContact?.phone ?? ''}
                </td>
                <td data-label={t('tickets.reason')}>{s.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {canWrite && level < 5 ? (
        <form class="form action" onSubmit={submit}>
          <h3>{t('staff.escalate')}</h3>
          <ErrorBox error={general} />
          <Field id="esc-level" label={t('staff.escalateTo')} error={levelErr}>
            <select {...fieldProps('esc-level', levelErr)} value={next} onChange={(e) => setTarget((e.target as HTMLSelectElement).value)}>
              {[1, 2, 3, 4, 5]
                .filter((l) => l > level)
                .map((l) => (
                  <option key={l} value={String(l)}>
                    {l}
                  </option>
                ))}
            </select>
          </Field>
          <Field id="esc-requester" label={t('staff.requester')} error={reqErr}>
            <select {...fieldProps('esc-requester', reqErr)} value={requester} onChange={(e) => setRequester((e.target as HTMLSelectElement).value)}>
              <option value="">—</option>
              {reps.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </Field>
          <ErrorBox error={contactErr} />
          <Field id="esc-name" label={t('staff.contactName')} error={nameErr}>
            <input {...fieldProps('esc-name', nameErr)} value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
          </Field>
          <Field id="esc-email" label={t('staff.contactEmail')} error={emailErr}>
            <input {...fieldProps('esc-email', emailErr)} type="email" value={email} onInput={(e) => setEmail((e.target as HTMLInputElement).value)} />
          </Field>
          <Field id="esc-phone" label={t('staff.contactPhone')} error={phoneErr}>
            <input {...fieldProps('esc-phone', phoneErr)} type="tel" value={phone} onInput={(e) => setPhone((e.target as HTMLInputElement).value)} />
          </Field>
          <Field id="esc-lang" label={t('staff.escLanguage')} error={langErr}>
            <select {...fieldProps('esc-lang', langErr)} value={lang} onChange={(e) => setLang((e.target as HTMLSelectElement).value)}>
              {['nl', 'fr', 'de', 'en'].map((l) => (
                <option key={l} value={l}>
                  {l.toUpperCase()}
                </option>
              ))}
            </select>
          </Field>
          <Field id="esc-reason" label={t('staff.escReason')} error={reasonErr}>
            <textarea {...fieldProps('esc-reason', reasonErr)} rows={2} value={reason} onInput={(e) => setReason((e.target as HTMLTextAreaElement).value)} />
          </Field>
          <button type="submit" disabled={busy}>
            {t('staff.escalate')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
