import { InferenceRecord } from '@unified-aiops/plugin-aiops-common';

/** The 20 features of the benchmark model: 12 numerical, 8 categorical. */
export const NUMERICAL_FEATURES = Array.from(
  { length: 12 },
  (_, i) => `num_${i}`,
);
export const CATEGORICAL_FEATURES = Array.from(
  { length: 8 },
  (_, i) => `cat_${i}`,
);

/** A seeded uniform generator (LCG), so every run posts the same numbers. */
export function seededRandom(seed: number) {
  let state = seed >>> 0 || 1;
  const uniform = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state + 0.5) / 4294967296;
  };
  const normal = () =>
    Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  return { uniform, normal };
}

/**
 * Records of a model with 20 features (numerical ones normal with per-feature scale,
 * categorical ones with 3 to 31 levels), a timestamp inside `[from, from + spanMs)`,
 * a probability prediction and a latency; `shift` moves every distribution.
 */
export function benchRecords(
  count: number,
  options: { seed: number; from: number; spanMs: number; shift?: number },
): InferenceRecord[] {
  const { uniform, normal } = seededRandom(options.seed);
  const shift = options.shift ?? 0;
  return Array.from({ length: count }, () => {
    const features: Record<string, number | string> = {};
    NUMERICAL_FEATURES.forEach((name, i) => {
      features[name] = (i + 1) * 10 * (1 + shift) + (i + 1) * normal();
    });
    CATEGORICAL_FEATURES.forEach((name, i) => {
      const levels = 3 + 4 * i;
      const skewed = Math.min(
        levels - 1,
        Math.floor(uniform() ** (1 + shift) * levels),
      );
      features[name] = `${name}_v${skewed}`;
    });
    return {
      timestamp: new Date(
        options.from + Math.floor(uniform() * options.spanMs),
      ).toISOString(),
      features,
      prediction: Math.round(uniform() * 1000) / 1000,
      latencyMs: Math.round((20 + 10 * uniform()) * 100) / 100,
    };
  });
}
