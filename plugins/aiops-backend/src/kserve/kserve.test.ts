import { mockCredentials } from '@backstage/backend-test-utils';
import { CloudEvent, HTTP } from 'cloudevents';
import { request } from '../__testUtils__/contractRequest';
import {
  DATABASE_IDS,
  createTestDatabases,
  eventually,
  modelEntity,
  startAiopsBackend,
} from '../__testUtils__/testBackend';

jest.setTimeout(60_000);
const databases = createTestDatabases();
const EVENTS = '/api/aiops/v1/kserve/events';
const RELEASE_TASK = 'aiops-kserve-release';
const REQUEST = 'org.kubeflow.serving.inference.request';
const RESPONSE = 'org.kubeflow.serving.inference.response';

/** A classifier served by KServe: the InferenceService `ml/churn-classifier`. */
const churn = (() => {
  const entity = modelEntity('churn', {
    features: [
      { name: 'tenure_months', kind: 'numerical' },
      { name: 'monthly_charges', kind: 'numerical' },
      { name: 'contract', kind: 'categorical' },
    ],
  });
  return {
    ...entity,
    metadata: {
      ...entity.metadata,
      annotations: {
        'aiops.dev/kserve-inference-service': 'ml/churn-classifier',
      },
    },
  };
})();

/**
 * An event as KServe's logger makes it (the sdk-go client: the id shared by the
 * request and its response, the InferenceService, namespace, component and endpoint as
 * extensions), through the cloudevents SDK's own serializer.
 */
function loggerEvent(options: {
  id: string;
  type: string;
  data: unknown;
  time: string;
  service?: string;
  namespace?: string;
}) {
  return new CloudEvent({
    specversion: '1.0',
    id: options.id,
    type: options.type,
    source: 'http://localhost:9081/',
    time: options.time,
    datacontenttype: 'application/json',
    inferenceservicename: options.service ?? 'churn-classifier',
    namespace: options.namespace ?? 'ml',
    component: 'predictor',
    endpoint: 'default',
    data: options.data,
  });
}

describe.each(DATABASE_IDS)('KServe inference logger on %s', databaseId => {
  async function start() {
    const knex = await databases.init(databaseId);
    const started = await startAiopsBackend({
      knex,
      entities: [churn],
      config: { kserve: { joinWaitSeconds: 1 } },
    });
    return { ...started, knex };
  }

  /** Posts a message as the SDK's HTTP binding serializes it, in the mode asked. */
  function post(
    server: any,
    event: CloudEvent<unknown>,
    mode: 'binary' | 'structured' = 'binary',
  ) {
    const message =
      mode === 'binary' ? HTTP.binary(event) : HTTP.structured(event);
    let call = request(server)
      .post(EVENTS)
      .set('Authorization', mockCredentials.service.header());
    for (const [name, value] of Object.entries(message.headers)) {
      call = call.set(name, String(value));
    }
    return call.send(message.body as string);
  }

  async function profileOf(server: any) {
    const { body } = await request(server)
      .get('/api/aiops/v1/models/default/churn/profiles')
      .expect(200);
    return body;
  }

  async function sourceOf(server: any) {
    const { body } = await request(server)
      .get('/api/aiops/v1/sources')
      .expect(200);
    return body.items.find((s: any) => s.source === 'kserve');
  }

  const featureCount = (profile: any, name: string) =>
    profile.features.find((f: any) => f.name === name)?.current?.count;

  it('joins a V1 request and its response by event id into records with predictions and latency, in binary and structured mode', async () => {
    const { server } = await start();
    const instances = [
      [12, 70.5, 'month-to-month'],
      [40, 55, 'two-year'],
      [3, 99.9, 'month-to-month'],
    ];
    const requestEvent = loggerEvent({
      id: 'b7e1c2',
      type: REQUEST,
      time: '2026-12-04T12:00:00.000Z',
      data: { instances },
    });
    const first = await post(server, requestEvent).expect(202);
    expect(first.body).toEqual({ accepted: 1, joined: 0 });
    const second = await post(
      server,
      loggerEvent({
        id: 'b7e1c2',
        type: RESPONSE,
        time: '2026-12-04T12:00:00.120Z',
        data: { predictions: [1, 0, 1] },
      }),
      'structured',
    ).expect(202);
    expect(second.body).toEqual({ accepted: 1, joined: 1 });

    let profile: any;
    await eventually(async () => {
      profile = await profileOf(server);
      return profile.current.records === 3;
    });
    expect(featureCount(profile, 'tenure_months')).toBe(3);
    expect(featureCount(profile, 'contract')).toBe(3);
    expect(profile.prediction.current.count).toBe(3);
    expect(profile.current.latencyMs).toMatchObject({ count: 3, mean: 120 });

    // the logger redelivers the request: stored once, folded once
    await post(server, requestEvent).expect(202);
    await new Promise(resolve => setTimeout(resolve, 1200));
    expect((await profileOf(server)).current.records).toBe(3);
    expect(await sourceOf(server)).toMatchObject({
      accepted: 3,
      rejected: 0,
    });
  });

  it('joins a V2 response that came first with its request of named input tensors', async () => {
    const { server } = await start();
    await post(
      server,
      loggerEvent({
        id: 'v2-1',
        type: RESPONSE,
        time: '2026-12-04T12:00:01.050Z',
        data: {
          model_name: 'churn-classifier',
          outputs: [
            {
              name: 'output-0',
              shape: [2, 1],
              datatype: 'FP32',
              data: [0.81, 0.12],
            },
          ],
        },
      }),
    ).expect(202);
    const joined = await post(
      server,
      loggerEvent({
        id: 'v2-1',
        type: REQUEST,
        time: '2026-12-04T12:00:01.000Z',
        data: {
          inputs: [
            {
              name: 'tenure_months',
              shape: [2],
              datatype: 'INT64',
              data: [5, 61],
            },
            {
              name: 'monthly_charges',
              shape: [2, 1],
              datatype: 'FP32',
              data: [[80], [45.5]],
            },
            {
              name: 'contract',
              shape: [2],
              datatype: 'BYTES',
              data: ['month-to-month', 'one-year'],
            },
          ],
        },
      }),
    ).expect(202);
    expect(joined.body.joined).toBe(1);
    let profile: any;
    await eventually(async () => {
      profile = await profileOf(server);
      return profile.current.records === 2;
    });
    expect(featureCount(profile, 'monthly_charges')).toBe(2);
    expect(profile.prediction.current.count).toBe(2);
    expect(profile.current.latencyMs).toMatchObject({ count: 2, mean: 50 });
  });

  it('reads a batch of structured events in one post', async () => {
    const { server } = await start();
    const time = new Date().toISOString();
    const batch = [
      loggerEvent({
        id: 'batch-1',
        type: REQUEST,
        time,
        data: { instances: [{ tenure_months: 4, contract: 'monthly' }] },
      }),
      loggerEvent({
        id: 'batch-1',
        type: RESPONSE,
        time,
        data: { predictions: [1] },
      }),
    ];
    const answer = await request(server)
      .post(EVENTS)
      .set('Authorization', mockCredentials.service.header())
      .set('Content-Type', 'application/cloudevents-batch+json')
      .send(JSON.stringify(batch.map(event => event.toJSON())))
      .expect(202);
    expect(answer.body).toEqual({ accepted: 2, joined: 1 });
    await eventually(
      async () => (await profileOf(server)).current.records === 1,
    );
  });

  it('folds an event whose partner never comes alone once the wait is over, from a V2 tensor of positional rows', async () => {
    const { server, scheduler } = await start();
    await post(
      server,
      loggerEvent({
        id: 'only-request',
        type: REQUEST,
        time: new Date().toISOString(),
        data: {
          inputs: [
            {
              name: 'input-0',
              shape: [2, 3],
              datatype: 'BYTES',
              data: [7, 20, 'monthly', 9, 30, 'yearly'],
            },
          ],
        },
      }),
    ).expect(202);
    await new Promise(resolve => setTimeout(resolve, 1100));
    await scheduler.triggerTask(RELEASE_TASK);
    let profile: any;
    await eventually(async () => {
      profile = await profileOf(server);
      return profile.current.records === 2;
    });
    expect(featureCount(profile, 'contract')).toBe(2);
    expect(profile.prediction?.current?.count ?? 0).toBe(0);

    // its response, late: folded alone too, nothing lost and nothing twice
    await post(
      server,
      loggerEvent({
        id: 'only-request',
        type: RESPONSE,
        time: new Date().toISOString(),
        data: { predictions: [0, 1] },
      }),
    ).expect(202);
    await new Promise(resolve => setTimeout(resolve, 1100));
    await scheduler.triggerTask(RELEASE_TASK);
    await eventually(async () => {
      profile = await profileOf(server);
      return profile.current.records === 4;
    });
    expect(featureCount(profile, 'contract')).toBe(2);
  });

  it('refuses what is no KServe event or does not read, with the reason, and counts it', async () => {
    const { server } = await start();
    const event = (overrides: Partial<Parameters<typeof loggerEvent>[0]>) =>
      loggerEvent({
        id: 'bad',
        type: REQUEST,
        time: '2026-12-04T12:00:00.000Z',
        data: { instances: [[1, 2, 'x']] },
        ...overrides,
      });
    const reason = async (res: Promise<any>, status: number) =>
      (await res).status === status
        ? (await res).body.error.message
        : `status ${(await res).status}`;

    expect(
      await reason(post(server, event({ service: 'fraud-detector' })), 404),
    ).toBe(
      'No MLModel is annotated aiops.dev/kserve-inference-service: ml/fraud-detector',
    );
    expect(
      await reason(post(server, event({ type: 'com.example.other' })), 400),
    ).toMatch(
      /^CloudEvent type "com.example.other" is not one KServe's payload logger sends/,
    );
    expect(
      await reason(post(server, event({ data: { instances: [[1, 2]] } })), 400),
    ).toBe(
      "instances[0] has 2 values and the entity monitors 3 features (tenure_months, monthly_charges, contract): send named values or one per monitored feature, in the entity's order",
    );
    expect(
      await reason(
        post(
          server,
          event({
            data: {
              inputs: [
                { name: 'x', shape: [2, 3], datatype: 'FP32', data: [1, 2, 3] },
              ],
            },
          }),
        ),
        400,
      ),
    ).toBe('inputs[0] has 3 values for shape [2, 3] (6)');
    expect(
      await reason(
        post(
          server,
          event({ data: { instances: [{ tenure_months: { nested: 1 } }] } }),
        ),
        400,
      ),
    ).toBe(
      'instances[0].tenure_months is not a scalar (string, finite number, boolean or null)',
    );
    expect(
      await reason(post(server, event({ data: { rows: [] } })), 400),
    ).toMatch(/^The request event data holds neither instances/);
    expect(
      await reason(post(server, event({ data: { instances: 5 } })), 400),
    ).toBe('instances is not a list (V1 protocol: one entry per row)');
    // a time the record could not keep: refused now, not dropped at the fold
    expect(
      await reason(
        post(server, event({ time: '2020-01-01T00:00:00.000Z' })),
        400,
      ),
    ).toBe(
      'The event time 2020-01-01T00:00:00.000Z is older than the profile retention (30 days)',
    );
    // no CloudEvent at all
    const plain = await request(server)
      .post(EVENTS)
      .set('Authorization', mockCredentials.service.header())
      .set('Content-Type', 'application/json')
      .send('{"instances":[[1,2,"x"]]}')
      .expect(400);
    expect(plain.body.error.message).toMatch(/^Not a CloudEvent: /);
    // without the namespace extension
    const headers = HTTP.binary(event({})).headers as Record<string, string>;
    delete headers['ce-namespace'];
    let call = request(server)
      .post(EVENTS)
      .set('Authorization', mockCredentials.service.header());
    for (const [name, value] of Object.entries(headers))
      call = call.set(name, value);
    expect(
      (await call.send('{"instances":[[1,2,"x"]]}').expect(400)).body.error
        .message,
    ).toBe('The event has no namespace extension (ce-namespace)');
    // nobody anonymous
    await request(server)
      .post(EVENTS)
      .set(HTTP.binary(event({})).headers as Record<string, string>)
      .set('Authorization', mockCredentials.none.header())
      .send('{"instances":[[1,2,"x"]]}')
      .expect(401);

    expect((await profileOf(server)).current.records).toBe(0);
    expect(await sourceOf(server)).toMatchObject({
      accepted: 0,
      // every refusal, the one that was no CloudEvent at all included
      rejected: 10,
      lastRejection: 'The event has no namespace extension (ce-namespace)',
    });
  });
});
