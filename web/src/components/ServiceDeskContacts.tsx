// The service desk's numbers (DESK-011): the UI language's number first and large, then the others.
import { get } from '../api';
import { usePoll } from '../hooks';
import { currentLang, t } from '../i18n/index';
import type { ServiceDesk } from '../types';

const LANG_NAMES: Record<string, string> = { nl: 'Nederlands', fr: 'Français', de: 'Deutsch', en: 'English' };

export function ServiceDeskContacts() {
  const desk = usePoll(() => get<ServiceDesk>('/api/v1/serviceDesk'), 'desk', { poll: false });
  if (!desk.data) return null;
  const lang = currentLang();
  const mine = desk.data.phones.find((p) => p.language === lang) ?? desk.data.phones[0];
  const others = desk.data.phones.filter((p) => p !== mine);
  return (
    <div class="desk-contacts">
      <p class="desk-main">
        {t('new.callUs')}:{' '}
        <a class="phone-big" href={`tel:${mine?.number.replace(/\s/g, '')}`}>
          {mine?.number}
        </a>
      </p>
      <p>{t('new.otherNumbers')}:</p>
      <ul class="desk-others">
        {others.map((p) => (
          <li key={p.language}>
            {LANG_NAMES[p.language] ?? p.language}: <a href={`tel:${p.number.replace(/\s/g, '')}`}>{p.number}</a>
          </li>
        ))}
        <li>
          {t('new.byEmail')}: <a href={`mailto:${desk.data.email}`}>{desk.data.email}</a>
        </li>
      </ul>
    </div>
  );
}
