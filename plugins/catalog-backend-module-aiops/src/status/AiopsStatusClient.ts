import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  isDriftStatus,
  isGovernanceStatus,
} from '@unified-aiops/plugin-aiops-common';
import {
  ModelStatus,
  ModelStatusSource,
  UNKNOWN_MODEL_STATUS,
} from './ModelStatusSource';

interface StatusBatchResponse {
  items?: Array<{
    entityRef?: unknown;
    driftStatus?: unknown;
    governanceStatus?: unknown;
  }>;
}

/** Reads model statuses from the aiops backend's `POST /v1/status/batch`. */
export class AiopsStatusClient implements ModelStatusSource {
  /** Creates a client that authenticates as the catalog plugin itself. */
  static create(options: {
    discovery: DiscoveryService;
    auth: AuthService;
    timeoutMs?: number;
  }) {
    return new AiopsStatusClient(
      options.discovery,
      options.auth,
      options.timeoutMs ?? 5000,
    );
  }

  private constructor(
    private readonly discovery: DiscoveryService,
    private readonly auth: AuthService,
    private readonly timeoutMs: number,
  ) {}

  async getStatuses(entityRefs: string[]): Promise<Map<string, ModelStatus>> {
    const baseUrl = await this.discovery.getBaseUrl('aiops');
    const { token } = await this.auth.getPluginRequestToken({
      onBehalfOf: await this.auth.getOwnServiceCredentials(),
      targetPluginId: 'aiops',
    });
    const response = await fetch(`${baseUrl}/v1/status/batch`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ entityRefs }),
      // A hung backend must not stall catalog processing.
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    const body = (await response.json()) as StatusBatchResponse;
    const statuses = new Map<string, ModelStatus>();
    for (const item of body.items ?? []) {
      if (typeof item.entityRef !== 'string') continue;
      statuses.set(item.entityRef.toLocaleLowerCase('en-US'), {
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
