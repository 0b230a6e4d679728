// Small hooks: the hash route, and polling a loader every 10 s (and on demand after a write).
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from './api';
import { onClockBoundary } from './sla';

export function useHashRoute(): string {
  const [route, setRoute] = useState(() => location.hash.replace(/^#/, '') || '/');
  useEffect(() => {
    const on = () => setRoute(location.hash.replace(/^#/, '') || '/');
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}

export function navigate(path: string): void {
  location.hash = path;
}

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => Promise<void>;
}

export const POLL_MS = 10_000;

/**
 * Loads with `loader` now, whenever `key` changes, every 10 s, and when a displayed SLA clock
 * reaches its next change. `reload()` loads again at once (after a write).
 */
export function usePoll<T>(loader: () => Promise<T>, key: string, opts: { poll?: boolean } = {}): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean; key: string }>({
    loading: true,
    key,
  });
  const loaderRef = useRef(loader);
  loaderRef.current = loader;
  const seq = useRef(0);
  const lastBoundary = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++seq.current;
    try {
      const data = await loaderRef.current();
      if (mine === seq.current) setState({ data, error: undefined, loading: false, key });
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError(0, { message: String(e) });
      if (mine === seq.current) setState((s) => ({ data: s.key === key ? s.data : undefined, error, loading: false, key }));
    }
  }, [key]);

  useEffect(() => {
    setState((s) => (s.key === key ? s : { loading: true, key }));
    void reload();
    const poll = opts.poll !== false;
    const timer = poll ? window.setInterval(() => void reload(), POLL_MS) : undefined;
    const off = onClockBoundary(() => {
      const now = Date.now();
      if (now - lastBoundary.current > 5000) {
        lastBoundary.current = now;
        void reload();
      }
    });
    return () => {
      if (timer !== undefined) window.clearInterval(timer);
      off();
      seq.current++;
    };
  }, [key, reload]);

  const fresh = state.key === key;
  return {
    data: fresh ? state.data : undefined,
    error: fresh ? state.error : undefined,
    loading: !fresh || state.loading,
    reload,
  };
}
