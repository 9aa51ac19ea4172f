import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { aiopsModelReadPermission } from '@unified-aiops/plugin-aiops-common';
import express from 'express';
import Router from 'express-promise-router';
import { FleetService } from '../fleet/FleetService';

/** Dependencies of the REST API, built in plugin.ts. */
export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  fleet: FleetService;
}

/** The REST API of the aiops backend plugin: thin, it authorizes and delegates. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, permissions, fleet } = options;
  const router = Router();
  router.use(express.json({ limit: '10mb' }));

  router.get('/v1/fleet', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const [decision] = await permissions.authorize(
      [{ permission: aiopsModelReadPermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError('Reading the model fleet is not allowed');
    }
    res.json(await fleet.summary(credentials));
  });

  return router;
}
