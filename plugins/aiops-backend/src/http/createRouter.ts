import { AuditorService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import express from 'express';
import Router from 'express-promise-router';
import { AiopsSettings } from '../AiopsSettings';
import { auditRoutes } from '../audit/auditRoutes';
import { AuditTrail } from '../audit/AuditTrail';
import { ApprovalService } from '../governance/ApprovalService';
import { ComplianceReportService } from '../governance/ComplianceReportService';
import { GateService } from '../governance/GateService';
import { GateStore } from '../governance/GateStore';
import { governanceRoutes } from '../governance/governanceRoutes';
import { GovernanceService } from '../governance/GovernanceService';
import { WaiverService } from '../governance/WaiverService';
import { checkRoutes } from '../checks/checkRoutes';
import { DriftCheckRunner } from '../checks/DriftCheckRunner';
import { StatusService } from '../checks/StatusService';
import { fleetRoutes } from '../fleet/fleetRoutes';
import { FleetService } from '../fleet/FleetService';
import { ingestRoutes } from '../ingest/ingestRoutes';
import { IngestService } from '../ingest/IngestService';
import { ModelDirectory } from '../models/ModelDirectory';
import { profileRoutes } from '../profiles/profileRoutes';
import { retrainingRoutes } from '../retraining/retrainingRoutes';
import { OtlpLogIngest } from '../otlp/OtlpLogIngest';
import { OtlpTraceIngest } from '../otlp/OtlpTraceIngest';
import { otlpRoutes } from '../otlp/otlpRoutes';
import { SourceStatsStore } from '../otlp/SourceStatsStore';
import { RetrainingService } from '../retraining/RetrainingService';
import { RegistrationService } from '../registration/RegistrationService';
import { registrationRoutes } from '../registration/registrationRoutes';
import { PromotionService } from '../retraining/PromotionService';
import { ProfileService } from '../profiles/ProfileService';
import { PrometheusSource } from '../prometheus/PrometheusSource';
import { resourceRoutes } from '../prometheus/resourceRoutes';
import { KserveIngest } from '../kserve/KserveIngest';
import { kserveRoutes } from '../kserve/kserveRoutes';
import { ResourceStore } from '../prometheus/ResourceStore';
import { createOpenApiRouter } from '../schema/openapi/generated/router';
import { jsonBodyParser } from './jsonBodyParser';
import { RequestAuthorizer } from './RequestAuthorizer';

/** The router built from the OpenAPI document: requests are validated, handlers typed. */
export type AiopsRouter = Awaited<ReturnType<typeof createOpenApiRouter>>;

/** What every domain's routes share. */
export interface RouteContext {
  authorizer: RequestAuthorizer;
  auditor: AuditorService;
  models: ModelDirectory;
  trail: AuditTrail;
}

/**
 * Where a domain adds its routes: `parsers` for body parsers of its own (they run before
 * the OpenAPI validation, which needs the parsed body), `router` for the handlers.
 */
export interface RouteRegistry {
  parsers: express.Router;
  router: AiopsRouter;
}

/** A domain's routes (ingest, profiles, checks, fleet, ...), added to the registry. */
export type DomainRoutes = (registry: RouteRegistry) => void;

/** Bodies of routes without a parser of their own: small JSON (e.g. 1,000 entity refs). */
const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * A body sent without a Content-Type (`curl -X POST` with no `-H`) is read as JSON, so
 * the answer names what the body lacks ("must have required property 'reason'") rather
 * than the validator's "unsupported media type undefined".
 */
const jsonByDefault: express.RequestHandler = (req, _res, next) => {
  if (
    !req.headers['content-type'] &&
    ['POST', 'PUT', 'PATCH'].includes(req.method)
  ) {
    req.headers['content-type'] = 'application/json';
  }
  next();
};

/** The services the routes call, built in plugin.ts. */
export interface RouterOptions extends RouteContext {
  settings: AiopsSettings;
  ingest: IngestService;
  profiles: ProfileService;
  status: StatusService;
  runner: DriftCheckRunner;
  fleet: FleetService;
  governance: GovernanceService;
  gate: GateService;
  gates: GateStore;
  waivers: WaiverService;
  approvals: ApprovalService;
  reports: ComplianceReportService;
  retraining: RetrainingService;
  promotion: PromotionService;
  traces: OtlpTraceIngest;
  logs: OtlpLogIngest;
  sourceStats: SourceStatsStore;
  prometheus: PrometheusSource;
  resources: ResourceStore;
  kserve: KserveIngest;
  registrations: RegistrationService;
}

/**
 * The REST API of the aiops backend plugin: one OpenAPI router (contract:
 * src/schema/openapi.yaml) that each domain adds its routes to.
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { settings, authorizer, auditor, models, trail } = options;
  const context = { authorizer, auditor, models, trail };
  const { maxBatchRecords, maxReferenceRecords, maxRecordBytes } =
    settings.ingest;
  const domains: DomainRoutes[] = [
    ingestRoutes({
      ...context,
      ingest: options.ingest,
      maxBodyBytes: maxBatchRecords * maxRecordBytes,
    }),
    profileRoutes({
      ...context,
      profiles: options.profiles,
      maxReferenceBodyBytes: maxReferenceRecords * maxRecordBytes,
    }),
    checkRoutes({ ...context, status: options.status, runner: options.runner }),
    fleetRoutes({ ...context, fleet: options.fleet }),
    governanceRoutes({ ...options, ...context }),
    retrainingRoutes({
      ...context,
      retraining: options.retraining,
      promotion: options.promotion,
      maxEvaluationBodyBytes:
        maxReferenceRecords * maxRecordBytes + DEFAULT_BODY_LIMIT_BYTES,
    }),
    otlpRoutes({
      ...context,
      traces: options.traces,
      logs: options.logs,
      stats: options.sourceStats,
      maxBodyBytes: maxBatchRecords * maxRecordBytes,
    }),
    kserveRoutes({
      ...context,
      kserve: options.kserve,
      maxBodyBytes: maxBatchRecords * maxRecordBytes,
    }),
    resourceRoutes({
      ...context,
      source: options.prometheus,
      store: options.resources,
    }),
    registrationRoutes({ ...context, registrations: options.registrations }),
    auditRoutes(context),
  ];
  const parsers = Router();
  const router = await createOpenApiRouter({
    // full: a date-time must be a real one (no 2026-11-31), not only look like one
    validatorOptions: { validateFormats: 'full' },
    middleware: [
      jsonByDefault,
      parsers,
      jsonBodyParser({
        limitBytes: DEFAULT_BODY_LIMIT_BYTES,
        limitFrom: 'the default for small bodies',
      }),
    ],
  });
  for (const domain of domains) domain({ parsers, router });
  // Anything the contract does not serve answers a JSON 404 naming it, as every other
  // error does, rather than the server's empty one.
  router.use((req, _res, next) => {
    next(new NotFoundError(`No route ${req.method} ${req.baseUrl}${req.path}`));
  });
  return router;
}
