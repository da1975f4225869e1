import { useT } from '../lib/i18n';
import { common } from '../lib/messages';
import { useCurrentRoute } from './Shell';

/** Placeholder page for a capability that is linked but not built yet. */
export default function ComingSoonPage() {
  const t = useT(common);
  const { title } = useCurrentRoute();
  return (
    <>
      <h1>{title}</h1>
      <p className="badge">{t.comingSoon}</p>
      <p>{t.comingSoonText}</p>
    </>
  );
}
