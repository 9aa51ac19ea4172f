import {
  RetrainingRun,
  RunValidation,
} from '@unified-aiops/plugin-aiops-common';
import { StoredRun } from './RetrainingRunStore';

/** A run as the API answers it (no episode key or bookkeeping). */
export function publicRun(run: StoredRun): RetrainingRun {
  const { episodeKey: _e, reportedAt: _r, ...rest } = run;
  return rest;
}

/**
 * A run as lists answer it: without the per-example results (thousands of values each,
 * read by the significance rule only); `GET /v1/runs/{runId}` has them.
 */
export function listedRun(run: StoredRun): RetrainingRun {
  const listed = publicRun(run);
  if (!listed.validation) return listed;
  type Evaluation = RunValidation['challenger'];
  const withoutExamples = (evaluation: Evaluation): Evaluation => {
    const { examples: _x, ...rest } = evaluation;
    return rest;
  };
  return {
    ...listed,
    validation: {
      ...listed.validation,
      champion: listed.validation.champion
        ? withoutExamples(listed.validation.champion)
        : null,
      challenger: withoutExamples(listed.validation.challenger),
    },
  };
}
