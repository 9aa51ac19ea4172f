import { ResponseError } from '@backstage/errors';
import {
  AiopsApiPaths,
  Approval,
  ApprovalRequest,
  AuditPage,
  AuditVerification,
  ComplianceReport,
  DriftCheck,
  FleetSummary,
  GateDecision,
  GateRecord,
  GateRequest,
  GovernanceEvaluation,
  GovernancePortfolio,
  IngestAccepted,
  IngestRequest,
  ModelDriftStatus,
  ModelProfiles,
  ModelResources,
  ModelStatusItem,
  PromotionDecisionRequest,
  ReferenceInfo,
  ReferenceUpdate,
  RetrainingRequest,
  RetrainingRun,
  RollbackRequest,
  RunEvaluationReport,
  RunStatusReport,
  SystemReport,
  Waiver,
  WaiverRequest,
} from './types';

/** Which audit entries to read: one model's, and a time range (ISO). */
export interface AuditQuery {
  entityRef?: string;
  from?: string;
  to?: string;
}

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

  /** The model's latest governance evaluation. */
  async getGovernance(model: ModelName): Promise<GovernanceEvaluation> {
    return this.call('get', '/v1/models/{namespace}/{name}/governance', {
      path: model,
    });
  }

  /** The model's recorded gate calls, newest first. */
  async listGates(
    model: ModelName,
    options: { limit?: number } = {},
  ): Promise<GateRecord[]> {
    const { items } = await this.call(
      'get',
      '/v1/models/{namespace}/{name}/gates',
      { path: model, query: options },
    );
    return items;
  }

  /** The CI gate: may this model version ship? Stores the evidence unless `dryRun`. */
  async evaluateGate(request: GateRequest): Promise<GateDecision> {
    return this.call('post', '/v1/gate', { body: request });
  }

  /** The model's waivers, newest first. */
  async listWaivers(model: ModelName): Promise<Waiver[]> {
    const { items } = await this.call(
      'get',
      '/v1/models/{namespace}/{name}/waivers',
      { path: model },
    );
    return items;
  }

  /** Requests a waiver of one check; it counts once approved. */
  async requestWaiver(
    model: ModelName,
    request: WaiverRequest,
  ): Promise<Waiver> {
    return this.call('post', '/v1/models/{namespace}/{name}/waivers', {
      path: model,
      body: request,
    });
  }

  /** Approves a requested waiver. */
  async approveWaiver(model: ModelName, waiverId: string): Promise<Waiver> {
    return this.call(
      'post',
      '/v1/models/{namespace}/{name}/waivers/{waiverId}/approve',
      { path: { ...model, waiverId } },
    );
  }

  /** Revokes a requested or active waiver. */
  async revokeWaiver(model: ModelName, waiverId: string): Promise<Waiver> {
    return this.call(
      'delete',
      '/v1/models/{namespace}/{name}/waivers/{waiverId}',
      { path: { ...model, waiverId } },
    );
  }

  /** The decisions people recorded on the model's versions, newest first. */
  async listApprovals(model: ModelName): Promise<Approval[]> {
    const { items } = await this.call(
      'get',
      '/v1/models/{namespace}/{name}/approvals',
      { path: model },
    );
    return items;
  }

  /** Approves or rejects a model version. */
  async recordApproval(
    model: ModelName,
    request: ApprovalRequest,
  ): Promise<Approval> {
    return this.call('post', '/v1/models/{namespace}/{name}/approvals', {
      path: model,
      body: request,
    });
  }

  /** The model's latency, errors, throughput and resource use from Prometheus. */
  async getModelResources(
    model: ModelName,
    options: { hours?: number } = {},
  ): Promise<ModelResources> {
    return this.call('get', '/v1/models/{namespace}/{name}/resources', {
      path: model,
      query: options,
    });
  }

  /** The model's retraining runs, newest first. */
  async listRetrainingRuns(
    model: ModelName,
    options: { limit?: number } = {},
  ): Promise<RetrainingRun[]> {
    const { items } = await this.call(
      'get',
      '/v1/models/{namespace}/{name}/runs',
      { path: model, query: options },
    );
    return items;
  }

  /** An MLPipeline's runs across the models it trains, newest first. */
  async listPipelineRuns(
    pipeline: ModelName,
    options: { limit?: number } = {},
  ): Promise<RetrainingRun[]> {
    const { items } = await this.call(
      'get',
      '/v1/pipelines/{namespace}/{name}/runs',
      { path: pipeline, query: options },
    );
    return items;
  }

  /** Starts a run of the model's retraining pipeline now. */
  async triggerRetraining(
    model: ModelName,
    request: RetrainingRequest = {},
  ): Promise<RetrainingRun> {
    return this.call('post', '/v1/models/{namespace}/{name}/runs', {
      path: model,
      body: request,
    });
  }

  /** One retraining run, with the end of its output where the runner holds it. */
  async getRetrainingRun(runId: string): Promise<RetrainingRun> {
    return this.call('get', '/v1/runs/{runId}', { path: { runId } });
  }

  /** Cancels a retraining run in flight. */
  async cancelRetrainingRun(runId: string): Promise<RetrainingRun> {
    return this.call('post', '/v1/runs/{runId}/cancel', { path: { runId } });
  }

  /** Reports a state change of a run (a pipeline's callback). */
  async reportRunStatus(
    runId: string,
    report: RunStatusReport,
  ): Promise<RetrainingRun> {
    return this.call('post', '/v1/runs/{runId}/status', {
      path: { runId },
      body: report,
    });
  }

  /** Reports the challenger's evaluation beside the champion's (a pipeline's callback). */
  async reportRunEvaluation(
    runId: string,
    report: RunEvaluationReport,
  ): Promise<RetrainingRun> {
    return this.call('post', '/v1/runs/{runId}/evaluation', {
      path: { runId },
      body: report,
    });
  }

  /** Approves the promotion of a run's challenger (high-risk models). */
  async approvePromotion(
    runId: string,
    request: PromotionDecisionRequest,
  ): Promise<RetrainingRun> {
    return this.call('post', '/v1/runs/{runId}/approve', {
      path: { runId },
      body: request,
    });
  }

  /** Rejects the promotion of a run's challenger. */
  async rejectPromotion(
    runId: string,
    request: PromotionDecisionRequest,
  ): Promise<RetrainingRun> {
    return this.call('post', '/v1/runs/{runId}/reject', {
      path: { runId },
      body: request,
    });
  }

  /** Undoes the model's latest promotion. */
  async rollbackModel(
    model: ModelName,
    request: RollbackRequest,
  ): Promise<RetrainingRun> {
    return this.call('post', '/v1/models/{namespace}/{name}/rollback', {
      path: model,
      body: request,
    });
  }

  /** The model's compliance report. */
  async getModelReport(model: ModelName): Promise<ComplianceReport> {
    return this.call('get', '/v1/models/{namespace}/{name}/report', {
      path: model,
    });
  }

  /** The compliance reports of a system's models. */
  async getSystemReport(system: ModelName): Promise<SystemReport> {
    return this.call('get', '/v1/systems/{namespace}/{name}/report', {
      path: system,
    });
  }

  /** Governance figures of the fleet by owner and by system. */
  async getPortfolio(): Promise<GovernancePortfolio> {
    return this.call('get', '/v1/governance/portfolio', {});
  }

  /** A page of the audit trail, oldest first. */
  async listAudit(
    query: AuditQuery & { cursor?: string; limit?: number } = {},
  ): Promise<AuditPage> {
    return this.call('get', '/v1/audit', { query });
  }

  /** The audit trail's entries of the filter as a file: JSON Lines or CSV. */
  async exportAudit(
    query: AuditQuery & { format: 'jsonl' | 'csv' },
  ): Promise<string> {
    const response = await this.send('get', '/v1/audit', { query });
    return response.text();
  }

  /** Verifies the whole audit chain. */
  async verifyAudit(): Promise<AuditVerification> {
    return this.call('get', '/v1/audit/verify', {});
  }

  /** Sends one request of the contract; non-2xx answers throw `ResponseError`. */
  private async call<M extends Method, P extends PathWith<M>>(
    method: M,
    path: P,
    input: CallInput<Operation<P, M>>,
  ): Promise<CallOutput<Operation<P, M>>> {
    const response = await this.send(method, path, input);
    return (await response.json()) as CallOutput<Operation<P, M>>;
  }

  private async send<M extends Method, P extends PathWith<M>>(
    method: M,
    path: P,
    input: CallInput<Operation<P, M>>,
  ): Promise<Response> {
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
    return response;
  }
}
