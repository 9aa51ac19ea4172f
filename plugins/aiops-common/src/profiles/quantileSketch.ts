/**
 * A small DDSketch-like quantile sketch: values fall into logarithmic buckets with fixed
 * edges (gamma^i), so sketches of different windows merge by adding bucket counts and
 * any quantile is known within the relative accuracy `alpha`.
 *
 * Hand-written on purpose: the well-kept JS quantile sketches (e.g. `@datadog/sketches-js`,
 * t-digest ports) serialize to protobuf or not at all, and profiles are stored as JSON
 * in the database and merged there; this one is plain JSON, about 100 lines, and bounded:
 * when a store exceeds `maxBuckets`, its lowest buckets collapse into one (as DDSketch's
 * collapsing-lowest store does), trading accuracy on the smallest magnitudes for size.
 */
export interface QuantileSketch {
  /** Relative accuracy of quantiles. */
  alpha: number;
  /** Most buckets kept per sign. */
  maxBuckets: number;
  /** Count of values whose magnitude is below `MIN_MAGNITUDE`. */
  zero: number;
  /** Bucket index → count, for positive values. */
  pos: Record<string, number>;
  /** Bucket index → count, for the magnitude of negative values. */
  neg: Record<string, number>;
  /** Total count of values. */
  count: number;
}

/** Magnitudes smaller than this count as zero. */
const MIN_MAGNITUDE = 1e-9;

/** Creates an empty sketch. */
export function createQuantileSketch(
  alpha = 0.02,
  maxBuckets = 256,
): QuantileSketch {
  return { alpha, maxBuckets, zero: 0, pos: {}, neg: {}, count: 0 };
}

// Every sketch of a profile shares one alpha: remember its log(gamma) rather than
// taking a second logarithm per added value.
let lastAlpha = NaN;
let lastLogGamma = NaN;

function logGamma(alpha: number) {
  if (alpha !== lastAlpha) {
    lastLogGamma = Math.log((1 + alpha) / (1 - alpha));
    lastAlpha = alpha;
  }
  return lastLogGamma;
}

function bucketValue(alpha: number, index: number) {
  const gamma = (1 + alpha) / (1 - alpha);
  return (2 * Math.pow(gamma, index)) / (gamma + 1);
}

function collapse(store: Record<string, number>, maxBuckets: number) {
  const keys = Object.keys(store)
    .map(Number)
    .sort((a, b) => a - b);
  if (keys.length <= maxBuckets) return;
  const cut = keys.length - maxBuckets;
  const target = keys[cut];
  for (let i = 0; i < cut; i++) {
    store[target] += store[keys[i]];
    delete store[keys[i]];
  }
}

/** Adds `weight` occurrences of a finite value to the sketch, in place. */
export function addToSketch(sketch: QuantileSketch, value: number, weight = 1) {
  if (!Number.isFinite(value)) return;
  sketch.count += weight;
  const magnitude = Math.abs(value);
  if (magnitude < MIN_MAGNITUDE) {
    sketch.zero += weight;
    return;
  }
  const store = value > 0 ? sketch.pos : sketch.neg;
  const index = Math.ceil(Math.log(magnitude) / logGamma(sketch.alpha));
  const existing = store[index];
  if (existing === undefined) {
    store[index] = weight;
    // Collapse lazily with slack so adds stay O(1) on average.
    if (Object.keys(store).length > sketch.maxBuckets * 2) {
      collapse(store, sketch.maxBuckets);
    }
  } else {
    store[index] = existing + weight;
  }
}

/** Merges two sketches of the same accuracy into a new one. */
export function mergeSketches(
  a: QuantileSketch,
  b: QuantileSketch,
): QuantileSketch {
  const merged = createQuantileSketch(a.alpha, a.maxBuckets);
  merged.zero = a.zero + b.zero;
  merged.count = a.count + b.count;
  for (const [target, sources] of [
    [merged.pos, [a.pos, b.pos]],
    [merged.neg, [a.neg, b.neg]],
  ] as const) {
    for (const source of sources) {
      for (const [key, count] of Object.entries(source)) {
        target[key] = (target[key] ?? 0) + count;
      }
    }
    collapse(target, merged.maxBuckets);
  }
  return merged;
}

/** Collapses the sketch to its bound, in place (call before storing). */
export function compactSketch(sketch: QuantileSketch) {
  collapse(sketch.pos, sketch.maxBuckets);
  collapse(sketch.neg, sketch.maxBuckets);
}

/** The sketch's buckets in ascending order of value: representative value and count. */
export function sketchBins(
  sketch: QuantileSketch,
): Array<{ value: number; count: number }> {
  const negative = Object.entries(sketch.neg)
    .map(([k, count]) => ({ index: Number(k), count }))
    .sort((x, y) => y.index - x.index)
    .map(({ index, count }) => ({
      value: -bucketValue(sketch.alpha, index),
      count,
    }));
  const positive = Object.entries(sketch.pos)
    .map(([k, count]) => ({ index: Number(k), count }))
    .sort((x, y) => x.index - y.index)
    .map(({ index, count }) => ({
      value: bucketValue(sketch.alpha, index),
      count,
    }));
  const zero = sketch.zero > 0 ? [{ value: 0, count: sketch.zero }] : [];
  return [...negative, ...zero, ...positive];
}

/**
 * The sketch's buckets in ascending order with their value ranges: a positive bucket i
 * holds (γ^(i−1), γ^i], a negative one the mirror image, zero a point mass at 0.
 */
export function sketchBuckets(
  sketch: QuantileSketch,
): Array<{ lower: number; upper: number; count: number }> {
  const gamma = (1 + sketch.alpha) / (1 - sketch.alpha);
  const side = (store: Record<string, number>) =>
    Object.entries(store)
      .map(([k, count]) => ({ index: Number(k), count }))
      .sort((x, y) => x.index - y.index);
  const negative = side(sketch.neg)
    .reverse()
    .map(({ index, count }) => ({
      lower: -Math.pow(gamma, index),
      upper: -Math.pow(gamma, index - 1),
      count,
    }));
  const positive = side(sketch.pos).map(({ index, count }) => ({
    lower: Math.pow(gamma, index - 1),
    upper: Math.pow(gamma, index),
    count,
  }));
  const zero =
    sketch.zero > 0 ? [{ lower: 0, upper: 0, count: sketch.zero }] : [];
  return [...negative, ...zero, ...positive];
}

/** The q-quantile (0 ≤ q ≤ 1) of the sketched values, or undefined when empty. */
export function sketchQuantile(
  sketch: QuantileSketch,
  q: number,
): number | undefined {
  if (sketch.count === 0) return undefined;
  const rank = Math.min(Math.max(q, 0), 1) * (sketch.count - 1);
  let seen = 0;
  const bins = sketchBins(sketch);
  for (const bin of bins) {
    seen += bin.count;
    if (seen > rank) return bin.value;
  }
  return bins[bins.length - 1].value;
}
