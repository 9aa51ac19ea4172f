/*
 * One real backend process for killRestart.test.ts, built as packages/backend builds the
 * portal's: createBackend() from @backstage/backend-defaults with the aiops plugin and the
 * local retraining runner module. The root config (--config), database (an SQLite file
 * per plugin), auth (static external access tokens), HTTP auth, permissions, scheduler,
 * discovery and HTTP server are the real ones; only the catalog (the entities in the JSON
 * file named by argv[2]), notifications and events are stand-ins. Started by
 * startChildBackend in childBackendProcess.ts, run with the CLI's node transform.
 */
import { createBackend } from '@backstage/backend-defaults';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import fs from 'node:fs';
import { aiopsPlugin } from '../../plugin';
import { aiopsModuleLocalRunner } from '../runners/modules';

const entities: Entity[] = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));

const backend = createBackend();
backend.add(aiopsPlugin);
backend.add(aiopsModuleLocalRunner);
backend.add(catalogServiceMock.factory({ entities }));
backend.add(
  createServiceFactory({
    service: notificationService,
    deps: {},
    factory: () => ({ send: async () => {} }),
  }),
);
backend.add(
  createServiceFactory({
    service: eventsServiceRef,
    deps: {},
    factory: () => ({
      publish: async () => {},
      subscribe: async () => {},
    }),
  }),
);
backend.start().catch(error => {
  console.error(error);
  process.exit(1);
});
