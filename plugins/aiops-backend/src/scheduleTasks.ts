import { toError } from '@backstage/errors';
import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { AiopsSettings } from './AiopsSettings';
import { CheckStore } from './checks/CheckStore';
import { DriftCheckRunner } from './checks/DriftCheckRunner';
import { BatchStore } from './ingest/BatchStore';
import { BatchFolder } from './profiles/BatchFolder';
import { ProfileStore } from './profiles/ProfileStore';

const DAY_MS = 86_400_000;

/** Schedules the background work: folding, drift checks and retention. */
export async function scheduleTasks(options: {
  scheduler: SchedulerService;
  logger: LoggerService;
  settings: AiopsSettings;
  folder: BatchFolder;
  runner: DriftCheckRunner;
  batches: BatchStore;
  profiles: ProfileStore;
  checks: CheckStore;
}) {
  const {
    scheduler,
    logger,
    settings,
    folder,
    runner,
    batches,
    profiles,
    checks,
  } = options;

  // Every replica folds (at startup too): claims skip batches another replica holds.
  await scheduler.scheduleTask({
    id: 'aiops-fold-batches',
    scope: 'local',
    frequency: { seconds: settings.ingest.foldIntervalSeconds },
    timeout: { minutes: 10 },
    fn: async () => {
      try {
        const folded = await folder.foldPending();
        if (folded) logger.debug(`Folded ${folded} ingested batches`);
      } catch (error) {
        logger.error('Folding ingested batches failed', toError(error));
      }
    },
  });

  // One task finds the models due by their own interval; the claim in the database keeps
  // each due check to one replica even if two replicas run the task at once.
  await scheduler.scheduleTask({
    id: 'aiops-drift-checks',
    scope: 'global',
    frequency: { minutes: 1 },
    timeout: { minutes: 10 },
    fn: async () => {
      try {
        await runner.runDue();
      } catch (error) {
        logger.error('Drift check pass failed', toError(error));
      }
    },
  });

  await scheduler.scheduleTask({
    id: 'aiops-retention',
    scope: 'global',
    frequency: { hours: 1 },
    initialDelay: { minutes: 5 },
    timeout: { minutes: 10 },
    fn: async () => {
      const now = Date.now();
      try {
        await checks.pruneResults(now - settings.checks.retentionDays * DAY_MS);
        await batches.pruneFolded(
          now - settings.ingest.batchRetentionDays * DAY_MS,
        );
        await profiles.pruneWindows(
          now - settings.profiles.retentionDays * DAY_MS,
        );
      } catch (error) {
        logger.error('Pruning old drift data failed', toError(error));
      }
    },
  });
}
