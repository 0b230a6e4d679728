import { ORDERS, get } from '../../api';
import { ErrorBox } from '../../components/ErrorBox';
import { OrdersTable } from '../../components/OrdersTable';
import { usePoll } from '../../hooks';
import { t } from '../../i18n/index';
import type { Order } from '../../types';

export function PortalOrders() {
  const orders = usePoll(() => get<Order[]>(ORDERS), 'rep-orders');
  return (
    <>
      <h1>{t('orders.title')}</h1>
      <ErrorBox error={orders.error} />
      {orders.loading && !orders.data ? <p>{t('loading')}</p> : null}
      {orders.data ? <OrdersTable orders={orders.data} staff={false} /> : null}
    </>
  );
}
