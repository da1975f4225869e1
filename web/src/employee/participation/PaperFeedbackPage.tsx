// Typing in paper feedback cards: the same questions as the web form, marked as paper.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import { api } from '../../lib/api';
import { fieldError, FormActions, SelectField, TextField } from '../../lib/forms';
import { useT } from '../../lib/i18n';
import { MutationError } from '../../lib/states';
import { DateField, TextAreaField } from './common';
import { pm } from './messages';

export default function PaperFeedbackPage() {
  const t = useT(pm);
  const [code, setCode] = useState('');
  const [answeredOn, setAnsweredOn] = useState('');
  const [met, setMet] = useState('');
  const [opinion, setOpinion] = useState('');
  const [wishes, setWishes] = useState('');
  const [rating, setRating] = useState('');
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: () =>
      api.post('/api/feedback/paper', {
        code: code.trim(),
        ...(answeredOn ? { answeredOn } : {}),
        metExpectations: met || null,
        opinion: opinion.trim() || null,
        wishes: wishes.trim() || null,
        rating: rating ? Number(rating) : null,
      }),
    onSuccess: () => {
      setSaved(true);
      setMet('');
      setOpinion('');
      setWishes('');
      setRating('');
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    save.mutate();
  };
  const err = save.error;
  return (
    <>
      <h1>{t.paperTitle}</h1>
      <p>{t.paperText}</p>
      <form onSubmit={submit} noValidate className="panel narrow">
        <TextField
          id="paper-code"
          label={t.code}
          value={code}
          onChange={setCode}
          error={fieldError(err, 'code')}
          required
          maxLength={20}
        />
        <DateField
          id="paper-date"
          label={t.answeredOn}
          value={answeredOn}
          onChange={setAnsweredOn}
          error={fieldError(err, 'answeredOn')}
        />
        <SelectField
          id="paper-met"
          label={t.q1}
          value={met}
          onChange={setMet}
          placeholder={t.noAnswer}
          options={[
            { value: 'yes', label: t.yes },
            { value: 'partly', label: t.partly },
            { value: 'no', label: t.no },
          ]}
          error={fieldError(err, 'metExpectations')}
        />
        <TextAreaField
          id="paper-opinion"
          label={t.q2}
          value={opinion}
          onChange={setOpinion}
          error={fieldError(err, 'opinion')}
        />
        <TextAreaField
          id="paper-wishes"
          label={t.q3}
          value={wishes}
          onChange={setWishes}
          error={fieldError(err, 'wishes')}
        />
        <SelectField
          id="paper-rating"
          label={t.rating}
          value={rating}
          onChange={setRating}
          placeholder={t.noAnswer}
          options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))}
          error={fieldError(err, 'rating')}
        />
        <MutationError error={err} />
        <div role="status">{saved && <p className="success-message">{t.saved}</p>}</div>
        <FormActions>
          <Button type="submit" disabled={save.isPending}>
            {t.save}
          </Button>
        </FormActions>
      </form>
    </>
  );
}
