// Ticket reads and writes: GET keeps the ETag; PATCH sends it back as If-Match.
import { ApiError, TICKETS, noteServerInstant, request } from './api';
import { slaClockOf } from './sla';
import type { Ticket } from './types';

export interface TicketWithTag {
  ticket: Ticket;
  etag: string | null;
}

export function noteClocks(tickets: Ticket[]): void {
  for (const tk of tickets) {
    const c = slaClockOf(tk);
    if (c) {
      noteServerInstant(Date.parse(c.asOf) + 500);
      return;
    }
  }
}

export async function loadTicket(id: string): Promise<TicketWithTag> {
  const r = await request<Ticket>('GET', `${TICKETS}/${encodeURIComponent(id)}`);
  noteClocks([r.data]);
  return { ticket: r.data, etag: r.etag };
}

export async function listTickets(q: string): Promise<Ticket[]> {
  const early = prefetched.get(q);
  if (early) {
    prefetched.delete(q);  // used once: later polls ask the server again
    const data = Date.now() - early.at < 5000 ? await early.answer : null;  // never a stale queue
    if (data) return data;
  }
  const r = await request<Ticket[]>('GET', `${TICKETS}${q}`);
  noteClocks(r.data);
  return r.data;
}

// A list asked for before the page knows who is logged in (the queue on first load): the request
// leaves while the script still checks the session, instead of after it. Quiet on 401: without a
// session the login page is shown by the session check, and the answer is dropped.
const prefetched = new Map<string, { at: number; answer: Promise<Ticket[] | null> }>();
export function prefetchTickets(q: string): void {
  const answer = request<Ticket[]>('GET', `${TICKETS}${q}`, { quiet401: true }).then(
    (r) => {
      noteClocks(r.data);
      return r.data;
    },
    () => null,
  );
  prefetched.set(q, { at: Date.now(), answer });
}

export async function patchTicket(id: string, etag: string | null, body: unknown): Promise<TicketWithTag> {
  const r = await request<Ticket>('PATCH', `${TICKETS}/${encodeURIComponent(id)}`, { body, ifMatch: etag });
  return { ticket: r.data, etag: r.etag };
}

export async function uploadAttachment(id: string, file: File): Promise<void> {
  const type = file.type || (file.name.endsWith('.log') ? 'text/x-log' : 'application/octet-stream');
  await request('POST', `${TICKETS}/${encodeURIComponent(id)}/attachment?name=${encodeURIComponent(file.name)}`, {
    raw: file,
    contentType: type,
  });
}

export const isStale = (e: unknown) => e instanceof ApiError && (e.status === 412 || e.status === 409);
