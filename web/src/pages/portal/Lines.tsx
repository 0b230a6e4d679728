// The representative's lines (TMF637 products): formula, speeds, options, addresses, SLA tier.
import type { ComponentChildren } from 'preact';
import { PRODUCTS, get } from '../../api';
import { ErrorBox } from '../../components/ErrorBox';
import { formatDate } from '../../format';
import { usePoll } from '../../hooks';
import { t } from '../../i18n/index';
import { charValue, type Product } from '../../types';

export function LineCard({ p, children }: { p: Product; children?: ComponentChildren }) {
  const c = p.productCharacteristic;
  const v = (name: string) => charValue<string | number>(c, name);
  const down = v('downloadSpeedMbps');
  const up = v('uploadSpeedMbps');
  const term = p.productTerm?.find((x) => x.name === 'initialTerm');
  const site = p.place?.find((x) => x.role === 'installationSite')?.id;
  return (
    <article class="card line-card" aria-labelledby={`line-${p.id}`}>
      <h2 id={`line-${p.id}`}>
        {t('lines.line')} {p.id} — {p.productOffering?.name ?? p.name}
      </h2>
      <dl class="summary">
        <dt>{t('lines.formula')}</dt>
        <dd>{p.productOffering?.name ?? p.productOffering?.id}</dd>
        <dt>{t('lines.status')}</dt>
        <dd>{p.status}</dd>
        <dt>{t('lines.speed')}</dt>
        <dd>{down !== undefined ? `${down} / ${up ?? '?'} ${t('mbps')}` : '—'}</dd>
        <dt>{t('lines.options')}</dt>
        <dd>{p.optionOffering?.length ? p.optionOffering.map((o) => o.name ?? o.id).join(', ') : t('none')}</dd>
        <dt>{t('lines.ipv4')}</dt>
        <dd>
          {v('ipv4Addressing') ?? '—'}
          {v('ipv4Address') ? `: ${v('ipv4Address')}` : ''}
        </dd>
        <dt>{t('lines.ipv6')}</dt>
        <dd>
          {v('ipv6Addressing') ?? '—'}
          {v('ipv6Prefix') ? `: ${v('ipv6Prefix')}` : ''}
        </dd>
        {v('ipPackIpv4Block') || v('ipPackIpv6Prefix') ? (
          <>
            <dt>{t('lines.ipPack')}</dt>
            <dd>{[v('ipPackIpv4Block'), v('ipPackIpv6Prefix')].filter(Boolean).join(' · ')}</dd>
          </>
        ) : null}
        <dt>{t('lines.slaTier')}</dt>
        <dd>{v('slaTier') ?? '—'}</dd>
        <dt>{t('lines.serviceWindow')}</dt>
        <dd>{v('serviceWindow') ?? '—'}</dd>
        <dt>{t('lines.cpe')}</dt>
        <dd>
          {v('cpeType') ?? '—'} {v('cpeSerialNumber') ? `(${v('cpeSerialNumber')})` : ''}
        </dd>
        <dt>{t('lines.site')}</dt>
        <dd>{site ?? '—'}</dd>
        <dt>{t('lines.activation')}</dt>
        <dd>{formatDate(p.startDate) || '—'}</dd>
        {term?.validFor?.endDateTime ? (
          <>
            <dt>{t('lines.termEnd')}</dt>
            <dd>{formatDate(term.validFor.endDateTime)}</dd>
          </>
        ) : null}
      </dl>
      {children}
    </article>
  );
}

export function Lines() {
  const lines = usePoll(() => get<Product[]>(PRODUCTS), 'lines');
  return (
    <>
      <h1>{t('lines.title')}</h1>
      <ErrorBox error={lines.error} />
      {lines.loading && !lines.data ? <p>{t('loading')}</p> : null}
      {lines.data && lines.data.length === 0 ? <p>{t('lines.empty')}</p> : null}
      <div class="cards">
        {lines.data?.map((p) => (
          <LineCard key={p.id} p={p} />
        ))}
      </div>
    </>
  );
}
