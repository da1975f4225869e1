// Form pieces of the service map's editors: a text area and one text in Finnish, Swedish and English,
// with the server's messages next to the fields and data-qa hooks for browser tests.
import type { Localized } from '../../../../src/shared/i18n';
import { TextField } from '../../lib/forms';
import { useT } from '../../lib/i18n';
import { manageMessages } from './manageMessages';

const LANGS = ['fi', 'sv', 'en'] as const;

export const emptyText = (): Localized => ({ fi: '', sv: '', en: '' });

export function TextArea({
  id,
  label,
  value,
  onChange,
  error,
  rows = 3,
  qa,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  rows?: number;
  qa?: string;
}) {
  return (
    <div className="field" data-qa={qa}>
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

/**
 * One text in fi/sv/en, Finnish first. `path` is the field's path in the request (`name`,
 * `title` …): its inputs have the ids `idFor(path.lang)` and the hooks `<qa>-<lang>`.
 */
export function LocalizedFields({
  path,
  label,
  value,
  onChange,
  idFor,
  error,
  multiline,
  qa,
}: {
  path: string;
  label: string;
  value: Localized;
  onChange: (v: Localized) => void;
  idFor: (path: string) => string;
  error: (path: string) => string | undefined;
  multiline?: boolean;
  qa: string;
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
            id={idFor(`${path}.${l}`)}
            qa={`${qa}-${l}`}
            label={`${label} ${names[l]}`}
            value={value[l]}
            onChange={(v) => onChange({ ...value, [l]: v })}
            error={error(`${path}.${l}`)}
          />
        ) : (
          <TextField
            key={l}
            id={idFor(`${path}.${l}`)}
            qa={`${qa}-${l}`}
            label={`${label} ${names[l]}`}
            value={value[l]}
            onChange={(v) => onChange({ ...value, [l]: v })}
            error={error(`${path}.${l}`)}
          />
        ),
      )}
    </fieldset>
  );
}
