// One service for staff: details with internal notes, "show to client", the version history, and
// the updater's buttons (edit, mark checked, retire) when the server says the user may change it.
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import type { StaffService } from '../../../../../src/shared/contracts/servicemap/services';
import { useLang, useLocalize, useT } from '../../../lib/i18n';
import { ErrorState, Loading, MutationError } from '../../../lib/states';
import { fmtDate, PUBLIC_PATHS } from '../format';
import { manageMessages } from '../manageMessages';
import { smMessages } from '../messages';
import { useMeta } from '../search/api';
import { getService, getVersions, updateService, verifyService } from './api';
import { serviceBody } from './form';
import { ShowToClient } from './ShowToClient';

export const serviceKey = (id: string) => ['servicemap', 'service', id] as const;

export default function ServiceDetailPage() {
  const t = useT(smMessages);
  const m = useT(manageMessages);
  const localize = useLocalize();
  const { lang } = useLang();
  const qc = useQueryClient();
  const id = useParams().id ?? '';
  const meta = useMeta();
  const s = useQuery({ queryKey: serviceKey(id), queryFn: () => getService(id) });
  const versions = useQuery({ queryKey: ['servicemap', 'versions', id], queryFn: () => getVersions(id) });
  const [show, setShow] = useState(false);
  const verify = useMutation({
    mutationFn: () => verifyService(id, s.data!.service.version),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['servicemap'] }),
  });
  if (s.isPending) return <Loading />;
  if (s.error) return <ErrorState error={s.error} />;
  const svc = s.data.service;
  if (show) return <ShowToClient service={svc} tileUrl={meta.data?.tileUrl ?? ''} onClose={() => setShow(false)} />;
  const mayChange = s.data.permittedActions.includes('service.update');
  return (
    <>
      <p>
        <Link to="/app/services">{t.back}</Link>
      </p>
      <h1 data-qa="service-name">{localize(svc.name)}</h1>
      {svc.status !== 'published' && (
        <p>
          <strong data-qa="service-status">{m.statuses[svc.status]}</strong>
        </p>
      )}
      <p>{localize(svc.shortDescription)}</p>
      <p>{svc.stale ? <strong>{t.stale}</strong> : t.verified(fmtDate(svc.lastVerifiedOn))}</p>
      {svc.internalNotes && (
        <section className="panel" data-qa="internal-notes">
          <h2>{t.internalNotes}</h2>
          <p>{svc.internalNotes}</p>
          {svc.professionalContact && <p>{svc.professionalContact}</p>}
        </section>
      )}
      <p>
        <Button onClick={() => setShow(true)} data-qa="show-to-client">
          {t.showToClient}
        </Button>{' '}
        {mayChange && (
          <>
            <Link className="button" to={`/app/services/${svc.id}/edit`} data-qa="edit-service">
              {m.edit}
            </Link>{' '}
            <Button
              variant="secondary"
              onClick={() => verify.mutate()}
              disabled={verify.isPending}
              data-qa="verify-service"
            >
              {t.verify}
            </Button>{' '}
            <RetireButton service={svc} />
          </>
        )}{' '}
        <a href={PUBLIC_PATHS.service(lang, svc.id)}>{t.publicPage}</a>
      </p>
      <MutationError error={verify.error} onReload={() => void s.refetch()} reloadLabel={m.reload} />
      <h2>{t.versions}</h2>
      <ul data-qa="service-versions">
        {(versions.data?.versions ?? []).map((v) => (
          <li
            key={v.version}
          >{`${v.version}: ${v.change} – ${v.changedByName ?? ''} ${new Date(v.changedAt).toLocaleString('fi-FI')}`}</li>
        ))}
      </ul>
    </>
  );
}

/** Retire (status → retired) with the version the page shows: someone's edit in between is a conflict. */
function RetireButton({ service }: { service: StaffService }) {
  const t = useT(manageMessages);
  const qc = useQueryClient();
  const retire = useMutation({
    mutationFn: () => updateService(service.id, { ...serviceBody(service), status: 'retired' }, service.version),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['servicemap'] }),
  });
  if (service.status === 'retired') return null;
  return (
    <>
      <Button
        variant="secondary"
        onClick={() => window.confirm(t.retireConfirm) && retire.mutate()}
        disabled={retire.isPending}
        data-qa="retire-service"
      >
        {t.retire}
      </Button>
      <MutationError
        error={retire.error}
        onReload={() => void qc.invalidateQueries({ queryKey: ['servicemap'] })}
        reloadLabel={t.reload}
      />
    </>
  );
}
