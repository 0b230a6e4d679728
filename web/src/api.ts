// The one way the page talks to bizline: fetch with the session cookie (same origin), the CSRF
// token (kept in this module only) on unsafe methods, the server's Error body turned into an
// ApiError, and the server clock offset taken from each response's Date header.

export interface ErrorBody {
  code: string;
  reason: string;
  message: string;
  status: string;
  field?: string;
  rule?: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field?: string;
  readonly rule?: string;
  constructor(status: number, body: Partial<ErrorBody>) {
    super(body.message || body.reason || `HTTP ${status}`);
    this.status = status;
    this.code = body.code || `HTTP${status}`;
    this.field = body.field;
    this.rule = body.rule;
  }
}

let csrfToken = '';
let onUnauthorized: () => void = () => {};
let skewMs = 0;
let skewKnown = false;

export function setCsrfToken(token: string): void {
  csrfToken = token;
}
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

/** Server time minus browser time, in ms (0 until a response told us). */
export function clockSkew(): number {
  return skewMs;
}
/** Browser clock corrected to the server's. */
export function serverNow(): number {
  return Date.now() + skewMs;
}
/** Records a server instant seen in a response (used when no Date header came). */
export function noteServerInstant(ms: number): void {
  if (!skewKnown && Number.isFinite(ms)) {
    skewMs = ms - Date.now();
  }
}

function noteDateHeader(res: Response): void {
  const date = res.headers.get('Date');
  if (!date) return;
  const ms = Date.parse(date);
  if (Number.isFinite(ms)) {
    // Date has one-second resolution: take the middle of the second.
    skewMs = ms + 500 - Date.now();
    skewKnown = true;
  }
}

export interface ApiResponse<T> {
  data: T;
  etag: string | null;
  headers: Headers;
}

export interface RequestOptions {
  body?: unknown;
  raw?: Blob | ArrayBuffer;
  contentType?: string;
  ifMatch?: string | null;
  /** Do not redirect to the login page on 401 (the session probe at start-up). */
  quiet401?: boolean;
}

export async function request<T>(method: string, url: string, opts: RequestOptions = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let body: BodyInit | undefined;
  if (opts.raw !== undefined) {
    body = opts.raw;
    headers['Content-Type'] = opts.contentType || 'application/octet-stream';
  } else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (opts.ifMatch) headers['If-Match'] = opts.ifMatch;
  let res: Response;
  try {
    res = await fetch(url, { method, headers, body, credentials: 'same-origin', cache: 'no-store' });
  } catch {
    throw new ApiError(0, { code: 'NetworkError', message: 'network error' });
  }
  noteDateHeader(res);
  if (res.status === 401 && !opts.quiet401) onUnauthorized();
  const text = res.status === 204 ? '' : await res.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  if (!res.ok) {
    throw new ApiError(res.status, typeof parsed === 'object' && parsed ? (parsed as Partial<ErrorBody>) : {});
  }
  return { data: parsed as T, etag: res.headers.get('ETag'), headers: res.headers };
}

/** The error as one line for the live region: message and rule ID. */
export function errorText(e: unknown): string {
  if (e instanceof ApiError) return e.rule ? `${e.message} (${e.rule})` : e.message;
  return String(e);
}

export const get = <T>(url: string, opts?: RequestOptions) => request<T>('GET', url, opts).then((r) => r.data);
export const post = <T>(url: string, body: unknown) => request<T>('POST', url, { body }).then((r) => r.data);

/** Builds a query string from the defined, non-empty values. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const TICKETS = '/tmf-api/troubleTicket/v4/troubleTicket';
export const PRODUCTS = '/tmf-api/productInventory/v4/product';
export const ORDERS = '/tmf-api/productOrderingManagement/v4/productOrder';
export const CUSTOMERS = '/tmf-api/customerManagement/v4/customer';
