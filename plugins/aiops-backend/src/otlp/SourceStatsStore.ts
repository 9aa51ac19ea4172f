import { Knex } from 'knex';
import { isoTime } from '../database/isoTime';

const TABLE = 'aiops_ingest_sources';

/** A telemetry source's figures since the start. */
export interface SourceStats {
  source: string;
  accepted: number;
  rejected: number;
  skipped: number;
  lastReceivedAt: string;
  lastRejection: string | null;
  lastRejectedAt: string | null;
}

/**
 * Counts per telemetry source, added by every replica in one statement (an upsert that
 * increments), so the figures are the fleet's, not one instance's.
 */
export class SourceStatsStore {
  static create(options: { knex: Knex }) {
    return new SourceStatsStore(options.knex);
  }

  private constructor(private readonly knex: Knex) {}

  async add(
    source: string,
    counts: {
      accepted: number;
      rejected: number;
      skipped: number;
      /** Epoch ms. */
      at: number;
      lastRejection: string | null;
    },
  ): Promise<void> {
    const { knex } = this;
    const rejection =
      counts.rejected > 0 && counts.lastRejection
        ? { last_rejection: counts.lastRejection, last_rejected_at: counts.at }
        : {};
    await knex(TABLE)
      .insert({
        source,
        accepted: counts.accepted,
        rejected: counts.rejected,
        skipped: counts.skipped,
        last_received_at: counts.at,
        ...rejection,
      })
      .onConflict('source')
      .merge({
        accepted: knex.raw('?? + ?', [`${TABLE}.accepted`, counts.accepted]),
        rejected: knex.raw('?? + ?', [`${TABLE}.rejected`, counts.rejected]),
        skipped: knex.raw('?? + ?', [`${TABLE}.skipped`, counts.skipped]),
        last_received_at: counts.at,
        ...rejection,
      });
  }

  async list(): Promise<SourceStats[]> {
    const rows = await this.knex(TABLE).orderBy('source');
    return rows.map(row => ({
      source: row.source,
      accepted: Number(row.accepted),
      rejected: Number(row.rejected),
      skipped: Number(row.skipped),
      lastReceivedAt: isoTime(row.last_received_at)!,
      lastRejection: row.last_rejection ?? null,
      lastRejectedAt: isoTime(row.last_rejected_at),
    }));
  }
}
