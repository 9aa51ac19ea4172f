import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
} from '@backstage/catalog-model';
import {
  AIOPS_API_VERSION,
  MLFLOW_MODEL_NAME_ANNOTATION,
  MLMODEL_KIND,
  MLModelEntity,
  MODEL_TYPE_TAG,
  MODEL_TYPES,
  ModelType,
  OWNER_TAG,
  RISK_TIER_TAG,
  RISK_TIERS,
  RiskTier,
} from '@unified-aiops/plugin-aiops-common';
import { MlflowModelVersion, MlflowRegisteredModel } from './MlflowClient';

/** Spec values for discovered models whose MLflow tags do not set them. */
export interface MlflowModelDefaults {
  owner: string;
  lifecycle: string;
  riskTier: RiskTier;
  type: ModelType;
  system?: string;
}

const LATEST_VERSIONS = 5;

/** Turns an MLflow registered model and its versions into an MLModel entity. */
export function mlflowModelToEntity(
  model: MlflowRegisteredModel,
  versions: MlflowModelVersion[],
  options: { baseUrl: string; defaults: MlflowModelDefaults },
): MLModelEntity {
  const { defaults } = options;
  const tags = new Map((model.tags ?? []).map(t => [t.key, t.value]));
  const riskTier = tags.get(RISK_TIER_TAG);
  const type = tags.get(MODEL_TYPE_TAG);
  const modelUrl = `${options.baseUrl.replace(
    /\/+$/,
    '',
  )}/#/models/${encodeURIComponent(model.name)}`;
  const name = toEntityName(model.name);
  return {
    apiVersion: AIOPS_API_VERSION,
    kind: MLMODEL_KIND,
    metadata: {
      name,
      ...(name !== model.name ? { title: model.name } : {}),
      ...(model.description ? { description: model.description } : {}),
      annotations: {
        [ANNOTATION_LOCATION]: `url:${modelUrl}`,
        [ANNOTATION_ORIGIN_LOCATION]: `url:${modelUrl}`,
        [MLFLOW_MODEL_NAME_ANNOTATION]: model.name,
      },
      links: [{ url: modelUrl, title: 'MLflow model registry' }],
    },
    spec: {
      type: MODEL_TYPES.includes(type as ModelType)
        ? (type as ModelType)
        : defaults.type,
      lifecycle: defaults.lifecycle,
      owner: tags.get(OWNER_TAG) || defaults.owner,
      ...(defaults.system ? { system: defaults.system } : {}),
      riskTier: RISK_TIERS.includes(riskTier as RiskTier)
        ? (riskTier as RiskTier)
        : defaults.riskTier,
      registry: {
        type: 'mlflow',
        modelName: model.name,
        aliases: aliasesOf(model, versions),
        latestVersions: [...versions]
          .sort((a, b) => Number(b.version) - Number(a.version))
          .slice(0, LATEST_VERSIONS)
          .map(v => ({
            version: v.version,
            ...(v.status ? { status: v.status } : {}),
            ...(v.current_stage && v.current_stage !== 'None'
              ? { stage: v.current_stage }
              : {}),
            ...(v.run_id ? { runId: v.run_id } : {}),
            ...(v.creation_timestamp
              ? { createdAt: new Date(v.creation_timestamp).toISOString() }
              : {}),
          })),
      },
    },
  };
}

// The registered model carries the alias list; versions carry it too on MLflow servers that omit it there.
function aliasesOf(
  model: MlflowRegisteredModel,
  versions: MlflowModelVersion[],
): Record<string, string> {
  const aliases: Record<string, string> = {};
  for (const v of versions) {
    for (const alias of v.aliases ?? []) aliases[alias] = v.version;
  }
  for (const { alias, version } of model.aliases ?? [])
    aliases[alias] = version;
  return aliases;
}

/** A valid catalog entity name for an MLflow model name (which may hold spaces, slashes...). */
export function toEntityName(modelName: string): string {
  return modelName
    .toLocaleLowerCase('en-US')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
}
