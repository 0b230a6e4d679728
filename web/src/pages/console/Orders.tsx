// Orders in implementation, with late flags (ORD-034).
import { useState } from 'preact/hooks';
import { ORDERS, get, query } from '../../api';
import { ErrorBox } from '../../components/ErrorBox';
import { OrdersTable } from '../../components/OrdersTable';
import { usePoll } from '../../hooks';
import { t } from '../../i18n/index';
import type { Order } from '../../types';

const STATES = ['acknowledged', 'inProgress', 'pending', 'held', 'completed', 'cancelled', 'failed', 'rejected'];

export function ConsoleOrders() {
  const [state, setState] = useState('');
  const [late, setLate] = useState(false);
  const q = query({ state, late: late ? 'true' : '' });
  const orders = usePoll(() => get<Order[]>(ORDERS + q), `orders${q}`);
  return (
    <>
      <h1>{t('orders.title')}</h1>
      <form class="filters" aria-label={t('queue.filters')} onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="o-state">{t('orders.state')}</label>
          <select id="o-state" value={state} onChange={(e) => setState((e.target as HTMLSelectElement).value)}>
            <option value="">{t('orders.allStates')}</option>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <div class="field field-check">
          <input id="o-late" type="checkbox" checked={late} onChange={(e) => setLate((e.target as HTMLInputElement).checked)} />
          <label for="o-late">{t('orders.lateOnly')}</label>
        </div>
      </form>
      <ErrorBox error={orders.error} />
      {orders.loading && !orders.data ? <p>{t('loading')}</p> : null}
      {orders.data ? <OrdersTable orders={orders.data} staff /> : null}
    </>
  );
}
