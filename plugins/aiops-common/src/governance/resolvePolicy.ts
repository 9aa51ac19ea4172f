import { z } from 'zod';
import { DEFAULT_GOVERNANCE_POLICY } from './defaultPolicy';
import {
  GovernancePolicy,
  PolicyCheck,
  policyCheckSchema,
  policyLevelSchema,
} from './policy';
import { GOVERNANCE_RULES } from './rules';

/** Changes to the policy from one source (config, or a policy file), applied in order. */
export interface PolicySource {
  /** Where it comes from, named in errors (e.g. `aiops.governance` or the file's path). */
  name: string;
  /**
   * Checks by id: an id the policy has changes the fields given (`enabled: false` drops
   * the check, `params` merge over the check's); a new id adds a check, all fields given.
   */
  checks?: unknown;
  /** Replaces the levels of the score. */
  levels?: unknown;
}

const overrideSchema = policyCheckSchema
  .partial()
  .extend({ id: policyCheckSchema.shape.id, enabled: z.boolean().optional() })
  .strict();

function describe(source: string, error: z.ZodError) {
  return error.issues
    .map(
      i =>
        `${source}${i.path
          .map(p => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
          .join('')}: ${i.message}`,
    )
    .join('; ');
}

/** The check's params parsed by its rule (defaults filled in), or an error naming the path. */
export function parseCheckParams(
  check: Pick<PolicyCheck, 'rule' | 'params'>,
  where: string,
): Record<string, unknown> {
  const rule = GOVERNANCE_RULES[check.rule];
  if (!rule) {
    throw new Error(
      `${where}.rule: unknown rule ${JSON.stringify(
        check.rule,
      )} (one of ${Object.keys(GOVERNANCE_RULES).join(', ')})`,
    );
  }
  const parsed = rule.params.safeParse(check.params ?? {});
  if (!parsed.success)
    throw new Error(describe(`${where}.params`, parsed.error));
  return parsed.data as Record<string, unknown>;
}

/**
 * The governance policy: the default checks changed and extended by each source in
 * order. Throws an error naming the source and field path of anything invalid, so a bad
 * policy stops the backend at startup rather than judging models wrongly.
 */
export function resolveGovernancePolicy(
  sources: PolicySource[] = [],
): GovernancePolicy {
  const checks = new Map<string, PolicyCheck>(
    DEFAULT_GOVERNANCE_POLICY.checks.map(c => [
      c.id,
      policyCheckSchema.parse(c),
    ]),
  );
  let levels = DEFAULT_GOVERNANCE_POLICY.levels;
  for (const source of sources) {
    if (source.checks !== undefined) {
      const list = z.array(z.unknown()).safeParse(source.checks);
      if (!list.success) {
        throw new Error(`${source.name}.checks: expected a list of checks`);
      }
      list.data.forEach((raw, index) => {
        const where = `${source.name}.checks[${index}]`;
        const override = overrideSchema.safeParse(raw);
        if (!override.success) throw new Error(describe(where, override.error));
        const { enabled, ...fields } = override.data;
        const existing = checks.get(fields.id);
        if (enabled === false) {
          checks.delete(fields.id);
          return;
        }
        const merged = existing
          ? {
              ...existing,
              ...fields,
              params: { ...existing.params, ...fields.params },
            }
          : fields;
        const check = policyCheckSchema.safeParse(merged);
        if (!check.success) throw new Error(describe(where, check.error));
        checks.set(check.data.id, check.data);
      });
    }
    if (source.levels !== undefined) {
      const parsed = z.array(policyLevelSchema).min(1).safeParse(source.levels);
      if (!parsed.success) {
        throw new Error(describe(`${source.name}.levels`, parsed.error));
      }
      levels = parsed.data;
    }
  }
  const resolved = [...checks.values()].map(check => ({
    ...check,
    params: parseCheckParams(check, `check ${check.id}`),
  }));
  return {
    checks: resolved,
    levels: [...levels].sort((a, b) => b.minScore - a.minScore),
  };
}
