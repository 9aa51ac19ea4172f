import {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { toError } from '@backstage/errors';
import { AiopsSettings } from './AiopsSettings';
import { AuditTrail } from './audit/AuditTrail';
import { CheckStore } from './checks/CheckStore';
import { DriftCheckRunner } from './checks/DriftCheckRunner';
import { GovernanceService } from './governance/GovernanceService';
import { BatchStore } from './ingest/BatchStore';
import { BatchFolder } from './profiles/BatchFolder';
import { ProfileStore } from './profiles/ProfileStore';
import { RetrainingService } from './retraining/RetrainingService';
import { KserveIngest } from './kserve/KserveIngest';
import { OtlpTraceIngest } from './otlp/OtlpTraceIngest';
import { PrometheusSource } from './prometheus/PrometheusSource';
import { ResourceStore } from './prometheus/ResourceStore';

const DAY_MS = 86_400_000;

/** What the background tasks work on, built in plugin.ts. */
export interface BackgroundWork {
  scheduler: SchedulerService;
  logger: LoggerService;
  settings: AiopsSettings;
  folder: BatchFolder;
  runner: DriftCheckRunner;
  governance: GovernanceService;
  trail: AuditTrail;
  batches: BatchStore;
  profiles: ProfileStore;
  checks: CheckStore;
  retraining: RetrainingService;
  traces: OtlpTraceIngest;
  kserve: KserveIngest;
  prometheus: PrometheusSource;
  resources: ResourceStore;
}

/** Schedules the background work: folding, drift checks and retention. */
export async function scheduleTasks(work: BackgroundWork) {
  const { settings } = work;
  // A failed run is logged with its error; the next run tries again.
  const schedule = (
    task: { id: string; failure: string; run: () => Promise<void> },
    timing: Omit<SchedulerServiceTaskScheduleDefinition, 'timeout'> & {
      scope: 'local' | 'global';
    },
  ) =>
    work.scheduler.scheduleTask({
      id: task.id,
      timeout: { minutes: 10 },
      ...timing,
      fn: async () => {
        try {
          await task.run();
        } catch (error) {
          work.logger.error(task.failure, toError(error));
        }
      },
    });

  // Every replica folds (at startup too): claims skip batches another replica holds.
  await schedule(
    {
      id: 'aiops-fold-batches',
      failure: 'Folding ingested batches failed',
      run: async () => {
        const folded = await work.folder.foldPending();
        if (folded) work.logger.debug(`Folded ${folded} ingested batches`);
      },
    },
    {
      scope: 'local',
      frequency: { seconds: settings.ingest.foldIntervalSeconds },
    },
  );

  // One task finds the models due by their own interval; the claim in the database keeps
  // each due check to one replica even if two replicas run the task at once.
  await schedule(
    {
      id: 'aiops-drift-checks',
      failure: 'Drift check pass failed',
      run: async () => {
        await work.runner.runDue();
      },
    },
    { scope: 'global', frequency: { minutes: 1 } },
  );

  // Models against the policy, once across replicas: each pass re-evaluates those whose
  // entity changed and those not evaluated for evaluationIntervalMinutes. The other
  // inputs (evidence, waivers, approvals, drift) re-evaluate their model when they change.
  await schedule(
    {
      id: 'aiops-governance',
      failure: 'Governance evaluation pass failed',
      run: async () => {
        const evaluated = await work.governance.reevaluateDue();
        if (evaluated) work.logger.debug(`Evaluated ${evaluated} models`);
      },
    },
    {
      scope: 'global',
      frequency: { seconds: settings.governance.entityChangeSeconds },
    },
  );

  // Runs in flight, once across replicas: each asked of its runner, and timed out past
  // its deadline. State changes are compare-and-set, so a callback racing a pass is safe.
  await schedule(
    {
      id: 'aiops-retraining-runs',
      failure: 'Following retraining runs failed',
      run: async () => {
        const moved = await work.retraining.followRuns();
        if (moved) work.logger.debug(`Moved ${moved} retraining runs`);
      },
    },
    {
      scope: 'global',
      frequency: { seconds: work.retraining.followIntervalSeconds },
    },
  );

  // KServe events whose partner did not come within the wait, once across replicas (each
  // inference is claimed in one statement, so a pass and an arriving partner fold it once).
  await schedule(
    {
      id: 'aiops-kserve-release',
      failure: 'Folding unpaired KServe events failed',
      run: async () => {
        const folded = await work.kserve.releaseDue();
        if (folded)
          work.logger.debug(`Folded ${folded} unpaired KServe events`);
      },
    },
    {
      scope: 'global',
      frequency: {
        seconds: Math.max(
          1,
          Math.min(10, settings.kserve.joinWaitSeconds || 10),
        ),
      },
    },
  );

  // GenAI spans whose wait for their evaluations is over, once across replicas (a release
  // cut short is finished by the next as a replay). Every few seconds, at most the wait.
  await schedule(
    {
      id: 'aiops-otlp-release',
      failure: 'Releasing held OTLP spans failed',
      run: async () => {
        const released = await work.traces.releaseDue();
        if (released) work.logger.debug(`Released ${released} held OTLP spans`);
      },
    },
    {
      scope: 'global',
      frequency: {
        seconds: Math.max(
          1,
          Math.min(5, settings.otlp.evaluationWaitSeconds || 5),
        ),
      },
    },
  );

  // Figures from Prometheus, once across replicas; a pull catches up the steps it missed.
  if (work.prometheus.enabled) {
    await schedule(
      {
        id: 'aiops-prometheus-pull',
        failure: 'Pulling figures from Prometheus failed',
        run: async () => {
          const pulled = await work.prometheus.pullAll();
          if (pulled)
            work.logger.debug(`Pulled ${pulled} models from Prometheus`);
        },
      },
      {
        scope: 'global',
        frequency: { seconds: work.prometheus.intervalSeconds },
      },
    );
  }

  await schedule(
    {
      id: 'aiops-retention',
      failure: 'Pruning old drift data failed',
      run: async () => {
        const now = Date.now();
        const before = (days: number) => now - days * DAY_MS;
        await work.checks.pruneResults(before(settings.checks.retentionDays));
        await work.resources.prune(before(settings.checks.retentionDays));
        await work.batches.pruneFolded(
          before(settings.ingest.batchRetentionDays),
        );
        await work.profiles.pruneWindows(
          before(settings.profiles.retentionDays),
        );
        if (settings.audit.retentionDays > 0) {
          await work.trail.prune(
            new Date(before(settings.audit.retentionDays)).toISOString(),
            'plugin:aiops',
          );
        }
      },
    },
    { scope: 'global', frequency: { hours: 1 }, initialDelay: { minutes: 5 } },
  );
}
