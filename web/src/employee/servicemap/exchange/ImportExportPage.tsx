// Import and export for the updater: HSDS 3.0 (JSON) and CSV downloads, and an all-or-nothing import
// that lists every bad record or row.
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import { FormActions, SelectField } from '../../../lib/forms';
import { useLang, useT } from '../../../lib/i18n';
import { TextArea } from '../fields';
import { manageMessages } from '../manageMessages';
import { EXPORT_PATHS, ImportError, importServices } from './api';

export default function ImportExportPage() {
  const t = useT(manageMessages);
  const { lang } = useLang();
  const qc = useQueryClient();
  const [format, setFormat] = useState<'hsds' | 'csv'>('hsds');
  const [text, setText] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  useEffect(() => setLocalError(null), [text, format]);
  const run = useMutation({
    mutationFn: () => importServices(format, text, lang),
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
  const problems = run.error instanceof ImportError ? run.error.problems : [];
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
            <a href={EXPORT_PATHS.hsds} download data-qa="export-hsds">
              {t.exportHsds}
            </a>
          </li>
          <li>
            <a href={EXPORT_PATHS.csv} download data-qa="export-csv">
              {t.exportCsv}
            </a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="sm-import">
        <h2 id="sm-import">{t.import}</h2>
        <p>{t.importHint}</p>
        <form onSubmit={submit} className="narrow" noValidate data-qa="import-form">
          <SelectField
            id="imp-format"
            qa="import-format"
            label={t.format}
            value={format}
            onChange={(v) => setFormat(v as 'hsds' | 'csv')}
            options={[
              { value: 'hsds', label: t.formatHsds },
              { value: 'csv', label: t.formatCsv },
            ]}
          />
          <div className="field" data-qa="import-file">
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
            qa="import-text"
            label={t.paste}
            value={text}
            onChange={setText}
            rows={8}
            error={localError ?? undefined}
          />
          <FormActions>
            <Button type="submit" disabled={run.isPending} data-qa="import-submit">
              {run.isPending ? t.importing : t.importButton}
            </Button>
          </FormActions>
        </form>
        <div role="status">
          {run.isSuccess && (
            <p className="success-message" data-qa="imported">
              {t.imported(run.data.created, run.data.updated)}
            </p>
          )}
        </div>
        {run.error && (
          <div role="alert" className="mutation-error" data-qa="import-errors">
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
