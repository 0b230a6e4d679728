// The main navigation: the portal's pages for a representative, the console's for staff.
import { t, type MessageKey } from '../i18n/index';
import { canHandleTickets, isRep, type User } from '../types';

interface Item {
  path?: string;
  key: MessageKey;
}

function itemsFor(user: User): Item[] {
  if (isRep(user)) {
    return [
      { path: '/lines', key: 'nav.lines' },
      { path: '/tickets', key: 'nav.tickets' },
      { path: '/new-ticket', key: 'nav.newTicket' },
      { path: '/orders', key: 'nav.orders' },
      { path: '/notifications', key: 'nav.notifications' },
      { path: '/usage', key: 'nav.usage' },
      { key: 'nav.invoices' },
      { path: '/availability', key: 'nav.availability' },
      { key: 'nav.changeRequests' },
    ];
  }
  const items: Item[] = [{ path: '/queue', key: 'nav.queue' }];
  if (canHandleTickets(user)) items.push({ path: '/register', key: 'nav.register' });
  items.push({ path: '/orders', key: 'nav.orders' }, { path: '/customers', key: 'nav.customers' }, { path: '/usage', key: 'nav.usage' }, { path: '/claims', key: 'nav.claims' });
  return items;
}

export function Nav({ user, route }: { user: User; route: string }) {
  return (
    <nav aria-label={t('mainNav')} class="nav">
      <ul>
        {itemsFor(user).map((item) => {
          if (!item.path) {
            return (
              <li key={item.key} class="disabled">
                <span aria-disabled="true">
                  {t(item.key)} <span class="soon">({t('comingSoon')})</span>
                </span>
              </li>
            );
          }
          const current = route === item.path || route.startsWith(item.path + '/');
          return (
            <li key={item.key}>
              <a href={`#${item.path}`} aria-current={current ? 'page' : undefined}>
                {t(item.key)}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
