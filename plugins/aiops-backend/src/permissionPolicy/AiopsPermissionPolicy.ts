import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  aiopsRecordsCreatePermission,
  aiopsRetrainingReportPermission,
} from '@unified-aiops/plugin-aiops-common';

/** What only services do: a model service's records, a pipeline's run reports. */
const SERVICE_ONLY = new Set([
  aiopsRecordsCreatePermission.name,
  aiopsRetrainingReportPermission.name,
]);

/**
 * A permission policy for portals that have none of their own yet: inference records are
 * posted by model services and retraining runs reported by their pipelines (service
 * principals, such as an external access token), never by people; every other decision
 * goes to `fallback` (allow, by default, as Backstage's allow-all policy does). An
 * organisation with its own policy writes the same rule there: deny
 * `aiops.records.create` and `aiops.retraining.report` when the request has a user.
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
    if (SERVICE_ONLY.has(request.permission.name)) {
      return { result: user ? AuthorizeResult.DENY : AuthorizeResult.ALLOW };
    }
    if (this.options.fallback) {
      return this.options.fallback.handle(request, user);
    }
    return { result: AuthorizeResult.ALLOW };
  }
}
