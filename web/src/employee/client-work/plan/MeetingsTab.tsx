// Meetings and short notes of a client (asiakaskertomus): list, record a meeting, mark a booked one
// held. What the user may do comes with the list (`permittedActions`).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { can } from '../../../lib/auth';
import { clock } from '../../../lib/clock';
import { EditPanel, useEditForm } from '../../../lib/editing';
import { SelectField, TextField } from '../../../lib/forms';
import { useT } from '../../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../../lib/states';
import type { Meeting, MeetingKind } from '../../../../../src/shared/contracts/client-work/meetings';
import { meetingApi, meetingKeys } from './api';
import { DateField, fiDate, TextArea } from './fields';
import { meetingMessages } from './messages';
import './plan.css';

const KINDS: MeetingKind[] = ['face-to-face', 'phone', 'video', 'home-visit', 'network-meeting'];

export default function MeetingsTab({ clientId }: { clientId: string }) {
  const t = useT(meetingMessages);
  const qc = useQueryClient();
  const key = meetingKeys.list(clientId);
  const list = useQuery({ queryKey: key, queryFn: () => meetingApi.list(clientId) });
  const markHeld = useMutation({
    mutationFn: (m: Meeting) => meetingApi.update(clientId, m.id, { ...m, status: 'held' }),
    onSettled: () => qc.invalidateQueries({ queryKey: key }),
  });
  const canWrite = can(list.data, 'meeting.write');
  const today = clock.today();
  return (
    <section aria-labelledby="meetings-title" data-qa="meetings-tab">
      <h2 id="meetings-title">{t.title}</h2>
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <p data-qa="meeting-counts">
            {t.counts(list.data.counts.held, list.data.counts.faceToFaceHeld, list.data.counts.planned)}
          </p>
          {list.data.meetings.length === 0 ? (
            <Empty>{t.none}</Empty>
          ) : (
            <div className="table-wrap" tabIndex={0} role="region" aria-label={t.title}>
              <table className="data" data-qa="meetings">
                <thead>
                  <tr>
                    <th scope="col">{t.date}</th>
                    <th scope="col">{t.kind}</th>
                    <th scope="col">{t.status}</th>
                    <th scope="col">{t.participantsShort}</th>
                    <th scope="col">{t.note}</th>
                    <th scope="col">{t.worker}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.meetings.map((m) => (
                    <tr key={m.id} data-qa="meeting-row" data-status={m.status}>
                      <td>
                        {fiDate(m.date)} {m.time}
                      </td>
                      <td>
                        {t.kinds[m.kind]}
                        {m.location && (
                          <>
                            <br />
                            {m.location}
                          </>
                        )}
                      </td>
                      <td>
                        {t.statuses[m.status]}
                        {/* A meeting is held on its day or after, not before. */}
                        {canWrite && m.status === 'planned' && m.date <= today && (
                          <>
                            <br />
                            <button
                              type="button"
                              className="link-button"
                              onClick={() => markHeld.mutate(m)}
                              data-qa="mark-held"
                            >
                              {t.markHeld}
                            </button>
                          </>
                        )}
                      </td>
                      <td>{m.participants.join(', ')}</td>
                      <td>{m.note}</td>
                      <td>{m.workerName}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <MutationError error={markHeld.error} />
          {canWrite && <NewMeeting clientId={clientId} />}
        </>
      )}
    </section>
  );
}

interface Draft {
  date: string;
  time: string;
  kind: MeetingKind;
  status: 'planned' | 'held';
  /** Names separated by commas. */
  participants: string;
  location: string;
  note: string;
}

function NewMeeting({ clientId }: { clientId: string }) {
  const t = useT(meetingMessages);
  const qc = useQueryClient();
  const form = useEditForm({
    idPrefix: 'meeting',
    initial: {
      date: clock.today(),
      time: '',
      kind: 'face-to-face',
      status: 'held',
      participants: '',
      location: '',
      note: '',
    } as Draft,
    save: (d: Draft) =>
      meetingApi.create(clientId, {
        date: d.date,
        time: d.time || null,
        kind: d.kind,
        status: d.status,
        participants: d.participants
          .split(',')
          .map((p) => p.trim())
          .filter(Boolean),
        location: d.location || null,
        note: d.note || null,
      }),
    onSaved: async (_meeting, d) => {
      form.reset({ ...d, participants: '', note: '' });
      await qc.invalidateQueries({ queryKey: meetingKeys.list(clientId) });
    },
  });
  const text = (key: 'time' | 'participants' | 'location', label: string, hint?: string) => (
    <TextField
      id={form.id(key)}
      qa={`meeting-${key}`}
      label={label}
      hint={hint}
      value={form.values[key]}
      onChange={(v) => form.set(key, v)}
      error={form.error(key)}
    />
  );
  return (
    <EditPanel title={t.add} form={form} submitLabel={t.add} savedText={t.added} qa="meeting-form">
      <DateField
        id={form.id('date')}
        qa="meeting-date"
        label={t.date}
        value={form.values.date}
        onChange={(v) => form.set('date', v)}
        error={form.error('date')}
        required
      />
      {text('time', t.time, 'hh:mm')}
      <SelectField
        id={form.id('kind')}
        qa="meeting-kind"
        label={t.kind}
        value={form.values.kind}
        onChange={(v) => form.set('kind', v as MeetingKind)}
        options={KINDS.map((k) => ({ value: k, label: t.kinds[k] }))}
        error={form.error('kind')}
      />
      <SelectField
        id={form.id('status')}
        qa="meeting-status"
        label={t.status}
        value={form.values.status}
        onChange={(v) => form.set('status', v as Draft['status'])}
        options={(['held', 'planned'] as const).map((s) => ({ value: s, label: t.statuses[s] }))}
      />
      {text('participants', t.participants)}
      {text('location', t.location)}
      <TextArea
        id={form.id('note')}
        qa="meeting-note"
        label={t.note}
        value={form.values.note}
        onChange={(v) => form.set('note', v)}
        error={form.error('note')}
      />
    </EditPanel>
  );
}
