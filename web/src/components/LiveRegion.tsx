import { useEffect, useState } from 'preact/hooks';
import { setAnnouncer } from './announce';

/** One polite and one assertive live region that screen readers read out. */
export function LiveRegion() {
  const [ok, setOk] = useState('');
  const [err, setErr] = useState('');
  useEffect(() => {
    let timer: number | undefined;
    setAnnouncer((m) => {
      if (m.kind === 'ok') {
        setOk(m.text);
        setErr('');
      } else {
        setErr(m.text);
      }
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        setOk('');
        setErr('');
      }, 8000);
    });
    return () => {
      window.clearTimeout(timer);
      setAnnouncer(null);
    };
  }, []);
  return (
    <div class="live">
      <p class="live-ok" role="status" aria-live="polite">
        {ok}
      </p>
      <p class="live-error" role="alert" aria-live="assertive">
        {err}
      </p>
    </div>
  );
}
