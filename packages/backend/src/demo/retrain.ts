/*
 * Demo wiring only: the retraining pipelines of the demo's churn and fraud models, run by
 * the `local` runner (app-config.yaml, aiops.retraining.runners.local.targets.churn-retrain
 * and fraud-retrain) as a team's training job would be. It trains a logistic regression
 * on the model's labelled synthetic traffic as it looks now, evaluates it beside the
 * champion on held-out recent examples, and reports both to the run's evaluation callback
 * with per-example results for McNemar's test, the challenger's selection rate per
 * customer segment (its bias evidence) and its training records (its drift reference
 * once it is promoted), exactly as a real pipeline would. The champion is the version in
 * force: the demo's own (trained on the traffic of before) or one this pipeline trained
 * on the traffic of now, so a second retraining on unchanged traffic finds nothing to
 * improve and is not promoted.
 *
 * - churn: the inputs drifted (short tenures, a new weekly-pass contract); the champion
 *   never saw them.
 * - fraud: the inputs look the same, but fraudsters moved to card-not-present purchases
 *   from new accounts; the labels that came back since tell the challenger so. Its model
 *   is high risk: the passing challenger waits for a person's approval.
 *
 * Written by hand rather than with an ML library: the demo must run offline with nothing
 * but Node, and a logistic regression is forty lines.
 */
import fs from 'node:fs';
import path from 'node:path';
import { demoModels, DemoRecord } from './demoModels';
import { seededRandom, Random } from './random';

/** A labelled example: the model's inputs, its label, and the inference record they came from. */
type Row = { x: number[]; y: number; record: DemoRecord };

/** A model's training data: labelled rows of then (the champion's) or now. */
interface TrainingData {
  /** How many leading inputs are numeric (standardized before training). */
  numeric: number;
  rows(count: number, now: boolean, seed: number): Row[];
}

const demoModel = (name: string) => demoModels.find(m => m.name === name)!;
const oneHot = (value: unknown, options: readonly string[]) =>
  options.map(o => (value === o ? 1 : 0));
const bernoulli = (random: Random, logit: number) =>
  random.uniform() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;

const CONTRACTS = ['month-to-month', 'one-year', 'two-year', 'weekly-pass'];

/** Churn: the same ground truth in both regimes; the customers changed. */
const churnData: TrainingData = {
  numeric: 3,
  rows(count, now, seed) {
    const random = seededRandom(seed);
    return Array.from({ length: count }, () => {
      const record = demoModel('churn-classifier').record(random, now);
      const f = record.features as Record<string, number | string>;
      const contract: Record<string, number> = {
        'month-to-month': 0.8,
        'one-year': -0.6,
        'two-year': -1.6,
        'weekly-pass': 2.2,
      };
      // sharp enough that a model of these inputs can meet the entity's auc ≥ 0.85
      const logit =
        1.6 *
        (-2 -
          0.05 * ((f.tenure_months as number) - 20) +
          0.015 * ((f.monthly_charges as number) - 70) +
          0.45 * (f.support_calls as number) +
          (contract[f.contract_type as string] ?? 0));
      return {
        x: [
          f.tenure_months as number,
          f.monthly_charges as number,
          f.support_calls as number,
          ...oneHot(f.contract_type, CONTRACTS),
        ],
        y: bernoulli(random, logit),
        record,
      };
    });
  },
};

const MERCHANTS = ['grocery', 'electronics', 'travel', 'fuel'];

/** Fraud: the same transactions in both regimes; what fraud looks like changed. */
const fraudData: TrainingData = {
  numeric: 3,
  rows(count, now, seed) {
    const random = seededRandom(seed);
    return Array.from({ length: count }, () => {
      const record = demoModel('fraud-detector').record(random, now);
      const f = record.features as DemoRecord['features'] & Record<string, any>;
      const logAmount = Math.log(1 + (f.amount as number));
      const night = (f.hour_of_day as number) < 6 ? 1 : 0;
      const logit = now
        ? -4.6 +
          0.3 * (logAmount - 3.6) +
          2.2 * (f.card_present ? 0 : 1) +
          1.4 * (f.merchant_category === 'electronics' ? 1 : 0) -
          0.003 * ((f.account_age_days as number) - 700)
        : -4.4 +
          1.1 * (logAmount - 3.6) +
          0.35 * ((f.transactions_last_24h as number) - 3) +
          1.6 * night;
      return {
        x: [
          logAmount,
          f.transactions_last_24h as number,
          f.account_age_days as number,
          night,
          f.card_present ? 1 : 0,
          ...oneHot(f.merchant_category, MERCHANTS),
        ],
        y: bernoulli(random, logit),
        record,
      };
    });
  },
};

const DATA: Record<string, TrainingData> = {
  'mlmodel:default/churn-classifier': churnData,
  'mlmodel:default/fraud-detector': fraudData,
};

const avg = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
const dot = (a: number[], b: number[]) =>
  a.reduce((s, v, i) => s + v * b[i], 0);
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** A logistic regression by batch gradient descent on standardized numeric inputs. */
function train(data: Row[], n: number) {
  const numeric = Array.from({ length: n }, (_, j) => j);
  const mean = numeric.map(j => avg(data.map(r => r.x[j])));
  const sd = numeric.map(
    j => Math.sqrt(avg(data.map(r => (r.x[j] - mean[j]) ** 2))) || 1,
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

/** The share of examples each segment's members are predicted positive: the four-fifths rule's input. */
function selectionRates(model: (x: number[]) => number, rows: Row[]) {
  const counts: Record<string, { positive: number; all: number }> = {};
  for (const row of rows) {
    const segment = row.record.groups?.customer_segment;
    if (segment === undefined) continue;
    const entry = (counts[String(segment)] ??= { positive: 0, all: 0 });
    entry.all += 1;
    if (model(row.x) >= 0.5) entry.positive += 1;
  }
  return Object.fromEntries(
    Object.entries(counts).map(([segment, { positive, all }]) => [
      segment,
      Math.round((positive / all) * 10_000) / 10_000,
    ]),
  );
}

/**
 * What the pipeline reports for a model whose version `championVersion` is in force: the
 * champion and a challenger trained on today's traffic, both evaluated on the same recent
 * held-out examples, the challenger's bias evaluation and its training records.
 */
export function retrainingReport(modelRef: string, championVersion: string) {
  const data = DATA[modelRef];
  if (!data) {
    throw new Error(
      `No demo training data for ${modelRef} (demo models: ${Object.keys(
        DATA,
      ).join(', ')})`,
    );
  }
  const name = modelRef.split('/').pop()!;
  const challengerVersion = String(Number(championVersion) + 1);
  // A version above the demo's own was trained by this pipeline, on the traffic of now.
  const championIsRetrained =
    Number(championVersion) > Number(demoModel(name).version);
  const champion = train(
    data.rows(
      4000,
      championIsRetrained,
      championIsRetrained ? 100 + Number(championVersion) : 11,
    ),
    data.numeric,
  );
  const training = data.rows(4000, true, 100 + Number(challengerVersion));
  const challenger = train(training, data.numeric);
  const holdout = data.rows(3000, true, 13);
  return {
    champion: { version: championVersion, ...evaluate(champion, holdout) },
    challenger: {
      version: challengerVersion,
      ...evaluate(challenger, holdout),
    },
    // what the challenger learned from: its drift reference once it is promoted
    reference: { records: training.map(row => row.record) },
    // on a larger sample: rare positives (fraud) need many examples per segment
    bias: {
      customer_segment: selectionRates(challenger, data.rows(20_000, true, 14)),
    },
  };
}

/**
 * POSTs, trying again while the backend cannot be reached (restarting, say) for up to
 * two minutes: the run's result is worth the wait, as in any pipeline's reporting step.
 */
async function postWhileDown(url: string, init: RequestInit) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      return await fetch(url, init);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      console.log(`the backend cannot be reached (${error}); trying again`);
      await new Promise(resolve => setTimeout(resolve, 2000));
    }
  }
}

/** The model's card from the demo's examples (the backend runs this from packages/backend). */
function readModelCard(modelRef: string): string | undefined {
  const name = modelRef.split('/').pop()!;
  const file = path.resolve(
    process.env.AIOPS_MODEL_CARDS_DIR ?? '../../examples/model-cards',
    `${name}.md`,
  );
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

async function main() {
  const env = (name: string) => {
    const value = process.env[name];
    if (!value)
      throw new Error(`${name} is not set: run me from the local runner`);
    return value;
  };
  const championVersion = process.env.AIOPS_MODEL_VERSION || '1';
  console.log(
    `run ${env('AIOPS_RUN_ID')}: retraining ${env('AIOPS_MODEL_REF')} on ${env(
      'AIOPS_DATA_FROM',
    )} – ${env('AIOPS_DATA_TO')}`,
  );
  const { bias, ...evaluation } = retrainingReport(
    env('AIOPS_MODEL_REF'),
    championVersion,
  );
  const modelCard = readModelCard(env('AIOPS_MODEL_REF'));
  const challengerVersion = evaluation.challenger.version;
  const report = {
    ...evaluation,
    // the model card the repository holds and the bias evaluation, as CI posts them
    evidence: { bias, ...(modelCard && { modelCard }) },
  };
  console.log(
    `champion ${championVersion}: ${JSON.stringify(
      report.champion.metrics,
    )}; challenger ${challengerVersion}: ${JSON.stringify(
      report.challenger.metrics,
    )}`,
  );
  const response = await postWhileDown(env('AIOPS_EVALUATION_URL'), {
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

if (require.main === module) {
  main().catch(error => {
    console.error(String(error?.stack ?? error));
    process.exit(1);
  });
}
