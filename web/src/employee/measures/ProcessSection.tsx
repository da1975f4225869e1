// Service processes from templates (the youth process 18–24): checklist with due dates, contacts
// against the assessment rule, requested appointment and the follow-up contact.
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import { api } from '../../lib/api';
import { SelectField } from '../../lib/forms';
import { useLang, useT } from '../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../lib/states';
import { useCurrentUser } from '../Shell';
import { m } from './messages';
import { err, Field, Section, today } from './ui';

type L = { fi: string; sv: string; en: string };
type Kind = 'face-to-face' | 'phone' | 'network';
interface Process {
  id: string;
  templateName: string;
  workerName: string;
  assignedByTeamOn: string;
  requestedAppointmentOn: string | null;
  startedOn: string;
  endedOn: string | null;
  followUpDoneOn: string | null;
  version: number;
  checklist: { key: string; title: L; dueDate: string; doneOn: string | null }[];
  contacts: { id: string; date: string; kind: Kind }[];
  status: {
    assessmentDue: string;
    contactsInWindow: number;
    faceToFaceInWindow: number;
    assessmentRuleMet: boolean;
    appointmentDue: string | null;
    appointmentMet: boolean | null;
    followUpDue: string | null;
  };
}

export function ProcessSection({ clientId }: { clientId: string }) {
  const t = useT(m);
  const { lang } = useLang();
  const qc = useQueryClient();
  const me = useCurrentUser();
  const key = ['measures', 'processes', clientId];
  const data = useQuery({
    queryKey: key,
    queryFn: () => api.get<{ processes: Process[] }>(`/api/clients/${clientId}/processes`).then((r) => r.processes),
  });
  const templates = useQuery({
    queryKey: ['measures', 'templates'],
    queryFn: () =>
      api
        .get<{ templates: { id: string; name: string; isActive: boolean }[] }>('/api/process-templates')
        .then((r) => r.templates),
  });
  const staff = useQuery({
    queryKey: ['measures', 'group-staff'],
    queryFn: () =>
      api.get<{ staff: { id: string; name: string; kind: string }[] }>('/api/groups/staff').then((r) => r.staff),
  });
  const [f, setF] = useState({
    templateId: '',
    workerId: me.id,
    assignedByTeamOn: today(),
    startedOn: today(),
    requestedAppointmentOn: '',
  });
  const apply = useMutation({
    mutationFn: () =>
      api.post(`/api/clients/${clientId}/processes`, {
        ...f,
        requestedAppointmentOn: f.requestedAppointmentOn || null,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
  return (
    <Section id="proc-title" title={t.processes}>
      {data.isPending ? (
        <Loading />
      ) : data.error ? (
        <ErrorState error={data.error} onRetry={() => void data.refetch()} />
      ) : data.data.length === 0 ? (
        <Empty>{t.noProcesses}</Empty>
      ) : (
        data.data.map((p) => <ProcessCard key={p.id} clientId={clientId} p={p} lang={lang} />)
      )}
      <details className="mt-s">
        <summary>{t.applyTemplate}</summary>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            apply.mutate();
          }}
          noValidate
        >
          {templates.error && <ErrorState error={templates.error} onRetry={() => void templates.refetch()} />}
          <SelectField
            id="proc-template"
            label={t.template}
            value={f.templateId}
            onChange={(v) => setF({ ...f, templateId: v })}
            placeholder={t.chooseTemplate}
            options={(templates.data ?? []).filter((x) => x.isActive).map((x) => ({ value: x.id, label: x.name }))}
            error={err(apply.error, 'templateId')}
          />
          <SelectField
            id="proc-worker"
            label={t.worker}
            value={f.workerId}
            onChange={(v) => setF({ ...f, workerId: v })}
            options={(staff.data ?? []).filter((s) => s.kind === 'staff').map((s) => ({ value: s.id, label: s.name }))}
            error={err(apply.error, 'workerId')}
          />
          <Field
            id="proc-team"
            type="date"
            label={t.assignedByTeamOn}
            value={f.assignedByTeamOn}
            onChange={(v) => setF({ ...f, assignedByTeamOn: v })}
            error={err(apply.error, 'assignedByTeamOn')}
          />
          <Field
            id="proc-start"
            type="date"
            label={t.startedOn}
            value={f.startedOn}
            onChange={(v) => setF({ ...f, startedOn: v })}
            error={err(apply.error, 'startedOn')}
          />
          <Field
            id="proc-req"
            type="date"
            label={t.requestedAppointmentOn}
            value={f.requestedAppointmentOn}
            onChange={(v) => setF({ ...f, requestedAppointmentOn: v })}
          />
          <MutationError error={apply.error} />
          <Button type="submit" disabled={apply.isPending || !f.templateId}>
            {t.applyTemplate}
          </Button>
        </form>
      </details>
    </Section>
  );
}

function ProcessCard({ clientId, p, lang }: { clientId: string; p: Process; lang: 'fi' | 'sv' | 'en' }) {
  const t = useT(m);
  const qc = useQueryClient();
  const base = `/api/clients/${clientId}/processes/${p.id}`;
  const refresh = () => qc.invalidateQueries({ queryKey: ['measures', 'processes', clientId] });
  const [kind, setKind] = useState<Kind>('face-to-face');
  const [date, setDate] = useState(today());
  const contact = useMutation({ mutationFn: () => api.post(`${base}/contacts`, { date, kind }), onSuccess: refresh });
  const done = useMutation({
    mutationFn: (stepKey: string) => api.post(`${base}/steps/${stepKey}/done`, { date: today() }),
    onSuccess: refresh,
  });
  const end = useMutation({
    mutationFn: () => api.post(`${base}/end`, { endedOn: today(), version: p.version }),
    onSuccess: refresh,
  });
  const follow = useMutation({
    mutationFn: () => api.post(`${base}/follow-up`, { date: today(), version: p.version }),
    onSuccess: refresh,
  });
  const s = p.status;
  const idp = `proc-${p.id.slice(0, 8)}`;
  return (
    <article className="card mt-s">
      <p>
        <strong>{p.templateName}</strong> · {p.workerName} · {t.startedOn} {p.startedOn}
      </p>
      <p>
        {t.assessmentDue} {s.assessmentDue}: {t.assessmentRule(s.contactsInWindow, s.faceToFaceInWindow)} —{' '}
        {s.assessmentRuleMet ? t.ruleMet : t.ruleNotMet}
      </p>
      {s.appointmentDue && (
        <p>
          {t.appointmentDue} {s.appointmentDue} — {s.appointmentMet ? t.ruleMet : t.ruleNotMet}
        </p>
      )}
      <ul>
        {p.checklist.map((c) => (
          <li key={c.key}>
            {c.title[lang]} — {c.dueDate}{' '}
            {c.doneOn
              ? `· ${t.done} ${c.doneOn}`
              : !p.endedOn && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => done.mutate(c.key)}
                    disabled={done.isPending}
                  >
                    {t.markDone}
                  </button>
                )}
          </li>
        ))}
      </ul>
      <MutationError error={done.error} />
      {!p.endedOn && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            contact.mutate();
          }}
          noValidate
          aria-label={t.addContact}
        >
          <SelectField
            id={`${idp}-kind`}
            label={t.contactKind}
            value={kind}
            onChange={(v) => setKind(v as Kind)}
            options={(['face-to-face', 'phone', 'network'] as const).map((k) => ({
              value: k,
              label: t.contactKindsProcess[k],
            }))}
          />
          <Field
            id={`${idp}-date`}
            type="date"
            label={t.date}
            value={date}
            onChange={setDate}
            error={err(contact.error, 'date')}
          />
          <MutationError error={contact.error} />
          <Button type="submit" variant="secondary" disabled={contact.isPending}>
            {t.addContact}
          </Button>
        </form>
      )}
      {s.followUpDue && (
        <p>
          {t.followUpDue} {s.followUpDue}
          {p.followUpDoneOn ? ` · ${t.done} ${p.followUpDoneOn}` : ''}
        </p>
      )}
      <MutationError error={end.error ?? follow.error} onReload={() => void refresh()} reloadLabel={t.reload} />
      {!p.endedOn ? (
        <Button variant="secondary" className="mt-s" onClick={() => end.mutate()} disabled={end.isPending}>
          {t.endProcess}
        </Button>
      ) : (
        !p.followUpDoneOn && (
          <Button variant="secondary" className="mt-s" onClick={() => follow.mutate()} disabled={follow.isPending}>
            {t.followUpDone}
          </Button>
        )
      )}
    </article>
  );
}
