// @ts-check

/**
 * Ingest batches, window and reference profiles, check results and model status.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('aiops_ingest_batches', table => {
    table.comment(
      'Accepted record batches, durable before they are acknowledged',
    );
    table.bigIncrements('id').primary();
    table.string('model_ref').notNullable();
    table.string('idempotency_key').notNullable();
    table.bigInteger('received_at').notNullable().comment('Epoch ms');
    table.integer('record_count').notNullable();
    table.text('payload', 'longtext').notNullable().comment('Raw records JSON');
    table.integer('response_status').notNullable();
    table.text('response_body').notNullable();
    table
      .bigInteger('folded_at')
      .nullable()
      .comment('Epoch ms; null until folded');
    table.unique(['model_ref', 'idempotency_key']);
    table.index(['folded_at', 'id']);
  });

  await knex.schema.createTable('aiops_profiles', table => {
    table.comment('Mergeable profile per model and window');
    table.string('model_ref').notNullable();
    table.bigInteger('window_start').notNullable().comment('Epoch ms');
    table.bigInteger('record_count').notNullable();
    table.text('profile', 'longtext').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.primary(['model_ref', 'window_start']);
  });

  await knex.schema.createTable('aiops_references', table => {
    table.comment(
      'Reference profile per model, from training data or a pinned window',
    );
    table.string('model_ref').primary();
    table.string('source').notNullable();
    table.string('model_version').nullable();
    table.bigInteger('window_from').nullable();
    table.bigInteger('window_to').nullable();
    table.bigInteger('record_count').notNullable();
    table.text('profile', 'longtext').notNullable();
    table.bigInteger('updated_at').notNullable();
  });

  await knex.schema.createTable('aiops_check_results', table => {
    table.comment('History of drift checks with per-feature results');
    table.bigIncrements('id').primary();
    table.string('model_ref').notNullable();
    table.bigInteger('checked_at').notNullable();
    table.string('trigger').notNullable();
    table
      .string('result_status')
      .notNullable()
      .comment('Tier of this check alone');
    table
      .string('status')
      .notNullable()
      .comment('Model status after hysteresis');
    table.text('result', 'longtext').notNullable();
    table.index(['model_ref', 'checked_at']);
    table.index(['checked_at']);
  });

  await knex.schema.createTable('aiops_model_status', table => {
    table.comment('Current drift status and check schedule per model');
    table.string('model_ref').primary();
    table.string('status').notNullable();
    table.string('pending_status').nullable();
    table.integer('pending_count').notNullable().defaultTo(0);
    table.bigInteger('next_run_at').notNullable().comment('Epoch ms');
    table.bigInteger('last_checked_at').nullable();
    table.bigInteger('last_result_id').nullable();
    table.bigInteger('changed_at').nullable();
    table.index(['next_run_at']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('aiops_model_status');
  await knex.schema.dropTable('aiops_check_results');
  await knex.schema.dropTable('aiops_references');
  await knex.schema.dropTable('aiops_profiles');
  await knex.schema.dropTable('aiops_ingest_batches');
};
