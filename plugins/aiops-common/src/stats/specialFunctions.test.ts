import { upperIncompleteGamma } from './incompleteGamma';
import { kolmogorovSf } from './kolmogorovDistribution';
import { outerProbInside, probOutsideSquare } from './ksExactProbability';
import { normalCdf } from './normalDistribution';
import { smirnovSf } from './smirnov';
import { decodeNumber, loadFixture, mismatch } from './__fixtures__/fixtures';

type Row = Array<number | string>;
const fixture = loadFixture<Record<string, Row[]>>('special-functions.json');

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Evaluates every fixture row and lists those outside the tolerance. */
function mismatches(
  rows: Row[],
  rel: number,
  abs: number,
  evaluate: (...args: number[]) => number,
): string[] {
  return rows
    .map(row => {
      const values = row.map(v => decodeNumber(v)!);
      const args = values.slice(0, -1);
      const expected = values[values.length - 1];
      return mismatch(
        evaluate(...args),
        expected,
        rel,
        abs,
        `f(${args.join(', ')})`,
      );
    })
    .filter(Boolean);
}

describe('special functions against SciPy', () => {
  it('kstwo.sf (two-sided one-sample KS survival)', () => {
    expect(fixture.kstwoSf.length).toBeGreaterThan(300);
    expect(mismatches(fixture.kstwoSf, 1e-9, 1e-15, kolmogorovSf)).toEqual([]);
  });

  it('smirnov (one-sided KS survival)', () => {
    expect(mismatches(fixture.smirnov, 1e-9, 1e-15, smirnovSf)).toEqual([]);
  });

  it('gammaincc (upper regularized incomplete gamma)', () => {
    expect(
      mismatches(fixture.gammaincc, 1e-9, 1e-15, upperIncompleteGamma),
    ).toEqual([]);
  });

  it('ndtr (standard normal CDF)', () => {
    expect(mismatches(fixture.ndtr, 1e-13, 1e-300, normalCdf)).toEqual([]);
  });

  it('exact two-sample KS tail probabilities', () => {
    expect(
      mismatches(fixture.outerProbInside, 1e-9, 1e-15, (m, n, h) =>
        outerProbInside(m, n, gcd(m, n), h),
      ),
    ).toEqual([]);
    expect(
      mismatches(fixture.probOutsideSquare, 1e-12, 1e-300, probOutsideSquare),
    ).toEqual([]);
  });
});
