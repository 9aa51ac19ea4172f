import http from 'node:http';
import { AddressInfo } from 'node:net';
import { Knex } from 'knex';
import { request } from '../__testUtils__/contractRequest';
import {
  DATABASE_IDS,
  createTestDatabases,
  eventually,
  modelEntity,
  startAiopsBackend,
} from '../__testUtils__/testBackend';
import {
  PrometheusServer,
  serviceSeries,
  startPrometheus,
} from './__testUtils__/prometheusServer';

jest.setTimeout(90_000);
const databases = createTestDatabases();
const PULL_TASK = 'aiops-prometheus-pull';
const STEP_SECONDS = 5;

/** An MLModel whose service and containers the annotations select. */
function annotated(
  name: string,
  annotations: Record<string, string>,
  monitoring: Parameters<typeof modelEntity>[1] = {},
) {
  const entity = modelEntity(name, monitoring);
  return { ...entity, metadata: { ...entity.metadata, annotations } };
}

const summarizer = annotated(
  'summarizer',
  {
    'aiops.dev/prometheus-selector': 'service_name="summarizer"',
    'aiops.dev/prometheus-resource-selector': 'pod=~"summarizer-.*"',
  },
  // no records: its SLO is judged on Prometheus's p95 (1.63 s), its errors (9.1%) too
  { latencySloMs: 1500, maxErrorRate: 0.05 },
);
const embedder = annotated('embedder', {
  'aiops.dev/prometheus-selector': 'service_name="embedder",',
  'aiops.dev/prometheus-resource-selector': 'pod="embedder-0"',
});

/**
 * What Prometheus computes from the loaded series (histogram_quantile interpolates
 * linearly in the bucket of the rank): 44 operations per 15 s, 4 of them failed, the
 * cumulative buckets 8, 20, 32, 38, 44 at le 0.1, 0.25, 0.5, 1, 2.
 */
const EXPECTED = {
  latencyP50Seconds: 0.25 + (0.25 * (22 - 20)) / (32 - 20),
  latencyP95Seconds: 1 + (0.95 * 44 - 38) / (44 - 38),
  latencyP99Seconds: 1 + (0.99 * 44 - 38) / (44 - 38),
  requestsPerSecond: 44 / 15,
  errorRate: 4 / 44,
  cpuCores: 0.5,
  memoryBytes: 536870912,
};

let prometheus: PrometheusServer;

beforeAll(async () => {
  prometheus = await startPrometheus(
    serviceSeries(
      [
        { service: 'summarizer', pod: 'summarizer-7f9c', gpu: true },
        { service: 'embedder', pod: 'embedder-0' },
      ],
      // The series run an hour past now, so whenever a query is evaluated its last
      // sample is at most one 15 s interval before it: rate() extrapolates to the
      // window's end only then, and a slow run must not read a stale series' 0.48 cores.
      Math.floor(Date.now() / 1000) + 3600,
    ),
  );
});

afterAll(async () => {
  await prometheus?.stop();
});

/** A local server that misbehaves as a broken Prometheus (or a proxy before one) would. */
async function brokenServer(
  answer: (res: http.ServerResponse) => void,
): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((_req, res) => answer(res));
  server.on('connection', socket => sockets.add(socket));
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise(resolve => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

async function resourcesOf(server: any, name: string, query = '') {
  const { body } = await request(server)
    .get(`/api/aiops/v1/models/default/${name}/resources${query}`)
    .expect(200);
  return body;
}

/** Waits until the model's latest pull is after `after` (epoch ms) and answers it. */
async function pulledAfter(server: any, name: string, after = 0) {
  let body: any;
  await eventually(async () => {
    body = await resourcesOf(server, name, '?hours=1');
    return Boolean(body.pulledAt) && Date.parse(body.pulledAt) > after;
  }, 20_000);
  return body;
}

describe.each(DATABASE_IDS)('the Prometheus source on %s', databaseId => {
  async function start(prometheusConfig: Record<string, unknown>) {
    const knex = await databases.init(databaseId);
    const started = await startAiopsBackend({
      knex,
      entities: [summarizer, embedder, modelEntity('churn')],
      config: {
        prometheus: {
          intervalSeconds: STEP_SECONDS,
          backfillHours: 0.5,
          ...prometheusConfig,
        },
      },
    });
    return { ...started, knex };
  }

  const samplesOf = async (knex: Knex, model: string) =>
    Number(
      (
        await knex('aiops_resource_samples')
          .where({ model_ref: `mlmodel:default/${model}` })
          .count({ n: '*' })
      )[0].n,
    );

  it('reads latency quantiles, error rate, throughput, CPU, memory and GPU from the real server, back-filled by a range query, then one step at a time', async () => {
    const { server, knex, scheduler } = await start({
      baseUrl: prometheus.url,
    });
    const first = await pulledAfter(server, 'summarizer');
    expect(first.status).toBe('ok');
    expect(first.rateWindow).toBe('5m');
    expect(first.reason).toBeUndefined();
    expect(first.missing).toEqual({});
    for (const [figure, value] of Object.entries(EXPECTED)) {
      expect([figure, first.latest.figures[figure]]).toEqual([
        figure,
        expect.closeTo(value, 9),
      ]);
    }
    expect(first.latest.figures.gpuUtilizationPercent).toBe(70);
    expect(first.queries.latencyP95Seconds).toBe(
      'histogram_quantile(0.95, sum by (le) (rate(gen_ai_client_operation_duration_seconds_bucket{service_name="summarizer"}[5m])))',
    );
    expect(first.queries.cpuCores).toBe(
      'sum(rate(container_cpu_usage_seconds_total{pod=~"summarizer-.*"}[5m]))',
    );

    // the first pull read half an hour back (backfillHours) at every 5 s step
    const latestAt = Date.parse(first.latest.at);
    expect(latestAt % (STEP_SECONDS * 1000)).toBe(0);
    expect(await samplesOf(knex, 'summarizer')).toBe(1800 / STEP_SECONDS + 1);
    // the route answers at most 360 points, evenly spread, the newest last
    expect(first.history.length).toBeLessThanOrEqual(360);
    expect(first.history.length).toBeGreaterThan(150);
    expect(first.history[first.history.length - 1]).toEqual(first.latest);
    expect(Date.parse(first.history[0].at)).toBeGreaterThanOrEqual(
      Date.now() - 3_600_000,
    );

    // a model without GPU series: that figure is missing, with the reason
    const embedderFigures = await pulledAfter(server, 'embedder');
    expect(embedderFigures.status).toBe('ok');
    expect(embedderFigures.latest.figures.gpuUtilizationPercent).toBeNull();
    expect(embedderFigures.missing).toEqual({
      gpuUtilizationPercent:
        'no series for avg(DCGM_FI_DEV_GPU_UTIL{pod="embedder-0"})',
    });
    expect(embedderFigures.latest.figures.requestsPerSecond).toBeCloseTo(
      44 / 15,
      9,
    );

    // the fleet lists each model's newest sample beside its drift and cost
    const { body: fleet } = await request(server).get('/api/aiops/v1/fleet');
    const fleetRow = (name: string) =>
      fleet.models.find((m: any) => m.name === name);
    expect(fleetRow('summarizer').resources).toEqual(first.latest);
    expect(fleetRow('embedder').resources.figures.memoryBytes).toBe(536870912);
    expect(fleetRow('churn').resources).toBeNull();

    // the next step's pull adds the steps since the newest sample, each once
    await new Promise(resolve =>
      setTimeout(resolve, STEP_SECONDS * 1000 - (Date.now() % 5000) + 50),
    );
    await scheduler.triggerTask(PULL_TASK);
    const next = await pulledAfter(
      server,
      'summarizer',
      Date.parse(first.pulledAt),
    );
    const steps =
      (Date.parse(next.latest.at) - latestAt) / (STEP_SECONDS * 1000);
    expect(steps).toBeGreaterThanOrEqual(1);
    expect(await samplesOf(knex, 'summarizer')).toBe(
      1800 / STEP_SECONDS + 1 + steps,
    );
    expect(next.latest.figures.cpuCores).toBeCloseTo(0.5, 9);

    // a pull repeated at once writes only the steps that passed since, nothing twice
    const rows = await samplesOf(knex, 'summarizer');
    await scheduler.triggerTask(PULL_TASK);
    const again = await resourcesOf(server, 'summarizer', '?hours=1');
    expect(await samplesOf(knex, 'summarizer')).toBe(
      rows +
        (Date.parse(again.latest.at) - Date.parse(next.latest.at)) /
          (STEP_SECONDS * 1000),
    );
  });

  it('judges the serving figures in each check: the SLO and the error rate, with the reason', async () => {
    const { server } = await start({ baseUrl: prometheus.url });
    await pulledAfter(server, 'summarizer');
    const { body: check } = await request(server)
      .post('/api/aiops/v1/models/default/summarizer/checks')
      .expect(201);
    const samples = check.result.serving.current.samples;
    expect(samples).toBeGreaterThan(300);
    expect(check.result.serving).toEqual({
      source: 'prometheus',
      current: {
        samples,
        latencyP95Seconds: expect.closeTo(EXPECTED.latencyP95Seconds, 9),
        errorRate: expect.closeTo(EXPECTED.errorRate, 9),
        requestsPerSecond: expect.closeTo(EXPECTED.requestsPerSecond, 9),
      },
      // the back-fill read half an hour: nothing in the day before the window
      baseline: null,
      sloMs: 1500,
      maxErrorRate: 0.05,
      sloBreach: true,
      errorBreach: true,
      regression: false,
    });
    // no records at all, yet the serving breaches make the model a warning
    expect(check.resultStatus).toBe('warning');
    expect(check.result.reason).toContain(
      `p95 latency ${EXPECTED.latencyP95Seconds.toFixed(
        2,
      )} s (Prometheus, median of ${samples} samples) above the SLO of 1500 ms`,
    );
    expect(check.result.reason).toContain(
      `error rate 9.1% (Prometheus, median of ${samples} samples) above the 5.0% allowed`,
    );
    // once records with latency arrive (even too few to judge), the SLO is theirs to
    // judge: a histogram's estimate no longer breaches it
    await request(server)
      .post('/api/aiops/v1/models/default/summarizer/records')
      .send({
        idempotencyKey: 'latency-records',
        records: [{ features: { age: 30 }, latencyMs: 900 }],
      })
      .expect(202);
    const { body: withRecords } = await request(server)
      .post('/api/aiops/v1/models/default/summarizer/checks')
      .expect(201);
    expect(withRecords.result.serving.sloBreach).toBeNull();
    expect(withRecords.result.reason).not.toContain('above the SLO');
    expect(withRecords.result.reason).toContain('error rate 9.1%');
    // a model without samples has no serving section
    const { body: churn } = await request(server)
      .post('/api/aiops/v1/models/default/churn/checks')
      .expect(201);
    expect(churn.result.serving).toBeNull();
  });

  it('names a query the server rejects, and keeps the other figures', async () => {
    const { server } = await start({
      baseUrl: prometheus.url,
      queries: {
        gpuUtilizationPercent: 'avg(DCGM_FI_DEV_GPU_UTIL{{{resourceSelector}}}',
      },
    });
    const body = await pulledAfter(server, 'summarizer');
    expect(body.status).toBe('ok');
    expect(body.missing.gpuUtilizationPercent).toMatch(
      /^Prometheus rejected avg\(DCGM_FI_DEV_GPU_UTIL\{pod=~"summarizer-\.\*"\}: bad_data: .*parse error/,
    );
    expect(body.latest.figures.gpuUtilizationPercent).toBeNull();
    expect(body.latest.figures.memoryBytes).toBe(536870912);
  });

  it('answers no-data with the reason when the server is down, hangs, fails or redirects, and never crashes', async () => {
    const closed = await brokenServer(() => {});
    await closed.close();
    const down = await start({ baseUrl: closed.url });
    expect((await pulledAfter(down.server, 'summarizer')).reason).toMatch(
      new RegExp(
        `^Prometheus at ${closed.url} could not be reached: ECONNREFUSED`,
      ),
    );

    const hanging = await brokenServer(() => {
      // never answers
    });
    const slow = await start({ baseUrl: hanging.url, timeoutSeconds: 1 });
    const slowBody = await pulledAfter(slow.server, 'summarizer');
    expect(slowBody).toMatchObject({
      status: 'no-data',
      reason: `Prometheus at ${hanging.url} could not be reached: no answer within 1 s (aiops.prometheus.timeoutSeconds)`,
      history: [],
    });
    await hanging.close();

    const failing = await brokenServer(res =>
      res.writeHead(503, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          status: 'error',
          errorType: 'unavailable',
          error: 'TSDB not ready',
        }),
      ),
    );
    const unavailable = await start({ baseUrl: failing.url });
    expect((await pulledAfter(unavailable.server, 'summarizer')).reason).toBe(
      `Prometheus at ${failing.url} answered 503 (unavailable: TSDB not ready)`,
    );
    await failing.close();

    const redirecting = await brokenServer(res =>
      res.writeHead(302, { location: 'http://169.254.169.254/' }).end(),
    );
    const redirected = await start({ baseUrl: redirecting.url });
    expect((await pulledAfter(redirected.server, 'summarizer')).reason).toBe(
      `Prometheus at ${redirecting.url} answered a redirect (302) to http://169.254.169.254/; redirects are not followed: aiops.prometheus.baseUrl must be the server itself`,
    );
    await redirecting.close();

    const html = await brokenServer(res =>
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<html>login</html>'),
    );
    const notPrometheus = await start({ baseUrl: html.url });
    expect((await pulledAfter(notPrometheus.server, 'summarizer')).reason).toBe(
      `Prometheus at ${html.url} answered 200 without the HTTP API's JSON (is aiops.prometheus.baseUrl a Prometheus server?)`,
    );
    await html.close();
  });

  it('says what to configure when no server or no selector is set, and validates the route', async () => {
    const { server } = await start({ baseUrl: prometheus.url });
    expect(await resourcesOf(server, 'churn')).toEqual({
      source: 'prometheus',
      status: 'not-configured',
      rateWindow: '5m',
      reason:
        'The entity names no Prometheus selector (annotations aiops.dev/prometheus-selector for its service metrics, aiops.dev/prometheus-resource-selector for its containers)',
      queries: {},
      missing: {},
      history: [],
    });
    await request(server)
      .get('/api/aiops/v1/models/default/summarizer/resources?hours=0')
      .expect(400);
    await request(server)
      .get('/api/aiops/v1/models/default/nobody/resources')
      .expect(404);

    const off = await startAiopsBackend({
      knex: await databases.init(databaseId),
      entities: [summarizer],
    });
    expect(await resourcesOf(off.server, 'summarizer')).toMatchObject({
      status: 'not-configured',
      reason: 'No Prometheus server is configured (aiops.prometheus.baseUrl)',
    });
    await expect(off.scheduler.triggerTask(PULL_TASK)).rejects.toThrow(
      /not found/,
    );
  });
});
