// Service needs assessment (SHL 36–37 §): the four statutory parts always on the form, the
// organisation's initial-assessment sections after them. A counsellor drafts; a social worker
// approves, and the server names every missing statutory part.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import type {
  Assessment,
  AssessmentSection,
  SpecialSupportReason,
  SupportDuration,
} from '../../../../../../src/shared/contracts/client-work/assessment';
import { ApiError } from '../../../../lib/api';
import { CheckboxField, fieldError, FormActions } from '../../../../lib/forms';
import { useLang, useT } from '../../../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../../../lib/states';
import { contactsKey } from '../contacts/api';
import { cm } from '../messages';
import { ChoiceField, fmtDate, TextAreaField, useClient } from '../ui';
import { assessmentsKey, completeAssessment, fetchAssessments, saveAssessment, startAssessment } from './api';

export default function AssessmentTab({ clientId }: { clientId: string }) {
  const t = useT(cm);
  const qc = useQueryClient();
  const permitted = useClient(clientId).data?.permittedActions ?? [];
  const canWrite = permitted.includes('assessment.write');
  const data = useQuery({ queryKey: assessmentsKey(clientId), queryFn: () => fetchAssessments(clientId) });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // Bumped by "reload" after a conflict, so the form starts again from the stored assessment.
  const [nonce, setNonce] = useState(0);
  const start = useMutation({
    mutationFn: () => startAssessment(clientId),
    onSuccess: async (a) => {
      setSelectedId(a.id);
      await qc.invalidateQueries({ queryKey: assessmentsKey(clientId) });
      await qc.invalidateQueries({ queryKey: contactsKey(clientId) });
    },
  });
  if (data.isPending) return <Loading />;
  if (data.error) return <ErrorState error={data.error} onRetry={() => void data.refetch()} />;
  const { assessments, sections } = data.data;
  const selected = assessments.find((a) => a.id === selectedId) ?? assessments[0];
  return (
    <>
      <h2>{t.assessment}</h2>
      {assessments.length === 0 && <Empty>{t.noAssessments}</Empty>}
      {assessments.length > 1 && (
        <ul className="record-list" data-qa="assessments">
          {assessments.map((a) => (
            <li key={a.id}>
              <button
                data-qa="assessment-choose"
                type="button"
                className="link-button"
                aria-current={a.id === selected?.id ? 'true' : undefined}
                onClick={() => setSelectedId(a.id)}
              >
                {t.startedOn} {fmtDate(a.startedOn)} ·{' '}
                {a.status === 'completed' ? `${t.completed} ${fmtDate(a.completedOn)}` : t.draft}
              </button>
            </li>
          ))}
        </ul>
      )}
      {canWrite && !assessments.some((a) => a.status === 'draft') && (
        <p>
          <Button
            variant="secondary"
            onClick={() => start.mutate()}
            disabled={start.isPending}
            data-qa="assessment-start"
          >
            {t.startAssessment}
          </Button>
        </p>
      )}
      <MutationError error={start.error} />
      {selected &&
        (selected.status === 'completed' || !canWrite ? (
          <CompletedView a={selected} sections={sections} />
        ) : (
          <AssessmentForm
            key={`${selected.id}:${nonce}`}
            clientId={clientId}
            a={selected}
            sections={sections}
            onReload={async () => {
              await qc.invalidateQueries({ queryKey: assessmentsKey(clientId) });
              setNonce((n) => n + 1);
            }}
          />
        ))}
    </>
  );
}

type Form = {
  situationSummary: string;
  professionalConclusion: string;
  clientView: string;
  clientViewUnavailableReason: string;
  namedWorkerClientView: string;
  namedWorkerProfessionalView: string;
  supportNeeded: '' | 'yes' | 'no';
  supportDuration: SupportDuration | '';
  specialSupportNeeded: '' | 'yes' | 'no';
  specialSupportReasons: SpecialSupportReason[];
  specialSupportDetails: string;
  rightsInformation: string;
  participants: string;
  sections: Record<string, string>;
};

const yn = (v: boolean | null): '' | 'yes' | 'no' => (v === null ? '' : v ? 'yes' : 'no');
const fromYn = (v: '' | 'yes' | 'no') => (v === '' ? null : v === 'yes');

function AssessmentForm({
  clientId,
  a,
  sections,
  onReload,
}: {
  clientId: string;
  a: Assessment;
  sections: AssessmentSection[];
  onReload: () => Promise<void>;
}) {
  const t = useT(cm);
  const { lang } = useLang();
  const qc = useQueryClient();
  const canComplete = !!useClient(clientId).data?.permittedActions.includes('assessment.complete');
  const [f, setF] = useState<Form>({
    situationSummary: a.situationSummary ?? '',
    professionalConclusion: a.professionalConclusion ?? '',
    clientView: a.clientView ?? '',
    clientViewUnavailableReason: a.clientViewUnavailableReason ?? '',
    namedWorkerClientView: a.namedWorkerClientView ?? '',
    namedWorkerProfessionalView: a.namedWorkerProfessionalView ?? '',
    supportNeeded: yn(a.supportNeeded),
    supportDuration: a.supportDuration ?? '',
    specialSupportNeeded: yn(a.specialSupportNeeded),
    specialSupportReasons: a.specialSupportReasons,
    specialSupportDetails: a.specialSupportDetails ?? '',
    rightsInformation: a.rightsInformation ?? '',
    participants: a.participants ?? '',
    sections: a.sections,
  });
  const set = (p: Partial<Form>) => setF((x) => ({ ...x, ...p }));
  const [saved, setSaved] = useState(false);
  // The version of the stored draft; a save moves it on even when completion is then refused.
  const [version, setVersion] = useState(a.version);
  const body = () => ({
    ...f,
    supportNeeded: fromYn(f.supportNeeded),
    supportDuration: f.supportNeeded === 'yes' && f.supportDuration ? f.supportDuration : null,
    specialSupportNeeded: fromYn(f.specialSupportNeeded),
    version,
  });
  const save = useMutation({
    mutationFn: async (complete: boolean) => {
      const saved = await saveAssessment(clientId, a.id, body());
      setVersion(saved.version);
      if (!complete) return saved;
      return completeAssessment(clientId, a.id, saved.version);
    },
    onSuccess: async () => {
      setSaved(true);
      await qc.invalidateQueries({ queryKey: assessmentsKey(clientId) });
    },
  });
  const err = save.error;
  const fe = (path: string) => fieldError(err, path);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    save.mutate(false);
  };
  const reasons: [SpecialSupportReason, string][] = [
    ['cognitive-or-mental', t.reasonCognitive],
    ['substance-use', t.reasonSubstance],
    ['multiple-needs', t.reasonMultiple],
    ['other', t.reasonOther],
  ];
  return (
    <form
      onSubmit={submit}
      noValidate
      className="panel"
      aria-labelledby="assessment-form-title"
      data-qa="assessment-form"
    >
      <h3 id="assessment-form-title">
        {t.draft} · {t.startedOn} {fmtDate(a.startedOn)}
      </h3>
      {err instanceof ApiError && err.code === 'incomplete' && (
        <div className="error-summary" role="alert" data-qa="assessment-missing">
          <strong>{t.missingTitle}</strong>
          <ul>
            {err.fields.map((x) => (
              <li key={x.path}>
                <a href={`#as-${x.path}`}>{x.message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="statutory">
        <TextAreaField
          id="as-situationSummary"
          qa="as-situationSummary"
          tag={t.statutory}
          label={t.situationSummary}
          value={f.situationSummary}
          onChange={(v) => set({ situationSummary: v })}
          error={fe('situationSummary')}
          rows={5}
        />
      </div>
      <div className="statutory">
        <TextAreaField
          id="as-professionalConclusion"
          qa="as-professionalConclusion"
          tag={t.statutory}
          label={t.professionalConclusion}
          value={f.professionalConclusion}
          onChange={(v) => set({ professionalConclusion: v })}
          error={fe('professionalConclusion')}
          rows={4}
        />
      </div>
      <div className="statutory">
        <TextAreaField
          id="as-clientView"
          qa="as-clientView"
          tag={t.statutory}
          label={t.clientView}
          value={f.clientView}
          onChange={(v) => set({ clientView: v })}
          error={fe('clientView')}
          rows={4}
        />
        <TextAreaField
          id="as-clientViewUnavailableReason"
          qa="as-clientViewUnavailableReason"
          label={t.clientViewUnavailableReason}
          value={f.clientViewUnavailableReason}
          onChange={(v) => set({ clientViewUnavailableReason: v })}
          rows={2}
        />
      </div>
      <div className="statutory">
        <TextAreaField
          id="as-namedWorkerClientView"
          qa="as-namedWorkerClientView"
          tag={t.statutory}
          label={t.namedWorkerClientView}
          value={f.namedWorkerClientView}
          onChange={(v) => set({ namedWorkerClientView: v })}
          error={fe('namedWorkerClientView')}
          rows={2}
        />
        <TextAreaField
          id="as-namedWorkerProfessionalView"
          qa="as-namedWorkerProfessionalView"
          label={t.namedWorkerProfessionalView}
          value={f.namedWorkerProfessionalView}
          onChange={(v) => set({ namedWorkerProfessionalView: v })}
          error={fe('namedWorkerProfessionalView')}
          rows={2}
        />
      </div>
      <ChoiceField
        id="as-supportNeeded"
        qa="as-supportNeeded"
        legend={t.supportNeeded}
        value={f.supportNeeded}
        onChange={(v) => set({ supportNeeded: v as Form['supportNeeded'] })}
        options={[
          { value: 'yes', label: t.yes },
          { value: 'no', label: t.no },
        ]}
        error={fe('supportNeeded')}
      />
      {f.supportNeeded === 'yes' && (
        <ChoiceField
          id="as-supportDuration"
          qa="as-supportDuration"
          legend={t.supportDuration}
          value={f.supportDuration}
          onChange={(v) => set({ supportDuration: v as SupportDuration })}
          options={[
            { value: 'temporary', label: t.temporary },
            { value: 'recurring', label: t.recurring },
            { value: 'long-term', label: t.longTerm },
          ]}
          error={fe('supportDuration')}
        />
      )}
      <ChoiceField
        id="as-specialSupportNeeded"
        qa="as-specialSupportNeeded"
        legend={t.specialSupportNeeded}
        value={f.specialSupportNeeded}
        onChange={(v) => set({ specialSupportNeeded: v as Form['specialSupportNeeded'] })}
        options={[
          { value: 'yes', label: t.yes },
          { value: 'no', label: t.no },
        ]}
        error={fe('specialSupportNeeded')}
      />
      {f.specialSupportNeeded === 'yes' && (
        <fieldset className="choice" id="as-specialSupportReasons">
          <legend>{t.specialSupportReasons}</legend>
          {reasons.map(([value, label]) => (
            <CheckboxField
              key={value}
              id={`as-reason-${value}`}
              qa={`as-reason-${value}`}
              label={label}
              checked={f.specialSupportReasons.includes(value)}
              onChange={(on) =>
                set({
                  specialSupportReasons: on
                    ? [...f.specialSupportReasons, value]
                    : f.specialSupportReasons.filter((r) => r !== value),
                })
              }
            />
          ))}
          {fe('specialSupportReasons') && <p className="field-error">{fe('specialSupportReasons')}</p>}
          <TextAreaField
            id="as-specialSupportDetails"
            qa="as-specialSupportDetails"
            label={t.specialSupportDetails}
            value={f.specialSupportDetails}
            onChange={(v) => set({ specialSupportDetails: v })}
            rows={2}
          />
        </fieldset>
      )}
      <TextAreaField
        id="as-rightsInformation"
        qa="as-rightsInformation"
        label={t.rightsInformation}
        value={f.rightsInformation}
        onChange={(v) => set({ rightsInformation: v })}
        error={fe('rightsInformation')}
        rows={3}
      />
      <TextAreaField
        id="as-participants"
        qa="as-participants"
        label={t.participants}
        value={f.participants}
        onChange={(v) => set({ participants: v })}
        rows={2}
      />
      {sections.length > 0 && <h4>{t.extraSections}</h4>}
      {sections.map((s) => (
        <TextAreaField
          key={s.key}
          id={`as-sections.${s.key}`}
          qa={`as-section-${s.key}`}
          label={s.title[lang]}
          hint={s.help?.[lang]}
          value={f.sections[s.key] ?? ''}
          onChange={(v) => set({ sections: { ...f.sections, [s.key]: v } })}
          error={fe(`sections.${s.key}`)}
          rows={3}
        />
      ))}
      {!(err instanceof ApiError && err.code === 'incomplete') && (
        <MutationError error={err} onReload={() => void onReload()} reloadLabel={t.reload} />
      )}
      <div role="status">
        {saved && (
          <p className="success-message" data-qa="saved">
            {t.saved}
          </p>
        )}
      </div>
      <FormActions>
        <Button type="submit" variant="secondary" disabled={save.isPending} data-qa="assessment-save">
          {t.saveDraft}
        </Button>
        {canComplete && (
          <Button
            type="button"
            disabled={save.isPending}
            data-qa="assessment-complete"
            onClick={() => {
              setSaved(false);
              save.mutate(true);
            }}
          >
            {t.complete}
          </Button>
        )}
      </FormActions>
      <p className="field-hint">{t.completeHint}</p>
    </form>
  );
}

function CompletedView({ a, sections }: { a: Assessment; sections: AssessmentSection[] }) {
  const t = useT(cm);
  const { lang } = useLang();
  const rows: [string, string | null][] = [
    [t.situationSummary, a.situationSummary],
    [t.professionalConclusion, a.professionalConclusion],
    [t.clientView, a.clientView],
    [t.clientViewUnavailableReason, a.clientViewUnavailableReason],
    [t.namedWorkerClientView, a.namedWorkerClientView],
    [t.namedWorkerProfessionalView, a.namedWorkerProfessionalView],
    [
      t.supportNeeded,
      a.supportNeeded === null
        ? null
        : a.supportNeeded
          ? `${t.yes}${a.supportDuration ? ` – ${{ temporary: t.temporary, recurring: t.recurring, 'long-term': t.longTerm }[a.supportDuration]}` : ''}`
          : t.no,
    ],
    [t.specialSupportNeeded, a.specialSupportNeeded === null ? null : a.specialSupportNeeded ? t.yes : t.no],
    [t.specialSupportDetails, a.specialSupportDetails],
    [t.rightsInformation, a.rightsInformation],
    [t.participants, a.participants],
    ...sections.map((s): [string, string | null] => [s.title[lang], a.sections[s.key] ?? null]),
    // Sections the organisation has since retired still show what was written in them.
    ...Object.entries(a.sections)
      .filter(([k]) => !sections.some((s) => s.key === k))
      .map(([k, v]): [string, string | null] => [k, v]),
  ];
  return (
    <section className="panel" aria-labelledby="assessment-done-title" data-qa="assessment-view">
      {a.status === 'completed' ? (
        <>
          <h3 id="assessment-done-title">
            {t.completed} {fmtDate(a.completedOn)} · {t.completedBy}: {a.completedByName}
          </h3>
          <p className="field-hint">{t.completedNote}</p>
        </>
      ) : (
        <h3 id="assessment-done-title">
          {t.draft} · {t.startedOn} {fmtDate(a.startedOn)}
        </h3>
      )}
      <dl className="dl-grid">
        {rows
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k} style={{ display: 'contents' }}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
