import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { aiopsApiRef } from '../api/AiopsApi';

/** Loads the fleet summary; `retry` reloads it. */
export function useFleet() {
  const api = useApi(aiopsApiRef);
  return useAsyncRetry(() => api.getFleet(), [api]);
}
