import { ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { BenchDatabase } from './benchDatabases';

/** The records route of the benchmark model served by ingestServer.ts. */
export const INGEST_ROUTE = '/api/aiops/v1/models/default/bench/records';

/**
 * Starts ingestServer.ts on `db` in a child process, with `aiops` settings if given;
 * resolves once it listens (within 30 s).
 */
export function startIngestServer(
  db: BenchDatabase,
  nodeOptions: string[] = [],
  aiops?: Record<string, unknown>,
): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(
    process.execPath,
    [
      ...nodeOptions,
      '--require',
      require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      path.resolve(__dirname, 'ingestServer.ts'),
      JSON.stringify(db.backendConfig),
      ...(aiops ? [JSON.stringify(aiops)] : []),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('server did not listen within 30 s'));
    }, 30_000);
    child.stdout!.on('data', (data: Buffer) => {
      const match = /listening (\d+)/.exec(data.toString());
      if (!match) return;
      clearTimeout(timeout);
      resolve({ child, port: Number(match[1]) });
    });
    child.on('exit', code => {
      clearTimeout(timeout);
      reject(new Error(`server exited with ${code}`));
    });
  });
}

/** Posts a records body to INGEST_ROUTE; resolves with the status and the raw answer. */
export function postRecords(
  agent: http.Agent,
  port: number,
  body: Buffer,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: INGEST_ROUTE,
        headers: {
          'content-type': 'application/json',
          'content-length': body.length,
        },
      },
      response => {
        const chunks: Buffer[] = [];
        response.on('data', chunk => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () =>
          resolve({
            status: response.statusCode!,
            text: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}
