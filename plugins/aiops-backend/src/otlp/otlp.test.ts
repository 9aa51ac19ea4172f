import { mockCredentials } from '@backstage/backend-test-utils';
import { ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import otlpRoot from '@opentelemetry/otlp-transformer/build/src/generated/root';
import {
  InMemorySpanExporter,
  ReadableSpan,
} from '@opentelemetry/sdk-trace-base';
import { execFile } from 'node:child_process';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { request } from '../__testUtils__/contractRequest';
import {
  DATABASE_IDS,
  createTestDatabases,
  eventually,
  modelEntity,
  startAiopsBackend,
} from '../__testUtils__/testBackend';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { emitChats } = require('./__testUtils__/genAiChats');

jest.setTimeout(60_000);
const execFileAsync = promisify(execFile);
const FIXTURE = path.join(__dirname, '__testUtils__', 'genAiChats.js');
const databases = createTestDatabases();
const TRACES = '/api/aiops/v1/otlp/v1/traces';
const ResponseType = (otlpRoot as any).opentelemetry.proto.collector.trace.v1
  .ExportTraceServiceResponse;

/** An LLM application's MLModel, found by its service.name (and its GenAI model). */
function assistant(name: string, service: string, genAiModel?: string) {
  const entity = modelEntity(name, {
    features: [
      { name: 'gen_ai.request.model', kind: 'categorical' },
      { name: 'customer_segment', kind: 'categorical' },
    ],
    predictionField: 'support.answered',
    bias: { groupField: 'customer_segment' },
  });
  return {
    ...entity,
    metadata: {
      ...entity.metadata,
      annotations: {
        'aiops.dev/otel-service-name': service,
        ...(genAiModel && { 'aiops.dev/genai-model': genAiModel }),
      },
    },
    spec: { ...entity.spec, type: 'llm' as const },
  };
}

/** Sends chat spans with the real exporter from a process of its own (see the fixture). */
async function exportChats(
  kind: 'proto' | 'json',
  url: string,
  service: string,
  count: number,
) {
  const { stdout } = await execFileAsync(process.execPath, [
    FIXTURE,
    kind,
    url,
    mockCredentials.service.header(),
    service,
    String(count),
  ]).catch(error => ({ stdout: error.stdout as string }));
  return JSON.parse(stdout);
}

/** The spans as the SDK hands them to an exporter. */
async function recordedSpans(resource: Record<string, string>, count = 3) {
  const memory = new InMemorySpanExporter();
  const provider = emitChats(memory, resource, count);
  await provider.forceFlush();
  return memory.getFinishedSpans() as ReadableSpan[];
}

describe.each(DATABASE_IDS)('OTLP trace ingest on %s', databaseId => {
  async function start() {
    const started = await startAiopsBackend({
      knex: await databases.init(databaseId),
      entities: [
        assistant('assistant-proto', 'assistant-proto'),
        assistant('assistant-json', 'assistant-json'),
        assistant('summarizer-mini', 'summarizer', 'gpt-4o-mini'),
        assistant('summarizer-large', 'summarizer', 'gpt-4o'),
      ],
      config: {
        // spans folded at once: the wait for evaluations from logs is otlpLogs.test.ts'
        otlp: { evaluationWaitSeconds: 0 },
        costs: {
          tokenPrices: [
            { model: 'gpt-4o', inputPerMillion: 2.5, outputPerMillion: 10 },
          ],
        },
      },
    });
    const { port } = started.server.address() as AddressInfo;
    return { ...started, url: `http://127.0.0.1:${port}${TRACES}` };
  }

  async function profileOf(server: any, name: string) {
    const { body } = await request(server)
      .get(`/api/aiops/v1/models/default/${name}/profiles`)
      .expect(200);
    return body;
  }

  it('folds the same spans from the protobuf and the JSON exporter into the same profile', async () => {
    const { server, url } = await start();
    const exports = await Promise.all([
      exportChats('proto', url, 'assistant-proto', 40),
      exportChats('json', url, 'assistant-json', 40),
    ]);
    expect(exports.map(e => e.failed)).toEqual([[], []]);

    let proto: any;
    let fromJson: any;
    await eventually(async () => {
      proto = await profileOf(server, 'assistant-proto');
      fromJson = await profileOf(server, 'assistant-json');
      return proto.current.records === 40 && fromJson.current.records === 40;
    });
    // the two applications ran ms apart: all but the times must agree
    const comparable = ({ entityRef: _ref, ...profile }: any) =>
      JSON.parse(
        JSON.stringify(profile, (key, value) =>
          key === 'firstTimestamp' || key === 'lastTimestamp'
            ? undefined
            : value,
        ),
      );
    expect(comparable(proto)).toEqual(comparable(fromJson));
    // usage, duration and the evaluation events, as the spans carried them
    expect(proto.current.llm).toMatchObject({
      promptTokens: 40 * 100 + (39 * 40) / 2,
      judgeScores: { faithfulness: { count: 40, mean: 0.45 } },
    });
    expect(proto.current.latencyMs.min).toBe(800);
    // priced by aiops.costs.tokenPrices: 4,780 input and 915 output tokens of gpt-4o
    expect(proto.current.costUsd).toBeCloseTo(
      (4780 * 2.5 + 915 * 10) / 1e6,
      12,
    );
    const segment = proto.features.find(
      (f: any) => f.name === 'customer_segment',
    );
    expect(segment).toBeDefined();
    // the bias group and the decision, from the span attributes the entity names
    expect(proto.current.groups).toEqual({
      customer_segment: {
        business: { count: 14, positiveRate: 10 / 14 },
        consumer: { count: 26, positiveRate: 20 / 26 },
      },
    });
    expect(proto.features.map((f: any) => f.name)).not.toContain(
      'support.answered',
    );
    expect(
      (await request(server).get('/api/aiops/v1/sources').expect(200)).body
        .items,
    ).toEqual([
      expect.objectContaining({
        source: 'otlp-traces',
        accepted: 80,
        rejected: 0,
        skipped: 2,
      }),
    ]);
  });

  it('answers partial success with exact counts and names the unknown models; a retried export is a replay', async () => {
    const { server } = await start();
    const known = await recordedSpans({ 'service.name': 'assistant-proto' });
    const unknown = await recordedSpans({ 'service.name': 'nobody' }, 2);
    const byRef = await recordedSpans(
      { 'service.name': 'x', 'aiops.model.ref': 'mlmodel:default/missing' },
      1,
    );
    const body = Buffer.from(
      ProtobufTraceSerializer.serializeRequest([
        ...known,
        ...unknown,
        ...byRef,
      ])!,
    );
    const post = () =>
      request(server)
        .post(TRACES)
        .set('Authorization', mockCredentials.service.header())
        .set('Content-Type', 'application/x-protobuf')
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .send(body)
        .expect(200)
        .expect('Content-Type', /application\/x-protobuf/);
    const answer = ResponseType.toObject(
      ResponseType.decode((await post()).body),
      { longs: Number },
    );
    expect(answer.partialSuccess.rejectedSpans).toBe(3);
    expect(answer.partialSuccess.errorMessage).toBe(
      '2 spans: no MLModel annotated aiops.dev/otel-service-name: "nobody"; ' +
        '1 span: no MLModel mlmodel:default/missing (aiops.model.ref); ' +
        '3 spans are no GenAI operation (no gen_ai.operation.name) and skipped',
    );
    await post(); // the exporter's retry: the same spans, stored once
    await eventually(
      async () =>
        (await profileOf(server, 'assistant-proto')).current.records === 3,
    );
    const [source] = (
      await request(server).get('/api/aiops/v1/sources').expect(200)
    ).body.items;
    expect(source).toMatchObject({
      accepted: 6,
      rejected: 6,
      lastRejection:
        '2 spans: no MLModel annotated aiops.dev/otel-service-name: "nobody"',
    });
    await new Promise(resolve => setTimeout(resolve, 300));
    expect((await profileOf(server, 'assistant-proto')).current.records).toBe(
      3,
    );
  });

  it('tells a service’s models apart by gen_ai.request.model, and takes gzip', async () => {
    const { server } = await start();
    const spans = await recordedSpans({ 'service.name': 'summarizer' }, 4);
    const body = zlib.gzipSync(
      Buffer.from(ProtobufTraceSerializer.serializeRequest(spans)!),
    );
    await request(server)
      .post(TRACES)
      .set('Authorization', mockCredentials.service.header())
      .set('Content-Type', 'application/x-protobuf')
      .set('Content-Encoding', 'gzip')
      .send(body)
      .expect(200);
    await eventually(
      async () =>
        (await profileOf(server, 'summarizer-large')).current.records === 4,
    );
    expect((await profileOf(server, 'summarizer-mini')).current.records).toBe(
      0,
    );
  });

  it('answers 400 with the reason for bodies that do not decode', async () => {
    const { server } = await start();
    const post = (type: string, body: string | Buffer) =>
      request(server)
        .post(TRACES)
        .set('Authorization', mockCredentials.service.header())
        .set('Content-Type', type)
        .send(body);
    const garbage = await post(
      'application/x-protobuf',
      Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]),
    ).expect(400);
    expect(garbage.body.error.message).toMatch(
      /^The body is not a protobuf ExportTraceServiceRequest: /,
    );
    const notJson = await post(
      'application/json',
      '{"resourceSpans": [',
    ).expect(400);
    expect(notJson.body.error.message).toMatch(/^The body is not JSON/);
    const wrongShape = await post(
      'application/json',
      JSON.stringify({
        resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: 'xyz' }] }] }],
      }),
    ).expect(400);
    expect(wrongShape.body.error.message).toContain(
      'resourceSpans.0.scopeSpans.0.spans.0.traceId: 16 bytes in hex',
    );
    const text = await post('text/plain', 'hello').expect(400);
    expect(text.body.error.message).toBe('unsupported media type text/plain');
    // a span that ends before it starts is refused by name, not folded with latency 0
    const now = BigInt(Date.now()) * 1_000_000n;
    const backwards = await post(
      'application/json',
      JSON.stringify({
        resourceSpans: [
          {
            resource: {
              attributes: [
                {
                  key: 'service.name',
                  value: { stringValue: 'assistant-json' },
                },
              ],
            },
            scopeSpans: [
              {
                spans: [
                  {
                    traceId: '5b8efff798038103d269b633813fc60c',
                    spanId: 'eee19b7ec3c1b174',
                    name: 'chat gpt-4o',
                    startTimeUnixNano: String(now),
                    endTimeUnixNano: String(now - 1_000_000_000n),
                    attributes: [
                      {
                        key: 'gen_ai.operation.name',
                        value: { stringValue: 'chat' },
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      }),
    ).expect(200);
    expect(backwards.body).toEqual({
      partialSuccess: {
        rejectedSpans: 1,
        errorMessage: "1 span: a span's end is before its start",
      },
    });
  });
});
