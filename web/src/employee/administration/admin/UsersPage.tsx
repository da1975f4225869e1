// Users: search, add (username, name, initial password, roles per unit), edit (name, active,
// roles, password reset). Edits carry `version`; a 409 conflict offers to reload.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import { ROLE_LABELS, ROLES, type Role } from '../../../../../src/shared/roles';
import { api, query } from '../../../lib/api';
import { CheckboxField, fieldError, FormActions, SelectField, TextField } from '../../../lib/forms';
import { useLang, useT } from '../../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../../lib/states';
import { adminMessages } from './messages';
import { useUnits } from './UnitsPage';
import type { AdminUser } from './types';

const usersKey = (q: string) => ['admin', 'users', q] as const;
const fetchUsers = (q: string) =>
  api.get<{ users: AdminUser[] }>(`/api/admin/users${query({ q })}`).then((r) => r.users);

interface RoleRow {
  unitId: string;
  role: Role | '';
}

export default function UsersPage() {
  const t = useT(adminMessages);
  const { lang } = useLang();
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const users = useQuery({ queryKey: usersKey(q), queryFn: () => fetchUsers(q) });
  const [editing, setEditing] = useState<AdminUser | null>(null);

  return (
    <>
      <h1>{t.users}</h1>
      <form
        role="search"
        className="narrow"
        onSubmit={(e) => {
          e.preventDefault();
          setQ(search.trim());
        }}
      >
        <TextField id="users-q" label={t.searchUsers} value={search} onChange={setSearch} />
        <FormActions>
          <Button type="submit" variant="secondary">
            {t.search}
          </Button>
        </FormActions>
      </form>
      {users.isPending ? (
        <Loading />
      ) : users.error ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} />
      ) : users.data.length === 0 ? (
        <Empty>{t.noUsers}</Empty>
      ) : (
        <div className="table-wrap mt-s" tabIndex={0} role="region" aria-label={t.users}>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t.username}</th>
                <th scope="col">{t.displayName}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.roles}</th>
                <th scope="col">{t.actions}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((u) => (
                <tr key={u.id} className={editing?.id === u.id ? 'is-selected' : undefined}>
                  <td>{u.username}</td>
                  <td>{u.displayName}</td>
                  <td>{u.isActive ? t.active : t.inactive}</td>
                  <td>
                    {u.roles.length
                      ? u.roles.map((r) => `${ROLE_LABELS[r.role]?.[lang] ?? r.role} – ${r.unitName}`).join('; ')
                      : t.noRoles}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setEditing(u)}
                      aria-label={t.editUser(u.displayName)}
                    >
                      {t.edit}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing ? (
        <UserForm
          key={`${editing.id}:${editing.version}`}
          user={editing}
          onDone={() => setEditing(null)}
          onReloaded={setEditing}
        />
      ) : (
        <UserForm key="new" onDone={() => undefined} />
      )}
    </>
  );
}

function UserForm({
  user,
  onDone,
  onReloaded,
}: {
  user?: AdminUser;
  onDone: () => void;
  onReloaded?: (u: AdminUser) => void;
}) {
  const t = useT(adminMessages);
  const { lang } = useLang();
  const qc = useQueryClient();
  const units = useUnits('');
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [isActive, setIsActive] = useState(user?.isActive ?? true);
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<RoleRow[]>(
    user ? user.roles.map((r) => ({ unitId: r.unitId, role: r.role })) : [{ unitId: '', role: '' }],
  );
  const [localError, setLocalError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);

  const cleanRoles = () =>
    roles.filter((r) => r.unitId && r.role).map((r) => ({ unitId: r.unitId, role: r.role as Role }));

  const mutation = useMutation({
    mutationFn: () =>
      user
        ? api.patch(`/api/admin/users/${user.id}`, {
            displayName: displayName.trim(),
            isActive,
            roles: cleanRoles(),
            ...(password ? { password } : {}),
            version: user.version,
          })
        : api.post('/api/admin/users', {
            username: username.trim(),
            displayName: displayName.trim(),
            password,
            roles: cleanRoles(),
          }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['admin', 'users'] });
      setSaved(true);
      setPassword('');
      if (user) onDone();
      else {
        setUsername('');
        setDisplayName('');
        setRoles([{ unitId: '', role: '' }]);
      }
    },
  });

  const reload = async () => {
    if (!user) return;
    const fresh = await fetchUsers('');
    await qc.invalidateQueries({ queryKey: ['admin', 'users'] });
    mutation.reset();
    const current = fresh.find((u) => u.id === user.id);
    if (current && onReloaded) onReloaded(current);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const needPassword = !user || password !== '';
    if (needPassword && password.length < 12) {
      setLocalError(t.tooShort);
      return;
    }
    setLocalError(undefined);
    mutation.mutate();
  };

  const setRole = (i: number, patch: Partial<RoleRow>) =>
    setRoles((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const idp = user ? 'user-edit' : 'user-new';
  const err = mutation.error;
  const unitOptions = (units.data ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.organisationName})` }));
  const roleOptions = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r][lang] }));

  return (
    <section className="panel" aria-labelledby={`${idp}-title`}>
      <h2 id={`${idp}-title`}>{user ? t.editUser(user.displayName) : t.newUser}</h2>
      <form onSubmit={submit} noValidate>
        <div className="form-row">
          {!user && (
            <TextField
              id={`${idp}-username`}
              label={t.username}
              value={username}
              onChange={setUsername}
              autoComplete="off"
              error={fieldError(err, 'username')}
              required
            />
          )}
          <TextField
            id={`${idp}-name`}
            label={t.displayName}
            value={displayName}
            onChange={setDisplayName}
            autoComplete="off"
            error={fieldError(err, 'displayName')}
            required
          />
          <TextField
            id={`${idp}-password`}
            label={user ? t.resetPassword : t.initialPassword}
            hint={user ? t.resetPasswordHint : t.passwordHint}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={setPassword}
            error={localError ?? fieldError(err, 'password')}
            required={!user}
          />
        </div>
        {user && (
          <CheckboxField id={`${idp}-active`} label={t.accountActive} checked={isActive} onChange={setIsActive} />
        )}
        <fieldset>
          <legend>{t.roles}</legend>
          {fieldError(err, 'roles') && <p className="field-error">{fieldError(err, 'roles')}</p>}
          {roles.map((r, i) => (
            <div key={i} className="form-row role-row" role="group" aria-label={t.roleRow(i + 1)}>
              <SelectField
                id={`${idp}-role-${i}-unit`}
                label={t.unit}
                value={r.unitId}
                onChange={(unitId) => setRole(i, { unitId })}
                placeholder={t.chooseUnit}
                options={unitOptions}
                error={fieldError(err, `roles.${i}.unitId`)}
              />
              <SelectField
                id={`${idp}-role-${i}-role`}
                label={t.role}
                value={r.role}
                onChange={(role) => setRole(i, { role: role as Role })}
                placeholder="—"
                options={roleOptions}
                error={fieldError(err, `roles.${i}.role`)}
              />
              <div className="field">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setRoles((rs) => rs.filter((_, j) => j !== i))}
                >
                  {t.removeRole(i + 1)}
                </button>
              </div>
            </div>
          ))}
          <Button type="button" variant="secondary" onClick={() => setRoles((rs) => [...rs, { unitId: '', role: '' }])}>
            {t.addRole}
          </Button>
        </fieldset>
        <MutationError error={err} onReload={() => void reload()} reloadLabel={t.reload} />
        <div role="status">{saved && !user && <p className="success-message">{t.created}</p>}</div>
        <FormActions>
          <Button type="submit" disabled={mutation.isPending}>
            {user ? t.save : t.create}
          </Button>
          {user && (
            <Button type="button" variant="secondary" onClick={onDone}>
              {t.cancel}
            </Button>
          )}
        </FormActions>
      </form>
    </section>
  );
}
