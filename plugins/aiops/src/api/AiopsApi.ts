import { createApiRef } from '@backstage/core-plugin-api';
import { AiopsClient } from '@unified-aiops/plugin-aiops-common';

/** What the frontend uses of the aiops backend; the common client implements it. */
export type AiopsApi = Pick<AiopsClient, keyof AiopsClient>;

/** API reference of the aiops backend client, in both frontend systems. */
export const aiopsApiRef = createApiRef<AiopsApi>({ id: 'plugin.aiops.api' });
