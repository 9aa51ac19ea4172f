import { Knex } from 'knex';

const TABLE = 'aiops_kserve_events';

/** Which half of an inference an event carries. */
export type KserveEventKind = 'request' | 'response';

/** One stored CloudEvent of the KServe payload logger. */
export interface KserveEvent {
  modelRef: string;
  eventId: string;
  kind: KserveEventKind;
  /** Epoch ms of the event's `time`, when it has one. */
  eventTime: number | null;
  /** The event data (the request or response body) as JSON text. */
  data: string;
  /** Epoch ms. */
  receivedAt: number;
}

const toEvent = (row: any): KserveEvent => ({
  modelRef: row.model_ref,
  eventId: row.event_id,
  kind: row.kind,
  eventTime: row.event_time === null ? null : Number(row.event_time),
  data: row.data,
  receivedAt: Number(row.received_at),
});

/**
 * Where the two events of an inference meet. A claim takes an inference's unclaimed rows
 * in one statement, so the request and the response are folded together once, whichever
 * replica saw the second; the claim is the idempotency key of their batch.
 */
export class KserveEventStore {
  static create(options: { knex: Knex }) {
    return new KserveEventStore(options.knex);
  }

  private constructor(private readonly knex: Knex) {}

  /** Stores an event; one already stored (a redelivery) is kept as it was. */
  async add(event: KserveEvent): Promise<void> {
    await this.knex(TABLE)
      .insert({
        model_ref: event.modelRef,
        event_id: event.eventId,
        kind: event.kind,
        event_time: event.eventTime,
        data: event.data,
        received_at: event.receivedAt,
      })
      .onConflict(['model_ref', 'event_id', 'kind'])
      .ignore();
  }

  /** Whether both events of the inference are stored and neither is claimed. */
  async hasPair(modelRef: string, eventId: string): Promise<boolean> {
    const [{ n }] = await this.knex(TABLE)
      .where({ model_ref: modelRef, event_id: eventId })
      .whereNull('claim')
      .count({ n: '*' });
    return Number(n) === 2;
  }

  /** Claims the inference's unclaimed events under `claim`; answers those it took. */
  async claim(
    modelRef: string,
    eventId: string,
    claim: string,
  ): Promise<KserveEvent[]> {
    await this.knex(TABLE)
      .where({ model_ref: modelRef, event_id: eventId })
      .whereNull('claim')
      .update({ claim });
    return (await this.knex(TABLE).where({ claim })).map(toEvent);
  }

  /**
   * Inferences with an event unclaimed since before `before` (their partner's wait is
   * over), oldest first.
   */
  async due(
    before: number,
    limit: number,
  ): Promise<Array<{ modelRef: string; eventId: string }>> {
    const rows = await this.knex(TABLE)
      .whereNull('claim')
      .andWhere('received_at', '<', before)
      .groupBy('model_ref', 'event_id')
      .select('model_ref', 'event_id')
      .min({ first: 'received_at' })
      .orderBy('first', 'asc')
      .limit(limit);
    return rows.map((row: any) => ({
      modelRef: row.model_ref,
      eventId: row.event_id,
    }));
  }

  /** Claims taken before `before` and never marked folded: a fold that stopped. */
  async unfinished(
    before: number,
    limit: number,
  ): Promise<Array<{ claim: string; events: KserveEvent[] }>> {
    const claims = await this.knex(TABLE)
      .whereNotNull('claim')
      .whereNull('folded_at')
      .andWhere('received_at', '<', before)
      .distinct('claim')
      .limit(limit);
    const out: Array<{ claim: string; events: KserveEvent[] }> = [];
    for (const { claim } of claims) {
      out.push({
        claim,
        events: (await this.knex(TABLE).where({ claim })).map(toEvent),
      });
    }
    return out;
  }

  async folded(claim: string, at: number): Promise<void> {
    await this.knex(TABLE).where({ claim }).update({ folded_at: at });
  }

  /** Forgets folded events older than `before`: a redelivery after that folds again. */
  async prune(before: number): Promise<number> {
    return this.knex(TABLE).where('folded_at', '<', before).delete();
  }
}
