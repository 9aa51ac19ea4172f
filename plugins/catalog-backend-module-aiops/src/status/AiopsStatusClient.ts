import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import {
  AiopsClient,
  isDriftStatus,
  isGovernanceStatus,
  normalizeEntityRef,
} from '@unified-aiops/plugin-aiops-common';
import {
  ModelStatus,
  ModelStatusSource,
  UNKNOWN_MODEL_STATUS,
} from './ModelStatusSource';

/** Reads model statuses from the aiops backend's `POST /v1/status/batch`. */
export class AiopsStatusClient implements ModelStatusSource {
  /** Creates a client that authenticates as the catalog plugin itself. */
  static create(options: {
    discovery: DiscoveryService;
    auth: AuthService;
    timeoutMs?: number;
  }) {
    const { discovery, auth } = options;
    const timeoutMs = options.timeoutMs ?? 5000;
    return new AiopsStatusClient(
      new AiopsClient({
        discoveryApi: discovery,
        fetchApi: {
          fetch: async (input, init) => {
            const { token } = await auth.getPluginRequestToken({
              onBehalfOf: await auth.getOwnServiceCredentials(),
              targetPluginId: 'aiops',
            });
            const headers = new Headers(init?.headers);
            headers.set('Authorization', `Bearer ${token}`);
            // A hung backend must not stall catalog processing.
            return fetch(input, {
              ...init,
              headers,
              signal: AbortSignal.timeout(timeoutMs),
            });
          },
        },
      }),
    );
  }

  private constructor(private readonly client: AiopsClient) {}

  async getStatuses(entityRefs: string[]): Promise<Map<string, ModelStatus>> {
    const statuses = new Map<string, ModelStatus>();
    for (const item of await this.client.getStatuses(entityRefs)) {
      // A backend of another version may know statuses this one does not.
      statuses.set(normalizeEntityRef(item.entityRef), {
        driftStatus: isDriftStatus(item.driftStatus)
          ? item.driftStatus
          : UNKNOWN_MODEL_STATUS.driftStatus,
        governanceStatus: isGovernanceStatus(item.governanceStatus)
          ? item.governanceStatus
          : UNKNOWN_MODEL_STATUS.governanceStatus,
      });
    }
    return statuses;
  }
}
