import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { aiopsRecordsCreatePermission } from '@unified-aiops/plugin-aiops-common';

/**
 * A permission policy for portals that have none of their own yet: inference records are
 * posted by model services (service principals, such as an external access token), never
 * by people; every other decision goes to `fallback` (allow, by default, as Backstage's
 * allow-all policy does). An organisation with its own policy writes the same rule there:
 * deny `aiops.records.create` when the request has a user.
 *
 * @public
 */
export class AiopsPermissionPolicy implements PermissionPolicy {
  constructor(
    private readonly options: {
      /** Decides every permission but posting inference records. */
      fallback?: PermissionPolicy;
    } = {},
  ) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (request.permission.name === aiopsRecordsCreatePermission.name) {
      return { result: user ? AuthorizeResult.DENY : AuthorizeResult.ALLOW };
    }
    if (this.options.fallback) {
      return this.options.fallback.handle(request, user);
    }
    return { result: AuthorizeResult.ALLOW };
  }
}
