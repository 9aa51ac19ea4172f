import {
  addToSketch,
  createQuantileSketch,
  mergeSketches,
  sketchQuantile,
} from './quantileSketch';

function exactQuantile(values: number[], q: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(q * (sorted.length - 1))];
}

describe('quantileSketch', () => {
  const values = Array.from(
    { length: 10_000 },
    (_, i) => ((i * 7919) % 10_000) / 10 - 200,
  );

  it('answers quantiles within its relative accuracy', () => {
    const sketch = createQuantileSketch(0.02);
    values.forEach(v => addToSketch(sketch, v));
    for (const q of [0.01, 0.25, 0.5, 0.9, 0.99]) {
      const exact = exactQuantile(values, q);
      expect(Math.abs(sketchQuantile(sketch, q)! - exact)).toBeLessThanOrEqual(
        Math.abs(exact) * 0.021 + 0.2,
      );
    }
  });

  it('merges to the same quantiles as one sketch of all values', () => {
    const whole = createQuantileSketch();
    const left = createQuantileSketch();
    const right = createQuantileSketch();
    values.forEach((v, i) => {
      addToSketch(whole, v);
      addToSketch(i % 3 ? left : right, v);
    });
    const merged = mergeSketches(left, right);
    expect(merged.count).toBe(values.length);
    for (const q of [0.1, 0.5, 0.95]) {
      expect(sketchQuantile(merged, q)).toBe(sketchQuantile(whole, q));
    }
  });

  it('stays bounded by collapsing the smallest magnitudes', () => {
    const sketch = createQuantileSketch(0.02, 64);
    for (let e = -8; e < 8; e += 0.001) addToSketch(sketch, Math.pow(10, e));
    const merged = mergeSketches(sketch, sketch);
    expect(Object.keys(merged.pos).length).toBeLessThanOrEqual(64);
    expect(sketchQuantile(merged, 0.99)).toBeGreaterThan(1e7 * 0.9);
  });

  it('ignores non-finite values and is empty without values', () => {
    const sketch = createQuantileSketch();
    addToSketch(sketch, NaN);
    addToSketch(sketch, Infinity);
    expect(sketch.count).toBe(0);
    expect(sketchQuantile(sketch, 0.5)).toBeUndefined();
  });
});
