/*
 * Demo wiring only: streams realistic traffic for the example models when
 * `aiops.demo.enabled` is true (app-config.yaml), never in production config.
 */
import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { DemoTrafficSimulator } from './DemoTrafficSimulator';
import { demoModels } from './demoModels';

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
      },
      async init({ config, logger, discovery, scheduler, lifecycle }) {
        const demo = config.getOptionalConfig('aiops.demo');
        if (!demo?.getOptionalBoolean('enabled')) return;
        const log = logger.child({ task: 'aiops-demo-traffic' });
        const intervalSeconds = demo.getOptionalNumber('intervalSeconds') ?? 5;

        lifecycle.addStartupHook(async () => {
          const simulator = new DemoTrafficSimulator(
            demoModels,
            {
              baseUrl: await discovery.getBaseUrl('aiops'),
              token: demo.getString('token'),
              driftAfterSeconds:
                demo.getOptionalNumber('driftAfterSeconds') ?? 90,
              recordsPerTick: demo.getOptionalNumber('recordsPerTick') ?? 40,
              referenceRecords:
                demo.getOptionalNumber('referenceRecords') ?? 2000,
            },
            log,
          );
          log.info(
            `Streaming demo traffic for ${demoModels.length} models every ${intervalSeconds}s; ` +
              `drift starts after ${
                demo.getOptionalNumber('driftAfterSeconds') ?? 90
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
