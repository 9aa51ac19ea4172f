import { ResponseError } from '@backstage/errors';
import {
  AiopsApiPaths,
  DriftCheck,
  FleetSummary,
  IngestAccepted,
  IngestRequest,
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

/** The part of Backstage's discovery API the client needs. */
export interface AiopsDiscovery {
  getBaseUrl(pluginId: string): Promise<string>;
}

/** The part of Backstage's fetch API the client needs (it adds the caller's token). */
export interface AiopsFetch {
  fetch: typeof fetch;
}

type Method = 'get' | 'put' | 'post' | 'delete';
type Path = keyof AiopsApiPaths;
/** The paths that serve `M`. */
type PathWith<M extends Method> = {
  [P in Path]: AiopsApiPaths[P][M] extends undefined ? never : P;
}[Path];
type Operation<P extends Path, M extends Method> = NonNullable<
  AiopsApiPaths[P][M]
>;
type JsonBody<T> = T extends { content: { 'application/json': infer B } }
  ? B
  : never;
type PathParamsOf<O> = O extends { parameters: { path?: infer X } }
  ? NonNullable<X>
  : never;
type QueryOf<O> = O extends { parameters: { query?: infer X } }
  ? NonNullable<X>
  : never;
type BodyOf<O> = O extends { requestBody?: infer R }
  ? JsonBody<NonNullable<R>>
  : never;
/** `{ [key]: T }` when the operation has a T there, nothing when it has none. */
type Field<K extends string, T, Optional extends boolean = false> = [
  T,
] extends [never]
  ? {}
  : Optional extends true
  ? { [P in K]?: T }
  : { [P in K]: T };
/** What a call of the operation sends: its path parameters, query and body as the spec types them. */
type CallInput<O> = Field<'path', PathParamsOf<O>> &
  Field<'query', QueryOf<O>, true> &
  Field<'body', BodyOf<O>>;
/** The JSON body of the operation's 2xx answer. */
type CallOutput<O> = O extends { responses: infer R }
  ? {
      [S in keyof R]: S extends 200 | 201 | 202 ? JsonBody<R[S]> : never;
    }[keyof R]
  : never;

/** Fills a path template's `{param}`s, each URL-encoded. */
function fillPath(template: string, params: Record<string, string> = {}) {
  return template.replace(/\{(\w+)\}/g, (_, key: string) =>
    encodeURIComponent(params[key]),
  );
}

/** Path of a model's resources below the aiops API's base URL. */
export function modelApiPath(model: ModelName) {
  return fillPath('/v1/models/{namespace}/{name}', { ...model });
}

/**
 * Typed client of the aiops backend, shared by the frontend, the catalog module and the
 * scaffolder module. Every call names a path of the OpenAPI document and sends what the
 * document types for it, so a call of a route with the wrong shape does not compile.
 */
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
    return this.call('get', '/v1/fleet', {});
  }

  /** Current drift status of a model and its latest check. */
  async getModelStatus(model: ModelName): Promise<ModelDriftStatus> {
    return this.call('get', '/v1/models/{namespace}/{name}/status', {
      path: model,
    });
  }

  /** The model's latest checks, newest first. */
  async getChecks(
    model: ModelName,
    options: { limit?: number } = {},
  ): Promise<DriftCheck[]> {
    const { items } = await this.call(
      'get',
      '/v1/models/{namespace}/{name}/checks',
      { path: model, query: options },
    );
    return items;
  }

  /** Runs a drift check now (folds what was ingested first). */
  async runCheck(model: ModelName): Promise<DriftCheck> {
    return this.call('post', '/v1/models/{namespace}/{name}/checks', {
      path: model,
    });
  }

  /** Current window profile against the reference; default window: the model's check window. */
  async getProfiles(
    model: ModelName,
    range: { from?: string; to?: string } = {},
  ): Promise<ModelProfiles> {
    return this.call('get', '/v1/models/{namespace}/{name}/profiles', {
      path: model,
      query: range,
    });
  }

  /** Posts a batch of inference records; a repeated key is answered as the first time. */
  async postRecords(
    model: ModelName,
    batch: IngestRequest & { idempotencyKey: string },
  ): Promise<IngestAccepted> {
    return this.call('post', '/v1/models/{namespace}/{name}/records', {
      path: model,
      body: batch,
    });
  }

  /** Sets the model's reference from training records or a pinned window. */
  async setReference(
    model: ModelName,
    update: ReferenceUpdate,
  ): Promise<ReferenceInfo> {
    return this.call('put', '/v1/models/{namespace}/{name}/reference', {
      path: model,
      body: update,
    });
  }

  /** Drift and governance status of up to 1000 models at once. */
  async getStatuses(entityRefs: string[]): Promise<ModelStatusItem[]> {
    const { items } = await this.call('post', '/v1/status/batch', {
      body: { entityRefs },
    });
    return items;
  }

  /** Sends one request of the contract; non-2xx answers throw `ResponseError`. */
  private async call<M extends Method, P extends PathWith<M>>(
    method: M,
    path: P,
    input: CallInput<Operation<P, M>>,
  ): Promise<CallOutput<Operation<P, M>>> {
    const {
      path: params,
      query,
      body,
    } = input as {
      path?: Record<string, string>;
      query?: Record<string, string | number | undefined>;
      body?: unknown;
    };
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined) search.set(key, String(value));
    }
    const baseUrl = await this.discoveryApi.getBaseUrl('aiops');
    const url = `${baseUrl}${fillPath(path, params)}${
      search.toString() ? `?${search}` : ''
    }`;
    const response = await this.fetchApi.fetch(url, {
      method: method.toUpperCase(),
      headers:
        body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as CallOutput<Operation<P, M>>;
  }
}
