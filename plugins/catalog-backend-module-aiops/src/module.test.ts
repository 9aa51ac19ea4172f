import {
  AuthService,
  coreServices,
  createServiceFactory,
  createBackendModule,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  CatalogService,
  catalogProcessingExtensionPoint,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { EventsService, eventsServiceRef } from '@backstage/plugin-events-node';
import {
  DRIFT_STATUS_CHANGED_TOPIC,
  GOVERNANCE_STATUS_CHANGED_TOPIC,
} from '@unified-aiops/plugin-aiops-common';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { catalogModuleAiops } from './module';

const examples = path.resolve(__dirname, '../../../examples');

// Stands in for the aiops backend: `POST /v1/status/batch`, and the status change it
// announces (an event, then a catalog refresh) — the services are kept for the test.
const statusRequests: string[][] = [];
let fraudDriftStatus = 'drift';
let fraudGovernanceStatus = 'at-risk';
const sharedEvents = mockServices.events();
let aiops: {
  events: EventsService;
  catalog: CatalogService;
  auth: AuthService;
};
const fakeAiopsBackend = createBackendPlugin({
  pluginId: 'aiops',
  register(reg) {
    reg.registerInit({
      deps: {
        http: coreServices.httpRouter,
        auth: coreServices.auth,
        events: eventsServiceRef,
        catalog: catalogServiceRef,
      },
      async init({ http, auth, events, catalog }) {
        aiops = { events, catalog, auth };
        http.use((req, res, next) => {
          if (req.method !== 'POST' || req.path !== '/v1/status/batch') {
            next();
            return;
          }
          let text = '';
          req.on('data', (chunk: Buffer) => {
            text += chunk;
          });
          req.on('end', () => {
            const { entityRefs } = JSON.parse(text) as { entityRefs: string[] };
            statusRequests.push(entityRefs);
            res.json({
              items: entityRefs
                .filter(ref => ref === 'mlmodel:default/fraud-detector')
                .map(entityRef => ({
                  entityRef,
                  driftStatus: fraudDriftStatus,
                  governanceStatus: fraudGovernanceStatus,
                })),
            });
          });
        });
      },
    });
  },
});

const processingErrors = new Map<string, string>();
const recordProcessingErrors = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'test-errors',
  register(reg) {
    reg.registerInit({
      deps: { catalog: catalogProcessingExtensionPoint },
      async init({ catalog }) {
        catalog.setOnProcessingErrorHandler(({ unprocessedEntity, errors }) => {
          processingErrors.set(
            unprocessedEntity.metadata.name,
            errors
              .map(e => `${e.message} ${(e as any).cause?.message}`)
              .join('\n'),
          );
        });
      },
    });
  },
});

describe('catalogModuleAiops in a running catalog', () => {
  let backend: TestBackend;
  let baseUrl: string;

  beforeAll(async () => {
    backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleAiops,
        recordProcessingErrors,
        fakeAiopsBackend,
        // One bus for every plugin, as the real events service is.
        createServiceFactory({
          service: eventsServiceRef,
          deps: {},
          factory: () => sharedEvents,
        }),
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              rules: [
                {
                  allow: [
                    'Component',
                    'System',
                    'Resource',
                    'Location',
                    'MLModel',
                    'MLPipeline',
                  ],
                },
              ],
              locations: [
                {
                  type: 'file',
                  target: path.join(examples, 'org.yaml'),
                  rules: [{ allow: ['User', 'Group'] }],
                },
                { type: 'file', target: path.join(examples, 'entities.yaml') },
                {
                  type: 'file',
                  target: path.join(examples, 'invalid-entities.yaml'),
                },
              ],
            },
          },
        }),
      ],
    });
    baseUrl = `http://127.0.0.1:${
      (backend.server.address() as AddressInfo).port
    }`;
  });

  afterAll(() => backend?.stop());

  async function getEntity(
    kind: string,
    name: string,
  ): Promise<Entity | undefined> {
    const response = await fetch(
      `${baseUrl}/api/catalog/entities/by-name/${kind}/default/${name}`,
      { headers: { Authorization: mockCredentials.user.header() } },
    );
    return response.ok ? ((await response.json()) as Entity) : undefined;
  }

  async function eventually<T>(read: () => Promise<T | undefined>): Promise<T> {
    for (let attempt = 0; attempt < 200; attempt++) {
      const value = await read();
      if (value !== undefined) return value;
      await new Promise(resolve => setTimeout(resolve, 100));
    }
    throw new Error('timed out waiting for the catalog');
  }

  it('loads the example models with relations both ways and status labels', async () => {
    const fraud = await eventually(async () => {
      const entity = await getEntity('mlmodel', 'fraud-detector');
      return entity?.relations?.some(r => r.type === 'trainedBy')
        ? entity
        : undefined;
    });
    expect(fraud.metadata.labels).toMatchObject({
      'aiops.dev/drift-status': 'drift',
      'aiops.dev/governance-status': 'at-risk',
    });
    expect(
      fraud.relations!.map(r => `${r.type} ${r.targetRef}`).sort(),
    ).toEqual([
      'dependsOn resource:default/card-transactions',
      'ownedBy group:default/fraud-risk',
      'partOf system:default/fraud-prevention',
      'servedBy component:default/fraud-scoring-service',
      'trainedBy mlpipeline:default/fraud-retraining',
    ]);

    const service = await eventually(async () => {
      const entity = await getEntity('component', 'fraud-scoring-service');
      return entity?.relations?.some(r => r.type === 'serves')
        ? entity
        : undefined;
    });
    expect(service.relations).toContainEqual({
      type: 'serves',
      targetRef: 'mlmodel:default/fraud-detector',
    });
    const pipeline = await eventually(() =>
      getEntity('mlpipeline', 'fraud-retraining'),
    );
    expect(pipeline.relations).toContainEqual({
      type: 'trains',
      targetRef: 'mlmodel:default/fraud-detector',
    });

    const llm = await eventually(() =>
      getEntity('mlmodel', 'support-assistant'),
    );
    expect(llm.metadata.labels).toMatchObject({
      'aiops.dev/drift-status': 'no-data',
      'aiops.dev/governance-status': 'unknown',
    });
    for (const name of [
      'churn-classifier',
      'demand-forecast',
      'ticket-summarizer',
      'doc-embedder',
    ]) {
      await expect(
        eventually(() => getEntity('mlmodel', name)),
      ).resolves.toBeDefined();
    }
    // Ten models processed together cost far fewer requests than ten.
    expect(statusRequests.length).toBeLessThan(5);
  });

  it('keeps loading the valid entity of a file whose other entities are invalid, naming the bad fields', async () => {
    await expect(
      eventually(() => getEntity('mlmodel', 'valid-model')),
    ).resolves.toMatchObject({
      spec: { riskTier: 'minimal' },
    });
    await eventually(async () =>
      processingErrors.size >= 3 ? true : undefined,
    );
    expect(processingErrors.get('wrong-risk-tier-model')).toMatch(
      /MLModel "wrong-risk-tier-model": spec\.riskTier: Invalid option: expected one of "minimal"\|"limited"\|"high"\|"unacceptable"/,
    );
    expect(processingErrors.get('ownerless-model')).toMatch(
      /spec\.owner: Invalid input/,
    );
    expect(processingErrors.get('unknown-feature-kind-model')).toMatch(
      /spec\.monitoring\.features\[1\]\.kind: Invalid option/,
    );
    // Nothing in the demo catalog itself fails.
    expect([...processingErrors.keys()].sort()).toEqual([
      'ownerless-model',
      'unknown-feature-kind-model',
      'wrong-risk-tier-model',
    ]);
    expect(await getEntity('mlmodel', 'wrong-risk-tier-model')).toBeUndefined();
  });

  it('stamps a changed status within seconds of the backend announcing it, not after the cache expires', async () => {
    await eventually(async () => {
      const entity = await getEntity('mlmodel', 'fraud-detector');
      return entity?.metadata.labels?.['aiops.dev/drift-status'] === 'drift'
        ? true
        : undefined;
    });

    fraudDriftStatus = 'ok';
    const entityRef = 'mlmodel:default/fraud-detector';
    await aiops.events.publish({
      topic: DRIFT_STATUS_CHANGED_TOPIC,
      eventPayload: { entityRef, previousStatus: 'drift', status: 'ok' },
    });
    await aiops.catalog.refreshEntity(entityRef, {
      credentials: await aiops.auth.getOwnServiceCredentials(),
    });

    // The status cache holds entries for 30 s; the label must follow well before that.
    const started = Date.now();

    await eventually(async () => {
      const entity = await getEntity('mlmodel', 'fraud-detector');
      return entity?.metadata.labels?.['aiops.dev/drift-status'] === 'ok'
        ? true
        : undefined;
    });
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);

  it('stamps a changed governance status within seconds of its event too', async () => {
    fraudGovernanceStatus = 'non-compliant';
    const entityRef = 'mlmodel:default/fraud-detector';
    await aiops.events.publish({
      topic: GOVERNANCE_STATUS_CHANGED_TOPIC,
      eventPayload: {
        entityRef,
        previousStatus: 'at-risk',
        status: 'non-compliant',
      },
    });
    await aiops.catalog.refreshEntity(entityRef, {
      credentials: await aiops.auth.getOwnServiceCredentials(),
    });
    const started = Date.now();
    await eventually(async () => {
      const entity = await getEntity('mlmodel', 'fraud-detector');
      return entity?.metadata.labels?.['aiops.dev/governance-status'] ===
        'non-compliant'
        ? true
        : undefined;
    });
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);
});
