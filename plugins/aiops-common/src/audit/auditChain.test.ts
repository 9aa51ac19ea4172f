import { createHash } from 'node:crypto';
import type { AuditEntry } from '../api/types';
import { GENESIS_HASH, auditEntryHash } from './auditHash';
import { AuditChainVerifier } from './verifyAuditChain';

const sha256 = (text: string) =>
  createHash('sha256').update(text, 'utf8').digest('hex');

/** A valid chain of `count` entries. */
function chain(count: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  let prevHash = GENESIS_HASH;
  for (let sequence = 1; sequence <= count; sequence++) {
    const unhashed = {
      sequence,
      time: new Date(Date.UTC(2026, 11, 1, 12, 0, sequence)).toISOString(),
      actor: 'plugin:aiops',
      action: 'governance-status-change',
      entityRef: 'mlmodel:default/churn',
      details: { status: sequence % 2 ? 'at-risk' : 'compliant' },
      prevHash,
    };
    const hash = auditEntryHash(unhashed, sha256);
    entries.push({ ...unhashed, hash });
    prevHash = hash;
  }
  return entries;
}

function verify(entries: AuditEntry[]) {
  const verifier = new AuditChainVerifier(sha256);
  entries.forEach(e => verifier.verify(e));
  return verifier.result();
}

describe('auditEntryHash', () => {
  it('is SHA-256 of the RFC 8785 canonical JSON, as Python computes it with sorted keys', () => {
    // python3: json.dumps(entry, sort_keys=True, separators=(',', ':'), ensure_ascii=False)
    expect(
      auditEntryHash(
        {
          sequence: 1,
          time: '2026-12-01T12:00:00.000Z',
          actor: 'user:default/jane',
          action: 'gate-decision',
          entityRef: 'mlmodel:default/churn',
          details: {
            decision: 'fail',
            score: 93.9,
            reasons: ['Modèl card lacks limitations'],
            z: null,
            a: [1, 2.5, true],
          },
          prevHash: GENESIS_HASH,
        },
        sha256,
      ),
    ).toBe('400c19a90bf599256d2f335c98261a3cd244554ff3374c4c90085364c0f5eb00');
  });

  it('does not depend on the order of keys', () => {
    const [{ hash, ...rest }] = chain(1);
    const reversed = Object.fromEntries(
      Object.entries(rest).reverse(),
    ) as typeof rest;
    expect(Object.keys(reversed)[0]).toBe('prevHash');
    expect(auditEntryHash(reversed, sha256)).toBe(hash);
  });
});

describe('AuditChainVerifier', () => {
  it('accepts an intact chain', () => {
    expect(verify(chain(50))).toEqual({
      valid: true,
      entries: 50,
      firstInvalid: null,
      checkpoint: null,
    });
  });

  it('names an edited entry', () => {
    const entries = chain(10);
    entries[4] = { ...entries[4], details: { status: 'compliant!' } };
    expect(verify(entries).firstInvalid).toEqual({
      sequence: 5,
      reason: 'its content does not match its hash (edited)',
    });
  });

  it('names the gap a deleted entry leaves', () => {
    const entries = chain(10);
    entries.splice(6, 1);
    expect(verify(entries).firstInvalid).toEqual({
      sequence: 8,
      reason: 'entries 7–7 are missing (deleted)',
    });
  });

  it('names where two entries were swapped', () => {
    const entries = chain(10);
    // the rows keep their places in the sequence, their contents swap
    const [a, b] = [entries[2], entries[3]];
    entries[2] = { ...b, sequence: 3 };
    entries[3] = { ...a, sequence: 4 };
    expect(verify(entries).firstInvalid).toEqual({
      sequence: 3,
      reason:
        'its previous hash does not match entry 2 (the chain was changed before it)',
    });
  });

  it('names a re-hashed forgery by the link it breaks', () => {
    const entries = chain(10);
    const forged = { ...entries[4], details: { status: 'forged' } };
    forged.hash = auditEntryHash(forged, sha256);
    entries[4] = forged;
    expect(verify(entries).firstInvalid?.sequence).toBe(6);
  });

  it('continues from a retention checkpoint', () => {
    const entries = chain(10);
    const verifier = new AuditChainVerifier(sha256, {
      sequence: 4,
      hash: entries[3].hash,
    });
    entries.slice(4).forEach(e => verifier.verify(e));
    expect(verifier.result()).toMatchObject({
      valid: true,
      entries: 6,
      checkpoint: { sequence: 4 },
    });
  });
});
