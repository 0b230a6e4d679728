// The top of a ticket's page, portal and console alike: the way back, the number, the error of
// the last load and the loading notice.
import type { ApiError } from '../api';
import { t } from '../i18n/index';
import { ErrorBox } from './ErrorBox';

export function TicketHeading(props: { id: string; back: string; error?: ApiError | null; loading: boolean }) {
  return (
    <>
      <p>
        <a href={props.back}>← {t('tickets.back')}</a>
      </p>
      <h1>
        {t('tickets.number')} {props.id}
      </h1>
      <ErrorBox error={props.error} />
      {props.loading ? <p>{t('loading')}</p> : null}
    </>
  );
}
