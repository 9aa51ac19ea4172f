import type { AuditEntry } from '../api/types';
import { Sha256Hex, auditEntryHash } from './auditHash';
import { AuditChainVerifier } from './verifyAuditChain';

/** What verifying an exported trail found, line by line. */
export interface AuditExportVerification {
  valid: boolean;
  entries: number;
  /** The first line that is not a valid entry, 1-based, with its sequence when it has one. */
  firstInvalid: {
    line: number;
    sequence: number | null;
    reason: string;
  } | null;
  /** Where a chain cut by retention continues from: its first entry's predecessor. */
  startsAfter: { sequence: number; hash: string } | null;
}

function parseEntry(line: string): AuditEntry | string {
  let value: any;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not JSON';
  }
  const fields: Array<[string, string]> = [
    ['sequence', 'number'],
    ['time', 'string'],
    ['actor', 'string'],
    ['action', 'string'],
    ['prevHash', 'string'],
    ['hash', 'string'],
  ];
  for (const [name, type] of fields) {
    if (typeof value?.[name] !== type) return `${name} is not a ${type}`;
  }
  if (typeof value.details !== 'object' || value.details === null) {
    return 'details is not an object';
  }
  return value as AuditEntry;
}

/**
 * Verifies an exported audit trail (JSON Lines, as `GET /v1/audit?format=jsonl` writes
 * it) without trusting the server: `chain` checks the whole chain from its first entry
 * (an export cut by retention starts after a checkpoint, which it reports), `entries`
 * checks each entry's own hash only, for an export filtered to one model.
 */
export async function verifyAuditExport(
  lines: AsyncIterable<string> | Iterable<string>,
  options: { sha256: Sha256Hex; mode: 'chain' | 'entries' },
): Promise<AuditExportVerification> {
  let verifier: AuditChainVerifier | undefined;
  let startsAfter: AuditExportVerification['startsAfter'] = null;
  let entries = 0;
  let lineNumber = 0;
  const invalid = (
    reason: string,
    sequence: number | null,
  ): AuditExportVerification => ({
    valid: false,
    entries,
    firstInvalid: { line: lineNumber, sequence, reason },
    startsAfter,
  });
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    const entry = parseEntry(line);
    if (typeof entry === 'string') return invalid(entry, null);
    entries += 1;
    if (options.mode === 'entries') {
      if (auditEntryHash(entry, options.sha256) !== entry.hash) {
        return invalid(
          'its content does not match its hash (edited)',
          entry.sequence,
        );
      }
      continue;
    }
    if (!verifier) {
      if (entry.sequence > 1) {
        startsAfter = { sequence: entry.sequence - 1, hash: entry.prevHash };
      }
      verifier = new AuditChainVerifier(
        options.sha256,
        startsAfter ?? undefined,
      );
    }
    if (!verifier.verify(entry)) {
      return invalid(verifier.result().firstInvalid!.reason, entry.sequence);
    }
  }
  return { valid: true, entries, firstInvalid: null, startsAfter };
}
