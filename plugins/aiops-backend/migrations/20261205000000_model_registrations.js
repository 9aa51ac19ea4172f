// @ts-check

/**
 * A model registered by the golden-path templates before its repository's
 * catalog-info.yaml is in the catalog: who registered it (the template's user, not the
 * scaffolder), from which template and repository, its owner and the monitoring its
 * entity declares. One row per model: a second registration with the same content is
 * the same registration (a re-run step), one with other content is refused.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('aiops_model_registrations', table => {
    table.string('model_ref', 255).primary();
    table.string('owner', 255).notNullable();
    table.string('system', 255).nullable();
    table
      .text('monitoring')
      .notNullable()
      .comment('spec.monitoring of the entity to come, JSON');
    table.string('repository_url', 1000).nullable();
    table.string('template_ref', 255).nullable();
    table
      .string('digest', 64)
      .notNullable()
      .comment('sha256 of the registered content, to recognise a re-run');
    table.string('registered_by', 255).notNullable();
    table.bigInteger('registered_at').notNullable().comment('Epoch ms');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('aiops_model_registrations');
};
