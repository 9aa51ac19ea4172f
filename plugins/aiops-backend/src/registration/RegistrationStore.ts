import { Knex } from 'knex';
import { ModelMonitoring } from '@unified-aiops/plugin-aiops-common';
import { sha256Hex } from '../audit/sha256Hex';

const TABLE = 'aiops_model_registrations';

/** What a template registers for a model to come. */
export interface RegistrationContent {
  owner: string;
  system: string | null;
  monitoring: ModelMonitoring;
  repositoryUrl: string | null;
  templateRef: string | null;
}

/** A stored registration. */
export interface Registration extends RegistrationContent {
  modelRef: string;
  /** Who ran the template: a user's entity ref (or a service's subject). */
  registeredBy: string;
  /** Epoch ms. */
  registeredAt: number;
}

/** Stable JSON: keys sorted at every depth, so the same content has the same digest. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b, 'en'));
    return `{${entries
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The digest a re-run is recognised by: the content, not who sent it or when. */
export function registrationDigest(content: RegistrationContent): string {
  return sha256Hex(canonicalJson(content));
}

const toRegistration = (row: any): Registration => ({
  modelRef: row.model_ref,
  owner: row.owner,
  system: row.system,
  monitoring: JSON.parse(row.monitoring),
  repositoryUrl: row.repository_url,
  templateRef: row.template_ref,
  registeredBy: row.registered_by,
  registeredAt: Number(row.registered_at),
});

/** The outcome of a registration: the one stored and whether this call stored it. */
export type RegisterOutcome =
  | { outcome: 'created'; registration: Registration }
  | { outcome: 'unchanged'; registration: Registration }
  | { outcome: 'conflict'; registration: Registration };

/** Models registered by templates, one row each. */
export class RegistrationStore {
  static create(options: { knex: Knex }) {
    return new RegistrationStore(options.knex);
  }

  private constructor(private readonly knex: Knex) {}

  /**
   * Stores the registration unless the model has one: then the same content is
   * `unchanged` (a re-run step) and other content a `conflict`, the stored one kept.
   * One insert decides between concurrent callers.
   */
  async register(
    modelRef: string,
    content: RegistrationContent,
    by: { registeredBy: string; now: number; trx?: Knex.Transaction },
  ): Promise<RegisterOutcome> {
    const db = by.trx ?? this.knex;
    const digest = registrationDigest(content);
    const inserted = await db(TABLE)
      .insert({
        model_ref: modelRef,
        owner: content.owner,
        system: content.system,
        monitoring: JSON.stringify(content.monitoring),
        repository_url: content.repositoryUrl,
        template_ref: content.templateRef,
        digest,
        registered_by: by.registeredBy,
        registered_at: by.now,
      })
      .onConflict('model_ref')
      .ignore()
      .returning('model_ref');
    const row = await db(TABLE).where({ model_ref: modelRef }).first();
    const registration = toRegistration(row);
    if (inserted.length > 0) return { outcome: 'created', registration };
    return {
      outcome: row.digest === digest ? 'unchanged' : 'conflict',
      registration,
    };
  }

  /** The model's registration, if a template registered it. */
  async get(modelRef: string): Promise<Registration | undefined> {
    const row = await this.knex(TABLE).where({ model_ref: modelRef }).first();
    return row ? toRegistration(row) : undefined;
  }
}
