import { Entity } from '@backstage/catalog-model';
import { EntityFilter } from '@backstage/plugin-catalog-react';

/** Keeps the entities whose status label has one of the given values. */
export function statusLabelFilter(label: string) {
  return class StatusLabelFilter implements EntityFilter {
    constructor(readonly values: string[]) {}

    getCatalogFilters() {
      return { [`metadata.labels.${label}`]: this.values };
    }

    filterEntity(entity: Entity) {
      return this.values.includes(entity.metadata.labels?.[label] ?? '');
    }

    toQueryValue() {
      return this.values;
    }
  };
}
