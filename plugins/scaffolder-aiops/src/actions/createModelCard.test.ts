import { createMockDirectory } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import fs from 'node:fs/promises';
import path from 'node:path';
import yaml from 'yaml';
import { GOVERNANCE_RULES } from '@unified-aiops/plugin-aiops-common';
import { createModelCardAction } from './createModelCard';
import { examples } from './createModelCard.examples';

/** The governance policy's model card check, with its default sections, on the card. */
function cardCheck(markdown: string) {
  const rule = GOVERNANCE_RULES['model-card'];
  return rule.evaluate(
    {
      evidence: { evidence: { modelCard: markdown } },
    } as any,
    rule.params.parse({}) as any,
  );
}

describe('aiops:modelcard:create', () => {
  const workspace = createMockDirectory();
  const action = createModelCardAction();

  beforeEach(() => workspace.clear());

  it('writes the card of the documented example with every governance section', async () => {
    const input = yaml.parse(examples[0].example).steps[0].input;
    const ctx = createMockActionContext({
      input,
      workspacePath: workspace.path,
    });

    await action.handler(ctx);

    const card = await fs.readFile(
      path.join(workspace.path, 'docs/model-card.md'),
      'utf8',
    );
    expect(card).toContain('# Model card: Credit scoring');
    expect(card).toContain('Risk tier (EU AI Act): high');
    expect(card).toContain('Pre-screening of consumer credit applications');
    for (const section of [
      'Model details',
      'Intended use',
      'Training data',
      'Evaluation',
      'Limitations',
      'Ethical considerations',
    ]) {
      expect(card).toContain(`## ${section}`);
    }
    expect(ctx.output).toHaveBeenCalledWith('path', 'docs/model-card.md');
    // the form left sections empty: the governance card check says which, and fails
    expect(cardCheck(card)).toEqual({
      result: 'fail',
      reason:
        'The model card lacks limitations, trainingData, evaluation, ethicalConsiderations',
      evidence: {
        present: ['intendedUse'],
        missing: [
          'limitations',
          'trainingData',
          'evaluation',
          'ethicalConsiderations',
        ],
      },
    });
  });

  it('writes a card the governance card check passes when the form fills every section', async () => {
    await action.handler(
      createMockActionContext({
        input: {
          name: 'churn-classifier',
          owner: 'group:default/customer-analytics',
          type: 'classification' as const,
          riskTier: 'limited' as const,
          dataClassification: 'confidential' as const,
          intendedUse: 'Ranks customers by churn risk for retention offers.',
          trainingData:
            'Twelve months of subscription events, 2025-11 to 2026-10.',
          evaluation: 'AUC 0.86 on a held-out month; the CI gate requires 0.8.',
          limitations: 'Not for customers with under one month of tenure.',
          ethicalConsiderations:
            'Selection rates by segment are within the four-fifths rule.',
          targetPath: 'docs/model-card.md',
        },
        workspacePath: workspace.path,
      }),
    );
    const card = await fs.readFile(
      path.join(workspace.path, 'docs/model-card.md'),
      'utf8',
    );
    expect(card).toContain('- Data classification: confidential');
    expect(cardCheck(card).result).toBe('pass');
  });

  it('refuses a target path outside the workspace', async () => {
    const ctx = createMockActionContext({
      input: {
        name: 'm',
        owner: 'group:default/a',
        type: 'llm' as const,
        riskTier: 'minimal' as const,
        targetPath: '../escape.md',
      },
      workspacePath: workspace.path,
    });
    await expect(action.handler(ctx)).rejects.toThrow(/outside/i);
  });
});
