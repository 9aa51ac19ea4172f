import { setOwn } from '../profiles/ownEntries';
import { InputError } from '@backstage/errors';
import type { EqualizedOdds, FairnessResult } from '../api/types';
import type { LabelledCounts } from '../profiles/modelProfile';

/** Adverse impact below four fifths of the most favoured group's rate (EEOC rule). */
const FOUR_FIFTHS = 0.8;

/** Production logs lose fields: such rows are left out and counted, not refused. */
function isMissing(value: unknown): value is null | undefined {
  return value === null || value === undefined || Number.isNaN(value);
}

function isPositive(
  value: unknown,
  index: number,
  what: 'predictions' | 'labels' = 'predictions',
): boolean {
  if (value === 1 || value === true) return true;
  if (value === 0 || value === false) return false;
  throw new InputError(
    `${what} must be 0/1 or booleans, got ${JSON.stringify(
      value,
    )} at index ${index}`,
  );
}

/**
 * Selection rate per group and the demographic parity difference (max − min rate) and
 * disparate impact ratio (min / max rate, null when no group is ever selected); rows
 * whose group or prediction is missing (null, undefined, NaN) are dropped and counted.
 */
export function fairness(
  groups: ArrayLike<string | number | boolean | null | undefined>,
  predictions: ArrayLike<number | boolean | null | undefined>,
): FairnessResult & { dropped: number } {
  if (groups.length !== predictions.length) {
    throw new InputError(
      `groups (${groups.length}) and predictions (${predictions.length}) must have the same length`,
    );
  }
  const totals = new Map<string, { selected: number; total: number }>();
  let dropped = 0;
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i];
    const prediction = predictions[i];
    if (isMissing(group) || isMissing(prediction)) {
      dropped += 1;
      continue;
    }
    const key = String(group);
    const entry = totals.get(key) ?? { selected: 0, total: 0 };
    entry.total += 1;
    if (isPositive(prediction, i)) entry.selected += 1;
    totals.set(key, entry);
  }
  if (totals.size === 0) {
    throw new InputError(
      `fairness needs at least one record with a group and a prediction (${dropped} dropped as missing)`,
    );
  }
  return { ...fairnessFromCounts(Object.fromEntries(totals)), dropped };
}

/**
 * {@link fairness} from counts per group (records and positive decisions), as a profile
 * keeps them; the array form runs through here.
 */
export function fairnessFromCounts(
  groups: Readonly<Record<string, { selected: number; total: number }>>,
): FairnessResult {
  const entries = Object.entries(groups).filter(([, g]) => g.total > 0);
  if (entries.length === 0)
    throw new InputError('fairness needs at least one record');
  const selectionRates: Record<string, number> = {};
  let max = -Infinity;
  let min = Infinity;
  for (const [key, { selected, total }] of entries) {
    const rate = selected / total;
    setOwn(selectionRates, key, rate);
    max = Math.max(max, rate);
    min = Math.min(min, rate);
  }
  // Nobody selected is 0 / 0: no group is disadvantaged, and no ratio can say by how much.
  const disparateImpactRatio = max === 0 ? null : min / max;
  return {
    selectionRates,
    demographicParityDifference: max - min,
    disparateImpactRatio,
    fourFifthsViolation:
      disparateImpactRatio !== null && disparateImpactRatio < FOUR_FIFTHS,
  };
}

/**
 * Equalized odds from counts per group of labelled records (as a profile keeps them):
 * each group's true-positive rate (predicted positive among the actually positive) and
 * false-positive rate (predicted positive among the actually negative), and the
 * equalized-odds difference, the larger of the two rates' spreads (highest − lowest)
 * across groups, as Fairlearn's `equalized_odds_difference` defines it. A rate is left
 * out for a group without records of its class, a spread where fewer than two groups
 * have the rate; null when neither spread can be taken.
 */
export function equalizedOddsFromCounts(
  groups: Readonly<Record<string, LabelledCounts>>,
): EqualizedOdds | null {
  const truePositiveRates: Record<string, number> = {};
  const falsePositiveRates: Record<string, number> = {};
  for (const [key, c] of Object.entries(groups)) {
    if (c.positive > 0)
      setOwn(truePositiveRates, key, c.truePositive / c.positive);
    if (c.negative > 0)
      setOwn(falsePositiveRates, key, c.falsePositive / c.negative);
  }
  // A spread needs two groups: one group's rate differs from nothing.
  const spread = (rates: Record<string, number>) => {
    const values = Object.values(rates);
    return values.length >= 2
      ? Math.max(...values) - Math.min(...values)
      : null;
  };
  const tpr = spread(truePositiveRates);
  const fpr = spread(falsePositiveRates);
  if (tpr === null && fpr === null) return null;
  return {
    truePositiveRates,
    falsePositiveRates,
    truePositiveRateDifference: tpr,
    falsePositiveRateDifference: fpr,
    difference: Math.max(tpr ?? 0, fpr ?? 0),
  };
}

/**
 * {@link equalizedOddsFromCounts} of binary labels and decisions by group; rows whose
 * group, label or prediction is missing are dropped and counted.
 */
export function equalizedOdds(
  groups: ArrayLike<string | number | boolean | null | undefined>,
  labels: ArrayLike<number | boolean | null | undefined>,
  predictions: ArrayLike<number | boolean | null | undefined>,
): { result: EqualizedOdds | null; dropped: number } {
  if (groups.length !== labels.length || groups.length !== predictions.length) {
    throw new InputError(
      `groups (${groups.length}), labels (${labels.length}) and predictions (${predictions.length}) must have the same length`,
    );
  }
  const counts = new Map<string, LabelledCounts>();
  let dropped = 0;
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i];
    if (isMissing(group) || isMissing(labels[i]) || isMissing(predictions[i])) {
      dropped += 1;
      continue;
    }
    const key = String(group);
    const entry = counts.get(key) ?? {
      positive: 0,
      negative: 0,
      truePositive: 0,
      falsePositive: 0,
    };
    const predicted = isPositive(predictions[i], i);
    if (isPositive(labels[i], i, 'labels')) {
      entry.positive += 1;
      if (predicted) entry.truePositive += 1;
    } else {
      entry.negative += 1;
      if (predicted) entry.falsePositive += 1;
    }
    counts.set(key, entry);
  }
  return {
    result: equalizedOddsFromCounts(Object.fromEntries(counts)),
    dropped,
  };
}
