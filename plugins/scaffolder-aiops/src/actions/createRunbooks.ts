import {
  RootConfigService,
  resolveSafeChildPath,
} from '@backstage/backend-plugin-api';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import fs from 'node:fs/promises';
import path from 'node:path';
import { examples } from './createRunbooks.examples';
import { ENTITY_NAME, REPO_PATH } from './inputPatterns';
import { InputShape, parseInput } from './parseInput';
import {
  RUNBOOKS,
  renderIndex,
  renderMkdocs,
  renderRunbook,
} from './renderRunbooks';

const ID = 'aiops:runbooks:create';
/** Text that goes into Markdown and YAML as it is: one line, no control characters. */
const LINE = /^[^\p{Cc}]{1,200}$/u;

const INPUT = {
  name: z =>
    z
      .string()
      .regex(ENTITY_NAME, 'an entity name: letters, digits, . _ -')
      .describe('Name of the MLModel entity the runbooks are for'),
  namespace: z =>
    z
      .string()
      .regex(ENTITY_NAME, 'a namespace: letters, digits, . _ -')
      .default('default')
      .describe('Namespace of the MLModel entity'),
  title: z =>
    z
      .string()
      .regex(LINE, 'one line of text')
      .optional()
      .describe('The model as people call it; the name by default'),
  owner: z =>
    z
      .string()
      .regex(LINE, 'an entity ref')
      .describe('Owner entity ref, named as the on-call'),
  runbooks: z =>
    z
      .array(z.enum(RUNBOOKS))
      .min(1)
      .default([...RUNBOOKS])
      .describe(
        'Which runbooks: drift-response, retraining, rollback, incident, on-call (all by default)',
      ),
  modelCardPath: z =>
    z
      .string()
      .regex(REPO_PATH, 'a relative path inside docs/')
      .optional()
      .describe(
        'The model card, relative to docs/ (e.g. model-card.md), in the nav and linked from the index',
      ),
  targetPath: z =>
    z
      .string()
      .regex(REPO_PATH, 'a relative path inside the repository')
      .default('.')
      .describe('Where mkdocs.yml and docs/ go'),
} satisfies InputShape;

/**
 * `aiops:runbooks:create`: writes TechDocs runbooks (mkdocs.yml, docs/index.md,
 * docs/runbooks/*.md) for drift response, retraining, rollback, incidents and on-call,
 * each linking to the model's tabs in this portal (`app.baseUrl`) and showing the API
 * calls against its backend (`backend.baseUrl`). Writes only inside the workspace;
 * re-running it writes the same files again.
 */
export function createRunbooksAction(options: { config: RootConfigService }) {
  return createTemplateAction({
    id: ID,
    description:
      "Writes TechDocs runbooks (drift response, retraining, rollback, incident, on-call) linking to the model's portal tabs",
    examples,
    // it writes into the workspace only: a dry run shows what it would write
    supportsDryRun: true,
    schema: {
      input: INPUT,
      output: {
        files: z => z.array(z.string()).describe('Paths written'),
      },
    },
    async handler(ctx) {
      const given = parseInput(ID, INPUT, ctx.input);
      const input = {
        ...given,
        title: given.title ?? given.name,
        appBaseUrl: options.config.getString('app.baseUrl'),
        backendBaseUrl: options.config.getString('backend.baseUrl'),
        modelCard: given.modelCardPath,
      };
      const files: Record<string, string> = {
        'mkdocs.yml': renderMkdocs(input),
        'docs/index.md': renderIndex(input),
      };
      for (const id of input.runbooks) {
        files[`docs/runbooks/${id}.md`] = renderRunbook(id, input);
      }
      const written: string[] = [];
      for (const [file, content] of Object.entries(files)) {
        const relative = path.posix.join(given.targetPath, file);
        const target = resolveSafeChildPath(ctx.workspacePath, relative);
        await fs.mkdir(path.dirname(target), { recursive: true });
        await fs.writeFile(target, content, 'utf8');
        written.push(relative);
      }
      ctx.logger.info(`Wrote the runbooks: ${written.join(', ')}`);
      ctx.output('files', written);
    },
  });
}
