import { createMockDirectory } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import fs from 'node:fs/promises';
import path from 'node:path';
import yaml from 'yaml';
import { createModelCardAction } from './createModelCard';
import { examples } from './createModelCard.examples';

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
      'Fairness and bias',
      'Limitations and risks',
    ]) {
      expect(card).toContain(`## ${section}`);
    }
    expect(ctx.output).toHaveBeenCalledWith('path', 'docs/model-card.md');
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
