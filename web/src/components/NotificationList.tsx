import { formatInstant } from '../format';
import { t } from '../i18n/index';
import type { Notification } from '../types';

export function NotificationList({ items }: { items: Notification[] }) {
  if (items.length === 0) return <p>{t('notif.empty')}</p>;
  const sorted = [...items].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  return (
    <ol class="notifications">
      {sorted.map((n) => (
        <li key={n.id} class="card">
          <h2 class="h3">{n.subject}</h2>
          <p class="muted">
            {formatInstant(n.createdAt)} · {t('notif.status')}: {n.status}
          </p>
          <p>{n.body}</p>
          {n.reference?.startsWith('troubleTicket/') ? (
            <p>
              <a href={`#/tickets/${encodeURIComponent(n.reference.slice('troubleTicket/'.length))}`}>{n.reference.slice('troubleTicket/'.length)}</a>
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
