import { Config } from '@backstage/config';
import { availableParallelism } from 'node:os';
import {
  DEFAULT_PROFILE_LIMITS,
  ProfileLimits,
} from '@unified-aiops/plugin-aiops-common';

/** The plugin's knobs, read once from `aiops.*` with demo-friendly defaults. */
export interface AiopsSettings {
  ingest: {
    maxBatchRecords: number;
    maxReferenceRecords: number;
    minReferenceRecords: number;
    maxRecordBytes: number;
    foldIntervalSeconds: number;
    foldBatchSize: number;
    foldQueueRecords: number;
    batchRetentionDays: number;
  };
  otlp: {
    /** Seconds a GenAI span waits for evaluations from log records; 0 folds at once. */
    evaluationWaitSeconds: number;
  };
  kserve: {
    /** Seconds a KServe event waits for the other event of its inference. */
    joinWaitSeconds: number;
  };
  profiles: {
    windowMinutes: number;
    retentionDays: number;
    limits: ProfileLimits;
  };
  checks: {
    intervalMinutes: number;
    currentWindowHours: number;
    datasetDriftShare: number;
    recoveryChecks: number;
    minCurrentRecords: number;
    retentionDays: number;
    concurrency: number;
    costRegressionRatio: number;
  };
  governance: {
    evaluationIntervalMinutes: number;
    /** Seconds between passes that look for changed entities. */
    entityChangeSeconds: number;
    approvalValidityDays: number;
    maxWaiverDays: number;
    fourEyes: boolean;
  };
  audit: {
    /** Days entries are kept; 0 keeps them forever. */
    retentionDays: number;
    /** Worker threads hashing entries during verification; 0 hashes on the event loop. */
    verifyThreads: number;
  };
}

/** Reads the settings from config (`aiops.ingest`, `profiles`, `checks`, `governance`, `audit`). */
export function readAiopsSettings(config: Config): AiopsSettings {
  const num = (key: string, fallback: number) =>
    config.getOptionalNumber(`aiops.${key}`) ?? fallback;
  return {
    ingest: {
      maxBatchRecords: num('ingest.maxBatchRecords', 10_000),
      maxReferenceRecords: num('ingest.maxReferenceRecords', 100_000),
      minReferenceRecords: num('ingest.minReferenceRecords', 100),
      maxRecordBytes: num('ingest.maxRecordBytes', 2048),
      foldIntervalSeconds: num('ingest.foldIntervalSeconds', 10),
      foldBatchSize: num('ingest.foldBatchSize', 50),
      foldQueueRecords: num('ingest.foldQueueRecords', 50_000),
      batchRetentionDays: num('ingest.batchRetentionDays', 7),
    },
    otlp: {
      evaluationWaitSeconds: num('otlp.evaluationWaitSeconds', 30),
    },
    kserve: {
      joinWaitSeconds: num('kserve.joinWaitSeconds', 30),
    },
    profiles: {
      windowMinutes: num('profiles.windowMinutes', 60),
      retentionDays: num('profiles.retentionDays', 30),
      limits: {
        ...DEFAULT_PROFILE_LIMITS,
        reservoirSize: num(
          'profiles.reservoirSize',
          DEFAULT_PROFILE_LIMITS.reservoirSize,
        ),
        maxCategories: num(
          'profiles.maxCategories',
          DEFAULT_PROFILE_LIMITS.maxCategories,
        ),
        maxFeatures: num(
          'profiles.maxFeatures',
          DEFAULT_PROFILE_LIMITS.maxFeatures,
        ),
      },
    },
    checks: {
      intervalMinutes: num('checks.intervalMinutes', 5),
      currentWindowHours: num('checks.currentWindowHours', 24),
      datasetDriftShare: num('checks.datasetDriftShare', 0.5),
      recoveryChecks: num('checks.recoveryChecks', 2),
      minCurrentRecords: num('checks.minCurrentRecords', 500),
      retentionDays: num('checks.retentionDays', 30),
      concurrency: num('checks.concurrency', 8),
      costRegressionRatio: num('checks.costRegressionRatio', 1.2),
    },
    governance: {
      evaluationIntervalMinutes: num('governance.evaluationIntervalMinutes', 5),
      entityChangeSeconds: num('governance.entityChangeSeconds', 30),
      approvalValidityDays: num('governance.approvalValidityDays', 90),
      maxWaiverDays: num('governance.maxWaiverDays', 180),
      fourEyes: config.getOptionalBoolean('aiops.governance.fourEyes') ?? true,
    },
    audit: {
      retentionDays: num('audit.retentionDays', 0),
      verifyThreads: num('audit.verifyThreads', availableParallelism()),
    },
  };
}
