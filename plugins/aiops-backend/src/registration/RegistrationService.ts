import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { ConflictError, InputError } from '@backstage/errors';
import {
  ModelMonitoring,
  modelMonitoringSchema,
} from '@unified-aiops/plugin-aiops-common';
import { Knex } from 'knex';
import { actorOf } from '../audit/actorOf';
import { AuditTrail } from '../audit/AuditTrail';
import { ProfileStore } from '../profiles/ProfileStore';
import {
  Registration,
  RegistrationContent,
  RegistrationStore,
} from './RegistrationStore';

/** A registration as the API answers it. */
export interface RegistrationView {
  entityRef: string;
  owner: string;
  system: string | null;
  monitoring: ModelMonitoring;
  repositoryUrl: string | null;
  templateRef: string | null;
  registeredBy: string;
  registeredAt: string;
  reference: { status: 'pending' | 'set'; updatedAt: string | null };
}

/** The request body, as the contract already checked its shape. */
export interface RegistrationRequest {
  owner: string;
  system?: string | null;
  monitoring: Record<string, unknown>;
  repositoryUrl?: string | null;
  templateRef?: string | null;
}

/** Audit and trail action of a registration. */
export const MODEL_REGISTER_ACTION = 'model-register';

function normalizedRef(value: string, defaultKind: string, field: string) {
  try {
    return stringifyEntityRef(
      parseEntityRef(value, { defaultKind, defaultNamespace: 'default' }),
    ).toLocaleLowerCase('en-US');
  } catch {
    throw new InputError(
      `${field} "${value}" is not an entity reference ([kind:][namespace/]name, kind defaults to ${defaultKind})`,
    );
  }
}

/**
 * Models registered by golden-path templates: the record of who created a model, from
 * which template and repository, with the monitoring its entity will declare, kept
 * before the catalog holds the entity. The registration and its audit-trail entry are
 * stored in one transaction.
 */
export class RegistrationService {
  static create(options: {
    knex: Knex;
    trail: AuditTrail;
    profiles: ProfileStore;
  }) {
    return new RegistrationService(
      options.knex,
      RegistrationStore.create({ knex: options.knex }),
      options.trail,
      options.profiles,
    );
  }

  private constructor(
    private readonly knex: Knex,
    private readonly store: RegistrationStore,
    private readonly trail: AuditTrail,
    private readonly profiles: ProfileStore,
  ) {}

  /** Reads the request into the content stored; `InputError` naming the field otherwise. */
  static contentOf(request: RegistrationRequest): RegistrationContent {
    const monitoring = modelMonitoringSchema.safeParse(request.monitoring);
    if (!monitoring.success) {
      const issue = monitoring.error.issues[0];
      const at = ['monitoring', ...issue.path.map(String)].join('.');
      throw new InputError(`${at}: ${issue.message}`);
    }
    return {
      owner: normalizedRef(request.owner, 'group', 'owner'),
      system: request.system
        ? normalizedRef(request.system, 'system', 'system')
        : null,
      monitoring: monitoring.data,
      repositoryUrl: request.repositoryUrl ?? null,
      templateRef: request.templateRef
        ? normalizedRef(request.templateRef, 'template', 'templateRef')
        : null,
    };
  }

  /**
   * Registers the model; `created` false when the same content was registered before.
   * `ConflictError` when it was registered with other content, naming by whom and when.
   */
  async register(
    modelRef: string,
    request: RegistrationRequest,
    credentials: BackstageCredentials,
  ): Promise<{ created: boolean; registration: RegistrationView }> {
    const content = RegistrationService.contentOf(request);
    const actor = actorOf(credentials);
    const outcome = await this.knex.transaction(async trx => {
      const result = await this.store.register(modelRef, content, {
        registeredBy: actor,
        now: Date.now(),
        trx,
      });
      if (result.outcome === 'created') {
        await this.trail.append(
          {
            actor,
            action: MODEL_REGISTER_ACTION,
            entityRef: modelRef,
            details: {
              owner: content.owner,
              system: content.system,
              repositoryUrl: content.repositoryUrl,
              templateRef: content.templateRef,
              monitoring: content.monitoring,
            },
          },
          trx,
        );
      }
      return result;
    });
    if (outcome.outcome === 'conflict') {
      const { registeredBy, registeredAt } = outcome.registration;
      throw new ConflictError(
        `${modelRef} was registered by ${registeredBy} at ${new Date(
          registeredAt,
        ).toISOString()} with other content; a model is registered once (change its catalog-info.yaml instead)`,
      );
    }
    return {
      created: outcome.outcome === 'created',
      registration: await this.view(outcome.registration),
    };
  }

  /** The model's registration, if a template registered it. */
  async get(modelRef: string): Promise<RegistrationView | undefined> {
    const registration = await this.store.get(modelRef);
    return registration ? this.view(registration) : undefined;
  }

  private async view(registration: Registration): Promise<RegistrationView> {
    const reference = await this.profiles.getReferenceInfo(
      registration.modelRef,
    );
    return {
      entityRef: registration.modelRef,
      owner: registration.owner,
      system: registration.system,
      monitoring: registration.monitoring,
      repositoryUrl: registration.repositoryUrl,
      templateRef: registration.templateRef,
      registeredBy: registration.registeredBy,
      registeredAt: new Date(registration.registeredAt).toISOString(),
      reference: reference
        ? { status: 'set', updatedAt: reference.updatedAt }
        : { status: 'pending', updatedAt: null },
    };
  }
}
