// Large text for showing a service to the client across the desk, with its location on a map.
import { Button } from 'suomifi-ui-components';
import type { StaffService } from '../../../../../src/shared/contracts/servicemap/services';
import { useLocalize, useT } from '../../../lib/i18n';
import { smMessages } from '../messages';
import { ServiceMap } from '../ServiceMap';

export function ShowToClient({
  service,
  tileUrl,
  onClose,
}: {
  service: StaffService;
  tileUrl: string;
  onClose: () => void;
}) {
  const t = useT(smMessages);
  const localize = useLocalize();
  const l = service.locations[0];
  return (
    <section
      className="sm-show"
      aria-labelledby="sm-show-title"
      data-qa="show-to-client-view"
      style={{ fontSize: '1.5rem', lineHeight: 1.4 }}
    >
      <h1 id="sm-show-title" style={{ fontSize: '2.5rem' }}>
        {localize(service.name)}
      </h1>
      <p>{localize(service.shortDescription)}</p>
      {l && (
        <>
          <h2>{t.address}</h2>
          <p data-qa="show-address">{`${l.streetAddress}, ${l.postalCode} ${l.municipality}`}</p>
          <h2>{t.hours}</h2>
          <ul>
            {l.hours.map((h, i) => (
              <li key={i}>{`${t.days[h.weekday - 1]} ${h.opens}–${h.closes}`}</li>
            ))}
          </ul>
        </>
      )}
      {service.phone && <p>{service.phone}</p>}
      <ServiceMap services={[service]} tileUrl={tileUrl} label={t.map} large />
      <p className="mt-s">
        <Button onClick={onClose} data-qa="close-show-to-client">
          {t.closeShow}
        </Button>
      </p>
    </section>
  );
}
