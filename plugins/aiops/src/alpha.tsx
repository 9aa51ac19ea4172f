import {
  ApiBlueprint,
  PageBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import {
  CatalogFilterBlueprint,
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import ScatterPlotIcon from '@material-ui/icons/ScatterPlot';
import {
  AiopsClient,
  MLMODEL_KIND,
  MLPIPELINE_KIND,
} from '@unified-aiops/plugin-aiops-common';
import { aiopsApiRef } from './api/AiopsApi';
import {
  auditRouteRef,
  governanceRouteRef,
  retrainingRouteRef,
  monitoringRouteRef,
  pipelineRunsRouteRef,
  reportRouteRef,
  rootRouteRef,
  systemReportRouteRef,
} from './routes';

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
      import('./components/AiopsRouter').then(m => (
        <m.AiopsRouter layout="content" />
      )),
  },
});

const modelOverviewCard = EntityCardBlueprint.make({
  name: 'model-overview',
  params: {
    filter: { kind: MLMODEL_KIND },
    loader: () =>
      import('./components/ModelOverviewCard').then(m => (
        <m.ModelOverviewCard />
      )),
  },
});

const pipelineOverviewCard = EntityCardBlueprint.make({
  name: 'pipeline-overview',
  params: {
    filter: { kind: MLPIPELINE_KIND },
    loader: () =>
      import('./components/PipelineOverviewCard').then(m => (
        <m.PipelineOverviewCard />
      )),
  },
});

const monitoringContent = EntityContentBlueprint.make({
  name: 'monitoring',
  params: {
    path: 'monitoring',
    title: 'Monitoring',
    filter: { kind: MLMODEL_KIND },
    routeRef: convertLegacyRouteRef(monitoringRouteRef),
    loader: () =>
      import('./components/MonitoringContent').then(m => (
        <m.MonitoringContent />
      )),
  },
});

const governanceContent = EntityContentBlueprint.make({
  name: 'governance',
  params: {
    path: 'governance',
    title: 'Governance',
    filter: { kind: MLMODEL_KIND },
    routeRef: convertLegacyRouteRef(governanceRouteRef),
    loader: () =>
      import('./components/GovernanceContent').then(m => (
        <m.GovernanceContent />
      )),
  },
});

const retrainingContent = EntityContentBlueprint.make({
  name: 'retraining',
  params: {
    path: 'retraining',
    title: 'Retraining',
    filter: { kind: MLMODEL_KIND },
    routeRef: convertLegacyRouteRef(retrainingRouteRef),
    loader: () =>
      import('./components/RetrainingContent').then(m => (
        <m.RetrainingContent />
      )),
  },
});

const pipelineRunsContent = EntityContentBlueprint.make({
  name: 'pipeline-runs',
  params: {
    path: 'runs',
    title: 'Runs',
    filter: { kind: MLPIPELINE_KIND },
    routeRef: convertLegacyRouteRef(pipelineRunsRouteRef),
    loader: () =>
      import('./components/PipelineRunsContent').then(m => (
        <m.PipelineRunsContent />
      )),
  },
});

const auditContent = EntityContentBlueprint.make({
  name: 'audit',
  params: {
    path: 'audit',
    title: 'Audit',
    filter: { kind: MLMODEL_KIND },
    routeRef: convertLegacyRouteRef(auditRouteRef),
    loader: () =>
      import('./components/AuditContent').then(m => <m.AuditContent />),
  },
});

const driftStatusFilter = CatalogFilterBlueprint.make({
  name: 'drift-status',
  params: {
    loader: () =>
      import('./components/StatusLabelPicker').then(m => (
        <m.DriftStatusPicker />
      )),
  },
});

const governanceStatusFilter = CatalogFilterBlueprint.make({
  name: 'governance-status',
  params: {
    loader: () =>
      import('./components/StatusLabelPicker').then(m => (
        <m.GovernanceStatusPicker />
      )),
  },
});

export { aiopsCatalogModule } from './catalogStatusColumnsModule';

/** The AI DevOps plugin for the new frontend system. */
export default createFrontendPlugin({
  pluginId: 'aiops',
  info: { packageJson: () => import('../package.json') },
  routes: {
    root: convertLegacyRouteRef(rootRouteRef),
    report: convertLegacyRouteRef(reportRouteRef),
    systemReport: convertLegacyRouteRef(systemReportRouteRef),
    monitoring: convertLegacyRouteRef(monitoringRouteRef),
    governance: convertLegacyRouteRef(governanceRouteRef),
    retraining: convertLegacyRouteRef(retrainingRouteRef),
    pipelineRuns: convertLegacyRouteRef(pipelineRunsRouteRef),
    audit: convertLegacyRouteRef(auditRouteRef),
  },
  extensions: [
    aiopsApi,
    fleetPage,
    modelOverviewCard,
    pipelineOverviewCard,
    monitoringContent,
    governanceContent,
    retrainingContent,
    pipelineRunsContent,
    auditContent,
    driftStatusFilter,
    governanceStatusFilter,
  ],
});
