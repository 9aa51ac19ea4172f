import canonicalize from 'canonicalize';
import type { AuditEntry } from '../api/types';

/** The previous hash of the first entry of a chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** An audit entry before it is hashed: everything but its own hash. */
export type UnhashedAuditEntry = Omit<AuditEntry, 'hash'>;

/**
 * SHA-256 of a UTF-8 string, hex encoded. Passed in rather than imported so this module
 * stays isomorphic: Node callers use `node:crypto`, which browsers lack.
 */
export type Sha256Hex = (text: string) => string;

/** The fields of an entry its hash covers: all but the hash itself. */
export const AUDIT_HASHED_FIELDS = [
  'sequence',
  'time',
  'actor',
  'action',
  'entityRef',
  'details',
  'prevHash',
] as const satisfies ReadonlyArray<keyof UnhashedAuditEntry>;

/**
 * The hash of an audit entry: SHA-256 (hex) of the RFC 8785 canonical JSON of the entry
 * without its own hash, the previous entry's hash included, so editing, deleting or moving
 * any entry breaks the chain from there on.
 */
export function auditEntryHash(
  entry: UnhashedAuditEntry,
  sha256: Sha256Hex,
): string {
  const hashed: Partial<UnhashedAuditEntry> = {};
  for (const field of AUDIT_HASHED_FIELDS) {
    (hashed as Record<string, unknown>)[field] = entry[field];
  }
  return sha256(canonicalize(hashed)!);
}
