import {
  BackendFeature,
  createServiceFactory,
  SchedulerService,
  ServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  TestDatabaseId,
  TestDatabases,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import {
  MLModelEntity,
  ModelMonitoring,
} from '@unified-aiops/plugin-aiops-common';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { Knex } from 'knex';
import { aiopsPlugin } from '../plugin';
import { request } from './contractRequest';

/** The databases every store and plugin test runs on. */
export const DATABASE_IDS: TestDatabaseId[] = ['POSTGRES_15', 'SQLITE_3'];

/** An MLModel entity with three monitored features (age, income, plan). */
export function modelEntity(
  name: string,
  monitoring: ModelMonitoring = {},
): MLModelEntity {
  return {
    apiVersion: 'aiops.dev/v1alpha1',
    kind: 'MLModel',
    metadata: { name, namespace: 'default' },
    spec: {
      type: 'classification',
      lifecycle: 'production',
      owner: 'group:default/ml-team',
      riskTier: 'limited',
      monitoring: {
        features: [
          { name: 'age', kind: 'numerical' },
          { name: 'income', kind: 'numerical' },
          { name: 'plan', kind: 'categorical' },
        ],
        ...monitoring,
      },
    },
  };
}

/** The permission service deciding every permission alike, or each by its name. */
function permissionsFactory(
  decide: NonNullable<Parameters<typeof startAiopsBackend>[0]['permission']>,
) {
  if (typeof decide !== 'function') {
    return mockServices.permissions.factory({ result: decide });
  }
  return mockServices.permissions.mock({
    authorize: async requests =>
      requests.map(r => ({ result: decide(r.permission.name) })) as any,
  }).factory;
}

/** Backends this file's tests started, and their databases, stopped after each test. */
const started: Array<{ stop(): Promise<void>; knex: Knex }> = [];

// A stopped backend's schedulers stop taking connections, and a PostgreSQL test
// database's pool is closed at once: a test file of a dozen backends would otherwise hold
// their connections until the file ends, and parallel files exhaust the server's 100.
// (Child processes of kill -9 tests import this file outside Jest: no hooks there.)
if (typeof afterEach === 'function')
  afterEach(async () => {
    const done = started.splice(0);
    await Promise.all(done.map(b => b.stop().catch(() => {})));
    await Promise.all(
      [...new Set(done.map(b => b.knex))]
        .filter(knex => knex.client.config.client === 'pg')
        .map(knex => knex.destroy()),
    );
  });

/**
 * Starts the aiops plugin on a real database with mocked catalog, notifications, events
 * and auditor; it is stopped after the test (and a PostgreSQL database's pool closed).
 */
export async function startAiopsBackend(options: {
  knex: Knex;
  entities?: Entity[];
  /** Every permission's decision, or a decision per permission name. */
  permission?:
    | AuthorizeResult.ALLOW
    | AuthorizeResult.DENY
    | ((name: string) => AuthorizeResult.ALLOW | AuthorizeResult.DENY);
  config?: Record<string, unknown>;
  /** More features, e.g. retraining runner modules. */
  features?: BackendFeature[];
}) {
  const catalog = catalogServiceMock({
    entities: options.entities ?? [modelEntity('churn')],
  });
  jest.spyOn(catalog, 'refreshEntity');
  const notifications = { send: jest.fn(async () => {}) };
  const events = {
    publish: jest.fn(async () => {}),
    subscribe: jest.fn(async () => {}),
  };
  const auditEvents: Array<{ eventId: string; outcome?: string }> = [];
  const auditor = mockServices.auditor.mock({
    createEvent: jest.fn(async ({ eventId }) => {
      const entry: { eventId: string; outcome?: string } = { eventId };
      auditEvents.push(entry);
      return {
        success: async () => {
          entry.outcome = 'success';
        },
        fail: async () => {
          entry.outcome = 'failure';
        },
      };
    }),
  });
  // The mock scheduler runs each task once at start-up; tests trigger them again by id.
  // (mockServices.scheduler() is the MockSchedulerService, typed as the service it mocks)
  const scheduler = mockServices.scheduler() as SchedulerService & {
    factory(): ServiceFactory;
  };
  const backend = await startTestBackend({
    features: [
      aiopsPlugin,
      scheduler.factory(),
      mockServices.database.factory({ knex: options.knex }),
      permissionsFactory(options.permission ?? AuthorizeResult.ALLOW),
      mockServices.rootConfig.factory({
        data: { aiops: (options.config ?? {}) as any },
      }),
      auditor.factory,
      createServiceFactory({
        service: catalogServiceRef,
        deps: {},
        factory: () => catalog,
      }),
      createServiceFactory({
        service: notificationService,
        deps: {},
        factory: () => notifications,
      }),
      createServiceFactory({
        service: eventsServiceRef,
        deps: {},
        factory: () => events,
      }),
      ...(options.features ?? []),
    ],
  });
  started.push({ stop: () => backend.stop(), knex: options.knex });
  return {
    backend,
    server: backend.server,
    scheduler,
    catalog,
    notifications,
    events,
    auditEvents,
  };
}

/** A fresh database per test from TestDatabases. */
export function createTestDatabases() {
  return TestDatabases.create({ ids: DATABASE_IDS });
}

/** Records with `age` ~ N(40 + shift, 10), `income` ~ N(50000 + 1000·shift, 8000), plan, prediction. */
export function syntheticRecords(
  count: number,
  options: { shift?: number; seed?: number } = {},
) {
  const shift = options.shift ?? 0;
  let state = options.seed ?? 1;
  const uniform = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state + 0.5) / 4294967296;
  };
  const normal = () =>
    Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  return Array.from({ length: count }, () => ({
    features: {
      age: 40 + shift + 10 * normal(),
      income: 50_000 + 1000 * shift + 8000 * normal(),
      plan: uniform() < 0.6 + shift / 50 ? 'basic' : 'pro',
    },
    prediction: uniform() < 0.3,
    latencyMs: 20 + 5 * uniform(),
  }));
}

/** Polls until `probe` returns true (background folding is asynchronous by design). */
export async function eventually(
  probe: () => Promise<boolean>,
  timeoutMs = 10_000,
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('Condition not met in time');
    await new Promise(resolve => setTimeout(resolve, 50));
  }
}

/**
 * Sets a model's reference, posts one batch and runs a check, each answered as it must
 * be (200, 202, 201); returns the check's response.
 */
export async function checkAfter(
  server: Parameters<typeof request>[0],
  base: string,
  batch: { reference: unknown[]; key: string; records: unknown[] },
) {
  await request(server)
    .put(`${base}/reference`)
    .send({ records: batch.reference })
    .expect(200);
  await request(server)
    .post(`${base}/records`)
    .send({ idempotencyKey: batch.key, records: batch.records })
    .expect(202);
  return request(server).post(`${base}/checks`).expect(201);
}
