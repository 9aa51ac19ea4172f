import { createRouteRef } from '@backstage/core-plugin-api';

/** Route of the AI DevOps fleet page. */
export const rootRouteRef = createRouteRef({ id: 'aiops' });

/** Route of the Monitoring tab on MLModel entity pages. */
export const monitoringRouteRef = createRouteRef({ id: 'aiops:monitoring' });
