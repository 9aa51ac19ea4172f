import { mockCredentials } from '@backstage/backend-test-utils';
import otlpRoot from '@opentelemetry/otlp-transformer/build/src/generated/root';
import { execFile } from 'node:child_process';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { request } from '../__testUtils__/contractRequest';
import {
  DATABASE_IDS,
  createTestDatabases,
  eventually,
  modelEntity,
  startAiopsBackend,
} from '../__testUtils__/testBackend';

jest.setTimeout(90_000);
const execFileAsync = promisify(execFile);
const FIXTURE = path.join(__dirname, '__testUtils__', 'genAiEvaluatedChats.js');
const databases = createTestDatabases();
const LOGS = '/api/aiops/v1/otlp/v1/logs';
/** The task that folds held spans once their wait is over (scheduleTasks.ts). */
const RELEASE_TASK = 'aiops-otlp-release';
const TRACES = '/api/aiops/v1/otlp/v1/traces';
const LogsResponse = (otlpRoot as any).opentelemetry.proto.collector.logs.v1
  .ExportLogsServiceResponse;

function assistant(name: string, service: string) {
  const entity = modelEntity(name, {
    features: [{ name: 'customer_segment', kind: 'categorical' }],
  });
  return {
    ...entity,
    metadata: {
      ...entity.metadata,
      annotations: { 'aiops.dev/otel-service-name': service },
    },
    spec: { ...entity.spec, type: 'llm' as const },
  };
}

/** Chats whose evaluations are log records, exported by the real SDK in the given order. */
async function exportEvaluatedChats(
  kind: 'proto' | 'json',
  endpoint: string,
  service: string,
  count: number,
  order: 'logs-first' | 'spans-first',
) {
  const { stdout, stderr } = await execFileAsync(process.execPath, [
    FIXTURE,
    kind,
    endpoint,
    mockCredentials.service.header(),
    service,
    String(count),
    order,
  ]).catch(error => ({
    stdout: error.stdout as string,
    stderr: error.stderr as string,
  }));
  if (!stdout) throw new Error(`the fixture failed: ${stderr}`);
  return JSON.parse(stdout);
}

const hexOf = (n: number, bytes: number) =>
  n.toString(16).padStart(bytes * 2, '0');

/** An OTLP/JSON logs export of the given records of one service. */
function logsBody(service: string, logRecords: object[]) {
  return {
    resourceLogs: [
      {
        resource: {
          attributes: [
            { key: 'service.name', value: { stringValue: service } },
          ],
        },
        scopeLogs: [{ logRecords }],
      },
    ],
  };
}

/** A `gen_ai.evaluation.result` log record about span `n` of trace 1. */
function evaluationLog(n: number, score: number, extra: object = {}) {
  return {
    eventName: 'gen_ai.evaluation.result',
    traceId: hexOf(1, 16),
    spanId: hexOf(n, 8),
    timeUnixNano: String(BigInt(Date.now() - 30_000) * 1_000_000n),
    attributes: [
      { key: 'gen_ai.evaluation.name', value: { stringValue: 'faithfulness' } },
      { key: 'gen_ai.evaluation.score.value', value: { doubleValue: score } },
    ],
    ...extra,
  };
}

/** An OTLP/JSON trace export of one chat span, span `n` of trace 1. */
function chatSpanBody(
  service: string,
  n: number,
  /** Evaluations the span carries as events, by name. */
  events: Record<string, number> = {},
) {
  const end = BigInt(Date.now() - 30_000) * 1_000_000n;
  return {
    resourceSpans: [
      {
        resource: {
          attributes: [
            { key: 'service.name', value: { stringValue: service } },
          ],
        },
        scopeSpans: [
          {
            spans: [
              {
                traceId: hexOf(1, 16),
                spanId: hexOf(n, 8),
                name: 'chat gpt-4o',
                startTimeUnixNano: String(end - 500_000_000n),
                endTimeUnixNano: String(end),
                attributes: [
                  {
                    key: 'gen_ai.operation.name',
                    value: { stringValue: 'chat' },
                  },
                ],
                events: Object.entries(events).map(([name, score]) => ({
                  name: 'gen_ai.evaluation.result',
                  timeUnixNano: String(end),
                  attributes: [
                    {
                      key: 'gen_ai.evaluation.name',
                      value: { stringValue: name },
                    },
                    {
                      key: 'gen_ai.evaluation.score.value',
                      value: { doubleValue: score },
                    },
                  ],
                })),
              },
            ],
          },
        ],
      },
    ],
  };
}

describe.each(DATABASE_IDS)('OTLP evaluation logs on %s', databaseId => {
  async function start(evaluationWaitSeconds: number) {
    const started = await startAiopsBackend({
      knex: await databases.init(databaseId),
      entities: [
        assistant('assistant-proto', 'assistant-proto'),
        assistant('assistant-json', 'assistant-json'),
      ],
      config: { otlp: { evaluationWaitSeconds } },
    });
    const { port } = started.server.address() as AddressInfo;
    return {
      ...started,
      /** Runs the release, as the scheduler does every few seconds. */
      release: () => started.scheduler.triggerTask(RELEASE_TASK),
      endpoint: `http://127.0.0.1:${port}/api/aiops/v1/otlp`,
    };
  }

  async function profileOf(server: any, name: string) {
    const { body } = await request(server)
      .get(`/api/aiops/v1/models/default/${name}/profiles`)
      .expect(200);
    return body;
  }

  const post = (server: any, route: string, body: object) =>
    request(server)
      .post(route)
      .set('Authorization', mockCredentials.service.header())
      .set('Content-Type', 'application/json')
      .send(JSON.stringify(body));

  it('joins evaluation log records from the real SDK to their spans, whichever arrives first', async () => {
    const { server, endpoint, release } = await start(1);
    const exports = await Promise.all([
      exportEvaluatedChats(
        'proto',
        endpoint,
        'assistant-proto',
        40,
        'logs-first',
      ),
      exportEvaluatedChats(
        'json',
        endpoint,
        'assistant-json',
        40,
        'spans-first',
      ),
    ]);
    expect(exports).toEqual([
      { traces: 1, logs: 1, failed: [] },
      { traces: 1, logs: 1, failed: [] },
    ]);
    // the spans are held for their evaluations, then folded with them
    await eventually(async () => {
      await release();
      const [proto, json] = await Promise.all([
        profileOf(server, 'assistant-proto'),
        profileOf(server, 'assistant-json'),
      ]);
      return proto.current.records === 40 && json.current.records === 40;
    });
    for (const name of ['assistant-proto', 'assistant-json']) {
      // the same scores as the chats' span events give (otlp.test.ts): 0.0 … 0.9, four times
      const { faithfulness } = (await profileOf(server, name)).current.llm
        .judgeScores;
      expect(faithfulness.count).toBe(40);
      expect(faithfulness.mean).toBeCloseTo(0.45, 12);
    }
    const sources = (await request(server).get('/api/aiops/v1/sources')).body
      .items;
    expect(sources).toEqual([
      expect.objectContaining({
        source: 'otlp-logs',
        accepted: 80,
        rejected: 0,
      }),
      expect.objectContaining({ source: 'otlp-traces', accepted: 80 }),
    ]);
  });

  it('answers partial success with exact counts and reasons, in the request’s encoding', async () => {
    const { server, release } = await start(1);
    // span 1 arrives and is folded: its evaluation afterwards is too late
    await post(server, TRACES, chatSpanBody('assistant-json', 1)).expect(200);
    await eventually(async () => {
      await release();
      return (await profileOf(server, 'assistant-json')).current.records === 1;
    });
    const answer = await post(
      server,
      LOGS,
      logsBody('assistant-json', [
        evaluationLog(1, 0.2),
        evaluationLog(2, 0.9),
        evaluationLog(3, 0.5, { spanId: '' }),
        {
          ...evaluationLog(4, 0.5),
          attributes: [
            { key: 'gen_ai.evaluation.score.value', value: { doubleValue: 1 } },
          ],
        },
        { body: { stringValue: 'a plain log line' } },
      ]),
    ).expect(200);
    expect(answer.body).toEqual({
      partialSuccess: {
        rejectedLogRecords: 3,
        errorMessage:
          '1 log record: an evaluation without the trace and span ids of the span it judges; ' +
          '1 log record: an evaluation without gen_ai.evaluation.name; ' +
          '1 log record: its span was folded before the evaluation came (aiops.otlp.evaluationWaitSeconds: 1); ' +
          '1 log record is no gen_ai.evaluation.result event and skipped',
      },
    });
    const unknown = await request(server)
      .post(LOGS)
      .set('Authorization', mockCredentials.service.header())
      .set('Content-Type', 'application/x-protobuf')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .send(
        Buffer.from(
          (
            otlpRoot as any
          ).opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.encode(
            {
              resourceLogs: [
                {
                  resource: {
                    attributes: [
                      { key: 'service.name', value: { stringValue: 'nobody' } },
                    ],
                  },
                  scopeLogs: [
                    {
                      logRecords: [
                        {
                          eventName: 'gen_ai.evaluation.result',
                          traceId: Buffer.from(hexOf(1, 16), 'hex'),
                          spanId: Buffer.from(hexOf(9, 8), 'hex'),
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ).finish(),
        ),
      )
      .expect(200)
      .expect('Content-Type', /application\/x-protobuf/);
    expect(
      LogsResponse.toObject(LogsResponse.decode(unknown.body), {
        longs: Number,
      }).partialSuccess,
    ).toEqual({
      rejectedLogRecords: 1,
      errorMessage:
        '1 log record: no MLModel annotated aiops.dev/otel-service-name: "nobody"',
    });
    // span 2's evaluation came first: it joins span 2 when that arrives
    await post(server, TRACES, chatSpanBody('assistant-json', 2)).expect(200);
    await eventually(async () => {
      await release();
      return (await profileOf(server, 'assistant-json')).current.records === 2;
    });
    expect(
      (await profileOf(server, 'assistant-json')).current.llm.judgeScores,
    ).toEqual({
      faithfulness: expect.objectContaining({ count: 1, mean: 0.9 }),
    });
    // a retried span export after its release is not folded again
    await post(server, TRACES, chatSpanBody('assistant-json', 2)).expect(200);
    await new Promise(resolve => setTimeout(resolve, 1_500));
    await release();
    await new Promise(resolve => setTimeout(resolve, 500));
    expect((await profileOf(server, 'assistant-json')).current.records).toBe(2);
    const logs = (
      await request(server).get('/api/aiops/v1/sources')
    ).body.items.find((s: any) => s.source === 'otlp-logs');
    expect(logs).toMatchObject({ accepted: 1, rejected: 4, skipped: 1 });
  });

  it('without a wait, joins the evaluations that came before their span', async () => {
    const { server } = await start(0);
    await post(
      server,
      LOGS,
      logsBody('assistant-json', [evaluationLog(5, 0.3)]),
    ).expect(200, {});
    await post(server, TRACES, chatSpanBody('assistant-json', 5)).expect(200);
    await eventually(
      async () =>
        (await profileOf(server, 'assistant-json')).current.records === 1,
    );
    expect(
      (await profileOf(server, 'assistant-json')).current.llm.judgeScores,
    ).toEqual({
      faithfulness: expect.objectContaining({ count: 1, mean: 0.3 }),
    });
  });

  it('folds at once a span that carries its evaluation as an event, and holds one without', async () => {
    const { server, release } = await start(600);
    await post(
      server,
      TRACES,
      chatSpanBody('assistant-json', 7, { faithfulness: 0.8 }),
    ).expect(200);
    await post(server, TRACES, chatSpanBody('assistant-json', 8)).expect(200);
    await eventually(
      async () =>
        (await profileOf(server, 'assistant-json')).current.records === 1,
    );
    await release();
    const profile = await profileOf(server, 'assistant-json');
    // the other waits its ten minutes for an evaluation from a log record
    expect(profile.current.records).toBe(1);
    expect(profile.current.llm.judgeScores).toEqual({
      faithfulness: expect.objectContaining({ count: 1, mean: 0.8 }),
    });
  });

  it('answers 400 with the reason for bodies that do not decode', async () => {
    const { server } = await start(0);
    const garbage = await request(server)
      .post(LOGS)
      .set('Authorization', mockCredentials.service.header())
      .set('Content-Type', 'application/x-protobuf')
      .send(Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]))
      .expect(400);
    expect(garbage.body.error.message).toMatch(
      /^The body is not a protobuf ExportLogsServiceRequest: /,
    );
    const wrongShape = await post(server, LOGS, {
      resourceLogs: [{ scopeLogs: [{ logRecords: [{ spanId: 'xyz' }] }] }],
    }).expect(400);
    expect(wrongShape.body.error.message).toContain(
      'resourceLogs.0.scopeLogs.0.logRecords.0.spanId: 8 bytes in hex',
    );
  });
});
