// A representative reports a Service Event through the portal (channel portal).
import { PRODUCTS, get } from '../../api';
import { ErrorBox } from '../../components/ErrorBox';
import { TicketForm } from '../../components/TicketForm';
import { usePoll } from '../../hooks';
import { t } from '../../i18n/index';
import type { Product, User } from '../../types';

export function NewTicket(_: { user: User }) {
  const lines = usePoll(() => get<Product[]>(PRODUCTS + '?status=active'), 'new-lines', { poll: false });
  return (
    <>
      <h1>{t('new.title')}</h1>
      <ErrorBox error={lines.error} />
      <TicketForm lines={lines.data ?? []} channel="portal" submitLabel={t('new.submit')} />
    </>
  );
}
