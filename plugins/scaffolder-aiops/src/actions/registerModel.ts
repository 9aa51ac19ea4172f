import {
  AuthService,
  DiscoveryService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { InputError, ResponseError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { modelMonitoringSchema } from '@unified-aiops/plugin-aiops-common';
import { examples } from './registerModel.examples';
import { ENTITY_NAME } from './inputPatterns';
import { InputShape, parseInput } from './parseInput';

const ID = 'aiops:model:register';
/** An entity ref as the form's pickers give it: one line, no spaces. */
const ENTITY_REF = /^[^\s\p{Cc}]{1,255}$/u;

const INPUT = {
  name: z =>
    z
      .string()
      .regex(ENTITY_NAME, 'an entity name: letters, digits, . _ -')
      .describe('Name of the MLModel entity the template creates'),
  namespace: z =>
    z
      .string()
      .regex(ENTITY_NAME, 'a namespace: letters, digits, . _ -')
      .default('default')
      .describe('Namespace of the MLModel entity'),
  owner: z =>
    z
      .string()
      .regex(ENTITY_REF, 'an entity ref such as group:default/team-risk')
      .describe("Owner entity ref, as the entity's spec.owner"),
  system: z =>
    z
      .string()
      .regex(ENTITY_REF, 'an entity ref such as system:default/payments')
      .optional()
      .describe("System entity ref, as the entity's spec.system"),
  monitoring: z =>
    z
      .record(z.unknown())
      .default({})
      .describe(
        "The entity's spec.monitoring (features, predictionField, llm, bias, thresholds...), checked against the MLModel schema",
      ),
  repositoryUrl: z =>
    z
      .string()
      .url('a URL')
      .optional()
      .describe("The new repository, e.g. the publish step's remoteUrl"),
} satisfies InputShape;

/**
 * `aiops:model:register`: registers the model a template creates with the aiops backend
 * (`PUT /api/aiops/v1/models/:namespace/:name/registration`) with the credentials of the
 * user who ran the template, so the permission policy decides for them and the audit
 * trail names them. Its monitoring is checked against the MLModel schema first, in a dry
 * run too. Re-running it is safe: the same registration answers 200, other content 409.
 */
export function createRegisterModelAction(options: {
  auth: AuthService;
  discovery: DiscoveryService;
  config: RootConfigService;
}) {
  return createTemplateAction({
    id: ID,
    description:
      'Registers the new model with AI DevOps (owner, system, monitoring) on behalf of the user who ran the template',
    examples,
    // a dry run checks the input and says what it would register, calling nothing
    supportsDryRun: true,
    schema: {
      input: INPUT,
      output: {
        entityRef: z => z.string().describe('The registered MLModel'),
        registeredBy: z =>
          z.string().describe('Who the registration names: the template user'),
        monitoringUrl: z =>
          z.string().describe("The model's Monitoring tab in the portal"),
      },
    },
    async handler(ctx) {
      const input = parseInput(ID, INPUT, ctx.input);
      const monitoring = modelMonitoringSchema.safeParse(input.monitoring);
      if (!monitoring.success) {
        const issue = monitoring.error.issues[0];
        throw new InputError(
          `Invalid input to ${ID}: ${[
            'monitoring',
            ...issue.path.map(String),
          ].join('.')}: ${issue.message}`,
        );
      }
      const entityRef =
        `mlmodel:${input.namespace}/${input.name}`.toLowerCase();
      const monitoringUrl = `${options.config.getString(
        'app.baseUrl',
      )}/catalog/${input.namespace}/mlmodel/${input.name}/monitoring`;
      const user = ctx.user?.ref ?? 'the user who ran the template';
      ctx.output('entityRef', entityRef);
      ctx.output('monitoringUrl', monitoringUrl);
      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would register ${entityRef} (owner ${input.owner}) on behalf of ${user}`,
        );
        ctx.output('registeredBy', user);
        return;
      }
      const registration = await ctx.checkpoint({
        key: `aiops.model.register.${entityRef}`,
        fn: async () => {
          // The user's credentials, not the scaffolder's: the aiops backend decides
          // aiops.model.register for them and its audit trail names them.
          const { token } = await options.auth.getPluginRequestToken({
            onBehalfOf: await ctx.getInitiatorCredentials(),
            targetPluginId: 'aiops',
          });
          const baseUrl = await options.discovery.getBaseUrl('aiops');
          const response = await fetch(
            `${baseUrl}/v1/models/${encodeURIComponent(
              input.namespace,
            )}/${encodeURIComponent(input.name)}/registration`,
            {
              method: 'PUT',
              headers: {
                authorization: `Bearer ${token}`,
                'content-type': 'application/json',
              },
              body: JSON.stringify({
                owner: input.owner,
                system: input.system ?? null,
                monitoring: input.monitoring,
                repositoryUrl: input.repositoryUrl ?? null,
                templateRef: ctx.templateInfo?.entityRef ?? null,
              }),
            },
          );
          if (!response.ok) {
            const error = await ResponseError.fromResponse(response);
            throw new Error(
              `The aiops backend refused to register ${entityRef} (${response.status}): ${error.body.error.message}`,
            );
          }
          const body = (await response.json()) as { registeredBy: string };
          return {
            registeredBy: body.registeredBy,
            created: response.status === 201,
          };
        },
      });
      ctx.logger.info(
        registration.created
          ? `Registered ${entityRef} on behalf of ${registration.registeredBy}`
          : `${entityRef} was registered before with the same content (by ${registration.registeredBy})`,
      );
      ctx.output('registeredBy', registration.registeredBy);
    },
  });
}
