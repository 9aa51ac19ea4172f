import { AuditorService } from '@backstage/backend-plugin-api';
import { AnyRequest } from './RequestAuthorizer';

/** What an audit event carries besides its id and request. */
export type AuditMeta = Parameters<AuditorService['createEvent']>[0]['meta'];

/**
 * Runs the work of a request as one audit event: `success` when it returns, `fail` with
 * the error (rethrown, so the route answers it) when it throws.
 */
export async function auditRequest<T>(
  auditor: AuditorService,
  req: AnyRequest,
  event: { eventId: string; meta: AuditMeta },
  work: () => Promise<T>,
): Promise<T> {
  const audit = await auditor.createEvent({
    eventId: event.eventId,
    request: req,
    severityLevel: 'medium',
    meta: event.meta,
  });
  try {
    const result = await work();
    await audit.success();
    return result;
  } catch (error) {
    await audit.fail({ error: error as Error });
    throw error;
  }
}
