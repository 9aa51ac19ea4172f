import { ResponseError } from '@backstage/errors';
import { InferenceRecord } from '../profiles';
import {
  DriftCheck,
  FleetSummary,
  IngestAccepted,
  ModelDriftStatus,
  ModelProfiles,
  ModelStatusItem,
  ReferenceInfo,
  ReferenceUpdate,
} from './types';

/** A model addressed by its catalog namespace and name. */
export interface ModelName {
  namespace: string;
  name: string;
}

/** Path of a model's resources below the aiops API's base URL. */
export function modelApiPath(model: ModelName) {
  return `/v1/models/${encodeURIComponent(
    model.namespace,
  )}/${encodeURIComponent(model.name)}`;
}

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

  constructor(options: {
    discoveryApi: AiopsDiscovery;
    fetchApi?: AiopsFetch;
  }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi ?? { fetch: globalThis.fetch };
  }

  /** The fleet of models with counts by drift and governance status. */
  async getFleet(): Promise<FleetSummary> {
    return this.request<FleetSummary>('GET', '/v1/fleet');
  }

  /** Current drift status of a model and its latest check. */
  async getModelStatus(model: ModelName): Promise<ModelDriftStatus> {
    return this.request('GET', `${modelApiPath(model)}/status`);
  }

  /** The model's latest checks, newest first. */
  async getChecks(
    model: ModelName,
    options: { limit?: number } = {},
  ): Promise<DriftCheck[]> {
    const query = options.limit ? `?limit=${options.limit}` : '';
    const { items } = await this.request<{ items: DriftCheck[] }>(
      'GET',
      `${modelApiPath(model)}/checks${query}`,
    );
    return items;
  }

  /** Runs a drift check now (folds what was ingested first). */
  async runCheck(model: ModelName): Promise<DriftCheck> {
    return this.request('POST', `${modelApiPath(model)}/checks`);
  }

  /** Current window profile against the reference; default window: the model's check window. */
  async getProfiles(
    model: ModelName,
    range: { from?: string; to?: string } = {},
  ): Promise<ModelProfiles> {
    const params = new URLSearchParams();
    if (range.from) params.set('from', range.from);
    if (range.to) params.set('to', range.to);
    const query = params.toString() ? `?${params}` : '';
    return this.request('GET', `${modelApiPath(model)}/profiles${query}`);
  }

  /** Posts a batch of inference records; a repeated key is answered as the first time. */
  async postRecords(
    model: ModelName,
    batch: { idempotencyKey: string; records: InferenceRecord[] },
  ): Promise<IngestAccepted> {
    return this.request('POST', `${modelApiPath(model)}/records`, batch);
  }

  /** Sets the model's reference from training records or a pinned window. */
  async setReference(
    model: ModelName,
    update: ReferenceUpdate,
  ): Promise<ReferenceInfo & { modelRef: string }> {
    return this.request('PUT', `${modelApiPath(model)}/reference`, update);
  }

  /** Drift and governance status of up to 1000 models at once. */
  async getStatuses(entityRefs: string[]): Promise<ModelStatusItem[]> {
    const { items } = await this.request<{ items: ModelStatusItem[] }>(
      'POST',
      '/v1/status/batch',
      { entityRefs },
    );
    return items;
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
