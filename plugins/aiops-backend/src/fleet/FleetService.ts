import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  DRIFT_STATUS_LABEL,
  FleetSummary,
  MLMODEL_KIND,
  MLModelEntity,
  isMLModelEntity,
  ModelStatusItem,
  normalizeEntityRef,
  summarizeFleet,
  validateAiopsEntity,
} from '@unified-aiops/plugin-aiops-common';
import { CheckStore } from '../checks/CheckStore';

/** The fleet of MLModel entities with their drift status from the status store. */
export class FleetService {
  static create(options: {
    catalog: CatalogService;
    auth: AuthService;
    checks: CheckStore;
  }) {
    return new FleetService(options.catalog, options.auth, options.checks);
  }

  private constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
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
    // The kind's schema is checked here (apiVersion included: not every catalog search
    // index holds it as a filter key); the catalog module rejects invalid ones anyway.
    const items = response.items.filter(
      (e): e is MLModelEntity =>
        isMLModelEntity(e) && validateAiopsEntity(e).ok,
    );
    const refs = items.map(e => normalizeEntityRef(e));
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

  /**
   * Drift and governance status of each ref (governance is not evaluated yet: `unknown`).
   * A person gets `no-data` for models their catalog visibility hides, as for unknown
   * ones; services (the catalog module) get every status.
   */
  async statuses(
    entityRefs: string[],
    credentials: BackstageCredentials,
  ): Promise<ModelStatusItem[]> {
    const normalized = entityRefs.map(ref => {
      try {
        return normalizeEntityRef(ref, { defaultKind: MLMODEL_KIND });
      } catch {
        throw new InputError(`Not an entity ref: ${ref}`);
      }
    });
    const visible = await this.visibleTo(credentials, normalized);
    const statuses = await this.checks.getStatuses(normalized.filter(visible));
    return entityRefs.map((entityRef, i) => ({
      entityRef,
      driftStatus: statuses.get(normalized[i]) ?? 'no-data',
      governanceStatus: 'unknown',
    }));
  }

  /** Which of the (normalized) refs the caller may see: all for services, the catalog's answer for people. */
  private async visibleTo(
    credentials: BackstageCredentials,
    refs: string[],
  ): Promise<(ref: string) => boolean> {
    if (!this.auth.isPrincipal(credentials, 'user') || refs.length === 0) {
      return () => true;
    }
    const { items } = await this.catalog.getEntitiesByRefs(
      {
        entityRefs: refs,
        fields: ['kind', 'metadata.namespace', 'metadata.name'],
      },
      { credentials },
    );
    const seen = new Set(
      items.flatMap(entity => (entity ? [normalizeEntityRef(entity)] : [])),
    );
    return ref => seen.has(ref);
  }
}
