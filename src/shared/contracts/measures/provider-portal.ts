// The provider account's portal: a placement supervisor sees their own provider's participants
// (first name and last-name initial only) and records attendance. Routes: /api/work-activity/provider/…
import { z } from 'zod';
import { isoDate, uuid } from '../common.js';
import { AGREEMENT_STATUSES } from '../../measures/vocabulary.js';
import { attendanceRow } from './work-activity.js';

export const portalAgreementParams = z.object({ agreementId: uuid });
export const portalDayParams = portalAgreementParams.extend({ day: isoDate });

export const portalProvidersResponse = z.object({ providers: z.array(z.object({ id: uuid, name: z.string() })) });
export type PortalProvidersResponse = z.infer<typeof portalProvidersResponse>;

export const portalAgreement = z.object({
  id: uuid,
  providerName: z.string(),
  /** First name and last-name initial only: the provider needs no more. */
  participant: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  daysPerWeek: z.number(),
  hoursPerDay: z.number(),
  tasks: z.string().nullable(),
  status: z.enum(AGREEMENT_STATUSES),
});
export type PortalAgreement = z.infer<typeof portalAgreement>;
export const portalAgreementsResponse = z.object({ agreements: z.array(portalAgreement) });

/** The provider sees the days, not the counsellor's notes or the TE notice. */
export const portalAttendanceRow = attendanceRow.omit({ teInformedAt: true, absenceNote: true });
export type PortalAttendanceRow = z.infer<typeof portalAttendanceRow>;
export const portalAttendanceResponse = z.object({ attendance: z.array(portalAttendanceRow) });
export const portalAttendanceSaved = z.object({ id: uuid });
