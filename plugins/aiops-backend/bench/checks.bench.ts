/*
 * A full scheduled drift-check pass (DriftCheckRunner.runDue) over 1,000 MLModels with
 * 20 features each, reference and current window profiles with full reservoirs (500
 * values per feature), on an SQLite file and PostgreSQL. Next to it, as the baseline,
 * evaluateDrift (detectDrift per feature) alone on the same profiles in memory, and the
 * profile reads alone, so the output says which part dominates.
 * Run from the repo root with `yarn bench:checks`. Prints numbers; not part of the tests.
 *
 * Knobs: BENCH_DB=sqlite|pg|all, BENCH_MODELS (default 1000), BENCH_WINDOWS (current
 * window profiles per model, default 1). To profile, run the same command with
 * `node --cpu-prof` instead of `yarn`.
 */
import { RetrainingRunStore } from '../src/retraining/RetrainingRunStore';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  resolveGovernancePolicy,
  ModelProfile,
  profileRecords,
} from '@unified-aiops/plugin-aiops-common';
import os from 'node:os';
import knexFactory, { Knex } from 'knex';
import { readAiopsSettings } from '../src/AiopsSettings';
import { AuditTrail } from '../src/audit/AuditTrail';
import { CheckStore } from '../src/checks/CheckStore';
import { DriftCheckRunner } from '../src/checks/DriftCheckRunner';
import { evaluateDrift } from '../src/checks/evaluateDrift';
import { StatusNotifier } from '../src/checks/StatusNotifier';
import { migrateDatabase } from '../src/database/migrateDatabase';
import { ApprovalStore } from '../src/governance/ApprovalStore';
import { GateStore } from '../src/governance/GateStore';
import { GovernanceService } from '../src/governance/GovernanceService';
import { GovernanceStatusStore } from '../src/governance/GovernanceStatusStore';
import { WaiverStore } from '../src/governance/WaiverStore';
import { BatchStore } from '../src/ingest/BatchStore';
import {
  ModelDirectory,
  modelInfoFromEntity,
} from '../src/models/ModelDirectory';
import { BatchFolder, windowStartOf } from '../src/profiles/BatchFolder';
import { ProfileStore } from '../src/profiles/ProfileStore';
import {
  createBenchDatabase,
  postgresReachable,
  selectedDatabases,
} from './benchDatabases';
import { benchModelEntity } from './benchModel';
import { benchRecords } from './benchRecords';
import { fmt, printTable } from './benchReport';

const MODELS = Number(process.env.BENCH_MODELS ?? 1000);
const WINDOWS = Number(process.env.BENCH_WINDOWS ?? 1);
const RECORDS_PER_PROFILE = 2000;
const DISTINCT_PROFILES = 10;
const HOUR = 3_600_000;

const silentLogger = {
  debug() {},
  info() {},
  warn() {},
  error: console.error,
  child() {
    return silentLogger;
  },
} as any;

const settings = readAiopsSettings(new ConfigReader({}));
const limits = settings.profiles.limits;
const entities = Array.from({ length: MODELS }, (_, i) =>
  benchModelEntity(`bench-${i}`),
);
const models = entities.map(e => modelInfoFromEntity(e));

/** Distinct reference and current profiles (every 4th current one shifted, so it drifts). */
function prepareProfiles(now: number) {
  const make = (seed: number, shift: number) =>
    profileRecords(
      benchRecords(RECORDS_PER_PROFILE, {
        seed,
        from: now - 2 * HOUR,
        spanMs: HOUR,
        shift,
      }),
      now,
      limits,
    );
  const references = Array.from({ length: DISTINCT_PROFILES }, (_, i) =>
    make(1000 + i, 0),
  );
  const currents = Array.from({ length: DISTINCT_PROFILES }, (_, i) =>
    make(2000 + i, i % 4 === 0 ? 0.2 : 0),
  );
  const full = Object.values(references[0].features).every(
    f => f.reservoir.values.length === limits.reservoirSize,
  );
  if (!full) throw new Error('reservoirs are not full');
  return { references, currents };
}

async function timed<T>(work: () => Promise<T>) {
  const start = performance.now();
  const result = await work();
  return { seconds: (performance.now() - start) / 1000, result };
}

/** Runs `work` per model with the runner's concurrency. */
async function perModel(work: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: settings.checks.concurrency }, async () => {
      for (let i = next++; i < MODELS; i = next++) await work(i);
    }),
  );
}

async function seedDatabase(
  knex: Knex,
  profiles: ProfileStore,
  prepared: ReturnType<typeof prepareProfiles>,
  now: number,
) {
  for (let i = 0; i < MODELS; i++) {
    await profiles.setReference(
      models[i].modelRef,
      prepared.references[i % DISTINCT_PROFILES],
      {
        source: 'records',
        modelVersion: '1',
        windowFrom: null,
        windowTo: null,
      },
    );
  }
  for (let i = 0; i < MODELS; i += 50) {
    await knex.transaction(trx =>
      profiles.mergeWindows(
        trx,
        models.slice(i, i + 50).flatMap((model, j) =>
          Array.from({ length: WINDOWS }, (_, w) => ({
            modelRef: model.modelRef,
            windowStart: windowStartOf(now - (w + 1) * HOUR, 60),
            profile: prepared.currents[(i + j + w) % DISTINCT_PROFILES],
          })),
        ),
      ),
    );
  }
}

async function run(
  kind: 'sqlite' | 'pg',
  prepared: ReturnType<typeof prepareProfiles>,
  now: number,
) {
  const db = await createBenchDatabase(kind, 'checks');
  const knex = await migrateDatabase(
    mockServices.database({ knex: knexFactory(db.config) }),
  );
  try {
    const profiles = ProfileStore.create({ knex, limits });
    const checks = CheckStore.create({ knex });
    const catalog = catalogServiceMock({ entities });
    const auth = mockServices.auth();
    const batches = BatchStore.create({ knex });
    const directory = ModelDirectory.create({
      catalog,
      auth,
      logger: silentLogger,
    });
    const notifier = StatusNotifier.create({
      catalog,
      auth,
      trail: AuditTrail.create({ knex }),
      logger: silentLogger,
      notifications: { send: async () => {} },
      events: { publish: async () => {}, subscribe: async () => {} },
    });
    // As in production, each check re-evaluates the model's governance after it.
    const governance = GovernanceService.create({
      knex,
      runs: RetrainingRunStore.create({ knex }),
      policy: resolveGovernancePolicy(),
      models: directory,
      gates: GateStore.create({ knex }),
      waivers: WaiverStore.create({ knex }),
      approvals: ApprovalStore.create({ knex }),
      statuses: GovernanceStatusStore.create({ knex }),
      checks,
      profiles,
      notifier,
      settings,
      logger: silentLogger,
    });
    const runner = DriftCheckRunner.create({
      checks,
      profiles,
      models: directory,
      folder: BatchFolder.create({
        knex,
        batches,
        profiles,
        models: directory,
        logger: silentLogger,
        windowMinutes: settings.profiles.windowMinutes,
        limits,
        batchSize: settings.ingest.foldBatchSize,
      }),
      notifier,
      governance,
      settings,
      logger: silentLogger,
    });
    const seeding = await timed(() =>
      seedDatabase(knex, profiles, prepared, now),
    );

    // The part reading profiles: what each check reads, at the runner's concurrency.
    const from = windowStartOf(
      now - settings.checks.currentWindowHours * HOUR,
      60,
    );
    const to = windowStartOf(now, 60) + HOUR;
    const loaded: Array<{ current: ModelProfile; reference: ModelProfile }> =
      [];
    const reads = await timed(() =>
      perModel(async i => {
        const [current, reference] = await Promise.all([
          profiles.readRange(models[i].modelRef, from, to),
          profiles.getReference(models[i].modelRef),
        ]);
        loaded[i] = { current: current.profile, reference: reference!.profile };
      }),
    );

    // Baseline: the statistics alone, on the very profiles the check reads.
    let drifted = 0;
    const statistics = await timed(async () => {
      for (let i = 0; i < MODELS; i++) {
        const evaluation = evaluateDrift({
          reference: loaded[i].reference,
          current: loaded[i].current,
          features: models[i].features,
          datasetDriftShare: settings.checks.datasetDriftShare,
        });
        if (evaluation.status === 'drift') drifted += 1;
      }
    });

    const whole = await timed(() => runner.runDue(now));
    if (whole.result.length !== MODELS) {
      throw new Error(`checked ${whole.result.length} of ${MODELS} models`);
    }
    const [{ count }] = await knex('aiops_check_results').count({ count: '*' });
    if (Number(count) !== MODELS) throw new Error(`stored ${count} checks`);
    return { label: db.label, seeding, reads, statistics, whole, drifted };
  } finally {
    await knex.destroy();
    await db.drop();
  }
}

async function main() {
  console.log(
    `Drift check benchmark: ${MODELS} models × 20 features (12 numerical, 8 categorical) + prediction, ` +
      `reservoirs full (${limits.reservoirSize} values), ${WINDOWS} current window(s) per model, ` +
      `concurrency ${settings.checks.concurrency}; ${
        os.cpus().length
      } cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${
        process.version
      }`,
  );
  const now = Date.now();
  const prepared = prepareProfiles(now);
  console.log(
    `profile size: ${(
      JSON.stringify(prepared.references[0]).length / 1024
    ).toFixed(0)} KiB as stored JSON`,
  );
  for (const kind of selectedDatabases()) {
    if (kind === 'pg' && !(await postgresReachable())) {
      console.log('\nPostgreSQL not reachable (AIOPS_BENCH_PG): skipped');
      continue;
    }
    const r = await run(kind, prepared, now);
    const total = r.whole.seconds;
    const rest = Math.max(0, total - r.reads.seconds - r.statistics.seconds);
    console.log(
      `\n${r.label} (seeded ${MODELS} references and ${
        MODELS * WINDOWS
      } windows in ${r.seeding.seconds.toFixed(1)} s; ${
        r.drifted
      } models drift)`,
    );
    printTable(
      ['part', 'total', 'per model', 'share of the whole check'],
      [
        [
          'evaluateDrift alone, in memory (baseline)',
          `${r.statistics.seconds.toFixed(2)} s`,
          `${fmt((r.statistics.seconds * 1000) / MODELS, 2)} ms`,
          `${((100 * r.statistics.seconds) / total).toFixed(0)}%`,
        ],
        [
          'profile reads alone (readRange + getReference, JSON)',
          `${r.reads.seconds.toFixed(2)} s`,
          `${fmt((r.reads.seconds * 1000) / MODELS, 2)} ms`,
          `${((100 * r.reads.seconds) / total).toFixed(0)}%`,
        ],
        [
          'rest (claims, saving results and status, notifying)',
          `≈ ${rest.toFixed(2)} s`,
          `≈ ${fmt((rest * 1000) / MODELS, 2)} ms`,
          `≈ ${((100 * rest) / total).toFixed(0)}%`,
        ],
        [
          'whole runDue pass, with the database',
          `${total.toFixed(2)} s`,
          `${fmt((total * 1000) / MODELS, 2)} ms`,
          `100% (${(total / r.statistics.seconds).toFixed(1)}× evaluateDrift)`,
        ],
      ],
    );
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
