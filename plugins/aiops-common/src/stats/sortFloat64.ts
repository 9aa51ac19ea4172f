/** Below this size the built-in typed-array sort wins over radix passes. */
const RADIX_MIN_LENGTH = 2048;
const BITS = 11;
const DIGITS = 6; // ⌈64 / 11⌉
const RADIX = 1 << BITS;
const MASK = RADIX - 1;

/** Digit d (bits 11d … 11d+10) of the 64-bit key held as two 32-bit words. */
function digitOf(lo: number, hi: number, d: number): number {
  const start = d * BITS;
  if (start >= 32) return (hi >>> (start - 32)) & MASK;
  if (start + BITS <= 32) return (lo >>> start) & MASK;
  return ((lo >>> start) | (hi << (32 - start))) & MASK;
}

/**
 * Sorts finite doubles ascending in place, like `Float64Array.prototype.sort` (−0 before
 * +0) but faster on large arrays: an LSD radix sort on the IEEE 754 bit patterns mapped
 * to unsigned order (negatives: all bits flipped; positives: sign bit flipped), 11 bits
 * per pass so the 2048 buckets stay in cache, skipping passes where all keys agree.
 */
export function sortFloat64(values: Float64Array): Float64Array {
  const n = values.length;
  if (n < RADIX_MIN_LENGTH) return values.sort();
  let keys = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  // Little-endian platforms (all that run Node) keep the low word first.
  const counts = new Uint32Array(DIGITS * RADIX);
  for (let i = 0; i < 2 * n; i += 2) {
    let lo = keys[i];
    let hi = keys[i + 1];
    if (hi & 0x80000000) {
      lo = ~lo >>> 0;
      hi = ~hi >>> 0;
    } else {
      hi = (hi | 0x80000000) >>> 0;
    }
    keys[i] = lo;
    keys[i + 1] = hi;
    counts[lo & MASK]++;
    counts[RADIX + ((lo >>> 11) & MASK)]++;
    counts[2 * RADIX + (((lo >>> 22) | (hi << 10)) & MASK)]++;
    counts[3 * RADIX + ((hi >>> 1) & MASK)]++;
    counts[4 * RADIX + ((hi >>> 12) & MASK)]++;
    counts[5 * RADIX + (hi >>> 23)]++;
  }
  let scratch = new Uint32Array(2 * n);
  for (let d = 0; d < DIGITS; d++) {
    const base = d * RADIX;
    // A digit shared by every key leaves the order unchanged.
    if (counts[base + digitOf(keys[0], keys[1], d)] === n) continue;
    let sum = 0;
    for (let b = 0; b < RADIX; b++) {
      const c = counts[base + b];
      counts[base + b] = sum;
      sum += c;
    }
    for (let i = 0; i < 2 * n; i += 2) {
      const lo = keys[i];
      const hi = keys[i + 1];
      const to = 2 * counts[base + digitOf(lo, hi, d)]++;
      scratch[to] = lo;
      scratch[to + 1] = hi;
    }
    [keys, scratch] = [scratch, keys];
  }
  for (let i = 0; i < 2 * n; i += 2) {
    const hi = keys[i + 1];
    if (hi & 0x80000000) {
      keys[i + 1] = hi & 0x7fffffff;
    } else {
      keys[i] = ~keys[i];
      keys[i + 1] = ~hi;
    }
  }
  if (keys.buffer !== values.buffer) {
    values.set(new Float64Array(keys.buffer, keys.byteOffset, n));
  }
  return values;
}
