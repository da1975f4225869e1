// Meetings with the client and their short notes (asiakaskertomus entries): requests and responses
// of /api/clients/:clientId/meetings.
import { z } from 'zod';
import { MEETING_KINDS } from '../../../domain/deadlines/index.js';
import { isoDate, localizedIssue, optionalText, text, uuid, version } from '../common.js';
import { actionNameSchema } from '../foundation/auth.js';
import { clientParams } from './plan.js';

export { MEETING_KINDS };
export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;

export const meetingParams = clientParams.extend({ meetingId: uuid });

/** 'hh:mm', 24-hour clock. */
export const meetingTime = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, {
  message: localizedIssue({
    fi: 'Anna kellonaika muodossa tt:mm, esimerkiksi 09:30.',
    sv: 'Ange klockslaget som hh:mm, till exempel 09:30.',
    en: 'Enter the time as hh:mm, for example 09:30.',
  }),
});

export const meetingBody = z.object({
  date: isoDate,
  time: meetingTime.nullable().default(null),
  kind: z.enum(MEETING_KINDS),
  status: z.enum(MEETING_STATUSES).default('planned'),
  participants: z.array(text(200)).max(20).default([]),
  location: optionalText(300).nullable().default(null),
  note: optionalText(4000).nullable().default(null),
});
export const meetingUpdateBody = meetingBody.extend({ version });

export const meetingSchema = z.object({
  id: z.string(),
  date: z.string(),
  time: z.string().nullable(),
  kind: z.enum(MEETING_KINDS),
  status: z.enum(MEETING_STATUSES),
  participants: z.array(z.string()),
  location: z.string().nullable(),
  note: z.string().nullable(),
  workerName: z.string().nullable(),
  version: z.number(),
});

export const meetingCountsSchema = z.object({
  held: z.number(),
  planned: z.number(),
  faceToFaceHeld: z.number(),
  /** The youth rule: enough contacts, enough of them face to face (deadline configuration). */
  assessmentContactsMet: z.boolean(),
});

/** The client's meetings, the counts the deadline rules use, and what the user may do. */
export const meetingListResponse = z.object({
  meetings: z.array(meetingSchema),
  counts: meetingCountsSchema,
  permittedActions: z.array(actionNameSchema),
});
export const meetingResponse = z.object({ meeting: meetingSchema });

export type MeetingKind = (typeof MEETING_KINDS)[number];
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export type Meeting = z.infer<typeof meetingSchema>;
export type MeetingList = z.infer<typeof meetingListResponse>;
export type MeetingBody = z.input<typeof meetingBody>;
export type MeetingUpdateBody = z.input<typeof meetingUpdateBody>;
