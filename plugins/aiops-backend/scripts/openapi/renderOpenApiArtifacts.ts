/*
 * Everything generated from src/schema/openapi.yaml, rendered in memory: the typed spec
 * module the router is built from, the client types in aiops-common and the route
 * reference in docs/api.md. `yarn openapi:generate` writes them; src/schema/openapi.test.ts
 * fails when a committed file differs. Written here rather than with
 * `backstage-repo-tools package schema openapi generate`, which downloads a Java jar and so
 * cannot run offline; openapi-typescript renders the types instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';
import YAML from 'yaml';

/** The repository root, from which every artifact path is given. */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');

const SPEC_FILE = 'plugins/aiops-backend/src/schema/openapi.yaml';
const ROUTER_FILE =
  'plugins/aiops-backend/src/schema/openapi/generated/router.ts';
const TYPES_FILE = 'plugins/aiops-common/src/api/generated/openapi.ts';
const DOCS_FILE = 'docs/api.md';

const DOCS_START =
  '<!-- openapi:routes:start (generated from openapi.yaml) -->';
const DOCS_END = '<!-- openapi:routes:end -->';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** One generated file: its path from the repository root and its whole text. */
export interface OpenApiArtifact {
  path: string;
  content: string;
}

type Json = Record<string, any>;

/** The spec as parsed from the YAML. */
export function readOpenApiSpec(): Json {
  return YAML.parse(fs.readFileSync(path.join(REPO_ROOT, SPEC_FILE), 'utf8'));
}

function formatTs(text: string) {
  return prettier.format(text, {
    ...require('@backstage/cli/config/prettier'),
    parser: 'typescript',
  });
}

/** Each operation of the spec with its path, method and parameters resolved. */
export function operationsOf(spec: Json) {
  const resolve = (item: Json) =>
    item.$ref
      ? item.$ref
          .replace(/^#\//, '')
          .split('/')
          .reduce((node: Json, key: string) => node[key], spec)
      : item;
  return Object.entries<Json>(spec.paths).flatMap(([route, pathItem]) =>
    METHODS.filter(method => pathItem[method]).map(method => {
      const operation: Json = pathItem[method];
      const parameters: Json[] = [
        ...(pathItem.parameters ?? []),
        ...(operation.parameters ?? []),
      ].map(resolve);
      return {
        route,
        method,
        operation,
        operationId: operation.operationId as string,
        parameters,
        responses: Object.entries<Json>(operation.responses).map(
          ([status, response]) => ({ status, response: resolve(response) }),
        ),
      };
    }),
  );
}

function successStatus(responses: Array<{ status: string }>) {
  const success = responses.find(r => /^2\d\d$/.test(r.status));
  if (!success) throw new Error('Every operation needs a 2xx response');
  return success.status;
}

function renderRouter(spec: Json): string {
  const endpoints = operationsOf(spec).map(op => {
    const id = op.operationId;
    const has = (where: string) => op.parameters.some(p => p.in === where);
    const fields = [
      has('path') && `path: OperationParameters<'${id}', 'path'>;`,
      has('query') && `query: OperationParameters<'${id}', 'query'>;`,
      op.operation.requestBody && `body: RequestBody<'${id}'>;`,
      `response: SuccessBody<'${id}', ${successStatus(op.responses)}>;`,
    ].filter(Boolean);
    const key = `#${op.method === 'delete' ? '_delete' : op.method}|${
      op.route
    }`;
    return `'${key}': {\n${fields.join('\n')}\n};`;
  });
  return formatTs(`// Generated from ../../openapi.yaml by \`yarn openapi:generate\` in plugins/aiops-backend; do not edit.
import { createValidatedOpenApiRouterFromGeneratedEndpointMap } from '@backstage/backend-openapi-utils';
import type { AiopsApiOperations } from '@unified-aiops/plugin-aiops-common';

/** The OpenAPI document the router validates requests against. */
export const spec = ${JSON.stringify(spec, null, 2)} as const;

type Operation<Id extends keyof AiopsApiOperations> = AiopsApiOperations[Id];
type OperationParameters<
  Id extends keyof AiopsApiOperations,
  In extends 'path' | 'query',
> = NonNullable<Operation<Id>['parameters'][In]>;
type RequestBody<Id extends keyof AiopsApiOperations> = NonNullable<
  Operation<Id>['requestBody']
>['content']['application/json'];
type SuccessBody<
  Id extends keyof AiopsApiOperations,
  Status extends keyof Operation<Id>['responses'],
> = Operation<Id>['responses'][Status] extends {
  content: { 'application/json': infer Body };
}
  ? Body
  : void;

/** Path, query, body and success response of each route, keyed as the typed router expects. */
export type EndpointMap = {
${endpoints.join('\n')}
};

/** A router that validates requests against the spec and types each route's handler. */
export const createOpenApiRouter = async (
  options?: Parameters<
    typeof createValidatedOpenApiRouterFromGeneratedEndpointMap
  >['1'],
) =>
  createValidatedOpenApiRouterFromGeneratedEndpointMap<EndpointMap>(
    spec,
    options,
  );
`);
}

async function renderTypes(spec: Json): Promise<string> {
  const ast = await openapiTS(spec as any, {
    rootTypes: false,
    enumValues: true,
  });
  return formatTs(`// Generated from plugins/aiops-backend/src/schema/openapi.yaml by \`yarn openapi:generate\` in plugins/aiops-backend; do not edit.
/* eslint-disable */
${astToString(ast)}`);
}

function oneLine(text: string) {
  return text.replace(/\s+/g, ' ').trim();
}

function schemaName(content: Json | undefined) {
  const ref: string | undefined = content?.['application/json']?.schema?.$ref;
  return ref ? `\`${ref.split('/').pop()}\`` : '—';
}

/** A schema's type as a reader needs it: `string`, `InferenceRecord[]`, `number | null`. */
function typeOf(schema: Json | undefined): string {
  if (!schema) return 'any';
  if (schema.$ref) return schema.$ref.split('/').pop();
  if (schema.anyOf || schema.oneOf) {
    return (schema.anyOf ?? schema.oneOf).map(typeOf).join(' | ');
  }
  if (schema.type === 'array') return `${typeOf(schema.items)}[]`;
  if (schema.enum)
    return schema.enum.map((v: unknown) => JSON.stringify(v)).join(' | ');
  if (Array.isArray(schema.type)) return schema.type.join(' | ');
  if (schema.type === 'object' && !schema.properties) {
    return typeof schema.additionalProperties === 'object'
      ? `{ [name]: ${typeOf(schema.additionalProperties)} }`
      : 'object';
  }
  return schema.format
    ? `${schema.type} (${schema.format})`
    : schema.type ?? 'any';
}

/** The fields of a request body's schema, one line each: name, type, whether required. */
function bodyFields(spec: Json, content: Json | undefined): string[] {
  const ref: string | undefined = content?.['application/json']?.schema?.$ref;
  const schema = ref
    ? spec.components.schemas[ref.split('/').pop()!]
    : undefined;
  if (!schema?.properties) return [];
  return Object.entries<Json>(schema.properties).map(
    ([name, field]) =>
      `  - \`${name}\` ${typeOf(field)}${
        (schema.required ?? []).includes(name) ? ', required' : ''
      }${field.description ? `: ${oneLine(field.description)}` : ''}`,
  );
}

function renderRouteSections(spec: Json): string {
  const sections = operationsOf(spec).map(op => {
    const request = [
      ...op.parameters
        .filter(p => p.in === 'query' || p.in === 'header')
        .map(p => `${p.in} \`${p.name}\``),
      ...(op.operation.requestBody
        ? [`body ${schemaName(op.operation.requestBody.content)}`]
        : []),
    ];
    const answers = op.responses.map(({ status, response }) => {
      const [what, why] = oneLine(response.description).split(' — ');
      return response.content && /^2/.test(status)
        ? `\`${status}\` ${schemaName(response.content)} (${what})`
        : `\`${status}\` ${what}${why ? ` (${why})` : ''}`;
    });
    return [
      `### \`${op.method.toUpperCase()} ${op.route}\``,
      '',
      oneLine(
        `${op.operation.summary}${
          /[.?!]$/.test(op.operation.summary) ? '' : '.'
        } ${op.operation.description ?? ''}`,
      ),
      '',
      `- **Request**: ${request.join('; ') || 'nothing'}`,
      ...bodyFields(spec, op.operation.requestBody?.content),
      `- **Answers**: ${answers.join('; ')}`,
    ].join('\n');
  });
  return [
    DOCS_START,
    '',
    ...sections.join('\n\n').split('\n'),
    '',
    DOCS_END,
  ].join('\n');
}

function renderDocs(spec: Json): string {
  const current = fs.readFileSync(path.join(REPO_ROOT, DOCS_FILE), 'utf8');
  const start = current.indexOf(DOCS_START);
  const end = current.indexOf(DOCS_END);
  if (start < 0 || end < start) {
    throw new Error(
      `${DOCS_FILE} needs the markers ${DOCS_START} and ${DOCS_END}`,
    );
  }
  const text = `${current.slice(0, start)}${renderRouteSections(
    spec,
  )}${current.slice(end + DOCS_END.length)}`;
  return prettier.format(text, {
    ...require('@backstage/cli/config/prettier'),
    parser: 'markdown',
  });
}

/** Every artifact generated from the spec, as it should be committed. */
export async function renderOpenApiArtifacts(): Promise<OpenApiArtifact[]> {
  const spec = readOpenApiSpec();
  return [
    { path: ROUTER_FILE, content: renderRouter(spec) },
    { path: TYPES_FILE, content: await renderTypes(spec) },
    { path: DOCS_FILE, content: renderDocs(spec) },
  ];
}
