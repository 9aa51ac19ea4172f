// @ts-check

/**
 * The KServe payload logger's CloudEvents: the request and the response of an
 * inference arrive as two events with the same `ce-id`, in either order, possibly from
 * different replicas of the logger. Each is stored here before it is answered; the pair
 * (or, after `aiops.kserve.joinWaitSeconds`, an event whose partner never came) is
 * claimed and folded as one batch of records keyed by its claim, so a fold that stopped
 * half-way is finished as a replay. A folded row stays an hour, so a redelivered event
 * is recognised and not folded twice.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('aiops_kserve_events', table => {
    table.string('model_ref', 255).notNullable();
    table.string('event_id', 255).notNullable().comment('The CloudEvent id');
    table.string('kind', 10).notNullable().comment('request or response');
    table
      .bigInteger('event_time')
      .nullable()
      .comment('Epoch ms of the CloudEvent time');
    table
      .text('data')
      .notNullable()
      .comment('The event data: the inference request or response body, JSON');
    table.bigInteger('received_at').notNullable().comment('Epoch ms');
    table
      .string('claim', 80)
      .nullable()
      .comment(
        'Set when a fold takes the row: the idempotency key of its batch',
      );
    table.bigInteger('folded_at').nullable().comment('Epoch ms');
    table.primary(['model_ref', 'event_id', 'kind']);
    table.index(['claim'], 'aiops_kserve_events_claim_idx');
    table.index(['folded_at', 'received_at'], 'aiops_kserve_events_due_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('aiops_kserve_events');
};
