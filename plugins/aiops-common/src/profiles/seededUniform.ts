/**
 * A uniform number in [0, 1) that depends only on `seed` and `n`.
 *
 * Reservoir sampling needs randomness, but profiles are folded again after a crash and
 * compared in tests, so the draw for the n-th item must be reproducible: a stateless
 * integer hash (a murmur3-style finalizer) of the pair instead of `Math.random()`.
 */
export function seededUniform(seed: number, n: number): number {
  const low = n % 0x100000000;
  const high = Math.floor(n / 0x100000000);
  let h =
    (seed ^
      Math.imul(low | 0, 0x9e3779b1) ^
      Math.imul(high | 0, 0x85ebca77)) >>>
    0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 0x100000000;
}

/** A 32-bit hash of a string, to derive per-feature seeds. */
export function hashString(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}
