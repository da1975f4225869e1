// Group-based social work (ryhmämuotoinen sosiaalityö): groups with their leaders, programme of
// sessions, members, attendance, anonymous feedback and the closing session with decision makers
// (/api/groups/…), and a client's memberships and consented group notes (/api/clients/:clientId/groups).
import { z } from 'zod';
import { isoDate, text, uuid, version } from '../common.js';
import { GROUP_STATUSES, LEADER_KINDS, MEMBER_STATUSES, MET_EXPECTATIONS } from '../../measures/vocabulary.js';
import { nullableText, permittedActions } from './common.js';

export const groupParams = z.object({ groupId: uuid });
export const sessionParams = groupParams.extend({ sessionId: uuid });
export const memberParams = groupParams.extend({ memberId: uuid });

const time = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/);

export const groupSummary = z.object({
  id: uuid,
  name: z.string(),
  targetGroup: z.string(),
  status: z.enum(GROUP_STATUSES),
  sessions: z.number(),
  members: z.number(),
  nextSession: z.string().nullable(),
});
export type GroupSummary = z.infer<typeof groupSummary>;
export const groupsResponse = z.object({ groups: z.array(groupSummary) });

export const groupStaff = z.object({ id: uuid, name: z.string(), kind: z.enum(['staff', 'expert-by-experience']) });
export type GroupStaff = z.infer<typeof groupStaff>;
export const groupStaffResponse = z.object({ staff: z.array(groupStaff) });

export const newGroupBody = z.object({
  name: text(200),
  targetGroup: text(500),
  description: nullableText(),
  leaderUserIds: z.array(uuid).min(1).max(6),
  partnerLeaders: z.array(text(200)).max(4).default([]),
  firstDate: isoDate,
  sessions: z.number().int().min(1).max(30).default(6),
  intervalDays: z.number().int().min(1).max(31).default(7),
  startTime: time.nullish(),
  durationMinutes: z.number().int().min(15).max(600).default(120),
});
export type NewGroupBody = z.infer<typeof newGroupBody>;
export const createdResponse = z.object({ id: uuid });

export const session = z.object({
  id: uuid,
  no: z.number(),
  date: z.string(),
  startTime: z.string().nullable(),
  durationMinutes: z.number(),
  topic: z.string().nullable(),
  isClosing: z.boolean(),
  guests: z.string().nullable(),
  /** Only in the full view. */
  notes: z.string().nullable().optional(),
  held: z.boolean(),
  version: z.number(),
});
export type GroupSession = z.infer<typeof session>;

export const member = z.object({
  id: uuid,
  /** The expert-by-experience leader's view has only the first name. */
  name: z.string(),
  clientId: uuid.optional(),
  planId: uuid.nullable().optional(),
  status: z.enum(MEMBER_STATUSES),
  confidentialityAcceptedOn: z.string().nullable(),
  notesConsent: z.boolean().optional(),
  version: z.number().optional(),
});
export type GroupMember = z.infer<typeof member>;

export const groupDetail = z.object({
  /** `full` for the unit's staff; `leader` for an expert by experience who leads the group. */
  view: z.enum(['full', 'leader']),
  group: z.object({
    id: uuid,
    name: z.string(),
    targetGroup: z.string(),
    description: z.string().nullable(),
    status: z.enum(GROUP_STATUSES),
    version: z.number(),
  }),
  leaders: z.array(z.object({ id: uuid, name: z.string(), kind: z.enum(LEADER_KINDS), userId: uuid.nullable() })),
  sessions: z.array(session),
  members: z.array(member),
  attendance: z.array(z.object({ sessionId: uuid, memberId: uuid, present: z.boolean() })),
  /** What the user may do with this group (e.g. `group.update`). */
  permittedActions,
});
export type GroupDetail = z.infer<typeof groupDetail>;

export const memberPatch = z.object({
  status: z.enum(MEMBER_STATUSES).optional(),
  notesConsent: z.boolean().optional(),
  version,
});
export type MemberPatch = z.infer<typeof memberPatch>;
export const memberPatched = z.object({ version: z.number() });

export const attendanceBody = z.object({
  entries: z
    .array(z.object({ memberId: uuid, present: z.boolean(), confidentialityAccepted: z.boolean().optional() }))
    .max(100),
});
export type GroupAttendanceBody = z.infer<typeof attendanceBody>;
export const attendanceSaved = z.object({ saved: z.number() });

export const sessionPatch = z.object({
  topic: nullableText(500).optional(),
  date: isoDate.optional(),
  guests: nullableText(1000).optional(),
  notes: nullableText(8000).optional(),
  version,
});
export type SessionPatch = z.infer<typeof sessionPatch>;

/** The three questions of DOMAIN 4.1, stored without any member identity. */
export const feedbackBody = z.object({
  metExpectations: z.enum(MET_EXPECTATIONS),
  thoughts: nullableText(2000),
  wishes: nullableText(2000),
});
export type FeedbackBody = z.infer<typeof feedbackBody>;
export const feedbackSaved = z.object({ ok: z.literal(true) });

export const feedbackResponse = z.object({
  sessions: z.array(
    z.object({
      sessionId: uuid,
      no: z.number(),
      yes: z.number(),
      partly: z.number(),
      no_: z.number(),
      thoughts: z.array(z.string()),
      wishes: z.array(z.string()),
    }),
  ),
});
export type FeedbackSummary = z.infer<typeof feedbackResponse>['sessions'][number];

export const closeBody = z.object({ version });
export const closedResponse = z.object({ status: z.literal('closed') });

// ---- one client's groups ----

export const clientGroupsResponse = z.object({
  memberships: z.array(
    z.object({
      groupId: uuid,
      groupName: z.string(),
      status: z.enum(MEMBER_STATUSES),
      notesConsent: z.boolean(),
      planId: uuid.nullable(),
      attended: z.number(),
    }),
  ),
  /** Session notes only from groups where the member consented to them in their client file. */
  notes: z.array(z.object({ groupName: z.string(), sessionNo: z.number(), date: z.string(), notes: z.string() })),
  permittedActions,
});
export type ClientGroups = z.infer<typeof clientGroupsResponse>;

/** Invites the client into a group of the client's unit (optionally linked to their client plan). */
export const invitationBody = z.object({ groupId: uuid, planId: uuid.nullish() });
export type InvitationBody = z.infer<typeof invitationBody>;
