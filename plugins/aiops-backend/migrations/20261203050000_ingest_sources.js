// @ts-check

/**
 * Figures per telemetry source (OTLP traces, ...): what was accepted, rejected and
 * skipped since the start, and the latest reason for a rejection, so nothing a source
 * sends is dropped without a count.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('aiops_ingest_sources', table => {
    table.string('source', 50).primary().comment('e.g. otlp-traces');
    table.bigInteger('accepted').notNullable().defaultTo(0);
    table.bigInteger('rejected').notNullable().defaultTo(0);
    table
      .bigInteger('skipped')
      .notNullable()
      .defaultTo(0)
      .comment('Items that are not the source’s kind (non-GenAI spans)');
    table.bigInteger('last_received_at').notNullable().comment('Epoch ms');
    table.text('last_rejection').nullable();
    table.bigInteger('last_rejected_at').nullable().comment('Epoch ms');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('aiops_ingest_sources');
};
