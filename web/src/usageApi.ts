// Usage of the lines (src/http/usage/usage_routes.cpp): a line's month (with what one more
// Volume Pack would add and cost, and the speed a throttle reduces it to), Volume Pack orders, and
// the staff's lists of throttles and unmatched accounting users.
import { PRODUCTS, get, post, query } from './api';
import type { LineUsage, Throttle, UnmatchedUser, VolumePack } from './types';

export const lineUsage = (line: string, month?: string) =>
  get<LineUsage>(`/api/v1/line/${encodeURIComponent(line)}/usage${query({ month })}`);

/** U-14: one Volume Pack for the line's current month; the body is {} (nothing to choose). */
export const orderVolumePack = (line: string) => post<VolumePack>(`/api/v1/line/${encodeURIComponent(line)}/volumePack`, {});

export const listThrottles = (month: string) => get<Throttle[]>('/api/v1/usage/throttle' + query({ month }));
export const listUnmatched = (month: string) => get<UnmatchedUser[]>('/api/v1/usage/unmatched' + query({ month }));

// The customer of a line (for the staff's list of throttles), asked once per line.
const lineCustomers = new Map<string, Promise<string | undefined>>();
export function lineCustomer(line: string): Promise<string | undefined> {
  let found = lineCustomers.get(line);
  if (!found) {
    found = get<{ relatedParty?: { id: string; role?: string }[] }>(`${PRODUCTS}/${encodeURIComponent(line)}${query({ fields: 'relatedParty' })}`)
      .then((p) => p.relatedParty?.find((r) => r.role === 'customer')?.id ?? p.relatedParty?.[0]?.id)
      .catch((e) => {
        lineCustomers.delete(line);
        throw e;
      });
    lineCustomers.set(line, found);
  }
  return found;
}
