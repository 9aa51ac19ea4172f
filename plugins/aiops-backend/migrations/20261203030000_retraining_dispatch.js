// @ts-check

/**
 * What the loop needs to dispatch, follow and judge a retraining run: the runner's
 * target, the champion's version and the data window it was started with, the deadline
 * it times out at, the links and output the runner reports, and the challenger's
 * evaluation with the validation gate's decision.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('aiops_retraining_runs', table => {
    table
      .string('target', 200)
      .notNullable()
      .defaultTo('')
      .comment("The pipeline's spec.runner.target when the run was created");
    table.string('model_version', 100).nullable();
    table.bigInteger('data_from').nullable().comment('Epoch ms');
    table.bigInteger('data_to').nullable().comment('Epoch ms');
    table
      .bigInteger('deadline_at')
      .nullable()
      .comment('Epoch ms after which an unfinished run is timed out');
    table.text('log_url').nullable();
    table.text('logs').nullable().comment('The end of the output, if held');
    table
      .text('validation')
      .nullable()
      .comment('JSON: both evaluations and every rule of the decision');
    table.string('decision', 20).nullable().comment('pass | fail');
    table.string('promoted_version', 100).nullable();
    table.index(['state']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('aiops_retraining_runs', table => {
    table.dropIndex(['state']);
    table.dropColumns(
      'target',
      'model_version',
      'data_from',
      'data_to',
      'deadline_at',
      'log_url',
      'logs',
      'validation',
      'decision',
      'promoted_version',
    );
  });
};
