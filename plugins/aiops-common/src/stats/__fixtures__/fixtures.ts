import fs from 'fs';
import path from 'path';
import { DriftOptions, DriftResult } from '../types';

/** Recipe of a sample too large to store: see scripts/generate-stats-fixtures.py. */
export interface GeneratedSampleSpec {
  seed: number;
  n: number;
  shift: number;
  scale: number;
  decimals?: number;
}

export type FixtureSample =
  | Array<string | number | boolean | null>
  | { generate: GeneratedSampleSpec };

/** Reads one committed fixture file written by the generator script. */
export function loadFixture<T>(name: string): T {
  const text = fs.readFileSync(path.join(__dirname, name), 'utf8');
  return JSON.parse(text).cases as T;
}

/** JSON cannot hold NaN or ±Infinity; the generator writes them as strings. */
export function decodeNumber(
  value: number | string | null,
): number | undefined {
  if (value === null) return undefined;
  if (typeof value === 'number') return value;
  return Number(value);
}

/** xorshift32 Irwin–Hall(4) values, identical to the Python generator bit for bit. */
export function generatedSample(spec: GeneratedSampleSpec): Float64Array {
  let state = spec.seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
  const out = new Float64Array(spec.n);
  const p = spec.decimals === undefined ? 0 : 10 ** spec.decimals;
  for (let i = 0; i < spec.n; i++) {
    const s = next() + next() + (next() + next());
    let v = (s - 2) * spec.scale + spec.shift;
    if (spec.decimals !== undefined) v = Math.floor(v * p + 0.5) / p;
    out[i] = v;
  }
  return out;
}

/** The sample as the library receives it (non-finite markers turned back into numbers). */
export function decodeSample(
  sample: FixtureSample,
): Float64Array | Array<string | number | boolean | null> {
  if (!Array.isArray(sample)) return generatedSample(sample.generate);
  return sample.map(v =>
    v === 'NaN' || v === 'Infinity' || v === '-Infinity' ? Number(v) : v,
  );
}

/**
 * Empty when |actual − expected| ≤ rel·|expected| + abs (equal infinities match),
 * otherwise a description of the mismatch, so that tests can collect and show them all.
 */
export function mismatch(
  actual: number | undefined,
  expected: number | undefined,
  rel: number,
  abs: number,
  context: string,
): string {
  if (actual === undefined || expected === undefined) {
    return actual === expected
      ? ''
      : `${context}: expected ${expected}, got ${actual}`;
  }
  if (!Number.isFinite(expected) || !Number.isFinite(actual)) {
    return Object.is(actual, expected)
      ? ''
      : `${context}: expected ${expected}, got ${actual}`;
  }
  const tolerance = rel * Math.abs(expected) + abs;
  const diff = Math.abs(actual - expected);
  return diff <= tolerance
    ? ''
    : `${context}: expected ${expected}, got ${actual} (diff ${diff} > ${tolerance})`;
}

/** One case of drift.json. */
export interface DriftCase {
  name: string;
  reference: FixtureSample;
  current: FixtureSample;
  options: DriftOptions;
  expected: {
    test: string;
    statistic: number | string;
    pValue: number | string | null;
    threshold: number;
    drift: boolean;
    /** Chi-square or z on one category over both sides: what SciPy itself answers. */
    singleCategory?: {
      scipy: { statistic: number | string; pValue: number | string };
    };
  };
}

/**
 * How a result differs from its SciPy case (empty when it matches): the numbers within
 * tolerance, the verdict, and a note exactly when the case has a single category.
 */
export function driftMismatches(
  result: DriftResult,
  expected: DriftCase['expected'],
): string[] {
  const problems = [
    mismatch(
      result.statistic,
      decodeNumber(expected.statistic),
      1e-9,
      1e-15,
      'statistic',
    ),
    mismatch(
      result.pValue,
      decodeNumber(expected.pValue),
      1e-6,
      1e-14,
      'p-value',
    ),
  ];
  if (result.test !== expected.test)
    problems.push(`test: expected ${expected.test}, got ${result.test}`);
  if (result.threshold !== expected.threshold)
    problems.push(`threshold: expected ${expected.threshold}`);
  if (result.drift !== expected.drift)
    problems.push(`drift: expected ${expected.drift}, got ${result.drift}`);
  const single = expected.singleCategory !== undefined;
  if (single !== /^a single category on both sides: /.test(result.note ?? ''))
    problems.push(`note: got ${JSON.stringify(result.note)}`);
  return problems.filter(Boolean);
}
