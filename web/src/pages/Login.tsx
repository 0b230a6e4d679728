import { useState } from 'preact/hooks';
import { ApiError, request } from '../api';
import { ErrorBox } from '../components/ErrorBox';
import { Field } from '../components/Field';
import { t } from '../i18n/index';
import type { Session } from '../types';

export function Login({ notice, onLogin }: { notice?: string; onLogin: (s: Session) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const r = await request<Session>('POST', '/auth/session', { body: { email, password }, quiet401: true });
      onLogin(r.data);
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="login">
      <h1>{t('loginTitle')}</h1>
      <p>{t('loginIntro')}</p>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      <form onSubmit={submit} class="form" aria-labelledby="login-h">
        <h2 id="login-h" class="sr-only">
          {t('login')}
        </h2>
        <ErrorBox error={error} />
        <Field id="login-email" label={t('email')}>
          <input id="login-email" type="email" name="email" autocomplete="username" required value={email} onInput={(e) => setEmail((e.target as HTMLInputElement).value)} />
        </Field>
        <Field id="login-password" label={t('password')}>
          <input
            id="login-password"
            type="password"
            name="password"
            autocomplete="current-password"
            required
            value={password}
            onInput={(e) => setPassword((e.target as HTMLInputElement).value)}
          />
        </Field>
        <button type="submit" class="primary" disabled={busy}>
          {t('login')}
        </button>
      </form>
    </div>
  );
}
