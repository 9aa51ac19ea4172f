import { CatalogService } from '@backstage/plugin-catalog-node';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  AIOPS_API_VERSION,
  FleetSummary,
  MLMODEL_KIND,
  summarizeFleet,
} from '@unified-aiops/plugin-aiops-common';

/** Reads the fleet of MLModel entities from the catalog and summarizes it. */
export class FleetService {
  static create(options: { catalog: CatalogService }) {
    return new FleetService(options.catalog);
  }

  private constructor(private readonly catalog: CatalogService) {}

  /** The fleet as the caller may see it: every MLModel with its status labels. */
  async summary(credentials: BackstageCredentials): Promise<FleetSummary> {
    const { items } = await this.catalog.getEntities(
      {
        filter: { kind: MLMODEL_KIND, apiVersion: AIOPS_API_VERSION },
        fields: ['kind', 'metadata', 'spec'],
      },
      { credentials },
    );
    return summarizeFleet(items);
  }
}
