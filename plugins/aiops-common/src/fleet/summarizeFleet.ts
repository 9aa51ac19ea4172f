import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
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

function countBy<K extends string>(keys: readonly K[], values: K[]) {
  const counts = Object.fromEntries(keys.map(k => [k, 0])) as Record<K, number>;
  for (const value of values) counts[value] += 1;
  return counts;
}

function stringField(spec: unknown, field: string): string | undefined {
  const value = (spec as Record<string, unknown> | undefined)?.[field];
  return typeof value === 'string' ? value : undefined;
}

function refField(spec: unknown, field: string, defaultKind: string) {
  const value = stringField(spec, field);
  if (!value) return undefined;
  try {
    return stringifyEntityRef(parseEntityRef(value, { defaultKind }));
  } catch {
    return value;
  }
}

/** Turns MLModel entities into the fleet summary; unknown labels count as no data. */
export function summarizeFleet(entities: Entity[]): FleetSummary {
  const models: FleetModel[] = entities.map(entity => {
    const labels = entity.metadata.labels ?? {};
    const drift = labels[DRIFT_STATUS_LABEL];
    const governance = labels[GOVERNANCE_STATUS_LABEL];
    return {
      entityRef: stringifyEntityRef(entity),
      name: entity.metadata.name,
      title: entity.metadata.title,
      owner: refField(entity.spec, 'owner', 'group'),
      system: refField(entity.spec, 'system', 'system'),
      type: stringField(entity.spec, 'type'),
      riskTier: stringField(entity.spec, 'riskTier'),
      lifecycle: stringField(entity.spec, 'lifecycle'),
      driftStatus: isDriftStatus(drift) ? drift : 'no-data',
      governanceStatus: isGovernanceStatus(governance) ? governance : 'unknown',
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
    models,
  };
}
