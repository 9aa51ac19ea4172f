import { InputError } from '@backstage/errors';
import {
  MLMODEL_KIND,
  aiopsAuditReadPermission,
  normalizeEntityRef,
} from '@unified-aiops/plugin-aiops-common';
import { auditRequest } from '../http/auditRequest';
import { DomainRoutes, RouteContext } from '../http/createRouter';
import { auditEntryCsv, AUDIT_CSV_HEADER } from './auditCsv';

/** Reading, exporting and verifying the audit trail (itself an audited, sensitive read). */
export function auditRoutes(
  context: Pick<RouteContext, 'authorizer' | 'auditor' | 'trail'>,
): DomainRoutes {
  const { authorizer, auditor, trail } = context;
  return ({ router }) => {
    router.get('/v1/audit', async (req, res) => {
      await authorizer.authorize(req, aiopsAuditReadPermission);
      const { entityRef, from, to, cursor, limit } = req.query;
      const format = req.query.format ?? 'json';
      let modelRef: string | undefined;
      try {
        modelRef = entityRef
          ? normalizeEntityRef(entityRef, { defaultKind: MLMODEL_KIND })
          : undefined;
      } catch {
        throw new InputError(
          `request/query/entityRef: ${JSON.stringify(
            entityRef,
          )} is not an entity ref`,
        );
      }
      const filter = { entityRef: modelRef, from, to };
      await auditRequest(
        auditor,
        req,
        { eventId: 'audit-read', meta: { ...filter, format } },
        async () => {
          if (format === 'json') {
            const page = await trail.page(filter, Number(cursor ?? 0), limit!);
            res.json({
              items: page.items,
              nextCursor: page.more
                ? String(page.items[page.items.length - 1].sequence)
                : null,
            });
            return;
          }
          const name = `aiops-audit-${new Date().toISOString().slice(0, 10)}`;
          res.status(200);
          res.setHeader(
            'Content-Type',
            format === 'csv'
              ? 'text/csv; charset=utf-8'
              : 'application/x-ndjson',
          );
          res.setHeader(
            'Content-Disposition',
            `attachment; filename="${name}.${format}"`,
          );
          if (format === 'csv') res.write(`${AUDIT_CSV_HEADER}\n`);
          for await (const entry of trail.entries(filter)) {
            res.write(
              `${
                format === 'csv' ? auditEntryCsv(entry) : JSON.stringify(entry)
              }\n`,
            );
          }
          res.end();
        },
      );
    });

    router.get('/v1/audit/verify', async (req, res) => {
      await authorizer.authorize(req, aiopsAuditReadPermission);
      res.json(
        await auditRequest(
          auditor,
          req,
          { eventId: 'audit-verify', meta: {} },
          () => trail.verify(),
        ),
      );
    });
  };
}
