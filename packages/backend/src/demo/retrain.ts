/*
 * Demo wiring only: the retraining pipeline of the demo's churn model, run by the `local`
 * runner (app-config.yaml, aiops.retraining.runners.local.targets.churn-retrain) as a
 * team's training job would be. It trains a logistic regression on the demo's labelled
 * synthetic traffic as it looks now (the drifted regime: short tenures, a new weekly-pass
 * contract), evaluates it beside the champion (the same model trained on the traffic from
 * before the drift) on held-out recent examples, and reports both to the run's evaluation
 * callback with per-example results for McNemar's test, exactly as a real pipeline would.
 *
 * Written by hand rather than with an ML library: the demo must run offline with nothing
 * but Node, and a logistic regression is forty lines.
 */
import { demoModels, DemoRecord } from './demoModels';
import { seededRandom, Random } from './random';

type Row = { x: number[]; y: number };

const churn = demoModels.find(m => m.name === 'churn-classifier')!;
const CONTRACTS = ['month-to-month', 'one-year', 'two-year', 'weekly-pass'];
const NUMERIC = ['tenure_months', 'monthly_charges', 'support_calls'] as const;

/** Whether the customer churned: the demo's ground truth, the same in both regimes. */
function churned(features: DemoRecord['features'], random: Random): number {
  const f = features as Record<string, number | string>;
  const contract: Record<string, number> = {
    'month-to-month': 0.8,
    'one-year': -0.6,
    'two-year': -1.6,
    'weekly-pass': 2.2,
  };
  const logit =
    -1.2 -
    0.05 * ((f.tenure_months as number) - 20) +
    0.015 * ((f.monthly_charges as number) - 70) +
    0.45 * (f.support_calls as number) +
    (contract[f.contract_type as string] ?? 0);
  return random.uniform() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
}

function rows(count: number, drifted: boolean, seed: number): Row[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const { features } = churn.record(random, drifted);
    const f = features as Record<string, number | string>;
    return {
      x: [
        ...NUMERIC.map(name => f[name] as number),
        ...CONTRACTS.map(c => (f.contract_type === c ? 1 : 0)),
      ],
      y: churned(features, random),
    };
  });
}

const avg = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
const dot = (a: number[], b: number[]) =>
  a.reduce((s, v, i) => s + v * b[i], 0);
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** A logistic regression by batch gradient descent on standardized numeric inputs. */
function train(data: Row[]) {
  const n = NUMERIC.length;
  const mean = NUMERIC.map((_, j) => avg(data.map(r => r.x[j])));
  const sd = NUMERIC.map(
    (_, j) => Math.sqrt(avg(data.map(r => (r.x[j] - mean[j]) ** 2))) || 1,
  );
  const scale = (x: number[]) =>
    x.map((v, j) => (j < n ? (v - mean[j]) / sd[j] : v));
  const xs = data.map(r => scale(r.x));
  const w = new Array(xs[0].length).fill(0);
  let b = 0;
  for (let epoch = 0; epoch < 300; epoch++) {
    const gw = new Array(w.length).fill(0);
    let gb = 0;
    for (let i = 0; i < xs.length; i++) {
      const err = sigmoid(dot(w, xs[i]) + b) - data[i].y;
      for (let j = 0; j < w.length; j++) gw[j] += err * xs[i][j];
      gb += err;
    }
    w.forEach((_, j) => (w[j] -= (0.5 * gw[j]) / xs.length + 1e-4 * w[j]));
    b -= (0.5 * gb) / xs.length;
  }
  return (x: number[]) => sigmoid(dot(w, scale(x)) + b);
}

/** Area under the ROC curve: the share of (positive, negative) pairs ranked right. */
function auc(scores: number[], labels: number[]) {
  const order = scores
    .map((s, i) => [s, labels[i]])
    .sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  let positives = 0;
  order.forEach(([, y], i) => {
    if (y === 1) {
      rankSum += i + 1;
      positives++;
    }
  });
  const negatives = order.length - positives;
  return (
    (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives)
  );
}

function evaluate(model: (x: number[]) => number, holdout: Row[]) {
  const scores = holdout.map(r => model(r.x));
  const labels = holdout.map(r => r.y);
  const correct = scores.map((s, i) => (s >= 0.5 ? 1 : 0) === labels[i]);
  const round = (v: number) => Math.round(v * 10_000) / 10_000;
  return {
    metrics: {
      auc: round(auc(scores, labels)),
      accuracy: round(correct.filter(Boolean).length / correct.length),
    },
    examples: { correct },
  };
}

async function main() {
  const env = (name: string) => {
    const value = process.env[name];
    if (!value)
      throw new Error(`${name} is not set: run me from the local runner`);
    return value;
  };
  const championVersion = process.env.AIOPS_MODEL_VERSION || '1';
  const challengerVersion = String(Number(championVersion) + 1);
  console.log(
    `run ${env('AIOPS_RUN_ID')}: retraining ${env('AIOPS_MODEL_REF')} on ${env(
      'AIOPS_DATA_FROM',
    )} – ${env('AIOPS_DATA_TO')}`,
  );
  const champion = train(rows(3000, false, 11));
  const challenger = train(rows(3000, true, 12));
  const holdout = rows(2000, true, 13);
  const report = {
    champion: { version: championVersion, ...evaluate(champion, holdout) },
    challenger: {
      version: challengerVersion,
      ...evaluate(challenger, holdout),
    },
  };
  console.log(
    `champion ${championVersion}: ${JSON.stringify(
      report.champion.metrics,
    )}; challenger ${challengerVersion}: ${JSON.stringify(
      report.challenger.metrics,
    )}`,
  );
  const response = await fetch(env('AIOPS_EVALUATION_URL'), {
    method: 'POST',
    headers: {
      authorization: `Bearer ${env('AIOPS_TOKEN')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(report),
  });
  const body = await response.text();
  if (!response.ok) {
    throw new Error(
      `The evaluation callback answered ${response.status}: ${body}`,
    );
  }
  const run = JSON.parse(body);
  console.log(
    `gate: ${run.decision}; promotion: ${run.promotion?.state ?? 'none'}`,
  );
}

main().catch(error => {
  console.error(String(error?.stack ?? error));
  process.exit(1);
});
