import { Knex } from 'knex';
import { ResourceSignal } from './prometheusSettings';

const SAMPLES = 'aiops_resource_samples';
const STATUS = 'aiops_resource_status';

/** The figures at one time; null where the query had no value. */
export type ResourceFigures = Partial<Record<ResourceSignal, number | null>>;

/** One point of a model's resource history. */
export interface ResourceSample {
  /** Epoch ms. */
  at: number;
  figures: ResourceFigures;
}

/** The latest pull of a model. */
export interface ResourcePull {
  /** Epoch ms. */
  pulledAt: number;
  status: 'ok' | 'no-data';
  reason: string | null;
  /** Why a figure has no value (no series, NaN, an error answer). */
  missing: Partial<Record<ResourceSignal, string>>;
  /** Epoch ms of the newest stored sample. */
  lastSampleAt: number | null;
}

/** Rows inserted per statement, under SQLite's 999 bound parameters. */
const INSERT_CHUNK = 300;

/** What the Prometheus source read, per model: samples over time and the latest pull. */
export class ResourceStore {
  static create(options: { knex: Knex }) {
    return new ResourceStore(options.knex);
  }

  private constructor(private readonly knex: Knex) {}

  async pull(modelRef: string): Promise<ResourcePull | undefined> {
    const row = await this.knex(STATUS).where({ model_ref: modelRef }).first();
    if (!row) return undefined;
    return {
      pulledAt: Number(row.pulled_at),
      status: row.status,
      reason: row.reason ?? null,
      missing: row.missing ? JSON.parse(row.missing) : {},
      lastSampleAt:
        row.last_sample_at === null ? null : Number(row.last_sample_at),
    };
  }

  /**
   * Stores a pull: its samples (a time already stored is kept as it is, so a pull that a
   * second replica or a restart repeats writes nothing twice) and its outcome.
   */
  async record(
    modelRef: string,
    pull: Omit<ResourcePull, 'lastSampleAt'>,
    samples: ResourceSample[],
  ): Promise<void> {
    await this.knex.transaction(async tx => {
      const rows = samples.map(sample => ({
        model_ref: modelRef,
        at: sample.at,
        figures: JSON.stringify(sample.figures),
      }));
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        await tx(SAMPLES)
          .insert(rows.slice(i, i + INSERT_CHUNK))
          .onConflict(['model_ref', 'at'])
          .ignore();
      }
      const newest = samples.reduce<number | null>(
        (max, s) => (max === null || s.at > max ? s.at : max),
        null,
      );
      const status = {
        pulled_at: pull.pulledAt,
        status: pull.status,
        reason: pull.reason,
        missing: JSON.stringify(pull.missing),
      };
      await tx(STATUS)
        .insert({ model_ref: modelRef, ...status, last_sample_at: newest })
        .onConflict('model_ref')
        .merge(
          newest === null
            ? status
            : {
                ...status,
                last_sample_at: tx.raw(
                  `CASE WHEN ${STATUS}.last_sample_at IS NULL OR ${STATUS}.last_sample_at < ? THEN ? ELSE ${STATUS}.last_sample_at END`,
                  [newest, newest],
                ),
              },
        );
    });
  }

  /** Samples from `since` (epoch ms) on, oldest first, at most `limit` evenly spread. */
  async history(
    modelRef: string,
    since: number,
    limit: number,
  ): Promise<ResourceSample[]> {
    const rows = await this.knex(SAMPLES)
      .where({ model_ref: modelRef })
      .andWhere('at', '>=', since)
      .orderBy('at', 'asc')
      .select('at', 'figures');
    const stride = Math.max(1, Math.ceil(rows.length / limit));
    const kept = rows.filter((_row, i) => (rows.length - 1 - i) % stride === 0);
    return kept.map(row => ({
      at: Number(row.at),
      figures: JSON.parse(row.figures),
    }));
  }

  /**
   * The newest sample of each model that has one from `since` (epoch ms) on, by model
   * ref: what the fleet table shows.
   */
  async latest(
    modelRefs: string[],
    since: number,
  ): Promise<Map<string, ResourceSample>> {
    const latest = new Map<string, ResourceSample>();
    for (let i = 0; i < modelRefs.length; i += 500) {
      const rows = await this.knex(`${STATUS} as s`)
        .join(`${SAMPLES} as r`, function joinNewest() {
          this.on('r.model_ref', '=', 's.model_ref').andOn(
            'r.at',
            '=',
            's.last_sample_at',
          );
        })
        .whereIn('s.model_ref', modelRefs.slice(i, i + 500))
        .andWhere('r.at', '>=', since)
        .select('r.model_ref', 'r.at', 'r.figures');
      for (const row of rows) {
        latest.set(row.model_ref, {
          at: Number(row.at),
          figures: JSON.parse(row.figures),
        });
      }
    }
    return latest;
  }

  /** Drops samples older than `before` (epoch ms). */
  async prune(before: number): Promise<number> {
    return this.knex(SAMPLES).where('at', '<', before).delete();
  }
}
