import { BinnedShares, shares, sturgesEdgesOver } from './binnedShares';
import { CategoryCounts } from './categoryCounts';

/**
 * A numerical population known only by a histogram with uneven buckets (a quantile
 * sketch) and exact moments and range, such as a window profile holds. @public
 */
export interface NumericDistribution {
  /** Ascending, non-overlapping buckets; `lower === upper` is a point mass. */
  buckets: ReadonlyArray<{ lower: number; upper: number; count: number }>;
  /** Exact smallest and largest value; buckets are clipped to them. */
  min: number;
  max: number;
  /** Population standard deviation (ddof 0) from the exact moments. */
  std: number;
  /** A lower bound on the number of distinct values (e.g. non-empty buckets). */
  distinct: number;
}

interface Piece {
  lower: number;
  upper: number;
  count: number;
}

/** Buckets clipped to [min, max]; values are taken as spread evenly within a bucket. */
function pieces(distribution: NumericDistribution): Piece[] {
  const { min, max } = distribution;
  const out: Piece[] = [];
  for (const b of distribution.buckets) {
    if (b.count <= 0) continue;
    const lower = Math.min(Math.max(b.lower, min), max);
    const upper = Math.min(Math.max(b.upper, min), max);
    out.push({ lower, upper, count: b.count });
  }
  return out;
}

/**
 * Counts at or below (`inclusive`) or strictly below each of the ascending points `xs`,
 * with a bucket's count spread evenly over it: one walk over both lists.
 */
function cumulativeCounts(
  list: Piece[],
  xs: Float64Array,
  inclusive: boolean,
): Float64Array {
  const out = new Float64Array(xs.length);
  let done = 0; // count of buckets wholly passed
  let k = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    while (
      k < list.length &&
      (list[k].upper < x ||
        (list[k].upper === x && (inclusive || list[k].lower < x)))
    ) {
      done += list[k].count;
      k++;
    }
    let partial = 0;
    const piece = list[k];
    if (piece && piece.lower < x && x < piece.upper) {
      partial = (piece.count * (x - piece.lower)) / (piece.upper - piece.lower);
    }
    out[i] = done + partial;
  }
  return out;
}

function totalOf(list: Piece[]): number {
  let total = 0;
  for (const p of list) total += p.count;
  return total;
}

/** Every bucket edge of both sides, ascending and distinct. */
function breakpoints(a: Piece[], b: Piece[]): Float64Array {
  const xs: number[] = [];
  for (const list of [a, b]) for (const p of list) xs.push(p.lower, p.upper);
  const sorted = Float64Array.from(xs).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i];
  return sorted.slice(0, n);
}

/**
 * ∫|F_a − F_b| dx between the two piecewise-linear CDFs, exactly: between consecutive
 * bucket edges both CDFs are linear, so each stretch is a trapezoid, or two triangles
 * where the CDFs cross.
 */
export function distributionWasserstein(
  a: NumericDistribution,
  b: NumericDistribution,
): number {
  const pa = pieces(a);
  const pb = pieces(b);
  const xs = breakpoints(pa, pb);
  const na = totalOf(pa);
  const nb = totalOf(pb);
  // Right after x_k (point masses at x_k included) and right before x_{k+1}.
  const aAfter = cumulativeCounts(pa, xs, true);
  const bAfter = cumulativeCounts(pb, xs, true);
  const aBefore = cumulativeCounts(pa, xs, false);
  const bBefore = cumulativeCounts(pb, xs, false);
  let total = 0;
  for (let k = 0; k + 1 < xs.length; k++) {
    const d0 = aAfter[k] / na - bAfter[k] / nb;
    const d1 = aBefore[k + 1] / na - bBefore[k + 1] / nb;
    const width = xs[k + 1] - xs[k];
    const m0 = Math.abs(d0);
    const m1 = Math.abs(d1);
    if (d0 * d1 >= 0) total += ((m0 + m1) / 2) * width;
    else total += ((d0 * d0 + d1 * d1) / (2 * (m0 + m1))) * width;
  }
  return total;
}

/** Evidently's normed Wasserstein score from the distributions (reference std floored at 0.001). */
export function distributionNormedWasserstein(
  reference: NumericDistribution,
  current: NumericDistribution,
): number {
  return (
    distributionWasserstein(reference, current) / Math.max(reference.std, 0.001)
  );
}

/**
 * Evidently's binning (`get_binned_data`) of the two populations: Sturges bins over the
 * combined range when the reference has more than 20 distinct values, shares per bin
 * read off the piecewise-linear CDFs with NumPy's edges rule ([e_k, e_{k+1}), the last bin
 * closed). Otherwise `undefined`: the caller bins per value with {@link bucketCounts}.
 */
export function distributionShares(
  reference: NumericDistribution,
  current: NumericDistribution,
): BinnedShares | undefined {
  if (reference.distinct <= 20) return undefined;
  const pr = pieces(reference);
  const pc = pieces(current);
  const nr = totalOf(pr);
  const nc = totalOf(pc);
  const edges = sturgesEdgesOver(
    Math.min(reference.min, current.min),
    Math.max(reference.max, current.max),
    nr + nc,
  );
  const binCounts = (list: Piece[]) => {
    const below = cumulativeCounts(list, edges, false);
    const last = edges.length - 1;
    const atOrBelowEnd = cumulativeCounts(list, edges.subarray(last), true)[0];
    const counts = new Float64Array(last);
    for (let k = 0; k < last; k++) {
      const upper = k === last - 1 ? atOrBelowEnd : below[k + 1];
      counts[k] = upper - below[k];
    }
    return counts;
  };
  return {
    reference: shares(binCounts(pr), nr),
    current: shares(binCounts(pc), nc),
  };
}

/**
 * Counts per bucket of both sides aligned by bucket, for features with few values: each
 * bucket stands for one value (values closer than the sketch's accuracy share one).
 */
export function bucketCounts(
  reference: NumericDistribution,
  current: NumericDistribution,
): CategoryCounts {
  const index = new Map<string, number>();
  const ref: number[] = [];
  const cur: number[] = [];
  const add = (side: number[], other: number[], b: Piece) => {
    const key = `${b.lower}:${b.upper}`;
    let k = index.get(key);
    if (k === undefined) {
      k = index.size;
      index.set(key, k);
      side.push(0);
      other.push(0);
    }
    side[k] += b.count;
  };
  for (const b of reference.buckets) if (b.count > 0) add(ref, cur, b);
  for (const b of current.buckets) if (b.count > 0) add(cur, ref, b);
  return {
    keys: [...index.keys()],
    reference: Float64Array.from(ref),
    current: Float64Array.from(cur),
  };
}
