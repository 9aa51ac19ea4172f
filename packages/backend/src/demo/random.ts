/** A small seeded PRNG (mulberry32): the same seed gives the same traffic. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    uniform,
    /** Normal sample by Box–Muller. */
    normal(mean: number, sd: number) {
      const u = 1 - uniform();
      const v = uniform();
      return (
        mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
      );
    },
    /** One of the options, with the given weights. */
    pick<T>(options: ReadonlyArray<readonly [T, number]>): T {
      const total = options.reduce((sum, [, w]) => sum + w, 0);
      let r = uniform() * total;
      for (const [value, weight] of options) {
        r -= weight;
        if (r <= 0) return value;
      }
      return options[options.length - 1][0];
    },
  };
}

/** The PRNG's interface. */
export type Random = ReturnType<typeof seededRandom>;
