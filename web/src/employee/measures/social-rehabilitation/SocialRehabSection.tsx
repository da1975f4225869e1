// A client's social rehabilitation: periods, contacts (home visits, phone support), and the start and
// end interviews side by side so change shows.
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import type { Period } from '../../../../../src/shared/contracts/measures/social-rehabilitation';
import { SOCIAL_REHAB_CONTACT_KINDS, type SocialRehabContactKind } from '../../../../../src/shared/measures/vocabulary';
import type { Localized } from '../../../../../src/shared/i18n';
import { can } from '../../../lib/auth';
import { clock } from '../../../lib/clock';
import { CheckboxField, SelectField } from '../../../lib/forms';
import { useLang, useT } from '../../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../../lib/states';
import { m } from '../messages';
import { err, Field, Section } from '../ui';
import { addContact, endPeriod, fetchPeriods, periodsKey, saveInterview, startPeriod } from './api';

type L = Localized;

export function SocialRehabSection({ clientId }: { clientId: string }) {
  const t = useT(m);
  const { lang } = useLang();
  const qc = useQueryClient();
  const key = periodsKey(clientId);
  const data = useQuery({ queryKey: key, queryFn: () => fetchPeriods(clientId) });
  const [start, setStart] = useState(clock.today());
  const [hours, setHours] = useState('4');
  const [acts, setActs] = useState<string[]>([]);
  const create = useMutation({
    mutationFn: () => startPeriod(clientId, { startDate: start, hoursPerWeek: Number(hours), activities: acts }),
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
  const writable = can(d, 'socialRehab.write');
  const label = (key: string, list: { key: string; text: L }[]) => list.find((x) => x.key === key)?.text[lang] ?? key;
  return (
    <Section id="sr-title" title={t.socialRehab} qa="social-rehabilitation">
      {d.periods.length === 0 && <Empty>{t.noPeriods}</Empty>}
      {d.periods.map((p) => (
        <article key={p.id} className="card mt-s" data-qa="period">
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
          {writable && p.status === 'open' && <PeriodForms clientId={clientId} period={p} questions={d.questions} />}
        </article>
      ))}
      {writable && !d.periods.some((p) => p.status === 'open') && (
        <details className="mt-s" data-qa="period-form">
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
              qa="period-start"
              type="date"
              label={t.startDate}
              value={start}
              onChange={setStart}
              error={err(create.error, 'startDate')}
            />
            <Field
              id="sr-hours"
              qa="period-hours"
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
                  qa={`period-activity-${s.key}`}
                  label={s.text[lang]}
                  checked={acts.includes(s.key)}
                  onChange={(c) => setActs((a) => (c ? [...a, s.key] : a.filter((x) => x !== s.key)))}
                />
              ))}
            </fieldset>
            <MutationError error={create.error} />
            <Button type="submit" disabled={create.isPending} data-qa="period-save">
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
  const refresh = () => qc.invalidateQueries({ queryKey: periodsKey(clientId) });
  const [kind, setKind] = useState<SocialRehabContactKind>('home-visit');
  const [date, setDate] = useState(clock.today());
  const [minutes, setMinutes] = useState('60');
  const contact = useMutation({
    mutationFn: () => addContact(clientId, p.id, { kind, date, minutes: Number(minutes) }),
    onSuccess: refresh,
  });
  const phase = p.interviews.start ? 'end' : 'start';
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [idate, setIdate] = useState(clock.today());
  const interview = useMutation({
    mutationFn: () =>
      saveInterview(clientId, p.id, phase, {
        date: idate,
        answers: Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, Number(v)])),
      }),
    onSuccess: async () => {
      setAnswers({});
      await refresh();
    },
  });
  const end = useMutation({ mutationFn: () => endPeriod(clientId, p.id, p.version), onSuccess: refresh });
  const idp = `sr-${p.id.slice(0, 8)}`;
  return (
    <>
      <details className="mt-s" data-qa="contact-form">
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
            qa="contact-kind"
            label={t.contactKind}
            value={kind}
            onChange={(v) => setKind(v as SocialRehabContactKind)}
            options={SOCIAL_REHAB_CONTACT_KINDS.map((k) => ({
              value: k,
              label: t.contactKinds[k],
            }))}
          />
          <Field
            id={`${idp}-date`}
            qa="contact-date"
            type="date"
            label={t.date}
            value={date}
            onChange={setDate}
            error={err(contact.error, 'date')}
          />
          <Field
            id={`${idp}-min`}
            qa="contact-minutes"
            type="number"
            min="1"
            label={t.minutes}
            value={minutes}
            onChange={setMinutes}
            error={err(contact.error, 'minutes')}
          />
          <MutationError error={contact.error} />
          <Button type="submit" variant="secondary" disabled={contact.isPending} data-qa="contact-save">
            {t.addContact}
          </Button>
        </form>
      </details>
      {!p.interviews.end && (
        <details className="mt-s" data-qa="interview-form">
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
              qa="interview-date"
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
                qa={`interview-${q.key}`}
                label={q.text[lang]}
                value={answers[q.key] ?? ''}
                onChange={(v) => setAnswers((a) => ({ ...a, [q.key]: v }))}
                placeholder="—"
                options={['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v }))}
                error={err(interview.error, `answers.${q.key}`)}
              />
            ))}
            <MutationError error={interview.error} />
            <Button type="submit" variant="secondary" disabled={interview.isPending} data-qa="interview-save">
              {t.save}
            </Button>
          </form>
        </details>
      )}
      <MutationError error={end.error} onReload={() => void refresh().then(() => end.reset())} reloadLabel={t.reload} />
      <Button
        variant="secondary"
        className="mt-s"
        onClick={() => end.mutate()}
        disabled={end.isPending}
        data-qa="period-end"
      >
        {t.endPeriod}
      </Button>
    </>
  );
}
