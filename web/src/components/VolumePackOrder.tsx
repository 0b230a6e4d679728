// Ordering a Volume Pack for a line that can have one (U-14): a button, then a confirm step with
// the size and price the server offers for this month (GET /api/v1/line/{id}/usage,
// `volumePackOffer`), then POST /api/v1/line/{id}/volumePack. The server decides everything (who
// may order, whether the line may have one, the price, the new cap, whether the throttle lifts);
// its refusal is shown here with its rule ID.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, errorText } from '../api';
import { formatCents, formatGigabytes } from '../format';
import { t } from '../i18n/index';
import type { Product, VolumePack, VolumePackOffer } from '../types';
import { orderVolumePack } from '../usageApi';
import { announce } from './announce';
import { ErrorBox } from './ErrorBox';

/** A Volume Pack's price as the server states it (ordered or offered): "Free", or the amount in EUR. */
export function packPrice(p: Pick<VolumePack, 'charge' | 'price'>): string {
  const value = p.price?.value;
  if (p.charge === 'free' || value === 0) return t('pack.free');
  return value === undefined ? '—' : formatCents(Math.round(value * 100));
}

interface Props {
  line: Product;
  month: string;
  offer: VolumePackOffer;
  onOrdered: () => Promise<void>;
}

export function VolumePackOrder({ line, month, offer, onOrdered }: Props) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string>('');
  const openRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const id = `pack-${line.id}`;

  // The focus follows the step: into the confirm step when it opens, back to the button after.
  useEffect(() => {
    if (open) confirmRef.current?.focus();
    else if (wasOpen.current) openRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const start = () => {
    setError(null);
    setDone('');
    setOpen(true);
  };
  const cancel = () => {
    if (!busy) setOpen(false);
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      const pack = await orderVolumePack(line.id);
      let text = t('pack.ordered', { size: formatGigabytes(pack.volumeBytes), price: packPrice(pack) });
      if (pack.throttleLifted) text += ` ${t('pack.throttleLifted')}`;
      setDone(text);
      announce(text);
      setOpen(false);
      await onOrdered();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, { message: String(err) }));
      announce(errorText(err), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="pack-order">
      {open ? (
        <div
          id={`${id}-confirm`}
          class="confirm"
          role="group"
          aria-labelledby={`${id}-confirm-title`}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              cancel();
            }
          }}
        >
          <p id={`${id}-confirm-title`} class="confirm-title">
            {t('pack.confirmTitle', { line: line.id, month })}
          </p>
          <dl class="summary">
            <dt>{t('pack.size')}</dt>
            <dd class="pack-size">{formatGigabytes(offer.volumeBytes)}</dd>
            <dt>{t('pack.price')}</dt>
            <dd class="pack-price">{packPrice(offer)}</dd>
          </dl>
          <div class="buttons">
            <button type="button" class="primary" ref={confirmRef} disabled={busy} onClick={confirm}>
              {busy ? t('saving') : t('pack.confirm')}
            </button>
            <button type="button" disabled={busy} onClick={cancel}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" ref={openRef} onClick={start}>
          {t('pack.order')}
        </button>
      )}
      <ErrorBox error={error} />
      {done ? <p class="ok-text">{done}</p> : null}
    </div>
  );
}
