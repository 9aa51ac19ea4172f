import { DriftStatus, driftSeverity } from '@unified-aiops/plugin-aiops-common';

/** The status a model shows, and the better results waiting to confirm a recovery. */
export interface StatusState {
  status: DriftStatus;
  pendingStatus: DriftStatus | null;
  pendingCount: number;
}

/**
 * What one check tells the status: its tier, or `insufficient-data` when the current window
 * held too few records to judge (the check is stored as `no-data` with its reason).
 */
export type CheckOutcome = DriftStatus | 'insufficient-data';

/**
 * Hysteresis between ok / warning / drift: a worse result shows at once (on-call hears of
 * drift on the first check), a better one only after `recoveryChecks` consecutive better
 * results, and then the worst of those. A borderline feature that drifts every other check
 * therefore keeps the status where it is instead of flapping. `no-data` applies at once,
 * both ways (there is nothing to smooth). `insufficient-data` is no evidence either way:
 * the state stays as it was, pending recovery included (it neither counts as a better
 * result nor breaks a run of them), and a model never judged stays `no-data`.
 */
export function nextStatus(
  previous: StatusState | undefined,
  result: CheckOutcome,
  recoveryChecks: number,
): StatusState {
  if (result === 'insufficient-data') {
    return (
      previous ?? { status: 'no-data', pendingStatus: null, pendingCount: 0 }
    );
  }
  const settled = { status: result, pendingStatus: null, pendingCount: 0 };
  if (!previous || result === 'no-data' || previous.status === 'no-data')
    return settled;
  if (driftSeverity(result) >= driftSeverity(previous.status)) return settled;
  const pendingStatus =
    previous.pendingStatus &&
    driftSeverity(previous.pendingStatus) > driftSeverity(result)
      ? previous.pendingStatus
      : result;
  const pendingCount = previous.pendingCount + 1;
  if (pendingCount >= recoveryChecks) {
    return { status: pendingStatus, pendingStatus: null, pendingCount: 0 };
  }
  return { status: previous.status, pendingStatus, pendingCount };
}
