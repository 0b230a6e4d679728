// The representative's availability and Service Credits (SLA-010, SLA-011, SLA-044..SLA-050): for a
// chosen line and year, GET /api/v1/line/{id}/availability as the server computes it (the year's
// availability against the 99.70 % target when the formula has one, the credit with its rule and
// claim deadline, a bar per month drawn as the Usage page draws its daily chart, with the same
// figures as a table, the downtime intervals with their tickets, the restoration breaches by month)
// and its PDF; "Claim this credit" for each breach that gives one; the customer's claims. The
// console shows the same report for one line (pages/console/Claims.tsx).
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { PRODUCTS, get, serverNow } from '../../api';
import { availabilityPdfUrl, lineAvailability, listClaims } from '../../availabilityApi';
import { CreditClaimButton } from '../../components/CreditClaimButton';
import { DataTable } from '../../components/DataTable';
import { ErrorBox, RuleTag } from '../../components/ErrorBox';
import { brusselsMonth, formatDay, formatDuration, formatEuros, formatInstant, formatMonthShort, formatPercent, formatPercentText } from '../../format';
import { usePoll } from '../../hooks';
import { t, tk, type MessageKey } from '../../i18n/index';
import type { AvailabilityReport, ClaimKind, CreditClaim, MonthAvailability, Product } from '../../types';

// The level and which months fall below it come from the server (SLA-049): the page decides nothing.
const hasTarget = (r: AvailabilityReport) => !!r.availabilityCredit?.targetPercent;
const below = (_r: AvailabilityReport, m: MonthAvailability) => m.belowTarget === true;

export const currentYear = () => brusselsMonth(serverNow()).slice(0, 4);

/** The years a line's report may cover: from its activation (at most 10 years back) to this one. */
export function yearsOf(p: Product | undefined, selected: string): string[] {
  const now = Number(currentYear());
  const start = Number((p?.startDate ?? '').slice(0, 4)) || now - 2;
  const years: string[] = [];
  for (let y = now; y >= Math.max(start, now - 10); y--) years.push(String(y));
  if (!years.includes(selected)) years.push(selected);
  return years;
}

/** The claim of a breach that counts: pending or approved first, else the latest refused. */
function claimOf(claims: CreditClaim[] | undefined, line: string, kind: ClaimKind, period: string): CreditClaim | undefined {
  const mine = (claims ?? []).filter((c) => c.lineId === line && c.kind === kind && c.period === period);
  return mine.find((c) => c.state !== 'refused') ?? mine[0];
}

function MonthChart({ report }: { report: AvailabilityReport }) {
  const months = report.months ?? [];
  const width = 620;
  const left = 56;
  const height = 160;
  const top = 22;
  const lowest = Math.min(100, ...months.map((m) => Number(m.availabilityPercent)));
  // The axis starts at a round figure under the lowest month, so a month just under 99.70 % shows
  // (as the PDF report does).
  const floor = [99, 98, 95, 90, 80, 50].find((f) => lowest >= f) ?? 0;
  const y = (pct: number) => top + height - ((pct - floor) / (100 - floor)) * height;
  const slot = (width - left) / 12;
  const target = hasTarget(report);
  const TARGET = Number(report.availabilityCredit?.targetPercent ?? 100);
  return (
    <svg class="usage-chart" viewBox={`0 0 ${width} ${top + height + 24}`} role="img" aria-label={t('avail.chartLabel') + (target ? ` (${t('avail.chartTarget')} ${formatPercentText(report.availabilityCredit?.targetPercent ?? '')})` : '')}>
      {[floor, 100].map((v) => (
        <g key={v}>
          <line x1={left} x2={width} y1={y(v) + 0.5} y2={y(v) + 0.5} class="avail-grid" />
          <text x={left - 4} y={y(v) + 4} class="avail-axis-y">
            {formatPercent(v)}
          </text>
        </g>
      ))}
      {months.map((m) => {
        const i = Number(m.month.slice(5, 7)) - 1;
        const pct = Number(m.availabilityPercent);
        const h = Math.max(1, Math.round(top + height - y(pct)));
        return (
          <rect key={m.month} x={left + i * slot + 3} y={top + height - h} width={slot - 6} height={h} class={below(report, m) ? 'avail-bar-below' : 'usage-bar'}>
            <title>{`${m.month}: ${formatPercentText(m.availabilityPercent)} · ${t('avail.netDowntime')} ${formatDuration(m.netDowntimeSeconds)}`}</title>
          </rect>
        );
      })}
      {target ? (
        <>
          <line x1={left} x2={width} y1={y(TARGET)} y2={y(TARGET)} class="avail-target" />
          <line x1={left} x2={left + 24} y1={8} y2={8} class="avail-target" />
          <text x={left + 30} y={12} class="avail-target-label">
            {`${t('avail.chartTarget')} ${formatPercentText(report.availabilityCredit?.targetPercent ?? '')}`}
          </text>
        </>
      ) : null}
      {Array.from({ length: 12 }, (_, i) => (
        <text key={i} x={left + i * slot + slot / 2} y={top + height + 16} class="usage-axis">
          {formatMonthShort(`${report.year}-${String(i + 1).padStart(2, '0')}`)}
        </text>
      ))}
    </svg>
  );
}

function TicketLinks({ ids }: { ids: string[] }) {
  return (
    <>
      {ids.map((id, i) => (
        <span key={id}>
          {i ? ', ' : ''}
          <a href={`#/tickets/${encodeURIComponent(id)}`}>{id}</a>
        </span>
      ))}
    </>
  );
}

interface ReportProps {
  line: string;
  year: string;
  /** The line's offering name, for the heading (the report names the formula id). */
  name?: string;
  claims?: CreditClaim[];
  onClaimed: () => Promise<void>;
}

/** One line's availability report of a year, with its claim buttons and its PDF. */
export function LineAvailability({ line, year, name, claims, onClaimed }: ReportProps) {
  const report = usePoll(() => lineAvailability(line, year), `avail-${line}-${year}`);
  const r = report.data;
  const credit = r?.availabilityCredit;
  const hid = `avail-h-${line}`;
  return (
    <article class="card avail-card" aria-labelledby={hid} data-line={line}>
      <h2 id={hid}>{t('avail.reportTitle', { line, name: name ?? r?.formula ?? '', year })}</h2>
      <p>
        <a href={availabilityPdfUrl(line, year)} download="">
          {t('avail.pdf')}
        </a>
      </p>
      <ErrorBox error={report.error} />
      {!r && report.loading ? <p>{t('loading')}</p> : null}
      {r && !r.slaApplies ? (
        <p class="notice">
          {t('avail.noSla', { year: r.year })} {r.reason ?? ''}
        </p>
      ) : null}
      {r && r.slaApplies ? (
        <>
          <dl class="summary">
            <dt>{t('lines.formula')}</dt>
            <dd>{r.formula}</dd>
            <dt>{t('lines.slaTier')}</dt>
            <dd>{r.tier || '—'}</dd>
            <dt>{t('avail.period')}</dt>
            <dd>
              {formatInstant(r.period?.from)} – {formatInstant(r.period?.to)}
            </dd>
            <dt>{t('avail.netDowntime')}</dt>
            <dd>{formatDuration(r.netDowntimeSeconds ?? 0)}</dd>
            <dt>{t('avail.availability')}</dt>
            <dd class="avail-percent">{r.availabilityPercent ? formatPercentText(r.availabilityPercent) : '—'}</dd>
            <dt>{t('avail.target')}</dt>
            <dd>{hasTarget(r) ? t('avail.targetValue', { percent: formatPercentText(r.availabilityCredit?.targetPercent ?? '') }) : t('avail.noTarget')}</dd>
            {credit ? (
              <>
                <dt>{t('avail.credit')}</dt>
                <dd class="avail-credit">
                  <span class={credit.outcome === 'belowTarget' || credit.outcome === 'belowLowerTier' ? 'badge badge-late' : 'badge'}>
                    {t(`avail.outcome.${credit.outcome}`, { percent: formatPercentText(credit.outcome === 'belowLowerTier' ? '99.50' : '99.70') })}
                  </span>{' '}
                  {credit.percentOfMonthlyFee !== undefined ? t('avail.share', { percent: formatPercent(credit.percentOfMonthlyFee) }) : null}
                  <br />
                  <span class="muted">{credit.reason}</span> <RuleTag rule={credit.rule} />
                </dd>
                {credit.claimDeadline ? (
                  <>
                    <dt>{t('avail.claimDeadline')}</dt>
                    <dd>{t('avail.deadlineValue', { day: formatDay(credit.claimDeadline) })}</dd>
                  </>
                ) : null}
              </>
            ) : null}
          </dl>
          {credit && (credit.outcome === 'belowTarget' || credit.outcome === 'belowLowerTier') ? (
            <CreditClaimButton
              line={line}
              kind="availability"
              period={String(r.year)}
              percent={credit.percentOfMonthlyFee}
              rule={credit.rule}
              deadline={credit.claimDeadline}
              existing={claimOf(claims, line, 'availability', String(r.year))}
              onClaimed={onClaimed}
            />
          ) : null}

          <section aria-labelledby={`${hid}-months`}>
            <h3 id={`${hid}-months`}>{t('avail.months')}</h3>
            <MonthChart report={r} />
            <DataTable
              cls="avail-months"
              heads={['avail.month', 'avail.availability', 'avail.netDowntime']}
              rows={(r.months ?? []).map((m) => ({
                key: m.month,
                data: { 'data-month': m.month },
                cells: [
                  m.month,
                  <>
                    {formatPercentText(m.availabilityPercent)}
                    {below(r, m) ? <span class="badge badge-late avail-below">{t('avail.below')}</span> : null}
                  </>,
                  formatDuration(m.netDowntimeSeconds),
                ],
              }))}
            />
          </section>

          <section aria-labelledby={`${hid}-downtime`}>
            <h3 id={`${hid}-downtime`}>{t('avail.downtime')}</h3>
            {(r.downtime ?? []).length === 0 ? (
              <p>{t('avail.noDowntime')}</p>
            ) : (
              <DataTable
                cls="avail-downtime"
                heads={['avail.from', 'avail.to', 'avail.duration', 'avail.tickets']}
                rows={(r.downtime ?? []).map((d) => ({
                  key: d.from,
                  cells: [formatInstant(d.from), formatInstant(d.to), formatDuration((Date.parse(d.to) - Date.parse(d.from)) / 1000), <TicketLinks ids={d.tickets} />],
                }))}
              />
            )}
          </section>

          <section aria-labelledby={`${hid}-restoration`}>
            <h3 id={`${hid}-restoration`}>{t('avail.restoration')}</h3>
            {(r.restorationBreaches ?? []).length === 0 ? (
              <p>{t('avail.noRestoration')}</p>
            ) : (
              <DataTable
                cls="avail-restoration"
                heads={['avail.month', 'avail.tickets', 'avail.creditCol', 'avail.claimDeadline', 'claim.number']}
                cellClass={{ 3: 'avail-deadline' }}
                rows={(r.restorationBreaches ?? []).map((m) => ({
                  key: m.month,
                  data: { 'data-month': m.month },
                  cells: [
                    m.month,
                    <ul class="plain">
                      {m.breaches.map((b) => (
                        <li key={b.ticket}>
                          <TicketLinks ids={[b.ticket]} />
                          <br />
                          <span class="muted">
                            {t('avail.due')} {formatInstant(b.due)} · {t('avail.restored')} {formatInstant(b.resolved)}
                          </span>
                        </li>
                      ))}
                    </ul>,
                    <>
                      {t('avail.share', { percent: formatPercent(m.percentOfMonthlyFee) })} <RuleTag rule={m.rule} />
                    </>,
                    m.claimDeadline ? t('avail.deadlineValue', { day: formatDay(m.claimDeadline) }) : '—',
                    m.claimDeadline ? (
                      <CreditClaimButton
                        line={line}
                        kind="restoration"
                        period={m.month}
                        percent={m.percentOfMonthlyFee}
                        rule={m.rule}
                        deadline={m.claimDeadline}
                        existing={claimOf(claims, line, 'restoration', m.month)}
                        onClaimed={onClaimed}
                      />
                    ) : (
                      '—'
                    ),
                  ],
                }))}
              />
            )}
          </section>
        </>
      ) : null}
    </article>
  );
}

/** The credit of a claim: the one recorded once decided, the one the line gives now while pending. */
export function ClaimCredit({ claim, now }: { claim: CreditClaim; now?: boolean }) {
  const e = now || claim.state === 'pending' ? claim.currentEligibility : claim.eligibility;
  return (
    <>
      <span class="claim-amount">
        {t('claim.creditValue', { amount: formatEuros(e.credit.value), percent: formatPercent(e.creditPercent), fee: formatEuros(e.monthlyFee.value) })}
      </span>{' '}
      <RuleTag rule={e.rule} />
      <br />
      <span class="muted">{e.reason}</span>
    </>
  );
}

interface ClaimTableProps {
  claims: CreditClaim[];
  showLine?: boolean;
  /** The staff's view: customer names (by id), the eligibility now, and the decision of a pending claim. */
  staff?: { names: Map<string, string>; decide?: (c: CreditClaim) => ComponentChildren };
}

/** The claims: line, breach, filing, deadline, state (with the refusal's reason) and credit. */
export function ClaimTable({ claims, showLine = true, staff }: ClaimTableProps) {
  if (claims.length === 0) return <p>{t('claim.none')}</p>;
  const heads: MessageKey[] = ['claim.number'];
  if (showLine) heads.push('lines.line');
  if (staff) heads.push('tickets.customer');
  heads.push('claim.kind', 'claim.filedAt', 'avail.claimDeadline', 'claim.state', staff ? 'claim.eligibilityNow' : 'claim.credit');
  if (staff?.decide) heads.push('staff.actions');
  const last = heads.length - (staff?.decide ? 2 : 1);
  return (
    <DataTable
      cls={staff ? 'claims claims-staff' : 'claims'}
      heads={heads}
      cellClass={{ [last - 1]: 'claim-state', [last]: 'desc' }}
      rows={claims.map((c) => {
        const cells: ComponentChildren[] = [c.id];
        if (showLine) cells.push(staff ? <a href={`#/availability/line/${encodeURIComponent(c.lineId)}`}>{c.lineId}</a> : c.lineId);
        if (staff) cells.push(<a href={`#/customers/${encodeURIComponent(c.customerId)}`}>{staff.names.get(c.customerId) ?? c.customerId}</a>);
        cells.push(
          `${tk('claim.kind', c.kind)} ${c.period}`,
          formatInstant(c.filedAt),
          formatDay(c.claimDeadline),
          <>
            <span class={`badge claim-${c.state}`}>{tk('claim.state', c.state)}</span>
            {c.decidedAt ? <span class="muted"> {t('claim.decidedAt', { at: formatInstant(c.decidedAt) })}</span> : null}
            {c.refusalReason ? (
              <p class="claim-refusal">
                {t('claim.refusalReason')}: {c.refusalReason}
              </p>
            ) : null}
          </>,
          <ClaimCredit claim={c} now={!!staff} />,
        );
        if (staff?.decide) cells.push(c.state === 'pending' ? staff.decide(c) : null);
        return { key: c.id, data: { 'data-claim': c.id }, cells };
      })}
    />
  );
}

export function Availability({ initialLine }: { initialLine?: string }) {
  const lines = usePoll(() => get<Product[]>(PRODUCTS), 'avail-lines', { poll: false });
  const [chosen, setChosen] = useState(initialLine ?? '');
  const [year, setYear] = useState(currentYear);
  const claims = usePoll(() => listClaims({ limit: 1000 }), 'avail-claims');
  const list = lines.data ?? [];
  const line = list.find((p) => p.id === chosen) ?? list[0];
  return (
    <>
      <h1>{t('avail.title')}</h1>
      <p>{t('avail.intro')}</p>
      <ErrorBox error={lines.error} />
      {lines.loading && !lines.data ? <p>{t('loading')}</p> : null}
      {lines.data && list.length === 0 ? <p>{t('lines.empty')}</p> : null}
      {line ? (
        <>
          <form class="filters" aria-label={t('queue.filters')} onSubmit={(e) => e.preventDefault()}>
            <div class="field">
              <label for="avail-line">{t('lines.line')}</label>
              <select id="avail-line" value={line.id} onChange={(e) => setChosen((e.target as HTMLSelectElement).value)}>
                {list.map((p) => (
                  <option key={p.id} value={p.id}>
                    {`${p.id} — ${p.productOffering?.name ?? p.name ?? ''}`}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="avail-year">{t('avail.year')}</label>
              <select id="avail-year" value={year} onChange={(e) => setYear((e.target as HTMLSelectElement).value)}>
                {yearsOf(line, year).map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </div>
          </form>
          <LineAvailability line={line.id} year={year} name={line.productOffering?.name ?? line.name} claims={claims.data?.items} onClaimed={claims.reload} />
        </>
      ) : null}
      <section aria-labelledby="avail-claims">
        <h2 id="avail-claims">{t('claim.title')}</h2>
        <ErrorBox error={claims.error} />
        {claims.loading && !claims.data ? <p>{t('loading')}</p> : null}
        {claims.data ? <ClaimTable claims={claims.data.items} /> : null}
      </section>
    </>
  );
}
