// Own account: change password, set up or turn off TOTP two-step verification.
import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import { api } from '../../../lib/api';
import { ME_KEY } from '../../../lib/auth';
import { fieldError, FormActions, TextField } from '../../../lib/forms';
import { useT } from '../../../lib/i18n';
import { MutationError } from '../../../lib/states';
import { useCurrentUser } from '../../Shell';
import { accountMessages } from './messages';

export default function AccountPage() {
  const me = useCurrentUser();
  const t = useT(accountMessages);
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.info(me.username)}</p>
      <PasswordForm />
      <TotpSection enabled={me.totpEnabled} />
    </>
  );
}

function PasswordForm() {
  const t = useT(accountMessages);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [local, setLocal] = useState<{ next?: string; repeat?: string }>({});
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    setError(null);
    const problems: { next?: string; repeat?: string } = {};
    if (next.length < 12) problems.next = t.tooShort;
    if (next !== repeat) problems.repeat = t.mismatch;
    setLocal(problems);
    if (problems.next || problems.repeat) return;
    setBusy(true);
    try {
      await api.post('/api/auth/password', { currentPassword: current, newPassword: next });
      setCurrent('');
      setNext('');
      setRepeat('');
      setDone(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel narrow" aria-labelledby="password-title">
      <h2 id="password-title">{t.passwordTitle}</h2>
      <form onSubmit={submit} noValidate>
        <TextField
          id="pw-current"
          label={t.currentPassword}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={setCurrent}
          error={fieldError(error, 'currentPassword')}
        />
        <TextField
          id="pw-new"
          label={t.newPassword}
          hint={t.newPasswordHint}
          type="password"
          autoComplete="new-password"
          value={next}
          onChange={setNext}
          error={local.next ?? fieldError(error, 'newPassword')}
        />
        <TextField
          id="pw-repeat"
          label={t.repeatPassword}
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={setRepeat}
          error={local.repeat}
        />
        <MutationError error={error} />
        <div role="status">{done && <p className="success-message">{t.passwordChanged}</p>}</div>
        <Button type="submit" disabled={busy}>
          {t.changePassword}
        </Button>
      </form>
    </section>
  );
}

interface TotpSetup {
  secret: string;
  otpauthUrl: string;
  qrSvg: string;
}

function TotpSection({ enabled }: { enabled: boolean }) {
  const t = useT(accountMessages);
  const qc = useQueryClient();
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await fn();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const start = () => run(async () => setSetup(await api.post<TotpSetup>('/api/auth/totp/setup')));
  const enable = (e: FormEvent) => {
    e.preventDefault();
    return run(async () => {
      await api.post('/api/auth/totp/enable', { code: code.trim() });
      setSetup(null);
      setCode('');
      setNotice(t.enabled);
      await qc.invalidateQueries({ queryKey: ME_KEY });
    });
  };
  const disable = (e: FormEvent) => {
    e.preventDefault();
    return run(async () => {
      await api.post('/api/auth/totp/disable', { code: code.trim(), password });
      setCode('');
      setPassword('');
      setNotice(t.disabled);
      await qc.invalidateQueries({ queryKey: ME_KEY });
    });
  };

  return (
    <section className="panel narrow" aria-labelledby="totp-title">
      <h2 id="totp-title">{t.totpTitle}</h2>
      <div role="status">{notice && <p className="success-message">{notice}</p>}</div>
      <p>{enabled ? t.totpOn : t.totpOff}</p>
      {enabled ? (
        <form onSubmit={disable} noValidate>
          <p>{t.disableInstructions}</p>
          <TextField
            id="totp-disable-password"
            qa="totp-disable-password"
            label={t.password}
            type="password"
            value={password}
            onChange={setPassword}
            autoComplete="current-password"
            error={fieldError(error, 'password')}
          />
          <TextField
            id="totp-disable-code"
            label={t.code}
            hint={t.codeHint}
            value={code}
            onChange={setCode}
            inputMode="numeric"
            autoComplete="one-time-code"
            error={fieldError(error, 'code')}
          />
          <MutationError error={error} />
          <Button type="submit" variant="secondary" disabled={busy}>
            {t.disable}
          </Button>
        </form>
      ) : setup ? (
        <form onSubmit={enable} noValidate>
          <p>{t.setupInstructions}</p>
          {/* The server renders the QR code as SVG; shown as an image so no markup is injected. */}
          <p className="qr">
            <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(setup.qrSvg)}`} alt={t.qrAlt} />
          </p>
          <p>
            {t.secret}: <code className="secret">{setup.secret}</code>
          </p>
          <TextField
            id="totp-enable-code"
            label={t.code}
            hint={t.codeHint}
            value={code}
            onChange={setCode}
            inputMode="numeric"
            autoComplete="one-time-code"
            error={fieldError(error, 'code')}
          />
          <MutationError error={error} />
          <FormActions>
            <Button type="submit" disabled={busy}>
              {t.enable}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setSetup(null)}>
              {t.cancel}
            </Button>
          </FormActions>
        </form>
      ) : (
        <>
          <MutationError error={error} />
          <Button type="button" onClick={() => void start()} disabled={busy}>
            {t.startSetup}
          </Button>
        </>
      )}
    </section>
  );
}
