import {
  DriftCheck,
  ModelDriftStatus,
} from '@unified-aiops/plugin-aiops-common';
import { CheckStore } from './CheckStore';

/** Reads a model's drift status and check history as the API answers them. */
export class StatusService {
  static create(options: { checks: CheckStore; recoveryChecks: number }) {
    return new StatusService(options.checks, options.recoveryChecks);
  }

  private constructor(
    private readonly checks: CheckStore,
    private readonly recoveryChecks: number,
  ) {}

  /** The model's status with its latest check; `no-data` before its first check. */
  async status(modelRef: string): Promise<ModelDriftStatus> {
    const status = await this.checks.getStatus(modelRef);
    const latest = status?.lastResultId
      ? await this.checks.getCheck(status.lastResultId)
      : undefined;
    return {
      entityRef: modelRef,
      status: status?.status ?? 'no-data',
      pendingStatus: status?.pendingStatus ?? null,
      pendingCount: status?.pendingCount ?? 0,
      recoveryChecks: this.recoveryChecks,
      lastCheckedAt: status?.lastCheckedAt ?? null,
      changedAt: status?.changedAt ?? null,
      latest: latest ?? null,
    };
  }

  /** The model's latest checks, newest first. */
  async history(modelRef: string, limit: number): Promise<DriftCheck[]> {
    return this.checks.history(modelRef, limit);
  }
}
