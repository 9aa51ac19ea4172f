import { ResponseError } from '@backstage/errors';
import { FleetSummary } from './types';

/** The part of Backstage's discovery API the client needs. */
export interface AiopsDiscovery {
  getBaseUrl(pluginId: string): Promise<string>;
}

/** The part of Backstage's fetch API the client needs (it adds the caller's token). */
export interface AiopsFetch {
  fetch: typeof fetch;
}

/** Typed client of the aiops backend, shared by the frontend and the scaffolder module. */
export class AiopsClient {
  private readonly discoveryApi: AiopsDiscovery;
  private readonly fetchApi: AiopsFetch;

  constructor(options: { discoveryApi: AiopsDiscovery; fetchApi?: AiopsFetch }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi ?? { fetch: globalThis.fetch };
  }

  /** The fleet of models with counts by drift and governance status. */
  async getFleet(): Promise<FleetSummary> {
    return this.request<FleetSummary>('GET', '/v1/fleet');
  }

  /** Sends a request to the aiops backend; non-2xx answers throw `ResponseError`. */
  private async request<T>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('aiops');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, {
      method,
      headers:
        body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }
}
