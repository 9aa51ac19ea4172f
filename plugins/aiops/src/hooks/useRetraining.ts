import { useApi } from '@backstage/core-plugin-api';
import { ModelName, RetrainingRun } from '@unified-aiops/plugin-aiops-common';
import { useCallback, useEffect, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { aiopsApiRef } from '../api/AiopsApi';

/** Runs the Retraining tab lists. */
export const RUNS_LIMIT = 50;
/** How often the tab reads the runs again while one is in flight or awaits a person. */
export const RUNS_POLL_MS = 10_000;

/** Whether a run will still change without anyone acting on it here. */
export function isLive(run: RetrainingRun) {
  return (
    run.state === 'queued' ||
    run.state === 'running' ||
    run.promotion?.state === 'awaiting-approval'
  );
}

/**
 * Loads runs with `load`, newest first; reads them again every {@link RUNS_POLL_MS} while
 * one is live, and on `refresh` (after an action).
 */
function usePolledRuns(load: () => Promise<RetrainingRun[]>, deps: unknown[]) {
  const [version, setVersion] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const runs = useAsync(load, [...deps, version]);
  const refresh = useCallback(() => setVersion(v => v + 1), []);
  const live = runs.value?.some(isLive) ?? false;
  useEffect(() => {
    if (!live) return undefined;
    const timer = setInterval(refresh, RUNS_POLL_MS);
    return () => clearInterval(timer);
  }, [live, refresh]);
  return { runs, refresh };
}

/** A model's retraining runs (the Retraining tab), polled while one is live. */
export function useRetraining(model: ModelName) {
  const api = useApi(aiopsApiRef);
  return usePolledRuns(
    () => api.listRetrainingRuns(model, { limit: RUNS_LIMIT }),
    [api, model],
  );
}

/** An MLPipeline's runs across its models (the Runs tab), polled while one is live. */
export function usePipelineRuns(pipeline: ModelName) {
  const api = useApi(aiopsApiRef);
  return usePolledRuns(
    () => api.listPipelineRuns(pipeline, { limit: RUNS_LIMIT }),
    [api, pipeline],
  );
}

/**
 * The version the loop made champion and that is still in force (not rolled back), from
 * the model's latest runs; undefined when none is, or the runs cannot be read.
 */
export function useLoopChampion(model: ModelName): RetrainingRun | undefined {
  const api = useApi(aiopsApiRef);
  const { value } = useAsync(
    () => api.listRetrainingRuns(model, { limit: RUNS_LIMIT }),
    [api, model],
  );
  return value?.find(run => run.promotion?.state === 'promoted');
}
