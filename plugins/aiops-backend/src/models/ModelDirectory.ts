import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AIOPS_API_VERSION,
  CategoricalFeatures,
  MLMODEL_KIND,
} from '@unified-aiops/plugin-aiops-common';
import { TestFamilyThresholds } from '../checks/driftThreshold';
import { ExpiringLru } from './ExpiringLru';

/** A feature the checks watch, with its pinned test and threshold if any. */
export interface WatchedFeature {
  name: string;
  kind: 'numerical' | 'categorical' | 'text';
  test?: string;
  threshold?: number;
}

/** What the drift engine needs to know of an MLModel entity; every field tolerant of absence. */
export interface ModelInfo {
  /** Normalized (lower-case) entity ref, the key of every table. */
  modelRef: string;
  owner?: string;
  features: WatchedFeature[];
  checkIntervalMinutes?: number;
  windowHours?: number;
  /** Length of one profile window (`monitoring.profileWindowMinutes`). */
  windowMinutes?: number;
  /** Fewest current-window records before a check judges (`monitoring.minRecords`). */
  minRecords?: number;
  datasetDriftShare?: number;
  predictionThreshold?: number;
  /** `thresholds.{pValue,distance,psi}`: thresholds per test family, under each feature's own. */
  testThresholds?: TestFamilyThresholds;
  /** Least rise of the hallucination rate that counts (`thresholds.hallucinationRateIncrease`). */
  hallucinationRateIncrease?: number;
  /** Group attribute of the bias check (`llm.bias.groupField`) and its bounds. */
  bias?: {
    groupField: string;
    minDisparateImpact?: number;
    maxParityDifference?: number;
  };
  latencySloMs?: number;
}

/** How one model's records are folded into window profiles. */
export interface ModelFoldSettings {
  categorical: CategoricalFeatures;
  /** Window length in minutes; the plugin's default when unset. */
  windowMinutes?: number;
}

/** Normalized entity ref of an MLModel, as stored by the plugin. */
export function modelRefOf(namespace: string, name: string): string {
  return stringifyEntityRef({
    kind: MLMODEL_KIND,
    namespace,
    name,
  }).toLocaleLowerCase('en-US');
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object'
    ? (value as Record<string, unknown>)
    : {};
}

function positiveNumber(value: unknown): number | undefined {
  return typeof value === 'number' && value > 0 ? value : undefined;
}

/** A window length in whole minutes, at most a day. */
function wholeMinutes(value: unknown): number | undefined {
  return Number.isInteger(value) &&
    (value as number) >= 1 &&
    (value as number) <= 1440
    ? (value as number)
    : undefined;
}

function nonNegativeNumber(value: unknown): number | undefined {
  return typeof value === 'number' && value >= 0 ? value : undefined;
}

/** Names of the features the model declares categorical. */
export function categoricalFeaturesOf(
  model: ModelInfo | undefined,
): CategoricalFeatures {
  return new Set(
    model?.features.filter(f => f.kind === 'categorical').map(f => f.name),
  );
}

/** Reads the monitoring settings of an MLModel entity; missing or odd fields fall back to defaults. */
export function modelInfoFromEntity(entity: Entity): ModelInfo {
  const spec = record(entity.spec);
  const monitoring = record(spec.monitoring);
  const thresholds = record(monitoring.thresholds);
  const bias = record(record(monitoring.llm).bias);
  const features = Array.isArray(monitoring.features)
    ? monitoring.features
    : [];
  let owner: string | undefined;
  if (typeof spec.owner === 'string') {
    try {
      owner = stringifyEntityRef(
        parseEntityRef(spec.owner, {
          defaultKind: 'group',
          defaultNamespace: entity.metadata.namespace,
        }),
      );
    } catch {
      owner = undefined;
    }
  }
  return {
    modelRef: stringifyEntityRef(entity).toLocaleLowerCase('en-US'),
    owner,
    features: features.flatMap(raw => {
      const f = record(raw);
      if (typeof f.name !== 'string') return [];
      const kind =
        f.kind === 'categorical' || f.kind === 'text' ? f.kind : 'numerical';
      return [
        {
          name: f.name,
          kind,
          test: typeof f.test === 'string' ? f.test : undefined,
          threshold: positiveNumber(f.threshold),
        },
      ];
    }),
    checkIntervalMinutes: positiveNumber(monitoring.checkIntervalMinutes),
    windowHours: positiveNumber(monitoring.windowHours),
    windowMinutes: wholeMinutes(monitoring.profileWindowMinutes),
    minRecords: nonNegativeNumber(monitoring.minRecords),
    datasetDriftShare: nonNegativeNumber(thresholds.datasetDriftShare),
    predictionThreshold: positiveNumber(thresholds.predictionDrift),
    testThresholds: {
      pValue: positiveNumber(thresholds.pValue),
      distance: positiveNumber(thresholds.distance),
      psi: positiveNumber(thresholds.psi),
    },
    hallucinationRateIncrease: nonNegativeNumber(
      thresholds.hallucinationRateIncrease,
    ),
    bias:
      typeof bias.groupField === 'string' && bias.groupField
        ? {
            groupField: bias.groupField,
            minDisparateImpact: nonNegativeNumber(bias.minDisparateImpact),
            maxParityDifference: nonNegativeNumber(bias.maxParityDifference),
          }
        : undefined,
    latencySloMs: positiveNumber(monitoring.latencySloMs),
  };
}

function modelOfEntity(entity: Entity | undefined): ModelInfo | undefined {
  return entity && entity.apiVersion === AIOPS_API_VERSION
    ? modelInfoFromEntity(entity)
    : undefined;
}

/** How long a model found in the catalog is cached. */
const FOUND_TTL_MS = 30_000;
/** How long a miss is cached: a model registered just now is found within seconds. */
const MISS_TTL_MS = 2_000;
/** Names cached at most, so a token posting to random names cannot grow memory. */
const MAX_CACHED_MODELS = 10_000;

/** Looks MLModel entities up in the catalog, briefly cached in a bounded LRU. */
export class ModelDirectory {
  static create(options: {
    catalog: CatalogService;
    auth: AuthService;
    maxCachedModels?: number;
  }) {
    return new ModelDirectory(
      options.catalog,
      options.auth,
      new ExpiringLru(options.maxCachedModels ?? MAX_CACHED_MODELS),
    );
  }

  private constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
    private readonly cache: ExpiringLru<ModelInfo | undefined>,
  ) {}

  /**
   * The model, or undefined when the catalog has no such MLModel or the caller may not
   * see it. A person's look-up goes through the catalog with their own credentials (their
   * catalog visibility, uncached); services and the plugin's own work use the plugin's
   * credentials: model services post with static tokens restricted to this plugin, which
   * the catalog would refuse, and their access is already decided by the permission.
   */
  async get(
    modelRef: string,
    caller?: BackstageCredentials,
  ): Promise<ModelInfo | undefined> {
    if (caller && this.auth.isPrincipal(caller, 'user')) {
      return modelOfEntity(
        await this.catalog.getEntityByRef(modelRef, { credentials: caller }),
      );
    }
    const cached = this.cache.get(modelRef);
    if (cached) return cached.value;
    const model = modelOfEntity(
      await this.catalog.getEntityByRef(modelRef, {
        credentials: await this.auth.getOwnServiceCredentials(),
      }),
    );
    this.cache.set(modelRef, model, model ? FOUND_TTL_MS : MISS_TTL_MS);
    return model;
  }

  /**
   * How the model's records are folded: the features it declares categorical and its
   * window length; none and the default when the catalog has no such model.
   */
  async foldSettings(modelRef: string): Promise<ModelFoldSettings> {
    const model = await this.get(modelRef);
    return {
      categorical: categoricalFeaturesOf(model),
      windowMinutes: model?.windowMinutes,
    };
  }

  /** Every MLModel in the catalog (none is fine). */
  async list(): Promise<ModelInfo[]> {
    const { items } = await this.catalog.getEntities(
      {
        filter: { kind: MLMODEL_KIND },
        fields: ['kind', 'apiVersion', 'metadata', 'spec'],
      },
      { credentials: await this.auth.getOwnServiceCredentials() },
    );
    const models = items
      .filter(entity => entity.apiVersion === AIOPS_API_VERSION)
      .map(modelInfoFromEntity);
    for (const model of models)
      this.cache.set(model.modelRef, model, FOUND_TTL_MS);
    return models;
  }
}
