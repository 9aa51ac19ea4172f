import {
  createApiFactory,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { AiopsClient } from '@unified-aiops/plugin-aiops-common';
import { aiopsApiRef } from './api/AiopsApi';
import { rootRouteRef } from './routes';

/** The AI DevOps plugin for the legacy frontend system. */
export const aiopsPlugin = createPlugin({
  id: 'aiops',
  apis: [
    createApiFactory({
      api: aiopsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new AiopsClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: { root: rootRouteRef },
});

/** The fleet page, mounted for example at `/aiops`. */
export const AiopsPage = aiopsPlugin.provide(
  createRoutableExtension({
    name: 'AiopsPage',
    component: () =>
      import('./components/FleetPage').then(m => m.FleetPage),
    mountPoint: rootRouteRef,
  }),
);
