import { createRouteRef, createSubRouteRef } from '@backstage/core-plugin-api';

/** Route of the AI DevOps fleet page. */
export const rootRouteRef = createRouteRef({ id: 'aiops' });

/** Route of a model's printable compliance report, below the fleet page. */
export const reportRouteRef = createSubRouteRef({
  id: 'aiops:report',
  parent: rootRouteRef,
  path: '/reports/:namespace/:name',
});

/** Route of a system's printable compliance report (all its models), below the fleet page. */
export const systemReportRouteRef = createSubRouteRef({
  id: 'aiops:system-report',
  parent: rootRouteRef,
  path: '/system-reports/:namespace/:name',
});

/** Route of the Monitoring tab on MLModel entity pages. */
export const monitoringRouteRef = createRouteRef({ id: 'aiops:monitoring' });

/** Route of the Governance tab on MLModel entity pages. */
export const governanceRouteRef = createRouteRef({ id: 'aiops:governance' });

/** Route of the Runs tab on MLPipeline entity pages. */
export const pipelineRunsRouteRef = createRouteRef({
  id: 'aiops:pipeline-runs',
});

/** Route of the Retraining tab on MLModel entity pages. */
export const retrainingRouteRef = createRouteRef({ id: 'aiops:retraining' });

/** Route of the Audit tab on MLModel entity pages. */
export const auditRouteRef = createRouteRef({ id: 'aiops:audit' });
