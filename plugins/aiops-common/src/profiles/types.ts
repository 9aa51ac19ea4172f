/** Bounds that keep a profile's size fixed whatever the traffic. */
export interface ProfileLimits {
  /** Values kept per feature for the exact tests. */
  reservoirSize: number;
  /** Categories kept per feature; the rest count as "other". */
  maxCategories: number;
  /** Features kept per model; values of further features are counted as dropped. */
  maxFeatures: number;
  /** Relative accuracy of the quantile sketches. */
  sketchAlpha: number;
  /** Buckets per sign of a quantile sketch. */
  sketchMaxBuckets: number;
  /** Group attributes kept for bias measures. */
  maxGroupAttributes: number;
  /** Values kept per group attribute; the rest count under `OTHER_GROUP`. */
  maxGroupValues: number;
  /** Judge score names kept. */
  maxJudgeScores: number;
  /** Seed of the reservoirs' draws, so folding is reproducible. */
  seed: number;
}

/** Limits that keep a 20-feature profile around 250 kB. */
export const DEFAULT_PROFILE_LIMITS: ProfileLimits = {
  reservoirSize: 500,
  maxCategories: 50,
  maxFeatures: 200,
  sketchAlpha: 0.02,
  sketchMaxBuckets: 256,
  maxGroupAttributes: 10,
  maxGroupValues: 50,
  maxJudgeScores: 20,
  seed: 0x5eed,
};

/** Group value under which values past `maxGroupValues` are counted. */
export const OTHER_GROUP = '__other__';
