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
  driftSeverity,
  governanceSeverity,
  isDriftStatus,
  isEntityOfKind,
  isGovernanceStatus,
} from '@unified-aiops/plugin-aiops-common';
import { Status, StatusChip } from '../StatusChip';

/** A column of one status label: its chip, sorted by severity (rows without it first). */
function statusColumn<S extends Status>(column: {
  title: string;
  label: string;
  isStatus: (value: unknown) => value is S;
  severity: (status: S) => number;
}): TableColumn<CatalogTableRow> {
  const statusOf = (row: CatalogTableRow) => {
    const value = row.entity.metadata.labels?.[column.label];
    return column.isStatus(value) ? value : undefined;
  };
  const rank = (row: CatalogTableRow) => {
    const status = statusOf(row);
    return status === undefined ? -1 : column.severity(status);
  };
  return {
    title: column.title,
    field: `entity.metadata.labels.${column.label}`,
    customSort: (a, b) => rank(a) - rank(b),
    render: row => {
      const status = statusOf(row);
      return status ? <StatusChip status={status} /> : null;
    },
  };
}

/** Catalog table columns with coloured chips for the two status labels, sorted by severity. */
export const aiopsStatusColumns: TableColumn<CatalogTableRow>[] = [
  statusColumn({
    title: 'Drift',
    label: DRIFT_STATUS_LABEL,
    isStatus: isDriftStatus,
    severity: driftSeverity,
  }),
  statusColumn({
    title: 'Governance',
    label: GOVERNANCE_STATUS_LABEL,
    isStatus: isGovernanceStatus,
    severity: governanceSeverity,
  }),
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
  if (!kind || !isEntityOfKind({ kind }, MLMODEL_KIND)) return columns;
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
