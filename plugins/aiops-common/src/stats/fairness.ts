import { InputError } from '@backstage/errors';
import type { FairnessResult } from '../api/types';

/** Adverse impact below four fifths of the most favoured group's rate (EEOC rule). */
const FOUR_FIFTHS = 0.8;

function isPositive(prediction: unknown, index: number): boolean {
  if (prediction === 1 || prediction === true) return true;
  if (prediction === 0 || prediction === false) return false;
  throw new InputError(
    `predictions must be 0/1 or booleans, got ${JSON.stringify(
      prediction,
    )} at index ${index}`,
  );
}

/**
 * Selection rate per group and the demographic parity difference (max − min rate) and
 * disparate impact ratio (min / max rate, defined as 1 when no group is ever selected).
 */
export function fairness(
  groups: ArrayLike<string | number | boolean>,
  predictions: ArrayLike<number | boolean>,
): FairnessResult {
  if (groups.length !== predictions.length) {
    throw new InputError(
      `groups (${groups.length}) and predictions (${predictions.length}) must have the same length`,
    );
  }
  if (groups.length === 0)
    throw new InputError('fairness needs at least one record');
  const totals = new Map<string, { selected: number; total: number }>();
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i];
    if (group === null || group === undefined) {
      throw new InputError(`group label missing at index ${i}`);
    }
    const key = String(group);
    const entry = totals.get(key) ?? { selected: 0, total: 0 };
    entry.total += 1;
    if (isPositive(predictions[i], i)) entry.selected += 1;
    totals.set(key, entry);
  }
  return fairnessFromCounts(Object.fromEntries(totals));
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
    selectionRates[key] = rate;
    max = Math.max(max, rate);
    min = Math.min(min, rate);
  }
  const disparateImpactRatio = max === 0 ? 1 : min / max;
  return {
    selectionRates,
    demographicParityDifference: max - min,
    disparateImpactRatio,
    fourFifthsViolation: disparateImpactRatio < FOUR_FIFTHS,
  };
}
