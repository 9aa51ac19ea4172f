import { AuthorizeResult } from '@backstage/plugin-permission-common';
import supertest from 'supertest';
import { request } from './__testUtils__/contractRequest';
import {
  DATABASE_IDS,
  checkAfter,
  createTestDatabases,
  eventually,
  modelEntity,
  startAiopsBackend,
  syntheticRecords,
} from './__testUtils__/testBackend';

jest.setTimeout(120_000);

const databases = createTestDatabases();
const base = '/api/aiops/v1/models/default/churn';

async function countRows(knex: any, table: string) {
  const [{ count }] = await knex(table).count({ count: '*' });
  return Number(count);
}

describe.each(DATABASE_IDS)('aiops plugin on %s', databaseId => {
  it('accepts a batch durably with 202, folds it into profiles and audits it', async () => {
    const knex = await databases.init(databaseId);
    const { server, auditEvents } = await startAiopsBackend({ knex });
    const response = await request(server)
      .post(`${base}/records`)
      .send({ idempotencyKey: 'batch-1', records: syntheticRecords(100) });
    expect(response.status).toBe(202);
    expect(response.body).toEqual({
      batchId: expect.any(String),
      accepted: 100,
    });
    expect(auditEvents).toContainEqual({
      eventId: 'records-ingest',
      outcome: 'success',
    });

    let profiles = await request(server).get(`${base}/profiles`);
    await eventually(async () => {
      profiles = await request(server).get(`${base}/profiles`);
      return profiles.body.current.records > 0;
    });
    expect(profiles.status).toBe(200);
    expect(profiles.body.current.records).toBe(100);
    const age = profiles.body.features.find((f: any) => f.name === 'age');
    expect(age.current.count).toBe(100);
    expect(age.histogram.current.reduce((a: number, b: number) => a + b)).toBe(
      100,
    );
  });

  it('takes the idempotency key from the header and replays the first answer', async () => {
    const knex = await databases.init(databaseId);
    const { server } = await startAiopsBackend({ knex });
    const send = () =>
      request(server)
        .post(`${base}/records`)
        .set('Idempotency-Key', 'same-key')
        .send({ records: syntheticRecords(10) });
    const first = await send();
    const second = await send();
    expect(first.status).toBe(202);
    expect(second.status).toBe(first.status);
    expect(second.body).toEqual(first.body);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(await countRows(knex, 'aiops_ingest_batches')).toBe(1);
    await eventually(async () => (await countRows(knex, 'aiops_profiles')) > 0);
    const profiles = await request(server).get(`${base}/profiles`);
    expect(profiles.body.current.records).toBe(10);
  });

  it('rejects a batch the contract refuses with 400 naming the failing path, applying none', async () => {
    const knex = await databases.init(databaseId);
    const { server } = await startAiopsBackend({ knex });
    const cases: Array<[unknown, string]> = [
      [
        { features: { age: 'x', nested: { no: 1 } } },
        'request/body/records/1/features/nested must be number,string,boolean,null',
      ],
      [
        { features: {}, latencyMs: -4 },
        'request/body/records/1/latencyMs must be >= 0',
      ],
      [
        { features: {}, timestamp: 'yesterday' },
        'request/body/records/1/timestamp must match format "date-time"',
      ],
      [
        { features: {}, timestamp: '2026-11-31T00:10:00Z' },
        'request/body/records/1/timestamp must match format "date-time"',
      ],
      [
        { features: { age: 1 }, lable: true },
        'request/body/records/1 must NOT have additional properties',
      ],
      [
        { prediction: 1 },
        "request/body/records/1 must have required property 'features'",
      ],
      [
        { features: { '': 1 } },
        'request/body/records/1/features must NOT have fewer than 1 characters, request/body/records/1/features property name must be valid',
      ],
    ];
    for (const [bad, message] of cases) {
      const records = [...syntheticRecords(3)] as unknown[];
      records[1] = bad;
      const response = await request(server)
        .post(`${base}/records`)
        .send({ idempotencyKey: 'bad', records });
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({
        name: 'InputError',
        message,
      });
    }
    expect(await countRows(knex, 'aiops_ingest_batches')).toBe(0);
    expect(await countRows(knex, 'aiops_profiles')).toBe(0);
  });

  it('rejects records timed far in the future or past the retention with 400, applying none', async () => {
    const knex = await databases.init(databaseId);
    const { server } = await startAiopsBackend({
      knex,
      config: { profiles: { retentionDays: 10 } },
    });
    const records: any[] = syntheticRecords(3);
    records[0].timestamp = new Date(Date.now() + 3_600_000).toISOString();
    records[2].timestamp = new Date(Date.now() - 11 * 86_400_000).toISOString();
    const response = await request(server)
      .post(`${base}/records`)
      .send({ idempotencyKey: 'skewed', records });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe(
      "2 of the batch's records are invalid, nothing was applied: " +
        "request/body/records/0/timestamp is more than 5 minutes ahead of the server's clock; " +
        'request/body/records/2/timestamp is older than the profile retention (10 days)',
    );
    expect(await countRows(knex, 'aiops_ingest_batches')).toBe(0);
  });

  it('refuses a repeated idempotency key with other records (409), applying nothing', async () => {
    const knex = await databases.init(databaseId);
    const { server } = await startAiopsBackend({ knex });
    const send = (records: unknown[]) =>
      request(server)
        .post(`${base}/records`)
        .set('Idempotency-Key', 'reused')
        .send({ records });
    expect((await send(syntheticRecords(10, { seed: 1 }))).status).toBe(202);
    const conflict = await send(syntheticRecords(10, { seed: 2 }));
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.name).toBe('ConflictError');
    const [stored] = await knex('aiops_ingest_batches').select('payload');
    expect(JSON.parse(stored.payload).records).toHaveLength(10);
    expect((await send(syntheticRecords(10, { seed: 1 }))).status).toBe(202);
    expect(await countRows(knex, 'aiops_ingest_batches')).toBe(1);
  });

  it('validates the Idempotency-Key header like the body field (1–200 characters)', async () => {
    const knex = await databases.init(databaseId);
    const { server } = await startAiopsBackend({ knex });
    const send = (key: string) =>
      request(server)
        .post(`${base}/records`)
        .set('Idempotency-Key', key)
        .send({ records: syntheticRecords(1) });
    const long = await send('k'.repeat(300));
    expect(long.status).toBe(400);
    expect(long.body.error.name).toBe('InputError');
    expect(long.body.error.message).toBe(
      'request/headers/idempotency-key must NOT have more than 200 characters',
    );
    expect((await send('k'.repeat(200))).status).toBe(202);
    expect(await countRows(knex, 'aiops_ingest_batches')).toBe(1);
  });

  it('requires an idempotency key', async () => {
    const knex = await databases.init(databaseId);
    const { server } = await startAiopsBackend({ knex });
    const response = await request(server)
      .post(`${base}/records`)
      .send({ records: syntheticRecords(1) });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/idempotency key is required/);
  });

  it('answers 403 when the permission is denied, applying nothing', async () => {
    const knex = await databases.init(databaseId);
    const { server } = await startAiopsBackend({
      knex,
      permission: AuthorizeResult.DENY,
    });
    const ingest = await request(server)
      .post(`${base}/records`)
      .send({ idempotencyKey: 'k', records: syntheticRecords(1) });
    expect(ingest.status).toBe(403);
    expect((await request(server).get(`${base}/status`)).status).toBe(403);
    expect((await request(server).post(`${base}/checks`)).status).toBe(403);
    expect((await request(server).get(`${base}/checks`)).status).toBe(403);
    expect((await request(server).get(`${base}/profiles`)).status).toBe(403);
    const reference = await request(server)
      .put(`${base}/reference`)
      .send({ records: syntheticRecords(10) });
    expect(reference.status).toBe(403);
    expect((await request(server).get('/api/aiops/v1/fleet')).status).toBe(403);
    const batch = await request(server)
      .post('/api/aiops/v1/status/batch')
      .send({ entityRefs: ['mlmodel:default/churn'] });
    expect(batch.status).toBe(403);
    expect(await countRows(knex, 'aiops_ingest_batches')).toBe(0);
    expect(await countRows(knex, 'aiops_references')).toBe(0);
  });

  it('answers 404 for a model the catalog does not have', async () => {
    const knex = await databases.init(databaseId);
    const { server } = await startAiopsBackend({ knex });
    const unknown = '/api/aiops/v1/models/default/nope';
    expect((await request(server).get(`${unknown}/status`)).status).toBe(404);
    expect((await request(server).get(`${unknown}/checks`)).status).toBe(404);
    expect((await request(server).get(`${unknown}/profiles`)).status).toBe(404);
    expect((await request(server).post(`${unknown}/checks`)).status).toBe(404);
    const ingest = await request(server)
      .post(`${unknown}/records`)
      .send({ idempotencyKey: 'k', records: syntheticRecords(1) });
    expect(ingest.status).toBe(404);
  });

  it('answers a route the contract does not serve with a JSON 404 naming it', async () => {
    const knex = await databases.init(databaseId);
    const { server } = await startAiopsBackend({ knex });
    // plain supertest: these routes are outside the contract on purpose
    const response = await supertest(server).get('/api/aiops/v1/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body.error).toMatchObject({
      name: 'NotFoundError',
      message: 'No route GET /api/aiops/v1/nothing-here',
    });
    // a method the spec does not list on a known path, likewise
    const wrongMethod = await supertest(server).delete('/api/aiops/v1/fleet');
    expect(wrongMethod.status).toBe(404);
    expect(wrongMethod.body.error.name).toBe('NotFoundError');
  });

  it('keeps working without any MLModel in the catalog', async () => {
    const knex = await databases.init(databaseId);
    const { server } = await startAiopsBackend({ knex, entities: [] });
    const fleet = await request(server).get('/api/aiops/v1/fleet');
    expect(fleet.status).toBe(200);
    expect(fleet.body.total).toBe(0);
    const batch = await request(server)
      .post('/api/aiops/v1/status/batch')
      .send({ entityRefs: ['mlmodel:default/ghost'] });
    expect(batch.body).toEqual({
      items: [
        {
          entityRef: 'mlmodel:default/ghost',
          driftStatus: 'no-data',
          governanceStatus: 'unknown',
        },
      ],
    });
  });

  it('checks end to end: no-data, ok on the same distribution, drift on shifted data', async () => {
    const knex = await databases.init(databaseId);
    const { server, notifications, events, catalog, auditEvents } =
      await startAiopsBackend({
        knex,
        config: { checks: { recoveryChecks: 1 } },
      });
    const noData = await request(server).post(`${base}/checks`);
    expect(noData.status).toBe(201);
    expect(noData.body.status).toBe('no-data');

    const reference = await request(server)
      .put(`${base}/reference`)
      .send({
        modelVersion: '3',
        records: syntheticRecords(3000, { seed: 7 }),
      });
    expect(reference.status).toBe(200);
    expect(reference.body).toMatchObject({
      source: 'records',
      modelVersion: '3',
      recordCount: 3000,
    });
    expect(auditEvents).toContainEqual({
      eventId: 'reference-set',
      outcome: 'success',
    });

    const post = (key: string, records: unknown[]) =>
      request(server)
        .post(`${base}/records`)
        .send({ idempotencyKey: key, records });
    expect(
      (await post('same-1', syntheticRecords(1000, { seed: 11 }))).status,
    ).toBe(202);
    const ok = await request(server).post(`${base}/checks`);
    expect(ok.body.resultStatus).toBe('ok');
    expect(ok.body.status).toBe('ok');
    const age = ok.body.result.features.find((f: any) => f.name === 'age');
    // Windows larger than the reservoir: Evidently's large-reference test, on the whole window.
    expect(age).toMatchObject({
      decision: 'ok',
      test: 'wasserstein',
      method: 'profile',
      sampleSizes: { reference: 3000, current: 1000 },
      population: { reference: 3000, current: 1000 },
      sampled: false,
    });
    expect(catalog.refreshEntity).toHaveBeenCalledWith(
      'mlmodel:default/churn',
      expect.anything(),
    );
    expect(events.publish).toHaveBeenCalledWith(
      expect.objectContaining({
        topic: 'aiops.drift.status-changed',
        eventPayload: expect.objectContaining({
          previousStatus: 'no-data',
          status: 'ok',
        }),
      }),
    );

    // Shift every feature: the current window mixes 1000 same + 5000 shifted records.
    expect(
      (await post('shifted-1', syntheticRecords(5000, { shift: 20, seed: 13 })))
        .status,
    ).toBe(202);
    const drift = await request(server).post(`${base}/checks`);
    expect(drift.body.status).toBe('drift');
    expect(drift.body.result.datasetDrift).toBe(true);
    expect(
      drift.body.result.features.every((f: any) => f.decision === 'drift'),
    ).toBe(true);
    expect(notifications.send).toHaveBeenLastCalledWith(
      expect.objectContaining({
        recipients: { type: 'entity', entityRef: 'group:default/ml-team' },
        payload: expect.objectContaining({ severity: 'high' }),
      }),
    );
    expect(auditEvents).toContainEqual({
      eventId: 'check-run',
      outcome: 'success',
    });

    const status = await request(server).get(`${base}/status`);
    expect(status.body).toMatchObject({
      entityRef: 'mlmodel:default/churn',
      status: 'drift',
      recoveryChecks: 1,
    });
    expect(status.body.latest.id).toBe(drift.body.id);
    const history = await request(server).get(`${base}/checks?limit=2`);
    expect(history.body.items.map((c: any) => c.status)).toEqual([
      'drift',
      'ok',
    ]);
    const batch = await request(server)
      .post('/api/aiops/v1/status/batch')
      .send({ entityRefs: ['MLModel:default/churn'] });
    // the drift status change re-evaluated the model's governance
    expect(batch.body.items[0]).toMatchObject({
      driftStatus: 'drift',
      governanceStatus: 'at-risk',
    });
    const fleet = await request(server).get('/api/aiops/v1/fleet');
    expect(fleet.body.byDriftStatus.drift).toBe(1);
  });

  it('answers a check on too few records no-data with what it waits for', async () => {
    const knex = await databases.init(databaseId);
    const { server, notifications } = await startAiopsBackend({ knex });
    const check = await checkAfter(server, base, {
      reference: syntheticRecords(2000, { seed: 7 }),
      key: 'few',
      records: syntheticRecords(100, { shift: 20, seed: 3 }),
    });
    expect(check.body).toMatchObject({
      resultStatus: 'no-data',
      status: 'no-data',
      result: {
        reason: 'Waiting for records: 100 of 500 in the current window',
        records: { reference: 2000, current: 100 },
        minCurrentRecords: 500,
        features: [],
        latency: null,
      },
    });
    expect(notifications.send).not.toHaveBeenCalled();
  });

  it('does not fail a check when the notification fails', async () => {
    const knex = await databases.init(databaseId);
    const { server, notifications, events } = await startAiopsBackend({ knex });
    notifications.send.mockRejectedValue(new Error('notifications down'));
    await request(server)
      .put(`${base}/reference`)
      .send({ records: syntheticRecords(200) });
    await request(server)
      .post(`${base}/records`)
      .send({
        idempotencyKey: 'a',
        records: syntheticRecords(600, { seed: 3 }),
      });
    const check = await request(server).post(`${base}/checks`);
    expect(check.status).toBe(201);
    expect(check.body.status).not.toBe('no-data');
    expect(notifications.send).toHaveBeenCalled();
    expect(events.publish).toHaveBeenCalled();
  });

  it('pins a production window as the reference', async () => {
    const knex = await databases.init(databaseId);
    const { server } = await startAiopsBackend({
      knex,
      config: { ingest: { minReferenceRecords: 20 } },
    });
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    const records = syntheticRecords(50).map(r => ({
      ...r,
      timestamp: hourAgo,
    }));
    await request(server)
      .post(`${base}/records`)
      .send({ idempotencyKey: 'w', records });
    await request(server).post(`${base}/checks`); // folds pending batches first
    const pinned = await request(server)
      .put(`${base}/reference`)
      .send({
        pinWindow: {
          from: new Date(Date.now() - 7_200_000).toISOString(),
          to: new Date().toISOString(),
        },
      });
    expect(pinned.status).toBe(200);
    expect(pinned.body).toMatchObject({ source: 'window', recordCount: 50 });
    const empty = await request(server)
      .put(`${base}/reference`)
      .send({
        pinWindow: { from: '2001-01-01T00:00:00Z', to: '2001-01-02T00:00:00Z' },
      });
    expect(empty.status).toBe(400);
  });

  it('reads and pins every profile window a range touches, whole, and says so', async () => {
    const knex = await databases.init(databaseId);
    const { server } = await startAiopsBackend({
      knex,
      config: { ingest: { minReferenceRecords: 20 } },
    });
    const hour = 3_600_000;
    const windowStart = Math.floor(Date.now() / hour) * hour - 3 * hour;
    const iso = (t: number) => new Date(t).toISOString();
    const records = syntheticRecords(30).map(r => ({
      ...r,
      timestamp: iso(windowStart + 40 * 60_000),
    }));
    await request(server)
      .post(`${base}/records`)
      .send({ idempotencyKey: 'partial', records });
    await request(server).post(`${base}/checks`); // folds pending batches first
    const range = {
      from: iso(windowStart + 30 * 60_000),
      to: iso(windowStart + 45 * 60_000),
    };
    const profiles = await request(server)
      .get(`${base}/profiles`)
      .query(range)
      .expect(200);
    expect(profiles.body.current.records).toBe(30);
    expect(profiles.body.window).toEqual({
      from: iso(windowStart),
      to: iso(windowStart + hour),
      windows: 1,
    });
    const pinned = await request(server)
      .put(`${base}/reference`)
      .send({ pinWindow: range })
      .expect(200);
    expect(pinned.body).toMatchObject({
      recordCount: 30,
      windowFrom: iso(windowStart),
      windowTo: iso(windowStart + hour),
    });
  });

  it('checks and charts a model on its own profile window length', async () => {
    const knex = await databases.init(databaseId);
    const { server } = await startAiopsBackend({
      knex,
      entities: [
        modelEntity('churn', { profileWindowMinutes: 15, windowHours: 1 }),
      ],
    });
    const quarter = 15 * 60_000;
    const before = Date.now();
    const check = await request(server).post(`${base}/checks`).expect(201);
    const profiles = await request(server).get(`${base}/profiles`).expect(200);
    // the windows holding now - 1 h through now, 15 minutes each (60 by default)
    const expected = {
      from: new Date(
        Math.floor((before - 3_600_000) / quarter) * quarter,
      ).toISOString(),
      to: new Date(
        Math.floor(before / quarter) * quarter + quarter,
      ).toISOString(),
    };
    expect(check.body.result.window).toEqual(expected);
    expect(profiles.body.window).toMatchObject(expected);
  });

  it('refuses two different idempotency keys in the body and the header', async () => {
    const knex = await databases.init(databaseId);
    const { server } = await startAiopsBackend({ knex });
    const response = await request(server)
      .post(`${base}/records`)
      .set('Idempotency-Key', 'header-key')
      .send({ idempotencyKey: 'body-key', records: syntheticRecords(3) });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/Idempotency-Key header/);
    expect(await countRows(knex, 'aiops_ingest_batches')).toBe(0);
    await request(server)
      .post(`${base}/records`)
      .set('Idempotency-Key', 'same')
      .send({ idempotencyKey: 'same', records: syntheticRecords(3) })
      .expect(202);
  });

  it('tests a categorical feature coded as numbers as categories, from ingest to check', async () => {
    const knex = await databases.init(databaseId);
    const { server } = await startAiopsBackend({
      knex,
      entities: [
        modelEntity('churn', {
          features: [{ name: 'region', kind: 'categorical' }],
          minRecords: 300,
        }),
      ],
    });
    const regions = (codes: number[]) =>
      Array.from({ length: 300 }, (_, i) => ({
        features: { region: codes[i % codes.length] },
      }));
    const check = await checkAfter(server, base, {
      reference: regions([0, 0, 1, 2]),
      key: 'r',
      records: regions([2, 2, 1, 0]),
    });
    expect(check.body.result.features).toEqual([
      expect.objectContaining({
        name: 'region',
        kind: 'categorical',
        test: 'chisquare',
        decision: 'drift',
        population: { reference: 300, current: 300 },
      }),
    ]);
    const profiles = await request(server).get(`${base}/profiles`).expect(200);
    const region = profiles.body.features.find((f: any) => f.name === 'region');
    expect(region.kind).toBe('categorical');
    expect(
      region.histogram.current.reduce((a: number, b: number) => a + b),
    ).toBe(300);
  });

  it('does not monitor a model whose entity the MLModel schema rejects, and its 404 says why', async () => {
    const knex = await databases.init(databaseId);
    const broken = modelEntity('churn', {
      features: [
        { name: 'age', kind: 'numerical' },
        // stored before the schema refused an ordered test on categories
        { name: 'plan', kind: 'categorical', test: 'wasserstein' },
      ],
    });
    const { server } = await startAiopsBackend({ knex, entities: [broken] });
    const status = await request(server).get(`${base}/status`).expect(404);
    expect(status.body.error.message).toBe(
      "mlmodel:default/churn is not monitored: its spec does not match the MLModel schema (spec.monitoring.features[1].test: The 'wasserstein' test needs ordered numbers; a categorical feature takes chisquare, z, jensenshannon or psi)",
    );
    const fleet = await request(server).get('/api/aiops/v1/fleet').expect(200);
    expect(fleet.body.total).toBe(0);
  });

  it('answers 400 with the reason for a body over the limit its settings derive', async () => {
    const knex = await databases.init(databaseId);
    const { server } = await startAiopsBackend({
      knex,
      config: { ingest: { maxBatchRecords: 10, maxRecordBytes: 100 } },
    });
    const response = await request(server)
      .post(`${base}/records`)
      .send({ idempotencyKey: 'big', records: syntheticRecords(20) });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe(
      'The body is larger than the 1000 bytes this route accepts (aiops.ingest.maxBatchRecords × aiops.ingest.maxRecordBytes)',
    );
    const tooMany = await request(server)
      .post(`${base}/records`)
      .send({
        idempotencyKey: 'many',
        records: Array(11).fill({ features: {} }),
      });
    expect(tooMany.body.error.message).toBe(
      'request/body/records holds 11 records, at most 10 are accepted (aiops.ingest.maxBatchRecords)',
    );
    expect(await countRows(knex, 'aiops_ingest_batches')).toBe(0);
  });

  it('folds and checks features named __proto__ or constructor as data, and keeps serving', async () => {
    const knex = await databases.init(databaseId);
    const { server } = await startAiopsBackend({ knex });
    const body = (key: string) =>
      `{"idempotencyKey":"${key}","records":[${Array.from(
        { length: 20 },
        (_, i) =>
          `{"features":{"__proto__":${i},"constructor":"${
            i % 2 ? 'constructor' : '__proto__'
          }","age":${30 + i}},"prediction":${i % 2}}`,
      ).join(',')}]}`;
    for (const key of ['p1', 'p2']) {
      await request(server)
        .post(`${base}/records`)
        .set('Content-Type', 'application/json')
        .send(body(key))
        .expect(202);
    }
    const check = await request(server).post(`${base}/checks`).expect(201);
    expect(check.body.result.records.current).toBe(40);
    const profiles = await request(server).get(`${base}/profiles`).expect(200);
    expect(profiles.body.features.map((f: any) => f.name).sort()).toEqual([
      '__proto__',
      'age',
      'constructor',
    ]);
    expect(({} as Record<string, unknown>).count).toBeUndefined();
    await request(server)
      .post(`${base}/records`)
      .send({ idempotencyKey: 'after', records: syntheticRecords(5) })
      .expect(202);
  });

  it('reads flat records: the prediction, label and hallucination verdict under the declared names', async () => {
    const knex = await databases.init(databaseId);
    const { server } = await startAiopsBackend({
      knex,
      entities: [
        modelEntity('churn', {
          features: [{ name: 'age', kind: 'numerical' }],
          predictionField: 'churn_score',
          labelField: 'churned',
          llm: {
            hallucination: { judgeField: 'faithfulness', threshold: 0.7 },
          },
        }),
      ],
    });
    const records = Array.from({ length: 20 }, (_, i) => ({
      features: { age: 30 + i, churn_score: i / 20, churned: i % 2 === 0 },
      llm: { judgeScores: { faithfulness: i < 5 ? 0.2 : 0.9 } },
    }));
    await request(server)
      .post(`${base}/records`)
      .send({ idempotencyKey: 'flat', records })
      .expect(202);
    let profiles = await request(server).get(`${base}/profiles`);
    await eventually(async () => {
      profiles = await request(server).get(`${base}/profiles`);
      return profiles.body.current.records === 20;
    });
    expect(profiles.body.features.map((f: any) => f.name)).toEqual(['age']);
    expect(profiles.body.prediction.current.numeric.count).toBe(20);
    expect(profiles.body.current.llm).toMatchObject({
      judged: 20,
      hallucinations: 5,
    });
  });

  it('judges hallucinations by the judge label when the entity lists labels, by the score without one', async () => {
    const knex = await databases.init(databaseId);
    const { server } = await startAiopsBackend({
      knex,
      entities: [
        modelEntity('churn', {
          features: [{ name: 'age', kind: 'numerical' }],
          llm: {
            hallucination: {
              judgeField: 'groundedness',
              threshold: 0.5,
              labels: ['ungrounded', 'contradicted'],
            },
          },
        }),
      ],
    });
    // 6 labelled ungrounded or contradicted, 10 labelled grounded despite a low score
    // (the label wins), 4 with only a low score (the threshold decides)
    const labelOf = (i: number) => {
      if (i >= 6) return 'grounded';
      return i % 2 ? 'ungrounded' : 'contradicted';
    };
    const records = Array.from({ length: 20 }, (_, i) => ({
      features: { age: 30 + i },
      llm: {
        judgeScores: { groundedness: 0.1 },
        ...(i < 16 && {
          judgeLabels: { groundedness: labelOf(i) },
        }),
      },
    }));
    await request(server)
      .post(`${base}/records`)
      .send({ idempotencyKey: 'labels', records })
      .expect(202);
    let profiles: any;
    await eventually(async () => {
      profiles = await request(server).get(`${base}/profiles`);
      return profiles.body.current.records === 20;
    });
    expect(profiles.body.current.llm).toMatchObject({
      judged: 20,
      hallucinations: 10,
    });
  });

  it('shows in the profile comparison the windows the check reads', async () => {
    const knex = await databases.init(databaseId);
    const { server } = await startAiopsBackend({ knex });
    const now = Date.now();
    const hourStart = (t: number) => Math.floor(t / 3_600_000) * 3_600_000;
    // The oldest window of the 24 hours starts before now - 24h: only partly in range.
    const oldest = new Date(hourStart(now - 24 * 3_600_000)).toISOString();
    const records = syntheticRecords(40).map((r, i) =>
      i < 10 ? { ...r, timestamp: oldest } : r,
    );
    const check = await checkAfter(server, base, {
      reference: syntheticRecords(100),
      key: 'w',
      records: records,
    });
    const profiles = await request(server).get(`${base}/profiles`).expect(200);
    expect(check.body.result.records.current).toBe(40);
    expect(profiles.body.current.records).toBe(40);
    expect(profiles.body.window).toMatchObject({
      from: check.body.result.window.from,
      to: check.body.result.window.to,
    });
  });

  it('refuses a reference too small to judge against, or with both records and a window', async () => {
    const knex = await databases.init(databaseId);
    const { server } = await startAiopsBackend({ knex });
    const small = await request(server)
      .put(`${base}/reference`)
      .send({ records: syntheticRecords(2) });
    expect(small.status).toBe(400);
    expect(small.body.error.message).toBe(
      'The reference would hold 2 records; it needs at least 100 (aiops.ingest.minReferenceRecords)',
    );
    const both = await request(server)
      .put(`${base}/reference`)
      .send({
        records: syntheticRecords(200),
        pinWindow: { from: '2026-01-01T00:00:00Z', to: '2026-01-02T00:00:00Z' },
      });
    expect(both.body.error.message).toBe(
      'request/body must have either records (training data) or pinWindow (a production window)',
    );
    const badRecord = await request(server)
      .put(`${base}/reference`)
      .send({ records: [{ features: { a: 1 }, latencyMs: 'x' }] });
    // one path, not every branch of an either-or schema
    expect(badRecord.body.error.message).toBe(
      'request/body/records/0/latencyMs must be number',
    );
    expect(await countRows(knex, 'aiops_references')).toBe(0);
  });

  it('bounds a reference update by aiops.ingest.maxReferenceRecords', async () => {
    const knex = await databases.init(databaseId);
    const { server } = await startAiopsBackend({
      knex,
      config: {
        ingest: {
          maxBatchRecords: 100,
          maxReferenceRecords: 50,
          minReferenceRecords: 10,
        },
      },
    });
    const tooMany = await request(server)
      .put(`${base}/reference`)
      .send({ records: syntheticRecords(51) });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toContain('at most 50');
    await request(server)
      .put(`${base}/reference`)
      .send({ records: syntheticRecords(50) })
      .expect(200);
  });
});
