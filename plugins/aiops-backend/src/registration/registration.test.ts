import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { request } from '../__testUtils__/contractRequest';
import {
  DATABASE_IDS,
  createTestDatabases,
  modelEntity,
  startAiopsBackend,
} from '../__testUtils__/testBackend';
import { migrateDatabase } from '../database/migrateDatabase';
import { RegistrationStore } from './RegistrationStore';

jest.setTimeout(60_000);
const databases = createTestDatabases();

const BASE = '/api/aiops/v1/models/default/fraud-scorer/registration';
const body = {
  owner: 'team-risk',
  system: 'payments',
  monitoring: {
    features: [
      { name: 'amount', kind: 'numerical' },
      { name: 'country', kind: 'categorical' },
    ],
    predictionField: 'is_fraud',
  },
  repositoryUrl: 'https://github.com/acme/fraud-scorer',
  templateRef: 'template:default/classic-ml-service',
};
const JANE = mockCredentials.user.header('user:default/jane');

describe.each(DATABASE_IDS)('model registration on %s', databaseId => {
  it('stores one registration however many callers race, recognising a re-run by its content', async () => {
    const knex = await migrateDatabase(
      mockServices.database({ knex: await databases.init(databaseId) }),
    );
    const store = RegistrationStore.create({ knex });
    const content = {
      owner: 'group:default/a',
      system: null,
      monitoring: { features: [{ name: 'x', kind: 'numerical' as const }] },
      repositoryUrl: null,
      templateRef: null,
    };
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        store.register('mlmodel:default/m', content, {
          registeredBy: `user:default/u${i}`,
          now: 1000 + i,
        }),
      ),
    );
    expect(outcomes.filter(o => o.outcome === 'created')).toHaveLength(1);
    expect(outcomes.filter(o => o.outcome === 'unchanged')).toHaveLength(5);
    // key order does not make it other content
    const reordered = await store.register(
      'mlmodel:default/m',
      {
        templateRef: null,
        repositoryUrl: null,
        monitoring: { features: [{ kind: 'numerical', name: 'x' }] },
        system: null,
        owner: 'group:default/a',
      },
      { registeredBy: 'user:default/z', now: 5000 },
    );
    expect(reordered.outcome).toBe('unchanged');
    const other = await store.register(
      'mlmodel:default/m',
      { ...content, owner: 'group:default/b' },
      { registeredBy: 'user:default/z', now: 5000 },
    );
    expect(other.outcome).toBe('conflict');
    expect((await store.get('mlmodel:default/m'))?.owner).toBe(
      'group:default/a',
    );
  });

  it('registers on behalf of the caller before the catalog has the entity, audited and on the trail', async () => {
    const knex = await databases.init(databaseId);
    const { server, auditEvents } = await startAiopsBackend({
      knex,
      entities: [],
    });
    const first = await request(server)
      .put(BASE)
      .set('Authorization', JANE)
      .send(body)
      .expect(201);
    expect(first.body).toMatchObject({
      entityRef: 'mlmodel:default/fraud-scorer',
      owner: 'group:default/team-risk',
      system: 'system:default/payments',
      registeredBy: 'user:default/jane',
      reference: { status: 'pending', updatedAt: null },
    });
    expect(auditEvents).toContainEqual({
      eventId: 'model-register',
      outcome: 'success',
    });

    // a re-run step with the same inputs is the same registration
    const again = await request(server)
      .put(BASE)
      .set('Authorization', mockCredentials.user.header('user:default/joe'))
      .send(body)
      .expect(200);
    expect(again.body.registeredBy).toBe('user:default/jane');

    const conflict = await request(server)
      .put(BASE)
      .set('Authorization', JANE)
      .send({ ...body, owner: 'team-other' })
      .expect(409);
    expect(conflict.body.error.message).toMatch(
      /registered by user:default\/jane at .* with other content/,
    );

    const trail = await request(server)
      .get('/api/aiops/v1/audit')
      .query({ entityRef: 'mlmodel:default/fraud-scorer' })
      .expect(200);
    const entries = trail.body.items.filter(
      (e: { action: string }) => e.action === 'model-register',
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actor: 'user:default/jane',
      details: {
        owner: 'group:default/team-risk',
        templateRef: 'template:default/classic-ml-service',
      },
    });
  });

  it('reads a registration once the catalog shows the model, and 404s a model no template registered', async () => {
    const knex = await databases.init(databaseId);
    const { server } = await startAiopsBackend({
      knex,
      entities: [modelEntity('fraud-scorer'), modelEntity('churn')],
    });
    await request(server).put(BASE).send(body).expect(201);
    const read = await request(server).get(BASE).expect(200);
    expect(read.body.monitoring.predictionField).toBe('is_fraud');
    const missing = await request(server)
      .get('/api/aiops/v1/models/default/churn/registration')
      .expect(404);
    expect(missing.body.error.message).toBe(
      'mlmodel:default/churn was not registered by a template',
    );
  });

  it('refuses bad content by field, callers without credentials or the permission', async () => {
    const knex = await databases.init(databaseId);
    const { server, auditEvents } = await startAiopsBackend({
      knex,
      permission: name =>
        name === 'aiops.model.register'
          ? AuthorizeResult.DENY
          : AuthorizeResult.ALLOW,
    });
    await request(server)
      .put(BASE)
      .set('Authorization', mockCredentials.none.header())
      .send(body)
      .expect(401);
    const denied = await request(server).put(BASE).send(body).expect(403);
    expect(denied.body.error.message).toBe(
      'aiops.model.register is not allowed',
    );
    expect(auditEvents).toEqual([]);

    const allowed = await startAiopsBackend({
      knex: await databases.init(databaseId),
    });
    const badFeature = await request(allowed.server)
      .put(BASE)
      .send({
        ...body,
        monitoring: { features: [{ name: 'amount', kind: 'number' }] },
      })
      .expect(400);
    expect(badFeature.body.error.message).toMatch(
      /^monitoring\.features\.0\.kind: /,
    );
    const badOwner = await request(allowed.server)
      .put(BASE)
      .send({ ...body, owner: 'group:' })
      .expect(400);
    expect(badOwner.body.error.message).toMatch(
      /^owner "group:" is not an entity reference/,
    );
    await request(allowed.server)
      .put(BASE)
      .send({ ...body, repositoryUrl: 'not a url' })
      .expect(400);
    expect(
      allowed.auditEvents.filter(e => e.eventId === 'model-register'),
    ).toEqual([
      { eventId: 'model-register', outcome: 'failure' },
      { eventId: 'model-register', outcome: 'failure' },
    ]);
  });
});
