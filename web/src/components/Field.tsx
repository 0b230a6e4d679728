import type { ComponentChildren } from 'preact';
import type { ApiError } from '../api';
import { FieldError } from './ErrorBox';

/** Attributes tying a control to its error message. */
export function fieldProps(id: string, error?: ApiError) {
  return {
    id,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
  };
}

/** A labelled form row: label, control, and the server's error for that field. */
export function Field(props: { id: string; label: string; error?: ApiError; hint?: string; children: ComponentChildren }) {
  return (
    <div class={props.error ? 'field has-error' : 'field'}>
      <label for={props.id}>{props.label}</label>
      {props.children}
      {props.hint ? <p class="hint">{props.hint}</p> : null}
      <FieldError id={props.id} error={props.error} />
    </div>
  );
}
