import { z } from 'zod';
import { mcnemarExact } from './mcnemar';
import { pairedBootstrapInterval } from './pairedBootstrap';

const metricName = z.string().min(1).max(100);
const direction = z.enum(['higher', 'lower']);

/**
 * How a challenger must compare with the champion before it may be promoted: the primary
 * metric improves by at least `minImprovement` (δ) or degrades by at most
 * `maxDegradation` (ε, default 0: not worse); no guardrail regresses beyond its bound;
 * optionally, the improvement is significant on per-example results.
 */
export const validationRulesSchema = z
  .object({
    primary: z
      .object({
        metric: metricName,
        direction: direction.default('higher'),
        minImprovement: z.number().min(0).optional(),
        maxDegradation: z.number().min(0).optional(),
      })
      .strict()
      .refine(
        p => p.minImprovement === undefined || p.maxDegradation === undefined,
        {
          message: 'set minImprovement or maxDegradation, not both',
        },
      ),
    guardrails: z
      .array(
        z
          .object({
            metric: metricName,
            direction: direction,
            /** How far it may move the wrong way (absolute, default 0). */
            maxRegression: z.number().min(0).default(0),
          })
          .strict(),
      )
      .default([]),
    significance: z
      .object({
        /** `mcnemar` on per-example correctness (classifiers), `bootstrap` on per-example scores. */
        method: z.enum(['mcnemar', 'bootstrap']),
        alpha: z.number().gt(0).lt(1).default(0.05),
        resamples: z.number().int().min(100).max(100_000).default(2000),
      })
      .strict()
      .optional(),
  })
  .strict();

/** Validation rules as config or an entity writes them. */
export type ValidationRulesInput = z.input<typeof validationRulesSchema>;
/** Validation rules with their defaults applied. */
export type ValidationRules = z.output<typeof validationRulesSchema>;

/** A model's evaluation on the validation set, as the pipeline reports it. */
export interface ModelEvaluation {
  metrics: Record<string, number>;
  /** Per-example results on the same examples for both models, for the significance rule. */
  examples?: {
    /** Whether the model was right on each example (McNemar). */
    correct?: boolean[];
    /** The model's score on each example (bootstrap), better in the primary metric's direction. */
    scores?: number[];
  };
}

/** One rule of a validation decision, with both values. */
export interface ValidationRuleResult {
  id: string;
  description: string;
  champion: number | null;
  challenger: number | null;
  result: 'pass' | 'fail';
  reason: string;
}

/** Whether the challenger may replace the champion, and why, rule by rule. */
export interface ValidationDecision {
  decision: 'pass' | 'fail';
  rules: ValidationRuleResult[];
}

const fmt = (value: number) => String(Number(value.toPrecision(6)));

/** How much better `challenger` is than `champion` in the metric's direction. */
function gain(dir: 'higher' | 'lower', champion: number, challenger: number) {
  return dir === 'higher' ? challenger - champion : champion - challenger;
}

function metricOf(evaluation: ModelEvaluation | null, metric: string) {
  const value = evaluation?.metrics[metric];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function primaryRule(
  rules: ValidationRules,
  champion: ModelEvaluation | null,
  challenger: ModelEvaluation,
): ValidationRuleResult {
  const {
    metric,
    direction: dir,
    minImprovement,
    maxDegradation,
  } = rules.primary;
  const a = metricOf(champion, metric);
  const b = metricOf(challenger, metric);
  const base = { id: `primary:${metric}`, champion: a, challenger: b };
  const description =
    minImprovement !== undefined
      ? `${metric} improves by at least ${fmt(minImprovement)}`
      : `${metric} degrades by at most ${fmt(maxDegradation ?? 0)}`;
  if (b === null) {
    return {
      ...base,
      description,
      result: 'fail',
      reason: `The challenger reports no ${metric}`,
    };
  }
  if (champion === null) {
    return {
      ...base,
      description,
      result: 'pass',
      reason: `No champion to compare with: the first version of the model`,
    };
  }
  if (a === null) {
    return {
      ...base,
      description,
      result: 'fail',
      reason: `The champion's evaluation has no ${metric} to compare with`,
    };
  }
  const delta = gain(dir, a, b);
  const ok =
    minImprovement !== undefined
      ? delta >= minImprovement
      : delta >= -(maxDegradation ?? 0);
  const moved =
    delta >= 0 ? `improves by ${fmt(delta)}` : `degrades by ${fmt(-delta)}`;
  return {
    ...base,
    description,
    result: ok ? 'pass' : 'fail',
    reason: `${metric} ${fmt(a)} → ${fmt(b)}: ${moved}`,
  };
}

function guardrailRule(
  guardrail: ValidationRules['guardrails'][number],
  champion: ModelEvaluation | null,
  challenger: ModelEvaluation,
): ValidationRuleResult {
  const { metric, direction: dir, maxRegression } = guardrail;
  const a = metricOf(champion, metric);
  const b = metricOf(challenger, metric);
  const description = `${metric} (${dir} is better) regresses by at most ${fmt(
    maxRegression,
  )}`;
  const base = {
    id: `guardrail:${metric}`,
    description,
    champion: a,
    challenger: b,
  };
  if (b === null) {
    return {
      ...base,
      result: 'fail',
      reason: `The challenger reports no ${metric}`,
    };
  }
  if (a === null) {
    return {
      ...base,
      result: 'pass',
      reason: champion
        ? `The champion has no ${metric}: nothing to regress from`
        : 'No champion to compare with',
    };
  }
  const regression = -gain(dir, a, b);
  return {
    ...base,
    result: regression <= maxRegression ? 'pass' : 'fail',
    reason:
      regression > 0
        ? `${metric} ${fmt(a)} → ${fmt(b)}: regresses by ${fmt(regression)}`
        : `${metric} ${fmt(a)} → ${fmt(b)}: no regression`,
  };
}

function significanceRule(
  significance: NonNullable<ValidationRules['significance']>,
  primary: ValidationRules['primary'],
  champion: ModelEvaluation | null,
  challenger: ModelEvaluation,
): ValidationRuleResult {
  const { method, alpha, resamples } = significance;
  const base = { champion: null, challenger: null };
  if (champion === null) {
    return {
      ...base,
      id: `significance:${method}`,
      description: 'the improvement is significant',
      result: 'pass',
      reason: 'No champion to compare with',
    };
  }
  if (method === 'mcnemar') {
    const description = `McNemar's exact test: the challenger is right more often, p < ${alpha}`;
    const a = champion.examples?.correct;
    const b = challenger.examples?.correct;
    if (!a || !b || a.length !== b.length || a.length === 0) {
      return {
        ...base,
        id: 'significance:mcnemar',
        description,
        result: 'fail',
        reason: `Needs per-example correctness of both models on the same examples (champion ${
          a?.length ?? 0
        }, challenger ${b?.length ?? 0})`,
      };
    }
    const test = mcnemarExact(a, b);
    const better = test.challengerOnly > test.championOnly;
    return {
      id: 'significance:mcnemar',
      description,
      champion: test.championOnly,
      challenger: test.challengerOnly,
      result: better && test.pValue < alpha ? 'pass' : 'fail',
      reason: `Only the champion right on ${
        test.championOnly
      }, only the challenger on ${test.challengerOnly}: p = ${fmt(
        test.pValue,
      )}`,
    };
  }
  const confidence = 1 - 2 * alpha;
  const description = `paired bootstrap: the ${fmt(
    confidence * 100,
  )}% interval of the mean gain lies above 0`;
  const a = champion.examples?.scores;
  const b = challenger.examples?.scores;
  if (!a || !b || a.length !== b.length || a.length === 0) {
    return {
      ...base,
      id: 'significance:bootstrap',
      description,
      result: 'fail',
      reason: `Needs per-example scores of both models on the same examples (champion ${
        a?.length ?? 0
      }, challenger ${b?.length ?? 0})`,
    };
  }
  // The gain is challenger − champion when higher is better, champion − challenger when
  // lower is (per-example losses).
  const higher = primary.direction === 'higher';
  const interval = pairedBootstrapInterval(higher ? a : b, higher ? b : a, {
    resamples,
    confidence,
  });
  return {
    ...base,
    id: 'significance:bootstrap',
    description,
    result: interval.low > 0 ? 'pass' : 'fail',
    reason: `Mean gain ${fmt(interval.meanDifference)}, ${fmt(
      confidence * 100,
    )}% interval [${fmt(interval.low)}, ${fmt(interval.high)}]`,
  };
}

/**
 * Judges a challenger against the champion (null for a model's first version) by the
 * rules, listing every rule with both values; it passes only if every rule passes. Pure:
 * the same inputs give the same decision.
 */
export function validateChallenger(
  rulesInput: ValidationRulesInput,
  champion: ModelEvaluation | null,
  challenger: ModelEvaluation,
): ValidationDecision {
  const rules = validationRulesSchema.parse(rulesInput);
  const results = [
    primaryRule(rules, champion, challenger),
    ...rules.guardrails.map(g => guardrailRule(g, champion, challenger)),
  ];
  if (rules.significance) {
    results.push(
      significanceRule(rules.significance, rules.primary, champion, challenger),
    );
  }
  return {
    decision: results.every(r => r.result === 'pass') ? 'pass' : 'fail',
    rules: results,
  };
}
