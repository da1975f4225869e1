// Meetings and short notes of a client (asiakaskertomus): list, record a meeting, mark a booked one held.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import { api } from '../../../lib/api';
import { fieldError, FormActions, SelectField, TextField } from '../../../lib/forms';
import { useT } from '../../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../../lib/states';
import { DateField, fiDate, TextArea } from './fields';
import { meetingMessages } from './messages';
import type { Meeting, MeetingKind } from './types';
import './plan.css';

interface MeetingList {
  meetings: Meeting[];
  counts: { held: number; planned: number; faceToFaceHeld: number; assessmentContactsMet: boolean };
}
const KINDS: MeetingKind[] = ['face-to-face', 'phone', 'video', 'home-visit', 'network-meeting'];

export default function MeetingsTab({ clientId }: { clientId: string }) {
  const t = useT(meetingMessages);
  const qc = useQueryClient();
  const key = ['meetings', clientId];
  const list = useQuery({ queryKey: key, queryFn: () => api.get<MeetingList>(`/api/clients/${clientId}/meetings`) });
  const markHeld = useMutation({
    mutationFn: (m: Meeting) =>
      api.put(`/api/clients/${clientId}/meetings/${m.id}`, {
        date: m.date,
        time: m.time,
        kind: m.kind,
        status: 'held',
        participants: m.participants,
        location: m.location,
        note: m.note,
        version: m.version,
      }),
    onSettled: () => qc.invalidateQueries({ queryKey: key }),
  });
  return (
    <section aria-labelledby="meetings-title">
      <h2 id="meetings-title">{t.title}</h2>
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <p>{t.counts(list.data.counts.held, list.data.counts.faceToFaceHeld, list.data.counts.planned)}</p>
          {list.data.meetings.length === 0 ? (
            <Empty>{t.none}</Empty>
          ) : (
            <div className="table-wrap" tabIndex={0} role="region" aria-label={t.title}>
              <table className="data">
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
                    <tr key={m.id}>
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
                        {m.status === 'planned' && (
                          <>
                            <br />
                            <button type="button" className="link-button" onClick={() => markHeld.mutate(m)}>
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
        </>
      )}
      <NewMeeting clientId={clientId} onSaved={() => qc.invalidateQueries({ queryKey: key })} />
    </section>
  );
}

function NewMeeting({ clientId, onSaved }: { clientId: string; onSaved: () => void }) {
  const t = useT(meetingMessages);
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const [time, setTime] = useState('');
  const [kind, setKind] = useState<MeetingKind>('face-to-face');
  const [status, setStatus] = useState<'planned' | 'held'>('held');
  const [participants, setParticipants] = useState('');
  const [location, setLocation] = useState('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState(false);
  const m = useMutation({
    mutationFn: () =>
      api.post(`/api/clients/${clientId}/meetings`, {
        date,
        time: time || null,
        kind,
        status,
        participants: participants
          .split(',')
          .map((p) => p.trim())
          .filter(Boolean),
        location: location || null,
        note: note || null,
      }),
    onSuccess: () => {
      setDone(true);
      setNote('');
      setParticipants('');
      onSaved();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    m.mutate();
  };
  return (
    <section className="panel narrow" aria-labelledby="meeting-new-title">
      <h3 id="meeting-new-title">{t.add}</h3>
      <form noValidate onSubmit={submit}>
        <DateField
          id="meeting-date"
          label={t.date}
          value={date}
          onChange={setDate}
          error={fieldError(m.error, 'date')}
          required
        />
        <TextField
          id="meeting-time"
          label={t.time}
          hint="hh:mm"
          value={time}
          onChange={setTime}
          error={fieldError(m.error, 'time')}
        />
        <SelectField
          id="meeting-kind"
          label={t.kind}
          value={kind}
          onChange={(v) => setKind(v as MeetingKind)}
          options={KINDS.map((k) => ({ value: k, label: t.kinds[k] }))}
          error={fieldError(m.error, 'kind')}
        />
        <SelectField
          id="meeting-status"
          label={t.status}
          value={status}
          onChange={(v) => setStatus(v as 'planned' | 'held')}
          options={(['held', 'planned'] as const).map((s) => ({ value: s, label: t.statuses[s] }))}
        />
        <TextField id="meeting-participants" label={t.participants} value={participants} onChange={setParticipants} />
        <TextField id="meeting-location" label={t.location} value={location} onChange={setLocation} />
        <TextArea
          id="meeting-note"
          label={t.note}
          value={note}
          onChange={setNote}
          error={fieldError(m.error, 'note')}
        />
        <MutationError error={m.error} />
        <div role="status">{done && <p className="success-message">{t.added}</p>}</div>
        <FormActions>
          <Button type="submit" disabled={m.isPending}>
            {t.add}
          </Button>
        </FormActions>
      </form>
    </section>
  );
}
