import { toError } from '@backstage/errors';
import { AUDIT_HASHED_FIELDS } from '@unified-aiops/plugin-aiops-common';
import { Worker } from 'node:worker_threads';

/** An entry as stored: its details still the JSON text they were written as. */
export interface StoredAuditRow {
  sequence: number;
  time: string;
  actor: string;
  action: string;
  entityRef: string | null;
  details: string;
  prevHash: string;
}

/**
 * The worker's code: `auditEntryHash` (aiops-common) over a stored row, on another thread.
 * It is plain JavaScript evaluated from this string, so it runs alike under ts-node,
 * jest and a bundled backend, where no worker file sits next to this module; the fields
 * hashed come from AUDIT_HASHED_FIELDS, and a test holds its hashes to `auditEntryHash`.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { hash } = require('node:crypto');
const canonicalize = require(workerData.canonicalize);
const fields = workerData.fields;
parentPort.on('message', ({ id, rows }) => {
  try {
    const hashes = rows.map(row => {
      const entry = {};
      for (const field of fields) entry[field] = row[field];
      try {
        entry.details = JSON.parse(row.details);
      } catch {
        return null;
      }
      return hash('sha256', canonicalize(entry), 'hex');
    });
    parentPort.postMessage({ id, hashes });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) });
  }
});
`;

type Pending = {
  resolve(hashes: Array<string | null>): void;
  reject(error: Error): void;
};

/**
 * Worker threads that hash audit entries, so verifying a long chain uses every core and
 * leaves the backend's event loop free for requests. Hashing an entry (RFC 8785
 * canonical JSON, then SHA-256) costs about 7 µs, seven seconds for a million entries on
 * one thread. Written by hand over `node:worker_threads` as the work is one function and
 * a pool library (piscina and the like) needs a worker file on disk, which a bundled
 * backend does not have.
 */
export class AuditHashPool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private failure: Error | undefined;

  /** Starts `threads` workers (at least one). */
  static start(threads: number): AuditHashPool {
    return new AuditHashPool(Math.max(1, Math.floor(threads)));
  }

  private constructor(threads: number) {
    const workerData = {
      canonicalize: require.resolve('canonicalize'),
      fields: [...AUDIT_HASHED_FIELDS],
    };
    this.workers = Array.from({ length: threads }, () => {
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
      worker.on('message', message => this.settle(message));
      worker.on('error', error => this.fail(toError(error)));
      worker.on('exit', code => {
        if (code !== 0)
          this.fail(new Error(`audit hash worker exited ${code}`));
      });
      return worker;
    });
  }

  /**
   * The content hashes of the rows, in order, computed on the next worker in turn; null
   * for a row whose details are not JSON.
   */
  hashes(rows: StoredAuditRow[]): Promise<Array<string | null>> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.workers[id % this.workers.length].postMessage({ id, rows });
    });
  }

  /** Stops the workers; hashes still pending are rejected. */
  async close(): Promise<void> {
    this.fail(new Error('audit hash pool closed'));
    await Promise.all(this.workers.map(w => w.terminate()));
  }

  private settle(message: {
    id: number;
    hashes?: Array<string | null>;
    error?: string;
  }) {
    const waiting = this.pending.get(message.id);
    if (!waiting) return;
    this.pending.delete(message.id);
    if (message.hashes) waiting.resolve(message.hashes);
    else waiting.reject(new Error(`audit hash worker: ${message.error}`));
  }

  private fail(error: Error) {
    this.failure ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
