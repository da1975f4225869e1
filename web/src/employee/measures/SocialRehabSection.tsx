// A client's social rehabilitation: periods, contacts (home visits, phone support), and the start and
// end interviews side by side so change shows.
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import { api } from '../../lib/api';
import { CheckboxField, SelectField } from '../../lib/forms';
import { useLang, useT } from '../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../lib/states';
import { m } from './messages';
import { err, Field, Section, today } from './ui';

type L = { fi: string; sv: string; en: string };
type ContactKind = 'meeting' | 'home-visit' | 'phone' | 'activity' | 'accompanying';
interface Period {
  id: string;
  counsellorName: string | null;
  startDate: string;
  endDate: string;
  hoursPerWeek: number;
  activities: string[];
  status: 'open' | 'ended';
  version: number;
  contacts: { id: string; kind: ContactKind; date: string; minutes: number }[];
  realisedHoursPerWeek: number;
  interviews: { start: string | null; end: string | null };
  comparison: { key: string; start: number | null; end: number | null; change: number | null }[];
}
interface Data {
  periods: Period[];
  questions: { key: string; text: L }[];
  serviceMenu: { key: string; text: L }[];
}

export function SocialRehabSection({ clientId }: { clientId: string }) {
  const t = useT(m);
  const { lang } = useLang();
  const qc = useQueryClient();
  const key = ['measures', 'social-rehab', clientId];
  const data = useQuery({
    queryKey: key,
    queryFn: () => api.get<Data>(`/api/clients/${clientId}/social-rehabilitation/periods`),
  });
  const [start, setStart] = useState(today());
  const [hours, setHours] = useState('4');
  const [acts, setActs] = useState<string[]>([]);
  const create = useMutation({
    mutationFn: () =>
      api.post(`/api/clients/${clientId}/social-rehabilitation/periods`, {
        startDate: start,
        hoursPerWeek: Number(hours),
        activities: acts,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
  if (data.isPending)
    return (
      <Section id="sr-title" title={t.socialRehab}>
        <Loading />
      </Section>
    );
  if (data.error)
    return (
      <Section id="sr-title" title={t.socialRehab}>
        <ErrorState error={data.error} onRetry={() => void data.refetch()} />
      </Section>
    );
  const d = data.data;
  const label = (key: string, list: { key: string; text: L }[]) => list.find((x) => x.key === key)?.text[lang] ?? key;
  return (
    <Section id="sr-title" title={t.socialRehab}>
      {d.periods.length === 0 && <Empty>{t.noPeriods}</Empty>}
      {d.periods.map((p) => (
        <article key={p.id} className="card mt-s">
          <p>
            {p.startDate} – {p.endDate} · {p.hoursPerWeek} h / vko · {t.realised(p.realisedHoursPerWeek)} ·{' '}
            {t.statuses[p.status === 'open' ? 'active' : 'closed']}
          </p>
          {p.activities.length > 0 && (
            <p>
              {t.activities}: {p.activities.map((a) => label(a, d.serviceMenu)).join(', ')}
            </p>
          )}
          <h3>{t.contacts}</h3>
          {p.contacts.length === 0 ? (
            <Empty>—</Empty>
          ) : (
            <ul>
              {p.contacts.map((c) => (
                <li key={c.id}>
                  {c.date} {t.contactKinds[c.kind]} {c.minutes} min
                </li>
              ))}
            </ul>
          )}
          {(p.interviews.start || p.interviews.end) && (
            <div className="table-wrap" tabIndex={0} role="region" aria-label={t.interview}>
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">{t.question}</th>
                    <th scope="col">{t.atStart}</th>
                    <th scope="col">{t.atEnd}</th>
                    <th scope="col">{t.change}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.comparison.map((c) => (
                    <tr key={c.key}>
                      <th scope="row">{label(c.key, d.questions)}</th>
                      <td>{c.start ?? '—'}</td>
                      <td>{c.end ?? '—'}</td>
                      <td>{c.change === null ? '—' : c.change > 0 ? `+${c.change}` : c.change}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {p.status === 'open' && <PeriodForms clientId={clientId} period={p} questions={d.questions} />}
        </article>
      ))}
      {!d.periods.some((p) => p.status === 'open') && (
        <details className="mt-s">
          <summary>{t.startPeriod}</summary>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              create.mutate();
            }}
            noValidate
          >
            <Field
              id="sr-start"
              type="date"
              label={t.startDate}
              value={start}
              onChange={setStart}
              error={err(create.error, 'startDate')}
            />
            <Field
              id="sr-hours"
              type="number"
              min="4"
              step="0.5"
              label={t.hoursPerWeek}
              value={hours}
              onChange={setHours}
              error={err(create.error, 'hoursPerWeek')}
            />
            <fieldset>
              <legend>{t.activities}</legend>
              {d.serviceMenu.map((s) => (
                <CheckboxField
                  key={s.key}
                  id={`sr-act-${s.key}`}
                  label={s.text[lang]}
                  checked={acts.includes(s.key)}
                  onChange={(c) => setActs((a) => (c ? [...a, s.key] : a.filter((x) => x !== s.key)))}
                />
              ))}
            </fieldset>
            <MutationError error={create.error} />
            <Button type="submit" disabled={create.isPending}>
              {t.startPeriod}
            </Button>
          </form>
        </details>
      )}
    </Section>
  );
}

function PeriodForms({
  clientId,
  period: p,
  questions,
}: {
  clientId: string;
  period: Period;
  questions: { key: string; text: L }[];
}) {
  const t = useT(m);
  const { lang } = useLang();
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: ['measures', 'social-rehab', clientId] });
  const base = `/api/clients/${clientId}/social-rehabilitation/periods/${p.id}`;
  const [kind, setKind] = useState<ContactKind>('home-visit');
  const [date, setDate] = useState(today());
  const [minutes, setMinutes] = useState('60');
  const contact = useMutation({
    mutationFn: () => api.post(`${base}/contacts`, { kind, date, minutes: Number(minutes) }),
    onSuccess: refresh,
  });
  const phase = p.interviews.start ? 'end' : 'start';
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [idate, setIdate] = useState(today());
  const interview = useMutation({
    mutationFn: () =>
      api.put(`${base}/interviews/${phase}`, {
        date: idate,
        answers: Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, Number(v)])),
      }),
    onSuccess: async () => {
      setAnswers({});
      await refresh();
    },
  });
  const end = useMutation({ mutationFn: () => api.post(`${base}/end`, { version: p.version }), onSuccess: refresh });
  const idp = `sr-${p.id.slice(0, 8)}`;
  return (
    <>
      <details className="mt-s">
        <summary>{t.addContact}</summary>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            contact.mutate();
          }}
          noValidate
        >
          <SelectField
            id={`${idp}-kind`}
            label={t.contactKind}
            value={kind}
            onChange={(v) => setKind(v as ContactKind)}
            options={(['meeting', 'home-visit', 'phone', 'activity', 'accompanying'] as const).map((k) => ({
              value: k,
              label: t.contactKinds[k],
            }))}
          />
          <Field
            id={`${idp}-date`}
            type="date"
            label={t.date}
            value={date}
            onChange={setDate}
            error={err(contact.error, 'date')}
          />
          <Field
            id={`${idp}-min`}
            type="number"
            min="1"
            label={t.minutes}
            value={minutes}
            onChange={setMinutes}
            error={err(contact.error, 'minutes')}
          />
          <MutationError error={contact.error} />
          <Button type="submit" variant="secondary" disabled={contact.isPending}>
            {t.addContact}
          </Button>
        </form>
      </details>
      {!p.interviews.end && (
        <details className="mt-s">
          <summary>{phase === 'start' ? t.startInterview : t.endInterview}</summary>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              interview.mutate();
            }}
            noValidate
          >
            <Field
              id={`${idp}-idate`}
              type="date"
              label={t.date}
              value={idate}
              onChange={setIdate}
              error={err(interview.error, 'date')}
            />
            {questions.map((q) => (
              <SelectField
                key={q.key}
                id={`${idp}-q-${q.key}`}
                label={q.text[lang]}
                value={answers[q.key] ?? ''}
                onChange={(v) => setAnswers((a) => ({ ...a, [q.key]: v }))}
                placeholder="—"
                options={['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v }))}
                error={err(interview.error, `answers.${q.key}`)}
              />
            ))}
            <MutationError error={interview.error} />
            <Button type="submit" variant="secondary" disabled={interview.isPending}>
              {t.save}
            </Button>
          </form>
        </details>
      )}
      <MutationError error={end.error} onReload={() => void refresh().then(() => end.reset())} reloadLabel={t.reload} />
      <Button variant="secondary" className="mt-s" onClick={() => end.mutate()} disabled={end.isPending}>
        {t.endPeriod}
      </Button>
    </>
  );
}
