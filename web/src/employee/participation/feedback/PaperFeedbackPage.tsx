// Typing in paper feedback cards: the same questions as the web form, marked as paper. After a save
// the code and day stay for the next card from the same box.
import type { PaperFeedbackBody } from '../../../../../src/shared/contracts/participation/feedback';
import { EditPanel, useEditForm } from '../../../lib/editing';
import { SelectField, TextField } from '../../../lib/forms';
import { useT } from '../../../lib/i18n';
import { DateField, TextAreaField } from '../components';
import { pm } from '../messages';
import { feedbackApi } from './api';

interface Draft {
  code: string;
  answeredOn: string;
  met: '' | 'yes' | 'partly' | 'no';
  opinion: string;
  wishes: string;
  rating: string;
}

const emptyDraft: Draft = { code: '', answeredOn: '', met: '', opinion: '', wishes: '', rating: '' };

const toBody = (d: Draft): PaperFeedbackBody => ({
  code: d.code.trim(),
  ...(d.answeredOn ? { answeredOn: d.answeredOn } : {}),
  metExpectations: d.met || null,
  opinion: d.opinion.trim() || null,
  wishes: d.wishes.trim() || null,
  rating: d.rating ? Number(d.rating) : null,
});

export default function PaperFeedbackPage() {
  const t = useT(pm);
  const form = useEditForm({
    idPrefix: 'paper',
    initial: emptyDraft,
    save: (d: Draft) => feedbackApi.enterPaper(toBody(d)),
    onSaved: (_result: unknown, d: Draft): void =>
      form.reset({ ...emptyDraft, code: d.code, answeredOn: d.answeredOn }),
  });
  const { values, set } = form;
  return (
    <>
      <h1>{t.paperTitle}</h1>
      <p>{t.paperText}</p>
      <EditPanel title={t.newCard} form={form} submitLabel={t.save} savedText={t.saved} qa="paper-feedback-form">
        <TextField
          id={form.id('code')}
          qa="paper-code"
          label={t.code}
          value={values.code}
          onChange={(v) => set('code', v)}
          error={form.error('code')}
          required
          maxLength={20}
        />
        <DateField
          id={form.id('answeredOn')}
          qa="paper-date"
          label={t.answeredOn}
          value={values.answeredOn}
          onChange={(v) => set('answeredOn', v)}
          error={form.error('answeredOn')}
        />
        <SelectField
          id={form.id('metExpectations')}
          qa="paper-met"
          label={t.q1}
          value={values.met}
          onChange={(v) => set('met', v as Draft['met'])}
          placeholder={t.noAnswer}
          options={[
            { value: 'yes', label: t.yes },
            { value: 'partly', label: t.partly },
            { value: 'no', label: t.no },
          ]}
          error={form.error('metExpectations')}
        />
        <TextAreaField
          id={form.id('opinion')}
          qa="paper-opinion"
          label={t.q2}
          value={values.opinion}
          onChange={(v) => set('opinion', v)}
          error={form.error('opinion')}
        />
        <TextAreaField
          id={form.id('wishes')}
          qa="paper-wishes"
          label={t.q3}
          value={values.wishes}
          onChange={(v) => set('wishes', v)}
          error={form.error('wishes')}
        />
        <SelectField
          id={form.id('rating')}
          qa="paper-rating"
          label={t.rating}
          value={values.rating}
          onChange={(v) => set('rating', v)}
          placeholder={t.noAnswer}
          options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))}
          error={form.error('rating')}
        />
      </EditPanel>
    </>
  );
}
