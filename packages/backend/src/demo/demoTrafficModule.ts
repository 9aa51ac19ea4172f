/*
 * Demo wiring only: streams realistic traffic for the example models when
 * `aiops.demo.enabled` is true (app-config.yaml), never in production config.
 */
import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { AiopsClient } from '@unified-aiops/plugin-aiops-common';
import { DemoTrafficSimulator } from './DemoTrafficSimulator';
import { KserveDemoSink } from './DemoKserveSink';
import { DemoServiceMetrics } from './DemoServiceMetrics';
import { OtlpDemoSpanSink } from './DemoSpanSink';
import { demoModels } from './demoModels';
import fs from 'node:fs';
import path from 'node:path';

/** The example models' cards, as their repositories would hold them, by model name. */
function readModelCards(dir: string): Record<string, string> {
  const folder = path.resolve(dir);
  return Object.fromEntries(
    fs
      .readdirSync(folder)
      .filter(file => file.endsWith('.md'))
      .map(file => [
        file.slice(0, -3),
        fs.readFileSync(path.join(folder, file), 'utf8'),
      ]),
  );
}

export default createBackendModule({
  pluginId: 'aiops',
  moduleId: 'demo-traffic',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        discovery: coreServices.discovery,
        scheduler: coreServices.scheduler,
        lifecycle: coreServices.lifecycle,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
      },
      async init({
        config,
        logger,
        discovery,
        scheduler,
        lifecycle,
        auth,
        catalog,
      }) {
        const demo = config.getOptionalConfig('aiops.demo');
        if (!demo?.getOptionalBoolean('enabled')) return;
        const log = logger.child({ task: 'aiops-demo-traffic' });
        const intervalSeconds = demo.getOptionalNumber('intervalSeconds') ?? 5;

        // the served models' metrics, for the demo's Prometheus (scripts/demo-prometheus.sh)
        const metricsConfig = demo.getOptionalConfig('metrics');
        const metrics = metricsConfig
          ? new DemoServiceMetrics({
              host: metricsConfig.getOptionalString('host') ?? '127.0.0.1',
              port: metricsConfig.getNumber('port'),
            })
          : undefined;
        lifecycle.addShutdownHook(async () => {
          await metrics?.stop();
        });

        lifecycle.addStartupHook(async () => {
          const token = demo.getString('token');
          // the public API with a static token, exactly as a model service posts
          const client = new AiopsClient({
            discoveryApi: discovery,
            fetchApi: {
              fetch: (input, init) => {
                const headers = new Headers(init?.headers);
                headers.set('Authorization', `Bearer ${token}`);
                return fetch(input, { ...init, headers });
              },
            },
          });
          const simulator = new DemoTrafficSimulator(
            demoModels,
            {
              modelCards: readModelCards(
                demo.getOptionalString('modelCardsDir') ??
                  '../../examples/model-cards',
              ),
              driftAfterSeconds:
                demo.getOptionalNumber('driftAfterSeconds') ?? 60,
              recordsPerTick: demo.getOptionalNumber('recordsPerTick') ?? 100,
              referenceRecords:
                demo.getOptionalNumber('referenceRecords') ?? 2000,
              retrainAtStart:
                demo.getOptionalStringArray('retrainAtStart') ?? [],
              knownModels: async names => {
                const { items } = await catalog.getEntitiesByRefs(
                  { entityRefs: names.map(n => `mlmodel:default/${n}`) },
                  { credentials: await auth.getOwnServiceCredentials() },
                );
                return new Set(
                  items.flatMap(entity =>
                    entity ? [entity.metadata.name] : [],
                  ),
                );
              },
            },
            log,
            client,
            new OtlpDemoSpanSink({
              otlpUrl: `${await discovery.getBaseUrl('aiops')}/v1/otlp`,
              token,
            }),
            metrics,
            new KserveDemoSink({
              url: `${await discovery.getBaseUrl('aiops')}/v1/kserve/events`,
              token,
            }),
          );
          log.info(
            `Streaming demo traffic for ${demoModels.length} models every ${intervalSeconds}s; ` +
              `drift starts after ${
                demo.getOptionalNumber('driftAfterSeconds') ?? 60
              }s`,
          );
          await scheduler.scheduleTask({
            id: 'aiops-demo-traffic',
            scope: 'local',
            frequency: { seconds: intervalSeconds },
            timeout: { seconds: 60 },
            fn: () => simulator.tick(),
          });
        });
      },
    });
  },
});
