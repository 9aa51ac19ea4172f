import { InferenceRecord } from '@unified-aiops/plugin-aiops-common';
import { Knex } from 'knex';
import { GenAiEvaluation } from './genAiRecords';

const EVALUATIONS = 'aiops_otlp_evaluations';
const HELD = 'aiops_otlp_held_spans';
/** Keys per `IN (...)` list: well under SQLite's and PostgreSQL's bind limits. */
const KEYS_PER_QUERY = 500;

/** An evaluation reported by a log record, keyed by the span it judges. */
export interface SpanEvaluation extends GenAiEvaluation {
  /** `<trace id>:<span id>`, lowercase hex. */
  spanKey: string;
}

/** A GenAI span's record held for its evaluations. */
export interface HeldSpan {
  spanKey: string;
  modelRef: string;
  record: InferenceRecord;
}

/** Held spans of one model released together: the claim is their batch's idempotency key. */
export interface ClaimedSpans {
  claim: string;
  modelRef: string;
  spans: HeldSpan[];
}

function chunks<T>(items: T[], size = KEYS_PER_QUERY): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size)
    out.push(items.slice(i, i + size));
  return out;
}

/**
 * Where GenAI spans meet the evaluations that OTLP log records report about them. Either
 * may arrive first: evaluations wait here for their span, and spans wait (held) for their
 * evaluations until `due`; a released span's row stays an hour, so a retried export is
 * not folded twice and an evaluation that comes after its span was folded is told so.
 */
export class OtlpJoinStore {
  static create(options: { knex: Knex }) {
    return new OtlpJoinStore(options.knex);
  }

  private constructor(private readonly knex: Knex) {}

  /** Stores evaluations; the same span's evaluation of the same name again replaces it. */
  async addEvaluations(evaluations: SpanEvaluation[], now: number) {
    for (const chunk of chunks(evaluations)) {
      // one row per (span, name) within a statement: PostgreSQL refuses to merge a row twice
      const unique = new Map(
        chunk.map(e => [`${e.spanKey}\u0000${e.name}`, e]),
      );
      await this.knex(EVALUATIONS)
        .insert(
          [...unique.values()].map(e => ({
            span_key: e.spanKey,
            name: e.name,
            score: e.score ?? null,
            label: e.label ?? null,
            received_at: now,
          })),
        )
        .onConflict(['span_key', 'name'])
        .merge(['score', 'label', 'received_at']);
    }
  }

  /** The stored evaluations of these spans, by span key. */
  async evaluationsOf(
    spanKeys: string[],
  ): Promise<Map<string, GenAiEvaluation[]>> {
    const found = new Map<string, GenAiEvaluation[]>();
    for (const chunk of chunks(spanKeys)) {
      const rows = await this.knex(EVALUATIONS)
        .whereIn('span_key', chunk)
        .select('span_key', 'name', 'score', 'label');
      for (const row of rows) {
        const list = found.get(row.span_key) ?? [];
        list.push({
          name: row.name,
          ...(row.score !== null && { score: Number(row.score) }),
          ...(row.label !== null && { label: row.label }),
        });
        found.set(row.span_key, list);
      }
    }
    return found;
  }

  /** Drops evaluations once their span is folded with them. */
  async removeEvaluations(spanKeys: string[]) {
    for (const chunk of chunks(spanKeys)) {
      await this.knex(EVALUATIONS).whereIn('span_key', chunk).delete();
    }
  }

  /** Of these spans, those held or released, with when each was released (null: still held). */
  async spansAmong(spanKeys: string[]): Promise<Map<string, number | null>> {
    const found = new Map<string, number | null>();
    for (const chunk of chunks(spanKeys)) {
      const rows = await this.knex(HELD)
        .whereIn('span_key', chunk)
        .select('span_key', 'released_at');
      for (const row of rows) {
        found.set(
          row.span_key,
          row.released_at === null ? null : Number(row.released_at),
        );
      }
    }
    return found;
  }

  /** Holds spans until `dueAt`; a span held or released before is left as it is (a retry). */
  async hold(spans: HeldSpan[], dueAt: number) {
    for (const chunk of chunks(spans)) {
      const unique = new Map(chunk.map(s => [s.spanKey, s]));
      await this.knex(HELD)
        .insert(
          [...unique.values()].map(s => ({
            span_key: s.spanKey,
            model_ref: s.modelRef,
            record: JSON.stringify(s.record),
            due_at: dueAt,
          })),
        )
        .onConflict('span_key')
        .ignore();
    }
  }

  /**
   * Held spans whose wait is over, claimed in groups of one model of at most `maxPerClaim`
   * spans: first the groups a release claimed and did not finish (it stopped), then new
   * ones. `claimOf` names a group from its span keys, so a group folded again is a replay.
   */
  async claimDue(options: {
    now: number;
    limit: number;
    maxPerClaim: number;
    claimOf: (spanKeys: string[]) => string;
  }): Promise<ClaimedSpans[]> {
    const { knex } = this;
    const toClaims = (rows: any[]) => {
      const byClaim = new Map<string, ClaimedSpans>();
      for (const row of rows) {
        const claim: ClaimedSpans = byClaim.get(row.claim) ?? {
          claim: row.claim,
          modelRef: row.model_ref,
          spans: [],
        };
        claim.spans.push({
          spanKey: row.span_key,
          modelRef: row.model_ref,
          record: JSON.parse(row.record),
        });
        byClaim.set(row.claim, claim);
      }
      return [...byClaim.values()];
    };
    const unfinished = await knex(HELD)
      .whereNull('released_at')
      .whereNotNull('claim')
      .orderBy('span_key')
      .limit(options.limit);
    if (unfinished.length > 0) return toClaims(unfinished);

    const due = await knex(HELD)
      .whereNull('released_at')
      .whereNull('claim')
      .where('due_at', '<=', options.now)
      .orderBy([{ column: 'model_ref' }, { column: 'span_key' }])
      .limit(options.limit)
      .select('span_key', 'model_ref');
    const byModel = new Map<string, string[]>();
    for (const row of due) {
      byModel.set(row.model_ref, [
        ...(byModel.get(row.model_ref) ?? []),
        row.span_key,
      ]);
    }
    for (const keys of byModel.values()) {
      for (const group of chunks(keys, options.maxPerClaim)) {
        const claim = options.claimOf(group);
        for (const part of chunks(group)) {
          await knex(HELD)
            .whereIn('span_key', part)
            .whereNull('claim')
            .update({ claim });
        }
      }
    }
    const claimed = await knex(HELD)
      .whereNull('released_at')
      .whereNotNull('claim')
      .orderBy('span_key')
      .limit(options.limit);
    return toClaims(claimed);
  }

  /** Marks a claimed group folded. */
  async released(claim: string, now: number) {
    await this.knex(HELD)
      .where({ claim })
      .whereNull('released_at')
      .update({ released_at: now, record: '' });
  }

  /**
   * Forgets released spans after `releasedTtlMs` and evaluations that found no span within
   * `evaluationTtlMs`; answers how many evaluations were dropped unjoined.
   */
  async prune(options: {
    now: number;
    releasedTtlMs: number;
    evaluationTtlMs: number;
  }): Promise<number> {
    await this.knex(HELD)
      .whereNotNull('released_at')
      .where('released_at', '<', options.now - options.releasedTtlMs)
      .delete();
    return this.knex(EVALUATIONS)
      .where('received_at', '<', options.now - options.evaluationTtlMs)
      .delete();
  }
}
