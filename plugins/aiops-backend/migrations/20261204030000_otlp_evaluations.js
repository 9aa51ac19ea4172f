// @ts-check

/**
 * The join of GenAI spans and the evaluations OTLP log records report about them
 * (`gen_ai.evaluation.result` events with the span's trace and span ids), which arrive on
 * their own route, before or after the span:
 *
 * - `aiops_otlp_evaluations` holds each evaluation until its span is folded;
 * - `aiops_otlp_held_spans` holds each GenAI span's record for the wait
 *   (`aiops.otlp.evaluationWaitSeconds`), then keeps a released row for an hour so an
 *   evaluation that arrives later is answered as too late rather than kept forever.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('aiops_otlp_evaluations', table => {
    table
      .string('span_key', 50)
      .notNullable()
      .comment('<trace id>:<span id>, hex');
    table.string('name', 255).notNullable().comment('gen_ai.evaluation.name');
    table.double('score').nullable().comment('gen_ai.evaluation.score.value');
    table
      .string('label', 255)
      .nullable()
      .comment('gen_ai.evaluation.score.label');
    table.bigInteger('received_at').notNullable().comment('Epoch ms');
    table.primary(['span_key', 'name']);
    table.index(['received_at'], 'aiops_otlp_evaluations_received_idx');
  });
  await knex.schema.createTable('aiops_otlp_held_spans', table => {
    table.string('span_key', 50).primary().comment('<trace id>:<span id>, hex');
    table.string('model_ref', 255).notNullable();
    table
      .text('record')
      .notNullable()
      .comment('The span as an inference record, JSON');
    table.bigInteger('due_at').notNullable().comment('Epoch ms the wait ends');
    table
      .string('claim', 80)
      .nullable()
      .comment(
        'Set while a release folds it: the idempotency key of its batch',
      );
    table.bigInteger('released_at').nullable().comment('Epoch ms');
    table.index(['released_at', 'due_at'], 'aiops_otlp_held_spans_due_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('aiops_otlp_held_spans');
  await knex.schema.dropTable('aiops_otlp_evaluations');
};
