import {
  AuthService,
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  GENAI_MODEL_ANNOTATION,
  MLMODEL_KIND,
  MLModelEntity,
  MonitoredFeature,
  RecordReading,
  isMLModelEntity,
  normalizeEntityRef,
  validateAiopsEntity,
} from '@unified-aiops/plugin-aiops-common';
import { TestFamilyThresholds } from '../checks/driftThreshold';
import { ExpiringLru } from './ExpiringLru';
import { TokenPrices } from '../otlp/tokenPrices';

/** What the drift engine needs to know of an MLModel, read once from its validated spec. */
export interface ModelInfo {
  /** Normalized (lower-case) entity ref, the key of every table. */
  modelRef: string;
  /** The entity as the catalog holds it, its spec validated. */
  entity: MLModelEntity;
  /** Normalized ref of the owning group or user. */
  owner: string;
  features: MonitoredFeature[];
  /** How the model's records are read into its profiles. */
  reading: RecordReading;
  checkIntervalMinutes?: number;
  windowHours?: number;
  /** Length of one profile window (`monitoring.profileWindowMinutes`). */
  windowMinutes?: number;
  /** Fewest current-window records before a check judges (`monitoring.minRecords`). */
  minRecords?: number;
  datasetDriftShare?: number;
  predictionThreshold?: number;
  /** `thresholds.{pValue,distance,psi}`: thresholds per test family, under each feature's own. */
  testThresholds: TestFamilyThresholds;
  /** Whether the hallucination-rate check runs (`llm.hallucination` is not `false`). */
  hallucinationCheck: boolean;
  /** Least rise of the hallucination rate that counts (`thresholds.hallucinationRateIncrease`). */
  hallucinationRateIncrease?: number;
  /** Group attribute of the bias check (`llm.bias.groupField`) and its bounds. */
  bias?: {
    groupField: string;
    minDisparateImpact?: number;
    maxParityDifference?: number;
    maxEqualizedOddsDifference?: number;
  };
  latencySloMs?: number;
  /** `monitoring.maxErrorRate`: the share of failed requests a check allows. */
  maxErrorRate?: number;
}

/** How one model's records are folded into window profiles. */
export interface ModelFoldSettings {
  reading: RecordReading;
  /** Window length in minutes; the plugin's default when unset. */
  windowMinutes?: number;
}

/** Judge score below which a record counts as a hallucination when the entity sets none. */
const DEFAULT_JUDGE_THRESHOLD = 0.5;

/** Normalized entity ref of an MLModel, as stored by the plugin. */
export function modelRefOf(namespace: string, name: string): string {
  return normalizeEntityRef({ kind: MLMODEL_KIND, namespace, name });
}

/** Reads what the drift engine needs from a validated MLModel entity. */
export function modelInfoFromEntity(
  entity: MLModelEntity,
  prices: TokenPrices = new Map(),
): ModelInfo {
  const { spec } = entity;
  const monitoring = spec.monitoring ?? {};
  const thresholds = monitoring.thresholds ?? {};
  const features = monitoring.features ?? [];
  const hallucination = monitoring.llm?.hallucination;
  const bias = monitoring.bias ?? monitoring.llm?.bias;
  return {
    modelRef: normalizeEntityRef(entity),
    entity,
    owner: normalizeEntityRef(spec.owner, {
      defaultKind: 'group',
      defaultNamespace: entity.metadata.namespace,
    }),
    features,
    reading: {
      categorical: new Set(
        features.filter(f => f.kind === 'categorical').map(f => f.name),
      ),
      predictionField: monitoring.predictionField,
      labelField: monitoring.labelField,
      hallucinationJudge:
        typeof hallucination === 'object'
          ? {
              field: hallucination.judgeField,
              threshold: hallucination.threshold ?? DEFAULT_JUDGE_THRESHOLD,
              ...(hallucination.labels && { labels: hallucination.labels }),
            }
          : undefined,
      tokenPrice: prices.get(
        entity.metadata.annotations?.[GENAI_MODEL_ANNOTATION] ?? '',
      ),
    },
    checkIntervalMinutes: monitoring.checkIntervalMinutes,
    windowHours: monitoring.windowHours,
    windowMinutes: monitoring.profileWindowMinutes,
    minRecords: monitoring.minRecords,
    datasetDriftShare: thresholds.datasetDriftShare,
    predictionThreshold: thresholds.predictionDrift,
    testThresholds: {
      pValue: thresholds.pValue,
      distance: thresholds.distance,
      psi: thresholds.psi,
    },
    hallucinationCheck: hallucination !== false,
    hallucinationRateIncrease: thresholds.hallucinationRateIncrease,
    bias,
    latencySloMs: monitoring.latencySloMs,
    maxErrorRate: monitoring.maxErrorRate,
  };
}

/** How long a model found in the catalog is cached. */
const FOUND_TTL_MS = 30_000;
/** How long a miss is cached: a model registered just now is found within seconds. */
const MISS_TTL_MS = 2_000;
/** Names cached at most, so a token posting to random names cannot grow memory. */
const MAX_CACHED_MODELS = 10_000;

/** What a look-up found: the model, or why the entity is not one (absent, or invalid). */
interface Lookup {
  model?: ModelInfo;
  /** Why an MLModel entity the catalog holds is not monitored. */
  invalid?: string;
}

/**
 * Looks MLModel entities up in the catalog, briefly cached in a bounded LRU. Each entity's
 * spec is read once, through the kind's zod schema; one the schema rejects (possible when
 * the catalog module that validates the kind is not installed, or holds an entity stored
 * before a schema change) is not monitored: a warning says why, once per entity and
 * reason, and so does the 404 of its routes.
 */
export class ModelDirectory {
  private readonly warned = new Set<string>();
  /** Look-ups by annotation value (telemetry names its service, not the entity). */
  private readonly annotated: ExpiringLru<ModelInfo[]>;

  static create(options: {
    catalog: CatalogService;
    auth: AuthService;
    logger: LoggerService;
    maxCachedModels?: number;
    /** aiops.costs.tokenPrices: a model's GenAI model prices its records' token usage. */
    prices?: TokenPrices;
  }) {
    return new ModelDirectory(
      options.catalog,
      options.auth,
      options.logger,
      new ExpiringLru(options.maxCachedModels ?? MAX_CACHED_MODELS),
      options.prices ?? new Map(),
    );
  }

  private constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
    private readonly logger: LoggerService,
    private readonly cache: ExpiringLru<Lookup>,
    private readonly prices: TokenPrices,
  ) {
    this.annotated = new ExpiringLru(MAX_CACHED_MODELS);
  }

  /**
   * The valid MLModels whose annotation `annotation` is exactly `value` (an OTLP
   * resource's `service.name`, a KServe event's InferenceService), sorted by ref: one
   * catalog query, cached as long as a look-up by ref (a miss as briefly), so a service
   * sending thousands of batches asks the catalog twice a minute, and its cost does not
   * grow with the catalog.
   */
  async withAnnotation(
    annotation: string,
    value: string,
  ): Promise<ModelInfo[]> {
    const key = `${annotation}\u0000${value}`;
    const cached = this.annotated.get(key);
    if (cached) return cached.value;
    const { items } = await this.catalog.getEntities(
      {
        filter: {
          kind: MLMODEL_KIND,
          [`metadata.annotations.${annotation}`]: value,
        },
        fields: ['kind', 'apiVersion', 'metadata', 'spec'],
      },
      { credentials: await this.auth.getOwnServiceCredentials() },
    );
    // The catalog matches values case-insensitively; a service name is not.
    const models = items
      .filter(entity => entity.metadata.annotations?.[annotation] === value)
      .map(entity => this.read(entity).model)
      .filter((model): model is ModelInfo => model !== undefined)
      .sort((a, b) => a.modelRef.localeCompare(b.modelRef));
    this.annotated.set(key, models, models.length ? FOUND_TTL_MS : MISS_TTL_MS);
    return models;
  }

  /**
   * The model, or undefined when the catalog has no such valid MLModel or the caller may
   * not see it. See {@link ModelDirectory.require} for whose credentials look it up.
   */
  async get(
    modelRef: string,
    caller?: BackstageCredentials,
  ): Promise<ModelInfo | undefined> {
    return (await this.lookUp(modelRef, caller)).model;
  }

  /**
   * The model, or `NotFoundError` (404) saying why there is none for the caller. A
   * person's look-up goes through the catalog with their own credentials (their catalog
   * visibility, uncached); services and the plugin's own work use the plugin's
   * credentials: model services post with static tokens restricted to this plugin, which
   * the catalog would refuse, and their access is already decided by the permission.
   */
  async require(
    modelRef: string,
    caller?: BackstageCredentials,
  ): Promise<ModelInfo> {
    const { model, invalid } = await this.lookUp(modelRef, caller);
    if (model) return model;
    throw new NotFoundError(
      invalid
        ? `${modelRef} is not monitored: ${invalid}`
        : `No MLModel ${modelRef} in the catalog`,
    );
  }

  /**
   * How the model's records are folded (see {@link RecordReading}) and its window length;
   * plain reading and the default length when the catalog has no such model.
   */
  async foldSettings(modelRef: string): Promise<ModelFoldSettings> {
    const model = await this.get(modelRef);
    return {
      reading: model?.reading ?? {},
      windowMinutes: model?.windowMinutes,
    };
  }

  /** Every valid MLModel in the catalog (none is fine). */
  async list(): Promise<ModelInfo[]> {
    const { items } = await this.catalog.getEntities(
      {
        filter: { kind: MLMODEL_KIND },
        fields: ['kind', 'apiVersion', 'metadata', 'spec'],
      },
      { credentials: await this.auth.getOwnServiceCredentials() },
    );
    const models: ModelInfo[] = [];
    for (const entity of items) {
      const lookup = this.read(entity);
      if (lookup.model) {
        models.push(lookup.model);
        this.cache.set(lookup.model.modelRef, lookup, FOUND_TTL_MS);
      }
    }
    return models;
  }

  private async lookUp(
    modelRef: string,
    caller?: BackstageCredentials,
  ): Promise<Lookup> {
    if (caller && this.auth.isPrincipal(caller, 'user')) {
      return this.read(
        await this.catalog.getEntityByRef(modelRef, { credentials: caller }),
      );
    }
    const cached = this.cache.get(modelRef);
    if (cached) return cached.value;
    const lookup = this.read(
      await this.catalog.getEntityByRef(modelRef, {
        credentials: await this.auth.getOwnServiceCredentials(),
      }),
    );
    this.cache.set(modelRef, lookup, lookup.model ? FOUND_TTL_MS : MISS_TTL_MS);
    return lookup;
  }

  /** The entity as a model, read through the kind's schema. */
  private read(entity: Entity | undefined): Lookup {
    if (!entity || !isMLModelEntity(entity)) return {};
    const validation = validateAiopsEntity(entity);
    if (validation.ok)
      return { model: modelInfoFromEntity(entity, this.prices) };
    const invalid = `its spec does not match the MLModel schema (${validation.errors
      .map(e => `${e.path}: ${e.message}`)
      .join('; ')})`;
    const key = `${normalizeEntityRef(entity)} ${invalid}`;
    if (!this.warned.has(key)) {
      // bounded like the cache: a catalog full of broken entities cannot grow memory
      if (this.warned.size >= MAX_CACHED_MODELS) this.warned.clear();
      this.warned.add(key);
      this.logger.warn(
        `${normalizeEntityRef(entity)} is not monitored: ${invalid}`,
      );
    }
    return { invalid };
  }
}
