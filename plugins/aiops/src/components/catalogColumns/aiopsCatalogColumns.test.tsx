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
});
