import { createRouteRef } from '@backstage/core-plugin-api';

/** Route of the AI DevOps fleet page. */
export const rootRouteRef = createRouteRef({ id: 'aiops' });
