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
  const r = await request<Ticket[]>('GET', `${TICKETS}${q}`);
  noteClocks(r.data);
  return r.data;
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
