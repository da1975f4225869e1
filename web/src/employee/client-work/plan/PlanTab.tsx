// The client plan tab: versions, the draft editor with the nine statutory elements (client's and
// professional's views side by side), completeness check, accept, review into a new version, and
// the client's printable copy. What the user may do comes with the plan (`permittedActions`).
import { useRef, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import { can } from '../../../lib/auth';
import { clock } from '../../../lib/clock';
import { EditPanel, useEditForm } from '../../../lib/editing';
import { CheckboxField, SelectField, TextField } from '../../../lib/forms';
import { useT } from '../../../lib/i18n';
import { ErrorState, Loading } from '../../../lib/states';
import { addMonths } from '../../../../../src/domain/deadlines';
import type {
  AgreedAction,
  Consent,
  EssentialService,
  Goal,
  Partner,
  Plan,
  PlanContent,
  PlanVersion,
} from '../../../../../src/shared/contracts/client-work/plan';
import { planApi, planKeys, type VersionIds } from './api';
import { DateField, fiDate, GroupError, TextArea } from './fields';
import { planMessages } from './messages';
import { PlanMeasures } from './PlanMeasures';
import './plan.css';

const uuid = () => crypto.randomUUID();
const GOAL_STATUSES = ['open', 'in-progress', 'reached', 'dropped'] as const;
const OWNERS = ['client', 'worker', 'partner', 'together'] as const;

export default function PlanTab({ clientId }: { clientId: string }) {
  const t = useT(planMessages);
  const plans = useQuery({ queryKey: planKeys.plans(clientId), queryFn: () => planApi.plans(clientId) });
  const [selected, setSelected] = useState<string | null>(null);

  if (plans.isPending) return <Loading />;
  if (plans.error) return <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />;
  const canEdit = can(plans.data, 'plan.update');
  const plan = plans.data.plans[0];
  if (!plan)
    return (
      <>
        {canEdit ? <StartPlan clientId={clientId} /> : <p data-qa="plan-none">{t.noPlan}</p>}
        <PlanMeasures clientId={clientId} />
      </>
    );
  const draft = plan.versions.find((v) => v.status === 'draft');
  const versionId = selected ?? draft?.id ?? plan.currentVersionId ?? plan.versions[0]?.id;
  return (
    <section aria-labelledby="plan-title" className="plan-tab" data-qa="plan-tab">
      <h2 id="plan-title">{t.title}</h2>
      {plan.reviewOverdue && (
        <p className="status-overdue" data-qa="plan-review-overdue">
          {t.reviewOverdue}
        </p>
      )}
      <nav aria-label={t.versions}>
        <ul className="version-list" data-qa="plan-versions">
          {plan.versions.map((v) => (
            <li key={v.id}>
              <button
                type="button"
                className="link-button"
                aria-current={v.id === versionId ? 'true' : undefined}
                onClick={() => setSelected(v.id)}
                data-qa={`plan-version-${v.number}`}
                data-status={v.status}
              >
                {t.versionLabel(v.number)} ({t.status[v.status]})
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {versionId && (
        <VersionView
          key={versionId}
          ids={{ clientId, planId: plan.id, versionId }}
          plan={plan}
          canEdit={canEdit}
          onSelect={setSelected}
        />
      )}
      <PlanMeasures clientId={clientId} />
    </section>
  );
}

function StartPlan({ clientId }: { clientId: string }) {
  const t = useT(planMessages);
  const qc = useQueryClient();
  const form = useEditForm({
    idPrefix: 'plan-start',
    initial: { reviewDate: addMonths(clock.today(), 6) },
    save: (v) => planApi.start(clientId, v),
    onSaved: () => qc.invalidateQueries({ queryKey: planKeys.plans(clientId) }),
  });
  return (
    <EditPanel title={t.title} form={form} submitLabel={t.startPlan} qa="plan-start">
      <p>{t.noPlan}</p>
      <DateField
        id={form.id('reviewDate')}
        qa="plan-start-reviewDate"
        label={t.reviewDate}
        value={form.values.reviewDate}
        onChange={(v) => form.set('reviewDate', v)}
        error={form.error('reviewDate')}
        required
      />
    </EditPanel>
  );
}

function VersionView({
  ids,
  plan,
  canEdit,
  onSelect,
}: {
  ids: VersionIds;
  plan: Plan;
  canEdit: boolean;
  onSelect: (id: string) => void;
}) {
  const t = useT(planMessages);
  const v = useQuery({ queryKey: planKeys.version(ids.versionId), queryFn: () => planApi.version(ids) });
  if (v.isPending) return <Loading />;
  if (v.error) return <ErrorState error={v.error} onRetry={() => void v.refetch()} />;
  const version = v.data;
  return (
    <>
      <p className="plan-meta" data-qa="plan-meta">
        {t.versionLabel(version.number)} · {t.status[version.status]} · {t.reviewDate}: {fiDate(version.reviewDate)}
        {version.acceptedOn && <> · {t.acceptedBy(fiDate(version.acceptedOn), version.acceptedByName ?? '')}</>}
      </p>
      <p>
        <a href={planApi.printUrl(ids)} target="_blank" rel="noopener" data-qa="plan-print">
          {t.print}
        </a>{' '}
        · <a href={planApi.pdfUrl(ids)}>{t.pdf}</a>
      </p>
      {version.status === 'draft' && canEdit ? (
        <DraftEditor ids={ids} version={version} />
      ) : (
        <>
          {version.status !== 'draft' && <p data-qa="plan-locked">{t.readOnly}</p>}
          <ReadOnly version={version} />
          {canEdit && version.status === 'accepted' && !plan.versions.some((x) => x.status === 'draft') && (
            <NewVersion clientId={ids.clientId} planId={plan.id} onCreated={onSelect} />
          )}
        </>
      )}
    </>
  );
}

function NewVersion({
  clientId,
  planId,
  onCreated,
}: {
  clientId: string;
  planId: string;
  onCreated: (id: string) => void;
}) {
  const t = useT(planMessages);
  const qc = useQueryClient();
  const form = useEditForm({
    idPrefix: 'plan-review',
    initial: { reviewDate: addMonths(clock.today(), 12) },
    save: (v) => planApi.review(clientId, planId, v),
    onSaved: async (version) => {
      await qc.invalidateQueries({ queryKey: planKeys.plans(clientId) });
      onCreated(version.id);
    },
  });
  return (
    <EditPanel title={t.newVersion} form={form} submitLabel={t.create} qa="plan-review">
      <p className="field-hint">{t.newVersionHint}</p>
      <DateField
        id={form.id('reviewDate')}
        qa="plan-review-reviewDate"
        label={t.reviewDate}
        value={form.values.reviewDate}
        onChange={(v) => form.set('reviewDate', v)}
        error={form.error('reviewDate')}
        required
      />
    </EditPanel>
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
    <div data-qa="plan-read-only">
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
        <ul data-qa="plan-goals">
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

interface Draft {
  reviewDate: string;
  content: PlanContent;
}

/** The draft editor: "Save draft" saves; "Accept" saves and then accepts, so nothing typed is lost. */
function DraftEditor({ ids, version }: { ids: VersionIds; version: PlanVersion }) {
  const t = useT(planMessages);
  const qc = useQueryClient();
  // The version of the saved draft this form continues from (each save raises it).
  const saved = useRef(version.version);
  const intent = useRef<'save' | 'accept'>('save');
  const [savedText, setSavedText] = useState(t.saved);
  const refresh = async () => {
    await qc.invalidateQueries({ queryKey: planKeys.version(ids.versionId) });
    await qc.invalidateQueries({ queryKey: planKeys.plans(ids.clientId) });
  };
  const form = useEditForm({
    idPrefix: 'plan',
    initial: { reviewDate: version.reviewDate, content: version.content } as Draft,
    save: async (d: Draft) => {
      const accept = intent.current === 'accept';
      intent.current = 'save';
      const draft = await planApi.saveDraft(ids, { ...d, version: saved.current });
      saved.current = draft.version;
      if (!accept) return 'saved' as const;
      try {
        await planApi.accept(ids, { version: draft.version });
      } catch (e) {
        await refresh(); // the save went through: the missing elements may have changed
        throw e;
      }
      return 'accepted' as const;
    },
    onSaved: async (result) => {
      setSavedText(result === 'accepted' ? t.accepted : t.saved);
      await refresh();
    },
  });
  const reload = async () => {
    const fresh = await qc.fetchQuery({
      queryKey: planKeys.version(ids.versionId),
      queryFn: () => planApi.version(ids),
      staleTime: 0,
    });
    saved.current = fresh.version;
    form.reset({ reviewDate: fresh.reviewDate, content: fresh.content });
    await qc.invalidateQueries({ queryKey: planKeys.plans(ids.clientId) });
  };
  const c = form.values.content;
  const set = <K extends keyof PlanContent>(k: K, v: PlanContent[K]) => form.set('content', { ...c, [k]: v });
  /** Id, data-qa hook and the server's message of the field at a content path, e.g. `goals.0.title`. */
  const at = (path: string) => ({
    id: form.id(`content.${path}`),
    qa: `plan-${path.replace(/\./g, '-')}`,
    error: form.error(`content.${path}`),
  });
  const group = (key: string) => <GroupError id={form.id(`content.${key}`)} error={form.error(`content.${key}`)} />;
  const views = (k: 'supportNeed' | 'servicesAndMeasures' | 'strengths', legend: string) => (
    <fieldset className="plan-element">
      <legend>{legend}</legend>
      {group(k)}
      <div className="side-by-side">
        <TextArea
          {...at(`${k}.client`)}
          label={t.client}
          value={c[k].client}
          onChange={(v) => set(k, { ...c[k], client: v })}
        />
        <TextArea
          {...at(`${k}.professional`)}
          label={t.professional}
          value={c[k].professional}
          onChange={(v) => set(k, { ...c[k], professional: v })}
        />
      </div>
    </fieldset>
  );
  return (
    <>
      {version.missing.length ? (
        <div className="missing-list" role="status" data-qa="plan-missing">
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
        <p className="success-message" role="status" data-qa="plan-complete">
          {t.complete}
        </p>
      )}
      <EditPanel
        title={t.draftTitle(version.number)}
        form={form}
        submitLabel={t.save}
        savedText={savedText}
        onReload={() => void reload()}
        qa="plan-draft"
        wide
        actions={
          <Button
            type="submit"
            variant="secondary"
            disabled={form.pending}
            onClick={() => (intent.current = 'accept')}
            data-qa="plan-accept"
          >
            {t.accept}
          </Button>
        }
      >
        <DateField
          id={form.id('reviewDate')}
          qa="plan-reviewDate"
          label={t.reviewDate}
          value={form.values.reviewDate}
          onChange={(v) => form.set('reviewDate', v)}
          error={form.error('reviewDate')}
          required
        />
        <p className="field-hint">{t.reviewHint}</p>
        {version.clientPreparation && (
          <div className="panel" data-qa="plan-client-preparation">
            <h3>{t.clientPreparation}</h3>
            <p>{version.clientPreparation}</p>
          </div>
        )}
        {views('supportNeed', t.e1)}
        {views('servicesAndMeasures', t.e2)}
        <fieldset className="plan-element">
          <legend>{t.e3}</legend>
          <TextArea
            {...at('essentialServicesAssessment')}
            label={t.e3assessment}
            value={c.essentialServicesAssessment}
            onChange={(v) => set('essentialServicesAssessment', v)}
          />
          <ListOf<EssentialService>
            items={c.essentialServices}
            onChange={(items) => set('essentialServices', items)}
            blank={() => ({ id: uuid(), service: '', startDate: null, duration: '' })}
            addLabel={t.addService}
            qa="plan-add-service"
            render={(s, i, u) => (
              <div className="form-row">
                <TextField
                  {...at(`essentialServices.${i}.service`)}
                  label={t.service}
                  value={s.service}
                  onChange={(v) => u({ service: v })}
                />
                <DateField
                  {...at(`essentialServices.${i}.startDate`)}
                  label={t.startDate}
                  value={s.startDate ?? ''}
                  onChange={(v) => u({ startDate: v || null })}
                />
                <TextField
                  {...at(`essentialServices.${i}.duration`)}
                  label={t.duration}
                  value={s.duration}
                  onChange={(v) => u({ duration: v })}
                />
              </div>
            )}
          />
        </fieldset>
        <fieldset className="plan-element">
          <legend>{t.e4}</legend>
          {group('meetingFrequency')}
          <TextField
            {...at('meetingFrequency.intervalWeeks')}
            type="number"
            inputMode="numeric"
            label={t.intervalWeeks}
            value={c.meetingFrequency.intervalWeeks?.toString() ?? ''}
            onChange={(v) =>
              set('meetingFrequency', { ...c.meetingFrequency, intervalWeeks: v === '' ? null : Number(v) })
            }
          />
          <TextArea
            {...at('meetingFrequency.description')}
            label={t.frequencyDescription}
            value={c.meetingFrequency.description}
            onChange={(v) => set('meetingFrequency', { ...c.meetingFrequency, description: v })}
            rows={2}
          />
        </fieldset>
        {views('strengths', t.e5)}
        <fieldset className="plan-element">
          <legend>{t.e6}</legend>
          {group('goals')}
          <ListOf<Goal>
            items={c.goals}
            onChange={(items) => set('goals', items)}
            blank={() => ({
              id: uuid(),
              title: '',
              status: 'open',
              clientView: '',
              clientMark: null,
              professionalView: '',
            })}
            addLabel={t.addGoal}
            qa="plan-add-goal"
            render={(g, i, u) => (
              <>
                <TextField
                  {...at(`goals.${i}.title`)}
                  label={t.goal}
                  value={g.title}
                  onChange={(v) => u({ title: v })}
                />
                <SelectField
                  {...at(`goals.${i}.status`)}
                  label={t.goalStatus}
                  value={g.status}
                  onChange={(v) => u({ status: v as Goal['status'] })}
                  options={GOAL_STATUSES.map((s) => ({ value: s, label: t.goalStatuses[s] }))}
                />
                <div className="side-by-side">
                  <TextArea
                    {...at(`goals.${i}.clientView`)}
                    label={t.clientViewGoal}
                    value={g.clientView}
                    onChange={(v) => u({ clientView: v })}
                    rows={2}
                  />
                  <TextArea
                    {...at(`goals.${i}.professionalView`)}
                    label={t.professional}
                    value={g.professionalView}
                    onChange={(v) => u({ professionalView: v })}
                    rows={2}
                  />
                </div>
              </>
            )}
          />
          <h3>{t.actions}</h3>
          <ListOf<AgreedAction>
            items={c.agreedActions}
            onChange={(items) => set('agreedActions', items)}
            blank={() => ({ id: uuid(), action: '', owner: 'client', ownerName: '', due: null })}
            addLabel={t.addAction}
            qa="plan-add-action"
            render={(a, i, u) => (
              <div className="form-row">
                <TextField
                  {...at(`agreedActions.${i}.action`)}
                  label={t.action}
                  value={a.action}
                  onChange={(v) => u({ action: v })}
                />
                <SelectField
                  {...at(`agreedActions.${i}.owner`)}
                  label={t.owner}
                  value={a.owner}
                  onChange={(v) => u({ owner: v as AgreedAction['owner'] })}
                  options={OWNERS.map((o) => ({ value: o, label: t.owners[o] }))}
                />
                <TextField
                  {...at(`agreedActions.${i}.ownerName`)}
                  label={t.ownerName}
                  value={a.ownerName}
                  onChange={(v) => u({ ownerName: v })}
                />
                <DateField
                  {...at(`agreedActions.${i}.due`)}
                  label={t.due}
                  value={a.due ?? ''}
                  onChange={(v) => u({ due: v || null })}
                />
              </div>
            )}
          />
        </fieldset>
        <fieldset className="plan-element">
          <legend>{t.e7}</legend>
          <TextField
            {...at('estimatedDuration')}
            label={t.e7}
            value={c.estimatedDuration}
            onChange={(v) => set('estimatedDuration', v)}
          />
        </fieldset>
        <fieldset className="plan-element">
          <legend>{t.e8}</legend>
          {group('partners')}
          <CheckboxField
            id={form.id('content.noPartners')}
            qa="plan-noPartners"
            label={t.noPartners}
            checked={c.noPartners}
            onChange={(v) => set('noPartners', v)}
          />
          <ListOf<Partner>
            items={c.partners}
            onChange={(items) => set('partners', items)}
            blank={() => ({ id: uuid(), name: '', sector: '', responsibility: '', contact: '' })}
            addLabel={t.addPartner}
            qa="plan-add-partner"
            render={(p, i, u) => (
              <div className="form-row">
                <TextField
                  {...at(`partners.${i}.name`)}
                  label={t.partnerName}
                  value={p.name}
                  onChange={(v) => u({ name: v })}
                />
                <TextField
                  {...at(`partners.${i}.sector`)}
                  label={t.sector}
                  value={p.sector}
                  onChange={(v) => u({ sector: v })}
                />
                <TextField
                  {...at(`partners.${i}.responsibility`)}
                  label={t.responsibility}
                  value={p.responsibility}
                  onChange={(v) => u({ responsibility: v })}
                />
                <TextField
                  {...at(`partners.${i}.contact`)}
                  label={t.contact}
                  value={p.contact}
                  onChange={(v) => u({ contact: v })}
                />
              </div>
            )}
          />
        </fieldset>
        <fieldset className="plan-element">
          <legend>{t.e9}</legend>
          {group('followUp')}
          <TextArea
            {...at('followUp.monitoring')}
            label={t.monitoring}
            value={c.followUp.monitoring}
            onChange={(v) => set('followUp', { ...c.followUp, monitoring: v })}
            rows={2}
          />
          <TextArea
            {...at('followUp.goalEvaluation')}
            label={t.goalEvaluation}
            value={c.followUp.goalEvaluation}
            onChange={(v) => set('followUp', { ...c.followUp, goalEvaluation: v })}
            rows={2}
          />
          <TextArea
            {...at('followUp.reassessment')}
            label={t.reassessment}
            value={c.followUp.reassessment}
            onChange={(v) => set('followUp', { ...c.followUp, reassessment: v })}
            rows={2}
          />
        </fieldset>
        <fieldset className="plan-element">
          <legend>{t.consents}</legend>
          <ListOf<Consent>
            items={c.consents}
            onChange={(items) => set('consents', items)}
            blank={() => ({ id: uuid(), partnerName: '', scope: '', givenOn: clock.today(), withdrawnOn: null })}
            addLabel={t.addConsent}
            qa="plan-add-consent"
            render={(k, i, u) => (
              <div className="form-row">
                <TextField
                  {...at(`consents.${i}.partnerName`)}
                  label={t.partnerName}
                  value={k.partnerName}
                  onChange={(v) => u({ partnerName: v })}
                />
                <TextField
                  {...at(`consents.${i}.scope`)}
                  label={t.scope}
                  value={k.scope}
                  onChange={(v) => u({ scope: v })}
                />
                <DateField
                  {...at(`consents.${i}.givenOn`)}
                  label={t.givenOn}
                  value={k.givenOn}
                  onChange={(v) => u({ givenOn: v })}
                />
                <DateField
                  {...at(`consents.${i}.withdrawnOn`)}
                  label={t.withdrawnOn}
                  value={k.withdrawnOn ?? ''}
                  onChange={(v) => u({ withdrawnOn: v || null })}
                />
              </div>
            )}
          />
        </fieldset>
      </EditPanel>
    </>
  );
}

/** A list of rows of the plan (goals, partners …) with "remove" on each row and "add" below. */
function ListOf<T extends { id: string }>({
  items,
  onChange,
  render,
  blank,
  addLabel,
  qa,
}: {
  items: T[];
  onChange: (items: T[]) => void;
  render: (item: T, i: number, update: (p: Partial<T>) => void) => ReactNode;
  blank: () => T;
  addLabel: string;
  qa: string;
}) {
  const t = useT(planMessages);
  return (
    <>
      {items.map((item, i) => (
        <div key={item.id} className="list-row">
          {render(item, i, (p) => onChange(items.map((x, j) => (j === i ? { ...x, ...p } : x))))}
          <button type="button" className="link-button" onClick={() => onChange(items.filter((_, j) => j !== i))}>
            {t.remove}
          </button>
        </div>
      ))}
      <Button
        type="button"
        variant="secondary"
        className="mt-s"
        onClick={() => onChange([...items, blank()])}
        data-qa={qa}
      >
        {addLabel}
      </Button>
    </>
  );
}
