/*
 * OTLP trace ingest throughput of one backend instance: protobuf ExportTraceServiceRequests
 * of GenAI chat spans (usage, one gen_ai.evaluation.result event each, or none where the
 * evaluation is to come from a log record) made by the real
 * OpenTelemetry SDK and its protobuf serializer, posted over loopback to the real route
 * (POST /api/aiops/v1/otlp/v1/traces) of the aiops plugin in a child process, next to
 * decoding and mapping the same bodies in-process (no HTTP, no storage) as the baseline.
 * Run from the repo root with `yarn bench:otlp`. Prints numbers; not part of the tests.
 *
 * Knobs: BENCH_DB=sqlite|pg|all, BENCH_BATCHES (default 200), BENCH_BATCH_SIZE (spans
 * per export, default 512: the BatchSpanProcessor's default), BENCH_CONCURRENCY (8).
 */
import { ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import http from 'node:http';
import os from 'node:os';
import { decodeTraces } from '../src/otlp/decodeTraces';
import { recordOfSpan } from '../src/otlp/genAiRecords';
import {
  createBenchDatabase,
  postgresReachable,
  selectedDatabases,
} from './benchDatabases';
import { fmt, percentile, printTable } from './benchReport';
import { startIngestServer } from './ingestServerProcess';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { emitChats } = require('../src/otlp/__testUtils__/genAiChats');

const BATCHES = Number(process.env.BENCH_BATCHES ?? 200);
const BATCH_SIZE = Number(process.env.BENCH_BATCH_SIZE ?? 512);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const WARMUP = 10;
const ROUTE = '/api/aiops/v1/otlp/v1/traces';

/**
 * `count` distinct export bodies (fresh span ids each, so none is a replay), each span
 * with its evaluation as an event, or, `inline` false, without (its evaluator would
 * report it in a log record).
 */
async function prepareBodies(count: number, inline = true): Promise<Buffer[]> {
  const bodies: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const memory = new InMemorySpanExporter();
    const provider = emitChats(
      memory,
      { 'service.name': 'bench-llm' },
      BATCH_SIZE,
      false,
      inline ? undefined : () => {},
    );
    await provider.forceFlush();
    // the chat spans only: the fixture's one health-check span is not GenAI
    const spans = memory
      .getFinishedSpans()
      .filter(s => s.attributes['gen_ai.operation.name']);
    bodies.push(Buffer.from(ProtobufTraceSerializer.serializeRequest(spans)!));
  }
  return bodies;
}

function post(agent: http.Agent, port: number, body: Buffer) {
  return new Promise<number>((resolve, reject) => {
    const request = http.request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: ROUTE,
        headers: {
          'content-type': 'application/x-protobuf',
          'content-length': body.length,
        },
      },
      response => {
        response.resume();
        response.on('end', () => resolve(response.statusCode!));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

async function runConcurrently(
  count: number,
  job: (i: number) => Promise<void>,
) {
  const latencies: number[] = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < count; i = next++) {
        const t = performance.now();
        await job(i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { seconds: (performance.now() - start) / 1000, latencies };
}

async function main() {
  console.log(
    `${os.cpus().length} × ${os.cpus()[0].model}, Node ${process.version}; ` +
      `${BATCHES} exports of ${BATCH_SIZE} spans, ${CONCURRENCY} in flight`,
  );
  const bodies = await prepareBodies(BATCHES + WARMUP);
  const bodiesAwaitingLogs = await prepareBodies(BATCHES + WARMUP, false);
  const bytes = bodies.reduce((sum, b) => sum + b.length, 0) / bodies.length;

  // Baseline: decode and map in-process, one thread.
  const fields = {
    features: new Set(['gen_ai.request.model', 'customer_segment']),
    groups: new Set<string>(),
  };
  const decodeStart = performance.now();
  for (const body of bodies.slice(WARMUP)) {
    for (const { spans } of decodeTraces(body, 'protobuf')) {
      for (const span of spans) recordOfSpan(span, fields);
    }
  }
  const decodeRate =
    (BATCHES * BATCH_SIZE) / ((performance.now() - decodeStart) / 1000);

  const rows: string[][] = [
    [
      'decode + map in-process (baseline)',
      fmt(decodeRate, 0),
      '—',
      '—',
      '1.00',
    ],
  ];
  // Side by side under the same load, with the default aiops.otlp.evaluationWaitSeconds
  // (30): spans that carry their evaluation are folded at once; spans whose evaluation is
  // to come in a log record are held (one more write per span); and, for comparison, the
  // latter with no wait at all (0).
  const holds = [
    {
      label: 'evaluation on the span: folded at once (default)',
      aiops: undefined,
      bodies,
    },
    {
      label: 'evaluation to come from logs: held 30 s (default)',
      aiops: undefined,
      bodies: bodiesAwaitingLogs,
    },
    {
      label: 'evaluation to come from logs, wait 0: folded at once',
      aiops: { otlp: { evaluationWaitSeconds: 0 } },
      bodies: bodiesAwaitingLogs,
    },
  ];
  for (const kind of selectedDatabases()) {
    if (kind === 'pg' && !(await postgresReachable())) {
      console.log('PostgreSQL does not answer: skipped');
      continue;
    }
    for (const hold of holds) {
      const db = await createBenchDatabase(kind, 'otlp');
      const { child, port } = await startIngestServer(db, [], hold.aiops);
      const agent = new http.Agent({
        keepAlive: true,
        maxSockets: CONCURRENCY,
      });
      try {
        const check = (status: number) => {
          if (status !== 200) throw new Error(`the route answered ${status}`);
        };
        await runConcurrently(WARMUP, async i =>
          check(await post(agent, port, hold.bodies[i])),
        );
        const run = await runConcurrently(BATCHES, async i =>
          check(await post(agent, port, hold.bodies[WARMUP + i])),
        );
        const rate = (BATCHES * BATCH_SIZE) / run.seconds;
        rows.push([
          `POST ${ROUTE}, ${db.label}, ${hold.label}`,
          fmt(rate, 0),
          fmt(percentile(run.latencies, 0.5), 1),
          fmt(percentile(run.latencies, 0.99), 1),
          fmt(rate / decodeRate, 2),
        ]);
      } finally {
        agent.destroy();
        child.kill('SIGTERM');
        await new Promise(resolve => child.once('exit', resolve));
        await db.drop();
      }
    }
  }
  console.log(`mean export body ${fmt(bytes / 1024, 1)} KiB\n`);
  printTable(
    ['path', 'spans/s', 'export p50 ms', 'export p99 ms', 'ratio to baseline'],
    rows,
  );
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
