/*
 * Processor overhead per entity: 10,000 MLModel entities through preProcessEntity
 * (status labels), validateEntityKind (zod) and postProcessEntity (relations).
 * Run from the repo root with `yarn bench:catalog`. Prints numbers; not part of the tests.
 */
import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import os from 'node:os';
import { AiopsEntitiesProcessor } from '../src/processor/AiopsEntitiesProcessor';
import { BatchedStatusCache } from '../src/status/BatchedStatusCache';
import { ModelStatusSource } from '../src/status/ModelStatusSource';

const ENTITIES = 10_000;
const ROUNDS = 5;
const location = { type: 'file', target: 'bench.yaml' };

function model(i: number): Entity {
  return {
    apiVersion: 'aiops.dev/v1alpha1',
    kind: 'MLModel',
    metadata: { name: `model-${i}`, labels: { team: 'bench' } },
    spec: {
      type: 'classification',
      lifecycle: 'production',
      owner: `group:default/team-${i % 50}`,
      system: `system-${i % 20}`,
      riskTier: 'limited',
      trainedBy: `pipeline-${i}`,
      servedBy: [`service-${i}`],
      dependsOn: [`dataset-${i}`],
      monitoring: {
        features: [
          { name: 'tenure_months', kind: 'numerical' },
          { name: 'monthly_charges', kind: 'numerical' },
          { name: 'support_calls', kind: 'numerical' },
          { name: 'contract_type', kind: 'categorical' },
          { name: 'payment_method', kind: 'categorical' },
        ],
        predictionField: 'churn_probability',
        latencySloMs: 150,
      },
    },
  };
}

const silentLogger: LoggerService = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  child: () => silentLogger,
};

async function main() {
  let requests = 0;
  const source: ModelStatusSource = {
    async getStatuses(refs) {
      requests += 1;
      // A backend round trip.
      await new Promise(resolve => setTimeout(resolve, 5));
      return new Map(
        refs.map(ref => [
          ref,
          { driftStatus: 'ok', governanceStatus: 'compliant' },
        ]),
      );
    },
  };
  const statuses = new BatchedStatusCache({
    source,
    logger: silentLogger,
    ttlMs: 10 * 60_000,
  });
  const processor = AiopsEntitiesProcessor.create({ statuses });
  const entities = Array.from({ length: ENTITIES }, (_, i) => model(i));
  let relations = 0;
  const emit = () => {
    relations += 1;
  };

  async function processAll() {
    const start = process.hrtime.bigint();
    // The catalog processes entities concurrently; a cold cache batches them.
    await Promise.all(
      entities.map(async entity => {
        const pre = await processor.preProcessEntity(entity);
        await processor.validateEntityKind(pre);
        await processor.postProcessEntity(pre, location, emit);
      }),
    );
    return Number(process.hrtime.bigint() - start) / 1e6;
  }

  const coldMs = await processAll();
  const coldRequests = requests;
  const warm: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    warm.push(await processAll());
  }
  warm.sort((a, b) => a - b);
  const medianMs = warm[Math.floor(warm.length / 2)];

  const perEntity = (ms: number) => (ms / ENTITIES).toFixed(4);
  process.stdout.write(
    [
      `catalog processor bench: ${ENTITIES} MLModel entities, node ${
        process.version
      }, ${os.cpus().length} cpus`,
      `cold cache: ${coldMs.toFixed(0)} ms total, ${perEntity(
        coldMs,
      )} ms/entity, ${coldRequests} status requests`,
      `warm cache: median of ${ROUNDS} rounds ${medianMs.toFixed(
        0,
      )} ms total, ${perEntity(medianMs)} ms/entity (best ${perEntity(
        warm[0],
      )}, worst ${perEntity(warm[warm.length - 1])})`,
      `status requests after warm rounds: ${requests - coldRequests}`,
      `relations emitted per entity: ${relations / (ENTITIES * (ROUNDS + 1))}`,
      `goal < 0.2 ms/entity: ${medianMs / ENTITIES < 0.2 ? 'met' : 'NOT met'}`,
      '',
    ].join('\n'),
  );
}

main().catch(error => {
  process.stderr.write(`${error}\n`);
  process.exit(1);
});
