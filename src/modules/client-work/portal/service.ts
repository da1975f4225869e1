// The client portal: always the signed-in client's own record (the caller's clientId, from the
// session), never a client id from the request. The client reads their plan in force, marks their
// own view on its goals, writes their thoughts into the review draft, sees their meetings and named
// worker, and who has processed their data. Every read and write is in the use log.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { updateVersioned } from '../../../db/versioned.js';
import { finnishDate } from '../../../domain/clock/index.js';
import { audit, type AuditActor } from '../../../server/audit/audit.js';
import type { AuditEventName } from '../../../server/audit/events/index.js';
import { AppError, errors } from '../../../server/errors.js';
import type { Lang, Localized } from '../../../shared/i18n.js';
import { ROLE_LABELS, type Role } from '../../../shared/roles.js';
import type {
  AccessLogEntry,
  PortalGoal,
  PortalMeetings,
  PortalPlan,
  PortalWorker,
} from '../../../shared/contracts/client-work/portal.js';
import type { Goal } from '../../../shared/contracts/client-work/plan.js';
import { clientLang, type PrintData } from '../client-plan/print.js';
import { currentVersionOfClient, draftOfClient, namedWorkerOf, clientOfPlan } from '../client-plan/queries.js';
import { printData } from '../client-plan/service.js';
import { meetingsOfClient } from '../meetings/queries.js';
import { portalErrors, portalText } from './messages.js';
import * as q from './queries.js';

const PURPOSE = 'asiakkaan oma asiointi';

/** The signed-in client, and when. */
export interface PortalCaller {
  actor: AuditActor;
  /** The client record of the signed-in client account. */
  clientId: string;
  /** Today in Finland, from the app's clock. */
  today: string;
  /** The reader's language. */
  lang: Lang;
}

/** The plan in force (goals, agreed actions) and the review draft being prepared, if any. */
export function ownPlan(db: Kysely<DB>, caller: PortalCaller): Promise<PortalPlan> {
  return db.transaction().execute(async (trx) => {
    const current = await currentVersionOfClient(trx, caller.clientId);
    const draft = await draftOfClient(trx, caller.clientId);
    await log(trx, caller, 'portal.plan.read', 'client_plan_version', current?.id);
    return {
      plan: current && {
        versionId: current.id,
        planId: current.plan_id,
        number: current.number,
        acceptedOn: current.accepted_on,
        reviewDate: current.review_date,
        version: current.version,
        goals: current.content.goals.map(toGoal),
        agreedActions: current.content.agreedActions,
        meetingIntervalWeeks: current.content.meetingFrequency.intervalWeeks,
        partners: current.content.partners.map((p) => ({ name: p.name, responsibility: p.responsibility })),
        consents: current.content.consents.map((c) => ({
          partnerName: c.partnerName,
          scope: c.scope,
          givenOn: c.givenOn,
          withdrawnOn: c.withdrawnOn,
        })),
      },
      draft: draft && {
        versionId: draft.id,
        version: draft.version,
        reviewDate: draft.review_date,
        clientPreparation: draft.client_preparation ?? '',
      },
    };
  });
}

/** The client marks their own view on one goal of their plan in force (from the version they saw). */
export function markGoal(
  db: Kysely<DB>,
  caller: PortalCaller,
  goalId: string,
  body: { clientMark: Goal['clientMark']; clientView: string; version: number },
): Promise<{ goal: PortalGoal; version: number }> {
  return db.transaction().execute(async (trx) => {
    const current = await currentVersionOfClient(trx, caller.clientId);
    const goal = current?.content.goals.find((g) => g.id === goalId);
    if (!current || !goal) throw errors.notFound();
    goal.clientMark = body.clientMark;
    goal.clientView = body.clientView;
    const saved = await updateVersioned(
      trx,
      'client_plan_version',
      { id: current.id, version: body.version, scope: { client_id: caller.clientId } },
      { content: JSON.stringify(current.content) },
    );
    await log(trx, caller, 'portal.goal.update', 'client_plan_version', current.id);
    return { goal: toGoal(goal), version: saved.version };
  });
}

/** The client writes their own view into the review draft before the meeting. */
export function writePreparation(
  db: Kysely<DB>,
  caller: PortalCaller,
  body: { text: string; version: number },
): Promise<{ version: number; clientPreparation: string }> {
  return db.transaction().execute(async (trx) => {
    const draft = await draftOfClient(trx, caller.clientId);
    if (!draft) throw new AppError(409, 'no_draft', portalErrors.noDraft);
    const saved = await updateVersioned(
      trx,
      'client_plan_version',
      { id: draft.id, version: body.version, scope: { client_id: caller.clientId } },
      { client_preparation: body.text },
    );
    await log(trx, caller, 'portal.preparation.update', 'client_plan_version', draft.id);
    return { version: saved.version, clientPreparation: saved.client_preparation ?? '' };
  });
}

/** The client's upcoming meetings and the latest held ones. */
export function ownMeetings(db: Kysely<DB>, caller: PortalCaller): Promise<PortalMeetings> {
  return db.transaction().execute(async (trx) => {
    const rows = await meetingsOfClient(trx, caller.clientId); // newest first
    await log(trx, caller, 'portal.meetings.read', 'meeting');
    return {
      upcoming: rows
        .filter((m) => m.status === 'planned' && m.meeting_date >= caller.today)
        .reverse()
        .map((m) => ({
          date: m.meeting_date,
          time: m.start_time,
          kind: m.kind,
          location: m.location,
          workerName: m.worker_name,
        })),
      past: rows
        .filter((m) => m.status === 'held')
        .slice(0, 10)
        .map((m) => ({ date: m.meeting_date, kind: m.kind })),
    };
  });
}

/** The client's named worker and how to reach them. */
export function ownWorker(db: Kysely<DB>, caller: PortalCaller): Promise<PortalWorker> {
  return db.transaction().execute(async (trx) => {
    const worker = await namedWorkerOf(trx, caller.clientId);
    await log(trx, caller, 'portal.worker.read', 'named_worker_assignment');
    return { worker };
  });
}

/**
 * The client's own copy of the plan in force, rendered by `render` (the PDF or the no-JavaScript
 * page; `null` when there is no plan in force) in the same transaction as its use-log row. In plain
 * language, and in the client's own language unless `lang` is given.
 */
export function ownCopy<T>(
  db: Kysely<DB>,
  caller: PortalCaller,
  options: { lang?: Lang; event: 'portal.plan.read' | 'portal.plan.print' },
  render: (d: PrintData | null) => T | Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const current = await currentVersionOfClient(trx, caller.clientId);
    const client = await clientOfPlan(trx, caller.clientId);
    const lang = options.lang ?? clientLang(client.preferred_language, caller.lang);
    const out = await render(current && (await printData(trx, caller.clientId, current, lang, true, caller.today)));
    await log(trx, caller, options.event, 'client_plan', current?.plan_id);
    return out;
  });
}

/**
 * Who has processed the client's data (asiakastietolaki 703/2023: the client may ask). One line per
 * worker, day and kind of data; names and roles, not internal ids. The client's own actions are
 * left out.
 */
export function accessLog(
  db: Kysely<DB>,
  caller: PortalCaller,
  options: { lang: Lang; plain: boolean },
): Promise<AccessLogEntry[]> {
  return db.transaction().execute(async (trx) => {
    const rows = await q.useLogRows(trx, caller.clientId, caller.actor.id);
    const actorIds = [...new Set(rows.map((r) => r.actor_id).filter((x): x is string => !!x))];
    const roles = await q.rolesOf(trx, actorIds);
    const { lang, plain } = options;
    const out = new Map<string, AccessLogEntry>();
    for (const r of rows) {
      const at = new Date(r.at);
      const date = finnishDate(at);
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
        who: r.display_name ?? portalText[lang].system,
        role: [...new Set(own.map((x) => ROLE_LABELS[x.role as Role][lang]))].join(', '),
        unit: [...new Set(own.map((x) => `${x.unit_name}, ${x.org_name}`))].join('; '),
        what,
        times: 1,
      });
    }
    await log(trx, caller, 'portal.accessLog.read', 'audit_log');
    return [...out.values()].slice(0, 300);
  });
}

/** What kind of data a use-log event touched, in words a client understands (by the event's name). */
const EVENT_GROUPS: [RegExp, Localized & { selko: string }][] = [
  [
    /^plan\.print$/,
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
    /^(myWork|task)\./,
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
  const hit = EVENT_GROUPS.find(([re]) => re.test(action))?.[1] ?? OTHER;
  return plain && lang === 'fi' ? hit.selko : hit[lang];
}

function toGoal(g: Goal): PortalGoal {
  return { id: g.id, title: g.title, status: g.status, clientView: g.clientView, clientMark: g.clientMark };
}

function log(
  trx: Kysely<DB>,
  caller: PortalCaller,
  action: AuditEventName,
  subjectType: string,
  subjectId: string | null = null,
) {
  return audit(trx, {
    actor: caller.actor,
    action,
    clientId: caller.clientId,
    subjectType,
    subjectId,
    purpose: PURPOSE,
  });
}
