import {
  GovernanceEvaluation,
  GovernanceStatus,
} from '@unified-aiops/plugin-aiops-common';
import { Knex } from 'knex';
import { supportsRowLocks } from '../database/migrateDatabase';

const TABLE = 'aiops_governance_status';

/** Each model's latest governance evaluation and when its status last changed. */
export class GovernanceStatusStore {
  static create(options: { knex: Knex }) {
    return new GovernanceStatusStore(options.knex);
  }

  private constructor(private readonly knex: Knex) {}

  /**
   * Stores the evaluation, with the digest of the entity it read, inside `trx` and returns
   * the status it replaced (undefined for the model's first), the row locked on PostgreSQL
   * so concurrent evaluations see each other.
   */
  async save(
    trx: Knex.Transaction,
    evaluation: GovernanceEvaluation,
    entityDigest: string,
  ): Promise<GovernanceStatus | undefined> {
    const key = { entity_ref: evaluation.entityRef };
    let select = trx(TABLE).where(key).first('status');
    if (supportsRowLocks(this.knex)) select = select.forUpdate();
    const previous: GovernanceStatus | undefined = (await select)?.status;
    const at = Date.parse(evaluation.evaluatedAt);
    const row = {
      status: evaluation.status,
      score: evaluation.score,
      model_version: evaluation.modelVersion,
      evaluation: JSON.stringify(evaluation),
      evaluated_at: at,
      entity_digest: entityDigest,
    };
    if (previous === undefined) {
      await trx(TABLE)
        .insert({ ...key, ...row, changed_at: at })
        .onConflict('entity_ref')
        .merge();
    } else {
      await trx(TABLE)
        .where(key)
        .update({
          ...row,
          ...(previous !== evaluation.status ? { changed_at: at } : {}),
        });
    }
    return previous;
  }

  /** The model's latest evaluation, if it was ever evaluated. */
  async get(entityRef: string): Promise<GovernanceEvaluation | undefined> {
    const row = await this.knex(TABLE)
      .where({ entity_ref: entityRef })
      .first('evaluation');
    return row ? JSON.parse(row.evaluation) : undefined;
  }

  /** When each evaluated model was last evaluated, and the digest of the entity it read. */
  async evaluations(): Promise<
    Map<string, { evaluatedAt: number; entityDigest: string | null }>
  > {
    const rows = await this.knex(TABLE).select(
      'entity_ref',
      'evaluated_at',
      'entity_digest',
    );
    return new Map(
      rows.map(row => [
        row.entity_ref,
        {
          evaluatedAt: Number(row.evaluated_at),
          entityDigest: row.entity_digest ?? null,
        },
      ]),
    );
  }

  /** Status and score of many models (unevaluated ones are absent). */
  async getStatuses(
    entityRefs: string[],
  ): Promise<Map<string, { status: GovernanceStatus; score: number }>> {
    const statuses = new Map<
      string,
      { status: GovernanceStatus; score: number }
    >();
    for (let i = 0; i < entityRefs.length; i += 500) {
      const rows = await this.knex(TABLE)
        .whereIn('entity_ref', entityRefs.slice(i, i + 500))
        .select('entity_ref', 'status', 'score');
      for (const row of rows) {
        statuses.set(row.entity_ref, {
          status: row.status,
          score: Number(row.score),
        });
      }
    }
    return statuses;
  }
}
