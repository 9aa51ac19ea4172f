import { useApi } from '@backstage/core-plugin-api';
import {
  ModelName,
  normalizeEntityRef,
} from '@unified-aiops/plugin-aiops-common';
import useAsync from 'react-use/esm/useAsync';
import { aiopsApiRef } from '../api/AiopsApi';

/** Audit entries the Audit tab shows, the newest. */
export const AUDIT_PAGE_SIZE = 500;

/** The model's audit entries (oldest first, up to a page) and the verification of the whole chain. */
export function useModelAudit(model: ModelName) {
  const api = useApi(aiopsApiRef);
  const entityRef = normalizeEntityRef({ kind: 'mlmodel', ...model });
  const entries = useAsync(
    () => api.listAudit({ entityRef, limit: AUDIT_PAGE_SIZE }),
    [api, entityRef],
  );
  const verification = useAsync(() => api.verifyAudit(), [api]);
  return { entityRef, entries, verification };
}
