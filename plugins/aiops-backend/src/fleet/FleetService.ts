import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AIOPS_API_VERSION,
  DRIFT_STATUS_LABEL,
  DriftStatus,
  FleetSummary,
  GovernanceStatus,
  MLMODEL_KIND,
  summarizeFleet,
} from '@unified-aiops/plugin-aiops-common';
import { CheckStore } from '../checks/CheckStore';

/** Status of one model as the catalog module stamps it. */
export interface ModelStatusItem {
  entityRef: string;
  driftStatus: DriftStatus;
  governanceStatus: GovernanceStatus;
}

/** The fleet of MLModel entities with their drift status from the status store. */
export class FleetService {
  static create(options: { catalog: CatalogService; checks: CheckStore }) {
    return new FleetService(options.catalog, options.checks);
  }

  private constructor(
    private readonly catalog: CatalogService,
    private readonly checks: CheckStore,
  ) {}

  /** The fleet as the caller may see it; the drift status comes from the checks, not the labels. */
  async summary(credentials: BackstageCredentials): Promise<FleetSummary> {
    const response = await this.catalog.getEntities(
      {
        filter: { kind: MLMODEL_KIND },
        fields: ['kind', 'apiVersion', 'metadata', 'spec'],
      },
      { credentials },
    );
    // apiVersion is checked here: not every catalog search index holds it as a filter key.
    const items = response.items.filter(
      e => e.apiVersion === AIOPS_API_VERSION,
    );
    const refs = items.map(e =>
      stringifyEntityRef(e).toLocaleLowerCase('en-US'),
    );
    const statuses = await this.checks.getStatuses(refs);
    return summarizeFleet(
      items.map((entity, i) => {
        const status = statuses.get(refs[i]);
        if (!status) return entity;
        const labels = {
          ...entity.metadata.labels,
          [DRIFT_STATUS_LABEL]: status,
        };
        return { ...entity, metadata: { ...entity.metadata, labels } };
      }),
    );
  }

  /** Drift and governance status of each ref (governance is not evaluated yet: `unknown`). */
  async statuses(entityRefs: string[]): Promise<ModelStatusItem[]> {
    const normalized = entityRefs.map(ref => {
      try {
        return stringifyEntityRef(
          parseEntityRef(ref, {
            defaultKind: MLMODEL_KIND,
            defaultNamespace: 'default',
          }),
        ).toLocaleLowerCase('en-US');
      } catch {
        throw new InputError(`Not an entity ref: ${ref}`);
      }
    });
    const statuses = await this.checks.getStatuses(normalized);
    return entityRefs.map((entityRef, i) => ({
      entityRef,
      driftStatus: statuses.get(normalized[i]) ?? 'no-data',
      governanceStatus: 'unknown',
    }));
  }
}
