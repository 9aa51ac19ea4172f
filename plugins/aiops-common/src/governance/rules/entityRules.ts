import { ownValue } from '../../profiles/ownEntries';
import { z } from 'zod';
import { RISK_TIERS } from '../../entities/MLModel';
import { RUNBOOK_URL_ANNOTATION } from '../../entities/constants';
import { GovernanceRule } from '../policy';

const none = z.object({}).strict();

/** TechDocs' annotation: the entity's docs, where its runbooks live. */
const TECHDOCS_REF_ANNOTATION = 'backstage.io/techdocs-ref';

/** Owner and system both set: someone answers for the model, and it is placed in a system. */
export const ownerAndSystem: GovernanceRule<{}> = {
  params: none,
  evaluate({ entity }) {
    const { owner, system } = entity.spec;
    if (system) {
      return {
        result: 'pass',
        reason: `Owned by ${owner}, part of ${system}`,
        evidence: { owner, system },
      };
    }
    return {
      result: 'fail',
      reason: `Owned by ${owner}, but part of no system`,
      evidence: { owner, system: null },
    };
  },
};

/** The risk tier declared and not a forbidden one (EU AI Act Art. 5: unacceptable risk). */
export const riskTier: GovernanceRule<{ forbiddenTiers: string[] }> = {
  params: z
    .object({
      forbiddenTiers: z.array(z.enum(RISK_TIERS)).default(['unacceptable']),
    })
    .strict(),
  evaluate({ entity }, { forbiddenTiers }) {
    const tier = entity.spec.riskTier;
    return forbiddenTiers.includes(tier)
      ? {
          result: 'fail',
          reason: `Risk tier ${tier}: a prohibited practice, it may not be deployed`,
          evidence: { riskTier: tier },
        }
      : {
          result: 'pass',
          reason: `Risk tier ${tier} declared`,
          evidence: { riskTier: tier },
        };
  },
};

/** A runbook: TechDocs (`backstage.io/techdocs-ref`) or a runbook URL annotation. */
export const runbook: GovernanceRule<{}> = {
  params: none,
  evaluate({ entity }) {
    const annotations = entity.metadata.annotations ?? {};
    const found = [TECHDOCS_REF_ANNOTATION, RUNBOOK_URL_ANNOTATION].filter(
      key => annotations[key],
    );
    return found.length
      ? {
          result: 'pass',
          reason: `Runbook at ${annotations[found[0]]}`,
          evidence: Object.fromEntries(found.map(k => [k, annotations[k]])),
        }
      : {
          result: 'fail',
          reason: `Neither ${TECHDOCS_REF_ANNOTATION} nor ${RUNBOOK_URL_ANNOTATION} is set`,
        };
  },
};

/** A retraining pipeline declared (`spec.trainedBy`). */
export const retrainingPipeline: GovernanceRule<{}> = {
  params: none,
  evaluate({ entity }) {
    const { trainedBy } = entity.spec;
    return trainedBy
      ? {
          result: 'pass',
          reason: `Trained by ${trainedBy}`,
          evidence: { trainedBy },
        }
      : { result: 'fail', reason: 'No pipeline declared in spec.trainedBy' };
  },
};

/** Monitoring configured: features declared and a reference profile set. */
export const monitoringConfigured: GovernanceRule<{}> = {
  params: none,
  evaluate({ entity, referenceSet }) {
    const features = entity.spec.monitoring?.features?.length ?? 0;
    const missing = [
      ...(features ? [] : ['no features declared in spec.monitoring.features']),
      ...(referenceSet ? [] : ['no reference profile set']),
    ];
    return {
      result: missing.length ? 'fail' : 'pass',
      reason: missing.length
        ? `Monitoring incomplete: ${missing.join(', ')}`
        : `${features} features monitored against a reference`,
      evidence: { features, referenceSet },
    };
  },
};

/** A latency SLO declared (`spec.monitoring.latencySloMs`). */
export const latencySlo: GovernanceRule<{}> = {
  params: none,
  evaluate({ entity }) {
    const slo = entity.spec.monitoring?.latencySloMs;
    return slo
      ? {
          result: 'pass',
          reason: `Latency SLO ${slo} ms`,
          evidence: { latencySloMs: slo },
        }
      : { result: 'fail', reason: 'No spec.monitoring.latencySloMs' };
  },
};

/** An annotation set, and matching a pattern when one is given. */
export const annotation: GovernanceRule<{
  annotation: string;
  pattern?: string;
}> = {
  params: z
    .object({
      annotation: z.string().min(1),
      pattern: z
        .string()
        .refine(
          p => {
            try {
              return Boolean(new RegExp(p));
            } catch {
              return false;
            }
          },
          { message: 'not a regular expression' },
        )
        .optional(),
    })
    .strict(),
  evaluate({ entity }, params) {
    const value = entity.metadata.annotations?.[params.annotation];
    if (!value) {
      return { result: 'fail', reason: `${params.annotation} is not set` };
    }
    if (params.pattern && !new RegExp(params.pattern).test(value)) {
      return {
        result: 'fail',
        reason: `${params.annotation} is ${JSON.stringify(
          value,
        )}, not matching ${params.pattern}`,
        evidence: { value },
      };
    }
    return {
      result: 'pass',
      reason: `${params.annotation} is ${JSON.stringify(value)}`,
      evidence: { value },
    };
  },
};

/** A field of the spec set, by its dot path (e.g. `registry.modelName`). */
export const specField: GovernanceRule<{ path: string }> = {
  params: z.object({ path: z.string().min(1) }).strict(),
  evaluate({ entity }, { path }) {
    const value = path
      .split('.')
      .reduce<unknown>(
        (node, key) =>
          node && typeof node === 'object'
            ? ownValue(node as Record<string, unknown>, key)
            : undefined,
        entity.spec,
      );
    const set =
      value !== undefined &&
      value !== null &&
      value !== '' &&
      !(Array.isArray(value) && value.length === 0);
    return set
      ? { result: 'pass', reason: `spec.${path} is set`, evidence: { value } }
      : { result: 'fail', reason: `spec.${path} is not set` };
  },
};
