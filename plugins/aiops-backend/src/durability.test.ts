import { ChildProcess, spawn } from 'child_process';
import fs from 'fs';
import knexFactory from 'knex';
import os from 'os';
import path from 'path';

jest.setTimeout(120_000);

const packageDir = path.resolve(__dirname, '..');

function startChild(
  dbFile: string,
): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(
    process.execPath,
    [
      '--require',
      require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      'scripts/ingestChild.ts',
      dbFile,
    ],
    { cwd: packageDir, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (data: Buffer) => {
      const match = /listening (\d+)/.exec(data.toString());
      if (match) resolve({ child, port: Number(match[1]) });
    });
    child.on('exit', code => reject(new Error(`child exited with ${code}`)));
  });
}

function batch(i: number) {
  return Array.from({ length: 50 }, (_, j) => ({
    features: { x: i * 50 + j, tag: `t${j % 5}` },
  }));
}

describe('durability', () => {
  it('keeps every batch answered 2xx across a kill -9 and restart', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aiops-durability-'));
    const dbFile = path.join(dir, 'aiops.sqlite');
    const { child, port } = await startChild(dbFile);
    const acknowledged: number[] = [];
    let sent = 0;
    const stream = (async () => {
      for (let i = 0; ; i++) {
        sent = i + 1;
        try {
          const response = await fetch(`http://127.0.0.1:${port}/records`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              idempotencyKey: `b${i}`,
              records: batch(i),
            }),
          });
          if (response.status === 202) acknowledged.push(i);
        } catch {
          return; // the server died mid-request: that batch was not acknowledged
        }
      }
    })();
    await new Promise(resolve => setTimeout(resolve, 1500));
    child.kill('SIGKILL');
    await stream;
    expect(acknowledged.length).toBeGreaterThan(5);

    const restarted = await startChild(dbFile);
    restarted.child.kill('SIGTERM');

    const knex = knexFactory({
      client: 'better-sqlite3',
      connection: { filename: dbFile },
      useNullAsDefault: true,
    });
    try {
      const rows = await knex('aiops_ingest_batches').select(
        'idempotency_key',
        'folded_at',
        'record_count',
      );
      const stored = new Set(rows.map(r => r.idempotency_key));
      for (const i of acknowledged) expect(stored.has(`b${i}`)).toBe(true);
      expect(rows.every(r => r.folded_at !== null)).toBe(true);
      const profiles = await knex('aiops_profiles').select('record_count');
      const profiled = profiles.reduce(
        (sum, r) => sum + Number(r.record_count),
        0,
      );
      const accepted = rows.reduce((sum, r) => sum + Number(r.record_count), 0);
      expect(profiled).toBe(accepted);
      expect(profiled).toBeGreaterThanOrEqual(acknowledged.length * 50);
      expect(sent).toBeGreaterThanOrEqual(acknowledged.length);
    } finally {
      await knex.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
