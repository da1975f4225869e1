// Theme maps: the organisation's saved selections of services, each with its public address and an
// embed snippet for a municipality's website; the updater creates and edits them in one edit form.
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import type { ThemeMap } from '../../../../../src/shared/contracts/servicemap/theme-maps';
import type { Localized } from '../../../../../src/shared/i18n';
import { can } from '../../../lib/auth';
import { EditPanel, useEditForm } from '../../../lib/editing';
import { CheckboxField, TextField } from '../../../lib/forms';
import { useLang, useLocalize, useT } from '../../../lib/i18n';
import { Empty, ErrorState, Loading } from '../../../lib/states';
import { useCurrentUser } from '../../Shell';
import { emptyText, LocalizedFields, TextArea } from '../fields';
import { PUBLIC_PATHS } from '../format';
import { manageMessages } from '../manageMessages';
import { searchServices, useMeta } from '../search/api';
import { getService } from '../services/api';
import { createThemeMap, listThemeMaps, updateThemeMap } from './api';

const THEME_MAPS_KEY = ['servicemap', 'theme-maps'] as const;

export default function ThemeMapsPage() {
  const t = useT(manageMessages);
  const localize = useLocalize();
  const user = useCurrentUser();
  const list = useQuery({ queryKey: THEME_MAPS_KEY, queryFn: listThemeMaps });
  const [editing, setEditing] = useState<ThemeMap | 'new' | null>(null);
  if (editing)
    return (
      <ThemeMapEditor
        key={editing === 'new' ? 'new' : `${editing.id}-${editing.version}`}
        map={editing === 'new' ? undefined : editing}
        onDone={() => setEditing(null)}
        onReloaded={setEditing}
      />
    );
  return (
    <>
      <p>
        <Link to="/app/services">{t.cancel}</Link>
      </p>
      <h1>{t.themeMaps}</h1>
      {can(user, 'themeMap.create') && (
        <p>
          <Button onClick={() => setEditing('new')} data-qa="new-theme-map">
            {t.newThemeMap}
          </Button>
        </p>
      )}
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.themeMaps.length === 0 ? (
        <Empty>{t.noThemeMaps}</Empty>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0 }} data-qa="theme-maps">
          {list.data.themeMaps.map((m) => (
            <li key={m.id} className="card" style={{ marginBottom: '.75rem' }} data-qa="theme-map">
              <h2 style={{ margin: 0 }}>{localize(m.title)}</h2>
              <ThemeMapLinks map={m} />
              {can(user, 'themeMap.update') && (
                <Button variant="secondary" onClick={() => setEditing(m)} data-qa="edit-theme-map">
                  {`${t.edit}: ${localize(m.title)}`}
                </Button>
              )}
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
  const publicUrl = `${origin}${PUBLIC_PATHS.theme[lang]}${map.slug}`;
  const snippet = `<iframe src="${origin}${PUBLIC_PATHS.embed[lang]}${map.slug}" title="${localize(map.title).replace(/"/g, '&quot;')}" width="100%" height="600" style="border:0"></iframe>`;
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
        {t.publicUrl}:{' '}
        <a href={publicUrl} data-qa="theme-map-public-link">
          {publicUrl}
        </a>
      </p>
      <div className="field" data-qa="theme-map-embed">
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

interface Draft {
  slug: string;
  title: Localized;
  description: Localized;
  themes: string[];
  categories: string[];
  municipalities: string[];
  serviceIds: string[];
  origins: string;
}

const toDraft = (map?: ThemeMap): Draft => ({
  slug: map?.slug ?? '',
  title: map?.title ?? emptyText(),
  description: map?.description ?? emptyText(),
  themes: map?.themes ?? [],
  categories: map?.categories ?? [],
  municipalities: map?.municipalities ?? [],
  serviceIds: map?.serviceIds ?? [],
  origins: (map?.embedOrigins ?? []).join('\n'),
});

const toBody = (d: Draft) => ({
  slug: d.slug.trim(),
  title: d.title,
  description: d.description,
  themes: d.themes,
  categories: d.categories,
  municipalities: d.municipalities,
  serviceIds: d.serviceIds,
  embedOrigins: d.origins.split(/\s+/).filter(Boolean),
});

function ThemeMapEditor({
  map,
  onDone,
  onReloaded,
}: {
  map?: ThemeMap;
  onDone: () => void;
  onReloaded: (map: ThemeMap) => void;
}) {
  const t = useT(manageMessages);
  const localize = useLocalize();
  const meta = useMeta();
  const qc = useQueryClient();
  const form = useEditForm({
    idPrefix: 'theme-map',
    initial: toDraft(map),
    save: (d: Draft) => (map ? updateThemeMap(map.id, toBody(d), map.version) : createThemeMap(toBody(d))),
    onSaved: async () => {
      await qc.invalidateQueries({ queryKey: THEME_MAPS_KEY });
      onDone();
    },
  });
  const v = form.values;
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const found = useQuery({
    queryKey: ['servicemap', 'search', { q: search, status: 'published', limit: 20 }],
    queryFn: () => searchServices({ q: search, status: 'published', limit: 20 }),
    enabled: search.length > 0,
  });
  const chosen = useQuery({
    queryKey: ['servicemap', 'chosen', v.serviceIds],
    // A chosen service the user may not open (another organisation's) is left out of the list, not lost.
    queryFn: async () =>
      (
        await Promise.all(
          v.serviceIds.map((id) =>
            getService(id).then(
              (r) => r.service,
              () => null,
            ),
          ),
        )
      ).filter((s) => s !== null),
  });
  const toggle = (key: 'themes' | 'categories' | 'municipalities', value: string) =>
    form.set(key, v[key].includes(value) ? v[key].filter((x) => x !== value) : [...v[key], value]);
  const reload = async () => {
    const fresh = await qc.fetchQuery({ queryKey: THEME_MAPS_KEY, queryFn: listThemeMaps, staleTime: 0 });
    const current = fresh.themeMaps.find((m) => m.id === map?.id);
    if (current) onReloaded(current);
  };
  const taxonomy = meta.data?.taxonomy ?? [];
  return (
    <>
      <h1>{map ? t.editThemeMap : t.newThemeMap}</h1>
      <EditPanel
        title={map ? localize(map.title) : t.newThemeMap}
        form={form}
        submitLabel={t.save}
        onCancel={onDone}
        onReload={() => void reload()}
        qa="theme-map-form"
      >
        <TextField
          id={form.id('slug')}
          qa="theme-map-slug"
          label={t.slug}
          hint={t.slugHint}
          value={v.slug}
          onChange={(x) => form.set('slug', x)}
          error={form.error('slug')}
          required
        />
        <LocalizedFields
          path="title"
          qa="theme-map-title"
          label={t.title}
          value={v.title}
          onChange={(x) => form.set('title', x)}
          idFor={form.id}
          error={form.error}
        />
        <LocalizedFields
          path="description"
          qa="theme-map-description"
          label={t.mapDescription}
          value={v.description}
          onChange={(x) => form.set('description', x)}
          idFor={form.id}
          error={form.error}
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
                qa={`theme-map-theme-${x.code}`}
                label={localize(x.label)}
                checked={v.themes.includes(x.code)}
                onChange={() => toggle('themes', x.code)}
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
                qa={`theme-map-category-${x.code}`}
                label={localize(x.label)}
                checked={v.categories.includes(x.code)}
                onChange={() => toggle('categories', x.code)}
              />
            ))}
        </fieldset>
        <fieldset>
          <legend>{t.municipalities}</legend>
          {(meta.data?.municipalities ?? []).map((m) => (
            <CheckboxField
              key={m}
              id={`tm-town-${m}`}
              qa="theme-map-municipality"
              label={m}
              checked={v.municipalities.includes(m)}
              onChange={() => toggle('municipalities', m)}
            />
          ))}
        </fieldset>
        <fieldset data-qa="theme-map-services">
          <legend>{t.chosenServices}</legend>
          <p className="field-hint">{t.chosenHint}</p>
          <div data-qa="theme-map-chosen">
            {chosen.data?.map((s) => (
              <CheckboxField
                key={s.id}
                id={`tm-chosen-${s.id}`}
                qa="theme-map-chosen-service"
                label={localize(s.name)}
                checked
                onChange={() =>
                  form.set(
                    'serviceIds',
                    v.serviceIds.filter((x) => x !== s.id),
                  )
                }
              />
            ))}
          </div>
          <div role="search">
            <TextField id="tm-search" qa="theme-map-search" label={t.findServices} value={q} onChange={setQ} />
            <Button variant="secondary" onClick={() => setSearch(q.trim())} data-qa="theme-map-find">
              {t.findServices}
            </Button>
          </div>
          {found.isFetching && <Loading />}
          {found.error && <ErrorState error={found.error} />}
          <div data-qa="theme-map-found">
            {found.data?.services
              .filter((s) => !v.serviceIds.includes(s.id))
              .map((s) => (
                <CheckboxField
                  key={s.id}
                  id={`tm-pick-${s.id}`}
                  qa="theme-map-found-service"
                  label={localize(s.name)}
                  checked={false}
                  onChange={() => form.set('serviceIds', [...v.serviceIds, s.id])}
                />
              ))}
          </div>
          {form.error('serviceIds') && <p className="field-error">{form.error('serviceIds')}</p>}
        </fieldset>
        <TextArea
          id={form.id('embedOrigins')}
          qa="theme-map-origins"
          label={t.embedOrigins}
          value={v.origins}
          onChange={(x) => form.set('origins', x)}
          error={form.error('embedOrigins') ?? form.error('embedOrigins.0')}
        />
        <p className="field-hint">{t.embedOriginsHint}</p>
      </EditPanel>
    </>
  );
}
