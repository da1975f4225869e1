// The client plan tab: versions, the draft editor with the nine statutory elements (client's and
// professional's views side by side), completeness check, accept, review into a new version, and
// the client's printable copy.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import { api } from '../../../lib/api';
import { fieldError, FormActions, SelectField, TextField, CheckboxField } from '../../../lib/forms';
import { useT } from '../../../lib/i18n';
import { ErrorState, Loading, MutationError } from '../../../lib/states';
import { DateField, fiDate, TextArea } from './fields';
import { planMessages } from './messages';
import { PlanMeasures } from './PlanMeasures';
import type { PlanContent, Plan, PlanVersion, Goal, AgreedAction, Partner, Consent, EssentialService } from './types';
import { useClient } from '../clients/ui';
import './plan.css';

/** Whether the server lets the user write this client's plan (plan.update). */
function useCanEdit(clientId: string): boolean {
  return !!useClient(clientId).data?.permittedActions?.includes('plan.update');
}

const uuid = () => crypto.randomUUID();
const plansKey = (clientId: string) => ['plans', clientId] as const;

function inMonths(n: number): string {
  const d = new Date();
  d.setMonth(d.getMonth() + n);
  return d.toISOString().slice(0, 10);
}

export default function PlanTab({ clientId }: { clientId: string }) {
  const t = useT(planMessages);
  const plans = useQuery({
    queryKey: plansKey(clientId),
    queryFn: () => api.get<{ plans: Plan[] }>(`/api/clients/${clientId}/plans`).then((r) => r.plans),
  });
  const [selected, setSelected] = useState<string | null>(null);
  const canEdit = useCanEdit(clientId);

  if (plans.isPending) return <Loading />;
  if (plans.error) return <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />;
  const plan = plans.data[0];
  if (!plan)
    return (
      <>
        {canEdit ? <StartPlan clientId={clientId} /> : <p>{t.noPlan}</p>}
        <PlanMeasures clientId={clientId} />
      </>
    );
  const draft = plan.versions.find((v) => v.status === 'draft');
  const versionId = selected ?? draft?.id ?? plan.currentVersionId ?? plan.versions[0]?.id;
  return (
    <section aria-labelledby="plan-title" className="plan-tab">
      <h2 id="plan-title">{t.title}</h2>
      {plan.reviewOverdue && <p className="status-overdue">{t.reviewOverdue}</p>}
      <nav aria-label={t.versions}>
        <ul className="version-list">
          {plan.versions.map((v) => (
            <li key={v.id}>
              <button
                type="button"
                className="link-button"
                aria-current={v.id === versionId ? 'true' : undefined}
                onClick={() => setSelected(v.id)}
                data-version={v.number}
              >
                {t.versionLabel(v.number)} ({t.status[v.status]})
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {versionId && (
        <VersionView key={versionId} clientId={clientId} plan={plan} versionId={versionId} onSelect={setSelected} />
      )}
      <PlanMeasures clientId={clientId} />
    </section>
  );
}

function StartPlan({ clientId }: { clientId: string }) {
  const t = useT(planMessages);
  const qc = useQueryClient();
  const [reviewDate, setReviewDate] = useState(inMonths(6));
  const m = useMutation({
    mutationFn: () => api.post(`/api/clients/${clientId}/plans`, { reviewDate }),
    onSuccess: () => qc.invalidateQueries({ queryKey: plansKey(clientId) }),
  });
  return (
    <section className="panel narrow" aria-labelledby="plan-start-title">
      <h2 id="plan-start-title">{t.title}</h2>
      <p>{t.noPlan}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          m.mutate();
        }}
      >
        <DateField
          id="plan-start-review"
          label={t.reviewDate}
          value={reviewDate}
          onChange={setReviewDate}
          error={fieldError(m.error, 'reviewDate')}
          required
        />
        <MutationError error={m.error} />
        <FormActions>
          <Button type="submit" disabled={m.isPending}>
            {t.startPlan}
          </Button>
        </FormActions>
      </form>
    </section>
  );
}

function VersionView({
  clientId,
  plan,
  versionId,
  onSelect,
}: {
  clientId: string;
  plan: Plan;
  versionId: string;
  onSelect: (id: string) => void;
}) {
  const t = useT(planMessages);
  const canEdit = useCanEdit(clientId);
  const key = ['plan-version', versionId] as const;
  const v = useQuery({
    queryKey: key,
    queryFn: () =>
      api
        .get<{ version: PlanVersion }>(`/api/clients/${clientId}/plans/${plan.id}/versions/${versionId}`)
        .then((r) => r.version),
  });
  if (v.isPending) return <Loading />;
  if (v.error) return <ErrorState error={v.error} onRetry={() => void v.refetch()} />;
  const version = v.data;
  const base = `/api/clients/${clientId}/plans/${plan.id}/versions/${version.id}`;
  return (
    <>
      <p className="plan-meta">
        {t.versionLabel(version.number)} · {t.status[version.status]} · {t.reviewDate}: {fiDate(version.reviewDate)}
        {version.acceptedOn && <> · {t.acceptedBy(fiDate(version.acceptedOn), version.acceptedByName ?? '')}</>}
      </p>
      <p>
        <a href={`${base}/print`} target="_blank" rel="noopener">
          {t.print}
        </a>{' '}
        · <a href={`${base}/pdf`}>{t.pdf}</a>
      </p>
      {version.status === 'draft' && canEdit ? (
        <DraftEditor key={version.version} clientId={clientId} plan={plan} version={version} />
      ) : (
        <>
          {version.status !== 'draft' && <p>{t.readOnly}</p>}
          <ReadOnly version={version} />
          {canEdit && version.status === 'accepted' && !plan.versions.some((x) => x.status === 'draft') && (
            <NewVersion clientId={clientId} plan={plan} onCreated={onSelect} />
          )}
        </>
      )}
    </>
  );
}

function NewVersion({ clientId, plan, onCreated }: { clientId: string; plan: Plan; onCreated: (id: string) => void }) {
  const t = useT(planMessages);
  const qc = useQueryClient();
  const [reviewDate, setReviewDate] = useState(inMonths(12));
  const m = useMutation({
    mutationFn: () =>
      api.post<{ version: PlanVersion }>(`/api/clients/${clientId}/plans/${plan.id}/versions`, { reviewDate }),
    onSuccess: async (r) => {
      await qc.invalidateQueries({ queryKey: plansKey(clientId) });
      onCreated(r.version.id);
    },
  });
  return (
    <section className="panel narrow" aria-labelledby="plan-review-title">
      <h3 id="plan-review-title">{t.newVersion}</h3>
      <p className="field-hint">{t.newVersionHint}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          m.mutate();
        }}
      >
        <DateField
          id="plan-review-date"
          label={t.reviewDate}
          value={reviewDate}
          onChange={setReviewDate}
          error={fieldError(m.error, 'reviewDate')}
          required
        />
        <MutationError error={m.error} />
        <FormActions>
          <Button type="submit" disabled={m.isPending}>
            {t.create}
          </Button>
        </FormActions>
      </form>
    </section>
  );
}

function ReadOnly({ version }: { version: PlanVersion }) {
  const t = useT(planMessages);
  const c = version.content;
  const both = (label: string, v: { client: string; professional: string }) => (
    <section className="plan-element">
      <h3>{label}</h3>
      <div className="side-by-side">
        <p>
          <strong>{t.client}:</strong> {v.client || t.none}
        </p>
        <p>
          <strong>{t.professional}:</strong> {v.professional || t.none}
        </p>
      </div>
    </section>
  );
  return (
    <div>
      {both(t.e1, c.supportNeed)}
      {both(t.e2, c.servicesAndMeasures)}
      <section className="plan-element">
        <h3>{t.e3}</h3>
        <p>{c.essentialServicesAssessment || t.none}</p>
        <ul>
          {c.essentialServices.map((s) => (
            <li key={s.id}>
              {s.service} {s.startDate && `(${t.startDate} ${fiDate(s.startDate)})`} {s.duration}
            </li>
          ))}
        </ul>
      </section>
      <section className="plan-element">
        <h3>{t.e4}</h3>
        <p>{c.meetingFrequency.intervalWeeks ? `${t.intervalWeeks}: ${c.meetingFrequency.intervalWeeks}` : t.none}</p>
        <p>{c.meetingFrequency.description}</p>
      </section>
      {both(t.e5, c.strengths)}
      <section className="plan-element">
        <h3>{t.e6}</h3>
        <ul>
          {c.goals.map((g) => (
            <li key={g.id}>
              <strong>{g.title}</strong> – {t.goalStatuses[g.status]}
              {g.clientMark && (
                <>
                  {' '}
                  · {t.clientMark}: {t.marks[g.clientMark]}
                </>
              )}
              {g.clientView && (
                <>
                  <br />
                  {t.clientViewGoal}: {g.clientView}
                </>
              )}
            </li>
          ))}
        </ul>
        <h4>{t.actions}</h4>
        <ul>
          {c.agreedActions.map((a) => (
            <li key={a.id}>
              {a.action} – {t.owners[a.owner]}
              {a.ownerName && ` (${a.ownerName})`}
              {a.due && `, ${fiDate(a.due)}`}
            </li>
          ))}
        </ul>
      </section>
      <section className="plan-element">
        <h3>{t.e7}</h3>
        <p>{c.estimatedDuration || t.none}</p>
      </section>
      <section className="plan-element">
        <h3>{t.e8}</h3>
        {c.noPartners && <p>{t.noPartners}</p>}
        <ul>
          {c.partners.map((p) => (
            <li key={p.id}>
              {p.name}: {p.responsibility}
            </li>
          ))}
        </ul>
      </section>
      <section className="plan-element">
        <h3>{t.e9}</h3>
        <p>
          {t.monitoring}: {c.followUp.monitoring}
        </p>
        <p>
          {t.goalEvaluation}: {c.followUp.goalEvaluation}
        </p>
        <p>
          {t.reassessment}: {c.followUp.reassessment}
        </p>
      </section>
      <section className="plan-element">
        <h3>{t.consents}</h3>
        <ul>
          {c.consents.map((k) => (
            <li key={k.id}>
              {k.partnerName}: {k.scope} ({t.givenOn} {fiDate(k.givenOn)}
              {k.withdrawnOn && `, ${t.withdrawnOn} ${fiDate(k.withdrawnOn)}`})
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function DraftEditor({ clientId, plan, version }: { clientId: string; plan: Plan; version: PlanVersion }) {
  const t = useT(planMessages);
  const qc = useQueryClient();
  const [c, setC] = useState<PlanContent>(version.content);
  const [reviewDate, setReviewDate] = useState(version.reviewDate);
  const [notice, setNotice] = useState('');
  const base = `/api/clients/${clientId}/plans/${plan.id}/versions/${version.id}`;
  const refresh = async () => {
    await qc.invalidateQueries({ queryKey: ['plan-version', version.id] });
    await qc.invalidateQueries({ queryKey: plansKey(clientId) });
  };
  const save = useMutation({
    mutationFn: () => api.put<{ version: PlanVersion }>(base, { reviewDate, content: c, version: version.version }),
    onSuccess: async () => {
      setNotice(t.saved);
      await refresh();
    },
  });
  const accept = useMutation({
    mutationFn: async () => {
      const saved = await api.put<{ version: PlanVersion }>(base, { reviewDate, content: c, version: version.version });
      return api.post<{ version: PlanVersion }>(`${base}/accept`, { version: saved.version.version });
    },
    onSuccess: async () => {
      setNotice(t.accepted);
      await refresh();
    },
    onError: async () => {
      await refresh();
    },
  });
  const err = save.error ?? accept.error;
  const set = <K extends keyof PlanContent>(k: K, v: PlanContent[K]) => setC((prev) => ({ ...prev, [k]: v }));
  const views = (k: 'supportNeed' | 'servicesAndMeasures' | 'strengths', legend: string) => (
    <fieldset className="plan-element">
      <legend>{legend}</legend>
      <div className="side-by-side">
        <TextArea
          id={`plan-${k}-client`}
          label={t.client}
          value={c[k].client}
          onChange={(v) => set(k, { ...c[k], client: v })}
          error={fieldError(err, `content.${k}.client`)}
        />
        <TextArea
          id={`plan-${k}-professional`}
          label={t.professional}
          value={c[k].professional}
          onChange={(v) => set(k, { ...c[k], professional: v })}
          error={fieldError(err, `content.${k}.professional`)}
        />
      </div>
    </fieldset>
  );
  function list<T extends { id: string }>(
    k: 'goals' | 'agreedActions' | 'partners' | 'consents' | 'essentialServices',
    items: T[],
    render: (item: T, i: number, update: (p: Partial<T>) => void) => React.ReactNode,
    blank: () => T,
    addLabel: string,
  ) {
    const update = (i: number) => (p: Partial<T>) =>
      set(k, items.map((x, j) => (j === i ? { ...x, ...p } : x)) as never);
    return (
      <>
        {items.map((item, i) => (
          <div key={item.id} className="list-row">
            {render(item, i, update(i))}
            <button
              type="button"
              className="link-button"
              onClick={() => set(k, items.filter((_, j) => j !== i) as never)}
            >
              {t.remove}
            </button>
          </div>
        ))}
        <Button type="button" variant="secondary" className="mt-s" onClick={() => set(k, [...items, blank()] as never)}>
          {addLabel}
        </Button>
      </>
    );
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setNotice('');
    save.mutate();
  };
  return (
    <form noValidate onSubmit={submit} aria-label={t.title}>
      {version.missing.length ? (
        <div className="missing-list" role="status">
          <h3>{t.missingTitle}</h3>
          <ul>
            {version.missing.map((m) => (
              <li key={m.key}>
                {m.element}. {m.label}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="success-message" role="status">
          {t.complete}
        </p>
      )}
      <DateField
        id="plan-review-date-edit"
        label={t.reviewDate}
        value={reviewDate}
        onChange={setReviewDate}
        error={fieldError(err, 'reviewDate')}
        required
      />
      <p className="field-hint">{t.reviewHint}</p>
      {version.clientPreparation && (
        <div className="panel">
          <h3>{t.clientPreparation}</h3>
          <p>{version.clientPreparation}</p>
        </div>
      )}
      {views('supportNeed', t.e1)}
      {views('servicesAndMeasures', t.e2)}
      <fieldset className="plan-element">
        <legend>{t.e3}</legend>
        <TextArea
          id="plan-e3"
          label={t.e3assessment}
          value={c.essentialServicesAssessment}
          onChange={(v) => set('essentialServicesAssessment', v)}
          error={fieldError(err, 'content.essentialServicesAssessment')}
        />
        {list<EssentialService>(
          'essentialServices',
          c.essentialServices,
          (s, i, u) => (
            <div className="form-row">
              <TextField
                id={`plan-service-${i}`}
                label={t.service}
                value={s.service}
                onChange={(v) => u({ service: v })}
                error={fieldError(err, `content.essentialServices.${i}.service`)}
              />
              <DateField
                id={`plan-service-start-${i}`}
                label={t.startDate}
                value={s.startDate ?? ''}
                onChange={(v) => u({ startDate: v || null })}
                error={fieldError(err, `content.essentialServices.${i}.startDate`)}
              />
              <TextField
                id={`plan-service-duration-${i}`}
                label={t.duration}
                value={s.duration}
                onChange={(v) => u({ duration: v })}
              />
            </div>
          ),
          () => ({ id: uuid(), service: '', startDate: null, duration: '' }),
          t.addService,
        )}
      </fieldset>
      <fieldset className="plan-element">
        <legend>{t.e4}</legend>
        <TextField
          id="plan-interval"
          type="number"
          inputMode="numeric"
          label={t.intervalWeeks}
          value={c.meetingFrequency.intervalWeeks?.toString() ?? ''}
          onChange={(v) =>
            set('meetingFrequency', { ...c.meetingFrequency, intervalWeeks: v === '' ? null : Number(v) })
          }
          error={fieldError(err, 'content.meetingFrequency.intervalWeeks')}
        />
        <TextArea
          id="plan-frequency-description"
          label={t.frequencyDescription}
          value={c.meetingFrequency.description}
          onChange={(v) => set('meetingFrequency', { ...c.meetingFrequency, description: v })}
          rows={2}
        />
      </fieldset>
      {views('strengths', t.e5)}
      <fieldset className="plan-element">
        <legend>{t.e6}</legend>
        {list<Goal>(
          'goals',
          c.goals,
          (g, i, u) => (
            <>
              <TextField
                id={`plan-goal-${i}`}
                label={t.goal}
                value={g.title}
                onChange={(v) => u({ title: v })}
                error={fieldError(err, `content.goals.${i}.title`)}
              />
              <SelectField
                id={`plan-goal-status-${i}`}
                label={t.goalStatus}
                value={g.status}
                onChange={(v) => u({ status: v as Goal['status'] })}
                options={(['open', 'in-progress', 'reached', 'dropped'] as const).map((s) => ({
                  value: s,
                  label: t.goalStatuses[s],
                }))}
              />
              <div className="side-by-side">
                <TextArea
                  id={`plan-goal-client-${i}`}
                  label={t.clientViewGoal}
                  value={g.clientView}
                  onChange={(v) => u({ clientView: v })}
                  rows={2}
                />
                <TextArea
                  id={`plan-goal-prof-${i}`}
                  label={t.professional}
                  value={g.professionalView}
                  onChange={(v) => u({ professionalView: v })}
                  rows={2}
                />
              </div>
            </>
          ),
          () => ({ id: uuid(), title: '', status: 'open', clientView: '', clientMark: null, professionalView: '' }),
          t.addGoal,
        )}
        <h3>{t.actions}</h3>
        {list<AgreedAction>(
          'agreedActions',
          c.agreedActions,
          (a, i, u) => (
            <div className="form-row">
              <TextField
                id={`plan-action-${i}`}
                label={t.action}
                value={a.action}
                onChange={(v) => u({ action: v })}
                error={fieldError(err, `content.agreedActions.${i}.action`)}
              />
              <SelectField
                id={`plan-action-owner-${i}`}
                label={t.owner}
                value={a.owner}
                onChange={(v) => u({ owner: v as AgreedAction['owner'] })}
                options={(['client', 'worker', 'partner', 'together'] as const).map((o) => ({
                  value: o,
                  label: t.owners[o],
                }))}
              />
              <TextField
                id={`plan-action-name-${i}`}
                label={t.ownerName}
                value={a.ownerName}
                onChange={(v) => u({ ownerName: v })}
              />
              <DateField
                id={`plan-action-due-${i}`}
                label={t.due}
                value={a.due ?? ''}
                onChange={(v) => u({ due: v || null })}
              />
            </div>
          ),
          () => ({ id: uuid(), action: '', owner: 'client', ownerName: '', due: null }),
          t.addAction,
        )}
      </fieldset>
      <fieldset className="plan-element">
        <legend>{t.e7}</legend>
        <TextField
          id="plan-duration"
          label={t.e7}
          value={c.estimatedDuration}
          onChange={(v) => set('estimatedDuration', v)}
          error={fieldError(err, 'content.estimatedDuration')}
        />
      </fieldset>
      <fieldset className="plan-element">
        <legend>{t.e8}</legend>
        <CheckboxField
          id="plan-no-partners"
          label={t.noPartners}
          checked={c.noPartners}
          onChange={(v) => set('noPartners', v)}
        />
        {list<Partner>(
          'partners',
          c.partners,
          (p, i, u) => (
            <div className="form-row">
              <TextField
                id={`plan-partner-${i}`}
                label={t.partnerName}
                value={p.name}
                onChange={(v) => u({ name: v })}
                error={fieldError(err, `content.partners.${i}.name`)}
              />
              <TextField
                id={`plan-partner-sector-${i}`}
                label={t.sector}
                value={p.sector}
                onChange={(v) => u({ sector: v })}
              />
              <TextField
                id={`plan-partner-resp-${i}`}
                label={t.responsibility}
                value={p.responsibility}
                onChange={(v) => u({ responsibility: v })}
              />
              <TextField
                id={`plan-partner-contact-${i}`}
                label={t.contact}
                value={p.contact}
                onChange={(v) => u({ contact: v })}
              />
            </div>
          ),
          () => ({ id: uuid(), name: '', sector: '', responsibility: '', contact: '' }),
          t.addPartner,
        )}
      </fieldset>
      <fieldset className="plan-element">
        <legend>{t.e9}</legend>
        <TextArea
          id="plan-monitoring"
          label={t.monitoring}
          value={c.followUp.monitoring}
          onChange={(v) => set('followUp', { ...c.followUp, monitoring: v })}
          rows={2}
        />
        <TextArea
          id="plan-goal-evaluation"
          label={t.goalEvaluation}
          value={c.followUp.goalEvaluation}
          onChange={(v) => set('followUp', { ...c.followUp, goalEvaluation: v })}
          rows={2}
        />
        <TextArea
          id="plan-reassessment"
          label={t.reassessment}
          value={c.followUp.reassessment}
          onChange={(v) => set('followUp', { ...c.followUp, reassessment: v })}
          rows={2}
        />
      </fieldset>
      <fieldset className="plan-element">
        <legend>{t.consents}</legend>
        {list<Consent>(
          'consents',
          c.consents,
          (k, i, u) => (
            <div className="form-row">
              <TextField
                id={`plan-consent-partner-${i}`}
                label={t.partnerName}
                value={k.partnerName}
                onChange={(v) => u({ partnerName: v })}
                error={fieldError(err, `content.consents.${i}.partnerName`)}
              />
              <TextField
                id={`plan-consent-scope-${i}`}
                label={t.scope}
                value={k.scope}
                onChange={(v) => u({ scope: v })}
                error={fieldError(err, `content.consents.${i}.scope`)}
              />
              <DateField
                id={`plan-consent-given-${i}`}
                label={t.givenOn}
                value={k.givenOn}
                onChange={(v) => u({ givenOn: v })}
                error={fieldError(err, `content.consents.${i}.givenOn`)}
              />
              <DateField
                id={`plan-consent-withdrawn-${i}`}
                label={t.withdrawnOn}
                value={k.withdrawnOn ?? ''}
                onChange={(v) => u({ withdrawnOn: v || null })}
              />
            </div>
          ),
          () => ({
            id: uuid(),
            partnerName: '',
            scope: '',
            givenOn: new Date().toISOString().slice(0, 10),
            withdrawnOn: null,
          }),
          t.addConsent,
        )}
      </fieldset>
      <MutationError error={err} onReload={() => void refresh()} reloadLabel={t.reload} />
      <div role="status">{notice && <p className="success-message">{notice}</p>}</div>
      <FormActions>
        <Button type="submit" disabled={save.isPending || accept.isPending}>
          {t.save}
        </Button>
        <Button
          type="button"
          variant="secondary"
          disabled={save.isPending || accept.isPending}
          onClick={() => {
            setNotice('');
            accept.mutate();
          }}
        >
          {t.accept}
        </Button>
      </FormActions>
    </form>
  );
}
