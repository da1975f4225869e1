// Data for the client portal: always the logged-in client's own record (user.clientId), never a
// client id from the request.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { ROLE_LABELS, type Role } from '../../../shared/roles.js';
import type { Lang, Localized } from '../../../shared/i18n.js';
import { currentVersionOfClient, draftOfClient } from '../client-plan/repo.js';

/** What kind of data a use-log action touched, in words a client understands. */
const ACTION_GROUPS: [RegExp, Localized & { selko: string }][] = [
  [
    /^plan\.(print)/,
    {
      fi: 'tulosti asiakassuunnitelman',
      sv: 'skrev ut klientplanen',
      en: 'printed the client plan',
      selko: 'tulosti suunnitelmasi',
    },
  ],
  [/^plan\./, { fi: 'asiakassuunnitelma', sv: 'klientplan', en: 'client plan', selko: 'sinun suunnitelmasi' }],
  [
    /^meeting\./,
    { fi: 'tapaamiset ja muistiinpanot', sv: 'möten och anteckningar', en: 'meetings and notes', selko: 'tapaamiset' },
  ],
  [
    /^mywork\./,
    {
      fi: 'työntekijän työlista',
      sv: 'den anställdas arbetslista',
      en: "the worker's to-do list",
      selko: 'nimesi työntekijän listalla',
    },
  ],
  [
    /^assessment\./,
    {
      fi: 'palvelutarpeen arviointi',
      sv: 'bedömning av servicebehovet',
      en: 'service needs assessment',
      selko: 'arvio siitä, mitä apua tarvitset',
    },
  ],
  [/^contact\./, { fi: 'yhteydenotot', sv: 'kontakter', en: 'contacts', selko: 'yhteydenotot' }],
  [
    /^network\./,
    { fi: 'läheisverkosto', sv: 'närståendenätverk', en: 'close network', selko: 'sinulle läheiset ihmiset' },
  ],
  [
    /^authorityrequest\./i,
    {
      fi: 'pyynnöt muille viranomaisille',
      sv: 'begäran till andra myndigheter',
      en: 'requests to other authorities',
      selko: 'yhteistyö muiden virastojen kanssa',
    },
  ],
  [
    /^namedworker\./i,
    { fi: 'omatyöntekijä', sv: 'egen kontaktperson', en: 'named worker', selko: 'sinun työntekijäsi' },
  ],
  [
    /^(client|concern)\./,
    { fi: 'perustiedot', sv: 'grunduppgifter', en: 'basic details', selko: 'nimesi ja yhteystietosi' },
  ],
];
const OTHER: Localized & { selko: string } = {
  fi: 'asiakastiedot',
  sv: 'klientuppgifter',
  en: 'client information',
  selko: 'sinun tietosi',
};

export function describeAction(action: string, lang: Lang, plain: boolean): string {
  const hit = ACTION_GROUPS.find(([re]) => re.test(action))?.[1] ?? OTHER;
  return plain && lang === 'fi' ? hit.selko : hit[lang];
}

export interface AccessLogEntry {
  date: string;
  lastAt: string;
  who: string;
  role: string;
  unit: string;
  what: string;
  times: number;
}

/**
 * Who has processed the client's data (asiakastietolaki 703/2023: the client may ask). One line per
 * worker, day and kind of data; shows names and roles, not internal ids. The client's own actions
 * are left out.
 */
export async function accessLog(
  db: Kysely<DB>,
  clientId: string,
  selfId: string,
  lang: Lang,
  plain: boolean,
): Promise<AccessLogEntry[]> {
  const rows = await db
    .selectFrom('audit_log as a')
    .leftJoin('app_user as u', 'u.id', 'a.actor_id')
    .select(['a.at', 'a.action', 'a.actor_id', 'u.display_name'])
    .where('a.client_id', '=', clientId)
    .where('a.outcome', '=', 'ok')
    .where((eb) => eb.or([eb('a.actor_id', 'is', null), eb('a.actor_id', '<>', selfId)]))
    .orderBy('a.seq', 'desc')
    .limit(2000)
    .execute();
  const actorIds = [...new Set(rows.map((r) => r.actor_id).filter((x): x is string => !!x))];
  const roles = actorIds.length
    ? await db
        .selectFrom('user_role')
        .innerJoin('unit', 'unit.id', 'user_role.unit_id')
        .innerJoin('organisation', 'organisation.id', 'unit.organisation_id')
        .select(['user_role.user_id', 'user_role.role', 'unit.name as unit_name', 'organisation.name as org_name'])
        .where('user_role.user_id', 'in', actorIds)
        .execute()
    : [];
  const dayFmt = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' });
  const out = new Map<string, AccessLogEntry>();
  for (const r of rows) {
    const at = new Date(r.at);
    const date = dayFmt.format(at);
    const what = describeAction(r.action, lang, plain);
    const key = `${r.actor_id}|${date}|${what}`;
    const existing = out.get(key);
    if (existing) {
      existing.times++;
      continue;
    }
    const own = roles.filter((x) => x.user_id === r.actor_id);
    out.set(key, {
      date,
      lastAt: at.toISOString(),
      who: r.display_name ?? (lang === 'sv' ? 'Systemet' : lang === 'en' ? 'The system' : 'Järjestelmä'),
      role: [...new Set(own.map((x) => ROLE_LABELS[x.role as Role][lang]))].join(', '),
      unit: [...new Set(own.map((x) => `${x.unit_name}, ${x.org_name}`))].join('; '),
      what,
      times: 1,
    });
  }
  return [...out.values()].slice(0, 300);
}

export async function namedWorker(db: Kysely<DB>, clientId: string) {
  const w = await db
    .selectFrom('named_worker_assignment as n')
    .innerJoin('app_user as u', 'u.id', 'n.worker_id')
    .innerJoin('client as c', 'c.id', 'n.client_id')
    .innerJoin('unit', 'unit.id', 'c.unit_id')
    .select(['u.display_name', 'u.phone', 'u.email', 'unit.name as unit_name', 'n.assigned_on'])
    .where('n.client_id', '=', clientId)
    .where('n.ended_on', 'is', null)
    .where('n.status', '=', 'assigned')
    .executeTakeFirst();
  return w
    ? { name: w.display_name, phone: w.phone, email: w.email, unitName: w.unit_name, since: w.assigned_on }
    : null;
}

export async function ownPlan(db: Kysely<DB>, clientId: string) {
  const [current, draft] = await Promise.all([currentVersionOfClient(db, clientId), draftOfClient(db, clientId)]);
  return { current, draft };
}
