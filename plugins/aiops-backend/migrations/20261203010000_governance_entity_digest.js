// @ts-check

/**
 * The digest of the entity each governance evaluation read, so a pass re-evaluates a model
 * as soon as its entity changes instead of waiting for the full re-evaluation interval.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('aiops_governance_status', table => {
    table
      .string('entity_digest', 64)
      .nullable()
      .comment(
        'SHA-256 of the entity fields the evaluation read; null before this migration',
      );
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('aiops_governance_status', table => {
    table.dropColumn('entity_digest');
  });
};
