import { Config } from '@backstage/config';
import { requireOk, retrying } from '../runners/retrying';

/** Where a promoted version is made the champion. */
export interface ChampionRegistry {
  /** Points the champion alias at `version`; answers the version it pointed at before. */
  setChampion(
    modelName: string,
    version: string,
  ): Promise<{ previous: string | null }>;
  /** Points the champion alias back at `version` (a rollback). */
  restoreChampion(modelName: string, version: string): Promise<void>;
}

/**
 * The MLflow model registry's aliases (REST API 2.0): the champion alias moves to the new
 * version (`POST /api/2.0/mlflow/registered-models/alias`), the version it leaves gets the
 * previous alias, so people and serving can find both. Setting an alias is idempotent, so
 * network errors and 5xx are retried.
 */
export class MlflowRegistry implements ChampionRegistry {
  /**
   * From `aiops.retraining.promotion.mlflow`, else `aiops.mlflow` (the catalog module's
   * registry); undefined when neither is configured.
   */
  static fromConfig(config: Config): MlflowRegistry | undefined {
    const mlflow =
      config.getOptionalConfig('aiops.retraining.promotion.mlflow') ??
      config.getOptionalConfig('aiops.mlflow');
    if (!mlflow) return undefined;
    const promotion = config.getOptionalConfig('aiops.retraining.promotion');
    return new MlflowRegistry({
      baseUrl: mlflow.getString('baseUrl').replace(/\/+$/, ''),
      token: mlflow.getOptionalString('token'),
      championAlias:
        promotion?.getOptionalString('championAlias') ?? 'champion',
      previousAlias:
        promotion?.getOptionalString('previousAlias') ?? 'previous',
      attempts: 3,
      backoffMs: 500,
    });
  }

  constructor(
    private readonly options: {
      baseUrl: string;
      token?: string;
      championAlias: string;
      previousAlias: string;
      attempts: number;
      backoffMs: number;
    },
  ) {}

  async setChampion(modelName: string, version: string) {
    const { championAlias, previousAlias } = this.options;
    const previous = await this.aliasVersion(modelName, championAlias);
    await this.setAlias(modelName, championAlias, version);
    if (previous && previous !== version) {
      await this.setAlias(modelName, previousAlias, previous);
    }
    return { previous };
  }

  async restoreChampion(modelName: string, version: string) {
    await this.setAlias(modelName, this.options.championAlias, version);
  }

  /** The version an alias points at, or null when it points nowhere. */
  private async aliasVersion(
    name: string,
    alias: string,
  ): Promise<string | null> {
    const query = new URLSearchParams({ name, alias });
    const url = `${this.options.baseUrl}/api/2.0/mlflow/registered-models/alias?${query}`;
    const response = await fetch(url, {
      headers: this.headers(),
      signal: AbortSignal.timeout(30_000),
    });
    if (response.status === 404) return null;
    await requireOk(`GET ${url}`, response);
    const body = (await response.json()) as {
      model_version?: { version?: string };
    };
    return body.model_version?.version ?? null;
  }

  private async setAlias(name: string, alias: string, version: string) {
    const url = `${this.options.baseUrl}/api/2.0/mlflow/registered-models/alias`;
    await retrying(
      `POST ${url}`,
      () =>
        fetch(url, {
          method: 'POST',
          headers: { ...this.headers(), 'content-type': 'application/json' },
          body: JSON.stringify({ name, alias, version }),
          signal: AbortSignal.timeout(30_000),
        }),
      this.options,
    );
  }

  private headers(): Record<string, string> {
    return this.options.token
      ? { authorization: `Bearer ${this.options.token}` }
      : {};
  }
}
