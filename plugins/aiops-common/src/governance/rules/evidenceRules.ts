import { ownValue } from '../../profiles/ownEntries';
import { z } from 'zod';
import { fairnessFromCounts } from '../../stats/fairness';
import { modelCardCoverage, readModelCard } from '../modelCard';
import { GovernanceInput, GovernanceRule, RuleOutcome } from '../policy';

const DAY_MS = 86_400_000;

function noEvidence(input: GovernanceInput, what: string): RuleOutcome {
  return {
    result: 'fail',
    reason: input.modelVersion
      ? `No ${what} for version ${input.modelVersion}: post it with the gate call`
      : `No ${what}: no version of the model is known yet (post evidence with the gate call)`,
  };
}

/** The sections a complete model card has, each with the headings that count for it. */
const DEFAULT_SECTIONS: Record<string, string[]> = {
  intendedUse: [
    'intended use',
    'intended uses',
    'uses',
    'direct use',
    'use cases',
  ],
  limitations: [
    'limitations',
    'bias risks and limitations',
    'risks and limitations',
    'out of scope use',
    'caveats and recommendations',
  ],
  trainingData: ['training data', 'training details', 'datasets'],
  evaluation: [
    'evaluation',
    'evaluation results',
    'results',
    'quantitative analyses',
  ],
  ethicalConsiderations: [
    'ethical considerations',
    'ethics',
    'bias risks and limitations',
  ],
};

/** The model card in the version's evidence, with every required section written. */
export const modelCard: GovernanceRule<{ sections: Record<string, string[]> }> =
  {
    params: z
      .object({
        sections: z
          .record(z.string().min(1), z.array(z.string().min(1)).min(1))
          .default(DEFAULT_SECTIONS),
      })
      .strict(),
    evaluate(input, { sections }) {
      const markdown = input.evidence?.evidence.modelCard;
      if (!markdown) return noEvidence(input, 'model card');
      const { present, missing } = modelCardCoverage(
        readModelCard(markdown),
        sections,
      );
      return missing.length
        ? {
            result: 'fail',
            reason: `The model card lacks ${missing.join(', ')}`,
            evidence: { present, missing },
          }
        : {
            result: 'pass',
            reason: `The model card covers ${present.join(', ')}`,
            evidence: { present, missing },
          };
    },
  };

const metricBounds = z.record(z.string().min(1), z.number());

/**
 * Evaluation evidence for the version: present, no older than `maxAgeDays`, and every
 * metric with a bound within it (a bounded metric missing from the evidence fails).
 */
export const evaluationEvidence: GovernanceRule<{
  maxAgeDays: number;
  minMetrics: Record<string, number>;
  maxMetrics: Record<string, number>;
}> = {
  params: z
    .object({
      maxAgeDays: z.number().positive().default(90),
      minMetrics: metricBounds.default({}),
      maxMetrics: metricBounds.default({}),
    })
    .strict(),
  evaluate(input, params) {
    const metrics = input.evidence?.evidence.metrics ?? {};
    if (!input.evidence || Object.keys(metrics).length === 0) {
      return noEvidence(input, 'evaluation metrics');
    }
    const ageDays =
      (Date.parse(input.now) - Date.parse(input.evidence.recordedAt)) / DAY_MS;
    const problems: string[] = [];
    if (ageDays > params.maxAgeDays) {
      problems.push(
        `recorded ${Math.floor(ageDays)} days ago, more than ${
          params.maxAgeDays
        }`,
      );
    }
    const bound = (
      bounds: Record<string, number>,
      breaks: (value: number, limit: number) => boolean,
      words: string,
    ) => {
      for (const [name, limit] of Object.entries(bounds)) {
        const value = ownValue(metrics, name);
        if (value === undefined) problems.push(`${name} is not reported`);
        else if (breaks(value, limit))
          problems.push(`${name} ${value} ${words} ${limit}`);
      }
    };
    bound(params.minMetrics, (v, l) => v < l, 'below the minimum');
    bound(params.maxMetrics, (v, l) => v > l, 'above the maximum');
    const evidence = {
      metrics,
      recordedAt: input.evidence.recordedAt,
      commitSha: input.evidence.commitSha,
      minMetrics: params.minMetrics,
      maxMetrics: params.maxMetrics,
    };
    return problems.length
      ? {
          result: 'fail',
          reason: `Evaluation: ${problems.join('; ')}`,
          evidence,
        }
      : {
          result: 'pass',
          reason: `${Object.keys(metrics).length} metrics for version ${
            input.modelVersion
          }, within their bounds`,
          evidence,
        };
  },
};

/**
 * A bias evaluation for the version: selection rates per group of each attribute, with a
 * disparate impact ratio (lowest over highest rate) of at least `minDisparateImpact`,
 * 0.8 by the four-fifths rule. A ratio undefined for lack of any selection is a warning.
 */
export const biasEvaluation: GovernanceRule<{ minDisparateImpact: number }> = {
  params: z
    .object({ minDisparateImpact: z.number().min(0).max(1).default(0.8) })
    .strict(),
  evaluate(input, { minDisparateImpact }) {
    const bias = input.evidence?.evidence.bias ?? {};
    const attributes = Object.entries(bias);
    if (!input.evidence || attributes.length === 0) {
      return noEvidence(input, 'bias evaluation');
    }
    const ratios = Object.fromEntries(
      attributes.map(([attribute, rates]) => [
        attribute,
        fairnessFromCounts(
          Object.fromEntries(
            Object.entries(rates).map(([group, rate]) => [
              group,
              { selected: rate, total: 1 },
            ]),
          ),
        ).disparateImpactRatio,
      ]),
    );
    const below = Object.entries(ratios).filter(
      ([, r]) => r !== null && r < minDisparateImpact,
    );
    const undefinedRatios = Object.entries(ratios).filter(
      ([, r]) => r === null,
    );
    const evidence = { disparateImpact: ratios, minDisparateImpact };
    const list = (entries: Array<[string, number | null]>) =>
      entries
        .map(([a, r]) => `${a} ${r === null ? 'n/a' : r.toFixed(2)}`)
        .join(', ');
    if (below.length) {
      return {
        result: 'fail',
        reason: `Disparate impact below ${minDisparateImpact}: ${list(below)}`,
        evidence,
      };
    }
    if (undefinedRatios.length) {
      return {
        result: 'warning',
        reason: `No group is selected at all for ${undefinedRatios
          .map(([a]) => a)
          .join(', ')}: disparate impact undefined`,
        evidence,
      };
    }
    return {
      result: 'pass',
      reason: `Disparate impact at least ${minDisparateImpact}: ${list(
        Object.entries(ratios),
      )}`,
      evidence,
    };
  },
};

/** One metric of the version's evidence within bounds, e.g. a latency p95 under a limit. */
export const evidenceMetric: GovernanceRule<{
  metric: string;
  min?: number;
  max?: number;
}> = {
  params: z
    .object({
      metric: z.string().min(1),
      min: z.number().optional(),
      max: z.number().optional(),
    })
    .strict()
    .refine(p => p.min !== undefined || p.max !== undefined, {
      message: 'needs min or max',
    }),
  evaluate(input, { metric, min, max }) {
    const value = ownValue(input.evidence?.evidence.metrics, metric);
    if (value === undefined) return noEvidence(input, `metric ${metric}`);
    const broken =
      (min !== undefined && value < min) || (max !== undefined && value > max);
    const range = [
      min !== undefined ? `≥ ${min}` : undefined,
      max !== undefined ? `≤ ${max}` : undefined,
    ]
      .filter(Boolean)
      .join(' and ');
    return {
      result: broken ? 'fail' : 'pass',
      reason: `${metric} ${value} ${broken ? 'is not' : 'is'} ${range}`,
      evidence: { [metric]: value, min, max },
    };
  },
};
