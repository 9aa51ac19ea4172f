import { RetrainingRun } from '@unified-aiops/plugin-aiops-common';
import { StoredRun } from './RetrainingRunStore';

/** A run as the API answers it (no episode key or bookkeeping). */
export function publicRun(run: StoredRun): RetrainingRun {
  const { episodeKey: _e, reportedAt: _r, ...rest } = run;
  return rest;
}
