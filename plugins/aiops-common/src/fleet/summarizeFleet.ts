import { stringifyEntityRef } from '@backstage/catalog-model';
import { FleetModel, FleetSummary } from '../api/types';
import {
  DRIFT_STATUSES,
  DRIFT_STATUS_LABEL,
  DriftStatus,
  GOVERNANCE_STATUSES,
  GOVERNANCE_STATUS_LABEL,
  GovernanceStatus,
  isDriftStatus,
  isGovernanceStatus,
} from '../entities/constants';
import { MLModelEntity } from '../entities/MLModel';
import { normalizeEntityRef, qualifiedEntityRef } from '../entities/entityRefs';

function countBy<K extends string>(keys: readonly K[], values: K[]) {
  const counts = Object.fromEntries(keys.map(k => [k, 0])) as Record<K, number>;
  for (const value of values) counts[value] += 1;
  return counts;
}

/** A full ref of the entity's relation target (`team-a` → `group:default/team-a`). */
function fullRef(entity: MLModelEntity, ref: string, defaultKind: string) {
  return qualifiedEntityRef(ref, {
    defaultKind,
    defaultNamespace: entity.metadata.namespace,
  });
}

/**
 * Turns validated MLModel entities into the fleet summary; unknown labels count as no
 * data, models missing from `retraining` (keyed by normalized entity ref) as idle.
 */
export function summarizeFleet(
  entities: MLModelEntity[],
  figures: {
    /** Models retraining or awaiting approval, by normalized entity ref. */
    retraining?: ReadonlyMap<string, FleetModel['retraining']>;
    /** The latest check's cost per 1,000 requests, by normalized entity ref. */
    costs?: ReadonlyMap<string, NonNullable<FleetModel['cost']>>;
    /** The newest Prometheus sample, by normalized entity ref. */
    resources?: ReadonlyMap<string, NonNullable<FleetModel['resources']>>;
  } = {},
): FleetSummary {
  const { retraining, costs, resources } = figures;
  const models: FleetModel[] = entities.map(entity => {
    const { spec, metadata } = entity;
    const labels = metadata.labels ?? {};
    const drift = labels[DRIFT_STATUS_LABEL];
    const governance = labels[GOVERNANCE_STATUS_LABEL];
    const entityRef = stringifyEntityRef(entity);
    const ref = normalizeEntityRef(entity);
    return {
      entityRef,
      name: metadata.name,
      ...(metadata.title ? { title: metadata.title } : {}),
      owner: fullRef(entity, spec.owner, 'group'),
      ...(spec.system
        ? { system: fullRef(entity, spec.system, 'system') }
        : {}),
      type: spec.type,
      riskTier: spec.riskTier,
      lifecycle: spec.lifecycle,
      driftStatus: isDriftStatus(drift) ? drift : 'no-data',
      governanceStatus: isGovernanceStatus(governance) ? governance : 'unknown',
      retraining: retraining?.get(ref) ?? 'idle',
      cost: costs?.get(ref) ?? null,
      resources: resources?.get(ref) ?? null,
    };
  });
  models.sort((a, b) => a.entityRef.localeCompare(b.entityRef));
  return {
    total: models.length,
    byDriftStatus: countBy<DriftStatus>(
      DRIFT_STATUSES,
      models.map(m => m.driftStatus),
    ),
    byGovernanceStatus: countBy<GovernanceStatus>(
      GOVERNANCE_STATUSES,
      models.map(m => m.governanceStatus),
    ),
    retraining: {
      inFlight: models.filter(m => m.retraining === 'in-flight').length,
      awaitingApproval: models.filter(m => m.retraining === 'awaiting-approval')
        .length,
    },
    models,
  };
}
