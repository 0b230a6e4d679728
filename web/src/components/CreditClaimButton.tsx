// Claiming a Service Credit for one breach of a line (SLA-010): a button, then a confirm step with
// the credit and the claim deadline the availability report states, then POST
// /api/v1/serviceCreditClaim. The server decides everything (who may claim, whether the breach gives
// a credit, the deadline, one claim per breach); its refusal is shown here with its rule ID. A
// pending or approved claim of the breach is shown in place of the button.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, errorText } from '../api';
import { fileClaim } from '../availabilityApi';
import { formatDay, formatPercent } from '../format';
import { t, tk } from '../i18n/index';
import type { ClaimKind, CreditClaim } from '../types';
import { announce } from './announce';
import { ErrorBox, RuleTag } from './ErrorBox';

interface Props {
  line: string;
  kind: ClaimKind;
  period: string;
  percent?: number;
  rule?: string;
  deadline?: string;
  /** The latest claim of this breach, if any. */
  existing?: CreditClaim;
  onClaimed: () => Promise<void>;
}

export function ClaimState({ claim }: { claim: CreditClaim }) {
  return <span class={`badge claim-${claim.state}`}>{t('claim.existing', { id: claim.id, state: tk('claim.state', claim.state) })}</span>;
}

export function CreditClaimButton({ line, kind, period, percent, rule, deadline, existing, onClaimed }: Props) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState('');
  const openRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const wasOpen = useRef(false);
  const id = `claim-${line}-${period}`;

  // The focus follows the step: into the confirm step, back to the button, or to the result.
  useEffect(() => {
    if (open) confirmRef.current?.focus();
    else if (wasOpen.current) (doneRef.current ?? openRef.current)?.focus();
    wasOpen.current = open;
  }, [open]);

  const cancel = () => {
    if (!busy) setOpen(false);
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      const claim = await fileClaim(line, kind, period);
      const text = t('claim.filed', { id: claim.id, state: tk('claim.state', claim.state) });
      setDone(text);
      announce(text);
      await onClaimed();
      setOpen(false);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, { message: String(err) }));
      announce(errorText(err), 'error');
    } finally {
      setBusy(false);
    }
  };

  const claimable = !existing || existing.state === 'refused';
  return (
    <div class="claim-action">
      {existing ? <ClaimState claim={existing} /> : null}
      {!claimable ? null : open ? (
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
            {t('claim.confirmTitle', { line, period })}
          </p>
          <dl class="summary">
            <dt>{t('claim.kind')}</dt>
            <dd>{tk('claim.kind', kind)}</dd>
            {percent !== undefined ? (
              <>
                <dt>{t('claim.credit')}</dt>
                <dd class="claim-share">
                  {t('avail.share', { percent: formatPercent(percent) })} <RuleTag rule={rule} />
                </dd>
              </>
            ) : null}
            {deadline ? (
              <>
                <dt>{t('avail.claimDeadline')}</dt>
                <dd>{t('avail.deadlineValue', { day: formatDay(deadline) })}</dd>
              </>
            ) : null}
          </dl>
          <div class="buttons">
            <button type="button" class="primary" ref={confirmRef} disabled={busy} onClick={confirm}>
              {busy ? t('saving') : t('claim.confirm')}
            </button>
            <button type="button" disabled={busy} onClick={cancel}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          ref={openRef}
          onClick={() => {
            setError(null);
            setDone('');
            setOpen(true);
          }}
        >
          {t('claim.claim')}
          <span class="sr-only"> ({period})</span>
        </button>
      )}
      <ErrorBox error={error} />
      {done ? (
        <p class="ok-text" tabIndex={-1} ref={doneRef}>
          {done}
        </p>
      ) : null}
    </div>
  );
}
