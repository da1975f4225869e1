// The basic-data form, used for a new client and for editing (with `version`).
import { useState, type FormEvent } from 'react';
import { Button } from 'suomifi-ui-components';
import { CheckboxField, fieldError, FormActions, SelectField, TextField } from '../../../lib/forms';
import { useT } from '../../../lib/i18n';
import type {
  Client,
  ClientGroup,
  ClientLanguage,
  UpdateClientInput,
} from '../../../../../src/shared/contracts/client-work/clients';
import { cm } from './messages';
import { DateField } from './ui';

export interface ClientFormValues {
  firstName: string;
  lastName: string;
  henkilotunnus: string;
  birthDate: string;
  phone: string;
  email: string;
  streetAddress: string;
  postalCode: string;
  city: string;
  preferredLanguage: ClientLanguage;
  otherLanguage: string;
  interpreterNeeded: boolean;
  clientGroup: ClientGroup;
}

export function initialValues(c?: Client): ClientFormValues {
  return {
    firstName: c?.firstName ?? '',
    lastName: c?.lastName ?? '',
    henkilotunnus: '',
    birthDate: c?.birthDate ?? '',
    phone: c?.phone ?? '',
    email: c?.email ?? '',
    streetAddress: c?.streetAddress ?? '',
    postalCode: c?.postalCode ?? '',
    city: c?.city ?? '',
    preferredLanguage: c?.preferredLanguage ?? 'fi',
    otherLanguage: c?.otherLanguage ?? '',
    interpreterNeeded: c?.interpreterNeeded ?? false,
    clientGroup: c?.clientGroup ?? 'adult',
  };
}

/** Body for the API: empty strings become null; the identity code only when typed in. */
export function toBody(
  v: ClientFormValues,
): Omit<UpdateClientInput, 'version'> & { firstName: string; lastName: string } {
  return {
    firstName: v.firstName,
    lastName: v.lastName,
    ...(v.henkilotunnus.trim() ? { henkilotunnus: v.henkilotunnus.trim() } : {}),
    birthDate: v.birthDate || null,
    phone: v.phone || null,
    email: v.email || null,
    streetAddress: v.streetAddress || null,
    postalCode: v.postalCode || null,
    city: v.city || null,
    preferredLanguage: v.preferredLanguage,
    otherLanguage: v.preferredLanguage === 'other' ? v.otherLanguage || null : null,
    interpreterNeeded: v.interpreterNeeded,
    clientGroup: v.clientGroup,
  };
}

export function ClientFields({
  idp,
  values,
  set,
  error,
  existingCode,
}: {
  idp: string;
  values: ClientFormValues;
  set: (p: Partial<ClientFormValues>) => void;
  error: unknown;
  existingCode?: string | null;
}) {
  const t = useT(cm);
  return (
    <>
      <div className="form-row">
        <TextField
          id={`${idp}-first`}
          qa="client-first-name"
          label={t.firstName}
          value={values.firstName}
          onChange={(v) => set({ firstName: v })}
          error={fieldError(error, 'firstName')}
          required
          autoComplete="off"
        />
        <TextField
          id={`${idp}-last`}
          qa="client-last-name"
          label={t.lastName}
          value={values.lastName}
          onChange={(v) => set({ lastName: v })}
          error={fieldError(error, 'lastName')}
          required
          autoComplete="off"
        />
      </div>
      <div className="form-row">
        <TextField
          id={`${idp}-hetu`}
          qa="client-hetu"
          label={t.henkilotunnus}
          hint={existingCode ? `${existingCode} · ${t.henkilotunnusHint}` : t.henkilotunnusHint}
          value={values.henkilotunnus}
          onChange={(v) => set({ henkilotunnus: v })}
          error={fieldError(error, 'henkilotunnus')}
          autoComplete="off"
          maxLength={11}
        />
        <DateField
          id={`${idp}-birth`}
          qa="client-birth-date"
          label={t.birthDate}
          value={values.birthDate}
          onChange={(v) => set({ birthDate: v })}
          error={fieldError(error, 'birthDate')}
        />
      </div>
      <div className="form-row">
        <TextField
          id={`${idp}-phone`}
          qa="client-phone"
          label={t.phone}
          type="tel"
          value={values.phone}
          onChange={(v) => set({ phone: v })}
          error={fieldError(error, 'phone')}
          autoComplete="off"
        />
        <TextField
          id={`${idp}-email`}
          qa="client-email"
          label={t.email}
          type="email"
          value={values.email}
          onChange={(v) => set({ email: v })}
          error={fieldError(error, 'email')}
          autoComplete="off"
        />
      </div>
      <TextField
        id={`${idp}-street`}
        qa="client-street"
        label={t.streetAddress}
        value={values.streetAddress}
        onChange={(v) => set({ streetAddress: v })}
        error={fieldError(error, 'streetAddress')}
        autoComplete="off"
      />
      <div className="form-row">
        <TextField
          id={`${idp}-postal`}
          qa="client-postal-code"
          label={t.postalCode}
          inputMode="numeric"
          maxLength={5}
          value={values.postalCode}
          onChange={(v) => set({ postalCode: v })}
          error={fieldError(error, 'postalCode')}
          autoComplete="off"
        />
        <TextField
          id={`${idp}-city`}
          qa="client-city"
          label={t.city}
          value={values.city}
          onChange={(v) => set({ city: v })}
          error={fieldError(error, 'city')}
          autoComplete="off"
        />
      </div>
      <div className="form-row">
        <SelectField
          id={`${idp}-lang`}
          qa="client-language"
          label={t.language}
          value={values.preferredLanguage}
          onChange={(v) => set({ preferredLanguage: v as ClientLanguage })}
          options={[
            { value: 'fi', label: t.langFi },
            { value: 'sv', label: t.langSv },
            { value: 'en', label: t.langEn },
            { value: 'other', label: t.langOther },
          ]}
        />
        {values.preferredLanguage === 'other' && (
          <TextField
            id={`${idp}-otherlang`}
            qa="client-other-language"
            label={t.otherLanguage}
            value={values.otherLanguage}
            onChange={(v) => set({ otherLanguage: v })}
            error={fieldError(error, 'otherLanguage')}
          />
        )}
      </div>
      <CheckboxField
        id={`${idp}-interp`}
        qa="client-interpreter"
        label={t.interpreter}
        checked={values.interpreterNeeded}
        onChange={(v) => set({ interpreterNeeded: v })}
      />
      <SelectField
        id={`${idp}-group`}
        qa="client-group"
        label={t.group}
        value={values.clientGroup}
        onChange={(v) => set({ clientGroup: v as ClientGroup })}
        options={[
          { value: 'adult', label: t.adult },
          { value: 'youth', label: t.youth },
        ]}
      />
    </>
  );
}

export function useClientForm(c?: Client) {
  const [values, setValues] = useState<ClientFormValues>(() => initialValues(c));
  return {
    values,
    set: (p: Partial<ClientFormValues>) => setValues((v) => ({ ...v, ...p })),
    reset: (x?: Client) => setValues(initialValues(x)),
  };
}

export function SubmitRow({ label, pending, onCancel }: { label: string; pending: boolean; onCancel?: () => void }) {
  const t = useT(cm);
  return (
    <FormActions>
      <Button type="submit" disabled={pending}>
        {label}
      </Button>
      {onCancel && (
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t.cancel}
        </Button>
      )}
    </FormActions>
  );
}

export type SubmitHandler = (e: FormEvent) => void;
