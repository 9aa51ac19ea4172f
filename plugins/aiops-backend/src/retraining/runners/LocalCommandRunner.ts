import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  RetrainingRunHandle,
  RetrainingRunRef,
  RetrainingRunReport,
  RetrainingRunRequest,
  RetrainingRunner,
} from '@unified-aiops/plugin-aiops-node';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** One configured command (`aiops.retraining.runners.local.targets.<name>`). */
interface LocalTarget {
  command: string;
  args: string[];
  cwd?: string;
  env: Record<string, string>;
}

/** How a finished process ended, written beside its log. */
interface ExitRecord {
  state: 'succeeded' | 'failed' | 'cancelled';
  reason: string;
}

const LOG_TAIL_BYTES = 16 * 1024;
/** Environment a command inherits from the backend; nothing else (no secrets) leaks. */
const INHERITED_ENV = ['PATH', 'HOME', 'LANG', 'TZ', 'TMPDIR', 'NODE_OPTIONS'];

function envName(parameter: string) {
  return `AIOPS_PARAM_${parameter.replace(/[^A-Za-z0-9]/g, '_').toUpperCase()}`;
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Runs a configured command for the demo and small teams: never through a shell, the
 * run's parameters in its environment, its output in a log file under `workDir`, its
 * whole process group killed when the run is cancelled or times out. The process is its
 * own group leader and writes to a file, not a pipe, so it outlives a backend restart;
 * a restarted backend finds its end in the exit record, or sees it still alive.
 */
export class LocalCommandRunner implements RetrainingRunner {
  readonly type = 'local';

  static fromConfig(config: Config | undefined, logger: LoggerService) {
    const targets = new Map<string, LocalTarget>();
    const targetsConfig = config?.getOptionalConfig('targets');
    for (const name of targetsConfig?.keys() ?? []) {
      const target = targetsConfig!.getConfig(name);
      const env = target.getOptionalConfig('env');
      targets.set(name, {
        command: target.getString('command'),
        args: target.getOptionalStringArray('args') ?? [],
        cwd: target.getOptionalString('cwd'),
        env: Object.fromEntries(
          (env?.keys() ?? []).map(key => [key, env!.getString(key)]),
        ),
      });
    }
    return new LocalCommandRunner({
      targets,
      workDir:
        config?.getOptionalString('workDir') ??
        path.join(os.tmpdir(), 'aiops-local-runs'),
      killGraceMs: (config?.getOptionalNumber('killGraceSeconds') ?? 5) * 1000,
      logger,
    });
  }

  constructor(
    private readonly options: {
      targets: Map<string, LocalTarget>;
      workDir: string;
      logger: LoggerService;
      /** Time between SIGTERM and SIGKILL of a stopped run's group. */
      killGraceMs: number;
    },
  ) {}

  async start(request: RetrainingRunRequest): Promise<RetrainingRunHandle> {
    const target = this.target(request.pipeline.target);
    const { workDir } = this.options;
    await fs.promises.mkdir(workDir, { recursive: true });
    const log = await fs.promises.open(this.logPath(request.runId), 'a');
    const env: Record<string, string> = {};
    for (const key of INHERITED_ENV) {
      if (process.env[key] !== undefined) env[key] = process.env[key]!;
    }
    Object.assign(env, target.env, {
      AIOPS_RUN_ID: request.runId,
      AIOPS_MODEL_REF: request.model.entityRef,
      AIOPS_MODEL_VERSION: request.model.version ?? '',
      AIOPS_PIPELINE_REF: request.pipeline.entityRef,
      AIOPS_PIPELINE_REF_NAME: request.pipeline.ref ?? '',
      AIOPS_TRIGGER: request.trigger.kind,
      AIOPS_DATA_FROM: request.dataWindow.from,
      AIOPS_DATA_TO: request.dataWindow.to,
      AIOPS_EVALUATION_URL: request.callbacks.evaluationUrl,
      AIOPS_STATUS_URL: request.callbacks.statusUrl,
      AIOPS_DEADLINE: request.deadline,
    });
    for (const [name, value] of Object.entries(request.pipeline.parameters)) {
      env[envName(name)] = value;
    }
    const child = await new Promise<ReturnType<typeof spawn>>(
      (resolve, reject) => {
        const spawned = spawn(target.command, target.args, {
          cwd: target.cwd,
          env,
          shell: false,
          detached: true,
          stdio: ['ignore', log.fd, log.fd],
        });
        spawned.once('spawn', () => resolve(spawned));
        spawned.once('error', error =>
          reject(
            new InputError(
              `Could not start ${target.command}: ${error.message}`,
            ),
          ),
        );
      },
    ).finally(() => log.close());
    const pid = child.pid!;
    child.once('exit', (code, signal) => {
      const record: ExitRecord =
        code === 0
          ? { state: 'succeeded', reason: 'The command exited with code 0' }
          : {
              state: 'failed',
              reason: signal
                ? `The command was stopped by ${signal}`
                : `The command exited with code ${code}`,
            };
      this.writeExit(request.runId, record);
    });
    child.unref();
    return { externalId: String(pid), state: 'running' };
  }

  async status(
    run: RetrainingRunRef,
  ): Promise<RetrainingRunReport | undefined> {
    // The exit record first: a process that ends between the two reads has written all
    // its output before its exit record, so the log read after it is whole.
    const exit = await this.readExit(run.runId);
    const logs = await this.tail(run.runId);
    if (exit) return { ...exit, logs };
    const pid = Number(run.externalId);
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
      return { state: 'running', logs };
    }
    // Gone without an exit record: it ended while no backend was watching.
    return undefined;
  }

  async cancel(run: RetrainingRunRef): Promise<void> {
    const pid = Number(run.externalId);
    if (!Number.isInteger(pid) || pid <= 0) return;
    const kill = (signal: NodeJS.Signals) => {
      try {
        process.kill(-pid, signal);
      } catch {
        // the group is gone already
      }
    };
    await this.writeExit(run.runId, {
      state: 'cancelled',
      reason: 'The process group was stopped',
    });
    kill('SIGTERM');
    await new Promise(resolve => setTimeout(resolve, this.options.killGraceMs));
    kill('SIGKILL');
  }

  private target(name: string): LocalTarget {
    const target = this.options.targets.get(name);
    if (!target) {
      const known = [...this.options.targets.keys()];
      throw new InputError(
        `No local runner target '${name}' in aiops.retraining.runners.local.targets (${
          known.length ? `known: ${known.join(', ')}` : 'none configured'
        })`,
      );
    }
    return target;
  }

  private logPath(runId: string) {
    return path.join(this.options.workDir, `${path.basename(runId)}.log`);
  }

  private exitPath(runId: string) {
    return path.join(this.options.workDir, `${path.basename(runId)}.exit.json`);
  }

  /** Keeps the first record: a cancel is not overwritten by the exit it causes. */
  private async writeExit(runId: string, record: ExitRecord) {
    try {
      await fs.promises.writeFile(
        this.exitPath(runId),
        JSON.stringify(record),
        {
          flag: 'wx',
        },
      );
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        this.options.logger.warn(
          `Could not record the end of local run ${runId}: ${error}`,
        );
      }
    }
  }

  private async readExit(runId: string): Promise<ExitRecord | undefined> {
    try {
      return JSON.parse(
        await fs.promises.readFile(this.exitPath(runId), 'utf8'),
      );
    } catch {
      return undefined;
    }
  }

  private async tail(runId: string): Promise<string | undefined> {
    let handle: fs.promises.FileHandle | undefined;
    try {
      handle = await fs.promises.open(this.logPath(runId), 'r');
      const { size } = await handle.stat();
      const length = Math.min(size, LOG_TAIL_BYTES);
      const buffer = Buffer.alloc(length);
      await handle.read(buffer, 0, length, size - length);
      return buffer.toString('utf8');
    } catch {
      return undefined;
    } finally {
      await handle?.close();
    }
  }
}
