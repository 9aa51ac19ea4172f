import { mockServices } from '@backstage/backend-test-utils';
import {
  SchedulerServiceTaskInvocationDefinition,
  SchedulerServiceTaskRunner,
} from '@backstage/backend-plugin-api';
import {
  EntityProviderConnection,
  EntityProviderMutation,
} from '@backstage/plugin-catalog-node';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { MlflowEntityProvider } from './MlflowEntityProvider';

// Shaped like MLflow 2.x answers of registered-models/search and model-versions/search.
const registeredModels = [
  {
    name: 'Churn Classifier',
    creation_timestamp: 1717000000000,
    last_updated_timestamp: 1719000000000,
    description: 'Predicts subscriber churn',
    tags: [
      { key: 'aiops.dev/risk-tier', value: 'high' },
      { key: 'aiops.dev/owner', value: 'group:default/growth' },
      { key: 'aiops.dev/model-type', value: 'classification' },
    ],
    aliases: [
      { alias: 'champion', version: '3' },
      { alias: 'challenger', version: '4' },
    ],
  },
  {
    name: 'fraud-detector',
    creation_timestamp: 1717000000000,
    tags: [{ key: 'aiops.dev/risk-tier', value: 'galactic' }],
  },
  { name: 'demand_forecast', creation_timestamp: 1717000000000 },
];

function modelVersion(name: string, version: number, extra: object = {}) {
  return {
    name,
    version: String(version),
    creation_timestamp: 1717000000000 + version * 86_400_000,
    last_updated_timestamp: 1717000000000 + version * 86_400_000,
    current_stage: 'None',
    description: '',
    source: `mlflow-artifacts:/1/run${version}/artifacts/model`,
    run_id: `run${version}`,
    status: 'READY',
    ...extra,
  };
}

const versions: Record<string, object[]> = {
  'Churn Classifier': [1, 2, 3, 4].map(v =>
    modelVersion('Churn Classifier', v),
  ),
  'fraud-detector': [
    modelVersion('fraud-detector', 1, { current_stage: 'Archived' }),
    modelVersion('fraud-detector', 2, {
      current_stage: 'Production',
      aliases: ['champion'],
    }),
  ],
  demand_forecast: [],
};

describe('MlflowEntityProvider', () => {
  let server: http.Server;
  let baseUrl: string;
  let requests: string[];
  let failing: boolean;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const url = new URL(req.url!, 'http://mlflow');
      requests.push(`${url.pathname}${url.search}`);
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (failing) {
        send(500, { error_code: 'INTERNAL_ERROR', message: 'db down' });
      } else if (url.pathname === '/api/2.0/mlflow/registered-models/search') {
        // Two per page, whatever max_results says, so pagination is exercised.
        const start = Number(url.searchParams.get('page_token') ?? 0);
        const page = registeredModels.slice(start, start + 2);
        const next =
          start + 2 < registeredModels.length ? String(start + 2) : undefined;
        send(200, {
          registered_models: page,
          ...(next ? { next_page_token: next } : {}),
        });
      } else if (url.pathname === '/api/2.0/mlflow/model-versions/search') {
        const name =
          /^name='(.*)'$/.exec(url.searchParams.get('filter') ?? '')?.[1] ?? '';
        const found = versions[name] ?? [];
        send(200, found.length ? { model_versions: found } : {});
      } else {
        send(404, {
          error_code: 'ENDPOINT_NOT_FOUND',
          message: 'No API endpoint',
        });
      }
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise(resolve => server.close(resolve)));

  beforeEach(() => {
    requests = [];
    failing = false;
  });

  async function connect(mlflowConfig: object = {}) {
    let task: SchedulerServiceTaskInvocationDefinition | undefined;
    const taskRunner: SchedulerServiceTaskRunner = {
      run: async invocation => {
        task = invocation;
      },
    };
    const scheduler = mockServices.scheduler.mock({
      createScheduledTaskRunner: jest.fn(() => taskRunner),
    });
    const logger = mockServices.logger.mock();
    logger.child.mockReturnValue(logger);
    const provider = MlflowEntityProvider.fromConfig(
      mockServices.rootConfig({
        data: {
          aiops: {
            mlflow: {
              baseUrl,
              defaults: {
                owner: 'group:default/ml-platform',
                lifecycle: 'production',
              },
              ...mlflowConfig,
            },
          },
        },
      }),
      { logger, scheduler },
    )!;
    const mutations: EntityProviderMutation[] = [];
    const connection: EntityProviderConnection = {
      applyMutation: async mutation => {
        mutations.push(mutation);
      },
      refresh: async () => {},
    };
    await provider.connect(connection);
    return { provider, task: task!, mutations, scheduler, logger };
  }

  it('is off without aiops.mlflow config', () => {
    expect(
      MlflowEntityProvider.fromConfig(mockServices.rootConfig(), {
        logger: mockServices.logger.mock(),
        scheduler: mockServices.scheduler.mock(),
      }),
    ).toBeUndefined();
  });

  it('schedules every 30 minutes unless configured', async () => {
    const { scheduler, task } = await connect();
    expect(scheduler.createScheduledTaskRunner).toHaveBeenCalledWith(
      expect.objectContaining({ frequency: { minutes: 30 } }),
    );
    expect(task.id).toBe('MlflowEntityProvider:refresh');

    const custom = await connect({
      schedule: { frequency: { minutes: 5 }, timeout: { minutes: 1 } },
    });
    expect(custom.scheduler.createScheduledTaskRunner).toHaveBeenCalledWith(
      expect.objectContaining({ frequency: { minutes: 5 } }),
    );
  });

  it('emits one MLModel per registered model, across pages, as a full mutation', async () => {
    const { task, mutations } = await connect();
    await task.fn(new AbortController().signal);

    expect(requests.filter(r => r.includes('registered-models'))).toEqual([
      '/api/2.0/mlflow/registered-models/search?max_results=100',
      '/api/2.0/mlflow/registered-models/search?max_results=100&page_token=2',
    ]);
    expect(
      requests
        .filter(r => r.includes('model-versions'))
        .map(r => new URL(r, 'http://mlflow').searchParams.get('filter')),
    ).toEqual([
      "name='Churn Classifier'",
      "name='fraud-detector'",
      "name='demand_forecast'",
    ]);
    expect(mutations).toHaveLength(1);
    const mutation = mutations[0];
    expect(mutation.type).toBe('full');
    const entities = mutation.type === 'full' ? mutation.entities : [];
    expect(entities.map(e => e.entity.metadata.name)).toEqual([
      'churn-classifier',
      'fraud-detector',
      'demand-forecast',
    ]);
    expect(entities[0].locationKey).toBe(`MlflowEntityProvider:${baseUrl}`);

    const churn = entities[0].entity;
    expect(churn).toMatchObject({
      apiVersion: 'aiops.dev/v1alpha1',
      kind: 'MLModel',
      metadata: {
        title: 'Churn Classifier',
        description: 'Predicts subscriber churn',
        annotations: {
          'aiops.dev/mlflow-model-name': 'Churn Classifier',
          'backstage.io/managed-by-location': `url:${baseUrl}/#/models/Churn%20Classifier`,
        },
      },
      spec: {
        type: 'classification',
        lifecycle: 'production',
        owner: 'group:default/growth',
        riskTier: 'high',
        registry: {
          type: 'mlflow',
          modelName: 'Churn Classifier',
          aliases: { champion: '3', challenger: '4' },
        },
      },
    });
    expect(churn.spec!.registry).toMatchObject({
      latestVersions: [
        {
          version: '4',
          status: 'READY',
          runId: 'run4',
          createdAt: expect.any(String),
        },
        { version: '3' },
        { version: '2' },
        { version: '1' },
      ],
    });
  });

  it('falls back to config defaults for missing or invalid tags', async () => {
    const { task, mutations } = await connect({
      defaults: {
        owner: 'group:default/risk',
        riskTier: 'minimal',
        type: 'regression',
      },
    });
    await task.fn(new AbortController().signal);
    const entities = mutations[0].type === 'full' ? mutations[0].entities : [];
    const fraud = entities.find(
      e => e.entity.metadata.name === 'fraud-detector',
    )!.entity;
    expect(fraud.spec).toMatchObject({
      owner: 'group:default/risk',
      riskTier: 'minimal',
      type: 'regression',
      lifecycle: 'production',
      registry: {
        aliases: { champion: '2' },
        latestVersions: [
          { version: '2', stage: 'Production' },
          { version: '1', stage: 'Archived' },
        ],
      },
    });
  });

  it('keeps the previous entities when MLflow fails', async () => {
    const { task, mutations, logger } = await connect();
    failing = true;
    await task.fn(new AbortController().signal);
    expect(mutations).toEqual([]);
    expect(logger.error).toHaveBeenCalledWith(
      'MLflow discovery failed',
      expect.objectContaining({ message: expect.stringMatching(/500/) }),
    );
  });

  it('sends the configured token', async () => {
    const seen: Array<string | undefined> = [];
    server.prependOnceListener('request', req =>
      seen.push(req.headers.authorization),
    );
    const { task } = await connect({ token: 's3cret' });
    await task.fn(new AbortController().signal);
    expect(seen[0]).toBe('Bearer s3cret');
  });
});
