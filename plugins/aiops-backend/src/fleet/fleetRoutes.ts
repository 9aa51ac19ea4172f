import { aiopsModelReadPermission } from '@unified-aiops/plugin-aiops-common';
import { DomainRoutes, RouteContext } from '../http/createRouter';
import { FleetService } from './FleetService';

/** The fleet page's summary and the catalog module's batched status look-up. */
export function fleetRoutes(
  context: Pick<RouteContext, 'authorizer'> & { fleet: FleetService },
): DomainRoutes {
  const { authorizer, fleet } = context;
  return ({ router }) => {
    router.get('/v1/fleet', async (req, res) => {
      const credentials = await authorizer.authorize(
        req,
        aiopsModelReadPermission,
      );
      res.json(await fleet.summary(credentials));
    });

    router.post('/v1/status/batch', async (req, res) => {
      const credentials = await authorizer.authorize(
        req,
        aiopsModelReadPermission,
      );
      res.json({
        items: await fleet.statuses(req.body.entityRefs, credentials),
      });
    });
  };
}
