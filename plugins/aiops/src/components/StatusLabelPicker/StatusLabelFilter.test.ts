import { statusLabelFilter } from './StatusLabelFilter';

describe('statusLabelFilter', () => {
  const DriftFilter = statusLabelFilter('aiops.dev/drift-status');

  it('asks the catalog for entities whose label has one of the values', () => {
    expect(new DriftFilter(['drift', 'warning']).getCatalogFilters()).toEqual({
      'metadata.labels.aiops.dev/drift-status': ['drift', 'warning'],
    });
  });

  it('matches entities by their label and keeps the values in the URL', () => {
    const filter = new DriftFilter(['drift']);
    const entity = (value?: string) => ({
      apiVersion: 'aiops.dev/v1alpha1',
      kind: 'MLModel',
      metadata: {
        name: 'm',
        labels: value ? { 'aiops.dev/drift-status': value } : undefined,
      },
    });
    expect(filter.filterEntity(entity('drift'))).toBe(true);
    expect(filter.filterEntity(entity('ok'))).toBe(false);
    expect(filter.filterEntity(entity())).toBe(false);
    expect(filter.toQueryValue()).toEqual(['drift']);
  });
});
