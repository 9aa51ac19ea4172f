// @ts-check

/**
 * A promotion's drift reference: the challenger's training data the pipeline reported
 * with its evaluation (folded into a profile), and, on the reference, the time from which
 * drift checks compare traffic (the promotion's), so traffic the replaced version served
 * is not held against the new one.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('aiops_retraining_runs', table => {
    table
      .text('challenger_reference')
      .nullable()
      .comment(
        'Profile JSON of the training records reported with the evaluation',
      );
  });
  await knex.schema.alterTable('aiops_references', table => {
    table
      .bigInteger('compared_from')
      .nullable()
      .comment(
        'Epoch ms; checks compare traffic from then on (set by a promotion)',
      );
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('aiops_references', table => {
    table.dropColumn('compared_from');
  });
  await knex.schema.alterTable('aiops_retraining_runs', table => {
    table.dropColumn('challenger_reference');
  });
};
