// @ts-check

/**
 * Retraining runs: one row per run of a model's pipeline, whoever started it. A run that
 * drift starts carries the drift episode it answers, unique per model, so an episode
 * starts at most one run however many replicas decide at once: the database decides.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('aiops_retraining_runs', table => {
    table.comment('Retraining runs of models, from trigger to decision');
    table.string('id', 36).primary().comment('UUID');
    table.string('entity_ref').notNullable();
    table.string('pipeline_ref').notNullable();
    table
      .string('episode_key', 100)
      .nullable()
      .comment(
        'The drift episode a drift-triggered run answers; null otherwise',
      );
    table.string('state', 20).notNullable();
    table.string('trigger_kind', 20).notNullable().comment('drift | manual');
    table.string('triggered_by').notNullable();
    table.text('trigger_reason').notNullable();
    table.string('runner', 100).nullable();
    table.string('external_id', 500).nullable();
    table.text('external_url').nullable();
    table.text('state_reason').nullable();
    table.bigInteger('created_at').notNullable().comment('Epoch ms');
    table.bigInteger('started_at').nullable().comment('Epoch ms');
    table.bigInteger('finished_at').nullable().comment('Epoch ms');
    table
      .bigInteger('reported_at')
      .notNullable()
      .comment('Epoch ms of the last news of the run, to time out silent ones');
    table.unique(['entity_ref', 'episode_key']);
    table.index(['entity_ref', 'created_at']);
    table.index(['pipeline_ref', 'state']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('aiops_retraining_runs');
};
