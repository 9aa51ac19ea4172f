import { auditEntryHash } from '@unified-aiops/plugin-aiops-common';
import { AuditHashPool } from './AuditHashPool';
import { sha256Hex } from './sha256Hex';

const entries = [
  {
    sequence: 1,
    time: '2026-12-01T12:00:00.000Z',
    actor: 'user:default/risk-officer',
    action: 'approval',
    entityRef: 'mlmodel:default/fraud-detector',
    details: { modelVersion: '12', comment: 'Bias report reviewed ✓ — ok' },
    prevHash: '0'.repeat(64),
  },
  {
    sequence: 2,
    time: '2026-12-01T12:00:01.000Z',
    actor: 'plugin:aiops',
    action: 'audit-checkpoint',
    entityRef: null,
    // numbers RFC 8785 writes in its own way, nesting, key order, escapes
    details: {
      z: [1e21, 1e-7, -0, 0.1, 100, { b: null, a: true }],
      a: 'line\nbreak "quoted" \u0001 🚀',
      m: { '€': 1, $: 2, '10': 3, '9': 4 },
    },
    prevHash: 'f'.repeat(64),
  },
];

describe('AuditHashPool', () => {
  it('hashes stored rows exactly as auditEntryHash does', async () => {
    const pool = AuditHashPool.start(2);
    try {
      const rows = entries.map(e => ({
        ...e,
        details: JSON.stringify(e.details),
      }));
      // two calls land on two workers
      const [first, second] = await Promise.all([
        pool.hashes(rows),
        pool.hashes([...rows].reverse()),
      ]);
      const expected = entries.map(e => auditEntryHash(e, sha256Hex));
      expect(first).toEqual(expected);
      expect(second).toEqual([...expected].reverse());
    } finally {
      await pool.close();
    }
  });

  it('gives null for a row whose details are not JSON, and refuses work once closed', async () => {
    const pool = AuditHashPool.start(1);
    const [hash] = await pool.hashes([{ ...entries[0], details: '{nope' }]);
    expect(hash).toBeNull();
    await pool.close();
    await expect(pool.hashes([])).rejects.toThrow('audit hash pool closed');
  });
});
