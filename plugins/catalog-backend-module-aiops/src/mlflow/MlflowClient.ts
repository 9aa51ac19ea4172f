import { ResponseError } from '@backstage/errors';

/** A registered model as MLflow's REST API 2.0 returns it. */
export interface MlflowRegisteredModel {
  name: string;
  description?: string;
  creation_timestamp?: number;
  last_updated_timestamp?: number;
  tags?: Array<{ key: string; value: string }>;
  aliases?: Array<{ alias: string; version: string }>;
}

/** A model version as MLflow's REST API 2.0 returns it. */
export interface MlflowModelVersion {
  name: string;
  version: string;
  creation_timestamp?: number;
  current_stage?: string;
  status?: string;
  run_id?: string;
  aliases?: string[];
}

const PAGE_SIZE = 100;

/** Reads the MLflow model registry (REST API 2.0), following `next_page_token`. */
export class MlflowClient {
  constructor(private readonly options: { baseUrl: string; token?: string }) {}

  /** All registered models. */
  async searchRegisteredModels(): Promise<MlflowRegisteredModel[]> {
    return this.paginate('registered-models/search', {}, 'registered_models');
  }

  /** All versions of one registered model. */
  async searchModelVersions(modelName: string): Promise<MlflowModelVersion[]> {
    const quoted = modelName.replace(/'/g, "\\'");
    return this.paginate(
      'model-versions/search',
      { filter: `name='${quoted}'` },
      'model_versions',
    );
  }

  private async paginate<T>(
    endpoint: string,
    query: Record<string, string>,
    itemsKey: string,
  ): Promise<T[]> {
    const items: T[] = [];
    let pageToken: string | undefined;
    do {
      const params = new URLSearchParams({
        ...query,
        max_results: String(PAGE_SIZE),
      });
      if (pageToken) params.set('page_token', pageToken);
      const page = await this.get(`${endpoint}?${params}`);
      items.push(...((page[itemsKey] as T[] | undefined) ?? []));
      pageToken = (page.next_page_token as string | undefined) || undefined;
    } while (pageToken);
    return items;
  }

  private async get(path: string): Promise<Record<string, unknown>> {
    const base = this.options.baseUrl.replace(/\/+$/, '');
    const response = await fetch(`${base}/api/2.0/mlflow/${path}`, {
      headers: this.options.token
        ? { Authorization: `Bearer ${this.options.token}` }
        : undefined,
      signal: AbortSignal.timeout(30_000),
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as Record<string, unknown>;
  }
}
