// The customers list, cached for the console's selects and name columns.
import { CUSTOMERS, get } from '../../api';
import type { Customer } from '../../types';

let cache: Promise<Customer[]> | null = null;
export function loadCustomers(fresh = false): Promise<Customer[]> {
  if (!cache || fresh) {
    cache = get<Customer[]>(CUSTOMERS).catch((e) => {
      cache = null;
      throw e;
    });
  }
  return cache;
}
