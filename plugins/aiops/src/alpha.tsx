import {
  ApiBlueprint,
  PageBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import ScatterPlotIcon from '@material-ui/icons/ScatterPlot';
import { AiopsClient } from '@unified-aiops/plugin-aiops-common';
import { aiopsApiRef } from './api/AiopsApi';
import { rootRouteRef } from './routes';

const aiopsApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: aiopsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new AiopsClient({ discoveryApi, fetchApi }),
    }),
});

const fleetPage = PageBlueprint.make({
  params: {
    path: '/aiops',
    title: 'AI DevOps',
    icon: <ScatterPlotIcon />,
    routeRef: convertLegacyRouteRef(rootRouteRef),
    loader: () =>
      import('./components/FleetPage').then(m => <m.FleetContent />),
  },
});

/** The AI DevOps plugin for the new frontend system. */
export default createFrontendPlugin({
  pluginId: 'aiops',
  info: { packageJson: () => import('../package.json') },
  routes: { root: convertLegacyRouteRef(rootRouteRef) },
  extensions: [aiopsApi, fleetPage],
});
