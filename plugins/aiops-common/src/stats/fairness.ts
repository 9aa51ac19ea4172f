import { setOwn } from '../profiles/ownEntries';
import { InputError } from '@backstage/errors';
import type { FairnessResult } from '../api/types';

/** Adverse impact below four fifths of the most favoured group's rate (EEOC rule). */
const FOUR_FIFTHS = 0.8;

/** Production logs lose fields: such rows are left out and counted, not refused. */
function isMissing(value: unknown): value is null | undefined {
  return value === null || value === undefined || Number.isNaN(value);
}

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
