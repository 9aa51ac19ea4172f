import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  DATABASE_IDS,
  createTestDatabases,
  startAiopsBackend,
  syntheticRecords,
} from '../__testUtils__/testBackend';
import { request } from '../__testUtils__/contractRequest';

jest.setTimeout(120_000);
const databases = createTestDatabases();
const base = '/api/aiops/v1/models/default/churn';

describe.each(DATABASE_IDS)('the audit trail routes on %s', databaseId => {
  it('pages, exports as JSON Lines and CSV, and verifies what people changed', async () => {
    const knex = await databases.init(databaseId);
    const { server, auditEvents } = await startAiopsBackend({ knex });
    await request(server)
      .put(`${base}/reference`)
      .send({ modelVersion: '3', records: syntheticRecords(150) })
      .expect(200);
    await request(server).post(`${base}/checks`).expect(201);

    const page = await request(server)
      .get('/api/aiops/v1/audit?limit=1')
      .expect(200);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.nextCursor).toBe(String(page.body.items[0].sequence));
    const rest = await request(server)
      .get(`/api/aiops/v1/audit?cursor=${page.body.nextCursor}&limit=100`)
      .expect(200);
    const actions = [...page.body.items, ...rest.body.items].map(
      (e: any) => e.action,
    );
    expect(actions).toEqual(
      expect.arrayContaining(['reference-set', 'check-run']),
    );
    const reference = [...page.body.items, ...rest.body.items].find(
      (e: any) => e.action === 'reference-set',
    );
    expect(reference).toMatchObject({
      actor: 'user:default/mock',
      entityRef: 'mlmodel:default/churn',
      details: { source: 'records', modelVersion: '3', recordCount: 150 },
    });

    const jsonl = await request(server)
      .get('/api/aiops/v1/audit?format=jsonl')
      .expect(200);
    expect(jsonl.headers['content-disposition']).toMatch(
      /^attachment; filename="aiops-audit-.*\.jsonl"$/,
    );
    const lines = jsonl.text
      .trim()
      .split('\n')
      .map(l => JSON.parse(l));
    expect(lines.map(l => l.sequence)).toEqual(lines.map((_, i) => i + 1));
    const csv = await request(server)
      .get('/api/aiops/v1/audit?format=csv')
      .expect(200);
    const [header, first] = csv.text.split('\n');
    expect(header).toBe(
      'sequence,time,actor,action,entityRef,details,prevHash,hash',
    );
    expect(first).toMatch(/^"1","[^"]+","[^"]+","[a-z-]+",/);

    const verify = await request(server)
      .get('/api/aiops/v1/audit/verify')
      .expect(200);
    expect(verify.body).toEqual({
      valid: true,
      entries: lines.length,
      firstInvalid: null,
      checkpoint: null,
    });
    expect(auditEvents).toContainEqual({
      eventId: 'audit-read',
      outcome: 'success',
    });
  });

  it('answers 400 for a bad filter and 403 without aiops.audit.read', async () => {
    const knex = await databases.init(databaseId);
    const { server } = await startAiopsBackend({
      knex,
      permission: name =>
        name === 'aiops.audit.read'
          ? AuthorizeResult.DENY
          : AuthorizeResult.ALLOW,
    });
    expect((await request(server).get('/api/aiops/v1/audit')).status).toBe(403);
    expect(
      (await request(server).get('/api/aiops/v1/audit/verify')).status,
    ).toBe(403);
    expect((await request(server).get(`${base}/report`)).status).toBe(403);
    const bad = await request(server).get('/api/aiops/v1/audit?format=xml');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('request/query/format');
  });
});
