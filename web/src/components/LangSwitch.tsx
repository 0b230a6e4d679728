import { LANGS, t, type Lang } from '../i18n/index';

const NAMES: Record<Lang, string> = { fr: 'FR – Français', nl: 'NL – Nederlands', en: 'EN – English' };

export function LangSwitch({ lang, onChange, id }: { lang: Lang; onChange: (l: Lang) => void; id: string }) {
  return (
    <div class="lang-switch">
      <label for={id}>{t('language')}</label>
      <select id={id} value={lang} onChange={(e) => onChange((e.target as HTMLSelectElement).value as Lang)}>
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
