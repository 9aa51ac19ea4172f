import { sortFloat64 } from './sortFloat64';

function pseudoRandom(n: number, seed: number): Float64Array {
  let s = seed;
  return Float64Array.from({ length: n }, () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return (s / 4294967296 - 0.5) * 2000;
  });
}

describe('sortFloat64', () => {
  it.each([0, 1, 5, 2047, 2048, 100003])(
    'orders %i values exactly like Float64Array.prototype.sort',
    n => {
      const values = pseudoRandom(n, n + 7);
      const specials = [
        -0,
        0,
        5e-324,
        -5e-324,
        -Number.MAX_VALUE,
        Number.MAX_VALUE,
        1,
        1,
      ];
      specials.forEach((v, i) => {
        if (i < n) values[(i * 7919) % n] = v;
      });
      const expected = Float64Array.from(values).sort();
      const actual = sortFloat64(Float64Array.from(values));
      expect(
        Array.from(actual).map(v => (Object.is(v, -0) ? '-0' : v)),
      ).toEqual(Array.from(expected).map(v => (Object.is(v, -0) ? '-0' : v)));
    },
  );

  it('sorts in place, also a view into a larger buffer', () => {
    const buffer = pseudoRandom(6000, 3);
    const view = buffer.subarray(1000, 5000);
    const expected = Float64Array.from(view).sort();
    expect(sortFloat64(view)).toBe(view);
    expect(Array.from(view)).toEqual(Array.from(expected));
    expect(buffer[999]).toBe(pseudoRandom(6000, 3)[999]);
  });

  it('handles heavy ties and constant input', () => {
    const ties = Float64Array.from({ length: 5000 }, (_, i) => (i * 31) % 7);
    expect(Array.from(sortFloat64(ties))).toEqual(
      Array.from(Float64Array.from(ties).sort()),
    );
    expect(
      sortFloat64(new Float64Array(4096).fill(2.5)).every(v => v === 2.5),
    ).toBe(true);
  });
});
