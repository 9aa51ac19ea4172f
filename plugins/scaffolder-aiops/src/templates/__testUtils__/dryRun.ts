import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import githubModule from '@backstage/plugin-scaffolder-backend-module-github';
import { validateWorkflow } from '@action-validator/core';
import { GOVERNANCE_RULES } from '@unified-aiops/plugin-aiops-common';
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import yaml from 'yaml';
import { scaffolderModuleAiops } from '../../module';

const execFileAsync = promisify(execFile);

/** The example templates' directory. */
export const TEMPLATES = path.resolve(
  __dirname,
  '../../../../../examples/templates',
);

/** Every file of a template's directory, as the dry-run API takes them. */
async function directoryContents(dir: string, base = dir) {
  const files: Array<{ path: string; base64Content: string }> = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      files.push(...(await directoryContents(full, base)));
    } else {
      files.push({
        path: path.relative(base, full),
        base64Content: (await fs.readFile(full)).toString('base64'),
      });
    }
  }
  return files;
}

/** What a dry run answered, and the directory its files were written to. */
export interface DryRun {
  result: {
    log: Array<{ body?: { message?: string } }>;
    steps: Array<{ id: string }>;
    output: { links?: unknown[]; text?: unknown[] };
    directoryContents: Array<{
      path: string;
      base64Content: string;
      executable?: boolean;
    }>;
  };
  out: string;
  read(file: string): Promise<string>;
  /** Runs a command in the generated repository. */
  run(
    command: string,
    args: string[],
    env?: Record<string, string>,
  ): Promise<{ stdout: string; stderr: string }>;
  remove(): Promise<void>;
}

/**
 * Runs a template of examples/templates through the real scaffolder backend's dry-run
 * API (`POST /api/scaffolder/v2/dry-run`), with the GitHub module and the aiops actions,
 * and writes what it produced into a temporary directory.
 */
export async function dryRun(
  template: string,
  values: Record<string, unknown>,
): Promise<DryRun> {
  const dir = path.join(TEMPLATES, template);
  const { server } = await startTestBackend({
    features: [
      scaffolderPlugin,
      githubModule,
      scaffolderModuleAiops,
      catalogServiceMock.factory(),
      mockServices.rootConfig.factory({
        data: {
          app: { baseUrl: 'https://portal.example.com' },
          backend: { baseUrl: 'https://portal.example.com' },
          integrations: { github: [{ host: 'github.com', token: 'unused' }] },
        },
      }),
    ],
  });
  const response = await request(server)
    .post('/api/scaffolder/v2/dry-run')
    .send({
      template: yaml.parse(
        await fs.readFile(path.join(dir, 'template.yaml'), 'utf8'),
      ),
      values,
      secrets: {},
      directoryContents: await directoryContents(dir),
    });
  if (response.status !== 200) {
    throw new Error(
      `The dry run answered ${response.status}: ${JSON.stringify(
        response.body,
      )}`,
    );
  }
  const result = response.body;
  const out = await fs.mkdtemp(path.join(os.tmpdir(), `${template}-`));
  for (const file of result.directoryContents) {
    const target = path.join(out, file.path);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, Buffer.from(file.base64Content, 'base64'), {
      mode: file.executable ? 0o755 : 0o644,
    });
  }
  return {
    result,
    out,
    read: file => fs.readFile(path.join(out, file), 'utf8'),
    run: (command, args, env = {}) =>
      execFileAsync(command, args, {
        cwd: out,
        env: {
          // the machine's certificates and proxies (npm reaches its registry through
          // them), nothing of the test process's own configuration
          ...Object.fromEntries(
            Object.entries(process.env).filter(([key]) =>
              /^(PATH|NODE_EXTRA_CA_CERTS|SSL_CERT_(FILE|DIR)|(HTTPS?|NO)_PROXY|(https?|no)_proxy)$/.test(
                key,
              ),
            ),
          ),
          HOME: out,
          GITHUB_ACTIONS: 'true',
          ...env,
        },
        maxBuffer: 16 * 1024 * 1024,
      }).catch(error => {
        // what the command said is the reason a test wants to read
        throw new Error(
          `${command} ${args.join(' ')} failed (${error.code}):\n${
            error.stdout
          }${error.stderr}`,
        );
      }),
    remove: () => fs.rm(out, { recursive: true, force: true }),
  };
}

/** Whether the workflow schema accepts the generated GitHub Actions workflow. */
export async function workflowErrors(run: DryRun) {
  return validateWorkflow(await run.read('.github/workflows/aiops.yml')).errors;
}

/** The governance policy's model card check on the generated card. */
export async function cardCheck(run: DryRun) {
  const rule = GOVERNANCE_RULES['model-card'];
  return rule.evaluate(
    {
      evidence: {
        evidence: { modelCard: await run.read('docs/model-card.md') },
      },
    } as any,
    rule.params.parse({}) as any,
  );
}

/** Builds the generated runbooks with mkdocs, strict, `techdocs-core` left out (see docs/golden-path.md). */
export async function buildRunbooks(run: DryRun) {
  const mkdocs = yaml.parse(await run.read('mkdocs.yml'));
  await fs.writeFile(
    path.join(run.out, 'mkdocs.local.yml'),
    yaml.stringify({ ...mkdocs, plugins: ['search'] }),
  );
  await run.run('mkdocs', [
    'build',
    '--strict',
    '-f',
    'mkdocs.local.yml',
    '-d',
    'site',
  ]);
}
