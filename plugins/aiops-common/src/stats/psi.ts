import { BinnedShares } from './binnedShares';

/**
 * Evidently's zero fill: empty bins get 0.0001, or a millionth of the smallest
 * non-empty share when that is already ≤ 0.0001, so the logarithm stays finite.
 */
function fillZeroes(values: Float64Array): Float64Array {
  let smallest = Infinity;
  for (let k = 0; k < values.length; k++) {
    if (values[k] !== 0 && values[k] < smallest) smallest = values[k];
  }
  const fill = smallest <= 0.0001 ? smallest / 1e6 : 0.0001;
  return values.map(v => (v === 0 ? fill : v));
}

/** Population stability index Σ (r − c)·ln(r / c) over the bins. */
export function populationStabilityIndex(binned: BinnedShares): number {
  const r = fillZeroes(binned.reference);
  const c = fillZeroes(binned.current);
  let psi = 0;
  for (let k = 0; k < r.length; k++)
    psi += (r[k] - c[k]) * Math.log(r[k] / c[k]);
  return psi;
}
