import type { AuditEntry, AuditVerification } from '../api/types';
import { GENESIS_HASH, Sha256Hex, auditEntryHash } from './auditHash';

/** Where a chain (or the part retention kept) starts: the sequence and hash before its first entry. */
export interface ChainStart {
  sequence: number;
  hash: string;
}

/**
 * Checks entries of a chain, read in order, one at a time (so a million entries stream
 * through): each must come right after the previous one, carry its hash as `prevHash`, and
 * hash to its own `hash`. Feed it with `verify(entry)`, read the outcome from `result()`;
 * it stops judging at the first invalid entry and names it with the reason.
 */
export class AuditChainVerifier {
  private entries = 0;
  private previous: ChainStart;
  private firstInvalid: AuditVerification['firstInvalid'] = null;

  constructor(
    private readonly sha256: Sha256Hex,
    private readonly start: ChainStart = { sequence: 0, hash: GENESIS_HASH },
  ) {
    this.previous = start;
  }

  /** Checks the next entry; false once the chain is broken. */
  verify(entry: AuditEntry): boolean {
    return this.verifyHashed(entry, () => auditEntryHash(entry, this.sha256));
  }

  /**
   * Checks the next entry, its content hashed elsewhere (on a worker thread, say):
   * `contentHash` is what `auditEntryHash` gives for it, or a function that computes it.
   */
  verifyHashed(
    entry: Pick<AuditEntry, 'sequence' | 'prevHash' | 'hash'>,
    contentHash: string | (() => string),
  ): boolean {
    if (this.firstInvalid) return false;
    this.entries += 1;
    const expected = this.previous.sequence + 1;
    const invalid = (reason: string) => {
      this.firstInvalid = { sequence: entry.sequence, reason };
      return false;
    };
    if (entry.sequence !== expected) {
      return invalid(
        entry.sequence > expected
          ? `entries ${expected}–${entry.sequence - 1} are missing (deleted)`
          : `entry ${entry.sequence} comes after ${this.previous.sequence} (moved or duplicated)`,
      );
    }
    if (entry.prevHash !== this.previous.hash) {
      return invalid(
        `its previous hash does not match entry ${this.previous.sequence} (the chain was changed before it)`,
      );
    }
    const computed =
      typeof contentHash === 'string' ? contentHash : contentHash();
    if (computed !== entry.hash) {
      return invalid('its content does not match its hash (edited)');
    }
    this.previous = { sequence: entry.sequence, hash: entry.hash };
    return true;
  }

  /** The verification of what was read so far. */
  result(): AuditVerification {
    return {
      valid: this.firstInvalid === null,
      entries: this.entries,
      firstInvalid: this.firstInvalid,
      checkpoint: this.start.sequence > 0 ? this.start : null,
    };
  }
}
