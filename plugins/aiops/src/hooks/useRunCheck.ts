import { useApi } from '@backstage/core-plugin-api';
import { ModelName } from '@unified-aiops/plugin-aiops-common';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { aiopsApiRef } from '../api/AiopsApi';

/** Runs a drift check of the model now, then calls `onChecked`. */
export function useRunCheck(model: ModelName, onChecked: () => void) {
  const api = useApi(aiopsApiRef);
  return useAsyncFn(async () => {
    const check = await api.runCheck(model);
    onChecked();
    return check;
  }, [api, model, onChecked]);
}
