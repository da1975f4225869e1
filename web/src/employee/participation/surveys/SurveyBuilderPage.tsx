// Survey builder: sections of items (1–5 agree or grade scale, single or multiple choice, year,
// free text), each text in Finnish, Swedish and English. Keys are generated; the server validates
// the whole definition and answers field by field.
import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { Button } from 'suomifi-ui-components';
import type { NewSurveyInput } from '../../../../../src/shared/contracts/participation/surveys';
import { ApiError } from '../../../lib/api';
import { ErrorSummary } from '../../../lib/editing';
import { CheckboxField, fieldError, FormActions, SelectField, TextField } from '../../../lib/forms';
import { useT } from '../../../lib/i18n';
import { MutationError } from '../../../lib/states';
import { TextAreaField } from '../components';
import { SURVEYS_KEY, surveysApi } from './api';
import { bm } from './builderMessages';

type Kind = 'rating' | 'grade' | 'single' | 'multiple' | 'year' | 'text';
interface Texts {
  fi: string;
  sv: string;
  en: string;
}
interface DraftItem {
  kind: Kind;
  text: Texts;
  /** One option per line: "suomeksi / på svenska / in English". */
  options: string;
  background: boolean;
}
interface DraftSection {
  title: Texts;
  items: DraftItem[];
}

const emptyTexts = (): Texts => ({ fi: '', sv: '', en: '' });
const emptyItem = (): DraftItem => ({ kind: 'rating', text: emptyTexts(), options: '', background: false });

function toDefinition(sections: DraftSection[], contactBlock: boolean): NewSurveyInput['definition'] {
  return {
    contactBlock,
    sections: sections.map((s, si) => ({
      key: `s${si + 1}`,
      title: s.title,
      items: s.items.map((it, ii) => {
        const key = `s${si + 1}_q${ii + 1}`;
        const base = { key, text: it.text } as const;
        const options = it.options
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
          .map((line, oi) => {
            const [fi, sv, en] = line.split('/').map((x) => x.trim());
            return { value: `o${oi + 1}`, label: { fi: fi ?? '', sv: sv || fi || '', en: en || fi || '' } };
          });
        switch (it.kind) {
          case 'rating':
          case 'grade':
            return {
              ...base,
              kind: 'rating' as const,
              scale: it.kind === 'grade' ? ('grade' as const) : ('agree' as const),
            };
          case 'single':
            return { ...base, kind: 'single' as const, options, background: it.background };
          case 'multiple':
            return { ...base, kind: 'multiple' as const, options };
          case 'year':
            return { ...base, kind: 'year' as const, background: true };
          default:
            return { ...base, kind: 'text' as const };
        }
      }),
    })),
  };
}

/** The input a server error's path points at (`title.fi`, `definition.sections.0.items.1.text.sv` …). */
function fieldId(path: string): string {
  const p = path.split('.');
  if (p[0] === 'title' || p[0] === 'intro') return `b-${p[0]}-${p[1] ?? 'fi'}`;
  if (p[0] === 'definition' && p[1] === 'sections' && p[2] !== undefined) {
    if (p[3] === 'items' && p[4] !== undefined) {
      const item = `b-s${p[2]}-i${p[4]}`;
      if (p[5] === 'options') return `${item}-opts`;
      return `${item}-${p[6] ?? 'fi'}`;
    }
    return `b-s${p[2]}-${p[4] ?? 'fi'}`;
  }
  return 'b-title-fi';
}

function TextsFields({
  id,
  label,
  value,
  onChange,
  errorOf,
}: {
  id: string;
  label: string;
  value: Texts;
  onChange: (v: Texts) => void;
  errorOf: (lang: 'fi' | 'sv' | 'en') => string | undefined;
}) {
  return (
    <fieldset>
      <legend>{label}</legend>
      {(['fi', 'sv', 'en'] as const).map((l) => (
        <TextField
          key={l}
          id={`${id}-${l}`}
          qa={`${id}-${l}`}
          label={l === 'fi' ? 'suomi' : l === 'sv' ? 'svenska' : 'English'}
          value={value[l]}
          onChange={(v) => onChange({ ...value, [l]: v })}
          error={errorOf(l)}
        />
      ))}
    </fieldset>
  );
}

export default function SurveyBuilderPage() {
  const t = useT(bm);
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [title, setTitle] = useState(emptyTexts());
  const [intro, setIntro] = useState(emptyTexts());
  const [sections, setSections] = useState<DraftSection[]>([{ title: emptyTexts(), items: [emptyItem()] }]);
  const [contactBlock, setContactBlock] = useState(false);
  const create = useMutation({
    mutationFn: () => surveysApi.create({ title, intro, definition: toDefinition(sections, contactBlock) }),
    onSuccess: async (r) => {
      await qc.invalidateQueries({ queryKey: SURVEYS_KEY });
      navigate(`/app/surveys/${r.survey.id}`);
    },
  });
  const err = create.error;
  const setSection = (i: number, s: DraftSection) => setSections((list) => list.map((x, j) => (j === i ? s : x)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const kinds: { value: Kind; label: string }[] = [
    { value: 'rating', label: t.kindRating },
    { value: 'grade', label: t.kindGrade },
    { value: 'single', label: t.kindSingle },
    { value: 'multiple', label: t.kindMultiple },
    { value: 'year', label: t.kindYear },
    { value: 'text', label: t.kindText },
  ];
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <form onSubmit={submit} noValidate className="narrow" data-qa="survey-builder">
        <ErrorSummary error={err} idFor={fieldId} />
        <TextsFields
          id="b-title"
          label={t.surveyTitle}
          value={title}
          onChange={setTitle}
          errorOf={(l) => fieldError(err, `title.${l}`)}
        />
        <TextsFields
          id="b-intro"
          label={t.surveyIntro}
          value={intro}
          onChange={setIntro}
          errorOf={(l) => fieldError(err, `intro.${l}`)}
        />
        {sections.map((s, si) => (
          <section key={si} className="panel" aria-labelledby={`b-s${si}-h`}>
            <h2 id={`b-s${si}-h`}>{t.section(si + 1)}</h2>
            <TextsFields
              id={`b-s${si}`}
              label={t.sectionTitle}
              value={s.title}
              onChange={(v) => setSection(si, { ...s, title: v })}
              errorOf={(l) => fieldError(err, `definition.sections.${si}.title.${l}`)}
            />
            {s.items.map((it, ii) => {
              const setItem = (n: DraftItem) =>
                setSection(si, { ...s, items: s.items.map((x, j) => (j === ii ? n : x)) });
              const path = `definition.sections.${si}.items.${ii}`;
              return (
                <div key={ii} className="panel">
                  <h3>{t.item(ii + 1)}</h3>
                  <SelectField
                    id={`b-s${si}-i${ii}-kind`}
                    qa={`b-s${si}-i${ii}-kind`}
                    label={t.kind}
                    value={it.kind}
                    onChange={(v) => setItem({ ...it, kind: v as Kind })}
                    options={kinds}
                  />
                  <TextsFields
                    id={`b-s${si}-i${ii}`}
                    label={t.itemText}
                    value={it.text}
                    onChange={(v) => setItem({ ...it, text: v })}
                    errorOf={(l) => fieldError(err, `${path}.text.${l}`)}
                  />
                  {(it.kind === 'single' || it.kind === 'multiple') && (
                    <>
                      <TextAreaField
                        id={`b-s${si}-i${ii}-opts`}
                        qa={`b-s${si}-i${ii}-opts`}
                        label={t.options}
                        hint={t.optionsHint}
                        value={it.options}
                        onChange={(v) => setItem({ ...it, options: v })}
                        error={fieldError(err, `${path}.options`)}
                      />
                      {it.kind === 'single' && (
                        <CheckboxField
                          id={`b-s${si}-i${ii}-bg`}
                          qa={`b-s${si}-i${ii}-bg`}
                          label={t.background}
                          checked={it.background}
                          onChange={(v) => setItem({ ...it, background: v })}
                        />
                      )}
                    </>
                  )}
                </div>
              );
            })}
            <Button variant="secondary" onClick={() => setSection(si, { ...s, items: [...s.items, emptyItem()] })}>
              {t.addItem}
            </Button>
          </section>
        ))}
        <FormActions>
          <Button
            variant="secondary"
            onClick={() => setSections((list) => [...list, { title: emptyTexts(), items: [emptyItem()] }])}
          >
            {t.addSection}
          </Button>
        </FormActions>
        <CheckboxField
          id="b-contact"
          qa="b-contact"
          label={t.contactBlock}
          checked={contactBlock}
          onChange={setContactBlock}
        />
        {!(err instanceof ApiError && err.fields.length > 0) && <MutationError error={err} />}
        <FormActions>
          <Button type="submit" disabled={create.isPending} data-qa="builder-save">
            {t.save}
          </Button>
        </FormActions>
      </form>
    </>
  );
}
