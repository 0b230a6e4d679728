// Dates and times in Europe/Brussels with their UTC offset, EUR amounts from integer cents, volumes
// and line speeds, in the Belgian conventions of the UI language.
import { currentLang, type Lang } from './i18n/index';

const ZONE = 'Europe/Brussels';
const LOCALE: Record<Lang, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-BE' };

let dateFmt: Intl.DateTimeFormat | null = null;
let offsetFmt: Intl.DateTimeFormat | null = null;
function formatters() {
  if (!dateFmt || !offsetFmt) {
    dateFmt = new Intl.DateTimeFormat('en-GB', {
      timeZone: ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    offsetFmt = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, timeZoneName: 'longOffset' });
  }
  return { dateFmt, offsetFmt };
}

/** The Brussels offset at `d`, as "UTC+01:00". */
export function brusselsOffset(d: Date): string {
  const name = formatters().offsetFmt.formatToParts(d).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  // "GMT+01:00", or "GMT" for a zero offset
  const m = /GMT([+-]\d{2}:\d{2})?/.exec(name);
  return `UTC${m && m[1] ? m[1] : '+00:00'}`;
}

/** "03/12/2026 14:05 (UTC+01:00)"; '' for a missing or unreadable instant. */
const instantCache = new Map<string, string>();
export function formatInstant(iso: string | undefined | null): string {
  if (!iso) return '';
  const cached = instantCache.get(iso);
  if (cached !== undefined) return cached;
  const text = formatInstantUncached(iso);
  if (instantCache.size > 5000) instantCache.clear();
  instantCache.set(iso, text);
  return text;
}

function formatInstantUncached(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const parts: Record<string, string> = {};
  for (const p of formatters().dateFmt.formatToParts(d)) parts[p.type] = p.value;
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute} (${brusselsOffset(d)})`;
}

/** "03/12/2026" in Brussels. */
export function formatDate(iso: string | undefined | null): string {
  const full = formatInstant(iso);
  return full.split(' ')[0] ?? '';
}

const money = new Map<string, Intl.NumberFormat>();
/** EUR amount from integer cents, e.g. 123456 → "1 234,56 €" (fr-BE). */
export function formatCents(cents: number, lang: Lang = currentLang()): string {
  const locale = LOCALE[lang];
  let f = money.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
    money.set(locale, f);
  }
  return f.format(cents / 100);
}

/** Decimal gigabytes, as the contract counts them (1 GB = 10^9 bytes): "9,1 GB" (fr-BE). */
export function formatGigabytes(bytes: number, lang: Lang = currentLang()): string {
  const n = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  return `${n.format(bytes / 1e9)} GB`;
}

/** A line speed in decimal units (1 Mbit/s = 1000 kbit/s), Belgian formatting: "256 kbit/s",
 *  "1 Mbit/s", "1,5 Mbit/s" (fr-BE), "1 Gbit/s". */
export function formatKbps(kbps: number, lang: Lang = currentLang()): string {
  const n = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2 });
  if (kbps >= 1_000_000) return `${n.format(kbps / 1_000_000)} Gbit/s`;
  if (kbps >= 1000) return `${n.format(kbps / 1000)} Mbit/s`;
  return `${n.format(kbps)} kbit/s`;
}

/** Business time left as "h:mm:ss", "-h:mm:ss" once overdue. */
export function formatDuration(totalSeconds: number): string {
  const neg = totalSeconds < 0;
  let s = Math.abs(Math.trunc(totalSeconds));
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  return `${neg ? '-' : ''}${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

let monthFmt: Intl.DateTimeFormat | null = null;
/** The calendar month of the instant `ms` in Brussels, as "2026-03". */
export function brusselsMonth(ms: number): string {
  if (!monthFmt) monthFmt = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, year: 'numeric', month: '2-digit' });
  const parts: Record<string, string> = {};
  for (const p of monthFmt.formatToParts(new Date(ms))) parts[p.type] = p.value;
  return `${parts.year}-${parts.month}`;
}

/** A civil day "2027-01-31" as "31/01/2027" (no instant, no zone). */
export function formatDay(day: string | undefined | null): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : (day ?? '');
}

/** The server's exact decimal text ("99.7000") with the language's decimal sign, and " %". */
export function formatPercentText(text: string, lang: Lang = currentLang()): string {
  const sign = new Intl.NumberFormat(LOCALE[lang]).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
  return `${text.replace('.', sign)} %`;
}

/** A percentage given as a number (1.5, 100): "1,5 %". */
export function formatPercent(n: number, lang: Lang = currentLang()): string {
  return `${new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2 }).format(n)} %`;
}

/** An EUR amount the server states as a decimal text ("74.00"). */
export function formatEuros(value: string | undefined, lang: Lang = currentLang()): string {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(value ?? '');
  if (!m) return value ?? '';
  const cents = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return formatCents(m[1] ? -cents : cents, lang);
}

/** "2026-10" as the month's short name in the UI language ("Oct"). */
export function formatMonthShort(month: string, lang: Lang = currentLang()): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  return new Intl.DateTimeFormat(LOCALE[lang], { month: 'short', timeZone: 'UTC' }).format(Date.UTC(Number(m[1]), Number(m[2]) - 1, 15));
}
