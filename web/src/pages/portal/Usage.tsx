// The representative's month-to-date volume per line (USE-012) from GET /api/v1/line/{id}/usage:
// the volume against the cap the catalog gives the formula (USE-003..USE-007), the highest
// threshold reached (U-12) and a daily bar chart (SVG attributes only: the CSP forbids inline
// styles), with the same figures as a table for screen readers.
import { PRODUCTS, get } from '../../api';
import { ErrorBox } from '../../components/ErrorBox';
import { usePoll } from '../../hooks';
import { currentLang, t } from '../../i18n/index';
import type { Product } from '../../types';

interface LineUsage {
  line: string;
  radiusUserName: string;
  month: string;
  volumeBytes: number;
  cap: { kind: 'included' | 'fairUse' | 'unlimited'; bytes?: number };
  level: 0 | 80 | 100;
  days: { day: string; volumeBytes: number }[];
}

// Decimal gigabytes, as the contract counts them (1 GB = 10^9 bytes).
export function formatGigabytes(bytes: number): string {
  const n = new Intl.NumberFormat(`${currentLang()}-BE`, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  return `${n.format(bytes / 1e9)} GB`;
}

function DailyChart({ usage }: { usage: LineUsage }) {
  const width = 620;
  const height = 160;
  const days = usage.days;
  const max = Math.max(1, ...days.map((d) => d.volumeBytes));
  const slot = width / 31;
  return (
    <svg class="usage-chart" viewBox={`0 0 ${width} ${height + 20}`} role="img" aria-label={t('usage.chartLabel')}>
      {days.map((d) => {
        const dayOfMonth = Number(d.day.slice(8, 10));
        const h = Math.max(1, Math.round((d.volumeBytes / max) * height));
        return (
          <rect key={d.day} x={(dayOfMonth - 1) * slot + 2} y={height - h} width={slot - 4} height={h} class="usage-bar">
            <title>{`${d.day}: ${formatGigabytes(d.volumeBytes)}`}</title>
          </rect>
        );
      })}
      {[1, 8, 15, 22, 29].map((day) => (
        <text key={day} x={(day - 1) * slot + slot / 2} y={height + 15} class="usage-axis">
          {day}
        </text>
      ))}
    </svg>
  );
}

function LineUsageCard({ p }: { p: Product }) {
  const usage = usePoll(() => get<LineUsage>(`/api/v1/line/${encodeURIComponent(p.id)}/usage`), `usage-${p.id}`);
  const u = usage.data;
  const capText = !u
    ? ''
    : u.cap.kind === 'unlimited'
      ? t('usage.unlimited')
      : `${formatGigabytes(u.cap.bytes ?? 0)} (${t(u.cap.kind === 'included' ? 'usage.included' : 'usage.fairUse')})`;
  return (
    <article class="card" aria-labelledby={`usage-${p.id}`}>
      <h2 id={`usage-${p.id}`}>
        {t('lines.line')} {p.id} — {p.productOffering?.name ?? p.name}
      </h2>
      <ErrorBox error={usage.error} />
      {u ? (
        <>
          <dl class="summary">
            <dt>{t('usage.month')}</dt>
            <dd>{u.month}</dd>
            <dt>{t('usage.volume')}</dt>
            <dd>{formatGigabytes(u.volumeBytes)}</dd>
            <dt>{t('usage.cap')}</dt>
            <dd>{capText}</dd>
            <dt>{t('usage.level')}</dt>
            <dd>
              {u.level === 0 ? t('usage.levelNone') : null}
              {u.level === 80 ? <span class="badge prio-P2">{t('usage.level80')}</span> : null}
              {u.level === 100 ? <span class="badge badge-late">{t('usage.level100')}</span> : null}
            </dd>
          </dl>
          {u.days.length ? (
            <>
              <DailyChart usage={u} />
              <table class="usage-days">
                <caption>{t('usage.daily')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('usage.day')}</th>
                    <th scope="col">{t('usage.volume')}</th>
                  </tr>
                </thead>
                <tbody>
                  {u.days.map((d) => (
                    <tr key={d.day}>
                      <td>{d.day}</td>
                      <td>{formatGigabytes(d.volumeBytes)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : (
            <p>{t('usage.noData')}</p>
          )}
        </>
      ) : null}
    </article>
  );
}

export function Usage() {
  const lines = usePoll(() => get<Product[]>(`${PRODUCTS}?status=active`), 'usage-lines');
  return (
    <>
      <h1>{t('usage.title')}</h1>
      <p>{t('usage.intro')}</p>
      <ErrorBox error={lines.error} />
      {lines.data?.map((p) => (
        <LineUsageCard key={p.id} p={p} />
      ))}
    </>
  );
}
