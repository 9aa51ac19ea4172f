import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import yaml from 'yaml';
import { createRunbooksAction } from './createRunbooks';
import { examples } from './createRunbooks.examples';

const execFileAsync = promisify(execFile);

const config = mockServices.rootConfig({
  data: {
    app: { baseUrl: 'https://portal.example.com' },
    backend: { baseUrl: 'https://portal.example.com' },
  },
});

const exampleInput = (i: number) =>
  yaml.parse(examples[i].example).steps[0].input;

/**
 * Builds the site with Debian's mkdocs, strict (a dead link or a page missing from the
 * nav fails): mkdocs.yml as written, but without `techdocs-core`, which TechDocs builds
 * with and PyPI-less machines cannot install; its Markdown extensions are not used here.
 */
async function buildSite(dir: string) {
  const mkdocs = yaml.parse(
    await fs.readFile(path.join(dir, 'mkdocs.yml'), 'utf8'),
  );
  expect(mkdocs.plugins).toEqual(['techdocs-core']);
  await fs.writeFile(
    path.join(dir, 'mkdocs.local.yml'),
    yaml.stringify({ ...mkdocs, plugins: ['search'] }),
  );
  return execFileAsync(
    'mkdocs',
    ['build', '--strict', '-f', 'mkdocs.local.yml', '-d', 'site'],
    { cwd: dir },
  );
}

describe('aiops:runbooks:create', () => {
  const workspace = createMockDirectory();
  const action = createRunbooksAction({ config });
  const read = (file: string) =>
    fs.readFile(path.join(workspace.path, file), 'utf8');

  beforeEach(() => workspace.clear());

  it('writes every runbook, linking to the model’s tabs in the portal, and the site builds', async () => {
    await fs.mkdir(path.join(workspace.path, 'docs'), { recursive: true });
    await fs.writeFile(
      path.join(workspace.path, 'docs/model-card.md'),
      '# Model card: Churn classifier\n',
    );
    const ctx = createMockActionContext({
      input: exampleInput(0),
      workspacePath: workspace.path,
    });
    await action.handler(ctx);
    const files = [
      'mkdocs.yml',
      'docs/index.md',
      'docs/runbooks/drift-response.md',
      'docs/runbooks/retraining.md',
      'docs/runbooks/rollback.md',
      'docs/runbooks/incident.md',
      'docs/runbooks/on-call.md',
    ];
    expect(ctx.output).toHaveBeenCalledWith('files', files);
    const mkdocs = yaml.parse(await read('mkdocs.yml'));
    expect(mkdocs.site_name).toBe('Churn classifier runbooks');
    expect(mkdocs.nav[1]).toEqual({ 'Model card': 'model-card.md' });
    const entity =
      'https://portal.example.com/catalog/default/mlmodel/churn-classifier';
    const drift = await read('docs/runbooks/drift-response.md');
    expect(drift).toContain('# Drift response: Churn classifier');
    expect(drift).toContain(`[Monitoring tab](${entity}/monitoring)`);
    expect(drift).toContain(
      'curl -sS -X POST -H "Authorization: Bearer $BACKSTAGE_TOKEN" https://portal.example.com/api/aiops/v1/models/default/churn-classifier/checks',
    );
    expect(await read('docs/runbooks/rollback.md')).toContain(
      'https://portal.example.com/api/aiops/v1/models/default/churn-classifier/rollback',
    );
    expect(await read('docs/runbooks/on-call.md')).toContain(
      '`group:default/customer-analytics`',
    );
    for (const tab of ['monitoring', 'governance', 'retraining', 'audit']) {
      expect(await read('docs/index.md')).toContain(`${entity}/${tab}`);
    }
    await buildSite(workspace.path);
    expect(
      await fs.readFile(
        path.join(workspace.path, 'site/runbooks/rollback/index.html'),
        'utf8',
      ),
    ).toContain('Rollback: Churn classifier');
  });

  it('names, not links, the runbooks a subset leaves out, so the site has no dead link', async () => {
    await action.handler(
      createMockActionContext({
        input: exampleInput(1),
        workspacePath: workspace.path,
      }),
    );
    const dir = path.join(workspace.path, 'services/assistant');
    expect((await fs.readdir(path.join(dir, 'docs/runbooks'))).sort()).toEqual([
      'incident.md',
      'on-call.md',
    ]);
    const onCall = await fs.readFile(
      path.join(dir, 'docs/runbooks/on-call.md'),
      'utf8',
    );
    expect(onCall).toContain('[incident](incident.md)');
    expect(onCall).toContain(
      "The model's drift status turning `drift`: drift response.",
    );
    expect(onCall).not.toContain('drift-response.md');
    await buildSite(dir);
  });

  it('refuses bad inputs with the reason and writes nothing outside the workspace; runs again alike', async () => {
    const attempt = (input: object) =>
      action.handler(
        createMockActionContext({
          input: input as any,
          workspacePath: workspace.path,
        }),
      );
    await expect(
      attempt({ name: 'm', owner: 'group:default/a', targetPath: '../up' }),
    ).rejects.toThrow(
      'Invalid input to aiops:runbooks:create: targetPath: a relative path inside the repository',
    );
    await expect(
      attempt({ name: 'm', owner: 'group:default/a', runbooks: ['pager'] }),
    ).rejects.toThrow(/runbooks\.0: Invalid enum value/);
    await expect(
      attempt({ name: 'm', owner: 'a\n---\nsite_name: injected' }),
    ).rejects.toThrow('owner: an entity ref');
    await expect(fs.readdir(workspace.path)).resolves.toEqual([]);
    await attempt(exampleInput(0));
    const first = await read('docs/runbooks/incident.md');
    await attempt(exampleInput(0));
    expect(await read('docs/runbooks/incident.md')).toBe(first);
  });
});
