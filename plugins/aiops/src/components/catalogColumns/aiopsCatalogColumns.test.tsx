import { EntityKindFilter } from '@backstage/plugin-catalog-react';
import { aiopsCatalogColumns } from './aiopsCatalogColumns';

function columnTitles(kind?: string) {
  const context = {
    filters: kind ? { kind: new EntityKindFilter(kind, kind) } : {},
    entities: [],
  } as unknown as Parameters<typeof aiopsCatalogColumns>[0];
  return aiopsCatalogColumns(context).map(c => c.title);
}

describe('aiopsCatalogColumns', () => {
  it('adds the drift and governance columns when the catalog lists MLModels', () => {
    expect(columnTitles('mlmodel')).toEqual(
      expect.arrayContaining(['Drift', 'Governance']),
    );
  });

  it('leaves other kinds with the default columns', () => {
    expect(columnTitles('component')).not.toContain('Drift');
    expect(columnTitles()).not.toContain('Governance');
  });
});
