// The form that registers a Service Event: from the portal (a representative, channel portal) or
// from the service desk (a phone call: customer and verified caller named, channel phone).
// The server applies every rule (DESK-047 refuses a P1 from the portal); this form shows its errors.
import { useState } from 'preact/hooks';
import { ApiError, TICKETS, errorText, request } from '../api';
import { navigate } from '../hooks';
import { t, tk } from '../i18n/index';
import { uploadAttachment } from '../ticketApi';
import type { Product, Ticket } from '../types';
import { announce } from './announce';
import { ErrorBox, errorFor } from './ErrorBox';
import { Field, fieldProps } from './Field';
import { ServiceDeskContacts } from './ServiceDeskContacts';

export const TICKET_TYPES = ['incident', 'changeRequest', 'informationRequest', 'serviceRequest', 'onDemandSupport'];
export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'];
export const SEVERITIES = ['Critical', 'Major', 'Minor'];
const SEVERITY_OF: Record<string, string> = { P1: 'Critical', P2: 'Major', P3: 'Minor', P4: 'Minor' };

export interface TicketFormProps {
  lines: Product[];
  channel: 'portal' | 'phone';
  /** phone: the customer and the calling representative */
  parties?: { customer: string; reporter: string };
  submitLabel: string;
  /** extra controls shown first (the phone form's customer and caller) */
  before?: preact.ComponentChildren;
  disabled?: boolean;
  partyError?: (e: ApiError | null) => void;
}

export function TicketForm(props: TicketFormProps) {
  const [type, setType] = useState('incident');
  const [line, setLine] = useState('');
  const [priority, setPriority] = useState('P3');
  const [severity, setSeverity] = useState('Minor');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const effectiveLine = line || (props.lines.length === 1 ? props.lines[0].id : '');

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    props.partyError?.(null);
    const body: Record<string, unknown> = {
      ticketType: type,
      priority,
      severity,
      description,
      channel: { id: props.channel },
    };
    if (line) body.relatedEntity = [{ id: line, role: 'affectedProduct', '@referredType': 'Product' }];
    if (props.parties) {
      body.relatedParty = [
        { id: props.parties.customer, role: 'customer', '@referredType': 'Customer' },
        { id: props.parties.reporter, role: 'reporter', '@referredType': 'Individual' },
      ];
    }
    try {
      const r = await request<Ticket>('POST', TICKETS, { body });
      const fileInput = document.getElementById('new-file') as HTMLInputElement | null;
      const file = fileInput?.files?.[0];
      if (file) {
        try {
          await uploadAttachment(r.data.id, file);
        } catch (err) {
          announce(`${t('new.created', { id: r.data.id })} ${(err as ApiError).message}`, 'error');
        }
      }
      announce(t('new.created', { id: r.data.id }));
      navigate(`/tickets/${encodeURIComponent(r.data.id)}`);
    } catch (err) {
      const ae = err as ApiError;
      setError(ae);
      if (errorFor(ae, ['relatedParty'])) props.partyError?.(ae);
      announce(errorText(ae), 'error');
    } finally {
      setBusy(false);
    }
  };

  const typeErr = errorFor(error, ['ticketType']);
  const lineErr = errorFor(error, ['relatedEntity']);
  const prioErr = errorFor(error, ['priority']);
  const sevErr = errorFor(error, ['severity']);
  const descErr = errorFor(error, ['description']);
  const partyErr = errorFor(error, ['relatedParty']);
  const general = typeErr || lineErr || prioErr || sevErr || descErr || partyErr ? null : error;
  const p1Refused = prioErr?.rule === 'DESK-047' || (priority === 'P1' && props.channel === 'portal' && prioErr);

  return (
    <form class="form ticket-form" onSubmit={submit} noValidate={false}>
      <ErrorBox error={general} />
      {props.before}
      <Field id="new-type" label={t('new.type')} error={typeErr}>
        <select {...fieldProps('new-type', typeErr)} value={type} onChange={(e) => setType((e.target as HTMLSelectElement).value)}>
          {TICKET_TYPES.map((x) => (
            <option key={x} value={x}>
              {tk('type', x)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="new-line" label={t('new.line')} error={lineErr}>
        <select {...fieldProps('new-line', lineErr)} value={effectiveLine} onChange={(e) => setLine((e.target as HTMLSelectElement).value)}>
          <option value="">{t('new.noLine')}</option>
          {props.lines.map((p) => (
            <option key={p.id} value={p.id}>
              {t('lines.line')} {p.id} — {p.productOffering?.name ?? p.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="new-priority" label={t('new.priority')} error={prioErr} hint={props.channel === 'portal' ? t('new.p1Hint') : undefined}>
        <select
          {...fieldProps('new-priority', prioErr)}
          value={priority}
          onChange={(e) => {
            const p = (e.target as HTMLSelectElement).value;
            setPriority(p);
            setSeverity(SEVERITY_OF[p] ?? 'Minor');
          }}
        >
          {PRIORITIES.map((x) => (
            <option key={x} value={x}>
              {tk('prio', x)}
            </option>
          ))}
        </select>
      </Field>
      {p1Refused ? (
        <div class="p1-refused" role="alert">
          <ServiceDeskContacts />
        </div>
      ) : null}
      <Field id="new-severity" label={t('new.severity')} error={sevErr}>
        <select {...fieldProps('new-severity', sevErr)} value={severity} onChange={(e) => setSeverity((e.target as HTMLSelectElement).value)}>
          {SEVERITIES.map((x) => (
            <option key={x} value={x}>
              {tk('sev', x)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="new-description" label={t('new.description')} error={descErr}>
        <textarea
          {...fieldProps('new-description', descErr)}
          rows={4}
          required
          value={description}
          onInput={(e) => setDescription((e.target as HTMLTextAreaElement).value)}
        />
      </Field>
      <Field id="new-file" label={t('new.attachment')}>
        <input id="new-file" type="file" accept=".pdf,.png,.jpg,.jpeg,.txt,.log,application/pdf,image/png,image/jpeg,text/plain" />
      </Field>
      <button type="submit" class="primary" disabled={busy || props.disabled}>
        {busy ? t('saving') : props.submitLabel}
      </button>
    </form>
  );
}
