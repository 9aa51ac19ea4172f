import { TableColumn } from '@backstage/core-components';
import {
  CatalogTable,
  CatalogTableColumnsFunc,
  CatalogTableRow,
} from '@backstage/plugin-catalog';
import {
  DRIFT_STATUS_LABEL,
  GOVERNANCE_STATUS_LABEL,
  MLMODEL_KIND,
  isDriftStatus,
  isGovernanceStatus,
} from '@unified-aiops/plugin-aiops-common';
import { StatusChip } from '../StatusChip';

const label = (row: CatalogTableRow, name: string) =>
  row.entity.metadata.labels?.[name];

/** Catalog table columns with coloured chips for the two status labels. */
export const aiopsStatusColumns: TableColumn<CatalogTableRow>[] = [
  {
    title: 'Drift',
    field: `entity.metadata.labels.${DRIFT_STATUS_LABEL}`,
    customSort: (a, b) =>
      (label(a, DRIFT_STATUS_LABEL) ?? '').localeCompare(
        label(b, DRIFT_STATUS_LABEL) ?? '',
      ),
    render: row => {
      const value = label(row, DRIFT_STATUS_LABEL);
      return isDriftStatus(value) ? <StatusChip status={value} /> : null;
    },
  },
  {
    title: 'Governance',
    field: `entity.metadata.labels.${GOVERNANCE_STATUS_LABEL}`,
    customSort: (a, b) =>
      (label(a, GOVERNANCE_STATUS_LABEL) ?? '').localeCompare(
        label(b, GOVERNANCE_STATUS_LABEL) ?? '',
      ),
    render: row => {
      const value = label(row, GOVERNANCE_STATUS_LABEL);
      return isGovernanceStatus(value) ? <StatusChip status={value} /> : null;
    },
  },
];

/**
 * The catalog's default columns, with the status columns instead of the tags and the
 * description when the list shows MLModels.
 * Pass it as `columns` to `CatalogIndexPage`.
 */
export const aiopsCatalogColumns: CatalogTableColumnsFunc = context => {
  const columns = CatalogTable.defaultColumnsFunc(context);
  // the same rule the default columns use to decide which kind is listed
  const kind = context.entities[0]?.kind ?? context.filters.kind?.value;
  const showsModels =
    kind?.toLocaleLowerCase('en-US') ===
    MLMODEL_KIND.toLocaleLowerCase('en-US');
  if (!showsModels) return columns;
  // The status chips take the place of the tags, which models rarely carry, and of the
  // description, cut to a few words anyway: without it names and owners fit at 1440 px.
  // Short values (type, lifecycle, the chips) get narrow columns, leaving the rest to
  // names, systems and owners; by default every column gets an equal share.
  const replaced = ['entity.metadata.tags', 'entity.metadata.description'];
  const short = ['entity.spec.type', 'entity.spec.lifecycle'];
  return [
    ...columns
      .filter(c => !replaced.includes(c.field as string))
      .map(c =>
        short.includes(c.field as string) ? { ...c, width: '120px' } : c,
      ),
    ...aiopsStatusColumns.map(c => ({ ...c, width: '120px' })),
  ];
};
