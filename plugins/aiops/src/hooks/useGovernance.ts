import { useApi } from '@backstage/core-plugin-api';
import { ModelName } from '@unified-aiops/plugin-aiops-common';
import { useCallback, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { aiopsApiRef } from '../api/AiopsApi';

/** Gate calls the Governance tab lists. */
export const GATE_HISTORY_LIMIT = 20;

/**
 * Loads a model's governance evaluation, gate history, waivers and approvals; `refresh`
 * reloads them (after a waiver or approval), keeping the previous values on screen.
 */
export function useGovernance(model: ModelName) {
  const api = useApi(aiopsApiRef);
  const [version, setVersion] = useState(0);
  const evaluation = useAsync(
    () => api.getGovernance(model),
    [api, model, version],
  );
  const gates = useAsync(
    () => api.listGates(model, { limit: GATE_HISTORY_LIMIT }),
    [api, model, version],
  );
  const waivers = useAsync(() => api.listWaivers(model), [api, model, version]);
  const approvals = useAsync(
    () => api.listApprovals(model),
    [api, model, version],
  );
  const refresh = useCallback(() => setVersion(v => v + 1), []);
  return { evaluation, gates, waivers, approvals, refresh };
}
