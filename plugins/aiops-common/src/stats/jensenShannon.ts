import { BinnedShares } from './binnedShares';

function normalized(values: Float64Array): Float64Array {
  let sum = 0;
  for (let k = 0; k < values.length; k++) sum += values[k];
  return values.map(v => v / sum);
}

/** Kullback–Leibler summand x·ln(x/y) as `scipy.special.rel_entr`. */
function relativeEntropy(x: number, y: number): number {
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Infinity;
}

/**
 * Jensen–Shannon distance with natural logarithms over the bins, as
 * `scipy.spatial.distance.jensenshannon` (a distance in [0, √ln 2]).
 */
export function jensenShannonDistance(binned: BinnedShares): number {
  const p = normalized(binned.reference);
  const q = normalized(binned.current);
  let left = 0;
  let right = 0;
  for (let k = 0; k < p.length; k++) {
    const m = (p[k] + q[k]) / 2;
    left += relativeEntropy(p[k], m);
    right += relativeEntropy(q[k], m);
  }
  return Math.sqrt((left + right) / 2);
}
