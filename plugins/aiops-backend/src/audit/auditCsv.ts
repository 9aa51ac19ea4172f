import { AuditEntry } from '@unified-aiops/plugin-aiops-common';

/** Columns of the CSV export, the details as JSON. */
export const AUDIT_CSV_HEADER =
  'sequence,time,actor,action,entityRef,details,prevHash,hash';

/** A CSV field: quoted, inner quotes doubled (RFC 4180). */
function field(value: string | number | null) {
  if (value === null) return '';
  return `"${String(value).replace(/"/g, '""')}"`;
}

/** One entry as a CSV row. */
export function auditEntryCsv(entry: AuditEntry): string {
  return [
    entry.sequence,
    entry.time,
    entry.actor,
    entry.action,
    entry.entityRef,
    JSON.stringify(entry.details),
    entry.prevHash,
    entry.hash,
  ]
    .map(field)
    .join(',');
}
