// The updater's editor of one service (new or existing): texts in three languages, categories and
// themes, contact details, status, and locations with their weekly opening hours. One edit form
// (useEditForm + EditPanel): every error next to its field with a summary, the version sent, and on
// a conflict a reload instead of overwriting someone's save.
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import type { StaffService } from '../../../../../src/shared/contracts/servicemap/services';
import { EditPanel, useEditForm } from '../../../lib/editing';
import { CheckboxField, SelectField, TextField } from '../../../lib/forms';
import { useLocalize, useT } from '../../../lib/i18n';
import { ErrorState, Loading } from '../../../lib/states';
import { LocalizedFields, TextArea } from '../fields';
import { manageMessages } from '../manageMessages';
import { useMeta } from '../search/api';
import { createService, getService, updateService } from './api';
import { newLocation, toBody, toForm, type HoursRow, type LocationForm, type ServiceForm } from './form';
import { serviceKey } from './ServiceDetailPage';

export default function ServiceEditPage() {
  const id = useParams().id;
  const service = useQuery({
    queryKey: serviceKey(id ?? ''),
    queryFn: () => getService(id!),
    enabled: !!id,
  });
  if (id && service.isPending) return <Loading />;
  if (id && service.error) return <ErrorState error={service.error} onRetry={() => void service.refetch()} />;
  const current = service.data?.service;
  return (
    <ServiceEditor
      key={current ? `${current.id}-${current.version}` : 'new'}
      service={current}
      onReload={() => void service.refetch()}
    />
  );
}

function ServiceEditor({ service, onReload }: { service?: StaffService; onReload: () => void }) {
  const t = useT(manageMessages);
  const localize = useLocalize();
  const meta = useMeta();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const form = useEditForm({
    idPrefix: 'service',
    initial: toForm(service),
    save: (f: ServiceForm) =>
      service ? updateService(service.id, toBody(f), service.version) : createService(toBody(f)),
    onSaved: async (r) => {
      await qc.invalidateQueries({ queryKey: ['servicemap'] });
      void navigate(`/app/services/${r.service.id}`, { state: { saved: true } });
    },
  });
  const v = form.values;
  const set = form.set;
  const setLoc = (i: number, patch: Partial<LocationForm>) =>
    set(
      'locations',
      v.locations.map((l, j) => (j === i ? { ...l, ...patch } : l)),
    );
  const taxonomy = meta.data?.taxonomy ?? [];
  const toggle = (k: 'categories' | 'themes', code: string) =>
    set(k, v[k].includes(code) ? v[k].filter((c) => c !== code) : [...v[k], code]);
  const text = (
    path: 'name' | 'shortDescription' | 'description' | 'targetGroup' | 'howToAccess' | 'accessibility',
    label: string,
    qa: string,
    multiline = false,
  ) => (
    <LocalizedFields
      path={path}
      qa={qa}
      label={label}
      value={v[path]}
      onChange={(x) => set(path, x)}
      idFor={form.id}
      error={form.error}
      multiline={multiline}
    />
  );

  return (
    <>
      <p>
        <Link to={service ? `/app/services/${service.id}` : '/app/services'}>{t.cancel}</Link>
      </p>
      <h1>{service ? `${t.editService}: ${localize(service.name)}` : t.newService}</h1>
      <EditPanel title={t.details} form={form} submitLabel={t.save} onReload={onReload} qa="service-form">
        <h3>{t.texts}</h3>
        {text('name', t.name, 'service-name')}
        {text('shortDescription', t.shortDescription, 'service-short')}
        {text('description', t.description, 'service-description', true)}
        {text('targetGroup', t.targetGroup, 'service-target-group')}
        {text('howToAccess', t.howToAccess, 'service-how-to-access', true)}
        {text('accessibility', t.accessibility, 'service-accessibility')}

        <h3>{t.basics}</h3>
        <fieldset>
          <legend>{t.categories}</legend>
          {taxonomy
            .filter((x) => x.kind === 'category')
            .map((x) => (
              <CheckboxField
                key={x.code}
                id={`cat-${x.code}`}
                qa={`service-category-${x.code}`}
                label={localize(x.label)}
                checked={v.categories.includes(x.code)}
                onChange={() => toggle('categories', x.code)}
              />
            ))}
        </fieldset>
        <fieldset>
          <legend>{t.themes}</legend>
          {taxonomy
            .filter((x) => x.kind === 'theme')
            .map((x) => (
              <CheckboxField
                key={x.code}
                id={`theme-${x.code}`}
                qa={`service-theme-${x.code}`}
                label={localize(x.label)}
                checked={v.themes.includes(x.code)}
                onChange={() => toggle('themes', x.code)}
              />
            ))}
        </fieldset>
        <TextField
          id={form.id('ageMin')}
          qa="service-age-min"
          label={t.ageMin}
          inputMode="numeric"
          value={v.ageMin}
          onChange={(x) => set('ageMin', x)}
          error={form.error('ageMin')}
        />
        <TextField
          id={form.id('ageMax')}
          qa="service-age-max"
          label={t.ageMax}
          inputMode="numeric"
          value={v.ageMax}
          onChange={(x) => set('ageMax', x)}
          error={form.error('ageMax')}
        />
        <TextField
          id={form.id('providerName')}
          qa="service-provider-name"
          label={t.providerName}
          value={v.providerName}
          onChange={(x) => set('providerName', x)}
          error={form.error('providerName')}
          required
        />
        <SelectField
          id={form.id('providerType')}
          qa="service-provider-type"
          label={t.providerType}
          value={v.providerType}
          onChange={(x) => set('providerType', x as ServiceForm['providerType'])}
          options={Object.entries(t.providerTypes).map(([value, label]) => ({ value, label }))}
          error={form.error('providerType')}
        />
        <CheckboxField
          id={form.id('referralRequired')}
          qa="service-referral-required"
          label={t.referralRequired}
          checked={v.referralRequired}
          onChange={(x) => set('referralRequired', x)}
        />
        <CheckboxField
          id={form.id('freeOfCharge')}
          qa="service-free-of-charge"
          label={t.freeOfCharge}
          checked={v.freeOfCharge}
          onChange={(x) => set('freeOfCharge', x)}
        />
        <TextField
          id={form.id('languages')}
          qa="service-languages"
          label={t.languages}
          hint={t.languagesHint}
          value={v.languages}
          onChange={(x) => set('languages', x)}
          error={form.error('languages') ?? form.error('languages.0')}
        />
        <TextField
          id={form.id('phone')}
          qa="service-phone"
          label={t.phone}
          type="tel"
          value={v.phone}
          onChange={(x) => set('phone', x)}
          error={form.error('phone')}
        />
        <TextField
          id={form.id('email')}
          qa="service-email"
          label={t.email}
          type="email"
          value={v.email}
          onChange={(x) => set('email', x)}
          error={form.error('email')}
        />
        <TextField
          id={form.id('homepage')}
          qa="service-homepage"
          label={t.homepage}
          value={v.homepage}
          onChange={(x) => set('homepage', x)}
          error={form.error('homepage')}
        />
        <TextArea
          id={form.id('internalNotes')}
          qa="service-internal-notes"
          label={t.internalNotes}
          value={v.internalNotes}
          onChange={(x) => set('internalNotes', x)}
          error={form.error('internalNotes')}
        />
        <TextField
          id={form.id('professionalContact')}
          qa="service-professional-contact"
          label={t.professionalContact}
          value={v.professionalContact}
          onChange={(x) => set('professionalContact', x)}
          error={form.error('professionalContact')}
        />
        <SelectField
          id={form.id('status')}
          qa="service-status"
          label={t.status}
          value={v.status}
          onChange={(x) => set('status', x as ServiceForm['status'])}
          options={Object.entries(t.statuses).map(([value, label]) => ({ value, label }))}
          error={form.error('status')}
        />
        <TextField
          id={form.id('lastVerifiedOn')}
          qa="service-last-verified-on"
          label={t.lastVerifiedOn}
          value={v.lastVerifiedOn}
          onChange={(x) => set('lastVerifiedOn', x)}
          error={form.error('lastVerifiedOn')}
        />

        <h3>{t.locations}</h3>
        {v.locations.map((l, i) => {
          const p = `locations.${i}`;
          return (
            <fieldset key={i} className="card sm-location" data-qa={`location-${i}`}>
              <legend>{t.location(i + 1)}</legend>
              <TextField
                id={form.id(`${p}.name.fi`)}
                qa={`location-${i}-name`}
                label={t.locationName}
                value={l.name.fi}
                onChange={(x) => setLoc(i, { name: { ...l.name, fi: x } })}
                error={form.error(`${p}.name.fi`)}
              />
              <TextField
                id={form.id(`${p}.streetAddress`)}
                qa={`location-${i}-street`}
                label={t.streetAddress}
                value={l.streetAddress}
                onChange={(x) => setLoc(i, { streetAddress: x })}
                error={form.error(`${p}.streetAddress`)}
                required
              />
              <TextField
                id={form.id(`${p}.postalCode`)}
                qa={`location-${i}-postal-code`}
                label={t.postalCode}
                inputMode="numeric"
                value={l.postalCode}
                onChange={(x) => setLoc(i, { postalCode: x })}
                error={form.error(`${p}.postalCode`)}
              />
              <TextField
                id={form.id(`${p}.municipality`)}
                qa={`location-${i}-municipality`}
                label={t.municipality}
                value={l.municipality}
                onChange={(x) => setLoc(i, { municipality: x })}
                error={form.error(`${p}.municipality`)}
                required
              />
              <TextField
                id={form.id(`${p}.latitude`)}
                qa={`location-${i}-latitude`}
                label={t.latitude}
                value={l.latitude}
                onChange={(x) => setLoc(i, { latitude: x })}
                error={form.error(`${p}.latitude`)}
              />
              <TextField
                id={form.id(`${p}.longitude`)}
                qa={`location-${i}-longitude`}
                label={t.longitude}
                value={l.longitude}
                onChange={(x) => setLoc(i, { longitude: x })}
                error={form.error(`${p}.longitude`)}
              />
              <TextField
                id={form.id(`${p}.transportNote.fi`)}
                qa={`location-${i}-transport`}
                label={t.transportNote}
                value={l.transportNote.fi}
                onChange={(x) => setLoc(i, { transportNote: { ...l.transportNote, fi: x } })}
                error={form.error(`${p}.transportNote.fi`)}
              />
              <fieldset>
                <legend>{t.hours}</legend>
                {l.hours.length === 0 && <p>{t.noHours}</p>}
                {l.hours.map((h, j) => {
                  const setH = (patch: Partial<HoursRow>) =>
                    setLoc(i, { hours: l.hours.map((x, k) => (k === j ? { ...x, ...patch } : x)) });
                  const hp = `${p}.hours.${j}`;
                  return (
                    <div key={j} className="sm-hours-row" data-qa={`hours-${i}-${j}`}>
                      <SelectField
                        id={form.id(`${hp}.weekday`)}
                        qa={`hours-${i}-${j}-day`}
                        label={t.weekday}
                        value={String(h.weekday)}
                        onChange={(x) => setH({ weekday: Number(x) })}
                        options={t.weekdays.map((d, k) => ({ value: String(k + 1), label: d }))}
                        error={form.error(`${hp}.weekday`)}
                      />
                      <TextField
                        id={form.id(`${hp}.opens`)}
                        qa={`hours-${i}-${j}-opens`}
                        label={t.opens}
                        value={h.opens}
                        onChange={(x) => setH({ opens: x })}
                        error={form.error(`${hp}.opens`)}
                      />
                      <TextField
                        id={form.id(`${hp}.closes`)}
                        qa={`hours-${i}-${j}-closes`}
                        label={t.closes}
                        value={h.closes}
                        onChange={(x) => setH({ closes: x })}
                        error={form.error(`${hp}.closes`)}
                      />
                      <Button
                        variant="secondaryNoBorder"
                        onClick={() => setLoc(i, { hours: l.hours.filter((_, k) => k !== j) })}
                        data-qa={`remove-hours-${i}-${j}`}
                      >
                        {t.removeHours}
                      </Button>
                    </div>
                  );
                })}
                <Button
                  variant="secondary"
                  onClick={() => setLoc(i, { hours: [...l.hours, { weekday: 1, opens: '08:00', closes: '16:00' }] })}
                  data-qa={`add-hours-${i}`}
                >
                  {t.addHours}
                </Button>
              </fieldset>
              <p>
                <Button
                  variant="secondaryNoBorder"
                  onClick={() =>
                    set(
                      'locations',
                      v.locations.filter((_, k) => k !== i),
                    )
                  }
                  data-qa={`remove-location-${i}`}
                >
                  {t.removeLocation}
                </Button>
              </p>
            </fieldset>
          );
        })}
        <p>
          <Button
            variant="secondary"
            onClick={() => set('locations', [...v.locations, newLocation()])}
            data-qa="add-location"
          >
            {t.addLocation}
          </Button>
        </p>
      </EditPanel>
    </>
  );
}
