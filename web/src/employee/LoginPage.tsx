// Login at `/`: username and password, a TOTP code when the server asks for it, then a redirect
// by role (clients to the portal, staff to the app). Already signed-in users are redirected.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Button, InlineAlert } from 'suomifi-ui-components';
import { api, ApiError, setCsrfToken } from '../lib/api';
import { homeFor, ME_KEY, useMe, type Me } from '../lib/auth';
import { TextField } from '../lib/forms';
import { useT } from '../lib/i18n';
import { Layout } from '../lib/Layout';
import { common } from '../lib/messages';
import { Loading } from '../lib/states';
import { usePageTitle } from '../lib/title';
import { loginMessages } from './messages';

export function LoginPage() {
  const t = useT(loginMessages);
  const c = useT(common);
  usePageTitle(t.title);
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [params] = useSearchParams();
  const next = params.get('next');
  const { data: me, isPending } = useMe();

  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needTotp, setNeedTotp] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);

  const go = (user: Me) => {
    const target = homeFor(user, next);
    if (target.startsWith('/app')) navigate(target, { replace: true });
    else window.location.replace(target);
  };

  useEffect(() => {
    if (me) go(me);
  }, [me]);

  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!username.trim() || !password) {
      setError(t.missing);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const res = await api.post<{ user: Me; csrfToken: string }>('/api/auth/login', {
        username: username.trim(),
        password,
        ...(needTotp && totp ? { totp: totp.trim() } : {}),
      });
      setCsrfToken(res.csrfToken);
      qc.setQueryData(ME_KEY, res.user);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'totp_required') {
        if (needTotp && totp) setError(err.message);
        setNeedTotp(true);
      } else {
        setError(err instanceof Error ? err.message : String(err));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Layout productName={c.productName} homeHref="/" navItems={[]}>
      <div className="login-page">
        <h1>{t.title}</h1>
        {isPending || me ? (
          <Loading />
        ) : (
          <>
            <p>{t.intro}</p>
            <div ref={errorRef} tabIndex={-1} role="alert" aria-live="assertive">
              {error && (
                <InlineAlert status="error" labelText={t.errorTitle}>
                  {error}
                </InlineAlert>
              )}
            </div>
            <form className="panel" onSubmit={submit} noValidate>
              <TextField
                id="login-username"
                qa="login-username"
                label={t.username}
                value={username}
                onChange={setUsername}
                autoComplete="username"
                required
              />
              <TextField
                id="login-password"
                qa="login-password"
                label={t.password}
                type="password"
                value={password}
                onChange={setPassword}
                autoComplete="current-password"
                required
              />
              {needTotp && (
                <>
                  <p role="status">{t.totpNeeded}</p>
                  <TextField
                    id="login-totp"
                    qa="login-totp"
                    label={t.totp}
                    hint={t.totpHint}
                    value={totp}
                    onChange={setTotp}
                    autoComplete="one-time-code"
                    inputMode="numeric"
                    maxLength={8}
                  />
                </>
              )}
              <Button type="submit" disabled={busy} data-qa="login-submit">
                {busy ? t.submitting : t.submit}
              </Button>
            </form>
          </>
        )}
      </div>
    </Layout>
  );
}
