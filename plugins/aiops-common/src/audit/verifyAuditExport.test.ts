import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { AuditEntry } from '../api/types';
import { GENESIS_HASH, auditEntryHash } from './auditHash';
import { verifyAuditExport } from './verifyAuditExport';

const sha256 = (text: string) =>
  createHash('sha256').update(text, 'utf8').digest('hex');

function exportOf(count: number, firstSequence = 1): string[] {
  const lines: string[] = [];
  let prevHash = firstSequence === 1 ? GENESIS_HASH : 'f'.repeat(64);
  for (
    let sequence = firstSequence;
    sequence < firstSequence + count;
    sequence++
  ) {
    const unhashed = {
      sequence,
      time: new Date(Date.UTC(2026, 11, 1, 0, 0, sequence)).toISOString(),
      actor: 'user:default/jane',
      action: 'approval-record',
      entityRef: 'mlmodel:default/fraud',
      details: { modelVersion: String(sequence) },
      prevHash,
    };
    const entry: AuditEntry = {
      ...unhashed,
      hash: auditEntryHash(unhashed, sha256),
    };
    lines.push(JSON.stringify(entry));
    prevHash = entry.hash;
  }
  return lines;
}

const verify = (lines: string[], mode: 'chain' | 'entries' = 'chain') =>
  verifyAuditExport(lines, { sha256, mode });

describe('verifyAuditExport', () => {
  it('accepts an intact export', async () => {
    expect(await verify(exportOf(5))).toEqual({
      valid: true,
      entries: 5,
      firstInvalid: null,
      startsAfter: null,
    });
  });

  it('names the first bad line: edited, deleted, not an entry', async () => {
    const edited = exportOf(5);
    edited[2] = edited[2].replace('"modelVersion":"3"', '"modelVersion":"9"');
    expect((await verify(edited)).firstInvalid).toEqual({
      line: 3,
      sequence: 3,
      reason: 'its content does not match its hash (edited)',
    });
    const deleted = exportOf(5);
    deleted.splice(1, 1);
    expect((await verify(deleted)).firstInvalid).toMatchObject({
      line: 2,
      sequence: 3,
    });
    const garbage = [...exportOf(2), '{"sequence":"three"}'];
    expect((await verify(garbage)).firstInvalid).toEqual({
      line: 3,
      sequence: null,
      reason: 'sequence is not a number',
    });
  });

  it('reports where a chain cut by retention continues from', async () => {
    const cut = exportOf(3, 41);
    expect(await verify(cut)).toMatchObject({
      valid: true,
      startsAfter: { sequence: 40, hash: 'f'.repeat(64) },
    });
  });

  it('checks each hash only for a filtered export', async () => {
    const filtered = exportOf(6).filter((_, i) => i % 2 === 0);
    expect((await verify(filtered)).valid).toBe(false);
    expect(await verify(filtered, 'entries')).toMatchObject({
      valid: true,
      entries: 3,
    });
  });
});

describe('the aiops-audit-verify command', () => {
  const bin = path.resolve(__dirname, '../../bin/aiops-audit-verify');
  const run = async (lines: string[], ...args: string[]) => {
    const file = path.join(
      fs.mkdtempSync(path.join(os.tmpdir(), 'audit-')),
      'trail.jsonl',
    );
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    try {
      const { stdout } = await promisify(execFile)('node', [
        bin,
        ...args,
        file,
      ]);
      return { code: 0, stdout };
    } catch (error: any) {
      return { code: error.code as number, stdout: error.stdout as string };
    }
  };

  it('exits 0 on an intact export and 1 naming the first bad line', async () => {
    expect(await run(exportOf(4))).toEqual({
      code: 0,
      stdout: 'valid: 4 entries\n',
    });
    const edited = exportOf(4);
    edited[1] = edited[1].replace('jane', 'mallory');
    expect(await run(edited)).toEqual({
      code: 1,
      stdout:
        'INVALID at line 2 (sequence 2): its content does not match its hash (edited)\n',
    });
  }, 60_000);
});
