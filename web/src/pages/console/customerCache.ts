// The customers list, cached for the console's selects and name columns.
import { CUSTOMERS, get } from '../../api';
import type { Customer } from '../../types';

let cache: Promise<Customer[]> | null = null;
export function loadCustomers(fresh = false, opts: { quiet401?: boolean } = {}): Promise<Customer[]> {
  if (!cache || fresh) {
    const mine = get<Customer[]>(CUSTOMERS, opts).catch((e) => {
      if (cache === mine) cache = null;
      throw e;
    });
    cache = mine;
  }
  return cache;
}

// The queue's customer names, asked for beside the session check on first load (main.tsx), so the
// 1,000 rows are drawn once with the names instead of twice. Quiet on 401 (no session yet: the
// login page follows and the next loadCustomers() asks again).
export function prefetchCustomers(): void {
  loadCustomers(false, { quiet401: true }).catch(() => undefined);
}
