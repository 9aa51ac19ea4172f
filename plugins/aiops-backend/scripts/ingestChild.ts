/*
 * The plugin's ingest path (IngestService → BatchStore → BatchFolder) over an SQLite file,
 * served on a random port, for the kill -9 durability test. Prints "listening <port>".
 * Usage: node --require @backstage/cli/config/nodeTransform.cjs scripts/ingestChild.ts <db file>
 */
import { DEFAULT_PROFILE_LIMITS } from '@unified-aiops/plugin-aiops-common';
import express from 'express';
import knexFactory from 'knex';
import path from 'path';
import { BatchStore } from '../src/ingest/BatchStore';
import { IngestService } from '../src/ingest/IngestService';
import { BatchFolder } from '../src/profiles/BatchFolder';
import { ProfileStore } from '../src/profiles/ProfileStore';

async function main() {
  const knex = knexFactory({
    client: 'better-sqlite3',
    connection: { filename: process.argv[2] },
    useNullAsDefault: true,
  });
  await knex.migrate.latest({
    directory: path.resolve(__dirname, '../migrations'),
  });
  const batches = BatchStore.create({ knex });
  const profiles = ProfileStore.create({
    knex,
    limits: DEFAULT_PROFILE_LIMITS,
  });
  const logger = { warn: console.warn } as any;
  const folder = BatchFolder.create({
    knex,
    batches,
    profiles,
    models: { categoricalFeatures: async () => new Set<string>() },
    logger,
    windowMinutes: 60,
    limits: DEFAULT_PROFILE_LIMITS,
    batchSize: 50,
  });
  await folder.foldPending(); // what the startup run of the fold task does
  const ingest = IngestService.create({
    batches,
    maxBatchRecords: 10_000,
    retentionDays: 30,
    onAccepted: () => folder.trigger(),
  });
  const app = express();
  app.use(express.json({ limit: '50mb' }));
  app.post('/records', async (req, res) => {
    const answer = await ingest.ingest({
      modelRef: 'mlmodel:default/durable',
      idempotencyKey: req.body.idempotencyKey,
      records: req.body.records,
      body: JSON.stringify(req.body),
    });
    res.status(answer.status).json(answer.body);
  });
  const server = app.listen(0, () => {
    process.stdout.write(`listening ${(server.address() as any).port}\n`);
  });
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
