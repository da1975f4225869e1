// Surveys: list with status and links (web, kiosk, paper), publish/close, and a new model survey.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Button } from 'suomifi-ui-components';
import { api } from '../../lib/api';
import { can, useMe } from '../../lib/auth';
import { fieldError, FormActions } from '../../lib/forms';
import { useLang, useT } from '../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../lib/states';
import { DateField } from './common';
import { sm } from './surveyMessages';

export interface Survey {
  id: string;
  template: string | null;
  title: { fi: string; sv: string; en: string };
  status: 'draft' | 'published' | 'closed';
  opensOn: string | null;
  closesOn: string | null;
  responseCount: number;
  links: { fi: string; sv: string; en: string };
  definition: {
    sections: { key: string; title: { fi: string; sv: string; en: string }; items: SurveyItem[] }[];
    contactBlock: boolean;
  };
  version: number;
}
export interface SurveyItem {
  kind: 'rating' | 'single' | 'multiple' | 'year' | 'text';
  key: string;
  text: { fi: string; sv: string; en: string };
  scale?: 'agree' | 'grade';
  options?: { value: string; label: { fi: string; sv: string; en: string } }[];
}

export default function SurveysPage() {
  const t = useT(sm);
  const { lang } = useLang();
  const me = useMe();
  const canManage = can(me.data, 'survey.create');
  const qc = useQueryClient();
  const list = useQuery({
    queryKey: ['surveys'],
    queryFn: () => api.get<{ surveys: Survey[] }>('/api/surveys').then((r) => r.surveys),
  });
  const setStatus = useMutation({
    mutationFn: (s: { id: string; status: 'published' | 'closed'; version: number }) =>
      api.patch(`/api/surveys/${s.id}`, { status: s.status, version: s.version }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['surveys'] }),
  });
  return (
    <>
      <h1>{t.title}</h1>
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <Empty>{t.none}</Empty>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t.title}>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t.title}</th>
                <th scope="col">{t.opensOn}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.answers}</th>
                <th scope="col">{t.results}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link to={`/app/surveys/${s.id}`}>{s.title[lang]}</Link>
                    <br />
                    {s.status !== 'draft' && (
                      <small>
                        <a href={s.links[lang]}>{t.webLink}</a> · <a href={`${s.links[lang]}?kiosk=1`}>{t.kiosk}</a> ·{' '}
                        <a
                          href={`${s.links[lang]}${lang === 'fi' ? '/tulosta' : lang === 'sv' ? '/skriv-ut' : '/print'}`}
                        >
                          {t.print}
                        </a>
                      </small>
                    )}
                  </td>
                  <td>
                    {s.opensOn ?? '–'} – {s.closesOn ?? ''}
                  </td>
                  <td>{t[s.status]}</td>
                  <td>{s.responseCount}</td>
                  <td>
                    {canManage && s.status === 'draft' && (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => setStatus.mutate({ id: s.id, status: 'published', version: s.version })}
                      >
                        {t.publish}
                      </button>
                    )}
                    {canManage && s.status === 'published' && (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => setStatus.mutate({ id: s.id, status: 'closed', version: s.version })}
                      >
                        {t.close}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <MutationError error={setStatus.error} onReload={() => void list.refetch()} reloadLabel={t.reload} />
      {canManage && (
        <p>
          <Link to="/app/surveys/new">{t.newCustom}</Link>
        </p>
      )}
      {canManage && <NewModelSurvey />}
    </>
  );
}

function NewModelSurvey() {
  const t = useT(sm);
  const qc = useQueryClient();
  const [opensOn, setOpensOn] = useState('');
  const [closesOn, setClosesOn] = useState('');
  const create = useMutation({
    mutationFn: () =>
      api.post('/api/surveys', {
        template: 'client-satisfaction',
        ...(opensOn ? { opensOn } : {}),
        ...(closesOn ? { closesOn } : {}),
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['surveys'] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <section className="panel narrow" aria-labelledby="survey-new-title">
      <h2 id="survey-new-title">{t.newFromTemplate}</h2>
      <p>{t.newFromTemplateText}</p>
      <form onSubmit={submit} noValidate>
        <DateField
          id="survey-opens"
          label={t.opensOn}
          value={opensOn}
          onChange={setOpensOn}
          error={fieldError(create.error, 'opensOn')}
        />
        <DateField
          id="survey-closes"
          label={t.closesOn}
          value={closesOn}
          onChange={setClosesOn}
          error={fieldError(create.error, 'closesOn')}
        />
        <MutationError error={create.error} />
        <FormActions>
          <Button type="submit" disabled={create.isPending}>
            {t.create}
          </Button>
        </FormActions>
      </form>
    </section>
  );
}
