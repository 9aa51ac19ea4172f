import {
  DriftEvaluation,
  BiasCheckResult,
  driftSeverity,
  FairnessResult,
  CostCheckResult,
  CostFigures,
  LatencyCheckResult,
  LatencyQuantiles,
  LlmCheckResult,
  ServingCheckResult,
  GroupCounts,
  LabelledCounts,
  ModelProfile,
  OTHER_GROUP,
  detectCategoricalDriftFromCounts,
  equalizedOddsFromCounts,
  fairnessFromCounts,
  formatUsd,
  sketchQuantile,
  ownValue,
} from '@unified-aiops/plugin-aiops-common';
import { ModelInfo } from '../models/ModelDirectory';

/** Quality and service sections of a check, and what they found wrong. */
export interface ServiceEvaluation {
  llm: LlmCheckResult | null;
  bias: BiasCheckResult | null;
  latency: LatencyCheckResult | null;
  cost: CostCheckResult | null;
  /** What Prometheus reported (evaluateServing); absent when the runner reads none. */
  serving?: ServingCheckResult | null;
  /** One sentence per regression or breach; any makes the check at least a warning. */
  issues: string[];
}

/** Outcome of one check with its service sections, before hysteresis. */
export type CheckEvaluation = DriftEvaluation &
  Omit<ServiceEvaluation, 'issues'>;

const SIGNIFICANCE = 0.05;
/** A p95 rise beyond 20% is well past the sketch's 2% accuracy and ordinary jitter. */
export const LATENCY_REGRESSION_RATIO = 1.2;
/** The default of aiops.checks.costRegressionRatio. */
export const COST_REGRESSION_RATIO = 1.2;
/** Groups with fewer records are left out of the bias measures (their rates are noise). */
export const MIN_GROUP_RECORDS = 30;
const FOUR_FIFTHS = 0.8;

function rateOf(profile: ModelProfile) {
  const { judged, hallucinations } = profile.llm;
  return { judged, hallucinations, rate: judged ? hallucinations / judged : 0 };
}

function checkLlm(
  reference: ModelProfile,
  current: ModelProfile,
  model: ModelInfo,
): (LlmCheckResult & { z: number }) | null {
  if (!model.hallucinationCheck) return null;
  if (reference.llm.judged === 0 || current.llm.judged === 0) return null;
  const tally = (p: ModelProfile) => ({
    hallucination: p.llm.hallucinations,
    faithful: p.llm.judged - p.llm.hallucinations,
  });
  const { pValue, statistic } = detectCategoricalDriftFromCounts(
    tally(reference),
    tally(current),
    { test: 'z' },
  );
  const ref = rateOf(reference);
  const cur = rateOf(current);
  const minIncrease = model.hallucinationRateIncrease ?? 0;
  return {
    reference: ref,
    current: cur,
    pValue: pValue!,
    minIncrease,
    regression: pValue! < SIGNIFICANCE && cur.rate - ref.rate > minIncrease,
    z: Math.abs(statistic),
  };
}

/** A p-value as a person reads it: p = 0.032, p < 1e-9. */
export function formatP(p: number): string {
  return p < 1e-9 ? 'p < 1e-9' : `p = ${p.toPrecision(2)}`;
}

const points = (x: number) => `${(x * 100).toFixed(1)} points`;

function groupFairness(
  groups: Record<string, GroupCounts> | undefined,
): FairnessResult | null {
  const kept = Object.entries(groups ?? {}).filter(
    ([value, c]) => value !== OTHER_GROUP && c.count >= MIN_GROUP_RECORDS,
  );
  if (kept.length < 2) return null;
  // Equalized odds needs ground truth: a group's true-positive rate counts once it has
  // MIN_GROUP_RECORDS actual positives, its false-positive rate as many actual negatives.
  const labelled = kept.flatMap(
    ([value, c]): Array<[string, LabelledCounts]> => {
      const l = c.labelled;
      const positives = l !== undefined && l.positive >= MIN_GROUP_RECORDS;
      const negatives = l !== undefined && l.negative >= MIN_GROUP_RECORDS;
      if (!positives && !negatives) return [];
      return [
        [
          value,
          {
            positive: positives ? l!.positive : 0,
            truePositive: positives ? l!.truePositive : 0,
            negative: negatives ? l!.negative : 0,
            falsePositive: negatives ? l!.falsePositive : 0,
          },
        ],
      ];
    },
  );
  return {
    ...fairnessFromCounts(
      Object.fromEntries(
        kept.map(([value, c]) => [
          value,
          { selected: c.positive, total: c.count },
        ]),
      ),
    ),
    equalizedOdds:
      labelled.length < 2
        ? null
        : equalizedOddsFromCounts(Object.fromEntries(labelled)),
  };
}

function checkBias(
  reference: ModelProfile | null,
  current: ModelProfile,
  model: ModelInfo,
): BiasCheckResult | null {
  if (!model.bias) return null;
  const { groupField } = model.bias;
  const groups = ownValue(current.groups, groupField);
  if (!groups || Object.keys(groups).length === 0) return null;
  const now = groupFairness(groups);
  const before = reference
    ? groupFairness(ownValue(reference.groups, groupField))
    : null;
  const minDisparateImpact = model.bias.minDisparateImpact ?? FOUR_FIFTHS;
  const maxParityDifference = model.bias.maxParityDifference ?? null;
  const maxEqualizedOddsDifference =
    model.bias.maxEqualizedOddsDifference ?? null;
  if (!now) {
    const small = Object.entries(groups)
      .filter(([value]) => value !== OTHER_GROUP)
      .filter(([, c]) => c.count < MIN_GROUP_RECORDS)
      .map(([value, c]) => `${value} ${c.count}`);
    return {
      groupField,
      reference: before,
      current: null,
      minDisparateImpact,
      maxParityDifference,
      maxEqualizedOddsDifference,
      minGroupRecords: MIN_GROUP_RECORDS,
      insufficientData: `insufficient data: fewer than two ${groupField} groups have ${MIN_GROUP_RECORDS} records${
        small.length ? ` (${small.join(', ')})` : ''
      }`,
      regression: false,
    };
  }
  const oddsBeyond = (f: FairnessResult) =>
    maxEqualizedOddsDifference !== null &&
    f.equalizedOdds !== null &&
    f.equalizedOdds !== undefined &&
    f.equalizedOdds.difference > maxEqualizedOddsDifference;
  // A null ratio (nobody selected in any group) is no evidence of disparate impact.
  const violates = (f: FairnessResult) =>
    (f.disparateImpactRatio !== null &&
      f.disparateImpactRatio < minDisparateImpact) ||
    (maxParityDifference !== null &&
      f.demographicParityDifference > maxParityDifference) ||
    oddsBeyond(f);
  const worse = (a: FairnessResult, b: FairnessResult) =>
    (a.disparateImpactRatio !== null &&
      b.disparateImpactRatio !== null &&
      a.disparateImpactRatio < b.disparateImpactRatio) ||
    (oddsBeyond(a) &&
      (!b.equalizedOdds ||
        a.equalizedOdds!.difference > b.equalizedOdds.difference));
  return {
    groupField,
    reference: before,
    current: now,
    minDisparateImpact,
    maxParityDifference,
    maxEqualizedOddsDifference,
    minGroupRecords: MIN_GROUP_RECORDS,
    insufficientData: null,
    // A shift: a violation now that the reference did not have, or a worse one.
    regression:
      violates(now) && (!before || !violates(before) || worse(now, before)),
  };
}

function quantiles(profile: ModelProfile): LatencyQuantiles | null {
  const { sketch } = profile.latencyMs;
  if (sketch.count === 0) return null;
  return {
    p50: sketchQuantile(sketch, 0.5)!,
    p95: sketchQuantile(sketch, 0.95)!,
    p99: sketchQuantile(sketch, 0.99)!,
  };
}

function checkLatency(
  reference: ModelProfile | null,
  current: ModelProfile,
  model: ModelInfo,
): LatencyCheckResult | null {
  const now = quantiles(current);
  if (!now) return null;
  const before = reference ? quantiles(reference) : null;
  const sloMs = model.latencySloMs ?? null;
  return {
    reference: before,
    current: now,
    sloMs,
    sloBreach: sloMs !== null && now.p95 > sloMs,
    regression:
      before !== null && now.p95 > before.p95 * LATENCY_REGRESSION_RATIO,
  };
}

/** A profile's cost: per 1,000 requests that carry one, and tokens per request. */
export function costFigures(profile: ModelProfile): CostFigures {
  const { count, sum } = profile.costUsd;
  const tokens = profile.llm.promptTokens + profile.llm.completionTokens;
  return {
    records: profile.records,
    costed: count,
    totalUsd: sum,
    perThousandUsd: count ? (sum / count) * 1000 : null,
    tokensPerRequest:
      tokens && profile.records ? tokens / profile.records : null,
  };
}

function checkCost(
  reference: ModelProfile | null,
  current: ModelProfile,
  maxIncreaseRatio: number,
): CostCheckResult | null {
  const now = costFigures(current);
  if (now.perThousandUsd === null) return null;
  const before = reference ? costFigures(reference) : null;
  const was = before?.perThousandUsd;
  return {
    reference: before,
    current: now,
    maxIncreaseRatio,
    regression:
      was !== null &&
      was !== undefined &&
      was > 0 &&
      now.perThousandUsd > was * maxIncreaseRatio,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const ms = (x: number) => `${Math.round(x)} ms`;

/**
 * What a bias regression found, as a person reads it: each measure past its bound, beside
 * the reference's value, and the groups that make it, e.g. "bias on customer_segment:
 * disparate impact 0.95 → 0.62 < 0.80 (newcomer 0.31 against consumer 0.50);
 * equalized odds difference 0.03 → 0.21 > 0.15 (true-positive rates consumer 0.92,
 * smallbiz 0.71)". Measures within their bounds, or not judged (a bound of 0, none set),
 * are left out: the sentence says why the check warns.
 */
export function biasSentence(bias: BiasCheckResult): string {
  const now = bias.current!;
  const before = bias.reference;
  // The reference's value before an arrow, where it differs from now's as printed.
  const was = (value: number | null | undefined, shown: number) =>
    value === null ||
    value === undefined ||
    value.toFixed(2) === shown.toFixed(2)
      ? ''
      : `${value.toFixed(2)} → `;
  const extremes = (rates: Record<string, number>) => {
    const sorted = Object.entries(rates).sort((a, b) => a[1] - b[1]);
    const [low, high] = [sorted[0], sorted[sorted.length - 1]];
    return `${low[0]} ${low[1].toFixed(2)} against ${high[0]} ${high[1].toFixed(
      2,
    )}`;
  };
  const parts: string[] = [];
  const ratio = now.disparateImpactRatio;
  if (ratio !== null && ratio < bias.minDisparateImpact) {
    parts.push(
      `disparate impact ${was(
        before?.disparateImpactRatio,
        ratio,
      )}${ratio.toFixed(2)} < ${bias.minDisparateImpact.toFixed(
        2,
      )} (selection rates ${extremes(now.selectionRates)})`,
    );
  }
  const parity = now.demographicParityDifference;
  const maxParity = bias.maxParityDifference;
  if (maxParity !== null && parity > maxParity) {
    parts.push(
      `parity difference ${was(
        before?.demographicParityDifference,
        parity,
      )}${parity.toFixed(2)} > ${maxParity.toFixed(
        2,
      )} (selection rates ${extremes(now.selectionRates)})`,
    );
  }
  const odds = now.equalizedOdds;
  const maxOdds = bias.maxEqualizedOddsDifference ?? null;
  if (odds && maxOdds !== null && odds.difference > maxOdds) {
    // The rate that spreads more is the one that tells where the odds differ.
    const byTrue =
      (odds.truePositiveRateDifference ?? 0) >=
      (odds.falsePositiveRateDifference ?? 0);
    const byGroup = Object.entries(
      byTrue ? odds.truePositiveRates : odds.falsePositiveRates,
    )
      .map(([group, rate]) => `${group} ${rate.toFixed(2)}`)
      .join(', ');
    parts.push(
      `equalized odds difference ${was(
        before?.equalizedOdds?.difference,
        odds.difference,
      )}${odds.difference.toFixed(2)} > ${maxOdds.toFixed(2)} (${
        byTrue ? 'true' : 'false'
      }-positive rates ${byGroup})`,
    );
  }
  return `bias on ${bias.groupField}: ${parts.join('; ')}`;
}

/**
 * The LLM and service checks of a window against the reference: hallucination-rate shift
 * (drift when p < 0.05 and the rate rose by more than the configured increase), bias
 * shift on the configured group attribute (disparate impact below the bound — four fifths
 * by default — or parity difference above it, where the reference was fine or better),
 * latency (p95 above the SLO, or above 1.2× the reference p95), and cost (per 1,000
 * requests above `costRegressionRatio` times the reference's). Sections whose signals are
 * missing are null.
 */
export function evaluateService(options: {
  reference: ModelProfile | null;
  current: ModelProfile;
  model: ModelInfo;
  /** aiops.checks.costRegressionRatio. */
  costRegressionRatio?: number;
}): ServiceEvaluation {
  const { reference, current, model } = options;
  const judged = reference ? checkLlm(reference, current, model) : null;
  const { z, ...llm } = judged ?? { z: 0 };
  const bias = checkBias(reference, current, model);
  const latency = checkLatency(reference, current, model);
  const cost = checkCost(
    reference,
    current,
    options.costRegressionRatio ?? COST_REGRESSION_RATIO,
  );
  const issues: string[] = [];
  if (judged?.regression) {
    const rise = judged.current.rate - judged.reference.rate;
    issues.push(
      `hallucination rate ${pct(judged.reference.rate)} → ${pct(
        judged.current.rate,
      )} (z = ${z.toFixed(1)}, ${formatP(judged.pValue)}), +${points(
        rise,
      )}, more than the ${points(judged.minIncrease)} allowed`,
    );
  }
  if (bias?.regression && bias.current) issues.push(biasSentence(bias));
  if (latency?.sloBreach) {
    issues.push(
      `p95 latency ${ms(latency.current.p95)} above the SLO of ${ms(
        latency.sloMs!,
      )}`,
    );
  }
  if (latency?.regression) {
    issues.push(
      `p95 latency rose from ${ms(latency.reference!.p95)} to ${ms(
        latency.current.p95,
      )} (×${(latency.current.p95 / latency.reference!.p95).toFixed(
        2,
      )}, above ×${LATENCY_REGRESSION_RATIO})`,
    );
  }
  if (cost?.regression) {
    const was = cost.reference!.perThousandUsd!;
    const now = cost.current.perThousandUsd!;
    issues.push(
      `cost per 1,000 requests rose from ${formatUsd(was)} to ${formatUsd(
        now,
      )} (×${(now / was).toFixed(2)}, above ×${cost.maxIncreaseRatio})`,
    );
  }
  return {
    llm: judged ? (llm as LlmCheckResult) : null,
    bias,
    latency,
    cost,
    issues,
  };
}

/**
 * The check's tier with the service sections folded in: any quality regression or SLO
 * breach makes it at least `warning` (drift stays drift); with no drift evidence either
 * way (no-data) but a reference and passing service checks, it is `ok`.
 */
export function withServiceChecks(
  drift: DriftEvaluation,
  service: ServiceEvaluation,
): CheckEvaluation {
  const { issues, ...sections } = service;
  const tested = Boolean(
    sections.llm || sections.bias || sections.latency || sections.cost,
  );
  const { serving, ...rest } = sections;
  let { status, reason } = drift;
  if (issues.length) {
    const found = issues.join('; ');
    reason = status === 'no-data' ? found : `${reason}; ${found}`;
    if (driftSeverity(status) < driftSeverity('warning')) status = 'warning';
  } else if (status === 'no-data' && tested && drift.records.reference > 0) {
    status = 'ok';
    reason = `${reason}; LLM and latency checks passed`;
  }
  return {
    ...drift,
    ...rest,
    ...(serving !== undefined && { serving }),
    status,
    reason,
  };
}
