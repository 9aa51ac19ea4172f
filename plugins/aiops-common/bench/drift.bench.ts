/* eslint-disable no-console -- a benchmark reports on stdout */
/*
 * yarn bench:drift — times the drift statistics on 1M vs 1M samples and, when the Debian
 * SciPy/NumPy are installed (/usr/bin/python3), SciPy/NumPy on the very same numbers.
 * Not part of the test suite; results are recorded in docs/benchmarks.md.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { detectDrift, percentiles } from '../src/stats';

const N = Number(process.env.DRIFT_BENCH_N ?? 1_000_000);
const RUNS = Number(process.env.DRIFT_BENCH_RUNS ?? 5);
const PYTHON = '/usr/bin/python3';

/** Irwin–Hall(4) values from xorshift32, the generator of the stats fixtures. */
function sample(seed: number, n: number, shift: number, scale: number) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = (next() + next() + (next() + next()) - 2) * scale + shift;
  }
  return out;
}

function medianMs(fn: () => unknown): number {
  fn(); // warm-up: let the JIT compile before timing
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const reference = sample(1, N, 0, 1);
const current = sample(2, N, 0.004, 1.02);

const ours: Record<string, { run: () => number[] }> = {
  ks: {
    run: () => {
      const r = detectDrift(reference, current, {
        featureType: 'numerical',
        test: 'ks',
      });
      return [r.statistic, r.pValue!];
    },
  },
  wasserstein: {
    run: () => [
      detectDrift(reference, current, {
        featureType: 'numerical',
        test: 'wasserstein',
      }).statistic,
    ],
  },
  psi: {
    run: () => [
      detectDrift(reference, current, { featureType: 'numerical', test: 'psi' })
        .statistic,
    ],
  },
  jensenshannon: {
    run: () => [
      detectDrift(reference, current, {
        featureType: 'numerical',
        test: 'jensenshannon',
      }).statistic,
    ],
  },
  percentiles: { run: () => percentiles(current, [50, 95, 99]) },
};

interface Baseline {
  scipy: string;
  numpy: string;
  ms: Record<string, number>;
  values: Record<string, number[]>;
}

function runBaseline(): Baseline | string {
  if (!fs.existsSync(PYTHON)) return `${PYTHON} not found`;
  const file = path.join(os.tmpdir(), `drift-bench-${process.pid}.f64`);
  const both = new Float64Array(2 * N);
  both.set(reference, 0);
  both.set(current, N);
  fs.writeFileSync(file, Buffer.from(both.buffer));
  try {
    const out = execFileSync(
      PYTHON,
      [
        path.join(__dirname, 'drift_baseline.py'),
        file,
        String(N),
        String(RUNS),
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    return JSON.parse(out) as Baseline;
  } catch (error) {
    return `baseline failed (is python3-scipy installed?): ${
      String(error).split('\n')[0]
    }`;
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/** Statistics must agree to 1e-9 relative, p-values to 1e-6. */
function agrees(name: string, a: number[], b: number[]) {
  return a.every((v, i) => {
    const rel = name === 'ks' && i === 1 ? 1e-6 : 1e-9;
    return Math.abs(v - b[i]) <= rel * Math.abs(b[i]) + 1e-15;
  });
}

const baseline = runBaseline();
console.log(
  `drift statistics, ${N.toLocaleString('en')} vs ${N.toLocaleString(
    'en',
  )} float64, median of ${RUNS} runs, node ${process.version}, ${
    os.cpus().length
  } cores`,
);
if (typeof baseline === 'string') {
  console.log(`SciPy/NumPy baseline skipped: ${baseline}`);
} else {
  console.log(`baseline: SciPy ${baseline.scipy}, NumPy ${baseline.numpy}`);
}
const rows = Object.entries(ours).map(([name, { run }]) => {
  const values = run();
  const ms = medianMs(run);
  if (typeof baseline === 'string') {
    return {
      statistic: name,
      'ours ms': ms.toFixed(1),
      value: values.join(' / '),
    };
  }
  const theirs = baseline.ms[name];
  return {
    statistic: name,
    'ours ms': ms.toFixed(1),
    'scipy/numpy ms': theirs.toFixed(1),
    speedup: `${(theirs / ms).toFixed(2)}×`,
    value: values.map(v => v.toPrecision(10)).join(' / '),
    agrees: agrees(name, values, baseline.values[name]) ? 'yes' : 'NO',
  };
});
console.table(rows);
