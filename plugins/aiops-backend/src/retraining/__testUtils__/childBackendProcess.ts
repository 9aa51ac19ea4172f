import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';

const PACKAGE_DIR = path.resolve(__dirname, '../../..');

/** A backend process started by {@link startChildBackend}. */
export interface ChildBackend {
  child: ChildProcess;
  /** Where its stdout and stderr go. */
  logFile: string;
}

/** A TCP port free on 127.0.0.1 just now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Whether nothing accepts connections on the port any more. */
export function portClosed(port: number): Promise<boolean> {
  return new Promise(resolve => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

/** Whether a process with this id exists (alive, or a zombie nobody reaped yet). */
export function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Resolves once the process has exited (at once when it has already). */
export function exited(child: ChildProcess): Promise<void> {
  return new Promise(resolve => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/** One JSON request to 127.0.0.1 (its own connection: jest's global agent refuses look-ups). */
export function requestJson(
  port: number,
  method: string,
  urlPath: string,
  options: { token?: string; body?: unknown } = {},
): Promise<{ status: number; body: any }> {
  const payload =
    options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        agent: false,
        host: '127.0.0.1',
        port,
        method,
        path: urlPath,
        timeout: 15_000,
        headers: {
          ...(options.token && { authorization: `Bearer ${options.token}` }),
          ...(payload !== undefined && {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(payload),
          }),
        },
      },
      response => {
        const chunks: Buffer[] = [];
        response.on('data', chunk => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // not JSON: kept as text
          }
          resolve({ status: response.statusCode!, body });
        });
      },
    );
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', reject);
    request.end(payload);
  });
}

/**
 * Starts childBackend.ts with the CLI's node transform, `config` as its only app-config
 * and `entities` in its catalog; resolves once its readiness check answers 200 (within
 * `timeoutMs`), rejects when it exits before.
 */
export async function startChildBackend(options: {
  dir: string;
  name: string;
  port: number;
  config: Record<string, unknown>;
  entities: unknown[];
  timeoutMs?: number;
}): Promise<ChildBackend> {
  const { dir, name, port } = options;
  const configFile = path.join(dir, `${name}.app-config.json`);
  const entitiesFile = path.join(dir, `${name}.entities.json`);
  const logFile = path.join(dir, `${name}.log`);
  fs.writeFileSync(configFile, JSON.stringify(options.config, null, 2));
  fs.writeFileSync(entitiesFile, JSON.stringify(options.entities));
  const out = fs.openSync(logFile, 'a');
  let child: ChildProcess;
  try {
    child = spawn(
      process.execPath,
      [
        '--require',
        require.resolve('@backstage/cli/config/nodeTransform.cjs'),
        path.resolve(__dirname, 'childBackend.ts'),
        entitiesFile,
        '--config',
        configFile,
      ],
      // In the package: the backend looks for its package.json upwards from here.
      { cwd: PACKAGE_DIR, env: process.env, stdio: ['ignore', out, out] },
    );
  } finally {
    fs.closeSync(out);
  }
  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `${name} exited (${
          child.exitCode ?? child.signalCode
        }) before it was ready:\n${tail(logFile)}`,
      );
    }
    try {
      const ready = await requestJson(
        port,
        'GET',
        '/.backstage/health/v1/readiness',
      );
      if (ready.status === 200) return { child, logFile };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} was not ready in time:\n${tail(logFile)}`);
    }
    await new Promise(resolve => setTimeout(resolve, 200));
  }
}

/** The end of a log file, for failure messages. */
export function tail(file: string, bytes = 6000): string {
  try {
    const text = fs.readFileSync(file, 'utf8');
    return text.slice(-bytes);
  } catch {
    return '(no log)';
  }
}
