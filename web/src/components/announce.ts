// The page's aria-live regions: success messages (polite) and errors (assertive).
type Listener = (msg: { text: string; kind: 'ok' | 'error'; id: number }) => void;
let listener: Listener | null = null;
let n = 0;
export function setAnnouncer(l: Listener | null): void {
  listener = l;
}
export function announce(text: string, kind: 'ok' | 'error' = 'ok'): void {
  listener?.({ text, kind, id: ++n });
}
