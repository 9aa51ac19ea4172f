// @ts-check

/**
 * What the Prometheus source read for each model:
 *
 * - `aiops_resource_samples` holds the figures (latency quantiles, error rate, throughput,
 *   CPU, memory, GPU) at each step, one row per model and time, so a pull repeated by
 *   another replica or after a restart writes each point once;
 * - `aiops_resource_status` holds the latest pull's outcome per model: ok, or no-data
 *   with the reason (server down, an error answer, no series), and each missing figure.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('aiops_resource_samples', table => {
    table.string('model_ref', 255).notNullable();
    table.bigInteger('at').notNullable().comment('Epoch ms of the sample');
    table
      .text('figures')
      .notNullable()
      .comment('JSON: figure name to value, null where the query had none');
    table.primary(['model_ref', 'at']);
    table.index(['at'], 'aiops_resource_samples_at_idx');
  });
  await knex.schema.createTable('aiops_resource_status', table => {
    table.string('model_ref', 255).primary();
    table.bigInteger('pulled_at').notNullable().comment('Epoch ms');
    table.string('status', 20).notNullable().comment('ok or no-data');
    table.text('reason').nullable().comment('Why no-data');
    table
      .text('missing')
      .nullable()
      .comment('JSON: figure name to why it has no value');
    table
      .bigInteger('last_sample_at')
      .nullable()
      .comment('Epoch ms of the newest sample stored');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('aiops_resource_status');
  await knex.schema.dropTable('aiops_resource_samples');
};
