import type {
  GovernanceCheck,
  GovernanceEvaluation,
  GovernanceResult,
} from '../api/types';
import { normalizeEntityRef } from '../entities/entityRefs';
import {
  GovernanceInput,
  GovernancePolicy,
  PolicyCheck,
  RuleOutcome,
} from './policy';
import { parseCheckParams } from './resolvePolicy';
import { GOVERNANCE_RULES } from './rules';
import { approvalState, waiverState } from './waivers';

/** Annotation prefix of per-model check params: `aiops.dev/governance.<check id>: '<JSON>'`. */
export const GOVERNANCE_PARAMS_ANNOTATION_PREFIX = 'aiops.dev/governance.';

/** How much of a check's weight each result earns; not-applicable checks do not count. */
const CREDIT: Record<Exclude<GovernanceResult, 'not-applicable'>, number> = {
  pass: 1,
  waived: 1,
  warning: 0.5,
  fail: 0,
};

function appliesTo(check: PolicyCheck, input: GovernanceInput): string | null {
  const { kind, spec } = input.entity;
  const { kinds, types, riskTiers, lifecycles } = check.appliesTo;
  if (kinds && !kinds.includes(kind)) return `kinds ${kinds.join(', ')}`;
  if (types && !types.includes(spec.type)) return `types ${types.join(', ')}`;
  if (riskTiers && !riskTiers.includes(spec.riskTier)) {
    return `risk tiers ${riskTiers.join(', ')}`;
  }
  if (lifecycles && !lifecycles.includes(spec.lifecycle)) {
    return `lifecycles ${lifecycles.join(', ')}`;
  }
  return null;
}

/**
 * The check's params for this model: the entity's `aiops.dev/governance.<id>` annotation
 * (a JSON object) over the policy's (config over the defaults).
 */
function paramsFor(check: PolicyCheck, input: GovernanceInput) {
  const key = `${GOVERNANCE_PARAMS_ANNOTATION_PREFIX}${check.id}`;
  const raw = input.entity.metadata.annotations?.[key];
  if (raw === undefined) return check.params;
  let own: unknown;
  try {
    own = JSON.parse(raw);
  } catch {
    throw new Error(`annotation ${key} is not JSON`);
  }
  if (!own || typeof own !== 'object' || Array.isArray(own)) {
    throw new Error(`annotation ${key} is not a JSON object`);
  }
  return parseCheckParams(
    { rule: check.rule, params: { ...check.params, ...own } },
    `annotation ${key}`,
  );
}

function outcomeOf(check: PolicyCheck, input: GovernanceInput): RuleOutcome {
  const scope = appliesTo(check, input);
  if (scope) {
    return { result: 'not-applicable', reason: `Applies to ${scope} only` };
  }
  try {
    return GOVERNANCE_RULES[check.rule].evaluate(
      input,
      paramsFor(check, input),
    );
  } catch (error) {
    return {
      result: 'fail',
      reason: `Could not be evaluated: ${
        error instanceof Error ? error.message : String(error)
      }`,
    };
  }
}

function evaluateCheck(
  check: PolicyCheck,
  input: GovernanceInput,
): GovernanceCheck {
  const outcome = outcomeOf(check, input);
  const waiver =
    check.waivable &&
    (outcome.result === 'fail' || outcome.result === 'warning')
      ? input.waivers.find(
          w => w.checkId === check.id && waiverState(w, input.now) === 'active',
        )
      : undefined;
  return {
    id: check.id,
    title: check.title,
    severity: check.severity,
    weight: check.weight,
    blocksGate: check.blocksGate,
    result: waiver ? 'waived' : outcome.result,
    reason: waiver
      ? `${outcome.reason} — waived until ${waiver.expiresAt}: ${waiver.reason}`
      : outcome.reason,
    remediation: check.remediation,
    controls: check.controls,
    evidence: outcome.evidence ?? {},
    waiver: waiver ?? null,
  };
}

/**
 * Evaluates one model against the policy, with no I/O: the same inputs give the same
 * answer in CI tools and the backend. Each check is pass, fail, warning, not-applicable
 * (outside its `appliesTo`) or waived (a failure an active waiver covers, where the check
 * is waivable). The score is the weighted share of credit (pass and waived 1, warning ½,
 * fail 0) over the applicable checks; the level is the highest whose minimum it reaches.
 * Status: non-compliant when a critical check fails, at-risk when any other fails or
 * warns, compliant otherwise.
 */
export function evaluateGovernance(
  policy: GovernancePolicy,
  input: GovernanceInput,
): GovernanceEvaluation {
  // Only what is in force at `now` counts, whatever the caller passed.
  const inForce = {
    ...input,
    approvals: input.approvals.filter(
      a => approvalState(a, input.now) === 'valid',
    ),
  };
  const checks = policy.checks.map(check => evaluateCheck(check, inForce));
  let weight = 0;
  let credit = 0;
  for (const check of checks) {
    if (check.result === 'not-applicable') continue;
    weight += check.weight;
    credit += check.weight * CREDIT[check.result];
  }
  const score = weight === 0 ? 100 : Math.round((1000 * credit) / weight) / 10;
  const failing = checks.filter(c => c.result === 'fail');
  let status: GovernanceEvaluation['status'] = 'compliant';
  if (failing.some(c => c.severity === 'critical')) status = 'non-compliant';
  else if (failing.length || checks.some(c => c.result === 'warning')) {
    status = 'at-risk';
  }
  return {
    entityRef: normalizeEntityRef(input.entity),
    modelVersion: input.modelVersion,
    status,
    score,
    level: policy.levels.find(l => score >= l.minScore)?.name ?? 'none',
    checks,
    evaluatedAt: input.now,
  };
}

/** The gate's decision on an evaluation: fail when a check that blocks the gate fails. */
export function gateDecisionOf(
  evaluation: GovernanceEvaluation,
): 'pass' | 'fail' {
  return evaluation.checks.some(c => c.blocksGate && c.result === 'fail')
    ? 'fail'
    : 'pass';
}
