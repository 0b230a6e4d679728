// The representative's month-to-date volume per line (USE-012) from GET /api/v1/line/{id}/usage:
// the volume against the cap the catalog gives the formula (USE-003..USE-007), the highest
// threshold reached (U-12), the line's throttle of the month as the server reports it with the speed
// it reduces the line to (U-13), the Volume Packs ordered this month and, when the server offers
// one, the order of one more at its size and price (U-14), and a daily bar chart (SVG
// attributes only: the CSP forbids inline styles), with the same figures as a table for screen
// readers. The console shows the same card for one line (pages/console/Usage.tsx).
import { PRODUCTS, get } from '../../api';
import { ErrorBox } from '../../components/ErrorBox';
import { VolumePackOrder, packPrice } from '../../components/VolumePackOrder';
import { formatGigabytes, formatInstant, formatKbps } from '../../format';
import { usePoll } from '../../hooks';
import { t, tk } from '../../i18n/index';
import type { LineUsage, Product, Throttle, ThrottleSpeed, VolumePack } from '../../types';
import { lineUsage } from '../../usageApi';

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

/** The throttle of the month: reduced to which speed until when, its profile, and where its
 *  enforcement stands. The speed is the formula's (`throttleSpeed`), shown only when it names the
 *  throttle's own profile. */
export function ThrottleText({ throttle, speed }: { throttle?: Throttle | null; speed?: ThrottleSpeed }) {
  if (!throttle) return <>{t('throttle.none')}</>;
  if (!throttle.reducesSpeed) {
    return <>{throttle.liftedAt ? t('throttle.liftedAt', { at: formatInstant(throttle.liftedAt) }) : tk('throttle.state', throttle.state)}</>;
  }
  const until = formatInstant(throttle.until);
  return (
    <>
      <span class="badge badge-late">{t('throttle.reduced')}</span>{' '}
      {speed && speed.profile === throttle.profile
        ? t('throttle.speedUntil', { down: formatKbps(speed.downKbps), up: formatKbps(speed.upKbps), until })
        : t('throttle.until', { until })}
      <br />
      <span class="muted">
        {t('throttle.profile', { profile: throttle.profile })} · {t('throttle.network')}: {tk('throttle.state', throttle.state)}
      </span>
    </>
  );
}

function PackTable({ line, packs }: { line: string; packs: VolumePack[] }) {
  if (packs.length === 0) return <p>{t('pack.noneThisMonth')}</p>;
  return (
    <table class="table usage-packs" aria-labelledby={`packs-title-${line}`}>
      <thead>
        <tr>
          <th scope="col">{t('pack.orderedAt')}</th>
          <th scope="col">{t('pack.size')}</th>
          <th scope="col">{t('pack.price')}</th>
        </tr>
      </thead>
      <tbody>
        {packs.map((p) => (
          <tr key={p.id} data-pack={p.id}>
            <td data-label={t('pack.orderedAt')}>{formatInstant(p.orderedAt)}</td>
            <td data-label={t('pack.size')}>{formatGigabytes(p.volumeBytes)}</td>
            <td data-label={t('pack.price')}>{packPrice(p)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function LineUsageCard({ p }: { p: Product }) {
  const usage = usePoll(() => lineUsage(p.id), `usage-${p.id}`);
  const u = usage.data;
  const packs = u?.volumePacks ?? [];
  const capped = !!u && u.cap.kind !== 'unlimited';
  const capText = !u
    ? ''
    : u.cap.kind === 'unlimited'
      ? t('usage.unlimited')
      : `${formatGigabytes(u.cap.bytes ?? 0)} (${t(u.cap.kind === 'included' ? 'usage.included' : 'usage.fairUse')})`;
  return (
    <article class="card usage-card" aria-labelledby={`usage-${p.id}`} data-line={p.id}>
      <h2 id={`usage-${p.id}`}>
        {t('lines.line')} {p.id} — {p.productOffering?.name ?? p.name}
      </h2>
      <ErrorBox error={usage.error} />
      {!u && usage.loading ? <p>{t('loading')}</p> : null}
      {u ? (
        <>
          <dl class="summary">
            <dt>{t('usage.month')}</dt>
            <dd>{u.month}</dd>
            <dt>{t('usage.volume')}</dt>
            <dd>{formatGigabytes(u.volumeBytes)}</dd>
            <dt>{t('usage.cap')}</dt>
            <dd>
              {capText}
              {capped && packs.length ? <span class="muted"> · {t('usage.capWithPacks', { n: packs.length })}</span> : null}
            </dd>
            <dt>{t('usage.level')}</dt>
            <dd>
              {u.level === 0 ? t('usage.levelNone') : null}
              {u.level === 80 ? <span class="badge prio-P2">{t('usage.level80')}</span> : null}
              {u.level === 100 ? <span class="badge badge-late">{t('usage.level100')}</span> : null}
            </dd>
            {capped || u.throttle ? (
              <>
                <dt>{t('throttle.title')}</dt>
                <dd class="throttle">
                  <ThrottleText throttle={u.throttle} speed={u.throttleSpeed} />
                </dd>
              </>
            ) : null}
          </dl>
          {capped || packs.length || u.volumePackOffer ? (
            <section class="usage-packs-section" aria-labelledby={`packs-title-${p.id}`}>
              <h3 id={`packs-title-${p.id}`}>{t('pack.title')}</h3>
              <PackTable line={p.id} packs={packs} />
              {u.volumePackOffer ? <VolumePackOrder line={p} month={u.month} offer={u.volumePackOffer} onOrdered={usage.reload} /> : null}
            </section>
          ) : null}
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
      {lines.loading && !lines.data ? <p>{t('loading')}</p> : null}
      {lines.data && lines.data.length === 0 ? <p>{t('lines.empty')}</p> : null}
      {lines.data?.map((p) => (
        <LineUsageCard key={p.id} p={p} />
      ))}
    </>
  );
}
