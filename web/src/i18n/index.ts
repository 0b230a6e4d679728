// The UI language: fr, nl or en. First the stored choice (localStorage bizline.lang, the only
// thing this page stores), else the browser's languages, else English.
import { en, type MessageKey, type Messages } from './en';
import { fr } from './fr';
import { nl } from './nl';

export type Lang = 'fr' | 'nl' | 'en';
export const LANGS: Lang[] = ['fr', 'nl', 'en'];
export const TABLES: Record<Lang, Messages> = { en, fr, nl };
const STORAGE_KEY = 'bizline.lang';

export function initialLang(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored && (LANGS as string[]).includes(stored)) return stored as Lang;
  } catch {
    /* storage blocked */
  }
  const prefs = (typeof navigator !== 'undefined' && (navigator.languages?.length ? navigator.languages : [navigator.language])) || [];
  for (const p of prefs) {
    const base = (p || '').toLowerCase().split('-')[0];
    if ((LANGS as string[]).includes(base)) return base as Lang;
  }
  return 'en';
}

export function storeLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* storage blocked */
  }
}

let current: Lang = 'en';
export function setCurrentLang(lang: Lang): void {
  current = lang;
  document.documentElement.lang = lang;
}
export function currentLang(): Lang {
  return current;
}

/** The message for `key` in the current language, with {name} placeholders filled in. */
export function t(key: MessageKey, vars?: Record<string, string | number>): string {
  let s = TABLES[current][key] ?? en[key] ?? key;
  if (vars) for (const [k, v] of Object.entries(vars)) s = s.split(`{${k}}`).join(String(v));
  return s;
}

/** A message for a dynamic key (e.g. `status.${x}`), falling back to the raw value. */
export function tk(prefix: string, value: string | undefined): string {
  if (!value) return '';
  const key = `${prefix}.${value}` as MessageKey;
  return TABLES[current][key] ?? value;
}

export type { MessageKey };
