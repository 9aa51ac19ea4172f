// @ts-check

/**
 * Hash of each batch's posted body, so a repeated idempotency key with a different body is
 * refused instead of answered with the first batch's answer.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('aiops_ingest_batches', table => {
    table
      .string('payload_hash', 64)
      .nullable()
      .comment('SHA-256 (hex) of the posted body; null for older batches');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('aiops_ingest_batches', table => {
    table.dropColumn('payload_hash');
  });
};
