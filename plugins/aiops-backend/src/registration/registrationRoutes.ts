import { NotFoundError } from '@backstage/errors';
import {
  aiopsModelReadPermission,
  aiopsModelRegisterPermission,
} from '@unified-aiops/plugin-aiops-common';
import { auditRequest } from '../http/auditRequest';
import { DomainRoutes, RouteContext } from '../http/createRouter';
import { readModel } from '../http/modelRequests';
import { modelRefOf } from '../models/ModelDirectory';
import {
  MODEL_REGISTER_ACTION,
  RegistrationService,
} from './RegistrationService';

const REGISTRATION = '/v1/models/:namespace/:name/registration';

/**
 * `PUT .../registration` (the `aiops:model:register` scaffolder action, on behalf of the
 * template's user) and `GET .../registration`.
 */
export function registrationRoutes(
  context: RouteContext & { registrations: RegistrationService },
): DomainRoutes {
  const { registrations } = context;
  return ({ router }) => {
    router.put(REGISTRATION, async (req, res) => {
      // The catalog may not hold the entity yet (the template registered its
      // catalog-info.yaml a moment ago), so this is not a change of a catalog model.
      const credentials = await context.authorizer.authorize(
        req,
        aiopsModelRegisterPermission,
      );
      const entityRef = modelRefOf(req.params.namespace, req.params.name);
      const { created, registration } = await auditRequest(
        context.auditor,
        req,
        {
          eventId: MODEL_REGISTER_ACTION,
          meta: { entityRef, templateRef: req.body.templateRef ?? null },
        },
        () => registrations.register(entityRef, req.body, credentials),
      );
      res.status(created ? 201 : 200).json(registration);
    });

    router.get(REGISTRATION, async (req, res) => {
      const model = await readModel(context, req, aiopsModelReadPermission);
      const registration = await registrations.get(model.modelRef);
      if (!registration) {
        throw new NotFoundError(
          `${model.modelRef} was not registered by a template`,
        );
      }
      res.json(registration);
    });
  };
}
