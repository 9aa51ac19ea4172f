import {
  ModelProfile,
  ProfileLimits,
  ReferenceInfo,
  compactModelProfile,
  mergeAllModelProfiles,
  mergeModelProfiles,
} from '@unified-aiops/plugin-aiops-common';
import { Knex } from 'knex';
import { isoTime } from '../database/isoTime';
import { supportsRowLocks } from '../database/migrateDatabase';

const WINDOWS = 'aiops_profiles';
const REFERENCES = 'aiops_references';
const REFERENCE_INFO_COLUMNS = [
  'source',
  'model_version',
  'window_from',
  'window_to',
  'record_count',
  'updated_at',
  'compared_from',
];

function referenceInfoOf(row: any): ReferenceInfo {
  return {
    source: row.source,
    modelVersion: row.model_version ?? null,
    windowFrom: isoTime(row.window_from),
    windowTo: isoTime(row.window_to),
    recordCount: Number(row.record_count),
    updatedAt: isoTime(row.updated_at)!,
    comparedFrom: isoTime(row.compared_from),
  };
}

/** Window and reference profiles of models; merges happen in the database transaction. */
export class ProfileStore {
  static create(options: { knex: Knex; limits: ProfileLimits }) {
    return new ProfileStore(options.knex, options.limits);
  }

  private constructor(
    private readonly knex: Knex,
    private readonly limits: ProfileLimits,
  ) {}

  /**
   * Merges profiles into their stored windows inside `trx` (read-modify-write under a
   * row lock on PostgreSQL; SQLite serializes write transactions). Windows are locked in
   * key order so concurrent folds cannot deadlock.
   */
  async mergeWindows(
    trx: Knex.Transaction,
    updates: Array<{
      modelRef: string;
      windowStart: number;
      profile: ModelProfile;
    }>,
  ) {
    // one lock order for every transaction, so concurrent folds cannot deadlock
    const sorted = [...updates].sort(
      (a, b) =>
        a.modelRef.localeCompare(b.modelRef) || a.windowStart - b.windowStart,
    );
    const now = Date.now();
    for (const { modelRef, windowStart, profile } of sorted) {
      const key = { model_ref: modelRef, window_start: windowStart };
      await trx(WINDOWS)
        .insert({ ...key, record_count: 0, profile: '', updated_at: now })
        .onConflict(['model_ref', 'window_start'])
        .ignore();
      let select = trx(WINDOWS).where(key).first('profile');
      if (supportsRowLocks(this.knex)) select = select.forUpdate();
      const row = await select;
      const merged = row?.profile
        ? mergeModelProfiles(JSON.parse(row.profile) as ModelProfile, profile)
        : profile;
      compactModelProfile(merged);
      await trx(WINDOWS)
        .where(key)
        .update({
          profile: JSON.stringify(merged),
          record_count: merged.records,
          updated_at: now,
        });
    }
  }

  /** Windows starting in [from, to), merged into one profile (empty when none). */
  async readRange(modelRef: string, from: number, to: number) {
    const rows = await this.knex(WINDOWS)
      .where({ model_ref: modelRef })
      .andWhere('window_start', '>=', from)
      .andWhere('window_start', '<', to)
      .andWhere('record_count', '>', 0)
      .orderBy('window_start')
      .select('profile');
    return {
      windows: rows.length,
      profile: mergeAllModelProfiles(
        rows.map(row => JSON.parse(row.profile) as ModelProfile),
        this.limits,
      ),
    };
  }

  /** Records the model's windows starting in [from, to) hold, without reading their profiles. */
  async countRecords(
    modelRef: string,
    from: number,
    to: number,
  ): Promise<number> {
    const [{ total }] = await this.knex(WINDOWS)
      .where({ model_ref: modelRef })
      .andWhere('window_start', '>=', from)
      .andWhere('window_start', '<', to)
      .sum({ total: 'record_count' });
    return Number(total ?? 0);
  }

  /** Replaces the model's reference profile; a pinned window's bounds are epoch ms. */
  async setReference(
    modelRef: string,
    profile: ModelProfile,
    info: {
      source: ReferenceInfo['source'];
      modelVersion: string | null;
      windowFrom: number | null;
      windowTo: number | null;
      /** Epoch ms from which checks compare traffic; null: the whole check window. */
      comparedFrom?: number | null;
    },
  ) {
    const row = {
      model_ref: modelRef,
      source: info.source,
      model_version: info.modelVersion,
      window_from: info.windowFrom,
      window_to: info.windowTo,
      record_count: profile.records,
      profile: JSON.stringify(profile),
      updated_at: Date.now(),
      compared_from: info.comparedFrom ?? null,
    };
    await this.knex(REFERENCES).insert(row).onConflict('model_ref').merge();
  }

  /** Where the model's reference came from, without reading its profile; undefined when none is set. */
  async getReferenceInfo(modelRef: string): Promise<ReferenceInfo | undefined> {
    const row = await this.knex(REFERENCES)
      .where({ model_ref: modelRef })
      .first(REFERENCE_INFO_COLUMNS);
    return row ? referenceInfoOf(row) : undefined;
  }

  /** The model's reference profile, if one was set. */
  async getReference(
    modelRef: string,
  ): Promise<{ info: ReferenceInfo; profile: ModelProfile } | undefined> {
    const row = await this.knex(REFERENCES)
      .where({ model_ref: modelRef })
      .first();
    if (!row) return undefined;
    return {
      info: referenceInfoOf(row),
      profile: JSON.parse(row.profile),
    };
  }

  /** Deletes windows that started before the cutoff. */
  async pruneWindows(olderThan: number): Promise<number> {
    return this.knex(WINDOWS).where('window_start', '<', olderThan).delete();
  }
}
