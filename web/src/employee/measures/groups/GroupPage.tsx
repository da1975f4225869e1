// One group: programme of sessions, members (invitations, consent), attendance with the
// confidentiality rule, anonymous feedback and the closing session with decision makers. What the
// user may change comes from the group's permittedActions; the expert-by-experience leader's view
// (first names only) comes from the server as it is.
import { useState } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import type { GroupDetail, GroupMember, GroupSession } from '../../../../../src/shared/contracts/measures/groups';
import { MET_EXPECTATIONS } from '../../../../../src/shared/measures/vocabulary';
import { can } from '../../../lib/auth';
import { CheckboxField, SelectField } from '../../../lib/forms';
import { useT } from '../../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../../lib/states';
import { usePageTitle } from '../../../lib/title';
import { m } from '../messages';
import { Area, err, Field, Section } from '../ui';
import {
  addFeedback,
  closeGroup,
  feedbackKey,
  fetchFeedback,
  fetchGroup,
  groupKey,
  saveAttendance,
  updateMember,
  updateSession,
} from './api';

export default function GroupPage() {
  const t = useT(m);
  const { groupId = '' } = useParams();
  const group = useQuery({ queryKey: groupKey(groupId), queryFn: () => fetchGroup(groupId) });
  usePageTitle(group.data?.group.name);
  if (group.isPending) return <Loading />;
  if (group.error) return <ErrorState error={group.error} onRetry={() => void group.refetch()} />;
  const d = group.data;
  const full = d.view === 'full';
  const manages = can(d, 'group.update');
  return (
    <>
      <h1>{d.group.name}</h1>
      <p data-qa="group-status" data-status={d.group.status}>
        {d.group.targetGroup} · {t.statuses[d.group.status]}
      </p>
      {!full && (
        <p className="success-message" data-qa="leader-view">
          {t.leaderView}
        </p>
      )}
      <p>
        {t.leaders}: {d.leaders.map((l) => l.name).join(', ')}
      </p>
      <Section id="members-title" title={t.members} qa="group-members">
        {d.members.length === 0 ? (
          <Empty>{t.noMembers}</Empty>
        ) : (
          <ul>
            {d.members.map((mem) => (
              <li
                key={mem.id}
                data-qa="member"
                data-status={mem.status}
                data-confidentiality-accepted={mem.confidentialityAcceptedOn ?? ''}
              >
                {mem.name.trim() || t.client} — {t.memberStatuses[mem.status]}
                {mem.confidentialityAcceptedOn ? ` · ${t.confidentiality} ${mem.confidentialityAcceptedOn}` : ''}
                {mem.notesConsent ? ` · ${t.notesConsent}` : ''}
                {manages && <ConsentButton groupId={groupId} member={mem} />}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="sessions-title" title={t.sessions} qa="group-sessions">
        {d.sessions.map((s) => (
          <SessionCard key={s.id} detail={d} session={s} />
        ))}
      </Section>
      {manages && d.group.status !== 'closed' && <CloseGroup groupId={groupId} version={d.group.version} />}
    </>
  );
}

function ConsentButton({ groupId, member }: { groupId: string; member: GroupMember }) {
  const t = useT(m);
  const qc = useQueryClient();
  const mut = useMutation({
    mutationFn: () =>
      updateMember(groupId, member.id, { notesConsent: !member.notesConsent, version: member.version! }),
    onSettled: () => qc.invalidateQueries({ queryKey: groupKey(groupId) }),
  });
  return (
    <>
      {' '}
      <button
        type="button"
        className="link-button"
        onClick={() => mut.mutate()}
        disabled={mut.isPending}
        data-qa="toggle-consent"
      >
        {member.notesConsent ? t.withdrawConsent : t.giveConsent}
      </button>
      <MutationError error={mut.error} />
    </>
  );
}

function SessionCard({ detail, session: s }: { detail: GroupDetail; session: GroupSession }) {
  const t = useT(m);
  const qc = useQueryClient();
  const groupId = detail.group.id;
  const full = detail.view === 'full';
  // A closed group is read-only: the same view as the leader's list, with full names.
  const editable = can(detail, 'group.update') && detail.group.status !== 'closed';
  const active = detail.members
    .filter((mem) => mem.status === 'invited' || mem.status === 'joined')
    .map((mem) => ({ ...mem, name: mem.name.trim() || t.client }));
  const initial = Object.fromEntries(
    active.map((mem) => [
      mem.id,
      detail.attendance.some((a) => a.sessionId === s.id && a.memberId === mem.id && a.present),
    ]),
  );
  const [present, setPresent] = useState<Record<string, boolean>>(initial);
  const [accepts, setAccepts] = useState<Record<string, boolean>>({});
  const [notes, setNotes] = useState(s.notes ?? '');
  const [guests, setGuests] = useState(s.guests ?? '');
  const refresh = () => qc.invalidateQueries({ queryKey: groupKey(groupId) });
  const attendance = useMutation({
    mutationFn: () =>
      saveAttendance(groupId, s.id, {
        entries: active.map((mem) => ({
          memberId: mem.id,
          present: !!present[mem.id],
          confidentialityAccepted: accepts[mem.id] || undefined,
        })),
      }),
    onSuccess: refresh,
  });
  const edit = useMutation({
    mutationFn: () =>
      updateSession(groupId, s.id, { notes: notes || null, guests: guests || null, version: s.version }),
    onSuccess: refresh,
  });
  const idp = `s${s.no}`;
  return (
    <article
      className="card mt-s"
      aria-labelledby={`${idp}-title`}
      data-qa="session"
      data-no={s.no}
      data-closing={s.isClosing}
    >
      <h3 id={`${idp}-title`}>
        {t.session(s.no)}: {s.date}
        {s.startTime ? ` ${s.startTime}` : ''} ({s.durationMinutes / 60} h){s.isClosing ? ` — ${t.closingSession}` : ''}
      </h3>
      {s.guests && !editable && (
        <p>
          {t.guests}: {s.guests}
        </p>
      )}
      {active.length === 0 ? null : editable ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            attendance.mutate();
          }}
          noValidate
          data-qa="session-attendance"
        >
          <fieldset>
            <legend>{t.present}</legend>
            {active.map((mem, i) => (
              <div key={mem.id}>
                <CheckboxField
                  id={`${idp}-present-${i}`}
                  qa={`present-${i}`}
                  label={mem.name}
                  checked={!!present[mem.id]}
                  onChange={(c) => setPresent((p) => ({ ...p, [mem.id]: c }))}
                />
                {present[mem.id] && !mem.confidentialityAcceptedOn && (
                  <CheckboxField
                    id={`${idp}-conf-${i}`}
                    qa={`confidentiality-${i}`}
                    label={`${mem.name}: ${t.acceptsConfidentiality}`}
                    checked={!!accepts[mem.id]}
                    onChange={(c) => setAccepts((p) => ({ ...p, [mem.id]: c }))}
                  />
                )}
                {err(attendance.error, `entries.${i}.confidentialityAccepted`) && (
                  <p className="field-error">{err(attendance.error, `entries.${i}.confidentialityAccepted`)}</p>
                )}
              </div>
            ))}
          </fieldset>
          <MutationError error={attendance.error} />
          <Button type="submit" variant="secondary" disabled={attendance.isPending} data-qa="save-attendance">
            {t.saveAttendance}
          </Button>
        </form>
      ) : (
        <ul aria-label={t.present} data-qa="session-present">
          {active.map((mem) => (
            <li key={mem.id}>
              {mem.name}: {initial[mem.id] ? t.present : '—'}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <details className="mt-s" data-qa="session-edit">
          <summary data-qa="session-edit-open">
            {t.sessionNotes}
            {s.isClosing ? ` / ${t.guests}` : ''}
          </summary>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              edit.mutate();
            }}
            noValidate
          >
            {s.isClosing && (
              <Field
                id={`${idp}-guests`}
                qa="session-guests"
                label={t.guests}
                value={guests}
                onChange={setGuests}
                error={err(edit.error, 'guests')}
              />
            )}
            <Area
              id={`${idp}-notes`}
              qa="session-notes"
              label={t.sessionNotes}
              value={notes}
              onChange={setNotes}
              error={err(edit.error, 'notes')}
            />
            <MutationError
              error={edit.error}
              onReload={() => void refresh().then(() => edit.reset())}
              reloadLabel={t.reload}
            />
            <Button type="submit" variant="secondary" disabled={edit.isPending} data-qa="session-save">
              {t.save}
            </Button>
          </form>
        </details>
      )}
      {full && s.notes && !editable && (
        <p>
          {t.sessionNotes}: {s.notes}
        </p>
      )}
      {full && s.held && (
        <FeedbackForm groupId={groupId} sessionId={s.id} idp={idp} canAdd={can(detail, 'group.update')} />
      )}
    </article>
  );
}

function FeedbackForm({
  groupId,
  sessionId,
  idp,
  canAdd,
}: {
  groupId: string;
  sessionId: string;
  idp: string;
  canAdd: boolean;
}) {
  const t = useT(m);
  const qc = useQueryClient();
  const summary = useQuery({ queryKey: feedbackKey(groupId), queryFn: () => fetchFeedback(groupId) });
  const [met, setMet] = useState<(typeof MET_EXPECTATIONS)[number]>('yes');
  const [thoughts, setThoughts] = useState('');
  const [wishes, setWishes] = useState('');
  const add = useMutation({
    mutationFn: () =>
      addFeedback(groupId, sessionId, { metExpectations: met, thoughts: thoughts || null, wishes: wishes || null }),
    onSuccess: async () => {
      setThoughts('');
      setWishes('');
      await qc.invalidateQueries({ queryKey: feedbackKey(groupId) });
    },
  });
  const mine = summary.data?.find((s) => s.sessionId === sessionId);
  const labels = { yes: t.yes, partly: t.partly, no: t.no };
  return (
    <details className="mt-s" data-qa="feedback">
      <summary data-qa="feedback-open">{t.feedbackTitle}</summary>
      {summary.isPending ? (
        <Loading />
      ) : summary.error ? (
        <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />
      ) : (
        mine && (
          <p data-qa="feedback-counts" data-yes={mine.yes} data-partly={mine.partly} data-no={mine.no_}>
            {t.feedbackCounts(mine.yes, mine.partly, mine.no_)}
          </p>
        )
      )}
      {canAdd && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate();
          }}
          noValidate
        >
          <SelectField
            id={`${idp}-met`}
            qa="feedback-met"
            label={t.metExpectations}
            value={met}
            onChange={(v) => setMet(v as typeof met)}
            options={MET_EXPECTATIONS.map((v) => ({ value: v, label: labels[v] }))}
          />
          <Area
            id={`${idp}-thoughts`}
            qa="feedback-thoughts"
            label={t.thoughts}
            value={thoughts}
            onChange={setThoughts}
          />
          <Area id={`${idp}-wishes`} qa="feedback-wishes" label={t.wishes} value={wishes} onChange={setWishes} />
          <MutationError error={add.error} />
          <Button type="submit" variant="secondary" disabled={add.isPending} data-qa="feedback-save">
            {t.addFeedback}
          </Button>
        </form>
      )}
    </details>
  );
}

function CloseGroup({ groupId, version }: { groupId: string; version: number }) {
  const t = useT(m);
  const qc = useQueryClient();
  const close = useMutation({
    mutationFn: () => closeGroup(groupId, version),
    onSuccess: () => qc.invalidateQueries({ queryKey: groupKey(groupId) }),
  });
  return (
    <div className="panel">
      <MutationError error={close.error} />
      {err(close.error, 'guests') && <p className="field-error">{err(close.error, 'guests')}</p>}
      {err(close.error, 'status') && <p className="field-error">{err(close.error, 'status')}</p>}
      <Button onClick={() => close.mutate()} disabled={close.isPending} data-qa="close-group">
        {t.closeGroup}
      </Button>
    </div>
  );
}
