import type { Approval, Waiver } from '../api/types';

/** What a waiver's times say it is at `now`: only an active one counts. */
export function waiverState(
  waiver: Pick<Waiver, 'approvedAt' | 'revokedAt' | 'expiresAt'>,
  now: string,
): Waiver['state'] {
  if (waiver.revokedAt) return 'revoked';
  if (Date.parse(waiver.expiresAt) <= Date.parse(now)) return 'expired';
  return waiver.approvedAt ? 'active' : 'requested';
}

/** Whether an approval is still valid at `now`. */
export function approvalState(
  approval: Pick<Approval, 'expiresAt'>,
  now: string,
): Approval['state'] {
  return Date.parse(approval.expiresAt) > Date.parse(now) ? 'valid' : 'expired';
}
