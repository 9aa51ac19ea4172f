import { ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** A real Prometheus server (Debian's `prometheus`) on a free loopback port. */
export interface PrometheusServer {
  url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Loads `openMetrics` (OpenMetrics text with timestamps, ending in `# EOF`) into TSDB
 * blocks with `promtool tsdb create-blocks-from openmetrics` and starts Prometheus on
 * them, scraping nothing. Resolves once `/-/ready` answers.
 */
export async function startPrometheus(
  openMetrics: string,
): Promise<PrometheusServer> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'aiops-prometheus-'));
  const input = path.join(dir, 'series.om');
  const data = path.join(dir, 'data');
  const config = path.join(dir, 'prometheus.yml');
  await fs.writeFile(input, openMetrics);
  await fs.writeFile(config, 'global:\n  scrape_interval: 1h\n');
  try {
    await execFileAsync('promtool', [
      'tsdb',
      'create-blocks-from',
      'openmetrics',
      input,
      data,
    ]);
  } catch (error) {
    const err = error as { code?: string; stderr?: string };
    throw new Error(
      err.code === 'ENOENT'
        ? "promtool is missing: these tests run Debian's prometheus package (scripts/ensure-services.sh installs it)"
        : `promtool could not load the series: ${err.stderr ?? error}`,
    );
  }
  const port = await freePort();
  const child: ChildProcess = spawn(
    'prometheus',
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${data}`,
      '--storage.tsdb.retention.time=10y',
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr?.on('data', chunk => {
    log = (log + chunk).slice(-4000);
  });
  const exited = new Promise<void>(resolve =>
    child.once('exit', () => resolve()),
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    await fs.rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`prometheus exited (${child.exitCode}): ${log}`);
    }
    try {
      if ((await fetch(`${url}/-/ready`)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`prometheus was not ready within 30 s: ${log}`);
    }
    await new Promise(resolve => setTimeout(resolve, 200));
  }
}

/** Seconds between the samples of {@link serviceSeries}. */
export const SAMPLE_SECONDS = 15;

/** One GenAI service of {@link serviceSeries}. */
export interface SeriesService {
  service: string;
  pod: string;
  gpu?: boolean;
}

/**
 * Three hours up to `endSeconds` of GenAI services and their containers, as
 * OpenTelemetry's Prometheus exporter and cAdvisor name them, every 15 s: per service 40
 * successful operations (cumulative buckets 8, 20, 32, 38, 40 at le 0.1, 0.25, 0.5, 1, 2)
 * and 4 failed ones (`error_type="timeout"`, all between 1 and 2 s), its container using
 * half a core and 512 MiB; `gpu` adds DCGM's utilization at 70 %.
 */
export function serviceSeries(
  services: SeriesService[],
  endSeconds: number,
): string {
  const times: number[] = [];
  for (let t = endSeconds - 3 * 3600; t <= endSeconds; t += SAMPLE_SECONDS) {
    times.push(t);
  }
  const lines: string[] = [];
  const histogram = 'gen_ai_client_operation_duration_seconds';
  const bounds = ['0.1', '0.25', '0.5', '1', '2', '+Inf'];
  const seriesOf = (
    labels: string,
    perStep: number[],
    perStepCount: number,
  ) => {
    times.forEach((t, i) => {
      bounds.forEach((le, b) =>
        lines.push(
          `${histogram}_bucket{${labels},le="${le}"} ${perStep[b] * i} ${t}`,
        ),
      );
      lines.push(`${histogram}_count{${labels}} ${perStepCount * i} ${t}`);
      lines.push(`${histogram}_sum{${labels}} ${perStepCount * i * 0.4} ${t}`);
    });
  };
  lines.push(`# TYPE ${histogram} histogram`);
  for (const { service } of services) {
    seriesOf(`service_name="${service}"`, [8, 20, 32, 38, 40, 40], 40);
    seriesOf(
      `service_name="${service}",error_type="timeout"`,
      [0, 0, 0, 0, 4, 4],
      4,
    );
  }
  lines.push('# TYPE container_cpu_usage_seconds_total counter');
  for (const { pod } of services) {
    times.forEach((t, i) =>
      lines.push(
        `container_cpu_usage_seconds_total{pod="${pod}",container="model"} ${
          (i * SAMPLE_SECONDS) / 2
        } ${t}`,
      ),
    );
  }
  lines.push('# TYPE container_memory_working_set_bytes gauge');
  for (const { pod } of services) {
    times.forEach(t =>
      lines.push(
        `container_memory_working_set_bytes{pod="${pod}",container="model"} 536870912 ${t}`,
      ),
    );
  }
  lines.push('# TYPE DCGM_FI_DEV_GPU_UTIL gauge');
  for (const { pod } of services.filter(s => s.gpu)) {
    times.forEach(t =>
      lines.push(`DCGM_FI_DEV_GPU_UTIL{pod="${pod}",gpu="0"} 70 ${t}`),
    );
  }
  lines.push('# EOF');
  return `${lines.join('\n')}\n`;
}
