import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import {
  ComplianceReport,
  GovernancePortfolio,
  SystemReport,
  controlMappings,
  governancePortfolio,
  normalizeEntityRef,
  portfolioGroup,
  qualifiedEntityRef,
} from '@unified-aiops/plugin-aiops-common';
import { AuditTrail } from '../audit/AuditTrail';
import { FleetService } from '../fleet/FleetService';
import { ModelDirectory, ModelInfo } from '../models/ModelDirectory';
import { ApprovalStore } from './ApprovalStore';
import { GateStore } from './GateStore';
import { GovernanceService } from './GovernanceService';
import { GovernanceStatusStore } from './GovernanceStatusStore';
import { WaiverStore } from './WaiverStore';

/** Gate calls and audit entries a report quotes, the newest. */
const REPORT_GATES = 20;
const REPORT_AUDIT_ENTRIES = 50;

/** What a ComplianceReportService is built from. */
export interface ComplianceReportServiceOptions {
  governance: GovernanceService;
  statuses: GovernanceStatusStore;
  gates: GateStore;
  waivers: WaiverStore;
  approvals: ApprovalStore;
  trail: AuditTrail;
  fleet: FleetService;
  models: ModelDirectory;
}

/** Compliance reports per model and per system, and the portfolio figures. */
export class ComplianceReportService {
  static create(options: ComplianceReportServiceOptions) {
    return new ComplianceReportService(options);
  }

  private constructor(
    private readonly options: ComplianceReportServiceOptions,
  ) {}

  /** Everything a compliance officer reads for one model. */
  async modelReport(model: ModelInfo): Promise<ComplianceReport> {
    const { governance, gates, waivers, approvals, trail } = this.options;
    const now = Date.now();
    const [evaluation, gateList, waiverList, approvalList, audit] =
      await Promise.all([
        governance.current(model),
        gates.list(model.modelRef, REPORT_GATES),
        waivers.list(model.modelRef, now),
        approvals.list(model.modelRef, now),
        trail.latest(model.modelRef, REPORT_AUDIT_ENTRIES),
      ]);
    const { metadata, spec } = model.entity;
    const fullRef = (ref: string, defaultKind: string) =>
      qualifiedEntityRef(ref, {
        defaultKind,
        defaultNamespace: metadata.namespace,
      });
    return {
      model: {
        entityRef: model.modelRef,
        name: metadata.name,
        title: metadata.title ?? metadata.name,
        owner: fullRef(spec.owner, 'group'),
        system: spec.system ? fullRef(spec.system, 'system') : null,
        type: spec.type,
        riskTier: spec.riskTier,
        lifecycle: spec.lifecycle,
      },
      generatedAt: new Date(now).toISOString(),
      governance: evaluation,
      gates: gateList,
      waivers: waiverList,
      approvals: approvalList,
      audit,
      controls: controlMappings(evaluation.checks),
    };
  }

  /** The reports of every model of the system the caller may see; 404 when there is none. */
  async systemReport(
    systemRef: string,
    credentials: BackstageCredentials,
  ): Promise<SystemReport> {
    const visible = await this.options.fleet.visibleModels(credentials);
    const members = visible.filter(
      ({ entity }) =>
        entity.spec.system &&
        normalizeEntityRef(entity.spec.system, {
          defaultKind: 'system',
          defaultNamespace: entity.metadata.namespace,
        }) === systemRef,
    );
    const models = (
      await Promise.all(members.map(m => this.options.models.get(m.ref)))
    ).filter((m): m is ModelInfo => m !== undefined);
    if (models.length === 0) {
      throw new NotFoundError(`No MLModel of ${systemRef} that you may see`);
    }
    const reports = await Promise.all(models.map(m => this.modelReport(m)));
    return {
      systemRef,
      generatedAt: new Date().toISOString(),
      summary: portfolioGroup(
        systemRef,
        reports.map(r => ({
          owner: r.model.owner,
          system: r.model.system,
          status: r.governance.status,
          score: r.governance.score,
        })),
      ),
      models: reports,
    };
  }

  /** Governance figures of the models the caller may see, by owner and by system. */
  async portfolio(
    credentials: BackstageCredentials,
  ): Promise<GovernancePortfolio> {
    const visible = await this.options.fleet.visibleModels(credentials);
    const statuses = await this.options.statuses.getStatuses(
      visible.map(m => m.ref),
    );
    return governancePortfolio(
      visible.map(({ ref, entity }) => {
        const { spec, metadata } = entity;
        const context = { defaultNamespace: metadata.namespace };
        const status = statuses.get(ref);
        return {
          owner: qualifiedEntityRef(spec.owner, {
            ...context,
            defaultKind: 'group',
          }),
          system: spec.system
            ? qualifiedEntityRef(spec.system, {
                ...context,
                defaultKind: 'system',
              })
            : null,
          status: status?.status ?? 'unknown',
          score: status?.score ?? null,
        };
      }),
    );
  }
}
