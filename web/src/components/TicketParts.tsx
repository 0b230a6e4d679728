// The parts of a ticket page shared by the portal and the console.
import { useState } from 'preact/hooks';
import type { ApiError } from '../api';
import { formatInstant } from '../format';
import { t, tk } from '../i18n/index';
import { isStale, patchTicket, uploadAttachment } from '../ticketApi';
import { charValue, type Ticket } from '../types';
import { announce } from './announce';
import { Countdown } from './Countdown';
import { ErrorBox, errorFor } from './ErrorBox';
import { Field, fieldProps } from './Field';

export const lineOf = (tk0: Ticket) => tk0.relatedEntity?.find((e) => e.role === 'affectedProduct')?.id;
export const customerOf = (tk0: Ticket) => tk0.relatedParty?.find((p) => p.role === 'customer')?.id;

export function PriorityBadge({ priority }: { priority?: string }) {
  if (!priority) return <span class="badge">{t('prio.none')}</span>;
  return <span class={`badge prio-${priority}`}>{priority}</span>;
}

export function StatusBadge({ status }: { status: string }) {
  return <span class={`badge status status-${status}`}>{tk('status', status)}</span>;
}

export function TicketSummary({ ticket, staff }: { ticket: Ticket; staff: boolean }) {
  const tier = charValue<string>(ticket.characteristic, 'slaTier');
  const breached = charValue<string>(ticket.characteristic, 'slaBreachedAt');
  return (
    <dl class="summary">
      <dt>{t('tickets.status')}</dt>
      <dd>
        <StatusBadge status={ticket.status} />
        {ticket.statusChangeReason ? <span> — {tk('stop', ticket.statusChangeReason)}</span> : null}
      </dd>
      <dt>{t('tickets.type')}</dt>
      <dd>{tk('type', ticket.ticketType)}</dd>
      <dt>{t('tickets.priority')}</dt>
      <dd>
        <PriorityBadge priority={ticket.priority} />
      </dd>
      <dt>{t('tickets.severity')}</dt>
      <dd>{tk('sev', ticket.severity)}</dd>
      <dt>{t('tickets.channel')}</dt>
      <dd>{ticket.channel?.id}</dd>
      <dt>{t('tickets.line')}</dt>
      <dd>{lineOf(ticket) ?? '—'}</dd>
      {staff ? (
        <>
          <dt>{t('tickets.customer')}</dt>
          <dd>{customerOf(ticket) ? <a href={`#/customers/${customerOf(ticket)}`}>{customerOf(ticket)}</a> : '—'}</dd>
        </>
      ) : null}
      <dt>{t('tickets.tier')}</dt>
      <dd>{tier ?? '—'}</dd>
      <dt>{t('tickets.created')}</dt>
      <dd>{formatInstant(ticket.creationDate)}</dd>
      <dt>{t('tickets.due')}</dt>
      <dd>{formatInstant(ticket.expectedResolutionDate) || '—'}</dd>
      <dt>{t('tickets.remaining')}</dt>
      <dd class="countdown-cell">
        <Countdown ticket={ticket} />
      </dd>
      {breached ? (
        <>
          <dt>{t('tickets.breached')}</dt>
          <dd class="overdue">{formatInstant(breached)}</dd>
        </>
      ) : null}
      <dt>{t('tickets.updated')}</dt>
      <dd>{formatInstant(ticket.lastUpdate)}</dd>
    </dl>
  );
}

export function StatusHistory({ ticket }: { ticket: Ticket }) {
  const rows = ticket.statusChange ?? [];
  return (
    <section aria-labelledby="hist-h">
      <h2 id="hist-h">{t('tickets.statusHistory')}</h2>
      <table class="table">
        <thead>
          <tr>
            <th scope="col">{t('tickets.date')}</th>
            <th scope="col">{t('tickets.status')}</th>
            <th scope="col">{t('tickets.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c, i) => (
            <tr key={i}>
              <td data-label={t('tickets.date')}>{formatInstant(c.changeDate)}</td>
              <td data-label={t('tickets.status')}>{tk('status', c.status)}</td>
              <td data-label={t('tickets.reason')}>{c.changeReason ? tk('stop', c.changeReason) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {ticket.stopClock?.length ? (
        <>
          <h3>{t('tickets.stopClock')}</h3>
          <ul>
            {ticket.stopClock.map((s, i) => (
              <li key={i}>
                {tk('stop', s.reason)}: {formatInstant(s.startDateTime)} → {s.endDateTime ? formatInstant(s.endDateTime) : '…'}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

interface WriteProps {
  ticket: Ticket;
  etag: string | null;
  onChanged: () => Promise<void> | void;
}

export function Notes({ ticket, etag, onChanged }: WriteProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const notes = ticket.note ?? [];
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await patchTicket(ticket.id, etag, { note: [{ text }] });
      setText('');
      announce(t('tickets.noteAdded'));
      await onChanged();
    } catch (err) {
      if (isStale(err)) {
        announce(t('tickets.stale'), 'error');
        await onChanged();
      }
      setError(err as ApiError);
    } finally {
      setBusy(false);
    }
  };
  const fieldErr = errorFor(error, ['note']);
  return (
    <section aria-labelledby="notes-h">
      <h2 id="notes-h">{t('tickets.notes')}</h2>
      {notes.length === 0 ? <p class="muted">{t('tickets.noNotes')}</p> : null}
      <ol class="notes">
        {notes.map((n, i) => (
          <li key={n.id ?? i} class="note">
            <p class="note-meta">
              <strong>{n.author}</strong> · {formatInstant(n.date)}
            </p>
            <p class="note-text">{n.text}</p>
          </li>
        ))}
      </ol>
      <form onSubmit={submit} class="form">
        <h3>{t('tickets.addNote')}</h3>
        <ErrorBox error={fieldErr ? null : error} />
        <Field id="note-text" label={t('tickets.noteText')} error={fieldErr}>
          <textarea {...fieldProps('note-text', fieldErr)} required rows={3} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
        </Field>
        <button type="submit" disabled={busy}>
          {busy ? t('saving') : t('tickets.sendNote')}
        </button>
      </form>
    </section>
  );
}

export function Attachments({ ticket, onChanged }: WriteProps) {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const files = ticket.attachment ?? [];
  const submit = async (e: Event) => {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).querySelector('input[type=file]') as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      await uploadAttachment(ticket.id, file);
      input.value = '';
      announce(t('tickets.uploaded'));
      await onChanged();
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="att-h">
      <h2 id="att-h">{t('tickets.attachments')}</h2>
      {files.length === 0 ? <p class="muted">{t('tickets.noAttachments')}</p> : null}
      <ul class="attachments">
        {files.map((a) => (
          <li key={a.id}>
            <a href={a.url} download={a.name}>
              {a.name}
            </a>{' '}
            <span class="muted">
              ({a.mimeType}
              {a.size ? `, ${a.size.amount} B` : ''})
            </span>
          </li>
        ))}
      </ul>
      <form onSubmit={submit} class="form">
        <h3>{t('tickets.upload')}</h3>
        <ErrorBox error={error} />
        <Field id="att-file" label={t('tickets.file')}>
          <input type="file" id="att-file" required accept=".pdf,.png,.jpg,.jpeg,.txt,.log,application/pdf,image/png,image/jpeg,text/plain" />
        </Field>
        <button type="submit" disabled={busy}>
          {busy ? t('saving') : t('tickets.uploadButton')}
        </button>
      </form>
    </section>
  );
}
