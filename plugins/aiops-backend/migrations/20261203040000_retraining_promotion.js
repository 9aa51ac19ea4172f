// @ts-check

/**
 * Promotion of a retraining run's challenger: awaiting a person's approval (high-risk
 * models), approved or rejected with a comment, expired, promoted through the registry,
 * failed, or rolled back; the champion it replaced and the drift reference it moved, so
 * a rollback restores both.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('aiops_retraining_runs', table => {
    table
      .string('promotion', 30)
      .nullable()
      .comment(
        'awaiting-approval | rejected | expired | promoted | failed | rolled-back',
      );
    table.text('promotion_reason').nullable();
    table.string('decided_by').nullable().comment('Who approved or rejected');
    table.text('decision_comment').nullable();
    table.bigInteger('approval_expires_at').nullable().comment('Epoch ms');
    table.bigInteger('promoted_at').nullable().comment('Epoch ms');
    table
      .string('previous_version', 100)
      .nullable()
      .comment('The champion the promotion replaced');
    table
      .text('previous_reference')
      .nullable()
      .comment('JSON: the drift reference the promotion replaced');
    table.index(['entity_ref', 'promotion']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('aiops_retraining_runs', table => {
    table.dropIndex(['entity_ref', 'promotion']);
    table.dropColumns(
      'promotion',
      'promotion_reason',
      'decided_by',
      'decision_comment',
      'approval_expires_at',
      'promoted_at',
      'previous_version',
      'previous_reference',
    );
  });
};
