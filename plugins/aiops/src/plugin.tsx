import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { AiopsClient } from '@unified-aiops/plugin-aiops-common';
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
  routes: {
    root: rootRouteRef,
    report: reportRouteRef,
    systemReport: systemReportRouteRef,
    monitoring: monitoringRouteRef,
    governance: governanceRouteRef,
    retraining: retrainingRouteRef,
    pipelineRuns: pipelineRunsRouteRef,
    audit: auditRouteRef,
  },
});

/** The fleet page with the models' compliance reports below it, mounted for example at `/aiops`. */
export const AiopsPage = aiopsPlugin.provide(
  createRoutableExtension({
    name: 'AiopsPage',
    component: () =>
      import('./components/AiopsRouter').then(m => () => (
        <m.AiopsRouter layout="page" />
      )),
    mountPoint: rootRouteRef,
  }),
);

/** Overview card for MLModel entity pages: status, risk, lineage, monitoring. */
export const EntityModelOverviewCard = aiopsPlugin.provide(
  createComponentExtension({
    name: 'EntityModelOverviewCard',
    component: {
      lazy: () =>
        import('./components/ModelOverviewCard').then(m => m.ModelOverviewCard),
    },
  }),
);

/** Overview card for MLPipeline entity pages: runner and the models it produces. */
export const EntityPipelineOverviewCard = aiopsPlugin.provide(
  createComponentExtension({
    name: 'EntityPipelineOverviewCard',
    component: {
      lazy: () =>
        import('./components/PipelineOverviewCard').then(
          m => m.PipelineOverviewCard,
        ),
    },
  }),
);

/** Monitoring tab for MLModel entity pages: drift per feature, distributions, history. */
export const EntityMonitoringContent = aiopsPlugin.provide(
  createRoutableExtension({
    name: 'EntityMonitoringContent',
    component: () =>
      import('./components/MonitoringContent').then(m => m.MonitoringContent),
    mountPoint: monitoringRouteRef,
  }),
);

/** Governance tab for MLModel entity pages: checks, waivers, approvals, gate history. */
export const EntityGovernanceContent = aiopsPlugin.provide(
  createRoutableExtension({
    name: 'EntityGovernanceContent',
    component: () =>
      import('./components/GovernanceContent').then(m => m.GovernanceContent),
    mountPoint: governanceRouteRef,
  }),
);

/** Retraining tab for MLModel entity pages: runs, champion vs challenger, approval, rollback. */
export const EntityRetrainingContent = aiopsPlugin.provide(
  createRoutableExtension({
    name: 'EntityRetrainingContent',
    component: () =>
      import('./components/RetrainingContent').then(m => m.RetrainingContent),
    mountPoint: retrainingRouteRef,
  }),
);

/** Runs tab for MLPipeline entity pages: its runs across the models it retrains. */
export const EntityPipelineRunsContent = aiopsPlugin.provide(
  createRoutableExtension({
    name: 'EntityPipelineRunsContent',
    component: () =>
      import('./components/PipelineRunsContent').then(
        m => m.PipelineRunsContent,
      ),
    mountPoint: pipelineRunsRouteRef,
  }),
);

/** Audit tab for MLModel entity pages: the model's trail and the chain's verification. */
export const EntityAuditContent = aiopsPlugin.provide(
  createRoutableExtension({
    name: 'EntityAuditContent',
    component: () =>
      import('./components/AuditContent').then(m => m.AuditContent),
    mountPoint: auditRouteRef,
  }),
);
