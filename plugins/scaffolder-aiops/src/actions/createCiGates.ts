import {
  RootConfigService,
  resolveSafeChildPath,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import fs from 'node:fs/promises';
import path from 'node:path';
import { examples } from './createCiGates.examples';
import { ENTITY_NAME, REPO_PATH } from './inputPatterns';
import { InputShape, parseInput } from './parseInput';
import {
  CI_SECRETS,
  CI_SYSTEMS,
  MetricBound,
  RUNTIMES,
  renderCiScripts,
  renderGithubWorkflow,
  renderGitlabPipeline,
} from './renderCiWorkflow';

/** An evaluation metric's name: what `jq '.<name>'` reads, nothing a shell would expand. */
const METRIC_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** One line of shell, as a template author writes a command. */
const COMMAND = /^[^\r\n\0]{1,500}$/;

const ID = 'aiops:ci:gates';

const DEFAULT_TARGET: Record<(typeof CI_SYSTEMS)[number], string> = {
  'github-actions': '.github/workflows/aiops.yml',
  'gitlab-ci': '.gitlab-ci.yml',
};

const DEFAULT_COMMANDS: Record<
  (typeof RUNTIMES)[number],
  { test: string; evaluate: string }
> = {
  python: { test: 'python -m pytest -q', evaluate: 'python evaluate.py' },
  node: { test: 'npm test', evaluate: 'npm run evaluate' },
};

/** The organisation's defaults: `aiops.scaffolder.ci` in app-config.yaml. */
function organisationDefaults(config: RootConfigService) {
  const ci = config.getOptionalConfig('aiops.scaffolder.ci');
  const thresholds: Record<string, MetricBound> = {};
  const configured = ci?.getOptionalConfig('thresholds');
  for (const metric of configured?.keys() ?? []) {
    if (!METRIC_NAME.test(metric)) {
      throw new InputError(
        `aiops.scaffolder.ci.thresholds.${metric}: a metric name is a letter or _ then letters, digits or _`,
      );
    }
    thresholds[metric] = {
      min: configured!.getOptionalNumber(`${metric}.min`),
      max: configured!.getOptionalNumber(`${metric}.max`),
    };
  }
  return {
    thresholds,
    minDisparateImpact: ci?.getOptionalNumber('minDisparateImpact') ?? 0.8,
    backstageUrl:
      ci?.getOptionalString('backstageUrl') ??
      config.getString('backend.baseUrl'),
  };
}

const INPUT = {
  name: z =>
    z
      .string()
      .regex(ENTITY_NAME, 'an entity name: letters, digits, . _ -')
      .describe('Name of the MLModel entity the CI reports for'),
  namespace: z =>
    z
      .string()
      .regex(ENTITY_NAME, 'a namespace: letters, digits, . _ -')
      .default('default')
      .describe('Namespace of the MLModel entity'),
  ci: z =>
    z
      .enum(CI_SYSTEMS)
      .default('github-actions')
      .describe('The CI system: github-actions or gitlab-ci'),
  runtime: z =>
    z
      .enum(RUNTIMES)
      .default('python')
      .describe('What the repository is written in: python or node'),
  testCommand: z =>
    z
      .string()
      .regex(COMMAND, 'one line of shell')
      .optional()
      .describe(
        'Runs the unit tests; python -m pytest -q or npm test by default',
      ),
  evaluateCommand: z =>
    z
      .string()
      .regex(COMMAND, 'one line of shell')
      .optional()
      .describe(
        'Runs the evaluation, writing metrics.json, bias.json and reference.json into evidenceDir; python evaluate.py or npm run evaluate by default',
      ),
  thresholds: z =>
    z
      .record(
        z
          .string()
          .regex(
            METRIC_NAME,
            'a metric name: a letter or _ then letters, digits or _',
          ),
        z
          .object({
            min: z.number().finite().optional(),
            max: z.number().finite().optional(),
          })
          .strict()
          .refine(b => b.min !== undefined || b.max !== undefined, {
            message: 'a threshold needs min or max',
          }),
      )
      .default({})
      .describe(
        'Evaluation metric → { min, max }, over the organisation defaults (aiops.scaffolder.ci.thresholds)',
      ),
  minDisparateImpact: z =>
    z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe(
        'Lowest disparate impact per group attribute; aiops.scaffolder.ci.minDisparateImpact, else 0.8 (the four-fifths rule)',
      ),
  modelCardPath: z =>
    z
      .string()
      .regex(REPO_PATH, 'a relative path inside the repository')
      .default('docs/model-card.md')
      .describe('The model card the gate checks'),
  evidenceDir: z =>
    z
      .string()
      .regex(REPO_PATH, 'a relative path inside the repository')
      .default('eval')
      .describe('Where the evaluation writes its evidence'),
  targetPath: z =>
    z
      .string()
      .regex(REPO_PATH, 'a relative path inside the repository')
      .optional()
      .describe(
        'Where the workflow goes; .github/workflows/aiops.yml or .gitlab-ci.yml by default',
      ),
} satisfies InputShape;

/**
 * `aiops:ci:gates`: writes the CI of the new repository for GitHub Actions or GitLab CI:
 * unit tests, the evaluation against its thresholds (the template's over the
 * organisation's `aiops.scaffolder.ci.thresholds`), the bias evaluation, the portal's
 * governance gate with the evidence and the model card (the job fails on `fail`), and on
 * release the drift reference; the shell both systems run lives in `ci/aiops/`. Writes
 * only inside the workspace; re-running it writes the same files again.
 */
export function createCiGatesAction(options: { config: RootConfigService }) {
  return createTemplateAction({
    id: ID,
    description:
      "Writes the CI workflow (GitHub Actions or GitLab CI) with unit tests, evaluation thresholds, bias evaluation, the portal's governance gate and the drift reference on release",
    examples,
    // it writes into the workspace only: a dry run shows what it would write
    supportsDryRun: true,
    schema: {
      input: INPUT,
      output: {
        path: z => z.string().describe('Path of the workflow written'),
        scripts: z =>
          z.array(z.string()).describe('Paths of the scripts it runs'),
        secrets: z =>
          z
            .array(z.string())
            .describe('Secrets (CI/CD variables) the repository must set'),
      },
    },
    async handler(ctx) {
      const defaults = organisationDefaults(options.config);
      const given = parseInput(ID, INPUT, ctx.input);
      const { name, namespace, ci, runtime } = given;
      const input = {
        modelRef: `mlmodel:${namespace}/${name}`,
        backstageUrl: defaults.backstageUrl,
        runtime,
        testCommand: given.testCommand ?? DEFAULT_COMMANDS[runtime].test,
        evaluateCommand:
          given.evaluateCommand ?? DEFAULT_COMMANDS[runtime].evaluate,
        thresholds: { ...defaults.thresholds, ...given.thresholds },
        minDisparateImpact:
          given.minDisparateImpact ?? defaults.minDisparateImpact,
        modelCardPath: given.modelCardPath,
        evidenceDir: given.evidenceDir,
      };
      const targetPath = given.targetPath ?? DEFAULT_TARGET[ci];
      const files: Record<string, { content: string; mode: number }> = {
        [targetPath]: {
          content:
            ci === 'github-actions'
              ? renderGithubWorkflow(input)
              : renderGitlabPipeline(input),
          mode: 0o644,
        },
      };
      const scripts = renderCiScripts(input);
      for (const [file, content] of Object.entries(scripts)) {
        files[file] = { content, mode: 0o755 };
      }
      for (const [file, { content, mode }] of Object.entries(files)) {
        const target = resolveSafeChildPath(ctx.workspacePath, file);
        await fs.mkdir(path.dirname(target), { recursive: true });
        await fs.writeFile(target, content, { encoding: 'utf8', mode });
        await fs.chmod(target, mode);
      }
      ctx.logger.info(
        `Wrote the ${ci} workflow to ${targetPath} and its scripts to ${Object.keys(
          scripts,
        ).join(', ')}; set the secrets ${CI_SECRETS.join(' and ')}`,
      );
      ctx.output('path', targetPath);
      ctx.output('scripts', Object.keys(scripts));
      ctx.output('secrets', [...CI_SECRETS]);
    },
  });
}
