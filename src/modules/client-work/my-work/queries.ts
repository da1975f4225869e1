// Reading for My work and the unit overview, and the organisation's deadline rules. Every function
// takes the transaction (or database) it runs in.
//
// The manager's unit overview is one aggregate query: per current named worker (null = none),
// counts of clients, clients without a current plan, plans past review, assessments past their
// deadline and clients without any named-worker decision, and clients whose agreed meeting
// frequency has lapsed. Deadlines come from the deadline engine as cutoff dates, so the SQL
// compares dates only and uses the indexes.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import {
  assessmentCompleteOverdueCutoff,
  assessmentStartOverdueCutoff,
  type ClientGroup,
  type DeadlineConfig,
} from '../../../domain/deadlines/index.js';

export interface OverviewParams {
  unitId: string;
  today: string;
  config: Record<ClientGroup, DeadlineConfig>;
}

export interface OverviewRow {
  worker_id: string | null;
  clients: number;
  without_named_worker: number;
  without_plan: number;
  plans_past_review: number;
  assessments_past_deadline: number;
  meetings_overdue: number;
}

/** A date no contact can be on: switches a rule off without changing the SQL's shape. */
const NEVER = '0001-01-01';

export function overviewQuery(db: Kysely<DB>, p: OverviewParams) {
  const startAdult = assessmentStartOverdueCutoff(p.today, p.config.adult) ?? NEVER;
  const startYouth = assessmentStartOverdueCutoff(p.today, p.config.youth) ?? NEVER;
  const completeAdult = assessmentCompleteOverdueCutoff(p.today, p.config.adult) ?? NEVER;
  const completeYouth = assessmentCompleteOverdueCutoff(p.today, p.config.youth) ?? NEVER;
  const monthsAdult = p.config.adult.defaultMeetingIntervalMonths;
  const monthsYouth = p.config.youth.defaultMeetingIntervalMonths;
  return sql<OverviewRow>`
    with cl as (
      select c.id, c.client_group, case when n.status = 'assigned' then n.worker_id end as worker_id,
             n.id is not null as has_nw,
             p.current_version_id, p.current_review_date, p.current_accepted_on, p.meeting_interval_weeks
      from client c
      left join named_worker_assignment n on n.client_id = c.id and n.ended_on is null
      left join client_plan p on p.client_id = c.id
      where c.unit_id = ${p.unitId} and c.status = 'active'
    ),
    mt as (
      select m.client_id,
             max(m.meeting_date) filter (where m.status = 'held') as last_held,
             bool_or(m.status = 'planned' and m.meeting_date >= ${p.today}::date) as has_planned
      from meeting m
      where m.unit_id = ${p.unitId}
      group by m.client_id
    ),
    oa as (
      select ct.client_id, count(*)::int as n
      from contact ct
      join client c on c.id = ct.client_id
      left join assessment a on a.contact_id = ct.id
      where ct.unit_id = ${p.unitId} and c.status = 'active' and ct.assessment_required
        and (
          -- not started by the statutory day
          (a.id is null and ct.contact_date <= case c.client_group when 'youth' then ${startYouth}::date else ${startAdult}::date end)
          -- started but not finished in time (youth model)
          or (a.status = 'draft' and ct.contact_date <= case c.client_group when 'youth' then ${completeYouth}::date else ${completeAdult}::date end)
        )
      group by ct.client_id
    )
    select cl.worker_id,
      count(*)::int as clients,
      count(*) filter (where not cl.has_nw)::int as without_named_worker,
      count(*) filter (where cl.current_version_id is null)::int as without_plan,
      count(*) filter (where cl.current_review_date < ${p.today}::date)::int as plans_past_review,
      coalesce(sum(oa.n), 0)::int as assessments_past_deadline,
      count(*) filter (
        where cl.current_version_id is not null and not coalesce(mt.has_planned, false) and (
          case
            when cl.meeting_interval_weeks is not null
              then greatest(mt.last_held, cl.current_accepted_on) + cl.meeting_interval_weeks * 7
            else (greatest(mt.last_held, cl.current_accepted_on)
              + make_interval(months => case cl.client_group when 'youth' then ${monthsYouth}::int else ${monthsAdult}::int end))::date
          end
        ) < ${p.today}::date
      )::int as meetings_overdue
    from cl
    left join mt on mt.client_id = cl.id
    left join oa on oa.client_id = cl.id
    group by cl.worker_id
  `;
}

export async function unitOverview(db: Kysely<DB>, p: OverviewParams) {
  const { rows } = await overviewQuery(db, p).execute(db);
  const workerIds = rows.map((r) => r.worker_id).filter((id): id is string => !!id);
  const names = workerIds.length
    ? await db.selectFrom('app_user').select(['id', 'display_name']).where('id', 'in', workerIds).execute()
    : [];
  const nameOf = new Map(names.map((n) => [n.id, n.display_name]));
  const sum = (k: keyof Omit<OverviewRow, 'worker_id'>) => rows.reduce((s, r) => s + Number(r[k]), 0);
  return {
    totals: {
      activeClients: sum('clients'),
      withoutNamedWorker: sum('without_named_worker'),
      withoutCurrentPlan: sum('without_plan'),
      plansPastReview: sum('plans_past_review'),
      assessmentsPastDeadline: sum('assessments_past_deadline'),
      meetingsOverdue: sum('meetings_overdue'),
    },
    workers: rows
      .filter((r) => r.worker_id !== null)
      .map((r) => ({
        workerId: r.worker_id!,
        name: nameOf.get(r.worker_id!) ?? '',
        clients: Number(r.clients),
        withoutCurrentPlan: Number(r.without_plan),
        plansPastReview: Number(r.plans_past_review),
        assessmentsPastDeadline: Number(r.assessments_past_deadline),
        meetingsOverdue: Number(r.meetings_overdue),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'fi')),
    unassigned: (() => {
      const r = rows.find((x) => x.worker_id === null);
      return {
        clients: Number(r?.clients ?? 0),
        withoutCurrentPlan: Number(r?.without_plan ?? 0),
        plansPastReview: Number(r?.plans_past_review ?? 0),
        assessmentsPastDeadline: Number(r?.assessments_past_deadline ?? 0),
        meetingsOverdue: Number(r?.meetings_overdue ?? 0),
      };
    })(),
  };
}

export interface OwnClientRow {
  id: string;
  unit_id: string;
  name: string;
  client_group: 'adult' | 'youth';
  status: 'active' | 'ended';
  ended_on: string | null;
  plan_id: string | null;
  current_accepted_on: string | null;
  current_review_date: string | null;
  meeting_interval_weeks: number | null;
  assessment_completed_on: string | null;
  last_held: string | null;
  next_planned: string | null;
}

/** The clients whose current named worker the user is (or, for `unit`, every active client of the units). */
export async function ownClients(
  db: Kysely<DB>,
  userId: string,
  unitIds: string[],
  today: string,
  scope: 'mine' | 'unit',
): Promise<OwnClientRow[]> {
  if (unitIds.length === 0) return [];
  let q = db
    .selectFrom('client as c')
    .leftJoin('named_worker_assignment as n', (j) => j.onRef('n.client_id', '=', 'c.id').on('n.ended_on', 'is', null))
    .leftJoin('client_plan as p', 'p.client_id', 'c.id')
    .select([
      'c.id',
      'c.unit_id',
      sql<string>`c.first_name || ' ' || c.last_name`.as('name'),
      'c.client_group',
      'c.status',
      'c.ended_on',
      'p.id as plan_id',
      'p.current_accepted_on',
      'p.current_review_date',
      'p.meeting_interval_weeks',
      sql<
        string | null
      >`(select max(a.completed_on) from assessment a where a.client_id = c.id and a.status = 'completed')`.as(
        'assessment_completed_on',
      ),
      sql<string | null>`(select max(m.meeting_date) from meeting m where m.client_id = c.id and m.status = 'held')`.as(
        'last_held',
      ),
      sql<
        string | null
      >`(select min(m.meeting_date) from meeting m where m.client_id = c.id and m.status = 'planned' and m.meeting_date >= ${today})`.as(
        'next_planned',
      ),
    ])
    .where('c.unit_id', 'in', unitIds)
    .where('c.status', '=', 'active');
  if (scope === 'mine') q = q.where('n.worker_id', '=', userId).where('n.status', '=', 'assigned');
  return q
    .orderBy('c.last_name')
    .orderBy('c.first_name')
    .limit(scope === 'mine' ? 1000 : 5000)
    .execute() as Promise<OwnClientRow[]>;
}

export function unitName(db: Kysely<DB>, unitId: string) {
  return db.selectFrom('unit').select('name').where('id', '=', unitId).executeTakeFirstOrThrow();
}

export function organisationExists(db: Kysely<DB>, organisationId: string) {
  return db.selectFrom('organisation').select('id').where('id', '=', organisationId).executeTakeFirst();
}

/** The organisation's overrides of the deadline rules (none until an administrator sets them). */
export function deadlineConfigRow(db: Kysely<DB>, organisationId: string) {
  return db
    .selectFrom('deadline_config')
    .select(['id', 'overrides', 'version'])
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

/** The first overrides of an organisation; false when someone else added them first. */
export async function insertDeadlineConfig(db: Kysely<DB>, organisationId: string, overrides: string) {
  const inserted = await db
    .insertInto('deadline_config')
    .values({ organisation_id: organisationId, overrides })
    .onConflict((oc) => oc.column('organisation_id').doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
}
