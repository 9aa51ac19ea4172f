/*
 * One backend instance for `yarn bench:ingest`, `yarn bench:otlp` and the kill -9 durability test: the real
 * aiops plugin under startTestBackend (mock auth, permissions allow, in-memory catalog with
 * the benchmark model) and the real database service, configured by the `backend.database`
 * JSON in argv[2] and, optionally, `aiops` settings in argv[3] (JSON). Prints "listening
 * <port>", and "cpu <microseconds>" on SIGUSR2.
 * Started through startIngestServer.
 */
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { aiopsPlugin } from '../src/plugin';
import { benchLlmEntity, benchModelEntity } from './benchModel';

async function main() {
  const backend = await startTestBackend({
    features: [
      aiopsPlugin,
      mockServices.rootConfig.factory({
        data: {
          backend: { database: JSON.parse(process.argv[2]) },
          ...(process.argv[3] && { aiops: JSON.parse(process.argv[3]) }),
        },
      }),
      mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
      catalogServiceMock.factory({
        entities: [benchModelEntity(), benchLlmEntity()],
      }),
      createServiceFactory({
        service: notificationService,
        deps: {},
        factory: () => ({ send: async () => {} }),
      }),
      createServiceFactory({
        service: eventsServiceRef,
        deps: {},
        factory: () => ({
          publish: async () => {},
          subscribe: async () => {},
        }),
      }),
    ],
  });
  process.stdout.write(`listening ${backend.server.port()}\n`);
  // The benchmark asks for the CPU time spent so far (all threads: GC and libuv too).
  process.on('SIGUSR2', () => {
    const { user, system } = process.cpuUsage();
    process.stdout.write(`cpu ${user + system}\n`);
  });
  process.on('SIGTERM', () => {
    backend.stop().finally(() => process.exit(0));
  });
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
