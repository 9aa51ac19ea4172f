import { DriftCheck, DriftStatus } from '@unified-aiops/plugin-aiops-common';

/** One check on the drift-over-time chart. */
export interface DriftHistoryPoint {
  time: number;
  /** Share of tested features that drifted; null when the check had no data to test. */
  driftedShare: number | null;
  /** Tier of this check alone. */
  resultStatus: DriftStatus;
  /** Model status after hysteresis. */
  status: DriftStatus;
}

/** The checks oldest first, with no-data checks as gaps rather than zero drift. */
export function driftHistoryData(checks: DriftCheck[]): DriftHistoryPoint[] {
  return checks
    .map(check => ({
      time: Date.parse(check.checkedAt),
      driftedShare:
        check.resultStatus === 'no-data' ? null : check.result.driftedShare,
      resultStatus: check.resultStatus,
      status: check.status,
    }))
    .sort((a, b) => a.time - b.time);
}
