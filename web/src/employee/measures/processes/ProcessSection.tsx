// Service processes from templates (the youth process 18–24): checklist with due dates, contacts
// against the assessment rule, requested appointment and the follow-up contact.
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import type { ClientProcess } from '../../../../../src/shared/contracts/measures/client-processes';
import { PROCESS_CONTACT_KINDS, type ProcessContactKind } from '../../../../../src/shared/measures/vocabulary';
import type { Lang } from '../../../../../src/shared/i18n';
import { can } from '../../../lib/auth';
import { clock } from '../../../lib/clock';
import { SelectField } from '../../../lib/forms';
import { useLang, useT } from '../../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../../lib/states';
import { useCurrentUser } from '../../Shell';
import { m } from '../messages';
import { err, Field, Section } from '../ui';
import {
  addContact,
  applyTemplate,
  endProcess,
  fetchProcesses,
  fetchTemplates,
  followUp,
  markStepDone,
  processesKey,
  TEMPLATES_KEY,
} from './api';

export function ProcessSection({ clientId }: { clientId: string }) {
  const t = useT(m);
  const { lang } = useLang();
  const qc = useQueryClient();
  const me = useCurrentUser();
  const key = processesKey(clientId);
  const data = useQuery({ queryKey: key, queryFn: () => fetchProcesses(clientId) });
  const writable = can(data.data, 'clientProcess.write');
  const templates = useQuery({ queryKey: TEMPLATES_KEY, queryFn: fetchTemplates, enabled: writable });
  const [f, setF] = useState({
    templateId: '',
    workerId: me.id,
    assignedByTeamOn: clock.today(),
    startedOn: clock.today(),
    requestedAppointmentOn: '',
  });
  const apply = useMutation({
    mutationFn: () => applyTemplate(clientId, { ...f, requestedAppointmentOn: f.requestedAppointmentOn || null }),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
  return (
    <Section id="proc-title" title={t.processes} qa="processes">
      {data.isPending ? (
        <Loading />
      ) : data.error ? (
        <ErrorState error={data.error} onRetry={() => void data.refetch()} />
      ) : data.data.processes.length === 0 ? (
        <Empty>{t.noProcesses}</Empty>
      ) : (
        data.data.processes.map((p) => (
          <ProcessCard key={p.id} clientId={clientId} p={p} lang={lang} writable={writable} />
        ))
      )}
      {writable && (
        <details className="mt-s" data-qa="process-form">
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
              qa="process-template"
              label={t.template}
              value={f.templateId}
              onChange={(v) => setF({ ...f, templateId: v })}
              placeholder={t.chooseTemplate}
              options={(templates.data ?? []).filter((x) => x.isActive).map((x) => ({ value: x.id, label: x.name }))}
              error={err(apply.error, 'templateId')}
            />
            <SelectField
              id="proc-worker"
              qa="process-worker"
              label={t.worker}
              value={f.workerId}
              onChange={(v) => setF({ ...f, workerId: v })}
              options={(data.data?.workers ?? []).map((w) => ({ value: w.id, label: w.name }))}
              error={err(apply.error, 'workerId')}
            />
            <Field
              id="proc-team"
              qa="process-team"
              type="date"
              label={t.assignedByTeamOn}
              value={f.assignedByTeamOn}
              onChange={(v) => setF({ ...f, assignedByTeamOn: v })}
              error={err(apply.error, 'assignedByTeamOn')}
            />
            <Field
              id="proc-start"
              qa="process-start"
              type="date"
              label={t.startedOn}
              value={f.startedOn}
              onChange={(v) => setF({ ...f, startedOn: v })}
              error={err(apply.error, 'startedOn')}
            />
            <Field
              id="proc-req"
              qa="process-requested"
              type="date"
              label={t.requestedAppointmentOn}
              value={f.requestedAppointmentOn}
              onChange={(v) => setF({ ...f, requestedAppointmentOn: v })}
            />
            <MutationError error={apply.error} />
            <Button type="submit" disabled={apply.isPending || !f.templateId} data-qa="process-save">
              {t.applyTemplate}
            </Button>
          </form>
        </details>
      )}
    </Section>
  );
}

function ProcessCard({
  clientId,
  p,
  lang,
  writable,
}: {
  clientId: string;
  p: ClientProcess;
  lang: Lang;
  writable: boolean;
}) {
  const t = useT(m);
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: processesKey(clientId) });
  const [kind, setKind] = useState<ProcessContactKind>('face-to-face');
  const [date, setDate] = useState(clock.today());
  const contact = useMutation({ mutationFn: () => addContact(clientId, p.id, { date, kind }), onSuccess: refresh });
  const done = useMutation({
    mutationFn: (stepKey: string) => markStepDone(clientId, p.id, stepKey, clock.today()),
    onSuccess: refresh,
  });
  const end = useMutation({
    mutationFn: () => endProcess(clientId, p.id, { endedOn: clock.today(), version: p.version }),
    onSuccess: refresh,
  });
  const follow = useMutation({
    mutationFn: () => followUp(clientId, p.id, { date: clock.today(), version: p.version }),
    onSuccess: refresh,
  });
  const s = p.status;
  const idp = `proc-${p.id.slice(0, 8)}`;
  return (
    <article className="card mt-s" data-qa="process">
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
              : writable &&
                !p.endedOn && (
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
      {writable && !p.endedOn && (
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
            qa="process-contact-kind"
            label={t.contactKind}
            value={kind}
            onChange={(v) => setKind(v as ProcessContactKind)}
            options={PROCESS_CONTACT_KINDS.map((k) => ({
              value: k,
              label: t.contactKindsProcess[k],
            }))}
          />
          <Field
            id={`${idp}-date`}
            qa="process-contact-date"
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
      {!writable ? null : !p.endedOn ? (
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
