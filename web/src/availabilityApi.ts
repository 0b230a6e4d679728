// A line's availability report of a year and the Service Credit claims
// (src/http/availability/availability_routes.cpp, claim_routes.cpp).
import { get, post, query, request } from './api';
import type { AvailabilityReport, ClaimKind, ClaimState, CreditClaim } from './types';

const line = (id: string) => `/api/v1/line/${encodeURIComponent(id)}/availability`;
const CLAIMS = '/api/v1/serviceCreditClaim';

export const lineAvailability = (id: string, year: string) => get<AvailabilityReport>(line(id) + query({ year }));

/** The same report as a PDF: a plain link, the session cookie authenticates the GET (as attachments). */
export const availabilityPdfUrl = (id: string, year: string) => line(id) + query({ year, format: 'pdf' });

export interface ClaimPage {
  items: CreditClaim[];
  total: number;
}

export async function listClaims(params: { state?: ClaimState | ''; customerId?: string; lineId?: string; limit?: number }): Promise<ClaimPage> {
  const r = await request<CreditClaim[]>('GET', CLAIMS + query(params));
  const total = Number(r.headers.get('X-Total-Count'));
  return { items: r.data, total: Number.isFinite(total) && total >= r.data.length ? total : r.data.length };
}

export const fileClaim = (lineId: string, kind: ClaimKind, period: string) => post<CreditClaim>(CLAIMS, { lineId, kind, period });

export const decideClaim = (id: string, body: { state: 'approved' } | { state: 'refused'; refusalReason: string }) =>
  request<CreditClaim>('PATCH', `${CLAIMS}/${encodeURIComponent(id)}`, { body }).then((r) => r.data);
