import { EntityKindFilter } from '@backstage/plugin-catalog-react';
import { aiopsCatalogColumns } from './aiopsCatalogColumns';

function columnFields(kind?: string) {
  return columns(kind).map(c => c.field);
}

function columnTitles(kind?: string) {
  return columns(kind).map(c => c.title);
}

function columns(kind?: string) {
  const context = {
    filters: kind ? { kind: new EntityKindFilter(kind, kind) } : {},
    entities: [],
  } as unknown as Parameters<typeof aiopsCatalogColumns>[0];
  return aiopsCatalogColumns(context);
}

describe('aiopsCatalogColumns', () => {
  it('adds the drift and governance columns when the catalog lists MLModels', () => {
    expect(columnTitles('mlmodel')).toEqual(
      expect.arrayContaining(['Drift', 'Governance']),
    );
    expect(columnFields('mlmodel')).not.toContain('entity.metadata.tags');
    expect(columnFields('mlmodel')).not.toContain(
      'entity.metadata.description',
    );
    expect(columnFields('mlmodel')).toContain('resolved.entityRef');
  });

  it('leaves other kinds with the default columns', () => {
    expect(columnTitles('component')).not.toContain('Drift');
    expect(columnFields('component')).toContain('entity.metadata.tags');
    expect(columnFields('component')).toContain('entity.metadata.description');
    expect(columnTitles()).not.toContain('Governance');
  });

  it('sorts the status columns by severity, not by name', () => {
    const row = (labels: Record<string, string>) =>
      ({ entity: { metadata: { name: 'm', labels } } } as any);
    const sorted = (title: string, label: string, values: string[]) => {
      const column = columns('mlmodel').find(c => c.title === title)!;
      return values
        .map(value => row({ [label]: value }))
        .concat(row({}))
        .sort((a, b) => column.customSort!(a, b, 'row'))
        .map(r => r.entity.metadata.labels[label] ?? 'none');
    };
    expect(
      sorted('Drift', 'aiops.dev/drift-status', [
        'drift',
        'ok',
        'warning',
        'no-data',
      ]),
    ).toEqual(['none', 'no-data', 'ok', 'warning', 'drift']);
    expect(
      sorted('Governance', 'aiops.dev/governance-status', [
        'non-compliant',
        'compliant',
        'unknown',
        'at-risk',
      ]),
    ).toEqual(['none', 'unknown', 'compliant', 'at-risk', 'non-compliant']);
  });
});
