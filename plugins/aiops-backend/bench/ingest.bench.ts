/*
 * Ingest throughput of one backend instance: batches of 20-feature records posted over
 * loopback to the real route (POST /api/aiops/v1/models/default/bench/records) of the
 * aiops plugin in a child process, next to the raw BatchStore.append of the same batches
 * (no HTTP, no validation, no folding) as the baseline, and the fold rate of BatchFolder.
 * Run from the repo root with `yarn bench:ingest`. Prints numbers; not part of the tests.
 *
 * Knobs: BENCH_DB=sqlite|pg|all, BENCH_BATCHES (default 300), BENCH_BATCH_SIZE (1000),
 * BENCH_CONCURRENCY (8), BENCH_CPU_PROF=<dir> to write the server's --cpu-prof there.
 */
import { mockServices } from '@backstage/backend-test-utils';
import { DEFAULT_PROFILE_LIMITS } from '@unified-aiops/plugin-aiops-common';
import { ChildProcess } from 'node:child_process';
import http from 'node:http';
import os from 'node:os';
import knexFactory, { Knex } from 'knex';
import { migrateDatabase } from '../src/database/migrateDatabase';
import { BatchStore } from '../src/ingest/BatchStore';
import { BatchFolder } from '../src/profiles/BatchFolder';
import { ProfileStore } from '../src/profiles/ProfileStore';
import {
  BenchDatabase,
  createBenchDatabase,
  postgresReachable,
  selectedDatabases,
} from './benchDatabases';
import { benchRecords } from './benchRecords';
import { fmt, percentile, printTable } from './benchReport';
import { postRecords, startIngestServer } from './ingestServerProcess';

const BATCHES = Number(process.env.BENCH_BATCHES ?? 300);
const BATCH_SIZE = Number(process.env.BENCH_BATCH_SIZE ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const WARMUP_BATCHES = 20;
const DISTINCT_BATCHES = 20;
const MODEL_REF = 'mlmodel:default/bench';

const silentLogger = {
  debug() {},
  info() {},
  warn: console.warn,
  error: console.error,
  child() {
    return silentLogger;
  },
} as any;

/** DISTINCT_BATCHES record sets, spread over the last two hours, and their JSON. */
function prepareBatches() {
  const from = Date.now() - 2 * 3_600_000;
  return Array.from({ length: DISTINCT_BATCHES }, (_, i) => {
    const records = benchRecords(BATCH_SIZE, {
      seed: i + 1,
      from,
      spanMs: 2 * 3_600_000,
    });
    return { records, json: JSON.stringify(records) };
  });
}

/** Runs `count` jobs with `concurrency` in flight; returns wall time and each job's latency. */
async function runConcurrently(
  count: number,
  concurrency: number,
  job: (i: number) => Promise<void>,
) {
  const latencies: number[] = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < count; i = next++) {
        const t = performance.now();
        await job(i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { seconds: (performance.now() - start) / 1000, latencies };
}

async function openMigrated(db: BenchDatabase) {
  return migrateDatabase(
    mockServices.database({ knex: knexFactory(db.config) }),
  );
}

/** Baseline: BatchStore.append straight into the database, then BatchFolder over the backlog. */
async function rawAppendAndFold(
  kind: 'sqlite' | 'pg',
  batches: ReturnType<typeof prepareBatches>,
) {
  const db = await createBenchDatabase(kind, 'raw');
  const knex = await openMigrated(db);
  try {
    const store = BatchStore.create({ knex });
    const append = (i: number, prefix: string) =>
      store
        .append({
          modelRef: MODEL_REF,
          idempotencyKey: `${prefix}-${i}`,
          payload: batches[i % batches.length].json,
          payloadHash: `bench-${i % batches.length}`,
          recordCount: BATCH_SIZE,
          answer: batchId => ({
            status: 202,
            body: { batchId, accepted: BATCH_SIZE },
          }),
        })
        .then(() => {});
    await runConcurrently(WARMUP_BATCHES, CONCURRENCY, i => append(i, 'warm'));
    const appended = await runConcurrently(BATCHES, CONCURRENCY, i =>
      append(i, 'raw'),
    );
    const profiles = ProfileStore.create({
      knex,
      limits: DEFAULT_PROFILE_LIMITS,
    });
    const folder = BatchFolder.create({
      knex,
      batches: store,
      profiles,
      models: {
        foldSettings: async () => ({ reading: {} }),
      },
      logger: silentLogger,
      windowMinutes: 60,
      limits: DEFAULT_PROFILE_LIMITS,
      batchSize: 50,
    });
    const foldStart = performance.now();
    const foldedBatches = await folder.foldPending();
    const foldSeconds = (performance.now() - foldStart) / 1000;
    return {
      label: db.label,
      appendRate: (BATCHES * BATCH_SIZE) / appended.seconds,
      appendLatencies: appended.latencies,
      foldRate: (foldedBatches * BATCH_SIZE) / foldSeconds,
      foldedRecords: foldedBatches * BATCH_SIZE,
      foldSeconds,
    };
  } finally {
    await knex.destroy();
    await db.drop();
  }
}

/** The server's CPU time so far, in seconds. */
function serverCpuSeconds(child: ChildProcess): Promise<number> {
  return new Promise(resolve => {
    const onData = (data: Buffer) => {
      const match = /cpu (\d+)/.exec(data.toString());
      if (!match) return;
      child.stdout!.off('data', onData);
      resolve(Number(match[1]) / 1e6);
    };
    child.stdout!.on('data', onData);
    child.kill('SIGUSR2');
  });
}

/** Posts one batch; anything but 202 fails the run. */
async function post(agent: http.Agent, port: number, body: Buffer) {
  const { status } = await postRecords(agent, port, body);
  if (status !== 202) throw new Error(`HTTP ${status}`);
}

/** The whole route over HTTP into a child-process backend, folding as it runs. */
async function endToEnd(
  kind: 'sqlite' | 'pg',
  batches: ReturnType<typeof prepareBatches>,
) {
  const db = await createBenchDatabase(kind, 'http');
  const profileDir = process.env.BENCH_CPU_PROF;
  const { child, port } = await startIngestServer(
    db,
    profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  );
  const knex: Knex = knexFactory(db.config);
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const body = (prefix: string, i: number) =>
    Buffer.from(
      `{"idempotencyKey":"${prefix}-${i}","records":${
        batches[i % batches.length].json
      }}`,
    );
  try {
    await runConcurrently(WARMUP_BATCHES, CONCURRENCY, i =>
      post(agent, port, body('warm', i)),
    );
    const bodies = Array.from({ length: BATCHES }, (_, i) => body('run', i));
    const cpuBefore = await serverCpuSeconds(child);
    const sent = await runConcurrently(BATCHES, CONCURRENCY, i =>
      post(agent, port, bodies[i]),
    );
    // Folding runs behind the acknowledgements; wait for the backlog to drain.
    const drainStart = performance.now();
    for (;;) {
      const [{ count }] = await knex('aiops_ingest_batches')
        .whereNull('folded_at')
        .count({ count: '*' });
      if (Number(count) === 0) break;
      await new Promise(resolve => setTimeout(resolve, 50));
    }
    const drainSeconds = (performance.now() - drainStart) / 1000;
    const cpuSeconds = (await serverCpuSeconds(child)) - cpuBefore;
    const total = (BATCHES + WARMUP_BATCHES) * BATCH_SIZE;
    const [{ records }] = await knex('aiops_profiles').sum({
      records: 'record_count',
    });
    if (Number(records) !== total) {
      throw new Error(`profiles hold ${records} records, expected ${total}`);
    }
    return {
      label: db.label,
      rate: (BATCHES * BATCH_SIZE) / sent.seconds,
      latencies: sent.latencies,
      drainSeconds,
      sustainedRate: (BATCHES * BATCH_SIZE) / (sent.seconds + drainSeconds),
      bodyBytes: bodies[0].length,
      cpuPerRecord: cpuSeconds / (BATCHES * BATCH_SIZE),
    };
  } finally {
    agent.destroy();
    await knex.destroy();
    await new Promise(resolve => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
    await db.drop();
  }
}

async function main() {
  console.log(
    `Ingest benchmark: ${BATCHES} batches × ${BATCH_SIZE} records (20 features: 12 numerical, 8 categorical), ` +
      `${CONCURRENCY} in flight; ${os.cpus().length} cores, ${Math.round(
        os.totalmem() / 2 ** 30,
      )} GiB, Node ${process.version}, load average ${os
        .loadavg()
        .map(l => l.toFixed(1))
        .join(' ')} at start`,
  );
  const batches = prepareBatches();
  for (const kind of selectedDatabases()) {
    if (kind === 'pg' && !(await postgresReachable())) {
      console.log('\nPostgreSQL not reachable (AIOPS_BENCH_PG): skipped');
      continue;
    }
    const raw = await rawAppendAndFold(kind, batches);
    const served = await endToEnd(kind, batches);
    console.log(
      `\n${raw.label} (${(served.bodyBytes / 1024).toFixed(
        0,
      )} KiB per batch body)`,
    );
    printTable(
      ['run', 'records/s', 'batch p50', 'p95', 'p99', 'vs raw append'],
      [
        [
          'raw BatchStore.append (baseline)',
          fmt(raw.appendRate, 0),
          `${fmt(percentile(raw.appendLatencies, 0.5), 1)} ms`,
          `${fmt(percentile(raw.appendLatencies, 0.95), 1)} ms`,
          `${fmt(percentile(raw.appendLatencies, 0.99), 1)} ms`,
          '1.00×',
        ],
        [
          'HTTP route, end to end (202 = durable)',
          fmt(served.rate, 0),
          `${fmt(percentile(served.latencies, 0.5), 1)} ms`,
          `${fmt(percentile(served.latencies, 0.95), 1)} ms`,
          `${fmt(percentile(served.latencies, 0.99), 1)} ms`,
          `${(served.rate / raw.appendRate).toFixed(2)}×`,
        ],
      ],
    );
    printTable(
      ['fold', 'records/s', 'detail'],
      [
        [
          'BatchFolder over the raw backlog',
          fmt(raw.foldRate, 0),
          `${fmt(raw.foldedRecords, 0)} records in ${raw.foldSeconds.toFixed(
            2,
          )} s`,
        ],
        [
          'HTTP run until every batch folded',
          fmt(served.sustainedRate, 0),
          `backlog drained ${served.drainSeconds.toFixed(
            2,
          )} s after the last 202`,
        ],
      ],
    );
    // CPU per record does not depend on what else runs on the machine; one core's worth
    // of it is what the single-threaded instance could take at most.
    console.log(
      `server CPU (ingest + fold, all threads): ${fmt(
        served.cpuPerRecord * 1e6,
        1,
      )} µs per record → ${fmt(
        1 / served.cpuPerRecord,
        0,
      )} records per CPU-second`,
    );
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
