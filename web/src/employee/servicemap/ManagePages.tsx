// The updater's pages (päivittäjä: esihenkilö, ylläpitäjä): create and edit a service with its
// locations and weekly hours, theme maps with their public URL and embed snippet, and HSDS/CSV
// import and export. Other staff never reach these: the routes are limited to the updater roles.
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import type { Localized } from '../../../../src/shared/i18n';
import { api, ApiError, query } from '../../lib/api';
import { CheckboxField, fieldError, FormActions, SelectField, TextField } from '../../lib/forms';
import { useLang, useLocalize, useT } from '../../lib/i18n';
import { Empty, ErrorState, Loading } from '../../lib/states';
import { manageMessages } from './manageMessages';
import { useMeta } from './ServicesPage';
import type { Service } from './types';

const LANGS = ['fi', 'sv', 'en'] as const;
const empty = (): Localized => ({ fi: '', sv: '', en: '' });

interface HoursRow {
  weekday: number;
  opens: string;
  closes: string;
}
interface LocationForm {
  id?: string;
  name: Localized;
  streetAddress: string;
  postalCode: string;
  municipality: string;
  latitude: string;
  longitude: string;
  transportNote: Localized;
  hours: HoursRow[];
}
interface ServiceForm {
  name: Localized;
  shortDescription: Localized;
  description: Localized;
  targetGroup: Localized;
  howToAccess: Localized;
  accessibility: Localized;
  categories: string[];
  themes: string[];
  ageMin: string;
  ageMax: string;
  providerName: string;
  providerType: string;
  referralRequired: boolean;
  freeOfCharge: boolean;
  languages: string;
  phone: string;
  email: string;
  homepage: string;
  internalNotes: string;
  professionalContact: string;
  status: string;
  lastVerifiedOn: string;
  locations: LocationForm[];
}

/** The full service as the staff API returns it (the worker view's type has only what it shows). */
type FullService = Omit<Service, 'locations'> & {
  description: Localized;
  categories: string[];
  targetGroup: Localized;
  howToAccess: Localized;
  accessibility: Localized;
  ageMin: number | null;
  ageMax: number | null;
  providerType: string;
  referralRequired: boolean;
  freeOfCharge: boolean;
  languages: string[];
  locations: (Service['locations'][number] & { name: Localized; transportNote: Localized })[];
};

const newLocation = (): LocationForm => ({
  name: empty(),
  streetAddress: '',
  postalCode: '',
  municipality: '',
  latitude: '',
  longitude: '',
  transportNote: empty(),
  hours: [],
});

function toForm(s?: FullService): ServiceForm {
  if (!s) {
    return {
      name: empty(),
      shortDescription: empty(),
      description: empty(),
      targetGroup: empty(),
      howToAccess: empty(),
      accessibility: empty(),
      categories: [],
      themes: [],
      ageMin: '',
      ageMax: '',
      providerName: '',
      providerType: 'public',
      referralRequired: false,
      freeOfCharge: true,
      languages: 'fi',
      phone: '',
      email: '',
      homepage: '',
      internalNotes: '',
      professionalContact: '',
      status: 'draft',
      lastVerifiedOn: '',
      locations: [newLocation()],
    };
  }
  return {
    name: s.name,
    shortDescription: s.shortDescription,
    description: s.description,
    targetGroup: s.targetGroup,
    howToAccess: s.howToAccess,
    accessibility: s.accessibility,
    categories: s.categories,
    themes: s.themes,
    ageMin: s.ageMin?.toString() ?? '',
    ageMax: s.ageMax?.toString() ?? '',
    providerName: s.providerName,
    providerType: s.providerType,
    referralRequired: s.referralRequired,
    freeOfCharge: s.freeOfCharge,
    languages: s.languages.join(', '),
    phone: s.phone ?? '',
    email: s.email ?? '',
    homepage: s.homepage ?? '',
    internalNotes: s.internalNotes ?? '',
    professionalContact: s.professionalContact ?? '',
    status: s.status,
    lastVerifiedOn: s.lastVerifiedOn ?? '',
    locations: s.locations.map((l) => ({
      id: l.id,
      name: l.name,
      streetAddress: l.streetAddress,
      postalCode: l.postalCode,
      municipality: l.municipality,
      latitude: l.latitude?.toString() ?? '',
      longitude: l.longitude?.toString() ?? '',
      transportNote: l.transportNote,
      hours: l.hours.map((h) => ({ ...h })),
    })),
  };
}

const num = (v: string) => (v.trim() === '' ? null : Number(v.replace(',', '.')));
const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

function toBody(f: ServiceForm) {
  return {
    name: f.name,
    shortDescription: f.shortDescription,
    description: f.description,
    targetGroup: f.targetGroup,
    howToAccess: f.howToAccess,
    accessibility: f.accessibility,
    categories: f.categories,
    themes: f.themes,
    ageMin: num(f.ageMin),
    ageMax: num(f.ageMax),
    providerName: f.providerName,
    providerType: f.providerType,
    referralRequired: f.referralRequired,
    freeOfCharge: f.freeOfCharge,
    languages: f.languages
      .split(/[\s,]+/)
      .map((x) => x.trim().toLowerCase())
      .filter(Boolean),
    phone: orNull(f.phone),
    email: orNull(f.email),
    homepage: orNull(f.homepage),
    internalNotes: orNull(f.internalNotes),
    professionalContact: orNull(f.professionalContact),
    status: f.status,
    lastVerifiedOn: orNull(f.lastVerifiedOn),
    locations: f.locations.map((l) => ({
      ...(l.id ? { id: l.id } : {}),
      name: l.name,
      streetAddress: l.streetAddress,
      postalCode: l.postalCode.trim(),
      municipality: l.municipality,
      latitude: num(l.latitude),
      longitude: num(l.longitude),
      transportNote: l.transportNote,
      hours: l.hours,
    })),
  };
}

function TextArea({
  id,
  label,
  value,
  onChange,
  error,
  rows = 3,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  rows?: number;
}) {
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <textarea
        id={id}
        className={`textarea${error ? ' is-error' : ''}`}
        rows={rows}
        value={value}
        style={{ width: '100%', maxWidth: '100%' }}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** One text in fi/sv/en; Finnish first. */
function LocalizedFields({
  id,
  label,
  value,
  onChange,
  error,
  multiline,
}: {
  id: string;
  label: string;
  value: Localized;
  onChange: (v: Localized) => void;
  error: (path: string) => string | undefined;
  multiline?: boolean;
}) {
  const t = useT(manageMessages);
  const names = { fi: t.langFi, sv: t.langSv, en: t.langEn };
  return (
    <fieldset className="sm-localized">
      <legend>{label}</legend>
      {LANGS.map((l) =>
        multiline ? (
          <TextArea
            key={l}
            id={`${id}-${l}`}
            label={`${label} ${names[l]}`}
            value={value[l]}
            onChange={(v) => onChange({ ...value, [l]: v })}
            error={error(`${id}.${l}`)}
          />
        ) : (
          <TextField
            key={l}
            id={`${id}-${l}`}
            label={`${label} ${names[l]}`}
            value={value[l]}
            onChange={(v) => onChange({ ...value, [l]: v })}
            error={error(`${id}.${l}`)}
          />
        ),
      )}
    </fieldset>
  );
}

function ConflictOrError({ error, onReload }: { error: unknown; onReload?: () => void }) {
  const t = useT(manageMessages);
  if (!error) return null;
  const conflict = error instanceof ApiError && error.status === 409;
  return (
    <div role="alert" className="mutation-error">
      <p className={conflict ? 'warning-message' : 'error-message'}>
        {conflict ? t.conflict : error instanceof Error ? error.message : String(error)}
      </p>
      {conflict && onReload && (
        <Button variant="secondary" onClick={onReload}>
          {t.reload}
        </Button>
      )}
    </div>
  );
}

export function ServiceEditPage() {
  const id = useParams().id;
  const service = useQuery({
    queryKey: ['servicemap', 'service', id],
    queryFn: () => api.get<{ service: FullService }>(`/api/services/${id}`).then((r) => r.service),
    enabled: !!id,
  });
  if (id && service.isPending) return <Loading />;
  if (id && service.error) return <ErrorState error={service.error} onRetry={() => void service.refetch()} />;
  return (
    <ServiceEditor
      key={service.data ? `${service.data.id}-${service.data.version}` : 'new'}
      service={service.data}
      onReload={() => void service.refetch()}
    />
  );
}

function ServiceEditor({ service, onReload }: { service?: FullService; onReload: () => void }) {
  const t = useT(manageMessages);
  const localize = useLocalize();
  const meta = useMeta();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [form, setForm] = useState<ServiceForm>(() => toForm(service));
  const set = <K extends keyof ServiceForm>(k: K, v: ServiceForm[K]) => setForm((f) => ({ ...f, [k]: v }));
  const setLoc = (i: number, patch: Partial<LocationForm>) =>
    setForm((f) => ({ ...f, locations: f.locations.map((l, j) => (j === i ? { ...l, ...patch } : l)) }));
  const save = useMutation({
    mutationFn: () =>
      service
        ? api.put<{ service: FullService }>(`/api/services/${service.id}`, {
            ...toBody(form),
            version: service.version,
          })
        : api.post<{ service: FullService }>('/api/services', toBody(form)),
    onSuccess: async (r) => {
      await qc.invalidateQueries({ queryKey: ['servicemap'] });
      void navigate(`/app/services/${r.service.id}`, { state: { saved: true } });
    },
  });
  const err = (path: string) => fieldError(save.error, path);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const taxonomy = meta.data?.taxonomy ?? [];
  const toggle = (k: 'categories' | 'themes', code: string) =>
    set(k, form[k].includes(code) ? form[k].filter((c) => c !== code) : [...form[k], code]);

  return (
    <>
      <p>
        <Link to={service ? `/app/services/${service.id}` : '/app/services'}>{t.cancel}</Link>
      </p>
      <h1>{service ? `${t.editService}: ${localize(service.name)}` : t.newService}</h1>
      <form onSubmit={submit} className="narrow sm-editor" noValidate>
        <h2>{t.texts}</h2>
        <LocalizedFields id="name" label={t.name} value={form.name} onChange={(v) => set('name', v)} error={err} />
        <LocalizedFields
          id="shortDescription"
          label={t.shortDescription}
          value={form.shortDescription}
          onChange={(v) => set('shortDescription', v)}
          error={err}
        />
        <LocalizedFields
          id="description"
          label={t.description}
          value={form.description}
          onChange={(v) => set('description', v)}
          error={err}
          multiline
        />
        <LocalizedFields
          id="targetGroup"
          label={t.targetGroup}
          value={form.targetGroup}
          onChange={(v) => set('targetGroup', v)}
          error={err}
        />
        <LocalizedFields
          id="howToAccess"
          label={t.howToAccess}
          value={form.howToAccess}
          onChange={(v) => set('howToAccess', v)}
          error={err}
          multiline
        />
        <LocalizedFields
          id="accessibility"
          label={t.accessibility}
          value={form.accessibility}
          onChange={(v) => set('accessibility', v)}
          error={err}
        />

        <h2>{t.basics}</h2>
        <fieldset>
          <legend>{t.categories}</legend>
          {taxonomy
            .filter((x) => x.kind === 'category')
            .map((x) => (
              <CheckboxField
                key={x.code}
                id={`cat-${x.code}`}
                label={localize(x.label)}
                checked={form.categories.includes(x.code)}
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
                label={localize(x.label)}
                checked={form.themes.includes(x.code)}
                onChange={() => toggle('themes', x.code)}
              />
            ))}
        </fieldset>
        <TextField
          id="ageMin"
          label={t.ageMin}
          inputMode="numeric"
          value={form.ageMin}
          onChange={(v) => set('ageMin', v)}
          error={err('ageMin')}
        />
        <TextField
          id="ageMax"
          label={t.ageMax}
          inputMode="numeric"
          value={form.ageMax}
          onChange={(v) => set('ageMax', v)}
          error={err('ageMax')}
        />
        <TextField
          id="providerName"
          label={t.providerName}
          value={form.providerName}
          onChange={(v) => set('providerName', v)}
          error={err('providerName')}
          required
        />
        <SelectField
          id="providerType"
          label={t.providerType}
          value={form.providerType}
          onChange={(v) => set('providerType', v)}
          options={Object.entries(t.providerTypes).map(([value, label]) => ({ value, label }))}
          error={err('providerType')}
        />
        <CheckboxField
          id="referralRequired"
          label={t.referralRequired}
          checked={form.referralRequired}
          onChange={(v) => set('referralRequired', v)}
        />
        <CheckboxField
          id="freeOfCharge"
          label={t.freeOfCharge}
          checked={form.freeOfCharge}
          onChange={(v) => set('freeOfCharge', v)}
        />
        <TextField
          id="languages"
          label={t.languages}
          hint={t.languagesHint}
          value={form.languages}
          onChange={(v) => set('languages', v)}
          error={err('languages') ?? err('languages.0')}
        />
        <TextField
          id="phone"
          label={t.phone}
          type="tel"
          value={form.phone}
          onChange={(v) => set('phone', v)}
          error={err('phone')}
        />
        <TextField
          id="email"
          label={t.email}
          type="email"
          value={form.email}
          onChange={(v) => set('email', v)}
          error={err('email')}
        />
        <TextField
          id="homepage"
          label={t.homepage}
          value={form.homepage}
          onChange={(v) => set('homepage', v)}
          error={err('homepage')}
        />
        <TextArea
          id="internalNotes"
          label={t.internalNotes}
          value={form.internalNotes}
          onChange={(v) => set('internalNotes', v)}
          error={err('internalNotes')}
        />
        <TextField
          id="professionalContact"
          label={t.professionalContact}
          value={form.professionalContact}
          onChange={(v) => set('professionalContact', v)}
          error={err('professionalContact')}
        />
        <SelectField
          id="status"
          label={t.status}
          value={form.status}
          onChange={(v) => set('status', v)}
          options={Object.entries(t.statuses).map(([value, label]) => ({ value, label }))}
          error={err('status')}
        />
        <TextField
          id="lastVerifiedOn"
          label={t.lastVerifiedOn}
          value={form.lastVerifiedOn}
          onChange={(v) => set('lastVerifiedOn', v)}
          error={err('lastVerifiedOn')}
        />

        <h2>{t.locations}</h2>
        {form.locations.map((l, i) => (
          <fieldset key={i} className="card sm-location">
            <legend>{t.location(i + 1)}</legend>
            <TextField
              id={`loc-${i}-name`}
              label={t.locationName}
              value={l.name.fi}
              onChange={(v) => setLoc(i, { name: { ...l.name, fi: v } })}
              error={err(`locations.${i}.name.fi`)}
            />
            <TextField
              id={`loc-${i}-street`}
              label={t.streetAddress}
              value={l.streetAddress}
              onChange={(v) => setLoc(i, { streetAddress: v })}
              error={err(`locations.${i}.streetAddress`)}
              required
            />
            <TextField
              id={`loc-${i}-postal`}
              label={t.postalCode}
              inputMode="numeric"
              value={l.postalCode}
              onChange={(v) => setLoc(i, { postalCode: v })}
              error={err(`locations.${i}.postalCode`)}
            />
            <TextField
              id={`loc-${i}-municipality`}
              label={t.municipality}
              value={l.municipality}
              onChange={(v) => setLoc(i, { municipality: v })}
              error={err(`locations.${i}.municipality`)}
              required
            />
            <TextField
              id={`loc-${i}-lat`}
              label={t.latitude}
              value={l.latitude}
              onChange={(v) => setLoc(i, { latitude: v })}
              error={err(`locations.${i}.latitude`)}
            />
            <TextField
              id={`loc-${i}-lon`}
              label={t.longitude}
              value={l.longitude}
              onChange={(v) => setLoc(i, { longitude: v })}
              error={err(`locations.${i}.longitude`)}
            />
            <TextField
              id={`loc-${i}-transport`}
              label={t.transportNote}
              value={l.transportNote.fi}
              onChange={(v) => setLoc(i, { transportNote: { ...l.transportNote, fi: v } })}
              error={err(`locations.${i}.transportNote.fi`)}
            />
            <fieldset>
              <legend>{t.hours}</legend>
              {l.hours.length === 0 && <p>{t.noHours}</p>}
              {l.hours.map((h, j) => {
                const setH = (patch: Partial<HoursRow>) =>
                  setLoc(i, { hours: l.hours.map((x, k) => (k === j ? { ...x, ...patch } : x)) });
                const p = `locations.${i}.hours.${j}`;
                return (
                  <div key={j} className="sm-hours-row" data-testid={`hours-${i}-${j}`}>
                    <SelectField
                      id={`h-${i}-${j}-day`}
                      label={t.weekday}
                      value={String(h.weekday)}
                      onChange={(v) => setH({ weekday: Number(v) })}
                      options={t.weekdays.map((d, k) => ({ value: String(k + 1), label: d }))}
                      error={err(`${p}.weekday`)}
                    />
                    <TextField
                      id={`h-${i}-${j}-opens`}
                      label={t.opens}
                      value={h.opens}
                      onChange={(v) => setH({ opens: v })}
                      error={err(`${p}.opens`)}
                    />
                    <TextField
                      id={`h-${i}-${j}-closes`}
                      label={t.closes}
                      value={h.closes}
                      onChange={(v) => setH({ closes: v })}
                      error={err(`${p}.closes`)}
                    />
                    <Button
                      variant="secondaryNoBorder"
                      onClick={() => setLoc(i, { hours: l.hours.filter((_, k) => k !== j) })}
                    >
                      {t.removeHours}
                    </Button>
                  </div>
                );
              })}
              <Button
                variant="secondary"
                onClick={() => setLoc(i, { hours: [...l.hours, { weekday: 1, opens: '08:00', closes: '16:00' }] })}
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
                    form.locations.filter((_, k) => k !== i),
                  )
                }
              >
                {t.removeLocation}
              </Button>
            </p>
          </fieldset>
        ))}
        <p>
          <Button variant="secondary" onClick={() => set('locations', [...form.locations, newLocation()])}>
            {t.addLocation}
          </Button>
        </p>
        <ConflictOrError error={save.error} onReload={onReload} />
        <FormActions>
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? t.saving : t.save}
          </Button>
        </FormActions>
      </form>
    </>
  );
}

/** Retire (status → retired) with the version check; shown on the service page for updaters. */
export function RetireButton({ service }: { service: FullService | Service }) {
  const t = useT(manageMessages);
  const qc = useQueryClient();
  const retire = useMutation({
    mutationFn: async () => {
      const full = await api.get<{ service: FullService }>(`/api/services/${service.id}`).then((r) => r.service);
      if (full.version !== service.version) throw new ApiError(409, 'conflict', t.conflict);
      return api.put(`/api/services/${service.id}`, {
        ...toBody({ ...toForm(full), status: 'retired' }),
        version: service.version,
      });
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: ['servicemap'] }),
  });
  if (service.status === 'retired') return null;
  return (
    <>
      <Button
        variant="secondary"
        onClick={() => window.confirm(t.retireConfirm) && retire.mutate()}
        disabled={retire.isPending}
      >
        {t.retire}
      </Button>
      <ConflictOrError error={retire.error} onReload={() => void qc.invalidateQueries({ queryKey: ['servicemap'] })} />
    </>
  );
}

// ---------------------------------------------------------------------------------------------
// Theme maps

interface ThemeMap {
  id: string;
  slug: string;
  title: Localized;
  description: Localized;
  themes: string[];
  categories: string[];
  municipalities: string[];
  serviceIds: string[];
  embedOrigins: string[];
  version: number;
}
const THEME_PATH = { fi: '/palvelut/teema/', sv: '/sv/tjanster/tema/', en: '/en/services/theme/' } as const;
const EMBED_PATH = { fi: '/palvelut/upotus/', sv: '/sv/tjanster/inbaddning/', en: '/en/services/embed/' } as const;

export function ThemeMapsPage() {
  const t = useT(manageMessages);
  const localize = useLocalize();
  const list = useQuery({
    queryKey: ['servicemap', 'theme-maps'],
    queryFn: () => api.get<{ themeMaps: ThemeMap[] }>('/api/services/theme-maps'),
  });
  const [editing, setEditing] = useState<ThemeMap | 'new' | null>(null);
  if (editing) return <ThemeMapEditor map={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />;
  return (
    <>
      <p>
        <Link to="/app/services">{useT(manageMessages).cancel}</Link>
      </p>
      <h1>{t.themeMaps}</h1>
      <p>
        <Button onClick={() => setEditing('new')}>{t.newThemeMap}</Button>
      </p>
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.themeMaps.length === 0 ? (
        <Empty>{t.noThemeMaps}</Empty>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0 }}>
          {list.data.themeMaps.map((m) => (
            <li key={m.id} className="card" style={{ marginBottom: '.75rem' }}>
              <h2 style={{ margin: 0 }}>{localize(m.title)}</h2>
              <ThemeMapLinks map={m} />
              <Button variant="secondary" onClick={() => setEditing(m)}>
                {`${t.edit}: ${localize(m.title)}`}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function ThemeMapLinks({ map }: { map: ThemeMap }) {
  const t = useT(manageMessages);
  const { lang } = useLang();
  const localize = useLocalize();
  const [copied, setCopied] = useState(false);
  const origin = window.location.origin;
  const publicUrl = `${origin}${THEME_PATH[lang]}${map.slug}`;
  const snippet = `<iframe src="${origin}${EMBED_PATH[lang]}${map.slug}" title="${localize(map.title).replace(/"/g, '&quot;')}" width="100%" height="600" style="border:0"></iframe>`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <>
      <p>
        {t.publicUrl}: <a href={publicUrl}>{publicUrl}</a>
      </p>
      <div className="field">
        <label htmlFor={`embed-${map.id}`} className="field-label">
          {t.embedSnippet}
        </label>
        <textarea
          id={`embed-${map.id}`}
          className="textarea"
          readOnly
          rows={3}
          value={snippet}
          style={{ width: '100%', fontFamily: 'monospace' }}
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <p>
        <Button variant="secondary" onClick={() => void copy()}>
          {t.copy}
        </Button>{' '}
        <span role="status">{copied ? t.copied : ''}</span>
      </p>
    </>
  );
}

function ThemeMapEditor({ map, onDone }: { map?: ThemeMap; onDone: () => void }) {
  const t = useT(manageMessages);
  const localize = useLocalize();
  const meta = useMeta();
  const qc = useQueryClient();
  const [slug, setSlug] = useState(map?.slug ?? '');
  const [title, setTitle] = useState<Localized>(map?.title ?? empty());
  const [description, setDescription] = useState<Localized>(map?.description ?? empty());
  const [themes, setThemes] = useState<string[]>(map?.themes ?? []);
  const [categories, setCategories] = useState<string[]>(map?.categories ?? []);
  const [towns, setTowns] = useState<string[]>(map?.municipalities ?? []);
  const [chosen, setChosen] = useState<string[]>(map?.serviceIds ?? []);
  const [origins, setOrigins] = useState((map?.embedOrigins ?? []).join('\n'));
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const found = useQuery({
    queryKey: ['servicemap', 'search', { q: search, status: 'published', limit: 20 }],
    queryFn: () =>
      api.get<{ services: Service[] }>(`/api/services${query({ q: search, status: 'published', limit: 20 })}`),
    enabled: search.length > 0,
  });
  const chosenServices = useQuery({
    queryKey: ['servicemap', 'chosen', chosen],
    queryFn: () =>
      Promise.all(chosen.map((id) => api.get<{ service: Service }>(`/api/services/${id}`).then((r) => r.service))),
  });
  const save = useMutation({
    mutationFn: () => {
      const body = {
        slug: slug.trim(),
        title,
        description,
        themes,
        categories,
        municipalities: towns,
        serviceIds: chosen,
        embedOrigins: origins.split(/\s+/).filter(Boolean),
      };
      return map
        ? api.put(`/api/services/theme-maps/${map.id}`, { ...body, version: map.version })
        : api.post('/api/services/theme-maps', body);
    },
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['servicemap', 'theme-maps'] });
      onDone();
    },
  });
  const err = (p: string) => fieldError(save.error, p);
  const toggle = (list: string[], setList: (v: string[]) => void, v: string) =>
    setList(list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);
  const taxonomy = meta.data?.taxonomy ?? [];
  return (
    <>
      <h1>{map ? t.editThemeMap : t.newThemeMap}</h1>
      <form
        className="narrow"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <TextField
          id="tm-slug"
          label={t.slug}
          hint={t.slugHint}
          value={slug}
          onChange={setSlug}
          error={err('slug')}
          required
        />
        <LocalizedFields id="title" label={t.title} value={title} onChange={setTitle} error={err} />
        <LocalizedFields
          id="description"
          label={t.mapDescription}
          value={description}
          onChange={setDescription}
          error={err}
          multiline
        />
        <fieldset>
          <legend>{t.themes}</legend>
          {taxonomy
            .filter((x) => x.kind === 'theme')
            .map((x) => (
              <CheckboxField
                key={x.code}
                id={`tm-theme-${x.code}`}
                label={localize(x.label)}
                checked={themes.includes(x.code)}
                onChange={() => toggle(themes, setThemes, x.code)}
              />
            ))}
        </fieldset>
        <fieldset>
          <legend>{t.categories}</legend>
          {taxonomy
            .filter((x) => x.kind === 'category')
            .map((x) => (
              <CheckboxField
                key={x.code}
                id={`tm-cat-${x.code}`}
                label={localize(x.label)}
                checked={categories.includes(x.code)}
                onChange={() => toggle(categories, setCategories, x.code)}
              />
            ))}
        </fieldset>
        <fieldset>
          <legend>{t.municipalities}</legend>
          {(meta.data?.municipalities ?? []).map((m) => (
            <CheckboxField
              key={m}
              id={`tm-town-${m}`}
              label={m}
              checked={towns.includes(m)}
              onChange={() => toggle(towns, setTowns, m)}
            />
          ))}
        </fieldset>
        <fieldset>
          <legend>{t.chosenServices}</legend>
          <p className="field-hint">{t.chosenHint}</p>
          {chosenServices.data?.map((s) => (
            <CheckboxField
              key={s.id}
              id={`tm-chosen-${s.id}`}
              label={localize(s.name)}
              checked
              onChange={() => setChosen(chosen.filter((x) => x !== s.id))}
            />
          ))}
          <div role="search">
            <TextField id="tm-search" label={t.findServices} value={q} onChange={setQ} />
            <Button variant="secondary" onClick={() => setSearch(q.trim())}>
              {t.findServices}
            </Button>
          </div>
          {found.isFetching && <Loading />}
          {found.error && <ErrorState error={found.error} />}
          {found.data?.services
            .filter((s) => !chosen.includes(s.id))
            .map((s) => (
              <CheckboxField
                key={s.id}
                id={`tm-pick-${s.id}`}
                label={localize(s.name)}
                checked={false}
                onChange={() => setChosen([...chosen, s.id])}
              />
            ))}
          {err('serviceIds') && <p className="field-error">{err('serviceIds')}</p>}
        </fieldset>
        <TextArea
          id="tm-origins"
          label={t.embedOrigins}
          value={origins}
          onChange={setOrigins}
          error={err('embedOrigins') ?? err('embedOrigins.0')}
        />
        <p className="field-hint">{t.embedOriginsHint}</p>
        <ConflictOrError error={save.error} onReload={onDone} />
        <FormActions>
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? t.saving : t.save}
          </Button>
          <Button variant="secondary" onClick={onDone}>
            {t.cancel}
          </Button>
        </FormActions>
      </form>
    </>
  );
}

// ---------------------------------------------------------------------------------------------
// Import and export

interface RecordProblem {
  index?: number;
  row?: number;
  id?: string | null;
  errors: { path: string; message: string }[];
}

/** A POST whose 400 answer carries per-record problems (the shared client keeps only fields). */
async function postImport(path: string, body: string, contentType: string, lang: string) {
  const { token } = await api.get<{ token: string | null }>('/api/auth/csrf');
  const res = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'Content-Type': contentType,
      Accept: 'application/json',
      'Accept-Language': lang,
      ...(token ? { 'x-csrf-token': token } : {}),
    },
    body,
  });
  const json = (await res.json().catch(() => ({}))) as {
    created?: number;
    updated?: number;
    error?: {
      code: string;
      message: string;
      records?: RecordProblem[];
      rows?: RecordProblem[];
      fields?: { path: string; message: string }[];
    };
  };
  if (!res.ok)
    throw Object.assign(
      new ApiError(
        res.status,
        json.error?.code ?? `http_${res.status}`,
        json.error?.message ?? String(res.status),
        json.error?.fields ?? [],
      ),
      { problems: json.error?.records ?? json.error?.rows ?? [] },
    );
  return { created: json.created ?? 0, updated: json.updated ?? 0 };
}

export function ImportExportPage() {
  const t = useT(manageMessages);
  const { lang } = useLang();
  const qc = useQueryClient();
  const [format, setFormat] = useState<'hsds' | 'csv'>('hsds');
  const [text, setText] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  useEffect(() => setLocalError(null), [text, format]);
  const run = useMutation({
    mutationFn: () =>
      format === 'hsds'
        ? postImport('/api/hsds/import', text, 'application/json', lang)
        : postImport('/api/services/import.csv', text, 'text/csv', lang),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['servicemap'] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return setLocalError(t.emptyImport);
    if (format === 'hsds') {
      try {
        JSON.parse(text);
      } catch {
        return setLocalError(t.invalidJson);
      }
    }
    run.mutate();
  };
  const problems = (run.error as { problems?: RecordProblem[] } | null)?.problems ?? [];
  return (
    <>
      <p>
        <Link to="/app/services">{t.cancel}</Link>
      </p>
      <h1>{t.importExport}</h1>
      <section aria-labelledby="sm-export">
        <h2 id="sm-export">{t.export}</h2>
        <ul>
          <li>
            <a href="/api/hsds/export" download>
              {t.exportHsds}
            </a>
          </li>
          <li>
            <a href="/api/services/export.csv" download>
              {t.exportCsv}
            </a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="sm-import">
        <h2 id="sm-import">{t.import}</h2>
        <p>{t.importHint}</p>
        <form onSubmit={submit} className="narrow" noValidate>
          <SelectField
            id="imp-format"
            label={t.format}
            value={format}
            onChange={(v) => setFormat(v as 'hsds' | 'csv')}
            options={[
              { value: 'hsds', label: t.formatHsds },
              { value: 'csv', label: t.formatCsv },
            ]}
          />
          <div className="field">
            <label htmlFor="imp-file" className="field-label">
              {t.file}
            </label>
            <input
              id="imp-file"
              type="file"
              accept={format === 'hsds' ? '.json,application/json' : '.csv,text/csv'}
              onChange={(e) => void e.target.files?.[0]?.text().then(setText)}
            />
          </div>
          <TextArea
            id="imp-text"
            label={t.paste}
            value={text}
            onChange={setText}
            rows={8}
            error={localError ?? undefined}
          />
          <FormActions>
            <Button type="submit" disabled={run.isPending}>
              {run.isPending ? t.importing : t.importButton}
            </Button>
          </FormActions>
        </form>
        <div role="status">
          {run.isSuccess && <p className="success-message">{t.imported(run.data.created, run.data.updated)}</p>}
        </div>
        {run.error && (
          <div role="alert" className="mutation-error" data-testid="import-errors">
            <p className="error-message">{run.error.message}</p>
            {problems.length > 0 && (
              <ul>
                {problems.map((p, i) => (
                  <li key={i}>
                    {p.row !== undefined ? t.row(p.row) : t.record((p.index ?? i) + 1, p.id ?? null)}
                    <ul>
                      {p.errors.map((x, j) => (
                        <li key={j}>{`${x.path || '—'}: ${x.message}`}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </section>
    </>
  );
}
