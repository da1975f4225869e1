// Users: search, add (username, name, initial password, roles per unit), edit (name, active,
// roles, password reset), on the one list-and-edit pattern.
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import { ROLE_LABELS, STAFF_ROLES, type StaffRole } from '../../../../../src/shared/roles';
import type { AdminUser, Invitation } from '../../../../../src/shared/contracts/administration/users';
import { EditPanel, useEditForm } from '../../../lib/editing';
import { CheckboxField, FormActions, SelectField, TextField } from '../../../lib/forms';
import { ListEditPage } from '../../../lib/ListEdit';
import { useFormat, useLang, useT } from '../../../lib/i18n';
import { adminMessages } from '../messages';
import { useUnits } from '../units/api';
import { createUser, fetchUsers, resetPassword, updateUser, usersKey } from './api';

interface RoleRow {
  unitId: string;
  role: StaffRole | '';
}

interface Draft {
  username: string;
  displayName: string;
  isActive: boolean;
  password: string;
  roles: RoleRow[];
}

const emptyDraft: Draft = {
  username: '',
  displayName: '',
  isActive: true,
  password: '',
  roles: [{ unitId: '', role: '' }],
};

export default function UsersPage() {
  const t = useT(adminMessages);
  const { lang } = useLang();
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const users = useQuery({ queryKey: usersKey(q), queryFn: () => fetchUsers(q) });
  return (
    <ListEditPage
      title={t.users}
      filters={
        <form
          role="search"
          className="narrow"
          onSubmit={(e) => {
            e.preventDefault();
            setQ(search.trim());
          }}
        >
          <TextField id="users-q" qa="users-search" label={t.searchUsers} value={search} onChange={setSearch} />
          <FormActions>
            <Button type="submit" variant="secondary">
              {t.search}
            </Button>
          </FormActions>
        </form>
      }
      list={users}
      emptyText={t.noUsers}
      columns={[
        { header: t.username, cell: (u) => u.username },
        { header: t.displayName, cell: (u) => u.displayName },
        { header: t.status, cell: (u) => (u.isActive ? t.active : t.inactive) },
        {
          header: t.roles,
          cell: (u) =>
            u.roles.length
              ? u.roles.map((r) => `${ROLE_LABELS[r.role]?.[lang] ?? r.role} – ${r.unitName}`).join('; ')
              : t.noRoles,
        },
      ]}
      editLabel={(u) => t.editUser(u.displayName)}
      form={(editing, close, reloaded) => <UserForm user={editing} onDone={close} onReloaded={reloaded} />}
      qa="users"
    />
  );
}

function UserForm({
  user,
  onDone,
  onReloaded,
}: {
  user: AdminUser | null;
  onDone: () => void;
  onReloaded: (u: AdminUser) => void;
}) {
  const t = useT(adminMessages);
  const { lang } = useLang();
  const qc = useQueryClient();
  const units = useUnits('');
  const [letter, setLetter] = useState<{ username: string; displayName: string; invitation: Invitation } | null>(null);
  const reset = useMutation({
    mutationFn: () => resetPassword(user!.id),
    onSuccess: (invitation) => setLetter({ username: user!.username, displayName: user!.displayName, invitation }),
  });
  const cleanRoles = (roles: RoleRow[]) =>
    roles.filter((r) => r.unitId && r.role).map((r) => ({ unitId: r.unitId, role: r.role as StaffRole }));
  const form = useEditForm<Draft, unknown>({
    idPrefix: user ? 'user-edit' : 'user-new',
    initial: user
      ? {
          ...emptyDraft,
          displayName: user.displayName,
          isActive: user.isActive,
          roles: user.roles.map((r) => ({ unitId: r.unitId, role: r.role })),
        }
      : emptyDraft,
    save: (d: Draft) =>
      user
        ? updateUser(user.id, {
            displayName: d.displayName.trim(),
            isActive: d.isActive,
            roles: cleanRoles(d.roles),
            version: user.version,
          })
        : createUser({
            username: d.username.trim(),
            displayName: d.displayName.trim(),
            roles: cleanRoles(d.roles),
          }),
    onSaved: async (result) => {
      await qc.invalidateQueries({ queryKey: ['admin', 'users'] });
      if (user) onDone();
      else {
        const created = result as { user: AdminUser; invitation: Invitation };
        setLetter({
          username: created.user.username,
          displayName: created.user.displayName,
          invitation: created.invitation,
        });
        form.reset(emptyDraft);
      }
    },
  });
  const reload = async () => {
    if (!user) return;
    const current = (await fetchUsers('')).find((u) => u.id === user.id);
    await qc.invalidateQueries({ queryKey: ['admin', 'users'] });
    if (current) onReloaded(current);
  };
  const roles = form.values.roles;
  const setRole = (i: number, patch: Partial<RoleRow>) =>
    form.set(
      'roles',
      roles.map((r, j) => (j === i ? { ...r, ...patch } : r)),
    );
  const unitOptions = (units.data ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.organisationName})` }));
  const roleOptions = STAFF_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r][lang] }));
  const rolesError = form.error('roles');

  return (
    <>
      {letter && <InvitationLetter {...letter} onClose={() => setLetter(null)} />}
      <EditPanel
        title={user ? t.editUser(user.displayName) : t.newUser}
        form={form}
        submitLabel={user ? t.save : t.create}
        savedText={user ? undefined : t.created}
        onCancel={user ? onDone : undefined}
        onReload={() => void reload()}
        qa="user-form"
      >
        <div className="form-row">
          {!user && (
            <TextField
              id={form.id('username')}
              qa="user-username"
              label={t.username}
              value={form.values.username}
              onChange={(v) => form.set('username', v)}
              autoComplete="off"
              error={form.error('username')}
              required
            />
          )}
          <TextField
            id={form.id('displayName')}
            qa="user-name"
            label={t.displayName}
            value={form.values.displayName}
            onChange={(v) => form.set('displayName', v)}
            autoComplete="off"
            error={form.error('displayName')}
            required
          />
        </div>
        {user && (
          <CheckboxField
            id={form.id('isActive')}
            qa="user-active"
            label={t.accountActive}
            checked={form.values.isActive}
            onChange={(v) => form.set('isActive', v)}
          />
        )}
        <fieldset>
          <legend>{t.roles}</legend>
          {rolesError && (
            <p className="field-error" id={form.id('roles')} tabIndex={-1}>
              {rolesError}
            </p>
          )}
          {roles.map((r, i) => (
            <div key={i} className="form-row role-row" role="group" aria-label={t.roleRow(i + 1)}>
              <SelectField
                id={form.id(`roles.${i}.unitId`)}
                qa={`user-role-${i}-unit`}
                label={t.unit}
                value={r.unitId}
                onChange={(unitId) => setRole(i, { unitId })}
                placeholder={t.chooseUnit}
                options={unitOptions}
                error={form.error(`roles.${i}.unitId`)}
              />
              <SelectField
                id={form.id(`roles.${i}.role`)}
                qa={`user-role-${i}-role`}
                label={t.role}
                value={r.role}
                onChange={(role) => setRole(i, { role: role as StaffRole })}
                placeholder="—"
                options={roleOptions}
                error={form.error(`roles.${i}.role`)}
              />
              <div className="field">
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    form.set(
                      'roles',
                      roles.filter((_, j) => j !== i),
                    )
                  }
                >
                  {t.removeRole(i + 1)}
                </button>
              </div>
            </div>
          ))}
          <Button
            type="button"
            variant="secondary"
            onClick={() => form.set('roles', [...roles, { unitId: '', role: '' }])}
          >
            {t.addRole}
          </Button>
        </fieldset>
        {user && (
          <p>
            <Button
              type="button"
              variant="secondary"
              onClick={() => reset.mutate()}
              disabled={reset.isPending}
              data-qa="password-reset"
            >
              {t.resetPassword}
            </Button>
            <span className="field-hint"> {t.resetPasswordHint}</span>
          </p>
        )}
      </EditPanel>
    </>
  );
}

/** The letter with the one-time code: shown once, to print or read out; the code is never stored. */
function InvitationLetter({
  username,
  displayName,
  invitation,
  onClose,
}: {
  username: string;
  displayName: string;
  invitation: Invitation;
  onClose: () => void;
}) {
  const t = useT(adminMessages);
  const fmt = useFormat();
  const origin = window.location.origin;
  return (
    <section className="panel letter" aria-labelledby="letter-title" data-qa="invitation-letter">
      <h2 id="letter-title">{t.letterTitle}</h2>
      <p className="no-print">{t.letterIntro}</p>
      <div className="letter-body">
        <p>{t.letterGreeting(displayName)}</p>
        <p>{t.letterText(`${origin}/aktivoi`)}</p>
        <dl>
          <dt>{t.username}</dt>
          <dd data-qa="letter-username">{username}</dd>
          <dt>{t.letterCode}</dt>
          <dd className="letter-code" data-qa="letter-code">
            {invitation.code}
          </dd>
          <dt>{t.letterValid}</dt>
          <dd>{fmt.dateTime(invitation.expiresAt)}</dd>
        </dl>
      </div>
      <FormActions>
        <Button type="button" onClick={() => window.print()}>
          {t.print}
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          {t.close}
        </Button>
      </FormActions>
    </section>
  );
}
