import { z } from 'zod';
import { GovernanceRule } from '../policy';

const DAY_MS = 86_400_000;

/** A person's approval, still valid, of the evaluated version (the newest decision counts). */
export const humanApproval: GovernanceRule<{}> = {
  params: z.object({}).strict(),
  evaluate({ modelVersion, approvals }) {
    if (!modelVersion) {
      return {
        result: 'fail',
        reason: 'No version of the model is known to approve',
      };
    }
    const [latest] = approvals;
    if (!latest) {
      return {
        result: 'fail',
        reason: `No valid approval of version ${modelVersion} on record`,
      };
    }
    const evidence = {
      approver: latest.approver,
      decidedAt: latest.decidedAt,
      expiresAt: latest.expiresAt,
      comment: latest.comment,
    };
    return latest.decision === 'approved'
      ? {
          result: 'pass',
          reason: `Version ${modelVersion} approved by ${latest.approver} until ${latest.expiresAt}`,
          evidence,
        }
      : {
          result: 'fail',
          reason: `Version ${modelVersion} rejected by ${latest.approver}: ${latest.comment}`,
          evidence,
        };
  },
};

/** Drift not left unresolved: drifting for `maxDays` or longer fails, shorter warns. */
export const driftResolved: GovernanceRule<{ maxDays: number }> = {
  params: z.object({ maxDays: z.number().positive().default(7) }).strict(),
  evaluate({ drift, now }, { maxDays }) {
    if (drift.status !== 'drift') {
      return {
        result: 'pass',
        reason: `Drift status ${drift.status}`,
        evidence: { ...drift },
      };
    }
    const days = drift.since
      ? (Date.parse(now) - Date.parse(drift.since)) / DAY_MS
      : 0;
    const shown = days < 1 ? 'less than a day' : `${Math.floor(days)} days`;
    return days >= maxDays
      ? {
          result: 'fail',
          reason: `Drifting for ${shown}, unresolved for longer than ${maxDays} days`,
          evidence: { ...drift, days },
        }
      : {
          result: 'warning',
          reason: `Drifting for ${shown}; resolve it within ${maxDays} days`,
          evidence: { ...drift, days },
        };
  },
};

/** Inference records logged: at least `minRecords` in the model's current check window. */
export const inferenceLogging: GovernanceRule<{ minRecords: number }> = {
  params: z.object({ minRecords: z.number().int().min(1).default(1) }).strict(),
  evaluate({ recentRecords }, { minRecords }) {
    return recentRecords >= minRecords
      ? {
          result: 'pass',
          reason: `${recentRecords} inference records in the current window`,
          evidence: { recentRecords },
        }
      : {
          result: 'fail',
          reason: `${recentRecords} inference records in the current window, fewer than ${minRecords}: the model's inferences are not logged to the portal`,
          evidence: { recentRecords, minRecords },
        };
  },
};
