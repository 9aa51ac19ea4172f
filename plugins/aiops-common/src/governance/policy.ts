import { z } from 'zod';
import { MODEL_TYPES, RISK_TIERS } from '../entities/MLModel';
import type {
  Approval,
  GateEvidence,
  GovernanceResult,
  Waiver,
} from '../api/types';
import type { DriftStatus } from '../entities/constants';
import type { MLModelEntity } from '../entities/MLModel';

/** How much a failing check matters: a critical failure makes the model non-compliant. */
export const GOVERNANCE_SEVERITIES = [
  'critical',
  'high',
  'medium',
  'low',
] as const;

const controlsSchema = z
  .object({
    euAiAct: z.array(z.string().min(1)).default([]),
    nistAiRmf: z.array(z.string().min(1)).default([]),
    iso42001: z.array(z.string().min(1)).default([]),
  })
  .strict();

/**
 * The entities a check applies to; every list left out matches all. The backend
 * evaluates `MLModel` entities; a check scoped to other kinds is not applicable to them.
 */
export const appliesToSchema = z
  .object({
    kinds: z
      .array(z.enum(['MLModel', 'MLPipeline']))
      .min(1)
      .optional(),
    types: z.array(z.enum(MODEL_TYPES)).min(1).optional(),
    riskTiers: z.array(z.enum(RISK_TIERS)).min(1).optional(),
    lifecycles: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict();

/** One check of a governance policy, as config or a policy file writes it. */
export const policyCheckSchema = z
  .object({
    id: z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9-]{0,62}$/,
        'lower-case letters, digits and dashes, at most 63',
      ),
    title: z.string().min(1),
    rule: z.string().min(1),
    severity: z.enum(GOVERNANCE_SEVERITIES),
    weight: z.number().min(0),
    blocksGate: z.boolean(),
    waivable: z.boolean().default(true),
    appliesTo: appliesToSchema.default({}),
    remediation: z.string().min(1),
    controls: controlsSchema.default({
      euAiAct: [],
      nistAiRmf: [],
      iso42001: [],
    }),
    params: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

/** A check of the policy, complete. */
export type PolicyCheck = z.infer<typeof policyCheckSchema>;

/** A level a score reaches, e.g. gold from 90. */
export const policyLevelSchema = z
  .object({ name: z.string().min(1), minScore: z.number().min(0).max(100) })
  .strict();

/** A resolved governance policy: its checks and the levels of the score. */
export interface GovernancePolicy {
  checks: PolicyCheck[];
  levels: Array<z.infer<typeof policyLevelSchema>>;
}

/** What the latest recorded gate call holds for the evaluated version. */
export interface VersionEvidence {
  evidence: GateEvidence;
  recordedAt: string;
  commitSha: string | null;
}

/** Everything an evaluation reads: one model, its version's evidence, and its state. */
export interface GovernanceInput {
  entity: MLModelEntity;
  /** The version evaluated; null when none is known. */
  modelVersion: string | null;
  evidence: VersionEvidence | null;
  drift: { status: DriftStatus; since: string | null };
  /** Whether a reference profile is set for the drift checks. */
  referenceSet: boolean;
  /** Inference records in the model's current check window. */
  recentRecords: number;
  /** The model's waivers; those active at `now` count. */
  waivers: Waiver[];
  /** Decisions on the evaluated version, newest first; those valid at `now` count. */
  approvals: Approval[];
  /** When the evaluation happens (ISO), so the same inputs give the same answer. */
  now: string;
}

/** What a rule found for one model. */
export interface RuleOutcome {
  result: Exclude<GovernanceResult, 'waived'>;
  reason: string;
  evidence?: Record<string, unknown>;
}

/** The logic behind checks: its parameters' schema and its evaluation. */
export interface GovernanceRule<P> {
  params: z.ZodType<P>;
  evaluate(input: GovernanceInput, params: P): RuleOutcome;
}
