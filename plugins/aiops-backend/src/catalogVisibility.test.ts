import { mockCredentials } from '@backstage/backend-test-utils';
import { request } from './__testUtils__/contractRequest';
import {
  DATABASE_IDS,
  checkAfter,
  createTestDatabases,
  startAiopsBackend,
  syntheticRecords,
} from './__testUtils__/testBackend';

jest.setTimeout(120_000);

const databases = createTestDatabases();
const base = '/api/aiops/v1/models/default/churn';
const asService = mockCredentials.service.header();

describe.each(DATABASE_IDS)('catalog visibility on %s', databaseId => {
  /** A backend with a checked model, whose catalog then hides the model from people. */
  async function withHiddenModel() {
    const knex = await databases.init(databaseId);
    const started = await startAiopsBackend({ knex });
    const { server, catalog } = started;
    const check = await checkAfter(server, base, {
      reference: syntheticRecords(200, { seed: 7 }),
      key: 'c',
      records: syntheticRecords(600, { seed: 7 }),
    });
    expect(check.body.status).toBe('ok');

    const getEntityByRef = catalog.getEntityByRef.bind(catalog);
    const getEntitiesByRefs = catalog.getEntitiesByRefs.bind(catalog);
    const isUser = (options: any) =>
      options?.credentials?.principal?.type === 'user';
    jest
      .spyOn(catalog, 'getEntityByRef')
      .mockImplementation(async (ref, options) =>
        isUser(options) ? undefined : getEntityByRef(ref, options),
      );
    jest
      .spyOn(catalog, 'getEntitiesByRefs')
      .mockImplementation(async (req, options) =>
        isUser(options)
          ? { items: req.entityRefs.map(() => undefined) }
          : getEntitiesByRefs(req, options),
      );
    return started;
  }

  it('answers 404 to a person for a model the catalog hides from them', async () => {
    const { server } = await withHiddenModel();
    expect((await request(server).get(`${base}/status`)).status).toBe(404);
    expect((await request(server).get(`${base}/checks`)).status).toBe(404);
    expect((await request(server).get(`${base}/profiles`)).status).toBe(404);
    expect((await request(server).post(`${base}/checks`)).status).toBe(404);
    expect(
      (
        await request(server)
          .put(`${base}/reference`)
          .send({ records: syntheticRecords(10) })
      ).status,
    ).toBe(404);
  });

  it('answers a person no-data in /status/batch for a hidden model, a service its status', async () => {
    const { server } = await withHiddenModel();
    const body = { entityRefs: ['mlmodel:default/churn'] };
    const asPerson = await request(server)
      .post('/api/aiops/v1/status/batch')
      .send(body)
      .expect(200);
    expect(asPerson.body.items[0].driftStatus).toBe('no-data');
    const asPlugin = await request(server)
      .post('/api/aiops/v1/status/batch')
      .set('Authorization', asService)
      .send(body)
      .expect(200);
    expect(asPlugin.body.items[0].driftStatus).toBe('ok');
  });

  it('keeps services working through the plugin’s own credentials', async () => {
    const { server } = await withHiddenModel();
    await request(server)
      .post(`${base}/records`)
      .set('Authorization', asService)
      .send({ idempotencyKey: 's', records: syntheticRecords(10) })
      .expect(202);
    const status = await request(server)
      .get(`${base}/status`)
      .set('Authorization', asService)
      .expect(200);
    expect(status.body.entityRef).toBe('mlmodel:default/churn');
  });
});
