import { useApi } from '@backstage/core-plugin-api';
import { ModelName } from '@unified-aiops/plugin-aiops-common';
import { useCallback, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { aiopsApiRef } from '../api/AiopsApi';

/** Checks the drift-over-time chart shows. */
export const CHECK_HISTORY_LIMIT = 100;

/**
 * Loads a model's drift status, check history and profile comparison; `refresh` reloads
 * all three, keeping the previous values on screen while it does.
 */
export function useModelMonitoring(model: ModelName) {
  const api = useApi(aiopsApiRef);
  const [version, setVersion] = useState(0);
  const status = useAsync(
    () => api.getModelStatus(model),
    [api, model, version],
  );
  const checks = useAsync(
    () => api.getChecks(model, { limit: CHECK_HISTORY_LIMIT }),
    [api, model, version],
  );
  const profiles = useAsync(
    () => api.getProfiles(model),
    [api, model, version],
  );
  const refresh = useCallback(() => setVersion(v => v + 1), []);
  return { status, checks, profiles, refresh };
}
