// @ts-check

/**
 * The latest check's cost per 1,000 requests beside each model's drift status, so the
 * fleet lists cost beside drift and quality without reading every check's result.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('aiops_model_status', table => {
    table
      .double('cost_per_thousand_usd')
      .nullable()
      .comment(
        'USD per 1,000 costed requests in the latest check; null without costs',
      );
    table
      .boolean('cost_regression')
      .nullable()
      .comment(
        'Whether the latest check found the cost up past the configured ratio',
      );
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('aiops_model_status', table => {
    table.dropColumn('cost_regression');
    table.dropColumn('cost_per_thousand_usd');
  });
};
