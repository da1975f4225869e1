// The "Toimenpiteet" tab of the client page (web/src/employee/client-work/clients/tabs.ts).
import { ClientMeasures } from './ClientMeasures';

export default function MeasuresTab({ clientId }: { clientId: string }) {
  return <ClientMeasures clientId={clientId} />;
}
