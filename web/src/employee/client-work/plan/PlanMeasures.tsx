// "Toimenpiteet" in the plan tab: the client's measures (work activity, groups, social
// rehabilitation, service processes) from GET /api/clients/:clientId/measures, so the plan's
// agreed actions can be read next to what is actually running. Details live in the measures tab.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../../lib/api';
import { useLocalize, useT } from '../../../lib/i18n';
import { Empty, ErrorState, Loading } from '../../../lib/states';
import { defineMessages, type Localized } from '../../../../../src/shared/i18n';
import { fiDate } from './fields';

interface MeasureItem {
  kind: 'work-activity' | 'group' | 'social-rehabilitation' | 'process';
  id: string;
  planId: string | null;
  title: Localized;
  status: string;
  startDate: string | null;
  endDate: string | null;
  link: string;
}

const msg = defineMessages({
  fi: {
    title: 'Toimenpiteet',
    none: 'Asiakkaalla ei ole toimenpiteitä.',
    open: 'Avaa toimenpiteet',
    dates: 'Ajankohta',
    status: {
      open: 'Käynnissä',
      ended: 'Päättynyt',
      planning: 'Suunnittelussa',
      active: 'Käynnissä',
      closed: 'Päättynyt',
      'situation-assessment': 'Tilannearvio',
      'activation-plan': 'Aktivointisuunnitelma',
      agreement: 'Sopimus tehty',
      activity: 'Työtoiminnassa',
      'interim-evaluation': 'Väliarviointi',
      end: 'Päättynyt',
    } as Record<string, string>,
  },
  sv: {
    title: 'Åtgärder',
    none: 'Klienten har inga åtgärder.',
    open: 'Öppna åtgärderna',
    dates: 'Tidpunkt',
    status: {
      open: 'Pågår',
      ended: 'Avslutad',
      planning: 'Planeras',
      active: 'Pågår',
      closed: 'Avslutad',
      'situation-assessment': 'Situationsbedömning',
      'activation-plan': 'Aktiveringsplan',
      agreement: 'Avtal gjort',
      activity: 'I arbetsverksamhet',
      'interim-evaluation': 'Mellanutvärdering',
      end: 'Avslutad',
    } as Record<string, string>,
  },
  en: {
    title: 'Measures',
    none: 'The client has no measures.',
    open: 'Open the measures',
    dates: 'Dates',
    status: {
      open: 'Ongoing',
      ended: 'Ended',
      planning: 'Planning',
      active: 'Ongoing',
      closed: 'Ended',
      'situation-assessment': 'Situation assessment',
      'activation-plan': 'Activation plan',
      agreement: 'Agreement made',
      activity: 'In work activity',
      'interim-evaluation': 'Interim evaluation',
      end: 'Ended',
    } as Record<string, string>,
  },
});

export function PlanMeasures({ clientId }: { clientId: string }) {
  const t = useT(msg);
  const localize = useLocalize();
  const measures = useQuery({
    queryKey: ['measures', 'summary', clientId],
    queryFn: () => api.get<{ measures: MeasureItem[] }>(`/api/clients/${clientId}/measures`).then((r) => r.measures),
  });
  const tab = `/app/clients/${clientId}/measures`;
  return (
    <section className="panel" aria-labelledby="plan-measures-title" data-testid="plan-measures">
      <h2 id="plan-measures-title">{t.title}</h2>
      {measures.isPending ? (
        <Loading />
      ) : measures.error ? (
        <ErrorState error={measures.error} onRetry={() => void measures.refetch()} />
      ) : measures.data.length === 0 ? (
        <Empty>{t.none}</Empty>
      ) : (
        <ul>
          {measures.data.map((m) => (
            <li key={`${m.kind}-${m.id}`}>
              <Link to={m.link}>{localize(m.title)}</Link> — {t.status[m.status] ?? m.status}
              {(m.startDate || m.endDate) &&
                ` · ${m.startDate ? fiDate(m.startDate) : ''} – ${m.endDate ? fiDate(m.endDate) : ''}`}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={tab}>{t.open}</Link>
      </p>
    </section>
  );
}
