import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { aiopsPermissions } from '@unified-aiops/plugin-aiops-common';
import {
  RetrainingRunner,
  aiopsRetrainingRunnersExtensionPoint,
} from '@unified-aiops/plugin-aiops-node';
import { readAiopsSettings } from './AiopsSettings';
import { CheckStore } from './checks/CheckStore';
import { DriftCheckRunner } from './checks/DriftCheckRunner';
import { StatusNotifier } from './checks/StatusNotifier';
import { StatusService } from './checks/StatusService';
import { migrateDatabase } from './database/migrateDatabase';
import { FleetService } from './fleet/FleetService';
import { BatchStore } from './ingest/BatchStore';
import { IngestService } from './ingest/IngestService';
import { ModelDirectory } from './models/ModelDirectory';
import { BatchFolder } from './profiles/BatchFolder';
import { ProfileService } from './profiles/ProfileService';
import { ProfileStore } from './profiles/ProfileStore';
import { scheduleTasks } from './scheduleTasks';
import { AuditTrail } from './audit/AuditTrail';
import { ApprovalService } from './governance/ApprovalService';
import { ApprovalStore } from './governance/ApprovalStore';
import { ComplianceReportService } from './governance/ComplianceReportService';
import { GateService } from './governance/GateService';
import { GateStore } from './governance/GateStore';
import { GovernanceService } from './governance/GovernanceService';
import { GovernanceStatusStore } from './governance/GovernanceStatusStore';
import { readGovernancePolicy } from './governance/readGovernancePolicy';
import { WaiverService } from './governance/WaiverService';
import { WaiverStore } from './governance/WaiverStore';
import { createRouter } from './http/createRouter';
import { RegistrationService } from './registration/RegistrationService';
import { RequestAuthorizer } from './http/RequestAuthorizer';
import { RetrainingRunStore } from './retraining/RetrainingRunStore';
import { RetrainingService } from './retraining/RetrainingService';
import { PromotionService } from './retraining/PromotionService';
import { RunNotifier } from './retraining/RunNotifier';
import { OtlpTraceIngest } from './otlp/OtlpTraceIngest';
import { OtlpLogIngest } from './otlp/OtlpLogIngest';
import { OtlpJoinStore } from './otlp/OtlpJoinStore';
import { readTokenPrices } from './otlp/tokenPrices';
import { SourceStatsStore } from './otlp/SourceStatsStore';
import { WebhookPromotion } from './retraining/promotion/WebhookPromotion';
import { MlflowRegistry } from './retraining/promotion/MlflowRegistry';
import { readRetrainingSettings } from './retraining/retrainingSettings';
import { PrometheusSource } from './prometheus/PrometheusSource';
import { readPrometheusSettings } from './prometheus/prometheusSettings';
import { ResourceStore } from './prometheus/ResourceStore';
import { KserveEventStore } from './kserve/KserveEventStore';
import { KserveIngest } from './kserve/KserveIngest';

/** The `aiops` backend plugin. */
export const aiopsPlugin = createBackendPlugin({
  pluginId: 'aiops',
  register(env) {
    const runners = new Map<string, RetrainingRunner>();
    env.registerExtensionPoint(aiopsRetrainingRunnersExtensionPoint, {
      addRunner(...added) {
        for (const runner of added) {
          if (runners.has(runner.type)) {
            throw new Error(
              `A retraining runner of type '${runner.type}' is registered already; register one module per type`,
            );
          }
          runners.set(runner.type, runner);
        }
      },
    });
    env.registerInit({
      deps: {
        logger: coreServices.logger,
        config: coreServices.rootConfig,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        catalog: catalogServiceRef,
        notifications: notificationService,
        events: eventsServiceRef,
      },
      async init(deps) {
        const {
          logger,
          config,
          database,
          scheduler,
          httpRouter,
          httpAuth,
          auth,
        } = deps;
        const {
          permissions,
          permissionsRegistry,
          auditor,
          catalog,
          notifications,
          events,
          discovery,
        } = deps;
        permissionsRegistry.addPermissions(aiopsPermissions);
        const settings = readAiopsSettings(config);
        const knex = await migrateDatabase(database);

        const batches = BatchStore.create({ knex });
        const profileStore = ProfileStore.create({
          knex,
          limits: settings.profiles.limits,
        });
        const checkStore = CheckStore.create({ knex });
        const prices = readTokenPrices(config);
        const models = ModelDirectory.create({ catalog, auth, logger, prices });
        const folder = BatchFolder.create({
          knex,
          batches,
          profiles: profileStore,
          models,
          logger: logger.child({ task: 'fold' }),
          windowMinutes: settings.profiles.windowMinutes,
          limits: settings.profiles.limits,
          batchSize: settings.ingest.foldBatchSize,
          maxQueuedRecords: settings.ingest.foldQueueRecords,
        });
        const ingest = IngestService.create({
          batches,
          maxBatchRecords: settings.ingest.maxBatchRecords,
          retentionDays: settings.profiles.retentionDays,
          onAccepted: batch => folder.accepted(batch),
        });
        const sourceStats = SourceStatsStore.create({ knex });
        const profiles = ProfileService.create({
          profiles: profileStore,
          limits: settings.profiles.limits,
          maxReferenceRecords: settings.ingest.maxReferenceRecords,
          minReferenceRecords: settings.ingest.minReferenceRecords,
          currentWindowHours: settings.checks.currentWindowHours,
          windowMinutes: settings.profiles.windowMinutes,
        });
        const trail = AuditTrail.create({
          knex,
          verifyThreads: settings.audit.verifyThreads,
        });
        const notifier = StatusNotifier.create({
          catalog,
          notifications,
          events,
          auth,
          trail,
          logger,
        });
        const gateStore = GateStore.create({ knex });
        const waiverStore = WaiverStore.create({ knex });
        const approvalStore = ApprovalStore.create({ knex });
        const governanceStatuses = GovernanceStatusStore.create({ knex });
        const runs = RetrainingRunStore.create({ knex });
        const governance = GovernanceService.create({
          knex,
          runs,
          policy: readGovernancePolicy(config),
          models,
          gates: gateStore,
          waivers: waiverStore,
          approvals: approvalStore,
          statuses: governanceStatuses,
          checks: checkStore,
          profiles: profileStore,
          notifier,
          settings,
          logger: logger.child({ task: 'governance' }),
        });
        const gate = GateService.create({
          knex,
          governance,
          gates: gateStore,
          trail,
        });
        const retrainingSettings = readRetrainingSettings(config);
        const runNotifier = new RunNotifier(
          notifications,
          logger.child({ task: 'retraining-notifications' }),
        );
        const promotion = PromotionService.create({
          runs,
          profiles,
          profileStore,
          registry: MlflowRegistry.fromConfig(config),
          webhooks: WebhookPromotion.fromConfig(config),
          catalog,
          auth,
          trail,
          auditor,
          settings: {
            approvalExpiryHours: retrainingSettings.approvalExpiryHours,
            fourEyes: settings.governance.fourEyes,
          },
          notifier: runNotifier,
          governance,
          logger: logger.child({ task: 'promotion' }),
        });
        const retraining = RetrainingService.create({
          runs,
          runners,
          checks: checkStore,
          catalog,
          auth,
          discovery,
          trail,
          auditor,
          settings: retrainingSettings,
          promotion,
          gate,
          profiles,
          notifier: runNotifier,
          logger: logger.child({ task: 'retraining' }),
        });
        const resources = ResourceStore.create({ knex });
        const runner = DriftCheckRunner.create({
          resources,
          checks: checkStore,
          profiles: profileStore,
          models,
          folder,
          notifier,
          governance,
          retraining,
          settings,
          logger: logger.child({ task: 'drift-checks' }),
        });
        const status = StatusService.create({
          checks: checkStore,
          recoveryChecks: settings.checks.recoveryChecks,
        });

        const otlpJoin = OtlpJoinStore.create({ knex });
        const traces = new OtlpTraceIngest({
          models,
          ingest,
          stats: sourceStats,
          maxBatchRecords: settings.ingest.maxBatchRecords,
          retentionDays: settings.profiles.retentionDays,
          prices,
          join: otlpJoin,
          evaluationWaitMs: settings.otlp.evaluationWaitSeconds * 1000,
        });
        const fleet = FleetService.create({
          catalog,
          auth,
          checks: checkStore,
          governance: governanceStatuses,
          runs,
          resources,
        });
        const prometheus = new PrometheusSource({
          settings: readPrometheusSettings(config),
          models,
          store: resources,
          logger: logger.child({ source: 'prometheus' }),
        });
        const kserve = new KserveIngest({
          models,
          ingest,
          store: KserveEventStore.create({ knex }),
          stats: sourceStats,
          joinWaitMs: settings.kserve.joinWaitSeconds * 1000,
          maxBatchRecords: settings.ingest.maxBatchRecords,
          retentionDays: settings.profiles.retentionDays,
        });
        await scheduleTasks({
          traces,
          kserve,
          prometheus,
          resources,
          scheduler,
          logger,
          settings,
          folder,
          runner,
          governance,
          trail,
          batches,
          profiles: profileStore,
          checks: checkStore,
          retraining,
        });
        httpRouter.use(
          await createRouter({
            settings,
            authorizer: RequestAuthorizer.create({
              httpAuth,
              permissions,
              auth,
            }),
            auditor,
            models,
            ingest,
            profiles,
            status,
            runner,
            fleet,
            trail,
            governance,
            gate,
            gates: gateStore,
            waivers: WaiverService.create({
              knex,
              waivers: waiverStore,
              governance,
              trail,
              maxWaiverDays: settings.governance.maxWaiverDays,
              fourEyes: settings.governance.fourEyes,
            }),
            approvals: ApprovalService.create({
              knex,
              approvals: approvalStore,
              governance,
              trail,
              approvalValidityDays: settings.governance.approvalValidityDays,
            }),
            reports: ComplianceReportService.create({
              governance,
              statuses: governanceStatuses,
              gates: gateStore,
              waivers: waiverStore,
              approvals: approvalStore,
              trail,
              fleet,
              models,
            }),
            retraining,
            promotion,
            traces,
            logs: new OtlpLogIngest({
              traces,
              join: otlpJoin,
              stats: sourceStats,
              evaluationWaitSeconds: settings.otlp.evaluationWaitSeconds,
            }),
            sourceStats,
            prometheus,
            resources,
            kserve,
            registrations: RegistrationService.create({
              knex,
              trail,
              profiles: profileStore,
            }),
          }),
        );
      },
    });
  },
});
