// @ts-check

/**
 * Governance: gate calls with their evidence, waivers, approvals, each model's latest
 * evaluation, and the hash-chained audit trail with the head row that serializes appends.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('aiops_gate_records', table => {
    table.comment(
      'CI gate calls: the evidence posted for a model version and the decision',
    );
    table.bigIncrements('id').primary();
    table.string('entity_ref').notNullable();
    table.string('model_version', 200).notNullable();
    table.string('commit_sha', 100).nullable();
    table.text('run_url').nullable();
    table.string('decision', 10).notNullable();
    table.string('status', 20).notNullable();
    table.double('score').notNullable();
    table.string('actor').notNullable();
    table.bigInteger('recorded_at').notNullable().comment('Epoch ms');
    table
      .text('evidence', 'longtext')
      .notNullable()
      .comment('GateEvidence JSON');
    table.text('checks', 'longtext').notNullable().comment('GateCheck[] JSON');
    table.index(['entity_ref', 'model_version', 'recorded_at']);
    table.index(['entity_ref', 'recorded_at']);
  });

  await knex.schema.createTable('aiops_waivers', table => {
    table.comment(
      'Waivers of one governance check for one model, until they expire',
    );
    table.bigIncrements('id').primary();
    table.string('entity_ref').notNullable();
    table.string('check_id', 100).notNullable();
    table.text('reason').notNullable();
    table.string('requested_by').notNullable();
    table.bigInteger('requested_at').notNullable();
    table.string('approved_by').nullable();
    table.bigInteger('approved_at').nullable();
    table.bigInteger('expires_at').notNullable();
    table.string('revoked_by').nullable();
    table.bigInteger('revoked_at').nullable();
    table.index(['entity_ref']);
  });

  await knex.schema.createTable('aiops_approvals', table => {
    table.comment('Decisions people record on model versions');
    table.bigIncrements('id').primary();
    table.string('entity_ref').notNullable();
    table.string('model_version', 200).notNullable();
    table.string('decision', 10).notNullable();
    table.string('approver').notNullable();
    table.text('comment').notNullable();
    table.bigInteger('decided_at').notNullable();
    table.bigInteger('expires_at').notNullable();
    table.index(['entity_ref', 'model_version', 'decided_at']);
  });

  await knex.schema.createTable('aiops_governance_status', table => {
    table.comment('The latest governance evaluation of each model');
    table.string('entity_ref').primary();
    table.string('status', 20).notNullable();
    table.double('score').notNullable();
    table.string('model_version', 200).nullable();
    table
      .text('evaluation', 'longtext')
      .notNullable()
      .comment('GovernanceEvaluation JSON');
    table.bigInteger('evaluated_at').notNullable();
    table.bigInteger('changed_at').notNullable();
  });

  await knex.schema.createTable('aiops_audit_log', table => {
    table.comment('Append-only, hash-chained audit trail');
    table.bigInteger('sequence').primary();
    table.string('time', 30).notNullable().comment('ISO 8601, as hashed');
    table.string('actor').notNullable();
    table.string('action', 100).notNullable();
    table.string('entity_ref').nullable();
    table.text('details', 'longtext').notNullable().comment('JSON, as hashed');
    table.string('prev_hash', 64).notNullable();
    table.string('hash', 64).notNullable();
    table.index(['entity_ref', 'sequence']);
    table.index(['time']);
  });

  await knex.schema.createTable('aiops_audit_head', table => {
    table.comment(
      'The chain head, locked by each append so concurrent writers make one chain, and where retention cut it',
    );
    table.integer('id').primary();
    table.bigInteger('sequence').notNullable();
    table.string('hash', 64).notNullable();
    table
      .bigInteger('start_sequence')
      .notNullable()
      .comment('Last entry cut by retention; 0 when none');
    table
      .string('start_hash', 64)
      .notNullable()
      .comment('Hash of that entry; the first kept entry links to it');
  });
  await knex('aiops_audit_head').insert({
    id: 1,
    sequence: 0,
    hash: '0'.repeat(64),
    start_sequence: 0,
    start_hash: '0'.repeat(64),
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('aiops_audit_head');
  await knex.schema.dropTable('aiops_audit_log');
  await knex.schema.dropTable('aiops_governance_status');
  await knex.schema.dropTable('aiops_approvals');
  await knex.schema.dropTable('aiops_waivers');
  await knex.schema.dropTable('aiops_gate_records');
};
