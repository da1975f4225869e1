// Surveys: list with status and links (web, kiosk, paper), publish/close where the survey says the
// user may change it, and a new model survey or a custom one for users who may create surveys.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { SurveyListItem } from '../../../../../src/shared/contracts/participation/surveys';
import { can, useMe } from '../../../lib/auth';
import { EditPanel, useEditForm } from '../../../lib/editing';
import { useLang, useT } from '../../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../../lib/states';
import { DateField } from '../components';
import { SURVEYS_KEY, printPath, surveysApi } from './api';
import { sm } from './messages';

export default function SurveysPage() {
  const t = useT(sm);
  const { lang } = useLang();
  const me = useMe();
  const mayCreate = can(me.data, 'survey.create');
  const qc = useQueryClient();
  const list = useQuery({ queryKey: SURVEYS_KEY, queryFn: surveysApi.list });
  const setStatus = useMutation({
    mutationFn: (s: { survey: SurveyListItem; status: 'published' | 'closed' }) =>
      surveysApi.update(s.survey.id, { status: s.status, version: s.survey.version }),
    onSuccess: () => qc.invalidateQueries({ queryKey: SURVEYS_KEY }),
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
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t.title} data-qa="surveys">
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
              {list.data.map((s) => {
                const mayUpdate = s.permittedActions.includes('survey.update');
                return (
                  <tr key={s.id} data-qa="survey-row">
                    <td>
                      <Link to={`/app/surveys/${s.id}`} data-qa="survey-link">
                        {s.title[lang]}
                      </Link>
                      <br />
                      {s.status !== 'draft' && (
                        <small>
                          <a href={s.links[lang]} data-qa="survey-web-link">
                            {t.webLink}
                          </a>{' '}
                          ·{' '}
                          <a href={`${s.links[lang]}?kiosk=1`} data-qa="survey-kiosk-link">
                            {t.kiosk}
                          </a>{' '}
                          ·{' '}
                          <a href={printPath(s.links, lang)} data-qa="survey-print-link">
                            {t.print}
                          </a>
                        </small>
                      )}
                    </td>
                    <td>
                      {s.opensOn ?? '–'} – {s.closesOn ?? ''}
                    </td>
                    <td data-qa="survey-status" data-status={s.status}>
                      {t[s.status]}
                    </td>
                    <td>{s.responseCount}</td>
                    <td>
                      {mayUpdate && s.status === 'draft' && (
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => setStatus.mutate({ survey: s, status: 'published' })}
                          data-qa="publish"
                        >
                          {t.publish}
                        </button>
                      )}
                      {mayUpdate && s.status === 'published' && (
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => setStatus.mutate({ survey: s, status: 'closed' })}
                          data-qa="close"
                        >
                          {t.close}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <MutationError error={setStatus.error} onReload={() => void list.refetch()} reloadLabel={t.reload} />
      {mayCreate && (
        <p>
          <Link to="/app/surveys/new" data-qa="new-custom-survey">
            {t.newCustom}
          </Link>
        </p>
      )}
      {mayCreate && <NewModelSurvey />}
    </>
  );
}

function NewModelSurvey() {
  const t = useT(sm);
  const qc = useQueryClient();
  const form = useEditForm({
    idPrefix: 'survey-new',
    initial: { opensOn: '', closesOn: '' },
    save: (d) =>
      surveysApi.create({
        template: 'client-satisfaction',
        ...(d.opensOn ? { opensOn: d.opensOn } : {}),
        ...(d.closesOn ? { closesOn: d.closesOn } : {}),
      }),
    onSaved: () => qc.invalidateQueries({ queryKey: SURVEYS_KEY }),
  });
  return (
    <EditPanel title={t.newFromTemplate} form={form} submitLabel={t.create} qa="new-model-survey">
      <p>{t.newFromTemplateText}</p>
      <DateField
        id={form.id('opensOn')}
        qa="survey-opens"
        label={t.opensOn}
        value={form.values.opensOn}
        onChange={(v) => form.set('opensOn', v)}
        error={form.error('opensOn')}
      />
      <DateField
        id={form.id('closesOn')}
        qa="survey-closes"
        label={t.closesOn}
        value={form.values.closesOn}
        onChange={(v) => form.set('closesOn', v)}
        error={form.error('closesOn')}
      />
    </EditPanel>
  );
}
