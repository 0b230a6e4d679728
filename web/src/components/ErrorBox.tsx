// Shows the server's error: its message and its rule ID; field errors go next to their field.
import type { ComponentChildren } from 'preact';
import { ApiError } from '../api';
import { t } from '../i18n/index';

export function RuleTag({ rule }: { rule?: string }) {
  if (!rule) return null;
  return (
    <span class="rule">
      {t('rule')} {rule}
    </span>
  );
}

/** A form-level error (the ones whose `field` no control of the form claims). */
export function ErrorBox({ error, children }: { error?: ApiError | null; children?: ComponentChildren }) {
  if (!error) return null;
  return (
    <div class="error-box" role="alert">
      <p>
        <strong>{t('error')}:</strong> {error.message} <RuleTag rule={error.rule} />
        {error.field ? <span class="field-name"> ({error.field})</span> : null}
      </p>
      {children}
    </div>
  );
}

/** True when the error names this field (exactly, or a member/element of it). */
export function errorFor(error: ApiError | null | undefined, fields: string[]): ApiError | undefined {
  if (!error?.field) return undefined;
  const f = error.field;
  return fields.some((name) => f === name || f.startsWith(name + '.') || f.startsWith(name + '[')) ? error : undefined;
}

/** The error of one field, shown under the control, with id `${id}-error` for aria-describedby. */
export function FieldError({ id, error }: { id: string; error?: ApiError }) {
  if (!error) return null;
  return (
    <p class="field-error" id={`${id}-error`}>
      {error.message} <RuleTag rule={error.rule} />
    </p>
  );
}
