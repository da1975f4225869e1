// The one-step proposal from a moderated answer (feedback or a survey's free text): a public title
// and a theme; the proposal's text is the answer's moderated words.
import { Button } from 'suomifi-ui-components';
import type { ProposalFromAnswerBody } from '../../../../../src/shared/contracts/participation/proposals';
import { PROPOSAL_THEMES, THEME_LABELS } from '../../../../../src/shared/participation/proposals';
import { ApiError } from '../../../lib/api';
import { ErrorSummary, useEditForm } from '../../../lib/editing';
import { FormActions, SelectField, TextField } from '../../../lib/forms';
import { useLang, useT } from '../../../lib/i18n';
import { MutationError } from '../../../lib/states';
import { pm } from '../messages';

export function ProposalFromAnswer({
  idPrefix,
  create,
  onCreated,
  onCancel,
}: {
  idPrefix: string;
  create: (body: ProposalFromAnswerBody) => Promise<unknown>;
  onCreated: () => void | Promise<void>;
  onCancel: () => void;
}) {
  const t = useT(pm);
  const { lang } = useLang();
  const form = useEditForm({
    idPrefix,
    initial: { title: '', theme: '' },
    save: (d) => create({ title: d.title.trim(), theme: d.theme as ProposalFromAnswerBody['theme'] }),
    onSaved: onCreated,
  });
  return (
    <form onSubmit={form.submit} noValidate className="mt-s" aria-label={t.makeProposal} data-qa="proposal-from-answer">
      <ErrorSummary error={form.failure} idFor={form.id} />
      <TextField
        id={form.id('title')}
        qa="proposal-title"
        label={t.title}
        hint={t.proposalTitleHint}
        value={form.values.title}
        onChange={(v) => form.set('title', v)}
        error={form.error('title')}
        required
      />
      <SelectField
        id={form.id('theme')}
        qa="proposal-theme"
        label={t.theme}
        value={form.values.theme}
        onChange={(v) => form.set('theme', v)}
        placeholder={t.choose}
        options={PROPOSAL_THEMES.map((k) => ({ value: k, label: THEME_LABELS[k][lang] }))}
        error={form.error('theme')}
        required
      />
      {!(form.failure instanceof ApiError && form.failure.fields.length > 0) && <MutationError error={form.failure} />}
      <FormActions>
        <Button type="submit" disabled={form.pending} data-qa="proposal-save">
          {t.create}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t.cancel}
        </Button>
      </FormActions>
    </form>
  );
}
