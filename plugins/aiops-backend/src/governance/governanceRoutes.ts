import { InputError } from '@backstage/errors';
import {
  MLMODEL_KIND,
  aiopsAuditReadPermission,
  aiopsGateEvaluatePermission,
  aiopsGovernanceWaivePermission,
  aiopsModelReadPermission,
  aiopsPromotionApprovePermission,
  aiopsWaiverCreatePermission,
  normalizeEntityRef,
} from '@unified-aiops/plugin-aiops-common';
import { actorOf } from '../audit/actorOf';
import { auditRequest } from '../http/auditRequest';
import { DomainRoutes, RouteContext } from '../http/createRouter';
import { changeModel, readModel } from '../http/modelRequests';
import { ApprovalService } from './ApprovalService';
import { ComplianceReportService } from './ComplianceReportService';
import { GateService } from './GateService';
import { GateStore } from './GateStore';
import { GovernanceService } from './GovernanceService';
import { WaiverService } from './WaiverService';

const MODEL = '/v1/models/:namespace/:name';

/** Governance, the CI gate, waivers, approvals, compliance reports and the portfolio. */
export function governanceRoutes(
  context: RouteContext & {
    governance: GovernanceService;
    gate: GateService;
    gates: GateStore;
    waivers: WaiverService;
    approvals: ApprovalService;
    reports: ComplianceReportService;
  },
): DomainRoutes {
  const { authorizer, auditor, models, governance, gate, gates } = context;
  const { waivers, approvals, reports } = context;
  return ({ router }) => {
    router.get(`${MODEL}/governance`, async (req, res) => {
      const model = await readModel(context, req, aiopsModelReadPermission);
      res.json(await governance.current(model));
    });

    router.get(`${MODEL}/gates`, async (req, res) => {
      const model = await readModel(context, req, aiopsModelReadPermission);
      res.json({ items: await gates.list(model.modelRef, req.query.limit!) });
    });

    router.post('/v1/gate', async (req, res) => {
      const credentials = await authorizer.authorize(
        req,
        aiopsGateEvaluatePermission,
      );
      const { entityRef, modelVersion, dryRun } = req.body;
      let modelRef: string;
      try {
        modelRef = normalizeEntityRef(entityRef, { defaultKind: MLMODEL_KIND });
      } catch {
        throw new InputError(
          `request/body/entityRef: ${JSON.stringify(
            entityRef,
          )} is not an entity ref`,
        );
      }
      const decision = await auditRequest(
        auditor,
        req,
        {
          eventId: 'gate-evaluate',
          meta: { entityRef: modelRef, modelVersion, dryRun: Boolean(dryRun) },
        },
        async () =>
          gate.decide(
            await models.require(modelRef, credentials),
            req.body,
            actorOf(credentials),
          ),
      );
      res.json(decision);
    });

    router.get(`${MODEL}/waivers`, async (req, res) => {
      const model = await readModel(context, req, aiopsModelReadPermission);
      res.json({ items: await waivers.list(model) });
    });

    router.post(`${MODEL}/waivers`, async (req, res) => {
      const waiver = await changeModel(
        context,
        req,
        {
          permission: aiopsWaiverCreatePermission,
          eventId: 'waiver-request',
          meta: { checkId: req.body.checkId },
        },
        (model, credentials) =>
          waivers.request(model, req.body, actorOf(credentials)),
      );
      res.status(201).json(waiver);
    });

    router.post(`${MODEL}/waivers/:waiverId/approve`, async (req, res) => {
      res.json(
        await changeModel(
          context,
          req,
          {
            permission: aiopsGovernanceWaivePermission,
            eventId: 'waiver-approve',
            meta: { waiverId: req.params.waiverId },
          },
          (model, credentials) =>
            waivers.approve(model, req.params.waiverId, actorOf(credentials)),
        ),
      );
    });

    router.delete(`${MODEL}/waivers/:waiverId`, async (req, res) => {
      res.json(
        await changeModel(
          context,
          req,
          {
            permission: aiopsGovernanceWaivePermission,
            eventId: 'waiver-revoke',
            meta: { waiverId: req.params.waiverId },
          },
          (model, credentials) =>
            waivers.revoke(model, req.params.waiverId, actorOf(credentials)),
        ),
      );
    });

    router.get(`${MODEL}/approvals`, async (req, res) => {
      const model = await readModel(context, req, aiopsModelReadPermission);
      res.json({ items: await approvals.list(model) });
    });

    router.post(`${MODEL}/approvals`, async (req, res) => {
      const approval = await changeModel(
        context,
        req,
        {
          permission: aiopsPromotionApprovePermission,
          eventId: 'approval-record',
          meta: {
            modelVersion: req.body.modelVersion,
            decision: req.body.decision,
          },
        },
        (model, credentials) =>
          approvals.record(model, req.body, {
            actor: actorOf(credentials),
            isUser: authorizer.isUser(credentials),
          }),
      );
      res.status(201).json(approval);
    });

    router.get(`${MODEL}/report`, async (req, res) => {
      await authorizer.authorize(req, aiopsAuditReadPermission);
      const model = await readModel(context, req, aiopsModelReadPermission);
      res.json(
        await auditRequest(
          auditor,
          req,
          { eventId: 'report-read', meta: { entityRef: model.modelRef } },
          () => reports.modelReport(model),
        ),
      );
    });

    router.get('/v1/systems/:namespace/:name/report', async (req, res) => {
      await authorizer.authorize(req, aiopsAuditReadPermission);
      const credentials = await authorizer.authorize(
        req,
        aiopsModelReadPermission,
      );
      const systemRef = normalizeEntityRef({
        kind: 'system',
        namespace: req.params.namespace,
        name: req.params.name,
      });
      res.json(
        await auditRequest(
          auditor,
          req,
          { eventId: 'report-read', meta: { entityRef: systemRef } },
          () => reports.systemReport(systemRef, credentials),
        ),
      );
    });

    router.get('/v1/governance/portfolio', async (req, res) => {
      const credentials = await authorizer.authorize(
        req,
        aiopsModelReadPermission,
      );
      res.json(await reports.portfolio(credentials));
    });
  };
}
