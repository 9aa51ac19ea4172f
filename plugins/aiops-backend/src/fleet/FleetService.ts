import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  DRIFT_STATUS_LABEL,
  GOVERNANCE_STATUS_LABEL,
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
import { GovernanceStatusStore } from '../governance/GovernanceStatusStore';
import { ResourceStore } from '../prometheus/ResourceStore';
import { RetrainingRunStore } from '../retraining/RetrainingRunStore';

/** How old the newest Prometheus sample of a model may be to show in the fleet. */
const RESOURCES_FRESH_MS = 3_600_000;

/** The fleet of MLModel entities with their drift status from the status store. */
export class FleetService {
  static create(options: {
    catalog: CatalogService;
    auth: AuthService;
    checks: CheckStore;
    governance: GovernanceStatusStore;
    runs: RetrainingRunStore;
    resources: ResourceStore;
  }) {
    return new FleetService(
      options.catalog,
      options.auth,
      options.checks,
      options.governance,
      options.runs,
      options.resources,
    );
  }

  private constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
    private readonly checks: CheckStore,
    private readonly governance: GovernanceStatusStore,
    private readonly runs: RetrainingRunStore,
    private readonly resources: ResourceStore,
  ) {}

  /** The valid MLModel entities the caller may see, with their normalized refs. */
  async visibleModels(
    credentials: BackstageCredentials,
  ): Promise<Array<{ ref: string; entity: MLModelEntity }>> {
    const response = await this.catalog.getEntities(
      {
        filter: { kind: MLMODEL_KIND },
        fields: ['kind', 'apiVersion', 'metadata', 'spec'],
      },
      { credentials },
    );
    // The kind's schema is checked here (apiVersion included: not every catalog search
    // index holds it as a filter key); the catalog module rejects invalid ones anyway.
    return response.items
      .filter(
        (e): e is MLModelEntity =>
          isMLModelEntity(e) && validateAiopsEntity(e).ok,
      )
      .map(entity => ({ ref: normalizeEntityRef(entity), entity }));
  }

  /**
   * The fleet as the caller may see it; the statuses come from the checks and the
   * governance evaluations, not from the labels (which follow them).
   */
  async summary(credentials: BackstageCredentials): Promise<FleetSummary> {
    const models = await this.visibleModels(credentials);
    const refs = models.map(m => m.ref);
    const [drift, governance, retraining, costs, samples] = await Promise.all([
      this.checks.getStatuses(refs),
      this.governance.getStatuses(refs),
      this.runs.activeModels(),
      this.checks.getCosts(refs),
      this.resources.latest(refs, Date.now() - RESOURCES_FRESH_MS),
    ]);
    const resources = new Map(
      [...samples].map(([ref, sample]) => [
        ref,
        { at: new Date(sample.at).toISOString(), figures: sample.figures },
      ]),
    );
    return summarizeFleet(
      models.map(({ ref, entity }) => {
        const labels = { ...entity.metadata.labels };
        const driftStatus = drift.get(ref);
        const governanceStatus = governance.get(ref)?.status;
        if (driftStatus) labels[DRIFT_STATUS_LABEL] = driftStatus;
        if (governanceStatus)
          labels[GOVERNANCE_STATUS_LABEL] = governanceStatus;
        return { ...entity, metadata: { ...entity.metadata, labels } };
      }),
      { retraining, costs, resources },
    );
  }

  /**
   * Drift and governance status of each ref. A person gets `no-data` and `unknown` for
   * models their catalog visibility hides, as for unknown ones; services (the catalog
   * module) get every status.
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
    const visible = normalized.filter(
      await this.visibleTo(credentials, normalized),
    );
    const [drift, governance] = await Promise.all([
      this.checks.getStatuses(visible),
      this.governance.getStatuses(visible),
    ]);
    return entityRefs.map((entityRef, i) => ({
      entityRef,
      driftStatus: drift.get(normalized[i]) ?? 'no-data',
      governanceStatus: governance.get(normalized[i])?.status ?? 'unknown',
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
