import { z } from 'zod';
import { DriftStatus } from '../entities/constants';

/**
 * When drift starts a retraining run: the status held for `consecutiveChecks` judged
 * checks in a row (a `warning` counts when `onWarning`), at least `cooldownMinutes` after
 * the model's last run, fewer than `maxConcurrentRuns` runs of the pipeline in flight, and
 * inside `allowedHours` (UTC, `from` inclusive, `to` exclusive; may wrap past midnight).
 * Every field is optional: an entity's `spec.retraining.trigger` overrides the fields it
 * sets over `aiops.retraining.trigger`, and those over the defaults.
 */
export const retrainingTriggerSchema = z
  .object({
    enabled: z.boolean().optional(),
    consecutiveChecks: z.number().int().min(1).max(100).optional(),
    onWarning: z.boolean().optional(),
    cooldownMinutes: z.number().min(0).optional(),
    maxConcurrentRuns: z.number().int().min(1).max(100).optional(),
    allowedHours: z
      .object({
        from: z.number().int().min(0).max(23),
        to: z.number().int().min(1).max(24),
      })
      .strict()
      .refine(h => h.from !== h.to % 24, {
        message:
          'from and to must differ (leave allowedHours out for any hour)',
      })
      .optional(),
  })
  .strict();

/** A trigger policy as config or an entity writes it. */
export type RetrainingTriggerInput = z.input<typeof retrainingTriggerSchema>;
/** A trigger policy with its defaults applied. */
export type RetrainingTrigger = Required<
  Omit<RetrainingTriggerInput, 'allowedHours'>
> &
  Pick<RetrainingTriggerInput, 'allowedHours'>;

/** The policy where neither config nor the entity says otherwise. */
export const RETRAINING_TRIGGER_DEFAULTS: RetrainingTrigger = {
  enabled: true,
  consecutiveChecks: 3,
  onWarning: false,
  cooldownMinutes: 1440,
  maxConcurrentRuns: 1,
};

/**
 * The policy that applies: each layer (validated) overrides the fields it sets, later
 * layers over earlier ones, all over the defaults.
 */
export function resolveRetrainingTrigger(
  ...layers: Array<RetrainingTriggerInput | undefined>
): RetrainingTrigger {
  const policy: RetrainingTrigger = { ...RETRAINING_TRIGGER_DEFAULTS };
  for (const layer of layers) {
    if (!layer) continue;
    for (const [key, value] of Object.entries(
      retrainingTriggerSchema.parse(layer),
    )) {
      if (value !== undefined) (policy as any)[key] = value;
    }
  }
  return policy;
}

/** What the decision to retrain looks at. */
export interface RetrainingTriggerState {
  /** Statuses of the model's judged checks, newest first (checks that waited for data left out). */
  recentStatuses: DriftStatus[];
  /** When the model's last run started (ISO), null if never. */
  lastRunStartedAt: string | null;
  /** Runs of the model's pipeline queued or running now. */
  runsInFlight: number;
  now: string;
}

/** Whether to start a run now, and why (or why not, and from when it could). */
export type RetrainingTriggerDecision =
  | { trigger: true; reason: string }
  | { trigger: false; reason: string; notBefore?: string };

function inAllowedHours(hour: number, hours: { from: number; to: number }) {
  const to = hours.to % 24;
  return hours.from < to
    ? hour >= hours.from && hour < to
    : hour >= hours.from || hour < to;
}

/**
 * Decides whether drift should start a retraining run now. Pure: the database still
 * decides which replica starts it (one claim per drift episode).
 */
export function retrainingTriggerDecision(
  policyInput: RetrainingTriggerInput,
  state: RetrainingTriggerState,
): RetrainingTriggerDecision {
  const policy = resolveRetrainingTrigger(policyInput);
  if (!policy.enabled) {
    return {
      trigger: false,
      reason: 'Retraining on drift is off for this model',
    };
  }
  const counts = (s: DriftStatus) =>
    s === 'drift' || (policy.onWarning && s === 'warning');
  let held = 0;
  while (
    held < state.recentStatuses.length &&
    counts(state.recentStatuses[held])
  ) {
    held++;
  }
  const what = policy.onWarning ? 'drift or warning' : 'drift';
  if (held < policy.consecutiveChecks) {
    return {
      trigger: false,
      reason: `${what} held for ${held} of ${policy.consecutiveChecks} consecutive checks`,
    };
  }
  const now = Date.parse(state.now);
  if (state.lastRunStartedAt) {
    const ready =
      Date.parse(state.lastRunStartedAt) + policy.cooldownMinutes * 60_000;
    if (now < ready) {
      return {
        trigger: false,
        reason: `Cooling down: the last run started ${state.lastRunStartedAt}, ${policy.cooldownMinutes} minutes apart`,
        notBefore: new Date(ready).toISOString(),
      };
    }
  }
  if (state.runsInFlight >= policy.maxConcurrentRuns) {
    return {
      trigger: false,
      reason: `${state.runsInFlight} runs of the pipeline in flight, at most ${policy.maxConcurrentRuns}`,
    };
  }
  if (policy.allowedHours) {
    const hour = new Date(now).getUTCHours();
    if (!inAllowedHours(hour, policy.allowedHours)) {
      const next = new Date(now);
      next.setUTCMinutes(0, 0, 0);
      while (!inAllowedHours(next.getUTCHours(), policy.allowedHours)) {
        next.setUTCHours(next.getUTCHours() + 1);
      }
      return {
        trigger: false,
        reason: `Outside the allowed hours ${policy.allowedHours.from}:00–${policy.allowedHours.to}:00 UTC`,
        notBefore: next.toISOString(),
      };
    }
  }
  return {
    trigger: true,
    reason: `${what} held for ${held} consecutive checks`,
  };
}
