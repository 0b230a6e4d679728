import { get } from '../../api';
import { ErrorBox } from '../../components/ErrorBox';
import { NotificationList } from '../../components/NotificationList';
import { usePoll } from '../../hooks';
import { t } from '../../i18n/index';
import type { Notification } from '../../types';

export function Notifications() {
  const list = usePoll(() => get<Notification[]>('/api/v1/notification'), 'rep-notifications');
  return (
    <>
      <h1>{t('notif.title')}</h1>
      <ErrorBox error={list.error} />
      {list.loading && !list.data ? <p>{t('loading')}</p> : null}
      {list.data ? <NotificationList items={list.data} /> : null}
    </>
  );
}
