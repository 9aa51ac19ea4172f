import { InputError } from '@backstage/errors';
import { DriftSample, SampleValue } from './types';

/** A category label after cleaning. */
export type Category = string | number | boolean;

function isMissing(value: SampleValue): value is null | undefined {
  return (
    value === null ||
    value === undefined ||
    (typeof value === 'number' && !Number.isFinite(value))
  );
}

/**
 * Finite numbers of a sample as a fresh Float64Array (callers may sort it in place);
 * booleans count as 0/1, strings are rejected.
 */
export function numericSample(
  values: DriftSample,
  label: string,
): Float64Array {
  if (values === null || typeof values !== 'object' || !('length' in values)) {
    throw new InputError(`${label} must be an array of numbers`);
  }
  if (values instanceof Float64Array) return finiteCopy(values, label);
  const out = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value === 'number') {
      if (value - value === 0) out[n++] = value; // false for NaN and ±Infinity
    } else if (typeof value === 'boolean') {
      out[n++] = value ? 1 : 0;
    } else if (!isMissing(value)) {
      throw new InputError(
        `${label} must contain only numbers for a numerical feature, got ${JSON.stringify(
          value,
        )} at index ${i}`,
      );
    }
  }
  if (n === 0) {
    throw new InputError(`${label} has no finite values`);
  }
  return n === out.length ? out : out.slice(0, n);
}

/** Fast path for Float64Array input: one memcpy, compacted only if something is missing. */
function finiteCopy(values: Float64Array, label: string): Float64Array {
  const out = values.slice();
  let n = 0;
  for (let i = 0; i < out.length; i++) {
    const v = out[i];
    if (v - v === 0) out[n++] = v;
  }
  if (n === 0) throw new InputError(`${label} has no finite values`);
  return n === out.length ? out : out.slice(0, n);
}

/** Labels of a sample with the missing ones dropped. */
export function categoricalSample(
  values: DriftSample,
  label: string,
): Category[] {
  if (values === null || typeof values !== 'object' || !('length' in values)) {
    throw new InputError(`${label} must be an array of labels`);
  }
  const out: Category[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (isMissing(value)) continue;
    if (
      typeof value !== 'string' &&
      typeof value !== 'number' &&
      typeof value !== 'boolean'
    ) {
      throw new InputError(
        `${label} must contain strings, numbers or booleans, got ${typeof value} at index ${i}`,
      );
    }
    out.push(value);
  }
  if (out.length === 0) {
    throw new InputError(`${label} has no values after dropping missing ones`);
  }
  return out;
}
