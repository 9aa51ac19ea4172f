/*
 * One backend instance for `yarn bench:ingest`: the real aiops plugin under
 * startTestBackend (mock auth, permissions allow, in-memory catalog with the benchmark
 * model) on the database given as a knex JSON config in argv[2]. Prints "listening <port>",
 * and "cpu <microseconds>" on SIGUSR2.
 */
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import knexFactory from 'knex';
import { aiopsPlugin } from '../src/plugin';
import { benchModelEntity } from './benchModel';

async function main() {
  const knex = knexFactory(JSON.parse(process.argv[2]));
  const backend = await startTestBackend({
    features: [
      aiopsPlugin,
      mockServices.database.factory({ knex }),
      mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
      catalogServiceMock.factory({ entities: [benchModelEntity()] }),
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
