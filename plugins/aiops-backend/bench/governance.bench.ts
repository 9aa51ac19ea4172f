/*
 * Governance and the audit trail, three figures with a baseline beside each:
 *
 * 1. Evaluation: evaluateGovernance (12 default checks) over 5,000 varied models in
 *    memory; baseline: validating the same entities with validateAiopsEntity, the zod
 *    check the catalog already runs on each of them.
 * 2. Verification: AuditTrail.verify over a 1,000,000-entry chain on an SQLite file and
 *    PostgreSQL; baselines: reading the same rows without hashing, and the chain checked
 *    in memory (hashing alone). Also the offline verifier (verifyAuditExport) over the
 *    same chain as a JSON Lines file, as an auditor runs it.
 * 3. Appends: AuditTrail.append from 4 concurrent writers, each with its own connection
 *    pool as separate replicas would have, on PostgreSQL (and SQLite for comparison);
 *    baseline: the same 4 writers inserting the same rows into an unchained table, so the
 *    ratio is what serializing on the head row costs. The chain is verified afterwards.
 *
 * Run from the repo root with `yarn bench:governance`. Prints numbers; not part of the
 * tests. Knobs: BENCH_DB=sqlite|pg|all, BENCH_MODELS (5000), BENCH_ENTRIES (1000000),
 * BENCH_APPENDS (appends per writer, 1000), BENCH_WRITERS (4).
 */
import { mockServices } from '@backstage/backend-test-utils';
import {
  AuditChainVerifier,
  AuditEntry,
  GENESIS_HASH,
  auditEntryHash,
  evaluateGovernance,
  resolveGovernancePolicy,
  validateAiopsEntity,
  verifyAuditExport,
} from '@unified-aiops/plugin-aiops-common';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import knexFactory, { Knex } from 'knex';
import { AuditTrail } from '../src/audit/AuditTrail';
import { sha256Hex } from '../src/audit/sha256Hex';
import { migrateDatabase } from '../src/database/migrateDatabase';
import {
  BenchDatabase,
  createBenchDatabase,
  postgresReachable,
  selectedDatabases,
} from './benchDatabases';
import { fmt, percentile, printTable } from './benchReport';
import { governanceInputs } from './governanceInputs';

const MODELS = Number(process.env.BENCH_MODELS ?? 5000);
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 1_000_000);
const APPENDS = Number(process.env.BENCH_APPENDS ?? 1000);
const WRITERS = Number(process.env.BENCH_WRITERS ?? 4);
const RUNS = 5;
/** Entries generated, hashed and written per step while seeding. */
const SEED_CHUNK = 2000;
/** Rows per insert statement: knex writes SQLite's as a compound SELECT, at most 500 terms. */
const INSERT_ROWS = 400;

const ms = (seconds: number) => `${fmt(seconds * 1000, 1)} ms`;
const s = (seconds: number) => `${fmt(seconds, 2)} s`;

async function timed<T>(work: () => Promise<T> | T) {
  const start = performance.now();
  const result = await work();
  return { seconds: (performance.now() - start) / 1000, result };
}

/** The median time of RUNS runs after one warm-up. */
async function median(work: () => unknown): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push((await timed(work)).seconds);
  return percentile(times, 0.5);
}

function benchEvaluation() {
  const now = Date.parse('2026-12-01T12:00:00.000Z');
  const policy = resolveGovernancePolicy();
  const inputs = governanceInputs(MODELS, now);
  return (async () => {
    const statuses = new Map<string, number>();
    for (const input of inputs) {
      const { status } = evaluateGovernance(policy, input);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
    const evaluation = await median(() => {
      for (const input of inputs) evaluateGovernance(policy, input);
    });
    const validation = await median(() => {
      for (const input of inputs) validateAiopsEntity(input.entity);
    });
    console.log(
      `\n## Evaluation: ${fmt(MODELS, 0)} models × ${
        policy.checks.length
      } checks (median of ${RUNS})\n`,
    );
    printTable(
      ['run', 'total', 'per model', 'vs baseline'],
      [
        [
          'validateAiopsEntity (baseline)',
          ms(validation),
          `${fmt((validation * 1e6) / MODELS, 1)} µs`,
          '1.00×',
        ],
        [
          'evaluateGovernance',
          ms(evaluation),
          `${fmt((evaluation * 1e6) / MODELS, 1)} µs`,
          `${fmt(evaluation / validation, 2)}×`,
        ],
      ],
    );
    console.log(
      `\nStatuses: ${[...statuses]
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}. Goal < 1 s: ${evaluation < 1 ? 'met' : 'NOT met'}.`,
    );
  })();
}

/** A realistic entry's content, varied by sequence. */
function recordOf(sequence: number) {
  const model = `mlmodel:default/model-${sequence % 500}`;
  switch (sequence % 4) {
    case 0:
      return {
        actor: 'user:default/ci-bot',
        action: 'gate-decision',
        entityRef: model,
        details: {
          modelVersion: String(sequence % 40),
          commitSha: `c0ffee${sequence}`,
          decision: sequence % 8 === 0 ? 'fail' : 'pass',
          score: 80 + (sequence % 20),
          failing: sequence % 8 === 0 ? ['human-approval'] : [],
        },
      };
    case 1:
      return {
        actor: 'plugin:aiops',
        action: 'governance-status-change',
        entityRef: model,
        details: {
          entityRef: model,
          previousStatus: 'compliant',
          status: 'at-risk',
          reason: 'Model card complete: sections missing: Limitations',
        },
      };
    case 2:
      return {
        actor: 'user:default/risk-officer',
        action: 'waiver-approve',
        entityRef: model,
        details: { waiverId: String(sequence), checkId: 'runbook' },
      };
    default:
      return {
        actor: 'plugin:aiops',
        action: 'drift-status-change',
        entityRef: model,
        details: { previousStatus: 'ok', status: 'warning', pValue: 0.012 },
      };
  }
}

/**
 * Writes an ENTRIES-long chain straight into the trail's tables (and a JSON Lines export
 * of it), checking it in memory on the way; returns how long that in-memory check took.
 */
async function seedChain(knex: Knex, exportFile: string) {
  const out = fs.createWriteStream(exportFile);
  const verifier = new AuditChainVerifier(sha256Hex);
  const start = Date.parse('2026-01-01T00:00:00.000Z');
  let prevHash = GENESIS_HASH;
  let hashing = 0;
  for (let first = 1; first <= ENTRIES; first += SEED_CHUNK) {
    const entries: AuditEntry[] = [];
    for (let seq = first; seq < first + SEED_CHUNK && seq <= ENTRIES; seq++) {
      const unhashed = {
        sequence: seq,
        time: new Date(start + seq * 1000).toISOString(),
        ...recordOf(seq),
        prevHash,
      };
      const entry = { ...unhashed, hash: auditEntryHash(unhashed, sha256Hex) };
      prevHash = entry.hash;
      entries.push(entry);
    }
    const t0 = performance.now();
    for (const entry of entries) verifier.verify(entry);
    hashing += performance.now() - t0;
    await knex.batchInsert(
      'aiops_audit_log',
      entries.map(e => ({
        sequence: e.sequence,
        time: e.time,
        actor: e.actor,
        action: e.action,
        entity_ref: e.entityRef,
        details: JSON.stringify(e.details),
        prev_hash: e.prevHash,
        hash: e.hash,
      })),
      INSERT_ROWS,
    );
    if (!out.write(`${entries.map(e => JSON.stringify(e)).join('\n')}\n`)) {
      await new Promise(resolve => out.once('drain', resolve));
    }
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  await knex('aiops_audit_head')
    .where({ id: 1 })
    .update({ sequence: ENTRIES, hash: prevHash });
  if (!verifier.result().valid) throw new Error('seeded chain is invalid');
  return hashing / 1000;
}

async function migrated(db: BenchDatabase) {
  return migrateDatabase(
    mockServices.database({ knex: knexFactory(db.config) }),
  );
}

async function benchVerification(kind: 'sqlite' | 'pg') {
  const db = await createBenchDatabase(kind, 'audit');
  const knex = await migrated(db);
  const exportFile = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'aiops-audit-')),
    'audit.jsonl',
  );
  try {
    const seeding = await timed(() => seedChain(knex, exportFile));
    const trail = AuditTrail.create({ knex });
    const reading = await timed(async () => {
      let n = 0;
      for await (const _ of trail.entries()) n += 1;
      return n;
    });
    const verifying = await timed(() => trail.verify());
    const offline = await timed(() =>
      verifyAuditExport(
        readline.createInterface({
          input: fs.createReadStream(exportFile),
          crlfDelay: Infinity,
        }),
        { sha256: sha256Hex, mode: 'chain' },
      ),
    );
    if (reading.result !== ENTRIES) throw new Error('rows missing');
    if (!verifying.result.valid || verifying.result.entries !== ENTRIES) {
      throw new Error(`verify: ${JSON.stringify(verifying.result)}`);
    }
    if (!offline.result.valid || offline.result.entries !== ENTRIES) {
      throw new Error(`offline: ${JSON.stringify(offline.result)}`);
    }
    const size = fs.statSync(exportFile).size / 2 ** 20;
    console.log(
      `\n## Verification: ${fmt(ENTRIES, 0)} entries, ${
        db.label
      } (seeded in ${s(seeding.seconds)}; export ${fmt(size, 0)} MiB)\n`,
    );
    printTable(
      ['run', 'time', 'entries/s', 'vs reading alone'],
      [
        [
          'reading the rows alone (baseline)',
          s(reading.seconds),
          fmt(ENTRIES / reading.seconds, 0),
          '1.00×',
        ],
        [
          'checking the chain in memory (hashing alone)',
          s(seeding.result),
          fmt(ENTRIES / seeding.result, 0),
          `${fmt(seeding.result / reading.seconds, 2)}×`,
        ],
        [
          'AuditTrail.verify (GET /v1/audit/verify)',
          s(verifying.seconds),
          fmt(ENTRIES / verifying.seconds, 0),
          `${fmt(verifying.seconds / reading.seconds, 2)}×`,
        ],
        [
          'verifyAuditExport on the JSON Lines file (offline)',
          s(offline.seconds),
          fmt(ENTRIES / offline.seconds, 0),
          `${fmt(offline.seconds / reading.seconds, 2)}×`,
        ],
      ],
    );
    console.log(
      `\nGoal < 10 s: ${verifying.seconds < 10 ? 'met' : 'NOT met'}.`,
    );
  } finally {
    await knex.destroy();
    await db.drop();
    fs.rmSync(path.dirname(exportFile), { recursive: true, force: true });
  }
}

/**
 * Runs WRITERS writers at once, each doing `work` APPENDS times: on PostgreSQL each on its
 * own knex, as replicas would; on SQLite (one instance by nature: better-sqlite3 blocks
 * its thread while it waits for a lock) all on one.
 */
async function concurrentWriters(
  db: BenchDatabase,
  work: (knex: Knex, writer: number, i: number) => Promise<unknown>,
) {
  const shared = db.config.client === 'pg' ? null : knexFactory(db.config);
  const pools = Array.from(
    { length: WRITERS },
    () => shared ?? knexFactory(db.config),
  );
  try {
    return await timed(() =>
      Promise.all(
        pools.map(async (knex, writer) => {
          for (let i = 0; i < APPENDS; i++) await work(knex, writer, i);
        }),
      ),
    );
  } finally {
    await Promise.all([...new Set(pools)].map(p => p.destroy()));
  }
}

async function benchAppends(kind: 'sqlite' | 'pg') {
  const db = await createBenchDatabase(kind, 'appends');
  const knex = await migrated(db);
  try {
    await knex.schema.createTable('bench_unchained', table => {
      table.bigIncrements('sequence').primary();
      table.string('time', 30).notNullable();
      table.string('actor').notNullable();
      table.string('action', 100).notNullable();
      table.string('entity_ref').nullable();
      table.text('details', 'longtext').notNullable();
    });
    const plain = await concurrentWriters(db, (k, writer, i) => {
      const record = recordOf(writer * APPENDS + i);
      return k.transaction(trx =>
        trx('bench_unchained').insert({
          time: new Date().toISOString(),
          actor: record.actor,
          action: record.action,
          entity_ref: record.entityRef,
          details: JSON.stringify(record.details),
        }),
      );
    });
    const latencies: number[] = [];
    const chained = await concurrentWriters(db, async (k, writer, i) => {
      const t0 = performance.now();
      await AuditTrail.create({ knex: k }).append(
        recordOf(writer * APPENDS + i),
      );
      latencies.push(performance.now() - t0);
    });
    const verification = await AuditTrail.create({ knex }).verify();
    const total = WRITERS * APPENDS;
    if (!verification.valid || verification.entries !== total) {
      throw new Error(`chain after appends: ${JSON.stringify(verification)}`);
    }
    console.log(
      `\n## Appends: ${WRITERS} writers × ${fmt(APPENDS, 0)}, ${db.label} (${
        db.config.client === 'pg'
          ? 'each writer its own pool'
          : 'one process, one connection'
      })\n`,
    );
    printTable(
      ['run', 'time', 'appends/s', 'vs unchained', 'p50 / p99 per append'],
      [
        [
          'insert into an unchained table (baseline)',
          s(plain.seconds),
          fmt(total / plain.seconds, 0),
          '1.00×',
          '—',
        ],
        [
          'AuditTrail.append (head row locked)',
          s(chained.seconds),
          fmt(total / chained.seconds, 0),
          `${fmt(plain.seconds / chained.seconds, 2)}×`,
          `${fmt(percentile(latencies, 0.5), 1)} / ${fmt(
            percentile(latencies, 0.99),
            1,
          )} ms`,
        ],
      ],
    );
    console.log(
      `\nThe chain afterwards: ${verification.entries} entries, valid.`,
    );
  } finally {
    await knex.destroy();
    await db.drop();
  }
}

async function main() {
  console.log(
    `# yarn bench:governance — ${new Date().toISOString()}, ${
      os.cpus().length
    } cores, ${fmt(os.totalmem() / 2 ** 30, 0)} GiB, Node ${
      process.version
    }, load average ${os
      .loadavg()
      .map(l => l.toFixed(2))
      .join(' ')}`,
  );
  await benchEvaluation();
  for (const kind of selectedDatabases()) {
    if (kind === 'pg' && !(await postgresReachable())) {
      console.log('\nPostgreSQL is not reachable: skipped.');
      continue;
    }
    await benchVerification(kind);
    await benchAppends(kind);
  }
}

main().catch(error => {
  console.error(String(error?.stack ?? error).slice(0, 2000));
  process.exit(1);
});
